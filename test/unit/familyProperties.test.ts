/**
 * The parser's invariants on every layout family (issue 18 point 6): the ten layouts, the other
 * documents of their families (otherFamilies and the held-out sets) and the three corpus files, mutated (characters and lines inserted, deleted, replaced, duplicated, swapped, and
 * the constructs of the families inserted), are parsed without throwing, every range lies inside
 * the document, and an edit within lines re-analysed from the previous analysis gives exactly what
 * a full analysis gives. The default run is short (CI); `npm run fuzz` runs it with many more runs
 * and new seeds (MINUTES_FUZZ_RUNS, MINUTES_FUZZ_SEED).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyzeText, changedLines, DEFAULT_SETTINGS, documentSymbols, foldingRanges, parseOrThrow, reanalyze, splitLinesForTests } from '#service';
import { assertRangesInside } from '../support/ranges';
import { report, TODAY } from '../support/util';
import { applyWithinLines, type LineEdit } from '../support/lineEdits';

// a tenth of the other property tests' runs: each document here is a whole published meeting
const RUNS = Math.max(1, Math.round(Number(process.env.MINUTES_FUZZ_RUNS ?? 300) / 10));
const SEED = Number(process.env.MINUTES_FUZZ_SEED ?? 20261202);
const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const FAMILY_FILES = ['layouts', 'otherFamilies', 'heldOut', 'heldOut2', 'heldOut3', 'heldOut4', 'corpus'].flatMap((dir) => fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => /\.(txt|md)$/.test(f)).map((f) => path.join(FIXTURES, dir, f)));
const FAMILIES = FAMILY_FILES.map((f) => fs.readFileSync(f, 'utf8'));

/** What the families write: numbers of every scheme, people, actions, decisions, statuses, headers and debris. */
const CONSTRUCTS = [
  'PC24/061 Title', 'PC24/062 ', 'TB/22/116', 'TB/22/117 Finance report', 'PB/2425/061:', '4.1 Reserves policy', '(a) Charging policy', '7(a)', '116.1', '2231.1 ', 'a) The gully ',
  'Item 5 – ', 'Agenda Item 4', 'Min 12', 'No.', '12. ', '1\t', 'ACTION: MD', 'ACTION: Director of Transport', 'Action: ', 'Clerk to action', 'Clerk to report to County Highways',
  'Cllr O\'Hare to inspect', 'by 31 March 2024', 'before 2026-01-28', 'by the June meeting', 'ASAP', 'RESOLVED –', 'RESOLVED that ', '(1) ', 'The Board NOTED the report.', 'AGREED',
  'PROPOSED: Cllr A', 'RESOLUTION: ', 'Motion carried 4-0', '(4 for, 0 against)', 'Carried', 'Complete', 'Ongoing', 'Carried forward', '[PENDING]', '[DONE]', '- [x] ', 'cf',
  'Page 3 of 7', '- 3 -', "Chair's initials", 'DRAFT', 'â€™', '\uf0b7 ', 'Present: Cllr A (Chair), Cllr B', 'Present:', 'Absent: Cllr C (excused)', 'Apologies:',
  'Apologies were received from Cllr D.', 'Jane Smith : Chair', 'Tom Jones – Clerk', 'Ann Lee (AL) Treasurer', 'Ben Fox [BF] Governor (parent)', 'Cllr P Haskins (Chairman), Cllr J Abbott',
  '@handle', 'MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025 AT 10.00 AM', 'Date:\t14.03.23', 'Tuesday, 24 February 2026', '# Steering meeting 2026-01-28', '## ',
  '| Ref | Action | Owner | Due | Status |', '| 3 | Send the letter | MD | 31/03/2024 | Open |', 'No. Action Who By when', '\t', ' ', ':', '–', '.',
];

type Mutation = { kind: 'insertChars' | 'deleteChars' | 'replaceChars' | 'insertLine' | 'deleteLine' | 'replaceLine' | 'duplicateLine' | 'swapLines'; a: number; b: number; n: number; s: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insertChars', 'deleteChars', 'replaceChars', 'insertLine', 'deleteLine', 'replaceLine', 'duplicateLine', 'swapLines'),
  a: fc.nat(), b: fc.nat(), n: fc.nat({ max: 12 }),
  s: fc.oneof(fc.constantFrom(...CONSTRUCTS), fc.constantFrom(...CONSTRUCTS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })),
});

