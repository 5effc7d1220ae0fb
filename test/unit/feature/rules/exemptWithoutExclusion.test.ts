/** minutes/exempt-without-exclusion: an item marked [exempt] that no resolution excluding the press and public covers. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

test('an exempt item with no resolution before it: the message gives the resolution to write, with its paragraph', () => {
  checkRule('exempt-without-exclusion', `${COUNCIL}
035/25 Planning
The committee noted the applications.

036/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café
The committee agreed the terms.
`, `
    036/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information: Item 036/25 is exempt, but no resolution excluding the press and public is recorded before it. Record it in the item before (\`RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 3 of Schedule 12A.\`).
  `);
});

test('near misses: items the resolution covers ("the following items", until readmitted), and [confidential] business', () => {
  checkQuiet('exempt-without-exclusion', `${COUNCIL}
035/25 Exclusion of the press and public
RESOLVED that the press and public be excluded for the following items, as they involve the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

036/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café
The committee agreed the terms.

037/25 [exempt: paragraph 1 of Schedule 12A] Staffing
The committee agreed the structure.

038/25 [confidential] Legal advice
The committee noted the advice.
`);
});
