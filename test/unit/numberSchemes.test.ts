/**
 * Minute numbers of every common scheme (numberSchemes.ts): head lines, formats, the next number,
 * detection on each layout document, sub-items versus paragraphs, and numbers in running text.
 * Expectations were written by reading the documents as a clerk would.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  SCHEMES, matchHead, detectNumbering, classifySubNumber, maySubNumber, isRunningTextNumber, findSchemeReferences, expectedAfter, formatIn,
  schemeEntry, firstOfMeeting, toRoman, fromRoman, cellText, documentScheme, type SchemeName,
} from '#service/numberSchemes';
import { formatNumber, numberLabel, rewriteNumber, sameNumber } from '#service/numbers';
import { readSettings } from '#service/settings';
import { expectedAt } from '#service/numbering';
import type { MinutesDocument } from '#service/model';
import { parse as parseDocument } from '#service';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');

/** Head lines per scheme: the line, the number as the scheme writes it, the title's first words. */
const HEADS: Record<SchemeName, readonly [line: string, formatted: string, title: string][]> = {
  year: [
    ['081/22 Minutes of the last meeting', '081/22', 'Minutes of the last meeting'],
    ['001/20\tThe Commissioner welcomed everybody to the meeting.', '001/20', 'The Commissioner welcomed'],
    ['115/2 3\tProcurement Update', '115/23', 'Procurement Update'],
  ],
  'year-first': [
    ['19/112 Finance report', '19/112', 'Finance report'],
    ['15/208  Patient story', '15/208', 'Patient story'],
    ['21.44 Planning applications', '21.44', 'Planning applications'],
  ],
  prefixed: [
    ['PC24/061 APOLOGIES FOR ABSENCE', 'PC24/061', 'APOLOGIES FOR ABSENCE'],
    ['TB/22/116 WELCOME, APOLOGIES AND QUORACY', 'TB/22/116', 'WELCOME, APOLOGIES'],
    ['GBP/2223/001 Welcome and apologies', 'GBP/2223/001', 'Welcome and apologies'],
    ['PB/2425/061: Minutes of the previous meeting', 'PB/2425/061', 'Minutes of the previous'],
    ['CS26/04 Finance report', 'CS26/04', 'Finance report'],
    ['CL55 Minutes', 'CL55', 'Minutes'],
    ['CAB 12 Budget monitoring', 'CAB 12', 'Budget monitoring'],
    ['Cou/285/07-08 Planning', 'Cou/285/07-08', 'Planning'],
    ['BOD 24/18(b) Estates strategy', 'BOD 24/18(b)', 'Estates strategy'],
    ['GBP/2122/ 216 Finance report', 'GBP/2122/216', 'Finance report'],
    ['C.25.14 MINUTES', 'C.25.14', 'MINUTES'],
    ['SC.24.7 Finance report', 'SC.24.7', 'Finance report'],
    ['C.2024.15 Estates strategy', 'C.2024.15', 'Estates strategy'],
    ['C.25.17* ANNUAL REPORT ON SAFEGUARDING', 'C.25.17', 'ANNUAL REPORT'],
    // the year in brackets: a committee's letters, the year, the number (Word tables of health and care bodies)
    ['ABC(25)14\tRISK REGISTER', 'ABC(25)14', 'RISK REGISTER'],
    ['FIN (24) 07  Budget monitoring report', 'FIN (24) 07', 'Budget monitoring'],
    ['  PAC(2025)3: Annual accounts', 'PAC(2025)3', 'Annual accounts'],
  ],
  running: [
    ['   41.     APOLOGIES FOR ABSENCE AND SUBSTITUTIONS', '41.', 'APOLOGIES FOR ABSENCE'],
    ['2246  Welcome and preliminaries', '2246', 'Welcome and preliminaries'],
    ['112. Finance', '112.', 'Finance'],
    ['2257*  Report of Senate (C/24/58)', '2257', 'Report of Senate'],
  ],
  'per-meeting': [
    ['1. Apologies', '1.', 'Apologies'],
    ['1 Apologies for absence', '1.', 'Apologies for absence'],
    ['1.\tWelcome, opening prayer and meeting status\tKA', '1.', 'Welcome, opening prayer and meeting status'],
    ['<td>3</td><td>Public questions</td>', '3.', 'Public questions'],
    ['| 4 | Finance report | PR |', '4.', 'Finance report'],
  ],
  'item-word': [
    ['Item 1 Apologies', 'Item 1', 'Apologies'],
    ['Item 1: Apologies for absence', 'Item 1', 'Apologies for absence'],
  ],
  decimal: [
    ['1.0 Apologies', '1.0', 'Apologies'],
    ['2.0  Minutes of the last meeting', '2.0', 'Minutes of the last meeting'],
  ],
  roman: [
    ['I. CALL TO ORDER', 'I.', 'CALL TO ORDER'],
    ['XII. ADJOURNMENT', 'XII.', 'ADJOURNMENT'],
    ['IV. APPROVAL OF AGENDA', 'IV.', 'APPROVAL OF AGENDA'],
  ],
  letter: [
    ['A. CALL TO ORDER', 'A.', 'CALL TO ORDER'],
    ['J. DIRECTORS\' REQUESTS FOR FUTURE AGENDA ITEMS', 'J.', 'DIRECTORS\' REQUESTS'],
    ['  C) PLEDGE OF ALLEGIANCE', 'C.', 'PLEDGE OF ALLEGIANCE'],
  ],
};

