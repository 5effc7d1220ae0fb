/**
 * Minute numbers in every common scheme: one table, one entry per scheme (how a head line starting
 * an item looks, how a number is written in the file's own form, how the next number follows),
 * per-file detection, sub-items versus numbered paragraphs, and references in running text.
 *
 * A board's own numbering is first-class: `PB/2425/061` stays `PB/2425/061`; nothing here turns
 * one scheme into another. `numbers.ts` keeps today's two schemes (`year`, `per-meeting`) and the
 * functions every caller uses; the extra fields of `MinuteNumber` set here let those functions
 * write any scheme's number as the file writes it.
 *
 * Pure: strings in, data out. Never throws.
 */
import { formatNumber, matchYearNumber, type MinuteNumber, type YearNumberMatch } from './numbers';
import { finish, SLICE, type Sliced } from './slices';
import { blankFrom, isBlankUnit } from './unitClass';
import { dateAt } from './dates';

/** Every scheme the table knows. `year` and `per-meeting` are today's two (numbers.ts). */
export type SchemeName =
  | 'year' // 081/22: running through the year, NNN/YY
  | 'year-first' // 19/112, 15/208, 21.44: year, then the running number
  | 'running' // 41., 112., 2246: a plain number running on from earlier meetings
  | 'prefixed' // PC24/061, TB/22/116, GBP/2223/001, PB/2425/061:, CS26/04, CL55, CAB 12, Cou/285/07-08, BOD 24/18(b), C.25.14
  | 'per-meeting' // 1., 1, 1<TAB>, 1) and a number alone on its line: afresh in each meeting
  | 'item-word' // Item 1, Item 1:
  | 'decimal' // 1.0, 2.0 (sub-items 1.1, 1.2)
  | 'roman' // I., II. … XII. (sub-items A., B.)
  | 'letter'; // A., B. … K.: capital letters afresh in each meeting (sub-items F-1, F-2)

export const SCHEME_NAMES: readonly SchemeName[] = ['year', 'year-first', 'running', 'prefixed', 'per-meeting', 'item-word', 'decimal', 'roman', 'letter'];

/**
 * The numbering a document is said to use when its heads are written in `scheme`: `1.0`, `Item 1` and `A.`
 * are numbers afresh in each meeting written in their own form, so the document's numbering is
 * `per-meeting` (as a clerk, and docs/markup.md, name it); each number keeps its own scheme, and is
 * written, followed and fixed in its form (`2.0` after `1.0`).
 */
export function documentScheme<S extends SchemeName | 'none'>(scheme: S): S | 'per-meeting' {
  return scheme === 'decimal' || scheme === 'item-word' || scheme === 'letter' ? 'per-meeting' : scheme;
}

/** A head line that starts an item, read in one scheme. */
export interface HeadMatch {
  readonly number: MinuteNumber;
  /** The number as written (`PB/2425/061`, `41.`, `Item 3`), without the trail (`:`) or star. */
  readonly written: string;
  /** Where the number starts and ends in the line given (indentation and cell markup skipped). */
  readonly start: number;
  readonly end: number;
  /** Where the title starts and ends in the line; both equal `line.length` when the title is on the next line. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The number stands alone on its line and the title is the next line's text. */
  readonly titleOnNextLine?: boolean;
  /** `2257*`: taken without discussion. */
  readonly starred?: boolean;
  /** How the number is written wrongly, if it is (`GBP/2122/ 216`: a stray space). */
  readonly malformed?: string;
  /** `R3313.1`: a reserved minute of a file of running numbers (`matchReservedHead`), its business withheld from the public version. */
  readonly reserved?: boolean;
}

export interface SchemeEntry {
  readonly name: SchemeName;
  /** How the clerk would name it (settings, outline, messages). */
  readonly label: string;
  /** Examples of its head lines, for documentation and tests. */
  readonly examples: readonly string[];
  /** The numbers run on from meeting to meeting (`running`), or start afresh at 1 (`meeting`). */
  readonly order: 'meeting' | 'running';
  /**
   * Reads a head line in this scheme; `next` is the next non-blank line, read only when the number
   * stands alone on its line (the title is then there).
   */
  match(line: string, next?: string): HeadMatch | undefined;
  /** The number in the scheme's canonical form, as the file writes it. */
  format(n: MinuteNumber): string;
  /** The number that follows `n` in this scheme. */
  next(n: MinuteNumber): MinuteNumber;
}

// ---- line preparation ------------------------------------------------------------------------

/**
 * The line with table-cell markup blanked out, offsets kept: HTML cell and paragraph tags
 * (`<td>`, `</p>`) become spaces and a leading `|` a space, so that a number in a flattened
 * table's first cell reads as at the start of the line. The cell ends (tab, `|`, `</td>`) are
 * where a title ends: `1.<TAB>Welcome<TAB>KA` has the title `Welcome`, not the Lead column.
 */
export function cellText(line: string): string {
  if (line.indexOf('<') < 0 && line.indexOf('|') < 0) return line;
  let t = line.replace(/<\/?(?:td|th|tr|p|span|strong|b)\b[^>]*>/gi, (m) => (/^<\/?t[dh]/i.test(m) ? '\t' + ' '.repeat(m.length - 1) : ' '.repeat(m.length)));
  const piped = /^\s*\|/.test(t);
  t = t.replace(/^(\s*)\|/, '$1 ');
  // (one bar between the words of a title that names the item in two languages is no cell's end: `1⇥Mihi | Greeting`,
  // `2⇥Ngā Whakapāha | Apologies`; a table's row opens with its bar or parts three cells at least)
  if (!piped && bilingualBar(t)) return t;
  t = t.replace(/\s\|\s/g, (m) => m[0] + '\t' + m[2]);
  return t;
}

/** Whether the line's only ` | ` stands after a word of its title (a letter between the line's number and the bar). */
function bilingualBar(t: string): boolean {
  const at = t.indexOf(' | ');
  if (at < 0 || t.indexOf(' | ', at + 3) >= 0 || t.indexOf('\t|') >= 0 || t.indexOf('|\t') >= 0) return false;
  // (the line's number: figures, a letter or a roman numeral; `Jo Ellis | Clerk` is a row of two cells)
  return /^\s*\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]?[ \t]+\p{L}/u.test(t.slice(0, at));
}

/** The end of the first cell from `from`: the next tab (or cell separator), less trailing space. */
function cellEnd(t: string, from: number): number {
  let e = t.indexOf('\t', from);
  if (e < 0) e = t.length;
  while (e > from && /\s/.test(t[e - 1])) e--;
  return e;
}

function indentOf(t: string): number {
  // (asked by every scheme of every candidate line: a character loop, not a regular expression)
  let i = 0;
  while (i < t.length && isBlankUnit(t.charCodeAt(i))) i++;
  return i;
}

/** Page stamps and footers are not items: `Page 3 of 7`, `PAGE 2`, `Agenda Item 4`, `Enclosure A`. */
const DEBRIS = /^(?:page\s+\d+(?:\s+of\s+\d+)?\b|agenda\s+item\s+\d|enclosure\s+[A-Z0-9]\b)/i;

// A count or a quantity, not an item: `2 Observers`, `4 members of the public`
const COUNT_WORDS = /^(?:observers?|members?|councillors?|governors?|visitors?|people|persons?|residents?|pupils?|students?|staff|officers?|guests?|hours?|days?|weeks?|months?|years?|copies|votes?|for|against|abstentions?|ayes?|nays?)(?:\s+(?:present|attended|attending|in attendance|of the public))?(?:[,;:.]|\s*$)/i;

