/**
 * Sub-items that carry a title, under an item of a board's own numbering (`Layout.heads`):
 * `4.1` (a number alone, the title on the next line) under item 4, `(a) Payments for approval:`,
 * `(b)` alone with `Decisions notified: …` under it, `A. Minutes of the June 2 meeting` under a
 * Roman item, `53a` alone over its title under minute 53 (a web page), `93.1  Honorary degrees`
 * under a prefixed minute `CRT/2025/93`, `F-1  Warrant List for March` under a lettered item `F.`,
 * `2. Operator licenses – 9 new` under a Roman section `VI. CONSENT AGENDA`, `a. Fleet replacement`
 * under a Roman item `VIII. PUBLIC WORKS`. They become the
 * item's `subItems`; their lines stay the item's content, so this recogniser marks and never
 * takes a line (as `bold-declaration` does).
 *
 * Numbered paragraphs of a minute are not sub-items (`classifySubNumber`): `(1).`, `a) the …`,
 * `(b) The bank reconciliation … was checked …` (a sentence), `116.1 MO welcomed …`, a decimal
 * that does not run on from `.1` (`3.2` after the paragraph `3.1`), a line the next carries on.
 */
import { inlineDebris } from '../../forms/debris';
import { cellText, classifySubNumber, outsideBrackets, type SubNumber } from '../../numberSchemes';
import type { Item } from '../../model';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import type { Layout } from '../layout';
import { isBlankUnit } from '../../unitClass';
import { startsItem } from './numberedItems';

// `40.1` alone on its line, the sub-item's title on the next (a web page's `No.` / `Item` columns flattened)
const LONE_DECIMAL = /^\s*\d{1,4}\.\d{1,2}\.?\s*$/;
// `53a` alone on its line, the title on the next: a web page's lettered part of minute 53 (`53a` ⏎
// `Question from Councillor … to the Leader of the Council`)
const LONE_LETTERED = /^\s*\d{1,4}[a-z]\s*$/;
/** The schemes whose minutes number their paragraphs `116.1`, and their sub-items too when a short title follows. */
const PARAGRAPHS_NUMBERED: ReadonlySet<string> = new Set(['running', 'prefixed']);
/**
 * The item is a section numbered in Roman or lettered (`VI.`, `F.`), whose entries are numbered
 * `1.`, `2.`: a North American council's consent agenda, its hearings, its business. (A meeting
 * lettered `A.` to `K.` reads as per-meeting numbers: the item's own number says it is lettered.)
 */
function entriesNumbered(item: Item): boolean {
  const scheme = item.number?.scheme;
  return scheme === 'roman' || scheme === 'letter';
}
/** A title's most words: a running minute's numbered paragraphs are sentences, its sub-items' titles a few words. */
const TITLE_WORDS = 8;

/**
 * Under a running minute, `416.1  Actions from previous meetings` is a sub-item and `116.1 MO
 * welcomed members …` a paragraph: the title is the whole rest of the line, a few words, and the
 * next line starts afresh (a paragraph's first line is carried on, in lower case, or is long).
 */
function shortTitle(text: string, title: string, cont: string): boolean {
  // (a planning application's reference, site and proposal is one title however many its words:
  // `148.1  26/00031/HOUSE – 4 Mill Close, single storey rear extension`)
  // (…and its final stop no sentence's end: `417.1  26/00112/HOUSE – Rose Cottage – rear extension.`)
  return ((title === text && text.split(/\s+/).length <= TITLE_WORDS) || title === applicationTitle(text)) && !/^[a-z]/.test(cont);
}

/**
 * Whether a file's layout may hold such sub-items: a board's own numbering (`Layout.heads`), or plain
 * `5.` items today's reader finds (a US council's `5.01)` consent items); never our markup's
 * `NNN/YY`, which has its lettered form. The recogniser's first test, and its row's `applies`.
 */
function subItemsApply(layout: Layout): boolean {
  return layout.heads !== undefined || layout.scheme === 'per-meeting';
}

