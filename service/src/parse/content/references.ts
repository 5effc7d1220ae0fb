/**
 * References to earlier minutes and actions (`see 081/22`, `081/22-A1`); in a file read in a
 * board's own running numbering, its references too (`Minute 46`, `TB/22/097.3`, `PC24/068(a)(ii)`).
 */
import { findReferences } from '../../constructs';
import { findSchemeReferences, fitsNumbering, schemeEntry } from '../../numberSchemes';
import type { InlineRecogniser, Line } from './inline';
import { H_DIGIT, H_HEADING } from './keywords';

export function references(line: Line): boolean {
  const { state, seg, from } = line;
  // every reference holds a digit, and a line that may be a heading holds none (its signature, read
  // once a line, says so): half a council's lines are spared both searches
  if ((line.words & H_HEADING) !== 0) return false;
  for (const ref of findReferences(line.body)) {
    line.item.references.push({ target: { seq: ref.seq, year: ref.year }, action: ref.action, range: state.r(seg, from + ref.start, from + ref.end) });
  }
  const own = state.layout.numbering;
  // numbers that start afresh each meeting (`Minute 5`) cannot say which meeting they mean: not references
  if (own && own.scheme !== 'none' && schemeEntry(own.scheme).order === 'running') {
    for (const ref of findSchemeReferences(line.body, own)) {
      // `C/24/51` in a file numbered `2251` is a paper, not a minute
      if (!fitsNumbering(ref.number, own)) continue;
      line.item.references.push({ target: ref.number, range: state.r(seg, from + ref.start, from + ref.end) });
    }
  }
  return false;
}

// every reference either search finds holds a digit (`081/22`, `Minute 46`, `PC24/068`): a line without one is not asked
export const REFERENCES: InlineRecogniser = { name: 'references', needs: H_DIGIT, run: references };
