/**
 * Items numbered by the meeting's own number, then the item (`45.01`, `45.02`: meeting 45), as many
 * parish and town councils and their committees write them. Written with a point they look like
 * year first's `21.44` (the year, then the year's running count): a file dated in a year its first
 * figures cannot be (not that year, nor the year before or after) numbers its meetings, not its
 * years, and is read as the meeting's serial and its items, in the board's own form. A clerk must
 * never be told to renumber correct minutes to a year (`Write 25.01`). Year-first files whose date
 * confirms the year read exactly as before.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, changedLines, documentSymbols, parse, reanalyze, splitLinesForTests, DEFAULT_SETTINGS } from '#service';
import { couldBeYear, detectNumbering } from '#service/numberSchemes';
import { analyse, findings, TODAY } from '../support/util';
import { applyWithinLines, type LineEdit } from '../support/lineEdits';

/** A meeting headed by its body and date, its items numbered by `numbers` with `titles`, a line of text under each. */
function meeting(body: string, date: string | undefined, numbers: readonly string[], titles: readonly string[]): string {
  const lines = [body, date === undefined ? 'Minutes of the meeting' : `Minutes of the meeting held on ${date}`, ''];
  numbers.forEach((n, k) => lines.push(`${n} ${titles[k % titles.length]}`, 'The members noted the report.', ''));
  return lines.join('\n');
}

const PARISH_TITLES = ['Apologies for absence', 'Declarations of interest', 'Minutes of the last meeting', 'Planning applications', 'Finance'];

const items = (text: string) => parse(text).meeting!.items.map((i) => [i.number?.written, i.title]);

test('a parish council numbering its items by the meeting (45.01 in March 2025): items as written, no year, no year to correct', () => {
  const text = meeting('Ashby Parva Parish Council', '3 March 2025', ['45.01', '45.02', '45.03'], PARISH_TITLES);
  const doc = parse(text);
  assert.deepEqual(items(text), [['45.01', 'Apologies for absence'], ['45.02', 'Declarations of interest'], ['45.03', 'Minutes of the last meeting']]);
  // the figures before the point name the meeting: no year is claimed for them
  assert.deepEqual(doc.meeting!.items.map((i) => [i.number?.year, i.number?.prefix, i.number?.seq]), [[undefined, '45.', 1], [undefined, '45.', 2], [undefined, '45.', 3]]);
  assert.equal(doc.scheme, 'prefixed');
  assert.deepEqual(findings(text, 'year-mismatch'), []);
  assert.deepEqual(analyzeText('file:///p.minutes', 1, text, DEFAULT_SETTINGS, new Date(2025, 5, 1)).findings.filter((f) => f.code === 'minutes/year-mismatch'), []);
});

test('other boards number their meetings so too: a town council committee, harbour commissioners, a village hall committee (2024 to 2026)', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['Kirkby Town Council – Planning Committee', 'Tuesday 14th January 2026', ['12.01', '12.02', '12.03', '12.04'], ['Welcome and apologies', 'Declarations of pecuniary interests', 'Planning applications received', 'Enforcement matters']],
    ['Porthallow Harbour Commissioners', '14 May 2024', ['88.01', '88.02', '88.03'], ['Chairman\'s welcome', 'Harbour Master\'s report', 'Moorings and fees']],
    ['Little Easton Village Hall Management Committee', '2nd October 2025', ['61.01', '61.02', '61.03', '61.04', '61.05'], ['Present and apologies', 'Matters arising', 'Bookings', 'Treasurer\'s report', 'Any other business']],
    ['Westcombe Parish Council', '9 February 2026', ['03.01', '03.02', '03.03'], ['Apologies', 'Public participation', 'Correspondence']],
  ];
  for (const [body, date, numbers, titles] of cases) {
    const text = meeting(body, date, numbers, titles);
    assert.deepEqual(items(text), numbers.map((n, k) => [n, titles[k]]), body);
    assert.ok(parse(text).meeting!.items.every((i) => i.number?.year === undefined), body);
    assert.deepEqual(findings(text, 'year-mismatch'), [], body);
  }
});

test('a meeting of one figure (7.01) or items of one figure (112.3) are the meeting\'s items too, where nothing else numbers the items', () => {
  const seven = meeting('Upper Wick Town Council', '18 November 2024', ['7.01', '7.02', '7.03', '7.04'], ['Apologies', 'Chair\'s announcements', 'Allotments', 'Christmas lights']);
  assert.deepEqual(items(seven), [['7.01', 'Apologies'], ['7.02', 'Chair\'s announcements'], ['7.03', 'Allotments'], ['7.04', 'Christmas lights']]);
  const hundred = meeting('Saltmarsh Drainage Board', '22 April 2026', ['112.1', '112.2', '112.4'], ['Declarations of interest', 'Pumping station repairs', 'Rates for 2026/27']);
  assert.deepEqual(items(hundred), [['112.1', 'Declarations of interest'], ['112.2', 'Pumping station repairs'], ['112.4', 'Rates for 2026/27']]);
  for (const text of [seven, hundred]) {
    assert.ok(parse(text).meeting!.items.every((i) => i.number?.year === undefined));
    assert.deepEqual(findings(text, 'year-mismatch'), []);
  }
  assert.match(findings(hundred, 'number-out-of-sequence')[0]?.message ?? '', /Minute 112\.4 skips after 112\.2: expected 112\.3\./);
});