/** A title after a number: title-like text, not a sentence, not a count. */
function titleOk(title: string, dotless: boolean): boolean {
  const t = title.trim();
  if (t === '') return false;
  if (/^[a-z]/.test(t)) return false; // a wrapped sentence: `46 (Durnford …` continues, `3 of 7`
  if (/^[(\[]/.test(t)) return false; // `46 (Durnford Interchange) as …`: a wrapped reference
  if (dotless && COUNT_WORDS.test(t)) return false;
  // a sentence after the number is a numbered paragraph or wrapped text, never an item's head
  if (/[.;,]$/.test(t) && t.split(/\s+/).length > 6) return false;
  if (/[.!?]\s+[A-Z]/.test(t) && !/\b[A-Z]\.\s/.test(t)) return false;
  return t.length <= 160;
}

/** The number's end is a real end: not a date (`14.03.23`, `27/09/2022`), a planning reference (`19/02214/HH`), an action reference (`21/09-1`), money (`1,200.00`) or a time (`10.30 am`). */
function boundaryOk(t: string, end: number): boolean {
  // (the six characters after the number, read by character: every candidate head of a file is asked)
  const limit = Math.min(t.length, end + 6);
  if (end >= limit) return true;
  const c = t.charCodeAt(end);
  const d = end + 1 < limit ? t.charCodeAt(end + 1) : -1;
  if ((c === 0x2f || c === 0x2d || c === 0x2c) && d >= 0 && !isBlankUnit(d)) return false; // `/…`, `-…`, `,…`
  if ((c === 0x2e || c === 0x3a) && isDigitCode(d)) return false; // `.3`, `:3`
  if (isDigitCode(c) || c === 0x25) return false; // a digit, `%`
  // `am`, `p.m`, `hrs` after blanks (the pattern only where one of those letters follows)
  let j = end;
  while (j < limit && isBlankUnit(t.charCodeAt(j))) j++;
  const l = j < limit ? t.charCodeAt(j) | 0x20 : -1;
  if ((l === 0x61 || l === 0x70 || l === 0x68) && /^\s*(?:a\.?m\b|p\.?m\b|hrs?\b)/i.test(t.slice(end, limit))) return false;
  return true;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A result being written key by key (then read only). */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Parsed {
  readonly number: MinuteNumber;
  readonly written: string;
  readonly start: number;
  /** End of the number itself. */
  readonly end: number;
  /** After the number's trail (`.`, `:`, `)`), star and the space before the title. */
  readonly after: number;
  readonly dotless: boolean;
  /** The number's form alone marks a head (`081/22`, `PC24/061`): the title may be a sentence. */
  readonly strong?: boolean;
  readonly starred?: boolean;
  readonly malformed?: string;
}

/**
 * A number as a parser read it, for `head` to complete at once: one object, filled again for each
 * number (`head` copies what it keeps), not one made for every candidate line of a file.
 */
function parsed(number: MinuteNumber, written: string, start: number, end: number, after: number, dotless: boolean, strong: boolean, starred: boolean, malformed: string | undefined): Parsed {
  const p = PARSED;
  p.number = number;
  p.written = written;
  p.start = start;
  p.end = end;
  p.after = after;
  p.dotless = dotless;
  p.strong = strong;
  p.starred = starred;
  p.malformed = malformed;
  return p;
}
const PARSED: Mutable<Parsed> = { number: { seq: 0 }, written: '', start: 0, end: 0, after: 0, dotless: false, strong: false, starred: false, malformed: undefined };

/** Completes a parsed number into a head match: the title on the line (up to the cell's end), or on the next line. */
function head(t: string, p: Parsed | undefined, next: string | undefined): HeadMatch | undefined {
  if (!p) return undefined;
  if (!boundaryOk(t, p.end)) return undefined;
  if (blankFrom(t, p.after)) {
    // a number alone on its line: the title is the next line (`1.` / `APOLOGIES FOR ABSENCE`), or a
    // sub-item's marker alone (`PC24/068` / `(a)` / `PLANNING`)
    const nt = next === undefined ? '' : cellText(next).trim();
    const subAlone = /^\([a-z]{1,4}\)$/i.test(nt);
    if (nt === '' || (!subAlone && (!titleOk(nt, false) || /[.;,]$/.test(nt) || /^\(?\d[\d.]*\)?[.)]?$/.test(nt)))) return undefined;
    return headMatch(p, t.length, t.length, true);
  }
  if (!isBlankUnit(t.charCodeAt(p.after))) return undefined; // `41Title`, `PC24/061APOLOGIES`
  let titleStart = p.after;
  while (titleStart < t.length && isBlankUnit(t.charCodeAt(titleStart))) titleStart++;
  const titleEnd = cellEnd(t, titleStart);
  const title = t.slice(titleStart, titleEnd);
  if (p.strong ? title.trim() === '' || /^[a-z]/.test(title) : !titleOk(title, p.dotless)) return undefined;
  return headMatch(p, titleStart, titleEnd, false);
}

/**
 * The head match of a parsed number, its fields set one by one in the order a spread of
 * `{ number, written, start, end, starred?, malformed? }` gave them: every candidate head of every
 * line of a file is built here, and spreads of conditional objects cost several times more.
 */
function headMatch(p: Parsed, titleStart: number, titleEnd: number, titleOnNextLine: boolean): HeadMatch {
  const h: { -readonly [K in keyof HeadMatch]: HeadMatch[K] } = { number: p.number, written: p.written, start: p.start, end: p.end } as HeadMatch;
  if (p.starred) h.starred = true;
  if (p.malformed) h.malformed = p.malformed;
  h.titleStart = titleStart;
  h.titleEnd = titleEnd;
  if (titleOnNextLine) h.titleOnNextLine = true;
  return h;
}

// ---- the schemes' numbers --------------------------------------------------------------------

const ROMAN: readonly [string, number][] = [['M', 1000], ['CM', 900], ['D', 500], ['CD', 400], ['C', 100], ['XC', 90], ['L', 50], ['XL', 40], ['X', 10], ['IX', 9], ['V', 5], ['IV', 4], ['I', 1]];

export function toRoman(n: number): string {
  let out = '';
  let v = Math.max(1, Math.floor(n));
  for (const [s, k] of ROMAN) while (v >= k) { out += s; v -= k; }
  return out;
}

export function fromRoman(s: string): number | undefined {
  if (!/^[IVXLC]+$/.test(s)) return undefined;
  let v = 0;
  let rest = s;
  for (const [sym, k] of ROMAN) while (rest.startsWith(sym)) { v += k; rest = rest.slice(sym.length); }
  return rest === '' && toRoman(v) === s ? v : undefined;
}

function pad(seq: number, width: number | undefined): string {
  return String(seq).padStart(width ?? 0, '0');
}

/**
 * A head of the year scheme: the number read once at the line's indent (the split-number reading and
 * the plain one each read it again, twice for every line that opens with a digit).
 */
function yearHead(t: string, next: string | undefined): HeadMatch | undefined {
  const s = indentOf(t);
  const m = matchYearNumber(t.slice(s));
  if (!m) return undefined;
  return m.needsNextDigit ? splitYear(t, s, m, next) : head(t, parseYearScheme(t, s, m), next);
}

function parseYearScheme(t: string, s: number, m: YearNumberMatch): Parsed {
  const written = t.slice(s, s + m.end);
  let after = s + m.end;
  if (t[after] === ':' || t[after] === '.') after++;
  return parsed({ seq: m.seq, year: m.year, scheme: 'year' }, written, s, s + m.end, after, false, true, false, m.malformed);
}

/** `119/2` with the year's last digit alone on the next line (a PDF broke the number): the title follows that line. */
function splitYear(t: string, s: number, m: YearNumberMatch, next: string | undefined): HeadMatch | undefined {
  if (next === undefined || !/^\s*\d\s*$/.test(next)) return undefined;
  const year = Number(`${m.year}${next.trim()}`);
  return { number: { seq: m.seq, year, scheme: 'year' }, written: t.slice(s, s + m.end), start: s, end: s + m.end, titleStart: t.length, titleEnd: t.length, titleOnNextLine: true, malformed: m.malformed };
}

const YEAR_FIRST = /^(\d{2})(\/|\.)(\d{2,4})(\*?)(?=[\s:.]|$)/;

function parseYearFirst(t: string): Parsed | undefined {
  const s = indentOf(t);
  const m = YEAR_FIRST.exec(t.slice(s));
  if (!m) return undefined;
  const [, y, sep, q, star] = m;
  // year first has a longer second part (`19/112`) or a `.` (`21.44`); `25/47` is also the year
  // scheme's `025/47` written short, and is read both ways (`yearFirstAlternative`: the run decides)
  if (sep === '.' && q.length > 3) return undefined;
  const seq = Number(q);
  if (seq === 0) return undefined;
  const end = s + m[0].length - star.length;
  let after = end + star.length;
  if (t[after] === ':' || (t[after] === '.' && sep === '/')) after++;
  return parsed({ seq, year: Number(y), scheme: 'year-first', yearText: y, sep, width: q.length }, m[0].slice(0, m[0].length - star.length), s, end, after, false, sep === '/', star !== '', undefined);
}

/**
 * `25/47`: two digits, a slash, two digits, read by the year scheme (item 25 of 2047, written short)
 * and by year first (item 47 of 2025). The year scheme is the more particular form and wins a line;
 * the run of heads tells which the board meant: `25/47`, `25/48` rise only when read year first.
 */
export function readsYearFirst(written: string): boolean {
  return written.length === 5 && written.charCodeAt(2) === 0x2f && isDigitCode(written.charCodeAt(0)) && isDigitCode(written.charCodeAt(1)) && isDigitCode(written.charCodeAt(3)) && isDigitCode(written.charCodeAt(4));
}

const PLAIN = /^(\d{1,5})(\*?)([.):]?)(?=[ \t]|$)/;

function parsePlain(t: string, scheme: 'running' | 'per-meeting'): Parsed | undefined {
  const s = indentOf(t);
  const m = PLAIN.exec(t.slice(s));
  if (!m) return undefined;
  const [, q, star, trail] = m;
  const seq = Number(q);
  if (seq === 0) return undefined;
  if (scheme === 'per-meeting' && q.length > 3) return undefined;
  const end = s + q.length;
  const number: Mutable<MinuteNumber> = { seq, scheme };
  if (q.length > 1 && q.startsWith('0')) number.width = q.length;
  if (trail) number.trail = trail;
  return parsed(number, q, s, end, s + m[0].length, trail === '', false, star !== '', undefined);
}

/**
 * A reserved minute as a university's council numbers it in its running series (`R3313.1 Reserved business: senior
 * staff remuneration.`, `R2207 Honorary degrees`): an `R` straight before the minute's number, its paragraph's after a
 * point, then its words, opening with a capital.
 */
const RESERVED_HEAD = /^[ \t]*R(\d{1,5})(\.\d{1,3})?[ \t]+(?=\p{Lu})/u;

/** A reserved minute's head (RESERVED_HEAD): the number `R3313.1` (the minute 3313, its paragraph `.1`), the title after it. */
export function matchReservedHead(line: string): HeadMatch | undefined {
  // (an `R` and a figure after the indentation first: most lines are told by two characters)
  const s = indentOf(line);
  if (line.charCodeAt(s) !== 0x52 || !isDigitCode(line.charCodeAt(s + 1)) || line.length > 2000) return undefined;
  const m = RESERVED_HEAD.exec(line);
  if (!m) return undefined;
  const number: Mutable<MinuteNumber> = { seq: Number(m[1]), scheme: 'running', prefix: 'R' };
  if (m[2]) number.sub = m[2];
  if (m[1].length > 1 && m[1].startsWith('0')) number.width = m[1].length;
  const written = `R${m[1]}${m[2] ?? ''}`;
  let e = line.length;
  while (e > m[0].length && isBlankUnit(line.charCodeAt(e - 1))) e--;
  // (the paragraph's full stop closes its sentence, no part of the minute's title)
  if (m[2] && line.charCodeAt(e - 1) === 0x2e) e--;
  return { number, written, start: s, end: s + written.length, titleStart: m[0].length, titleEnd: e, reserved: true };
}

/**
 * The reserved minutes of a file of running numbers, among its heads: each `R` head (`matchReservedHead`) whose
 * minute goes on from the head above it (by 1 to 3, as the run's heads do) and comes before the head below. Reserved
 * minutes numbered in a series of their own (`R1`, `R2`) are left as they are.
 */
export function withReservedHeads(lines: readonly string[], numbering: Numbering, matches: readonly HeadMatch[]): { numbering: Numbering; matches: readonly HeadMatch[] } {
  const heads = numbering.heads;
  if (numbering.scheme !== 'running' || !heads || heads.length === 0 || heads.length !== matches.length) return { numbering, matches };
  const lineOut: number[] = [];
  const matchOut: HeadMatch[] = [];
  let k = 0;
  let last = matches[0].number.seq;
  let added = 0;
  for (let l = heads[0]; l < lines.length; l++) {
    if (k < heads.length && heads[k] === l) { lineOut.push(l); matchOut.push(matches[k]); last = matches[k].number.seq; k++; continue; }
    const m = matchReservedHead(lines[l]);
    if (!m || m.number.seq <= last || m.number.seq > last + 3 || (k < heads.length && m.number.seq >= matches[k].number.seq)) continue;
    lineOut.push(l);
    matchOut.push(m);
    last = m.number.seq;
    added++;
  }
  if (added === 0) return { numbering, matches };
  // (the last number used is the series' own: the next meeting's first goes on from it)
  const { prefix: _prefix, sub: _sub, ...lastUsed } = matchOut[matchOut.length - 1].number;
  return { numbering: { ...numbering, heads: lineOut, count: numbering.count + added, last: lastUsed }, matches: matchOut };
}

/** A number as its series counts it: a reserved minute's (`R3313.1`) is its minute's place in the running numbers (`3313`). */
export function seriesNumber(n: MinuteNumber): MinuteNumber {
  if (n.scheme !== 'running' || (n.prefix === undefined && n.sub === undefined)) return n;
  const { prefix: _prefix, sub: _sub, ...rest } = n;
  return rest;
}

/** Whether a line of [first, last] is a reserved minute's head (`matchReservedHead`): an edit of one is read with the whole file. */
export function holdsReservedHead(lines: readonly string[], first: number, last: number): boolean {
  for (let l = Math.max(0, first); l <= last && l < lines.length; l++) if (matchReservedHead(lines[l])) return true;
  return false;
}

const ITEM_WORD = /^(item|ITEM|Item)[ \t]*(\d{1,3})(?=[\s:.)\-–—]|$)([ \t]*[:.)\-–—])?/;

function parseItemWord(t: string): Parsed | undefined {
  const s = indentOf(t);
  const m = ITEM_WORD.exec(t.slice(s));
  if (!m) return undefined;
  const seq = Number(m[2]);
  if (seq === 0) return undefined;
  const written = m[0].replace(/[ \t]*[:.)\-–—]$/, '');
  return parsed({ seq, scheme: 'item-word', prefix: `${m[1]} `, ...(m[3] ? { trail: m[3].trim() } : {}) }, written, s, s + written.length, s + m[0].length, false, false, false, undefined);
}

const DECIMAL = /^(\d{1,2})\.0(?=[\s:]|$)\.?/;

function parseDecimal(t: string): Parsed | undefined {
  const s = indentOf(t);
  const m = DECIMAL.exec(t.slice(s));
  if (!m) return undefined;
  const seq = Number(m[1]);
  if (seq === 0) return undefined;
  const written = `${m[1]}.0`;
  return parsed({ seq, scheme: 'decimal' }, written, s, s + written.length, s + m[0].length, false, false, false, undefined);
}

const ROMAN_HEAD = /^([IVXLC]{1,7})[.)](?=[ \t]|$)/;

function parseRoman(t: string): Parsed | undefined {
  const s = indentOf(t);
  const m = ROMAN_HEAD.exec(t.slice(s));
  if (!m) return undefined;
  const seq = fromRoman(m[1]);
  if (seq === undefined) return undefined;
  // `I.` alone could be a pronoun's initial; `C.` and `L.` initials: only I, V, X-based heads below 40
  if (seq >= 40) return undefined;
  return parsed({ seq, scheme: 'roman' }, m[1], s, s + m[1].length, s + m[0].length, false, false, false, undefined);
}

const LETTER_HEAD = /^([A-Z])[.)](?=[ \t])/;

/**
 * A capital letter heading a section of the meeting (`A. CALL TO ORDER` … `K. ADJOURNMENT`, an
 * American district board's agenda): its title is in capitals on the line, as the board prints its
 * section heads, never a name's initial (`J. Ortiz said …`) or a list's point (`B. Claims in the amount …`).
 */
function letterHead(t: string, next: string | undefined): HeadMatch | undefined {
  const s = indentOf(t);
  const m = LETTER_HEAD.exec(t.slice(s));
  if (!m) return undefined;
  const h = head(t, parsed({ seq: m[1].charCodeAt(0) - 64, scheme: 'letter' }, m[1], s, s + 1, s + m[0].length, false, false, false, undefined), next);
  if (!h || h.titleOnNextLine || !capitalsTitle(t.slice(h.titleStart, h.titleEnd))) return undefined;
  return h;
}

/** A title in capitals: letters, and none in lower case (`DIRECTORS' REQUESTS FOR FUTURE AGENDA ITEMS`). */
function capitalsTitle(title: string): boolean {
  return /[A-Z]{2}/.test(title) && !/\p{Ll}/u.test(title);
}

