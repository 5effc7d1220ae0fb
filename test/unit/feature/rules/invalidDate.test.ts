/** minutes/invalid-date: a date that is not on the calendar, or a weekday that does not match it. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';

test('the 31st of February, and a Monday that was a Tuesday', () => {
  checkRule('invalid-date', `
    # Strategic Policing and Crime Board
    Date: Monday 27 September 2022

    081/22 Budget
    ACTION: Report on the budget. Owner: Mark Kenyon. Due: 31/02/2023.
  `, `
    Date: Monday 27 September 2022
          ^^^^^^^^^^^^^^^^^^^^^^^^ error: "Monday 27 September 2022" is not a valid date: 27 September 2022 was a Tuesday, not a Monday. Check the day and month (dates are written day first: 27/09/2022).
    ACTION: Report on the budget. Owner: Mark Kenyon. Due: 31/02/2023.
                                                           ^^^^^^^^^^ error: "31/02/2023" is not a valid date: February 2023 has no day 31. Check the day and month (dates are written day first: 27/09/2022).
  `);
});

test('near misses: a month-first date where the setting says so, a date with an ordinal, the 29th of February of a leap year', () => {
  checkQuiet('invalid-date', `
    # Strategic Policing and Crime Board
    Date: 09/27/2022

    081/22 Budget
    ACTION: Report on the budget. Owner: Mark Kenyon. Due: 02/29/2024.
  `, { settings: { dateOrder: 'mdy' } });
  checkQuiet('invalid-date', `
    # Strategic Policing and Crime Board
    Date: Tuesday 27th September 2022

    081/22 Budget
    ACTION: Report on the budget. Owner: Mark Kenyon. Due: 29/02/2024.
  `);
});
