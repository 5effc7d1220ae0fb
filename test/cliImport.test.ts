/** `minutes import` of the files clerks have (Word, PDF, a web page), run as a user runs it. */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { ROOT, corpusText } from './support/util';
import { writeDocx, writeHtml, writePdf } from './support/sourceFiles';
import { firstLostWord } from './support/wordSequence';

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
const source = corpusText('spcb-2022-09-27.txt');
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-import-'));
  fs.writeFileSync(path.join(dir, 'minutes.txt'), source);
  fs.writeFileSync(path.join(dir, 'minutes.docx'), await writeDocx(source));
  fs.writeFileSync(path.join(dir, 'minutes.pdf'), (await writePdf(source)).bytes);
  fs.writeFileSync(path.join(dir, 'minutes.html'), writeHtml(source));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('minutes import reads a Word document, a PDF and a web page as it reads their text', () => {
  const fromText = run('import', path.join(dir, 'minutes.txt'));
  assert.equal(fromText.code, 0, fromText.err);
  const items = fromText.out.split('\n').filter((l) => /^\d{3}\/22\s/.test(l));
  // the meeting's own items, as a clerk reads them: from 077/22 (apologies) on, 084/22 among them
  assert.ok(items.some((l) => /^077\/22\sItem 1 - Apologies/.test(l)) && items.some((l) => /^084\/22\sItem 8 - Violence Reduction/.test(l)), items.join('\n'));
  for (const ext of ['docx', 'pdf', 'html']) {
    const r = run('import', path.join(dir, `minutes.${ext}`));
    assert.equal(r.code, 0, `${ext}: ${r.err}`);
    assert.deepEqual(r.out.split('\n').filter((l) => /^\d{3}\/22\s/.test(l)), items, ext);
    assert.equal(firstLostWord(fromText.out, r.out), undefined, ext);
  }
});

test('minutes import --out writes the markup of a Word document', () => {
  const out = path.join(dir, 'imported.minutes');
  const r = run('import', '--out', out, path.join(dir, 'minutes.docx'));
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /wrote .*imported\.minutes/);
  assert.match(fs.readFileSync(out, 'utf8'), /^084\/22\sItem 8 - Violence Reduction/m);
});

test('minutes import of a scanned PDF, a damaged Word document or an old .doc says what to do and exits 2', async () => {
  const scan = await PDFDocument.create();
  scan.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
  fs.writeFileSync(path.join(dir, 'scan.pdf'), await scan.save());
  fs.writeFileSync(path.join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 cut short'));
  fs.writeFileSync(path.join(dir, 'old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  const scanned = run('import', path.join(dir, 'scan.pdf'));
  assert.equal(scanned.code, 2);
  assert.equal(scanned.out, '');
  assert.match(scanned.err, /^minutes: This PDF holds no text \(it may be a scan\): .*scan\.pdf\. Run it through text recognition \(OCR\)/);
  assert.ok(!scanned.err.includes('    at '), 'no stack trace');
  const broken = run('import', path.join(dir, 'broken.docx'));
  assert.equal(broken.code, 2);
  assert.match(broken.err, /^minutes: .*broken\.docx cannot be read as a Word document/);
  const old = run('import', path.join(dir, 'old.doc'));
  assert.equal(old.code, 2);
  assert.match(old.err, /^minutes: .*old\.doc is an old Word document \(\.doc\)/);
});
