/** Edits within lines, as an editor sends them while the clerk types: for the incremental property tests. */
import { splitLinesForTests, type TextChange } from '#service';

export interface LineEdit { readonly line: number; readonly at: number; readonly length: number; readonly text: string }

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Applies edits within lines (each replaces part of one line), returning the new text and the changes as an editor reports them. */
export function applyWithinLines(text: string, edits: readonly LineEdit[]): { text: string; changes: TextChange[] } {
  const changes: TextChange[] = [];
  for (const e of edits) {
    const lines = splitLinesForTests(text);
    const line = e.line % lines.length;
    const l = lines[line];
    const start = e.at % (l.length + 1);
    const end = Math.min(l.length, start + e.length);
    const off = lineOffsets(text)[line];
    text = text.slice(0, off + start) + e.text + text.slice(off + end);
    changes.push({ range: { start: { line, character: start }, end: { line, character: end } }, text: e.text });
  }
  return { text, changes };
}
