/**
 * Business recorded when the meeting was not sitting: an arrival, a departure, a motion or a vote
 * written after "The meeting closed at …", or a motion or a vote written between an adjournment
 * and its reconvening in the same item. A coming or going during an adjournment is no fault: it
 * is how the minutes say the room changed while the meeting stood adjourned. Only in our markup,
 * on drafts; no fix (whether the line or the close is misplaced is the clerk's to say).
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import type { Range } from '../types';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';
import { sittingsOf } from '../proceedings/sittings';

export const recordedAfterClose = draftsOnly(defineRule('recorded-after-close', 'warning', 'An arrival, departure, motion or vote recorded after the meeting closed, or a motion or vote during an adjournment.', (ctx, code) => {
  if (!writtenInOurMarkup(ctx.meeting, ctx.lines)) return [];
  const { pauses, closeLine } = sittingsOf(ctx.meeting);
  const closed = closeLine !== undefined ? (ctx.lines[closeLine] ?? '').trim() : '';
  const out: Finding[] = [];
  const afterClose = (line: number): boolean => closeLine !== undefined && line > closeLine;
  ctx.meeting.items.forEach((item, index) => {
    for (const a of item.arrivals) {
      if (!afterClose(a.name.range.start.line)) continue;
      const what = a.kind === 'joined' ? 'joined the meeting' : 'left';
      out.push({ code, range: a.range ?? a.name.range, fixes: [], message: `${a.name.text} ${what} after the meeting closed ("${closed}"). Move the line above the close, or, if the meeting went on, move the close below it.` });
    }
    // adjourned and reconvened in this item: the lines between them
    const gaps = pauses.filter((p) => p.index === index && p.reconvened && p.reconvened !== p.adjournment).map((p) => ({ from: p.adjournment.range.end.line, to: p.reconvened!.range.start.line, p }));
    for (const m of item.motions ?? []) {
      const at: Range[] = [m.range, m.mover?.range, m.seconder?.range, m.vote.countsRange, m.result?.range].filter((r): r is Range => r !== undefined);
      const late = at.find((r) => afterClose(r.start.line));
      const what = m.kind === 'amendment' ? 'This amendment' : 'This motion';
      if (late) {
        out.push({ code, range: late, fixes: [], message: `${what} is recorded after the meeting closed ("${closed}"): no business is done once the meeting has closed. Move it above the close, or, if the meeting went on, move the close below it.` });
        continue;
      }
      const gap = gaps.find((g) => at.some((r) => r.start.line > g.from && r.start.line < g.to));
      if (!gap) continue;
      const r = at.find((x) => x.start.line > gap.from && x.start.line < gap.to)!;
      const adj = gap.p.adjournment.adjourned?.time;
      const rec = gap.p.reconvened?.reconvened?.time;
      out.push({ code, range: r, fixes: [], message: `${what} is recorded while the meeting stood adjourned${adj ? ` (from ${adj}${rec ? ` to ${rec}` : ''})` : ''}: no business is done during an adjournment. Move it after "The meeting reconvened …", or correct the times.` });
    }
  });
  return out;
}));
