/**
 * A motion and the decision it makes: the result of a motion is the item's decision. A motion is
 * linked to the decision written after it (`RESOLVED …`, `DECISION: …`) before the next motion;
 * its outcome is its `Result:` line, or carried when only a decision records it. The Actions
 * view's decisions with their votes, the decision notice and the checks ask here, so that the
 * link is made in one place. Derived from the parsed item; pure.
 */
import type { Decision, Item } from '../model';
import type { Motion, MotionResult } from './vote';

export interface MotionDecision {
  readonly motion: Motion;
  /** The decision written after the motion, before the next one. */
  readonly decision?: Decision;
  /** The outcome: the `Result:` line, or `carried` when a decision records it; undefined when nothing does. */
  readonly outcome?: MotionResult;
  /** The motion's last line (its `Result:`, `Vote:`, names, `Seconded:` …), where a missing line goes after. */
  readonly lastLine: number;
}

/** The last line a motion's parts are written on. */
export function motionEnd(m: Motion): number {
  const v = m.vote;
  const lines = [m.range.start.line, m.mover?.range.end.line, m.seconder?.range.end.line, v.countsRange?.end.line, v.castingVote?.range.end.line, m.result?.range.end.line,
    ...[...(v.ayes ?? []), ...(v.nays ?? []), ...(v.abstainers ?? [])].map((x) => x.range.end.line)];
  return Math.max(...lines.filter((l): l is number => l !== undefined));
}

/** Each motion of the item with the decision it made (in the order written). */
export function motionDecisions(item: Item): MotionDecision[] {
  const motions = item.motions ?? [];
  return motions.map((motion, i) => {
    const from = motion.range.start.line;
    const until = i + 1 < motions.length ? motions[i + 1].range.start.line : Infinity;
    const decision = item.decisions.find((d) => d.range.start.line > from && d.range.start.line < until);
    const outcome = motion.result?.value ?? (decision ? 'carried' : undefined);
    return { motion, ...(decision ? { decision } : {}), ...(outcome ? { outcome } : {}), lastLine: motionEnd(motion) };
  });
}

/** The outcome the counts give: carried with more for than against (or unanimous, or without a vote), lost with more against. */
export function outcomeOfCounts(m: Motion): MotionResult | undefined {
  const v = m.vote;
  if (v.withoutVote || (v.unanimous && !v.against)) return 'carried';
  const f = v.for ?? v.ayes?.length;
  const a = v.against ?? v.nays?.length;
  if (f === undefined || a === undefined || f === a) return undefined;
  return f > a ? 'carried' : 'lost';
}
