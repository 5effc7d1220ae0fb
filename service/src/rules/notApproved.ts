import { defineRule } from './rule';
import { displayDate } from '../dates';
import { fileName, nextMeetingInFolder } from '../succession';
import { meetingStatus } from '../minutesStatus';

export const notApproved = defineRule('not-approved', 'information', 'A meeting whose minutes the next meeting, in the folder, did not record as a correct record.', null, (ctx, code) => {
  const { model, record } = ctx;
  if (!record.date || record.approvedBy) return [];
  const status = meetingStatus(record.meeting);
  if (status === 'approved' || status === 'published') return []; // the header says they were
  // only the meeting that followed can have agreed them: when it is not in the folder, nobody here could
  const next = nextMeetingInFolder(model, record);
  if (!next) return [];
  const m = record.meeting;
  return [{
    code, range: m.title?.range ?? m.date!.range, fixes: [],
    message: `These minutes were never agreed as a correct record: the next meeting, ${displayDate(next.date!, ctx.settings.dateOrder)} (${fileName(next.uri)}), does not say so. Its minutes should, e.g. "The notes of the meeting held on ${m.date!.text} were agreed as a correct record."`,
  }];
});