/**
 * Prefix, year and running number: `PC24/061`, `TB/22/116`, `GBP/2223/001`, `PB/2425/061`, `CS26/04`,
 * `BOD 24/18(b)`, `GBP/2122/ 216` (a stray space); the same dotted, as universities write the body's
 * letters and the year (`C.25.14`, `SC.24.7`, `C.2024.15`); or prefix and number, year after: `CL55`,
 * `CAB 12`, `Cou/285/07-08`. Read at the line's indent by `readPrefixed`, which reads as
 * `/([A-Z][A-Za-z]{0,5})([ /.]?)(?:(\d{2}|\d{4})(\/ ?|\.)(\d{1,4})|(\d{1,4})(?:\/(\d{2}-\d{2}|\d{4}|\d{2}))?)(\([a-z0-9]{1,4}\))?(\*?)([:.]?)/y`
 * would, by character: every head of a prefixed file is read, and the pattern's ten groups made an
 * array and ten strings for each (docs/performance.md).
 */
function parsePrefixed(t: string): Parsed | undefined {
  const s = indentOf(t);
  const r = readPrefixed(t, s);
  if (r === undefined) return undefined;
  const nLetters = r.lettersEnd - s;
  const ps = r.psEnd > r.lettersEnd ? t.charCodeAt(r.lettersEnd) : -1;
  // `CAB 12`, `BOD 24/18`: a prefix before a space is an all-capitals abbreviation, never a word (`Item 3`, `Page 3`)
  if (ps === 0x20 && !capitalsIn(t, s, r.lettersEnd, 2, 4)) return undefined;
  if (ps === -1 && !capitalsIn(t, s, r.lettersEnd, 1, 5)) return undefined;
  // the year in brackets after a committee's letters (`QSEC(26)01`), never after a word (`Item (3)`, `Page(24)2`)
  const bracketed = t.charCodeAt(r.psEnd - 1) === 0x28;
  if (bracketed && !capitalsIn(t, s, r.lettersEnd, 2, 6)) return undefined;
  if (ps === 0x2f && nLetters < 2) return undefined;
  // dotted, the dots go together (`C.25.14`): letters and a dot alone (`C.25`) or a dot after the year
  // alone (`PC24.061`) are something else; the letters are capitals, as a body's are (`C`, `SC`, `UEB`)
  const sep = r.yearAfter || r.yearStart < 0 ? -1 : t.charCodeAt(r.yearEnd); // `/` or `.` after a year first
  if ((ps === 0x2e) !== (sep === 0x2e) || (ps === 0x2e && !capitalsIn(t, s, r.lettersEnd, 1, 5))) return undefined;
  // a prefix and a plain number need letters of their own (`CL55`), not one letter (`A614`, a road)
  if (r.yearStart < 0 && nLetters < 2) return undefined;
  const q = t.slice(r.seqStart, r.seqEnd);
  const seq = Number(q);
  if (seq === 0) return undefined;
  const yearText = r.yearStart < 0 ? undefined : t.slice(r.yearStart, r.yearEnd);
  const year = yearText === undefined ? undefined : Number(yearText.slice(0, 2)) ;
  // written key by key in the order of the spreads it replaced (every head of the file is asked: six
  // spreads after other keys copy their objects one key at a time, docs/performance.md)
  const number: Mutable<MinuteNumber> = { seq, scheme: 'prefixed', prefix: t.slice(s, r.psEnd) };
  if (yearText !== undefined) { number.yearText = yearText; number.year = year; }
  if (r.yearAfter) number.yearAfter = true;
  if (sep >= 0) number.sep = bracketed ? t.slice(r.yearEnd, r.seqStart) : sep === 0x2e ? '.' : '/';
  if ((q.length > 1 && q.charCodeAt(0) === 0x30) || q.length >= 3) number.width = q.length;
  if (r.numberEnd > r.subStart) number.sub = t.slice(r.subStart, r.numberEnd);
  if (r.after > r.numberEnd + (r.star ? 1 : 0)) number.trail = t[r.after - 1];
  // a stray space after the year's slash (`GBP/2122/ 216`) is the extraction's, not the board's: the
  // number is written as the board numbers it, with no warning (the space lies inside the head's range)
  const stray = sep === 0x2f && r.seqStart - r.yearEnd === 2;
  const written = stray ? t.slice(s, r.yearEnd + 1) + t.slice(r.seqStart, r.numberEnd) : t.slice(s, r.numberEnd);
  // (`FIN (24) 07` spaced reads also as a count in a sentence, `CQC (2023) 12 inspections`: its title is asked as a plain number's)
  const strong = yearText !== undefined && !(bracketed && r.psEnd - r.lettersEnd + r.seqStart - r.yearEnd > 2);
  return parsed(number, written, s, r.numberEnd, r.after, false, strong, r.star, undefined);
}

/**
 * The meeting's serial number, then the item's number afresh in it (`187.01`, `245.12`), as a company's
 * board numbers its minutes (Secretarial Standard-1's minutes book), or a parish or town council its
 * meetings' items (`7.01`, `112.3`): the serial is the prefix, `187.` of every item of the meeting.
 * The table reads three figures and two (`187.01`), three and one (`112.3`), one and two (`7.01`);
 * two and two (`21.44`) is year first's form, read as a serial only in a file whose numbering is one
 * (`serial` 2: `meetingSerial`), and one or two figures and one (`4.1`, `12.1`) a sub-item's. A money
 * sum (`412.60`) or a time (`11.00`) heads no run of rising items under one prefix; a serial of one
 * figure or an item of one heads a file's items only where nothing else does (`detect`).
 */
function parseSerialPrefixed(t: string, serial = 0): Parsed | undefined {
  const s = indentOf(t);
  const a = digitsAt(t, s, 4);
  if (a === 0 || a === 4 || t.charCodeAt(s + a) !== 0x2e) return undefined;
  const q = s + a + 1;
  const b = digitsAt(t, q, 3);
  if (serial === 0 ? !((a === 3 && b >= 1 && b <= 2) || (a === 1 && b === 2)) : a !== serial || b !== 2) return undefined;
  const seq = b === 2 ? (t.charCodeAt(q) - 0x30) * 10 + t.charCodeAt(q + 1) - 0x30 : t.charCodeAt(q) - 0x30;
  // (a serial of two figures may be padded, `03.01`, the third meeting; three figures led by a nought, or one nought, are no serial)
  if (seq === 0 || (t.charCodeAt(s) === 0x30 && (a !== 2 || t.charCodeAt(s + 1) === 0x30))) return undefined;
  const number: Mutable<MinuteNumber> = { seq, scheme: 'prefixed', prefix: t.slice(s, q) };
  if (b === 2) number.width = 2;
  let after = q + b;
  const c = t.charCodeAt(after);
  if (c === 0x3a || (c === 0x2e && !isDigitCode(t.charCodeAt(after + 1)))) { number.trail = t[after]; after++; }
  return parsed(number, t.slice(s, q + b), s, q + b, after, false, false, false, undefined);
}

/**
 * A meeting's serial that heads a file's items only where no other numbering has a run of its own
 * (`detect`): one figure (`7.01`), or items of one figure (`112.3`), which a list or a sub-item
 * could also be. A company's `187.01` and a council's `45.01` (read so by the date) stand on their own.
 */
function weakSerial(n: MinuteNumber): boolean {
  if (n.scheme !== 'prefixed' || n.yearText !== undefined) return false;
  const f = serialFigures(n.prefix);
  return f === 1 || (f === 3 && n.width === undefined);
}

/**
 * The figures of a meeting's serial written as its items' prefix (`3` of `187.`, `2` of `45.`), or 0
 * for any other prefix.
 */
function serialFigures(prefix: string | undefined): number {
  if (prefix === undefined || prefix.length < 2 || prefix.length > 4 || prefix.charCodeAt(prefix.length - 1) !== 0x2e) return 0;
  return digitsAt(prefix, 0, 3) === prefix.length - 1 ? prefix.length - 1 : 0;
}

/**
 * The meeting's serial of two figures and its items (`45.01`, `45.02`): written as year first's
 * `21.44`, and read so by the table; a file's numbering, once the meeting's date has ruled the year
 * out (`meetingSerial`), reads them as the meeting's own (parse/layout.ts).
 */
function serialHead(line: string, next: string | undefined, figures: number): HeadMatch | undefined {
  const t = prep(line);
  return t === undefined ? undefined : head(t, parseSerialPrefixed(t, figures), next);
}

/** Where the parts of a prefixed number stand in a line (`readPrefixed`): offsets, -1 for a year not written. */
interface PrefixedParts {
  /** After the prefix's letters, and after the character that may follow them (` `, `/`, `.`). */
  lettersEnd: number;
  psEnd: number;
  /** The year, before the running number (`24` of `PC24/061`) or after it (`07-08` of `Cou/285/07-08`). */
  yearStart: number;
  yearEnd: number;
  yearAfter: boolean;
  seqStart: number;
  seqEnd: number;
  /** The number's part in brackets (`(b)`), empty when none is written; after it the star (`*`) and the trail (`:`, `.`). */
  subStart: number;
  numberEnd: number;
  star: boolean;
  after: number;
}
// (one reading at a time: the parts are read into one object, kept)
const PARTS: PrefixedParts = { lettersEnd: 0, psEnd: 0, yearStart: -1, yearEnd: -1, yearAfter: false, seqStart: 0, seqEnd: 0, subStart: 0, numberEnd: 0, star: false, after: 0 };

/** The parts of a prefixed number at `s` as the pattern in `parsePrefixed`'s comment reads them (its first match, alternatives in order), or undefined. */
function readPrefixed(t: string, s: number): PrefixedParts | undefined {
  const n = t.length;
  // ([A-Z][A-Za-z]{0,5}): the letters stop at a character that is no letter (one more letter, and nothing can follow)
  const c0 = t.charCodeAt(s);
  if (!(c0 >= 0x41 && c0 <= 0x5a)) return undefined;
  let i = s + 1;
  while (i < n && isAsciiLetter(t.charCodeAt(i))) if (++i - s > 6) return undefined;
  const r = PARTS;
  r.lettersEnd = i;
  // the year in brackets (`QSEC(26)01`, `FIN (24) 07`): the bracket is the prefix's, the closing one and its space the separator
  const open = t.charCodeAt(i) === 0x28 ? i : t.charCodeAt(i) === 0x20 && t.charCodeAt(i + 1) === 0x28 ? i + 1 : -1;
  if (open >= 0) return bracketedYear(t, r, open);
  // ([ /.]?)
  const ps = t.charCodeAt(i);
  if (ps === 0x20 || ps === 0x2f || ps === 0x2e) i++;
  r.psEnd = i;
  const digits = digitsAt(t, i, 5);
  if (digits === 0) return undefined;
  // (\d{2}|\d{4})(\/ ?|\.)(\d{1,4}): a year of two or four digits, then `/`, `/ ` or `.` and the number
  if (digits === 2 || digits === 4) {
    const y = i + digits;
    const c = t.charCodeAt(y);
    const sepEnd = c === 0x2f ? (t.charCodeAt(y + 1) === 0x20 && isDigitCode(t.charCodeAt(y + 2)) ? y + 2 : y + 1) : c === 0x2e ? y + 1 : -1;
    const q = sepEnd < 0 ? 0 : digitsAt(t, sepEnd, 4);
    if (q > 0) {
      r.yearStart = i; r.yearEnd = y; r.yearAfter = false; r.seqStart = sepEnd; r.seqEnd = sepEnd + q;
      return closePrefixed(t, r, sepEnd + q);
    }
  }
  // (\d{1,4})(?:\/(\d{2}-\d{2}|\d{4}|\d{2}))?: the number, then a year after it
  const q = Math.min(digits, 4);
  r.seqStart = i; r.seqEnd = i + q; r.yearStart = -1; r.yearEnd = -1; r.yearAfter = false;
  let e = i + q;
  if (t.charCodeAt(e) === 0x2f) {
    const d = digitsAt(t, e + 1, 4);
    const y = d >= 2 && t.charCodeAt(e + 3) === 0x2d && digitsAt(t, e + 4, 2) === 2 ? 5 : d === 4 ? 4 : d >= 2 ? 2 : 0;
    if (y > 0) { r.yearStart = e + 1; r.yearEnd = e + 1 + y; r.yearAfter = true; e = r.yearEnd; }
  }
  return closePrefixed(t, r, e);
}

