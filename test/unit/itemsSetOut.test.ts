/**
 * A clerk sets out the meeting's items before filling them in, and types numbers and blank lines as
 * they go: items with nothing under them yet stay items, and an edit that changes how the file's
 * numbers read (a number typed at a line's start, a line emptied between two items) re-analyses to
 * exactly what a full analysis gives. Invented texts, with the near misses that must stay lists.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectNumbering, parse, splitLinesForTests } from '#service';
import type { LineEdit } from '../support/lineEdits';
import { reanalysesAsFull } from '../support/reanalysis';

function items(text: string): string[] {
  return parse(text).meeting!.items.map((i) => `${i.number?.written ?? ''} ${i.title}`);
}

test('the first items set out with nothing under them yet are the meeting\'s items, not a list', () => {
  const head = 'ASHWELL PARISH COUNCIL\nMinutes of the meeting held on 5 March 2024\n\n';
  // one empty item, then items with their text
  assert.deepEqual(items(`${head}1. Welcome\n\n2. Apologies\nNone received.\n\n3. Finance\nThe accounts were noted.\n\n4. Close\nClosed at 8pm.\n`),
    ['1. Welcome', '2. Apologies', '3. Finance', '4. Close']);
  // two empty items
  assert.deepEqual(items(`${head}1. Welcome\n\n2. Apologies\n\n3. Minutes\nApproved.\n\n4. Close\nClosed at 8pm.\n`),
    ['1. Welcome', '2. Apologies', '3. Minutes', '4. Close']);
  // a board's running numbers
  assert.deepEqual(items(`${head}41. Welcome\n\n42. Apologies\nNone received.\n\n43. Finance\nNoted.\n\n44. Close\nClosed.\n`),
    ['41 Welcome', '42 Apologies', '43 Finance', '44 Close']);
  // a list inside a later item, starting afresh, changes nothing above it
  const listed = ['1. Welcome', '', '2. Apologies', 'None.', '', '3. Reports', 'The Clerk listed:', '', '1. Grit bins', '', '2. Noticeboard', 'Both done.', '', '4. Close', 'Closed.'];
  assert.deepEqual(detectNumbering(listed).heads, [0, 2, 5, 13]);
});

test('near misses: a list of contents over the items stays a list, however short', () => {
  // the items start afresh below the list: its entries are no items
  const two = ['Agenda', '', '1. Apologies', '', '2. Minutes', '', 'Minutes', '', '1. Apologies', 'None.', '', '2. Minutes', 'Agreed.', '', '3. Close', 'Closed.'];
  assert.deepEqual(detectNumbering(two).heads, [8, 11, 14]);
  const three = ['Agenda', '', '1. Apologies', '', '2. Minutes', '', '3. Close', '', 'Minutes', '', '1. Apologies', 'None.', '', '2. Minutes', 'Agreed.', '', '3. Close', 'Closed.'];
  assert.deepEqual(detectNumbering(three).heads, [10, 13, 16]);
  // entries one under another, no blank line between: a list
  const tight = ['Purpose:', '1. Review', '2. Agree', 'Text.', '', '3. Finance', 'Noted.', '', '4. Close', 'Closed.'];
  assert.ok(!detectNumbering(tight).heads?.includes(1));
});

test('an edit that changes how the file\'s numbers read re-analyses to exactly what a full analysis gives', () => {
  const texts: Array<[string, LineEdit[]]> = [
    // a line emptied under the first item, between two numbered items, over a page's footer
    [['TOWN OF LARKSPUR', 'TOWN COUNCIL MINUTES', 'June 5, 2023', '', '1. CALL TO ORDER', 'Called to order at 7:00 p.m.', '2. STREETS',
      'Councilor Weiss asked about the repaving schedule. Town Manager Ruiz', '3. DATE OF NEXT MEETING', 'Regular Meeting – June 5, 2023\t\t\tPage 2 of 3', '',
      'said it would start in July.', '4. ADJOURNMENT', 'Adjourned at 8:10 p.m.', ''].join('\n'), [{ line: 5, at: 0, length: 1000, text: '' }]],
    // a blank typed into a minute number of a board that writes its numbers short
    [['BRAXTON DISTRICT COUNCIL', 'PLANNING COMMITTEE', 'Minutes of a meeting held on Tuesday, 9 April 2024 at 7.00 pm.', '',
      '61/24\tAPOLOGIES FOR ABSENCE', '\tApologies for absence were received from Councillor T Marsh, for whom', '\tCouncillor Okafor attended as substitute, and from Councillor',
      '\tJ Pell (no substitute).', '62/24\tMINUTES', '\tRESOLVED – That the minutes be signed.', ''].join('\n'), [{ line: 8, at: 3, length: 0, text: ' ' }]],
    // a number typed before a resolution
    [['ASHBY PARISH COUNCIL', 'Minutes of the meeting held on 5 March 2024', '', '1. Finance', 'RESOLVED that the accounts be approved.', '',
      'Moved: Cllr Roe. Seconded: Cllr Lee. For 5, against 0.', '', '2. Events', 'BH suggested a regatta in August. Agreed.', '3. Close', 'Closed.', ''].join('\n'),
    [{ line: 4, at: 0, length: 0, text: '7. ' }]],
  ];
  let compared = 0;
  for (const [before, own] of texts) {
    const n = splitLinesForTests(before).length;
    for (let line = 0; line < n; line++) {
      const edits: LineEdit[] = [...own, { line, at: 0, length: 1000, text: '' }, { line, at: 0, length: 0, text: '5. ' }, { line, at: 3, length: 0, text: ' ' }, { line, at: 1000, length: 0, text: 'x' }];
      for (const edit of edits) if (reanalysesAsFull(before, edit)) compared++;
    }
  }
  // (the items' own text takes the one-item path: the comparison must have asked it)
  assert.ok(compared >= 10, `only ${compared} edits re-analysed without a full parse`);
});

test('the first item typed is an item before the second is written; a list of numbered lines is not', () => {
  const head = 'ASHBY PARISH COUNCIL\nMinutes of the meeting held on 5 March 2024\n\n';
  assert.deepEqual(items(`${head}1. Apologies\nNone received.\n`), ['1. Apologies']);
  // right under the list of those present, with or without a blank line
  assert.deepEqual(items(`${head}Present:\nCllr Ann Roe (Chair)\nCllr Ben Lee\n1. Apologies\nNone received.\n`), ['1. Apologies']);
  assert.deepEqual(items(`${head}Present:\nCllr Ann Roe (Chair)\nCllr Ben Lee\n\n1. Apologies\nNone received.\n`), ['1. Apologies']);
  // near miss: numbered lines one under another are a list's entries, and the date below them is still the meeting's
  const listed = parse('Notes of the working group\n\n1. Paste this output into your source file.\n2. Check the rendered output for proper\n\nMeeting held on 11 February 2026\n\n## Follow-ups\nNone.\n').meeting!;
  assert.equal(listed.date?.iso, '2026-02-11');
});
