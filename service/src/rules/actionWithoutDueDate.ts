import { draftsOnly, defineItemRule, type Finding } from './rule';
import { CANONICAL } from '../markup';
import { dateAfterMeeting, type DateOrder } from '../dates';

// The example date is the same for every action of a meeting (four weeks after it): worked out
// once, not parsed, added to and formatted again for each of a thousand actions.
let lastExample: { readonly meeting: string | undefined; readonly today: number; readonly order: DateOrder; readonly text: string } | undefined;
function exampleDate(meeting: string | undefined, today: Date, order: DateOrder): string {
  const e = lastExample;
  if (e && e.meeting === meeting && e.today === today.getTime() && e.order === order) return e.text;
  const text = dateAfterMeeting(undefined, meeting, today, order);
  lastExample = { meeting, today: today.getTime(), order, text };
  return text;
}

export const actionWithoutDueDate = draftsOnly(defineItemRule('action-without-due-date', 'information', 'An action with no due date.', (ctx, item, code) => {
  const out: Finding[] = [];
  // a loop, not flatMap: asked of every item, most with no action or actions with a due date
  for (const action of item.actions) {
    if (action.due) continue;
    const stop = /[.!]$/.test(ctx.lines[action.insertAt.start.line].slice(0, action.insertAt.start.character).trimEnd()) ? '' : '.';
    const next = ctx.meeting.nextMeeting;
    const fixes = action.bold ? [] : [
      { title: `Due at the next meeting`, edits: [{ range: action.insertAt, newText: `${stop} ${CANONICAL.due} next meeting.` }] },
      ...(next?.iso ? [{ title: `Due on ${next.text}`, edits: [{ range: action.insertAt, newText: `${stop} ${CANONICAL.due} ${next.text}.` }] }] : []),
    ];
    const example = next?.iso ? next.text : exampleDate(ctx.meeting.date?.iso, ctx.today, ctx.settings.dateOrder);
    // the squiggle stays under the keyword; the fixes are offered anywhere on the action's lines,
    // the end of the line included, where the message tells the clerk to add the date
    const last = action.insertAt.end.line;
    out.push({
      code, range: action.keyword?.range ?? action.textRange,
      offeredOn: { start: { line: action.range.start.line, character: 0 }, end: { line: last, character: ctx.lines[last]?.length ?? action.insertAt.end.character } },
      message: `This action has no due date. Add one at the end of the line: "${CANONICAL.due} ${example}." or "${CANONICAL.due} next meeting."`,
      fixes,
    });
  }
  return out;
}));
