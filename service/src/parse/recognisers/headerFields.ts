/**
 * Header fields: `Date:`, `Time:`, `Location:`, `Chair:`, `Status:`, and `Next meeting:` anywhere
 * (inside an item, the closing-lines recogniser takes it first unless the item is about the
 * next meeting).
 */
import { endBeforeDebris } from '../../forms/debris';
import { findDate } from '../../dates';
import { matchField, type FieldName } from '../../constructs';
import { tabCells } from '../../forms/grid';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import { listedTakesRole } from './peopleForms';
import type { ParseState } from '../state';
import { H_COLON, startLetters } from '../content/keywords';

export function headerField(state: ParseState, i: number): number {
  const field = state.field(i);
  if (!field || (field.name !== 'nextMeeting' && state.item)) return DECLINE;
  // `PRESENT` ⏎ `Chair:   Councillor A Roe (Ward)`: under a list's heading, still empty, the chair is its first member, no field
  if (field.name === 'chair' && state.phase === 'people' && state.block && state.block.people.length === 0) return DECLINE;
  // `date: 2026-03-12` in a static site's front matter is the generator's setting, no field of the meeting
  if (state.segs[i].line < (state.layout.heading?.frontMatterEnd ?? 0)) return DECLINE;
  const seg = state.segs[i];
  const t = seg.text;
  if (t.indexOf('\t', field.valueStart) < 0) {
    applyField(state, seg, field.name, field.valueStart, t.length);
    return 0;
  }
  // a template's fields side by side in cells (`Location: Zoom<TAB>Date: 2025-06-17`): each cell is a field of its own
  // (the cells of what follows the field's name: a tab after its colon is no cell's edge)
  const v = field.valueStart;
  const cells = tabCells(t.slice(v));
  applyField(state, seg, field.name, v, v + cells[0].end);
  for (let k = 1; k < cells.length; k++) {
    const from = v + cells[k].start;
    const end = v + cells[k].end;
    const f = from < end ? matchField(t.slice(from, end)) : undefined;
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
    // (its words before the page's link after them: `… EM4 7TQ. View directions`)
    case 'location': {
      const end = valueStart + endBeforeDebris(seg.text.slice(valueStart, valueEnd));
      m.location = end < valueEnd ? state.located(seg, valueStart, end) : value;
      return;
    }
    // (the chair named under the attendance lists holds the role there: `Chair: Mei-Ling Zhou`)
    case 'chair': m.chair = value; listedTakesRole(state, seg, valueStart, 'Chair'); return;
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
