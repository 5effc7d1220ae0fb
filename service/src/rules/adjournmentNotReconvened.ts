/**
 * An adjournment the minutes never end: "The meeting adjourned at 20:10." and then the next item,
 * or the close, with no "The meeting reconvened at …". Who was in the room when it resumed, and
 * so who could vote after it, is then unknown. An adjournment nothing follows is how some boards
 * write the close, and is no fault. The fix writes the reconvening with the same members present
 * (the default the room assumes) on the line after; the time is the clerk's to add. Only in our
 * markup, on drafts.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';
import { sittingsOf } from '../proceedings/sittings';

export const adjournmentNotReconvened = draftsOnly(defineRule('adjournment-not-reconvened', 'warning', 'An adjournment with no reconvening before the next item or the close.', (ctx, code) => {
  if (!writtenInOurMarkup(ctx.meeting, ctx.lines)) return [];
  const out: Finding[] = [];
  for (const p of sittingsOf(ctx.meeting).pauses) {
    if (p.reconvened || !p.unresolvedBy) continue;
    const a = p.adjournment;
    const when = a.adjourned?.time ? ` at ${a.adjourned.time}` : '';
    const next = 'item' in p.unresolvedBy ? ctx.meeting.items[p.unresolvedBy.item]?.number?.written.trim() : undefined;
    const before = 'close' in p.unresolvedBy ? 'before it closed' : next ? `before item ${next}` : 'before the next item';
    const line = a.range.end.line;
    const end = { line, character: (ctx.lines[line] ?? '').length };
    out.push({
      code, range: a.range,
      fixes: [{ title: 'Say the meeting reconvened with the same members present', edits: [{ range: { start: end, end }, newText: '\nThe meeting reconvened with the same members present.' }] }],
      message: `The meeting adjourned${when}, but the minutes do not say that it reconvened ${before}. Write when it did and who was there (\`The meeting reconvened at 20:25 with the same members present.\`), or, if the meeting ended there, \`The meeting closed${when}.\``,
    });
  }
  return out;
}));
