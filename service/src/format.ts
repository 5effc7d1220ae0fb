/**
 * Formatting (document or range): minute numbers in their canonical form, the `Name : Role` lines
 * of each list aligned on the colon, one blank line before each item, no trailing spaces. It moves
 * whitespace and rewrites numbers; it never adds, drops or reorders a word.
 */
import type { MinutesDocument } from './model';
import type { Range, TextEdit } from './types';
import { formatNumber } from './numbers';
import { canonicalYear } from './numbering';
import { applyTextEdits, splitLines } from './text';
import { parseSteps } from './parse/index';
import { finish, SLICE, type Sliced } from './slices';
import { withoutEndBlanks } from './unitClass';

/** What each old line becomes: usually itself, sometimes nothing (a surplus blank line) or two lines. */
type Plan = Array<string[]>;

function* formatOnce(doc: MinutesDocument, text: string, today: Date, range?: Range): Sliced<TextEdit[]> {
  const lines = splitLines(text);
  // a pause every SLICE lines or items: a list of 100,000 people is formatted without holding the server
  let tick = 0;
  const plan: Plan = lines.map((l) => [l]);
  const m = doc.meeting;
  const inRange = (line: number): boolean => !range || (line >= range.start.line && line <= range.end.line);

  if (m) {
    // canonical minute numbers (also those the extraction broke, read as printed), `115/2⏎3` joined back onto its line; several numbers on one line
    // (items split by bullets) are rewritten right to left so that columns stay true
    const byLine = new Map<number, Array<NonNullable<(typeof m.items)[number]['number']>>>();
    for (const item of m.items) {
      if (++tick % SLICE === 0) yield;
      const n = item.number;
      if ((n?.malformed || n?.printed !== undefined) && inRange(n.range.start.line)) byLine.set(n.range.start.line, [...(byLine.get(n.range.start.line) ?? []), n]);
    }
    for (const [line, numbers] of byLine) {
      let cur = lines[line];
      let first = true;
      for (const n of numbers.sort((a, b) => b.range.start.character - a.range.start.character)) {
        const year = canonicalYear(n, doc, today);
        const { start, end } = n.range;
        const split = end.line > start.line;
        // join `115/2⏎3` only when the digit stands alone on its line, and the number ends its own line
        const joinable = split && first && /^\d{1,3}[ \t]?\/[ \t]?\d[ \t]*$/.test(cur.slice(start.character)) && /^[ \t]*\d$/.test(lines[end.line].slice(0, end.character)) && lines[end.line].slice(end.character).trim() === '';
        first = false;
        if (year === undefined || (split && !joinable)) continue;
        cur = cur.slice(0, start.character) + formatNumber({ seq: n.seq, year }) + (split ? lines[end.line].slice(end.character) : cur.slice(end.character));
        for (let l = start.line + 1; l <= end.line; l++) plan[l] = [];
      }
      plan[line] = [cur];
    }

    // `Name : Role` aligned on the colon within each list
    for (const block of m.people) {
      const rows: Array<{ line: number; name: string; role: string; indent: string }> = [];
      for (const p of block.people) {
        if (++tick % SLICE === 0) yield;
        const l = p.range.start.line;
        // (a line longer than any name and role is left as it is: the pattern's lazy name and role tried a long run of
        // blanks from each of them)
        if (p.form !== 'colon' || p.range.end.line !== l || !inRange(l) || plan[l].length !== 1 || plan[l][0].length > MAX_ALIGNED) continue;
        const row = /^([ \t]*)(\S.*?)[ \t]*:[ \t]*(\S.*?)[ \t]*$/.exec(plan[l][0]);
        if (!row || row[3].includes(':')) continue; // more than one colon: which one divides name and role is unclear
        rows.push({ line: l, indent: row[1], name: row[2].replace(/\t/g, ' '), role: row[3] });
      }
      // a loop, not Math.max(...): spread over 150,000 names overflows the stack and formatting fails
      let width = 0;
      for (const r of rows) width = Math.max(width, r.name.length);
      for (const r of rows) plan[r.line] = [`${r.indent}${r.name.padEnd(width)} : ${r.role}`];
    }

    // one blank line before each item (after the first line of the document)
    const heads = new Set<number>();
    for (const item of m.items) {
      if (++tick % SLICE === 0) yield;
      const h = item.headRange.start.line;
      // two items on one line (split by bullets in a published file) get one blank line, not two
      if (h === 0 || !inRange(h) || heads.has(h)) continue;
      heads.add(h);
      let first = h;
      while (first > 0 && lines[first - 1].trim() === '') first--;
      if (first === 0) continue;
      if (first === h) plan[h] = ['', ...plan[h]];
      for (let l = first + 1; l < h; l++) plan[l] = [];
    }
  }

  // no trailing spaces or tabs
  for (let l = 0; l < lines.length; l++) {
    if (++tick % SLICE === 0) yield;
    if (!inRange(l)) continue;
    plan[l] = plan[l].map(withoutEndBlanks);
  }

  // each line keeps its own line end: a file with mixed ends is not rewritten wholesale
  const eols = Array.from(text.matchAll(/\r\n|\r|\n/g), (x) => x[0]);
  const edits: TextEdit[] = [];
  for (let l = 0; l < lines.length; l++) {
    if (++tick % SLICE === 0) yield;
    const p = plan[l];
    if (p.length === 1 && p[0] === lines[l]) continue;
    const last = l === lines.length - 1;
    // whole lines with their line ends, so that edits on neighbouring lines only touch, never overlap
    const rangeOf: Range = last
      ? { start: { line: l, character: 0 }, end: { line: l, character: lines[l].length } }
      : { start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } };
    // a blank line put in before the line takes the line end of the line above: `\r` then `\n` would read as one `\r\n`
    const ends = p.map((_, k) => (k < p.length - 1 && p[k] === '' && l > 0 ? eols[l - 1] : eols[l] ?? eols[l - 1] ?? '\n'));
    edits.push({ range: rangeOf, newText: p.map((x, k) => (last && k === p.length - 1 ? x : x + ends[k])).join('') });
  }
  return edits;
}

