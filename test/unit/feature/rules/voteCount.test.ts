/** minutes/vote-count: a vote that does not add up (more votes than eligible, counts against names, a result the counts contradict, "unanimous" with votes against). */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const NAMES = `${COUNCIL}
031/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Chen
Seconded: Cllr Ortega
Vote: For 4, Against 2, Abstain 0
For: Cllr Chen, Cllr Ortega, Cllr Ahmed
Against: Cllr Evans, Cllr Fisher
Result: Carried
`;

test('counts that disagree with the names: the fix writes the counts from the names', () => {
  checkRule('vote-count', NAMES, `
    Vote: For 4, Against 2, Abstain 0
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: The counts disagree with the names: For 4 but 3 named. Correct the counts or the names.
  `);
  checkFixes('vote-count', NAMES, `
    Write the counts from the names: For 3, Against 2, Abstain 0
    - Vote: For 4, Against 2, Abstain 0
    + Vote: For 3, Against 2, Abstain 0
  `);
});

test('more votes than the seven members eligible, carried with fewer for, and a tie carried with no casting vote', () => {
  checkRule('vote-count', `${COUNCIL}
031/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Chen
Seconded: Cllr Ortega
Vote: For 5, Against 3, Abstain 1
Result: Carried

032/25 Planning application 25/0140: Brown's Yard
MOTION: That the committee supports the application.
Moved: Cllr Ahmed
Seconded: Cllr Dhaliwal
Vote: For 2, Against 4, Abstain 0
Result: Carried

033/25 Grants
MOTION: That the grants be awarded.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
Vote: For 3, Against 3, Abstain 1
Result: Carried
`, `
    Vote: For 5, Against 3, Abstain 1
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: The vote records 9 votes, but only 7 members were present and eligible to vote on this item. Check the counts, and record any arrival before the vote.
    Result: Carried
            ^^^^^^^ warning: The motion is recorded as carried, but the vote was 2 for and 4 against. Check the result or the counts.
    Result: Carried
            ^^^^^^^ warning: The motion is recorded as carried, but the vote was 3 for and 3 against with no casting vote recorded (\`Casting vote: …\`). Check the result or the counts.
  `);
});

test('near misses: a tie carried on the casting vote, a vote after a member left that fits the room, a unanimous vote, a motion carried without a vote', () => {
  checkQuiet('vote-count', `${COUNCIL}
031/25 Planning application 25/0140: Brown's Yard
MOTION: That the committee supports the application.
Moved: Cllr Ahmed
Seconded: Cllr Dhaliwal
Vote: For 3, Against 3, Abstain 1
Casting vote: Cllr Ortega
Result: Carried

032/25 Grants
Cllr Fisher left the meeting at 20:10.
MOTION: That the grants be awarded.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
Vote: For 4, Against 1, Abstain 1
Result: Carried
MOTION: That the lease be renewed.
Moved: Cllr Ortega
Seconded: Cllr Dhaliwal
Vote: unanimous
Result: Carried
MOTION: That the report be noted.
Moved: Cllr Ortega
Seconded: Cllr Chen
Vote: without a vote
Result: Carried
`);
});
