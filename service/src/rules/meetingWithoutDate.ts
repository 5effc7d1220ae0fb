import { defineRule } from './rule';
import { CANONICAL } from '../markup';
import { formatDate, todayParts } from '../dates';

export const meetingWithoutDate = defineRule('meeting-without-date', 'warning', 'A meeting with no date.', (ctx, code) => {
  const m = ctx.meeting;
  if (m.date || ctx.doc.kind !== 'minutes') return [];
  const t = todayParts(ctx.today);
  const today = formatDate(t.year, t.month, t.day, ctx.settings.dateOrder);
  const anchor = m.title?.range ?? { start: { line: m.startLine, character: 0 }, end: { line: m.startLine, character: ctx.lines[m.startLine]?.length ?? 0 } };
  const at = m.title ? { line: m.title.range.end.line, character: ctx.lines[m.title.range.end.line].length } : { line: m.startLine, character: 0 };
  return [{
    code, range: anchor,
    message: `This meeting has no date. Add a line "${CANONICAL.date} ${today}" under the title.`,
    fixes: [{ title: `Add today's date (${today})`, edits: [{ range: { start: at, end: at }, newText: m.title ? `\n${CANONICAL.date} ${today}` : `${CANONICAL.date} ${today}\n` }] }],
  }];
});
