import { defineRule } from './rule';
import { rewriteNumber, numberLabel } from '../numbers';
import { nextFreeNumber } from '../numbering';
import type { Item } from '../model';
import type { ItemLocation } from '../workspace';
import { displayDate } from '../dates';
import { fileName } from '../succession';

export const duplicateNumber = defineRule('duplicate-number', 'error', 'Two items carry the same minute number, in one meeting or in two.', (ctx, code) => {
  const seen = new Map<string, Item>();
  const out = [];
  const items = ctx.meeting.items;
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (!item.number) continue;
    const key = numberLabel(item.number);
    const first = seen.get(key);
    if (!first) { seen.set(key, item); continue; }
    const free = nextFreeNumber(ctx.doc, index, ctx.today);
    out.push({
      code, range: item.number.range,
      message: `Minute ${key} is used twice (first on line ${first.headRange.start.line + 1}). Give this item its own number, such as ${numberLabel(free)}.`,
      fixes: [{ title: `Change to ${numberLabel(free)}`, edits: [{ range: item.number.range, newText: rewriteNumber(item.number, free) }] }],
      related: [{ range: first.headRange, message: `${key} is first used here` }],
    });
  }
  return out;
}, (ctx, code) => {
  // across meetings: the earlier meeting keeps the number, the later one is told
  const out = [];
  const here = ctx.record;
  // the other meeting's item found once per number: 20,000 items of one number read the list once, not 20,000 times
  const earlier = new Map<string, ItemLocation | undefined>();
  for (const item of here.meeting.items) {
    if (!item.number) continue;
    const key = numberLabel(item.number);
    if (!earlier.has(key)) earlier.set(key, (ctx.model.items.get(key) ?? []).find((o) => o.uri !== here.uri && (!here.date || !o.meetingDate || o.meetingDate <= here.date)));
    const other = earlier.get(key);
    if (!other) continue;
    out.push({
      code, range: item.number.range,
      message: `Minute ${key} is already used by the meeting of ${other.meetingDate ? `${displayDate(other.meetingDate, ctx.settings.dateOrder)} (${fileName(other.uri)})` : fileName(other.uri)}, item "${other.item.title}". Each minute number is used once a year: renumber this meeting's items.`,
      fixes: [],
    });
  }
  return out;
});