export function subItem(state: ParseState, i: number): number {
  if (!subItemsApply(state.layout)) return DECLINE;
  const seg = state.segs[i];
  const item = state.item;
  if (!item?.number || !seg.first || state.pendingTitle) return DECLINE;
  const at0 = markerAt(seg.text);
  // `CFC26/037.1<TAB>Staff wellbeing garden` under `CFC26/037`: the item's own number as printed, and the part's after a stop
  let own = at0 < 0 ? ownDecimal(seg.text, item.number) : undefined;
  if (at0 < 0 && !own) return DECLINE; // asked of every line of an item: the cheap test first
  // a marker opening with a figure (`4.1`, `7(a)`, `116.1`) fits only a meeting's own numbers, or
  // stands alone on its line over its title (markerFits)
  // or, under a running minute, carries a short title on its line (`416.1  Actions from previous meetings`: shortTitle)
  // (the numbered paragraphs' `116.1` asked first: under a running or prefixed minute most lines that reach here are those)
  // or, under a Roman or lettered section, is a numbered entry (`1. Claims list …`: entriesNumbered; a
  // figure opens few of its lines, and classifySubNumber tells the entry's form)
  if (!own && !MEETING_ORDER.has(state.scheme) && !entriesNumbered(item) && isDigit(seg.text.charCodeAt(at0)) && !(PARAGRAPHS_NUMBERED.has(state.scheme) && decimalStart(seg.text, at0)) && !LONE_DECIMAL.test(seg.text) && !LONE_LETTERED.test(seg.text)) return DECLINE;
  const nx = state.nextNonBlank(i);
  const next = nx >= 0 ? state.segs[nx] : undefined;
  let classified = own ?? classifySubNumber(seg.text, next?.text);
  // `H.1 Student Board Member Report` under a lettered `H. REPORTS`: the item's letter, a stop and the
  // part's figure, which opens as a lettered marker (`A. Title`) does and no classification knows
  if (!classified && at0 >= 0) classified = own = ownDecimal(seg.text, item.number);
  const sub = own ?? applicationLine(seg.text, classified);
  if (!sub || (own ? !runsOn(item, own) : !markerFits(state, item, sub, seg.text))) return DECLINE;
  let titleSeg: Segment = seg;
  let from = sub.textStart;
  if (from >= seg.text.length) {
    if (!next) return DECLINE;
    titleSeg = next;
    from = 0;
  }
  const t = titleSeg.text;
  const follow = state.segs[state.segs.indexOf(titleSeg, i) + 1];
  // (a bulleted line is a list's point under the title, never a wrapped line of it: `6b<TAB>SEND and
  // inclusion` ⏎ `•<TAB>14 children have an EHC plan …`)
  // (nor is the next part's own marker: `a. Minutes of …` ⏎ `b. Claims register …`)
  const cont = follow && follow.first && !follow.bullet && follow.line === titleSeg.line + 1 && !NEXT_LETTER.test(follow.text) ? follow.text.trim() : '';
  let end = cellEnd(t, from);
  // (less a paper link a web page printed after it: `1.2 Minutes of … held on 29th January 2025 pdf icon PDF 276 KB`, as an item's own title)
  for (const d of inlineDebris(t)) if (d.start > from && d.start < end) { end = d.start; break; }
  const bracketed = /^\(/.test(sub.written);
  // (`⇥c.⇥Adopt Resolution No. 2025-41 Accepting a Donation from the Lions` ⏎ `⇥⇥Club`: the page's hanging indent, deeper
  // than the marker's, carries the title on whatever its first letter)
  // (a few words, no sentence: an indented paragraph under the title is the minute's)
  // (the rest stands under the title's first letter, tab stops counted: `⇥c.⇥Adopt …` ⏎ `⇥⇥Club`)
  const hangs = cont !== '' && cont.length <= HANGING_MAX && titleSeg === seg && seg.map === null && follow.map === null && follow.offset > seg.offset &&
    !/[.:;]$/.test(t.slice(from, end).trimEnd()) && !/[.!?;:\t]/.test(cont) && underTitle(state.lines[seg.line], seg.offset + from, state.lines[follow.line], follow.offset);
  const title = subTitle(t.slice(from, end).trim(), cont, bracketed, hangs) ?? (sub !== classified ? applicationTitle(t.slice(from, end).trim()) : undefined) ??
    (bracketed ? leadTitle(t.slice(from, end).trim(), titleSeg !== seg) : undefined);
  if (!title) return DECLINE;
  // (an entry `1.` has no parent number: its title may be long, `3. Resolution 25-17 – Accepting a grant …`)
  if (from > 0 && sub.parent !== undefined && (own || /^\d/.test(sub.written)) && !MEETING_ORDER.has(state.scheme) && !shortTitle(t.slice(from, end).trim(), title, cont)) return DECLINE;
  // `6.1 Governors RATIFIED the Charging and Remissions Policy, the` ⏎ `Whistleblowing Policy …`: a
  // numbered paragraph wrapped by the page, which no title is; so is a resolution's part (`(a)
  // APPROVED the Regulations with effect from` ⏎ `1 August 2025, subject to …;`)
  // (a title cut at its dash or colon, the gist after it, is a title however the gist runs on: `4.4 Letter to SSEN – no longer needed as the`)
  const line = t.slice(from, end).trim();
  if (from > 0 && !(title.length < line.length && line.startsWith(title)) && carriedOn(state, line, cont, follow)) return DECLINE;
  // `a)` also letters a minute's paragraphs and a list's entries (`a) Kelsford School – request for …`
  // carried on over lines): it heads a sub-item only with a short title that is its whole line
  if (BARE_LETTER.test(sub.written) && !shortTitle(t.slice(from, end).trim().replace(/:$/, ''), title, cont)) return DECLINE;
  const at = state.r(seg, sub.start, sub.end);
  const written = sub.written.replace(/\.$/, '');
  const child: Item = {
    number: { seq: subSeq(sub.sub), range: at, written }, headRange: at, title,
    titleRange: state.r(titleSeg, from, Math.min(end, from + title.length)),
    range: { start: at.start, end: state.lineEnd(seg.line) }, content: 0,
    presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [], section: item.section,
  };
  (item.subItems ??= []).push(child);
  return DECLINE;
}

/**
 * A decimal line of a minute that is a planning application, its reference, site and proposal
 * between dashes and a final stop (`417.1  26/00112/HOUSE – Rose Cottage – single storey rear
 * extension.`), is a sub-item's title, not the numbered paragraph its stop makes of it
 * (`classifySubNumber`). Not when the proposal goes on with a sentence (`… extension. No
 * objection.`), nor under a list's `(i)`, which lists the applications a sentence introduced.
 */
function applicationLine(line: string, sub: SubNumber | undefined): SubNumber | undefined {
  if (sub?.kind !== 'paragraph' || sub.parent === undefined || !isDigit(sub.written.charCodeAt(0)) || sub.textStart >= line.length) return sub;
  const t = cellText(line);
  const title = applicationTitle(t.slice(sub.textStart, cellEnd(t, sub.textStart)).trim());
  if (title === undefined) return sub;
  const proposal = title.slice(Math.max(title.lastIndexOf(' – '), title.lastIndexOf(' - '), title.lastIndexOf(' — ')) + 3);
  return SENTENCE.test(proposal) ? sub : { ...sub, kind: 'sub-item' };
}

/**
 * `CFC26/037.1<TAB>Staff wellbeing garden`: the item's number as printed (`CFC26/037`), a stop and the
 * part's figure, then a gap before its title: a part of that item, numbered as the board numbers its
 * minutes. Undefined for any other line (the first character asked first: most lines fail there).
 */
function ownDecimal(t: string, number: NonNullable<Item['number']>): SubNumber | undefined {
  const w = number.written;
  if (w === undefined || w.length === 0) return undefined;
  let i = 0;
  while (i < t.length && isBlankUnit(t.charCodeAt(i))) i++;
  if (t.charCodeAt(i) !== w.charCodeAt(0) || !t.startsWith(w, i) || t.charCodeAt(i + w.length) !== 0x2e) return undefined;
  const m = /^\.(\d{1,2})(?=\t| {2,}| (?=\p{Lu}))/u.exec(t.slice(i + w.length, i + w.length + 6));
  if (!m) return undefined;
  const end = i + w.length + m[0].length;
  let from = end;
  while (from < t.length && isBlankUnit(t.charCodeAt(from))) from++;
  return { kind: 'sub-item', written: t.slice(i, end), parent: number.seq, sub: m[1], start: i, end, textStart: from };
}

/**
 * Where the line opens with a marker of a form markerFits can take, or -1, character by character
 * (asked of every line of an item; narrower than `maySubNumber`, the gate before any
 * classification): a figure, `(a)`, `(ii)`, a capital and `.` or `-`, `a)`, `a.`. Of the bracketed markers only a
 * letter or a Roman numeral fits: `(1)`, `(2)` number a resolution's parts, one under every minute of a running
 * scheme, and were classified only to be refused.
 */
function markerAt(t: string): number {
  let i = 0;
  while (i < t.length && isBlankUnit(t.charCodeAt(i))) i++;
  const c = t.charCodeAt(i);
  const d = t.charCodeAt(i + 1);
  const fits = isDigit(c) || (c === 0x28 ? d >= 0x61 && d <= 0x7a && (t.charCodeAt(i + 2) === 0x29 || romanBracket(t, i + 1))
    : c >= 0x41 && c <= 0x5a ? d === 0x2e || d === 0x2d
      : c >= 0x61 && c <= 0x7a && (d === 0x29 || d === 0x2e));
  return fits ? i : -1;
}

/** A Roman numeral of two to four letters and its closing bracket from `k` (`ii)`, `iv)`: a parish's `(ii) Bank reconciliation`). */
function romanBracket(t: string, k: number): boolean {
  let j = k;
  while (j < k + 4 && (t.charCodeAt(j) === 0x69 || t.charCodeAt(j) === 0x76 || t.charCodeAt(j) === 0x78)) j++;
  return j - k >= 2 && t.charCodeAt(j) === 0x29;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `416.1` opening the line at `i` (one to four figures, a full stop, a figure): under a running or prefixed minute, a sub-item if a short title follows (shortTitle). */
function decimalStart(t: string, i: number): boolean {
  let k = i;
  while (k - i < 5 && isDigit(t.charCodeAt(k))) k++;
  return k - i <= 4 && t.charCodeAt(k) === 0x2e && isDigit(t.charCodeAt(k + 1));
}

/** The marker's form belongs under this item: `4.1` under 4, `(a)` anywhere, `A.` or `1.` under a Roman item. */
function markerFits(state: ParseState, item: Item, sub: SubNumber, line: string): boolean {
  const w = sub.written;
  // (the forms told apart by their first character, a bracket, a small letter, a capital or a figure)
  const c = w.charCodeAt(0);
  if (c === 0x28) return /^\((?:[a-z]|[ivx]{2,4})\)$/.test(w);
  // `a)`, `b)` under a board's own numbers, in turn from `a)` (a lone `c)` is a list's point)
  // `a.`, `b.` under a Roman or lettered section or a meeting's own numbers (`IV. CONSENT CALENDAR`
  // over `a. Minutes of the September 9 meeting`), in turn from `a.`, each a title
  if (c >= 0x61 && c <= 0x7a && w.length === 2 && w.charCodeAt(1) === 0x2e) return (entriesNumbered(item) || MEETING_ORDER.has(state.scheme)) && sub.kind === 'sub-item' && lettersRunOn(item, w.slice(0, -1));
  if (c >= 0x61 && c <= 0x7a) return BARE_LETTER.test(w) && !!state.layout.heads && lettersRunOn(item, w);
  if (c >= 0x41 && c <= 0x5a) {
    if (/^[A-Z]\.$/.test(w)) return state.scheme === 'roman' || (MEETING_ORDER.has(state.scheme) && lettersRunOn(item, w.slice(0, -1)));
    // `F-1`, `F-2` under item `F.` of a meeting lettered `A.` to `K.`: the item's letter, a hyphen and the part's number
    return /^[A-Z]-/.test(w) && item.number!.scheme === 'letter' && sub.parent === item.number!.seq;
  }
  if (c < 0x30 || c > 0x39) return false;
  // `1.`, `2.` under a Roman or lettered section (`VI. CONSENT AGENDA` over `1. Claims list …`), in
  // turn from `1.` (a bracketed `1)` numbers a list's points)
  if (sub.parent === undefined) return w.charCodeAt(w.length - 1) === 0x2e && entriesNumbered(item) && sub.kind === 'sub-item' && runsOn(item, sub);
  if (sub.parent !== item.number!.seq) return false;
  // `4.1` under item 4 of a meeting's own numbers; under a running or prefixed minute `116.1`,
  // `121.1` number its paragraphs, unless the number stands alone on its line over a title, as
  // the item's own number does on a web page (`40.` ⏎ `MINUTES` … `40.1` ⏎ `Minute 27 - …`)
  // `416.1  Actions from previous meetings` under a running minute 416 when its title is short (shortTitle, asked after)
  // `53a` alone on its line under minute 53, the letters in turn from `a` (a web page's lettered parts);
  // under a meeting's own numbers with its title on its line too (a governing board's `6a<TAB>Safeguarding update` under item 6)
  if (/^\d+[a-z]$/.test(w)) return sub.kind === 'sub-item' && (LONE_LETTERED.test(line) || MEETING_ORDER.has(state.scheme)) && runsOn(item, sub);
  // with its title on its line, the decimals run on from `.1` under each item: `3.2 Review of
  // actions …:` after the paragraph `3.1 The minutes were APPROVED …` is the minute's next
  // paragraph, no sub-item of the agenda (a number alone over its title is a sub-item's wherever
  // it starts: a web page lists only the minutes' parts it records, `52.3`, `52.4`)
  if (!MEETING_ORDER.has(state.scheme) && sub.kind !== 'sub-item') return false;
  const lone = LONE_DECIMAL.test(line);
  return (lone || runsOn(item, sub)) && (MEETING_ORDER.has(state.scheme) || lone || PARAGRAPHS_NUMBERED.has(state.scheme));
}

const MEETING_ORDER: ReadonlySet<string> = new Set(['per-meeting', 'item-word', 'decimal']);

/**
 * The letter follows the item's last sub-item's in the same form, or is the first of its case
 * (`written` as a sub-item keeps it, no final stop): `A.` under a numbered item (`6. OLD BUSINESS`
 * over `A. Proposal 4-26: …`, `B. …`), `b)` after `a)`, `(b)` after `(a)`. The letters run from `a`
 * or `A` under each item, one after the other, as an agenda letters an item's parts; a lone `C.`
 * or `J.` is an initial or a list's point, not the item's third part.
 */
export function lettersRunOn(item: Item, written: string): boolean {
  const k = written.charCodeAt(0) === 0x28 ? 1 : 0; // the letter after `(`
  const c = written.charCodeAt(k);
  const subs = item.subItems;
  const last = subs && subs.length > 0 ? subs[subs.length - 1].number?.written : undefined;
  if (last === undefined) return c === 0x61 || c === 0x41;
  // the same form, one letter on: every other character alike
  if (last.length !== written.length || last.charCodeAt(k) + 1 !== c) return false;
  for (let j = 0; j < written.length; j++) if (j !== k && last.charCodeAt(j) !== written.charCodeAt(j)) return false;
  return true;
}

/** The sub-item's number follows the item's last sub-item (`53b` after `53a`, `5.2` after `5.1`), or is its first. */
function runsOn(item: Item, sub: SubNumber): boolean {
  const subs = item.subItems;
  const last = subs && subs.length > 0 ? subs[subs.length - 1].number?.seq ?? 0 : 0;
  return subSeq(sub.sub) === last + 1;
}

const BARE_LETTER = /^[a-z]\)$/;
/** A line opening with a lettered part's marker (`b.`, `c)`, `(d)`): a part of its own, never a title's wrapped words. */
const NEXT_LETTER = /^\s*(?:[a-z]\.|[a-z]{1,4}\)|\([a-z]{1,4}\))[ \t]/;