/** `(26)01`, `(24) 07`, `(2025)3` from the bracket at `open`: a year of two or four digits in brackets, one blank at most, the number. */
function bracketedYear(t: string, r: PrefixedParts, open: number): PrefixedParts | undefined {
  const y = digitsAt(t, open + 1, 5);
  if ((y !== 2 && y !== 4) || t.charCodeAt(open + 1 + y) !== 0x29) return undefined;
  let q = open + 2 + y;
  if (t.charCodeAt(q) === 0x20) q++;
  const d = digitsAt(t, q, 5);
  if (d === 0 || d > 4) return undefined;
  r.psEnd = open + 1;
  r.yearStart = open + 1; r.yearEnd = open + 1 + y; r.yearAfter = false; r.seqStart = q; r.seqEnd = q + d;
  return closePrefixed(t, r, q + d);
}

/** (\([a-z0-9]{1,4}\))?(\*?)([:.]?) from `e`. */
function closePrefixed(t: string, r: PrefixedParts, e: number): PrefixedParts {
  r.subStart = e;
  if (t.charCodeAt(e) === 0x28) {
    let k = e + 1;
    while (k - e <= 5 && isSubUnit(t.charCodeAt(k))) k++;
    if (k - e >= 2 && k - e <= 5 && t.charCodeAt(k) === 0x29) e = k + 1;
  }
  r.numberEnd = e;
  r.star = t.charCodeAt(e) === 0x2a;
  if (r.star) e++;
  const c = t.charCodeAt(e);
  r.after = c === 0x3a || c === 0x2e ? e + 1 : e;
  return r;
}

/** How many digits stand at `i`, `max` at most. */
function digitsAt(t: string, i: number, max: number): number {
  let k = 0;
  while (k < max && isDigitCode(t.charCodeAt(i + k))) k++;
  return k;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20; // an ASCII letter in lower case (no other character becomes one)
  return l >= 0x61 && l <= 0x7a;
}

/** `[a-z0-9]`. */
function isSubUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Whether `t` from `start` to `end` is `min` to `max` ASCII capitals (`/^[A-Z]{min,max}$/`, by character: every head of a prefixed file is asked). */
function capitalsIn(t: string, start: number, end: number, min: number, max: number): boolean {
  if (end - start < min || end - start > max) return false;
  for (let i = start; i < end; i++) { const c = t.charCodeAt(i); if (c < 0x41 || c > 0x5a) return false; }
  return true;
}

// ---- the table -------------------------------------------------------------------------------

function prep(line: string): string | undefined {
  // every scheme prepares the same line in turn (detection asks them all): the last one is kept
  if (line === preparedLine) return preparedText;
  const c = headingText(cellText(line));
  const t = DEBRIS.test(c.trim()) ? undefined : c;
  // (two slots, not an object: every line detection asks made one)
  preparedLine = line;
  preparedText = t;
  return t;
}
/** A Markdown heading over a numbered item (`## 57. Finance`): its marks blanked, offsets kept. */
const MARKDOWN_HEAD = /^[ \t]*#{1,6}[ \t]+(?=\d{1,5}[.)][ \t])/;
function headingText(t: string): string {
  if (t.charCodeAt(indentOf(t)) !== 0x23 /* # */) return t;
  const m = MARKDOWN_HEAD.exec(t);
  return m ? ' '.repeat(m[0].length) + t.slice(m[0].length) : t;
}
let preparedLine: string | undefined;
let preparedText: string | undefined;

function nextSeq(n: MinuteNumber): MinuteNumber {
  const { sub: _sub, ...rest } = n;
  return { ...rest, seq: n.seq + 1 };
}

export const SCHEMES: readonly SchemeEntry[] = [
  {
    name: 'year', label: 'NNN/YY, running through the year', examples: ['081/22 Minutes of the last meeting'], order: 'running',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : yearHead(t, next); },
    format: (n) => formatNumber({ seq: n.seq, year: n.year ?? 0 }),
    next: nextSeq,
  },
  {
    name: 'year-first', label: 'year first, then the running number', examples: ['19/112 Finance report', '15/208 Patient story', '21.44 Planning'], order: 'running',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parseYearFirst(t), next); },
    format: (n) => `${n.yearText ?? String((n.year ?? 0) % 100).padStart(2, '0')}${n.sep ?? '/'}${pad(n.seq, n.width)}`,
    next: nextSeq,
  },
  {
    name: 'prefixed', label: "the board's prefix, year and running number", examples: ['PC24/061 APOLOGIES FOR ABSENCE', 'TB/22/116 WELCOME', 'GBP/2223/001 Welcome', 'PB/2425/061: Minutes', 'CS26/04 Finance', 'CL55 Minutes', 'CAB 12 Budget', 'Cou/285/07-08 Planning', 'BOD 24/18(b) Estates', 'C.25.14 MINUTES', '187.01 CHAIRPERSON OF THE MEETING'], order: 'running',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parsePrefixed(t) ?? parseSerialPrefixed(t), next); },
    format: (n) => {
      const p = n.prefix ?? '';
      const num = pad(n.seq, n.width);
      if (n.yearText === undefined) return `${p}${num}${n.sub ?? ''}`;
      return n.yearAfter ? `${p}${num}/${n.yearText}${n.sub ?? ''}` : `${p}${n.yearText}${n.sep ?? '/'}${num}${n.sub ?? ''}`;
    },
    next: nextSeq,
  },
  {
    name: 'running', label: 'a plain number running on from earlier meetings', examples: ['41.     APOLOGIES FOR ABSENCE', '2246  Welcome and preliminaries', '112. Finance'], order: 'running',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parsePlain(t, 'running'), next); },
    // (a reserved minute's `R` and its paragraph, `R3313.1`, as written; the minute after it is the public series' next)
    format: (n) => `${n.prefix ?? ''}${pad(n.seq, n.width)}${n.sub ?? ''}${n.trail === '.' ? '.' : ''}`,
    next: (n) => { const { prefix: _prefix, ...rest } = n; return nextSeq(rest); },
  },
  {
    name: 'per-meeting', label: '1, 2, 3 afresh in each meeting', examples: ['1. Apologies', '1 Apologies', '1\tApologies\tKA', '1.'], order: 'meeting',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parsePlain(t, 'per-meeting'), next); },
    format: (n) => `${n.seq}.`,
    next: nextSeq,
  },
  {
    name: 'item-word', label: 'Item 1, Item 2', examples: ['Item 1 Apologies', 'Item 1: Apologies'], order: 'meeting',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parseItemWord(t), next); },
    format: (n) => `${n.prefix ?? 'Item '}${n.seq}`,
    next: nextSeq,
  },
  {
    name: 'decimal', label: '1.0, 2.0 (sub-items 1.1, 1.2)', examples: ['1.0 Apologies', '2.0 Minutes'], order: 'meeting',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parseDecimal(t), next); },
    format: (n) => `${n.seq}.0`,
    next: nextSeq,
  },
  {
    name: 'roman', label: 'Roman numerals I., II., III.', examples: ['I. CALL TO ORDER', 'XII. ADJOURNMENT'], order: 'meeting',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : head(t, parseRoman(t), next); },
    format: (n) => `${toRoman(n.seq)}.`,
    next: nextSeq,
  },
  {
    name: 'letter', label: 'capital letters A., B., C.', examples: ['A. CALL TO ORDER', 'K. ADJOURNMENT'], order: 'meeting',
    match: (line, next) => { const t = prep(line); return t === undefined ? undefined : letterHead(t, next); },
    format: (n) => `${String.fromCharCode(64 + Math.min(Math.max(n.seq, 1), 26))}.`,
    next: nextSeq,
  },
];

// by name: asked for every number formatted or matched (a label, a key, an expected number)
const BY_NAME = new Map(SCHEMES.map((s) => [s.name, s]));

export function schemeEntry(name: SchemeName): SchemeEntry {
  return BY_NAME.get(name)!;
}

/**
 * A head line in the given scheme; for a detected file, pass its numbering to also check the prefix
 * and year form (`A614 …` is no head in a `PC24/…` file). `next`: the next non-blank line.
 */