/** Lines that start no item in the scheme. */
const NOT_HEADS: Record<SchemeName, readonly string[]> = {
  year: ['27/09/2022 was the date', '081/22-A1 DONE', 'Minute 081/22 was amended'],
  'year-first': ['19/02214/HH – 3 Mill Lane', '24/01876/HOUSE – 3 Mill Lane', '14.03.23', '10.30 am The meeting resumed', '21/09-1\tPublish register'],
  prefixed: ['Item 3 Finance', 'Page 3 of 7', 'PAGE 2 OF 7', 'A614 corridor works', 'action-41 was closed', 'TB/22/097.3 where four wards', 'R2260.1 reserved', 'C.25.14.1 to approve the minutes', 'C.25 Minutes', 'PC24.061 Minutes', 'Fig.12.3 The budget', 'C.25.14.',
    // brackets after a word or one letter, a year of three digits, a sentence after a spaced form
    'Item (3) Finance', 'Page(24)2 Minutes', 'A(25)14 MINUTES', 'ABC(251)14 Minutes', 'ABC(25) Minutes', 'CQC (2023) 12 inspections were carried out.', 'ABC(25)14 the report'],
  running: ['46 (Durnford Interchange) as an unpaid trustee of Durnford Cycle Hub.', '2 Observers', '2246.1  that the Chair welcomed Catriona Pryde', '1,200.00 was paid', '10.00 am', '2246Welcome'],
  'per-meeting': ['2 Observers', '5 observers, including press, 1 note taker and a webcaster.', '3 of 7', '1. MF to ask the Town Council whether the lease of the store room can run to 2025.', '4.1 Reserves policy'],
  'item-word': ['Items 3 and 4 were taken together', 'Itemised below'],
  decimal: ['10.00 The meeting resumed', '1.1 Reserves policy', '14.03.23'],
  roman: ['I think that is right', 'CL. 55', 'A. Minutes of the June 2, 2020 regular meeting'],
  // a lettered point in mixed case, a name's initial, a letter alone over its title
  letter: ['A. Minutes of the June 2, 2020 regular meeting', 'J. Ortiz asked about the budget', 'B.', 'AB. MINUTES', 'A.CALL TO ORDER'],
};

for (const scheme of SCHEMES) {
  test(`${scheme.name}: head lines give the number, its canonical form and the title`, () => {
    for (const [line, formatted, title] of HEADS[scheme.name]) {
      const m = scheme.match(line);
      assert.ok(m, `${scheme.name} reads ${JSON.stringify(line)}`);
      assert.equal(scheme.format(m.number), formatted, line);
      assert.equal(formatIn(m.number), scheme.format(m.number));
      const t = cellText(line);
      assert.ok(t.slice(m.titleStart, m.titleEnd).startsWith(title), `title of ${JSON.stringify(line)}: ${JSON.stringify(t.slice(m.titleStart, m.titleEnd))}`);
      assert.ok(m.start <= m.end && m.end <= m.titleStart && m.titleEnd <= line.length);
    }
  });
  test(`${scheme.name}: lines that start no item`, () => {
    for (const line of NOT_HEADS[scheme.name]) assert.equal(scheme.match(line), undefined, `${scheme.name} must not read ${JSON.stringify(line)}`);
  });
}

test('canonical forms keep the board\'s own numbering as written', () => {
  const f = (line: string, s: SchemeName) => formatIn(matchHead(line, s)!.number);
  assert.equal(f('PB/2425/061: Minutes', 'prefixed'), 'PB/2425/061');
  assert.equal(f('TB/22/116 WELCOME', 'prefixed'), 'TB/22/116');
  assert.equal(f('41.     APOLOGIES', 'running'), '41.');
  assert.equal(f('2246  Welcome', 'running'), '2246');
  assert.equal(f('XII. ADJOURNMENT', 'roman'), 'XII.');
  // a stray space after the year's slash is the extraction's: written as the board numbers, no warning
  assert.equal(matchHead('GBP/2122/ 216 Finance', 'prefixed')!.malformed, undefined);
  assert.equal(matchHead('GBP/2122/ 216 Finance', 'prefixed')!.written, 'GBP/2122/216');
  assert.equal(matchHead('GBP/2122/216 Finance', 'prefixed')!.written, 'GBP/2122/216');
});

