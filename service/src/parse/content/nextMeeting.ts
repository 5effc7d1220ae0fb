/** The date of the next meeting, in a line that mentions it or under an item about it. */
import { findDates } from '../../dates';
import { mentionsNextMeeting } from '../../constructs';
import type { InlineRecogniser, Line } from './inline';

/**
 * Whether `text` has an `x` in either case, as "next" has: two native searches for one character,
 * where the pattern is tried at every word of every line of every item (most lines have no `x`).
 */
function hasX(text: string): boolean {
  return text.indexOf('x') >= 0 || text.indexOf('X') >= 0;
}

export function nextMeeting(line: Line): boolean {
  const { state, seg, from, body, meeting: m } = line;
  if (!m.nextMeeting && ((hasX(body) && mentionsNextMeeting(body)) || state.titleMentionsNextMeeting(line.item))) {
    const d = findDates(body, state.order)[0];
    if (d) { m.nextMeeting = state.dateValue(seg, d, from); }
  }
  return false;
}

export const NEXT_MEETING: InlineRecogniser = { name: 'next-meeting', run: nextMeeting };
