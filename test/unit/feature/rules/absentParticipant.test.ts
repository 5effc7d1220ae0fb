/** minutes/absent-participant: a presenter listed in Apologies (an action's owner may be absent). */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { JULY } from '../../../support/boardFixture';

test('a presenter who sent apologies; the action given to them in their absence is no alarm', () => {
  checkRule('absent-participant', `${JULY}
077/22 Fleet
Presented by: David Thompson
ACTION: Cost the new fleet. Owner: David Thompson. Due: 27/09/2022.
`, `
    Presented by: David Thompson
                  ^^^^^^^^^^^^^^ warning: Presenter David Thompson is listed in Apologies. If they attended, move them to Present: or In attendance:; otherwise check the name.
  `);
});

test("near misses: actions given to a member who sent apologies, by name or by office, and a presenter who is present", () => {
  checkQuiet('absent-participant', `${JULY}
077/22 Fleet
Presented by: Mark Kenyon
ACTION: Cost the new fleet. Owner: David Thompson. Due: 27/09/2022.
ACTION: Report on overtime. Owner: Chief Constable. Due: 27/09/2022.
`);
});