test('the next number follows in the file\'s own form', () => {
  const next = (line: string, s: SchemeName) => formatIn(expectedAfter(matchHead(line, s)!.number));
  assert.equal(next('PC24/061 APOLOGIES', 'prefixed'), 'PC24/062');
  assert.equal(next('TB/22/099 Finance', 'prefixed'), 'TB/22/100');
  assert.equal(next('GBP/2223/009 Finance', 'prefixed'), 'GBP/2223/010');
  assert.equal(next('PB/2425/061: Minutes', 'prefixed'), 'PB/2425/062');
  assert.equal(next('CS26/04 Finance', 'prefixed'), 'CS26/05');
  assert.equal(next('CAB 12 Budget', 'prefixed'), 'CAB 13');
  assert.equal(next('Cou/285/07-08 Planning', 'prefixed'), 'Cou/286/07-08');
  assert.equal(next('BOD 24/18(b) Estates', 'prefixed'), 'BOD 24/19');
  assert.equal(next('C.25.18 ANY OTHER BUSINESS', 'prefixed'), 'C.25.19');
  assert.equal(next('HSC(25)09\tFINANCE', 'prefixed'), 'HSC(25)10');
  assert.equal(next('FIN (24) 07 Budget', 'prefixed'), 'FIN (24) 08');
  assert.equal(next('SC.2024.9 Finance', 'prefixed'), 'SC.2024.10');
  assert.equal(next('19/112 Finance', 'year-first'), '19/113');
  assert.equal(next('49.  TRAM DEPOT', 'running'), '50.');
  assert.equal(next('2261  Date of next meeting', 'running'), '2262');
  assert.equal(next('XII. ADJOURNMENT', 'roman'), 'XIII.');
  assert.equal(next('Item 3: Finance', 'item-word'), 'Item 4');
  assert.equal(next('1.0 Apologies', 'decimal'), '2.0');
  assert.equal(next('081/22 Minutes', 'year'), '082/22');
  assert.equal(schemeEntry('running').order, 'running');
  assert.equal(schemeEntry('per-meeting').order, 'meeting');
});

test('today\'s numbers behave as before: format, label, rewrite, same', () => {
  assert.equal(formatNumber({ seq: 81, year: 22 }), '081/22');
  assert.equal(formatNumber({ seq: 3 }), '3.');
  assert.equal(numberLabel({ seq: 81, year: 22 }), '081/22');
  assert.equal(numberLabel({ seq: 3 }), '3');
  assert.equal(rewriteNumber({ written: 'Item 3' }, { seq: 4 }), 'Item 4');
  assert.equal(rewriteNumber({ written: '3.', debris: '**' }, { seq: 4 }), '4.**');
  assert.equal(rewriteNumber({ written: '81/22' }, { seq: 81, year: 22 }), '081/22');
  assert.ok(sameNumber({ seq: 81, year: 22 }, { seq: 81, year: 22 }));
  assert.ok(!sameNumber({ seq: 81, year: 22 }, { seq: 81 }));
  // a board's own scheme through the same functions
  const pc = matchHead('PC24/061 APOLOGIES', 'prefixed')!.number;
  assert.equal(numberLabel(pc), 'PC24/061');
  assert.equal(formatNumber(pc), 'PC24/061');
  assert.equal(rewriteNumber({ written: 'PC24/061' }, expectedAfter(pc)), 'PC24/062');
  assert.ok(!sameNumber(pc, { ...pc, prefix: 'TB/' }));
  assert.equal(numberLabel(matchHead('41.  APOLOGIES', 'running')!.number), '41');
});

test('flattened table cells: a number in the first cell, the title up to the cell\'s end, offsets kept', () => {
  for (const line of ['<p>004/20</p>\t<p>Item 3 - Sex Offender Management</p>', '<td>3</td><td>Public questions</td>', '| 4 | Finance report | PR |', '1.\tWelcome\tKA']) {
    assert.equal(cellText(line).length, line.length);
  }
  const m = matchHead('<p>004/20</p>\t<p>Item 3 - Sex Offender Management</p>', 'year')!;
  assert.equal(formatIn(m.number), '004/20');
  assert.equal(cellText('<p>004/20</p>\t<p>Item 3 - Sex Offender Management</p>').slice(m.titleStart, m.titleEnd), 'Item 3 - Sex Offender Management');
  const lead = '5.\tMatters arising and action log\tJP';
  const h = matchHead(lead, 'per-meeting')!;
  assert.equal(lead.slice(h.titleStart, h.titleEnd), 'Matters arising and action log');
  // detection reads segments as well as lines
  assert.equal(detectNumbering([{ text: 'PC24/061 APOLOGIES' }, { text: 'Noted.' }, { text: 'PC24/062 MINUTES' }]).scheme, 'prefixed');
});

test('Roman numerals both ways', () => {
  for (let n = 1; n <= 39; n++) assert.equal(fromRoman(toRoman(n)), n);
  assert.equal(fromRoman('IIII'), undefined);
  assert.equal(toRoman(12), 'XII');
});

/** The scheme each document numbers its items in, read from the document. */
const DETECTION: readonly [file: string, scheme: string, first?: string, last?: string, count?: number][] = [
  ['layouts/01-council-committee-pdf.txt', 'running', '41.', '49.', 9],
  ['layouts/02-moderngov-web-panel.txt', 'per-meeting', '1.', '9.', 9],
  ['layouts/03-parish-council.txt', 'prefixed', 'PC24/061', 'PC24/075', 15],
  ['layouts/04-nhs-trust-board.txt', 'prefixed', 'TB/22/116', 'TB/22/128', 13],
  ['layouts/05-school-governing-board.txt', 'per-meeting', '1.', '12.', 12],
  ['layouts/06-charity-wiki.txt', 'none'],
  ['layouts/07-university-council.txt', 'running', '2246', '2261', 16],
  ['layouts/08-us-city-council.txt', 'roman', 'I.', 'XII.', 12],
  ['layouts/09-standards-wg-scribe.txt', 'none'],
  ['layouts/10-oss-steering-markdown.txt', 'none'],
  ['corpus/spcb-2020-01-21.txt', 'year', '001/20', '016/20', 16],
  ['corpus/spcb-2022-09-27.txt', 'year', '077/22', '088/22', 12],
  ['corpus/spcb-2023-12-19-with-2024-01-agenda.txt', 'year', '115/23', '125/23', 11],
];

