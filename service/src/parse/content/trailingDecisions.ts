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
import { attendanceItem, readAttendanceProse } from '../recognisers/peopleForms';
import type { InlineRecogniser, Line } from './inline';
import { paragraphRange, readBackward, segIndex, type Paragraph } from './paragraphs';
import { W_DECIDE } from './keywords';
import { isRecordDecision } from './publishedDecisions';
import type { ParseState } from '../state';
import type { Segment } from '../../text';

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
  let parts: Paragraph[] | undefined;
  if (t.alone) {
    // the verb alone: the paragraph is the one just above it (no blank line between), its sentence ended
    const prev = i > 0 ? state.segs[i - 1] : undefined;
    if (!prev || prev.line !== seg.line - 1 || !/[.;!?)]$/.test(prev.text.trimEnd())) return false;
    p = readBackward(state, i, false, head);
    end = p ? p.text.length : 0;
    parts = p ? partsAbove(state, p, seg, head) : undefined;
    if (parts) p = parts[0];
  } else {
    p = readBackward(state, i, true, head, from + t.keyword.start);
    end = p ? p.text.length : 0;
  }
  if (!p) return false;
  // a decision already read in this paragraph (`The Board APPROVED the review. … APPROVED`) is the same one
  const firstLine = p.pieces[0].seg.line;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= firstLine) {
    // "The minutes were confirmed as a correct record and signed by the" / "Chair. RESOLVED": the
    // approval's words read on the line above are a part of the sentence this verb marks whole
    if (!isRecordDecision(last) || last.range.start.line < firstLine) return false;
    item.decisions.pop();
  }
  const words = wordsOf(p, parts ? p.text.length : end);
  if (words.length === 0) return false;
  const range = paragraphRange(state, p, LABEL.exec(p.text)?.[0].length ?? 0, end);
  const decision = { text: words, range: { start: range.start, end: state.pos(seg, from + t.keyword.end) }, keyword: state.located(seg, from + t.keyword.start, from + t.keyword.end) };
  item.decisions.push(parts ? { ...decision, parts: parts.map((q) => wordsOf(q, q.text.length)) } : decision);
  // the line the verb closes is the item's attendance too, in an item about it (`Apologies were received from … Dr A Price
  // attended in place of Professor Tennant. NOTED`): read as the attendance reader, which comes after this one, reads it
  if (!t.alone && attendanceItem(item.title)) readAttendanceProse(state, seg, from);
  return true;
}

/** Blanks and stops closing a paragraph's words: a blank, a tab, `.`, `;`, `,`, `:`. */
const TRAILING = new Set([0x20, 0x09, 0x2e, 0x3b, 0x2c, 0x3a]);

/** A paragraph's words up to `end`, its label and closing punctuation left out. */
function wordsOf(p: Paragraph, end: number): string {
  const label = LABEL.exec(p.text)?.[0].length ?? 0;
  // (the blanks and stops at its end taken off by hand: `/[ \t.;,:]+$/`, tried from each of a long run, took seconds)
  let e = end;
  while (e > label && TRAILING.has(p.text.charCodeAt(e - 1))) e--;
  return p.text.slice(label, e);
}

/** The leading blanks of a document line, as a column (a tab counted as one: only compared with the lines next to it). */
export function indentOf(state: ParseState, line: number): number {
  // (the units counted, no match made: a tracker's row asks it of its line and of each line below it)
  const t = state.lines[line] ?? '';
  let i = 0;
  while (i < t.length && (t.charCodeAt(i) === 0x20 || t.charCodeAt(i) === 0x09)) i++;
  return i;
}

/**
 * The verb alone at the column of the labels above it, left of their words, governs every part:
 *
 *     a) Minute 398 c): the review … had been
 *        completed …
 *     b) Minute 401: …
 *     c) Minute 404 b): … carried forward to the July meeting.
 *     NOTED
 *
 * The labelled paragraphs just above, adjacent and at that column, first to last (at least two);
 * undefined otherwise (a verb under the words of `b)` notes `b)` alone).
 */
function partsAbove(state: ParseState, p: Paragraph, verb: Segment, head: number): Paragraph[] | undefined {
  const col = indentOf(state, verb.line);
  const labelled = (q: Paragraph): boolean => {
    const l = LABEL.exec(q.text);
    return l !== null && indentOf(state, q.pieces[0].seg.line) === col && !/^[ \t]*\d/.test(l[0]);
  };
  if (!labelled(p)) return undefined;
  const parts = [p];
  for (let n = 0; n < 12; n++) {
    const first = parts[0].pieces[0].seg;
    const k = segIndex(state, first) - 1;
    if (k < 0 || state.segs[k].line !== first.line - 1 || state.segs[k].line <= head) break;
    const q = readBackward(state, k, true, head);
    if (!q || !labelled(q)) break;
    parts.unshift(q);
  }
  return parts.length > 1 ? parts : undefined;
}

// gate: the verbs are W_DECIDE's words (`resol`, `noted`, `received`, `approved`, `agreed`, `endorsed`, `ratified`, `adopted`, `decided`)
export const TRAILING_DECISION: InlineRecogniser = { name: 'trailing-decision', needs: W_DECIDE, run: trailingDecision };
