/**
 * A status of an earlier action told in a sentence (forms/statusProse.ts): "one (minute 2231.4, …)
 * had been deferred to the February meeting" is the board's own review of that action, kept with
 * the meeting's `statusReviews` (carried forward, written `deferred to the February meeting`).
 */
import { findProseStatuses } from '../../forms/statusProse';
import type { InlineRecogniser, Line } from './inline';

/** Cheap first test: a minute named and a status word. */
const MAY = /\bminute\b/i;
const WORDS = /deferred|postponed|carried|complete|closed|done|progress|ongoing|outstanding|withdrawn|cancelled/i;

export function statusProse(line: Line): boolean {
  const { state, seg, from, body, meeting } = line;
  if (!MAY.test(body) || !WORDS.test(body)) return false;
  for (const s of findProseStatuses(body)) {
    (meeting.statusReviews ??= []).push({
      ref: body.slice(s.ref.start, s.ref.end), status: s.status, written: body.slice(s.written.start, s.written.end), note: '',
      range: state.r(seg, from + s.ref.start, from + s.written.end),
    });
  }
  return false;
}

export const STATUS_PROSE: InlineRecogniser = { name: 'status-prose', run: statusProse };
