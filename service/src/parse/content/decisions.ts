/** Decisions: `DECISION:`, `RESOLVED`, `AGREED` … and the rest of the line. */
import { matchDecisionKeyword } from '../../constructs';
import { CANONICAL } from '../../markup';
import type { InlineRecogniser, Line } from './inline';
import { continued, indexOf, pushResolution } from './publishedDecisions';
import { matchDecision } from '../../forms';
import { startLetters, W_DECIDE } from './keywords';

export function decision(line: Line): boolean {
  const dk = matchDecisionKeyword(line.body);
  if (!dk) return false;
  const { state, seg, from } = line;
  const t = seg.text;
  const kw = { start: dk.start + from, end: dk.end + from };
  // a decision the page wrapped runs on to the next line (see `continued`): its words and its range
  const read = continued(state, seg, t.slice(kw.end).trim());
  // `Decision:` alone over `RESOLVED: …`: the page's label over the decision, not a decision of its own
  if (read.text.length === 0 && read.last === seg && resolutionBelow(line)) return true;
  const range = state.r(seg, from, t.length);
  // (said under the page's `Decision:` label and again in the minute, or put as a motion just before: one decision)
  pushResolution(line.item.decisions, { text: read.text, range: read.last === seg ? range : { start: range.start, end: state.whole(read.last).end }, keyword: state.located(seg, kw.start, kw.end) });
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
