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
import type { HeadingSpan, MeetingHeading } from '../../forms/meetingHeading';
import { startsItem } from './numberedItems';
import type { Located } from '../../model';
import type { ParseState } from '../state';
import { DECLINE, type Recogniser } from '../recogniser';
import { findDates } from '../../dates';

function located(s: HeadingSpan): Located<string> {
  return { value: s.text, range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } } };
}

/**
 * The title a reader takes: the last (most specific) heading line above the meeting's date, or the
 * site a wiki page names under its title (`From Fenland Bat Group`, below the page title that holds
 * the date). A heading without a date is no anchor: the lines above the first item are then read as before.
 */
function headingTitle(h: MeetingHeading): HeadingSpan | undefined {
  if (!h.date || !h.title) return undefined;
  const s = h.title.spans[h.title.spans.length - 1];
  return s.line <= h.date.line || h.title.site ? s : undefined;
}

/**
 * Applies what the heading reads on this segment's line (title, date, and the time and place on
 * the same line) where the meeting has it not yet; true when the line was one of the heading's.
 */
export function applyHeading(state: ParseState, i: number): boolean {
  const seg = state.segs[i];
  const h = state.layout.heading;
  if (!h) return false;
  const line = seg.line;
  const title = headingTitle(h);
  const onLine = (s: HeadingSpan | undefined): s is HeadingSpan => !!s && s.line === line;
  // a line is the heading's when it holds its title or date; the time and place beside them come
  // with it (a place on a line of its own is left to header-line, which knows the items it must not take)
  if (!onLine(title) && !onLine(h.date)) return false;
  const m = state.ensureMeeting(seg);
  let took = false;
  // a wiki's site name is taken with the page title's date: its tagline may be the frame's debris, never read
  if (title && (onLine(title) || (h.title?.site && onLine(h.date))) && !m.title) { m.title = located(title); took = true; }
  if (onLine(h.date) && !m.date) {
    // the date as dates.ts reads it at the heading's span, so that every rule sees one DateValue form
    const at = (x: { readonly start: number }): boolean => col(seg, x.start) === h.date!.start;
    let d = findDates(seg.text, state.order).find(at);
    // (its year wrapped onto the next line, `… on Monday 25 November` ⏎ `2024 at 6.00pm.`: the heading's reading, the span its line's words)
    const year = !d && h.date.iso ? /^\d{4}/.exec(h.date.iso) : null;
    const wrapped = year ? findDates(`${seg.text} ${year[0]}`, state.order).find(at) : undefined;
    if (wrapped) d = { ...wrapped, end: Math.min(wrapped.end, seg.text.length) };
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
  const s = what === 'title' ? headingTitle(h) : h.date;
  return !!s && s.line > seg.line;
}

export function meetingHeadingLine(state: ParseState, i: number): number {
  const h = state.layout.heading;
  if (!h || state.item || state.field(i)) return DECLINE;
  // an item's head is the item's, unless its "number" is the day of the heading's date (`07 Sep 2023`)
  const seg = state.segs[i];
  if (startsItem(state, seg) && !(h.date && h.date.line === seg.line && h.date.start === col(seg, 0))) return DECLINE;
  return applyHeading(state, i) ? 0 : DECLINE;
}

// applies: a whole document whose heading the layout read with its date (a line is the heading's
// by its title or date, and the title is one only above a date: `headingTitle`, `applyHeading`)
export const MEETING_HEADING: Recogniser = { name: 'meeting-heading', phases: ['header'], applies: (l) => l.heading?.date !== undefined, run: meetingHeadingLine };
