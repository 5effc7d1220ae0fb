/** minutes/present-and-absent: the same person present and in Apologies (or Absent). */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

test('a name in Apologies that is also in Present: the apology is marked, the present line is pointed at', () => {
  checkRule('present-and-absent', `${SEPTEMBER}
Apologies:
Mark Kenyon : Chief Finance Officer
David Thompson : Chief Constable

081/22 Budget
Noted.
`, `
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ related: Mark Kenyon listed here
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ warning: Mark Kenyon is listed in Apologies and also as present (line 8). Remove them from one of the lists.
  `);
});

test('near misses: two people of one surname, one present and one sending apologies; a substitute for a member who sent apologies', () => {
  checkQuiet('present-and-absent', `${SEPTEMBER}
Sarah Kenyon : Board Member (substitute for David Thompson)

Apologies:
David Kenyon : Board Member
David Thompson : Chief Constable

081/22 Budget
Noted.
`);
});
