/**
 * A casting vote that could not have been given: the votes were not equal (the chair has a
 * second, casting vote only on a tie), or it is recorded for someone other than the person who
 * chaired the meeting (`Chair:`, or the member listed `(Chair)`). A tie with no casting vote and
 * `Carried` is `vote-count`'s.
 */
import { draftsOnly, defineRule, type Finding } from './rule';
import { keyOf } from '../proceedings/room';
import { tally } from '../proceedings/vote';
import { nameAsListed } from '../people';

export const castingVote = draftsOnly(defineRule('casting-vote', 'warning', 'A casting vote recorded when the votes were not equal, or given by someone other than the chair.', (ctx, code) => {
  const m = ctx.meeting;
  const out: Finding[] = [];
  const bodies = ctx.settings.bodies;
  // who chaired: the `Chair:` field, else the one member listed as (Chair)
  const listedChair = m.people.flatMap((b) => (b.kind === 'present' ? b.people : [])).filter((p) => /^(?:the[ \t]+)?chair(?:man|woman|person)?$/i.test((p.role ?? '').trim()));
  const chairName = m.chair?.value.trim() || (listedChair.length === 1 ? nameAsListed(listedChair[0]) : undefined);
  for (const item of m.items) {
    for (const motion of item.motions ?? []) {
      const cv = motion.vote.castingVote;
      if (!cv) continue;
      const t = tally(motion.vote);
      if (t && t.for !== t.against) {
        out.push({ code, range: cv.range, fixes: [], message: `A casting vote is recorded, but the vote was ${t.for} for and ${t.against} against: the chair gives a casting vote only when the votes are equal. Check the counts, or remove the casting vote.` });
      } else if (chairName && /\p{L}/u.test(chairName) && keyOf(m, cv.text, bodies).key !== keyOf(m, chairName, bodies).key) {
        out.push({ code, range: cv.range, fixes: [], message: `${cv.text} is recorded giving the casting vote, but ${chairName} chaired the meeting: only the chair has a casting vote. Check the name.` });
      }
    }
  }
  return out;
}));
