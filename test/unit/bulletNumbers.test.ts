/**
 * A bulleted line that starts with a number is a list's entry, never an item: an address in a
 * page footer the import writes as bullets (`- 410 Depot Street`), a count in a list (`- 2 bins`).
 * A numbered heading without a bullet stays an item. So in the year scheme: a clerk's report on the
 * actions of earlier minutes lists them by their numbers (`• 093/24 b) New noticeboard – completed`),
 * and those are the item's content. One decision says where an item opens (numberedItems.ts
 * `opening`): what ends the item above is what opens the next, and renumbering gives no bulleted
 * line a number a second reading would refuse.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildWorkspace, firstNumberOf, formatNumber, parse, renumberAll } from '#service';

const MEETING = '# City Council\nDate: 2022-03-08\n\n1. Call to order\nThe Mayor opened the meeting.\n\n2. Adjournment\nThe meeting closed.\n\n';

test('a bulleted number is a list entry, not an item (a footer address, a count)', () => {
  const doc = parse(`${MEETING}## City of North Halverson\n\n- 410 Depot Street\n- 2 bins to order\n`, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['1.', '2.']);
});

test('a plain heading over a bulleted number (a page footer\'s address, as import writes it) is no item either', () => {
  const doc = parse(`${MEETING}City of North Halverson\n- 410 Depot Street\n- North Halverson, MN 56399\n`, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['1.', '2.']);
});

test('near miss: the same number without a bullet starts an item', () => {
  const doc = parse(`${MEETING}3. Depot Street\nThe lease was noted.\n`, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['1.', '2.', '3.']);
});

const PARISH = 'Minutes of the Parish Council Meeting held on 3rd March 2025\n\n';

test('year numbers: a clerk\'s bulleted report on earlier minutes is the item\'s content, not items', () => {
  const text = `${PARISH}041/25 Matters arising\nThe Clerk reported:\n• 093/24 b) New noticeboard – completed.\n• 101/24 Hedge at the recreation ground – ongoing.\n\n042/25 Correspondence\nNone.\n`;
  const items = parse(text, {}).meeting?.items ?? [];
  assert.deepEqual(items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['041/25', '042/25']);
  assert.equal(items[0].range.end.line, 5, 'the report is the content of 041/25');
});

test('near miss: the same year number without a bullet starts an item', () => {
  const doc = parse(`${PARISH}041/25 Matters arising\nNone.\n\n101/24 Hedge at the recreation ground\nNoted.\n`, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['041/25', '101/24']);
});

test('a bulleted `Item` line is no item either: renumbering gives it no number (found by the renumbering property)', () => {
  const text = `${PARISH}041/25 Matters arising\n• Item 5 – the hedge was noted.\n\n043/25 Correspondence\nNone.\n`;
  const doc = parse(text, {});
  assert.deepEqual(doc.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '-')), ['041/25', '043/25']);
  const uri = 'file:///m.minutes';
  const model = buildWorkspace([{ uri, doc }], new Date(2025, 2, 10));
  const r = renumberAll(doc, uri, model, firstNumberOf(doc, uri, model, new Date(2025, 2, 10)));
  assert.deepEqual([...(r?.edits.get(uri) ?? [])].map((e) => [e.range.start.line, e.newText]), [[2, '001/25'], [5, '002/25']], 'the two items renumbered, nothing written on the bulleted line');
});
