/** The fixture helper of the feature tests (test/support/fixture.ts) reads what it is given. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { annotate, check, fixture, renderDiagnostics, renderEdits, shownMarkdown, trimIndent } from '../support/fixture';

test('one meeting needs no header; its cursor is where $0 stood, and $0 is gone from the text', () => {
  const f = fixture(`
    # Board
    Date: 27/09/2022

    001/22 Bud$0get
  `);
  assert.deepEqual(f.files.map((x) => x.name), ['2022-09-27.minutes']);
  assert.equal(f.main.text, '# Board\nDate: 27/09/2022\n\n001/22 Budget\n');
  assert.deepEqual(f.cursor, { line: 3, character: 10 });
  assert.equal(f.main.analysis.doc.meeting?.items.length, 1);
});

test('several meetings under //- headers, the cursor in one of them, a selection between two $0', () => {
  const f = fixture(`//- 2022-07-26.minutes
# Board
Date: 26/07/2022

001/22 First
//- 2022-09-27.minutes
# Board
Date: 27/09/2022

002/22 $0Second$0
`);
  assert.deepEqual(f.files.map((x) => x.name), ['2022-07-26.minutes', '2022-09-27.minutes']);
  assert.equal(f.main.name, '2022-09-27.minutes');
  assert.deepEqual(f.selection, { start: { line: 3, character: 7 }, end: { line: 3, character: 13 } });
  assert.deepEqual(f.model.meetings.map((m) => m.date), ['2022-07-26', '2022-09-27']);
  assert.throws(() => fixture('a $0 b $0 c $0'), /one cursor/);
});

test('renderers: ranges under their line, edits as removed and added lines, Markdown as shown', () => {
  const f = fixture('# Board\nDate: 27/09/2022\n\n001/22 Budget\nNoted.   \n');
  check(annotate(f, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 6 } }, label: 'number' }]), `
    001/22 Budget
    ^^^^^^ number
  `);
  check(renderEdits(f, [{ range: { start: { line: 4, character: 6 }, end: { line: 4, character: 9 } }, newText: '' }]), `
    - Noted.···
    + Noted.
  `);
  assert.equal(shownMarkdown('**A**\n\nline one\nline two\n- item\\.'), '**A**\n\nline one line two\n- item.');
  assert.equal(trimIndent('\n    a\n      b\n  '), 'a\n  b\n');
});

test("a rule's findings are drawn with the severity the clerk's settings give it, and not at all when it is off", () => {
  const source = '# Board\nDate: 27/09/2022\n\n001/22 Budget\n\n002/22 Fleet\nNoted.\n';
  check(renderDiagnostics(fixture(source, { settings: { diagnostics: { 'empty-item': 'error' } } }), 'empty-item'), `
    001/22 Budget
           ^^^^^^ error: Item 001/22 has nothing under its title. Write what was discussed or agreed, or remove the item.
  `);
  check(renderDiagnostics(fixture(source, { settings: { diagnostics: { 'empty-item': 'off' } } }), 'empty-item'), '');
  // without a rule named, every rule's findings are drawn
  assert.match(renderDiagnostics(fixture(source)), /information: Item 001\/22 has nothing under its title/);
});
