import { defineRule } from './rule';
import { displayDate } from '../dates';

export const notApproved = defineRule('not-approved', 'information', 'A meeting whose minutes no later meeting recorded as a correct record.', null, (ctx, code) => {
  const { model, record } = ctx;
  if (!record.date || record.approvedBy) return [];
  const later = model.meetings.filter((m) => m.date && m.date > record.date!);
  if (later.length === 0) return []; // the next meeting has not happened yet
  const m = record.meeting;
  return [{
    code, range: m.title?.range ?? m.date!.range, fixes: [],
    message: `These minutes were never agreed as a correct record. The next meeting (${displayDate(later[0].date!, ctx.settings.dateOrder)}) should say so, e.g. "The notes of the meeting held on ${m.date!.text} were agreed as a correct record."`,
  }];
});
