/** Find All References (Shift+F12): every mention, in every meeting of the folder. */
import { test } from 'node:test';
import { occurrences } from '#service';
import { annotate, check, fixture, targetAtCursor } from '../../support/fixture';
import { JULY, SEPTEMBER } from '../../support/boardFixture';

function references(source: string): string {
  const f = fixture(source);
  const target = targetAtCursor(f);
  if (!target) return '';
  return annotate(f, occurrences(f.model, target).map((o) => ({ uri: o.uri, range: o.range, label: o.definition ? 'definition' : 'reference' })));
}

test('an item: its line and every see in every meeting', () => {
  check(references(`${JULY}${SEPTEMBER}
081/22 Budget
The Board asked about fuel (see 075/22).

082/22 Fuel
The report is late (see 075/22$0).
`), `
    //- 2022-07-26.minutes
    075/22 Finance and Budget Update
    ^^^^^^ definition
    //- 2022-09-27.minutes
    The Board asked about fuel (see 075/22).
                                    ^^^^^^ reference
    The report is late (see 075/22).
                            ^^^^^^ reference
  `);
});

test('an action: its action line and its status lines', () => {
  check(references(`${JULY}${SEPTEMBER}
081/22 Matters Arising
075/22-A1$0 CARRIED FORWARD: fuel costs still being collected.
`), `
    //- 2022-07-26.minutes
    ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ definition
    //- 2022-09-27.minutes
    075/22-A1 CARRIED FORWARD: fuel costs still being collected.
    ^^^^^^^^^ reference
  `);
});

test('a person: the list lines and every mention by name, in every meeting', () => {
  check(references(`${JULY}${SEPTEMBER}
081/22 Budget
Presented by: Mark Kenyon$0
ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.
`), `
    //- 2022-07-26.minutes
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ definition
    Presented by: Mark Kenyon
                  ^^^^^^^^^^^ reference
    ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.
                                         ^^^^^^^^^^^ reference
    //- 2022-09-27.minutes
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ definition
    Presented by: Mark Kenyon
                  ^^^^^^^^^^^ reference
    ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.
                                       ^^^^^^^^^^^ reference
  `);
});
