/**
 * What a meeting shows other meetings, defined once: what the rules across meetings and the
 * workspace model (`workspace.ts`) read of one meeting. It is its date and title, its `Status:`
 * line and next meeting's date, its items' numbers and how many actions each has, its references
 * to other minutes, its status lines (`081/22-A1 DONE: …`) and its approvals ("the minutes of the
 * meeting held on … were agreed"). Anything else (an item's title or text, an action's words, the
 * people) is the meeting's own.
 *
 * Two versions of one meeting compare as `same` (all of it, in the same places: the findings across
 * meetings are kept, `host/index.ts`), `moved` (the same, but some of it stands on other lines),
 * `rules` (what only the rules read of the meeting itself changed: its references, its next
 * meeting, its `Status:` line, its date as written) or `model` (what the workspace model holds of
 * it changed: its date, title, numbers, actions counted, status lines or approvals). The findings
 * point at places and are worked out again for anything but `same`; the workspace model, which keeps
 * no place but the approvals', is updated in place for anything but `model` (`updateWorkspace`).
 */
import type { DateValue, ItemNumber, Meeting, MinutesDocument, Reference, StatusUpdate } from './model';
import { numberLabel, type MinuteNumber } from './numbers';
import { rangesEqual, type Range } from './types';

export type AcrossMeetingsChange = 'same' | 'moved' | 'rules' | 'model';

/** How what `y` shows other meetings differs from what `x`, an earlier version of the same meeting, showed. */
export function acrossMeetingsChange(x: Meeting, y: Meeting): AcrossMeetingsChange {
  if (x === y) return 'same';
  let moved = false;
  let rules = false;
  const at = (a: Range | undefined, b: Range | undefined): void => { if (!moved && !sameOptionalRange(a, b)) moved = true; };
  // what the workspace model holds: the meeting's record, its items and actions by number, the status changes, the approvals
  if (x.date?.iso !== y.date?.iso || x.title?.value !== y.title?.value) return 'model';
  // an approval's place is what the approved meeting's record points at (`approvedBy`): a place that counts
  if (!sameApprovals(x.approvals, y.approvals)) return 'model';
  const u = x.statusUpdates;
  const v = y.statusUpdates;
  if (u.length !== v.length) return 'model';
  for (let i = 0; i < u.length; i++) {
    if (!sameStatus(u[i], v[i])) return 'model';
    at(u[i].range, v[i].range);
    at(u[i].refRange, v[i].refRange);
  }
  if (x.items.length !== y.items.length) return 'model';
  for (let i = 0; i < x.items.length; i++) {
    const p = x.items[i];
    const q = y.items[i];
    if (p === q) continue;
    if (p.actions.length !== q.actions.length || !sameNumberText(p.number, q.number)) return 'model';
    at(p.number?.range, q.number?.range);
    if (p.references.length !== q.references.length) rules = true;
    else {
      for (let k = 0; k < p.references.length; k++) {
        if (!sameReferenceText(p.references[k], q.references[k])) rules = true;
        at(p.references[k].range, q.references[k].range);
      }
    }
  }
  // what the rules read of the meeting itself; which meeting followed this one (not-approved) reads its next meeting and its Status: line
  if (x.date?.text !== y.date?.text || !sameDateText(x.nextMeeting, y.nextMeeting) || x.status?.value !== y.status?.value) rules = true;
  at(x.date?.range, y.date?.range);
  at(x.title?.range, y.title?.range);
  at(x.nextMeeting?.range, y.nextMeeting?.range);
  return rules ? 'rules' : moved ? 'moved' : 'same';
}

/**
 * True when the rules that read across meetings find the same in `b` as in `a`, two versions of
 * one meeting, while the other meetings stay as they were: what it shows other meetings is the
 * same, in the same places. A keystroke in an item's text then keeps the meeting's findings across
 * meetings. A property test checks this against `analyzeAcrossMeetings` on random edits.
 */
export function sameAcrossMeetings(a: MinutesDocument, b: MinutesDocument): boolean {
  if (a === b) return true;
  const x = a.meeting;
  const y = b.meeting;
  if (a.kind !== b.kind || !x || !y) return a.kind === b.kind && !x && !y;
  return acrossMeetingsChange(x, y) === 'same';
}

/** The same approval sentences, in the same places, approving the same meetings. */
function sameApprovals(a: Meeting['approvals'], b: Meeting['approvals']): boolean {
  return a.length === b.length && a.every((x, i) => x.meetingDate === b[i].meetingDate && rangesEqual(x.range, b[i].range));
}

/** The same date, written the same, in the same place. */
export function sameDate(a: DateValue | undefined, b: DateValue | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && sameDateText(a, b) && rangesEqual(a.range, b.range));
}

/** The same item number, written the same, in the same place. */
export function sameItemNumber(a: ItemNumber | undefined, b: ItemNumber | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && sameNumberText(a, b) && rangesEqual(a.range, b.range));
}

function sameOptionalRange(a: Range | undefined, b: Range | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && rangesEqual(a, b));
}

function sameDateText(a: DateValue | undefined, b: DateValue | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.iso === b.iso && a.text === b.text);
}

function sameNumberText(a: ItemNumber | undefined, b: ItemNumber | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.seq === b.seq && a.year === b.year && a.written === b.written
    && a.malformed === b.malformed && a.debris === b.debris);
}

/** The same minute named (for a board's own scheme, as the action log labels it). */
function sameTarget(a: MinuteNumber, b: MinuteNumber): boolean {
  return a.seq === b.seq && a.year === b.year && (a.scheme === undefined && b.scheme === undefined || numberLabel(a) === numberLabel(b));
}

function sameReferenceText(a: Reference, b: Reference): boolean {
  return sameTarget(a.target, b.target) && a.action === b.action;
}

function sameStatus(a: StatusUpdate, b: StatusUpdate): boolean {
  return sameTarget(a.target, b.target) && a.action === b.action && a.status === b.status && a.note === b.note;
}
