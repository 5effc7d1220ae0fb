/** minutes/year-mismatch: a minute number whose year is not the meeting's. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const LAST_YEAR = `${SEPTEMBER}
081/22 Budget
Noted.

082/21 Fleet
Noted.
`;

test("a number of last year's in a 2022 meeting: the year is corrected by the fix", () => {
  checkRule('year-mismatch', LAST_YEAR, `
    082/21 Fleet
    ^^^^^^ warning: Minute 082/21 has the year 21, but the meeting is dated 27/09/2022. Write 082/22.
  `);
  checkFixes('year-mismatch', LAST_YEAR, `
    Write 082/22
    - 082/21 Fleet
    + 082/22 Fleet
  `);
});

test("near misses: a reference to last year's minute in the text, and a meeting without a date (no year to compare)", () => {
  checkQuiet('year-mismatch', `${SEPTEMBER}
081/22 Budget
The Board recalled minute 082/21 (see 082/21).
`);
  checkQuiet('year-mismatch', `
    # Strategic Policing and Crime Board

    081/21 Budget
    Noted.
  `);
});

test('a council or financial year that spans two calendar years (`Cou/285/07-08` in February 2008, `GBP/2223/004` in January 2023) is the meeting\'s year', () => {
  const parish = (numbers: string): string => `GREAT WILLOWBY PARISH COUNCIL
Minutes of the Meeting of the Parish Council held on Monday 4th February 2008 at 7.30pm

Cou/285/${numbers} APOLOGIES
None.

Cou/286/${numbers} MINUTES
Approved.
`;
  checkQuiet('year-mismatch', parish('07-08'));
  checkQuiet('year-mismatch', `NHS Ashdown and Mere Integrated Care Board
Date: Thursday 12 January 2023

GBP/2223/004 MATTERS ARISING
Noted.

GBP/2223/005 FINANCE REPORT
Noted.
`);
  checkRule('year-mismatch', parish('05-06'), `
    Cou/285/05-06 APOLOGIES
    ^^^^^^^^^^^^^ warning: Minute Cou/285/05-06 has the year 05, but the meeting is dated Monday 4th February 2008. Write 285/08.
    Cou/286/05-06 MINUTES
    ^^^^^^^^^^^^^ warning: Minute Cou/286/05-06 has the year 05, but the meeting is dated Monday 4th February 2008. Write 286/08.
  `);
});
