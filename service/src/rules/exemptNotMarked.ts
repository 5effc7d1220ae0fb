/**
 * An item the press and public were excluded for that is not marked exempt: the public version
 * would print it, the very text the resolution kept from the public. The fix writes the mark after
 * the minute number, with the reason the resolution gives. Only in our markup (proceedings/exempt.ts).
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { withholding } from '../confidential';
import { exclusions } from '../proceedings/exempt';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';

export const exemptNotMarked = draftsOnly(defineRule('exempt-not-marked', 'warning', 'An item the press and public were excluded for that is not marked [exempt]: the public version would print it.', (ctx, code) => {
  const m = ctx.meeting;
  if (!writtenInOurMarkup(m, ctx.lines)) return [];
  const out: Finding[] = [];
  for (const ex of exclusions(m, ctx.lines)) {
    const resolution = m.items[ex.index].number?.written.trim();
    for (const at of ex.covers) {
      const item = m.items[at];
      if (withholding(item, m)) continue;
      const mark = ex.reason ? `[exempt: ${ex.reason}]` : '[exempt]';
      const r = item.titleRange;
      const label = item.number ? `Item ${item.number.written.trim()}` : `The item "${item.title.slice(0, 60)}"`;
      out.push({
        code, range: r ?? item.headRange,
        related: [{ range: ex.range, message: 'The resolution excluding the press and public' }],
        fixes: r ? [{ title: `Mark the item ${mark}`, preferred: true, edits: [{ range: { start: r.start, end: r.start }, newText: `${mark} ` }] }] : [],
        message: `${label} is not marked exempt, but the press and public were excluded for it${resolution ? ` (${resolution})` : ''}: the public version of the minutes would print it. Write ${mark} right after its minute number; if the item was taken in public, correct the resolution.`,
      });
    }
  }
  return out;
}));
