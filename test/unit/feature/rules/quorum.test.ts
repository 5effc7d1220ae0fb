/** minutes/quorum: fewer people present than minutes.quorum (a number, or a fraction of the membership). */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const THREE = `${SEPTEMBER}
Apologies:
David Thompson : Chief Constable
Bhupinder Gakhal : Board Member

081/22 Budget
Noted.
`;

test('three present when the quorum is four', () => {
  checkRule('quorum', THREE, `
    Present:
    ^^^^^^^^ warning: Only 3 people are listed as present, fewer than the quorum of 4. Check the list, or record that the meeting was not quorate.
  `, { settings: { quorum: 4 } });
});

test('a fraction: three of five members is more than half, three of seven is not', () => {
  checkQuiet('quorum', THREE, { settings: { quorum: 0.5 } });
  checkRule('quorum', THREE.replace('Apologies:', 'Apologies:\nAnn Lee : Board Member\nRoy Bell : Board Member'), `
    Present:
    ^^^^^^^^ warning: Only 3 people are listed as present, fewer than the quorum of 4. Check the list, or record that the meeting was not quorate.
  `, { settings: { quorum: 0.5 } });
});

test('near misses: exactly the quorum present, and no quorum set', () => {
  checkQuiet('quorum', THREE, { settings: { quorum: 3 } });
  checkQuiet('quorum', THREE);
});
