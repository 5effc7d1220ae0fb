/** Decisions: `DECISION:`, `RESOLVED`, `AGREED` … and the rest of the line. */
import { matchDecisionKeyword } from '../../constructs';
import { CANONICAL } from '../../markup';
import type { InlineRecogniser, Line } from './inline';
import { continued } from './publishedDecisions';
import { startLetters, W_DECIDE } from './keywords';

export function decision(line: Line): boolean {
  const dk = matchDecisionKeyword(line.body);
  if (!dk) return false;
  const { state, seg, from } = line;
  const t = seg.text;
  const kw = { start: dk.start + from, end: dk.end + from };
  // a decision the page wrapped runs on to the next line (see `continued`): its words and its range
  const read = continued(state, seg, t.slice(kw.end).trim());
  const range = state.r(seg, from, t.length);
  line.item.decisions.push({ text: read.text, range: read.last === seg ? range : { start: range.start, end: state.whole(read.last).end }, keyword: state.located(seg, kw.start, kw.end) });
  const written = t.slice(kw.start, kw.end).trim();
  if (written !== CANONICAL.decision) state.variants.push({ kind: 'decision-keyword', range: state.r(seg, kw.start, kw.end), written });
  return true;
}

// gate: `matchDecisionKeyword` (`decision`, `decided`, `agreed`, `resolved`)
export const DECISION: InlineRecogniser = { name: 'decision', starts: startLetters('dar'), needs: W_DECIDE, run: decision };
