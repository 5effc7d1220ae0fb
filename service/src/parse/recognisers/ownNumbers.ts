/**
 * Items numbered in a board's own scheme (numberSchemes.ts): `PC24/061 APOLOGIES`, `41.  TITLE`,
 * `2246  Welcome`, `VI. CONSENT AGENDA`, `1<TAB>Title<TAB>KA`, a number alone on its line with the
 * title on the next. The layout detected the scheme and the run of head lines once (`Layout.heads`):
 * only those lines start items, so a number of the same form in a table row (an action log's
 * `PC24/031`, an `Actions arising` table's `1`…`5`) or in running text never does.
 */
import { MONTH_RE } from '../../dates';
import { markupIn, type Segment } from '../../text';
import { matchHead, matchReservedHead, type HeadMatch } from '../../numberSchemes';
import { matchBracketedItemRef } from '../../numbers';
import { inlineDebris } from '../../forms/debris';
import type { ItemNumber } from '../../model';
import type { ItemBuilder } from '../builders';
import { DECLINE } from '../recogniser';
import type { ParseState } from '../state';
import { setTitle, wrappedTitle } from './itemTitle';
import { isBlankUnit } from '../../unitClass';

/** Whether segment `seg` is the head line of an item in the file's own numbering. */
export function startsOwnItem(state: ParseState, seg: Segment): boolean {
  return seg.first && state.layout.heads!.has(seg.line);
}

/** The head read on segment i, if the layout lists its line as an item's head. */
function headAt(state: ParseState, i: number): HeadMatch | undefined {
  const seg = state.segs[i];
  if (!startsOwnItem(state, seg)) return undefined;
  // the detection's match of the same text is this reading (a match is a function of the line's
  // text when the title is on the line): kept, not matched again (`Layout.headMatches`)
  const kept = state.layout.headMatches?.get(seg.line);
  if (kept !== undefined && kept.text === seg.text) return kept.match;
  const nx = state.nextNonBlank(i);
  // (a reserved minute among running numbers, `R3313.1 …`, is a head in a form of its own)
  return matchHead(seg.text, state.layout.numbering!, nx >= 0 ? state.segs[nx].text : undefined) ?? (state.layout.numbering!.scheme === 'running' ? matchReservedHead(seg.text) : undefined);
}

/** Starts an item at segment i if it is a head of the file's numbering; DECLINE otherwise. */
export function ownNumberedItem(state: ParseState, i: number): number {
  const m = headAt(state, i);
  if (!m) return DECLINE;
  const seg = state.segs[i];
  const range = state.r(seg, m.start, m.end);
  const raw = state.lines[seg.line].slice(range.start.character, range.end.character);
  const debris = raw === m.written ? undefined : markupIn(raw);
  // (fields set one by one in the order the spreads of conditional objects gave them: faster, one an item;
  // a copy, then stores: `{ ...m.number, range }` gives every number a map of its own on this V8)
  const number = Object.assign({}, m.number) as { -readonly [K in keyof ItemNumber]: ItemNumber[K] };
  number.range = range;
  number.written = m.written;
  if (m.malformed) number.malformed = m.malformed;
  if (debris) number.debris = debris;
  const item = state.openItem(seg, number, range);
  // `R3313.1`: a reserved minute, its `R` the mark of business the public version withholds (confidential.ts)
  if (m.reserved) item.confidentialMark = state.r(seg, m.start, m.start + 1);
  // `2257*`: taken without discussion, which is what the minutes record of the item (it is not empty)
  if (m.starred) item.content++;
  if (m.titleOnNextLine) {
    // the title is the next line (`1.` ⏎ `APOLOGIES`), past a lone sub-item marker (`PC24/068` ⏎ `(a)` ⏎ `PLANNING`)
    let nx = state.nextNonBlank(i);
    if (nx >= 0 && LONE_MARKER.test(state.segs[nx].text.trim())) nx = state.nextNonBlank(nx);
    if (nx < 0) return 0;
    const tseg = state.segs[nx];
    titleIn(state, item, tseg, 0, tseg.text.length);
    return nx - i + wrapped(state, item, nx);
  }
  titleIn(state, item, seg, m.titleStart, m.titleEnd);
  return wrapped(state, item, i);
}

const LONE_MARKER = /^\([a-z]\)$/;
/** A part's label alone on its line (`(a)`, `(iv)`, `(2)`): the first part under a title, no qualifier of it (`(Key Decision)`). */
const PART_ALONE = /^\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)$/;

