/**
 * A recorded vote that does not add up: more votes than members present and eligible for the
 * item, a count that disagrees with the names listed under it, or a result the counts contradict
 * (`Carried` with more against than for, and no casting vote; `Lost` with more for).
 */
import { draftsOnly, defineRule, type Finding, type Fix } from './rule';
import { eligibleListAt, roomFor } from '../proceedings/room';
import { tally, type Motion } from '../proceedings/vote';

/** The counts written again from the named lists (`For 6, Against 3, Abstain 1`), when every list the counts speak of is named. */
function fromNames(m: Motion): string | undefined {
  const v = m.vote;
  if (!v.ayes && !v.nays && !v.abstainers) return undefined;
  const f = v.ayes?.length ?? v.for;
  const a = v.nays?.length ?? v.against;
  const ab = v.abstainers?.length ?? v.abstain;
  return [f !== undefined ? `For ${f}` : '', a !== undefined ? `Against ${a}` : '', ab !== undefined ? `Abstain ${ab}` : ''].filter((s) => s !== '').join(', ');
}

export const voteCount = draftsOnly(defineRule('vote-count', 'warning', 'A vote that does not add up: more votes than eligible members, counts that disagree with the names, or a result the counts contradict.', (ctx, code) => {
  const m = ctx.meeting;
  if (!m.items.some((i) => i.motions)) return [];
  const room = roomFor(m, ctx.settings);
  const out: Finding[] = [];
  m.items.forEach((item, at) => {
    for (const motion of item.motions ?? []) {
      const v = motion.vote;
      const where = v.countsRange ?? motion.result?.range ?? motion.range;
      const t = tally(v);
      // the names against the counts
      const pairs: Array<[string, number | undefined, number | undefined]> = [['For', v.for, v.ayes?.length], ['Against', v.against, v.nays?.length], ['Abstain', v.abstain, v.abstainers?.length]];
      const differ = pairs.filter(([, c, n]) => c !== undefined && n !== undefined && c !== n);
      if (differ.length > 0 && v.countsRange) {
        const text = fromNames(motion);
        const fixes: Fix[] = text ? [{ title: `Write the counts from the names: ${text}`, edits: [{ range: v.countsRange, newText: text }] }] : [];
        out.push({ code, range: v.countsRange, fixes, message: `The counts disagree with the names: ${differ.map(([w, c, n]) => `${w} ${c} but ${n} named`).join('; ')}. Correct the counts or the names.` });
      }
      if (t) {
        const total = t.for + t.against + t.abstain;
        // those who could vote when it was taken: who left after the vote still counted
        const eligible = eligibleListAt(m, room, at, where.start.line, ctx.settings.bodies).length;
        const listed = m.people.some((b) => b.kind === 'present' && b.people.length > 0);
        if (listed && total > eligible) out.push({ code, range: where, fixes: [], message: `The vote records ${total} votes, but only ${eligible} ${eligible === 1 ? 'member was' : 'members were'} present and eligible to vote on this item. Check the counts, and record any arrival before the vote.` });
        const r = motion.result?.value;
        const casting = v.castingVote !== undefined;
        if (r === 'carried' && (t.for < t.against || (t.for === t.against && !casting))) out.push({ code, range: motion.result!.range, fixes: [], message: `The motion is recorded as carried, but the vote was ${t.for} for and ${t.against} against${t.for === t.against ? ' with no casting vote recorded (`Casting vote: …`)' : ''}. Check the result or the counts.` });
        if (r === 'lost' && t.for > t.against) out.push({ code, range: motion.result!.range, fixes: [], message: `The motion is recorded as lost, but the vote was ${t.for} for and ${t.against} against. Check the result or the counts.` });
        if (v.unanimous && t.against > 0) out.push({ code, range: where, fixes: [], message: `The vote is recorded as unanimous, but ${t.against} voted against. Check the counts or remove "unanimous".` });
      }
    }
  });
  return out;
}));
