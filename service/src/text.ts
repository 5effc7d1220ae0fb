/**
 * The text layer: splits a document into physical lines, and each line into "segments":
 * the paragraphs a reader sees once the debris of PDF extraction is set aside.
 *
 * Published minutes arrive with HTML fragments (`<p>`, `<li>`, `<b>`, `<sup>`), Markdown
 * bold, entities, bullets and tabs, often several paragraphs on one physical line. Every
 * recogniser works on a segment's clean text; `map` takes a clean index back to the column
 * in the original line, so every range we report is exact.
 *
 * Architecture invariant: one pass over each line, no regular expression over the raw line,
 * so the cost stays linear however many unclosed tags a line holds.
 */
import { isInvisibleAt, MAYBE_INVISIBLE } from './invisible';
import { unitFinder } from './unitClass';
import { SLICE, type Sliced } from './slices';
import { isBulletAt, lineNumberMargins, wordCommentAt } from './forms/debris';

export interface Segment {
  /** Physical line of the document. */
  readonly line: number;
  /** Clean text: tags and bold markers removed, entities decoded, bullet and outer blanks trimmed. */
  readonly text: string;
  /** Where the clean characters stand in the original line (read it with `col`). Null when `text` is `line.slice(offset, offset + text.length)`. */
  readonly map: ColumnMap | null;
  readonly offset: number;
  /** Clean-text spans [start, end) that were bold (`**…**`, `<b>…</b>`, `<strong>…</strong>`). */
  readonly bold: ReadonlyArray<readonly [number, number]>;
  /** Markdown heading level (`#` count) when the line was a heading, else 0. */
  readonly heading: number;
  /** The segment began with a bullet (`<li>`, or a mark of `forms/debris.ts`'s `isBulletAt`: `-`, `•`, `*`, U+F0B7, `o` …). */
  readonly bullet: boolean;
  /** First and only segment of its physical line. */
  readonly first: boolean;
  readonly only: boolean;
}

/**
 * The columns of a segment whose clean text is not one slice of its line, as runs: run k starts at
 * clean index `clean[k]` (the first may start before 0, its head trimmed) and raw column `raw[k]`;
 * an `exact` run maps one to one, an entity's replacement maps to where the entity starts. `end` is
 * the column of `text.length`. A few numbers a run, not one a character: a typed array per
 * segment cost a backing store outside the heap (1-2 µs each) on every line of HTML.
 */
export interface ColumnMap {
  readonly clean: readonly number[];
  readonly raw: readonly number[];
  readonly exact: readonly boolean[];
  readonly end: number;
}

/** Column in the original line of clean index `i` (0 to `text.length`) of the segment. */
export function col(seg: Segment, i: number): number {
  const m = seg.map;
  if (m === null) return seg.offset + i;
  if (i >= seg.text.length) return m.end;
  let k = m.clean.length - 1;
  while (k > 0 && m.clean[k] > i) k--;
  return m.exact[k] ? m.raw[k] + i - m.clean[k] : m.raw[k];
}

