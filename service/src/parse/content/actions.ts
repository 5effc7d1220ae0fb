/**
 * Actions: an `ACTION:` line (or a variant keyword) with its owners and due date; and, in a file
 * that declares it, a bold sentence.
 */
import { findDate } from '../../dates';
import { moreWordsThan } from '../../unitClass';
import { allBold, type Segment } from '../../text';
import { matchActionKeyword, splitActionFields, leadingSubject, type Span } from '../../constructs';
import { splitNames } from '../../people';
import { CANONICAL } from '../../markup';
import type { Action, Mention } from '../../model';
import type { ParseState } from '../state';
import { findDueDate, isNextMeeting } from '../../forms';
import { subjectAfterCircumstance } from '../../forms/clauseSubject';
import type { InlineRecogniser, Line } from './inline';
import { C_BOLD, startLetters, W_ACTION } from './keywords';

export function actionKeyword(line: Line): boolean {
  const ak = matchActionKeyword(line.body);
  if (!ak) return false;
  addAction(line.state, line.item.actions, line.seg, { start: ak.start + line.from, end: ak.end + line.from }, line.from + ak.end, false);
  return true;
}

/** A bold paragraph in a document that says actions are in bold. */
export function boldAction(line: Line): boolean {
  const { seg, state } = line;
  if (!line.meeting.boldActions || line.presenter || !allBold(seg)) return false;
  const text = seg.text.trim();
  if (/[.!]$/.test(text) && moreWordsThan(text, 3)) {
    addAction(state, line.item.actions, seg, undefined, 0, true);
    const span = seg.bold[0];
    state.variants.push({ kind: 'bold-action', range: state.r(seg, span[0], seg.bold[seg.bold.length - 1][1]), text });
  }
  return false;
}

/** Reads the action of a line into `into` (an item's actions, or the meeting's outside any item). */
export function addAction(state: ParseState, into: Action[], seg: Segment, keyword: Span | undefined, textFrom: number, bold: boolean): void {
  const t = seg.text;
  const fields = splitActionFields(t, textFrom);
  const owners: Mention[] = [];
  let ownerInferred = false;
  if (fields.owners) {
    const region = t.slice(fields.owners.start, fields.owners.end);
    for (const n of splitNames(region)) owners.push({ text: region.slice(n.start, n.end), range: state.r(seg, fields.owners.start + n.start, fields.owners.start + n.end) });
  } else {
    const task = t.slice(fields.text.start, fields.text.end);
    const subj = leadingSubject(task) ?? subjectAfterCircumstance(task);
    if (subj) {
      const s = fields.text.start + subj.start;
      owners.push({ text: t.slice(s, fields.text.start + subj.end), range: state.r(seg, s, fields.text.start + subj.end) });
      ownerInferred = true;
    }
  }
  let due: Action['due'];
  if (fields.due) {
    const dueText = t.slice(fields.due.start, fields.due.end);
    const d = findDate(dueText, state.order);
    const date = d ? state.dateValue(seg, d, fields.due.start) : undefined;
    if (date) state.meeting!.dates.push(date);
    due = { text: dueText, range: state.r(seg, fields.due.start, fields.due.end), date, nextMeeting: isNextMeeting(dueText) };
  } else {
    due = dueInText(state, seg, fields.text.start, fields.text.end);
  }
  const action: Action = {
    index: into.length + 1,
    text: t.slice(fields.text.start, fields.text.end).trim(), range: state.whole(seg), textRange: state.r(seg, fields.text.start, fields.text.end),
    keyword: keyword ? state.located(seg, keyword.start, keyword.end) : undefined, bold, owners, ownerInferred, due,
    insertAt: state.r(seg, fields.end, fields.end),
  };
  into.push(action);
  if (keyword) {
    const written = t.slice(keyword.start, keyword.end).trim();
    if (written !== CANONICAL.action) state.variants.push({ kind: 'action-keyword', range: state.r(seg, keyword.start, keyword.end), written });
  }
}

/**
 * A due date written in the action's words (`by 31 March 2024`, `before 2026-01-28`, `ASAP`, `by the June
 * meeting`, `Spring 1`), when no `Due:` field gives one. Its date is not a date of the meeting's header,
 * so it is not added to the dates checked for validity.
 */
function dueInText(state: ParseState, seg: Segment, s: number, e: number): Action['due'] {
  const t = seg.text.slice(0, e);
  const d = findDueDate(t, { order: state.order }, s);
  if (!d) return undefined;
  const text = t.slice(d.start, d.end);
  const found = findDate(text, state.order);
  const date = found && !found.problem ? state.dateValue(seg, found, d.start) : undefined;
  return { text, range: state.r(seg, d.start, d.end), date, nextMeeting: isNextMeeting(text) };
}

// gate: `matchActionKeyword`
export const ACTION_KEYWORD: InlineRecogniser = { name: 'action-keyword', starts: startLetters('a'), needs: W_ACTION, run: actionKeyword };
// gate: a meeting that says its actions are in bold
export const BOLD_ACTION: InlineRecogniser = { name: 'bold-action', needs: C_BOLD, run: boldAction };
