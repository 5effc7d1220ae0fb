/**
 * The public website (`minutes site`, service/site): the pages a reader opens, their links between
 * meetings, escaping, and that nothing the public version withholds reaches any file of the site,
 * the search index included. Expectations are read from the fixture meetings as a clerk reads them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import MiniSearch from 'minisearch';
import { meetingWith, outputsWith, SECRET_WORDS, siteOf } from '../support/publicOutputs';
import { ROOT } from '../support/util';
import { siteProblems } from '../support/siteChecks';

const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const fixture = (): Record<string, string> => Object.fromEntries(fs.readdirSync(WORKSPACE).filter((f) => f.endsWith('.minutes')).map((f) => [f, fs.readFileSync(path.join(WORKSPACE, f), 'utf8')]));

test('the home page lists the meetings by year, newest first, with their status and a link to each', () => {
  const site = siteOf(fixture());
  const home = site['index.html'];
  assert.match(home, /<h2 id="y2022">2022<\/h2>/);
  const order = ['2022-10-25', '2022-09-27', '2022-07-26'].map((d) => home.indexOf(`href="meetings/${d}.html"`));
  assert.ok(order.every((i) => i > 0) && order[0] < order[1] && order[1] < order[2], 'newest first, each linked');
  // 083/22 of 25/10/2022 agrees the notes of 27/09/2022; 25/10/2022 itself is agreed by nobody yet
  const row = (d: string): string => home.split('<tr>').find((r) => r.includes(`meetings/${d}.html`))!;
  assert.match(row('2022-09-27'), /Approved.*agreed as a correct record at the <a href="meetings\/2022-10-25.html">meeting of 25\/10\/2022<\/a>/);
  assert.match(row('2022-10-25'), /DRAFT/);
});

test('a Status: line gives the status and when: a draft is marked DRAFT on its page, an approval says where', () => {
  const draft = '# Finance Committee\nDate: 12/01/2023\nStatus: Draft\n\nPresent:\n- Jane Hill : Chair\n\n001/23 Budget\nThe budget was discussed.\n';
  const approved = '# Finance Committee\nDate: 09/02/2023\nStatus: Approved at the meeting of 09/03/2023, minute 010/23\n\n005/23 Accounts\nThe accounts were noted.\n';
  const later = '# Finance Committee\nDate: 09/03/2023\n\n010/23 Minutes of the last meeting\nThe minutes of the meeting held on 09/02/2023 were agreed as a correct record.\n';
  const site = siteOf({ 'a.minutes': draft, 'b.minutes': approved, 'c.minutes': later });
  assert.match(site['meetings/2023-01-12.html'], /class="draft-banner">DRAFT – not yet approved/);
  const page = site['meetings/2023-02-09.html'];
  assert.match(page, /status-approved">Approved<\/span> at the meeting of 09\/03\/2023, minute <a href="2023-03-09.html#010-23">010\/23<\/a>/);
  assert.doesNotMatch(page, /draft-banner/);
});

test('each item has its anchor, and a reference in the text links to that minute of that meeting', () => {
  const site = siteOf(fixture());
  const oct = site['meetings/2022-10-25.html'];
  for (const id of ['082-22', '083-22', '084-22', '085-22']) assert.match(oct, new RegExp(`<tr id="${id}">`));
  assert.match(site['meetings/2022-09-27.html'], /id="079-22"/);
  // "079/22-A1 DONE: …" in 084/22 of October is the action of item 079/22 of September; 075/22-A1 of July
  assert.match(oct, /<a href="2022-09-27.html#079-22">079\/22-A1<\/a>/);
  assert.match(oct, /<a href="2022-07-26.html#075-22">075\/22-A1<\/a>/);
  // the item's actions, with where they stand now (the action log: 079/22-A1 was done in October)
  assert.match(site['meetings/2022-09-27.html'], /Where its actions stand: <a href="..\/actions.html#a-079-22-A1">079\/22-A1<\/a> done/);
  assert.deepEqual(siteProblems(site), []);
});

test('a number used by several meetings links to the latest meeting before the one that refers to it', () => {
  // a board that numbers its minutes again each meeting, with letters: BM1, BM2 …
  const m = (date: string, text: string): string => `# Board\nDate: ${date}\n\n001/23 Welcome\n${text}\n`;
  const site = siteOf({ 'a.minutes': m('12/01/2023', 'Opened.'), 'b.minutes': m('09/02/2023', 'As in 001/23, opened.'), 'c.minutes': m('09/03/2023', 'Opened; see 001/23.') });
  assert.match(site['meetings/2023-03-09.html'], /see <a href="#001-23">001\/23<\/a>/, 'on its own page first');
  const d = siteOf({ 'a.minutes': m('12/01/2023', 'Opened.'), 'b.minutes': m('09/02/2023', 'Opened.'), 'c.minutes': '# Board\nDate: 09/03/2023\n\n002/23 Matters arising\nFrom 001/23, nothing.\n' });
  assert.match(d['meetings/2023-03-09.html'], /From <a href="2023-02-09.html#001-23">001\/23<\/a>/);
});

test('the decisions register and the action tracker list everything without JavaScript, with filters for the script', () => {
  const site = siteOf(fixture());
  const decisions = site['decisions.html'];
  assert.match(decisions, /<a href="meetings\/2022-09-27.html#078-22">078\/22<\/a><\/td><td>Notes of the Last Meeting<\/td><td>The notes are approved.<\/td>/);
  assert.match(decisions, /<form class="filters" data-table="decisions"[^>]* hidden>/);
  const actions = site['actions.html'];
  const row = (ref: string): string => actions.split('<tr').find((r) => r.includes(`id="a-${ref}"`))!;
  // 075/22-A1: raised in July, due 27/09/2022, carried forward in October (awaiting the fuel contract)
  assert.match(row('075-22-A1'), /data-status="carried forward"/);
  assert.match(row('075-22-A1'), /Mark Kenyon/);
  assert.match(row('075-22-A1'), /27\/09\/2022/);
  assert.match(row('075-22-A1'), /<li>carried forward \(25\/10\/2022\): awaiting the fuel contract<\/li>/);
  assert.match(row('075-22-A1'), /data-overdue="1"/, 'due 27/09/2022, still open on the test day');
  assert.match(row('079-22-A1'), /data-status="done"/);
  assert.match(actions, /<select id="f-status" name="status">/);
  assert.match(site['assets/filter.js'], /row\.hidden = !ok/);
});

test('attendance is counted from the people blocks of each meeting', () => {
  const a = '# Board\nDate: 12/01/2023\n\nPresent:\n- Jane Hill : Chair\n- Tom Reed\n\nApologies:\n- Ann Lee\n\n001/23 Budget\nDiscussed.\n';
  const b = '# Board\nDate: 09/02/2023\n\nPresent:\n- Jane Hill : Chair\n- Ann Lee\n\n005/23 Accounts\nNoted.\n';
  const page = siteOf({ 'a.minutes': a, 'b.minutes': b })['attendance.html'];
  assert.match(page, /<a href="meetings\/2023-01-12.html">12\/01\/2023<\/a><\/td><td class="num">2<\/td><td class="num">1<\/td>/);
  assert.match(page, /<td>Jane Hill<\/td><td class="num">2<\/td><td class="num">0<\/td>/);
  assert.match(page, /<td>Ann Lee<\/td><td class="num">1<\/td><td class="num">1<\/td>/);
  assert.match(siteOf({ 'c.minutes': '# Board\nDate: 01/03/2023\n\n001/23 X\nY.\n' })['attendance.html'], /None of the minutes lists who was present/);
});

test('the search index is built with the site, finds every public item and is read by the same library in the browser', () => {
  const site = siteOf(fixture());
  const index = MiniSearch.loadJSON(site['search-index.json'], { idField: 'id', fields: ['title', 'text', 'number', 'meeting'], storeFields: ['url', 'meeting', 'number', 'title'] });
  const hits = index.search('repeat-caller');
  assert.equal(hits[0]?.url, 'meetings/2022-09-27.html#079-22');
  assert.match(site['search.html'], /<script src="assets\/minisearch.js" defer><\/script>\n<script src="assets\/search.js" defer><\/script>/);
  assert.match(site['search.html'], /Search needs JavaScript/);
});

test('every character the minutes hold is escaped on every page and in every script', () => {
  const hostile = '# Board <script>alert(1)</script> \u202Egpj.exe\nDate: 12/01/2023\nStatus: Approved \u202E<b>21/01/2023</b>\n\nPresent:\n- <img src=x onerror=alert(2)> : Chair\n\n001/23 Budget <b onmouseover=alert(3)>\nThe "plan" & <script>alert(4)</script> [x](javascript:alert(5)) \u202Etxt.exe\nACTION: <svg onload=alert(6)>. Owner: <i>Jo</i>. Due: 20/01/2023.\nDECISION: </td></tr></table><script>alert(7)</script>\n';
  // the site's name as the clerk types it after --title, as hostile as the minutes
  const site = siteOf({ 'a.minutes': hostile }, 'Board <script>alert(8)</script> \u202Egpj.exe');
  for (const [p, content] of Object.entries(site)) {
    if (!p.endsWith('.html')) continue;
    assert.doesNotMatch(content, /<script>|<img |<svg|<b onmouseover|<i>Jo|javascript:alert\(5\)\)<\/a>|\u202E/, p);
    assert.doesNotMatch(content, /<script(?![^>]*\bsrc=)/, `${p}: no inline script`);
  }
  assert.match(site['meetings/2023-01-12.html'], /&#60;script&#62;alert\(4\)&#60;\/script&#62;/);
  assert.doesNotMatch(site['search-index.json'], /\u202E/);
  assert.deepEqual(siteProblems(site), []);
});

test('no word of a withheld item reaches any file of the site, the search index included', () => {
  const heads = ['088/22 [confidential: paragraph 3] Quillfeather Tender', '088/22 Quillfeather Tender (Part II)', '## Part 2 – exempt business\n\n088/22 Quillfeather Tender'];
  for (const head of heads) {
    const site = siteOf({ '2022-11-22.minutes': meetingWith(head).replace('Date: 27/09/2022', 'Date: 22/11/2022'), ...fixture() });
    for (const w of SECRET_WORDS) assert.deepEqual(outputsWith(site, w), [], `"${w}" reached the site with ${JSON.stringify(head)}`);
    // the item is there as the public version has it: its number, "considered in private"
    assert.match(site['meetings/2022-11-22.html'], /<tr id="088-22"><td class="number">088\/22<\/td><td><p class="title">Confidential item<\/p><p class="withheld">This item was considered in private/);
    // nor how long it was: no line numbers of the file
    assert.doesNotMatch(site['meetings/2022-11-22.html'], /data-line/);
  }
});

test('every page: the strict Content-Security-Policy, landmarks, a skip link, and nothing from elsewhere', () => {
  const site = siteOf(fixture());
  const pages = Object.keys(site).filter((p) => p.endsWith('.html'));
  assert.deepEqual(pages.filter((p) => !p.startsWith('meetings/')).sort(), ['actions.html', 'attendance.html', 'decisions.html', 'index.html', 'search.html']);
  for (const p of pages) {
    const html = site[p];
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'">/, p);
    assert.match(html, /<a class="skip" href="#main">Skip to content<\/a>\n<header>[\s\S]*<nav aria-label="Site">[\s\S]*<main id="main"[\s\S]*<\/main>\n<footer>/, p);
    assert.doesNotMatch(html, /\b(?:src|href)="(?:https?:)?\/\//, `${p} asks for nothing from elsewhere`);
    assert.doesNotMatch(html, /\sstyle=|\son[a-z]+=/i, `${p}: no inline style or handler (the policy would refuse them)`);
  }
  assert.deepEqual(siteProblems(site), []);
});
