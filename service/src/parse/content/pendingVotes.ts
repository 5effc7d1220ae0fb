/**
 * A vote recorded apart from its decision's line: a division under the decision (`Yeas (4): …`), or before it, as councils
 * print a recorded vote or the mover and seconder on lines of their own before the resolution (`A recorded vote was
 * requested …` ⏎ `For (6): …` ⏎ `RESOLVED: …`, `Moved by: Councillor Aucoin` ⏎ `Seconded by: …` ⏎ `THAT …` ⏎ `Carried`).
 * A vote after its decision is the decision's; one before it waits for the item's next decision, given to it when a
 * line's readers have read that decision (`recogniseContent`). The facts of two records of one vote are merged.
 */
import type { VoteRecord } from '../../model';
import type { Segment } from '../../text';
import type { ItemBuilder } from '../builders';
import { parseNote, type ParseState } from '../state';

/** A vote read before its decision: the item, the vote, its last line. */
const PENDING = parseNote<{ readonly item: object; readonly vote: VoteRecord; readonly line: number }>('vote before its decision');

/** How many lines above the vote its decision may end (a request for the recorded vote may stand between). */
const REACH = 4;

/**
 * Gives `vote`, read on `seg`, to the decision it records: the item's last decision when it ends on the lines just above and
 * has no count yet; else, or where the vote's form says it opens its decision (`next`: a mover's line), it waits for the
 * item's next decision. (A decision's own facts are kept: the vote's fill the rest.) `reach`: how many lines above the vote
 * its decision may end (a division that closes with its result records the motion above it, its clauses however many);
 * `lastLine`: the vote's last line (a division's), below which its decision is looked for.
 */
export function voteFor(state: ParseState, item: ItemBuilder, seg: Segment, vote: VoteRecord, next = false, reach = REACH, lastLine = seg.line): void {
  const d = next ? undefined : item.decisions[item.decisions.length - 1];
  if (d && d.vote?.for === undefined && d.vote?.result === undefined && d.range.start.line <= seg.line && d.range.end.line >= seg.line - reach) {
    d.vote = d.vote ? mergedVote(d.vote, vote) : vote;
    return;
  }
  const waiting = state.kept(PENDING);
  state.keep(PENDING, waiting && waiting.item === item ? { item, vote: mergedVote(waiting.vote, vote), line: lastLine } : { item, vote, line: lastLine });
}

/** After a line's readers made the item's decisions from `first` on: the vote waiting for the item's next decision, given to the first of them. */
export function givePendingVote(state: ParseState, item: ItemBuilder, first: number): void {
  const p = state.kept(PENDING);
  if (!p) return;
  state.keep(PENDING, undefined);
  const d = item.decisions[first];
  // (the decision straight below the vote: a few lines at most, a blank or a page's foot between)
  if (p.item !== item || !d || d.range.start.line < p.line || d.range.start.line > p.line + REACH) return;
  // (an amendment put between, `… the amendment was lost.`: the vote was the amendment's)
  for (let l = p.line + 1; l < d.range.start.line; l++) if (/\bamendment\b/i.test(state.lines[l])) return;
  d.vote = d.vote ? mergedVote(d.vote, p.vote) : p.vote;
}

/** Whether a vote waits for its decision in this item. */
export function voteWaiting(state: ParseState, item: ItemBuilder): boolean {
  return state.kept(PENDING)?.item === item;
}

/** `a`'s facts, and `b`'s where `a` has none; the range over both. */
export function mergedVote(a: VoteRecord, b: VoteRecord): VoteRecord {
  const before = (x: VoteRecord['range']['start'], y: VoteRecord['range']['start']): boolean => x.line < y.line || (x.line === y.line && x.character < y.character);
  const range = { start: before(a.range.start, b.range.start) ? a.range.start : b.range.start, end: before(a.range.end, b.range.end) ? b.range.end : a.range.end };
  const r: { -readonly [K in keyof VoteRecord]?: VoteRecord[K] } = { range };
  const mover = a.mover ?? b.mover;
  if (mover) r.mover = mover;
  const seconder = a.seconder ?? b.seconder;
  if (seconder) r.seconder = seconder;
  const f = a.for ?? b.for;
  if (f !== undefined) r.for = f;
  const against = a.against ?? b.against;
  if (against !== undefined) r.against = against;
  const abstentions = a.abstentions ?? b.abstentions;
  if (abstentions !== undefined) r.abstentions = abstentions;
  const ayes = a.ayes ?? b.ayes;
  if (ayes) r.ayes = ayes;
  const nays = a.nays ?? b.nays;
  if (nays) r.nays = nays;
  const abstainers = a.abstainers ?? b.abstainers;
  if (abstainers) r.abstainers = abstainers;
  r.unanimous = a.for !== undefined || a.against !== undefined ? a.unanimous : b.for !== undefined || b.against !== undefined ? b.unanimous : a.unanimous || b.unanimous;
  const result = a.result ?? b.result;
  if (result) r.result = result;
  return r as VoteRecord;
}
