/**
 * One analysis per document version: the text is split, parsed and checked once, and every
 * feature (diagnostics, outline, folding, code actions, workspace symbols) reads that result.
 */
import { parse, parseLines } from './parse/index';
import { analyze } from './diagnostics';
import { splitLines } from './text';
import { fileNotChecked } from './rules/fileNotChecked';
import { carryLinesBeyondAscii } from './rules/beyondAscii';
import { reparseItem } from './reparse';
import { reparsePeople } from './reparsePeople';
import type { Range } from './types';
import type { Finding } from './rules/index';
import type { MinutesDocument } from './model';
import { parseOptionsOf, type MinutesSettings } from './settings';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly lines: readonly string[];
  readonly doc: MinutesDocument;
  readonly findings: readonly Finding[];
}

function tooLarge(length: number, settings: MinutesSettings): string | undefined {
  const mb = length / (1024 * 1024);
  if (mb <= settings.maxFileSize) return undefined;
  return `This file is ${mb.toFixed(1)} MB, more than the ${settings.maxFileSize} MB that Minutes checks as you type, so it is not checked. Split the archive into one file a meeting, or raise the setting minutes.maxFileSize.`;
}

/** Why a text is not checked, or undefined when it is. */
export function notCheckedBecause(text: string, settings: MinutesSettings): string | undefined {
  const large = tooLarge(text.length, settings);
  if (large) return large;
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) {
    return 'This file does not look like text (it contains NUL characters): it may be a Word or PDF file renamed .minutes, or text saved as UTF-16 without a byte order mark. Save it as plain UTF-8 text.';
  }
  return undefined;
}

export function analyzeText(uri: string, version: number, text: string, settings: MinutesSettings, today: Date): Analysis {
  const why = notCheckedBecause(text, settings);
  if (why) {
    // not parsed at all: a clear message, an empty model, and every feature keeps answering
    const lines = splitLines(text.slice(0, 1));
    const doc = parse('');
    return { uri, version, lines, doc, findings: [{ code: fileNotChecked.code, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: why, fixes: [] }] };
  }
  const lines = splitLines(text);
  const doc = parseLines(lines, parseOptionsOf(settings), text);
  return { uri, version, lines, doc, findings: analyze(doc, lines, settings, today) };
}

/** One change of an editor's text, as the editor reports it (LSP's incremental change, without LSP). */
export interface TextChange {
  readonly range?: Range;
  readonly text: string;
}

/** Lines [first, last] were rewritten and no line was added or removed. */
export interface LineChange {
  readonly first: number;
  readonly last: number;
}

/** What a run of changes did to the lines, or undefined when they may have added or removed one. */
export function changedLines(changes: readonly TextChange[], since?: LineChange): LineChange | undefined {
  let first = since?.first ?? Number.POSITIVE_INFINITY;
  let last = since?.last ?? -1;
  for (const c of changes) {
    if (!c.range || c.range.start.line !== c.range.end.line || c.text.includes('\n') || c.text.includes('\r')) return undefined;
    first = Math.min(first, c.range.start.line);
    last = Math.max(last, c.range.start.line);
  }
  return last < 0 ? undefined : { first, last };
}

/** The current text's lines, read one at a time (an editor keeps their offsets), and its length. */
export interface LineSource {
  readonly count: number;
  readonly length: number;
  at(line: number): string;
}

/**
 * The analysis after lines changed in place: only the item holding them is parsed again
 * (`reparseItem`), or only the edited person lines of a people block (`reparsePeople`), and only
 * the findings of what changed computed again. Undefined when a full analysis is needed.
 */
export function reanalyze(prev: Analysis, version: number, change: LineChange, source: LineSource, settings: MinutesSettings, today: Date): Analysis | undefined {
  const count = prev.lines.length;
  // the text itself is not read: an editor's text after many small edits is a rope that reading would flatten
  if (source.count !== count || change.last >= count || prev.doc.lineLengths.length !== count || tooLarge(source.length, settings)) return undefined;
  const lines = prev.lines.slice();
  const lineLengths = prev.doc.lineLengths.slice();
  for (let l = change.first; l <= change.last; l++) {
    lines[l] = source.at(l);
    if (lines[l].includes('\u0000')) return undefined; // maybe not text: notCheckedBecause decides
    lineLengths[l] = lines[l].length;
  }
  // the rules that read only lines beyond ASCII find them again in the edited lines alone
  carryLinesBeyondAscii(prev.lines, lines, change.first, change.last);
  const options = parseOptionsOf(settings);
  // an edit in one item re-parses that item; one in a people block, the edited person lines
  const doc = reparseItem(prev.doc, prev.lines, lines, lineLengths, change.first, change.last, options)
    ?? reparsePeople(prev.doc, prev.lines, lines, lineLengths, change.first, change.last, options);
  if (!doc) return undefined;
  return { uri: prev.uri, version, lines, doc, findings: analyze(doc, lines, settings, today, prev) };
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  /** Changes since the version analysed, per document: which lines, or undefined for more than lines. */
  private readonly pending = new Map<string, { from: number; to: number; lines: LineChange | undefined }>();
  constructor(private settings: MinutesSettings, private readonly today: () => Date) {}

  /** The editor changed a document from one version to the next. */
  noteChanges(uri: string, fromVersion: number, toVersion: number, changes: readonly TextChange[]): void {
    const p = this.pending.get(uri);
    if (p && p.to === fromVersion) {
      p.to = toVersion;
      p.lines = p.lines && changedLines(changes, p.lines);
    } else {
      this.pending.set(uri, { from: fromVersion, to: toVersion, lines: changedLines(changes) });
    }
  }

  /** The analysis of this version of the document, computed at most once; after an edit within lines, from the previous one. */
  get(uri: string, version: number, text: () => string, lines?: LineSource): Analysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) return hit;
    const p = this.pending.get(uri);
    this.pending.delete(uri);
    let fresh: Analysis | undefined;
    if (hit && p?.lines && lines && p.from === hit.version && p.to === version) {
      fresh = reanalyze(hit, version, p.lines, lines, this.settings, this.today());
    }
    fresh ??= analyzeText(uri, version, text(), this.settings, this.today());
    this.entries.set(uri, fresh);
    return fresh;
  }

  peek(uri: string): Analysis | undefined { return this.entries.get(uri); }
  delete(uri: string): void { this.entries.delete(uri); this.pending.delete(uri); }
  values(): IterableIterator<Analysis> { return this.entries.values(); }

  /** New settings change what the parser and rules produce: forget everything. */
  setSettings(settings: MinutesSettings): void {
    this.settings = settings;
    this.entries.clear();
    this.pending.clear();
  }
  get currentSettings(): MinutesSettings { return this.settings; }
}
