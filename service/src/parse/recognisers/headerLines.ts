/**
 * A line of the header outside any item: the meeting's title (a heading, a line in capitals, a
 * heading-like line), its date (and a time after it), a time alone, and the place on the line
 * under a published date line. Takes every line outside an item that nothing before it took.
 */
import { findDate, findTimeRange } from '../../dates';
import { isHeadingLike, isTitleLike } from '../../constructs';
import { CONTENTS_LABEL, isColumnHeader } from '../../forms/meetingHeading';
import { headingLater } from './meetingHeading';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';

export function headerLine(state: ParseState, i: number): number {
  if (state.item) return DECLINE;
  const seg = state.segs[i];
  const t = seg.text;
  const m = state.ensureMeeting(seg);
  // (a page's table of contents' label, `Contents`, names no meeting)
  if (!m.title && !headingLater(state, seg, 'title') && !isColumnHeader(t) && !(t.length < 40 && CONTENTS_LABEL.test(t)) && (seg.heading > 0 || (t === t.toUpperCase() && /[A-Z]{3}/.test(t) && t.length <= 100) || isHeadingLike(t))) {
    m.title = state.located(seg, 0, titleEnd(t, state));
    return 0;
  }
  if (!m.date && !headingLater(state, seg, 'date')) {
    const d = findDate(t, state.order);
    if (d) {
      m.date = state.dateValue(seg, d);
      m.dates.push(m.date);
      state.headerDateSeg = i;
      const tr = findTimeRange(t.slice(d.end));
      if (tr && !m.time) m.time = state.located(seg, d.end + tr.start, d.end + tr.end);
      return 0;
    }
  }
  const tr = findTimeRange(t);
  if (tr && !m.time && tr.start === 0) {
    m.time = state.located(seg, 0, t.length);
    return 0;
  }
  // The line under a published date line names the place ("Main Conference room (G2), Lloyd House").
  // (never a label's line, `See also: [1]IRC log`, nor a link's: a place's name alone, its field read as a field)
  if (state.headerDateSeg >= 0 && state.nextNonBlank(state.headerDateSeg) === i && !m.location && isTitleLike(t) && !findTimeRange(t) && !NO_PLACE.test(t)) {
    m.location = state.located(seg, 0, t.length);
  }
  return 0;
}

/** A label opening the line (`See also:`), a link's marker (`[1]`) or an address on the web: no place's name. */
const NO_PLACE = /^[^:]{1,30}:[ \t]|\[\d{1,3}\]|https?:\/\/|www\./;

/**
 * Where a title line's name ends: before a date the heading adds after a dash (`# Docs Working Group
 * — 2026-02-24`, `Finance Committee - 14 March 2025`): the date is the meeting's, not its name.
 */
function titleEnd(t: string, state: ParseState): number {
  const d = findDate(t, state.order);
  if (!d || t.slice(d.end).trim() !== '') return t.length;
  const sep = /[ \t]+[–—-][ \t]*$/.exec(t.slice(0, d.start));
  return sep && sep.index > 0 ? sep.index : t.length;
}

export const HEADER_LINE: Recogniser = { name: 'header-line', phases: ['header', 'body'], where: 'outside-item', run: headerLine };
