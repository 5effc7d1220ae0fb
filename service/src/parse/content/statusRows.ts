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
import { W_STATUS } from './keywords';

export function statusRow(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  // the row's gate has found a status word; a row has a tab between its cells, a review's paragraph
  // names the minute and gives its status after a colon (`UC/24/06.2 (…): completed; …`)
  const r = body.indexOf('\t') < 0 ? (/^[ \t]*[A-Z]{0,5}[/.]?\d/.test(body) ? matchMinuteReview(body) : undefined) : matchStatusRow(body);
  if (!r || !titleLeadsReview(item.title)) return false;
  (meeting.statusReviews ??= []).push({
    ref: body.slice(r.ref.start, r.ref.end), status: reviewStatus(r.mark, state.layout.carriesForward),
    written: body.slice(r.mark.start, r.mark.end), note: r.mark.note ? body.slice(r.mark.note.start, r.mark.note.end) : '',
    range: state.r(seg, from + r.ref.start, from + r.mark.end),
  });
  return true;
}

export const STATUS_ROW: InlineRecogniser = { name: 'status-row', needs: W_STATUS, run: statusRow };
