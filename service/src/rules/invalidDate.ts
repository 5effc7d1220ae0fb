import { defineRule } from './rule';

export const invalidDate = defineRule('invalid-date', 'error', 'A date that is not on the calendar (31/02/2023), or a weekday that does not match it.', (ctx, code) =>
  ctx.meeting.dates.flatMap((d) => d.problem ? [{
    code, range: d.range,
    message: `"${d.text}" is not a valid date: ${d.problem}. Check the day and month${ctx.settings.dateOrder === 'dmy' ? ' (dates are written day first: 27/09/2022)' : ' (dates are written month first: 09/27/2022)'}.`,
    fixes: [],
  }] : []));