export function splitLines(text: string): string[] {
  // One regular expression with no nesting: linear. A text without a carriage return (most) is
  // split at its line feeds alone, the same lines for a third of the cost.
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

const BLOCK_TAGS = new Set(['p', 'li', 'ul', 'ol', 'div', 'br', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const BOLD_TAGS = new Set(['b', 'strong']);
const INLINE_TAGS = new Set(['i', 'em', 'u', 'sup', 'sub', 'span', 'a', 'font', 'small', 'mark', 's', 'strike', 'del', 'ins']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", ndash: '–', mdash: '—', pound: '£' };
const MAX_TAG = 400;
const MAX_ENTITY = 8;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\f' || c === '\v' || c === '\ufeff';
}

/** Bold state carried from one line to the next (`**` may open on one line and close on another). */
export interface BoldState { open: boolean }

/** The bold markers and tags in `raw`, in order and joined, or undefined when there are none. */
export function markupIn(raw: string): string | undefined {
  let marks = '';
  let close = -1; // the next '>' at or after i, found again only once passed: linear
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '*' && raw[i + 1] === '*') { marks += '**'; i++; continue; }
    if (raw[i] !== '<') continue;
    if (close !== -2 && close < i) { const gt = raw.indexOf('>', i); close = gt === -1 ? -2 : gt; }
    if (close > i && close - i <= MAX_TAG && tagAt(raw, i, close)) { marks += raw.slice(i, close + 1); i = close; }
  }
  return marks === '' ? undefined : marks;
}

/** `[A-Za-z0-9]`, by code (a regular expression per character of every tag was most of a tag's cost). */
function isAlnumCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
/** `[A-Za-z0-9_:.@-]`: a character of an attribute's name. */
function isAttributeNameCode(c: number): boolean {
  return isAlnumCode(c) || c === 0x5f || c === 0x3a || c === 0x2e || c === 0x40 || c === 0x2d;
}
/** A blank inside a tag: space, tab, line feed, carriage return, form feed. */
function isTagBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
}
const BARE_ATTRIBUTES = new Set(['nowrap', 'hidden', 'open', 'compact', 'noshade', 'disabled', 'checked', 'selected']);
const UNQUOTED_VALUE = /[^\s"'=<>`]/;

/**
 * The tag of the extraction debris that runs from `raw[at]` (a `<`) to `raw[close]` (the next
 * `>`), or undefined when it is words in angle brackets. Debris is a known tag name right after
 * `<` (or `</`), then only `name="value"` attributes (quoted or not), an optional `/`, and `>`:
 * `<p>`, `<ul style="…">`, `</b>`, `<br/>`. An address (`<a.beard@wmp.police.uk>`), a link
 * (`<https://…>`), a reference (`<p.12>`) or a phrase (`<b and c>`) is none of these: words.
 * One scan of the characters between `at` and `close` (at most MAX_TAG of them).
 */
function tagAt(raw: string, at: number, close: number): { name: string; closing: boolean } | undefined {
  let i = at + 1;
  const closing = raw[i] === '/';
  if (closing) i++;
  const nameStart = i;
  let upper = false;
  for (let c = raw.charCodeAt(i); i < close && isAlnumCode(c); c = raw.charCodeAt(++i)) if (c <= 0x5a && c >= 0x41) upper = true;
  if (i === nameStart || raw.charCodeAt(nameStart) <= 0x39) return undefined; // a name starts with a letter
  // (`toLowerCase` of a piece of a line beyond Latin-1 is a slow call: asked only of a name in capitals)
  const name = upper ? raw.slice(nameStart, i).toLowerCase() : raw.slice(nameStart, i);
  if (!BLOCK_TAGS.has(name) && !BOLD_TAGS.has(name) && !INLINE_TAGS.has(name)) return undefined;
  if (closing) {
    while (i < close && isTagBlank(raw[i])) i++;
    return i === close ? { name, closing } : undefined;
  }
  while (i < close) {
    if (raw[i] === '/' && i + 1 === close) return { name, closing };
    // an attribute is set apart from what comes before by a blank
    if (!isTagBlank(raw[i])) return undefined;
    while (i < close && isTagBlank(raw[i])) i++;
    if (i === close) break;
    if (raw[i] === '/' && i + 1 === close) return { name, closing };
    const attrStart = i;
    while (i < close && isAttributeNameCode(raw.charCodeAt(i))) i++;
    if (i === attrStart) return undefined;
    const attrEnd = i;
    while (i < close && isTagBlank(raw[i])) i++;
    // every attribute of debris has a value (`style="…"`, `data-bbox="…"`, `href=…`) or is one of
    // HTML's few bare ones (`<td nowrap>`); any other bare word is prose (`<b and c>`)
    if (raw[i] !== '=') {
      if (BARE_ATTRIBUTES.has(raw.slice(attrStart, attrEnd).toLowerCase())) { i = attrEnd; continue; }
      return undefined;
    }
    i++;
    while (i < close && isTagBlank(raw[i])) i++;
    const q = raw[i];
    if (q === '"' || q === "'") {
      let end = i + 1;
      while (end < close && raw[end] !== q) end++;
      if (end >= close) return undefined;
      i = end + 1;
    } else {
      const valueStart = i;
      while (i < close && UNQUOTED_VALUE.test(raw[i])) i++;
      if (i === valueStart) return undefined;
    }
  }
  return { name, closing };
}

/**
 * Collects the clean text of one segment as runs of the raw line (plus single replacement
 * characters for entities), so a plain line costs one slice and needs no column map.
 */
class SegmentBuilder {
  private parts: string[] = [];
  private starts: number[] = [];
  private exact: boolean[] = [];
  private length = 0;
  private boldSpans: Array<[number, number]> = [];
  private boldStart = -1;
  private count = 0;
  liPending = false;
  constructor(private readonly raw: string, private readonly out: Segment[], private readonly line: number, private readonly heading: number, private readonly bold: BoldState) {
    if (bold.open) this.boldStart = 0;
  }

  /** Keeps raw[a, b) as it is. */
  run(a: number, b: number): void {
    if (b <= a) return;
    this.parts.push(this.raw.slice(a, b));
    this.starts.push(a);
    this.exact.push(true);
    this.length += b - a;
  }
  /** Characters standing for raw text of another length (an entity, a ligature). */
  replace(c: string, column: number): void {
    this.parts.push(c);
    this.starts.push(column);
    this.exact.push(false);
    this.length += c.length;
  }
  toggleBold(): void { if (this.bold.open) this.closeBold(); else this.openBold(); }
  openBold(): void {
    if (!this.bold.open) { this.bold.open = true; this.boldStart = this.length; }
  }
  closeBold(): void {
    if (this.bold.open) {
      this.bold.open = false;
      this.boldSpans.push([Math.max(0, this.boldStart), this.length]);
    }
  }

  flush(endColumn: number): void {
    if (this.bold.open) this.boldSpans.push([Math.max(0, this.boldStart), this.length]);
    const full = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    // trim blanks and a leading bullet, keeping the map exact
    let s = 0;
    let e = full.length;
    while (s < e && isSpace(full[s])) s++;
    let bullet = false;
    if (s < e && isBulletAt(full, s)) {
      bullet = true;
      s++;
      while (s < e && isSpace(full[s])) s++;
    }
    while (e > s && isSpace(full[e - 1])) e--;
    const first = this.count === 0;
    if (e > s || first) {
      const text = s === 0 && e === full.length ? full : full.slice(s, e);
      let contiguous = true;
      for (let k = 1; k < this.parts.length && contiguous; k++) {
        if (!this.exact[k] || !this.exact[k - 1] || this.starts[k] !== this.starts[k - 1] + this.parts[k - 1].length) contiguous = false;
      }
      if (this.parts.length === 1 && !this.exact[0]) contiguous = false;
      let map: ColumnMap | null = null;
      let offset: number;
      if (this.parts.length === 0) {
        offset = endColumn;
      } else if (contiguous) {
        offset = this.starts[0] + s;
      } else {
        map = columnMapOf(this.parts, this.starts, this.exact, this.raw, s, e, endColumn);
        offset = e > s ? (map.exact[0] ? map.raw[0] - map.clean[0] : map.raw[0]) : map.end;
      }
      const bold = this.boldSpans.length === 0 ? NO_BOLD : boldWithin(this.boldSpans, s, e);
      this.out.push({ line: this.line, text, map, offset, bold, heading: first ? this.heading : 0, bullet: bullet || this.liPending, first, only: false });
      this.count++;
    }
    this.liPending = false;
    if (this.parts.length > 0) { this.parts = []; this.starts = []; this.exact = []; }
    this.length = 0;
    if (this.boldSpans.length > 0) this.boldSpans = [];
    this.boldStart = this.bold.open ? 0 : -1;
  }
}

/**
 * The column map of a segment whose runs are not one exact stretch of the raw line (an entity, a tag
 * between them): the runs that hold a character of [s, e), their clean starts counted from s. A
 * function of its own, as `boldWithin` is: `flush` runs for every segment of a markup line, and the
 * engine optimises a function after an amount of its work that grows with its size, so the rarer
 * parts kept in it held back the optimising of the common one.
 */
function columnMapOf(parts: readonly string[], starts: readonly number[], exactRuns: readonly boolean[], line: string, s: number, e: number, endColumn: number): ColumnMap {
  const clean: number[] = [];
  const raw: number[] = [];
  const exact: boolean[] = [];
  let lastEnd = endColumn;
  let at = 0;
  for (let k = 0; k < parts.length; k++) {
    const len = parts[k].length;
    if (at < e && at + len > s) { clean.push(at - s); raw.push(starts[k]); exact.push(exactRuns[k]); }
    if (at <= e - 1 && e - 1 < at + len) lastEnd = exactRuns[k] ? starts[k] + (e - 1 - at) + 1 : endOfReplacement(line, starts[k]);
    at += len;
  }
  const end = e > s ? lastEnd : (starts[0] ?? endColumn);
  return { clean, raw, exact, end };
}

/** The bold spans of a segment, counted from its start s (clipped to [s, e); those outside it dropped). */
function boldWithin(spans: ReadonlyArray<readonly [number, number]>, s: number, e: number): Array<readonly [number, number]> {
  const bold: Array<readonly [number, number]> = [];
  for (const [a, b] of spans) {
    const x = Math.max(a, s) - s;
    const y = Math.min(b, e) - s;
    if (y > x) bold.push([x, y]);
  }
  return bold;
}

/** The raw column just after the entity that starts at `column` (`&amp;` is five characters). */
function endOfReplacement(raw: string, column: number): number {
  // (a ligature is one column)
  if (raw.charCodeAt(column) !== 0x26) return column + 1;
  const semi = raw.indexOf(';', column);
  return semi >= 0 && semi - column <= MAX_ENTITY + 1 ? semi + 1 : column + 1;
}

/**
 * The ligatures a PDF's text layer leaves in its words (`Ofﬁcer`, `ﬁrst`, U+FB00–U+FB06): read as
 * their letters, as the clerk reads them, each mapped back to its one column.
 */
const LIGATURES: readonly string[] = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
const LIGATURE = /[\ufb00-\ufb06]/g;

/** `text` with its ligatures written as their letters, as the segments read them (`Ofﬁcer` → `Officer`). */
export function foldLigatures(text: string): string {
  return text.replace(LIGATURE, (c) => ligatureOf(c)!);
}

/** The letters of the ligature `c` (one UTF-16 unit), if it is one. */
function ligatureOf(c: string): string | undefined {
  return LIGATURES[c.charCodeAt(0) - 0xfb00];
}

/** `<`, `*`, `&`, `•`, a ligature, and the invisible characters (invisible.ts's class, one list): one UTF-16 unit. */
const SPECIAL = new RegExp(`[<*&•${LIGATURE.source.slice(1, -1)}${MAYBE_INVISIBLE.source.slice(1)}`);
/** The column of the first unit at or after `from` that SPECIAL matches, or -1: a class of four (`<`, `*`, `&`, anything beyond ASCII) finds the places, a table a unit says which (unitClass.ts). */
const nextSpecial = unitFinder(SPECIAL, /[&*<\u0080-\uffff]/g);
/** Shared by every segment without bold text (never written to). */
const NO_BOLD: Array<readonly [number, number]> = [];

/**
 * Split one physical line into segments. `bold` carries an open `**` across lines. `start` is where
 * the line's text starts: after the number line-numbered paper prints in the margin (forms/debris.ts
 * `lineNumberMargins`), so that every reader sees the line as it reads on paper without numbers.
 */
export function segmentLine(raw: string, lineNo: number, bold: BoldState, out: Segment[], start = 0): void {
  // a Word comment an export wrote into the line (`… grant.Commented [JA1]: BC to …`, forms/debris.ts):
  // a segment of its own from its marker to the line's end, so that no reader takes its words for the text's
  // (a comment alone on its line is the line's one segment)
  const comment = raw.length > 10 ? wordCommentAt(raw) : -1;
  const n = comment > 0 && raw.slice(0, comment).trim().length > 0 ? comment : raw.length;
  // Heading marker (`#` … `######` then a blank) at the start of the line.
  let i = start;
  while (i < n && isSpace(raw[i])) i++;
  // a Markdown blockquote's `>` (`> **Decision:** …`, nested `> >`): a mark of the page, its words the text
  // (`i < n` first: a character read past the end of a string makes the engine drop the function's optimised code)
  let quote = start;
  if (i < n && raw.charCodeAt(i) === 0x3e && (i + 1 === n || isSpace(raw[i + 1]) || raw[i + 1] === '>')) {
    while (i < n && (raw[i] === '>' || isSpace(raw[i]))) i++;
    quote = i;
  }
  let heading = 0;
  let j = i;
  while (j < n && raw[j] === '#' && heading < 7) { heading++; j++; }
  if (heading > 0 && heading <= 6 && (j === n || isSpace(raw[j]))) i = j;
  else { heading = 0; i = quote; }

  const startCount = out.length;
  let m = nextSpecial(raw, i);
  if (m >= n) m = -1;
  if (m < 0 && !bold.open) {
    // most lines: no tag, entity, bold marker or bullet character; one slice, no builder
    const plain = plainSegment(raw, lineNo, i, heading, n);
    // (a store at the end, not `push`: a document's first segment goes into an empty array, whose kind
    // the engine's optimised `push` took for small integers and dropped its code, once a process; a
    // store changes the array's kind in place)
    if (n === raw.length) { out[out.length] = plain; return; }
    out.push({ ...plain, only: false });
    commentSegment(raw, lineNo, n, out);
    return;
  }
  const b = new SegmentBuilder(raw, out, lineNo, heading, bold);
  if (m < 0) {
    b.run(i, n);
    b.flush(n);
  } else {
    readSpecials(raw, i, n, m, b);
  }
  if (n < raw.length) commentSegment(raw, lineNo, n, out);
  const made = out.length - startCount;
  if (made === 1) (out[startCount] as { only: boolean }).only = true;
}

/**
 * The rest of `segmentLine` for a line with a tag, entity, bold marker, bullet or ligature from `m`:
 * a function of its own so that its bail-outs (a form first met in a later parse) do not throw away
 * the compiled code of the plain lines' path, which every line takes.
 */
function readSpecials(raw: string, i: number, n: number, m: number, b: SegmentBuilder): void {
  // the next '>' at or after the '<' being read, found again only once passed: linear
  let close = -1;
  let k = i;
  while (m >= 0) {
    const at = m;
    b.run(k, at);
    k = at;
    const c = raw[at];
    if (c === '<') {
      if (close !== -2 && close < at) { const gt = raw.indexOf('>', at); close = gt === -1 ? -2 : gt; }
      let handled = false;
      if (close > at && close - at <= MAX_TAG) {
        const tag = tagAt(raw, at, close);
        const name = tag ? tag.name : '';
        if (tag && BLOCK_TAGS.has(name)) {
          b.flush(at);
          if (name === 'li' && !tag.closing) b.liPending = true;
          handled = true;
        } else if (tag && BOLD_TAGS.has(name)) {
          if (tag.closing) b.closeBold(); else b.openBold();
          handled = true;
        } else if (tag) {
          handled = true;
        }
        if (handled) k = close + 1;
      }
      if (!handled) { b.run(at, at + 1); k = at + 1; }
    } else if (c === '*') {
      if (at + 1 < n && raw[at + 1] === '*') { b.toggleBold(); k = at + 2; } else { b.run(at, at + 1); k = at + 1; }
    } else if (c === '•') {
      b.flush(at);
      b.liPending = true;
      b.run(at, at + 1); // kept so that flush sees and trims it as the bullet
      k = at + 1;
    } else if (ligatureOf(c) !== undefined) {
      b.replace(ligatureOf(c)!, at);
      k = at + 1;
    } else if (c !== '&') {
      // an invisible character (`081/2​2`, a word joiner before a number, a bidi override) is
      // read past, so the number or name reads as what the clerk sees; the invisible-character
      // rule reports it. A joiner that is part of the writing (emoji, some scripts) stays.
      if (!isInvisibleAt(raw, at)) b.run(at, at + 1);
      k = at + 1;
    } else {
      // '&': an entity becomes its character
      let e = at + 1;
      let upper = false;
      for (let c = raw.charCodeAt(e); e < n && e - at <= MAX_ENTITY && (isAlnumCode(c) || c === 0x23); c = raw.charCodeAt(++e)) if (c <= 0x5a && c >= 0x41) upper = true;
      const name = e < n && raw[e] === ';' ? raw.slice(at + 1, e) : undefined;
      const rep = name === undefined ? undefined : ENTITIES[upper ? name.toLowerCase() : name];
      if (rep !== undefined) { b.replace(rep, at); k = e + 1; } else { b.run(at, at + 1); k = at + 1; }
    }
    m = nextSpecial(raw, k);
    if (m >= n) m = -1;
  }
  b.run(k, n);
  b.flush(n);
}

/** The one segment of a line with no tag, entity or bold marker: blanks and a bullet (`forms/debris.ts`'s `isBulletAt`) trimmed (what `flush` makes of a single run). */
function plainSegment(raw: string, line: number, from: number, heading: number, end = raw.length): Segment {
  let s = from;
  let e = end;
  while (s < e && isSpace(raw[s])) s++;
  let bullet = false;
  if (s < e && isBulletAt(raw, s)) {
    bullet = true;
    s++;
    while (s < e && isSpace(raw[s])) s++;
  }
  while (e > s && isSpace(raw[e - 1])) e--;
  const text = s === 0 && e === raw.length ? raw : raw.slice(s, e);
  return { line, text, map: null, offset: s, bold: NO_BOLD, heading, bullet, first: true, only: true };
}

/** The Word comment from `at` to the line's end, as written (its words are debris: kept, never read), after the line's own segments. */
function commentSegment(raw: string, line: number, at: number, out: Segment[]): void {
  const e = raw.trimEnd().length;
  out.push({ line, text: raw.slice(at, e), map: null, offset: at, bold: NO_BOLD, heading: 0, bullet: false, first: false, only: false });
}

/**
 * Segments of a whole document, in order. Every physical line yields at least one segment.
 * `from` and `to` segment only lines [from, to) (with their document line numbers), bold closed
 * at `from`; `bold` then tells whether a `**` is still open after line `to - 1`. `margins` are the
 * file's line numbers' (forms/debris.ts `lineNumberMargins`, read from all its lines when not given).
 */
/** `segmentDocument` of every line, pausing every SLICE lines (see `Sliced`): the open bold marker carries from one slice to the next. */
export function* segmentDocumentSteps(lines: readonly string[]): Sliced<Segment[]> {
  const segs: Segment[] = [];
  const bold: BoldState = { open: false };
  // (line-numbered paper told once for the file: forms/debris.ts)
  const margins = lineNumberMargins(lines);
  for (let from = 0; from < lines.length; from += SLICE) {
    for (const seg of segmentDocument(lines, from, Math.min(lines.length, from + SLICE), bold, margins)) segs.push(seg);
    yield;
  }
  return segs;
}

export function segmentDocument(lines: readonly string[], from = 0, to = lines.length, bold: BoldState = { open: false }, margins = lineNumberMargins(lines)): Segment[] {
  const out: Segment[] = [];
  for (let l = from; l < to; l++) {
    segmentLine(lines[l], l, bold, out, margins === undefined ? 0 : margins[l]);
    // an unclosed `**` runs at most to the next blank line: extraction often loses the closing marker
    if (bold.open && out[out.length - 1].text === '' && out[out.length - 1].line === l) bold.open = false;
  }
  return out;
}

/** A Markdown code span: its marks and the words they hold (`` `SECURITY.md` ``), on one line. */
const CODE_SPAN = /`([^`\n]+)`/g;

/**
 * The words of a Markdown text without its code spans' marks (`` publish `SECURITY.md` `` →
 * `publish SECURITY.md`): a clerk's words, where an action or decision is written as data. The
 * segments keep the marks (a column map would have to follow them); only a text given on is cleaned.
 */
export function withoutCodeMarks(text: string): string {
  return text.includes('`') ? text.replace(CODE_SPAN, '$1') : text;
}

