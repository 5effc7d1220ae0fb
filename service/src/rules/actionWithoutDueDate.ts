import { draftsOnly, defineItemRule } from './rule';
import { CANONICAL } from '../markup';
import { dateAfterMeeting } from '../dates';

export const actionWithoutDueDate = draftsOnly(defineItemRule('action-without-due-date', 'information', 'An action with no due date.', (ctx, item, code) =>
  item.actions.flatMap((action) => {
    if (action.due) return [];
    const stop = /[.!]$/.test(ctx.lines[action.insertAt.start.line].slice(0, action.insertAt.start.character).trimEnd()) ? '' : '.';
    const next = ctx.meeting.nextMeeting;
    const fixes = action.bold ? [] : [
      { title: `Due at the next meeting`, edits: [{ range: action.insertAt, newText: `${stop} ${CANONICAL.due} next meeting.` }] },
      ...(next?.iso ? [{ title: `Due on ${next.text}`, edits: [{ range: action.insertAt, newText: `${stop} ${CANONICAL.due} ${next.text}.` }] }] : []),
    ];
    const example = next?.iso ? next.text : dateAfterMeeting(undefined, ctx.meeting.date?.iso, ctx.today, ctx.settings.dateOrder);
    // the squiggle stays under the keyword; the fixes are offered anywhere on the action's lines,
    // the end of the line included, where the message tells the clerk to add the date
    const last = action.insertAt.end.line;
    return [{
      code, range: action.keyword?.range ?? action.textRange,
      offeredOn: { start: { line: action.range.start.line, character: 0 }, end: { line: last, character: ctx.lines[last]?.length ?? action.insertAt.end.character } },
      message: `This action has no due date. Add one at the end of the line: "${CANONICAL.due} ${example}." or "${CANONICAL.due} next meeting."`,
      fixes,
    }];
  })));
