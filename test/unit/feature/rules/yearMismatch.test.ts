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
