/**
 * One fact, one place (issue 19): each fact the code base used to restate now lives in one module,
 * and these tests keep it so. Each fact has its behaviour tested where it lives and a scan of the
 * sources that no other module spells it again.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isOpenStatus, OPEN_STATUSES } from '#service/actionStatus';
import { ACTION_STATUSES } from '#service';
import { isUnnumberedRef, NO_NUMBER, unnumberedActionRef } from '#service/unnumbered';
import { isTableRule } from '#service/constructs';
import { toCompletionItem, toDocumentHighlight, toHover, toLocation, toRefactoringAction } from '#server/convert';
import { noSuchAction, splitLines, RULES, type Item, type Meeting, type MeetingRecord, type RuleCode } from '#service';
import { PUBLISHED_LANGUAGE } from '#service/publish/language';

const ROOT = path.join(__dirname, '..', '..');

/** The TypeScript sources under `dirs` (by default the server's and the client's), relative to the repository. */
function sources(dirs: readonly string[] = ['server/src', 'client/src']): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts')) out.push({ file: rel, text: fs.readFileSync(path.join(ROOT, rel), 'utf8') });
    }
  };
  for (const dir of dirs) walk(dir);
  return out;
}

/** The files, other than `home` (a file, or a folder ending in `/`), where `pattern` occurs, with the line. */
function elsewhere(pattern: RegExp, home: readonly string[]): string[] {
  const hits: string[] = [];
  for (const { file, text } of sources()) {
    if (home.some((h) => (h.endsWith('/') ? file.startsWith(h) : file === h))) continue;
    text.split('\n').forEach((line, i) => { if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`); });
  }
  return hits;
}

test('whether an action is open: open and carried forward are, done and dropped are not, and only actionStatus.ts says so', () => {
  assert.deepEqual(ACTION_STATUSES.filter(isOpenStatus), ['open', 'carried forward']);
  assert.deepEqual([...OPEN_STATUSES], ['open', 'carried forward']);
  assert.deepEqual(elsewhere(/[!=]==\s*'carried forward'|'open',\s*'carried forward'\]/, ['service/src/actionStatus.ts']), []);
});

test('the stand-in of an item with no number: unnumbered.ts names it and tells it from a real reference; no module spells it or tests its bracket', () => {
  assert.equal(isUnnumberedRef(unnumberedActionRef(2)), true);
  assert.equal(isUnnumberedRef(`${NO_NUMBER}-A1`), true);
  for (const ref of ['081/22-A1', 'PC24/061-A3', '41-A1', 'I-A2']) assert.equal(isUnnumberedRef(ref), false, ref);
  assert.deepEqual(elsewhere(/startsWith\('\('\)|'\(no number\)'/, ['service/src/unnumbered.ts']), []);
});

test('a table frame line is told in constructs.ts alone: the parser and import read the same lines as rules', () => {
  for (const line of ['---', '|---|---|', '+-----+-----+', '| :--- | ---: |', '=====', '___ ___']) assert.equal(isTableRule(line), true, line);
  for (const line of ['', '- -', '|||', 'Item 3 --- deferred', ':::']) assert.equal(isTableRule(line), false, line);
  assert.deepEqual(elsewhere(/\[[^\]]*[-=_][^\]]*\|[^\]]*\]\{3,\}\$/, ['service/src/constructs.ts']), []);
});

test('lines are split in one place (text.ts splitLines): CRLF, CR and LF alike', () => {
  assert.deepEqual(splitLines('a\r\nb\rc\nd'), ['a', 'b', 'c', 'd']);
  assert.deepEqual(splitLines(''), ['']);
  assert.deepEqual(elsewhere(/split\(\/\\r\\n\|\\r\|\\n\//, ['service/src/text.ts']), []);
});

test('"no meeting has this action" is said in one wording, by refactorings.ts, for the service and the server alike', () => {
  assert.equal(noSuchAction('081/22-A9'), 'No meeting of this folder has an action 081/22-A9. Check the reference in the Actions view.');
  assert.deepEqual(elsewhere(/No meeting of this folder has an action/, ['service/src/refactorings.ts']), []);
});

test('rule codes: a type derived from the registry; fix-all titles and the canonicalising flag are declared on the rule; no module re-spells a code', () => {
  // compile-time: a code of the registry is a RuleCode, any other string is not
  const named: readonly RuleCode[] = ['minutes/non-canonical', 'minutes/malformed-number', 'minutes/file-not-checked'];
  // @ts-expect-error no rule of the registry has this code
  const unknown: RuleCode = 'minutes/no-such-rule';
  assert.ok(named.every((c) => RULES.some((r) => r.code === c)) && !RULES.some((r) => r.code === unknown));
  assert.deepEqual(RULES.filter((r) => r.fixAllTitle).map((r) => [r.code, r.fixAllTitle!(3)]), [
    ['minutes/malformed-number', 'Write all 3 malformed minute numbers as NNN/YY'],
    ['minutes/year-mismatch', 'Correct the year of all 3 minute numbers'],
    ['minutes/non-canonical', 'Rewrite all 3 variants in the canonical form'],
  ]);
  assert.deepEqual(RULES.filter((r) => r.canonicalising).map((r) => r.code), ['minutes/malformed-number', 'minutes/non-canonical']);
  const spelled = new RegExp(`['"\`](?:${RULES.map((r) => r.code).join('|')})['"\`]`);
  assert.deepEqual(elsewhere(spelled, ['service/src/rules/']), []);
});

test('LSP types are built in convert.ts alone: no handler picks an LSP kind, a markup kind or a highlight kind itself', () => {
  const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } };
  assert.deepEqual(toCompletionItem({ label: 'ACTION:', kind: 'snippet', detail: 'an action', insertText: 'ACTION: ${1:owner}', range } as Parameters<typeof toCompletionItem>[0]),
    { label: 'ACTION:', kind: 15, detail: 'an action', filterText: undefined, sortText: undefined, textEdit: { range, newText: 'ACTION: ${1:owner}' }, insertTextFormat: 2 });
  assert.deepEqual(toHover({ markdown: '**081/22**', range }), { contents: { kind: 'markdown', value: '**081/22**' }, range });
  const o = { uri: 'file:///m/2022-09-27.minutes', range, definition: true } as Parameters<typeof toLocation>[0];
  assert.deepEqual(toLocation(o), { uri: o.uri, range });
  assert.deepEqual([toDocumentHighlight(o).kind, toDocumentHighlight({ ...o, definition: false }).kind], [3, 2]); // Write, Read
  assert.equal(toRefactoringAction({ title: 'Renumber all items', kind: 'refactor', edits: new Map() } as Parameters<typeof toRefactoringAction>[0]).kind, 'refactor');
  const kinds = /\b(?:CompletionItemKind|MarkupKind|DocumentHighlightKind|CodeActionKind|SymbolKind|DiagnosticSeverity|InsertTextFormat|FoldingRangeKind)\b/;
  assert.deepEqual(elsewhere(kinds, ['server/src/convert.ts', 'service/src/', 'server/src/server.ts', 'client/src/']), []);
});

test('the language of the published minutes is said in publish/language.ts alone: the preview\'s page declares it as the exports and Word do', () => {
  assert.equal(PUBLISHED_LANGUAGE, 'en-GB');
  // no page of the server or the client writes a language of its own (the preview wrote "en")
  assert.deepEqual(elsewhere(/\blang="(?!\$\{PUBLISHED_LANGUAGE\})/, []), []);
  const preview = fs.readFileSync(path.join(ROOT, 'client', 'src', 'preview.ts'), 'utf8');
  assert.match(preview, /<html lang="\$\{PUBLISHED_LANGUAGE\}">/);
  assert.match(preview, /import \{ PUBLISHED_LANGUAGE, RenderRequest \} from '#protocol';/);
});

/** Every TypeScript source of the repository: the packages, the tests, the benchmarks. */
const EVERY_DIR = ['service/src', 'server/src', 'cli/src', 'client/src', 'protocol/src', 'test', 'bench'];

test('the model is read-only; only the parser (parse/, reparse.ts, reparsePeople.ts) imports its builders, and the service does not export them', () => {
  // compile-time: a reader of the model cannot write to it (never called: the lines are the check)
  const writes = (m: Meeting, item: Item, record: MeetingRecord): void => {
    // @ts-expect-error the workspace's record of a meeting too: its approval is given as it is made
    record.approvedBy = undefined;
    // @ts-expect-error a meeting's fields are read-only
    m.title = undefined;
    // @ts-expect-error its lists too
    m.items.push(item);
    // @ts-expect-error an item's fields
    item.title = 'x';
    // @ts-expect-error a person's
    m.people[0].people[0].role = 'Chair';
  };
  assert.equal(typeof writes, 'function');
  const builders = /from\s+['"][^'"]*parse\/builders['"]|\b(?:MeetingBuilder|ItemBuilder|PeopleBlockBuilder|PersonBuilder|SectionBuilder|AgendaBuilder|QuestionBuilder|DecisionBuilder|MotionBuilder|VoteBuilder)\b/;
  const home = (file: string): boolean => file.startsWith('service/src/parse/') || ['service/src/reparse.ts', 'service/src/reparsePeople.ts', 'service/src/detach.ts'].includes(file)
    || file === 'test/unit/oneFact.test.ts';
  const hits: string[] = [];
  for (const { file, text } of sources(EVERY_DIR)) {
    if (home(file)) continue;
    text.split('\n').forEach((line, i) => { if (builders.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`); });
  }
  assert.deepEqual(hits, []);
  assert.ok(!/builders/.test(fs.readFileSync(path.join(ROOT, 'service/src/index.ts'), 'utf8')), 'the service\'s index exports no builder');
});
