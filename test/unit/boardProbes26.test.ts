/**
 * Forms a clerk read in an NHS trust's board minutes and a school's governing board, in other
 * boards' words: a table of the meeting's items under its header row, several earlier actions
 * reviewed in one line, an owner under a paragraph of several sentences, a paper's stamp and a
 * footer of its page and draft, a flattened attendance table whose initials have no brackets, and a
 * list on its label's line that ends at the legend of its codes or a sentence of the minutes.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectNumbering } from '#service/numberSchemes';
import { reviewParts } from '#service/forms/reviewRuns';
import { debrisKind } from '#service/forms/debris';
import { matchFlattenedTable } from '#service/forms/table';
import { endsPeopleList } from '#service/forms/block';
import { parse } from '#service';

test('the rows of a table of the meeting\'s items under its header row are the items, one under another', () => {
  const minutes = [
    'No.\tSubject\tPresenter',
    '1.\tOpening and declarations\tKM',
    '2.\tMatters arising\tKM',
    '3.\tFinance and premises\tRB',
    '\tRB reported that the roof repair had been completed within budget.',
    '4.\tAny other business\tKM',
  ];
  const d = detectNumbering(minutes);
  assert.equal(d.count, 4);
  assert.deepEqual(d.heads, [1, 2, 3, 5]);
  // a header naming the items as `Item` in its first column too (`Item<TAB>Business<TAB>Lead`)
  assert.equal(detectNumbering(['Item\tBusiness\tLead', '1.\tApologies\tCH', '2.\tMinutes of the last meeting\tCH', '3.\tBudget monitoring\tSF', '\tSF presented the report.']).count, 3);
  // a table of actions names no items: its rows, one under another, stay a list
  const actions = ['No.\tAction\tWho\tWhen', '1.\tRenew the insurance\tGP\tMay', '2.\tOrder the chairs\tRT\tJune', '3.\tWrite to the county\tKL\tJuly'];
  assert.equal(detectNumbering(actions).count, 0);
  // and numbered lines with no header row above them are a list as before
  assert.equal(detectNumbering(['The Head listed the priorities:', '1.\tReading\tKS1', '2.\tAttendance\tAll', '3.\tSEND\tKS2']).count, 0);
});

test('a school board\'s item table: the items under the header row, the lead column left out of the title', () => {
  const text = [
    'Hollins Cross Infant School – Local Governing Committee', 'Minutes of the meeting held on Monday 6 November 2023', '',
    'Present: Mrs K Mbeki [KM] Chair; Mr R Barnes [RB] Headteacher', '',
    'No.\tItem\tLead', '1.\tWelcome\tKM', '2.\tMinutes and matters arising\tKM', '\tThe minutes were approved.', '3.\tHeadteacher\'s report\tRB', '\tRB presented the report.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => [i.number?.written, i.title]), [['1', 'Welcome'], ['2', 'Minutes and matters arising'], ['3', 'Headteacher\'s report']]);
});

test('one line reviewing several earlier actions, a sentence each by its reference, is one status for each', () => {
  assert.deepEqual(reviewParts('Action 12 (fire drill) – Complete. Action 15 (new signage) – Deferred to May.')?.map((p) => p.ref), [{ start: 0, end: 9 }, { start: 35, end: 44 }]);
  // a paragraph's own number before the first reference is no reference
  const line = '14.2\tFC/24/07 playground fencing – Completed; FC/24/09 tree survey – Ongoing.';
  const parts = reviewParts(line)!;
  assert.deepEqual(parts.map((p) => line.slice(p.ref.start, p.ref.end)), ['FC/24/07', 'FC/24/09']);
  assert.deepEqual(parts.map((p) => line.slice(p.start, p.end)), ['FC/24/07 playground fencing – Completed', 'FC/24/09 tree survey – Ongoing']);
  // a reference of another form after a stop starts no part: one review as before
  assert.equal(reviewParts('Action 12 (fire drill) – Complete. See minute 14/23 for the report.'), undefined);
  assert.equal(reviewParts('Action 12 (fire drill) – Complete.'), undefined);

  const school = [
    'Minutes of the meeting held on Wednesday 17 January 2024', '',
    '1.\tReview of actions', '\tAction 2 (fire drill log) – Complete. Action 5 (governor visits rota) – Carried forward. Action 7 (SEND audit) – Dropped.',
    '2.\tAny other business', '\tNone.',
  ].join('\n');
  const reviews = parse(school).meeting!.statusReviews ?? [];
  assert.deepEqual(reviews.map((r) => [r.ref, r.status, r.written]), [['2', 'done', 'Complete'], ['5', 'carried forward', 'Carried forward'], ['7', 'dropped', 'Dropped']]);
  // each its own range on the line
  assert.ok(reviews[1].range.start.character > reviews[0].range.end.character);

  const board = [
    'Minutes of the Board meeting held on 9 March 2024', '',
    'GB/24/011 Action log', '011.1\tGB/23/190 digital strategy – Complete (B). GB/23/201 estates review – Overdue (R). GB/23/214 fleet plan – On track (G).',
    'GB/24/012 Any other business', '012.1\tNone.',
  ].join('\n');
  assert.deepEqual((parse(board).meeting!.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]),
    [['GB/23/190', 'done', 'Complete'], ['GB/23/201', 'open', 'Overdue'], ['GB/23/214', 'open', 'On track']]);
});

test('an owner under a paragraph of several sentences takes the sentence it ends, not what was reported before it', () => {
  const text = [
    'Minutes of the Board meeting held on 12 June 2024', '',
    'Present:', 'Alan Frost (AF) Chair', 'Mina Shah (MS) Director of Operations', '',
    'TB/24/061 Operational performance',
    '061.1\tThe Director of Operations presented the report. Ambulance handovers had improved in May.',
    '\tMembers asked for a trajectory for the summer months.',
    'MS',
    'TB/24/062 Patient safety',
    '062.1\tMS asked for a deep dive into falls. AF agreed.',
    'AF',
    'TB/24/063 Any other business', '063.1\tNone.',
  ].join('\n');
  const actions = parse(text).meeting!.items.flatMap((i) => i.actions).map((a) => [a.text, a.owners.map((o) => o.text)]);
  // (a reply after the request is no task: the request is)
  assert.deepEqual(actions, [['Members asked for a trajectory for the summer months', ['MS']], ['MS asked for a deep dive into falls. AF agreed', ['AF']]]);
});

test('a paper\'s stamp in either order and a page footer with its draft are debris', () => {
  for (const t of ['Enclosure B / Agenda item 4', 'Enclosure 3 – Agenda Item 12.1', 'Agenda item 7 | Enclosure C', 'Agenda item 9 Appendix 2', 'Enclosure D']) assert.equal(debrisKind(t), 'agenda-stamp', t);
  for (const t of ['Page 1 of 2\tDraft v0.3', 'Page 4 of 9    Version 2.1', 'Page 2\tUNCONFIRMED']) assert.equal(debrisKind(t), 'page-footer', t);
  // a sentence about an enclosure, or a page's number before prose, is text
  for (const t of ['Enclosure B was the revised budget.', 'Page 4 of the report showed the figures', 'Page 2\tThe Board noted the report.', 'Agenda item 4 was deferred']) assert.equal(debrisKind(t), undefined, t);
});

test('a flattened attendance table whose initials have no brackets: names, roles, initials paired by position', () => {
  const lines = ['Prof Helen Ashdown', 'Tariq Malik', 'Joanna Price', 'Chair', 'Director of Finance', 'Chief Nurse (items 3 to 5)', 'HA', 'TM', 'JP', 'Apologies: none'];
  const t = matchFlattenedTable(lines)!;
  assert.equal(t.lines, 9);
  assert.deepEqual(t.people.map((p) => [lines[p.name.line].slice(p.name.start, p.name.end), p.role.map((r) => lines[r.line].slice(r.start, r.end)).join(' '), p.initials && lines[p.initials.line].slice(p.initials.start, p.initials.end), p.qualifiers.map((q) => q.kind)]),
    [['Prof Helen Ashdown', 'Chair', 'HA', []], ['Tariq Malik', 'Director of Finance', 'TM', []], ['Joanna Price', 'Chief Nurse', 'JP', ['only']]]);
  // a role in capitals is no one's initials: `CFO` stays the role
  const roles = ['Helen Ashdown', 'Tariq Malik', 'Chair', 'CFO', 'HA', 'TM'];
  assert.deepEqual(matchFlattenedTable(roles)!.people.map((p) => p.role.map((r) => roles[r.line].slice(r.start, r.end)).join(' ')), ['Chair', 'CFO']);
  const doc = ['Minutes of the Board meeting held on 3 April 2024', 'Present:', ...lines.slice(0, 9), 'Apologies: Ruth Dale, Director of Strategy', 'TB/24/040 Welcome', '040.1\tThe Chair welcomed members.'].join('\n');
  const present = parse(doc).meeting!.people.find((b) => b.kind === 'present')!;
  assert.deepEqual(present.people.map((p) => [p.name.display, p.role, p.initials]), [['Helen Ashdown', 'Chair', 'HA'], ['Tariq Malik', 'Director of Finance', 'TM'], ['Joanna Price', 'Chief Nurse', 'JP']]);
});

test('a list on its label\'s line ends at the legend of its codes (each code its category) and at a sentence of the minutes', () => {
  assert.ok(endsPeopleList('The meeting was quorate.'));
  assert.ok(endsPeopleList('There were no declarations of interest.'));
  assert.ok(endsPeopleList('Quorum: 7 of 9'));
  assert.ok(!endsPeopleList('Mrs B Lee (Clerk), Mr C Day'));
  assert.ok(!endsPeopleList('The Revd A Roe (Foundation governor).'));
  const text = [
    'St Anne\'s C of E Primary School – Governing Board', 'Minutes of the meeting held on Thursday 8 February 2024', '',
    'Present: Mrs L Grant [LG] Chair (FG); Mr T Osei [TO] (LAG); Ms R Patel [RP] Headteacher',
    'FG = Foundation governor; LAG = Local authority governor',
    'Apologies: Mr D Kerr [DK] – consented',
    'It was noted that the meeting was quorate.',
    '', '1.\tWelcome', '\tThe Chair welcomed governors.', '2.\tFinance', '\tThe budget was noted.',
  ].join('\n');
  const m = parse(text).meeting!;
  const present = m.people.find((b) => b.kind === 'present')!;
  assert.deepEqual(present.people.map((p) => [p.name.display, p.role, p.category, p.initials]),
    [['L Grant', 'Chair', 'Foundation governor', 'LG'], ['T Osei', undefined, 'Local authority governor', 'TO'], ['R Patel', 'Headteacher', undefined, 'RP']]);
  const apologies = m.people.find((b) => b.kind === 'apologies')!;
  assert.deepEqual(apologies.people.map((p) => [p.name.display, p.role, p.qualifiers?.map((q) => q.kind)]), [['D Kerr', undefined, ['consented']]]);
});