/** The longest `Name : Role` line the formatter aligns on its colon. */
const MAX_ALIGNED = 400;

/**
 * The formatting edits. Usually one pass is all: then each changed line is its own edit. When a
 * pass changes how the text reads (a number joined, so a line becomes an item), passes repeat
 * until nothing changes, and the edit is the span of lines that differ: formatting twice must
 * change nothing the second time.
 */
export function formatDocument(doc: MinutesDocument, text: string, today: Date, range?: Range): TextEdit[] {
  return finish(formatSteps(doc, text, today, range));
}

/** The formatting, pausing between its passes (see `Sliced`): a server answers other requests meanwhile. */
export function* formatSteps(doc: MinutesDocument, text: string, today: Date, range?: Range): Sliced<TextEdit[]> {
  const first = yield* formatOnce(doc, text, today, range);
  if (first.length === 0 || range) return first;
  yield;
  const once = applyTextEdits(text, first);
  let current = once;
  let settled = false;
  for (let pass = 0; pass < 4 && !settled; pass++) {
    yield;
    const reparsed = yield* parseSteps(current);
    const more = yield* formatOnce(reparsed, current, today);
    settled = more.length === 0;
    if (!settled) current = applyTextEdits(current, more);
  }
  if (current === once || !settled) return first;
  yield;
  // one edit over the lines that differ, from the start of the first to the end of the last
  const a = splitLines(text);
  const b = splitLines(current);
  let top = 0;
  while (top < a.length && top < b.length && a[top] === b[top]) top++;
  let bottom = 0;
  while (bottom < a.length - top && bottom < b.length - top && a[a.length - 1 - bottom] === b[b.length - 1 - bottom]) bottom++;
  const endLine = a.length - 1 - bottom;
  const lines = b.slice(top, b.length - bottom);
  const eol = current.match(/\r\n|\r|\n/)?.[0] ?? '\n';
  // no old line left in the span: the new lines are inserted before line `top`
  if (endLine < top) return [{ range: { start: { line: top, character: 0 }, end: { line: top, character: 0 } }, newText: lines.map((l) => l + eol).join('') }];
  return [{ range: { start: { line: top, character: 0 }, end: { line: endLine, character: a[endLine].length } }, newText: lines.join(eol) }];
}
