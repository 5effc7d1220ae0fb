/** `minutes/attendance` (protocol.ts): the workspace's attendance, per meeting and per member. */
import { attendanceReport, formatAttendance } from '#service';
import { AttendanceRequest, type AttendanceResult } from '#protocol';
import type { ServerContext } from '../context';
import { checkCancelled } from '../slices';

export function registerAttendance(ctx: ServerContext): void {
  ctx.connection.onRequest(AttendanceRequest, (params, token): AttendanceResult => {
    checkCancelled(token);
    const model = ctx.index.model();
    const meetings = params?.uri ? model.meetings.filter((m) => m.uri === params.uri) : model.meetings;
    const report = attendanceReport(meetings, ctx.cache.currentSettings);
    const format = params?.format === 'csv' || params?.format === 'json' || params?.format === 'md' ? params.format : undefined;
    return format ? { report, text: formatAttendance(report, format) } : { report };
  });
}
