/** minutes/number-out-of-sequence: a gap or a step back in a meeting, or a first item that does not follow the previous meeting of the year. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { JULY, SEPTEMBER } from '../../../support/boardFixture';

const GAP = `${SEPTEMBER}
077/22 Budget
Noted.

079/22 Fleet
Noted.
`;

test('a gap: the number that skips names the expected one, and the fix writes it', () => {
  checkRule('number-out-of-sequence', GAP, `
    079/22 Fleet
    ^^^^^^ warning: Minute 079/22 skips after 077/22: expected 078/22. Renumber this item, or add the missing item.
  `);
  checkFixes('number-out-of-sequence', GAP, `
    Change to 078/22
    - 079/22 Fleet
    + 078/22 Fleet
  `);
});

test('a step back', () => {
  checkRule('number-out-of-sequence', `${SEPTEMBER}
077/22 Budget
Noted.

078/22 Fleet
Noted.

076/22 Estates
Noted.
`, `
    076/22 Estates
    ^^^^^^ warning: Minute 076/22 goes back after 078/22: expected 079/22. Renumber this item.
  `);
});

test("across meetings: July ended at 076/22, so September's first item is 077/22", () => {
  const source = `${JULY}${SEPTEMBER}
080/22 Budget
Noted.

081/22 Fleet
Noted.
`;
  checkRule('number-out-of-sequence', source, `
    080/22 Budget
    ^^^^^^ warning: The meeting of 26/07/2022 ended at 076/22, so this meeting's first item should be 077/22, not 080/22.
  `);
  checkFixes('number-out-of-sequence', source, `
    Change to 077/22
    - 080/22 Budget
    + 077/22 Budget
  `);
});

test('near misses: numbers in order after the previous meeting, a number used twice (the duplicate rule tells it), and the first meeting of a new year', () => {
  checkQuiet('number-out-of-sequence', `${JULY}${SEPTEMBER}
077/22 Budget
Noted.

078/22 Fleet
Noted.

078/22 Estates
Noted.
`);
  checkQuiet('number-out-of-sequence', `${JULY}//- 2023-01-24.minutes
# Strategic Policing and Crime Board
Date: 24/01/2023

001/23 Apologies
None.
`);
});
