/** minutes/duplicate-number: two items of one number, in a meeting or across the folder's meetings. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { JULY, SEPTEMBER } from '../../../support/boardFixture';

const TWICE = `${SEPTEMBER}
081/22 Budget
Noted.

082/22 Fleet
Noted.

082/22 Estates
Noted.
`;

test('a number used twice in one meeting: the second use is the error, pointing at the first; the fix gives a free number', () => {
  checkRule('duplicate-number', TWICE, `
    082/22 Fleet
    ^^^^^^ related: 082/22 is first used here
    082/22 Estates
    ^^^^^^ error: Minute 082/22 is used twice (first on line 13). Give this item its own number, such as 083/22.
  `);
  checkFixes('duplicate-number', TWICE, `
    Change to 083/22
    - 082/22 Estates
    + 083/22 Estates
  `);
});

test('a number an earlier meeting of the folder used: the later meeting is told, naming the other meeting and its item; no fix (the meeting is renumbered)', () => {
  checkRule('duplicate-number', `${JULY}${SEPTEMBER}
075/22 Budget
Noted.
`, `
    075/22 Budget
    ^^^^^^ error: Minute 075/22 is already used by the meeting of 26/07/2022 (2022-07-26.minutes), item "Finance and Budget Update". Each minute number is used once a year: renumber this meeting's items.
  `);
});

test('near misses: a reference to an earlier minute, an action reference, and the same number of another year', () => {
  checkQuiet('duplicate-number', `${JULY}${SEPTEMBER}
077/22 Matters Arising
The Board returned to minute 075/22 (see 075/22).
075/22-A1 CARRIED FORWARD: fuel costs still being collected.

078/22 Fleet
As in 2021 (078/21), the fleet is ageing.
`);
});
