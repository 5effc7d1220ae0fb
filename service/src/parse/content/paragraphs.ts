/**
 * The paragraph a line belongs to, inside the open item: the lines a printed page wrapped, read as
 * one text (words hyphenated at a line end joined, `forms/hyphenation.ts`), with a map back to each
 * segment so that what is found in the text keeps its place in the document. An action written over
 * two lines (`ACTION: Head of Bus Reform to send … con-` / `firming both installation dates.`), or
 * an owner given beside the paragraph it takes as its task, reads the paragraph this way.
 *
 * Never past the item: the lines read lie between the item's head and the next item's head, so that
 * the one-item re-parse reads what the full parse reads. (The page's margin is measured on the lines
 * around a line, in the next item too: `parse/margin.ts`, which the re-parse asks whether an edit
 * changed it for a line outside the item.)
 */
import type { Segment } from '../../text';
import type { Position, Range } from '../../types';
import { lineJoint } from '../../forms/hyphenation';
import type { ParseState } from '../state';
import { dayWrapped, indexOf } from './publishedDecisions';
import { MARGIN_SLACK, wrapLength, wrappingWord } from '../margin';
import { MONTH_RE } from '../../dates';
import { isCommentSegment } from '../recognisers/debris';

export interface Piece {
  readonly seg: Segment;
  /** Offset in `seg.text` where the piece starts. */
  readonly from: number;
  /** Offset in the joined text where the piece starts. */
  readonly at: number;
}

export interface Paragraph {
  readonly text: string;
  readonly pieces: readonly Piece[];
  /** Index (in `state.segs`) of the paragraph's last segment. */
  readonly last: number;
}

/** A paragraph's keyword opening a line: it starts a paragraph, and the paragraph may end (the writer's stop) before the next. */
const OWN_KEYWORD = /^(?:ACTION|RESOLVED|AGREED|DECISION|NOTED)\b/;
/**
 * A line that starts something of its own (a number, a part label, a keyword): never a wrapped line's
 * rest. A paragraph of a year-first minute (`26/047.2`) with its paragraph's number: a year's
 * number alone (`2025/26`) may open a wrapped line.
 */
const STARTS_OWN = new RegExp(String.raw`^(?:\(?[0-9]{1,4}(?:\.[0-9]{1,3})*[.):]?(?:\s|$)|[0-9]{2,4}\/[0-9]{2,4}(?:\.[0-9]{1,3})+\s|\(?[a-z]{1,4}\)|[A-Z]{1,6}\/?[0-9]|[•\-*]\s)|${OWN_KEYWORD.source}`);

/** A date's month ending a line (`… by 31st March`), and a year opening the next (`2026.`): the date wrapped, no paragraph's number. */
const ENDS_IN_MONTH = new RegExp(String.raw`\b${MONTH_RE}$`, 'i');
const OPENS_WITH_YEAR = /^(?:19|20)\d\d\b/;

function yearCarried(above: string, line: string): boolean {
  return OPENS_WITH_YEAR.test(line) && ENDS_IN_MONTH.test(above) || OPENS_WITH_DAY.test(line) && ENDS_BEFORE_DATE.test(above);
}

/** A date opening a line with its day (`29 May 2024.`), under a line left open on the word before a date (`… priorities by`): the date wrapped, no paragraph's number. */
const OPENS_WITH_DAY = new RegExp(String.raw`^\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_RE}\b`, 'i');
const ENDS_BEFORE_DATE = /\b(?:by|on|before|until|from)$/i;

/** Whether the line `next` goes on with the sentence of the line above: wrapped (`continues`), or a date's year carried over. */
function runsOn(above: string, next: string): boolean {
  // (and a day whose month the page carried below it: `… of the precept by 17th` ⏎ `January 2025.`)
  return continues(above, next) || yearCarried(above, next) || dayWrapped(above, next);
}

/** Whether a segment is the page's furniture (the layout's debris) or a comment. */
export function isDebris(state: ParseState, seg: Segment): boolean {
  return state.layout.debrisLines.size > 0 && state.layout.debrisLines.has(seg.line) || isCommentSegment(seg);
}

function isHead(state: ParseState, seg: Segment): boolean {
  return state.layout.heads?.has(seg.line) === true;
}

