/** minutes/interest-kind: a declaration with no kind, or a kind not in minutes.interests.kinds. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { COUNCIL } from '../../../support/boardFixture';

const KINDS = `${COUNCIL}
031/25 Declarations of interest
Interest: Cllr Brown, item 032/25, left the room
Interest: Cllr Chen, item 033/25, pecuniary, left the room
`;

test('a declaration with no kind and one whose kind is not set: the fixes write the kinds set', () => {
  checkRule('interest-kind', KINDS, `
    Interest: Cllr Brown, item 032/25, left the room
              ^^^^^^^^^^ information: Cllr Brown's declaration does not say what kind of interest it is (disclosable pecuniary, other registrable, non-registrable): whether they had to leave the room depends on it. Add the kind after the item (\`Interest: Cllr Brown, item 7, disclosable pecuniary, left the room\`).
    Interest: Cllr Chen, item 033/25, pecuniary, left the room
                                      ^^^^^^^^^ information: "pecuniary" is not one of the kinds of interest set (disclosable pecuniary, other registrable, non-registrable): the checks cannot tell whether Cllr Chen had to leave the room. Write one of them, or add the board's kinds to the setting minutes.interests.kinds.
  `);
  checkFixes('interest-kind', KINDS.replace(', pecuniary', ', pecun$0iary'), `
    Write the kind as disclosable pecuniary
    - Interest: Cllr Chen, item 033/25, pecuniary, left the room
    + Interest: Cllr Chen, item 033/25, disclosable pecuniary, left the room
  `);
  checkFixes('interest-kind', KINDS.replace('Cllr Brown,', 'Cllr Br$0own,'), `
    Add the kind: disclosable pecuniary
    - Interest: Cllr Brown, item 032/25, left the room
    + Interest: Cllr Brown, item 032/25, disclosable pecuniary, left the room

    Add the kind: other registrable
    - Interest: Cllr Brown, item 032/25, left the room
    + Interest: Cllr Brown, item 032/25, other registrable, left the room

    Add the kind: non-registrable
    - Interest: Cllr Brown, item 032/25, left the room
    + Interest: Cllr Brown, item 032/25, non-registrable, left the room
  `);
});

test("near misses: the kinds set, in another case and order, and a board's own kinds", () => {
  checkQuiet('interest-kind', `${COUNCIL}
031/25 Declarations of interest
Interest: Cllr Brown, item 032/25, Disclosable Pecuniary, left the room
Interest: Cllr Chen, other registrable, item 033/25, remained with a dispensation
Interest: Cllr Ahmed, item 033/25, non-registrable interest, took no part
`);
  checkQuiet('interest-kind', KINDS.replace('item 032/25, left', 'item 032/25, personal, left').replace('pecuniary', 'prejudicial'),
    { settings: { interests: { kinds: ['personal', 'prejudicial'], mustLeave: ['prejudicial'] } } });
});