for (const [file, scheme, first, last, count] of DETECTION) {
  test(`detection: ${file} numbers its items ${scheme === 'none' ? 'not at all' : `${scheme} ${first}–${last}`}`, () => {
    const lines = fs.readFileSync(path.join(FIXTURES, file), 'utf8').split(/\r?\n/);
    const d = detectNumbering(lines);
    assert.equal(d.scheme, scheme);
    if (scheme === 'none') return;
    assert.equal(formatIn(d.first!), first);
    assert.equal(formatIn(d.last!), last);
    assert.equal(d.count, count);
    assert.equal(d.heads!.length, count);
    // every head of the run reads as a head in the file's numbering
    for (const i of d.heads!) assert.ok(matchHead(lines[i], d, lines.slice(i + 1).find((l) => l.trim() !== '')), `line ${i + 1}`);
  });
}

test('detection: the prefix and year form of a board\'s own numbering', () => {
  const lines = fs.readFileSync(path.join(FIXTURES, 'layouts/03-parish-council.txt'), 'utf8').split(/\r?\n/);
  const d = detectNumbering(lines);
  assert.equal(d.prefix, 'PC');
  assert.equal(d.yearText, '24');
  // the action list's PC24/031 (a row of a table) is not among the items
  assert.ok(!d.heads!.some((i) => lines[i].startsWith('PC24/031')));
  assert.equal(formatIn(expectedAfter(d.last!)), 'PC24/076');
  // the next meeting carries on from this one's last number; a per-meeting file starts again at 1
  assert.equal(formatIn(firstOfMeeting(d, d.last)!), 'PC24/076');
  assert.equal(formatIn(firstOfMeeting(detectNumbering(['1. Apologies', 'None.', '2. Minutes', 'Agreed.']), { seq: 2, scheme: 'per-meeting' })!), '1.');
  assert.equal(firstOfMeeting({ scheme: 'none', count: 0 }), undefined);
  // other prefixes are not this file's numbers
  assert.equal(matchHead('TB/22/116 WELCOME', d), undefined);
});

test('detection: a body\'s letters and year dotted (`C.25.14`), its paragraphs (`C.25.14.1`) and paper codes (`C/24/61`) no items', () => {
  const lines = fs.readFileSync(path.join(FIXTURES, 'otherFamilies/07-university.txt'), 'utf8').split(/\r?\n/);
  const d = detectNumbering(lines);
  assert.deepEqual([d.scheme, d.prefix, d.yearText, d.sep, d.count], ['prefixed', 'C.', '25', '.', 5]);
  assert.ok(d.heads!.every((i) => !/^C\.\d+\.\d+\.\d/.test(lines[i])));
  assert.equal(formatIn(expectedAfter(d.last!)), 'C.25.19');
  assert.equal(matchHead('C/24/61 Minutes', d), undefined);
  assert.equal(matchHead('SC.25.3 Finance', d), undefined); // another body's series
});

test('detection: the year in brackets (`HSC(25)01`), titles in a Word table\'s cell, the review of earlier actions and the closing action table no items (invented text)', () => {
  const lines = [
    'AGENDA ITEM\tITEM', '',
    'HSC(25)01\tAPOLOGIES', '\t\tApologies were received from Dr Kerr.', '',
    'HSC(25)02\tMATTERS ARISING FROM THE MEETING HELD ON', '\t\t3 MARCH 2025', '\t\tThe Committee reviewed:', '\t\t\u2022\tHSC(24)77 – audit: complete.', '',
    'HSC(25)03\tWORKFORCE REPORT', '\t\tThe Committee NOTED the report.', '',
    'ACTIONS', 'HSC(25)03\tCirculate the rota\tDr Kerr\tMay 2025',
  ];
  const d = detectNumbering(lines);
  assert.deepEqual([d.scheme, d.prefix, d.yearText, d.sep, d.count], ['prefixed', 'HSC(', '25', ')', 3]);
  assert.deepEqual(d.heads, [2, 5, 10]);
  assert.equal(formatIn(expectedAfter(d.last!)), 'HSC(25)04');
  // another committee's series and the slashed form are not this file's numbers
  assert.equal(matchHead('QSEC(25)04 FINANCE', d), undefined);
  assert.equal(matchHead('HSC/25/04 FINANCE', d), undefined);
});

test('detection: a table of numbered actions after the items is not items', () => {
  const lines = fs.readFileSync(path.join(FIXTURES, 'layouts/05-school-governing-board.txt'), 'utf8').split(/\r?\n/);
  const d = detectNumbering(lines);
  assert.ok(!d.heads!.some((i) => lines[i].startsWith('1\tCirculate')));
});

