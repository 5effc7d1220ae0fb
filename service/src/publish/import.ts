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
import { applyTextEdits, segmentDocumentSteps, splitLines } from '../text';
import { formatSteps } from '../format';
import { RULES } from '../rules/index';
import { finish, SLICE, type Sliced } from '../slices';
import { parseSteps } from '../parse/index';
import { CANONICAL } from '../markup';
import { allPeople } from '../attendance';
import { stripTitles } from '../people';
import type { Range } from '../types';
import type { MinutesDocument } from '../model';
import { formatNumber, rewriteNumber } from '../numbers';
import { keepsWords } from './wordsKept';
import { canonicalForms, outlineShape } from './importForms';
import { isTableRule } from '../constructs';

/** Rules whose preferred fix rewrites a published form as the markup's own, keeping the words (`Rule.canonicalising`). */
const CANONICALISING: ReadonlySet<string> = new Set(RULES.filter((r) => r.canonicalising).map((r) => r.code));

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
    const lines = splitLines(text);
    // an item's title to the end of its line: a fix there (a presenter sentence after the title,
    // "… Work Plan Presented by Alethea Fuller.") would change the title the outline shows; the
    // number before it may be rewritten (`115/2 3` as `115/23`)
    const titles: Range[] = [];
    for (const item of doc.meeting?.items.flatMap((i) => [i, ...(i.subItems ?? [])]) ?? []) {
      const t = item.titleRange;
      if (t) titles.push({ start: t.start, end: { line: t.end.line, character: lines[t.end.line]?.length ?? t.end.character } });
    }
    const inTitle = touchesAny(titles);
    let n = 0;
    for (const f of findings) {
      if (++n % SLICE === 0) yield;
      if (!CANONICALISING.has(f.code) || f.fixes.length === 0) continue;
      const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
      // a published sentence stays whole: no fix that breaks a line in two ("This petition was
      // presented by PCC Simon Foster on behalf of …" keeps its words together; the presenter is read from it)
      if (fix.edits.some((e) => e.range.start.line === e.range.end.line && /[\r\n]/.test(e.newText))) continue;
      if (fix.edits.some((e) => inTitle(e.range))) continue;
      // no word lost: a fix that drops words ("This paper was presented by" before `Presented by:`) is not made
      if (!keepsWords(fix.edits.map((e) => rangeText(lines, e.range)).join('\n'), fix.edits.map((e) => e.newText).join('\n'))) continue;
      // an edit that overlaps one already taken waits for the next pass
      if (fix.edits.some((e) => overlapsTaken(edits, e))) continue;
      for (const e of fix.edits) take(edits, e);
    }
    // numbers the extraction broke (`115/2 3`) are written as meant: their break is debris, not a finding
    for (const e of mendedNumbers(doc)) if (!overlapsTaken(edits, e)) take(edits, e);
    for (const e of letteredParts(doc)) if (!overlapsTaken(edits, e)) take(edits, e);
    if (edits.length === 0) return text;
    text = applyTextEdits(text, edits);
    yield;
  }
  return text;
}

/**
 * A test of whether a range touches one of `ranges` (starts at or before its end, ends after its
 * start), in O(log n) a range: asked of every finding, a scan of every title made an import of
 * 40,000 items quadratic (seconds without a pause).
 */
function touchesAny(ranges: readonly Range[]): (r: Range) => boolean {
  const sorted = [...ranges].sort((a, b) => comparePositions(a.start, b.start));
  // the furthest end among the ranges up to each one: they may overlap
  const reach: Range['end'][] = [];
  for (const t of sorted) reach.push(reach.length > 0 && comparePositions(reach[reach.length - 1], t.end) > 0 ? reach[reach.length - 1] : t.end);
  return (r) => {
    // how many ranges start before `r` ends: the last of them reaches furthest
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (comparePositions(sorted[mid].start, r.end) < 0) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && comparePositions(r.start, reach[lo - 1]) <= 0;
  };
}

