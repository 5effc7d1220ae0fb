/**
 * A paragraph the page wrapped over several lines, read as one text (the lines joined by a space)
 * with the way back from an offset of that text to a document range; and the vote a matcher found
 * in such a text turned into the model's data (`VoteRecord`).
 */
import type { Segment } from '../../text';
import type { Located, VoteRecord } from '../../model';
import type { Position, Range } from '../../types';
import type { Span } from '../../constructs';
import type { Vote } from '../../forms';
import type { ParseState } from '../state';

export interface Joined {
  readonly text: string;
  /** Each line's piece: its segment, where its words start in the segment, where they start in `text`. */
  readonly pieces: ReadonlyArray<{ readonly seg: Segment; readonly from: number; readonly at: number }>;
}

/** The lines' words from `from` of the first, joined by one space (or `sep`: a line break keeps where a line ended). */
export function joinSegments(segs: readonly Segment[], from = 0, sep = ' '): Joined {
  // (one line, as most decisions and votes are: its words, no join)
  if (segs.length === 1) return { text: segs[0].text.slice(from), pieces: [{ seg: segs[0], from, at: 0 }] };
  let text = '';
  const pieces: Array<{ seg: Segment; from: number; at: number }> = [];
  segs.forEach((seg, k) => {
    if (k > 0) text += sep;
    const f = k === 0 ? from : 0;
    pieces.push({ seg, from: f, at: text.length });
    text += seg.text.slice(f);
  });
  return { text, pieces };
}

/** The document position of an offset of the joined text: at a join, the next line's start (`end`: the line's end). */
function joinedPos(state: ParseState, j: Joined, offset: number, end: boolean): Position {
  // (the position made from the piece directly, no segment-and-offset pair between: every vote's names come here)
  let k = 0;
  while (k + 1 < j.pieces.length && (end ? j.pieces[k + 1].at < offset : j.pieces[k + 1].at <= offset)) k++;
  const p = j.pieces[k];
  return state.pos(p.seg, Math.min(p.from + Math.max(0, offset - p.at), p.seg.text.length));
}

/** The document range of [s, e) of the joined text. */
export function joinedRange(state: ParseState, j: Joined, s: number, e: number): Range {
  return { start: joinedPos(state, j, s, false), end: joinedPos(state, j, Math.max(s, e), true) };
}

/** The words of a span of the joined text with their range. */
export function joinedLocated(state: ParseState, j: Joined, span: Span): Located<string> {
  // (a name the page wrapped, `Councillor` ⏎ `Aucoin`: one space between its words)
  return { value: j.text.slice(span.start, span.end).trim().replace(/\s+/g, ' '), range: joinedRange(state, j, span.start, span.end) };
}

/** The vote `forms/votes.ts` found in a joined text, as the model keeps it. */
export function voteRecord(state: ParseState, j: Joined, v: Vote): VoteRecord {
  const names = (spans: Span[]): Located<string>[] => spans.map((s) => joinedLocated(state, j, s));
  // written key by key, the keys the spreads gave in their order (`unanimous` after the lists): every
  // vote of the file is made here (docs/performance.md)
  const r: { -readonly [K in keyof VoteRecord]?: VoteRecord[K] } = { range: joinedRange(state, j, v.start, v.end) };
  if (v.mover) r.mover = joinedLocated(state, j, v.mover);
  if (v.seconder) r.seconder = joinedLocated(state, j, v.seconder);
  if (v.for !== undefined) r.for = v.for;
  if (v.against !== undefined) r.against = v.against;
  if (v.abstentions !== undefined) r.abstentions = v.abstentions;
  if (v.ayes) r.ayes = names(v.ayes);
  if (v.nays) r.nays = names(v.nays);
  if (v.abstainers) r.abstainers = names(v.abstainers);
  r.unanimous = v.unanimous;
  if (v.result) r.result = v.result;
  return r as VoteRecord;
}
