/**
 * The header and the debris of other boards' layouts, as the parser reads them (issue 18, point 4):
 * debris is kept by the document and never read as an item, a title, a section, a person or an
 * item's text; the meeting's title and date are the heading's, never a stamp's, a logo's or a due
 * date; garbled characters are reported with a fix that writes the intended character.
 * Expectations written by reading the small documents below as a clerk would.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, documentSymbols, analyzeText, reanalyze, changedLines, splitLinesForTests, DEFAULT_SETTINGS } from '#service';
import { analyse, applyEdits, findings, TODAY } from '../support/util';

const PDF = [
  '                                                   Agenda Item 4',
  '',
  '                 HARBURY TOWN COUNCIL',
  '',
  '           PLANNING COMMITTEE',
  '',
  '   MINUTES OF THE MEETING HELD ON MONDAY, 3 MARCH 2025 AT 7.00 PM',
  '',
  '   Present:',
  '   Jane Smith : Chair',
  '',
  '081/25 Apologies',
  'Apologies were received from Tom Baker.',
  '',
  '082/25 Planning applications',
  'Page 1 of 2',
  '',
  '083/25 Any other business',
  'The committee noted the report.',
  '',
  "Chair's initials ........",
].join('\n');

test('a published heading: the committee is the title, not the stamp or the authority above it; the date is the meeting\'s', () => {
  const m = parse(PDF).meeting!;
  assert.equal(m.title?.value, 'PLANNING COMMITTEE');
  assert.equal(m.date?.iso, '2025-03-03');
  assert.deepEqual(m.items.map((i) => i.title), ['Apologies', 'Planning applications', 'Any other business']);
});

test('debris is kept by the document, never an item, a section, a person or an item\'s text', () => {
  const doc = parse(PDF);
  const kinds = (doc.debris ?? []).map((d) => `${d.range.start.line}:${d.kind}`);
  assert.deepEqual(kinds, ['0:agenda-stamp', '15:page-footer', '20:initials-box']);
  const m = doc.meeting!;
  // the apologies in the item's sentence are a list too (issue 18 point 2); no debris line is anybody
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => `${b.kind}: ${p.name.display}`)), ['present: Jane Smith', 'apologies: Tom Baker']);
  assert.equal(m.sections.length, 0);
  // an item whose only text is a page footer is still empty, and the outline shows no debris
  assert.equal(m.items[1].content, 0);
  const empty = findings(PDF, 'empty-item');
  assert.equal(empty.length, 1);
  assert.equal(empty[0].range.start.line, 14);
  const outline = JSON.stringify(documentSymbols(doc));
  for (const w of ['Agenda Item 4', 'Page 1 of 2', 'initials']) assert.ok(!outline.includes(w), w);
});

test('a page footer between a published heading and its item does not stop the heading being a section', () => {
  const text = '# Board\nDate: 3 March 2025\n\n081/25 Apologies\nNone.\n\nREGULAR ITEMS\nPage 2 of 7\n082/25 Finance\nNoted.\n';
  const m = parse(text).meeting!;
  assert.deepEqual(m.sections.map((s) => s.title), ['REGULAR ITEMS']);
});

test('a scribe\'s date line under the title is the meeting\'s date, not item 7; a logo\'s text and a DRAFT banner are not the title', () => {
  const text = 'Minutes: WG call, 7 September 2023\nsee https://example.org/minutes\n\n-----------------------------------\n\n   [1]OTDC\n\n      - DRAFT -\n\n   Fares Working Group Teleconference\n\n07 Sep 2023\n\nAttendees\n';
  const m = parse(text).meeting!;
  assert.equal(m.title?.value, 'Fares Working Group Teleconference');
  assert.equal(m.date?.iso, '2023-09-07');
  assert.equal(m.items.length, 0);
});

test('garbled characters (`â€™`) are reported with a fix that writes the intended one; an accented name is not', () => {
  const text = '# Board\nDate: 3 March 2025\n\n081/25 Finance\nWeâ€™re on budget, said ZoÃ« and Zoë.\n';
  const found = findings(text, 'misencoded-character');
  assert.equal(found.length, 2);
  assert.deepEqual(found.map((f) => f.fixes[0].edits[0].newText), ['’', 'ë']);
  assert.equal(applyEdits(text, found.flatMap((f) => f.fixes[0].edits)), text.replace('â€™', '’').replace('Ã«', 'ë'));
  assert.equal(findings('# Board\nDate: 3 March 2025\n\n081/25 Finance\nZoë Müller and José reported.\n', 'misencoded-character').length, 0);
  assert.ok(analyse(text).findings.length > 0);
});

test('typing in an item of a file with debris gives what a full parse gives (a running header is found across pages: the file is parsed whole)', () => {
  const prev = analyzeText('file:///d.minutes', 1, PDF, DEFAULT_SETTINGS, TODAY);
  const line = splitLinesForTests(PDF).indexOf('The committee noted the report.');
  for (const typed of [' More was said.', ' Page 2 of 2']) {
    const lines = splitLinesForTests(PDF);
    const at = lines[line].length;
    lines[line] += typed;
    const text = lines.join('\n');
    const change = changedLines([{ range: { start: { line, character: at }, end: { line, character: at } }, text: typed }]);
    assert.ok(change);
    const again = reanalyze(prev, 2, change, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    const full = analyzeText('file:///d.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    if (again) assert.deepStrictEqual(again.doc, full.doc);
    assert.equal(full.doc.meeting!.items[2].content, 1);
  }
});