test('detection: sections with nothing under them go on from the head before them, one by one, and are no list (invented text)', () => {
  const lines = ['I. CALL TO ORDER', 'The meeting opened at 7:00 p.m.', '', 'II. INVOCATION', '', 'III. PLEDGE', '', 'IV. PUBLIC COMMENT', 'None.', '', 'V. ADJOURNMENT', 'Adjourned.'];
  assert.deepEqual(detectNumbering(lines).heads, [0, 3, 5, 7, 10]);
  // a list under an item starts afresh, and a list of contents has no head before it: both stay lists
  const listed = ['1. Apologies', 'None.', '', '2. Reports', 'The Clerk listed:', '', '1. Grit bins', '', '2. Noticeboard', 'Both done.', '', '3. Finance', 'Noted.', '', '4. Close', 'Closed.'];
  assert.deepEqual(detectNumbering(listed).heads, [0, 3, 11, 14]);
  const contents = ['Agenda', '', '1. Apologies', '', '2. Minutes', '', '3. Close', '', 'Minutes', '', '1. Apologies', 'None.', '', '2. Minutes', 'Agreed.', '', '3. Close', 'Closed.'];
  assert.deepEqual(detectNumbering(contents).heads, [10, 13, 16]);
});

test('detection: a Markdown heading over a numbered item is the item\'s head (invented text)', () => {
  const lines = ['# Riverside Allotments — Committee, 3 March 2026', '', '## 57. Apologies', 'None.', '', '## 58. Finance', 'Noted.', '', '## 59. Close', 'Closed.'];
  const d = detectNumbering(lines);
  assert.deepEqual([d.scheme, d.heads], ['running', [2, 5, 8]]);
  // a year or a count after the marks is no item's number
  assert.equal(detectNumbering(['## 2025 review', 'Text.', '', '## 2026 plans', 'Text.']).scheme, 'none');
});

test('detection: an indented list of earlier minutes\' numbers right above an item makes the item no list entry', () => {
  const lines = [
    '23.41    Apologies', '         None.',
    '23.42    Clerk\'s report', '         The Clerk reported:',
    '         23.17  Noticeboard repaired – Done', '         23.29  Grit bin refilled – Outstanding',
    '',
    '23.43    Open forum', '         No members of the public.',
    '23.44    Finance', '         Noted.',
  ];
  const d = detectNumbering(lines);
  assert.deepEqual(d.heads, [0, 2, 7, 9]);
  // a near miss: entries at one indent, one after another, are a list, whatever follows
  const list = detectNumbering(['23.41    Apologies', 'None.', '23.42    Clerk\'s report', 'Noted.', '23.43    Open forum', '23.44    Finance', '23.45    Planning', 'Noted.']);
  assert.deepEqual(list.heads, [0, 2]);
});

test('detection: a head written `12.` right under a table of earlier actions `9<TAB>…` is no row of it (invented text)', () => {
  const lines = [
    '10.\tAPOLOGIES', 'None.', '',
    '11.\tACTION LIST', 'Ref\tAction\tBy\tStatus', '7\tRepair the bench\tClerk\tDone', '9\tOrder grit\tClerk\tOpen', '',
    '12.\tOPEN FORUM', 'No members of the public.', '',
    '13.\tFINANCE', 'Noted.',
  ];
  assert.deepEqual(detectNumbering(lines).heads, [0, 3, 8, 11]);
  // a near miss: rows written alike, one after another, stay a list
  assert.ok(!detectNumbering(['10.\tAPOLOGIES', 'None.', '11.\tREPORTS', '7.\tRepair the bench', '9.\tOrder grit', '', '12.\tOPEN FORUM', 'None.', '13.\tFINANCE', 'Noted.']).heads?.includes(6));
});

test('detection: an action log\'s references, year first (`25/07`), in a table\'s rows are no items of a file numbered afresh (invented text)', () => {
  // a bowls club's committee: its items 1, 2, 3…, its log of earlier actions and its closing table in rows of tabs
  const lines = [
    '1.\tWelcome', 'The Captain welcomed members.', '',
    '2.\tMinutes of the last meeting', 'Approved.', '',
    '3.\tReview of actions', 'Ref\tAction\tBy\tProgress',
    '25/07\tRenew the green-keeping contract\tTreasurer\tComplete', '25/08\tRepaint the pavilion\tJS\tIn hand', '25/09\tOrder new mats\tKL\tOpen', '25/10\tRaffle licence\tSec\tDropped', '',
    '4.\tFixtures', 'The league list was noted.', '',
    'Actions', 'No.\tAction\tOwner\tDeadline', '25/11\tBook the coach\tJS\tMay', '25/12\tOrder shirts\tKL\tJune', '25/13\tWrite to the league\tSec\tJune', '25/14\tPrint the fixtures\tJS\tJuly',
  ];
  const d = detectNumbering(lines);
  assert.equal(d.scheme, 'per-meeting');
  assert.deepEqual(d.heads, [0, 3, 6, 13]);
  // near misses: a board's own one-line minutes (two cells), and items written as rows of three cells with their text between, stay heads
  const oneLine = detectNumbering(['001/25\tThe Chair welcomed everyone.', '002/25\tThere were no conflicts of interest.', '003/25\tApologies were received from A Roe.']);
  assert.equal(oneLine.scheme, 'year');
  assert.equal(oneLine.count, 3);
  const rows = detectNumbering(['25/14\tWelcome\tAR', '\tThe Chair opened the meeting.', '25/15\tFinance\tBL', '\tThe accounts were noted.', '25/16\tAOB\tAR', '\tNone.']);
  assert.equal(rows.scheme, 'year-first');
  assert.equal(rows.count, 3);
});

