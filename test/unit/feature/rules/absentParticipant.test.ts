/** minutes/absent-participant: a presenter or owner listed in Apologies. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { JULY } from '../../../support/boardFixture';

test('a presenter and an owner who sent apologies', () => {
  checkRule('absent-participant', `${JULY}
077/22 Fleet
Presented by: David Thompson
ACTION: Cost the new fleet. Owner: David Thompson. Due: 27/09/2022.
`, `
    Presented by: David Thompson
                  ^^^^^^^^^^^^^^ warning: Presenter David Thompson is listed in Apologies. If they attended, move them to Present: or In attendance:; otherwise check the name.
    ACTION: Cost the new fleet. Owner: David Thompson. Due: 27/09/2022.
                                       ^^^^^^^^^^^^^^ warning: Owner David Thompson is listed in Apologies. If they attended, move them to Present: or In attendance:; otherwise check the name.
  `);
});

test("near misses: an action given to the absent member's office (the role outlives the person), and one owned by someone present", () => {
  checkQuiet('absent-participant', `${JULY}
077/22 Fleet
Presented by: Mark Kenyon
ACTION: Cost the new fleet. Owner: Mark Kenyon. Due: 27/09/2022.
ACTION: Report on overtime. Owner: Chief Constable. Due: 27/09/2022.
`);
});
