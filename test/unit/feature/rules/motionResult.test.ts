/** minutes/motion-result: a motion with no result and no decision after it; a decision restating a motion recorded as lost. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const NO_RESULT = `${COUNCIL}
031/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Chen
Seconded: Cllr Ortega
Vote: For 5, Against 1, Abstain 1
`;

test('a motion with a vote and no result: the fix writes the result the counts give', () => {
  checkRule('motion-result', NO_RESULT, `
    MOTION: That the committee objects to the application.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: The motion has no result: the minutes do not say whether it was carried, lost or withdrawn, so no decision is recorded. Write \`Result: Carried\` (or \`Lost\`, \`Withdrawn\`) after its vote; the vote gives Carried.
  `);
  checkFixes('motion-result', NO_RESULT, `
    Record the result: Result: Carried
    + Result: Carried
  `);
});

test('a decision restating an amendment recorded as lost', () => {
  checkRule('motion-result', `${COUNCIL}
031/25 Grants to local groups
AMENDMENT: That the grant to the Ashby Youth Club be increased to £1,500.
Moved: Cllr Fisher
Seconded: Cllr Chen
Vote: For 2, Against 4, Abstain 0
Result: Lost
RESOLVED that the grant to the Ashby Youth Club be increased to £1,500.
`, `
    Result: Lost
            ^^^^ related: The result
    RESOLVED that the grant to the Ashby Youth Club be increased to £1,500.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: This decision restates the amendment, but the amendment is recorded as lost. Check the result, or the decision.
  `);
});

test('near misses: a result, a decision after the motion (which records it carried), and a lost amendment followed by the substantive decision', () => {
  checkQuiet('motion-result', `${COUNCIL}
031/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Chen
Seconded: Cllr Ortega
Result: Carried

032/25 Grants to local groups
MOTION: That the grants be awarded as set out in the report.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
RESOLVED that the grants be awarded as set out in the report.

033/25 Budget
AMENDMENT: That the precept rise by 3%.
Moved: Cllr Fisher
Seconded: Cllr Chen
Result: Lost
RESOLVED that the precept rise by 2%, as the report recommends.
`);
});
