/** minutes/action-without-owner: an action that names nobody; the fix adds `Owner:` for the clerk to fill. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const NOBODY = `${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Due: 25/10/2022.
ACTION: Circulate the figures
`;

test('an action with a due date and no owner, and one with neither: the keyword is marked, the fix writes "Owner:" at the end of the line, where the clerk types the name', () => {
  checkRule('action-without-owner', NOBODY, `
    ACTION: Publish the budget. Due: 25/10/2022.
    ^^^^^^^^ warning: This action has no owner. Say who will do it at the end of the line, e.g. "Owner: Chief Constable."
    ACTION: Circulate the figures
    ^^^^^^^^ warning: This action has no owner. Say who will do it at the end of the line, e.g. "Owner: Chief Constable."
  `);
  checkFixes('action-without-owner', NOBODY, `
    Add "Owner:" to the action
    - ACTION: Publish the budget. Due: 25/10/2022.
    + ACTION: Publish the budget. Due: 25/10/2022. Owner:·

    Add "Owner:" to the action
    - ACTION: Circulate the figures
    + ACTION: Circulate the figures. Owner:·
  `);
});

test("near misses: an owner by initials, by role, a body, several owners, a body or person leading the task, and an owner the fix leaves (after the due date)", () => {
  checkQuiet('action-without-owner', `${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Owner: VJ. Due: 25/10/2022.
ACTION: Report on overtime. Owner: Chief Constable. Due: next meeting.
ACTION: Share the data. Owners: Mark Kenyon, WMP. Due: next meeting.
ACTION: WMP to provide the breakdown by ward. Due: next meeting.
ACTION: Publish the minutes. Due: 25/10/2022. Owner: Mark Kenyon.
`);
});
