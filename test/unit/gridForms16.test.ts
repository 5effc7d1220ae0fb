/**
 * Forms of the sixteenth blind set's school board and town council, in other boards' words: items
 * laid out as a Word table whose lead column tabs space out, an attendance grid with its legend
 * below, and the other constructs read for them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectNumbering } from '#service/numberSchemes';
import { matchCellLegend } from '#service/forms/grid';
import { readDueCell } from '#service/forms/dueDates';
import { readStatusPhrase } from '#service/forms/statuses';
import { parse } from '#service';

test('items of a table spaced out with tabs, a lead column after the title, are items; a wrapped action row is not', () => {
  const minutes = [
    'No.\tBusiness\t\t\t\t\tPresenter',
    '1\tOpening and apologies\t\t\t\t\tTM',
    '\tThe Chair opened the meeting and welcomed the new parent member to the committee.',
    '2\tFinance update\t\t\t\t\t\tBK',
    '\tBK reported the quarter-two position: spending was within the agreed envelope.',
    '3\tAny other business\t\t\t\tTM',
    '\tThere was none. The next meeting is on 4 March.',
  ];
  const d = detectNumbering(minutes);
  assert.equal(d.scheme, 'per-meeting');
  assert.equal(d.count, 3);
  // the rows of an action table carried onto the next line stay a list, no items
  const actions = [
    'Actions',
    '1\tRenew the hall insurance before the\tGP\tend May',
    '\tpolicy lapses',
    '2\tWrite to the highways team about\tKL\tJune',
    '\tthe crossing',
    '3\tOrder new chairs for the\t\tRT\t\tASAP',
    '\tcommunity room',
    // (a cell's rest longer than its row, going on mid-sentence)
    '4\tAsk\tGP\tJuly',
    '\tthe county council whether the verge cutting can be moved to the autumn',
  ];
  assert.equal(detectNumbering(actions).count, 0);
});

const GRID = [
  'ASHBY VALE ACADEMY TRUST', 'Board of Trustees', '', 'Minutes of the meeting held on Tuesday 3rd March 2026 at 6pm', '',
  'Trustee\t\t\tInit.\tCat.\tOffice\t\tAttendance',
  'Dr Helen Marsh\t\tHM\tMA\tChair\t\tP',
  'Mr Tom Reyes\t\tTR\tCT\t\t\tA – consented (illness)',
  'Ms Ada Kaur\t\tAK\tMA\t\t\tA – not consented',
  'Mrs Jo Penn\t\tJP\tCT\t\t\tP (from item 3)',
  '',
  'Categories: MA = member-appointed trustee; CT = co-opted trustee.   Attendance: P = present; A = absent',
  '',
  '1\tWelcome\t\t\t\tHM', '\tHM welcomed trustees to the meeting and noted the apologies received.',
  '2\tFinance\t\t\t\tTR', '\tThe finance report was received and discussed at some length by trustees.',
].join('\n');

test('a grid set out with runs of tabs, a cell left empty: each cell in its column, the legend below spelling out the codes and the marks', () => {
  const m = parse(GRID).meeting!;
  const people = m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.initials, p.category, p.role, (p.qualifiers ?? []).map((q) => q.text)]));
  assert.deepEqual(people, [
    ['present', 'Helen Marsh', 'HM', 'member-appointed trustee', 'Chair', []],
    ['present', 'Jo Penn', 'JP', 'co-opted trustee', undefined, ['from item 3']],
    // an absence consented to is an apology accepted, whatever the key says of `A`; its reason in brackets a qualifier of its own
    ['apologies', 'Tom Reyes', 'TR', 'co-opted trustee', undefined, ['consented', 'illness']],
    ['absent', 'Ada Kaur', 'AK', 'member-appointed trustee', undefined, ['not consented']],
  ]);
  // the lead column after each title is no part of it
  assert.deepEqual(m.items.map((i) => [i.number?.written, i.title]), [['1', 'Welcome'], ['2', 'Finance']]);
  // the legend is read only with codes the grid's category column holds
  assert.equal(matchCellLegend('Categories: XY = somebody else', new Set(['MA'])), undefined);
  assert.equal(matchCellLegend('Note: the budget = £4,000; see the appendix', new Set(['MA'])), undefined);
});

const TOWN = [
  '', '              ASHBY PARISH COUNCIL', '        The Pavilion, Mill Lane, Ashby AB12 3CD', '',
  'MINUTES of the meeting of the Parish Council held on Monday 2nd March 2026 at 7pm', '',
  'PRESENT:\tCouncillors A Roe, Dr B Lee and C Dee', '',
  '1. Apologies', 'Apologies were received from Councillor F Gray. Councillor K Ames was not', 'present and no apologies had been received.', '',
  '2. Minutes', 'Agreed.',
].join('\n');

test('a letterhead\'s postal address is no title; a courtesy title inside a plural one\'s run joins it; "was not present" is an absence', () => {
  const m = parse(TOWN).meeting!;
  assert.equal(m.title?.value, 'ASHBY PARISH COUNCIL');
  const people = m.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title, (p.qualifiers ?? []).map((q) => q.text)]));
  assert.deepEqual(people, [
    ['present', 'A Roe', 'Councillor', []],
    ['present', 'B Lee', 'Councillor Dr', []],
    ['present', 'C Dee', 'Councillor', []],
    ['apologies', 'F Gray', 'Councillor', []],
    ['absent', 'K Ames', 'Councillor', ['no apologies had been received']],
  ]);
});

test('a due cell keeps its bracket; a body\'s meeting by its initials is where an action goes; `not pursued` drops it', () => {
  assert.equal(readDueCell('Spring 1 (Feb)')?.text, 'Spring 1 (Feb)');
  assert.equal(readDueCell('next meeting (March)')?.text, 'next meeting (March)');
  const cf = 'Carried forward to next P&R – awaiting quotes';
  const d = readStatusPhrase(cf)!;
  assert.equal(cf.slice(d.start, d.end), 'Carried forward to next P&R');
  assert.equal(readStatusPhrase('Deferred to March FGB')?.end, 'Deferred to March FGB'.length);
  assert.equal(readStatusPhrase('Not pursued – no budget')?.status, 'dropped');
  assert.equal(readStatusPhrase('Not proceeding')?.status, 'dropped');
  // (a reference after the month is no body's initials)
  assert.equal(readStatusPhrase('Deferred to May TC25/130')?.end, 'Deferred to May'.length);
});
