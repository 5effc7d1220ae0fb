/**
 * Attendance written in an item's sentences: "Apologies were received from …", "X was absent",
 * "X attended as substitute for Y", a roll call's `Present:` / `Absent:` (recognisers/peopleForms.ts
 * reads them). They feed the meeting's lists, as a reader takes them.
 */
import { attendanceItem, readAttendanceProse, readListRunOn, registerGrid } from '../recognisers/peopleForms';
import type { InlineRecogniser, Line } from './inline';

export function attendance(line: Line): boolean {
  // a register of attendance at the end of the minutes (`Register of attendance` ⏎ `Name⇥Initials⇥…⇥Attendance`), in whichever item it fell
  if (line.from === 0 && registerGrid(line.state, line.seg)) return true;
  // only in items about attendance (`Apologies for absence`, `Roll call`, `Welcome`): a sentence in
  // another item that mentions apologies is the discussion's, and every other line is spared the look
  if (!attendanceItem(line.item.title)) return false;
  // the names a table's next cell carries on from the apologies of the cell before
  if (readListRunOn(line.state, line.seg, line.from)) return true;
  readAttendanceProse(line.state, line.seg, line.from);
  return false;
}

export const ATTENDANCE: InlineRecogniser = { name: 'attendance', run: attendance };
