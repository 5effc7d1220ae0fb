/** The date of the next meeting, in a line that mentions it or under an item about it. */
import { findDates } from '../../dates';
import { mentionsNextMeeting } from '../../constructs';
import type { InlineRecogniser, Line } from './inline';
import { C_NEXT_TITLE, W_NEXT } from './keywords';

export function nextMeeting(line: Line): boolean {
  const { state, seg, from, body, meeting: m } = line;
  // the line's pattern only where it holds `next` (keywords.ts); the title's is the item's, so the row has no gate
  if (!m.nextMeeting && ((line.words & W_NEXT) !== 0 && mentionsNextMeeting(body) || state.titleMentionsNextMeeting(line.item))) {
    const d = findDates(body, state.order)[0];
    if (d) { m.nextMeeting = state.dateValue(seg, d, from); }
  }
  return false;
}

// gate: `next` on the line, or a title that mentions the next meeting
export const NEXT_MEETING: InlineRecogniser = { name: 'next-meeting', anyWords: W_NEXT | C_NEXT_TITLE, run: nextMeeting };
