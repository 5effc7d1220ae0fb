/** minutes/empty-item: an item with nothing under its title. */
import { test } from 'node:test';
import { checkQuiet, checkRule } from '../../../support/fixture';
import { SEPTEMBER } from '../../../support/boardFixture';

test('an item with only its title, before the next item: nothing to fix but to write what was discussed', () => {
  checkRule('empty-item', `${SEPTEMBER}
081/22 Budget

082/22 Fleet
The Board noted the fleet report.
`, `
    081/22 Budget
           ^^^^^^ information: Item 081/22 has nothing under its title. Write what was discussed or agreed, or remove the item.
  `);
});

test('near misses: an item with one line, one with only an action, one with only its sub-items', () => {
  checkQuiet('empty-item', `${SEPTEMBER}
081/22 Budget
Noted.

082/22 Fleet
ACTION: Cost the new fleet. Owner: Mark Kenyon. Due: 25/10/2022.

083/22 SPCB Workplan
(c) SPCB workplan for noting
(d) SPCB Actions and Further Lines of Inquiry
`);
});