test('detection: a short `24/12` is year first when its second part rises, the year scheme when its first does', () => {
  const yearFirst = detectNumbering(['24/12  APOLOGIES', 'None.', '24/13  MINUTES', 'Agreed.', '24/14* REPORTS', 'Noted.']);
  assert.equal(yearFirst.scheme, 'year-first');
  assert.deepEqual([yearFirst.first?.seq, yearFirst.last?.seq, yearFirst.count], [12, 14, 3]);
  assert.equal(formatIn(expectedAfter(yearFirst.last!)), '24/15');
  const year = detectNumbering(['12/24 Apologies', 'None.', '13/24 Minutes', 'Agreed.', '14/24 Reports', 'Noted.']);
  assert.equal(year.scheme, 'year');
  assert.deepEqual([year.first?.seq, year.count], [12, 3]);
});

test('detection: a setting forces the scheme and still reads the file\'s form', () => {
  assert.equal(detectNumbering(['1. Apologies', 'None.', '2. Minutes', 'Agreed.'], 'running').scheme, 'running');
  assert.equal(detectNumbering(['Some text'], 'prefixed').scheme, 'prefixed');
  assert.equal(detectNumbering(['Some text']).scheme, 'none');
  assert.equal(detectNumbering([]).scheme, 'none');
});

test('numbers in running text are references or text, never items', () => {
  for (const line of [
    'Minute 46 was noted', 'action-41 was closed', '19/02214/HH – land at Mill Lane', '2 Observers', 'Paragraph 7 itemises the costs',
    '24/01876/HOUSE – 3 Mill Lane – single storey rear extension.', '14.03.23', '10.00', '10.00 am', '£1,200.00', '1,200.00', 'Page 3 of 7',
    '46 (Durnford Interchange) as an unpaid trustee of Durnford Cycle Hub.', 'Agenda Item 4',
  ]) assert.ok(isRunningTextNumber(line), JSON.stringify(line));
  assert.ok(!isRunningTextNumber('PC24/061 APOLOGIES'));
});

test('sub-items with a title versus numbered paragraphs', () => {
  const kind = (line: string, next?: string) => classifySubNumber(line, next)?.kind;
  assert.equal(kind('4.1 Reserves policy'), 'sub-item');
  assert.equal(kind('4.1', 'Minute 5 - Victim Services Commissioning'), 'sub-item');
  assert.equal(kind('(a) Charging policy'), 'sub-item');
  assert.equal(kind('7(a) Play area inspection'), 'sub-item');
  assert.equal(kind('A. Minutes of the June 2, 2020 regular meeting'), 'sub-item');
  assert.equal(kind('(a)', 'PLANNING'), 'sub-item');
  assert.equal(kind('116.1 MO welcomed members, governors and members of the public. Apologies were noted as'), 'paragraph');
  assert.equal(kind('2231.1  that the Chair welcomed members'), 'paragraph');
  assert.equal(kind('2246.1  that the Chair welcomed Catriona Pryde to her first meeting as a lay member;'), 'paragraph');
  assert.equal(kind('a) The gully outside 3 Mill Lane is blocked and was reported to County Highways.'), 'paragraph');
  assert.equal(kind('(1).    The Panel had asked at its last meeting for the renewal date of the victim support contract.'), 'paragraph');
  assert.equal(kind('(1).', 'The Panel'), 'paragraph');
  assert.equal(kind('(a)  the A614 scheme had been reprofiled because of utility works', 'and would now start in October;'), 'paragraph');
  assert.equal(kind('(1)  That the 2025/26 delivery programme set out at Appendix A be', 'approved.'), 'paragraph');
  assert.equal(kind('127.1 None.'), 'paragraph');
  const s = classifySubNumber('7(a) Play area inspection')!;
  assert.equal(s.parent, 7);
  assert.equal(s.sub, 'a');
  assert.equal(classifySubNumber('116.1 MO welcomed')!.parent, 116);
  // a web page's lettered part of minute 41, alone over its title
  assert.deepEqual(((x) => x && [x.kind, x.parent, x.sub, x.written])(classifySubNumber('41b', 'Motion - Library Opening Hours')), ['sub-item', 41, 'b', '41b']);
  assert.equal(classifySubNumber('41bc Title'), undefined);
  assert.equal(classifySubNumber('1.0 Apologies'), undefined);
  assert.equal(classifySubNumber('Apologies'), undefined);
  // the decimal forms (read by hand): a third number, a closing stop or bracket; too many figures is no sub-number
  const form = (line: string) => ((x) => x && [x.written, x.parent, x.sub])(classifySubNumber(line, 'Title'));
  assert.deepEqual(form('4.1.2 Budget'), ['4.1.2', 4, '2']);
  assert.deepEqual(form('5.01) Claims'), ['5.01)', 5, '01']);
  assert.deepEqual(form('4.1. Budget'), ['4.1.', 4, '1']);
  assert.deepEqual(form('  12.3\tBudget'), ['12.3', 12, '3']);
  // a numbered entry under a Roman or lettered section: a figure or two and a stop, no parent
  assert.deepEqual(form('4. Budget'), ['4.', undefined, '4']);
  for (const line of ['4.123 Budget', '12345.1 Budget', '4.1.234 Budget', '4.1x Budget', '4.1.) Budget', '123. Budget', '4.x Budget', '4.Budget']) assert.equal(classifySubNumber(line, 'Title'), undefined, line);
});

