/**
 * The items of a file whose items are headings without numbers (scheme `none`: a wiki page, a
 * scribe tool's minutes, Markdown notes), at the lines the layout found (`Layout.headings`,
 * forms/headingItems.ts): each opens an item with no number, titled as a reader sees the heading
 * (no wiki edit chrome, a link's text without its address). A heading the layout marks as no item
 * (a scribe tool's summary of actions and resolutions) ends the item above as a section does, so
 * that what it repeats is not read into the last item; a heading of a part of an item (`### Conclusion`)
 * is read with the item. It is the layout's counterpart of our
 * markup's heading-item rule (a plain heading under a blank line after an item).
 */
import { headingEnd, headingTitle, subHeading } from '../../forms/headingItems';
import type { Item } from '../../model';
import { matchBlockHeading } from '../../forms/headings';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import type { Segment } from '../../text';
import { recogniseContent } from '../content';
import { blankFrom } from '../../unitClass';

export function layoutHeading(state: ParseState, i: number): number {
  const heads = state.layout.headings;
  if (!heads) return DECLINE;
  const seg = state.segs[i];
  if (!seg.first) return DECLINE;
  const role = heads.get(seg.line);
  if (role === undefined) return DECLINE;
  // a part of the open item (`### Conclusion` under its topic): its lines are the item's
  if (role === 'part') {
    if (!state.item) return DECLINE;
    state.extend(seg);
    return 0;
  }
  // a motion under its item's heading (`#### SC2526/14 — Free Period Products` under `### Motions`):
  // its code numbers the sub-item; its lines stay the item's, as a board's own sub-items' do
  if (role === 'sub') {
    if (!state.item) return DECLINE;
    subItemHeading(state, state.item, seg);
    state.extend(seg);
    return 0;
  }
  if (role === 'end' || role === 'digest') {
    // a people heading (`Attendees` over its list, a contents entry of the page): the people block
    // reads it, and the list under it is its own, no section's
    // (an older wiki's edit link before it, `[edit] Attendance`, is no word of it)
    if (!state.item && matchBlockHeading(headingTitle(seg.text))) return DECLINE;
    state.startSection(seg, false);
    return 0;
  }
  const cell = state.layout.headingCells?.get(seg.line);
  // (a row whose cells cannot be told is titled as a heading is: the layout made its line an item's)
  if (cell !== undefined && seg.map === null && tableRow(state, seg, cell)) return 0;
  const t = seg.text;
  const end = headingEnd(t);
  const item = state.openItem(seg, undefined, state.r(seg, 0, end));
  item.title = headingTitle(t.slice(0, end));
  item.titleRange = state.r(seg, 0, end);
  state.extend(seg);
  return 0;
}

function subItemHeading(state: ParseState, item: NonNullable<ParseState['item']>, seg: Segment): void {
  const t = seg.text;
  const end = headingEnd(t);
  const marks = /^#{1,6}\s+/.exec(t);
  const from = marks ? marks[0].length : 0;
  const sub = subHeading(t.slice(from, end));
  if (!sub) return;
  const title = headingTitle(t.slice(from + sub.titleAt, end));
  if (title === '') return;
  const at = state.r(seg, from + sub.codeAt, from + sub.codeAt + sub.code.length);
  const child: Item = {
    number: { seq: (item.subItems?.length ?? 0) + 1, range: at, written: sub.code }, headRange: at, title,
    titleRange: state.r(seg, from + sub.titleAt, end),
    range: { start: at.start, end: state.lineEnd(seg.line) }, content: 0,
    presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [], section: item.section,
  };
  (item.subItems ??= []).push(child);
}

/**
 * A row of a meeting-notes table (`19:30<TAB>Minutes of the last meeting<TAB>Chair<TAB>The minutes
 * … were approved.`): the item titled by its item cell (`cell`, counted in the line as written);
 * the row's last cell, its notes, is the item's first content. False: the cell is not on the segment.
 */
function tableRow(state: ParseState, seg: Segment, cell: number): boolean {
  const t = seg.text;
  // the segment's text is its line less the blanks trimmed before it: the columns those held come first
  let k = 0;
  for (let c = 0; c < seg.offset; c++) if (state.lines[seg.line].charCodeAt(c) === 9) k++;
  let start = 0;
  for (; k < cell; k++) {
    const tab = t.indexOf('\t', start);
    if (tab < 0) return false;
    start = tab + 1;
  }
  const tab = t.indexOf('\t', start);
  let end = tab < 0 ? t.length : tab;
  while (start < end && /\s/.test(t[start])) start++;
  while (end > start && /\s/.test(t[end - 1])) end--;
  if (end === start) return false;
  const item = state.openItem(seg, undefined, state.r(seg, start, end));
  item.title = t.slice(start, end);
  item.titleRange = state.r(seg, start, end);
  const notes = t.lastIndexOf('\t') + 1;
  if (notes > end && !blankFrom(t, notes)) {
    item.content++;
    recogniseContent(state, seg, notes);
  }
  state.extend(seg);
  return true;
}

// applies: a file of heading items (scheme `none`)
export const LAYOUT_HEADING: Recogniser = { name: 'layout-heading', phases: ['header', 'people', 'agenda', 'body'], interrupts: ['item', 'people-block'], applies: (l) => l.headings !== undefined, run: layoutHeading };
