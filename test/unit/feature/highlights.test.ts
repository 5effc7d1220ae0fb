/** Document highlights: with the cursor on a name, every mention of that person in this meeting. */
import { test } from 'node:test';
import { highlights } from '#service';
import { annotate, check, fixture, targetAtCursor } from '../../support/fixture';
import { JULY, SEPTEMBER } from '../../support/boardFixture';

function highlighted(source: string): string {
  const f = fixture(source);
  const target = targetAtCursor(f);
  if (!target) return '';
  return annotate(f, highlights(f.model, f.main.uri, target).map((o) => ({ uri: o.uri, range: o.range, label: 'highlight' })));
}

test('a name: its list line and its mentions in this meeting only', () => {
  check(highlighted(`${JULY}${SEPTEMBER}
081/22 Budget
Presented by: Mark Kenyon
ACTION: Publish the budget. Owner: Mark $0Kenyon. Due: next meeting.
`), `
    Mark Kenyon : Chief Finance Officer
    ^^^^^^^^^^^ highlight
    Presented by: Mark Kenyon
                  ^^^^^^^^^^^ highlight
    ACTION: Publish the budget. Owner: Mark Kenyon. Due: next meeting.
                                       ^^^^^^^^^^^ highlight
  `);
});

test('an item number: the item and its mentions in this meeting', () => {
  check(highlighted(`${JULY}${SEPTEMBER}
081/22 Budget
The Board asked about fuel.

082/22 Fuel
The report is late (see 081/22$0).
`), `
    081/22 Budget
    ^^^^^^ highlight
    The report is late (see 081/22).
                            ^^^^^^ highlight
  `);
});

test('plain words: nothing highlighted', () => {
  check(highlighted(`${JULY}${SEPTEMBER}
081/22 Budget
The Board asked$0 about fuel.
`), '');
});
