/** minutes/exempt-not-marked: an item the press and public were excluded for, not marked [exempt]: the public version leaves it out without saying why. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const EXCLUDED = `${COUNCIL}
035/25 Exclusion of the press and public
RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

036/25 Lease of the Town Hall café
The committee agreed the terms.
`;

test("the item after the exclusion, unmarked: the fix writes the resolution's paragraph in the mark, as the resolution words it", () => {
  checkRule('exempt-not-marked', EXCLUDED, `
    RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ related: The resolution excluding the press and public
    036/25 Lease of the Town Hall café
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: Item 036/25 is not marked exempt, but the press and public were excluded for it (035/25): the public version leaves it out, but the minutes do not say why. Write [exempt: paragraph 3 of Part 1 of Schedule 12A] right after its minute number; if the item was taken in public, correct the resolution.
  `);
  checkFixes('exempt-not-marked', EXCLUDED, `
    Mark the item [exempt: paragraph 3 of Part 1 of Schedule 12A]
    - 036/25 Lease of the Town Hall café
    + 036/25 [exempt: paragraph 3 of Part 1 of Schedule 12A] Lease of the Town Hall café
  `);
});

test('near misses: the item marked, one marked [confidential] (withheld all the same), and the item after "the following item" (taken in public)', () => {
  checkQuiet('exempt-not-marked', `${COUNCIL}
035/25 Exclusion of the press and public
RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

036/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café
The committee agreed the terms.

037/25 Any Other Business
There was none.
`);
  checkQuiet('exempt-not-marked', EXCLUDED.replace('036/25 Lease', '036/25 [confidential] Lease'));
});
