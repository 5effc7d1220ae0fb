/**
 * Numbered items in the file's scheme: `081/22 Title` (year; a number alone on its line waits for
 * its title on the next), `1. Title` (per meeting), and `Item 3 …` / `Item:` in either; in a
 * board's own numbering detected by the layout, the heads it found (`ownNumbers.ts`).
 */
import { markupIn, type Segment } from '../../text';
import { matchYearNumber, matchPerMeetingNumber, matchItemWord, type PerMeetingNumberMatch, type YearNumberMatch } from '../../numbers';
import { isTitleLike, matchAgendaItem } from '../../constructs';
import { isStreetAddress } from '../../forms/streetAddress';
import type { ItemNumber } from '../../model';
import type { Range } from '../../types';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { capitalsWrap, setTitle } from './itemTitle';
import { blankFrom } from '../../unitClass';
import { ownNumberedItem, startsOwnItem } from './ownNumbers';
import { mendedNumber } from '../../forms/brokenNumbers';
import { B_NUMBER_START, B_OWN_NUMBERING } from '../content/keywords';

/** Whether a segment begins an item in the file's scheme (asked by recognisers that end where an item begins). */
export function startsItem(state: ParseState, seg: Segment): boolean {
  if (state.layout.heads) return startsOwnItem(state, seg);
  if (state.layout.headings) return seg.first && state.layout.headings.get(seg.line) === 'item'; // scheme `none`: headings are the items
  return opening(state, seg) !== undefined;
}

/**
 * Whether a segment starts as an item's head does, bulleted or not: an item's head, or a numbered
 * entry of a list (`- 410 Depot Street` under a page footer's `City of North Halverson`). A plain
 * heading directly over either is no item of its own (headingItems.ts).
 */
export function startsNumbered(state: ParseState, seg: Segment): boolean {
  if (state.layout.heads || state.layout.headings || !seg.bullet) return startsItem(state, seg);
  return opening(state, seg, true) !== undefined;
}

/** What opens an item on a line in today's numbering: its `NNN/YY` number, its `1. Title` number, or the word `Item`. */
type Opening =
  | { readonly kind: 'year'; readonly m: YearNumberMatch }
  | { readonly kind: 'per-meeting'; readonly m: PerMeetingNumberMatch }
  | { readonly kind: 'word' };

const WORD: Opening = { kind: 'word' };

/**
 * The one decision whether a segment opens an item in today's numbering (year or per meeting),
 * shared by `startsItem` (where the recognisers above end) and `numberedItem` (which opens it):
 * were they to differ, a line could end the item above without opening one, and renumbering
 * would write a number an item's re-reading then refuses. A bulleted line is a list's entry, never
 * an item: a clerk's report on earlier minutes (`• 093/24 b) New noticeboard – completed`), a page
 * footer's `- 410 Depot Street`.
 */
function opening(state: ParseState, seg: Segment, bulleted = false): Opening | undefined {
  if (seg.bullet && !bulleted) return undefined;
  const t = seg.text;
  if (state.scheme === 'year') {
    const ym = matchYearNumber(t);
    // (an entry of a list of contents the minutes below repeat is no item either; nor a short
    // number carrying on a sentence in lower case: `… an interest in minute` ⏎ `36/26 as a trustee …`)
    if (ym && !state.layout.contentsLines?.has(seg.line) && !(ym.short && wrappedReference(t, ym.end)) && !carriesOn(state, seg, ym.seq, ym.year)) return { kind: 'year', m: ym };
  } else {
    const pm = perMeetingItem(t);
    // (an entry of a list of contents the numbered headings below repeat is no item: parse/layout.ts `contentsLines`)
    if (pm && !listEntry(state, t, pm) && !state.layout.contentsLines?.has(seg.line) && !carriesOn(state, seg, pm.seq, undefined, writtenBare(t, pm)) && sectionNumberInPlace(state, t, pm) && (bulleted || !venueAddress(state, t, pm))) return { kind: 'per-meeting', m: pm };
  }
  return matchItemWord(t) ? WORD : undefined;
}

/** The last word of a line that leaves its sentence open before a number (`… an interest in Minute` ⏎ `57/23 (Garden …`, `… executive session under` ⏎ `5 ILCS 120/2(c)(1)`). */
// (singular words only: `… for ten minutes` ⏎ `5. Planning` after a withdrawn item 4 ends its sentence)
const OPEN_BEFORE_NUMBER = /(?:^|[ \t])(?:minute|min\.?|item|no\.?|nos\.?|under|of|to|in|at|on|and|or|the|for|from|with|by|per|see|section|paragraph|chapter|page)[ \t]*$/i;
/** A month ending the line above a number written bare, its day: `… placed on the March` ⏎ `23 work session agenda.` (never `3. Finance`). */
const MONTH_BEFORE_NUMBER = /(?:^|[ \t])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)[ \t]*$/i;

