/** minutes/meeting-without-date: no date for the meeting; the fix adds today's under the title. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';

const NO_DATE = `
  # Strategic Policing and Crime Board
  Chair: Simon Foster

  081/22 Budget
  Noted.
`;
const TODAY = { today: new Date(2022, 8, 27) };

test("a meeting with a title and no date: the title is marked, and the fix writes today's date under it", () => {
  checkRule('meeting-without-date', NO_DATE, `
    # Strategic Policing and Crime Board
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: This meeting has no date. Add a line "Date: 27/09/2022" under the title.
  `, TODAY);
  checkFixes('meeting-without-date', NO_DATE, `
    Add today's date (27/09/2022)
    + Date: 27/09/2022
  `, TODAY);
});

test("near misses: a date in another form, a published date line, and an agenda's date", () => {
  checkQuiet('meeting-without-date', `
    # Strategic Policing and Crime Board
    Date: Tuesday 27 September 2022

    081/22 Budget
    Noted.
  `);
  checkQuiet('meeting-without-date', `
    STRATEGIC POLICING AND CRIME BOARD
    Tuesday 27 September 2022 - 1000 – 1300 hrs

    081/22 Budget
    Noted.
  `);
});
