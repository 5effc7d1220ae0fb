/**
 * What is updated after an edit must be exactly what is built from scratch. Re-analysis after an
 * edit within lines gives what a full analysis of the new text gives: the same model, range for
 * range, and the same findings (checked on documents built from the markup's pieces, mutated
 * corpus text and the fixture meetings, under random edits that type or delete within a line,
 * markup words included). The workspace model updated for one edited meeting equals the model
 * built again from every meeting.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { AnalysisCache, analyzeAcrossMeetings, analyzeText, buildWorkspace, changedLines, parse, reanalyze, reparseItem, sameAcrossMeetings, updateWorkspace, DEFAULT_SETTINGS, splitLinesForTests } from '#service';
import { anyDocument } from '../support/arbitraries';
import { modelAsMaps, report, TODAY } from '../support/util';
import { applyWithinLines } from '../support/lineEdits';

const RUNS = Number(process.env.MINUTES_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.MINUTES_FUZZ_SEED ?? 20261122);
const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const FILES = [
  ...fs.readdirSync(path.join(FIXTURES, 'workspace')).map((f) => path.join(FIXTURES, 'workspace', f)),
  path.join(FIXTURES, 'publish', '2022-11-22.minutes'),
];
// minutes in a board's own numbering (prefixed, running, a table's `1<TAB>`, Roman): detected once per file
const FAMILY = ['03-parish-council.txt', '07-university-council.txt', '05-school-governing-board.txt', '08-us-city-council.txt'].map((f) => fs.readFileSync(path.join(FIXTURES, 'layouts', f), 'utf8'));
const MEETINGS = FILES.map((f) => fs.readFileSync(f, 'utf8'));

const TYPED = [
  'a', ' ', 'x', '0', '1', '/', ':', '.', '?', '-', '*', '**', '<b>', '</b>', '<p>', '&amp;', '#', '## ', '081/22 ', '082/22', '083/22-A1 DONE: ',
  'ACTION: ', 'DECISION: ', 'Owner: ', 'Owner: WMP', 'Due: ', 'Due: 25/10/2022', 'next meeting', 'Next meeting: 12/12/2022', 'Present:', 'Apologies:',
  'Presented by: ', 'This paper was presented by Andy Beard', '(Asked by Cath Hannon)', 'Item 5 – ', 'Regular Items', 'Chief Constable Update', 'Simon Foster', 'AGENDA',
  'The minutes of the meeting held on 27 September 2022 were agreed as a correct record.', 'Apologies were received from Cllr L Whitty.', 'Actions arising are highlighted in bold text.',
  'PC24/066 ', '(a) ', '2250  ',
];

const edit = fc.record({
  line: fc.nat(), at: fc.nat(), length: fc.nat({ max: 12 }),
  text: fc.oneof(fc.constantFrom(...TYPED), fc.string({ maxLength: 4 }).map((s) => s.replace(/[\r\n]/g, ''))),
});
const document = fc.oneof(anyDocument, fc.constantFrom(...MEETINGS));



test('re-analysis after edits within lines equals a full analysis of the new text', () => {
  let incremental = 0;
  let runs = 0;
  const r = fc.check(fc.property(document, fc.array(edit, { minLength: 1, maxLength: 3 }), (before, edits) => {
    runs++;
    const prev = analyzeText('file:///r.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const { text, changes } = applyWithinLines(before, edits);
    const change = changedLines(changes);
    assert.ok(change, 'edits within lines are recognised as such');
    const lines = splitLinesForTests(text);
    const again = reanalyze(prev, 2, change, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    if (!again) return;
    incremental++;
    const full = analyzeText('file:///r.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    assert.deepStrictEqual(again.lines, full.lines);
    assert.deepStrictEqual(again.doc, full.doc);
    assert.deepStrictEqual(again.findings, full.findings);
  }), { numRuns: RUNS * 3, seed: SEED, endOnFailure: true });
  if (r.failed) {
    const [before, edits] = r.counterexample ?? ['', []];
    const why = r.errorInstance instanceof Error ? r.errorInstance.message.slice(0, 3000) : String(r.errorInstance);
    assert.fail(`${why}\n(seed ${SEED}; edits ${JSON.stringify(edits)}; document ${JSON.stringify(before).slice(0, 800)})`);
  }
  report('edit sequences re-analysed and compared with a full analysis', incremental);
  // the property means something only if the incremental path ran often
  assert.ok(incremental > runs / 10, `only ${incremental} of ${runs} edits were re-analysed incrementally`);
});

test('an edit to minutes in a board\'s own numbering gives what a full analysis gives', () => {
  const r = fc.check(fc.property(fc.constantFrom(...FAMILY), fc.array(edit, { minLength: 1, maxLength: 3 }), (before, edits) => {
    const prev = analyzeText('file:///f.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const { text, changes } = applyWithinLines(before, edits);
    const lines = splitLinesForTests(text);
    const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    if (!again) return;
    const full = analyzeText('file:///f.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    assert.deepStrictEqual(again.doc, full.doc);
    assert.deepStrictEqual(again.findings, full.findings);
  }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  assert.ok(!r.failed, r.failed ? `${r.errorInstance instanceof Error ? r.errorInstance.message.slice(0, 2000) : String(r.errorInstance)} (seed ${SEED}; edits ${JSON.stringify(r.counterexample?.[1])})` : '');
});

test('an edit that leaves text before an item\'s head on its line falls back to a full parse (found by the fuzz soak)', () => {
  // "0?4/20 <p>Item 11a …": the line still starts an unnumbered item, but after "0?4/20", which
  // belongs to the item above; and "REGULAR ITEMS" is a section only while this line starts an item
  const before = '# Strategic Policing and Crime Board\nDate: 21/01/2020\n\nPresent:\nSimon Foster : Police and Crime Commissioner\n\n'
    + '012/20 Finance\nText.\n\n013/20 Strategic Policing Requirement\nText.\n\nREGULAR ITEMS\n'
    + '014/20\t<p>Item 11a – Work Plan</p> The plan was agreed.\n015/20 Chief Constable Update\nText.\n';
  const prev = analyzeText('file:///h.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  assert.deepEqual(prev.doc.meeting!.sections.map((x) => x.title), ['REGULAR ITEMS']);
  const line = splitLinesForTests(before).findIndex((l) => l.startsWith('014/20'));
  const { text, changes } = applyWithinLines(before, [{ line, at: 1, length: 1, text: '?' }]);
  const lines = splitLinesForTests(text);
  const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  const full = analyzeText('file:///h.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
  assert.deepEqual(full.doc.meeting!.sections, [], 'the heading is no longer a section');
  if (again) assert.deepStrictEqual(again.doc, full.doc);
});

test('an edit that moves the page\'s right margin for a line of the item above gives the wrapping a full parse gives', () => {
  // the margin is measured on the lines around a line (parse/margin.ts), here in the next item: the
  // edit shortens the longest line nearby, and the action's line above now reaches the margin, so its
  // sentence runs on to the next line (`… Director of Primary` / `Care to attend …`)
  const before = ['ASHCOMBE PARISH COUNCIL', 'Minutes of the meeting held on Tuesday 11 June 2024 at 7.30pm', '',
    'PC24/061 Highways', 'The council discussed the state of the verges along the main road in detail',
    'and the plan agreed with the county for the coming summer months was noted', 'ACTION: Clerk to write to the County Council Director of Highways and',
    'Transport asking them to invite the Integrated Care Board Director of Primary', 'Care to attend the next meeting, by 15 October 2024.', '',
    'PC24/062 Footpaths', 'Members raised the condition of the stiles on the footpath near the old mill',
    'It was agreed that the matter be referred to the rights of way officer to check now.'].join('\n');
  const prev = analyzeText('file:///m.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  assert.match(prev.doc.meeting!.items[0].actions[0].text, /Director of Primary$/);
  const line = splitLinesForTests(before).findIndex((l) => l.startsWith('It was agreed'));
  const { text, changes } = applyWithinLines(before, [{ line, at: 14, length: 70, text: '.' }]);
  const lines = splitLinesForTests(text);
  const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  const full = analyzeText('file:///m.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
  assert.match(full.doc.meeting!.items[0].actions[0].text, /Director of Primary Care to attend the next meeting/);
  if (again) assert.deepStrictEqual(again.doc, full.doc);
});

test('an edit to apologies written in an item\'s sentence gives the lists a full parse gives', () => {
  // the apologies of item 2 are in the meeting's lists, not the item: the one-item re-parse must not keep them stale
  const before = '# Parish Council\nDate: 3 June 2024\n\nPresent: Cllr J Pemberton (Chair), Cllr K Osei\n\n'
    + '060/24 Welcome\nThe Chair opened the meeting.\n\n061/24 Apologies for absence\nApologies were received from Cllr L Whitty (work commitment).\n\n'
    + '062/24 Declarations of interest\nNone.\n';
  const prev = analyzeText('file:///a.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  assert.deepEqual(prev.doc.meeting!.people.map((b) => [b.kind, b.people.map((p) => p.name.display)]), [['present', ['J Pemberton', 'K Osei']], ['apologies', ['L Whitty']]]);
  const line = splitLinesForTests(before).findIndex((l) => l.startsWith('Apologies were'));
  for (const [at, length, typed] of [[0, 9, 'Notes'], [29, 13, 'Cllr M Daventry']] as const) {
    const { text, changes } = applyWithinLines(before, [{ line, at, length, text: typed }]);
    const lines = splitLinesForTests(text);
    const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    const full = analyzeText('file:///a.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    if (again) assert.deepStrictEqual(again.doc, full.doc, `after typing ${JSON.stringify(typed)}`);
  }
  // typing elsewhere in that item is still a re-parse of the one item when it names nobody (the cache's fast path is kept)
  const other = splitLinesForTests(before).findIndex((l) => l.startsWith('None.'));
  const { text, changes } = applyWithinLines(before, [{ line: other, at: 0, length: 4, text: 'Nothing' }]);
  const lines = splitLinesForTests(text);
  const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
  assert.ok(again, 'an edit after the item is re-parsed alone');
  assert.deepStrictEqual(again.doc, analyzeText('file:///a.minutes', 2, text, DEFAULT_SETTINGS, TODAY).doc);
});

test('the analysis cache re-parses one item after typing in it, and the whole text after a new line', () => {
  const cache = new AnalysisCache(DEFAULT_SETTINGS, () => TODAY);
  const uri = 'file:///c.minutes';
  let text = MEETINGS[0];
  const source = () => { const lines = splitLinesForTests(text); return { count: lines.length, length: text.length, at: (n: number) => lines[n] }; };
  const v1 = cache.get(uri, 1, () => text, source());
  const items = v1.doc.meeting!.items;
  const k = items.length - 2; // an item in the middle: 075/22, whose last line is its action
  const target = items[k];
  const line = target.range.end.line;
  const typed = applyWithinLines(text, [{ line, at: 10_000, length: 0, text: ' More was said.' }]);
  text = typed.text;
  cache.noteChanges(uri, 1, 2, typed.changes);
  const v2 = cache.get(uri, 2, () => text, source());
  assert.deepStrictEqual(v2.doc, analyzeText(uri, 2, text, DEFAULT_SETTINGS, TODAY).doc);
  // every other item is the same object: its findings and its part of the workspace are reused
  const after = v2.doc.meeting!.items;
  assert.equal(after.length, items.length);
  for (let i = 0; i < items.length; i++) if (i !== k) assert.equal(after[i], items[i], `item ${i} kept`);
  assert.notEqual(after[k], target);
  assert.match(after[k].actions[0].text, /More was said\./);

  const enter = { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '\n' };
  text = `${text.split('\n').slice(0, line).join('\n')}\n\n${text.split('\n').slice(line).join('\n')}`;
  cache.noteChanges(uri, 2, 3, [enter]);
  const v3 = cache.get(uri, 3, () => text, source());
  assert.equal(v3.lines.length, v2.lines.length + 1);
  assert.deepStrictEqual(v3.doc, analyzeText(uri, 3, text, DEFAULT_SETTINGS, TODAY).doc);
});

/** The fixture meetings as a workspace, and the model built from them with one meeting replaced. */
function fixtureWorkspace() {
  const uris = FILES.map((f) => `file://${f}`);
  const docs = MEETINGS.map((t, i) => analyzeText(uris[i], 1, t, DEFAULT_SETTINGS, TODAY).doc);
  const prev = buildWorkspace(uris.map((uri, i) => ({ uri, doc: docs[i] })), TODAY);
  const withEdited = (which: number, doc: (typeof docs)[number]) => buildWorkspace(uris.map((uri, i) => ({ uri, doc: i === which ? doc : docs[i] })), TODAY);
  /** Meeting `which` after the edits, parsed. */
  const edited = (which: number, edits: ReadonlyArray<{ line: number; at: number; length: number; text: string }>) => analyzeText(uris[which], 2, applyWithinLines(MEETINGS[which], edits).text, DEFAULT_SETTINGS, TODAY).doc;
  return { uris, docs, prev, withEdited, edited };
}

