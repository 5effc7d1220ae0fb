import { draftsOnly, defineRule } from './rule';
import { formatNumber, numberLabel } from '../numbers';
import { nextFreeNumber } from '../numbering';

export const unnumberedItem = draftsOnly(defineRule('unnumbered-item', 'warning', 'An item with no minute number: a line starting "Item", or a heading line followed by discussion.', (ctx, code) =>
  ctx.meeting.items.flatMap((item, index) => {
    // a file whose items are headings without numbers (scheme `none`) numbers none of them
    if (item.number || ctx.doc.scheme === 'none') return [];
    const n = nextFreeNumber(ctx.doc, index, ctx.today);
    const label = numberLabel(n);
    return [{
      code, range: item.headRange,
      message: `This item has no minute number. Start the line with the next number, ${label}.`,
      fixes: [{ title: `Insert minute number ${label}`, preferred: true, edits: [{ range: { start: item.headRange.start, end: item.headRange.start }, newText: `${formatNumber(n)} ` }] }],
    }];
  })));