test('the same forms under items numbered otherwise stay parts of those items', () => {
  // `3. Finance` over `3.01 Payments` … in a meeting numbered 1. to 4.: four items, the parts under the third
  const parts = ['Ashby Parva Parish Council', 'Minutes of the meeting held on 3 March 2025', '', '1. Apologies', 'None.', '', '2. Minutes', 'Approved.', '', '3. Finance',
    '3.01 Payments', 'Approved.', '3.02 Bank reconciliation', 'Signed.', '3.03 Budget', 'Agreed.', '3.04 Internal audit', 'Noted.', '', '4. Planning', 'No objection.'].join('\n');
  assert.deepEqual(parse(parts).meeting!.items.map((i) => i.number?.written), ['1.', '2.', '3.', '4.']);
  // a head of the serial's number over them (`112. Planning` over `112.1 Oak Lane`) makes them its parts, not the meeting's items
  const under = ['Saltmarsh Drainage Board', 'Minutes of the meeting held on 22 April 2026', '', '112. Planning', '112.1 Oak Lane', 'No objection.', '', '112.2 Mill Road', 'No objection.', '', '112.3 Sluice Gate Cottage', 'Refused.'].join('\n');
  assert.ok(parse(under).meeting!.items.every((i) => i.number?.prefix !== '112.'));
  const item = ['Upper Wick Town Council', 'Minutes of the meeting held on 18 November 2024', '', 'Item 7 Finance', '7.01 Payments', 'Approved.', '', '7.02 Bank reconciliation', 'Signed.', '', '7.03 Budget', 'Agreed.'].join('\n');
  assert.ok(parse(item).meeting!.items.every((i) => i.number?.prefix !== '7.'));
});

test('the numbering rules speak in the file\'s own form: 12.05 after 12.03 expects 12.04', () => {
  const text = meeting('Kirkby Town Council – Planning Committee', 'Tuesday 14th January 2026', ['12.01', '12.02', '12.03', '12.05'], ['Welcome and apologies', 'Declarations of interest', 'Planning applications', 'Enforcement matters']);
  const f = findings(text, 'number-out-of-sequence');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /Minute 12\.05 skips after 12\.03: expected 12\.04\./);
  assert.deepEqual(findings(text, 'year-mismatch'), []);
});

test('the outline names the meeting\'s numbers as written', () => {
  const [m] = documentSymbols(parse(meeting('Porthallow Harbour Commissioners', '14 May 2024', ['88.01', '88.02', '88.03'], ['Welcome', 'Harbour Master\'s report', 'Moorings'])));
  assert.match(m.detail ?? '', /88\.01 to 88\.03/);
});

test('a reference to one of the meeting\'s items is read in its form; a sum or a rate is not a reference', () => {
  const text = [
    'Porthallow Harbour Commissioners', 'Minutes of the meeting held on 14 May 2024', '',
    '88.01 Harbour Master\'s report', 'Noted.', '',
    '88.02 Moorings and fees', 'The fee rises to £88.50 a metre, 88.5% of visitors paying on time (1,088.20 in all); see 88.01 above.', '',
    '88.03 Any other business', 'None.',
  ].join('\n');
  const refs = parse(text).meeting!.items[1].references;
  assert.deepEqual(refs.map((r) => [r.target.prefix, r.target.seq, r.target.width]), [['88.', 1, 2]]);
  // items of one figure are referred to so (`112.1`), up to `112.12`
  const one = ['Saltmarsh Drainage Board', 'Minutes of the meeting held on 22 April 2026', '', '112.1 Declarations of interest', 'None.', '', '112.2 Rates', 'As agreed at 112.1, the rate is 112.5% of last year\'s; see also 112.10.', '', '112.3 Close', 'Closed.'].join('\n');
  assert.deepEqual(parse(one).meeting!.items[1].references.map((r) => [r.target.seq, r.target.width]), [[1, undefined], [10, 2]]);
});

test('year first whose date confirms the year reads as before: 23.45 in 2023, 19/112 in 2019, a session year begun the year before', () => {
  const dotted = meeting('Hanley Parish Council', '5 June 2023', ['23.45', '23.46', '23.47'], PARISH_TITLES);
  assert.equal(parse(dotted).scheme, 'year-first');
  assert.deepEqual(parse(dotted).meeting!.items.map((i) => [i.number?.written, i.number?.year, i.number?.seq]), [['23.45', 23, 45], ['23.46', 23, 46], ['23.47', 23, 47]]);
  const slashed = meeting('Riverside NHS Foundation Trust – Board of Directors', '12 March 2019', ['19/112', '19/113', '19/114'], ['Patient story', 'Chief Executive\'s report', 'Finance report']);
  assert.deepEqual(parse(slashed).meeting!.items.map((i) => [i.number?.written, i.number?.year]), [['19/112', 19], ['19/113', 19], ['19/114', 19]]);
  // a council or academic year straddles two: the year before in spring, the year after in December
  assert.equal(parse(meeting('University Senate', '11 February 2026', ['25.41', '25.42', '25.43'], PARISH_TITLES)).scheme, 'year-first');
  assert.equal(parse(meeting('Burnside Town Council', '8 December 2025', ['26.03', '26.04', '26.05'], PARISH_TITLES)).scheme, 'year-first');
  assert.deepEqual(findings(meeting('University Senate', '11 February 2026', ['25.41', '25.42', '25.43'], PARISH_TITLES), 'year-mismatch'), []);
});

