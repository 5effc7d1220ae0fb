/** minutes/confidential-marker: confidential business not marked `[confidential]` after the number (withheld all the same); the fix writes the mark as documented. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const TITLE = `${SEPTEMBER}
081/22 Vehicle Fleet Contract Award (Confidential)
The Board considered the tenders.
`;

test('a mark at the end of the title: the mark is marked, the item withheld, the clerk told, and the fix writes the mark after the number', () => {
  checkRule('confidential-marker', TITLE, `
    081/22 Vehicle Fleet Contract Award (Confidential)
                                        ^^^^^^^^^^^^^^ warning: Item 081/22 is left out of the public version: its title is marked as confidential business, but not as the minutes mark it. Write [confidential] (or [confidential: the reason]) right after the minute number; if the item is public, take the mark out of its title.
  `);
  checkFixes('confidential-marker', TITLE, `
    Write the marker as [confidential] after the minute number
    - 081/22 Vehicle Fleet Contract Award (Confidential)
    + 081/22 [confidential] Vehicle Fleet Contract Award
  `);
});

test('a section heading naming exempt business: every item under it is withheld, and named', () => {
  checkRule('confidential-marker', `${SEPTEMBER}
081/22 Budget
Noted.

## Part 2 – Exempt items

082/22 Fleet Contract
The Board considered the tenders.

083/22 Estates Disposal
The Board considered the offer.
`, `
    ## Part 2 – Exempt items
       ^^^^^^^^^^^^^^^^^^^^^ warning: The heading "Part 2 – Exempt items" names confidential business: the 2 items under it (082/22, 083/22) are left out of the public version. Mark each confidential item [confidential] after its minute number; if they are public, reword the heading.
  `);
});

test('near misses: the documented marks, with and without a reason, and a title that merely mentions confidentiality', () => {
  checkQuiet('confidential-marker', `${SEPTEMBER}
081/22 [confidential] Vehicle Fleet Contract Award
The Board considered the tenders.

082/22 [exempt: paragraph 3 of Schedule 12A] Estates Disposal
The Board considered the offer.

083/22 Review of the Confidential Reporting Policy
The Board approved the whistleblowing policy.
`);
});
