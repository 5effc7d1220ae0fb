import { defineRule } from './rule';
import { formatLike, numberLabel } from '../numbers';
import { nextFreeNumber } from '../numbering';
import type { Item } from '../model';

export const duplicateNumber = defineRule('duplicate-number', 'error', 'Two items of the meeting carry the same minute number.', (ctx, code) => {
  const seen = new Map<string, Item>();
  const out = [];
  for (const [index, item] of ctx.meeting.items.entries()) {
    if (!item.number) continue;
    const key = numberLabel(item.number);
    const first = seen.get(key);
    if (!first) { seen.set(key, item); continue; }
    const free = nextFreeNumber(ctx.doc, index, ctx.today);
    out.push({
      code, range: item.number.range,
      message: `Minute ${key} is used twice (first on line ${first.headRange.start.line + 1}). Give this item its own number, such as ${numberLabel(free)}.`,
      fixes: [{ title: `Change to ${numberLabel(free)}`, edits: [{ range: item.number.range, newText: formatLike(free, item.number.written) }] }],
      related: [{ range: first.headRange, message: `${key} is first used here` }],
    });
  }
  return out;
});
