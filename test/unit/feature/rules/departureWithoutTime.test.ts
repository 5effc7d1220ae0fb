/** minutes/departure-without-time: "X left the meeting" with no time and no item; the fix says it was during the item it is written in. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const LEFT = `${COUNCIL}
031/25 Grants
Cllr Evans left the meeting.
The committee noted the grants report.
`;

test('a departure with no time: the fix writes "during item 031/25" before the full stop', () => {
  checkRule('departure-without-time', LEFT, `
    Cllr Evans left the meeting.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^ information: Cllr Evans left the meeting, but the minutes do not say when. Add the time or the item (\`Cllr Evans left the meeting at 8.15pm\`, \`… after item 031/25\`), so that the votes after it can be checked.
  `);
  checkFixes('departure-without-time', LEFT, `
    Say it was during item 031/25
    - Cllr Evans left the meeting.
    + Cllr Evans left the meeting during item 031/25.
  `);
});

test('near misses: a time, an item, a withdrawal for the item, and published minutes (which place a departure by where they print it)', () => {
  checkQuiet('departure-without-time', `${COUNCIL}
031/25 Grants
Cllr Evans left the meeting at 20:10.
Cllr Fisher left the meeting after item 031/25.
Cllr Brown left the room for this item.
The committee noted the grants report.
`);
  checkQuiet('departure-without-time', `
    ASHBY TOWN COUNCIL
    Minutes of the Planning Committee held on Tuesday 4 March 2025

    Present: Councillors Ortega (Chair), Ahmed, Brown and Evans.

    31. Grants
    Councillor Evans left the meeting.
    The committee noted the grants report.

    32. Planning
    The committee noted the applications.
  `);
});
