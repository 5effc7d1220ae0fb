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

test("a board's own number with the year in two digits or in full is corrected in its own form (`C.24.14` → `C.25.14`, `C.2024.15` → `C.2025.15`, `PC24/061` → `PC25/061`)", () => {
  const council = (a: string, b: string): string => `UNIVERSITY OF HALLAM COUNCIL
Minutes of the meeting held on 10 March 2025

${a} MINUTES
Noted.

${b} FINANCE
Noted.
`;
  checkRule('year-mismatch', council('C.24.14', 'C.24.15'), `
    C.24.14 MINUTES
    ^^^^^^^ warning: Minute C.24.14 has the year 24, but the meeting is dated 10 March 2025. Write C.25.14.
    C.24.15 FINANCE
    ^^^^^^^ warning: Minute C.24.15 has the year 24, but the meeting is dated 10 March 2025. Write C.25.15.
  `);
  checkFixes('year-mismatch', council('C.24.14', 'C.24.15'), `
    Write C.25.14
    - C.24.14 MINUTES
    + C.25.14 MINUTES

    Write C.25.15
    - C.24.15 FINANCE
    + C.25.15 FINANCE

    Correct the year of all 2 minute numbers
    - C.24.14 MINUTES
    + C.25.14 MINUTES
    …
    - C.24.15 FINANCE
    + C.25.15 FINANCE
  `);
  checkFixes('year-mismatch', council('C.2024.14', 'C.2024.15'), `
    Write C.2025.14
    - C.2024.14 MINUTES
    + C.2025.14 MINUTES

    Write C.2025.15
    - C.2024.15 FINANCE
    + C.2025.15 FINANCE

    Correct the year of all 2 minute numbers
    - C.2024.14 MINUTES
    + C.2025.14 MINUTES
    …
    - C.2024.15 FINANCE
    + C.2025.15 FINANCE
  `);
  checkFixes('year-mismatch', council('PC24/061', 'PC24/062'), `
    Write PC25/061
    - PC24/061 MINUTES
    + PC25/061 MINUTES

    Write PC25/062
    - PC24/062 FINANCE
    + PC25/062 FINANCE

    Correct the year of all 2 minute numbers
    - PC24/061 MINUTES
    + PC25/061 MINUTES
    …
    - PC24/062 FINANCE
    + PC25/062 FINANCE
  `);
  // near misses: the meeting's own year, dotted in two digits or in full
  checkQuiet('year-mismatch', council('C.25.14', 'C.25.15'));
  checkQuiet('year-mismatch', council('SC.2025.7', 'SC.2025.8'));
});
