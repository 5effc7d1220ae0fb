/**
 * The meeting's heading as a careful reader takes it (`forms/meetingHeading.ts`, read once by the
 * layout detection): the title is the most specific heading line (the committee, not the
 * authority printed above it; `Minutes of the meeting of`, the date, time and place left out),
 * the date the meeting's own (never a due date, an approval date or a page name), with the time
 * and place beside it. It takes the heading's lines in the header phase before any other reading
 * of them (`07 Sep 2023` under a scribe's title is the date, not item 7); a `Date:` field line is
 * left to the header-field recogniser. The header-line recogniser asks `headingLater`, so that a
 * logo's stray text, a page name or an approval date above the heading is never the title or date.
 */
import { col, type Segment } from '../../text';
import type { HeadingSpan } from '../../forms/meetingHeading';
import type { Located } from '../../model';
import type { ParseState } from '../state';
import { DECLINE, type Recogniser } from '../recogniser';
import { findDates } from '../../dates';

function located(s: HeadingSpan): Located<string> {
  return { value: s.text, range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } } };
}

/**
 * Applies what the heading reads on this segment's line (title, date, time, place) where the
 * meeting has it not yet; true when the line was one of the heading's.
 */
export function applyHeading(state: ParseState, i: number): boolean {
  const seg = state.segs[i];
  const h = state.layout.heading;
  if (!h) return false;
  const line = seg.line;
  const title = h.title?.spans[h.title.spans.length - 1];
  const onLine = (s: HeadingSpan | undefined): s is HeadingSpan => !!s && s.line === line;
  if (!onLine(title) && !onLine(h.date) && !onLine(h.time) && !onLine(h.venue)) return false;
  const m = state.ensureMeeting(seg);
  let took = false;
  if (onLine(title) && !m.title) { m.title = located(title); took = true; }
  if (onLine(h.date) && !m.date) {
    // the date as dates.ts reads it at the heading's span, so that every rule sees one DateValue form
    const d = findDates(seg.text, state.order).find((x) => col(seg, x.start) === h.date!.start);
    if (d) {
      m.date = state.dateValue(seg, d);
      m.dates.push(m.date);
      state.headerDateSeg = i;
      took = true;
    }
  }
  if (onLine(h.time) && !m.time) { m.time = located(h.time); took = true; }
  if (onLine(h.venue) && !m.location) { m.location = located(h.venue); took = true; }
  return took;
}

/** Whether the heading gives a title (or a date) on a later line: an earlier line must not take it. */
export function headingLater(state: ParseState, seg: Segment, what: 'title' | 'date'): boolean {
  const h = state.layout.heading;
  if (!h) return false;
  const s = what === 'title' ? h.title?.spans[h.title.spans.length - 1] : h.date;
  return !!s && s.line > seg.line;
}

export function meetingHeadingLine(state: ParseState, i: number): number {
  if (!state.layout.heading || state.item || state.field(i)) return DECLINE;
  return applyHeading(state, i) ? 0 : DECLINE;
}

export const MEETING_HEADING: Recogniser = { name: 'meeting-heading', phases: ['header'], run: meetingHeadingLine };
