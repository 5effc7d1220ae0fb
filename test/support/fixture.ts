/**
 * Feature tests written as data. A fixture is the text of one meeting, or of several meetings
 * each after a `//- 2022-09-27.minutes` header, with `$0` where the clerk's cursor stands (two
 * `$0` mark a selection). `fixture()` parses every file through the service's public API and
 * builds the workspace model the editor would have; the renderers below print a feature's answer
 * as text a clerk can read (the document with `^^^ label` under ranges, an outline as a tree,
 * a completion list one label a line, an edit as the lines it changes), and `check()` compares
 * that text with the expectation written in the test.
 *
 * The idea comes from rust-analyzer's test fixtures and expect tests and from
 * markdown-languageservice's test utilities; the code is our own.
 */
import * as assert from 'node:assert/strict';
import {
  analyzeAcrossMeetings, analyzeText, buildWorkspace, DEFAULT_SETTINGS, fixesAt, readSettings, RULES, severityOf, shownFindings, splitLines, targetAt,
  type Analysis, type Finding, type Target, type MinutesSettings, type Position, type Range, type RuleName, type TextEdit, type WorkspaceModel,
} from '#service';
import { TODAY } from './util';

export const CURSOR = '$0';
const HEADER = /^\/\/- (\S+)\s*$/;
/** The name a fixture without a header gets. */
export const DEFAULT_NAME = '2022-09-27.minutes';
const uriOf = (name: string): string => `file:///ws/${name}`;
const nameOf = (uri: string): string => uri.slice(uri.lastIndexOf('/') + 1);

export interface FixtureFile {
  readonly name: string;
  readonly uri: string;
  readonly text: string;
  readonly analysis: Analysis;
}

export interface Fixture {
  readonly files: readonly FixtureFile[];
  readonly model: WorkspaceModel;
  readonly settings: MinutesSettings;
  readonly today: Date;
  /** The file with the cursor (else the only, or the last, file). */
  readonly main: FixtureFile;
  /** Where `$0` stands; for a selection, its start. */
  readonly cursor?: Position;
  /** Between two `$0`; a bare cursor gives an empty range. */
  readonly selection?: Range;
  file(name: string): FixtureFile;
}

/**
 * Removes the indentation common to every non-blank line and the first and last blank lines, so
 * that a fixture can be written indented inside a test. The text always ends with one newline.
 */
export function trimIndent(text: string): string {
  const lines = text.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return `${lines.map((l) => l.slice(cut)).join('\n')}\n`;
}

