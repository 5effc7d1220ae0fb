/**
 * Titled sub-items under an item numbered `NNN/YY` (the markup's own scheme and the published
 * minutes of the board it was modelled on). Our markup writes one a line under its item, the
 * letter in brackets (docs/markup.md, "Sub-items"): `(c) SPCB workplan for noting`. The published
 * minutes print the agenda's lettered parts in the item's cell, bold, one after the other:
 * `<b>c. SPCB workplan for noting</b>  <b>d. SPCB Actions and Further Lines of Inquiry</b>`.
 * Both become the item's `subItems`; as with `sub-item` (a board's own numbering), the line stays
 * the item's content, so this recogniser marks and never takes a line.
 *
 * Not sub-items: a part of a resolution or a numbered paragraph (`(a) the initial briefing be
 * noted;`, `(b) The bank reconciliation … was checked`), a letter before a sentence (`c. The
 * Force will …`), a label alone before a list (`(a) Payments for approval:`), unless the labels run
 * as the item's parts (`(a) Applications received:` … `(b) Decisions notified:`): each is one then,
 * titled without its colon, as under a board's own numbering (subItems.ts `subTitle`).
 */
import type { Item } from '../../model';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { readsYearNumbers } from '../layout';
import { applicationTitle, lettersRunOn, subTitle } from './subItems';
import { startsItem } from './numberedItems';
import { B_SMALL_START } from '../content/keywords';
import { withoutEndBlanks } from '../../unitClass';

/** `(c) Title`: the markup's form, the letter in brackets, one sub-item a line (the title is the rest less its blanks: `bracketedTitle`). */
const BRACKETED = /^\(([a-z])\)[ \t]+(?=\S)/;

/**
 * `BRACKETED`'s letter and title, the title the rest of the line less the blanks ending it (no line's break inside it): as
 * `/^\(([a-z])\)[ \t]+(\S.*?)\s*$/` reads them, without trying the lazy title's end at each blank of a long run of them.
 */
function bracketedTitle(text: string): { readonly letter: string; readonly title: string } | undefined {
  const m = BRACKETED.exec(text);
  if (!m) return undefined;
  const title = text.slice(m[0].length).trimEnd();
  return /[\n\r\u2028\u2029]/.test(title) ? undefined : { letter: m[1], title };
}

/** `a) Title`: a parish's web page letters an item's parts with a bracket only, the title alone or before a colon and the minute. */
// (the title to its last character that is not blank, greedily: a lazy one tried the blanks after it from each of them)
const BARE = /^([a-z])\)[ \t]+(\S(?:.*\S)?)\s*$/;
/** One lettered part of a published cell: `c. Title`, up to the next part (two blanks, a letter, a full stop) or the end. */
const PUBLISHED_PART = /([a-z])\.[ \t]+(\S.*?)(?=\s{2,}[a-z]\.\s|\s*$)/y;

/** The longest line of lettered headings in a published cell read (`a. Title  b. Title …`). */
const MAX_PUBLISHED_CELL = 1000;

interface Part { readonly letter: string; readonly written: string; readonly at: number; readonly from: number; readonly title: string }

export function letteredSubItem(state: ParseState, i: number): number {
  // (the `NNN/YY` scheme's: the board's own numberings have `sub-item`)
  if (!readsYearNumbers(state.layout)) return DECLINE;
  const item = state.item;
  if (!item?.number || state.pendingTitle) return DECLINE;
  const seg = state.segs[i];
  const c = seg.text.charCodeAt(0);
  // asked of every line of an item: a `(` or a lower-case letter first, the cheap test before any pattern
  if (c !== 40 && (c < 97 || c > 122)) return DECLINE;
  const parts = c === 40 ? bracketed(state, seg, i) : seg.text.charCodeAt(1) === 41 ? bare(state, item, seg, i) : published(seg);
  if (!parts) return DECLINE;
  for (const p of parts) {
    const at = state.r(seg, p.at, p.at + (c === 40 ? 3 : 2));
    const child: Item = {
      number: { seq: p.letter.charCodeAt(0) - 96, range: at, written: p.written }, headRange: at, title: p.title,
      titleRange: state.r(seg, p.from, p.from + p.title.length),
      range: { start: at.start, end: state.lineEnd(seg.line) }, content: 0,
      presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [], section: item.section,
    };
    (item.subItems ??= []).push(child);
  }
  return DECLINE;
}

