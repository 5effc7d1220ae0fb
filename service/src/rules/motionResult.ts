/**
 * A motion whose outcome the minutes do not record (no `Result:` line and no decision after it):
 * the result of a motion is the item's decision, and without it nothing was decided on the record.
 * Also a decision that restates a motion recorded as lost or withdrawn. The fix writes the result
 * the counts give (`Result: Carried` for 5 to 2), or offers each result when they do not decide.
 */
import { draftsOnly, defineRule, type Finding, type Fix } from './rule';
import { motionDecisions, outcomeOfCounts } from '../proceedings/motionDecision';

const WORD = { carried: 'Carried', lost: 'Lost', withdrawn: 'Withdrawn' } as const;
const norm = (s: string): string => s.toLowerCase().replace(/^\s*(?:resolved|decision|motion)?\s*[:,-]?\s*(?:that\s+)?/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const motionResult = draftsOnly(defineRule('motion-result', 'warning', 'A motion or amendment whose result is not recorded (no Result: line and no decision after it), or a decision restating a motion recorded as lost or withdrawn.', (ctx, code) => {
  const out: Finding[] = [];
  for (const item of ctx.meeting.items) {
    for (const md of motionDecisions(item)) {
      const { motion } = md;
      const what = motion.kind === 'amendment' ? 'amendment' : 'motion';
      if (md.outcome === undefined) {
        const line = ctx.lines[md.lastLine] ?? '';
        const at = { line: md.lastLine, character: line.length };
        const counted = outcomeOfCounts(motion);
        const offer = counted ? [counted] : (['carried', 'lost', 'withdrawn'] as const);
        const fixes: Fix[] = offer.map((r) => ({ title: `Record the result: Result: ${WORD[r]}`, ...(counted ? { preferred: true } : {}), edits: [{ range: { start: at, end: at }, newText: `\nResult: ${WORD[r]}` }] }));
        out.push({
          code, range: motion.range, fixes,
          message: `The ${what} has no result: the minutes do not say whether it was carried, lost or withdrawn, so no decision is recorded. Write \`Result: Carried\` (or \`Lost\`, \`Withdrawn\`) after its vote${counted ? `; the vote gives ${WORD[counted]}` : ''}.`,
        });
      } else if ((md.outcome === 'lost' || md.outcome === 'withdrawn') && md.decision && motion.text.trim() !== '') {
        const a = norm(motion.text);
        const b = norm(md.decision.text);
        if (a.length >= 12 && (b.includes(a) || (b.length >= 12 && a.includes(b)))) {
          out.push({
            code, range: md.decision.range, fixes: [],
            related: motion.result ? [{ range: motion.result.range, message: 'The result' }] : [],
            message: `This decision restates the ${what}, but the ${what} is recorded as ${md.outcome}. Check the result, or the decision.`,
          });
        }
      }
    }
  }
  return out;
}));
