import { defineRule, type Finding } from './rule';
import { numberLabel, rewriteNumber, sameNumber } from '../numbers';
import { expectedAt, numberKey, numbersOf, previousInYear } from '../numbering';
import { displayDate } from '../dates';
import { seriesNumber } from '../numberSchemes';

export const outOfSequence = defineRule('number-out-of-sequence', 'warning', 'A minute number that skips numbers or goes backwards.', (ctx, code) => {
  const items = ctx.meeting.items;
  // what is asked of the other items is looked up, not scanned for: linear in the items
  const numbers = numbersOf(ctx.meeting);
  const out: Finding[] = [];
  // a loop, not flatMap: most items are in sequence, and flatMap costs a runtime call for each
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    const n = item.number;
    if (!n) continue;
    const expected = expectedAt(ctx.doc, index, ctx.today);
    // (a reserved minute, `R3313.1`, takes its place in the running numbers)
    if (!expected || sameNumber(expected, seriesNumber(n))) continue;
    if (expected.year !== n.year) continue; // a different year is the year rule's business
    if (numbers.first.get(numberKey(n))! < index) continue; // a duplicate, reported as such
    const prev = numbers.before[index] >= 0 ? items[numbers.before[index]].number : undefined;
    const gap = n.seq > expected.seq;
    const message = prev
      ? `Minute ${numberLabel(n)} ${gap ? 'skips' : 'goes back'} after ${numberLabel(prev)}: expected ${numberLabel(expected)}.${gap ? ' Renumber this item, or add the missing item.' : ' Renumber this item.'}`
      : `The first item of the meeting is ${numberLabel(n)}: expected ${numberLabel(expected)}.`;
    const taken = numbers.first.has(numberKey(expected));
    out.push({ code, range: n.range, message, fixes: taken ? [] : [{ title: `Change to ${numberLabel(expected)}`, edits: [{ range: n.range, newText: rewriteNumber(n, expected) }] }] });
  }
  return out;
}, (ctx, code) => {
  // the first item of a meeting follows the last item of the previous meeting of the same year
  const here = ctx.record;
  if (!here.date) return [];
  const index = here.meeting.items.findIndex((i) => i.number?.year !== undefined);
  if (index < 0) return [];
  const first = here.meeting.items[index].number!;
  const found = previousInYear(ctx.model, here.uri, here.date);
  if (!found || found.last.year !== first.year) return [];
  const { record: previous, last } = found;
  const expected = { seq: last.seq + 1 + index, year: first.year };
  if (expected.seq === first.seq) return [];
  if (first.seq <= last.seq) return []; // a number used twice is reported as a duplicate
  return [{
    code, range: first.range,
    message: `The meeting of ${displayDate(previous.date!, ctx.settings.dateOrder)} ended at ${numberLabel(last)}, so this meeting's first item should be ${numberLabel(expected)}, not ${numberLabel(first)}.`,
    fixes: here.meeting.items.some((i) => i.number && sameNumber(i.number, expected)) ? [] : [{ title: `Change to ${numberLabel(expected)}`, edits: [{ range: first.range, newText: rewriteNumber(first, expected) }] }],
  }];
});
