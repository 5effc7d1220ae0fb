/**
 * One analysis per document version: the text is split, parsed and checked once, and every
 * feature (diagnostics, outline, folding, code actions, workspace symbols) reads that result.
 */
import { parse } from './parse';
import { analyze } from './diagnostics';
import { splitLines } from './text';
import type { Finding } from './rules/index';
import type { MinutesDocument } from './model';
import type { MinutesSettings } from './settings';

export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly lines: readonly string[];
  readonly doc: MinutesDocument;
  readonly findings: readonly Finding[];
}

/** Why a text is not checked, or undefined when it is. */
export function notCheckedBecause(text: string, settings: MinutesSettings): string | undefined {
  const mb = text.length / (1024 * 1024);
  if (mb > settings.maxFileSize) {
    return `This file is ${mb.toFixed(1)} MB, more than the ${settings.maxFileSize} MB that Minutes checks as you type, so it is not checked. Split the archive into one file a meeting, or raise the setting minutes.maxFileSize.`;
  }
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
    return { uri, version, lines, doc, findings: [{ code: 'minutes/file-not-checked', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: why, fixes: [] }] };
  }
  const lines = splitLines(text);
  const doc = parse(text, { numbering: settings.numbering, dateOrder: settings.dateOrder });
  return { uri, version, lines, doc, findings: analyze(doc, lines, settings, today) };
}

export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  constructor(private settings: MinutesSettings, private readonly today: () => Date) {}

  /** The analysis of this version of the document, computed at most once. */
  get(uri: string, version: number, text: () => string): Analysis {
    const hit = this.entries.get(uri);
    if (hit && hit.version === version) return hit;
    const fresh = analyzeText(uri, version, text(), this.settings, this.today());
    this.entries.set(uri, fresh);
    return fresh;
  }

  peek(uri: string): Analysis | undefined { return this.entries.get(uri); }
  delete(uri: string): void { this.entries.delete(uri); }
  values(): IterableIterator<Analysis> { return this.entries.values(); }

  /** New settings change what the parser and rules produce: forget everything. */
  setSettings(settings: MinutesSettings): void {
    this.settings = settings;
    this.entries.clear();
  }
  get currentSettings(): MinutesSettings { return this.settings; }
}
