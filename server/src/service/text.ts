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

export interface Segment {
  /** Physical line of the document. */
  readonly line: number;
  /** Clean text: tags and bold markers removed, entities decoded, bullet and outer blanks trimmed. */
  readonly text: string;
  /** Original column of each clean character; `map[text.length]` is the end column. Null when `text` is `line.slice(offset, offset + text.length)`. */
  readonly map: Int32Array | null;
  readonly offset: number;
  /** Clean-text spans [start, end) that were bold (`**…**`, `<b>…</b>`, `<strong>…</strong>`). */
  readonly bold: ReadonlyArray<readonly [number, number]>;
  /** Markdown heading level (`#` count) when the line was a heading, else 0. */
  readonly heading: number;
  /** The segment began with a bullet (`-`, `•`, `*`, `<li>`). */
  readonly bullet: boolean;
  /** First and only segment of its physical line. */
  readonly first: boolean;
  readonly only: boolean;
}

/** Column in the original line of clean index `i` of the segment. */
export function col(seg: Segment, i: number): number {
  return seg.map ? seg.map[i] : seg.offset + i;
}

export function splitLines(text: string): string[] {
  // One regular expression with no nesting: linear.
  return text.split(/\r\n|\r|\n/);
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

class SegmentBuilder {
  private chars: string[] = [];
  private cols: number[] = [];
  private boldSpans: Array<[number, number]> = [];
  private boldStart = -1;
  private count = 0;
  private identity = true;
  constructor(private readonly out: Segment[], private readonly line: number, private readonly heading: number, private bold: BoldState) {}

  push(c: string, column: number): void {
    if (this.identity && this.cols.length > 0 && this.cols[this.cols.length - 1] !== column - 1) this.identity = false;
    this.chars.push(c);
    this.cols.push(column);
  }
  toggleBold(): void {
    if (this.bold.open) this.closeBold();
    else this.openBold();
  }
  openBold(): void {
    if (!this.bold.open) { this.bold.open = true; this.boldStart = this.chars.length; }
  }
  closeBold(): void {
    if (this.bold.open) {
      this.bold.open = false;
      this.boldSpans.push([Math.max(0, this.boldStart), this.chars.length]);
    }
  }
  /** A removed marker breaks the identity mapping even though it adds no character. */
  skip(): void { this.identity = false; }

  flush(endColumn: number): void {
    if (this.bold.open) this.boldSpans.push([Math.max(0, this.boldStart), this.chars.length]);
    // trim blanks and a leading bullet, keeping the map exact
    let s = 0;
    let e = this.chars.length;
    while (s < e && isSpace(this.chars[s])) s++;
    let bullet = false;
    if (s < e && (this.chars[s] === '•' || this.chars[s] === '◦' || this.chars[s] === '▪' || ((this.chars[s] === '-' || this.chars[s] === '*') && (s + 1 === e || isSpace(this.chars[s + 1]))))) {
      bullet = true;
      s++;
      while (s < e && isSpace(this.chars[s])) s++;
    }
    while (e > s && isSpace(this.chars[e - 1])) e--;
    const text = this.chars.slice(s, e).join('');
    const first = this.count === 0;
    if (text.length > 0 || first) {
      let map: Int32Array | null = null;
      let offset = s < this.cols.length ? this.cols[s] : endColumn;
      if (!this.identity) {
        map = new Int32Array(text.length + 1);
        for (let i = 0; i < text.length; i++) map[i] = this.cols[s + i];
        map[text.length] = e > s ? this.cols[e - 1] + 1 : offset;
        offset = map[0];
      }
      const bold = this.boldSpans
        .map(([a, b]) => [Math.max(a, s) - s, Math.min(b, e) - s] as [number, number])
        .filter(([a, b]) => b > a);
      this.out.push({ line: this.line, text, map, offset, bold, heading: first ? this.heading : 0, bullet: bullet || this.liPending, first, only: false });
      this.count++;
    }
    this.liPending = false;
    this.chars = [];
    this.cols = [];
    this.boldSpans = [];
    this.boldStart = this.bold.open ? 0 : -1;
    this.identity = true;
  }
  liPending = false;
  get segmentsMade(): number { return this.count; }
}

/**
 * Split one physical line into segments. `bold` carries an open `**` across lines.
 */
export function segmentLine(raw: string, lineNo: number, bold: BoldState, out: Segment[]): void {
  const n = raw.length;
  // Heading marker (`#` … `######` then a blank) at the start of the line.
  let i = 0;
  while (i < n && isSpace(raw[i])) i++;
  let heading = 0;
  let j = i;
  while (j < n && raw[j] === '#' && heading < 7) { heading++; j++; }
  if (heading > 0 && heading <= 6 && (j === n || isSpace(raw[j]))) i = j;
  else { heading = 0; i = 0; }

  // Fast path: nothing to clean.
  let plain = true;
  for (let k = i; k < n; k++) {
    const c = raw.charCodeAt(k);
    if (c === 60 /* < */ || c === 42 /* * */ || c === 38 /* & */ || c === 0x2022 /* • */) { plain = false; break; }
  }
  const startCount = out.length;
  const b = new SegmentBuilder(out, lineNo, heading, bold);
  if (heading > 0) b.skip();
  if (plain) {
    for (let k = i; k < n; k++) b.push(raw[k], k);
    b.flush(n);
  } else {
    // next '>' after each position, computed once so tag scanning stays linear
    let nextGt = -1;
    const gtAt = new Int32Array(n + 1).fill(-1);
    for (let k = n - 1; k >= 0; k--) { if (raw[k] === '>') nextGt = k; gtAt[k] = nextGt; }
    let k = i;
    while (k < n) {
      const c = raw[k];
      if (c === '<') {
        const close = gtAt[k];
        if (close > k && close - k <= MAX_TAG) {
          const m = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(raw.slice(k, Math.min(close + 1, k + 24)));
          const name = m ? m[2].toLowerCase() : '';
          if (m && BLOCK_TAGS.has(name)) {
            b.flush(k);
            if (name === 'li' && m[1] !== '/') b.liPending = true;
            k = close + 1;
            continue;
          }
          if (m && BOLD_TAGS.has(name)) {
            if (m[1] === '/') b.closeBold(); else b.openBold();
            b.skip();
            k = close + 1;
            continue;
          }
          if (m && INLINE_TAGS.has(name)) { b.skip(); k = close + 1; continue; }
        }
        b.push(c, k);
        k++;
        continue;
      }
      if (c === '*' && k + 1 < n && raw[k + 1] === '*') {
        b.toggleBold();
        b.skip();
        k += 2;
        continue;
      }
      if (c === '•') {
        b.flush(k);
        b.liPending = true;
        b.push(c, k); // kept so that flush sees and trims it as the bullet
        k++;
        continue;
      }
      if (c === '&') {
        let e = k + 1;
        while (e < n && e - k <= MAX_ENTITY && /[a-zA-Z0-9#]/.test(raw[e])) e++;
        if (e < n && raw[e] === ';') {
          const rep = ENTITIES[raw.slice(k + 1, e).toLowerCase()];
          if (rep !== undefined) { b.push(rep, k); b.skip(); k = e + 1; continue; }
        }
      }
      b.push(c, k);
      k++;
    }
    b.flush(n);
  }
  const made = out.length - startCount;
  if (made === 1) (out[startCount] as { only: boolean }).only = true;
}

/** Segments of a whole document, in order. Every physical line yields at least one segment. */
export function segmentDocument(lines: readonly string[]): Segment[] {
  const out: Segment[] = [];
  const bold: BoldState = { open: false };
  for (let l = 0; l < lines.length; l++) {
    segmentLine(lines[l], l, bold, out);
    // an unclosed `**` runs at most to the next blank line: extraction often loses the closing marker
    if (lines[l].trim() === '') bold.open = false;
  }
  return out;
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
