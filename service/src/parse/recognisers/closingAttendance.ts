/**
 * The attendance annex after the items (`ANNEX – List of participants`, found once in the layout:
 * `Layout.closingAttendance`; forms/attendanceAnnex.ts): its heading ends the last item, and each group
 * under it (`Member State representatives`, `Apologies`, `Agency staff in attendance`) is a list of the
 * meeting's, its people as the person lines read them (`Austria⇥Ms Katrin HOLZER (Chair)`). A line that
 * is neither a group's heading nor a person ends the annex. Asked by the closing-action-table row (parse/table.ts).
 */
import { annexGroup } from '../../forms/attendanceAnnex';
import { matchInlineList, matchPersonLine, type PersonMatch } from '../../forms';
import type { BlockKind } from '../../markup';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import { DECLINE } from '../recogniser';
import { addAnnexGroup, TITLED_START } from './peopleForms';

/** The people of an annex's line: one a line (`Austria⇥Ms Katrin HOLZER (Chair)`), or a list parted by commas (`Councillor A Roe (Chair), Dr B Lee`). */
function peopleOf(t: string): readonly PersonMatch[] | undefined {
  // (a list the page wrapped ends its line on a comma, `…, Councillor C Dee,` ⏎ `Councillor D Gee and Councillor F Hill`)
  // (`and` alone joins people only after a title, `Councillor D Gee and Councillor F Hill`: `Planning and Regulatory
  // Services` is a department's name)
  if (t.indexOf(',') > 0 || (/ and | & /.test(t) && TITLED_START.test(t))) {
    let end = t.length;
    while (end > 0 && /[\s,;]/.test(t[end - 1])) end--;
    const list = matchInlineList(t, 0, end);
    // (one person and their post after the comma, `Mr K Orr, Senior Planner`, is no list of two)
    const one = list?.people.length === 2 ? matchPersonLine(t) : undefined;
    if (one?.length === 1 && one[0].role && one[0].role.start > t.indexOf(',') && !TITLED_START.test(t.slice(t.indexOf(',') + 1))) return one;
    if (list && !list.kind && list.others.length === 0 && list.people.length >= 2) return list.people;
  }
  return matchPersonLine(t);
}

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
  const named = new Set<string>();
  for (let k = i + 1; k < segs.length; k++) {
    const s = segs[k];
    if (s.text.trim().length === 0 || state.layout.debrisLines.has(s.line)) { last = k; continue; }
    // (a name alone under a label, `Also Present:` ⏎ `Lucy Achterberg`, is the label's person, no group of a body's name)
    const g = annexGroup(s.text);
    if (g !== undefined && !(g === 'same' && group && group.rows.length === 0 && group.seg.text.trimEnd().endsWith(':') && peopleOf(s.text))) {
      flush();
      if (g !== 'same') kind = g;
      group = { seg: s, kind, rows: [] };
      last = k;
      continue;
    }
    const people = group ? peopleOf(s.text) : undefined;
    if (!group || !people) break;
    // (one named on the list above again, `Fergus Doyle (for Sandra Whelan)` under `Substitutes:`: read once)
    const fresh = people.filter((p) => !named.has(s.text.slice(p.name.start, p.name.end)));
    for (const p of people) named.add(s.text.slice(p.name.start, p.name.end));
    if (fresh.length > 0) group.rows.push({ seg: s, people: fresh });
    last = k;
  }
  flush();
  return last - i;
}