/**
 * A number opening a line that carries on the sentence the line above left open, out of the items' order: a reference
 * or a figure the page wrapped, never an item (the next item's number goes on from the open one's).
 */
function carriesOn(state: ParseState, seg: Segment, seq: number, year?: number, bare = false): boolean {
  const item = state.item;
  const open = item?.number;
  if (!item || !open || seg.line === 0) return false;
  if (seq === open.seq + 1 && (year === undefined || open.year === undefined || year === open.year)) return false;
  const above = state.lines[seg.line - 1];
  if (above === undefined || above.length === 0) return false;
  const end = above.length > 60 ? above.slice(-60) : above;
  return OPEN_BEFORE_NUMBER.test(end) || (bare && MONTH_BEFORE_NUMBER.test(end));
}

/** Whether a per-meeting number is written bare, its digits alone (`23 work session`, `305 North Cedar Street`): no `.` or `)` after them. */
function writtenBare(t: string, pm: PerMeetingNumberMatch): boolean {
  const c = pm.end > 0 ? t.charCodeAt(pm.end - 1) : 0;
  return c >= 0x30 && c <= 0x39 && !t.startsWith('.00', pm.end - 3);
}

/**
 * A section number written `N.00` (`1.00 CALL TO ORDER`, a US school board's) opens an item only in its place: the first
 * item `1.00`, or the next after an item written so. An amount or a time at a line's start (`45.00 Clerk's expenses`,
 * `9.00 Set up in the hall`) is no item.
 */
function sectionNumberInPlace(state: ParseState, t: string, pm: PerMeetingNumberMatch): boolean {
  if (!(pm.end >= 4 && t.startsWith('.00', pm.end - 3))) return true;
  const open = state.item?.number;
  return open ? pm.seq === open.seq + 1 && open.written.trim().endsWith('.00') : pm.seq === 1;
}

/**
 * A house number and its street, out of the items' order (`305 North Cedar Street, Elm Ridge, Ohio` under a US
 * council's `City Hall Council Chambers`): the venue, never an item. Only a number written bare, with no `.` or `)`,
 * that is not the next item's: `7. High Street parking` and a sixth item `6 Station Road` stay items. (Asked of a bulleted
 * line, `startsNumbered`, an address still counts as numbered: the plain heading over a footer's `- 410 Depot Street` is no item.)
 */
function venueAddress(state: ParseState, t: string, pm: PerMeetingNumberMatch): boolean {
  const bare = writtenBare(t, pm);
  const next = (state.item?.number?.seq ?? 0) + 1;
  return bare && pm.seq !== next && isStreetAddress(t.slice(pm.titleStart));
}

/** Whether the words after a number go on in lower case, as a sentence the page wrapped before a reference does (an item's title starts with a capital). */
function wrappedReference(t: string, end: number): boolean {
  let k = end;
  while (k < t.length && (t.charCodeAt(k) === 32 || t.charCodeAt(k) === 9)) k++;
  const c = k < t.length ? t.charCodeAt(k) : 0;
  return k > end && c >= 0x61 && c <= 0x7a;
}

/**
 * A numbered line in lower case whose number does not go past the open item's: an entry of a list
 * inside the item (a resolution's parts, `That Council:` over `1.   accept the tender …;` and
 * `2.   authorise …`), never an item. An item's title starts with a capital, and a new item's
 * number goes on from the one open.
 */
function listEntry(state: ParseState, t: string, pm: { seq: number; titleStart: number }): boolean {
  const open = state.item?.number;
  if (!open || pm.seq > open.seq) return false;
  const c = t.charCodeAt(pm.titleStart);
  return c >= 0x61 && c <= 0x7a;
}

/**
 * The first line after segment i, before line `to`, that is a head of the board's own numbering (or `to`): a table read
 * from segment i ends there, so that the next item's head (`5.<TAB>Headteacher's report<TAB>PL`
 * under a review's `Ref<TAB>Action<TAB>Who<TAB>Status` nested in item 4) is never its row.
 */
export function nextItemLine(state: ParseState, i: number, to: number): number {
  // only the heads a board's own numbering detected: in today's `NNN/YY` reading an action log's
  // reference (`21/09-1`) starts like a minute number, and the table's rows are never heads there
  if (!state.layout.heads) return to;
  for (let k = i + 1; k < state.segs.length && state.segs[k].line < to; k++) if (startsItem(state, state.segs[k])) return state.segs[k].line;
  return to;
}