/**
 * A line carried on by the next one, as a paragraph's lines are and a title's are not: the next
 * line goes on with a figure (`… by 31st March` ⏎ `2026.`; a reference such as `25/00198/HOUSE – …`
 * under a title is a list's first line), or the line stops on a comma or on a
 * word no title ends on (`… Policy, the` ⏎ `Whistleblowing Policy …`, `… project, of which` ⏎ `€20m is …`).
 */
function carriedOn(state: ParseState, text: string, cont: string, follow: Segment): boolean {
  if (cont === '') return false;
  // (a date the page wrapped between its day and its year carries a title on, no paragraph: `A. Ordinance No. 2023-O-41,
  // An Ordinance Levying Taxes for the Fiscal Year Beginning May 1,` ⏎ `2023 and Ending April 30, 2024`)
  if (DAY_BEFORE_YEAR.test(text) && /^\d{4}\b/.test(cont)) return false;
  // (a relative word opens a clause the next line finishes: `(b) Members discussed the funding of the Library project, of which` ⏎ `€20m is expected …`)
  if (OPEN_END.test(text)) return true;
  // (whether the next line starts afresh is asked only of a line that starts with a figure)
  const c = cont.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && /^\d[\d,]*[.,;]?(?:\s|$)/.test(cont) && !startsAfresh(state, follow);
}

