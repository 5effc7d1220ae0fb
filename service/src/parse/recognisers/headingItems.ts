/**
 * A plain heading line with no number ("Chief Constable Update") inside the items part, with a
 * blank line above and discussion below, opens an item that has no number yet: its actions
 * belong to it, not to the item above. Only after an item, so that a published text's headings
 * and debris before the first minute are left alone; a heading directly before an item stays a
 * section (the published-section recogniser, earlier in the table), and one over a numbered list's
 * entry (a page footer's `City of North Halverson` over `- 410 Depot Street`) is none. Not in a file read in a
 * board's own numbering (`Layout.heads`), where such lines are headings inside a minute.
 */
import { isUnnumberedHeading, matchClosingLine, matchField, matchStatusUpdate, mentionsNextMeeting } from '../../constructs';
import { dateAt } from '../../dates';
import { parseAttendanceLine } from '../../people';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import type { Layout } from '../layout';
import { setTitle } from './itemTitle';
import { startsNumbered } from './numberedItems';
import { H_CAPITAL_START, H_HEADING } from '../content/keywords';
import { opensWithVote } from '../content/voteLines';
import { opensWithMover } from '../../forms/motions';

/**
 * Whether a file's layout may hold such items: not a board's own numbering, where every item has its
 * number and `Received`, `Noted` are headings within one, nor a file of heading items, whose items
 * the layout found (layoutHeadings.ts). The recogniser's first test, and its row's `applies`.
 */
function headingItemsApply(layout: Layout): boolean {
  return layout.heads === undefined && layout.headings === undefined;
}

export function headingItem(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  const m = state.meeting;
  if (!m || !headingItemsApply(state.layout) || state.phase !== 'body' || !seg.only || seg.heading > 0 || seg.bullet || state.pendingTitle) return DECLINE;
  if (seg.line > 0 && state.lines[seg.line - 1].trim() !== '') return DECLINE;
  // after any item, numbered or not: renumbering gives "Item: …" a number, and must not make a heading an item
  if (!isUnnumberedHeading(t) || m.items.length === 0) return DECLINE;
  // a person named on a line of their own, or with their role, is not a heading
  // a vote's result on its own line (`CARRIED`) ends a motion, and no item starts there
  if (opensWithVote(t)) return DECLINE;
  // `Proposed by Cllr Ames` over `Seconded by Cllr Bell`: the record of the motion the item then agrees
  if (opensWithMover(t)) return DECLINE;
  // a table's header row (`Yea    Nay` over `Councillor Bhullar      X`): its columns are set apart, as the next row's are
  if (COLUMNS.test(t) && nextHasColumns(state, i)) return DECLINE;
  const person = parseAttendanceLine(t);
  if (person && person.form !== 'bare') return DECLINE;
  if (m.people.some((b) => b.people.some((p) => p.written === t || p.name.display === t))) return DECLINE;
  const nx = state.nextNonBlank(i);
  if (nx < 0) return DECLINE;
  // a heading over what is no minutes' text (`**Links**` over `[1]: https://…`, a forge's `Footer` over its chrome) is none of theirs either
  if (overDebris(state, i)) return DECLINE;
  const next = state.segs[nx].text;
  if (startsNumbered(state, state.segs[nx]) || state.segs[nx].heading > 0 || matchField(next) || matchClosingLine(next) || matchStatusUpdate(next)) return DECLINE;
  // `Next Meeting` over the next meeting's date (`2025-07-01, 11:00 ET: …`): the minutes' closing note, no item of this meeting
  if (mentionsNextMeeting(t) && dateAt(next, state.order)) return DECLINE;
  const item = state.openItem(seg, undefined, state.whole(seg));
  setTitle(state, item, seg, 0);
  return 0;
}

/**
 * Whether the first line under segment i that is not blank is a page's frame or a link's definition (`nextNonBlank`
 * passes debris over). A page's footer under a heading says nothing of it: the heading's text is on the next page.
 */
function overDebris(state: ParseState, i: number): boolean {
  const debris = state.layout.debrisLines;
  if (debris.size === 0) return false;
  for (let k = i + 1; k < state.segs.length; k++) {
    if (state.segs[k].text.length === 0) continue;
    const kind = debris.get(state.segs[k].line);
    return kind === 'link-reference' || kind === 'wiki-chrome' || kind === 'web-chrome';
  }
  return false;
}

/** Two words set apart as columns are (a tab, or three spaces or more). */
const COLUMNS = /\S(?:\t| {3,})\S/;

function nextHasColumns(state: ParseState, i: number): boolean {
  const l = state.lines[state.segs[i].line + 1];
  return l !== undefined && COLUMNS.test(l.trim());
}

// gate: `isUnnumberedHeading`'s `isHeadingLike`
export const HEADING_ITEM: Recogniser = { name: 'heading-item', phases: ['body'], interrupts: ['item'], needs: H_CAPITAL_START | H_HEADING, applies: headingItemsApply, run: headingItem };
