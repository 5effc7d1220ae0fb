import { draftsOnly, defineRule, fixAll, type Finding } from './rule';
import { formatNumber, numberLabel, rewriteNumber, type MinuteNumber } from '../numbers';
import { numberForm } from '../numberSchemes';

/**
 * Whether a number written with a council or financial year that spans two calendar years
 * (`Cou/285/07-08`, `GBP/2223/001`: 2007–08, 2022/23) or with the year in full (`2024`) names the
 * meeting's two-digit year `yy`: a meeting in February 2008 falls in the council year 07-08, one in
 * January 2023 in the financial year 2223. The number's `year` is the first two digits only.
 */
function spansYear(n: MinuteNumber, yy: number): boolean {
  const t = n.yearText;
  if (t === undefined) return false;
  const m = /^(\d{2})-?(\d{2})$/.exec(t);
  if (!m) return false;
  const first = Number(m[1]);
  const second = Number(m[2]);
  // `07-08`, `2223`: the second year follows the first; `2024`, `1998` (four digits, no dash): a year in full
  return (second === (first + 1) % 100 && second === yy) || (!t.includes('-') && (first === 19 || first === 20) && second === yy);
}

/**
 * Whether a year-first number (`25/47`) names the session year the meeting falls in: a board that
 * writes its year first numbers through its council or academic year, which begins in spring or
 * autumn, so a meeting up to September may still carry the year before (`25/47` in February 2026).
 * So may a board's prefixed number with a two-digit year (`TC/25/088` in February 2026) when its count
 * is past what the calendar year could have reached (thirty minutes a month): the count began the year
 * before, with the council year (`PC24/061` in March 2025 is a count of this year, the year a slip).
 */
function sessionYear(n: MinuteNumber, date: { readonly year: number; readonly month: number }): boolean {
  const own = n.scheme === 'year-first' || (n.scheme === 'prefixed' && n.yearText?.length === 2 && n.seq > MINUTES_A_MONTH * date.month);
  return own && date.month <= 9 && n.year === (date.year - 1) % 100;
}

/** More minutes in a month than any board numbers: a count past this many a month began before the year. */
const MINUTES_A_MONTH = 30;

/** A year written in full (`2024` of `C.2024.15`), not a financial year (`2223` of `GBP/2223/001`). */
function fullYear(t: string): boolean {
  return /^(?:19|20)\d{2}$/.test(t) && Number(t.slice(2)) !== (Number(t.slice(0, 2)) + 1) % 100;
}

/**
 * The number with the meeting's year: a board's own number whose year is two digits or written in
 * full keeps its own form (`PC24/061` → `PC25/061`, `C.24.14` → `C.25.14`, `C.2024.15` → `C.2025.15`);
 * so does a year-first number (`25/47` → `26/47`); one whose year spans two (`07-08`, `2223`) cannot say which span the meeting's is, and is written `NNN/YY`.
 */
function correctedYear(n: MinuteNumber, year: number): MinuteNumber {
  const yy = year % 100;
  const t = n.yearText;
  if (n.scheme === 'year-first' && t !== undefined && t.length === 2) return { ...numberForm(n), seq: n.seq, year: yy, yearText: String(yy).padStart(2, '0') };
  if (n.scheme !== 'prefixed' || t === undefined || n.yearAfter || !(/^\d{2}$/.test(t) || fullYear(t))) return { seq: n.seq, year: yy };
  const yearText = t.length === 4 ? String(year) : String(yy).padStart(2, '0');
  const fixed = { ...numberForm(n), seq: n.seq, year: t.length === 4 ? Math.floor(year / 100) : yy, yearText };
  return n.sub === undefined ? fixed : { ...fixed, sub: n.sub };
}

/** The year as the message names it: as written when in full (`2024`), else its two digits (`05` of `05-06`). */
function yearWritten(n: MinuteNumber): string {
  return n.yearText !== undefined && fullYear(n.yearText) ? n.yearText : String(n.year).padStart(2, '0');
}

export const yearMismatch = fixAll((n) => `Correct the year of all ${n} minute numbers`, draftsOnly(defineRule('year-mismatch', 'warning', "A minute number whose year is not the year of the meeting's date.", (ctx, code) => {
  const date = ctx.meeting.date;
  if (!date || !date.iso) return [];
  const yy = date.year % 100;
  const out: Finding[] = [];
  // a loop, not flatMap: most numbers have the meeting's year, and flatMap costs a runtime call for each item
  for (const item of ctx.meeting.items) {
    const n = item.number;
    if (!n || n.year === undefined || n.year === yy || spansYear(n, yy) || sessionYear(n, date)) continue;
    const fixed = correctedYear(n, date.year);
    out.push({
      code, range: n.range,
      message: `Minute ${numberLabel(n)} has the year ${yearWritten(n)}, but the meeting is dated ${date.text}. Write ${formatNumber(fixed)}.`,
      fixes: [{ title: `Write ${formatNumber(fixed)}`, edits: [{ range: n.range, newText: rewriteNumber(n, fixed) }] }],
    });
  }
  return out;
})));