/** A line ending on a month's name and its day (`… Beginning May 1,`): the year is on the next line. */
const DAY_BEFORE_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+\d{1,2},?$/;

/** The line opens an item or a sub-item of its own (`5.02) Claims …`, `6. Policies`): it carries no line above on. */
function startsAfresh(state: ParseState, seg: Segment): boolean {
  return startsItem(state, seg) || classifySubNumber(seg.text) !== undefined;
}

function subSeq(sub: string): number {
  return /^\d+$/.test(sub) ? Number(sub) : sub.toLowerCase().charCodeAt(0) - 96;
}

function cellEnd(t: string, from: number): number {
  const e = t.indexOf('\t', from);
  return e < 0 ? t.length : e;
}

/** The longest rest of a title the page's hanging indent carries onto the next line. */
const HANGING_MAX = 60;

/** The column a character stands at on its printed line, tab stops every eight. */
function printedColumn(line: string, at: number): number {
  let c = 0;
  for (let k = 0; k < at && k < line.length; k++) c = line.charCodeAt(k) === 0x09 ? (Math.floor(c / 8) + 1) * 8 : c + 1;
  return c;
}

/** Whether the next line's words start under the title's first letter (the page's hanging indent), and the title's own line sets its title off by a tab. */
function underTitle(line: string, titleAt: number, next: string, nextAt: number): boolean {
  return line.lastIndexOf('\t', titleAt) >= 0 && printedColumn(line, titleAt) === printedColumn(next, nextAt);
}

