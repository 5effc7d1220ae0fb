/**
 * The meeting's actions in a table after the last item (`ACTIONS ARISING` over `No. Action Who
 * By when`; found once in the layout, `Layout.closingActions`): the title ends the last item, and
 * each row is an action of the meeting outside any item (`Meeting.actions`), with its owners and
 * its due date as the row writes them. An action written in an item and again as a row is the row
 * (`dropRestatedRows`, applied once the file is read).
 *
 * The same table under its title inside an item (a council's `FOLLOW-UP ITEMS` over `Request |
 * Assigned To | Due` in its `Council comments and follow-up items`, an item after it:
 * `Layout.itemActions`) gives that item's actions, the rows restating the actions written in the
 * items before it as a closing table's do.
 */
import { dueWordsStart, isNextMeeting } from '../../forms/dueDates';
import type { ClosingActionTable } from '../../forms/closingActionTable';
import type { Action, Mention } from '../../model';
import type { Range } from '../../types';
import { withoutCodeMarks } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import { closingAttendance } from './closingAttendance';
import type { ParseState } from '../state';

/** An action's own number opening its cell (`1. `, `12) `) before its words. */
const OWN_NUMBER = /^\d{1,2}[.)][ \t]+(?=\p{L})/u;

/** The actions of the table's rows, numbered from `first` on: each row's task, owners and due date as it writes them. */
function rowActions(state: ParseState, t: ClosingActionTable, first: number): Action[] {
  const text = state.lines.slice(t.header, t.end + 1).join('\n');
  // offsets of the joined lines back to the document's lines
  const starts: number[] = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  const pos = (at: number): { line: number; character: number } => {
    let n = starts.length - 1;
    while (n > 0 && starts[n] > at) n--;
    return { line: t.header + n, character: Math.min(at - starts[n], state.lineLengths[t.header + n]) };
  };
  const range = (a: number, b: number): Range => ({ start: pos(a), end: pos(b) });
  const actions: Action[] = [];
  for (const row of t.table.rows) {
    const task = row.task ?? [];
    // (a project's task list writes names of files and teams as code: the words without the marks)
    // (nor the action's own number opening its cell, where the table has no number column: `1. Write to IM …`)
    const words = withoutCodeMarks(task.map((s) => text.slice(s.start, s.end).trim()).filter((w) => w.length > 0).join(' ')).replace(OWN_NUMBER, '');
    if (words.length === 0) continue;
    const owners: Mention[] = row.owners.map((o) => ({ text: o.written ?? text.slice(o.start, o.end), range: range(o.start, o.end) }));
    let due: Action['due'];
    if (row.due && row.due.text.trim().length > 0) {
      // (a row's words name a meeting as a sentence does, `… for the April meeting`: written as `April meeting`)
      const from = dueWordsStart(row.due);
      const words = row.due.text.slice(from);
      const r = range(row.due.start + from, row.due.end);
      due = { text: words, range: r, date: state.dueDay(words, r, row.due), nextMeeting: isNextMeeting(words) };
    }
    const whole = range(row.start, row.end);
    actions.push({
      index: first + actions.length, text: words, range: whole, textRange: range(task[0].start, task[task.length - 1].end),
      bold: false, owners, ownerInferred: false, due, insertAt: { start: whole.end, end: whole.end }, inText: true,
    });
  }
  return actions;
}

/** The segments from i on that lie on the table's lines, less one: the title, the header and the rows are the table's. */
function tableSegments(state: ParseState, i: number, t: ClosingActionTable): number {
  let last = i;
  while (last + 1 < state.segs.length && state.segs[last + 1].line <= t.end) last++;
  return last - i;
}

export function closingActionTable(state: ParseState, i: number): number {
  const t = state.layout.closingActions;
  const seg = state.segs[i];
  // (the other closing block after the last item: an attendance annex, read by its own module)
  if (seg.line === state.layout.closingAttendance) return closingAttendance(state, i);
  if (!t || seg.line !== t.title) return DECLINE;
  state.closeItem();
  state.closeBlock();
  const m = state.ensureMeeting(seg);
  const actions = (m.actions ??= []);
  actions.push(...rowActions(state, t, actions.length + 1));
  return tableSegments(state, i, t);
}

export function itemActionTable(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const item = state.item;
  // (from its title's line; or from its header's, where the title is the item's own heading, a wiki's `Actions arising`)
  const t = item ? state.layout.itemActions?.find((x) => x.title === seg.line || (x.header === seg.line && item.headRange.start.line === x.title)) : undefined;
  if (!t || !item) return DECLINE;
  item.actions.push(...rowActions(state, t, item.actions.length + 1));
  const extra = tableSegments(state, i, t);
  item.content += extra + 1;
  state.extend(state.segs[i + extra]);
  return extra;
}

// applies: a file whose closing action table the layout found
// (or its attendance annex after the items, `closingAttendance`)
export const CLOSING_ACTION_TABLE: Recogniser = { name: 'closing-action-table', phases: ['header', 'people', 'agenda', 'body'], applies: (l) => l.closingActions !== undefined || l.closingAttendance !== undefined, run: closingActionTable };

// applies: a file whose action table inside an item the layout found
export const ITEM_ACTION_TABLE: Recogniser = { name: 'item-action-table', phases: ['body'], applies: (l) => l.itemActions !== undefined, where: 'in-item', run: itemActionTable };
