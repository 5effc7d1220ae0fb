/** Decisions: `DECISION:`, `RESOLVED`, `AGREED` … and the rest of the line, to the sentence's end when the record of its vote follows (`nextSentence`). */
import { matchDecisionKeyword } from '../../constructs';
import { CANONICAL } from '../../markup';
import type { InlineRecogniser, Line } from './inline';
import { continued, indexOf, nextSentence, pushResolution } from './publishedDecisions';
import type { Decision } from '../../model';
import { matchDecision } from '../../forms';
import { startLetters, W_DECIDE } from './keywords';
import { withoutCodeMarks } from '../../text';

export function decision(line: Line): boolean {
  const dk = matchDecisionKeyword(line.body);
  if (!dk) return false;
  const { state, seg, from } = line;
  const t = seg.text;
  const kw = { start: dk.start + from, end: dk.end + from };
  // a decision the page wrapped runs on to the next line (see `continued`): its words and its range
  const first = t.slice(kw.end).trim();
  const read = continued(state, seg, first);
  // `Decision:` alone over `RESOLVED: …`: the page's label over the decision, not a decision of its own
  if (read.text.length === 0 && read.last === seg && resolutionBelow(line)) return true;
  const whole = state.r(seg, from, t.length);
  let range = read.last === seg ? whole : { start: whole.start, end: state.whole(read.last).end };
  // the words stop at the sentence's end, the vote after it kept as data (as a published decision's: an imported one reads the same)
  const after = read.parts || first.length === 0 ? undefined : nextSentence(state, seg, from, dk.end, read, first.length);
  if (after?.end) range = { start: range.start, end: after.end };
  // (a Markdown code span's marks left out: the clerk's words, as a published decision's)
  const d: Decision = { text: withoutCodeMarks(after ? after.text : read.text), range, keyword: state.located(seg, kw.start, kw.end), ...(after?.vote ? { vote: after.vote } : {}), ...(after ? { asWritten: true } : {}), ...(read.parts ? { parts: read.parts } : {}) };
  // (said under the page's `Decision:` label and again in the minute, or put as a motion just before: one decision)
  pushResolution(line.item.decisions, d);
  const written = t.slice(kw.start, kw.end).trim();
  if (written !== CANONICAL.decision) state.variants.push({ kind: 'decision-keyword', range: state.r(seg, kw.start, kw.end), written });
  return true;
}

/** Whether the next line of the item (blank lines skipped) records a decision itself. */
function resolutionBelow(line: Line): boolean {
  const { state, seg } = line;
  const k = indexOf(state, seg);
  const n = k < 0 ? -1 : state.nextNonBlank(k);
  const next = n >= 0 ? state.segs[n] : undefined;
  if (!next || state.layout.heads?.has(next.line)) return false;
  const d = matchDecision(next.text);
  return d !== undefined && !d.proposal && d.keyword.start === 0;
}

// gate: `matchDecisionKeyword` (`decision`, `decided`, `agreed`, `resolved`)
export const DECISION: InlineRecogniser = { name: 'decision', starts: startLetters('dar'), needs: W_DECIDE, run: decision };
