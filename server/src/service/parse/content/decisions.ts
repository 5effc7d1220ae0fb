/** Decisions: `DECISION:`, `RESOLVED`, `AGREED` … and the rest of the line. */
import { matchDecisionKeyword } from '../../constructs';
import { CANONICAL } from '../../markup';
import type { InlineRecogniser, Line } from './inline';

export function decision(line: Line): boolean {
  const dk = matchDecisionKeyword(line.body);
  if (!dk) return false;
  const { state, seg, from } = line;
  const t = seg.text;
  const kw = { start: dk.start + from, end: dk.end + from };
  line.item.decisions.push({ text: t.slice(kw.end).trim(), range: state.r(seg, from, t.length), keyword: state.located(seg, kw.start, kw.end) });
  const written = t.slice(kw.start, kw.end).trim();
  if (written !== CANONICAL.decision) state.variants.push({ kind: 'decision-keyword', range: state.r(seg, kw.start, kw.end), written });
  return true;
}

export const DECISION: InlineRecogniser = { name: 'decision', run: decision };
