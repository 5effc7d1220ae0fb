/**
 * The proceedings in the published minutes and the decision notice (issue 20, point 5). The
 * expectations were written by reading the council's March meeting (test/fixtures/council/) as a
 * clerk would: what a board prints of each motion, the declarations, the comings and goings; and
 * that nothing of the exempt item 037/25 (its motion, its vote) reaches a public output.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { analyzeText, DEFAULT_PUBLISH, DEFAULT_SETTINGS, exportMeeting, type ExportFormat } from '#service';
import { ROOT, TODAY } from '../support/util';

const MARCH_FILE = path.join(ROOT, 'test', 'fixtures', 'council', '2025-03-04.minutes');
const MARCH = fs.readFileSync(MARCH_FILE, 'utf8');

/** The exported document as plain text (Word: the paragraphs' text; HTML: tags set aside, entities read). */
async function exported(text: string, to: ExportFormat, version: 'public' | 'full'): Promise<string> {
  const a = analyzeText('file:///council.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const r = await exportMeeting(a.doc, a.lines, to, { ...DEFAULT_PUBLISH, version });
  assert.ok('bytes' in r, `export ${to}`);
  if (to.endsWith('docx')) {
    const xml = strFromU8(unzipSync(r.bytes)['word/document.xml']);
    return xml.replace(/<w:p[ >].*?<\/w:p>/gs, (p) => `\n${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"');
  }
  const s = new TextDecoder().decode(r.bytes);
  return to.endsWith('html') ? s.replace(/<[^>]+>/g, '\n').replace(/&#39;/g, "'").replace(/&#38;/g, '&') : s.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}
const MINUTES: readonly ExportFormat[] = ['html', 'docx', 'md'];
const NOTICES: readonly ExportFormat[] = ['notice-html', 'notice-docx', 'notice-md'];

test('published minutes print each motion as boards do: mover, seconder, the counts and the result, a recorded vote by name', async () => {
  for (const to of MINUTES) {
    const out = await exported(MARCH, to, 'public');
    assert.ok(out.includes('Motion: That the committee objects to the application on the grounds of overdevelopment.'), `${to}: the motion's words`);
    assert.ok(out.includes('Moved by Cllr Chen, seconded by Cllr Ortega. For 5, Against 1, Abstain 1. CARRIED.'), `${to}: the counted vote`);
    assert.ok(out.includes('Moved by Cllr Ahmed, seconded by Cllr Fisher. CARRIED UNANIMOUSLY.'), `${to}: a unanimous vote`);
    assert.ok(out.includes('For 3, Against 3, Abstain 0. Casting vote: Cllr Ortega (Chair). CARRIED.'), `${to}: the casting vote`);
    assert.ok(out.includes('Recorded vote – For: Cllr Ortega, Cllr Fisher, Cllr Dhaliwal; Against: Cllr Ahmed, Cllr Chen, Cllr Evans; Abstained: none.'), `${to}: the recorded vote`);
    // the markup's lines are not printed as well as the sentences
    assert.ok(!/^Moved: /m.test(out) && !/^Vote: /m.test(out), `${to}: no markup line left`);
    // the sentences around the motion are kept
    assert.ok(out.includes('Cllr Brown left the room for this item.') && out.includes('Cllr Brown returned to the meeting.'), `${to}: the text around the motion`);
  }
});

test('published minutes give the declarations as a table, and attendance with substitutes, remote members, arrivals and departures', async () => {
  const md = await exported(MARCH, 'md', 'public');
  assert.match(md, /\| Member \| Item \| Interest \| Action taken \|/);
  assert.match(md, /\| Cllr Brown \| 035\/25 Planning application 25\/0140: Brown's Yard \| disclosable pecuniary \| left the room \|/);
  assert.match(md, /\| Cllr Chen \| 034\/25 Planning application 25\/0112: 14 High Street \| other registrable \| remained with a dispensation \|/);
  assert.ok(!md.includes('Interest: Cllr Brown'), 'the declaration is in the table, not also as its markup line');
  assert.match(md, /\| Cllr Dhaliwal \| substitute for Cllr Keswick \|/);
  assert.match(md, /\| Cllr Evans \| remote \|/);
  assert.match(md, /\| Cllr Brown \| withdrew for the item \| {2}\| 035\/25/);
  assert.match(md, /\| Cllr Brown \| returned \| {2}\| 035\/25/);
  const html = await exported(MARCH, 'html', 'public');
  assert.ok(html.includes('Arrivals and departures') && html.includes('disclosable pecuniary'), 'HTML');
  const docx = await exported(MARCH, 'docx', 'public');
  assert.ok(docx.includes('Arrivals and departures') && docx.includes('remained with a dispensation'), 'Word');
});

// a declaration about the exempt item, and a member leaving during it
const WITH_EXEMPT_FACTS = MARCH
  .replace('Interest: Cllr Chen, item 034/25', 'Interest: Cllr Fisher, item 037/25, other registrable, took no part\nInterest: Cllr Chen, item 034/25')
  .replace('MOTION: That the lease be renewed', 'Cllr Evans left the meeting at 20:30.\nMOTION: That the lease be renewed');

test('nothing of a withheld item reaches the public minutes or the notice: its motion, its vote, its title, who left during it', async () => {
  for (const to of [...MINUTES, ...NOTICES]) {
    const out = await exported(WITH_EXEMPT_FACTS, to, 'public');
    for (const secret of ['lease be renewed', 'For 6, Against 0, Abstain 1', 'Town Hall café', '20:30']) assert.ok(!out.includes(secret), `${to}: "${secret}" withheld`);
    // the declaration is public (made in a public item): the withheld item is named by its number only
    assert.ok(out.includes('Cllr Fisher') && out.includes('037/25'), `${to}: the declaration, by number`);
  }
  // the full version keeps them
  const full = await exported(WITH_EXEMPT_FACTS, 'md', 'full');
  assert.ok(full.includes('That the lease be renewed for five years') && full.includes('For 6, Against 0, Abstain 1') && full.includes('20:30'));
  // a notice is public whatever version is asked for
  assert.ok(!(await exported(WITH_EXEMPT_FACTS, 'notice-md', 'full')).includes('lease be renewed'));
});

test('the decision notice: attendance, apologies, arrivals and departures, declarations and every decision with its vote outcome', async () => {
  for (const to of NOTICES) {
    const out = await exported(MARCH, to, 'public');
    assert.ok(out.includes('Decision notice: Ashby Town Council: Planning and Licensing Committee'), `${to}: title`);
    // in the order a notice gives them: each found after the one before
    let from = 0;
    const at = (s: string): number => { const i = out.indexOf(s, from); assert.ok(i >= 0, `${to}: "${s}" after the part before it`); from = i; return i; };
    const order = ['Present', 'Cllr Dhaliwal (substitute for Cllr Keswick)', 'In attendance', 'Jo Marsh (Town Clerk)', 'Apologies', 'Cllr Hughes', 'Arrivals and departures', 'Declarations of interest', 'disclosable pecuniary', 'Decisions',
      '033/25 Minutes of the last meeting', 'CARRIED UNANIMOUSLY.', '034/25', 'For 5, Against 1, Abstain 1. CARRIED.', '035/25', 'Casting vote: Cllr Ortega (Chair). CARRIED.', '036/25 Exclusion of the press and public', 'Decision: RESOLVED that the press and public be excluded'];
    for (const s of order) at(s);
    assert.ok(out.includes('One item was considered in private and is not listed.'), `${to}: the withheld item counted, not shown`);
    // an item with no decision is no part of the notice
    assert.ok(!out.includes('031/25'), `${to}: no item without a decision`);
  }
});

test('the decision notice gives the vote published minutes record on a decision, in the same forms', async () => {
  const text = 'CITY OF ELM RAPIDS\nREGULAR CITY COUNCIL MEETING\nMarch 3, 2021 – 7:00 P.M.\nI. CALL TO ORDER\nMayor Ferris called the meeting to order.\nII. NEW BUSINESS\nMotion made by Council Member Ruiz and seconded by Council Member Baptiste to adopt\nOrdinance No. 88. Ayes: Ruiz, Baptiste, Cole. Nays: None. Motion passed 3-0.\nIII. ADJOURNMENT\nThe meeting adjourned at 8:10 p.m.\n';
  const md = await exported(text, 'notice-md', 'public');
  assert.ok(md.includes('Moved by Council Member Ruiz, seconded by Council Member Baptiste. For 3, Against 0, Abstain 0. CARRIED UNANIMOUSLY. For: Ruiz, Baptiste, Cole.'), md);
});

test('a proceedings line the parse did not read is printed as written: no word lost', async () => {
  const text = MARCH.replace('Vote: For 5, Against 1, Abstain 1', 'Vote: by a show of hands, most in favour');
  const md = await exported(text, 'md', 'public');
  assert.ok(md.includes('Vote: by a show of hands, most in favour'));
  assert.ok(md.includes('Moved by Cllr Chen, seconded by Cllr Ortega. CARRIED.'));
});

test('minutes export --to notice-md|notice-html|notice-docx', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  const md = cli('export', MARCH_FILE, '--to', 'notice-md');
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# Decision notice: /);
  assert.ok(md.stdout.includes('For 5, Against 1, Abstain 1. CARRIED.') && !md.stdout.includes('lease be renewed'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-notice-'));
  const file = path.join(dir, 'council.minutes');
  fs.writeFileSync(file, MARCH);
  const html = cli('export', file, '--to', 'notice-html');
  assert.equal(html.status, 0, html.stderr);
  // named for what it is, beside the minutes
  assert.ok(fs.readFileSync(path.join(dir, 'council.notice.html'), 'utf8').includes('Declarations of interest'));
  assert.equal(cli('export', file, '--to', 'notice-docx').status, 0);
  assert.ok(fs.existsSync(path.join(dir, 'council.notice.docx')));
  const bad = cli('export', file, '--to', 'notice-pdf');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /notice-html, notice-docx, notice-md/);
});

test('the adjournments are published: the sentences in the item, and rows of the arrivals and departures in the minutes and the decision notice', async () => {
  for (const to of ['md', 'notice-md'] as const) {
    const md = await exported(MARCH, to, 'public');
    assert.match(md, /\| The meeting \| adjourned \| 19:40 \| 034\/25 Planning application 25\/0112: 14 High Street \|/, to);
    assert.match(md, /\| The meeting \| reconvened, the same members present \| 19:50 \| 034\/25 Planning application 25\/0112: 14 High Street \|/, to);
    // in the order of the text: after Cllr Brown's withdrawal of 035/25 comes nothing of 034/25
    assert.ok(md.indexOf('| The meeting | reconvened') < md.indexOf('| Cllr Brown | withdrew for the item'), to);
  }
  const html = await exported(MARCH, 'html', 'public');
  assert.ok(html.includes('The meeting was adjourned at 19:40 for a short break.') && html.includes('The meeting reconvened at 19:50 with the same members present.'), 'the sentences kept in the item');
});