/** `(c) Title` alone on its line, a short title (no sentence, no colon that opens a list), not carried on by the next line. */
function bracketed(state: ParseState, seg: Segment, i: number): Part[] | undefined {
  if (!seg.first) return undefined;
  const m = bracketedTitle(seg.text);
  // (a label over the part's list or paragraph keeps its colon out of the title, `(a) Applications received:`,
  // where the labels run as the item's parts: `(b) Decisions notified:` below it, or `(a)` a part above)
  // (the title ends on no blank: its colon is its last character, the blanks before it read back from there)
  const label = !!m && m.title.charCodeAt(m.title.length - 1) === 58;
  const title = m ? (label ? withoutEndBlanks(m.title.slice(0, -1)) : m.title) : undefined;
  if (!m || !title || /[.;,:]$/.test(title)) return undefined;
  // `(a) C24/1187/12/LL – Tŷ Gwyn, Station Road – side extension`: a planning application, reference, site and proposal
  const app = label ? undefined : applicationTitle(title);
  if (app !== undefined) return [{ letter: m.letter, written: `(${m.letter})`, at: 0, from: seg.text.indexOf(app, 3), title: app }];
  if (label && !(state.item && (state.item.subItems ? lettersRunOn(state.item, `(${m.letter})`) : m.letter === 'a' && nextLabelBelow(state, i)))) return undefined;
  const nx = state.nextNonBlank(i);
  const below = nx >= 0 && state.segs[nx].line === seg.line + 1 ? state.segs[nx].text.trim() : '';
  // the next sub-item does not carry this one's title on
  const next = bracketedTitle(below) !== undefined ? '' : below;
  if (subTitle(title, next, true) !== title) return undefined;
  return [{ letter: m.letter, written: `(${m.letter})`, at: 0, from: seg.text.indexOf(title, 3), title }];
}

/** How far below a part's label the next part's is looked for. */
const LABEL_REACH = 24;

/** Whether the item's next part opens a line below segment i, before the next item: `(b) Decisions notified:` under `(a) Applications received:`. */
function nextLabelBelow(state: ParseState, i: number): boolean {
  for (let k = i + 1; k < state.segs.length && k <= i + LABEL_REACH; k++) {
    const s = state.segs[k];
    if (!s.first) continue;
    if (startsItem(state, s)) return false;
    if (/^\(b\)[ \t]+\p{Lu}/u.test(s.text)) return true;
  }
  return false;
}

/**
 * `a) Title` opening its line, the letters running on from `a)` under the item: the title is the
 * line (`c) Decision notices received`), or its words before a colon when the minute follows
 * (`b) Dispensations: none requested.`), or a planning application's reference, site and proposal
 * (`a) PA25/09114 – Land adj. Rosevear Farm – Erection of a storage building.`, its stop left out).
 * Not a sub-item: a resolution's or a paragraph's part (`a) to approve …`, `a) The gully …`).
 */
function bare(state: ParseState, item: Item, seg: Segment, i: number): Part[] | undefined {
  if (!seg.first) return undefined;
  const m = BARE.exec(seg.text);
  if (!m) return undefined;
  if (!lettersRunOn(item, `${m[1]})`)) return undefined;
  const from = seg.text.indexOf(m[2], 2);
  const app = applicationTitle(m[2]);
  if (app !== undefined) return [{ letter: m[1], written: `${m[1]})`, at: 0, from, title: app }];
  const nx = state.nextNonBlank(i);
  const below = nx >= 0 && state.segs[nx].line === seg.line + 1 ? state.segs[nx].text.trim() : '';
  const title = subTitle(m[2], BARE.test(below) ? '' : below, true);
  return title === undefined || /[.;,:]$/.test(title) ? undefined : [{ letter: m[1], written: `${m[1]})`, at: 0, from, title }];
}

/** The bold lettered parts of a published cell, every one a title, the letters running on (`c.`, `d.`). */
function published(seg: Segment): Part[] | undefined {
  // (a cell of lettered headings is short: PUBLISHED_PART's lookahead would read a long run of blanks from each of them)
  if (seg.bold.length === 0 || seg.text.charCodeAt(1) !== 46 || seg.text.length > MAX_PUBLISHED_CELL) return undefined;
  const parts: Part[] = [];
  let pos = 0;
  while (pos < seg.text.length) {
    PUBLISHED_PART.lastIndex = pos;
    const m = PUBLISHED_PART.exec(seg.text);
    if (!m) return undefined;
    const from = m.index + m[0].length - m[2].length;
    // each part is bold, as the board prints its headings, and a title, not a sentence
    if (!seg.bold.some(([a, b]) => a <= m.index && b >= from + m[2].length)) return undefined;
    if (subTitle(m[2], '', true) !== m[2] || /[.;,:]$/.test(m[2])) return undefined;
    if (parts.length > 0 && m[1].charCodeAt(0) !== parts[parts.length - 1].letter.charCodeAt(0) + 1) return undefined;
    parts.push({ letter: m[1], written: m[1], at: m.index, from, title: m[2] });
    pos = m.index + m[0].length;
    while (pos < seg.text.length && /\s/.test(seg.text[pos])) pos++;
  }
  return parts.length > 0 ? parts : undefined;
}

// gate: a `(` or a small letter first
export const LETTERED_SUB_ITEM: Recogniser = { name: 'lettered-sub-item', phases: ['body'], applies: readsYearNumbers, where: 'in-item', needs: B_SMALL_START, run: letteredSubItem };
