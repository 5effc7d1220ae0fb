/**
 * Whether a meeting is written in our markup: its date is a `Date:` field (as publishedDecisions.ts
 * tells the approval of the minutes apart). The proceedings' lines (`Moved:`, `Vote:`) are read
 * only there, and the checks that ask more of the text than published minutes give (a departure's
 * time) speak only there: published minutes place a departure by where they print it.
 */
import type { Meeting } from '../model';

export function writtenInOurMarkup(meeting: Meeting, lines: readonly string[]): boolean {
  return meeting.dateField && meeting.date !== undefined && /^\s*Date\s*:/i.test(lines[meeting.date.range.start.line] ?? '');
}
