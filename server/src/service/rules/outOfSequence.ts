import { defineRule } from './rule';
import { formatLike, numberLabel, sameNumber } from '../numbers';
import { expectedAt } from '../numbering';

export const outOfSequence = defineRule('number-out-of-sequence', 'warning', 'A minute number that skips numbers or goes backwards.', (ctx, code) => {
  const items = ctx.meeting.items;
  return items.flatMap((item, index) => {
    const n = item.number;
    if (!n) return [];
    const expected = expectedAt(ctx.doc, index, ctx.today);
    if (!expected || sameNumber(expected, n)) return [];
    if (expected.year !== n.year) return []; // a different year is the year rule's business
    if (items.slice(0, index).some((i) => i.number && sameNumber(i.number, n))) return []; // a duplicate, reported as such
    const prev = items.slice(0, index).reverse().find((i) => i.number)?.number;
    const gap = n.seq > expected.seq;
    const message = prev
      ? `Minute ${numberLabel(n)} ${gap ? 'skips' : 'goes back'} after ${numberLabel(prev)}: expected ${numberLabel(expected)}.${gap ? ' Renumber this item, or add the missing item.' : ' Renumber this item.'}`
      : `The first item of the meeting is ${numberLabel(n)}: expected ${numberLabel(expected)}.`;
    const taken = items.some((i) => i.number && sameNumber(i.number, expected));
    return [{ code, range: n.range, message, fixes: taken ? [] : [{ title: `Change to ${numberLabel(expected)}`, edits: [{ range: n.range, newText: formatLike(expected, n.written) }] }] }];
  });
});