/** Whether `next` continues the line `prev` ends: wrapped by the page, not a new paragraph or construct. */
function continues(prev: string, next: string): boolean {
  if (next.length === 0) return false;
  if (/\p{L}-$/u.test(prev)) return /^\p{L}/u.test(next);
  if (/^\p{Ll}/u.test(next)) return !STARTS_OWN.test(next);
  // after "and", "of", "the" … the sentence runs on, whatever starts the next line ("… 089 and" / "093.")
  // (and after a relative pronoun: "… Councillor R Dane, for whom" / "Councillor Quennell attended as substitute")
  if (/\b(?:a|an|the|of|to|for|and|or|with|by|from|in|on|at|whom|whose)$/.test(prev)) return true;
  // a capital after a word that cannot end a sentence ("… the" / "Borough Council"), never after a name or a title
  return /(?:,|\b(?:a|an|the|of|to|for|and|or|with|by|from|in|on|at|that|Cllr|Councillor|Mr|Mrs|Ms|Dr))$/.test(prev) && !STARTS_OWN.test(next);
}

/**
 * Whether the printed page broke the sentence of line `prevLine` before `next` because the next word
 * did not fit (`… the ICB's Director of Primary` / `Care to attend, by 15 October 2024.`): the line ends
 * no sentence, and its length with the next line's first word passes the right margin, which at least
 * two other lines nearby reach (`parse/margin.ts`, measured once per parse).
 * Asked only where `continues` finds no word that carries the sentence on (a capital after a noun).
 */
function wrappedAtMargin(state: ParseState, prevLine: number, next: Segment): boolean {
  const raw = wrapLength(state.lines[prevLine]);
  const t = next.text;
  if (raw < 0 || !/^\p{Lu}/u.test(t) || STARTS_OWN.test(t)) return false;
  const word = /^\S+/.exec(t)![0].length;
  return word >= wrappingWord(state.margins.at(prevLine), raw);
}

/**
 * Whether the writer, not the page, ended the paragraph between two adjacent lines with no blank line
 * between (a PDF's text; asked only where the paragraphs carry no number: a numbered one runs to the
 * next number, `11.1 LP asked … escalated.` / `RS said …`): the line above is a list's entry and the
 * line below none (`-  the month 6 position.` / `JB asked …`: the entry ends its sentence, the line opens with a capital), or it ends a sentence well short of
 * the right margin that at least two lines nearby reach, so that the next line's first word would
 * have fitted (`… outcomes from Q4.` / `FA asked for …`). Never for a page that shows no margin.
 */
export function endedAbove(state: ParseState, above: Segment, below: Segment): boolean {
  if (!/^\p{Lu}/u.test(below.text)) return false;
  // (a list's entry wrapped onto a line of its own ends in no stop: `- the start of the consultation on the` / `Kingsmere …`)
  if (above.bullet && !below.bullet) return /[.;!?]$/.test(above.text);
  const raw = (state.lines[above.line] ?? '').trimEnd();
  if (!/[.!?]$/.test(raw) || raw.includes('\t')) return false;
  const word = /^\S+/.exec(below.text)![0].length;
  // the margin measured once per parse (and the line recorded as asked, for an edit's re-parse)
  const { margin, reach } = state.margins.at(above.line);
  // well short: the next word and the slack of a proportional font would still have fitted
  return raw.length + 1 + word <= margin - MARGIN_SLACK && reach >= 2;
}

/**
 * Segment index `i` and the lines after it that continue it (at most `max` more), from offset `from`.
 * Debris lines (a page footer falling inside the sentence) are stepped over.
 */
export function readForward(state: ParseState, i: number, from: number, max = 6): Paragraph {
  let last = i;
  let prev = state.segs[i].text;
  let prevLine = state.segs[i].line;
  let n = 0;
  for (let k = i + 1; k < state.segs.length && n < max; k++) {
    const s = state.segs[k];
    if (isDebris(state, s)) { prevLine = s.line; continue; }
    if (s.line !== prevLine + 1 || isHead(state, s) || !(runsOn(prev, s.text) || wrappedAtMargin(state, state.segs[last].line, s))) break;
    last = k; prev = s.text; prevLine = s.line; n++;
  }
  return join(state, i, last, from);
}

/** Segments `first`..`last` as one text (debris and blank segments left out), from offset `from` of the first, to `cut` of the last. */
export function join(state: ParseState, first: number, last: number, from = 0, cut?: number): Paragraph {
  let text = '';
  const pieces: Piece[] = [];
  for (let k = first; k <= last; k++) {
    const s = state.segs[k];
    if (k > first && (s.text.length === 0 || isDebris(state, s))) continue;
    const f = k === first ? from : 0;
    const words = s.text.slice(f, k === last && cut !== undefined ? cut : s.text.length).trimEnd();
    if (pieces.length > 0) {
      const j = lineJoint(text, words);
      // `con-` + `firming` reads `confirming`; a compound (`self-`/`closing`) keeps its hyphen
      if (j === 'join') text = text.slice(0, -1);
      else if (j === 'space') text += ' ';
    }
    pieces.push({ seg: s, from: f, at: text.length });
    text += words;
  }
  return { text, pieces, last };
}

