import { draftsOnly, defineRule, fixAll, type Finding } from './rule';
import { formatNumber, numberLabel, rewriteNumber } from '../numbers';

export const yearMismatch = fixAll((n) => `Correct the year of all ${n} minute numbers`, draftsOnly(defineRule('year-mismatch', 'warning', "A minute number whose year is not the year of the meeting's date.", (ctx, code) => {
  const date = ctx.meeting.date;
  if (!date || !date.iso) return [];
  const yy = date.year % 100;
  const out: Finding[] = [];
  // a loop, not flatMap: most numbers have the meeting's year, and flatMap costs a runtime call for each item
  for (const item of ctx.meeting.items) {
    const n = item.number;
    if (!n || n.year === undefined || n.year === yy) continue;
    const fixed = { seq: n.seq, year: yy };
    out.push({
      code, range: n.range,
      message: `Minute ${numberLabel(n)} has the year ${String(n.year).padStart(2, '0')}, but the meeting is dated ${date.text}. Write ${formatNumber(fixed)}.`,
      fixes: [{ title: `Write ${formatNumber(fixed)}`, edits: [{ range: n.range, newText: rewriteNumber(n, fixed) }] }],
    });
  }
  return out;
})));
