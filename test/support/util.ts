/** Helpers shared by the tests: paths, applying edits, and one `check` per feature. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, createMinutesService, memoryWorkspace, DEFAULT_SETTINGS, readSettings, type Analysis, type Finding, type MinutesService, type TextEdit, type WorkspaceModel } from '#service';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
export const TODAY = new Date(2026, 10, 22);

export function corpusText(name: string): string {
  return fs.readFileSync(path.join(CORPUS, name), 'utf8');
}

export function analyse(text: string, settings: unknown = {}): Analysis {
  return analyzeText('file:///test.minutes', 1, text, { ...DEFAULT_SETTINGS, ...readSettings(settings) }, TODAY);
}

export function findings(text: string, code: string, settings: unknown = {}): Finding[] {
  return analyse(text, settings).findings.filter((f) => f.code === `minutes/${code}`);
}

/**
 * Several meetings as one workspace, held by the host as the editor holds them (each file open):
 * `findingsOf(uri)` gives a meeting's findings, its own and those across meetings, as the editor
 * shows them. Caught failures are left to the test (the logger writes nowhere).
 */
export function workspaceOf(files: ReadonlyArray<readonly [string, string]>, settings: unknown = {}, today = TODAY): MinutesService {
  const svc = createMinutesService({ workspace: memoryWorkspace(), settings: { ...DEFAULT_SETTINGS, ...readSettings(settings) }, clock: () => today, logger: { info: () => undefined, error: () => undefined } });
  for (const [uri, text] of files) svc.open({ uri, version: 1, getText: () => text });
  return svc;
}

/** The offset of a position, with lines broken at CRLF, CR or LF as the server breaks them. */
function offsetAt(text: string, line: number, character: number): number {
  const breaks = /\r\n|\r|\n/g;
  let off = 0;
  for (let l = 0; l < line; l++) {
    const m = breaks.exec(text);
    if (!m) return text.length;
    off = m.index + m[0].length;
  }
  return Math.min(off + character, text.length);
}

/** The text inside a range. */
export function textIn(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return text.slice(offsetAt(text, r.start.line, r.start.character), offsetAt(text, r.end.line, r.end.character));
}

/** Applies non-overlapping edits, last first. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start.line, b.range.start.character) - offsetAt(text, a.range.start.line, a.range.start.character));
  let out = text;
  for (const e of sorted) {
    const s = offsetAt(out, e.range.start.line, e.range.start.character);
    const t = offsetAt(out, e.range.end.line, e.range.end.character);
    out = out.slice(0, s) + e.newText + out.slice(t);
  }
  return out;
}

/** Applies the fix titled `title` (or the first) of the only finding of `code`. */
export function fixed(text: string, code: string, title?: string | RegExp): string {
  const fs = findings(text, code);
  if (fs.length !== 1) throw new Error(`expected one ${code} finding, got ${fs.length}: ${fs.map((f) => f.message).join(' | ')}`);
  const fix = title === undefined ? fs[0].fixes[0] : fs[0].fixes.find((f) => (typeof title === 'string' ? f.title === title : title.test(f.title)));
  if (!fix) throw new Error(`no fix ${String(title)} among ${fs[0].fixes.map((f) => f.title).join(', ')}`);
  return applyEdits(text, fix.edits);
}

/** The words of a text, for "no word lost" checks: whitespace folded. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

export const MEETING = `# Strategic Policing and Crime Board
Date: 27/09/2022
Time: 10:00 – 13:00
Location: Lloyd House
Chair: Simon Foster

Present:
Simon Foster (SF) : Police and Crime Commissioner
Andy Beard : Head of Force Contact
Andy Parsons : Head of Force Response
Craig Guildford : Chief Constable

Apologies:
Tom McNeil : Assistant Police and Crime Commissioner
`;

/** Words a canonicalising fix may replace: keywords of the variant forms and the presenter sentence's lead. */
export const MARKUP_WORDS: ReadonlySet<string> = new Set(['this', 'paper', 'report', 'item', 'presentation', 'petition', 'update', 'briefing', 'the', 'it', 'was', 'were', 'is', 'will', 'be',
  'presented', 'introduced', 'provided', 'delivered', 'given', 'by', 'action', 'decision', 'agreed', 'resolved', 'decided', 'attendees', 'attendance', 'members',
  'present', 'those', 'apologies', 'for', 'absence', 'received', 'in', 'also', 'officers', 'and', 'supported', 'to']);

/** `npm run fuzz` collects what each property checked: MINUTES_FUZZ_REPORT names a file to append to. */
export function report(what: string, count: number): void {
  const file = process.env.MINUTES_FUZZ_REPORT;
  if (file) fs.appendFileSync(file, `${JSON.stringify({ what, count, seed: process.env.MINUTES_FUZZ_SEED })}\n`);
}

/**
 * A workspace model with its maps as plain maps of the entries they give (keys in order, values,
 * size): an update's maps read through the previous model's (workspace.ts `ReplacedValues`), so a
 * model updated and one built again are compared as the maps they read as.
 */
export function modelAsMaps(model: WorkspaceModel): WorkspaceModel {
  const asMap = <K, V>(m: ReadonlyMap<K, V>): Map<K, V> => {
    const plain = new Map(m);
    assert.equal(plain.size, m.size);
    for (const [k, v] of plain) assert.ok(m.has(k) && m.get(k) === v);
    assert.deepEqual([...m.keys()], [...plain.keys()]);
    assert.deepEqual([...m.values()], [...plain.values()]);
    return plain;
  };
  return { ...model, items: asMap(model.items), actionsByRef: asMap(model.actionsByRef) };
}