/** The edits that write each number the extraction broke as the board meant it (forms/brokenNumbers.ts). */
function mendedNumbers(doc: MinutesDocument): TextEdit[] {
  const out: TextEdit[] = [];
  for (const item of doc.meeting?.items ?? []) {
    const n = item.number;
    if (n?.printed !== undefined) out.push({ range: n.range, newText: rewriteNumber(n, { seq: n.seq, year: n.year }) });
  }
  return out;
}

/**
 * The lettered parts a published item prints in its cell (`c. SPCB workplan for noting  d. …`)
 * written as the markup's sub-items: each on a line of its own, the letter in brackets (`(c) …`).
 */
function letteredParts(doc: MinutesDocument): TextEdit[] {
  const out: TextEdit[] = [];
  for (const item of doc.meeting?.items ?? []) {
    for (const sub of item.subItems ?? []) {
      const n = sub.number;
      if (n && /^[a-z]$/.test(n.written)) out.push({ range: n.range, newText: `\n(${n.written})` });
    }
  }
  return out;
}

function rangeText(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return (lines[r.start.line] ?? '').slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), (lines[r.end.line] ?? '').slice(0, r.end.character)].join('\n');
}

/** Each paragraph on a line of its own, as clean text: the debris of extraction set aside. */
function* clean(text: string, keepRules = false): Sliced<{ text: string; rules: boolean }> {
  let rules = false;
  const lines = splitLines(text);
  const out: string[] = [];
  for (const seg of yield* segmentDocumentSteps(lines)) {
    const t = seg.text.replace(/\s+$/, '');
    if (!keepRules && isTableRule(t)) { rules = true; continue; }
    if (seg.heading > 0) out.push(`${'#'.repeat(seg.heading)} ${t}`);
    else out.push(seg.bullet ? `- ${t}` : t);
  }
  // blank lines: at most one in a row, none at the start
  const squeezed: string[] = [];
  for (const l of out) if (l !== '' || (squeezed.length > 0 && squeezed[squeezed.length - 1] !== '')) squeezed.push(l);
  return { text: `${squeezed.join('\n').trimEnd()}\n`, rules };
}

/**
 * The published layout as the markup's, from what the parser read of it (words are moved or
 * marked, never dropped): a number standing alone on its line joined to its title; published
 * headings written as sections (`## `) and attendance labels without heading marks; the date of
 * the next meeting in an item's title ("Date of the next meeting: 23rd January 2024") as
 * `Next meeting:` under the title.
 */
