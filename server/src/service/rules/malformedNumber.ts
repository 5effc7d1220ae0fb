import { defineRule } from './rule';
import { formatNumber } from '../numbers';

export const malformedNumber = defineRule('malformed-number', 'warning', 'A minute number not written as NNN/YY (81/22, 081/2022, 115/2 3).', (ctx, code) =>
  ctx.meeting.items.flatMap((item) => {
    const n = item.number;
    if (!n || !n.malformed || n.year === undefined) return [];
    const canonical = formatNumber(n);
    const written = n.written.replace(/\s+/g, ' ');
    return [{
      code, range: n.range,
      message: `Minute number "${written}" is not written as NNN/YY: ${n.malformed}. Write ${canonical}.`,
      fixes: [{ title: `Write ${canonical}`, preferred: true, edits: [{ range: n.range, newText: canonical }] }],
    }];
  }));