function perMeetingItem(t: string): PerMeetingNumberMatch | undefined {
  const pm = matchPerMeetingNumber(t);
  if (!pm || matchAgendaItem(t)) return undefined;
  const rest = t.slice(pm.titleStart);
  // `item 5).` wrapped from `done (see` above: a reference closing its sentence, no title at all
  if (!/[\p{L}\p{N}]/u.test(rest)) return undefined;
  // "2. Item: next meeting." is an item for its word "Item", whatever its title looks like
  // (renumbering an unnumbered "Item:" line writes exactly this)
  if (!/^item/i.test(t) && !matchItemWord(rest) && !isTitleLike(rest)) return undefined;
  return pm;
}

/**
 * Markup inside a number's span (`**` in `3**81/22`), if its text differs from the clean one.
 * A span may run over lines (`12</b>1/2⏎3`, its year's last digit on the next line): the
 * markup of every line of it counts, or an edit of the number would drop it.
 */
function debrisIn(lines: readonly string[], range: Range, written: string): string | undefined {
  const { start, end } = range;
  const raw = start.line === end.line
    ? lines[start.line].slice(start.character, end.character)
    : [lines[start.line].slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line].slice(0, end.character)].join('\n');
  if (raw === written) return undefined;
  return markupIn(raw);
}

/** Starts an item if segment i begins one; returns the segments consumed, or DECLINE. */
export function numberedItem(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  if (state.pendingTitle && /^item\b/i.test(t)) return DECLINE; // the title of a number that stood alone
  if (state.layout.heads) return ownNumberedItem(state, i); // a board's own numbering (ownNumbers.ts)
  if (state.layout.headings) return DECLINE; // scheme `none`: a numbered line is a list's entry (layoutHeadings.ts opens the items)
  const o = opening(state, seg);
  if (o?.kind === 'year') {
    const ym = o.m;
    let consumed = 0;
    let range = state.r(seg, 0, ym.end);
    let year = ym.year;
    // a number written short in a file whose every number is (`12/25`): the board's own form (forms/brokenNumbers.ts)
    let malformed = ym.short && state.layout.shortNumbers ? undefined : ym.malformed;
    let written = t.slice(0, ym.end);
    let lone = false; // `119/2` with no digit after it: not a break, a one-digit year
    if (ym.needsNextDigit) {
      const nx = state.nextNonBlank(i);
      const nseg = nx >= 0 ? state.segs[nx] : undefined;
      if (nseg && /^\d$/.test(nseg.text) && nseg.line - seg.line <= 2) {
        year = year * 10 + Number(nseg.text);
        range = { start: range.start, end: state.r(nseg, 0, 1).end };
        written = `${written}\n${nseg.text}`;
        consumed = nx - i;
      } else {
        malformed = 'the year has one digit';
        lone = true;
      }
    }
    const debris = debrisIn(state.lines, range, written);
    // a number the extraction broke, in a file whose numbers it broke: the break is debris (forms/brokenNumbers.ts)
    const mended = ym.split && !lone && state.layout.brokenNumbers;
    const number: ItemNumber = mended ? { seq: ym.seq, year, range, written: mendedNumber(written), printed: written, debris } : { seq: ym.seq, year, range, written, malformed, debris };
    const item = state.openItem(seg, number, range);
    // `091/22*   TITLE`: the board's mark of an item taken without discussion, no part of its title;
    // the mark is what the minutes record of it (the item is not empty)
    // (the end asked first: a character read past the end of a string drops the function's optimised code)
    const starred = ym.end < t.length && t.charCodeAt(ym.end) === 42 /* * */;
    const restStart = starred ? ym.end + 1 : ym.end;
    if (starred) item.content++;
    if (!blankFrom(t, restStart)) {
      setTitle(state, item, seg, restStart);
      // (a title in capitals the page wrapped onto an indented line: `… N72 BALLYKEERAN` ⏎ `⇥BYPASS`)
      if (consumed === 0) consumed = capitalsWrap(state, item, i, (s) => startsItem(state, s));
    } else state.pendingTitle = item;
    return consumed;
  }
  if (o?.kind === 'per-meeting') {
    const pm = o.m;
    const range = state.r(seg, 0, pm.end);
    const written = t.slice(0, pm.end);
    const item = state.openItem(seg, { seq: pm.seq, range, written, debris: debrisIn(state.lines, range, written) }, range);
    setTitle(state, item, seg, pm.titleStart);
    return 0;
  }
  if (o?.kind === 'word' && !state.pendingTitle) {
    const item = state.openItem(seg, undefined, state.r(seg, 0, t.length));
    setTitle(state, item, seg, 0);
    return 0;
  }
  return DECLINE;
}

// gate: a number's first character (a digit, `Item`), or any line of a file in the board's own numbering (its heads by line)
export const NUMBERED_ITEM: Recogniser = { name: 'numbered-item', phases: ['header', 'people', 'agenda', 'body'], interrupts: ['item', 'people-block', 'pending-title'], anyHolds: B_NUMBER_START | B_OWN_NUMBERING, run: numberedItem };
