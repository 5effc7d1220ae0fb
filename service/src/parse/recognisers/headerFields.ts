/**
 * Header fields: `Date:`, `Time:`, `Location:`, `Chair:`, `Status:`, and `Next meeting:` anywhere
 * (inside an item, the closing-lines recogniser takes it first unless the item is about the
 * next meeting).
 */
import { findDate } from '../../dates';
import { matchField, type FieldName } from '../../constructs';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { H_COLON, startLetters } from '../content/keywords';

export function headerField(state: ParseState, i: number): number {
  const field = state.field(i);
  if (!field || (field.name !== 'nextMeeting' && state.item)) return DECLINE;
  // `date: 2026-03-12` in a static site's front matter is the generator's setting, no field of the meeting
  if (state.segs[i].line < (state.layout.heading?.frontMatterEnd ?? 0)) return DECLINE;
  const seg = state.segs[i];
  // a template's fields side by side in cells (`Location: Zoom<TAB>Date: 2025-06-17`): each cell is a field of its own
  let tab = seg.text.indexOf('\t', field.valueStart);
  applyField(state, seg, field.name, field.valueStart, tab < 0 ? seg.text.length : tab);
  while (tab >= 0) {
    let from = tab;
    while (from < seg.text.length && (seg.text[from] === '\t' || seg.text[from] === ' ')) from++;
    tab = seg.text.indexOf('\t', from);
    const end = tab < 0 ? seg.text.length : tab;
    const f = matchField(seg.text.slice(from, end));
    if (f && (f.name === 'nextMeeting' || !state.item)) applyField(state, seg, f.name, from + f.valueStart, end);
  }
  return 0;
}

/** Records a field's value on the meeting. */
export function applyField(state: ParseState, seg: Segment, name: FieldName, valueStart: number, valueEnd = seg.text.length): void {
  const m = state.ensureMeeting(seg);
  const value = state.located(seg, valueStart, valueEnd);
  switch (name) {
    case 'date': {
      const d = findDate(seg.text.slice(valueStart, valueEnd), state.order);
      m.dateField = true;
      if (d) {
        m.date = state.dateValue(seg, d, valueStart);
        m.dates.push(m.date);
      }
      return;
    }
    case 'time': m.time = value; return;
    case 'location': m.location = value; return;
    case 'chair': m.chair = value; return;
    case 'status': m.status = value; return; // read by archive.ts (Approved …, Published, Draft)
    case 'nextMeeting': {
      const d = findDate(seg.text.slice(valueStart, valueEnd), state.order);
      if (d) {
        m.nextMeeting = state.dateValue(seg, d, valueStart);
        m.dates.push(m.nextMeeting);
      }
      if (state.item && state.titleMentionsNextMeeting(state.item)) state.item.content++;
      return;
    }
  }
}

// gate: `matchField`'s names and their colon
export const HEADER_FIELD: Recogniser = { name: 'header-field', phases: ['header', 'people', 'agenda', 'body'], starts: startLetters('dtlvpcns'), needs: H_COLON, run: headerField };
