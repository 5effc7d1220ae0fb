/** minutes/duplicate-status-line: two status lines for one action in one meeting; the fix keeps the later line and every word of the earlier. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { JULY, SEPTEMBER } from '../../../support/boardFixture';

const TWO = `${JULY}${SEPTEMBER}
077/22 Matters Arising
075/22-A1 CARRIED FORWARD: awaiting the fuel contract
075/22-A1 DONE: contract signed
`;

test('CARRIED FORWARD then DONE: the earlier line is told that the later counts; the fix merges its status and note into the later line', () => {
  checkRule('duplicate-status-line', TWO, `
    075/22-A1 CARRIED FORWARD: awaiting the fuel contract
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: 075/22-A1 has two status lines in this meeting: CARRIED FORWARD here and DONE on line 12. The later one counts, and both would be published: keep one line for the action.
    075/22-A1 DONE: contract signed
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ related: 075/22-A1 DONE here
  `);
  checkFixes('duplicate-status-line', TWO, `
    Merge into the DONE line (line 12), keeping the note "carried forward – awaiting the fuel contract"
    - 075/22-A1 CARRIED FORWARD: awaiting the fuel contract
    - 075/22-A1 DONE: contract signed
    + 075/22-A1 DONE: carried forward – awaiting the fuel contract; contract signed
  `);
});

test('the same word twice with no note: the fix removes the earlier line', () => {
  checkFixes('duplicate-status-line', `${JULY}${SEPTEMBER}
077/22 Matters Arising
075/22-A1 DONE
075/22-A1 DONE: contract signed
`, `
    Remove this line: the DONE line (line 12) says the same
    - 075/22-A1 DONE
  `);
});

test("near misses: one status line for each of two actions, and the action's status in two meetings", () => {
  checkQuiet('duplicate-status-line', `${JULY.replace('Due: 27/09/2022.\n', 'Due: 27/09/2022.\nACTION: Cost the new fleet. Owner: Mark Kenyon. Due: 27/09/2022.\n')}${SEPTEMBER}
077/22 Matters Arising
075/22-A1 CARRIED FORWARD: awaiting the fuel contract
075/22-A2 DONE: costed
//- 2022-10-25.minutes
# Strategic Policing and Crime Board
Date: 25/10/2022

078/22 Matters Arising
075/22-A1 DONE: contract signed
`);
});
