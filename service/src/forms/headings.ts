/**
 * The headings that open a people block in published minutes, and the one-person headings of
 * scribed minutes (`Chair`, `Scribe`) that give the person under them a role.
 */
import { blockWordKind, type BlockKind } from '../markup';
import type { QualifierKind, Span } from './types';
import { readQualifier, type QualifierReading } from './qualifiers';
import { lastAnswer } from './lastAnswer';
import { isBlankUnit } from '../unitClass';

export interface BlockHeadingMatch {
  readonly kind: BlockKind;
  /** The role the people under a one-person heading hold (`Chair`, `Scribe`, `Mayor`). */
  readonly role?: string;
  /** The heading word(s), without `:`, `#` or `**`. */
  readonly label: Span;
}

const MINUTES_LABEL = /^(?:minutes|minute taker|minutes taken by)$/i;

/** What matchBlockHeading's pattern lets stand after a heading's colon: blanks (a space or a tab) and the bold's `*` or `_`. */
const AFTER_COLON: ReadonlySet<number> = new Set([0x20, 0x09, 0x2a, 0x5f]);

/** Headings naming one role: the person under or after them holds it. */
const ROLE_HEADINGS: ReadonlyArray<readonly [RegExp, BlockKind, string | undefined]> = [
  // (`In the Chair:⇥Councillor A Roe`: an older council's way of naming who presided)
  [/^(?:chair|chairman|chairperson|chaired by|in the chair)$/i, 'present', 'Chair'],
  [/^(?:vice[- ]chair)$/i, 'present', 'Vice-Chair'],
  [/^(?:mayor)$/i, 'present', 'Mayor'],
  // a project's meeting notes name who ran the call and who took the notes: the role as written (no role: the heading's words)
  [/^(?:facilitator|moderator)$/i, 'present', undefined],
  [/^(?:note[- ]?taker)$/i, 'inAttendance', undefined],
  [/^(?:scribe|clerk)$/i, 'inAttendance', 'Scribe'],
  [MINUTES_LABEL, 'inAttendance', 'Scribe'],
];

/**
 * A label naming who took the minutes (`**Minutes:** Kim Lee`): on its line, a fact beside the
 * name (the qualifier `minutes`, as `(minutes)` after a name is), not an office the person holds.
 */
export function isMinutesLabel(word: string): boolean {
  return MINUTES_LABEL.test(word.trim());
}

/**
 * Reads a heading line: `Present:`, `## Apologies`, `**Regrets**`, `   Scribe`. `roles`: whether
 * the one-person headings (`Chair`, `Scribe`) count; a parser allows them only inside an
 * attendance area, where `Chair` alone on a line is not the last word of a role.
 */
