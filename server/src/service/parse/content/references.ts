/** References to earlier minutes and actions (`see 081/22`, `081/22-A1`). */
import { findReferences } from '../../constructs';
import type { InlineRecogniser, Line } from './inline';

export function references(line: Line): boolean {
  const { state, seg, from } = line;
  for (const ref of findReferences(line.body)) {
    line.item.references.push({ target: { seq: ref.seq, year: ref.year }, action: ref.action, range: state.r(seg, from + ref.start, from + ref.end) });
  }
  return false;
}

export const REFERENCES: InlineRecogniser = { name: 'references', run: references };
