/**
 * Properties, checked on documents built from the markup's pieces and on mutated corpus text
 * (fast-check, fixed seed, bounded runs; `npm run fuzz` runs the same properties far longer):
 * the parser never throws and reports ranges inside the document; every fix keeps the words it
 * is not meant to change; fixing all malformed numbers leaves none to fix.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseOrThrow, parse, analyzeText, DEFAULT_SETTINGS, documentSymbols, foldingRanges, fixesAt, splitLinesForTests, formatDocument, buildWorkspace, renumberAll, firstNumberOf, targetAt, renamePerson, renameItem, indexView, encodeView, decodeView } from '#service';
import { anyDocument } from '../support/arbitraries';
import { assertRangesInside } from '../support/ranges';
import { applyEdits, MARKUP_WORDS, report, textIn, TODAY, words } from '../support/util';

export const RUNS = Number(process.env.MINUTES_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.MINUTES_FUZZ_SEED ?? 20261122);
const params = { numRuns: RUNS, seed: SEED, endOnFailure: true };

/** Runs a property and, on failure, reports what failed and a short counterexample (fast-check alone shows only the input). */
function check<T>(prop: fc.IProperty<T>): void {
  const r = fc.check(prop, params);
  if (!r.failed) return;
  const example = JSON.stringify((r.counterexample as unknown[] | null)?.[0] ?? null);
  const why = r.errorInstance instanceof Error ? r.errorInstance.message : String(r.errorInstance);
  assert.fail(`${why}\n(seed ${SEED}, run ${r.numRuns}; input ${example.length > 600 ? `${example.slice(0, 600)}…` : example})`);
}

/** Bold markers and HTML tags. */
const MARKUP = /\*\*|<[^<>]{0,400}>/g;

