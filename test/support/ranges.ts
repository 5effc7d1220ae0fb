/** Checks that every range found anywhere in a value lies inside the text's lines. */
import type { Range } from '#service';

export function assertRangesInside(value: unknown, lines: readonly string[]): void {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v)) return;
    seen.add(v);
    const r = v as Partial<Range>;
    if (r.start && r.end && typeof r.start.line === 'number') {
      for (const p of [r.start, r.end]) {
        if (!(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length)) throw new Error(`range ${JSON.stringify(r)} outside the document`);
      }
      if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) throw new Error(`range ${JSON.stringify(r)} ends before it starts`);
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) visit(x);
  };
  visit(value);
}
