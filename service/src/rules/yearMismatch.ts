import { draftsOnly, defineRule, fixAll } from './rule';
import { formatNumber, numberLabel, rewriteNumber } from '../numbers';

export const yearMismatch = fixAll((n) => `Correct the year of all ${n} minute numbers`, draftsOnly(defineRule('year-mismatch', 'warning', "A minute number whose year is not the year of the meeting's date.", (ctx, code) => {
  const date = ctx.meeting.date;
  if (!date || !date.iso) return [];
  const yy = date.year % 100;
  return ctx.meeting.items.flatMap((item) => {
    const n = item.number;
    if (!n || n.year === undefined || n.year === yy) return [];
    const fixed = { seq: n.seq, year: yy };
    return [{
      code, range: n.range,
      message: `Minute ${numberLabel(n)} has the year ${String(n.year).padStart(2, '0')}, but the meeting is dated ${date.text}. Write ${formatNumber(fixed)}.`,
      fixes: [{ title: `Write ${formatNumber(fixed)}`, edits: [{ range: n.range, newText: rewriteNumber(n, fixed) }] }],
    }];
  });
})));
