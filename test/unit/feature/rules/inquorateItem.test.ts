/** minutes/inquorate-item: fewer members present and eligible than the quorum for an item that decides, departures and withdrawals counted. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const QUORUM = { settings: { quorum: 5 } };

test('three members leave and one withdraws: four eligible for an item that decides, with a quorum of five', () => {
  checkRule('inquorate-item', `${COUNCIL}
031/25 Grants
Cllr Fisher left the meeting at 19:30.
Cllr Evans left the meeting at 19:35.
The committee noted the grants report.

032/25 Planning application 25/0140: Brown's Yard
Cllr Brown left the room for this item.
MOTION: That the committee supports the application.
Moved: Cllr Ahmed
Seconded: Cllr Dhaliwal
Result: Carried
`, `
    032/25 Planning application 25/0140: Brown's Yard
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: Only 4 members were present and eligible for item 032/25, fewer than the quorum of 5: its decision may be challenged. Check the arrivals, departures and withdrawals, or record that the meeting was not quorate.
  `, QUORUM);
});

test('near misses: an item below the quorum that decides nothing, members who left after the decision, a quorum met, and no quorum set', () => {
  const source = `${COUNCIL}
031/25 Grants
MOTION: That the grants be awarded.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
Result: Carried
Cllr Fisher left the meeting at 19:30.
Cllr Evans left the meeting at 19:35.
Cllr Brown left the meeting at 19:40.

032/25 Any Other Business
There was none.
`;
  checkQuiet('inquorate-item', source, QUORUM);
  checkQuiet('inquorate-item', source, { settings: { quorum: 0.5 } });
  checkQuiet('inquorate-item', source);
});
