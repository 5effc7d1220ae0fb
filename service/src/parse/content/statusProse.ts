/**
 * A status of an earlier action told in a sentence (forms/statusProse.ts): "one (minute 2231.4, …)
 * had been deferred to the February meeting" is the board's own review of that action, kept with
 * the meeting's `statusReviews` (carried forward, written `deferred to the February meeting`). Under a
 * minute headed by the minute it follows up (`Minute 7 - Rural Crime Team Staffing`), "the action …
 * was now complete" is that minute's action (`Minute 7`, done).
 */
import { findActionStatus, findProseStatuses, minuteHeading } from '../../forms/statusProse';
import type { InlineRecogniser, Line } from './inline';
import { W_ACTION, W_STATUS } from './keywords';

/** Cheap first test: a minute named. */
const MAY = /\bminute\b/i;

/** The title of the sub-item open at the line (a sub-item's text is its item's), else the item's. */
function openTitle(line: Line): string {
  const subs = line.item.subItems;
  if (subs) for (let i = subs.length - 1; i >= 0; i--) if (subs[i].headRange.start.line < line.seg.line) return subs[i].title;
  return line.item.title;
}

export function statusProse(line: Line): boolean {
  const { state, seg, from, body, meeting } = line;
  // the row's gate is the first test: one of the status words (keywords.ts W_STATUS) is in the
  // line, as every phrase either reader below reads holds one (so asked without the gate, it reads
  // nothing either)
  if (!MAY.test(body)) {
    // "the action from September was now complete" under `Minute 7 - Rural Crime Team Staffing`:
    // the action is named by the minute the (sub-)item follows up (the word `action` first, in the
    // line's words: the title's minute is looked for only on a line that names an action)
    if ((line.words & W_ACTION) === 0) return false;
    const title = openTitle(line);
    const ref = title.length < 200 ? minuteHeading(title) : undefined;
    const s = ref && /\bactions?\b/.test(body) ? findActionStatus(body) : undefined;
    if (ref && s) {
      (meeting.statusReviews ??= []).push({
        ref: title.slice(ref.start, ref.end), status: s.status, written: body.slice(s.written.start, s.written.end), note: '',
        range: state.r(seg, from + s.written.start, from + s.written.end),
      });
    }
    return false;
  }
  for (const s of findProseStatuses(body)) {
    (meeting.statusReviews ??= []).push({
      ref: body.slice(s.ref.start, s.ref.end), status: s.status, written: body.slice(s.written.start, s.written.end), note: '',
      range: state.r(seg, from + s.ref.start, from + s.written.end),
    });
  }
  return false;
}

export const STATUS_PROSE: InlineRecogniser = { name: 'status-prose', needs: W_STATUS, run: statusProse };
