/**
 * `minutes export --to docx --template board.dotx` (issue 21 §4), run as a clerk runs it: the Word
 * document takes the board's template (its header, its fonts); a template that cannot be read is
 * said, with what to do, and nothing is written.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { Document, Header, Packer, Paragraph } from 'docx';
import { ROOT } from './support/util';

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('export --to docx --template: the board\'s header and fonts, our words, the public version', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-template-'));
  const template = path.join(dir, 'board.dotx');
  const doc = new Document({
    styles: { default: { heading2: { run: { font: 'Shire Grotesk' } } } },
    sections: [{ headers: { default: new Header({ children: [new Paragraph('Shire Hall, Testshire TS1 1AA')] }) }, children: [new Paragraph('Template body')] }],
  });
  fs.writeFileSync(template, await Packer.toBuffer(doc));
  const out = path.join(dir, 'minutes.docx');
  const r = run('export', path.join('test', 'fixtures', 'publish', '2022-11-22.minutes'), '--to', 'docx', '--version', 'public', '--template', template, '--out', out);
  assert.equal(r.code, 0, r.err);
  const files = unzipSync(fs.readFileSync(out));
  const all = Object.values(files).map((b) => strFromU8(b)).join('\n');
  assert.match(all, /Shire Hall, Testshire TS1 1AA/);
  assert.match(all, /Shire Grotesk/);
  assert.match(strFromU8(files['word/document.xml']), /Finance and Budget Update/);
  assert.ok(!all.includes('Northgate') && !all.includes('Template body'));
});

test('export --template: a file that is not a template, a missing one, and --template without --to docx are each said', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-template-'));
  const notWord = path.join(dir, 'board.dotx');
  fs.writeFileSync(notWord, 'plain text');
  const out = path.join(dir, 'minutes.docx');
  const bad = run('export', path.join('test', 'fixtures', 'publish', '2022-11-22.minutes'), '--to', 'docx', '--template', notWord, '--out', out);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /The Word template .*board\.dotx is not a Word document or template/);
  assert.ok(!fs.existsSync(out), 'nothing written');
  const missing = run('export', path.join('test', 'fixtures', 'publish', '2022-11-22.minutes'), '--to', 'docx', '--template', path.join(dir, 'none.dotx'), '--out', out);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read the Word template .*none\.dotx: no such file/);
  const html = run('export', path.join('test', 'fixtures', 'publish', '2022-11-22.minutes'), '--to', 'html', '--template', notWord, '--out', path.join(dir, 'm.html'));
  assert.equal(html.code, 2);
  assert.match(html.err, /--template is the Word template of a Word export: add --to docx/);
});
