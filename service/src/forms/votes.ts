/**
 * What minutes record of a vote, kept as data: mover and seconder (`Proposed Cllr X, seconded Cllr
 * Y`, `Motion by X, second by Y`, `Moved: RA. Seconded: PN.`), counts (`(4 for, 0 against)`,
 * `For 4, Against 0, Abstain 1`, `7 for, 0 against, 1 abstention`, `5 in favour (…), 0 against`,
 * `Motion carried 4-0`), roll calls (`Ayes: … Nays: …`), unanimity (`all in favour`, `Unanimous`),
 * the result (`Carried`, `Lost`), and `+1` lines of scribed minutes. Pure; never throws.
 */
import type { Span } from '../constructs';
import { splitNames } from '../people';
import { shift } from './types';
import { endBeforeStops } from '../unitClass';

export type VoteResult = 'carried' | 'lost';

export interface Vote {
  /** From the first to the last recorded fact of the vote in the text. */
  readonly start: number;
  readonly end: number;
  readonly mover?: Span;
  readonly seconder?: Span;
  readonly for?: number;
  readonly against?: number;
  readonly abstentions?: number;
  /** Names of a roll call or of a count's parenthesis (`Ayes: Ortega, Haney`, `5 in favour (@mkovac @tobi-r)`). */
  readonly ayes?: Span[];
  readonly nays?: Span[];
  readonly abstainers?: Span[];
  readonly unanimous: boolean;
  readonly result?: VoteResult;
}

