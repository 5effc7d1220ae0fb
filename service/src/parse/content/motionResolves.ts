/**
 * A motion's operative part, as a students' union, a society or a council writes the NUS-style
 * motion (`**Student Council notes** / **believes** / **resolves**`, each over numbered paragraphs,
 * often quoted), its vote line below (`… — **motion passes.**`). The `resolves` heading and its
 * paragraphs are ONE decision, its text the first paragraph's words, and only when the vote line
 * says the motion passed: a motion that falls decides nothing, and `notes` and `believes` are the
 * proposer's preamble. The vote line is looked for below, up to the next heading.
 */
import { isResolvesHeading, motionFate, motionParagraphAt } from '../../forms/motions';
import type { InlineRecogniser, Line } from './inline';
import { W_DECIDE } from './keywords';

/** How far below its heading a motion's paragraphs and its vote line are looked for. */
const REACH = 60;

export function motionResolves(line: Line): boolean {
  const { state, seg, body, item } = line;
  if (!isResolvesHeading(body)) return false;
  let first: { line: number; at: number } | undefined;
  let fate: 'carried' | 'lost' | undefined;
  for (let l = seg.line + 1; l < state.lines.length && l <= seg.line + REACH; l++) {
    const t = state.lines[l];
    if (t.charCodeAt(0) === 35) break; // the next heading: the next motion's
    if (first === undefined) {
      const at = motionParagraphAt(t);
      if (at >= 0) { first = { line: l, at }; continue; }
    }
    fate = motionFate(t);
    if (fate) break;
  }
  if (!first || fate !== 'carried') return false;
  const text = state.lines[first.line].slice(first.at).trim();
  const word = body.indexOf('esolves') - 1;
  const keyword = state.located(seg, line.from + word, line.from + word + 'resolves'.length);
  const range = { start: { line: first.line, character: first.at }, end: { line: first.line, character: state.lines[first.line].length } };
  item.decisions.push({ text, range, keyword, inSentence: true as const });
  return true;
}

export const MOTION_RESOLVES: InlineRecogniser = { name: 'motion-resolves', needs: W_DECIDE, run: motionResolves };
