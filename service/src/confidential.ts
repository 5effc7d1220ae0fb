/**
 * Which items the public version withholds: the one place that decides it (the published minutes,
 * the action log, the decisions register and the `confidential-marker` rule all ask here).
 *
 * Withholding fails safe. The documented marker is `[confidential]` (or `[private]`, `[exempt]`)
 * right after the minute number, with an optional reason after a colon, which the public version
 * prints. Any other marker that names confidential business also withholds the item, however it
 * is written: any bracket, anywhere in the title, in any case, spacing or punctuation, with
 * invisible characters inside, with a reason of any length, or a title that starts with the word
 * (`CONFIDENTIAL – Contract award`), or a line of the item or the heading of its section that is
 * such a marker. Such a marker is "ambiguous": the item is withheld, its reason is not printed,
 * and the rule tells the clerk how to write it.
 */
import type { Item, Meeting, Section } from './model';
import { INVISIBLE_ANYWHERE } from './invisible';
import { excludedByResolution } from './exclusion';
import { decisionWords } from './decisionWords';

/** The documented marker, at the very start of the title; the reason, of any length, is printed. */
const CANONICAL = /^\[(confidential|private|exempt)(?:[ \t]*[:\-–—][ \t]*([^\]\n]+))?\][ \t]*/i;

/**
 * Characters that show nothing (zero-width, soft hyphen, joiners, bidi controls, variation
 * selectors, tags): a marker with one inside is still a marker. The list is the text layer's
 * (`invisible.ts`), one list, here read past wherever it stands.
 */
export const INVISIBLE = INVISIBLE_ANYWHERE;

const OPENERS = '[({<\u3010\u3014\u3016\u3018\u301A\u2329\u27E8\u2045\u2983';
const CLOSERS = '])}>\u3011\u3015\u3017\u3019\u301B\u232A\u27E9\u2046\u2984';

/** Confidential business, in words (text already folded by `fold`: lower case, words single-spaced). */
// (a university's council minutes its confidential business as reserved: `Reserved business`, `RESERVED MINUTES`; never a
// planning application's `reserved matters`, which are public)
const KEYWORD = /\b(?:confident\w*|confidental\w*|private(?:ly)?|in camera|exempt\w*|restricted|closed session|part (?:2|ii|two|b)|not for publication|reserved (?:business|minutes?|items?))\b/;
/** The same with the spaces taken out, for letter-spaced or broken words (`c o n f i d e n t i a l`, `confi-dential`). */
const SQUASHED = /confident|confidental|private|exempt|restricted|closedsession|notforpublication|reservedbusiness|reservedminute|reserveditem/g;
/** A marker that stands alone: the keyword with at most a noun after it (`Confidential item`, `Part 2 business`). */
const ALONE = new RegExp(`^(?:${KEYWORD.source})(?: (?:item|items|business|matter|matters|report|information|session|minute|minutes|paper))?$`);