// a sentence ends after a word or a figure (`July.`, `2019.`), not after an abbreviation (`Rd.`, `N.`)
const SENTENCE = /(?:[a-z]{2,}|\d)[.;](?:\s|$)/;

/**
 * The sub-item's title, or undefined for a numbered paragraph. `text` follows the marker; `cont`
 * is the next line, which carries on a title wrapped by the page (`… (Main Street sidewalk` ⏎
 * `replacement)`). A title followed by a sentence ends at its colon or dash (`Speed indicator
 * device: Cllr Daventry to ask …`, `City Administrator – sales tax receipts were down …`).
 * `short`: a `(a)` marker, whose titles are a few words (`(a) Payments for approval:`) and end at a colon only.
 */
export function subTitle(text: string, cont: string, short = false, hangs = false): string | undefined {
  // (a title cut at a comma goes on below whatever the next line's first letter: `… Fiscal Year Beginning May 1,` ⏎ `2023 and …`)
  const wraps = cont !== '' && (hangs || /^[a-z(]/.test(cont) || open(text) || text.endsWith(','));
  const whole = wraps ? `${text} ${cont}` : text;
  // (a `(a)` title ends at its colon only: after a dash a lettered list gives a letter's gist, `(b)
  // Whittleford WI – thanks for the grant …`, a point of the list and no agenda's part)
  const sep = (short ? /:(?:\s|$)/ : /:(?:\s|$)|\s[–—-]\s/).exec(text);
  if (sep) {
    const before = text.slice(0, sep.index).trim();
    const rest = whole.slice(sep.index + sep[0].length).trim();
    if ((rest === '' || SENTENCE.test(outsideBrackets(rest)) || runsOnAfter(text, rest, wraps ? '' : cont)) && titleLike(before)) return before;
  }
  // `(c) Councillor Treharne asked that …` wrapped over lines is a paragraph: a `(a)` title is short
  if (short && whole.split(/\s+/).length > 10) return undefined;
  return titleLike(whole) ? whole : undefined;
}

/**
 * `4.1 Kirkton Road bus shelter – the Secretary had chased …` ⏎ `Roads team and … programme.`: after the dash a clause
 * that the next line finishes, as matters arising write each one's gist: it opens in small letters and runs on for some
 * words, or leaves the line open on a small word, and a sentence ends on the next line. (A title wrapped over the line
 * goes on in no sentence.)
 */
function runsOnAfter(line: string, rest: string, cont: string): boolean {
  if (cont === '' || rest.length > 200) return false;
  // (a few words after the dash are the title's own, `Budget monitoring – period 8`, `Licensing – discussion`)
  if (!OPEN_END.test(line) && !(/^\p{Ll}/u.test(rest) && rest.split(/\s+/).length >= GIST_WORDS)) return false;
  return SENTENCE.test(outsideBrackets(`${rest} ${cont}`));
}

/** The fewest words of a gist after a title's dash that a sentence, not the title, goes on with. */
const GIST_WORDS = 5;

/** A line that ends on a word a sentence goes on after (`… the`, `… in`): carriedOn's, and runsOnAfter's. */
const OPEN_END = /(?:,|\s(?:the|a|an|of|and|or|to|for|in|on|at|by|with|from|that|which|whom|whose|than|was|were|is|are|had|has|have))$/i;

function open(t: string): boolean {
  return (t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0);
}

/** A title of a few words closed by its full stop, a sentence of the minute after it (`Payments. RESOLVED to …`). */
const LEAD_TITLE = /^(\p{Lu}[\p{L}'’&-]*(?:[ ][\p{L}\d'’&/-]+){0,4})\.[ \t]+(?=\p{Lu})/u;
/** A word that makes the words before a full stop a sentence, no title: a verb (`Cllr Roe reported.`, `Apologies were received.`). */
const VERB_WORD = /^(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|can|could|should|must|did|does|said|met|gave|took|made)$/;

