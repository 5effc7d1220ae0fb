/**
 * Minute numbers: how they are written, recognised and formatted: today's two schemes, and the
 * functions every caller uses for a number of any scheme (the other schemes: numberSchemes.ts).
 *
 * - `year` (the default): `NNN/YY`, numbering continues through the year's meetings (`081/22`).
 *   Recognised variants, reported as malformed with a fix: `81/22`, `081/2022`, `115/2 3`
 *   (a PDF split the digits) and `119/2` with the `3` on the next line.
 * - `per-meeting`: `1.`, `2.`, `3.` afresh in each meeting (also `Item 3:`).
 */

import { formatIn, type SchemeName } from './numberSchemes';

/**
 * The numbering a document is read in: today's `year` and `per-meeting`, any other scheme of
 * numberSchemes.ts a file uses (`prefixed`, `running`, `roman` …), or `none` (items without numbers).
 */
export type NumberingScheme = SchemeName | 'none';
/** `minutes.numbering` as today's parser path reads it (the other schemes: `SchemeSetting`, numberSchemes.ts). */
export type NumberingSetting = 'year' | 'per-meeting' | 'auto';

export interface MinuteNumber {
  /** The item's sequence number (81 for `081/22`). */
  readonly seq: number;
  /** Two-digit year for the `year` scheme (22 for `081/22`); undefined for `per-meeting`. */
  readonly year?: number;
  // The fields below are set only for the schemes of numberSchemes.ts (a board's own numbering);
  // today's `NNN/YY` and per-meeting numbers leave them out and behave exactly as before.
  /** The scheme the number is written in (numberSchemes.ts `SchemeName`). */
  readonly scheme?: SchemeName;
  /** The letters before the number with their separator, as written: `PC`, `TB/`, `CAB `, `Item `. */
  readonly prefix?: string;
  /** The year as written: `24`, `2425` (a financial year), `07-08`. */
  readonly yearText?: string;
  /** The year follows the number (`Cou/285/07-08`). */
  readonly yearAfter?: boolean;
  /** Between year and number: `/` (`TB/22/116`) or `.` (`21.44`). */
  readonly sep?: string;
  /** Digits the number is padded to (3 for `061`). */
  readonly width?: number;
  /** A sub-item part written with the number: `(b)` of `BOD 24/18(b)`. */
  readonly sub?: string;
  /** The punctuation after the number in a head line: `.` of `41.`, `:` of `PB/2425/061:`. */
  readonly trail?: string;
}

export function formatNumber(n: MinuteNumber): string {
  if (n.scheme !== undefined && n.scheme !== 'year' && n.scheme !== 'per-meeting') return formatIn(n);
  if (n.year === undefined) return `${n.seq}.`;
  return `${String(n.seq).padStart(3, '0')}/${String(n.year % 100).padStart(2, '0')}`;
}

/**
 * The text that replaces a written number by `to` (for fixes, renumbering and rename): in the
 * form it was written (`3.`, `3)`, `Item 3`), followed by whatever markup its span held, since an
 * edit of a number must not drop or unbalance the bold around it.
 */
export function rewriteNumber(n: { readonly written: string; readonly debris?: string }, to: MinuteNumber): string {
  return writtenLike(to, n.written) + (n.debris ?? '');
}

function writtenLike(n: MinuteNumber, written: string): string {
  // a board's own scheme is written whole in its own form (`PC24/062`, `XIII`)
  if (n.scheme !== undefined && n.scheme !== 'year' && n.scheme !== 'per-meeting') return numberLabel(n);
  if (n.year !== undefined) return formatNumber(n);
  // the words before the digits stay: `Item 3` becomes `Item 4`, never `4`
  const prefix = /^\D*/.exec(written)?.[0] ?? '';
  const w = written.trim();
  const last = w.slice(-1);
  return `${prefix}${n.seq}${w.endsWith('.00') ? '.00' : last === '.' || last === ')' ? last : ''}`;
}

/** The label used in messages and the outline (`081/22`, or `3` for per-meeting). */
export function numberLabel(n: MinuteNumber): string {
  if (n.scheme !== undefined && n.scheme !== 'year' && n.scheme !== 'per-meeting') return formatIn(n).replace(/[.:]$/, '');
  return n.year === undefined ? String(n.seq) : formatNumber(n);
}

/** Same minute: same number and year, and for a board's own scheme the same prefix and sub-item part. */
export function sameNumber(a: MinuteNumber, b: MinuteNumber): boolean {
  // (the prefixes compared as written first: asked for every item by the numbering rules)
  return a.seq === b.seq && a.year === b.year && (a.prefix === b.prefix || (a.prefix ?? '').toUpperCase() === (b.prefix ?? '').toUpperCase()) && (a.sub ?? '') === (b.sub ?? '');
}

export interface YearNumberMatch {
  readonly seq: number;
  readonly year: number;
  /** Clean-text end index of the number. */
  readonly end: number;
  /** How the number is written wrongly, if it is. */
  readonly malformed?: string;
  /** Number is `NNN/D` with its last year digit on the next line. */
  readonly needsNextDigit?: boolean;
  /** The year's digits are broken (`115/2 3`, `119/2` then `3`): how a PDF's narrow cell wraps them (forms/brokenNumbers.ts). */
  readonly split?: boolean;
  /** The item number is written without its padding (`81/22`): a slip, or a board's own form (forms/brokenNumbers.ts). */
  readonly short?: boolean;
}