/** A name after "Proposed"/"seconded": a title, then up to three capitalised words, never the next fact's keyword (`… / Second: Li Wei VOTE: …`, the lines joined). */
// (any script's capitals and letters: `Cllr Áine Moloney`, `Cllr Siobhán Kiely`)
const NAME = String.raw`((?:(?:Cllr|Councillor|Council[ \t]+Member|Mr|Mrs|Ms|Dr)\.?[ \t]+)?[\p{Lu}@][\p{L}\p{M}\d_@'’-]*(?:[ \t]+(?!(?:Seconded|Second|For|Against|Abstain|Abstentions|Unanimous|Carried|Lost|All|Motion|Ayes|Nays|Vote|VOTE)\b)\p{Lu}[\p{L}\p{M}\d_'’-]*){0,2})`;
// case matters: the name starts with a capital ("the proposed access" names no one)
const MOVER = new RegExp(String.raw`\b(?:[Pp]roposed|[Mm]oved|[Mm]otion|PROPOSED|MOVED)(?:[ \t\n]+by)?[ \t]*:?[ \t\n]*${NAME}`, 'gu');
const SECONDER = new RegExp(String.raw`\b(?:[Ss]econd(?:ed)?|SECONDED)(?:[ \t\n]+by)?[ \t]*:?[ \t\n]*${NAME}`, 'gu');
// (a count before its word is the word's only near it and when no label's colon leads it: in `For: 6      Against: 1` the 6 is
// the label's, no count against; `6 votes in favour` says the word between)
const COUNT_PAIRS: ReadonlyArray<readonly [RegExp, 'for' | 'against' | 'abstentions']> = [
  [/\b(\d{1,3})(?<!\b(?:for|against|in[ \t]+favou?r|ayes?|nays?|abstentions?|abstain(?:ed)?)[ \t]{0,40}:[ \t]{0,40}\d{1,3})[ \t]{1,3}(?:votes?[ \t]+)?(?:for|in[ \t]+favou?r|ayes?|yes)\b/gi, 'for'],
  [/\b(?:for|in[ \t]+favou?r|ayes?)[ \t]*(?::[ \t]*)?(\d{1,3})\b/gi, 'for'],
  [/\b(\d{1,3})(?<!\b(?:for|against|in[ \t]+favou?r|ayes?|nays?|abstentions?|abstain(?:ed)?)[ \t]{0,40}:[ \t]{0,40}\d{1,3})[ \t]{1,3}(?:votes?[ \t]+)?(?:against|nays?|no|opposed)\b/gi, 'against'],
  [/\b(?:against|nays|noes)[ \t]*(?::[ \t]*)?(\d{1,3})\b/gi, 'against'],
  [/\b(\d{1,3})(?<!\b(?:for|against|in[ \t]+favou?r|ayes?|nays?|abstentions?|abstain(?:ed)?)[ \t]{0,40}:[ \t]{0,40}\d{1,3})[ \t]{1,3}abstentions?\b/gi, 'abstentions'],
  [/\b(?:abstentions?|abstain(?:ed)?)[ \t]*(?::[ \t]*)?(\d{1,3})\b/gi, 'abstentions'],
];
/** `by 7 votes to 2`, `(3 votes to 2)`: the votes for, then against. */
// (after `by` or in brackets only: `enlarged from 3 votes to 5 members` counts nothing)
const VOTES_TO = /(?:\bby[ \t]+|\()(\d{1,3})[ \t]+votes?[ \t]+to[ \t]+(\d{1,3})\b/i;
// (`Carried (4 to 2)`: the word between the counts too)
// (`Carried (4 to 2)`: the word between the counts too, in brackets only: `failed 2 to 3 times` is no score)
const CARRIED_SCORE = /\b(?:motion[ \t]+)?(carried|passed|approved|adopted|lost|failed|defeated)[ \t]+(?:by[ \t]+(?:(?:voice|roll[ \t]+call)[ \t]+vote[ \t]*(?:,[ \t]*)?)?)?(?:\(?(\d{1,3})[ \t]*[-–—:][ \t]*(\d{1,3})(?:[ \t]*[-–—:][ \t]*(\d{1,3}))?\b|\((\d{1,3})[ \t]+to[ \t]+(\d{1,3})\))/i;
const RESULT = /\b(?:motion[ \t]+(carried|passed|failed|lost|defeated)|(carried|lost|defeated)(?:[ \t]+(?:unanimously|by[ \t]+\w+(?:[ \t]+vote)?))?[ \t]*(?:[.;),]|$))/gi;
const UNANIMOUS = /\b(?:all[ \t]+in[ \t]+favou?r|unanimous(?:ly)?|nem(?:ine)?\.?[ \t]+con(?:tradicente)?\.?)\b/gi;
/**
 * The words SECONDER, MOVER, RESULT and UNANIMOUS open with, in any case: one scan finds where each
 * can first match, and each is asked from there or not at all (four scans of every decision's line
 * were one each).
 */
const OPENINGS = /second|propos|moved|motion|carried|lost|defeated|all|unanim|nem/gi;

/** Where SECONDER, MOVER, RESULT and UNANIMOUS can first match in the text (-1: nowhere). */
function openings(text: string): [number, number, number, number] {
  const at: [number, number, number, number] = [-1, -1, -1, -1];
  OPENINGS.lastIndex = 0;
  for (let m = OPENINGS.exec(text); m; m = OPENINGS.exec(text)) {
    const c = m[0].charCodeAt(0) | 32;
    const k = c === 0x73 ? 0 : c === 0x70 ? 1 : c === 0x61 || c === 0x75 || c === 0x6e ? 3 : (m[0].charCodeAt(1) | 32) === 0x6f && c === 0x6d ? -1 : 2;
    if (k === -1) {
      // "moved" is a mover's, "motion" a mover's and a result's
      if (at[1] < 0) at[1] = m.index;
      if ((m[0].charCodeAt(2) | 32) === 0x74 && at[2] < 0) at[2] = m.index;
    } else if (at[k] < 0) at[k] = m.index;
    // every place a word starts, words inside others too ("callost")
    OPENINGS.lastIndex = m.index + 1;
  }
  return at;
}

/** The first match of a global pattern from `from` (none when `from` is -1). */
function firstFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  if (from < 0) return null;
  re.lastIndex = from;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}
