/**
 * Import of published minutes (text extracted from a PDF, as in the corpus) into clean markup:
 * every recognised variant rewritten in the canonical form by the rules' own fixes (the ones that
 * are proved to keep every word), then the extraction debris set aside by the text layer (tags,
 * `data-bbox` attributes, entities, bold markers, table rules), one paragraph a line, and the result
 * formatted. Nothing here knows a construct: the rules, the text layer and the formatter do.
 */
import type { TextEdit } from '../types';
import { comparePositions } from '../types';
import { notCheckedBecause } from '../analysis';
import { analyze } from '../diagnostics';
import { DEFAULT_SETTINGS, type MinutesSettings, type SeveritySetting } from '../settings';
import { applyTextEdits, segmentDocument, splitLines } from '../text';
import { formatSteps } from '../format';
import { RULES } from '../rules/index';
import { finish, SLICE, type Sliced } from '../slices';
import { parseSteps } from '../parse';

/** Rules whose preferred fix rewrites a published form as the markup's own, keeping the words. */
const CANONICALISING = new Set(['minutes/non-canonical', 'minutes/malformed-number']);

/**
 * The settings the canonicalising passes check with: only the canonicalising rules run (the
 * others' findings were computed and thrown away, pass after pass), and a text of any size is
 * read (the size limit is for checking as the clerk types: an import above it was left as it was).
 */
function canonicalisingSettings(settings: MinutesSettings): MinutesSettings {
  const diagnostics: Record<string, SeveritySetting> = {};
  for (const r of RULES) diagnostics[r.name] = CANONICALISING.has(r.code) ? settings.diagnostics[r.name] ?? 'default' : 'off';
  return { ...settings, diagnostics, maxFileSize: Number.POSITIVE_INFINITY };
}

/** True when `e` overlaps one of `taken` (kept in text order, none overlapping another), looked up in O(log n). */
function overlapsTaken(taken: readonly TextEdit[], e: TextEdit): boolean {
  // the last edit taken that starts before `e` ends: among those, the one that ends last
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comparePositions(taken[mid].range.start, e.range.end) < 0) lo = mid + 1; else hi = mid;
  }
  return lo > 0 && comparePositions(e.range.start, taken[lo - 1].range.end) < 0;
}

/** Inserts `e` into `taken` in text order (by start, then end). */
function take(taken: TextEdit[], e: TextEdit): void {
  const after = (o: TextEdit) => comparePositions(o.range.start, e.range.start) > 0 || (comparePositions(o.range.start, e.range.start) === 0 && comparePositions(o.range.end, e.range.end) > 0);
  let k = taken.length;
  while (k > 0 && after(taken[k - 1])) k--;
  if (k === taken.length) taken.push(e); else taken.splice(k, 0, e);
}

/** The preferred canonicalising fixes of the whole text, without overlaps, until none is left. */
function* canonicalise(text: string, settings: MinutesSettings, today: Date): Sliced<string> {
  const only = canonicalisingSettings(settings);
  for (let pass = 0; pass < 8; pass++) {
    // as analyzeText, with the parse in slices
    if (notCheckedBecause(text, only)) return text;
    const doc = yield* parseSteps(text, { numbering: only.numbering, dateOrder: only.dateOrder });
    const findings = analyze(doc, splitLines(text), only, today);
    yield;
    const edits: TextEdit[] = [];
    let n = 0;
    for (const f of findings) {
      if (++n % SLICE === 0) yield;
      if (!CANONICALISING.has(f.code) || f.fixes.length === 0) continue;
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      // an edit that overlaps one already taken waits for the next pass
      if (fix.edits.some((e) => overlapsTaken(edits, e))) continue;
      for (const e of fix.edits) take(edits, e);
    }
    if (edits.length === 0) return text;
    text = applyTextEdits(text, edits);
    yield;
  }
  return text;
}

/** A line of a table's frame: dashes, equals, pipes, plus signs and colons only. */
const TABLE_RULE = /^[\s\-=_|+:]{3,}$/;

/** Each paragraph on a line of its own, as clean text: the debris of extraction set aside. */
function clean(text: string): string {
  const lines = splitLines(text);
  const out: string[] = [];
  for (const seg of segmentDocument(lines)) {
    const t = seg.text.replace(/\s+$/, '');
    if (t !== '' && TABLE_RULE.test(t) && /[-=_]{3}/.test(t)) continue;
    if (seg.heading > 0) out.push(`${'#'.repeat(seg.heading)} ${t}`);
    else out.push(seg.bullet ? `- ${t}` : t);
  }
  // blank lines: at most one in a row, none at the start
  const squeezed: string[] = [];
  for (const l of out) if (l !== '' || (squeezed.length > 0 && squeezed[squeezed.length - 1] !== '')) squeezed.push(l);
  return `${squeezed.join('\n').trimEnd()}\n`;
}

export function importPublished(text: string, settings: MinutesSettings = DEFAULT_SETTINGS, today: Date = new Date()): string {
  return finish(importSteps(text, settings, today));
}

/** The import, pausing between its passes (see `Sliced`): a server answers other requests meanwhile. */
export function* importSteps(text: string, settings: MinutesSettings = DEFAULT_SETTINGS, today: Date = new Date()): Sliced<string> {
  const canonical = yield* canonicalise(text.replace(/^\ufeff/, ''), settings, today);
  const cleaned = clean(canonical);
  yield;
  const tidy = yield* canonicalise(cleaned, settings, today);
  const doc = yield* parseSteps(tidy, { numbering: settings.numbering, dateOrder: settings.dateOrder });
  const edits = yield* formatSteps(doc, tidy, today);
  return applyTextEdits(tidy, edits);
}
