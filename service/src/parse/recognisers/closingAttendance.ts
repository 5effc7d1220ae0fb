/**
 * The attendance annex after the items (`ANNEX – List of participants`, found once in the layout:
 * `Layout.closingAttendance`; forms/attendanceAnnex.ts): its heading ends the last item, and each group
 * under it (`Member State representatives`, `Apologies`, `Agency staff in attendance`) is a list of the
 * meeting's, its people as the person lines read them (`Austria⇥Ms Katrin HOLZER (Chair)`). A line that
 * is neither a group's heading nor a person ends the annex. Asked by the closing-action-table row (parse/table.ts).
 */
import { annexGroup } from '../../forms/attendanceAnnex';
import { matchPersonLine, type PersonMatch } from '../../forms';
import type { BlockKind } from '../../markup';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import { DECLINE } from '../recogniser';
import { addAnnexGroup } from './peopleForms';

export function closingAttendance(state: ParseState, i: number): number {
  const at = state.layout.closingAttendance;
  const segs = state.segs;
  if (at === undefined || segs[i].line !== at) return DECLINE;
  state.closeItem();
  state.closeBlock();
  state.ensureMeeting(segs[i]);
  let kind: BlockKind = 'present';
  let group: { seg: Segment; kind: BlockKind; rows: Array<{ seg: Segment; people: readonly PersonMatch[] }> } | undefined;
  const flush = (): void => {
    if (group && group.rows.length > 0) addAnnexGroup(state, group.seg, group.kind, group.rows);
    group = undefined;
  };
  let last = i;
  for (let k = i + 1; k < segs.length; k++) {
    const s = segs[k];
    if (s.text.trim().length === 0 || state.layout.debrisLines.has(s.line)) { last = k; continue; }
    const g = annexGroup(s.text);
    if (g !== undefined) {
      flush();
      if (g !== 'same') kind = g;
      group = { seg: s, kind, rows: [] };
      last = k;
      continue;
    }
    const people = group ? matchPersonLine(s.text) : undefined;
    if (!group || !people) break;
    group.rows.push({ seg: s, people });
    last = k;
  }
  flush();
  return last - i;
}
