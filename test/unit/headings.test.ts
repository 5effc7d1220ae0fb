/**
 * A plain heading line with no number ("Chief Constable Update") followed by discussion, inside
 * the items part of a meeting, is an item whose number is not written yet: flagged like
 * "Item 7 – …", fixed by inserting the next free number, and its actions are its own. Published
 * text (the corpus and the layouts) gets no new such findings.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, buildWorkspace, parse, reanalyze, changedLines, splitLinesForTests, DEFAULT_SETTINGS } from '#service';
import { MEETING, ROOT, TODAY, analyse, findings, fixed } from '../support/util';

const body = (s: string) => `${MEETING}\n${s}`;

const CHIEF = body('081/22 Access to Police Services\nThe Board discussed the figures.\nACTION: Publish the data. Owner: Andy Beard. Due: 25/10/2022.\n\n'
  + 'Chief Constable Update\nThe Chief Constable reported on overtime.\nACTION: Brief the Board on overtime. Owner: Craig Guildford. Due: 25/10/2022.\n');

test('a plain heading line followed by discussion after a numbered item is an unnumbered item, fixed with the next free number', () => {
  const items = analyse(CHIEF).doc.meeting!.items;
  assert.deepEqual(items.map((i) => [i.number?.seq, i.title]), [[81, 'Access to Police Services'], [undefined, 'Chief Constable Update']]);
  const f = findings(CHIEF, 'unnumbered-item');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /no minute number.*082\/22/);
  assert.match(fixed(CHIEF, 'unnumbered-item'), /\n082\/22 Chief Constable Update\nThe Chief Constable reported on overtime\.\n/, 'every word kept');
  assert.equal(findings(fixed(CHIEF, 'unnumbered-item'), 'unnumbered-item').length, 0);
  // capitals too
  assert.equal(findings(CHIEF.replace('Chief Constable Update', 'CHIEF CONSTABLE UPDATE'), 'unnumbered-item').length, 1);
});

test('the action under such a heading is its own, not the item above\'s, in the meeting and in the Actions view', () => {
  const items = analyse(CHIEF).doc.meeting!.items;
  assert.deepEqual(items.map((i) => i.actions.map((a) => a.text)), [['Publish the data.'], ['Brief the Board on overtime.']]);
  const ws = buildWorkspace([{ uri: 'file:///sep.minutes', doc: parse(CHIEF) }], TODAY);
  const brief = ws.actions.find((a) => a.text.startsWith('Brief'))!;
  assert.equal(brief.itemTitle, 'Chief Constable Update');
  assert.notEqual(brief.ref, '081/22-A2');
  assert.deepEqual(ws.actions.filter((a) => a.ref.startsWith('081/22')).map((a) => a.text), ['Publish the data.']);
});

test('no false alarms: a heading before an item stays a section; labels, people, lines within a paragraph and headings before the first item are not items', () => {
  const section = body('081/22 Access\nText.\n\nRegular Items\n082/22 Fairness\nText.\n');
  assert.equal(findings(section, 'unnumbered-item').length, 0);
  assert.deepEqual(analyse(section).doc.meeting!.sections.map((s) => s.title), ['Regular Items']);
  for (const line of ['Actions', 'RESOLVED –', 'Decisions', 'Simon Foster', 'Andy Beard : Head of Force Contact', 'Next meeting', 'The Board noted the report.', 'Present: Simon Foster']) {
    const text = body(`081/22 Access\nText.\n\n${line}\nThe report was noted.\n`);
    assert.equal(findings(text, 'unnumbered-item').length, 0, line);
    assert.equal(analyse(text).doc.meeting!.items.length, 1, line);
  }
  // a short line inside a paragraph (no blank line above), and a heading followed by nothing or by another heading
  assert.equal(findings(body('081/22 Access\nThe Board heard from\nChief Constable Update\nand noted it.\n'), 'unnumbered-item').length, 0);
  assert.equal(findings(body('081/22 Access\nText.\n\nChief Constable Update\n'), 'unnumbered-item').length, 0);
  assert.equal(findings(body('081/22 Access\nText.\n\nChief Constable Update\nOperational Performance\nText.\n'), 'unnumbered-item').length, 1, 'only the heading followed by discussion');
  // before the first numbered item: the header's lines, not items
  assert.equal(findings(body('Welcome and Introductions\nThe Chair welcomed everyone.\n\n081/22 Access\nText.\n'), 'unnumbered-item').length, 0);
});

test('no false alarms: a vote\'s result on its own line and a table\'s header row are no headings; a heading with one wide gap over prose still is', () => {
  for (const [line, next] of [['CARRIED', 'The Clerk will write.'], ['Motion lost', 'The item was deferred.'], ['For     Against', 'Cllr Ames     X']]) {
    const text = body(`081/22 Access\nText.\n\n${line}\n${next}\n`);
    assert.equal(analyse(text).doc.meeting!.items.length, 1, line);
  }
  assert.equal(analyse(body('081/22 Access\nText.\n\nChief Constable     Update\nThe Board noted the report.\n')).doc.meeting!.items.length, 2);
});

test('a star after an item\'s title (an item taken without discussion) is no part of the title', () => {
  assert.deepEqual(analyse(body('081/22 Treasury Policy*\nApproved.\n')).doc.meeting!.items.map((i) => i.title), ['Treasury Policy']);
});

const CORPUS_FILES = [
  ...['test/fixtures/corpus', '/work/shared/corpus', '/work/shared/corpus/layouts'].flatMap((dir) => {
    const d = path.isAbsolute(dir) ? dir : path.join(ROOT, dir);
    return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => path.join(d, f)) : [];
  }),
];

test('published text: no item without a number other than those written "Item …", and none flagged in an archive', () => {
  assert.ok(CORPUS_FILES.length >= 3);
  for (const file of CORPUS_FILES) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = splitLinesForTests(text);
    // read as a draft, the only unnumbered items are the lines that say "Item" (as before this change)
    const draft = analyzeText('file:///draft.minutes', 1, text, { ...DEFAULT_SETTINGS, archive: 'none' }, TODAY);
    if (draft.doc.scheme === 'none') {
      // a file whose items are headings without numbers (a wiki, a scribe tool, Markdown notes: issue 18):
      // every item is unnumbered by the board's choice, and no rule asks for a number, even in a draft
      assert.equal(draft.findings.filter((f) => f.code === 'minutes/unnumbered-item').length, 0, path.basename(file));
      continue;
    }
    const heads = (draft.doc.meeting?.items ?? []).filter((i) => !i.number).map((i) => lines[i.headRange.start.line].slice(i.headRange.start.character));
    assert.deepEqual(heads.filter((h) => !/^(?:<[^>]*>|\*\*|\s)*item\b/i.test(h)), [], path.basename(file));
    // opened as published text, it is an archive: the rule is silent
    const archive = analyzeText('file:///published.txt', 1, text, DEFAULT_SETTINGS, TODAY);
    assert.equal(archive.findings.filter((f) => f.code === 'minutes/unnumbered-item').length, 0, path.basename(file));
  }
});

test('typing a heading into an item gives, after the edit, what a full parse gives', () => {
  // the edit lies in the second item (the first is always parsed in full)
  const text = CHIEF.replace('081/22 Access', '080/22 Minutes\nAgreed.\n\n081/22 Access');
  const before = text.replace('Chief Constable Update', 'The discussion went on');
  const prev = analyzeText('file:///t.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  assert.equal(prev.doc.meeting!.items.length, 2);
  const line = splitLinesForTests(before).indexOf('The discussion went on');
  const lines = splitLinesForTests(text);
  const change = changedLines([{ range: { start: { line, character: 0 }, end: { line, character: 'The discussion went on'.length } }, text: 'Chief Constable Update' }])!;
  const again = reanalyze(prev, 2, change, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  const full = analyzeText('file:///t.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
  assert.equal(full.doc.meeting!.items.length, 3);
  if (again) assert.deepStrictEqual(again.doc, full.doc);
});

test('typing on the blank line above a heading item (it is then no heading) gives what a full parse gives (found by the fuzz soak, seed 174004975)', () => {
  // the soak's document: "Al" under a blank line is a heading item; the edit fills that blank line
  const before = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'regressions', 'heading-under-typed-line.txt'), 'utf8');
  const typed = 'This paper was presented by Andy Beard';
  const prev = analyzeText('file:///t.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  const beforeLines = splitLinesForTests(before);
  assert.equal(beforeLines[53], '');
  assert.equal(beforeLines[54], 'Al');
  const text = [...beforeLines.slice(0, 53), typed, ...beforeLines.slice(54)].join('\n');
  const lines = splitLinesForTests(text);
  const change = changedLines([{ range: { start: { line: 53, character: 0 }, end: { line: 53, character: 0 } }, text: typed }])!;
  const again = reanalyze(prev, 2, change, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  const full = analyzeText('file:///t.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
  assert.ok(!full.doc.meeting!.items.some((i) => i.title === 'Al'), '"Al" under a line of text is no heading');
  if (again) assert.deepStrictEqual(again.doc, full.doc);
});