// Anchored at the start of a segment; a following `/` means a date such as 27/09/2022, not an item,
// a following `-A1` an action reference (`081/22-A1 DONE`), and a following `.1` a paragraph of
// the item (`081/22.1 The Chair welcomed …`, a university council's numbered paragraphs), not an item.
const YEAR_NUMBER = /^(\d{1,3})\s?\/\s?(\d{4}|\d{2}|\d\s\d|\d)(?![\d/]|-A\d|\.\d)/;

/** A year-scheme minute number at the start of the clean text. */
export function matchYearNumber(text: string): YearNumberMatch | undefined {
  const m = YEAR_NUMBER.exec(text);
  if (!m) return undefined;
  const seqText = m[1];
  const yearText = m[2];
  const seq = Number(seqText);
  if (seq === 0) return undefined;
  const end = m[0].length;
  if (yearText.length === 1) {
    // `119/2` alone: the year's second digit may be on the next line
    if (text.slice(end).trim() !== '') return undefined;
    return { seq, year: Number(yearText), end, needsNextDigit: true, split: true, malformed: 'its digits are split over two lines' };
  }
  if (yearText.length === 3) {
    return { seq, year: Number(yearText.replace(/\s/, '')), end, split: true, malformed: 'its digits are split by a space' };
  }
  if (yearText.length === 4) {
    return { seq, year: Number(yearText) % 100, end, malformed: 'the year has four digits' };
  }
  if (/\s/.test(m[0])) return { seq, year: Number(yearText), end, malformed: 'it contains a space' };
  if (seqText.length < 3) return { seq, year: Number(yearText), end, malformed: 'the item number has fewer than three digits', short: true };
  return { seq, year: Number(yearText), end };
}

export interface PerMeetingNumberMatch {
  readonly seq: number;
  readonly end: number;
  /** The clean index where the title starts. */
  readonly titleStart: number;
}

// (`1.00 CALL TO ORDER`: a US school board's or city's section number, its sub-items `1.01)`, is item 1)
const PER_MEETING = /^(\d{1,3})(?:\.00(?=[ \t])|[.)])?[ \t]+(?=\S)/;
const ITEM_WORD = /^item[ \t]*(\d{1,3})[a-z]?[ \t]*[:.)\-–—][ \t]*(?=\S)/i;

/** A per-meeting number (`3.`, `3 `, `Item 3:`) at the start of the clean text. */
export function matchPerMeetingNumber(text: string): PerMeetingNumberMatch | undefined {
  const m = PER_MEETING.exec(text) ?? ITEM_WORD.exec(text);
  if (!m) return undefined;
  const seq = Number(m[1]);
  if (seq === 0) return undefined;
  // the number's extent: digits, with the `.` or `)` that follows them in the `3.` form
  let numEnd = m[0].search(/\d(?!.*\d)/) + 1;
  if (/^\d/.test(m[0]) && /[.)]/.test(m[0][numEnd] ?? '')) numEnd++;
  return { seq, end: numEnd, titleStart: m[0].length };
}

/**
 * A line that starts an item but carries no minute number: `Item 5 – Access to Police Services`,
 * `Item: Finance update`. Returns where the title starts and the agenda number, if written.
 */
const UNNUMBERED = /^item(?:[ \t]*(\d{1,3}[a-z]?))?[ \t]*[:.\-–—][ \t]*(?=\S)|^item[ \t]+(\d{1,3}[a-z]?)[ \t]+(?=[A-Z])/i;

export function matchItemWord(text: string): { titleStart: number; agendaRef?: string } | undefined {
  const m = UNNUMBERED.exec(text);
  if (!m) return undefined;
  return { titleStart: m[0].length, agendaRef: m[1] ?? m[2] };
}

/**
 * An agenda reference in brackets after an item's heading, as a county council's minutes print the
 * agenda's number beside the minute's own running number (`27.  Apologies and Substitutes` ⏎
 * `(Item 1)`, or `… Substitutes (Item 1)` on the heading's line): no part of the title, no number
 * of the minutes. Where it starts in `text` (with the blanks before it) and the agenda's number.
 */
// (`(?<![ \t])`: from a run of blanks' start only; tried from each blank of a long run, the pattern took seconds)
const BRACKETED_ITEM = /(?:^|(?<![ \t])[ \t]+)\(item[ \t]+(\d{1,3}[a-z]?)\)[ \t]*$/i;

export function matchBracketedItemRef(text: string): { start: number; agendaRef: string } | undefined {
  // (asked of every head line of a board's own numbering: the closing bracket first, then the pattern)
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e < 8 || text.charCodeAt(e - 1) !== 41) return undefined;
  const m = BRACKETED_ITEM.exec(text);
  return m ? { start: m.index, agendaRef: m[1] } : undefined;
}

/** The stable reference of an action: its item's number and its place in the item (`081/22-A1`). */
export function actionRefLabel(n: MinuteNumber, index: number): string {
  return `${numberLabel(n)}-A${index}`;
}
