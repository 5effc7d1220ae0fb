/** minutes/interest-participation: a member whose interest required them to leave, recorded taking part (moving, seconding, voting, presenting, asking). */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

test('a member who declared a disclosable pecuniary interest and left the room, recorded moving and voting on the item', () => {
  checkRule('interest-participation', `${COUNCIL}
031/25 Declarations of interest
Interest: Cllr Brown, item 032/25, disclosable pecuniary, left the room

032/25 Planning application 25/0140: Brown's Yard
MOTION: That the committee supports the application.
Moved: Cllr Brown
Seconded: Cllr Ahmed
Vote: For 6, Against 0, Abstain 0
Result: Carried
`, `
    Interest: Cllr Brown, item 032/25, disclosable pecuniary, left the room
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ related: The declaration
    Moved: Cllr Brown
           ^^^^^^^^^^ warning: Cllr Brown declared a disclosable pecuniary interest in this item and left the room, but is recorded as having moved the motion. Check the record; if a dispensation was granted, write it in the declaration (\`…, dispensation\`).
  `);
});

test('speaking counts as taking part: presenting the item', () => {
  checkRule('interest-participation', `${COUNCIL}
031/25 Planning application 25/0140: Brown's Yard
Interest: Cllr Brown, disclosable pecuniary, took no part
Presented by: Cllr Brown
The committee noted the application.
`, `
    Interest: Cllr Brown, disclosable pecuniary, took no part
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ related: The declaration
    Presented by: Cllr Brown
                  ^^^^^^^^^^ warning: Cllr Brown declared a disclosable pecuniary interest in this item and took no part, but is recorded as having presented the item. Check the record; if a dispensation was granted, write it in the declaration (\`…, dispensation\`).
  `);
});

test('near misses: an interest with a dispensation, an interest that does not require leaving, and one declared for another item', () => {
  checkQuiet('interest-participation', `${COUNCIL}
031/25 Declarations of interest
Interest: Cllr Chen, item 032/25, disclosable pecuniary, remained with a dispensation
Interest: Cllr Ahmed, item 032/25, non-registrable, remained
Interest: Cllr Brown, item 033/25, disclosable pecuniary, left the room

032/25 Planning application 25/0112: 14 High Street
MOTION: That the committee objects to the application.
Moved: Cllr Chen
Seconded: Cllr Ahmed
For: Cllr Chen, Cllr Ahmed, Cllr Brown
Result: Carried

033/25 Planning application 25/0140: Brown's Yard
Cllr Brown left the room for this item.
The committee noted the application.
`);
});
