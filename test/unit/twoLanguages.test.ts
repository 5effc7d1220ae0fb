/**
 * Minutes in two languages (forms/twoLanguages.ts): where a label's, a title's or a post's halves part, and what a
 * half is, as each reader asks it (a label of four words at most, a list's title of five, an office's of six with a
 * capital first).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { halvesAt, isHalf } from '#service/forms/twoLanguages';

test('the halves part at the one ` / ` of the line (or of the span asked); two of them, or none, part nothing', () => {
  assert.equal(halvesAt('Yn bresennol / Present'), 12);
  assert.equal(halvesAt('Present / Yn bresennol / Presente'), -1);
  assert.equal(halvesAt('Present: Cllr A Roe'), -1);
  // within a span: the post's own slash, not the one after it
  const t = 'Cllr A Roe, Clerc / Clerk, Ysgrifennydd / Secretary';
  assert.equal(halvesAt(t, 12, 25), 17);
  assert.equal(halvesAt(t, 12, 18), -1);
  assert.equal(halvesAt('Clerc / Clerk / Secretary', 0, 13), 5);
  assert.equal(halvesAt('Clerc / Clerk / Secretary', 0, 16), -1);
});

test('a half is a few words of letters, one space between; a capital first where a title or an office is asked', () => {
  assert.ok(isHalf('Ymddiheuriadau', 4));
  assert.ok(isHalf('Aelodau’r Cyngor', 4));
  assert.ok(isHalf('Cynghorydd Sir', 6, true));
  assert.ok(isHalf('Dirprwy Gadeirydd y Cyngor Tref', 6, true));
  // near misses: a figure, a stop, two spaces, too many words, a small letter first where a capital is asked, nothing
  for (const [t, most, capital] of [['Eitem 4', 4, false], ['Cofnodion.', 4, false], ['Yn  bresennol', 4, false], ['un dau tri pedwar pump', 4, false], ['cynghorydd Sir', 6, true], ['', 4, false]] as const) {
    assert.equal(isHalf(t, most, capital), false, t);
  }
});
