/**
 * A club's committee minutes kept on a PmWiki page and copied as text (heldOut14/06's family, in
 * other words): section headings carrying PmWiki's section-edit link `(edit)`, a numbered `Contents`
 * the headings repeat (the items, no numbers), the last meeting's action table with status icons
 * by file name (`tick.png Done`, `arrow.png Carried forward`) and one status per owner on the row's
 * wrapped lines, and a closing `Actions arising` table under its own heading, its rows numbered on
 * from the last meeting's and wrapped onto lines that open with a tab; a due `before the AGM`.
 * Invented examples of each, and their near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { headingTitle } from '#service/forms/headingItems';
import { inlineDebris } from '#service/forms/debris';
import { readDueCell } from '#service/forms/dueDates';
import { detectNumbering } from '#service/numberSchemes';

const PAGE = [
  'Ashcombe Village Hall Wiki',
  'Recent Changes - Search:',
  '',
  'Trustees / Minutes 2027-03-02',
  'View - Edit - History - Print',
  '',
  'Ashcombe Village Hall Trust – Trustees meeting, Tuesday 2 March 2027, 7pm, the committee room',
  '',
  'Present:',
  '    * Ruth Penrose (RP) – Chair',
  '    * Alan Dobbs (AD) – Treasurer',
  '    * Mina Shah (MS) – Bookings Secretary',
  '',
  'Contents',
  '    1. Last meeting and its actions',
  '    2. Heating',
  '    3. Actions arising',
  '',
  'Last meeting and its actions (edit)',
  '',
  'No.\tAction\tWho\tDue\tStatus',
  '1\tBleed the radiators\tAD\tJan\ttick.png Done',
  '2\tNew booking form for the',
  '\twebsite and the noticeboard\tRP/MS\tFeb\tRP: tick.png Done',
  '\t\t\t\tMS: hourglass.png In progress',
  '3\tRepaint the porch\tAD\tDec\tarrow.png Carried forward',
  '',
  'Heating (edit)',
  '',
  'AD reported that the boiler had failed its service.',
  'ACTION: AD to get two quotes for a new boiler.',
  '',
  'Actions arising (edit)',
  '',
  'No.\tAction\tWho\tDue',
  '4\tGet two quotes for a new boiler and\tAD\tnext meeting',
  '\tbring them to the trustees',
  '5\tPrint the booking form\tMS\tbefore the AGM',
  '6\tRepaint the porch (carried forward)\tAD\tApril',
  '',
  'Page last modified on 3 March 2027, at 10:02 AM',
].join('\n');

test("PmWiki's section-edit link `(edit)` after a heading is the page's chrome, not the heading's words; after a sentence it stays", () => {
  assert.equal(headingTitle('Heating (edit)'), 'Heating');
  assert.equal(headingTitle('Treasurer’s report [edit]'), 'Treasurer’s report');
  assert.deepEqual(inlineDebris('Heating (edit)').map((d) => d.kind), ['wiki-chrome']);
  assert.deepEqual(inlineDebris('The draft was agreed. Minor changes (edit)'), []);
});

test('the headings that repeat a numbered `Contents` are the items, with no numbers: the rows of its action tables, numbered on and wrapped, are no minute numbers', () => {
  const d = parse(PAGE);
  assert.equal(d.scheme, 'none');
  assert.deepEqual(d.meeting!.items.map((x) => [x.number, x.title]), [[undefined, 'Last meeting and its actions'], [undefined, 'Heating'], [undefined, 'Actions arising']]);
  // the rows alone: numbers that follow one another with only a row's wrapped cells between them are a table's
  assert.equal(detectNumbering(['Intro', '', 'No.\tAction\tWho\tDue', '4\tGet two quotes for a\tAD\tMay', '\tnew boiler', '5\tPrint the form\tMS\tJune', '\tfor the hall', '6\tPaint the porch\tAD\tJuly']).count, 0);
});

test('the action table under its own heading gives the meeting\'s actions, each once: the row, not the ACTION line it restates', () => {
  const m = parse(PAGE).meeting!;
  const all = [...(m.actions ?? []), ...m.items.flatMap((x) => x.actions)];
  assert.deepEqual(all.map((a) => [a.text, a.owners.map((o) => o.text).join('/'), a.due?.text]), [
    ['Get two quotes for a new boiler and bring them to the trustees', 'AD', 'next meeting'],
    ['Print the booking form', 'MS', 'AGM'],
    ['Repaint the porch (carried forward)', 'AD', 'April'],
  ]);
});

test('the last meeting\'s table: icons by file name before the status words, one status per owner on the row\'s wrapped lines', () => {
  const reviews = parse(PAGE).meeting!.statusReviews!.map((s) => [s.ref, s.status, s.written]);
  assert.deepEqual(reviews, [
    ['1', 'done', 'Done'],
    ['2', 'done', 'Done'],
    ['2', 'open', 'In progress'],
    ['3', 'carried forward', 'Carried forward'],
  ]);
});

test('a due named by the annual or an extraordinary general meeting\'s letters alone', () => {
  assert.deepEqual([readDueCell('before the AGM')?.text, readDueCell('AGM')?.kind, readDueCell('by the EGM')?.kind], ['the AGM', 'meeting', 'meeting']);
  assert.equal(readDueCell('AGMs'), undefined);
});
