/**
 * Formatting (document or range): minute numbers in their canonical form, the `Name : Role` lines
 * of each list aligned on the colon, one blank line before each item, no trailing spaces. It moves
 * whitespace and rewrites numbers; it never adds, drops or reorders a word.
 */
import type { MinutesDocument } from './model';
import type { Range, TextEdit } from './types';
import { formatNumber } from './numbers';
import { canonicalYear } from './numbering';
import { splitLines } from './text';

/** What each old line becomes: usually itself, sometimes nothing (a surplus blank line) or two lines. */
type Plan = Array<string[]>;

export function formatDocument(doc: MinutesDocument, text: string, today: Date, range?: Range): TextEdit[] {
  const lines = splitLines(text);
  const plan: Plan = lines.map((l) => [l]);
  const m = doc.meeting;
  const inRange = (line: number): boolean => !range || (line >= range.start.line && line <= range.end.line);

  if (m) {
    // canonical minute numbers, `115/2⏎3` joined back onto its line
    for (const item of m.items) {
      const n = item.number;
      if (!n?.malformed || !inRange(n.range.start.line)) continue;
      const year = canonicalYear(n, doc, today);
      if (year === undefined) continue;
      const { start, end } = n.range;
      // join `115/2⏎3` only when the digit stands alone on its line: otherwise the join would glue words
      if (end.line > start.line && lines[end.line].slice(end.character).trim() !== '') continue;
      plan[start.line] = [lines[start.line].slice(0, start.character) + formatNumber({ seq: n.seq, year }) + lines[end.line].slice(end.character)];
      for (let l = start.line + 1; l <= end.line; l++) plan[l] = [];
    }

    // `Name : Role` aligned on the colon within each list
    for (const block of m.people) {
      const rows: Array<{ line: number; name: string; role: string; indent: string }> = [];
      for (const p of block.people) {
        const l = p.range.start.line;
        if (p.form !== 'colon' || p.range.end.line !== l || !inRange(l) || plan[l].length !== 1 || plan[l][0] !== lines[l]) continue;
        const row = /^([ \t]*)(\S.*?)[ \t]*:[ \t]*(\S.*?)[ \t]*$/.exec(lines[l]);
        if (!row || row[3].includes(':')) continue; // more than one colon: which one divides name and role is unclear
        rows.push({ line: l, indent: row[1], name: row[2].replace(/\t/g, ' '), role: row[3] });
      }
      const width = Math.max(0, ...rows.map((r) => r.name.length));
      for (const r of rows) plan[r.line] = [`${r.indent}${r.name.padEnd(width)} : ${r.role}`];
    }

    // one blank line before each item (after the first line of the document)
    for (const item of m.items) {
      const h = item.headRange.start.line;
      if (h === 0 || !inRange(h)) continue;
      let first = h;
      while (first > 0 && lines[first - 1].trim() === '') first--;
      if (first === 0) continue;
      if (first === h) plan[h] = ['', ...plan[h]];
      for (let l = first + 1; l < h; l++) plan[l] = [];
    }
  }

  // no trailing spaces or tabs
  for (let l = 0; l < lines.length; l++) {
    if (!inRange(l)) continue;
    plan[l] = plan[l].map((x) => x.replace(/[ \t]+$/, ''));
  }

  // each line keeps its own line end: a file with mixed ends is not rewritten wholesale
  const eols = Array.from(text.matchAll(/\r\n|\r|\n/g), (x) => x[0]);
  const edits: TextEdit[] = [];
  for (let l = 0; l < lines.length; l++) {
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