/** Applies one mutation to the lines (in place). */
function mutate(lines: string[], m: Mutation): void {
  const x = m.a % lines.length;
  const y = m.b % lines.length;
  const l = lines[x];
  const at = m.b % (l.length + 1);
  switch (m.kind) {
    case 'insertChars': lines[x] = l.slice(0, at) + m.s + l.slice(at); break;
    case 'deleteChars': lines[x] = l.slice(0, at) + l.slice(at + m.n); break;
    case 'replaceChars': lines[x] = l.slice(0, at) + m.s + l.slice(at + m.n); break;
    case 'insertLine': lines.splice(x, 0, m.s); break;
    case 'deleteLine': lines.splice(x, 1); break;
    case 'replaceLine': lines[x] = m.s; break;
    case 'duplicateLine': lines.splice(x, 0, l); break;
    default: [lines[x], lines[y]] = [lines[y], lines[x]];
  }
  if (lines.length === 0) lines.push('');
}

/** A document of one of the families, mutated; the line ending of the file kept (the fixtures use `\n`). */
const familyDocument = fc.tuple(fc.nat({ max: FAMILIES.length - 1 }), fc.array(mutation, { maxLength: 10 })).map(([i, ms]) => {
  const lines = FAMILIES[i].split('\n');
  for (const m of ms) mutate(lines, m);
  return lines.join('\n');
});

/** Runs a property; on failure reports what failed, the seed and a short counterexample. */
function check<T>(prop: fc.IProperty<T>, numRuns: number): void {
  const r = fc.check(prop, { numRuns, seed: SEED, endOnFailure: true });
  if (!r.failed) return;
  const why = r.errorInstance instanceof Error ? r.errorInstance.message.slice(0, 3000) : String(r.errorInstance);
  assert.fail(`${why}\n(seed ${SEED}, run ${r.numRuns}; input ${JSON.stringify(r.counterexample).slice(0, 1500)})`);
}