/** Fails with the counterexample fast-check found, if any. */
function assertHeld<T>(r: fc.RunDetails<T>): void {
  if (!r.failed) return;
  const why = r.errorInstance instanceof Error ? r.errorInstance.message.slice(0, 3000) : String(r.errorInstance);
  assert.fail(`${why}\n(seed ${SEED}; input ${JSON.stringify(r.counterexample).slice(0, 800)})`);
}

test('the workspace model updated for one edited meeting equals the model built again from every meeting', () => {
  const { uris, docs, prev, withEdited, edited } = fixtureWorkspace();
  let updated = 0;
  let runs = 0;
  let again = 0;
  const r = fc.check(fc.property(fc.nat({ max: FILES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.nat({ max: FILES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 2 }), (which, edits, other, more) => {
    runs++;
    const doc = edited(which, edits);
    const next = updateWorkspace(prev, uris[which], doc, TODAY);
    if (!next) return;
    updated++;
    // an update's maps read through the previous model's (workspace.ts ReplacedValues): compared as the maps they read as
    assert.deepStrictEqual(modelAsMaps(next), modelAsMaps(withEdited(which, doc)));
    // and an update of that update (the same meeting typed in again, or another meeting), as the editor makes them
    const second = other === which ? edited(which, [...edits, ...more]) : edited(other, more);
    const then = updateWorkspace(next, uris[other], second, TODAY);
    if (!then) return;
    again++;
    const all = uris.map((uri, i) => ({ uri, doc: i === other ? second : i === which ? doc : docs[i] }));
    assert.deepStrictEqual(modelAsMaps(then), modelAsMaps(buildWorkspace(all, TODAY)));
  }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  report('workspace updates of an update compared with a full build', again);
  assertHeld(r);
  report('workspace updates compared with a full build', updated);
  assert.ok(updated > runs / 3, `only ${updated} of ${runs} edits updated the model in place`);
});

// what the rules across meetings look for: references to items and actions no meeting has, numbers another meeting uses, approvals
const ACROSS = ['See 099/22.', '(minute 081/22-A9)', '079/22-A1', '045/22 ', '081/22 ', 'The minutes of the meeting held on 26 July 2022 were agreed as a correct record.', '2022', ' Date: 1 March 2023'];
const acrossEdit = fc.record({ line: fc.nat(), at: fc.nat(), length: fc.nat({ max: 12 }), text: fc.oneof(fc.constantFrom(...ACROSS), edit.map((e) => e.text)) });

test('an edit that leaves what the rules across meetings read unchanged leaves their findings unchanged', () => {
  const { uris, docs, prev, withEdited, edited } = fixtureWorkspace();
  const before = uris.map((uri) => analyzeAcrossMeetings(prev, uri, DEFAULT_SETTINGS));
  assert.ok(before.some((f) => f.length > 0), 'the fixtures have findings across meetings to compare');
  let kept = 0;
  let runs = 0;
  let changed = 0;
  const r = fc.check(fc.property(fc.nat({ max: FILES.length - 1 }), fc.array(acrossEdit, { minLength: 1, maxLength: 3 }), (which, edits) => {
    runs++;
    const doc = edited(which, edits);
    const after = analyzeAcrossMeetings(withEdited(which, doc), uris[which], DEFAULT_SETTINGS);
    if (!sameAcrossMeetings(docs[which], doc)) {
      if (!isDeepStrictEqual(after, before[which])) changed++;
      return;
    }
    kept++;
    assert.deepStrictEqual(after, before[which]);
  }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
  assertHeld(r);
  report('edits that kept the findings across meetings, compared with the rules run again', kept);
  assert.ok(kept > runs / 3, `only ${kept} of ${runs} edits kept the findings across meetings`);
  assert.ok(changed > runs / 20, `only ${changed} of ${runs} edits changed the findings across meetings: the test needs edits that do`);
});

test('an action added to an item that a reference in the same meeting names is a change the rules across meetings see', () => {
  const before = 'Date: 25 October 2022\n\n081/22 Finance\nACTION: Report back. Owner: WMP\n\n082/22 Matters arising\nSee 081/22-A2.\n';
  const after = before.replace('Owner: WMP\n', 'Owner: WMP\nACTION: Circulate the paper. Owner: WMP\n');
  const uri = 'file:///w/2022-10-25.minutes';
  const [a, b] = [before, after].map((t) => analyzeText(uri, 1, t, DEFAULT_SETTINGS, TODAY).doc);
  const across = (doc: typeof a) => analyzeAcrossMeetings(buildWorkspace([{ uri, doc }], TODAY), uri, DEFAULT_SETTINGS).map((f) => f.message);
  assert.match(across(a).join('\n'), /no 081\/22-A2/);
  assert.deepEqual(across(b), []);
  assert.equal(sameAcrossMeetings(a, b), false);
  // typing in the action's text is no such change
  assert.equal(sameAcrossMeetings(a, analyzeText(uri, 2, before.replace('Report back', 'Report back soon'), DEFAULT_SETTINGS, TODAY).doc), true);
});

test('typing in an item of a board\'s own numbering, or of a file holding debris, re-parses that item alone and gives the full parse (issue 17 §3)', () => {
  // heads as boards number them (`Item N –`, `PB/2425/061:`, `112.`), and page furniture between items
  const heads: Array<[string, (n: number) => string]> = [
    ['Item N –', (n) => `Item ${n} – Report number ${n}`],
    ['PB/2425/061:', (n) => `PB/2425/${String(60 + n).padStart(3, '0')}: Report number ${n}`],
    ['112.', (n) => `${111 + n}.\tREPORT NUMBER ${n}`],
    ['PC24/061', (n) => `PC24/${String(60 + n).padStart(3, '0')}\tReport number ${n}`],
  ];
  for (const [form, head] of heads) {
    for (const furniture of [false, true]) {
      const out = ['ASHCOMBE PARISH COUNCIL', 'Minutes of the meeting held on Tuesday 11 June 2024 at 7.30pm in the Village Hall', '', 'Present: Cllr A Bevan (Chair), Cllr B Cole', ''];
      for (let n = 1; n <= 12; n++) {
        out.push(head(n), 'The council considered the report and the clerk answered questions.', 'RESOLVED to note the report.', '');
        if (furniture && n % 4 === 0) out.push("Chair's initials ………", `Page ${n / 4}`, '');
      }
      const before = out.join('\n');
      const prev = analyzeText('file:///o.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
      assert.equal(prev.doc.meeting!.items.length, 12, `${form}: the twelve items are read`);
      if (furniture) assert.ok((prev.doc.debris?.length ?? 0) > 0, `${form}: the page furniture is debris`);
      const line = splitLinesForTests(before).findIndex((l, i) => i > 20 && l.startsWith('The council considered'));
      for (const typed of ['x', ' further', ' by 12 March 2025']) {
        const { text, changes } = applyWithinLines(before, [{ line, at: 10_000, length: 0, text: typed }]);
        const lines = splitLinesForTests(text);
        const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
        assert.ok(again, `${form}${furniture ? ' with page furniture' : ''}: typing ${JSON.stringify(typed)} in an item re-parses it alone`);
        const full = analyzeText('file:///o.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
        assert.deepStrictEqual(again.doc, full.doc);
        assert.deepStrictEqual(again.findings, full.findings);
        // every other item is the same object
        const k = full.doc.meeting!.items.findIndex((it) => it.range.start.line <= line && it.range.end.line >= line);
        prev.doc.meeting!.items.forEach((it, i) => { if (i !== k) assert.equal(again.doc.meeting!.items[i], it); });
      }
      // an edit that makes a new head (or debris) changes the layout: the whole text is parsed, and reads the same
      for (const typed of ['', head(13), 'Page 9']) {
        const { text, changes } = applyWithinLines(before, [{ line, at: 0, length: 10_000, text: typed }]);
        const lines = splitLinesForTests(text);
        const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
        if (again) assert.deepStrictEqual(again.doc, analyzeText('file:///o.minutes', 2, text, DEFAULT_SETTINGS, TODAY).doc);
      }
    }
  }
});

test('typing in the first item re-parses it alone, from the state at its head, and gives the full parse (issue 17 §3)', () => {
  // the first item follows the header and a people block; it may be the only item (a log of actions)
  const header = ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', 'Chair: Simon Foster', '', 'Present:', 'Simon Foster : Police and Crime Commissioner', 'Cath Hannon : Board Member'];
  const actions = Array.from({ length: 80 }, (_, i) => `ACTION: Share report ${i} with the Board. Owner: Cath Hannon. Due: 25/10/2022.`);
  const shapes: Array<[string, string[]]> = [
    ['one item of actions, right under the people', [...header, '001/22 Actions', ...actions, '']],
    ['a first item of several, after a blank line', [...header, '', '001/22 Actions', 'The Board noted the report.', ...actions, '', '002/22 Any other business', 'None.', '']],
  ];
  for (const [shape, out] of shapes) {
    const before = out.join('\n');
    const prev = analyzeText('file:///f.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const head = prev.doc.meeting!.items[0].headRange.start.line;
    assert.equal(prev.doc.meeting!.people.length, 1, `${shape}: the people block is read`);
    // lines of the first item below its head (near the top, where the meeting's heading is read, and far below)
    for (const line of [head + 1, head + 2, head + 70]) {
      for (const typed of ['x', ' further', ' Owner: Simon Foster.', 'ACTION: ', '**']) {
        const { text, changes } = applyWithinLines(before, [{ line, at: 10_000, length: 0, text: typed }]);
        const lines = splitLinesForTests(text);
        const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
        const full = analyzeText('file:///f.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
        if (typed !== '**') assert.ok(again, `${shape}: typing ${JSON.stringify(typed)} on line ${line} of the first item re-parses it alone`);
        if (!again) continue;
        assert.deepStrictEqual(again.doc, full.doc);
        assert.deepStrictEqual(again.findings, full.findings);
        // the items after it are the same objects
        prev.doc.meeting!.items.forEach((it, i) => { if (i > 0) assert.equal(again.doc.meeting!.items[i], it); });
      }
    }
    // an edit of the header, the people or the head line itself: whatever path it takes, the full parse's answer
    for (const line of [1, 5, head - 1, head]) {
      for (const typed of ['x', '', '001/22 ', 'Present:', 'Date: 12/12/2022']) {
        const { text, changes } = applyWithinLines(before, [{ line, at: typed === '' ? 0 : 10_000, length: typed === '' ? 10_000 : 0, text: typed }]);
        const lines = splitLinesForTests(text);
        const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
        if (again) assert.deepStrictEqual(again.doc, analyzeText('file:///f.minutes', 2, text, DEFAULT_SETTINGS, TODAY).doc);
      }
    }
  }
});

test('random edits within the first item give what a full analysis gives', () => {
  let incremental = 0;
  const r = fc.check(fc.property(document, fc.array(edit, { minLength: 1, maxLength: 3 }), (before, edits) => {
    const prev = analyzeText('file:///r.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const items = prev.doc.meeting?.items ?? [];
    if (items.length === 0) return;
    // the edits land on the lines of the first item (its head line included)
    const from = items[0].headRange.start.line;
    const span = items[0].range.end.line - from + 1;
    const { text, changes } = applyWithinLines(before, edits.map((e) => ({ ...e, line: from + (e.line % span) })));
    const lines = splitLinesForTests(text);
    const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    if (!again) return;
    incremental++;
    const full = analyzeText('file:///r.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    assert.deepStrictEqual(again.doc, full.doc);
    assert.deepStrictEqual(again.findings, full.findings);
  }), { numRuns: RUNS * 2, seed: SEED, endOnFailure: true });
  if (r.failed) {
    const [before, edits] = r.counterexample ?? ['', []];
    const why = r.errorInstance instanceof Error ? r.errorInstance.message.slice(0, 3000) : String(r.errorInstance);
    assert.fail(`${why}\n(seed ${SEED}; edits ${JSON.stringify(edits)}; document ${JSON.stringify(before).slice(0, 800)})`);
  }
  report('edits in the first item re-analysed and compared with a full analysis', incremental);
  assert.ok(incremental > 0, 'some edits in the first item were re-analysed incrementally');
});

test('typing anywhere in one long item (actions, status lines, headings past the numbering\'s run) gives the full parse (issue 17 §3)', () => {
  const header = ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', 'Chair: Simon Foster', '', 'Present:', 'Simon Foster : Police and Crime Commissioner', 'Cath Hannon : Board Member', ''];
  const n = 400;
  const shapes: Array<[string, string]> = [
    ['actions in one item', [...header, '001/22 Actions', ...Array.from({ length: n }, (_, i) => `ACTION: Share report ${i} with the Board. Owner: Cath Hannon. Due: 25/10/2022.`), ''].join('\n')],
    ['status lines for one action', [...header, '001/22 Report', 'ACTION: Share the report. Owner: Cath Hannon. Due: 25/10/2022.', '', '002/22 Actions from Previous Meetings', ...Array.from({ length: n }, (_, i) => `001/22-A1 ${i % 2 ? 'DONE' : 'CARRIED FORWARD'}: note ${i}`), ''].join('\n')],
    ['headings numbered past the run', [...header, ...Array.from({ length: n }, (_, i) => `Item ${(i % 99) + 1} – Topic ${i}\nThe Board noted the report.\n`)].join('\n')],
  ];
  for (const [shape, before] of shapes) {
    const prev = analyzeText('file:///h.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const count = splitLinesForTests(before).length;
    let incremental = 0;
    for (const line of [12, Math.floor(count / 2), Math.floor(count / 2) + 1, count - 3]) {
      for (const typed of ['x', ' DONE', 'Owner: ', '**']) {
        const { text, changes } = applyWithinLines(before, [{ line, at: 10_000, length: 0, text: typed }]);
        const lines = splitLinesForTests(text);
        const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (l) => lines[l] }, DEFAULT_SETTINGS, TODAY);
        if (!again) continue;
        incremental++;
        const full = analyzeText('file:///h.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
        assert.deepStrictEqual(again.doc, full.doc, `${shape}: typing ${JSON.stringify(typed)} on line ${line}`);
        assert.deepStrictEqual(again.findings, full.findings, `${shape}: typing ${JSON.stringify(typed)} on line ${line}`);
      }
    }
    // an edit that may make or unmake a head (a blank line above a heading, `**`) is parsed whole: a quarter at least is not
    assert.ok(incremental >= 4, `${shape}: typing in the long item re-parses that item alone (${incremental} of 16 edits)`);
  }
});

test('a re-parse never writes into the document it started from: attendance typed into an item leaves the previous lists as they were', () => {
  const before = [
    '# Ashcombe Parish Council', 'Date: 11/06/2024', '', 'Present:', 'Alice Bevan : Chair', 'Brian Cole : Councillor', '',
    '081/24 Apologies and roll call', 'The clerk called the roll.', '', '082/24 Finance', 'The council noted the accounts.', '',
  ].join('\n');
  // a sentence that gives a list of its own, and a roll call that takes a listed councillor off the list of those present
  for (const typed of ['Apologies were received from Cllr Dawn Ellis.', 'Absent: Cole.']) {
    const after = before.replace('The clerk called the roll.', typed);
    const prev = parse(before);
    const kept = JSON.stringify(prev);
    const lines = splitLinesForTests(after);
    const line = lines.indexOf(typed);
    const again = reparseItem(prev, splitLinesForTests(before), lines, Int32Array.from(lines, (l) => l.length), line, line, {});
    assert.equal(JSON.stringify(prev), kept, `${typed}: the previous document is unchanged`);
    // the re-parse, where it gives a document, gives the full parse's
    if (again) assert.deepEqual(JSON.parse(JSON.stringify(again)), JSON.parse(JSON.stringify(parse(after))));
    const full = parse(after).meeting!;
    assert.ok(full.people.some((b) => b.kind !== 'present'), `${typed}: the full parse reads the attendance (the case is real)`);
  }
});

test('a reference written into a sentence re-parses its item alone, in a file of short numbers and of padded ones', () => {
  for (const [a, b] of [['081/24', '082/24'], ['81/24', '82/24']]) {
    const before = [
      '# Ashcombe Parish Council', 'Date: 11/06/2024', '', `${a} Finance`, 'The council noted the accounts.', '', `${b} Planning`, 'No applications.', '',
    ].join('\n');
    // a reference opens no segment: it is no head, and how the board prints its numbers is as it was
    const after = before.replace('noted the accounts.', 'noted the accounts. See 012/23 and 7/23.');
    const lines = splitLinesForTests(after);
    const line = lines.findIndex((l) => l.includes('See 012/23'));
    const again = reparseItem(parse(before), splitLinesForTests(before), lines, Int32Array.from(lines, (l) => l.length), line, line, {});
    assert.ok(again, `${a}: the item alone is parsed again`);
    assert.deepEqual(JSON.parse(JSON.stringify(again)), JSON.parse(JSON.stringify(parse(after))), `${a}: as the full parse reads it`);
  }
});

test('an edit in a file whose item holds a follow-up table of actions is parsed whole: the table restates the actions of the other items', () => {
  const before = [
    'TOWN OF ELMBROOK', 'Minutes of the meeting of Monday, September 8, 2025', '',
    '1. HIGHWAYS', 'The Board asked the Town Clerk to write to the county about the potholes by September 22.', '',
    '2. FOLLOW-UP', 'Follow-up items', 'Request\tAssigned to\tDue', 'Letter to the county about the potholes\tTown Clerk\tSeptember 22', '',
    '3. ADJOURNMENT', 'The meeting adjourned.', '',
  ].join('\n');
  const after = before.replace('about the potholes by', 'about the potholes on Mill Lane by');
  const lines = splitLinesForTests(after);
  const line = lines.findIndex((l) => l.includes('on Mill Lane by'));
  assert.equal(reparseItem(parse(before), splitLinesForTests(before), lines, Int32Array.from(lines, (l) => l.length), line, line, {}), undefined);
  assert.deepEqual(parse(after).meeting!.items.map((i) => i.actions.map((a) => a.text)), [[], ['Letter to the county about the potholes'], []]);
});

test('an edit that writes letters after a second name changes how every name so printed reads: the item is not re-parsed alone', () => {
  // one name with `FIAE` after it may be a surname in capitals; two names with it are a society's letters (people.ts `lettersAfterNames`)
  const before = [
    'INSTITUTE OF RURAL ACOUSTICS', 'COUNCIL', 'Minutes of the meeting held on Tuesday 3 March 2026', '',
    'Present', 'Role\tName', 'President\tAnjali Mehta FIAE', 'Treasurer\tKwame Asante', '',
    '1. Welcome', 'The President welcomed members.', '', '2. Accounts', 'Kwame Asante presented the accounts.', '',
  ].join('\n');
  const names = (text: string): string[] => parse(text).meeting!.people.flatMap((b) => b.people.map((p) => p.name.display));
  assert.deepEqual(names(before), ['Anjali Mehta Fiae', 'Kwame Asante']);
  const after = before.replace('Kwame Asante presented', 'Kwame Asante FIAE presented');
  assert.deepEqual(names(after), ['Anjali Mehta', 'Kwame Asante']);
  const lines = splitLinesForTests(after);
  const line = lines.findIndex((l) => l.includes('FIAE presented'));
  assert.equal(reparseItem(parse(before), splitLinesForTests(before), lines, Int32Array.from(lines, (l) => l.length), line, line, {}), undefined);
  // an edit that leaves the words after names as they were is still a re-parse of its item alone, and gives the full parse
  const other = before.replace('presented the accounts', 'presented the annual accounts');
  const otherLines = splitLinesForTests(other);
  const at = otherLines.findIndex((l) => l.includes('annual'));
  const again = reparseItem(parse(before), splitLinesForTests(before), otherLines, Int32Array.from(otherLines, (l) => l.length), at, at, {});
  assert.ok(again);
  assert.deepStrictEqual(again, parse(other));
});
