/** minutes/action-without-due-date: an action with no due date; fixes: the next meeting, or its date when the minutes give it. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const UNDATED = `${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Owner: Mark Kenyon.

082/22 Date of Next Meeting
Next meeting: 25/10/2022
`;

test("an action with no due date: the message gives the next meeting's date, and so do the fixes", () => {
  checkRule('action-without-due-date', UNDATED, `
    ACTION: Publish the budget. Owner: Mark Kenyon.
    ^^^^^^^^ information: This action has no due date. Add one at the end of the line: "Due: 25/10/2022." or "Due: next meeting."
  `);
  checkFixes('action-without-due-date', UNDATED, `
    Due at the next meeting
    - ACTION: Publish the budget. Owner: Mark Kenyon.
    + ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.

    Due on 25/10/2022
    - ACTION: Publish the budget. Owner: Mark Kenyon.
    + ACTION: Publish the budget. Owner: Mark Kenyon. Due: 25/10/2022.
  `);
});

test('without a next meeting in the minutes: the next meeting only, and a full stop before it', () => {
  const source = `${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Owner: Mark Kenyon
`;
  checkFixes('action-without-due-date', source, `
    Due at the next meeting
    - ACTION: Publish the budget. Owner: Mark Kenyon
    + ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.
  `);
});

test('near misses: a due date written in the words of the task, "next meeting", a date in another form', () => {
  checkQuiet('action-without-due-date', `${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget by 31 March 2023. Owner: Mark Kenyon.
ACTION: Cost the fleet. Owner: Mark Kenyon. Due: next meeting.
ACTION: Brief the Board. Owner: VJ. Due: 25 October 2022.
`);
});
