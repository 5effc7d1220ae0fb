/**
 * The meeting inquorate for an item it decided: fewer members present and eligible than the quorum
 * (`minutes.quorum`, a number or a fraction of the membership), departures and withdrawals counted.
 * Reported on each item that records a decision or a motion, where a challenge would bite; the
 * lists' own shortfall at the start is the `quorum` rule's.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { eligibleListAt, quorumOf, roomFor } from '../proceedings/room';

export const inquorateItem = draftsOnly(defineRule('inquorate-item', 'warning', 'The meeting was inquorate for an item that records a decision or motion (minutes.quorum; departures and withdrawals counted).', (ctx, code) => {
  const m = ctx.meeting;
  if (!ctx.settings.quorum || !m.people.some((b) => b.kind === 'present' && b.people.length > 0)) return [];
  const room = roomFor(m, ctx.settings);
  const q = quorumOf(ctx.settings.quorum, room.membership);
  if (q === 0) return [];
  const out: Finding[] = [];
  room.items.forEach((ir, at) => {
    const item = ir.item;
    // counted where the item decides: its first motion or decision
    const lines = [...(item.motions ?? []).map((x) => x.range.start.line), ...item.decisions.map((d) => d.range.start.line)];
    if (lines.length === 0) return;
    const n = eligibleListAt(m, room, at, Math.min(...lines), ctx.settings.bodies).length;
    if (n >= q) return;
    const label = item.number ? `item ${item.number.written.trim()}` : 'this item';
    out.push({ code, range: item.titleRange ?? item.headRange, fixes: [], message: `Only ${n} ${n === 1 ? 'member was' : 'members were'} present and eligible for ${label}, fewer than the quorum of ${q}: its decision may be challenged. Check the arrivals, departures and withdrawals, or record that the meeting was not quorate.` });
  });
  return out;
}));
