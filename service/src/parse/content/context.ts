/**
 * A line's context as gate bits, beside its words and characters (keywords.ts leaves these bits
 * free): what an inline recogniser whose first test is the item's or the parse's state, not the
 * line's, is gated on, so that it is not asked on each line of every other item only to decline.
 * Worked out once a line by `contextOf`; the title's bits once a title. (The bits are keywords.ts's,
 * with the others a gate reads.)
 */
import { isReviewTitle, titleLeadsReview } from '../../forms/priorActions';
import { attendanceItem } from '../recognisers/peopleForms';
import type { ItemBuilder } from '../builders';
import type { ParseState } from '../state';
import { C_ADJOURNED, C_ATTENDANCE, C_BOLD, C_HEADING_ITEMS, C_MOTION, C_NEXT_TITLE, C_PRIOR, C_REVIEW, C_REVIEW_LEAD } from './keywords';
import { openMotion } from './proceedings';
import { awaitsResponse } from './priorActions';

/** The title's bits, worked out once a title (every line of the item asks). */
function titleBits(state: ParseState, item: ItemBuilder): number {
  const title = item.title;
  // (the sub-item being read names attendance too: `1.1 Announcements, Apologies for Absence and Declarations of Interest`)
  const sub = item.subItems !== undefined && item.subItems.length > 0 ? item.subItems[item.subItems.length - 1].title : '';
  const kept = state.titleContext;
  if (kept !== undefined && kept.title === title && kept.sub === sub) return kept.bits;
  const review = isReviewTitle(title);
  const bits = (review ? C_REVIEW | C_REVIEW_LEAD : titleLeadsReview(title) ? C_REVIEW_LEAD : 0)
    | (attendanceItem(title) || (sub !== '' && attendanceItem(sub)) ? C_ATTENDANCE : 0) | (state.titleMentionsNextMeeting(item) ? C_NEXT_TITLE : 0);
  state.titleContext = { title, sub, bits };
  return bits;
}

/** The context of a line of `item`. */
export function contextOf(state: ParseState, item: ItemBuilder): number {
  return titleBits(state, item) | (item.adjournments !== undefined ? C_ADJOURNED : 0) | state.noted
    | (openMotion(item) ? C_MOTION : 0) | (state.meeting?.boldActions ? C_BOLD : 0) | (state.layout.headings ? C_HEADING_ITEMS : 0)
    | (awaitsResponse(state, item) ? C_PRIOR : 0);
}