/** A title ending in a day and a month (`… ENDED 31 JULY`): a date whose year the page may carry onto the next line. */
const MONTH_ENDING = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_RE}$`, 'i');

/** A whole line in brackets that closes on a full stop and has three words or more: a sentence, no title's qualifier. */
function bracketedSentence(t: string): boolean {
  if (t.charCodeAt(t.length - 2) !== 46 /* . */) return false;
  const gap = t.indexOf(' ');
  return gap > 0 && t.indexOf(' ', gap + 1) > 0;
}

/** A parenthesised qualifier closing a title's line (`(Key Decision)`, `(Exempt)`). */
const QUALIFIER_AFTER = /[ \t]+\([^()]{1,40}\)$/;

/**
 * A title the page wrapped onto the next line: `45. BUS SERVICE … PROGRAMME` ⏎ `(Key Decision)`,
 * a capitals title carried on in capitals. Joins it; returns the segments consumed (0 or 1).
 */
function wrapped(state: ParseState, item: ItemBuilder, i: number): number {
  const seg = state.segs[i];
  const next = state.segs[i + 1];
  if (!next || !next.first || next.line !== seg.line + 1 || !item.titleRange) return 0;
  const t = next.text.trim();
  // `27.  Apologies and Substitutes` ⏎ `(Item 1)`: the agenda's number under the heading, kept as the
  // item's agenda reference, no part of its title
  const ref = matchBracketedItemRef(t);
  if (ref && ref.start === 0) {
    if (state.layout.heads!.has(next.line)) return 0;
    item.agendaRef = ref.agendaRef;
    state.extend(next);
    return 1;
  }
  // (a title left open on a small word, its rest indented under its column: `… Meeting held on` ⏎ `⇥⇥Tuesday 13 January 2026`)
  if (!ref) {
    const open = wrappedTitle(state, item, i, (s) => state.layout.heads!.has(s.line) || titlesTable(state, s.line));
    if (open > 0) return open;
  }
  const caps = (s: string): boolean => /[A-Z]{2}/.test(s) && s === s.toUpperCase();
  // a capitals title carried on may end in its qualifier: `… AND MEDIUM TERM` ⏎ `FINANCIAL STRATEGY (Key Decision)`
  // (looked for after a title in capitals alone, on a line that ends in a bracket: every head of a file
  // comes here, and the pattern searched each long line below a head from every place)
  const carried = (): boolean => {
    const lead = t.charCodeAt(t.length - 1) === 0x29 ? t.replace(QUALIFIER_AFTER, '') : t;
    return caps(lead) && !/[.;:]$/.test(lead);
  };
  // (or a date the page split, its year carried on: `… FOR THE YEAR ENDED 31 JULY` ⏎ `2025 (Paper C)`)
  const year = (): boolean => /^(?:19|20)\d\d$/.test(t.charCodeAt(t.length - 1) === 0x29 ? t.replace(QUALIFIER_AFTER, '') : t) && MONTH_ENDING.test(item.title);
  // (a part's label alone, `(a)`, `(i)`, opens the item's first part under the title: never the title's qualifier)
  // (nor a clerk's note in brackets, a sentence closed by its full stop: `(Councillor Roe left the room.)`, a
  // movement under the title, where a qualifier is a phrase, `(Key Decision)`, `(Cont.)`)
  if ((!/^\([^()]{1,40}\)$/.test(t) || PART_ALONE.test(t) || bracketedSentence(t)) && !(caps(item.title) && (carried() || year()))) return 0;
  // (nor the title of a table of the item's actions under its head: `III. PUBLIC WORKS UPDATE` ⏎ `FOLLOW-UP ITEMS` ⏎ `Request⇥Assigned To⇥Due`)
  if (state.layout.heads!.has(next.line) || titlesTable(state, next.line)) return 0;
  // (`… BY MEMBERS` ⏎ `IN ITEMS ON THE AGENDA (Item 2)`: the title's words, less the agenda's number after them)
  if (ref) item.agendaRef = ref.agendaRef;
  const words = ref ? t.slice(0, ref.start) : t;
  item.title = `${item.title} ${words}`;
  const lead = ref ? next.text.indexOf(words) : -1;
  item.titleRange = { start: item.titleRange.start, end: state.r(next, 0, lead >= 0 ? lead + words.length : next.text.length).end };
  state.extend(next);
  return 1;
}

/** Whether the line is the title of an action table the layout found (in an item, or closing the meeting). */
function titlesTable(state: ParseState, line: number): boolean {
  return state.layout.closingActions?.title === line || (state.layout.itemActions?.some((t) => t.title === line) ?? false);
}

/**
 * The title from `start` to the cell's end `end` (`1<TAB>Welcome<TAB>KA`: `Welcome`), less a
 * paper link a web page printed after it (`… 2023 pdf icon PDF 198 KB`).
 */
function titleIn(state: ParseState, item: ItemBuilder, seg: Segment, start: number, end: number): void {
  for (const d of inlineDebris(seg.text)) if (d.start > start && d.start < end) { end = d.start; break; }
  setTitle(state, item, seg, start);
  if (end < seg.text.length && item.titleRange) {
    let e = end;
    while (e > start && isBlankUnit(seg.text.charCodeAt(e - 1))) e--;
    item.title = seg.text.slice(start, e);
    item.titleRange = state.r(seg, start, e);
  }
  // `27.  Apologies and Substitutes (Item 1)`: the agenda's number after the title is its reference, no part of it
  const ref = item.titleRange?.start.line === seg.line ? matchBracketedItemRef(item.title) : undefined;
  const at = ref && ref.start > 0 ? seg.text.indexOf(item.title, start) : -1;
  if (ref && at >= 0) {
    item.agendaRef = ref.agendaRef;
    item.title = item.title.slice(0, ref.start);
    item.titleRange = state.r(seg, at, at + ref.start);
  }
}