test('the gate before a sub-number lets every form through and a line of prose fails on its first characters', () => {
  for (const line of ['4.1 Reserves policy', '  5.01) Claims', '(a) Charging policy', '(1). The Panel', '7(a) Play area', 'iv) Minutes', 'a) Bank reconciliation', 'A. Minutes', 'F-1 Warrant list', '53a', '2. Claims list']) {
    assert.ok(maySubNumber(line), line);
    assert.notEqual(classifySubNumber(line, 'Title'), undefined, line);
  }
  // (a line in cells is asked once its markup is blanked)
  for (const line of ['<td>4.1</td><td>Reserves</td>', '| 4.1 | Reserves |']) assert.notEqual(classifySubNumber(line, 'Title'), undefined, line);
  for (const line of ['The minutes were approved.', 'Apologies', 'AGREED: to note', 'abcde) no', 'Mr. Hale', '- a point']) {
    assert.ok(!maySubNumber(line), line);
    assert.equal(classifySubNumber(line, 'Title'), undefined, line);
  }
});

test('references in text for the new schemes', () => {
  const refs = (text: string) => findSchemeReferences(text).map((r) => `${text.slice(r.start, r.end)}=${formatIn(r.number)}${r.part ? ` part ${r.part}` : ''}`);
  assert.deepEqual(refs('subject to one amendment at TB/22/097.3, where'), ['TB/22/097.3=TB/22/097 part 3']);
  assert.deepEqual(refs('an interest in Minute 46 (Durnford Interchange)'), ['46=46']);
  assert.deepEqual(refs('[from minute 2251] and (minute 2231.4, carbon'), ['2251=2251', '2231.4=2231 part 4']);
  assert.deepEqual(refs('a non-pecuniary interest in PC24/068(a)(ii) as a neighbour'), ['PC24/068(a)(ii)=PC24/068 part (a)(ii)']);
  assert.deepEqual(refs('application 19/02214/HH and 24/01876/HOUSE, tracker action-41'), []);
  const cl = detectNumbering(['CL55 Minutes', 'Agreed.', 'CL56 Planning', 'Noted.']);
  assert.equal(cl.scheme, 'prefixed');
  assert.deepEqual(findSchemeReferences('as recorded at CL55, not A614', cl).map((r) => formatIn(r.number)), ['CL55']);
  // dotted, in a file so numbered: a minute of last year's and a paragraph; a paper code and the line's own paragraph label are none
  const c = detectNumbering(['C.25.14 MINUTES', 'Noted.', 'C.25.15 MATTERS ARISING', 'Noted.']);
  const dotted = (text: string) => findSchemeReferences(text, c).map((r) => `${text.slice(r.start, r.end)}=${formatIn(r.number)}${r.part ? ` part ${r.part}` : ''}`);
  assert.deepEqual(dotted('that the action at minute C.24.102 on the library roof (C/24/61) had been completed.'), ['C.24.102=C.24.102']);
  assert.deepEqual(dotted('as set out at C.25.14.2.'), ['C.25.14.2=C.25.14 part 2']);
  assert.deepEqual(dotted('C.25.15.1 that the action had been completed.'), []);
  assert.deepEqual(dotted('see SC.24.7 and Fig.12.3'), []);
  assert.deepEqual(findSchemeReferences('minute C.24.102', cl), []); // another numbering: not searched
  // the year in brackets: written close anywhere; spaced only in a file so numbered
  assert.deepEqual(refs('Dr Nolan (for item HSC(25)06) and action PAC(2024)117.2'), ['HSC(25)06=HSC(25)06', 'PAC(2024)117.2=PAC(2024)117 part 2']);
  assert.deepEqual(refs('the NHS (2024) 5 year plan and FIN (24) 07'), []);
  const fin = detectNumbering(['FIN (24) 07 Budget', 'Noted.', 'FIN (24) 08 Audit', 'Noted.']);
  assert.deepEqual(findSchemeReferences('deferred from FIN (24) 03 and HSC(25)06', fin).map((r) => formatIn(r.number)), ['FIN (24) 03']);
});

