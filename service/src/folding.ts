/** Folding ranges: the agenda, people blocks, sections and items. */
import type { MinutesDocument } from './model';
import type { Range } from './types';

export interface Fold { readonly startLine: number; readonly endLine: number; readonly kind?: 'region' }

function trimmedEnd(doc: MinutesDocument, r: Range): number {
  // do not fold the blank lines that separate one item from the next
  let end = r.end.line;
  while (end > r.start.line && doc.lineLengths[end] === 0) end--;
  return end;
}

export function foldingRanges(doc: MinutesDocument): Fold[] {
  const out: Fold[] = [];
  const add = (r: Range): void => {
    const end = trimmedEnd(doc, r);
    if (end > r.start.line) out.push({ startLine: r.start.line, endLine: end, kind: 'region' });
  };
  for (const a of doc.agendas) add(a.range);
  const m = doc.meeting;
  if (m) {
    for (const b of m.people) add(b.range);
    for (const s of m.sections) add(s.range);
    for (const i of m.items) add(i.range);
  }
  return out.sort((a, b) => a.startLine - b.startLine);
}