/**
 * The title a `(a)` part opens its line with when the minute's sentences follow it on the line: a few words closed
 * by a full stop (`(i) Payments. RESOLVED to approve …`, `(b) Grass cutting contract. The Clerk reported …`), or,
 * on the line under a lone `(a)`, a planning application's reference, site and proposal up to the proposal's
 * full stop (`25/00412/HOUSE, 4 Stile Close – single-storey rear extension. RESOLVED to raise no objection.`).
 * Undefined when the words before the stop are a sentence (a verb among them) or the line opens otherwise.
 */
function leadTitle(line: string, below: boolean): string | undefined {
  if (line.length > 4000) return undefined;
  if (below) {
    const ref = APPLICATION_REF.exec(line);
    if (ref && /^(?:,|[ \t][–—-])[ \t]+\S/.test(line.slice(ref[0].length))) {
      const stop = /[a-z]{2}\.[ \t]+(?=\p{Lu})/u.exec(line);
      const title = stop ? line.slice(0, stop.index + 2) : line.replace(/\.$/, '');
      return title.length <= 160 && !/[!?;:]/.test(title) ? title : undefined;
    }
  }
  const m = LEAD_TITLE.exec(line);
  if (!m || m[1].split(' ').some((w) => VERB_WORD.test(w)) || /^(?:The|That|This|These|It|We|He|She|They)$/.test(m[1].split(' ')[0])) return undefined;
  return titleLike(m[1]) ? m[1] : undefined;
}

