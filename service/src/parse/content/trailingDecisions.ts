/**
 * A decision marked by its verb in capitals at the end of its paragraph, as university boards and
 * college academic boards print them (family 7):
 *
 *     a) The Vice Principal presented the mid-year review. Of 26 actions in the
 *        plan, 17 were on track … four of which related to resits. RECEIVED
 *
 * The paragraph, its label (`a)`, `(ii)`, `1851.1`) left out, up to the verb is the decision; the
 * verb its keyword. Also the verb alone on the line under its paragraph. Not a verb that opens a
 * sentence the page wrapped (`… it was RESOLVED` / `that …`, `RESOLVED` over `(1) That …`): the
 * resolution readers' (`published-decision`, `decision`).
 */
import { matchTrailingMark } from '../../forms';
import type { InlineRecogniser, Line } from './inline';
import { paragraphRange, readBackward, segIndex, type Paragraph } from './paragraphs';
import { W_DECIDE } from './keywords';

/** A paragraph's own label before its words: `a)`, `(a)`, `(ii)`, `3.`, `1851.1`, `C.25.14.1`, `434*`. */
const LABEL = /^[ \t]*(?:\((?:[a-z]{1,4}|\d{1,3})\)|[a-z]{1,4}\)|\d{1,3}[.)]|(?:[A-Z]{1,5}[./]?)?\d{1,5}(?:[./]\d{1,3})+\*?)[ \t]+/;
/** The line just under the verb goes on in lower case (not a paragraph's label, `b)`): the verb opens that sentence. */
const GOES_ON = /^(?![a-z]{1,4}\)[ \t])[a-z]/;
/** A resolution's first part under the verb (`(1)`, `(a)`, `(i)`): the verb opens the resolution. */
const FIRST_PART = /^\((?:1|a|A|i)\)/;

export function trailingDecision(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  const t = matchTrailingMark(body);
  if (!t) return false;
  const i = segIndex(state, seg);
  if (i < 0) return false;
  const below = i + 1 < state.segs.length ? state.segs[i + 1] : undefined;
  if (below && below.line === seg.line + 1 && GOES_ON.test(below.text)) return false;
  const n = state.nextNonBlank(i);
  if (n >= 0 && FIRST_PART.test(state.segs[n].text)) return false;
  const head = item.headRange.start.line;
  let p: Paragraph | undefined;
  let end: number;
  if (t.alone) {
    // the verb alone: the paragraph is the one just above it (no blank line between), its sentence ended
    const prev = i > 0 ? state.segs[i - 1] : undefined;
    if (!prev || prev.line !== seg.line - 1 || !/[.;!?)]$/.test(prev.text.trimEnd())) return false;
    p = readBackward(state, i, false, head);
    end = p ? p.text.length : 0;
  } else {
    p = readBackward(state, i, true, head, from + t.keyword.start);
    end = p ? p.text.length : 0;
  }
  if (!p) return false;
  // a decision already read in this paragraph (`The Board APPROVED the review. … APPROVED`) is the same one
  const firstLine = p.pieces[0].seg.line;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= firstLine) return false;
  const label = LABEL.exec(p.text)?.[0].length ?? 0;
  const words = p.text.slice(label, end).replace(/[ \t.;,:]+$/, '');
  if (words.length === 0) return false;
  const range = paragraphRange(state, p, label, end);
  item.decisions.push({ text: words, range: { start: range.start, end: state.pos(seg, from + t.keyword.end) }, keyword: state.located(seg, from + t.keyword.start, from + t.keyword.end) });
  return true;
}

// gate: the verbs are W_DECIDE's words (`resol`, `noted`, `received`, `approved`, `agreed`, `endorsed`, `ratified`, `adopted`, `decided`)
export const TRAILING_DECISION: InlineRecogniser = { name: 'trailing-decision', needs: W_DECIDE, run: trailingDecision };
