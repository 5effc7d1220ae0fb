/**
 * Our Word documents open in LibreOffice (issue 21 §4's test): the minutes exported as a clerk
 * exports them (`minutes export --to docx --version public`, plainly and in a board's template with
 * a letterhead and "Page X of Y"; the decision notice) are converted by LibreOffice headless, and
 * what it reads is the minutes: every item's title, the actions and decisions, the withheld item's
 * line and nothing of what it withholds; the headings are headings and the language is declared.
 * scripts/office-setup.sh installs LibreOffice Writer from Debian when it is missing (once, about
 * a minute); each conversion runs with its own profile, so parallel runs do not share one.
 */
import { test, before } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { ROOT } from '../support/util';

const MINUTES = path.join('test', 'fixtures', 'publish', '2022-11-22.minutes');
const LETTERHEAD = 'Borough of Testshire, Shire Hall';
const ITEMS = ['Apologies and PCC Update', 'Finance and Budget Update', 'Date of Next Meeting'];
const ACTION = 'Circulate the overtime figures by department';
const DECISION = 'The Board noted the report';
const WITHHELD = ['Northgate', 'Fleetwise', 'Vehicle Fleet', 'maintenance clause'];

let soffice: string;
let dir: string;

before(async () => {
  const setup = spawnSync('bash', [path.join(ROOT, 'scripts', 'office-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60 * 1000 });
  assert.equal(setup.status, 0, 'scripts/office-setup.sh failed: this test needs LibreOffice Writer');
  soffice = /^SOFFICE=(.+)$/m.exec(setup.stdout)?.[1] ?? '';
  assert.ok(soffice, 'scripts/office-setup.sh did not say where soffice is');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-word-opens-'));
  // the board's template: its letterhead in the header, "Page X of Y" in the footer, a sample body
  const template = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(LETTERHEAD)] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
      children: [new Paragraph('Type the minutes here')],
    }],
  });
  fs.writeFileSync(path.join(dir, 'board.dotx'), await Packer.toBuffer(template));
  const exports: Array<[string, string[]]> = [
    ['plain.docx', ['--to', 'docx']],
    ['templated.docx', ['--to', 'docx', '--template', path.join(dir, 'board.dotx')]],
    ['notice.docx', ['--to', 'notice-docx']],
  ];
  for (const [name, args] of exports) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'export', MINUTES, ...args, '--version', 'public', '--out', path.join(dir, name)], { encoding: 'utf8', cwd: ROOT });
    assert.equal(r.status, 0, r.stderr);
  }
}, { timeout: 16 * 60 * 1000 });

/** LibreOffice's reading of each document, converted to `format` (txt, html), by name. */
function converted(format: string, names: readonly string[]): Record<string, string> {
  const out = fs.mkdtempSync(path.join(dir, `${format}-`));
  // a profile of its own: a second soffice with the user's profile would hand its work to the first
  const profile = pathToFileURL(fs.mkdtempSync(path.join(dir, 'profile-'))).href;
  const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', format, '--outdir', out, ...names.map((n) => path.join(dir, n))],
    { encoding: 'utf8', timeout: 5 * 60 * 1000, env: { ...process.env, HOME: dir } });
  assert.equal(r.status, 0, `soffice failed: ${r.stderr}`);
  return Object.fromEntries(names.map((n) => {
    const file = path.join(out, n.replace(/\.docx$/, `.${format}`));
    assert.ok(fs.existsSync(file), `LibreOffice could not open ${n}: ${r.stdout} ${r.stderr}`);
    return [n, fs.readFileSync(file, 'utf8')];
  }));
}

test('LibreOffice opens the Word exports and reads the minutes, and nothing the public version withholds', { timeout: 6 * 60 * 1000 }, () => {
  const text = converted('txt', ['plain.docx', 'templated.docx', 'notice.docx']);
  for (const name of ['plain.docx', 'templated.docx']) {
    const t = text[name];
    assert.match(t, /Strategic Policing and Crime Board/, name);
    for (const item of ITEMS) assert.ok(t.includes(item), `${name}: the item "${item}"`);
    assert.ok(t.includes(`Action 087/22-A1: ${ACTION}`), `${name}: the action`);
    assert.ok(t.includes(`Decision: ${DECISION}`), `${name}: the decision`);
    assert.match(t, /This item was considered in private \(paragraph 3 of Schedule 12A\)\./, name);
    // the items in their order
    assert.ok(ITEMS.every((item, i) => i === 0 || t.indexOf(ITEMS[i - 1]) < t.indexOf(item)), `${name}: the items in order`);
  }
  assert.ok(text['notice.docx'].includes(DECISION), 'the decision notice: the decision');
  for (const [name, t] of Object.entries(text)) for (const w of WITHHELD) assert.ok(!t.includes(w), `${name}: "${w}" is withheld`);
  // the template's own body is not in the minutes
  assert.ok(!text['templated.docx'].includes('Type the minutes here'));
});

test('LibreOffice reads the headings as headings, the language, and the template\'s letterhead', { timeout: 6 * 60 * 1000 }, () => {
  const html = converted('html', ['plain.docx', 'templated.docx']);
  for (const [name, h] of Object.entries(html)) {
    const headings = [...h.matchAll(/<h([23])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()}`);
    for (const expected of ['2 Present', '2 Regular Items', '3 Finance and Budget Update', '3 Confidential item', '2 Actions']) assert.ok(headings.includes(expected), `${name}: heading ${expected} in ${headings.join(' | ')}`);
    assert.match(h, /lang="en-GB"/, `${name}: the language`);
  }
  assert.ok(html['templated.docx'].includes(LETTERHEAD), 'the template\'s header');
  assert.ok(!html['plain.docx'].includes(LETTERHEAD));
});