test('a running count of three figures is the year\'s (24.101): a meeting has no hundred items, and the year stays claimed', () => {
  const text = meeting('Thornbury Parish Council', '2 October 2024', ['24.101', '24.102', '24.103'], PARISH_TITLES);
  assert.equal(parse(text).scheme, 'year-first');
  // dated in another year, the figures stay a year, and the clerk is told which
  const wrong = meeting('Thornbury Parish Council', '2 October 2025', ['21.101', '21.102'], PARISH_TITLES);
  assert.equal(parse(wrong).scheme, 'year-first');
  assert.match(findings(wrong, 'year-mismatch')[0]?.message ?? '', /Minute 21\.101 has the year 21, but the meeting is dated 2 October 2025\. Write 25\.101\./);
});

test('undated, two figures and a point claim no year: the items are read as written, numbered by the meeting', () => {
  // nothing says the first figures are a year: read as the meeting's number, no year is given that a date
  // added later would have to "correct"; the numbers, titles and numbering rules are the same either way
  for (const numbers of [['45.01', '45.02', '45.03'], ['21.44', '21.45', '21.46']]) {
    const text = meeting('Ashby Parva Parish Council', undefined, numbers, PARISH_TITLES);
    const doc = parse(text);
    assert.equal(doc.meeting!.date, undefined);
    assert.deepEqual(items(text), numbers.map((n, k) => [n, PARISH_TITLES[k]]));
    assert.ok(doc.meeting!.items.every((i) => i.number?.year === undefined), numbers[0]);
  }
  // the lines alone (no meeting, no date) are still read year first, as before: only a meeting's reading decides
  assert.equal(detectNumbering(['21.44 Planning', 'Text.', '21.45 Finance', 'Text.']).scheme, 'year-first');
});

test('a clerk who sets the numbering to year first keeps it', () => {
  const text = meeting('Ashby Parva Parish Council', '3 March 2025', ['45.01', '45.02', '45.03'], PARISH_TITLES);
  const a = analyse(text, { numbering: 'year-first' });
  assert.equal(a.doc.scheme, 'year-first');
  assert.equal(a.doc.meeting!.items[0].number?.year, 45);
});

test('which two figures can be a meeting\'s year: its own, the year before or the year after', () => {
  assert.deepEqual([24, 25, 26, 23, 27, 45].map((f) => couldBeYear(f, 2025)), [true, true, true, false, false, false]);
  // across a century's turn
  assert.deepEqual([99, 0, 1].map((f) => couldBeYear(f, 2000)), [true, true, true]);
});

test('an edit in an item of such a file is read again alone, and gives what the whole file gives', () => {
  const text = meeting('Kirkby Town Council – Planning Committee', 'Tuesday 14th January 2026', ['12.01', '12.02', '12.03', '12.04'], PARISH_TITLES);
  const lines = splitLinesForTests(text);
  const at = lines.findIndex((l) => l.startsWith('12.03'));
  const again = (edits: readonly LineEdit[]): boolean => {
    const prev = analyzeText('file:///k.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
    const { text: after, changes } = applyWithinLines(text, edits);
    const next = splitLinesForTests(after);
    const r = reanalyze(prev, 2, changedLines(changes)!, { count: next.length, length: after.length, at: (n) => next[n] }, DEFAULT_SETTINGS, TODAY);
    const full = analyzeText('file:///k.minutes', 2, after, DEFAULT_SETTINGS, TODAY);
    if (r) { assert.deepStrictEqual(r.doc, full.doc); assert.deepStrictEqual(r.findings, full.findings); }
    return r !== undefined;
  };
  assert.equal(again([{ line: at + 1, at: 0, length: 0, text: 'Cllr Roe asked about the hedge. ' }]), true);
  // (a keystroke in a head's title: read again alone or whole, the same reading)
  again([{ line: at, at: lines[at].length, length: 0, text: 's' }]);
  // the date names the year: an edit of it reads the whole file again (a year that confirms the figures makes them a year)
  const dateLine = lines.findIndex((l) => l.includes('2026'));
  assert.equal(again([{ line: dateLine, at: lines[dateLine].length - 4, length: 4, text: '2013' }]), false);
  const redated = parse(text.replace('Tuesday 14th January 2026', '13 March 2012'));
  assert.equal(redated.scheme, 'year-first');
});
