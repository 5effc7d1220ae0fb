/** minutes/arrival-not-listed: someone recorded joining the meeting who is in no list; the fix adds them to the end of Present:. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const JOINED = `${COUNCIL}
031/25 Grants
Cllr Hughes joined the meeting at 19:20.
The committee noted the grants report.
`;

test('a member who joined and is in no list: a hint, and the fix lists them under Present:', () => {
  checkRule('arrival-not-listed', JOINED, `
    Cllr Hughes joined the meeting at 19:20.
    ^^^^^^^^^^^ hint: Cllr Hughes joined the meeting and is not in its lists at the top. To list every member there, add them to Present: (members) or In attendance: (officers and guests).
  `);
  checkFixes('arrival-not-listed', JOINED, `
    Add Cllr Hughes to Present:
    + Cllr Hughes
  `);
});

test('near misses: a listed member arriving late, an officer by role, and one who returned', () => {
  checkQuiet('arrival-not-listed', `${COUNCIL}
031/25 Grants
Cllr Fisher joined the meeting at 19:20.
The Town Clerk joined the meeting at 19:25.
Cllr Evans left the meeting at 19:30.
Cllr Evans returned to the meeting.
The committee noted the grants report.
`);
});
