/** Go to Definition (F12): where the thing under the cursor is written down. */
import { test } from 'node:test';
import { definition } from '#service';
import { annotate, check, fixture, targetAtCursor } from '../../support/fixture';
import { JULY, SEPTEMBER } from '../../support/boardFixture';

function defined(source: string): string {
  const f = fixture(source);
  const target = targetAtCursor(f);
  if (!target) return '';
  return annotate(f, definition(f.model, f.main.uri, target).map((o) => ({ uri: o.uri, range: o.range, label: 'definition' })));
}

test('on see 075/22: the item in the meeting that minuted it', () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Budget
The Board asked about fuel (see 07$05/22).
`), `
    //- 2022-07-26.minutes
    075/22 Finance and Budget Update
    ^^^^^^ definition
  `);
});

test("on an action's status line: the action line of the earlier meeting", () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Matters Arising
$0075/22-A1 CARRIED FORWARD: fuel costs still being collected.
`), `
    //- 2022-07-26.minutes
    ACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ definition
  `);
});

test("on a name: the person's line in this meeting's lists", () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Budget
Presented by: $0Mark Kenyon
`), `
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ definition
  `);
});

test('on initials: the person they stand for', () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Budget
ACTION: Publish the budget. Owner: V$0J.
`), `
    Vanessa Jardine (VJ) : Deputy Chief Constable
    ^^^^^^^^^^^^^^^ definition
  `);
});

test('on a role held by someone here: that person', () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Budget
Presented by: Chief Fin$0ance Officer
`), `
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ definition
  `);
});

test('on initials in the text of an item: the person they stand for', () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Budget
S$0F noted that the budget was balanced.
`), `
    Simon Foster (SF) : Police and Crime Commissioner
    ^^^^^^^^^^^^ definition
  `);
});

test("on initials in an action's text: the one listed person whose name they are the initials of", () => {
  check(defined(`${JULY}${SEPTEMBER}
081/22 Budget
ACTION: M$0K to report on fuel costs. Owner: VJ. Due: 25/10/2022.
`), `
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ definition
  `);
});

test("on capitals that are no listed person's initials, or those of two people: no definition", () => {
  const september = `${JULY}${SEPTEMBER}
In attendance:
Andy Beard : Head of Force Contact
Alice Brown : Staff Officer

081/22 Budget
`;
  check(defined(`${september}The AN$0PR cameras were discussed.
`), '');
  check(defined(`${september}The file went to the C$0PS.
`), '');
  check(defined(`${september}A$0B noted the figures.
`), '');
});