/**
 * A planning application's reference opening a title: `24/00912/FUL – Land north of Mill Lane`, a
 * planning committee's `(a)` heading, the reference and the site (`19/02214/HH`, `DC/24/0456/OUT`,
 * `P/2024/0312/HOUSE`: the year, the number, the kind of application in capitals). In running text
 * it is a reference, no item (numberSchemes.ts); at the head of a sub-item, the site after a dash,
 * it is the title's first words.
 */
// (`PA25/09114`: a council that writes the kind before the year, with no kind after the number)
// (`C24/1187/12/LL`: a Welsh planning authority's, the community's number and the kind after the serial)
const APPLICATION_REF = /^(?:(?:[A-Z]{1,4}\/)?\d{2,4}\/\d{3,6}\/[A-Z]{2,6}|[A-Z]{1,3}\d{2}\/\d{4,6}(?:\/[A-Z0-9]{1,6}){0,2})\b/;

/**
 * A sub-item's line that is a planning application, its reference, site and proposal between
 * dashes (`PA25/09114 – Land adj. Rosevear Farm, Polgwidden – Erection of a storage building.`):
 * the whole line is the title, less its final stop (the abbreviations of an address, `adj.`, are
 * no sentence's end). Undefined for any other line.
 */
export function applicationTitle(text: string): string | undefined {
  const ref = APPLICATION_REF.exec(text);
  if (!ref || !/^[ \t][–—-][ \t]+\S/.test(text.slice(ref[0].length))) return undefined;
  const t = text.replace(/\.$/, '');
  return t.length <= 160 && !/[!?;:]/.test(t) ? t : undefined;
}

