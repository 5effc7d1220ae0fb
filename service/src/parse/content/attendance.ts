/**
 * Attendance written in an item's sentences: "Apologies were received from …", "X was absent",
 * "X attended as substitute for Y", a roll call's `Present:` / `Absent:` (recognisers/peopleForms.ts
 * reads them). They feed the meeting's lists, as a reader takes them.
 */
import { inRegister, itemGuests, readAttendanceProse, readListRunOn, registerGrid } from '../recognisers/peopleForms';
import type { InlineRecogniser, Line } from './inline';
import { C_ATTENDANCE, C_REGISTER, H_COLON, H_GAP } from './keywords';

/**
 * A register of attendance in an item (`Register of attendance` ⏎ `Name⇥Initials⇥…⇥Attendance` at the end of the
 * minutes, or a page whose attendance table fell under a heading taken for an item), and the lines it took: its
 * rows and its groups' labels are the register's, no action, decision or roll call of the item.
 */
export function register(line: Line): boolean {
  // (the grid's heading row parts its cells by a tab or a gap: the line's signature says whether it has one, no search)
  return line.from === 0 && (inRegister(line.state, line.seg) || ((line.words & H_GAP) !== 0 && registerGrid(line.state, line.seg)));
}

// gate: a register open, or a grid's heading row (a tab or a gap)
export const REGISTER: InlineRecogniser = { name: 'register', anyWords: C_REGISTER | H_GAP, run: register };

/** Cheap first test of a guest's label in an item (forms/headings.ts `forThisItem` reads it). */
const FOR_ITEM_LABEL = /^[A-Za-z][A-Za-z ]{1,20} for (?:this|the) item:/i;

export function attendance(line: Line): boolean {
  // only in items about attendance (`Apologies for absence`, `Roll call`, `Welcome`): a sentence in
  // another item that mentions apologies is the discussion's, and every other line is spared the look
  // (but a guest named for the item it is in, `Also present for this item: …`, in any item: its own line, a label first)
  // (the item's title, or its sub-item's being read, as the line's context says: content/context.ts)
  if ((line.words & C_ATTENDANCE) === 0) return line.from === 0 && (line.words & H_COLON) !== 0 && FOR_ITEM_LABEL.test(line.body) && itemGuests(line.state, line.seg);
  // the names a table's next cell carries on from the apologies of the cell before
  if (readListRunOn(line.state, line.seg, line.from)) return true;
  readAttendanceProse(line.state, line.seg, line.from);
  return false;
}

// gate: an item about attendance, or a guest's label (its colon) in any item
export const ATTENDANCE: InlineRecogniser = { name: 'attendance', anyWords: C_ATTENDANCE | H_COLON, run: attendance };
