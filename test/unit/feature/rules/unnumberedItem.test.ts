/** minutes/unnumbered-item: an item line with no minute number; the fix inserts the next free number, keeping the words. */
import { test } from 'node:test';
import { checkFixes, checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

const ITEM_WORD = `${SEPTEMBER}
081/22 Access to Police Services
The Board discussed call handling.

Item 6 – Fairness and Belonging
The strategy was presented.
`;

test("an 'Item 6 –' line with no minute number: the next number is asked for, and the fix keeps 'Item 6 –'", () => {
  checkRule('unnumbered-item', ITEM_WORD, `
    Item 6 – Fairness and Belonging
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ warning: This item has no minute number. Start the line with the next number, 082/22.
  `);
  checkFixes('unnumbered-item', ITEM_WORD, `
    Insert minute number 082/22
    - Item 6 – Fairness and Belonging
    + 082/22 Item 6 – Fairness and Belonging
  `);
});

const HEADING = `${SEPTEMBER}
081/22 Access to Police Services
The Board discussed call handling.

Chief Constable Update
The Chief Constable reported on overtime.
ACTION: Brief the Board on overtime. Owner: Vanessa Jardine. Due: 25/10/2022.

082/22 Budget
The Board noted the budget.
`;

test('a plain heading after a blank line with discussion under it is an item; the free number is the one after 082/22, which is taken', () => {
  checkRule('unnumbered-item', HEADING, `
    Chief Constable Update
    ^^^^^^^^^^^^^^^^^^^^^^ warning: This item has no minute number. Start the line with the next number, 083/22.
  `);
  checkFixes('unnumbered-item', HEADING, `
    Insert minute number 083/22
    - Chief Constable Update
    + 083/22 Chief Constable Update
  `);
});

test('near misses: a mention of an item in a sentence, a label, a short line inside a paragraph, a name', () => {
  checkQuiet('unnumbered-item', `${SEPTEMBER}
081/22 Matters Arising
Actions from the last meeting (item 7) were reviewed.

Actions
ACTION: Circulate the figures. Owner: Mark Kenyon. Due: 25/10/2022.
The Chief Constable said
Overtime Costs
were rising.

Mark Kenyon
presented the accounts.
`);
});

test('near miss: minutes whose items are headings without numbers (a wiki) ask no number of any', () => {
  checkQuiet('unnumbered-item', `
    # Harbourline TSC Meeting 2026-01-14

    ## Attendees
    * Mirela Kovač @mkovac (TSC, chair)
    * Tobi Reyes @tobi-r

    ## Security response rota
    The rota was agreed for the quarter.

    ## Release planning
    Tobi will cut the release candidate on Friday.
  `);
});
