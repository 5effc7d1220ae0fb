/**
 * An action log printed without its header under an item that reviews the earlier actions
 * (`CS26/04 ACTIONS FROM PREVIOUS MEETINGS`), one row a line, its cells parted by tabs:
 * `CS25/61<TAB>Replace noticeboard glass<TAB>Clerk<TAB>Complete` (forms/statuses.ts `matchStatusRow`).
 * Each row is the board's review of that action, kept with the meeting's `statusReviews` by the
 * reference as printed; the row is wholly that (no new action is read in it). A log with its header
 * row is `status-review`'s (recognisers/statusReviews.ts). A university council's review prints a
 * paragraph a minute: `UC/24/18.1 UC/24/06.2 (cyber security training for members): completed; …`.
 */
import { matchMinuteReview, matchStatusRow, reviewStatus } from '../../forms';
import { titleLeadsReview } from '../../forms/priorActions';
import type { InlineRecogniser, Line } from './inline';
import type { ItemBuilder } from '../builders';
import { W_STATUS } from './keywords';
import { paragraphRange, readBackward, segIndex } from './paragraphs';

/** A review's paragraph may open so: a list's mark, the minute's word, a reference (cheap first test). */
const MAY_OPEN = /^[ \t]*(?:\(?[\da-z]{1,3}[.)]+[ \t]+)?(?:(?:minute|min\.?|item)[ \t]+(?:no\.?[ \t]*)?)?[A-Z]{0,5}[/.]?\d/i;

/** A review's paragraph that names the earlier minute in words: `a) Minute 418 c) …`, `(1). Minute 49/24 – …`. */
const NAMED = /^[ \t]*(?:\(?[\da-z]{1,3}[.)]+[ \t]+)?(?:minute|min\.?|item)[ \t]/i;

export function statusRow(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  // under a title (or the sub-item's) that leads no review neither a row nor a wrapped review is
  // kept: the title first (one answer an item), before the patterns
  if (!titleLeadsReview(item.title) && !subItemLeadsReview(item, seg.line)) return false;
  // the row's gate has found a status word; a row has a tab between its cells, a review's paragraph
  // names the minute and gives its status after a colon (`UC/24/06.2 (…): completed; …`, `(1).<TAB>Minute 49/24 – …: complete.`)
  const row = body.indexOf('\t') >= 0 || body.indexOf('  ') >= 0 ? matchStatusRow(body) : undefined;
  const r = row ?? (MAY_OPEN.test(body) ? matchMinuteReview(body) : undefined);
  if (!r) { wrappedReview(line); return false; }
  (meeting.statusReviews ??= []).push({
    ref: body.slice(r.ref.start, r.ref.end), status: reviewStatus(r.mark, state.layout.carriesForward),
    written: body.slice(r.mark.start, r.mark.end), note: r.mark.note ? body.slice(r.mark.note.start, r.mark.note.end) : '',
    range: state.r(seg, from + r.ref.start, from + r.mark.end),
  });
  // a row, or a paragraph opening with the review's own number (`UC/24/18.1 UC/24/06.2 (…)`), is
  // wholly the review; one that names the minute in words is read on (`Minute 418 c)` is a reference too)
  return row !== undefined || !NAMED.test(body);
}

/** Whether the sub-item the line stands under heads the review (`8.1  Outstanding Resolutions Report` under `8 GENERAL MANAGER'S REPORTS`). */
function subItemLeadsReview(item: ItemBuilder, line: number): boolean {
  const subs = item.subItems;
  const sub = subs && subs.length > 0 ? subs[subs.length - 1] : undefined;
  return sub !== undefined && sub.headRange.start.line <= line && titleLeadsReview(sub.title);
}

/**
 * `c) Minute 424 a) (review of assessment load in Level 3 programmes):` / `deferred to the May
 * meeting.`: the page wrapped the paragraph, and the status stands on a line of its own; the
 * paragraph read back to its start names the minute. Only a status on this line counts (one on a
 * line above was read there).
 */
function wrappedReview(line: Line): void {
  const { state, seg, body, item, meeting } = line;
  const c = body.charCodeAt(0);
  if (c < 0x61 || c > 0x7a || !titleLeadsReview(item.title)) return; // the rest of a wrapped paragraph starts in lower case (a sub-item's review is not read on)
  const i = segIndex(state, seg);
  const p = i > 0 ? readBackward(state, i, true, item.headRange.start.line) : undefined;
  if (!p || p.pieces.length < 2 || !MAY_OPEN.test(p.text)) return;
  const r = matchMinuteReview(p.text);
  if (!r || r.mark.start < p.pieces[p.pieces.length - 1].at) return;
  (meeting.statusReviews ??= []).push({
    ref: p.text.slice(r.ref.start, r.ref.end), status: reviewStatus(r.mark, state.layout.carriesForward),
    written: p.text.slice(r.mark.start, r.mark.end), note: r.mark.note ? p.text.slice(r.mark.note.start, r.mark.note.end) : '',
    range: paragraphRange(state, p, r.ref.start, r.mark.end),
  });
}

export const STATUS_ROW: InlineRecogniser = { name: 'status-row', needs: W_STATUS, run: statusRow };