export function matchHead(line: string, scheme: SchemeName | Numbering, next?: string): HeadMatch | undefined {
  try {
    const name = typeof scheme === 'string' ? scheme : scheme.scheme;
    if (name === 'none') return undefined;
    // (a serial of two figures, `45.`, is year first's form too: read as the serial only where the file's numbering is one)
    const serial = typeof scheme === 'string' || name !== 'prefixed' ? 0 : serialFigures(scheme.prefix);
    const m = serial === 2 ? serialHead(line, next, serial) : schemeEntry(name).match(line, next);
    if (!m || typeof scheme === 'string') return m;
    return fitsNumbering(m.number, scheme) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** The number is of the file's family: same prefix and year form (`PC24/…`, not `A614`). */
export function fitsNumbering(n: MinuteNumber, f: Numbering): boolean {
  if (f.scheme === 'none' || n.scheme !== f.scheme) return false;
  if (f.scheme === 'prefixed') return normPrefix(n.prefix) === normPrefix(f.prefix) && (n.yearText === undefined) === (f.yearText === undefined) && !!n.yearAfter === !!f.yearAfter;
  if (f.scheme === 'year-first') return n.sep === f.sep;
  return true;
}

function normPrefix(p: string | undefined): string {
  return (p ?? '').toUpperCase();
}

// ---- numbering of a file ---------------------------------------------------------------------

/** The numbering a file uses: its scheme and, for a board's own scheme, its prefix and year form. */
export interface Numbering {
  readonly scheme: SchemeName | 'none';
  /** `PC`, `TB/`, `CAB ` (prefixed), `Item ` (item-word). */
  readonly prefix?: string;
  /** The year as the file writes it at its first item (`24`, `2425`, `07-08`). */
  readonly yearText?: string;
  readonly yearAfter?: boolean;
  readonly sep?: string;
  /** The first and last item numbers of the run found (for the outline's meeting detail). */
  readonly first?: MinuteNumber;
  readonly last?: MinuteNumber;
  /** How many item heads the run has. */
  readonly count: number;
  /**
   * The lines (indexes into the lines given) of the run's heads: the items, in order. Numbers of the
   * file's form that are not here are rows of a table or list (an action log's `PC24/031`, an
   * `Actions arising` table's `1`…`5`) or stray: a recogniser may take these as the items.
   */
  readonly heads?: readonly number[];
}

/** Values of `minutes.numbering`: a scheme, or `auto` to follow the file. */
export type SchemeSetting = SchemeName | 'auto';

export function isSchemeSetting(v: unknown): v is SchemeSetting {
  return v === 'auto' || (typeof v === 'string' && (SCHEME_NAMES as readonly string[]).includes(v));
}

// the order ties are broken in: the more particular form wins
// (a Roman `I.` or `V.` is also a letter: the line is a candidate of both families, `letterAlternative`)
const SPECIFICITY: Record<SchemeName, number> = { prefixed: 8, year: 7, 'year-first': 6, roman: 5, decimal: 4, 'item-word': 3, running: 2, 'per-meeting': 1, letter: 0 };

interface Candidate { readonly line: number; readonly last: number; readonly m: HeadMatch }

function familyKey(m: HeadMatch): string {
  const n = m.number;
  const scheme = n.scheme === 'per-meeting' ? 'running' : n.scheme; // plain numbers: one family, named after
  // a file's heads are mostly of one family: the last key is given again when its parts are, so the
  // families' map is asked with one string, not a new one built (and hashed) for every head
  const last = lastFamily;
  if (last.scheme === scheme && last.prefix === n.prefix && last.yearText === n.yearText && last.yearAfter === n.yearAfter && last.sep === n.sep) return last.key;
  const key = `${scheme}|${normPrefix(n.prefix)}|${n.yearText ?? ''}|${n.yearAfter ? 'a' : ''}|${n.sep ?? ''}`;
  lastFamily = { scheme, prefix: n.prefix, yearText: n.yearText, yearAfter: n.yearAfter, sep: n.sep, key };
  return key;
}
let lastFamily: { readonly scheme: string | undefined; readonly prefix: string | undefined; readonly yearText: string | undefined; readonly yearAfter: boolean | undefined; readonly sep: string | undefined; readonly key: string } = { scheme: '', prefix: undefined, yearText: undefined, yearAfter: undefined, sep: undefined, key: '' };

/** Whether a scheme's number can start with the character `c` (after indentation): digits, capitals, `Item`, Roman numerals. */
function mayStartNumber(name: SchemeName, c: number): boolean {
  const digit = c >= 0x30 && c <= 0x39;
  switch (name) {
    case 'year': case 'year-first': case 'running': case 'per-meeting': case 'decimal': return digit;
    case 'prefixed': return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39); // `187.01`: the meeting's serial number first
    case 'item-word': return c === 0x49 || c === 0x69;
    case 'roman': return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;
    case 'letter': return c >= 0x41 && c <= 0x5a;
    default: return true;
  }
}

/**
 * The numbering scheme a file uses, from its lines (or the text of its segments, one per line).
 * Robust to debris: heads count only in a run whose numbers follow one another (steps of 1 to 3),
 * and only when something stands between them (consecutive numbered lines are a list: a table of
 * contents, an action table, a payments table). `setting` other than `auto` forces the scheme;
 * the prefix and year form are still read from the file.
 */
export function detectNumbering(lines: readonly (string | { readonly text: string })[], setting: SchemeSetting = 'auto'): Numbering {
  return finish(detectNumberingSteps(lines, setting));
}

/** `detectNumbering`, pausing every SLICE lines (see `Sliced`). */
export function* detectNumberingSteps(lines: readonly (string | { readonly text: string })[], setting: SchemeSetting = 'auto'): Sliced<Numbering> {
  try {
    return (yield* detect(lines.map((l) => (typeof l === 'string' ? l : l.text)), setting)).numbering;
  } catch {
    return { scheme: 'none', count: 0 };
  }
}

/**
 * `detectNumberingSteps` of a document's lines, with each head's match as detection read it (in
 * the order of `heads`): the parser opens an item at each head, and reading its number and title
 * again from the same line gives the same match (parse/recognisers/ownNumbers.ts keeps it).
 */
export function* detectHeadsSteps(lines: readonly string[], setting: SchemeSetting = 'auto'): Sliced<{ readonly numbering: Numbering; readonly matches: readonly HeadMatch[] }> {
  try {
    return yield* detect(lines, setting);
  } catch {
    return { numbering: { scheme: 'none', count: 0 }, matches: [] };
  }
}

function* detect(lines: readonly string[], setting: SchemeSetting): Sliced<{ numbering: Numbering; matches: readonly HeadMatch[] }> {
  const families = new Map<string, Candidate[]>();
  const schemes = setting === 'auto' ? SCHEMES : SCHEMES.filter((s) => s.name === setting || (setting === 'per-meeting' && s.name === 'running') || (setting === 'running' && s.name === 'per-meeting'));
  for (let i = 0; i < lines.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const c = candidateAt(lines, i, schemes, setting);
    if (c) (families.get(c.key) ?? families.set(c.key, []).get(c.key)!).push(c);
    const alt = c && (letterAlternative(lines, i, c, schemes) ?? yearFirstAlternative(lines, i, c, schemes));
    if (alt) (families.get(alt.key) ?? families.set(alt.key, []).get(alt.key)!).push(alt);
  }
  let winner: { key: string; run: Candidate[]; score: number } | undefined;
  // (the best of the families that are no weak serial: it heads the items when it has a run of its own)
  let strong: typeof winner;
  for (const [key, cands] of families) {
    const run = bestRun(lines, cands);
    const score = run.length;
    const spec = SPECIFICITY[run[0]?.m.number.scheme ?? 'per-meeting'];
    if (!winner || score > winner.score || (score === winner.score && spec > SPECIFICITY[winner.run[0].m.number.scheme!])) winner = { key, run, score };
    if (run.length > 0 && !run.some((c) => weakSerial(c.m.number)) && (!strong || score > strong.score || (score === strong.score && spec > SPECIFICITY[strong.run[0].m.number.scheme!]))) strong = { key, run, score };
  }
  // `7.01 Payments` under `7. Finance`, `112.3` paragraphs under `112. Planning`: a weak serial's run is the items only where nothing else has one
  // (nor under a head of its serial's number: `7. Finance` alone over `7.01`, `7.02`, its parts)
  if (winner && strong && strong !== winner && winner.run.some((c) => weakSerial(c.m.number)) && (strong.score >= 2 || underItsNumber(families, winner.run))) winner = strong;
  const min = setting === 'auto' ? 2 : 1;
  if (!winner || winner.score < min) return { numbering: { scheme: setting === 'auto' ? 'none' : setting, count: 0 }, matches: [] };
  const first = winner.run[0].m.number;
  const last = winner.run[winner.run.length - 1].m.number;
  let scheme = first.scheme!;
  if (scheme === 'running' || scheme === 'per-meeting') {
    // plain numbers: afresh in each meeting when the run starts at 1 and stays short, else running on
    scheme = setting === 'running' || setting === 'per-meeting' ? setting : first.seq === 1 && last.seq < 100 ? 'per-meeting' : 'running';
  }
  const fix = (n: MinuteNumber): MinuteNumber => (n.scheme === scheme ? n : { ...n, scheme });
  const numbering: Numbering = {
    scheme,
    ...(first.prefix !== undefined ? { prefix: first.prefix } : {}),
    ...(first.yearText !== undefined ? { yearText: first.yearText } : {}),
    ...(first.yearAfter ? { yearAfter: true } : {}),
    ...(first.sep !== undefined ? { sep: first.sep } : {}),
    first: fix(first), last: fix(last), count: winner.run.length, heads: winner.run.map((c) => c.line),
  };
  return { numbering, matches: winner.run.map((c) => c.m) };
}

/** A digit in the first 80 characters (no slice made: every line of the file is asked). */
function digitNear(line: string): boolean {
  for (let i = 0, n = Math.min(line.length, 80); i < n; i++) { const c = line.charCodeAt(i); if (c >= 0x30 && c <= 0x39) return true; }
  return false;
}
const ROMAN_NEAR = /^\s*[IVXLC]+[.)]/;
const LETTER_NEAR = /^\s*[A-Z][.)][ \t]/;
function romanNear(line: string): boolean {
  const m = ROMAN_NEAR.exec(line);
  return m !== null && m[0].length <= 80;
}

/**
 * Whether the line is a date and nothing else (`15 October 2025`, `3rd March, 2026`, `Wednesday 15 October 2025`,
 * `October 15, 2025`, `15/10/2025`), in any of the forms dates.ts reads, by its length first.
 */
function dateAlone(line: string): boolean {
  if (line.length > 40 || line.length < 8) return false;
  const t = line.trim();
  const d = dateAt(t);
  return d !== undefined && !d.problem && d.start === 0 && d.end === t.length;
}

/** Line i as a head of some scheme (with its family's key), as `detect` reads it: the line and the next three at most are read. */
function candidateAt(lines: readonly string[], i: number, schemes: readonly SchemeEntry[], setting: SchemeSetting): (Candidate & { readonly key: string }) | undefined {
  const line = lines[i];
  // a head's number stands at the line's very start, or after a prefix of a few letters (`PC24/…`,
  // `Item 3`), markup or a cell: a sentence (`The budget for 2024 …`) is asked no scheme (the
  // parser detects once per parse), and most lines are ruled out by their first word's characters
  if (!mayStartHead(line)) return undefined;
  // …and near the line's start (after indentation or cell markup)
  if (!digitNear(line) && !romanNear(line) && !LETTER_NEAR.test(line)) return undefined;
  // every scheme reads the prepared line from its first character on: a page stamp is no head in
  // any, and a scheme is asked only when that character can start its number
  const prepared = prep(line);
  if (prepared === undefined) return undefined;
  const first = prepared.charCodeAt(indentOf(prepared));
  const next = nextNonBlank(lines, i);
  let best: HeadMatch | undefined;
  for (const s of schemes) {
    if (s.name === 'per-meeting') continue; // plain numbers are read once, as `running`, and named after
    if (!mayStartNumber(s.name, first)) continue;
    const m = s.match(line, next === undefined ? undefined : lines[next]);
    if (m && (!best || SPECIFICITY[m.number.scheme!] > SPECIFICITY[best.number.scheme!])) best = m;
  }
  if (!best && setting === 'per-meeting') best = schemeEntry('per-meeting').match(line, next === undefined ? undefined : lines[next]);
  if (!best) return undefined;
  return { key: familyKey(best), line: i, last: best.titleOnNextLine && next !== undefined ? next : i, m: best };
}

/**
 * A Roman numeral of one letter (`I. CLOSED SESSION`, `V.`) is also the letter of a file lettered
 * `A.` to `K.`: the line is a candidate of that family too (the run of heads decides which it is).
 */
function letterAlternative(lines: readonly string[], i: number, c: Candidate, schemes: readonly SchemeEntry[]): (Candidate & { readonly key: string }) | undefined {
  if (c.m.number.scheme !== 'roman' || c.m.written.length !== 1 || !schemes.some((s) => s.name === 'letter')) return undefined;
  const m = schemeEntry('letter').match(lines[i]);
  return m ? { key: familyKey(m), line: i, last: i, m } : undefined;
}

/** A short `25/47` read by the year scheme is also a candidate of year first (`readsYearFirst`). */
function yearFirstAlternative(lines: readonly string[], i: number, c: Candidate, schemes: readonly SchemeEntry[]): (Candidate & { readonly key: string }) | undefined {
  if (c.m.number.scheme !== 'year' || !readsYearFirst(c.m.written) || !schemes.some((s) => s.name === 'year-first')) return undefined;
  const next = nextNonBlank(lines, i);
  const m = schemeEntry('year-first').match(lines[i], next === undefined ? undefined : lines[next]);
  return m ? { key: familyKey(m), line: i, last: m.titleOnNextLine && next !== undefined ? next : i, m } : undefined;
}

/** Whether a head numbered as the serial, of a meeting's own count (`7.`, `7 `, `7.0`, `Item 7`, `VII.` over `7.01`), stands above the run's first head. */
function underItsNumber(families: ReadonlyMap<string, readonly Candidate[]>, run: readonly Candidate[]): boolean {
  const serial = Number.parseInt(run[0].m.number.prefix ?? '', 10);
  for (const cands of families.values()) {
    for (const c of cands) {
      if (c.line >= run[0].line) break;
      const n = c.m.number;
      if (n.seq === serial && n.scheme !== 'prefixed' && n.scheme !== 'year' && n.scheme !== 'year-first') return true;
    }
  }
  return false;
}

/**
 * Whether the two figures before the point can be the year of a meeting held in `year`: its own, or
 * the year before or after (a municipal or academic year straddles two calendar years: `25.41` in
 * February 2026, `26.03` in a meeting of December 2025 for the council year 2025/26).
 */
export function couldBeYear(figures: number, year: number): boolean {
  const yy = year % 100;
  return figures === yy || figures === (yy + 99) % 100 || figures === (yy + 1) % 100;
}

/**
 * The numbering read year first with a point (`45.01`, `45.02`: the year 45, then its minutes 1, 2),
 * read instead as the meeting's serial and its items (meeting 45, items 01, 02), as many parish and
 * town councils number them, when nothing says the figures before the point are a year: the meeting
 * is dated in another (`year`: not its year, nor the year before or after), or not dated at all,
 * where a year claimed would be a guess a clerk could be asked to "correct". Only items of two
 * figures at most: a meeting has no hundred items, and `24.101` is the year's running count. The
 * numbers stay as written (`45.01`), now without a year: in the board's own form (`prefixed`, as
 * a company's `187.01`), each head read again in it so that an edit's re-reading (`matchHead`) gives
 * the same. Undefined: the year-first reading stands.
 */
export function meetingSerial(lines: readonly string[], numbering: Numbering, matches: readonly HeadMatch[], year: number | undefined): { numbering: Numbering; matches: readonly HeadMatch[] } | undefined {
  try {
    if (numbering.scheme !== 'year-first' || numbering.sep !== '.' || !numbering.heads || numbering.yearText?.length !== 2) return undefined;
    if (year !== undefined && couldBeYear(Number(numbering.yearText), year)) return undefined;
    if (matches.some((m) => m.number.width === undefined || m.number.width > 2)) return undefined;
    const serial: Numbering = { scheme: 'prefixed', prefix: `${numbering.yearText}.`, count: numbering.count };
    const read: HeadMatch[] = [];
    for (const h of numbering.heads) {
      const next = nextNonBlank(lines, h);
      const m = matchHead(lines[h], serial, next === undefined ? undefined : lines[next]);
      if (!m) return undefined;
      read.push(m);
    }
    return { numbering: { ...serial, first: read[0].number, last: read[read.length - 1].number, heads: numbering.heads }, matches: read };
  } catch {
    return undefined;
  }
}

/**
 * Whether `detectNumbering` reads the same numbering after lines [first, last] changed in place (no
 * line added or removed) as before, found from those lines alone: each line whose reading can see
 * them (the three above look ahead for a title) is the same head, or no head, before and after, and
 * each changed line is as blank or as full as it was (the run of heads asks what stands between them).
 */
