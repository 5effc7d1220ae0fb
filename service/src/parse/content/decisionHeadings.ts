/**
 * Decisions under a verb heading, as university councils and senates minute them:
 *
 *     Noted
 *     2246.1  that the Chair welcomed …;
 *     2246.2  that items marked with an asterisk …
 *
 * The heading (`Noted`, `Received`, `Resolved`, `Agreed`, `Approved` … alone on its line,
 * forms/decisions.ts `matchDecisionHeading`) is the keyword of ONE decision; the numbered paragraphs
 * under it (or `that …` / `to …` paragraphs) are its parts, and its text is the first paragraph's
 * words without the paragraph number. A heading is read so only when a paragraph follows it: a
 * `RESOLVED` alone over `(1) That …` stays the resolution it always read as.
 */
import { matchDecisionHeading, matchHeadingParagraph } from '../../forms';
import type { Located } from '../../model';
import type { ItemBuilder } from '../builders';
import type { Range } from '../../types';
import { parseNote } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { C_DECISION_HEADING, W_DECIDE } from './keywords';

/** Cheap first test: the heading words (every line of every item is asked). */
const MAY_HEAD = /^[ \t]*(?:#{1,6}[ \t]+)?(?:resol|noted|received|agreed|approved|ratified|endorsed|decision)/i;
/** A numbered paragraph of a minute: `2246.1`, `116.3`, `R2260.1`, `4.2.1`, `C.25.14.1` (a body's letters and year). */
const NUMBERED = /^[ \t]*(?:[A-Z]{1,5}\.|[A-Z])?\d{1,5}(?:\.\d{1,3})+\*?[ \t]+\S/;
/** A paragraph a heading governs without a number: `that …`, `to …` in lower case. */
const LEAD_WORD = /^[ \t]*(?:that|to)[ \t]+[a-z]/;
/** Parts of a paragraph (`(i)`, `(a)`) and words the page wrapped onto the next line. */
const SUB_PART = /^[ \t]*\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)[ \t]+/;

interface Open {
  readonly item: ItemBuilder;
  readonly keyword: Located<string>;
  decision?: { text: string; range: Range; keyword: Located<string>; parts: string[]; inSentence: true };
}

/** The heading open in each parse (per item: a new item ends it). */
const OPEN = parseNote<Open>('decision heading', C_DECISION_HEADING);

function isParagraph(text: string): boolean {
  return NUMBERED.test(text) || LEAD_WORD.test(text);
}

export function decisionHeading(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  const open = state.kept(OPEN);
  if (MAY_HEAD.test(body)) {
    const h = matchDecisionHeading(body);
    if (h) {
      const k = indexOf(state, seg);
      const n = k < 0 ? -1 : state.nextNonBlank(k);
      const next = n >= 0 ? state.segs[n] : undefined;
      if (!next || state.layout.heads?.has(next.line) || !isParagraph(next.text)) {
        if (open) state.keep(OPEN, undefined);
        return false;
      }
      state.keep(OPEN, { item, keyword: state.located(seg, from + h.start, from + h.end) });
      return true;
    }
  }
  if (!open) return false;
  if (open.item !== item) { state.keep(OPEN, undefined); return false; }
  const d = open.decision;
  if (isParagraph(body)) {
    const p = matchHeadingParagraph(body) ?? { text: { start: (/^[ \t]*(?:[A-Z]{1,5}\.|[A-Z])?\d{1,5}(?:\.\d{1,3})+\*?[ \t]+/.exec(body)?.[0].length ?? 0), end: body.trimEnd().length } };
    const words = body.slice(p.text.start, p.text.end).trim();
    if (!d) {
      const decision = { text: words, range: state.r(seg, from, seg.text.length), keyword: open.keyword, parts: [words], inSentence: true as const };
      open.decision = decision;
      item.decisions.push(decision);
    } else {
      d.parts.push(words);
      d.range = { start: d.range.start, end: state.whole(seg).end };
    }
    return false;
  }
  if (d && (SUB_PART.test(body) || /^[a-z]/.test(body))) {
    // a part of the paragraph above ("(i) the revised Academic Regulations …") or its wrapped words
    if (d.parts.length === 1 && /^[a-z]/.test(body) && !SUB_PART.test(body)) d.text = `${d.text} ${body.trim()}`;
    d.parts[d.parts.length - 1] = `${d.parts[d.parts.length - 1]} ${body.trim()}`;
    d.range = { start: d.range.start, end: state.whole(seg).end };
    return false;
  }
  state.keep(OPEN, undefined);
  return false;
}

// gate: MAY_HEAD's words (each one of W_DECIDE's), or a heading open
export const DECISION_HEADING: InlineRecogniser = { name: 'decision-heading', anyWords: W_DECIDE | C_DECISION_HEADING, run: decisionHeading };