test('minutes.numbering accepts every scheme; today\'s parser gets its projection', () => {
  assert.equal(readSettings({ numbering: 'prefixed' }).scheme, 'prefixed');
  assert.equal(readSettings({ numbering: 'prefixed' }).numbering, 'auto');
  assert.equal(readSettings({ numbering: 'year' }).numbering, 'year');
  assert.equal(readSettings({ numbering: 'item-word' }).numbering, 'per-meeting');
  assert.equal(readSettings({ numbering: 'nonsense' }).scheme, 'auto');
  assert.equal(readSettings({}).scheme, 'auto');
});

test('a document numbered `1.0`, `2.0` (sub-items `5.1`) or `Item 1`, `Item 2` is numbered afresh in each meeting: its scheme is `per-meeting`, each number keeps its form', () => {
  assert.equal(documentScheme('decimal'), 'per-meeting');
  assert.equal(documentScheme('item-word'), 'per-meeting');
  // near misses: Roman numerals and a board's own running numbers are schemes of their own
  assert.equal(documentScheme('roman'), 'roman');
  assert.equal(documentScheme('running'), 'running');
  const doc = parseDocument('BOARD OF EDUCATION\nMay 6, 2025\n\n1.0  CALL TO ORDER\nCalled to order.\n\n2.0  CONSENT AGENDA\n     2.1  Minutes\nApproved.\n\n3.0  ADJOURNMENT\nAdjourned.\n');
  assert.equal(doc.scheme, 'per-meeting');
  assert.deepEqual(doc.meeting?.items.map((i) => i.number && formatIn(i.number)), ['1.0', '2.0', '3.0']);
});

test('a `1.0` or `Item 1` meeting whose first number is not 1 is told the first number in its own form', () => {
  const first = (text: string) => {
    const doc = parseDocument(text);
    const index = doc.meeting!.items.findIndex((i) => i.number);
    return formatIn(expectedAt(doc, index, new Date('2025-06-01'))!);
  };
  assert.equal(first('BOARD OF EDUCATION\nMay 6, 2025\n\nCALL TO ORDER\nCalled to order.\n\n2.0  CONSENT AGENDA\nApproved.\n\n3.0  ADJOURNMENT\nAdjourned.\n'), '1.0');
  assert.equal(first('TRUST BOARD\n6 May 2025\n\nItem 2: Apologies\nNone.\n\nItem 3: Finance\nNoted.\n'), 'Item 1');
  // near miss: a meeting numbered `2.`, `3.` is told `1.`, not `1.0`
  assert.equal(first('TRUST BOARD\n6 May 2025\n\n2. Apologies\nNone.\n\n3. Finance\nNoted.\n'), '1.');
});

test('never throws on hostile lines', () => {
  for (const line of ['', ' ', '\t\t', '|', '<td>', '(', '((((a))))', 'I.', '0.', '000/00', 'PC/', 'X'.repeat(10000), '1'.repeat(5000), '\u0000\uFFFF']) {
    for (const s of SCHEMES) s.match(line, line);
    classifySubNumber(line, line);
    findSchemeReferences(line);
  }
  detectNumbering(['1.', '', '1.', '2.']);
});

test('no pattern backtracks catastrophically, and detection stays linear', () => {
  const n = 100000;
  for (const line of ['1 '.repeat(n), 'PC24/'.repeat(n / 5), ' | '.repeat(n / 3), '<td>'.repeat(n / 4), 'minute '.repeat(n / 7), '(a)'.repeat(n / 3), 'TB/22/0'.repeat(n / 7), '4.1.'.repeat(n / 4), 'QSEC(2'.repeat(n / 6), 'AB (25) '.repeat(n / 8), 'ABCDEF('.repeat(n / 7)]) {
    const started = Date.now();
    for (const s of SCHEMES) s.match(line, line);
    classifySubNumber(line, line);
    findSchemeReferences(line);
    detectNumbering([line, line]);
    assert.ok(Date.now() - started < 3000, `${line.slice(0, 20)}… took ${Date.now() - started} ms`);
  }
  const lines = Array.from({ length: 20000 }, (_, k) => (k % 2 ? 'Noted.' : `${k / 2 + 1}. Item title`));
  const started = Date.now();
  assert.equal(detectNumbering(lines).count, 10000);
  assert.ok(Date.now() - started < 3000, `20,000 lines took ${Date.now() - started} ms`);
});

test('the numbering rules\' expected number is in the file\'s own form', () => {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 8 } };
  const item = (line: string) => ({ number: { ...matchHead(line, 'prefixed')!.number, range, written: line.split(' ')[0] } });
  const doc = { kind: 'minutes', scheme: 'year', meeting: { items: [item('PC24/061 APOLOGIES'), item('PC24/063 MINUTES')] } } as unknown as MinutesDocument;
  const expected = expectedAt(doc, 1, new Date(2024, 5, 11))!;
  assert.equal(numberLabel(expected), 'PC24/062');
  // today's numbers: exactly as before
  const year = { kind: 'minutes', scheme: 'year', meeting: { items: [{ number: { seq: 81, year: 22, range, written: '081/22' } }, { number: { seq: 83, year: 22, range, written: '083/22' } }] } } as unknown as MinutesDocument;
  assert.deepEqual(expectedAt(year, 1, new Date(2022, 0, 1)), { seq: 82, year: 22 });
});
