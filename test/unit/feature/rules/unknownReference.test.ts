/** minutes/unknown-reference: a reference to an item or action that no meeting of the folder has. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { JULY, SEPTEMBER } from '../../../support/boardFixture';

test("a reference to an item no meeting has, and to a second action of an item that has one", () => {
  checkRule('unknown-reference', `${JULY}${SEPTEMBER}
077/22 Matters Arising
This follows the discussion of the estate (see 057/22).
075/22-A2 DONE: costed
`, `
    This follows the discussion of the estate (see 057/22).
                                                   ^^^^^^ warning: There is no item 057/22 in the meetings of this folder. Check the number, or add the meeting that holds it.
    075/22-A2 DONE: costed
    ^^^^^^^^^ warning: Item 075/22 has one action (A1), so there is no 075/22-A2.
  `);
});

test('near misses: references to an item and an action of an earlier meeting, and to an item of this meeting', () => {
  checkQuiet('unknown-reference', `${JULY}${SEPTEMBER}
077/22 Matters Arising
The Board returned to the budget (see 075/22).
075/22-A1 DONE: circulated

078/22 Fleet
As agreed under minute 077/22, the fleet report was taken.
`);
});
