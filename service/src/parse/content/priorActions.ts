/**
 * A board's review of the last meeting's actions in prose (forms/priorActions.ts): under a lead-in
 * ("Actions from the last meeting", "Matters arising", "Action log review", in the paragraph or as
 * the item's title), a paragraph that opens with the last meeting's item (`(item 7) West Midlands
 * Police to provide paper …`, `Item 8b: …`, `Minute 46 – …`) recalls an earlier action: the
 * paragraph is wholly that (no new action nor decision is read in it). The response in the
 * paragraphs after it ("The Chief Constable responded …", "… will come back with further details")
 * gives its status, kept with the meeting's `statusReviews` by the action's first words.
 */
import type { Item, StatusReview } from '../../model';
import type { Position } from '../../types';
import { isReviewTitle, matchIssueRecall, matchRecalledAction, matchRecalledRef, matchRecalledWords, matchReviewLead, matchTrackerRecall, readReplyStatus, readResponseStatus } from '../../forms/priorActions';
import { reviewStatus } from '../../forms/statuses';
import { tellStatus } from './statusProse';
import { C_PRIOR, C_REVIEW, S_OPEN, startLetters, W_ACTION } from './keywords';
import type { Segment } from '../../text';
import { parseNote, type ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';

/** Cheap first test: a paragraph that may open a review or recall an action. */
const MAY = /^(?:\(|item|minute|min\b|agenda|actions?\b|matters|review|outstanding|previous)/i;
/** A bracket that may hold a recalled action's item or minute, as forms/priorActions.ts REF reads it (`(item 7)`, `(Minute 46)`, `(agenda item 3)`). */
const BRACKETED_REF = /^\((?:agenda|item|min)/i;
/** How many paragraphs after the recalled action may give its response. */
const RESPONSE = 3;

/** What the item's review has read so far: whether it is open, and the action waiting for its response. */
interface Review {
  open: boolean;
  action?: { ref: string; start: Position; line: number; left: number; at?: number; words?: Segment };
  /** A tracker's action a scribe recalled (`action #79 – …`), waiting for the reply that gives its status. */
  tracker?: { ref: string; start: Position; left: number };
}
/**
 * The review of the item a parse has open. A parse opens each item once, and never goes back to
 * one it has left (`ParseState.openItem`): one review per parse, not one kept for every item (a
 * weak map's entry made for every item was the dearest part of this reader), kept in the parse's state.
 */
const REVIEW = parseNote<{ item: Item; review: Review }>('review');

/** The review of `item` asked before, if any. */
function knownReview(state: ParseState, item: Item): Review | undefined {
  const r = state.kept(REVIEW);
  return r !== undefined && r.item === item ? r.review : undefined;
}

/** Whether the review of `item` waits for a response (an action recalled, a tracker's issue): its later lines are read for it whatever they start with. */
export function awaitsResponse(state: ParseState, item: Item): boolean {
  const k = knownReview(state, item);
  return k !== undefined && (k.action !== undefined || k.tracker !== undefined);
}

/** The review of `item`, asked first: kept as the parse's. */
function newReview(state: ParseState, item: Item): Review {
  // an item titled as the review (`Matters arising`, `Action log review`) is open from its head
  const t = item.title.replace(/^(?:item|minute)[ \t]+\S+[ \t]*[:–—-][ \t]*/i, '');
  const review: Review = { open: t.length < 200 && matchReviewLead(t) !== undefined };
  const slot = state.kept(REVIEW);
  if (slot) { slot.item = item; slot.review = review; } else state.keep(REVIEW, { item, review });
  return review;
}

/** The next line with words after `seg` (one blank line between at most, debris skipped), inside the paragraph's reach. */
function lineAfter(state: ParseState, seg: Segment): Segment | undefined {
  const k = indexOf(state, seg);
  if (k < 0) return undefined;
  const debris = state.layout.debrisLines;
  const heads = state.layout.heads;
  let blanks = 0;
  for (let n = k + 1; n < state.segs.length; n++) {
    const s = state.segs[n];
    if (debris.size > 0 && debris.has(s.line)) continue;
    if (heads?.has(s.line)) return undefined;
    if (s.text.length > 0) return s;
    if (++blanks > 1) return undefined;
  }
  return undefined;
}

/** How many lines with words after a scribe's recall may give its status. */
const REPLIES = 8;

/**
 * `<Ana_Ferreira> action #79 – Dmitri, QUDT mapping table` then `Dmitri: done, merged in PR #85.`: a
 * scribe's review of a tracker's action, its status the first reply that gives one. The status is
 * told in passing: a review of the same action elsewhere (`close action-41`, the summary's `[DONE]`)
 * is the one kept (statusProse.ts `dropToldStatuses`).
 */
function trackerReview(line: Line, known: Review | undefined): boolean {
  const { state, seg, from, body, item } = line;
  const recalled = (line.words & W_ACTION) !== 0 && RECALL_HINT.test(body) ? matchTrackerRecall(body)
    // `Mirjam: #57, Renata, …`: an issue recalled by its number alone, under a heading that reviews the actions
    : body.indexOf('#') >= 0 && reviewsActions(item) ? matchIssueRecall(body) : undefined;
  if (recalled) {
    const review = known ?? newReview(state, item);
    const ref = body.slice(recalled.start, recalled.end);
    // `Ana: #83 is dropped, …` under the recall of #83: a reply to it, the review still starting at its recall
    const waiting = review.tracker?.ref === ref ? review.tracker.start : undefined;
    review.tracker = { ref, start: waiting ?? state.r(seg, from + recalled.start, from + recalled.start).start, left: REPLIES };
    // `Bea: action-12, Kenji to update the tile matrix sets ... done`: the reply on the recall's own line
    const tail = /(?:\.\.\.|…)[ \t]*(?=\S)/.exec(body.slice(recalled.end));
    if (tail) replied(line, review, recalled.end + tail.index + tail[0].length);
    // `Ana: #55 is done, I sent …`, `Tomas: ACTION-203 can be dropped, …`: the status said of the issue the line opens with
    else if (/^[ \t]+(?:is|was|has[ \t]+been|remains|can[ \t]+be)[ \t]/.test(body.slice(recalled.end))) replied(line, review, recalled.end);
    return true;
  }
  const t = known?.tracker;
  if (!t || body.length === 0) return false;
  if (t.left-- <= 0) { known!.tracker = undefined; return false; }
  replied(line, known!, 0);
  return false;
}

/** Whether an item's title reviews actions (`Open action items`); `isReviewTitle` keeps its last answer, each line asks it. */
function reviewsActions(item: Item): boolean {
  return isReviewTitle(item.title);
}

/** A tracker's action named at the start of a scribed line, after its speaker (cheap first test). */
const RECALL_HINT = /^(?:\S{1,42}[ \t]+)?(?:topic:[ \t]*)?action[ \t]*[#-]\d/i;

/** The reply on the line from `at` on: the waiting action's status, if it gives one (then nothing more is waited for). */
function replied(line: Line, review: Review, at: number): void {
  const { state, seg, from, body, meeting } = line;
  const t = review.tracker;
  if (!t) return;
  const text = body.slice(at);
  const mark = readReplyStatus(text, t.ref);
  if (!mark) return;
  const s = at + mark.start;
  const e = at + mark.end;
  const r = { ref: t.ref, status: reviewStatus(mark, state.layout.carriesForward), written: body.slice(s, e), note: '', range: { start: t.start, end: state.r(seg, from + e, from + e).end } };
  (meeting.statusReviews ??= []).push(r);
  tellStatus(r);
  review.tracker = undefined;
}

export function priorActions(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  // a bracket opening the line recalls an action only holding its item or minute (`(item 7)`, REF's): `(Asked by …)`,
  // `(see Appendix A)` lead no review and recall nothing, so such a line is only the response a recalled action waits for
  const bracket = body.charCodeAt(0) === 0x28;
  const may = bracket ? BRACKETED_REF.test(body) : MAY.test(body);
  const known = knownReview(state, item);
  if (!may && !known?.action) return bracket ? false : trackerReview(line, known);
  const review = known ?? newReview(state, item);
  const lead = may ? matchReviewLead(body) : undefined;
  if (lead !== undefined) review.open = true;
  // a sub-item's heading (`Minute 7 - Rural Crime Team Staffing` under `Matters arising`) recalls no action
  const sub = item.subItems?.[item.subItems.length - 1];
  if (review.open && may && sub?.headRange.start.line !== seg.line) {
    const recalled = matchRecalledAction(body, lead ?? 0);
    if (recalled) {
      review.action = {
        ref: body.slice(recalled.action.start, recalled.action.end),
        start: state.r(seg, from + recalled.item.start, from + recalled.item.start).start,
        line: seg.line, left: RESPONSE,
      };
      return true;
    }
    // `(item 7)` or `Minute 46 –` alone on its line, the action on the next
    const ref = matchRecalledRef(body, lead ?? 0);
    const next = ref ? lineAfter(state, seg) : undefined;
    const words = next ? matchRecalledWords(next.text) : undefined;
    if (ref && next && words) {
      review.action = {
        ref: next.text.slice(words.start, words.end),
        start: state.r(seg, from + ref.start, from + ref.start).start,
        line: next.line, left: RESPONSE, words: next,
      };
      return true;
    }
  }
  const a = review.action;
  // the recalled action's own line, under its reference: wholly that (no new action is read in it)
  if (a?.words === seg) return true;
  if (!a || lead !== undefined) return false;
  if (a.left-- <= 0) { review.action = undefined; return false; }
  const said = readResponseStatus(body);
  if (!said) return false;
  const list = (meeting.statusReviews ??= []);
  const before = a.at === undefined ? undefined : list[a.at];
  // a response that waits on something carries the action forward; the later clause of the same status is the one kept
  const kept = before?.status === 'carried forward' && said.status === 'done' ? before : undefined;
  const next: StatusReview = kept ?? {
    ref: a.ref, status: said.status, written: body.slice(said.written.start, said.written.end), note: '',
    range: { start: a.start, end: state.r(seg, from + said.written.end, from + said.written.end).end },
  };
  if (a.at === undefined) { a.at = list.length; list.push(next); } else list[a.at] = next;
  return false;
}

// gate: MAY's first characters; or a tracker's recall (`action`), an issue's under a title that reviews the actions, a review waiting for its response
export const PRIOR_ACTIONS: InlineRecogniser = { name: 'prior-actions', anyStarts: S_OPEN | startLetters('imarop'), anyWords: W_ACTION | C_REVIEW | C_PRIOR, run: priorActions };
