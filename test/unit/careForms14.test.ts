/**
 * A health and care committee's minutes as a Word table printed to PDF (the fourteenth held-out set):
 * its numbers with the year in brackets, its item text indented under the title by tabs, its
 * decisions whose sentence wraps in the cell. Lines in other boards' words.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

const CELL = [
  'MINUTES OF THE WORKFORCE COMMITTEE',
  'Date of Meeting:\t2.00pm, Tuesday 4 March 2025',
  '',
  'HRC(25)07\tPEOPLE PLAN',
  '\t\tThe Director of People presented the plan for the year ahead and its',
  '\t\tmeasures of staff experience.',
  '\t\tThe Committee APPROVED the Workforce and Wellbeing People',
  '\t\tStrategy 2025–2030 and its first year plan.',
  '\t\tMs Quayle left the meeting.',
  '',
  'HRC(25)08\tFREEDOM TO SPEAK UP',
  '\t\tThe Committee ENDORSED the revised Speak Up',
  '\t\tPolicy 2025/26.',
  '\t\tThe Committee NOTED the report',
  '\t\tDr Faragher left the meeting.',
  '',
].join('\n');

test('a decision whose sentence wraps in a table\'s cell before a plan\'s name and year goes on to its end; a name\'s line below an open sentence is no part of it', () => {
  const doc = parse(CELL);
  const items = doc.meeting!.items;
  assert.deepEqual(items.map((i) => i.title), ['PEOPLE PLAN', 'FREEDOM TO SPEAK UP']);
  const texts = items.flatMap((i) => i.decisions.map((d) => d.text));
  assert.ok(texts.some((t) => t === 'the Workforce and Wellbeing People Strategy 2025–2030 and its first year plan.'), JSON.stringify(texts));
  assert.ok(texts.some((t) => t === 'the revised Speak Up Policy 2025/26.'), JSON.stringify(texts));
  // (near miss: `Dr Faragher left the meeting.` under `NOTED the report` is the next sentence)
  assert.ok(texts.some((t) => t === 'the report'), JSON.stringify(texts));
});