/** Position of an offset, counting lines as the service splits them (CRLF, CR, LF). */
function positionAt(text: string, offset: number): Position {
  const lines = splitLines(text.slice(0, offset));
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** `options.settings`: as the clerk would write them in settings.json (`{ numbering: 'per-meeting' }`). */
export function fixture(source: string, options: { settings?: unknown; today?: Date } = {}): Fixture {
  const settings = { ...DEFAULT_SETTINGS, ...readSettings(options.settings ?? {}) };
  const today = options.today ?? TODAY;
  const text = trimIndent(source);
  const chunks: { name: string; body: string[] }[] = [];
  for (const line of text.split('\n')) {
    const h = HEADER.exec(line);
    if (h) chunks.push({ name: h[1], body: [] });
    else if (chunks.length) chunks[chunks.length - 1].body.push(line);
    else if (line.trim() !== '') chunks.push({ name: DEFAULT_NAME, body: [line] });
  }
  let cursorFile: string | undefined;
  let cursor: Position | undefined;
  let selection: Range | undefined;
  const files = chunks.map(({ name, body }) => {
    let t = `${body.join('\n').replace(/\n+$/, '')}\n`;
    const marks: Position[] = [];
    for (let at = t.indexOf(CURSOR); at >= 0; at = t.indexOf(CURSOR)) {
      marks.push(positionAt(t, at));
      t = t.slice(0, at) + t.slice(at + CURSOR.length);
    }
    if (marks.length) {
      if (cursorFile !== undefined || marks.length > 2) throw new Error(`a fixture holds one cursor ($0) or one selection ($0…$0); ${name} has ${marks.length}`);
      cursorFile = name;
      cursor = marks[0];
      selection = { start: marks[0], end: marks[marks.length - 1] };
    }
    const uri = uriOf(name);
    return { name, uri, text: t, analysis: analyzeText(uri, 1, t, settings, today) };
  });
  if (!files.length) throw new Error('an empty fixture');
  const model = buildWorkspace(files.map((f) => ({ uri: f.uri, doc: f.analysis.doc })), today);
  const main = files.find((f) => f.name === cursorFile) ?? files[files.length - 1];
  return {
    files, model, settings, today, main, cursor, selection,
    file(name: string): FixtureFile {
      const f = files.find((x) => x.name === name);
      if (!f) throw new Error(`no file ${name} in the fixture (${files.map((x) => x.name).join(', ')})`);
      return f;
    },
  };
}

/** The cursor of a fixture, or an error saying the fixture lacks one. */
export function cursorOf(f: Fixture): Position {
  if (!f.cursor) throw new Error('the fixture has no cursor: put $0 where the clerk stands');
  return f.cursor;
}

/** What the clerk's cursor is on (an item, an action, a person, a name), as F12, Shift+F12 and F2 ask. */
export function targetAtCursor(f: Fixture): Target | undefined {
  const meeting = f.main.analysis.doc.meeting;
  return meeting && targetAt(meeting, cursorOf(f), f.main.analysis.lines);
}

/** Compares a rendered answer with the expectation (indentation and outer blank lines trimmed). */
export function check(actual: string, expected: string): void {
  const want = expected.trim() === '' ? '' : trimIndent(expected);
  const got = actual.trim() === '' ? '' : `${actual.replace(/\n+$/, '')}\n`;
  assert.equal(got, want, `the answer, as text:\n${got}`);
}

export interface Annotation {
  readonly uri?: string;
  readonly range: Range;
  readonly label: string;
}

/**
 * The lines holding ranges, each followed by a line with `^` under the range and its label
 * (`^^^^^^ definition`). A range over several lines is marked to the end of its first line and
 * says where it ends (`… to line 12`, counted from 1). An empty range is a single `|`. With
 * annotations in several files, each file's lines follow its `//- name` header.
 */
export function annotate(f: Fixture, annotations: readonly Annotation[]): string {
  const out: string[] = [];
  const byFile = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const uri = a.uri ?? f.main.uri;
    byFile.set(uri, [...(byFile.get(uri) ?? []), a]);
  }
  const several = byFile.size > 1 || (byFile.size === 1 && !byFile.has(f.main.uri));
  for (const file of f.files) {
    const list = byFile.get(file.uri);
    if (!list) continue;
    if (several) out.push(`//- ${file.name}`);
    const lines = splitLines(file.text);
    const sorted = [...list].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    let last = -1;
    for (const a of sorted) {
      const l = a.range.start.line;
      if (l !== last) out.push(lines[l] ?? '');
      last = l;
      const from = a.range.start.character;
      const to = a.range.end.line === l ? a.range.end.character : (lines[l] ?? '').length;
      const mark = to > from ? '^'.repeat(to - from) : '|';
      const tail = a.range.end.line !== l ? ` … to line ${a.range.end.line + 1}` : '';
      out.push(`${' '.repeat(from)}${mark}${a.label ? ` ${a.label}` : ''}${tail}`);
    }
  }
  return out.join('\n');
}

/** The text of a file after edits (non-overlapping, as the editor applies them). */
export function applied(text: string, edits: readonly TextEdit[]): string {
  const lines = splitLines(text);
  const offset = (p: Position): number => {
    let o = 0;
    for (let l = 0; l < p.line && l < lines.length; l++) o += lines[l].length + 1;
    return o + Math.min(p.character, (lines[p.line] ?? '').length);
  };
  const flat = lines.join('\n');
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = flat;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/**
 * What edits change, as a clerk reviews a change: per file (`//- name` when there are several or
 * the file is not the cursor's), the lines removed (`- `) and added (`+ `), trailing spaces shown as `·`; runs of unchanged lines
 * between changes are shown as `…`. Nothing at all: `no change`.
 */
export function renderEdits(f: Fixture, edits: ReadonlyMap<string, readonly TextEdit[]> | readonly TextEdit[]): string {
  const map = Array.isArray(edits) ? new Map([[f.main.uri, edits as readonly TextEdit[]]]) : edits as ReadonlyMap<string, readonly TextEdit[]>;
  const out: string[] = [];
  const uris = [...map.keys()].filter((u) => (map.get(u) ?? []).length > 0);
  const several = uris.length > 1 || (uris.length === 1 && uris[0] !== f.main.uri);
  for (const file of f.files.filter((x) => uris.includes(x.uri))) {
    const before = splitLines(file.text);
    const after = splitLines(applied(file.text, map.get(file.uri) ?? []));
    const diff = lineDiff(before, after);
    if (!diff.length) continue;
    if (several) out.push(`//- ${file.name}`);
    out.push(...diff);
  }
  for (const u of uris.filter((x) => !f.files.some((y) => y.uri === x))) out.push(`//- ${nameOf(u)} (not in the fixture)`);
  return out.length ? out.join('\n') : 'no change';
}

/** A diff line: an empty line is a bare sign, trailing spaces show as `·` (else a change to them is invisible). */
const diffLine = (sign: string, line: string): string => (line === '' ? sign : `${sign} ${line.replace(/[ \t]+$/, (w) => '·'.repeat(w.length))}`);

/**
 * A minimal line diff (longest common subsequence): each run of changes as its removed lines
 * (`- `) then its added lines (`+ `), `…` between runs.
 */
function lineDiff(a: readonly string[], b: readonly string[]): string[] {
  const n = a.length, m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out: string[] = [];
  let removed: string[] = [], added: string[] = [];
  const flush = () => {
    if (!removed.length && !added.length) return;
    if (out.length) out.push('…');
    out.push(...removed.map((l) => diffLine('-', l)), ...added.map((l) => diffLine('+', l)));
    removed = []; added = [];
  };
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) { flush(); i++; j++; }
    else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) added.push(b[j++]);
    else removed.push(a[i++]);
  }
  flush();
  return out;
}

