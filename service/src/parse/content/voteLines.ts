/**
 * A vote recorded on the line after its decision (`The board APPROVED the revised budget.` then
 * `Vote: 7 for, 0 against, 1 abstention (DA).`, `(4 for, 0 against)`, `Carried unanimously.`):
 * kept as data on that decision (`vote`), as a vote written on the decision's own line is. The
 * line stays the paragraph it is (published as written): only the data is added.
 */
import { matchVote } from '../../forms';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, voteRecord } from './joined';
import { S_DIGIT, S_OPEN, startLetters } from './keywords';

/** Cheap first test: a line that opens with the record of a vote. */
const VOTE_LINE = /^[ \t]*(?:\(?vote[ \t]*:|\(?\d{1,2}[ \t]+(?:for|in[ \t]+favou?r)\b|(?:motion[ \t]+)?(?:carried|lost|defeated)\b|unanimous|all[ \t]+in[ \t]+favou?r|for[ \t]*:?[ \t]*\d)/i;

/** Whether a text opens with the record of a vote (`CARRIED`, `Vote: 7 for …`): never a heading. */
export function opensWithVote(text: string): boolean {
  return VOTE_LINE.test(text);
}

export function voteLine(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  // (a vote is its decision's: an item with no decision yet, as most lines' are, is declined before the pattern)
  const d = item.decisions[item.decisions.length - 1];
  if (!d || d.vote || !VOTE_LINE.test(body)) return false;
  // the decision ends on the line just above (no blank line between)
  const k = indexOf(state, seg);
  const prev = k > 0 ? state.segs[k - 1] : undefined;
  if (!prev || prev.line !== seg.line - 1 || d.range.end.line !== prev.line) return false;
  const v = matchVote(body);
  if (!v) return false;
  d.vote = voteRecord(state, joinSegments([seg], from), v);
  return false;
}

// gate: VOTE_LINE's first characters
export const VOTE_LINE_RECOGNISER: InlineRecogniser = { name: 'vote-line', starts: startLetters('vmcldufa') | S_OPEN | S_DIGIT, run: voteLine };
