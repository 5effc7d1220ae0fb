/**
 * An item marked `[exempt]` that no resolution excluding the press and public covers: exempt
 * information may be considered in private only after the meeting resolves to exclude the press
 * and public, stating the paragraph (Local Government Act 1972, section 100A(4)). Only `[exempt]`,
 * the council's term: a board's `[confidential]` business needs no such resolution. No fix: the
 * resolution is the clerk's to write, in the item before. Only in our markup (proceedings/exempt.ts).
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { withholding } from '../confidential';
import { exclusions } from '../proceedings/exempt';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';

export const exemptWithoutExclusion = draftsOnly(defineRule('exempt-without-exclusion', 'information', 'An item marked [exempt] that no resolution excluding the press and public covers.', (ctx, code) => {
  const m = ctx.meeting;
  if (!writtenInOurMarkup(m, ctx.lines)) return [];
  const covered = new Set(exclusions(m, ctx.lines).flatMap((e) => e.covers));
  const out: Finding[] = [];
  m.items.forEach((item, at) => {
    const w = withholding(item, m);
    if (!w || w.by !== 'title' || !w.marker.canonical || covered.has(at) || !/^\[\s*exempt\b/i.test(item.title)) return;
    const label = item.number ? `Item ${item.number.written.trim()}` : `The item "${item.title.slice(0, 60)}"`;
    const r = item.titleRange;
    const markEnd = item.title.slice(0, w.marker.end).trimEnd().length;
    out.push({
      code, fixes: [],
      range: r ? { start: r.start, end: { line: r.start.line, character: r.start.character + markEnd } } : item.headRange,
      message: `${label} is exempt, but no resolution excluding the press and public is recorded before it. Record it in the item before (\`RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in ${w.marker.reason ?? 'paragraph 3 of Schedule 12A'}.\`).`,
    });
  });
  return out;
}));