function* structure(text: string, settings: MinutesSettings): Sliced<string> {
  const doc = yield* parseSteps(text, { numbering: settings.numbering, dateOrder: settings.dateOrder });
  const m = doc.meeting;
  if (!m || doc.kind !== 'minutes') return text;
  const lines = splitLines(text);
  const between = (r: Range): string => (r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character)
    : [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n'));
  const edits: TextEdit[] = [];
  const wholeLine = (line: number, newText: string): void => { if (lines[line] !== newText) edits.push({ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, newText }); };
  for (const item of m.items) {
    const n = item.number;
    const t = item.titleRange;
    if (!n || !t || t.start.line <= n.range.end.line) continue;
    // from the number to the title line's first word (an "Item 3 –" before the title moves with it)
    const first = lines[t.start.line].search(/[^\s#]/);
    const gap = { start: n.range.end, end: { line: t.start.line, character: first < 0 ? t.start.character : first } };
    // only blank lines and heading marks stand between them: nothing else moves
    if (!/^[\s#]*$/.test(between(gap))) continue;
    // a number the page split over two lines (`119/2` ⏎ `3`) is written whole, on its title's line
    if (n.range.start.line !== n.range.end.line) edits.push({ range: { start: n.range.start, end: gap.end }, newText: `${formatNumber(n)} ` });
    else edits.push({ range: gap, newText: ' ' });
  }
  const sectionEdits: TextEdit[] = [];
  const people = allPeople(m);
  for (const s of m.sections) {
    const heading = lines[s.headingRange.start.line].replace(/^\s*#+\s*/, '').trim();
    // a line of names the extraction left before an item ("ACC Meir ACC Southern Mark Kenyon") is no heading
    if (stripTitles(heading) !== heading || people.some((p) => heading.includes(p.name.surname) && heading.includes(p.name.words[0]))) continue;
    const line = s.headingRange.start.line;
    if (lines[line] !== `${CANONICAL.sectionPrefix}${heading}`) sectionEdits.push({ range: { start: { line, character: 0 }, end: { line, character: lines[line].length } }, newText: `${CANONICAL.sectionPrefix}${heading}` });
  }
  for (const b of m.people) {
    const line = b.labelRange.start.line;
    if (/^\s*#/.test(lines[line])) wholeLine(line, lines[line].replace(/^\s*#+\s*/, ''));
  }
  const next = m.nextMeeting;
  const holder = next && m.items.find((i) => i.titleRange && i.titleRange.start.line === next.range.start.line && i.titleRange.end.character >= next.range.end.character && i.titleRange.start.character < next.range.start.character);
  if (next && holder?.titleRange) {
    const lead = between({ start: holder.titleRange.start, end: next.range.start });
    const keep = lead.replace(/[\s:\-–—]+$/, '').length;
    if (keep > 0) {
      const start = { line: next.range.start.line, character: holder.titleRange.start.character + keep };
      edits.push({ range: { start, end: next.range.start }, newText: `\n${CANONICAL.nextMeeting} ` });
    }
  }
  // the layout changes, the items stay: a heading written `## ` could make the line under it
  // ("07 Sep 2023") read as an item; then the headings stay as they were written, and if the
  // items still differ, the whole layout does
  // (the numbers are compared: a title may lose the next meeting's date, written under it)
  const numbers = (d: MinutesDocument) => d.meeting?.items.map((i) => (i.number ? formatNumber(i.number) : '')).join('\n') ?? '';
  const items = numbers(doc);
  for (const set of [[...edits, ...sectionEdits], edits]) {
    if (set.length === 0) return text;
    const out = applyTextEdits(text, set);
    if (numbers(yield* parseSteps(out, { numbering: settings.numbering, dateOrder: settings.dateOrder })) === items) return out;
  }
  return text;
}

export function importPublished(text: string, settings: MinutesSettings = DEFAULT_SETTINGS, today: Date = new Date()): string {
  return finish(importSteps(text, settings, today));
}

/** The import, pausing between its passes (see `Sliced`): a server answers other requests meanwhile. */
export function* importSteps(text: string, settings: MinutesSettings = DEFAULT_SETTINGS, today: Date = new Date()): Sliced<string> {
  const canonical = yield* canonicalise(text.replace(/^\ufeff/, ''), settings, today);
  const options = { numbering: settings.numbering, dateOrder: settings.dateOrder };
  const first = yield* clean(canonical);
  let cleaned = first.text;
  yield;
  // a rule that parts a mail's wrapper from the minutes may be what tells them apart: kept when
  // the items read without it are not the items read with it
  if (first.rules && outlineShape(yield* parseSteps(cleaned, options)).items !== outlineShape(yield* parseSteps(canonical, options)).items) cleaned = (yield* clean(canonical, true)).text;
  yield;
  const structured = yield* structure(yield* canonicalise(cleaned, settings, today), settings);
  yield;
  // the lists, decisions and actions the parser read, in the markup's forms (importForms.ts)
  const { text: tidy, doc } = yield* canonicalForms(structured, yield* parseSteps(structured, options), settings.dateOrder, (t) => parseSteps(t, options));
  yield;
  const edits = yield* formatSteps(doc, tidy, today);
  return applyTextEdits(tidy, edits);
}