/** Lower case, compatibility forms folded (full-width letters and brackets), invisible characters out, anything not a letter or digit a single space. */
export function fold(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Whether `text` names confidential business: a keyword not said to be the opposite. `UNRESTRICTED ITEMS`,
 * `Part 1 – Non-exempt items`, `not confidential` head and mark the public business (a county's cabinet
 * printed `UNRESTRICTED ITEMS` over every item of its minutes, and the public version withheld them all).
 */
function namesConfidential(text: string): boolean {
  if (plainWithoutKeyword(text)) return false;
  const f = fold(text);
  for (const m of f.matchAll(KEYWORD_ALL)) if (!NEGATED.test(f.slice(Math.max(0, m.index - 5), m.index))) return true;
  // the letter-spaced or broken words (`c o n f i d e n t i a l`), run together: `un`, `non`, `not` just before negate them too
  const squashed = f.replace(/ /g, '');
  for (const m of squashed.matchAll(SQUASHED)) if (!NEGATED_SQUASHED.test(squashed.slice(Math.max(0, m.index - 3), m.index))) return true;
  return false;
}
const KEYWORD_ALL = new RegExp(KEYWORD.source, 'g');
/** The words before a keyword that make it its opposite (`non exempt`, `not confidential`, `un restricted`), in the folded text. */
const NEGATED = /(?:^|[ ])(?:un|non|not) ?$/;
const NEGATED_SQUASHED = /(?:un|non|not)$/;

/** The keywords' letters and digits run together: what `SQUASHED` and `KEYWORD` both need in a text of plain ASCII. */
const SQUASHED_ASCII = ['confident', 'confidental', 'private', 'incamera', 'exempt', 'restricted', 'closedsession', 'part2', 'partii', 'parttwo', 'partb', 'notforpublication', 'reservedbusiness', 'reservedminute', 'reserveditem'];

/**
 * SQUASHED_ASCII's words by their first two letters (`asciiAlnum` codes, the first times 128 plus the
 * second): a place where a word can start is known by the pair that starts there, so a title's
 * common letters (`e`, `r`, `p` …) do not each start a comparison with every word of their initial.
 */
const NO_WORDS: readonly string[] = [];
const BY_PAIR: Array<readonly string[]> = Array.from({ length: 128 * 128 }, () => NO_WORDS);
for (const word of SQUASHED_ASCII) {
  const key = word.charCodeAt(0) * 128 + word.charCodeAt(1);
  BY_PAIR[key] = [...BY_PAIR[key], word];
}

/** A letter or digit of ASCII in lower case (a capital lowered), -1 for any other ASCII, -2 beyond ASCII. */
function asciiAlnum(c: number): number {
  if (c >= 0x80) return -2;
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return c;
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  return -1;
}
/**
 * `asciiAlnum` of each ASCII unit, looked up in the loop that steps over every character of each line
 * and title (a call a character cost more than the rest of the loop until the engine had optimised it).
 */
const ALNUM = Int16Array.from({ length: 0x80 }, (_, c) => asciiAlnum(c));

/**
 * A cheap exact test before the fold (every line and title of every item is asked): a text of
 * plain ASCII whose letters and digits, run together, hold no keyword cannot name confidential
 * business. (NFKC leaves ASCII as it is; any other character goes the long way.) The letters are
 * compared where they stand, other characters stepped over: no string is made.
 */
function plainWithoutKeyword(text: string): boolean {
  // the letter or digit before this one, and where it stands: the pair they make is where a word may start
  let prev = -1;
  let at = -1;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    const c = u < 0x80 ? ALNUM[u] : -2;
    if (c === -2) return false;
    if (c < 0) continue;
    if (prev >= 0) {
      const words = BY_PAIR[prev * 128 + c];
      for (let w = 0; w < words.length; w++) if (squashedAt(text, at, words[w])) return false;
    }
    prev = c;
    at = i;
  }
  return true;
}

/** Whether the letters and digits of `text` from `i` (other ASCII stepped over) start with `word`; true too at a character beyond ASCII, which the caller reads the long way. */
function squashedAt(text: string, i: number, word: string): boolean {
  let k = 0;
  for (let j = i; k < word.length; j++) {
    if (j >= text.length) return false;
    const c = asciiAlnum(text.charCodeAt(j));
    if (c === -2) return true;
    if (c < 0) continue;
    if (c !== word.charCodeAt(k)) return false;
    k++;
  }
  return true;
}

/** The first four letters of each keyword, as `ALONE` needs them at the start of the folded text. */
const STEMS = new Set(['conf', 'priv', 'inca', 'exem', 'rest', 'clos', 'part', 'notf', 'rese'].map((w) => stemKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3))));
function stemKey(a: number, b: number, c: number, d: number): number {
  return ((a * 128 + b) * 128 + c) * 128 + d;
}
const PART = stemKey(0x70, 0x61, 0x72, 0x74);

/**
 * Whether the text from `from` may fold to something that starts with a keyword: false only when
 * its first four letters or digits are plain ASCII and no keyword's (what it folds to starts with
 * them), so `ALONE` cannot match there or in any longer or shorter piece of it from `from`; false
 * too for `part` run on into a letter or digit (`Partners`): `ALONE` needs `part` then a blank.
 */
function mayStartWithKeyword(text: string, from: number): boolean {
  let key = 0;
  let n = 0;
  let i = from;
  for (; i < text.length && n < 4; i++) {
    const c = asciiAlnum(text.charCodeAt(i));
    if (c === -2) return true;
    if (c >= 0) { key = key * 128 + c; n++; }
  }
  if (n < 4 || !STEMS.has(key)) return false;
  return key !== PART || i >= text.length || asciiAlnum(text.charCodeAt(i)) < 0;
}

export interface MarkerMatch {
  /** Where the marker stands in the text (UTF-16 offsets). */
  readonly start: number;
  readonly end: number;
  /** Written as documented, at the start of the title. */
  readonly canonical: boolean;
  /** The reason of a canonical marker (printed in the public version); never that of an ambiguous one. */
  readonly reason?: string;
  /** The marker's words inside its brackets (for the fix that rewrites it). */
  readonly inner: string;
  /** A bracket with no closing one: where the mark ends is not known (it runs to the end of the text). */
  readonly unclosed?: true;
}

