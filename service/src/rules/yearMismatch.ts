import { draftsOnly, defineRule, fixAll, type Finding } from './rule';
import { formatNumber, numberLabel, rewriteNumber, type MinuteNumber } from '../numbers';

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

export const yearMismatch = fixAll((n) => `Correct the year of all ${n} minute numbers`, draftsOnly(defineRule('year-mismatch', 'warning', "A minute number whose year is not the year of the meeting's date.", (ctx, code) => {
  const date = ctx.meeting.date;
  if (!date || !date.iso) return [];
  const yy = date.year % 100;
  const out: Finding[] = [];
  // a loop, not flatMap: most numbers have the meeting's year, and flatMap costs a runtime call for each item
  for (const item of ctx.meeting.items) {
    const n = item.number;
    if (!n || n.year === undefined || n.year === yy || spansYear(n, yy)) continue;
    const fixed = { seq: n.seq, year: yy };
    out.push({
      code, range: n.range,
      message: `Minute ${numberLabel(n)} has the year ${String(n.year).padStart(2, '0')}, but the meeting is dated ${date.text}. Write ${formatNumber(fixed)}.`,
      fixes: [{ title: `Write ${formatNumber(fixed)}`, edits: [{ range: n.range, newText: rewriteNumber(n, fixed) }] }],
    });
  }
  return out;
})));
