/**
 * A mover, seconder or named voter who was not present and eligible for the item: absent (in
 * Apologies, or never recorded arriving), gone (left the meeting), withdrawn for the item, or not a
 * voting member (In attendance, an observer). An interest that barred them is `interest-participation`'s.
 */
import { draftsOnly, defineRule, type Finding, type Fix } from './rule';
import { resolveMention } from '../attendance';
import { eligibleAt, roomFor } from '../proceedings/room';
import { participants } from '../proceedings/vote';
import { BLOCK_LABELS } from '../markup';

export const voterNotPresent = draftsOnly(defineRule('voter-not-present', 'warning', 'A mover, seconder or named voter who was not present and eligible for that item (absent, left, withdrawn, or not a voting member).', (ctx, code) => {
  const m = ctx.meeting;
  if (!m.items.some((i) => i.motions)) return [];
  const room = roomFor(m, ctx.settings);
  const out: Finding[] = [];
  m.items.forEach((item, at) => {
    for (const motion of item.motions ?? []) {
      for (const { who, did } of participants(motion)) {
        const e = eligibleAt(m, room, at, who.text, who.range.start.line, ctx.settings.bodies);
        if (e.eligible || e.why === 'barred') continue;
        const r = resolveMention(who.text, m, ctx.settings.bodies);
        const listed = r.kind === 'person' ? r.person : undefined;
        const why = e.why === 'left' ? 'had left the meeting'
          : e.why === 'withdrawn' ? 'had withdrawn for this item'
            : e.why === 'not-voting' ? (listed && listed.block !== 'present' ? `is listed under ${BLOCK_LABELS[listed.block]} and may not vote`
              : e.attendee?.remote ? 'attended remotely, and only members in the room may vote (minutes.remoteMayVote)' : 'is an observer and may not vote')
              : listed && (listed.block === 'apologies' || listed.block === 'absent') ? `is listed under ${BLOCK_LABELS[listed.block]}`
                : listed ? 'was not in the room for this item' : 'is not in the lists of this meeting';
        const fixes: Fix[] = [];
        if (r.kind === 'unknown' && r.suggestion) fixes.push({ title: `Change to ${r.suggestion.written}`, edits: [{ range: who.range, newText: r.suggestion.written }], preferred: true });
        out.push({
          code, range: who.range, fixes,
          message: `${who.text} ${did}, but ${why}. Check the name; if they were there, record it before this line (\`${who.text} joined the meeting at …\`, or \`returned to the meeting\`).`,
        });
      }
    }
  });
  return out;
}));
