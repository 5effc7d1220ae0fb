/**
 * "The Board reviewed the action log and agreed to close actions 089 and 093": the board's decision
 * as the second verb of its sentence (`forms/bodyAgreed.ts`), its words read to the end of the
 * sentence over the lines the page wrapped. The line is published as written (`inSentence`).
 */
import { matchBodyAgreed } from '../../forms/bodyAgreed';
import type { InlineRecogniser, Line } from './inline';
import { paragraphRange, readForward, segIndex } from './paragraphs';
import { W_AGREED } from './keywords';

export function bodyAgreed(line: Line): boolean {
  const { state, seg, from, body } = line;
  if (!/\band[ \t]/.test(body) || !/agreed|resolved|decided/.test(body)) return false;
  const d = matchBodyAgreed(body);
  if (!d) return false;
  // the one sentence: a decision already read on this line (`The Board resolved to …`) is the same
  if (line.item.decisions.some((x) => x.range.start.line === seg.line)) return false;
  const i = segIndex(state, seg);
  if (i < 0) return false;
  const p = readForward(state, i, from);
  const rest = p.text.slice(d.textStart);
  const end = /[.!?](?=\s|$)/.exec(rest);
  const te = d.textStart + (end ? end.index : rest.trimEnd().length);
  line.item.decisions.push({
    text: p.text.slice(d.textStart, te), range: paragraphRange(state, p, d.keyword.start, te),
    keyword: state.located(seg, from + d.keyword.start, from + d.keyword.end), inSentence: true,
  });
  return false;
}

export const BODY_AGREED: InlineRecogniser = { name: 'body-agreed', needs: W_AGREED, run: bodyAgreed };
