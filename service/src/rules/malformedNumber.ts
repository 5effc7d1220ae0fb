import { canonicalising, draftsOnly, defineRule, fixAll, type Finding } from './rule';
import { formatNumber, rewriteNumber } from '../numbers';
import { canonicalYear, meetingYear } from '../numbering';

export const malformedNumber = fixAll((n) => `Write all ${n} malformed minute numbers as NNN/YY`, canonicalising(draftsOnly(defineRule('malformed-number', 'warning', 'A minute number not written as NNN/YY (81/22, 081/2022, 115/2 3).', (ctx, code) => {
  const out: Finding[] = [];
  // a loop, not flatMap: most numbers are well written, and flatMap costs a runtime call for each item
  for (const item of ctx.meeting.items) {
    const n = item.number;
    if (!n || !n.malformed || n.year === undefined) continue;
    const written = n.written.replace(/\s+/g, ' ');
    const year = canonicalYear(n, ctx.doc, ctx.today);
    if (year === undefined) {
      out.push({ code, range: n.range, fixes: [], message: `Minute number "${written}" is not written as NNN/YY: ${n.malformed}. Write the item number, a slash and the two digits of the year, e.g. ${formatNumber({ seq: n.seq, year: meetingYear(ctx.doc, ctx.today) })}.` });
      continue;
    }
    const canonical = formatNumber({ seq: n.seq, year });
    out.push({
      code, range: n.range,
      message: `Minute number "${written}" is not written as NNN/YY: ${n.malformed}. Write ${canonical}.`,
      fixes: [{ title: `Write ${canonical}`, preferred: true, edits: [{ range: n.range, newText: rewriteNumber(n, { seq: n.seq, year }) }] }],
    });
  }
  return out;
}))));