test('every family, mutated: the parser never throws and every range lies inside the document', () => {
  check(fc.property(familyDocument, (text) => {
    parseOrThrow(text);
    const a = analyzeText('file:///f.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
    const lines = splitLinesForTests(text);
    assertRangesInside(a.doc, lines);
    assertRangesInside(a.findings, lines);
    assertRangesInside(documentSymbols(a.doc), lines);
    for (const f of foldingRanges(a.doc)) assert.ok(f.endLine < lines.length);
  }), RUNS * 2);
  report('family documents mutated and parsed', RUNS * 2);
});



const edit: fc.Arbitrary<LineEdit> = fc.record({
  line: fc.nat(), at: fc.nat(), length: fc.nat({ max: 12 }),
  text: fc.oneof(fc.constantFrom(...CONSTRUCTS), fc.constantFrom('a', ' ', 'x', '0', '1', '/', ':', '.', '-', '('), fc.string({ maxLength: 4 }).map((s) => s.replace(/[\r\n]/g, ''))),
});

/** Re-analyses `before` after the edits; undefined when re-analysis asks for a full parse, else compares it with a full analysis. */
function compareAfterEdits(before: string, edits: readonly LineEdit[]): boolean {
  const prev = analyzeText('file:///f.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  const { text, changes } = applyWithinLines(before, edits);
  const change = changedLines(changes);
  assert.ok(change, 'edits within lines are recognised as such');
  const lines = splitLinesForTests(text);
  const again = reanalyze(prev, 2, change, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  if (!again) return false;
  const full = analyzeText('file:///f.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
  assert.deepStrictEqual(again.lines, full.lines);
  assert.deepStrictEqual(again.doc, full.doc);
  assert.deepStrictEqual(again.findings, full.findings);
  return true;
}

test('every family, mutated: re-analysis after edits within lines equals a full analysis of the new text', () => {
  let incremental = 0;
  check(fc.property(familyDocument, fc.array(edit, { minLength: 1, maxLength: 3 }), (before, edits) => {
    if (compareAfterEdits(before, edits)) incremental++;
  }), RUNS * 3);
  report('family documents edited, re-analysed and compared with a full analysis', incremental);
  // the property means something only if the incremental path ran
  assert.ok(incremental > 0, `none of ${RUNS * 3} edits was re-analysed incrementally`);
});

// ---- people blocks: a keystroke in a person's line re-parses that line (issue 17 §3) ----------------

const NAMES = ['Jane Smith', 'Tom Jones', 'Ann Lee', 'Cllr P Haskins', 'Ben Fox', 'Simon Foster', 'Dr Amy Wu', "Sean O'Hare"];
const personLine = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(' : Chair', ' – Clerk', ' (AL) Treasurer', ' [BF] Governor (parent)', ' : Director of', '', ' : Board Member', ' (Chair)'))
  .map(([n, r]) => n + r);
/** A meeting with people blocks of the families' forms, items after them, and a name alone on a line after an item. */
const peopleDocument = fc.tuple(fc.array(personLine, { minLength: 1, maxLength: 30 }), fc.array(personLine, { maxLength: 5 }), fc.constantFrom(...NAMES), fc.boolean())
  .map(([present, away, alone, lonely]) => ({
    present: present.length,
    text: ['# Board meeting', 'Date: 27/09/2022', '', 'Present:', ...present, ...(away.length ? ['', 'Apologies:', ...away] : []), '',
      '001/22 Apologies', 'None.', '', ...(lonely ? [alone, 'Text of the item.', ''] : []), '002/22 Finance', 'Noted.', ''].join('\n'),
  }));
const personEdit: fc.Arbitrary<LineEdit> = fc.record({
  line: fc.nat({ max: 40 }).map((n) => n + 4), at: fc.nat(), length: fc.nat({ max: 8 }),
  text: fc.oneof(fc.constantFrom('a', ' ', 'x', 'e', ':', '–', '(', ')', 'Chair', ' of', 'Present:', 'Apologies:', '003/22 ', '1. Title', '**', 'Date: 1/1/2023'), fc.constantFrom(...NAMES), fc.constantFrom(...CONSTRUCTS)),
});

test('people blocks: re-analysis after edits in person lines equals a full analysis, and runs without a full parse', () => {
  let incremental = 0;
  let inBlocks = 0;
  check(fc.property(peopleDocument, fc.array(personEdit, { minLength: 1, maxLength: 2 }), (doc, edits) => {
    // most edits in the Present block's lines (line 4 on), the others anywhere
    const placed = edits.map((e) => (e.line % 4 === 0 ? e : { ...e, line: 4 + (e.line % doc.present) }));
    // edits on lines that each start a person of a block (the others may well need a full parse)
    const count = splitLinesForTests(doc.text).length;
    const starts = new Set(analyzeText('file:///f.minutes', 1, doc.text, DEFAULT_SETTINGS, TODAY).doc.meeting?.people.flatMap((b) => b.people.map((x) => x.range.start.line)));
    if (placed.every((e) => starts.has(e.line % count))) inBlocks++;
    if (compareAfterEdits(doc.text, placed)) incremental++;
  }), RUNS * 10);
  report('people blocks edited, re-analysed and compared with a full analysis', incremental);
  // only blocks of our markup's `Name : Role` lines are re-read a line at a time (a family's block is
  // read whole, reparsePeople.ts), and an edit may make a line something else than a person's: some
  // edits must still take that path, or the comparison above would prove nothing about it
  assert.ok(incremental >= Math.min(5, inBlocks / 20), `only ${incremental} of ${inBlocks} edits in people blocks were re-analysed without a full parse`);
});

test('a keystroke in a Present block of thousands of people re-parses that person line only', () => {
  const names = Array.from({ length: 3000 }, (_, i) => `${NAMES[i % NAMES.length]}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) % 26))} : Board Member`);
  const text = ['# Board meeting', 'Date: 27/09/2022', '', 'Present:', ...names, '', '001/22 Apologies', 'None.', ''].join('\n');
  const prev = analyzeText('file:///p.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const line = 4 + 1500;
  const { text: after, changes } = applyWithinLines(text, [{ line, at: names[1500].length, length: 0, text: ' and Chair' }]);
  const lines = splitLinesForTests(after);
  const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: after.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  assert.ok(again, 'the edit is re-analysed without a full parse');
  assert.deepStrictEqual(again.doc, analyzeText('file:///p.minutes', 2, after, DEFAULT_SETTINGS, TODAY).doc);
  const [was, now] = [prev.doc.meeting!.people[0].people, again.doc.meeting!.people[0].people];
  assert.equal(now[1500].role, 'Board Member and Chair');
  for (let i = 0; i < was.length; i++) if (i !== 1500) assert.equal(now[i], was[i], `person ${i} kept`);
});

test('a changed name that stands alone on a line after the first item is left to a full parse (it decides whether that line is a heading item)', () => {
  const text = ['# Board meeting', 'Date: 27/09/2022', '', 'Present:', 'Jane Smith : Chair', 'Tom Jones : Clerk', '', '001/22 Apologies', 'None.', '', 'Tom Jonesy', 'Some text.', ''].join('\n');
  assert.equal(compareAfterEdits(text, [{ line: 5, at: 9, length: 0, text: 'y' }]), false);
  // the same edit where no line repeats the name is re-parsed on its own
  assert.equal(compareAfterEdits(text.replace('Tom Jonesy', 'Later'), [{ line: 5, at: 9, length: 0, text: 'y' }]), true);
});

test('a keystroke in a heading of a file numbered `Item 1 –` re-parses that item alone; one that types a number is left to a full parse', () => {
  const items = Array.from({ length: 200 }, (_, i) => `Item ${i + 1} – Topic ${i}\nThe Board noted the report.\n`);
  const text = ['# Board meeting', 'Date: 27/09/2022', '', ...items].join('\n');
  const line = splitLinesForTests(text).indexOf('Item 100 – Topic 99');
  assert.ok(line > 0);
  // `Item 100 –` is a board's own numbering (numberSchemes.ts, `item-word`): its heads are found in the
  // whole file; the item is parsed again alone in the run of heads kept from the full parse, when the
  // edit leaves the file's numbering as it was (issue 17 §3), and gives what a full parse gives
  for (const typed of ['s', ' and the budget', ' (PC24 report)']) assert.equal(compareAfterEdits(text, [{ line, at: 'Item 100 – Topic 99'.length, length: 0, text: typed }]), true, typed);
  // "1. " before the heading: a number the detection of the file's numbering reads
  assert.equal(compareAfterEdits(text, [{ line, at: 0, length: 0, text: '1. ' }]), false);
});

test('a document whose items are headings without numbers (scheme `none`): edits anywhere, typed numbers and headings too, re-analyse to the full analysis', () => {
  const text = ['# Kestrel Build WG Meeting 2025-03-04', '', '## Attendees', '', '* Lena Fox @lfox (WG lead)', '* Omar Diaz @odiaz', '', '## Remote cache eviction',
    '', '* Omar: eviction by age drops hot entries.', '* **Action item**: @odiaz to prototype LRU eviction by 2025-03-18.', '', '## Any other business', '', '* None.', ''].join('\n');
  assert.equal(analyzeText('file:///f.minutes', 1, text, DEFAULT_SETTINGS, TODAY).doc.scheme, 'none');
  const headingEdit: fc.Arbitrary<LineEdit> = fc.record({
    line: fc.nat({ max: 15 }), at: fc.nat({ max: 60 }), length: fc.nat({ max: 6 }),
    text: fc.constantFrom('1. ', '## ', '# ', 'x', ' ', '[edit]', 'ACTION: ', '081/25 ', 'Contents', 'Present', '2. [4]', ' – ', 'by 2025-04-01'),
  });
  check(fc.property(fc.array(headingEdit, { minLength: 1, maxLength: 3 }), (edits) => { compareAfterEdits(text, edits); }), RUNS * 3);
});
