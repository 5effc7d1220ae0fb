import { draftsOnly, defineRule, type Finding } from './rule';
import { formatNumber, numberLabel } from '../numbers';
import { nextFreeNumber } from '../numbering';

export const unnumberedItem = draftsOnly(defineRule('unnumbered-item', 'warning', 'An item with no minute number: a line starting "Item", or a heading line followed by discussion.', (ctx, code) => {
  const out: Finding[] = [];
  // a file whose items are headings without numbers (scheme `none`) numbers none of them
  if (ctx.doc.scheme === 'none') return out;
  const items = ctx.meeting.items;
  // a loop, not flatMap: most items have their number, and flatMap costs a runtime call for each
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (item.number) continue;
    const n = nextFreeNumber(ctx.doc, index, ctx.today);
    const label = numberLabel(n);
    out.push({
      code, range: item.headRange,
      message: `This item has no minute number. Start the line with the next number, ${label}.`,
      fixes: [{ title: `Insert minute number ${label}`, preferred: true, edits: [{ range: { start: item.headRange.start, end: item.headRange.start }, newText: `${formatNumber(n)} ` }] }],
    });
  }
  return out;
}));
