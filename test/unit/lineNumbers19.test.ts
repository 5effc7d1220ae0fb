/**
 * Line-numbered paper (issue 18, North American councils): a PDF printed with each line's number in
 * the margin, restarting on each page. The number is page furniture (forms/debris.ts
 * `lineNumberMargins`): a numbered page reads as the same page without its numbers, every range read
 * on a numbered line lies after its number, and an item's own number is never taken for one.
 * Expectations written by reading the small invented documents below as a clerk would.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, reanalyze, changedLines, splitLinesForTests, DEFAULT_SETTINGS } from '#service';
import { findDebris, lineNumberMargins } from '#service/forms/debris';
import { matchMotion } from '#service/forms/motions';
import { analyse, TODAY } from '../support/util';

/** The page as printed without numbers. */
const PLAIN = [
  'TOWN OF ELM RIDGE',
  'BOARD OF SELECTMEN',
  'MINUTES OF THE REGULAR MEETING',
  'Monday, March 9, 2026',
  'I. CALL TO ORDER',
  'Chair Ames called the meeting to order at 7:00 p.m. and welcomed',
  'the residents.',
  'II. BUDGET REVIEW',
  'The Treasurer presented the quarterly figures and answered',
  'questions from the board.',
  'III. PLEDGE OF ALLEGIANCE',
  'IV. APPROVAL OF MINUTES',
  'MOTION: Ames / SECOND: Cole to approve the minutes of February 9.',
  'VOTE: 3-0. MOTION CARRIED.',
];

/** The same page on line-numbered paper, its footer and a second page's numbers starting again at 1. */
function numbered(lines: readonly string[], perPage: number): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (i > 0 && i % perPage === 0) out.push('', 'Page 1 of 2', '');
    const n = (i % perPage) + 1;
    out.push(`${String(n).padStart(2)}  ${l}`);
  });
  return out;
}

const NUMBERED = numbered(PLAIN, 8);

/** The parts of a reading a clerk sees, without ranges. */
function reading(text: string): unknown {
  const m = analyse(text).doc.meeting!;
  return {
    title: m.title?.value, date: m.date?.iso,
    items: m.items.map((i) => [i.number?.written, i.title, i.decisions.map((d) => d.text), i.actions.map((a) => a.text)]),
  };
}

test('a line-numbered page reads as the same page without its numbers', () => {
  assert.deepStrictEqual(reading(NUMBERED.join('\n')), reading(PLAIN.join('\n')));
  const m = analyse(NUMBERED.join('\n')).doc.meeting!;
  assert.deepStrictEqual(m.items.map((i) => i.number?.written), ['I', 'II', 'III', 'IV']);
  assert.deepStrictEqual(m.items[3].decisions.map((d) => d.text), ['to approve the minutes of February 9']);
});

test('the numbers are debris, cut from the start of each numbered line', () => {
  const margins = lineNumberMargins(NUMBERED);
  assert.ok(margins);
  assert.equal(margins[0], 4);
  const spans = findDebris(NUMBERED).filter((d) => d.kind === 'line-number');
  assert.equal(spans.length, PLAIN.length);
  for (const s of spans) assert.deepStrictEqual([s.start, s.end], [0, 4]);
  // the page's footer is still a footer, read without a number
  assert.ok(findDebris(NUMBERED).some((d) => d.kind === 'page-footer'));
});

test('every range read on a numbered line lies after its number', () => {
  const text = NUMBERED.join('\n');
  const m = analyse(text).doc.meeting!;
  const after = (r: { start: { line: number; character: number } }): void => {
    if (/^ ?\d{1,2}  /.test(NUMBERED[r.start.line])) assert.ok(r.start.character >= 4, `${NUMBERED[r.start.line]} at ${r.start.character}`);
  };
  for (const i of m.items) {
    after(i.headRange);
    if (i.number) after(i.number.range);
    for (const d of i.decisions) after(d.range);
  }
  if (m.title) after(m.title.range);
});

test('item numbers are never line numbers: `1.`, `2.` and `1<TAB>` lists, and a minute number among text', () => {
  assert.equal(lineNumberMargins(['1. CALL TO ORDER', '2. APOLOGIES', '3. MINUTES', '4. MATTERS ARISING']), undefined);
  assert.equal(lineNumberMargins(['1\tApologies', '2\tMinutes', '3\tMatters arising', '4\tany other business']), undefined);
  // consecutive numbers with no sentence carried from one to the next: a list of items, not a margin
  assert.equal(lineNumberMargins(['1  Apologies', '2  Minutes', '3  Matters arising', '4  Finance']), undefined);
  const doc = ['PARISH COUNCIL', 'Minutes of 3 March 2026', '', '1. Apologies', 'none were received and', 'the meeting went on.', '', '2. Minutes', 'the minutes were agreed.'].join('\n');
  assert.equal(lineNumberMargins(doc.split('\n')), undefined);
  assert.deepStrictEqual(analyse(doc).doc.meeting!.items.map((i) => i.title), ['Apologies', 'Minutes']);
});

test('a motion with its mover and seconder labelled, and the seconder is no owner', () => {
  const f = matchMotion('MOTION: Ames / SECOND: Cole to approve the agenda as presented.');
  assert.ok(f);
  assert.equal(f.mover && 'MOTION: Ames / SECOND: Cole to approve the agenda as presented.'.slice(f.mover.start, f.mover.end), 'Ames');
  assert.equal(matchMotion('MOTION: That the budget be approved.'), undefined);
  const m = analyse(NUMBERED.join('\n')).doc.meeting!;
  assert.deepStrictEqual(m.items[3].actions, []);
});

/** The analysis after `typed` is added at the end of line `line`, read again from the one before (or undefined when it reads the whole), and read whole. */
function typedAtEnd(text: string, line: number, typed: string): { again: unknown; full: unknown } {
  const prev = analyzeText('file:///n.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const lines = splitLinesForTests(text);
  const character = lines[line].length;
  lines[line] = `${lines[line]}${typed}`;
  const change = changedLines([{ range: { start: { line, character }, end: { line, character } }, text: typed }])!;
  const source = { count: lines.length, length: lines.join('\n').length, at: (n: number) => lines[n] };
  return { again: reanalyze(prev, 2, change, source, DEFAULT_SETTINGS, TODAY)?.doc, full: analyzeText('file:///n.minutes', 2, lines.join('\n'), DEFAULT_SETTINGS, TODAY).doc };
}

test('typing in an item of a line-numbered page gives what a full parse gives', () => {
  const line = NUMBERED.findIndex((l) => l.includes('questions from the board.'));
  for (const typed of [' More was said.', 'x', ' Page 2 of 2']) {
    const { again, full } = typedAtEnd(NUMBERED.join('\n'), line, typed);
    if (again !== undefined) assert.deepStrictEqual(again, full);
  }
});