/** A year, or a span of years, then a capitalised word: `2026-2027 School Year Calendar`, `2025/26 Budget`, `2025 Audit Findings`. */
const YEAR_TITLE = /^(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?[ \t]+\p{Lu}/u;

function titleLike(t: string): boolean {
  if (t === '' || t.length > 160) return false;
  // the reference alone is no title (`(i) 24/01876/HOUSE – 3 Mill Lane – single storey rear extension.`
  // lists an application under its sub-item): the site after it is
  // (a title may open with the year or the school or fiscal year it is for: `2026-2027 School Year Calendar`, `2025 Operating Budget`)
  if (!/^[A-Z]/.test(t) && !YEAR_TITLE.test(t)) {
    const ref = APPLICATION_REF.exec(t);
    if (!ref || !/[ \t][–—-][ \t]+[A-Z0-9]/.test(t.slice(ref[0].length, ref[0].length + 6))) return false;
  }
  if (/^(?:The|That|This|These|It|We)\s/.test(t)) return false;
  if (/[a-z]{2,}[.!?;]\s/.test(outsideBrackets(t)) || /[;,:]$/.test(t)) return false;
  // a final full stop only after an abbreviation (`Industrial Rd.`), never after a sentence's last word
  if (/\.$/.test(t) && !/(?:^|\s)[A-Z][a-z]{0,2}\.$/.test(t)) return false;
  return true;
}

export const SUB_ITEM: Recogniser = { name: 'sub-item', phases: ['body'], applies: subItemsApply, run: subItem };
