/** minutes/exempt-without-reason: `[exempt]` with no reason, or a reason citing none of minutes.exemptReasons. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const NO_REASON = `${COUNCIL}
035/25 Exclusion of the press and public
RESOLVED that the press and public be excluded for the following item, as it involves the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

036/25 [exempt] Lease of the Town Hall café
The committee agreed the terms.
`;

test("[exempt] with no reason: the fix offers the resolution's reason first, as the resolution words it, then the other reasons set (paragraph 3 is not offered twice)", () => {
  checkRule('exempt-without-reason', NO_REASON, `
    036/25 [exempt] Lease of the Town Hall café
           ^^^^^^^^ warning: Item 036/25 is marked [exempt] with no reason: the public version says why it was taken in private, and the resolution excluding the press and public must cite the paragraph. Write the reason in the mark (\`[exempt: paragraph 1 of Schedule 12A]\`).
  `);
  checkFixes('exempt-without-reason', NO_REASON.replace('[exempt]', '[ex$0empt]'), `
    Give the reason: paragraph 3 of Part 1 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 3 of Part 1 of Schedule 12A] Lease of the Town Hall café

    Give the reason: paragraph 1 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 1 of Schedule 12A] Lease of the Town Hall café

    Give the reason: paragraph 2 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 2 of Schedule 12A] Lease of the Town Hall café

    Give the reason: paragraph 4 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 4 of Schedule 12A] Lease of the Town Hall café

    Give the reason: paragraph 5 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 5 of Schedule 12A] Lease of the Town Hall café

    Give the reason: paragraph 6 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 6 of Schedule 12A] Lease of the Town Hall café

    Give the reason: paragraph 7 of Schedule 12A
    - 036/25 [exempt] Lease of the Town Hall café
    + 036/25 [exempt: paragraph 7 of Schedule 12A] Lease of the Town Hall café
  `);
});

test('a reason that cites no paragraph', () => {
  checkRule('exempt-without-reason', NO_REASON.replace('[exempt]', '[exempt: commercially sensitive]'), `
    036/25 [exempt: commercially sensitive] Lease of the Town Hall café
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: Item 036/25 is exempt "commercially sensitive", which cites none of the reasons exempt business may be taken in private (paragraph 1 of Schedule 12A, paragraph 2 of Schedule 12A, paragraph 3 of Schedule 12A …). Cite the paragraph (\`[exempt: paragraph 1 of Schedule 12A]\`), or add the board's reasons to the setting minutes.exemptReasons.
  `);
});

test("near misses: the paragraph cited in the Act's long form, a board's own reason set, and [confidential] business with no reason", () => {
  checkQuiet('exempt-without-reason', NO_REASON.replace('[exempt]', '[exempt: paragraph 3 of Part 1 of Schedule 12A]'));
  checkQuiet('exempt-without-reason', NO_REASON.replace('[exempt]', '[exempt: commercially sensitive]'), { settings: { exemptReasons: ['commercially sensitive'] } });
  checkQuiet('exempt-without-reason', NO_REASON.replace('[exempt]', '[confidential]'));
});