/**
 * The paragraph that ends at segment `i` (inclusive when `inclusive`, else the one above it), read
 * from its first line: back over adjacent lines to a blank line, the item's head, debris or a line
 * that starts a paragraph of its own (`118.3 The Board NOTED …`, `(a) Speed indicator device: …`).
 * `cut` ends the last line early (an owner column at its right).
 */
export function readBackward(state: ParseState, i: number, inclusive: boolean, headLine: number, cut?: number): Paragraph | undefined {
  let end = inclusive ? i : i - 1;
  // an owner alone under its paragraph: skip the blank lines and debris between them
  while (!inclusive && end >= 0 && (state.segs[end].text.length === 0 || isDebris(state, state.segs[end]))) end--;
  if (end < 0 || state.segs[end].line <= headLine || state.segs[end].text.length === 0) return undefined;
  let start = end;
  for (let n = 0; n < 12 && start - 1 >= 0; n++) {
    const p = state.segs[start - 1];
    const s = state.segs[start];
    if ((STARTS_OWN.test(s.text) && !yearCarried(p.text, s.text)) || p.line <= headLine || p.text.length === 0 || p.line !== s.line - 1 || isDebris(state, p) || isHead(state, p)) break;
    start--;
  }
  // a sub-item's title alone on its line (`b) Speed watch`) heads the paragraphs under it, no part of them
  // (not a numbered paragraph's sentence the line below goes on with: `5.3 MC to send … by 31st March` / `2026.`)
  if (start < end && titleLine(state, state.segs[start]) && !runsOn(state.segs[start].text, state.segs[start + 1].text)) start++;
  // a paragraph with no number of its own: it starts where the writer ended the one above (also under
  // a decision's paragraph, `RESOLVED to accept …` / `… end stop.` / `Cllr Fox to carry out …`)
  if (!STARTS_OWN.test(state.segs[start].text) || OWN_KEYWORD.test(state.segs[start].text)) {
    for (let k = end; k > start; k--) {
      if (state.segs[k - 1].line === state.segs[k].line - 1 && endedAbove(state, state.segs[k - 1], state.segs[k])) { start = k; break; }
    }
  }
  return join(state, start, end, 0, inclusive ? cut : undefined);
}

/** Whether `seg` is the line of a sub-item of the open item whose title is all the line holds after its marker. */
function titleLine(state: ParseState, seg: Segment): boolean {
  const subs = state.item?.subItems;
  if (!subs) return false;
  for (const x of subs) {
    if (x.range.start.line !== seg.line || !x.titleRange || x.titleRange.start.line !== seg.line) continue;
    const at = seg.text.indexOf(x.title);
    // (anchored at its start: `[:.\s]+$` was tried at each blank of a long run before a word, and went back over the run each time)
    return at >= 0 && /^[:.\s]*$/.test(seg.text.slice(at + x.title.length));
  }
  return false;
}

/** The document range of joined offsets [a, b) of a paragraph. */
export function paragraphRange(state: ParseState, p: Paragraph, a: number, b: number): Range {
  // (a paragraph of one line, as most action lines are: its one piece, no search; a helper, not a
  // closure made on every call: an action line asks for five ranges)
  if (p.pieces.length === 1) return { start: piecePos(state, p.pieces[0], a), end: piecePos(state, p.pieces[0], b) };
  return { start: paragraphPos(state, p, a, false), end: paragraphPos(state, p, b, true) };
}

/** The document position of joined offset `o` of a paragraph: at a line's join, the next line's start (`end`: the line's end). */
function paragraphPos(state: ParseState, p: Paragraph, o: number, end: boolean): Position {
  let k = p.pieces.length - 1;
  while (k > 0 && (end ? p.pieces[k].at >= o : p.pieces[k].at > o)) k--;
  return piecePos(state, p.pieces[k], o);
}

/** The document position of joined offset `o` in one of a paragraph's pieces. */
function piecePos(state: ParseState, piece: Piece, o: number): Position {
  return state.pos(piece.seg, Math.min(piece.seg.text.length, piece.from + Math.max(0, o - piece.at)));
}

/** The segment of a paragraph holding joined offset `o`, and the offset in it. */
export function pieceAt(p: Paragraph, o: number): { seg: Segment; offset: number } {
  let k = p.pieces.length - 1;
  while (k > 0 && p.pieces[k].at > o) k--;
  const piece = p.pieces[k];
  return { seg: piece.seg, offset: Math.min(piece.seg.text.length, piece.from + Math.max(0, o - piece.at)) };
}

/** The index of a segment in `state.segs`, or -1: publishedDecisions.ts `indexOf`, under the name this module's readers use. */
export function segIndex(state: ParseState, seg: Segment): number {
  return indexOf(state, seg);
}
