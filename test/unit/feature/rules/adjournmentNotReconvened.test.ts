/** minutes/adjournment-not-reconvened: an adjournment with no reconvening before the next item or the close; the fix writes it. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const UNENDED = `${COUNCIL}
034/25 Grants to local groups
The meeting adjourned at 20:15.
The committee noted the grants report.

035/25 Planning
The committee noted the applications.

The meeting closed at 20:45.
`;

test('an adjournment and then the next item: the fix writes the reconvening on the next line', () => {
  checkRule('adjournment-not-reconvened', UNENDED, `
    The meeting adjourned at 20:15.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: The meeting adjourned at 20:15, but the minutes do not say that it reconvened before item 035/25. Write when it did and who was there (\`The meeting reconvened at 20:25 with the same members present.\`), or, if the meeting ended there, \`The meeting closed at 20:15.\`
  `);
  checkFixes('adjournment-not-reconvened', UNENDED, `
    Say the meeting reconvened with the same members present
    + The meeting reconvened with the same members present.
  `);
});

test('near misses: adjourned and reconvened on one line, on two lines, and an adjournment nothing follows (the close)', () => {
  checkQuiet('adjournment-not-reconvened', `${COUNCIL}
034/25 Grants to local groups
The meeting adjourned at 20:15 and reconvened at 20:25 with the same members present.
The committee noted the grants report.

035/25 Planning
The meeting was adjourned at 20:30 for a short break.
The meeting reconvened at 20:40. A roll call was taken.
The committee noted the applications.
The meeting adjourned at 20:45.
`);
});
