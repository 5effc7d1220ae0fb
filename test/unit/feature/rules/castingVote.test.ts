/** minutes/casting-vote: a casting vote when the votes were not equal, or given by someone other than the chair. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

test('a casting vote on unequal votes, and one given by a member who was not in the chair', () => {
  checkRule('casting-vote', `${COUNCIL}
031/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Chen
Seconded: Cllr Ahmed
Vote: For 4, Against 2, Abstain 0
Casting vote: Cllr Ortega
Result: Carried

032/25 Planning application 25/0140: Brown's Yard
MOTION: That the committee supports the application.
Moved: Cllr Ahmed
Seconded: Cllr Dhaliwal
Vote: For 3, Against 3, Abstain 0
Casting vote: Cllr Chen
Result: Carried
`, `
    Casting vote: Cllr Ortega
                  ^^^^^^^^^^^ warning: A casting vote is recorded, but the vote was 4 for and 2 against: the chair gives a casting vote only when the votes are equal. Check the counts, or remove the casting vote.
    Casting vote: Cllr Chen
                  ^^^^^^^^^ warning: Cllr Chen is recorded giving the casting vote, but Cllr Ortega chaired the meeting: only the chair has a casting vote. Check the name.
  `);
});

test('near misses: the chair on a tie, named as listed "(Chair)" or by surname, and the chair known only from the list', () => {
  const tie = `
031/25 Planning application 25/0140: Brown's Yard
MOTION: That the committee supports the application.
Moved: Cllr Ahmed
Seconded: Cllr Dhaliwal
Vote: For 3, Against 3, Abstain 0
Casting vote: Cllr Ortega (Chair)
Result: Carried

032/25 Grants
MOTION: That the grants be awarded.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
Vote: For 2, Against 2, Abstain 2
Casting vote: Ortega
Result: Lost
`;
  checkQuiet('casting-vote', `${COUNCIL}${tie}`);
  checkQuiet('casting-vote', `${COUNCIL.replace('Chair: Cllr Ortega\n', '')}${tie}`);
});