/** Text without debris: HTML tags, entities and bold markers are not the user's words. */
function withoutDebris(text: string): string {
  return text.replace(/<[^<>]{0,400}>/g, ' ').replace(/&[a-zA-Z0-9#]{1,8};/g, ' ').replace(/\*\*/g, ' ');
}

/** How many times each letter occurs (lower case). Letters, unlike words, do not depend on where junk splits a token. */
function letters(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of withoutDebris(text).toLowerCase()) if (/\p{L}/u.test(c)) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** The letters of the words in `text` that a fix may replace (keywords, the presenter phrase's lead). */
function replaceableLetters(text: string, extra: ReadonlySet<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const raw of withoutDebris(text).split(/[^\p{L}]+/u)) {
    const w = raw.toLowerCase();
    if (MARKUP_WORDS.has(w) || extra.has(w)) for (const c of w) m.set(c, (m.get(c) ?? 0) + 1);
  }
  return m;
}

test('the parser never throws, and every range of the model, diagnostics, outline and folding lies inside the document', () => {
  check(fc.property(anyDocument, (text) => {
    parseOrThrow(text);
    const a = analyzeText('file:///p.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
    const lines = splitLinesForTests(text);
    assertRangesInside(a.doc, lines);
    assertRangesInside(a.findings, lines);
    assertRangesInside(documentSymbols(a.doc), lines);
    for (const f of foldingRanges(a.doc)) assert.ok(f.endLine < lines.length);
  }));
  report('documents parsed', RUNS);
});

/** What a duplicate-status-line fix removes with the earlier line: its action reference and its status word (the later line has both). */
const STATUS_HEAD = /^.*?(?:carried\s*forward|done|dropped|open)/i;

/** Checks every quick fix offered on `text` against the words it keeps; returns how many fixes it checked. */
function checkFixesKeepWords(text: string): number {
  let checked = 0;
  const a = analyzeText('file:///p.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const whole = { start: { line: 0, character: 0 }, end: { line: a.lines.length, character: 0 } };
  for (const fix of fixesAt(a.findings, whole, DEFAULT_SETTINGS)) {
    const before = letters(text);
    const after = letters(applyEdits(text, fix.edits));
    // what the fix replaces may go: keywords, the presenter phrase, and for "did you mean" the mention itself
    const meant = new Set(fix.finding.code === 'minutes/unknown-person' ? withoutDebris(textIn(text, fix.finding.range)).toLowerCase().split(/[^\p{L}]+/u) : []);
    const allowed = new Map<string, number>();
    for (const e of fix.edits) for (const [c, n] of replaceableLetters(textIn(text, e.range), meant)) allowed.set(c, (allowed.get(c) ?? 0) + n);
    // merging two status lines of one action keeps the later line's reference and status word: the
    // earlier line's (`081/22-A1 CARRIED FORWARD`) go; its note is moved, and is checked like any other word
    const superseded = fix.finding.code === 'minutes/duplicate-status-line' ? STATUS_HEAD.exec(textIn(text, fix.finding.range))?.[0] ?? '' : '';
    for (const [c, n] of letters(superseded)) allowed.set(c, (allowed.get(c) ?? 0) + n);
    for (const [c, n] of before) {
      const gone = n - (after.get(c) ?? 0);
      if (gone > (allowed.get(c) ?? 0)) assert.fail(`"${fix.title}" lost ${gone} "${c}" of the user's text`);
    }
    checked++;
  }
  return checked;
}

test('every quick fix keeps every word of the text that it is not meant to change', () => {
  let checked = 0;
  check(fc.property(anyDocument, (text) => {
    checked += checkFixesKeepWords(text);
  }));
  assert.ok(checked > 0);
  report('fixes checked', checked);
});

test('merging two status lines of one action (found by the fuzz soak, mixed line endings): only the earlier line\'s reference and status word go', () => {
  // seed 172141253: two `081/22-A1 DONE` lines; the property counted the removed line's DONE as a lost word
  const text = ' : Due: é😀\t:\t\r\n081/22-A1 DONE: éItem 5 – \r\n**Regular ItemsActions arising are highlighted in bold text.Owner: ofwords : This paper was presented by \r\n</b>&amp;Owners: </b>Simon Foster\n081/2022 ACTION: Item: \t:\t081/22-A2 CARRIED FORWARDPresented by: Presented by: **\n081/22-A1 DONE: é.</p>&amp;AGENDA\rnext meetingThe notes were agreed as a correct record.DECISION: \nTuesday 27 September 2022(SF)• \n\n';
  assert.ok(checkFixesKeepWords(text) > 0);
});

test('fixing every malformed number leaves none to fix: a second pass changes nothing', () => {
  check(fc.property(anyDocument, (text) => {
    const a = analyzeText('file:///p.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
    const fixable = (f: { code: string; fixes: readonly unknown[] }) => f.code === 'minutes/malformed-number' && f.fixes.length > 0;
    const edits = a.findings.filter(fixable).map((f) => f.fixes[0].edits).flat();
    if (edits.length === 0) return;
    const once = applyEdits(text, edits);
    const again = analyzeText('file:///p.minutes', 2, once, DEFAULT_SETTINGS, TODAY).findings.filter(fixable);
    assert.deepEqual(again.map((f) => f.message), []);
  }));
});

/**
 * The words of a text in order, as formatting may leave them: debris set aside, digits and slashes
 * taken out (numbers are rewritten: `81/22` → `081/22`, `115/2 3` → `115/23`), and the spaces of
 * `Name : Role` around the colon. What is left is every word's letters, in order.
 */
function foldedWords(text: string): string[] {
  return words(withoutDebris(text).replace(/[ \t]*:[ \t]*/g, ' : ')).map((w) => w.replace(/[\d/]/g, '')).filter((w) => w.length > 0);
}

test('formatting keeps every word in its order, and formatting twice changes nothing more', () => {
  let changed = 0;
  check(fc.property(anyDocument, (text) => {
    const edits = formatDocument(parse(text), text, TODAY);
    const once = applyEdits(text, edits);
    assert.deepEqual(foldedWords(once), foldedWords(text));
    if (edits.length > 0) changed++;
    assert.deepEqual(formatDocument(parse(once), once, TODAY), [], 'a second pass has nothing to do');
  }));
  assert.ok(changed > 0);
  report('documents formatted', changed);
});

test('renumbering all items changes numbers only, and a second pass has nothing to renumber', () => {
  check(fc.property(anyDocument, (text) => {
    const doc = parse(text);
    const model = buildWorkspace([{ uri: 'file:///p.minutes', doc }], TODAY);
    const r = renumberAll(doc, 'file:///p.minutes', model, firstNumberOf(doc, 'file:///p.minutes', model, TODAY));
    if (!r) return;
    const once = applyEdits(text, [...(r.edits.get('file:///p.minutes') ?? [])]);
    // numbers are digits and slashes: every letter of the text is still there, as many times,
    // and so is every bold marker and tag (one inside a number is written back after it)
    assert.deepEqual(letters(once), letters(text));
    assert.deepEqual((once.match(MARKUP) ?? []).sort(), (text.match(MARKUP) ?? []).sort());
    const again = parse(once);
    const m2 = buildWorkspace([{ uri: 'file:///p.minutes', doc: again }], TODAY);
    assert.equal(renumberAll(again, 'file:///p.minutes', m2, firstNumberOf(again, 'file:///p.minutes', m2, TODAY)), undefined);
  }));
});

test('rename replaces only names and numbers: every edit covers the old name or minute number, nothing else of the text', () => {
  let renamed = 0;
  check(fc.property(anyDocument, (text) => {
    const doc = parse(text);
    const m = doc.meeting;
    if (!m) return;
    const model = buildWorkspace([{ uri: 'file:///p.minutes', doc }], TODAY);
    const texts = new Map([['file:///p.minutes', text]]);
    const person = m.people.flatMap((b) => b.people)[0];
    if (person) {
      const t = targetAt(m, person.nameRange.start);
      if (t?.kind === 'person') {
        const r = renamePerson(model, 'file:///p.minutes', t, 'Zed Quill', { acrossMeetings: false, texts });
        const names = new Set([t.key, t.person.written.trim(), t.person.name.surname].map((n) => n.toLowerCase()));
        for (const e of 'edits' in r ? r.edits.get('file:///p.minutes') ?? [] : []) {
          assert.ok(names.has(textIn(text, e.range).toLowerCase()), `rename touched "${textIn(text, e.range)}", not the name`);
          renamed++;
        }
      }
    }
    const item = m.items.find((i) => i.number && i.number.range.start.line === i.number.range.end.line);
    if (item?.number) {
      const t = targetAt(m, item.number.range.start);
      if (t?.kind === 'item') {
        const r = renameItem(model, 'file:///p.minutes', t, item.number.year === undefined ? '999' : '999/99');
        for (const e of 'edits' in r ? r.edits.get('file:///p.minutes') ?? [] : []) {
          const old = textIn(text, e.range);
          // a number as written, split ones (`115/2 3`, `115/2⏎3`) and markup inside it included
          assert.match(old.replace(MARKUP, '').replace(/&[a-zA-Z0-9#]{1,8};/g, ' ').trim(), /^(?:item\s*)?\d{1,3}(?:\s*\/\s*\d(?:\s*\d){0,3}(?:-A\d+)?|[.)])?$/i, `rename touched more than a number: "${old}"`);
          // the bold markers and tags inside it are written back (`3**81/22` → `999/99**`)
          assert.deepEqual(e.newText.match(MARKUP) ?? [], old.match(MARKUP) ?? [], `rename dropped markup: "${old}" → "${e.newText}"`);
          renamed++;
        }
      }
    }
  }));
  assert.ok(renamed > 0);
  report('rename edits checked', renamed);
});

test('a meeting saved in the workspace index reads back equal to its index view, with the same action log', () => {
  check(fc.property(anyDocument, (text) => {
    const view = indexView(parse(text));
    // through the file it is saved in: JSON text
    const back = decodeView(JSON.parse(JSON.stringify(encodeView(view))));
    assert.ok(back, 'a view just encoded must decode');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(view)));
    const uri = 'file:///m.minutes';
    assert.deepStrictEqual(buildWorkspace([{ uri, doc: back }], TODAY).actions, buildWorkspace([{ uri, doc: view }], TODAY).actions);
  }));
  report('index views saved and read back', RUNS);
});