/** Bracketed groups of a text: each opener to its closer, or to the end of the text when it has none. */
function* bracketGroups(text: string): Generator<{ start: number; end: number; inner: string; unclosed?: true }> {
  const s = text; // offsets are the raw text's: each character is folded on its own
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    // NFKC of a character below U+0080 is itself: the fold is asked only of the others (a keystroke reads every title)
    const o = OPENERS.indexOf(c) >= 0 || c < '\u0080' ? OPENERS.indexOf(c) : OPENERS.indexOf(c.normalize('NFKC'));
    if (o < 0) { i++; continue; }
    let j = i + 1;
    while (j < s.length && CLOSERS.indexOf(s[j]) < 0 && (s[j] < '\u0080' || CLOSERS.indexOf(s[j].normalize('NFKC')) < 0)) j++;
    const end = j < s.length ? j + 1 : s.length;
    yield { start: i, end, inner: s.slice(i + 1, j), ...(j < s.length ? {} : { unclosed: true as const }) };
    i = end;
  }
}

/** A marker in an item's title: the documented one, any bracketed group naming confidential business, or a title that starts with (or is only) the word. */
export function titleMarker(title: string): MarkerMatch | undefined {
  // every form below needs a keyword in the title's letters and digits run together (a bracket's
  // words, the leading or trailing words and the documented marker are all pieces of the title):
  // a title of plain ASCII without one has no marker, and most titles are read no further
  if (plainWithoutKeyword(title)) return undefined;
  const c = CANONICAL.exec(title);
  if (c) {
    const reason = c[2]?.trim();
    return { start: 0, end: c[0].length, canonical: true, reason: reason || undefined, inner: title.slice(1, c[0].trimEnd().length - 1) };
  }
  for (const g of bracketGroups(title)) if (namesConfidential(g.inner)) return { ...g, canonical: false };
  const lead = leadingWords(title);
  if (lead) return { start: 0, end: lead, canonical: false, inner: title.slice(0, lead) };
  // `Contract award – CONFIDENTIAL`
  for (let i = title.length - 1; i > 0 && title.length - i <= 120; i--) {
    // (a hyphen between letters joins a word, `non-exempt`, and separates nothing)
    if (SEPARATORS.includes(title[i]) && !wordHyphen(title, i) && mayStartWithKeyword(title, i + 1) && ALONE.test(fold(title.slice(i + 1)))) return { start: i, end: title.length, canonical: false, inner: title.slice(i + 1) };
  }
  return undefined;
}

/** A hyphen at `i` with a letter on each side (`non-exempt`). */
function wordHyphen(t: string, i: number): boolean {
  return t[i] === '-' && /\p{L}/u.test(t[i - 1] ?? '') && /\p{L}/u.test(t[i + 1] ?? '');
}

/**
 * `CONFIDENTIAL – Contract award`, `Part 2: Staffing`, `Confidential item`: the keyword (with at
 * most a noun) first, then a separator or nothing. Returns where the marker ends, or 0.
 */
function leadingWords(title: string): number {
  // a separator may stand inside the marker too (`Part-2 – Staffing`): try each within reach
  if (!mayStartWithKeyword(title, 0)) return 0;
  const reach = Math.min(title.length, 121);
  for (let i = 0; i < reach; i++) {
    if (SEPARATORS.includes(title[i]) && ALONE.test(fold(title.slice(0, i)))) return i + 1;
  }
  return title.length <= 120 && ALONE.test(fold(title)) ? title.length : 0;
}

const SEPARATORS = ':-–—|';
/** The first letter of a keyword (c, p, e, r, i, n), or a character that folds to one (full width, styled letters). */
// eslint-disable-next-line no-control-regex -- [^\x00-\u024F]: any letter beyond Latin, from U+0000 on purpose
const MAY_START = /^[^\p{L}\p{N}]*(?:[cpeirnCPEIRN]|[^\x00-\u024F])/u;
/** MAY_START's letters, lower case, by code (`c`, `p`, `e`, `i`, `r`, `n`). */
function isKeywordInitial(a: number): boolean {
  return a === 0x63 || a === 0x70 || a === 0x65 || a === 0x69 || a === 0x72 || a === 0x6e;
}