export function sameNumberingAfterEdit(before: readonly string[], after: readonly string[], first: number, last: number, setting: SchemeSetting = 'auto'): boolean {
  try {
    const schemes = setting === 'auto' ? SCHEMES : SCHEMES.filter((s) => s.name === setting || (setting === 'per-meeting' && s.name === 'running') || (setting === 'running' && s.name === 'per-meeting'));
    for (let l = first; l <= last; l++) if ((cellText(before[l]).trim() === '') !== (cellText(after[l]).trim() === '')) return false;
    for (let i = Math.max(0, first - 3); i <= last; i++) {
      const a = candidateAt(before, i, schemes, setting);
      const b = candidateAt(after, i, schemes, setting);
      if (!a || !b) { if (a || b) return false; continue; }
      if (a.key !== b.key || a.last !== b.last || JSON.stringify(a.m.number) !== JSON.stringify(b.m.number)) return false;
      // (a row of a table is a list's entry where a head of one cell is not)
      if (tableRow(before, a) !== tableRow(after, b)) return false;
      if (!letterAlternative(before, i, a, schemes) !== !letterAlternative(after, i, b, schemes)) return false;
      if (!yearFirstAlternative(before, i, a, schemes) !== !yearFirstAlternative(after, i, b, schemes)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the line starts as a head can (`/^\s*(?:[<|#*_(\d]|[A-Za-z]{1,6}(?:[ /.]?| ?\()\d|[IVXLC]+[.)]|item)/i`,
 * read character by character: every line of every file is asked, and a line of prose fails on
 * its first word without a regular expression): markup, a bracket or a digit first; or letters,
 * six at most, then a digit (after a space, `/` or `.` at most: `PC24/…`, `CAB 12`, `SC.24.7`; or a bracket, `QSEC(26)01`); or Roman numerals
 * and `.` or `)`; or `item`.
 */
function mayStartHead(line: string): boolean {
  const n = line.length;
  let i = 0;
  while (i < n && isBlankUnit(line.charCodeAt(i))) i++;
  if (i === n) return false;
  const c = line.charCodeAt(i);
  // `<`, `|`, `#`, `*`, `_`, `(`, a digit
  if ((c >= 0x30 && c <= 0x39) || c === 0x3c || c === 0x7c || c === 0x23 || c === 0x2a || c === 0x5f || c === 0x28) return true;
  let k = i;
  let roman = true;
  for (; k < n; k++) {
    const l = line.charCodeAt(k) | 0x20; // an ASCII letter in lower case (no other character becomes one)
    if (l < 0x61 || l > 0x7a) break;
    if (l !== 0x69 && l !== 0x76 && l !== 0x78 && l !== 0x6c && l !== 0x63) roman = false;
    // past six letters, not all Roman: only `item` can still start the line, read from its first four (a long first word is not read to its end)
    if (k - i >= 6 && !roman) return isItemAt(line, i);
  }
  if (k === i) return false;
  const after = k < n ? line.charCodeAt(k) : -1;
  if (roman && (after === 0x2e || after === 0x29)) return true;
  // a capital letter heading a section (`A. CALL TO ORDER`)
  if (k - i === 1 && (after === 0x2e || after === 0x29) && c >= 0x41 && c <= 0x5a) return true;
  if (k - i <= 6) {
    if (after >= 0x30 && after <= 0x39) return true;
    if ((after === 0x20 || after === 0x2f || after === 0x2e) && k + 1 < n) { const d = line.charCodeAt(k + 1); if (d >= 0x30 && d <= 0x39) return true; }
    // the year in brackets (`QSEC(26)01`, `FIN (24) 07`)
    const b = after === 0x28 ? k + 1 : after === 0x20 && line.charCodeAt(k + 1) === 0x28 ? k + 2 : -1;
    if (b > 0 && isDigitCode(line.charCodeAt(b))) return true;
  }
  return k - i >= 4 && isItemAt(line, i);
}

/** `item` (any case) at `i`, also as the start of a longer word (its letters known to be letters). */
function isItemAt(line: string, i: number): boolean {
  return (line.charCodeAt(i) | 0x20) === 0x69 && (line.charCodeAt(i + 1) | 0x20) === 0x74 && (line.charCodeAt(i + 2) | 0x20) === 0x65 && (line.charCodeAt(i + 3) | 0x20) === 0x6d;
}

/** Whether the line is blank once its cell markup is blanked (`cellText(line).trim() === ''`, no string made). */
function blankCells(line: string): boolean {
  let i = 0;
  while (i < line.length && isBlankUnit(line.charCodeAt(i))) i++;
  if (i === line.length) return true;
  // cell markup starts with `<` or `|`: a line whose first character is another is not blank in cells
  const c = line.charCodeAt(i);
  if (c !== 0x3c && c !== 0x7c) return false;
  return blankFrom(cellText(line), 0);
}

function nextNonBlank(lines: readonly string[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (!blankCells(lines[j])) return j;
  return undefined;
}

function strongForm(n: MinuteNumber): boolean {
  return n.scheme === 'year' || (n.scheme === 'prefixed' && n.yearText !== undefined) || (n.scheme === 'year-first' && n.sep === '/');
}

/**
 * Whether the head is a row of a table of three cells or more: its number, then two cells that are
 * not blank, each after a tab (`26/02<TAB>Book the gas safety check<TAB>GP<TAB>Done`). An action
 * log's references are written in a board's own form too (year first, `26/01`…): rows of such a
 * table one under another are a list, not the meeting's items, however strong their form (a
 * one-line minute, `001/20<TAB>The Commissioner welcomed …`, is two cells).
 */
function tableRow(lines: readonly string[], c: Candidate): boolean {
  const line = lines[c.line];
  let at = c.m.end;
  if (line.charCodeAt(at) !== 0x09) return false;
  // one pass: a cell counts at its first character that is not blank
  let cells = 0;
  let counted = true;
  for (; at < line.length; at++) {
    const ch = line.charCodeAt(at);
    if (ch === 0x09) counted = false;
    else if (!counted && !isBlankUnit(ch)) { counted = true; if (++cells >= 2) return true; }
  }
  return false;
}

/** The longest chain of heads in document order whose numbers rise by 1 to 3, list entries left out. */
function bestRun(lines: readonly string[], all: readonly Candidate[]): Candidate[] {
  // a date alone on its line below the first head (`15 October 2025`, a web page's print header at a page break) is
  // no head: its day is no item's number, and the head under it no list's entry (above the heads it stays as it was read)
  const cands = all.length > 1 ? all.filter((c, k) => k === 0 || !dateAlone(lines[c.line])) : all;
  // a head directly after another head of its family, with only blank lines between, is a list entry
  const listy = new Set<number>();
  const onward = new Set<number>();
  const tabled = new Set<number>();
  // what stands between each head and the one before it: text (`between`), or blank lines only (`gap`)
  const between = new Uint8Array(cands.length);
  const gapped = new Uint8Array(cands.length);
  for (let k = 1; k < cands.length; k++) {
    for (let j = cands[k - 1].last + 1; j < cands[k].line && between[k] === 0; j++) {
      if (blankCells(lines[j])) gapped[k] = 1;
      else if (!wrapsRow(lines, cands[k - 1], lines[j])) between[k] = 1;
    }
  }
  for (let k = 1; k < cands.length; k++) {
    const gap = gapped[k] === 1;
    // (a number of a board's own form marks a head even in a run of one-line items: `001/20<TAB>…`;
    // a list's entries stand at one indent: an entry indented under an item's text, `24.093 … C/F`
    // in the Clerk's list of earlier actions, does not make the next item's head at the margin one)
    // (nor is a head written with a trail under a table's row without one: `416.<TAB>PUBLIC PARTICIPATION`
    // under a table of earlier actions `405<TAB>Update the website …` is the next item, no row)
    if (between[k] === 0 && (!strongForm(cands[k].m.number) || tableRow(lines, cands[k])) && indentOf(lines[cands[k - 1].line]) === indentOf(lines[cands[k].line]) && marked(lines[cands[k - 1].line]) === marked(lines[cands[k].line]) && !belowRow(lines, cands[k - 1], cands[k])) {
      // …unless, set apart by blank lines, they go on from the head before them one by one: items
      // with nothing under them (`IV. PUBLIC COMMENT` and its text, then `V. PROCLAMATIONS`, `VI. CONSENT …`),
      // where a list starts afresh (`1.`, `(a)`), a list of contents has no head before it, and a
      // list's entries follow one another line by line; or, with no blank line, heads in capitals (a
      // council's order of business as a PDF prints it: `III. PLEDGE OF ALLEGIANCE`, then `IV. APPROVAL OF AGENDA`)
      const onByOne = (gap || (titleInCapitals(lines, cands[k - 1]) && titleInCapitals(lines, cands[k]))) && cands[k].m.number.seq === cands[k - 1].m.number.seq + 1;
      // …or rows of the meeting's own table of items, one under another (`Min<TAB>Item<TAB>Lead` over
      // `1.<TAB>Welcome and apologies<TAB>DO`, `2.<TAB>Review of actions<TAB>DO`): a list's entries have no
      // header row naming the items over them
      if (cands[k].m.number.seq === cands[k - 1].m.number.seq + 1 && cellRow(lines, cands[k]) && (tabled.has(k - 1) || (cellRow(lines, cands[k - 1]) && underItemsHeader(lines, cands[k - 1])))) { tabled.add(k - 1); tabled.add(k); continue; }
      if (onByOne && !listy.has(k - 1) && goesOn(cands, k - 1, listy)) { onward.add(k - 1); onward.add(k); continue; }
      if (onByOne && onward.has(k - 1)) { onward.add(k); continue; }
      listy.add(k - 1); listy.add(k);
    }
  }
  // …but not the file's first heads one by one with only blank lines between them, when the next head goes on
  // from them below the last one's text (`1. Welcome`, a blank, `2. Apologies` and its text, `3. Finance`): items
  // with nothing under them yet, as a clerk sets out the meeting before filling it in. A list of contents is
  // followed by the items afresh from its first number, not by the next one.
  let top = 0;
  while (top + 1 < cands.length && listy.has(top + 1) && between[top + 1] === 0 && gapped[top + 1] === 1 && cands[top + 1].m.number.seq === cands[top].m.number.seq + 1) top++;
  // (items' titles, no sentences: `1. That the hall be repainted.` heads a list of recommendations)
  if (top > 0 && listy.has(0) && top + 1 < cands.length && between[top + 1] === 1 && risesFrom(cands[top], cands[top + 1]) && cands.slice(0, top + 2).every((c) => !sentenceTitle(lines[c.line], c.m))) for (let k = 0; k <= top; k++) listy.delete(k);
  const heads = cands.filter((_, k) => !listy.has(k));
  // longest rising chain, greedy from each of the first heads (a file's run starts near its top;
  // bounded so that a file of 20,000 items stays linear)
  const seqs = heads.map((h) => h.m.number.seq);
  const chains = seqs.every(Number.isInteger) ? greedyChains(seqs) : undefined;
  let best: Candidate[] = [];
  for (let s = 0; s < Math.min(heads.length, 40); s++) {
    if (heads.length - s <= best.length) break;
    let run: Candidate[] = [];
    if (chains) {
      if (chains.length[s] <= best.length) continue;
      for (let k = s; k >= 0; k = chains.next[k]) run.push(heads[k]);
    } else {
      // (numbers are whole: this walk is the same chain, kept for any that is not)
      run = [heads[s]];
      for (let k = s + 1; k < heads.length; k++) {
        if (risesFrom(run[run.length - 1], heads[k])) run.push(heads[k]);
      }
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

/** Whether the head's title stands in a cell of its own: a tab after the number and another after the title (`2.<TAB>Review of actions<TAB>DO`). */
function cellRow(lines: readonly string[], c: Candidate): boolean {
  const line = lines[c.line];
  const t = line.indexOf('\t', c.m.end);
  return t >= 0 && t <= c.m.end + 2 && line.indexOf('\t', t + 1) > t + 1;
}

// a table's header row over the meeting's items: its number's column, then one naming the items
const NUMBER_COLUMN = /^(?:no\.?|nos?\.|number|#|min\.?|mins?\.?|minutes?(?: no\.?)?|items?(?: no\.?)?|ref\.?)$/i;
const ITEMS_COLUMN = /^(?:items?|agenda items?|subjects?|business|titles?|topics?|matters?(?: considered)?)$/i;

/**
 * Whether the line above the head (blank lines aside) is the header row of a table of the meeting's
 * items: its cells, at most six and after tabs, its number's column first (`Min`, `No.`, `Item`) and one
 * naming the items (`Item`, `Subject`, `Business`) after it; a table of actions names none (`No.<TAB>Action<TAB>Who`).
 */
function underItemsHeader(lines: readonly string[], c: Candidate): boolean {
  let j = c.line - 1;
  while (j >= 0 && blankCells(lines[j])) j--;
  // (a header row is short: a long line is text, never split)
  if (j < 0 || lines[j].length > 120 || lines[j].indexOf('\t') < 0) return false;
  const cells = lines[j].split('\t').map((x) => x.trim()).filter((x) => x !== '');
  return cells.length >= 2 && cells.length <= 6 && NUMBER_COLUMN.test(cells[0]) && cells.slice(1).some((x) => ITEMS_COLUMN.test(x));
}

/** Whether the head's title, on its line, is written in capitals (three letters at least), as a section's heading. */
function titleInCapitals(lines: readonly string[], c: Candidate): boolean {
  const t = lines[c.line].slice(c.m.titleStart, c.m.titleEnd);
  return t === t.toUpperCase() && /[A-Z]{3}/.test(t);
}

/**
 * Whether `line` is the row `row` carried on: the cells of a table's row the page wrapped onto the
 * next line, its first cell (the number's) empty (`6<TAB>Accept the quote and book the<TAB>CJ<TAB>end Feb`
 * ⏎ `<TAB>pontoon works`). Nothing stands between such rows: they are consecutive, a list.
 */
function wrapsRow(lines: readonly string[], row: Candidate, line: string): boolean {
  const r = lines[row.line];
  if (line.charCodeAt(0) !== 0x09 || r.charCodeAt(row.m.end) !== 0x09) return false;
  // (a row of three cells or more: a head with its title in one cell, `1<TAB>Welcome`, and its text indented by a tab below is no row)
  const second = r.indexOf('\t', row.m.end + 1);
  if (second < 0 || r.indexOf('\t', second + 1) < 0) return false;
  // (a row's cells carried on hold no more than the row did, but for a word that did not fit, and go on
  // mid-sentence: a line holding more that opens as a sentence does is text under a head whose cells a Word
  // table spaced out with tabs, `1<TAB>Welcome and apologies<TAB><TAB><TAB>RLH` over `<TAB>RLH welcomed governors. …`)
  const c = line.charCodeAt(1);
  return (c >= 0x61 && c <= 0x7a) || inkOf(line, 0) <= inkOf(r, row.m.end) + 10;
}

/** How many characters from `from` on are neither tabs nor spaces. */
function inkOf(line: string, from: number): number {
  let n = 0;
  for (let i = from; i < line.length; i++) { const c = line.charCodeAt(i); if (c !== 0x09 && c !== 0x20) n++; }
  return n;
}

/** `c` is written with a trail (`416.`) under a table's row whose number has none and a tab after it (`405<TAB>…`). */
function belowRow(lines: readonly string[], row: Candidate, c: Candidate): boolean {
  return row.m.number.trail === undefined && c.m.number.trail !== undefined && lines[row.line].charCodeAt(row.m.end) === 0x09;
}

/** Whether head k's number is one above that of the head before it, itself no list's entry (k opens a run of adjacent heads). */
/**
 * Whether the line is a Markdown heading (`## 1. Previous action items`): a heading is no entry of the list
 * above it (`## Agenda` ⏎ `1. Previous action items` … `5. AOB`, then the items' headings).
 */
function marked(line: string): boolean {
  let i = 0;
  while (i < line.length && isBlankUnit(line.charCodeAt(i))) i++;
  return line.charCodeAt(i) === 0x23;
}

/** Whether a head's title on its line ends as a sentence does (`That the hall be repainted.`). */
function sentenceTitle(line: string, m: HeadMatch): boolean {
  if (m.titleOnNextLine) return false;
  let e = Math.min(m.titleEnd, line.length);
  while (e > m.titleStart && isBlankUnit(line.charCodeAt(e - 1))) e--;
  return e > m.titleStart && (line.charCodeAt(e - 1) === 0x2e || line.charCodeAt(e - 1) === 0x3b);
}

/** Whether head b's number is one to three above a's, as the run of heads rises (`bestRun`). */
function risesFrom(a: Candidate, b: Candidate): boolean {
  const step = b.m.number.seq - a.m.number.seq;
  return step >= 1 && step <= 3;
}

function goesOn(cands: readonly Candidate[], k: number, listy: ReadonlySet<number>): boolean {
  return k > 0 && !listy.has(k - 1) && cands[k].m.number.seq === cands[k - 1].m.number.seq + 1;
}

/**
 * The greedy rising chain from each head: the next link of head k is the first head after it whose
 * number is 1 to 3 above k's, and the chain's length from k. Found from the end: the first head after k
 * with a number is the nearest one seen so far with it, kept by number (a list of each number's heads
 * searched for it cost an array a head); forty chains walked over the whole file held the server over
 * a second at 40,000 items (once per parse, and an import parses often).
 */
function greedyChains(seqs: readonly number[]): { next: Int32Array; length: Int32Array } {
  const next = new Int32Array(seqs.length).fill(-1);
  const length = new Int32Array(seqs.length).fill(1);
  const nearest = new Map<number, number>();
  // whole numbers: a step of 1 to 3 is one of three numbers
  for (let k = seqs.length - 1; k >= 0; k--) {
    let link = -1;
    for (let step = 1; step <= 3; step++) {
      const at = nearest.get(seqs[k] + step);
      if (at !== undefined && (link < 0 || at < link)) link = at;
    }
    next[k] = link;
    if (link >= 0) length[k] = length[link] + 1;
    nearest.set(seqs[k], k);
  }
  return { next, length };
}

// ---- expected numbers --------------------------------------------------------------------------

/** The number expected after `prev`, in the same scheme and form (`PC24/061` → `PC24/062`). */
export function expectedAfter(prev: MinuteNumber): MinuteNumber {
  return prev.scheme ? schemeEntry(prev.scheme).next(prev) : nextSeq(prev);
}

/**
 * The form of a number without its value: scheme, prefix and year form, padding and trail (empty
 * for today's numbers). `{ ...numberForm(prev), seq, year }` is a number written like `prev`.
 */
export function numberForm(n: MinuteNumber): Partial<MinuteNumber> {
  const { scheme, prefix, yearText, yearAfter, sep, width, trail } = n;
  const out: { -readonly [K in keyof MinuteNumber]?: MinuteNumber[K] } = {};
  if (scheme !== undefined) out.scheme = scheme;
  if (prefix !== undefined) out.prefix = prefix;
  if (yearText !== undefined) out.yearText = yearText;
  if (yearAfter) out.yearAfter = yearAfter;
  if (sep !== undefined) out.sep = sep;
  if (width !== undefined) out.width = width;
  if (trail !== undefined) out.trail = trail;
  return out;
}

/** The number written in the file's own form (`PC24/062`, `42.`, `XIII.`, `081/22`). */
export function formatIn(n: MinuteNumber): string {
  return n.scheme ? schemeEntry(n.scheme).format(n) : formatNumber(n);
}

/** The first number of a new meeting in this file's numbering, given the last one used before it. */
export function firstOfMeeting(f: Numbering, lastUsed?: MinuteNumber): MinuteNumber | undefined {
  if (f.scheme === 'none') return undefined;
  const entry = schemeEntry(f.scheme);
  if (entry.order === 'running' && lastUsed) return expectedAfter(lastUsed);
  const base = f.first ?? { seq: 1, scheme: f.scheme };
  const { sub: _sub, ...rest } = base;
  return { ...rest, seq: 1 };
}

// ---- sub-items and paragraphs ----------------------------------------------------------------

export interface SubNumber {
  /** `sub-item`: a child item with a title; `paragraph`: a numbered paragraph of the minute. */
  readonly kind: 'sub-item' | 'paragraph';
  /** The marker as written: `4.1`, `5.01)`, `(a)`, `7(a)`, `A.`, `F-1`, `116.1`, `a)`, `(1).`, `53a`, `1.` */
  readonly written: string;
  /** The parent's number when the marker carries it (`4` of `4.1`, `116` of `116.1`, `7` of `7(a)`, 6 of `F-1`). */
  readonly parent?: number;
  /** The sub-number (`1`, `a`, `A`, `i`). */
  readonly sub: string;
  readonly start: number;
  readonly end: number;
  /** Where the text starts (the line's length when it is on the next line). */
  readonly textStart: number;
}

// (`5.01)`: a US council's consent items, the decimal closed by a bracket; `53a`: a web page's
// lettered part of minute 53, the number and its letter alone over the title; `F-1`: a US board's
// numbered part of its lettered item F; `1.`: a North American council's numbered entry under a
// Roman or lettered section, `VI. CONSENT AGENDA` over `1. Claims list …`, which elsewhere is an item's own number;
// `A.` or `a.`: a lettered part, `IV. CONSENT CALENDAR` over `a. Minutes of the September 9 meeting`)
const SUB = /^(?:(\d{1,4})\.(\d{1,2})(?:\.(\d{1,2}))?[.)]?|(\d{1,3})\(([a-z]{1,4}|\d{1,2})\)|\(([a-z]{1,4}|\d{1,2})\)\.?|([a-z]{1,4}|\d{1,2})\)|([A-Za-z])\.|(\d{1,4})([a-z])|([A-Z])-(\d{1,2})|(\d{1,2})\.)(?=[ \t]|$)/;

/**
 * Whether a sub-number (SUB) can open `t` at `s`, its first character that is not blank, read from
 * SUB's alternatives character by character: a digit (`4.1`, `7(a)`, `53a`, `1)`, `1.`), a bracket (`(a)`,
 * `(1).`), one to four small letters and `)` (`a)`, `iv)`), a letter and `.` (`A.`, `a.`), a capital and `-` (`F-1`).
 * Every line of an item is asked: a line of prose fails on its first or second character.
 */
function maySubNumberAt(t: string, s: number): boolean {
  const c = t.charCodeAt(s);
  if ((c >= 0x30 && c <= 0x39) || c === 0x28) return true;
  if (c >= 0x41 && c <= 0x5a) { const d = t.charCodeAt(s + 1); return d === 0x2e || d === 0x2d; }
  if (c < 0x61 || c > 0x7a) return false;
  if (t.charCodeAt(s + 1) === 0x2e) return true; // `a.` (SUB asks the blank after it)
  for (let k = s + 1; k <= s + 4; k++) {
    const d = t.charCodeAt(k);
    if (d === 0x29) return true;
    if (d < 0x61 || d > 0x7a) return false;
  }
  return false;
}

/** Whether a sub-number can open the clean text (`maySubNumberAt` after its blanks; a line in cells is asked once its markup is blanked): the gate before `classifySubNumber`. */
export function maySubNumber(line: string): boolean {
  return maySubNumberAt(line, indentOf(line));
}

/**
 * Tells a sub-item that carries a title (`4.1 Reserves policy`, `(a) Charging policy`, `7(a) …`,
 * `A.` under Roman items, `(a)` alone with `PLANNING` on the next line) from a numbered paragraph
 * of a minute (`116.1 MO welcomed …`, `2246.1 that …`, `a) The gully …`, `(1).`). `next` is the
 * following line: a sentence carried on there makes a paragraph. Undefined: no such marker.
 */
export function classifySubNumber(line: string, next?: string): SubNumber | undefined {
  try {
    const t = cellText(line);
    const s = indentOf(t);
    if (!maySubNumberAt(t, s)) return undefined;
    let written: string, parent: string | undefined, sub: string, bracketed = false;
    const dec = readDecimal(t, s);
    if (dec === null) return undefined;
    if (dec !== undefined) {
      written = t.slice(s, dec.end);
      parent = dec.parent;
      sub = dec.sub;
      // `1.0` is an item (decimal)
      if (sub === '0' && !dec.third) return undefined;
    } else {
      const m = SUB.exec(t.slice(s));
      if (!m) return undefined;
      written = m[0];
      // (`F-1` under a lettered item: its parent is the item's letter, F the sixth)
      parent = m[4] ?? m[9] ?? (m[11] !== undefined ? String(m[11].charCodeAt(0) - 64) : undefined);
      sub = (m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[10] ?? m[12] ?? m[13])!;
      bracketed = m[7] !== undefined;
    }
    const end = s + written.length;
    // `(1).` and `a)` number paragraphs in the families that use them
    // written out whole, never `{ ...base, kind }`: a spread followed by new keys gives every object a map of its own on this V8
    const answer = (kind: SubNumber['kind'], textStart: number): SubNumber =>
      parent !== undefined ? { written, parent: Number(parent), sub, start: s, end, kind, textStart } : { written, sub, start: s, end, kind, textStart };
    if (blankFrom(t, end)) {
      const nt = next === undefined ? '' : cellText(next).trim();
      const kind = nt !== '' && titleLikeSub(nt) && !/^\(\d+\)\.$/.test(written) ? 'sub-item' : 'paragraph';
      return answer(kind, t.length);
    }
    let textStart = end;
    while (textStart < t.length && isBlankUnit(t.charCodeAt(textStart))) textStart++;
    const text = t.slice(textStart, cellEnd(t, textStart));
    let kind: SubNumber['kind'] = titleLikeSub(text) ? 'sub-item' : 'paragraph';
    if (/^\(\d+\)\.$/.test(written) || bracketed) kind = kind === 'sub-item' && text.length <= 40 && !/^(?:The|That|A|An)\s/.test(text) ? 'sub-item' : 'paragraph';
    // a title does not carry on as a sentence on the next line
    if (kind === 'sub-item' && next !== undefined) {
      const nt = next.trim();
      // (the next part's own marker, `b. Claims register …`, carries nothing on)
      if (/^[a-z]/.test(nt) && /[.;]$/.test(nt) && !/[.;:]$/.test(text) && !SUB.test(nt)) kind = 'paragraph';
    }
    return answer(kind, textStart);
  } catch {
    return undefined;
  }
}

/**
 * SUB's first form read by hand, figures, a full stop and one or two figures (`116.1`, `4.1.2`,
 * `5.01)`, `4.1.`), then a blank or the end: every numbered paragraph of a running or prefixed
 * minute is asked. Undefined when the line does not open with figures, a full stop and a figure
 * (SUB's other forms may fit, the entry `1.` among them); null when it does in no such form (no
 * other form of SUB opens so: `12345.1`, `4.123`).
 */
function readDecimal(t: string, s: number): { readonly end: number; readonly parent: string; readonly sub: string; readonly third: boolean } | null | undefined {
  let i = s;
  while (isDigitCode(t.charCodeAt(i))) i++;
  if (t.charCodeAt(i) !== 0x2e) return undefined;
  if (i - s > 4) return null;
  let j = i + 1;
  while (isDigitCode(t.charCodeAt(j))) j++;
  // (no figure after the stop: SUB's numbered entry `1.` may fit)
  if (j === i + 1) return undefined;
  if (j - i - 1 > 2) return null;
  // a third number (`4.1.2`), or none; a stop or bracket may close it; a blank or the end after
  if (t.charCodeAt(j) === 0x2e && isDigitCode(t.charCodeAt(j + 1))) {
    let k = j + 1;
    while (isDigitCode(t.charCodeAt(k))) k++;
    const e = k - j - 1 <= 2 ? closedAt(t, k) : -1;
    return e < 0 ? null : { end: e, parent: t.slice(s, i), sub: t.slice(j + 1, k), third: true };
  }
  const e = closedAt(t, j);
  return e < 0 ? null : { end: e, parent: t.slice(s, i), sub: t.slice(i + 1, j), third: false };
}

/** The end of a decimal at `k` (`[.)]?(?=[ \t]|$)`, the stop or bracket taken when it fits), or -1. */
function closedAt(t: string, k: number): number {
  const blankOrEnd = (x: number): boolean => x >= t.length || t.charCodeAt(x) === 0x20 || t.charCodeAt(x) === 0x09;
  const c = t.charCodeAt(k);
  if ((c === 0x2e || c === 0x29) && blankOrEnd(k + 1)) return k + 1;
  return blankOrEnd(k) ? k : -1;
}

function titleLikeSub(text: string): boolean {
  const t = text.trim();
  // (the length first: a numbered paragraph's long sentence is refused before it is searched)
  if (t === '' || t.length > 90 || /^[a-z]/.test(t)) return false;
  if (/[.;,:]$/.test(t)) return false;
  if (/[.!?]\s+[A-Z]/.test(outsideBrackets(t))) return false;
  return true;
}

/**
 * The text less what stands in brackets (nested too): a citation in a title (`(Gov. Code §
 * 54956.9(d)(2))`) has its abbreviations' full stops, and is no sentence of its own.
 */
export function outsideBrackets(t: string): string {
  if (t.indexOf('(') < 0) return t;
  let out = t;
  for (let k = 0; k < 4; k++) {
    const next = out.replace(/\([^()]*\)/g, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

// ---- numbers in running text -----------------------------------------------------------------

/** Whether `text` is blank before `end`. */
function blankUntil(text: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (!isBlankUnit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * True when no scheme reads the line as an item's head: a reference (`Minute 46 …`, `action-41`),
 * a planning or document reference (`19/02214/HH`, `24/01876/HOUSE`), a count (`2 Observers`), a
 * date (`14.03.23`), a time (`10.00`), money (`£1,200.00`), a page footer (`Page 3 of 7`), or a
 * sentence (`Paragraph 7 itemises …`).
 */
export function isRunningTextNumber(line: string, next?: string): boolean {
  return SCHEMES.every((s) => s.match(line, next) === undefined);
}

export interface SchemeReference {
  readonly start: number;
  readonly end: number;
  /** The minute referred to. */
  readonly number: MinuteNumber;
  /** `3` of `TB/22/097.3`, `(a)(ii)` of `PC24/068(a)(ii)`: the paragraph or sub-item referred to. */
  readonly part?: string;
}

const WORD_REF = /\b[Mm]inutes?\s+(?:[Nn]o\.?\s*)?(\d{1,5})(?:\.(\d{1,2}))?\b(?![/\-.]\d)/g;
const PREFIXED_REF = /(?<![A-Za-z0-9/])([A-Z][A-Za-z]{0,5})([ /]?)(\d{2}|\d{4})\/(\d{2,4})((?:\.\d{1,2})?(?:\([a-z0-9]{1,4}\))*)(?![\d/])/g;
/** A meeting's serial's references, by its prefix written for a pattern (`?` after it: items of one figure too); a file's lines are asked with one pattern. */
const SERIAL_REF = new Map<string, RegExp>();
/** The dotted form (`C.25.16`, `C.24.102`, `C.25.14.1`: the body's letters, the year, the number, a paragraph). */
const DOTTED_REF = /(?<![A-Za-z0-9/.])([A-Z]{1,5})\.(\d{2}|\d{4})\.(\d{1,4})((?:\.\d{1,2})?(?:\([a-z0-9]{1,4}\))*)(?![\d/]|\.\d)/g;

/** The year in brackets (`QSEC(25)118`, `FIN (24) 07`: a committee's letters, the year, the number). */
// (its letters and year as a pattern's piece, BRACKETED_YEAR, for the forms that read a reference in other words)
const BRACKETED_REF = /(?<![A-Za-z0-9/])([A-Z]{2,6})( ?\()(\d{2}|\d{4})(\) ?)(\d{1,4})((?:\.\d{1,2})?(?:\([a-z0-9]{1,4}\))*)(?![\d/])/g;

/**
 * A committee's letters and the year in brackets before a minute's number (`QSEC(25)` of `QSEC(25)118`, `FIN (24) `
 * of `FIN (24) 07`), as a piece of the patterns that read a reference where a review or a list of people prints it
 * (forms/statuses.ts, forms/qualifiers.ts): BRACKETED_REF's letters and year, with no groups.
 */
export const BRACKETED_YEAR = String.raw`[A-Z]{2,6} ?\((?:\d{2}|\d{4})\) ?`;

/**
 * References to minutes in running text for the new schemes: `Minute 46`, `minute 2251`,
 * `minutes 2251`, `TB/22/097.3`, `PC24/068(a)(ii)`, `QSEC(25)118`; with a file's numbering, also its own
 * short forms (`CL55`) and dotted ones (`C.24.102`, `C.25.14.1`). Today's `NNN/YY` references stay with `findReferences` (constructs.ts).
 * Planning references (`19/02214/HH`, `24/01876/HOUSE`) and tracker numbers (`action-41`) are not minutes.
 */
export function findSchemeReferences(text: string, numbering?: Numbering): SchemeReference[] {
  const out: SchemeReference[] = [];
  try {
    if (!/\d/.test(text)) return out;
    const word = numbering && numbering.scheme !== 'none' && numbering.scheme !== 'prefixed' && numbering.scheme !== 'year' && numbering.scheme !== 'year-first' ? numbering.scheme : 'running';
    // (each pattern's own word or mark looked for first: every line of an item is asked)
    if (text.includes('inute')) for (const m of text.matchAll(WORD_REF)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      const end = m.index + m[0].length;
      out.push({ start, end, number: { seq: Number(m[1]), scheme: word }, ...(m[2] ? { part: m[2] } : {}) });
    }
    if (text.includes('/')) for (const m of text.matchAll(PREFIXED_REF)) {
      const [all, letters, ps, y, q, part] = m;
      if (ps === ' ' && !/^[A-Z]{2,4}$/.test(letters)) continue;
      const n: MinuteNumber = { seq: Number(q), year: Number(y.slice(0, 2)), scheme: 'prefixed', prefix: letters + ps, yearText: y, sep: '/', ...(q.length >= 3 || q.startsWith('0') ? { width: q.length } : {}) };
      if (n.seq === 0) continue;
      if (numbering && numbering.scheme === 'prefixed' && !fitsNumbering(n, numbering)) continue;
      out.push({ start: m.index, end: m.index + all.length, number: n, ...(part ? { part: part.replace(/^\./, '') } : {}) });
    }
    if (text.includes(')')) for (const m of text.matchAll(BRACKETED_REF)) {
      const [all, letters, open, y, close, q, part] = m;
      const n: MinuteNumber = { seq: Number(q), year: Number(y.slice(0, 2)), scheme: 'prefixed', prefix: letters + open, yearText: y, sep: close, ...(q.length >= 3 || q.startsWith('0') ? { width: q.length } : {}) };
      if (n.seq === 0) continue;
      // spaced (`FIN (24) 07`) it reads also as words and figures (`the NHS (2024) 5 year plan`): only in a file so numbered
      if ((open.length > 1 || close.length > 1) && !(numbering?.scheme === 'prefixed' && numbering.sep?.charCodeAt(0) === 0x29)) continue;
      if (numbering && numbering.scheme === 'prefixed' && !fitsNumbering(n, numbering)) continue;
      out.push({ start: m.index, end: m.index + all.length, number: n, ...(part ? { part: part.replace(/^\./, '') } : {}) });
    }
    // a file numbered dotted (`C.25.14`): every line has a full stop, so only such a file is searched for them
    if (numbering?.scheme === 'prefixed' && numbering.sep === '.') for (const m of text.matchAll(DOTTED_REF)) {
      const [all, letters, y, q, part] = m;
      const n: MinuteNumber = { seq: Number(q), year: Number(y.slice(0, 2)), scheme: 'prefixed', prefix: `${letters}.`, yearText: y, sep: '.', ...(q.length >= 3 || q.startsWith('0') ? { width: q.length } : {}) };
      if (n.seq === 0 || !fitsNumbering(n, numbering)) continue;
      // `C.25.14.1 to approve …` at the line's start labels the paragraph: the minute's own, no reference
      if (part && blankUntil(text, m.index)) continue;
      out.push({ start: m.index, end: m.index + all.length, number: n, ...(part ? { part: part.replace(/^\./, '') } : {}) });
    }
    if (numbering?.scheme === 'prefixed' && numbering.yearText === undefined && numbering.prefix) {
      // a prefix without a year (`CL55`, `CAB 12`): the file's own prefix anywhere in the text
      const p = numbering.prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // a meeting's serial (`45.`, `187.`): its items as the heads write them (`45.03`, two figures where the heads
      // have two: a reference is found by its label), and no sum (`£45.50`, `45.5%`, `1,187.20`) or time (`10.45.30`)
      const serial = serialFigures(numbering.prefix) > 0;
      // (items of one figure, `112.3`, are referred to so, up to `112.12`)
      const padded = numbering.first?.width === 2;
      const key = padded ? p : `${p}?`;
      const pattern = serial ? SERIAL_REF.get(key) ?? SERIAL_REF.set(key, new RegExp(`(?<![A-Za-z0-9/.,£$€])${p}(\\d${padded ? '{2}' : '{1,2}'})(?![\\d/%]|\\.\\d)`, 'g')).get(key)! : new RegExp(`(?<![A-Za-z0-9/])${p}(\\d{1,4})(?![\\d/])`, 'g');
      for (const m of text.matchAll(pattern)) {
        const seq = Number(m[1]);
        if (serial && seq === 0) continue;
        out.push({ start: m.index, end: m.index + m[0].length, number: serial ? (m[1].length === 2 ? { seq, scheme: 'prefixed', prefix: numbering.prefix, width: 2 } : { seq, scheme: 'prefixed', prefix: numbering.prefix }) : { seq, scheme: 'prefixed', prefix: numbering.prefix } });
      }
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => a.start - b.start);
}