/** Any tree (an outline) as indented lines, two spaces a level. */
export function tree<T extends { readonly children: readonly T[] }>(nodes: readonly T[], line: (n: T) => string, depth = 0): string {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${line(n)}`, ...(n.children.length ? [tree(n.children, line, depth + 1)] : [])]).join('\n');
}

/**
 * Markdown as the hover card shows it: paragraphs apart, the lines of one paragraph run together
 * (a single line break is no break in Markdown), list items and rules on their own lines, and
 * backslash escapes gone. Bold and code marks stay, so that the expectation says what stands out.
 */
export function shownMarkdown(markdown: string): string {
  return markdown.split(/\n{2,}/).map((block) => {
    const lines: string[] = [];
    for (const l of block.split('\n')) {
      if (lines.length && !/^(- |---)/.test(l)) lines[lines.length - 1] += ` ${l}`;
      else lines.push(l);
    }
    return lines.join('\n').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
  }).join('\n\n');
}

/**
 * The findings the editor shows for a file of the fixture: its own and those across meetings,
 * less those an archive does not show (the host's `findingsOf`), in the order of the text.
 */
export function shownFindingsOf(f: Fixture, file: FixtureFile = f.main): Finding[] {
  const { doc, findings } = file.analysis;
  const all = [...findings, ...analyzeAcrossMeetings(f.model, file.uri, f.settings)];
  return [...shownFindings(all, doc.meeting, file.uri, f.settings, () => f.model)]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function ruleNamed(name: RuleName): (typeof RULES)[number] {
  const rule = RULES.find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name} in the registry`);
  return rule;
}

/**
 * Diagnostics as the editor shows them, in the style of rust-analyzer's `check_diagnostics`: each
 * marked line followed by `^^^ warning: message` under the squiggle (the severity the settings
 * give), and each related place the message points to as `^^^ related: message`. Every file of
 * the fixture is read (`//- name` before the lines of a file that is not the cursor's); `rule`
 * keeps one rule's findings.
 */
export function renderDiagnostics(f: Fixture, rule?: RuleName): string {
  const code = rule === undefined ? undefined : ruleNamed(rule).code;
  const notes: Annotation[] = [];
  for (const file of f.files) {
    for (const x of shownFindingsOf(f, file)) {
      if (code !== undefined && x.code !== code) continue;
      const severity = severityOf(x.code, f.settings);
      if (!severity) continue;
      notes.push({ uri: file.uri, range: x.range, label: `${severity}: ${x.message}` });
      for (const r of x.related ?? []) notes.push({ uri: file.uri, range: r.range, label: `related: ${r.message}` });
    }
  }
  return annotate(f, notes);
}

/**
 * The quick fixes a rule offers in the cursor's file, as the light bulb lists them where the
 * cursor (or selection) stands, or over the whole file without a cursor: each fix's title, then
 * what it changes (`renderEdits`), fixes a blank line apart. A rule that may fix all its findings
 * at once adds that fix when it has two or more.
 */
export function renderFixes(f: Fixture, rule: RuleName): string {
  const code = ruleNamed(rule).code;
  const lines = splitLines(f.main.text);
  const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
  const fixes = fixesAt(shownFindingsOf(f).filter((x) => x.code === code), f.selection ?? whole, f.settings);
  return fixes.map((x) => `${x.title}\n${renderEdits(f, x.edits)}`).join('\n\n');
}

/** Options of a rule's data test: the settings as settings.json gives them, and the day the test runs. */
export interface RuleCheckOptions { readonly settings?: unknown; readonly today?: Date }

/** Compares one rule's diagnostics on a fixture with the expectation (`renderDiagnostics`): where it fires. */
export function checkRule(rule: RuleName, source: string, expected: string, options: RuleCheckOptions = {}): void {
  check(renderDiagnostics(fixture(source, options), rule), expected);
}

/** A near miss: the rule must not fire on the fixture (the false alarm a clerk would hate). */
export function checkQuiet(rule: RuleName, source: string, options: RuleCheckOptions = {}): void {
  check(renderDiagnostics(fixture(source, options), rule), '');
}

/** Compares one rule's quick fixes on a fixture with the expectation (`renderFixes`). */
export function checkFixes(rule: RuleName, source: string, expected: string, options: RuleCheckOptions = {}): void {
  check(renderFixes(fixture(source, options), rule), expected);
}