/** A line of an item's text (or a section heading) that is a marker: it starts with a bracketed marker, or it is only the word. */
export function lineMarker(text: string): MarkerMatch | undefined {
  // most lines start with a printable character of ASCII: no search for the first that is not a blank
  if (text.length === 0) return undefined;
  const c0 = text.charCodeAt(0);
  const lead = c0 > 0x20 && c0 < 0x7f ? 0 : text.search(/\S/);
  if (lead < 0) return undefined;
  const code = text.charCodeAt(lead);
  // (a character of ASCII is its own NFKC form, and OPENERS' of ASCII are `[`, `(`, `{`, `<`: told by code; only the others
  // are read as a string and normalised, every line comes here)
  if (code < 0x80 ? code === 0x5b || code === 0x28 || code === 0x7b || code === 0x3c : OPENERS.includes(text[lead]) || OPENERS.includes(text[lead].normalize('NFKC'))) {
    // the first group's words, found as `bracketGroups` finds them, read before the group is made
    let j = lead + 1;
    for (; j < text.length; j++) {
      const k = text.charCodeAt(j);
      // CLOSERS of ASCII (`]`, `)`, `}`, `>`) by code; the others as `bracketGroups` reads them
      if (k < 0x80 ? k === 0x5d || k === 0x29 || k === 0x7d || k === 0x3e : CLOSERS.indexOf(text[j]) >= 0 || CLOSERS.indexOf(text[j].normalize('NFKC')) >= 0) break;
    }
    if (!namesConfidential(text.slice(lead + 1, j))) return undefined;
    const first = bracketGroups(text.slice(lead)).next();
    if (!first.done && namesConfidential(first.value.inner)) return { ...first.value, start: lead, end: lead + first.value.end, canonical: false };
    return undefined;
  }
  // every line of every item comes here: only one whose first letter may start a keyword is read on
  const a = asciiAlnum(text.charCodeAt(lead));
  // a first letter or digit of ASCII decides alone (`[^\p{L}\p{N}]*` matches nothing before it)
  if (a >= 0 ? !isKeywordInitial(a) : !MAY_START.test(text.slice(lead, lead + 40))) return undefined;
  const words = leadingWords(text.slice(lead));
  if (words && !/[\p{L}\p{N}]/u.test(text.slice(lead + words).replace(INVISIBLE, ''))) return { start: lead, end: text.length, canonical: false, inner: text.slice(lead) };
  return undefined;
}

/** A section heading that names confidential business (`Part 2 – Exempt items`, `In private`): the items under it are withheld. */
export function sectionMarker(heading: string): boolean {
  return heading.length <= 120 && namesConfidential(heading);
}

/**
 * A heading line that opens confidential business, in the words and numbers boards print it (`Part 2 – Exempt
 * items`, `PART 2: ITEMS NOT FOR PUBLICATION`, `Exempt Information (Part 2)`): short, no sentence, and naming it.
 * A heading with a digit is no published section's heading otherwise (`isHeadingLike`), and the items under
 * `Part 2 – Exempt items` were published.
 */
export function isConfidentialHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 70 || /[.;,?!]$/.test(t) || t.split(/\s+/).length > 8) return false;
  return sectionMarker(t);
}

/** Why an item is withheld from the public version, or undefined when it is published. */
export type Withholding =
  | { readonly by: 'title'; readonly marker: MarkerMatch }
  | { readonly by: 'line' }
  | { readonly by: 'section'; readonly section: number }
  /** Taken with the press and public excluded by a resolution of the meeting (exclusion.ts), though the minutes do not mark it. */
  | { readonly by: 'exclusion' };

// A parsed item's title does not change, and a re-parse keeps the items an edit did not touch:
// each title is read for a marker once, not at every keystroke and every public output.
const titleMarkers = new WeakMap<Item, { readonly title: string; readonly marker: MarkerMatch | undefined }>();
function itemTitleMarker(item: Item): MarkerMatch | undefined {
  // (most titles are declined by titleMarker's first test, cheaper than the map: kept only for the others,
  // a fresh parse's 2,000 items are not each added to it)
  if (plainWithoutKeyword(item.title)) return undefined;
  const hit = titleMarkers.get(item);
  if (hit && hit.title === item.title) return hit.marker;
  const marker = titleMarker(item.title);
  titleMarkers.set(item, { title: item.title, marker });
  return marker;
}

export function withholding(item: Item, meeting: Meeting | undefined): Withholding | undefined {
  const t = itemTitleMarker(item);
  if (t && !(meeting && partOfGroups(item.title, meeting))) return { by: 'title', marker: t };
  if (item.confidentialMark) return { by: 'line' };
  const s = item.section !== undefined ? meeting?.sections[item.section] : undefined;
  if (s && sectionMarked(s)) return { by: 'section', section: item.section! };
  // (business taken with the press and public excluded is none of the public's, marked or not: withholding it fails safe)
  if (meeting && excludedByResolution(item, meeting)) return EXCLUDED_BY_RESOLUTION;
  return undefined;
}
const EXCLUDED_BY_RESOLUTION: Withholding = { by: 'exclusion' };

