/**
 * An item the press and public were excluded for that is not marked exempt: the public version leaves it out
 * all the same (exclusion.ts: withholding fails safe), but the minutes do not say why, nor the reason the law asks. The fix writes the mark after
 * the minute number, with the reason the resolution gives. Only in our markup (proceedings/exempt.ts).
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { withholding } from '../confidential';
import { exclusions } from '../proceedings/exempt';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';

export const exemptNotMarked = draftsOnly(defineRule('exempt-not-marked', 'warning', 'An item the press and public were excluded for that is not marked [exempt]: the public version leaves it out without saying why.', (ctx, code) => {
  const m = ctx.meeting;
  if (!writtenInOurMarkup(m, ctx.lines)) return [];
  const out: Finding[] = [];
  for (const ex of exclusions(m, ctx.lines)) {
    const resolution = m.items[ex.index].number?.written.trim();
    for (const at of ex.covers) {
      const item = m.items[at];
      // (withheld for the resolution alone, the item is left out all the same: the minutes should mark it, with the reason)
      const w = withholding(item, m);
      if (w && w.by !== 'exclusion') continue;
      const mark = ex.reason ? `[exempt: ${ex.reason}]` : '[exempt]';
      const r = item.titleRange;
      const label = item.number ? `Item ${item.number.written.trim()}` : `The item "${item.title.slice(0, 60)}"`;
      out.push({
        code, range: r ?? item.headRange,
        related: [{ range: ex.range, message: 'The resolution excluding the press and public' }],
        fixes: r ? [{ title: `Mark the item ${mark}`, preferred: true, edits: [{ range: { start: r.start, end: r.start }, newText: `${mark} ` }] }] : [],
        message: `${label} is not marked exempt, but the press and public were excluded for it${resolution ? ` (${resolution})` : ''}: the public version leaves it out, but the minutes do not say why. Write ${mark} right after its minute number; if the item was taken in public, correct the resolution.`,
      });
    }
  }
  return out;
}));
