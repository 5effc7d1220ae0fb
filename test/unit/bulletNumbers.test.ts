/**
 * A bulleted line that starts with a number is a list's entry, never an item: an address in a
 * page footer the import writes as bullets (`- 410 Depot Street`), a count in a list (`- 2 bins`).
 * A numbered heading without a bullet stays an item.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { formatNumber, parse } from '#service';

const MEETING = '# City Council\nDate: 2022-03-08\n\n1. Call to order\nThe Mayor opened the meeting.\n\n2. Adjournment\nThe meeting closed.\n\n';

test('a bulleted number is a list entry, not an item (a footer address, a count)', () => {
  const doc = parse(`${MEETING}## City of North Halverson\n\n- 410 Depot Street\n- 2 bins to order\n`, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['1.', '2.']);
});

test('near miss: the same number without a bullet starts an item', () => {
  const doc = parse(`${MEETING}3. Depot Street\nThe lease was noted.\n`, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['1.', '2.', '3.']);
});
