/**
 * An item marked `[exempt]` with no reason, or with a reason that cites none of those the board
 * uses (`minutes.exemptReasons`: by default the paragraphs of Schedule 12A). The public version
 * prints the reason, and the law asks for it: the resolution excluding the press and public must
 * state the paragraph. The fix writes the reason the resolution gives, or one of the reasons set.
 * Only `[exempt]`, the council's term for Schedule 12A: a board's `[confidential]` or `[private]`
 * business may go without a reason (docs/markup.md, Confidential items). Only in our markup.
 */
import { draftsOnly, defineRule, type Finding, type Fix } from './rule';
import { withholding } from '../confidential';
import { citesReason, exclusions } from '../proceedings/exempt';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';
import { EXEMPT_REASONS } from '../settings';

export const exemptWithoutReason = draftsOnly(defineRule('exempt-without-reason', 'warning', 'An item marked [exempt] with no reason, or a reason that cites none of minutes.exemptReasons (by default the paragraphs of Schedule 12A).', (ctx, code) => {
  const m = ctx.meeting;
  if (!writtenInOurMarkup(m, ctx.lines)) return [];
  const reasons = ctx.settings.exemptReasons ?? EXEMPT_REASONS;
  const out: Finding[] = [];
  const given = new Map<number, string>();
  for (const ex of exclusions(m, ctx.lines)) if (ex.reason) for (const at of ex.covers) given.set(at, ex.reason);
  m.items.forEach((item, at) => {
    const w = withholding(item, m);
    if (!w || w.by !== 'title' || !w.marker.canonical) return;
    const keyword = /^\[\s*(\w+)/.exec(item.title)?.[1].toLowerCase() ?? '';
    if (keyword !== 'exempt') return;
    const label = item.number ? `Item ${item.number.written.trim()}` : `The item "${item.title.slice(0, 60)}"`;
    const r = item.titleRange;
    const markEnd = item.title.slice(0, w.marker.end).trimEnd().length;
    if (!w.marker.reason) {
      // before the closing bracket of the mark, on the title's own line
      const close = item.title.lastIndexOf(']', w.marker.end);
      const exact = r && r.start.line === r.end.line && ctx.lines[r.start.line]?.slice(r.start.character, r.end.character) === item.title && close > 0;
      // the paragraph the resolution cites is offered once, as the resolution words it
      const resolution = given.get(at);
      const cited = resolution && sameParagraph(resolution);
      const offer = [...new Set([...(resolution ? [resolution] : []), ...reasons.filter((x) => !cited || sameParagraph(x) !== cited)])].slice(0, 10);
      const fixes: Fix[] = exact ? offer.map((reason, i) => {
        const p = { line: r.start.line, character: r.start.character + close };
        return { title: `Give the reason: ${reason}`, ...(i === 0 && given.has(at) ? { preferred: true } : {}), edits: [{ range: { start: p, end: p }, newText: `: ${reason}` }] };
      }) : [];
      out.push({
        code, range: r ? { start: r.start, end: { line: r.start.line, character: r.start.character + markEnd } } : item.headRange, fixes,
        message: `${label} is marked [exempt] with no reason: the public version says why it was taken in private, and the resolution excluding the press and public must cite the paragraph. Write the reason in the mark (\`[exempt: ${reasons[0] ?? 'the reason'}]\`).`,
      });
    } else if (reasons.length > 0 && !citesReason(w.marker.reason, reasons)) {
      out.push({
        code, range: r ? { start: r.start, end: { line: r.start.line, character: r.start.character + markEnd } } : item.headRange, fixes: [],
        message: `${label} is exempt "${w.marker.reason}", which cites none of the reasons exempt business may be taken in private (${reasons.slice(0, 3).join(', ')}${reasons.length > 3 ? ' …' : ''}). Cite the paragraph (\`[exempt: ${reasons[0]}]\`), or add the board's reasons to the setting minutes.exemptReasons.`,
      });
    }
  });
  return out;
}));

/**
 * A reason as compared with another: `paragraph 3 of Part 1 of Schedule 12A` and `paragraph 3 of
 * Schedule 12A` cite the same paragraph (the Part is implied); `paragraph 3 of the 1960 Act` another.
 */
function sameParagraph(reason: string): string {
  return reason.toLowerCase().replace(/\bof\s+part\s+\w+\s+/g, '').replace(/[\s.]+/g, ' ').trim();
}
