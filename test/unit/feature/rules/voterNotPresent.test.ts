/** minutes/voter-not-present: a mover, seconder, named voter or casting vote of someone not present and eligible for the item. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const ABSENT = `${COUNCIL}
031/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Keswick
Seconded: Jo Marsh
Vote: For 2, Against 0, Abstain 0
For: Cllr Grant, Cllr Fishre
Result: Carried
`;

test('a mover who sent apologies, an officer seconding, an observer and a misspelt member voting', () => {
  checkRule('voter-not-present', ABSENT, `
    Moved: Cllr Keswick
           ^^^^^^^^^^^^ warning: Cllr Keswick moved the motion, but is listed under Apologies. Check the name; if they were there, record it before this line (\`Cllr Keswick joined the meeting at …\`, or \`returned to the meeting\`).
    Seconded: Jo Marsh
              ^^^^^^^^ warning: Jo Marsh seconded the motion, but is listed under In attendance and may not vote. Check the name; if they were there, record it before this line (\`Jo Marsh joined the meeting at …\`, or \`returned to the meeting\`).
    For: Cllr Grant, Cllr Fishre
         ^^^^^^^^^^ warning: Cllr Grant voted for, but is an observer and may not vote. Check the name; if they were there, record it before this line (\`Cllr Grant joined the meeting at …\`, or \`returned to the meeting\`).
                     ^^^^^^^^^^^ warning: Cllr Fishre voted for, but is not in the lists of this meeting. Check the name; if they were there, record it before this line (\`Cllr Fishre joined the meeting at …\`, or \`returned to the meeting\`).
  `);
  checkFixes('voter-not-present', ABSENT.replace('Cllr Fishre', 'Cllr Fis$0hre'), `
    Change to Cllr Fisher
    - For: Cllr Grant, Cllr Fishre
    + For: Cllr Grant, Cllr Fisher
  `);
});

test('a member who left before the item, and one who withdrew for it', () => {
  checkRule('voter-not-present', `${COUNCIL}
031/25 Grants
Cllr Fisher left the meeting at 19:30.
Noted.

032/25 Planning application 25/0140: Brown's Yard
Cllr Brown left the room for this item.
MOTION: That the committee supports the application.
Moved: Cllr Brown
Seconded: Cllr Fisher
Result: Carried
`, `
    Moved: Cllr Brown
           ^^^^^^^^^^ warning: Cllr Brown moved the motion, but had withdrawn for this item. Check the name; if they were there, record it before this line (\`Cllr Brown joined the meeting at …\`, or \`returned to the meeting\`).
    Seconded: Cllr Fisher
              ^^^^^^^^^^^ warning: Cllr Fisher seconded the motion, but had left the meeting. Check the name; if they were there, record it before this line (\`Cllr Fisher joined the meeting at …\`, or \`returned to the meeting\`).
  `);
});

test('near misses: a substitute, a remote member, a member back after withdrawing for the item before, one who returned, and the chair giving the casting vote', () => {
  checkQuiet('voter-not-present', `${COUNCIL}
031/25 Planning application 25/0140: Brown's Yard
Cllr Brown left the room for this item.
Cllr Fisher left the meeting at 19:30.
MOTION: That the committee supports the application.
Moved: Cllr Dhaliwal
Seconded: Cllr Evans
Vote: For 2, Against 2, Abstain 1
For: Cllr Ortega, Cllr Dhaliwal
Against: Cllr Chen, Cllr Evans
Abstained: Cllr Ahmed
Casting vote: Cllr Ortega (Chair)
Result: Carried

032/25 Grants
Cllr Fisher returned to the meeting.
MOTION: That the grants be awarded.
Moved: Cllr Brown
Seconded: Cllr Fisher
Result: Carried
`);
});
