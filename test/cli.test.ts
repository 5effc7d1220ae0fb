/** The `minutes` command line, run as a user runs it. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, CORPUS, MEETING } from './support/util';

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('check prints file:line:col severity code message and exits 0 without errors', () => {
  const r = run('check', '--archive', 'none', path.join(CORPUS, 'spcb-2023-12-19-with-2024-01-agenda.txt'));
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.ok(lines.every((l) => /^.+\.txt:\d+:\d+ (error|warning|information) minutes\/[a-z-]+ .+$/.test(l)), r.out);
  assert.ok(lines.some((l) => /:106:5 warning minutes\/action-without-owner This action has no owner/.test(l)));
  // the numbers the PDF broke in its table cells (`115/2 3`, every one of them) are debris, not the board's numbering
  assert.ok(!r.out.includes('malformed-number'), r.out);
  assert.ok(!r.out.includes(' hint '), 'hints only with --hints');
  assert.ok(run('check', '--hints', '--archive', 'none', path.join(CORPUS, 'spcb-2022-09-27.txt')).out.includes(' hint minutes/non-canonical '));
});

test('check treats published text (.txt) as an archive: no spelling of numbers or missing owners, unless --archive none', () => {
  const file = path.join(CORPUS, 'spcb-2023-12-19-with-2024-01-agenda.txt');
  const r = run('check', '--hints', file);
  assert.equal(r.code, 0, r.err);
  // "115/2 3" is PDF debris in a record nobody may change; the bold actions were published without owners
  assert.ok(!/malformed-number|action-without-owner|action-without-due-date|non-canonical|unknown-person/.test(r.out), r.out);
  assert.match(run('check', '--archive', 'none', file).out, /action-without-owner/);
  assert.equal(run('check', '--archive', 'sometimes', file).code, 2);
});

test('check exits 1 when there are errors, and --format json gives the same findings', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
  const file = path.join(dir, 'bad.minutes');
  fs.writeFileSync(file, `${MEETING.replace('27/09/2022', '31/02/2022')}\n081/22 One\nText.\n\n081/22 Two\nText.\n`);
  const r = run('check', file);
  assert.equal(r.code, 1);
  assert.match(r.out, /bad\.minutes:2:7 error minutes\/invalid-date "31\/02\/2022" is not a valid date/);
  assert.match(r.out, /error minutes\/duplicate-number Minute 081\/22 is used twice/);
  const j = run('check', '--format', 'json', dir);
  assert.equal(j.code, 1);
  const parsed = JSON.parse(j.out) as Array<{ file: string; line: number; severity: string; code: string }>;
  assert.ok(parsed.some((d) => d.code === 'minutes/invalid-date' && d.line === 2 && d.severity === 'error'));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('outline prints the meeting tree', () => {
  const r = run('outline', path.join(CORPUS, 'spcb-2020-01-21.txt'));
  assert.equal(r.code, 0);
  assert.match(r.out, /^STRATEGIC POLICING AND CRIME BOARD {2}\(Tuesday, 21 JANUARY 2020\) {2}\[line 5\]/);
  assert.match(r.out, /\n {2}EMERGING ITEMS {2}\[line 78\]\n {4}010\/20 Brexit and Policing {2}\(presented by Supt Sean Kent, Det Chief Supt Rich Baker\)/);
  const json = JSON.parse(run('outline', '--format', 'json', path.join(CORPUS, 'spcb-2020-01-21.txt')).out) as Array<{ kind: string; children: unknown[] }>;
  assert.equal(json[0].kind, 'meeting');
});

test('a file saved as UTF-16 LE (with a byte order mark) outlines and exports as its UTF-8 twin: one decoder for every command', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-'));
  try {
    const text = `${MEETING}\n081/22 Café Budget – Hallam’s joinery\nThe £340 quote was noted.\n\n082/22 Any Other Business\nNone.\n`;
    const utf8 = path.join(dir, 'utf8.minutes');
    const utf16 = path.join(dir, 'utf16.minutes');
    fs.writeFileSync(utf8, text, 'utf8');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const [a, b] = [run('outline', utf8), run('outline', utf16)];
    assert.equal(b.code, 0, b.err);
    assert.equal(b.out, a.out);
    // what the clerk wrote, with its accents and dash
    assert.match(b.out, /^Strategic Policing and Crime Board {2}\(27\/09\/2022\)/);
    assert.match(b.out, /\n {2}081\/22 Café Budget – Hallam’s joinery {2}\[line 16\]\n {2}082\/22 Any Other Business/);
    assert.match(b.err, /utf16\.minutes is saved in UTF-16LE/);
    assert.equal(run('outline', '--format', 'json', utf16).out, run('outline', '--format', 'json', utf8).out);
    assert.equal(run('export', '--to', 'md', utf16).out, run('export', '--to', 'md', utf8).out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input gets a clear message and exit status 2', () => {
  const missing = run('check', 'no-such-file.minutes');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /cannot read no-such-file\.minutes: no such file/);
  const option = run('check', '--format', 'xml', 'x.minutes');
  assert.equal(option.code, 2);
  assert.match(option.err, /--format takes text or json, not "xml"/);
  assert.equal(run('frobnicate').code, 2);
  assert.match(run('--help').out, /minutes check/);
});

test('actions prints the log of a folder; --status, --owner and --format filter and shape it', () => {
  const folder = path.join(ROOT, 'test', 'fixtures', 'workspace');
  const md = run('actions', folder);
  assert.equal(md.code, 0, md.err);
  const lines = md.out.trim().split('\n');
  assert.equal(lines[0], '| Reference | Action | Owner | Due | Status | Meeting date |');
  assert.equal(lines.length, 5);
  assert.ok(lines.includes('| 079/22-A1 | Share the repeat-caller data with the Board. | VJ | 25/10/2022 | done | 27/09/2022 |'));
  const csv = run('actions', '--status', 'open,carried forward', '--format', 'csv', folder);
  assert.deepEqual(csv.out.trim().split('\r\n').map((l) => l.split(',')[0]), ['Reference', '075/22-A1', '085/22-A1']);
  const json = JSON.parse(run('actions', '--owner', 'kenyon', '--format', 'json', folder).out) as Array<{ ref: string; status: string; overdue: boolean }>;
  assert.deepEqual(json.map((a) => [a.ref, a.status]), [['075/22-A1', 'carried forward']]);
  const bad = run('actions', '--status', 'finished', folder);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--status takes open, carried forward, done, dropped, not "finished"/);
});

test('decisions prints the register; check reads a folder as one workspace', () => {
  const folder = path.join(ROOT, 'test', 'fixtures', 'workspace');
  assert.match(run('decisions', folder).out, /\| 27\/09\/2022 \| 078\/22 \| Notes of the Last Meeting \| The notes are approved\. \|/);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-ws-'));
  fs.cpSync(folder, dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '2022-11-22.minutes'), '# Board\nDate: 22/11/2022\n\n085/22 Apologies\nNone.\n');
  const r = run('check', dir);
  assert.equal(r.code, 1);
  assert.match(r.out, /2022-11-22\.minutes:4:1 error minutes\/duplicate-number Minute 085\/22 is already used by the meeting of 25\/10\/2022/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('minutes actions names an action of an item not numbered yet as the Actions view does, never by the stand-in "(no number)"', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-cli-unnumbered-'));
  const file = path.join(dir, '2022-11-22.minutes');
  fs.writeFileSync(file, '# Board\nDate: 22/11/2022\n\n081/22 Opening\nNone.\n\nItem: Road Safety Cameras\nThe cameras were discussed.\nACTION: Report on camera sites. Owner: Andy Beard. Due: 20/12/2022.\n');
  const { code, out: text } = run('actions', file);
  assert.equal(code, 0);
  assert.match(text, /unnumbered item – action 1/);
  assert.doesNotMatch(text, /\(no number\)/);
});

test('attendance prints each member\'s meetings attended of meetings held, and each meeting item by item (md, csv, json)', () => {
  const folder = path.join(ROOT, 'test', 'fixtures', 'council');
  const md = run('attendance', folder);
  assert.equal(md.code, 0, md.err);
  // Cllr Keswick: apologies in March and May; in April present, withdrawn for 044/25
  assert.match(md.out, /^\| Cllr Keswick \| 1 \| 3 \|$/m);
  assert.match(md.out, /^\| 044\/25 Planning application 25\/0201: Keswick Farm barns \| 7: Cllr Ortega, Cllr Ahmed, Cllr Brown, Cllr Chen, Cllr Evans, Cllr Fisher, Cllr Hughes \| Cllr Keswick \|$/m);
  const csv = run('attendance', '--format', 'csv', folder);
  assert.ok(csv.out.split('\n').includes('Cllr Evans,2025-04-01,Ashby Town Council: Planning and Licensing Committee,part,2,3'), csv.out);
  const json = JSON.parse(run('attendance', '--format', 'json', folder).out) as { meetings: Array<{ date: string }>; members: Array<{ name: string; attended: number; held: number }> };
  assert.deepEqual(json.meetings.map((m) => m.date), ['2025-03-04', '2025-04-01', '2025-05-06']);
  const ortega = json.members.find((m) => m.name === 'Cllr Ortega');
  assert.deepEqual([ortega?.attended, ortega?.held], [3, 3]);
  assert.equal(run('attendance', '--format', 'pdf', folder).code, 2);
});