/** An item's title that is a group of the agenda by its part's number, a dash and its subject (`Part 2 - Finance`): the number. */
const PART_GROUP = /^[ \t]*part[ \t]+(\d)[ \t]+[-–—:][ \t]+\S/i;
/** The words of a part that hold exempt business, whatever other keyword it lacks (`Part 2 - Press and public excluded`). */
const EXCLUDED = /\b(?:press|public|private|exclu\w*|closed|confidential|exempt|restricted|reserved|camera)\b/i;

/**
 * An item titled `Part 2 - <its subject>` in a meeting whose items are the agenda's parts one, two and three at least, each
 * written so (`Part 1 - Governance Items`, `Part 2 - Finance`, `Part 3 - Combined Authority Decisions`): the parts group the
 * business, none is the exempt part a council's `Part 2` is. Its own words still mark it (`Part 2 - Exempt items`,
 * `Part 2 - Press and public excluded`); a bare `PART 2`, a section, or a part written otherwise (`PART 3 OF THE CONSTITUTION`)
 * is withheld as before.
 */
function partOfGroups(title: string, meeting: Meeting): boolean {
  const m = PART_GROUP.exec(title);
  if (!m || m[1] !== '2' || EXCLUDED.test(title) || namesConfidential(title.slice(title.search(/[-–—:]/) + 1))) return false;
  let groups = partGroups.get(meeting);
  if (groups === undefined) {
    const parts = new Set(meeting.items.map((i) => PART_GROUP.exec(i.title)?.[1]).filter((x): x is string => x !== undefined));
    partGroups.set(meeting, (groups = parts.has('1') && parts.has('2') && parts.has('3')));
  }
  return groups;
}
const partGroups = new WeakMap<Meeting, boolean>();

/**
 * The opening words (five at most, in small letters) of what each withheld item records, its actions' tasks and its decisions,
 * and its title's words whole (two at least): a list of contents above the items names it by its title.
 */
export function withheldWords(m: Meeting): readonly string[] {
  const kept = heldWords.get(m);
  if (kept) return kept;
  const out: string[] = [];
  for (const item of m.items) {
    const held = withholding(item, m);
    if (!held) continue;
    // (the title without its mark: a contents line names the item by its words, `Staffing review`, not `[confidential] Staffing review`)
    const title = wordsOf(held.by === 'title' ? item.title.slice(0, held.marker.start) + item.title.slice(held.marker.end) : item.title);
    if (title.length >= 2) out.push(title.join(' '));
    for (const t of [...item.actions.map((a) => a.text), ...item.decisions.map((d) => decisionWords(d))]) {
      const w = wordsOf(t).slice(0, 5);
      if (w.length >= 3) out.push(w.join(' '));
    }
  }
  heldWords.set(m, out);
  return out;
}
const heldWords = new WeakMap<Meeting, readonly string[]>();
/** A text's words in small letters. */
export const wordsOf = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `text` restates what a withheld item of the meeting records (its words hold one of `withheldWords`). */
export function restatesWithheld(text: string, m: Meeting): boolean {
  const held = withheldWords(m);
  if (held.length === 0) return false;
  const words = ` ${wordsOf(text).join(' ')} `;
  return held.some((h) => words.includes(` ${h} `));
}

/**
 * Whether what the minutes write outside any item at `line` (an action or a decision of the meeting's own) stands
 * in a section of confidential business (`PART 2 – EXEMPT ITEMS` ⏎ `RESOLVED – That the press and public be
 * excluded …` ⏎ an action before the first item): withheld from the public version as the section's items are.
 */
export function withheldAt(meeting: Meeting, line: number, text?: string): boolean {
  for (const s of meeting.sections) if (line >= s.range.start.line && line <= s.range.end.line && sectionMarked(s)) return true;
  // (or that restates what a withheld item records: a closing summary's `[NEW] ACTION: Lena to ask …` of a confidential topic)
  return text !== undefined && restatesWithheld(text, meeting);
}

// A section's heading is asked for every item under it: read once per parsed section (its title does not change).
const sectionMarks = new WeakMap<Section, boolean>();
function sectionMarked(s: Section): boolean {
  let marked = sectionMarks.get(s);
  if (marked === undefined) sectionMarks.set(s, (marked = sectionMarker(s.title)));
  return marked;
}
