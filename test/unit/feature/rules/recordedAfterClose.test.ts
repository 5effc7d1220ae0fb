/** minutes/recorded-after-close: an arrival, departure, motion or vote after the close, or a motion or vote during an adjournment. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

test('a motion during an adjournment, and a departure after the close', () => {
  checkRule('recorded-after-close', `${COUNCIL}
034/25 Grants to local groups
The meeting adjourned at 20:15.
MOTION: That the grants be awarded as set out in the report.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
Result: Carried
The meeting reconvened at 20:25 with the same members present.

The meeting closed at 20:45.
Cllr Evans left the meeting at 20:50.
`, `
    MOTION: That the grants be awarded as set out in the report.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: This motion is recorded while the meeting stood adjourned (from 20:15 to 20:25): no business is done during an adjournment. Move it after "The meeting reconvened …", or correct the times.
    Cllr Evans left the meeting at 20:50.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: Cllr Evans left after the meeting closed ("The meeting closed at 20:45."). Move the line above the close, or, if the meeting went on, move the close below it.
  `);
});

test('near misses: a departure during an adjournment (how the room changed), and business before the close', () => {
  checkQuiet('recorded-after-close', `${COUNCIL}
034/25 Grants to local groups
The meeting adjourned at 20:15.
Cllr Fisher left the meeting at 20:20.
The meeting reconvened at 20:25 with the same members present.
MOTION: That the grants be awarded as set out in the report.
Moved: Cllr Chen
Seconded: Cllr Dhaliwal
Result: Carried
Cllr Evans left the meeting at 20:40.

The meeting closed at 20:45.
`);
});