export function matchBlockHeading(line: string, roles = false): BlockHeadingMatch | undefined {
  // (exact: the pattern's one colon ends the words, only blanks and the bold's `**` or `__` after it: a colon with anything
  // else after it, a person's `Jane Roe : Chair`, is declined before the pattern is tried)
  const colon = line.indexOf(':');
  if (colon >= 0) {
    let e = line.length;
    while (e > colon + 1 && AFTER_COLON.has(line.charCodeAt(e - 1))) e--;
    if (e > colon + 1) return undefined;
  }
  // (the words end on what is no blank, and the blanks after them are one run: two runs of blanks
  // that may share them were cubic on a long line of blanks)
  const m = /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?([^:*_#]*[^:*_# \t])(?:\*\*|__)?[ \t]*(?::[ \t]*)?(?:(?:\*\*|__)[ \t]*)?$/.exec(line);
  if (!m) return undefined;
  const word = m[1].trim();
  const start = line.indexOf(word, m[0].length - m[0].trimStart().length);
  const label = { start, end: start + word.length };
  const kind = blockWordKind(word);
  if (kind) return { kind, label };
  if (roles) for (const [re, kind, role] of ROLE_HEADINGS) if (re.test(word)) return { kind, role: role ?? word, label };
  return undefined;
}

/**
 * `matchBlockHeading(line, true)` where the heading names one person's role (`Chair`, `Scribe:`), undefined for any
 * other line: what the readers of a role's heading inside the attendance ask of every line there, a person's
 * `Jane Roe : Chair` among them, which the first letters decline before the pattern and the lists' words are tried.
 */
export function matchRoleHeading(line: string): BlockHeadingMatch | undefined {
  // (exact: the heading's words start at the first character that is neither blank, as `trim` reads it, nor `#`, `*`, `_`:
  // the pattern lets only those stand before its words, whose blanks `trim` removes, and its words hold none of `#*_`;
  // a ROLE_HEADINGS word opens with one of ROLE_OPENINGS, lowered: a non-ASCII letter is no ASCII one to these patterns)
  let a = 0;
  while (a < line.length) {
    const c = line.charCodeAt(a);
    if (!isBlankUnit(c) && c !== 0x23 && c !== 0x2a && c !== 0x5f) break;
    a++;
  }
  if (!ROLE_OPENINGS.has(line.slice(a, a + 4).toLowerCase())) return undefined;
  const h = matchBlockHeading(line, true);
  return h?.role !== undefined ? h : undefined;
}

/** The first four letters of each ROLE_HEADINGS word, lowered (`chai`r, `in t`he chair, `note`-taker …): every such word is five long at least. */
const ROLE_OPENINGS: ReadonlySet<string> = new Set(['chai', 'in t', 'vice', 'mayo', 'faci', 'mode', 'note', 'scri', 'cler', 'minu']);

/**
 * The kind of block a label before a colon opens (`Present`, `Regrets`), for inline lists. Each line
 * before the items is asked by three readers of the header with the same words (a person's
 * `Sam Booth : Role` by labelledLines, labelledBlock and inlineBlock): the last answer is kept.
 */
export const labelKind: (label: string) => LabelKind | undefined = lastAnswer((label: string) => labelKindOf(label));
type LabelKind = { readonly kind: BlockKind; readonly role?: string };

function labelKindOf(label: string): LabelKind | undefined {
  // (`Also present for this item`: the list's label, the item they came for said after it: forThisItem)
  // (each pattern below asked only where what it cannot do without stands, a person's name being asked before every colon:
  // FOR_THIS_ITEM's closing `item`, a ROLE_HEADINGS word's first letters (ROLE_OPENINGS), a WHERE's last letter; case ignored)
  const trimmed = label.trim();
  const word = (trimmed.charCodeAt(trimmed.length - 1) | 0x20) === 0x6d ? trimmed.replace(FOR_THIS_ITEM, '') : trimmed;
  const kind = blockWordKind(word);
  if (kind) return { kind };
  if (ROLE_OPENINGS.has(word.slice(0, 4).toLowerCase())) for (const [re, kind, role] of ROLE_HEADINGS) if (re.test(word)) return { kind, role: role ?? word };
  // `Trustees present in the room:`, `Trustees joining on Teams:`: members sorted by where they sat, each list a present one
  const where = WHERE_LAST.has(word.charCodeAt(word.length - 1) | 0x20) ? WHERE.exec(word) : null;
  if (where) {
    const rest = word.slice(0, where.index);
    // (`Attending remotely:`, `Joining online:`: the verb alone says they are members attending, as `Members attending` does)
    if (/^(?:(?:trustees|governors|directors|members|councillors|board members)(?:[ \t]+(?:joining|attending|participating))?|joining|attending|participating)$/i.test(rest)) return { kind: 'present' };
    const kind = blockWordKind(rest);
    if (kind) return { kind };
  }
  return undefined;
}

/** The last letters, lowered, of WHERE's words (room, person, site, teams, zoom, video, link, phone, online, remotely). */
const WHERE_LAST: ReadonlySet<number> = new Set([...'mnesoky'].map((c) => c.charCodeAt(0)));

/** Where the members of a list sat, said at the end of its label (`in the room`, `on Teams`, `by video link`). */
// (from a run of blanks' start only, `(?<![ \t])`: tried from each blank of a long run, it took seconds)
const WHERE = /(?<![ \t])[ \t]+(in the room|in person|on site|(?:on|via|by)[ \t]+(?:(?:ms|microsoft)[ \t]+)?(?:teams|zoom|video(?:[ \t]+link)?|phone|telephone)|online|remotely)$/i;

/**
 * How the members of a list labelled by where they sat took part (`Trustees joining on Teams:`): what `(on Teams)` would say
 * beside each, the span of those words in the label; undefined for a label that says nothing of it (`in the room`, the usual way).
 */
export function remoteInLabel(line: string): Span | undefined {
  // (the label before its colon, when the list runs on its line)
  const colon = line.indexOf(':');
  const label = (colon > 0 ? line.slice(0, colon) : line).trimEnd();
  const m = WHERE.exec(label);
  if (!m || /^(?:in the room|in person|on site)$/i.test(m[1]) || !labelKindOf(label)) return undefined;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

/** A way of attending in a list's label that is no remote one: in the room, the usual way, which the reader still writes beside each. */
const IN_PERSON = /^(?:in[ -]person|in the (?:room|chamber)|on site|physically present)$/i;

/**
 * How everyone on a list attends, said once in a bracket of its label (`Present (in person):`, `Members
 * Present:⇥…` ⏎ `(Remotely)` wrapped under the label in its column): the qualifier's kind for the bracket's
 * words, or undefined when they say no way of attending (`(continued)`, `(voting)`).
 */
export function labelWay(words: string): QualifierKind | undefined {
  const w = words.trim();
  if (w.length === 0 || w.length > 30) return undefined;
  if (IN_PERSON.test(w)) return 'note';
  return readQualifier(w)?.kind === 'remote' ? 'remote' : undefined;
}

/** A bracket opening a line, before the list's next cell or alone (`(In Person)⇥⇥Councillors …`): its words at 1 to 1 + group 1's length. */
export const LABEL_BRACKET = /^\(([A-Za-z][A-Za-z -]{1,28})\)(?=\t|[ \t]*$)/;

/**
 * A running notes document's note to those who attend, in brackets after the list's heading
 * (`Attendees (please add your name and company):`, `Attendees (add yourself, with affiliation)`): where
 * the heading's own words end, and whether the note asks for each one's company, which the bracket after
 * each name then holds (`Ana Ruiz (Ferrous Labs)`). Undefined when the heading holds no such note.
 */
export function matchListNote(heading: string): { readonly end: number; readonly company: boolean } | undefined {
  const t = heading.trimEnd();
  if (!t.endsWith(')') && !t.endsWith('):')) return undefined;
  const m = LIST_NOTE.exec(t);
  return m ? { end: m.index, company: COMPANY_NOTE.test(m[0]) } : undefined;
}
// (`Members present (continued)`: a list carried over a page break goes on under its heading again; `Participants (from the
// Meetecho list)`: where the list was taken from)
// (from a run of blanks' start only, `(?<![ \t])`: tried from each blank of a long run, it took seconds)
const LIST_NOTE = /(?<![ \t])[ \t]*\((?:(?:please\b|add\b|sign\b)[^()]{0,80}|from the [^()]{1,40} list|continued|cont(?:['’]?d|\.))\):?$/i;
const COMPANY_NOTE = /\b(?:company|companies|affiliations?|organi[sz]ations?|employer)\b/i;

/**
 * The first character after the line's leading spaces and tabs, an ASCII capital lowered (`| 0x20`): what the patterns
 * `^[ \t]*for…/i` and `^[ \t]*observ…/i` open with, `f` or `o` in either case and nothing else (without the `u` flag a case-blind
 * letter matches only its own capital). Asked first: every block's label and every person's is asked, and most open otherwise.
 */
function leadLetter(line: string): number {
  let s = 0;
  while (s < line.length && (line.charCodeAt(s) === 0x20 || line.charCodeAt(s) === 0x09)) s++;
  return s < line.length ? line.charCodeAt(s) | 0x20 : -1;
}

/**
 * A list headed `Observers` (`Observers` ⏎ `Grace Roe⇥Healthwatch …`): each one under it attends as an observer, a fact of
 * the attendance the heading says once for all. The span of the heading's word in the singular (`Observer`), or undefined.
 */
export function observersHeading(line: string): Span | undefined {
  if (leadLetter(line) !== 0x6f) return undefined;
  const m = /^([ \t]*)(observer)s(?:[ \t]*:)?[ \t]*$/i.exec(line);
  return m ? { start: m[1].length, end: m[1].length + m[2].length } : undefined;
}

/**
 * A list headed by the item its people came for (`For item ARC/26/19:` ⏎ `Dr A Roe, Chief Medical Officer (AR)`):
 * each one attends for that item only, which the heading says once for all. The span of the heading's words, or undefined.
 */
export function forItemHeading(line: string): Span | undefined {
  if (leadLetter(line) !== 0x66) return undefined;
  const m = /^([ \t]*)(for[ \t]+(?:items?|minutes?)[ \t]+[\w./-]*\d[\w./-]*)(?:[ \t]*:)?[ \t]*$/i.exec(line);
  return m ? { start: m[1].length, end: m[1].length + m[2].length } : undefined;
}

/**
 * The qualifier a `For item` heading gives each one under it (`For item ARC/26/19:` ⏎ `Dr A Roe …`: `(item ARC/26/19 only)`):
 * the heading's words, and what they read as (`only` when no reading says more). Undefined when the line is no such heading.
 */
export function forItemQualifier(line: string): (QualifierReading & { readonly span: Span }) | undefined {
  const span = forItemHeading(line);
  if (!span) return undefined;
  const q = readQualifier(line.slice(span.start, span.end));
  return { span, kind: q?.kind ?? 'only', ...(q?.value !== undefined ? { value: q.value } : {}) };
}

/** The item a list's label says its people came for, after its word (`Also present for this item`, `In attendance for the item`). */
const FOR_THIS_ITEM = /[ \t]+for[ \t]+(?:this|the)[ \t]+item$/i;

/**
 * `Also present for this item:` over a guest in an item's text: the span of the label's `for this item`, which
 * each one on the list has as their qualifier (as `For item ARC/26/19:` over a list gives it), or undefined.
 */
export function forThisItem(label: string): Span | undefined {
  const m = FOR_THIS_ITEM.exec(label.trimEnd());
  return m ? { start: m.index + m[0].length - m[0].trimStart().length, end: m.index + m[0].length } : undefined;
}

/** A list's label that is the word observer (`Observer:`, `Observers`): everyone on the list attends as an observer, as under the heading. */
// (`Observing: Ms A Roe, Higher Education Authority`: the verb labels them as the noun does)
export function isObserversLabel(label: string): boolean {
  return leadLetter(label) === 0x6f && /^[ \t]*observ(?:ers?|ing)\b/i.test(label);
}

/**
 * A group's sub-heading inside a list (`Non-Executive Directors`, `Executive Directors`, `Independent
 * Members`, `### TSC members`): it sorts the people under it, and is no person. A few capitalised
 * words ending with a group of people in the plural.
 */
// (never those who are no members: `Members of the public`, `Members of staff`, `Members of the press`)
const OTHER_GROUP = /^[ \t]*(?:#{1,6}[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+){0,2}(?:Ex[ -]officio|(?:[Mm]embers|Governors|Trustees|Directors)[ \t]+of[ \t]+(?:the[ \t]+)?(?!(?:the[ \t]+)?(?:public|press|staff|audience|community)\b)[a-z][a-z'’ -]{1,40}[a-z]))(?:[ \t]*:)?[ \t]*$/;

export function matchGroupHeading(line: string): Span | undefined {
  // (every group's word ends in `s`: a line whose last letter, before its blanks and a colon, is another is none, and a
  // person's line `Jane Roe : Chair`, asked under every list, is declined before the pattern)
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 0x20 || line.charCodeAt(e - 1) === 0x09)) e--;
  if (e > 0 && line.charCodeAt(e - 1) === 0x3a) e--;
  while (e > 0 && (line.charCodeAt(e - 1) === 0x20 || line.charCodeAt(e - 1) === 0x09)) e--;
  if (e === 0) return undefined;
  // (a university's groups: `Ex officio`, `Elected members of the academic staff`, whose last word is no plural)
  const m = line.charCodeAt(e - 1) !== 0x73 ? (e < 80 ? OTHER_GROUP.exec(line) : null) : /^[ \t]*(?:#{1,6}[ \t]+)?((?:[A-Z][\w'’-]*[ \t]+){0,3}(?:Directors|Members|members|Governors|Trustees|Officers|Councillors|Representatives|Advisers|Advisors|Attendees|attendees|Observers))(?:[ \t]*:)?[ \t]*$/.exec(line);
  if (!m) return undefined;
  const start = line.indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * A list's label opening the line (`OFFICERS:   Caroline Winter – Head of …`): the span of the label
 * word(s) and where what follows the colon starts; undefined when the line opens with no list's label.
 * labelledLines and labelledBlock ask the same line in turn: the last answer is kept.
 */
export const matchLineLabel: (line: string) => LineLabel | undefined = lastAnswer((line: string) => lineLabelOf(line));
type LineLabel = { readonly kind: BlockKind; readonly label: Span; readonly rest: number };

/**
 * A label wrapped in its own column over two rows of a table (`Officers in⇥⇥Mr A Roe⇥Director …` ⏎
 * `Attendance:⇥⇥Ms B Lee⇥Head of …`): its first words, with no colon and naming no list alone, then the rest
 * with the colon on the next row; the kind of list the whole label names, and where each row's people start.
 */
export function matchWrappedLabel(first: string, second: string): { readonly kind: BlockKind; readonly rests: readonly [number, number] } | undefined {
  const h = /^([A-Z][A-Za-z\u00C0-\u024F'’ /-]{1,50}?)[ ]*\t+(?=\S)/.exec(first);
  if (!h || h[1].indexOf(':') >= 0 || labelKind(h[1])) return undefined;
  const t = /^([A-Za-z][A-Za-z\u00C0-\u024F'’ /-]{1,50}?)[ \t]*:[ \t]*/.exec(second);
  if (!t) return undefined;
  const k = labelKind(`${h[1]} ${t[1]}`);
  return k && !k.role ? { kind: k.kind, rests: [h[0].length, t[0].length] } : undefined;
}

function lineLabelOf(line: string): LineLabel | undefined {
  const m = /^[ \t]*([A-Za-z][A-Za-z\u00C0-\u024F'’ /-]{1,50}?)[ \t]*:[ \t]*/.exec(line);
  if (!m) return undefined;
  const k = labelKind(m[1]);
  if (!k || k.role) return undefined;
  const start = line.indexOf(m[1]);
  return { kind: k.kind, label: { start, end: start + m[1].length }, rest: m[0].length };
}