const ROLL = /\b(ayes|nays|noes|yeas|abstain(?:ed|ing)?|abstentions)[ \t]*:[ \t]*([^.\n]*(?:\n(?![ \t]*(?:ayes|nays|noes|motion|abstain))[^.\n:]*)?)/gi;
const NONE = /^(?:none|nil|no[ \t]+one|0)$/i;
/**
 * The parentheses after a count that hold its names (`5 in favour (@mkovac @tobi-r)`): made once, not
 * as literals in `matchVote`, which made the three of them on every call (every decision's line).
 */
const AYES_HANDLES = /\bin[ \t]+favou?r[ \t]*\(([^()]*)\)/i;
const ABSTAINERS_HANDLES = /\b(?:abstentions?|abstain(?:ed)?)[ \t]*(?::[ \t]*)?(?:\d{1,3}[ \t]*)?\(([^()]*)\)/i;
const NAYS_HANDLES = /\b\d{1,3}[ \t]+against[ \t]*\(([^()]*)\)/i;

/** The vote recorded in a paragraph (or a few lines of one), if any. */
/** Each mark of a vote by handles (`+1 @a @b`, `-1 @c`, `abstain @d`, `0 @d`): the list and the count it gives. */
const MARKED_HANDLES: ReadonlyArray<readonly [RegExp, 'ayes' | 'nays' | 'abstainers', 'for' | 'against' | 'abstentions']> = [
  [/(?:^|[\s:;,(])\+1:?[ \t]+(@[\w.-]+(?:[ \t,]+@[\w.-]+){0,40})/, 'ayes', 'for'],
  [/(?:^|[\s:;,(])-1:?[ \t]+(@[\w.-]+(?:[ \t,]+@[\w.-]+){0,40})/, 'nays', 'against'],
  [/(?:^|[\s:;,(])(?:abstain(?:ed|s|ing)?|abstentions?|0):?[ \t]+(@[\w.-]+(?:[ \t,]+@[\w.-]+){0,40})/i, 'abstainers', 'abstentions'],
];

export function matchVote(text: string): Vote | undefined {
  if (text.length > 20000) return undefined;
  // where the facts start and end (no span made for each: every decision's line is asked)
  let first = Infinity;
  let last = -Infinity;
  const fact = (s: number, e: number): void => { if (s < first) first = s; if (e > last) last = e; };
  let mover: Span | undefined;
  let seconder: Span | undefined;
  // one search each, not `matchAll` (which copies the expression on every call: every decision's line is asked)
  const at = openings(text);
  const sm = firstFrom(SECONDER, text, at[0]);
  if (sm) {
    const s = sm.index + sm[0].length - sm[1].length;
    seconder = { start: s, end: s + sm[1].length }; fact(sm.index, s + sm[1].length);
  }
  MOVER.lastIndex = Math.max(at[1], 0);
  if (at[1] >= 0) for (let m = MOVER.exec(text); m; m = MOVER.exec(text)) {
    // "Motion carried" is a result, "moved to" is not a mover: the name must be a name
    if (/^(?:carried|passed|failed|lost|to|that)$/i.test(m[1])) continue;
    const s = m.index + m[0].length - m[1].length;
    if (seconder && s >= seconder.start) break;
    mover = { start: s, end: s + m[1].length }; fact(m.index, s + m[1].length);
    break;
  }
  const counts: { for?: number; against?: number; abstentions?: number } = {};
  // (every decision's line is asked: the patterns that need a digit, a colon or a parenthesis are asked only when it has one)
  const digit = /\d/.test(text);
  const paren = text.includes('(');
  if (digit) for (const [re, key] of COUNT_PAIRS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && counts[key] === undefined) { counts[key] = Number(m[1]); fact(m.index, m.index + m[0].length); }
  }
  const to = digit && counts.for === undefined && counts.against === undefined ? VOTES_TO.exec(text) : null;
  if (to) { counts.for = Number(to[1]); counts.against = Number(to[2]); fact(to.index, to.index + to[0].length); }
  let result: VoteResult | undefined;
  const score = digit ? CARRIED_SCORE.exec(text) : null;
  if (score) {
    result = /lost|failed|defeated/i.test(score[1]) ? 'lost' : 'carried';
    counts.for ??= Number(score[2] ?? score[5]);
    counts.against ??= Number(score[3] ?? score[6]);
    if (score[4]) counts.abstentions ??= Number(score[4]);
    fact(score.index, score.index + score[0].length);
  } else {
    const r = firstFrom(RESULT, text, at[2]);
    if (r) { result = /lost|failed|defeated/i.test(r[1] ?? r[2]) ? 'lost' : 'carried'; fact(r.index, r.index + r[0].replace(/[.;)]$/, '').length); }
  }
  const lists: Record<'ayes' | 'nays' | 'abstainers', Span[] | undefined> = { ayes: undefined, nays: undefined, abstainers: undefined };
  ROLL.lastIndex = 0;
  if (text.includes(':')) for (let m = ROLL.exec(text); m; m = ROLL.exec(text)) {
    // (a count, `Abstain: 1 (Cllr Venn, absent from that meeting)`, is no list of names: the bracket's names are read below)
    if (/^[ \t]*\d/.test(m[2])) continue;
    const key = /^(?:ayes|yeas)$/i.test(m[1]) ? 'ayes' : /^(?:nays|noes)$/i.test(m[1]) ? 'nays' : 'abstainers';
    const s = m.index + m[0].length - m[2].length;
    const names = NONE.test(m[2].trim()) ? [] : splitNames(m[2].replace(/\n/g, ' ')).map((p) => ({ start: s + p.start, end: s + p.end }));
    lists[key] ??= names;
    fact(m.index, endBeforeStops(text, m.index, s + m[2].length));
  }
  // "5 in favour (@mkovac @tobi-r …), 0 against, 1 abstention (@htanabe)": the handles in the parentheses
  const handles = (after: RegExp): Span[] | undefined => {
    const m = paren ? after.exec(text) : null;
    if (!m) return undefined;
    const s = m.index + m[0].length;
    const at = s - m[1].length - 1;
    if (m[1].includes('@')) return [...m[1].matchAll(/@[\w.-]+/g)].map((h) => ({ start: at + h.index, end: at + h.index + h[0].length }));
    // "(KA, who had not seen the quotes)": the names, not the reason
    return splitNames(m[1]).filter((p) => /^[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}$/.test(m[1].slice(p.start, p.end))).map((p) => ({ start: at + p.start, end: at + p.end }));
  };
  lists.ayes ??= handles(AYES_HANDLES);
  lists.abstainers ??= handles(ABSTAINERS_HANDLES);
  lists.nays ??= handles(NAYS_HANDLES);
  // `Vote: +1 @a @b @c; -1 @d; abstain @e`: a project's notes mark each handle's vote, counted by the handles after each mark
  if (text.includes('@') && (text.includes('+1') || text.includes('-1'))) {
    for (const [mark, key, count] of MARKED_HANDLES) {
      const m = mark.exec(text);
      if (!m || lists[key]) continue;
      const s = m.index + m[0].length - m[1].length;
      const spans = [...m[1].matchAll(/@[\w-]+(?:\.[\w-]+)*/g)].map((h) => ({ start: s + h.index, end: s + h.index + h[0].length }));
      lists[key] = spans;
      counts[count] ??= spans.length;
      fact(m.index, s + m[1].length);
    }
  }
  const unanimousMatch = firstFrom(UNANIMOUS, text, at[3]);
  if (unanimousMatch) fact(unanimousMatch.index, unanimousMatch.index + unanimousMatch[0].length);
  if (counts.for === undefined && lists.ayes && lists.ayes.length > 0 && lists.nays) { counts.for = lists.ayes.length; counts.against ??= lists.nays.length; }
  const hasCount = counts.for !== undefined || counts.against !== undefined;
  // a count needs a second fact or a result to be a vote: "3 for" alone may be anything
  if (first === Infinity || (!mover && !seconder && !result && !unanimousMatch && !lists.ayes && !(hasCount && Object.keys(counts).length >= 2))) return undefined;
  return {
    start: first,
    end: last,
    mover, seconder, ...counts,
    ayes: lists.ayes, nays: lists.nays, abstainers: lists.abstainers,
    unanimous: Boolean(unanimousMatch) || (counts.against === 0 && (counts.abstentions ?? 0) === 0 && counts.for !== undefined && counts.for > 0 && !lists.nays?.length),
    result,
  };
}

/**
 * A division's line, the side's label first then its members (`FOR:⇥⇥Councillors Pryor, Lund and Vance`,
 * `AGAINST:⇥Councillors Okafor and Dunne`, `Ayes: …`): how each voted, never an owner column.
 */
/** A vote's result alone on its line (`CARRIED`, `Motion lost.`, `CARRIED UNANIMOUSLY`), as a page sets it at the right of its resolution. */
const RESULT_ALONE = /^[ \t]*(?:(?:the[ \t]+)?motion[ \t]+)?(?:carried|lost|defeated|passed|failed|adopted)(?:[ \t]+(?:unanimously|by[ \t]+consensus))?[ \t]*\.?[ \t]*$/i;

/** Whether a line holds a vote's result alone: the result of the words above it, never a heading. */
export function isResultAlone(text: string): boolean {
  return text.length <= 40 && RESULT_ALONE.test(text);
}

const VOTE_LABEL = /^[ \t]*(?:for|against|abstain(?:ed|ing)?|abstentions?|ayes|nays|noes|yeas|in[ \t]+favou?r)[ \t]*:/i;

/** Whether a line opens with a division's label (VOTE_LABEL): by its first letter, then the pattern. */
export function opensWithVoteLabel(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return (c === 0x66 || c === 0x61 || c === 0x6e || c === 0x79 || c === 0x69 || c === 0x20) && text.indexOf(':') > 0 && VOTE_LABEL.test(text.slice(0, 40));
}

/**
 * The vote recorded in `text` after `from`, its offsets in `text`: the words before it are no fact of
 * the vote (a decision's `£38,450 for 2026/27` counts no one). Read in the rest alone (its patterns
 * need no character before it: a blank there reads as a line's start), not in a copy of the text with
 * those words blanked, which every decision with a sentence after it made.
 */
export function matchVoteAfter(text: string, from: number): Vote | undefined {
  if (text.length > 20000) return undefined;
  const v = matchVote(from > 0 ? text.slice(from) : text);
  return v && from > 0 ? shiftVote(v, from) : v;
}

/** A vote found in a part of a text, its offsets moved `by` to the whole's. */
export function shiftVote(v: Vote, by: number): Vote {
  const all = (xs: Span[] | undefined): Span[] | undefined => xs?.map((x) => shift(x, by));
  return { ...v, start: v.start + by, end: v.end + by, mover: v.mover && shift(v.mover, by), seconder: v.seconder && shift(v.seconder, by), ayes: all(v.ayes), nays: all(v.nays), abstainers: all(v.abstainers) };
}


const PLUS_ONE = /^[ \t]*(?:<([^<>\s]{1,40})>[ \t]*)?([+-]1|\+0|-0|0)\b(?:[ \t]+(.*))?$/;

/** A scribed `+1` line (`<Chen_Wei> +1`, `+1 to rounding only the total`): who, and for or against. */
export function matchPlusOne(line: string): { who?: Span; vote: 'for' | 'against' | 'neutral'; start: number; end: number } | undefined {
  const m = PLUS_ONE.exec(line);
  if (!m) return undefined;
  const who = m[1] ? { start: line.indexOf(m[1]), end: line.indexOf(m[1]) + m[1].length } : undefined;
  const s = m.index + (m[0].length - m[0].trimStart().length);
  return { who, vote: m[2] === '+1' ? 'for' : m[2] === '-1' ? 'against' : 'neutral', start: s, end: endBeforeStops(line, s, line.length) };
}