/** True when the whole clean text of the segment is bold (ignoring trailing blanks). */
export function allBold(seg: Segment): boolean {
  if (seg.text.length === 0) return false;
  let covered = 0;
  let pos = 0;
  for (const [a, b] of seg.bold) {
    if (a > pos) { if (seg.text.slice(pos, a).trim() !== '') return false; }
    covered += b - Math.max(a, pos);
    pos = Math.max(pos, b);
  }
  return covered > 0 && seg.text.slice(pos).trim() === '';
}

/** The text with the edits applied (edits must not overlap; positions as LSP's: line and UTF-16 column). */
export function applyTextEdits(text: string, edits: ReadonlyArray<{ readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } }; readonly newText: string }>): string {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  const off = (p: { line: number; character: number }): number => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  // Pieces joined once, in text order: rewriting the whole text for each edit made a format or
  // an import of 40,000 items quadratic (issue 17). Edits at the same place go in the order the
  // last-to-first rewriting gave them (the later edit first).
  const order = edits.map((e, i) => ({ e, i, start: off(e.range.start), end: off(e.range.end) }));
  order.sort((a, b) => a.start - b.start || b.i - a.i);
  const pieces: string[] = [];
  let at = 0;
  for (const { e, start, end } of order) {
    const from = Math.max(start, at);
    pieces.push(text.slice(at, from), e.newText);
    at = Math.max(end, from);
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}
