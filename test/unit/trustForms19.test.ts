/**
 * Two families of the twelfth held-out set, read in their own forms (issue 18): a district council's
 * "Agenda and minutes" web page (a guest for one item, a review's bracketed statuses, a document noted
 * by its name) and a foundation trust's board (members grouped under headings with no `Present`, an
 * `Action KO:` line with a right-aligned `Due:`, a log whose status is a symbol of a key).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchActionLine, opensOwnedAction } from '#service/forms/actions';
import { matchBodyNoted } from '#service/forms/decisions';
import { forThisItem, labelKind } from '#service/forms/headings';
import { matchInlineList } from '#service/forms/inline';
import { readPerson } from '#service/forms/personLine';

const WEB = [
  'Harrowby Borough Council',
  'Agenda and minutes',
  'Housing Scrutiny Panel - Tuesday, 3rd March, 2026 7.00 pm',
  'Present: Councillors Ada Quinn (Chairman), Bev Lott and Cal Moss.',
  ' ',
  '41.',
  'ACTIONS FROM THE LAST MEETING',
  'Minutes:',
  'The Clerk reported on the actions:',
  'Minute 30 – void figures by ward to be circulated (complete)',
  'Minute 32 – visit to the new homes at Elm Row (deferred to the',
  'April meeting)',
  ' ',
  '42.',
  'VOIDS REPORT',
  'Minutes:',
  'Also present for this item: Dee Fox, Area Manager, Brightway Homes Ltd.',
  'The Panel noted the Voids Plan.',
].join('\n');

test('a review line names its minute with the word, its bracketed status wrapped onto the next line', () => {
  const reviews = parse(WEB).meeting!.statusReviews ?? [];
  assert.deepEqual(reviews.map((r) => [r.ref, r.status, r.written]), [
    ['Minute 30', 'done', 'complete'],
    ['Minute 32', 'carried forward', 'deferred to the April meeting'],
  ]);
});

test('a parish clerk\'s clipped `Min` keeps its word as printed, as `Minute` does', () => {
  const text = ['ELMSTEAD PARISH COUNCIL', 'Minutes of the meeting held on 2 March 2026', '', '209\tAPOLOGIES', 'None were received.', '', '210\tPROGRESS ON ACTIONS FROM PREVIOUS MINUTES', 'The Clerk reported:', 'Min 198 – Bench repair: done. (Completed)', '', '211\tPLANNING', 'No applications.'].join('\n');
  assert.deepEqual((parse(text).meeting!.statusReviews ?? []).map((r) => r.ref), ['Min 198']);
});

test('a guest for one item in its text, with a post and a body; a document noted by its name', () => {
  const m = parse(WEB).meeting!;
  const guest = m.people.flatMap((b) => b.people.map((p) => ({ kind: b.kind, p }))).find((x) => x.p.written === 'Dee Fox');
  assert.ok(guest);
  assert.equal(guest.kind, 'inAttendance');
  assert.equal(guest.p.organisation, 'Brightway Homes Ltd');
  assert.deepEqual(guest.p.qualifiers?.map((q) => q.text), ['for this item']);
  const voids = m.items.find((i) => i.title === 'VOIDS REPORT')!;
  assert.deepEqual(voids.decisions.map((d) => d.text), ['the Voids Plan']);
  assert.ok(matchBodyNoted('The Committee noted the Annual Report.'));
  assert.equal(matchBodyNoted('The Committee noted that the plan was late.'), undefined);
});

test('a label with the item its people came for', () => {
  assert.deepEqual(labelKind('Also present for this item'), { kind: 'inAttendance' });
  const label = 'In attendance for the item';
  const q = forThisItem(label)!;
  assert.equal(label.slice(q.start, q.end), 'for the item');
  assert.equal(forThisItem('Also present'), undefined);
  // a post, then a body after a second comma: one person; a second name after it is two
  const one = 'Also present: Ed Pike, Regional Manager, Kestrel Waste Ltd.';
  assert.equal(matchInlineList(one)!.people.length, 1);
  assert.equal(matchInlineList('Also present: Ed Pike, Fay Dunn, Gus Hale.')!.people.length, 3);
});

const TRUST = [
  'RIVERMEAD HEALTHCARE NHS FOUNDATION TRUST',
  'BOARD OF DIRECTORS',
  'Minutes of the meeting held in public on Thursday 4 June 2026',
  '',
  'Non-Executive Directors',
  'Dr Iris Vale (IV) – Chair',
  'Omar Reid (OR) – Non-Executive Director (from RB/26/012)',
  'Executive Directors',
  'Hana Cole (HC) – Chief Executive',
  'In attendance',
  'Leo Ward (LW) – Company Secretary (minutes)',
  'Observers',
  'Tim Nye – Public Governor',
  'Apologies',
  'Dr Jan de Wit (JdW) – Non-Executive Director',
  'Ann Byrne (AB) – Chief Operating Officer, represented by Kit Moss, Deputy',
  'Chief Operating Officer',
  '',
  'RB/26/011   Finance report',
  '             HC presented the report.',
  '             Action HC/LW: Bring the cash forecast to the',
  '             Audit Committee.                      Due: September 2026',
  '             Action OR: Review the risk register.',
  '                                                   Due: Q3 2026/27',
  '',
  'RB/26/012   Quality report',
  '             The Board NOTED the report.',
].join('\n');

test('a board\'s members grouped under headings with no Present above them; observers; a stand-in with a post', () => {
  const lists = parse(TRUST).meeting!.people;
  const on = (kind: string): string[] => lists.filter((b) => b.kind === kind).flatMap((b) => b.people.map((p) => p.name.display));
  assert.deepEqual(on('present'), ['Iris Vale', 'Omar Reid', 'Hana Cole']);
  assert.deepEqual(on('inAttendance'), ['Leo Ward', 'Tim Nye']);
  assert.deepEqual(on('apologies'), ['Jan de Wit', 'Ann Byrne']);
  const all = lists.flatMap((b) => b.people);
  assert.deepEqual(all.find((p) => p.written === 'Tim Nye')!.qualifiers?.map((q) => q.kind), ['observer']);
  assert.equal(all.find((p) => p.name.display === 'Jan de Wit')!.initials, 'JdW');
  assert.deepEqual(all.find((p) => p.written === 'Ann Byrne')!.qualifiers?.map((q) => q.text), ['represented by Kit Moss, Deputy Chief Operating Officer']);
  const p = readPerson('Ann Byrne – Director of Finance, deputised by Kit Moss', 0, 'Ann Byrne – Director of Finance, deputised by Kit Moss'.length)!;
  assert.equal(p.qualifiers.length, 1);
});

test('`Action HC/LW:` with the owners\' initials before the colon, read to its right-aligned due', () => {
  const [item] = parse(TRUST).meeting!.items;
  assert.deepEqual(item.actions.map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['Bring the cash forecast to the Audit Committee', ['HC', 'LW'], 'September 2026'],
    ['Review the risk register', ['OR'], 'Q3 2026/27'],
  ]);
  assert.equal(opensOwnedAction('Action KO: Provide the figures.'), true);
  // a keyword's own words are no one's initials, and a plan is no owner
  for (const t of ['ACTION BY: Head of Audit', 'ACTION ITEM: @ana to publish', 'Action plan: the steps below']) assert.equal(opensOwnedAction(t), false, t);
  const f = matchActionLine('Action PvR: Send the note.      Due: May 2026')!;
  assert.equal(f.owners.length, 1);
  assert.equal(f.due?.text, 'May 2026');
});

test('a keyed deferral keeps where its wrapped cell puts the action', () => {
  const text = [
    'ELMBRIDGE NHS TRUST BOARD',
    'Minutes of the meeting held on 4 June 2026',
    '',
    'Appendix 1 – action log',
    'Key: ✔ Complete   ⇨ Deferred to a later meeting',
    '',
    'Ref            Action                                   Lead   Due        Status',
    'EB/26/010      Publish the revised scheme of            KO     May 2026   ⇨',
    '               delegation                                                 July 2026',
    'EB/26/014      Add the estates risk                     RM     Apr 2026   ✔',
  ].join('\n');
  assert.deepEqual((parse(text).meeting!.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [
    ['EB/26/010', 'carried forward', '⇨ July 2026'],
    ['EB/26/014', 'done', '✔'],
  ]);
});
