/** Renumbering and number fixes write back the markup inside a number's span, on every line of it. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, buildWorkspace, renumberAll, firstNumberOf } from '#service';
import { MEETING, TODAY, applyEdits, fixed } from '../support/util';

const URI = 'file:///p.minutes';
const MARKUP = /\*\*|<[^<>]{0,400}>/g;
const markup = (s: string) => (s.match(MARKUP) ?? []).sort();

function renumbered(text: string): string {
  const doc = parse(text);
  const model = buildWorkspace([{ uri: URI, doc }], TODAY);
  const r = renumberAll(doc, URI, model, firstNumberOf(doc, URI, model, TODAY));
  assert.ok(r, 'something to renumber');
  return applyEdits(text, [...(r.edits.get(URI) ?? [])]);
}

// fuzz seed 172141253, run 509: a bold closed inside a number whose year's last digit is on the
// next line (`12</b>1/2⏎3`, as a PDF extraction writes it) lost its `</b>` when renumbered
const SPLIT = `${MEETING}\n081/22 <b>Access to Police Services\nText.\n\n12</b>1/2  \n3\n\nRebuilding Community Policing\nText.\n`;

test('renumbering a number split over two lines keeps the bold tag inside it', () => {
  const once = renumbered(SPLIT);
  assert.deepEqual(markup(once), markup(SPLIT));
  assert.match(once, /\n002\/22<\/b>\n\nRebuilding Community Policing\n/);
});

test('fixing a number split over two lines keeps the bold tag inside it', () => {
  const once = fixed(SPLIT, 'malformed-number');
  assert.deepEqual(markup(once), markup(SPLIT));
  assert.match(once, /\n121\/23<\/b>\n\nRebuilding Community Policing\n/);
});

// fuzz seed 172141253, run 2548: a heading line after an unnumbered "Item:" became an item only
// once renumbering had numbered that one, so a second pass found one more item to number
test('renumbering once numbers every item: a heading after an unnumbered "Item:" is numbered in the same pass', () => {
  const text = `${MEETING}\nItem: Finance update\nText.\n\nChief Constable Update\nThe Board discussed the budget.\n`;
  const once = renumbered(text);
  assert.match(once, /\n001\/22 Item: Finance update\n/);
  assert.match(once, /\n002\/22 Chief Constable Update\n/);
  const doc = parse(once);
  const model = buildWorkspace([{ uri: URI, doc }], TODAY);
  assert.equal(renumberAll(doc, URI, model, firstNumberOf(doc, URI, model, TODAY)), undefined);
});
