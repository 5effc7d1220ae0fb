/**
 * Attendance written in an item's sentences: "Apologies were received from …", "X was absent",
 * "X attended as substitute for Y", a roll call's `Present:` / `Absent:` (recognisers/peopleForms.ts
 * reads them). They feed the meeting's lists, as a reader takes them.
 */
import { readAttendanceProse } from '../recognisers/peopleForms';
import type { InlineRecogniser, Line } from './inline';

export function attendance(line: Line): boolean {
  readAttendanceProse(line.state, line.seg, line.from);
  return false;
}

export const ATTENDANCE: InlineRecogniser = { name: 'attendance', run: attendance };
