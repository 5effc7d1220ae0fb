/**
 * People: how an attendance line is read (`Name : Role`, `Name (Role)`, `Name - Role`,
 * `Name (SF) : Role` with initials), how a name written in running text (`ACC Vanessa Jardine`,
 * `the DCC Louisa Rolfe`, `C/Supt Anthony Tagg`) is reduced to a person, and how a mention
 * is matched against the attendance lists.
 */

import { isBlankUnit } from './unitClass';

/** Ranks, honorifics and titles that may stand before a name; longest first so that the longest wins. */
const TITLES = [
  'Police and Crime Commissioner', 'Assistant Police and Crime Commissioner', 'Deputy Police and Crime Commissioner',
  'Deputy Chief Constable', 'Assistant Chief Constable', 'Chief Constable', 'Detective Chief Superintendent',
  'Det Chief Supt', 'Det Ch Supt', 'Chief Superintendent', 'Detective Superintendent', 'Det Supt', 'Chief Supt', 'Ch Supt', 'C/Supt',
  'Superintendent', 'Supt', 'Chief Inspector', 'Ch Insp', 'Detective Inspector', 'Inspector', 'Insp', 'Staff Sergeant', 'S/Sgt', 'Sergeant', 'Sgt',
  'Board Member', 'Councillor', 'Cllr', 'Cr', 'Professor', 'Prof', 'Dr.', 'Dr', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Mx',
  // (a French member's honorific, as an international board's list prints it: `Mme Hélène GARNIER`)
  'Mme', 'Mlle',
  'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Revd', 'Fr', 'Fr.', 'Victims Commissioner', 'Commissioner',
  // other families' titles: parish and borough councillors, US council members and mayors, clergy
  'Rev.', 'Revd.', 'Reverend', 'Canon', 'Borough Cllr', 'County Cllr', 'District Cllr', 'Town Cllr', 'Parish Cllr',
  'Borough Councillor', 'County Councillor', 'District Councillor', 'Council Member', 'Councilmember', 'Councilman', 'Councilwoman',
  // an honorary alderman: a past councillor the council made one, listed and sending apologies as members do
  'Honorary Alderman', 'Honorary Alderwoman', 'Alderman', 'Alderwoman', 'Alderperson', 'Mayor', 'Deputy Mayor', 'Vice Mayor', 'PCSO', 'Prof.',
  // an American council's presiding member, elected by the council from its members
  'Council President', 'Council Vice President',
  // te reo Māori terms of respect before an elder's name, as New Zealand councils list kaumātua and mana whenua
  'Matua', 'Whaea',
].sort((a, b) => b.length - a.length);
/**
 * The titles that are an elected office (`Mayor`, `Councilmember`): a member listed with no other
 * role holds that office at the meeting, so it is their role; with one (`Mayor Dana Whitcombe
 * (Chair)`) it stays the title they are addressed by.
 */
const OFFICE_TITLES = new Set(['mayor', 'deputy mayor', 'vice mayor', 'council member', 'councilmember', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'alderperson', 'council president', 'council vice president']);
export function isOfficeTitle(title: string): boolean {
  return OFFICE_TITLES.has(title.replace(/\s+/g, ' ').toLowerCase());
}
/**
 * An elected office written before the title the member is addressed by (`Mayor Cllr A Roe`,
 * `Deputy Mayor Councillor B Lee`): the office, and the title after it; undefined for any other titles.
 */
export function officeBeforeTitle(title: string): { readonly office: string; readonly title: string } | undefined {
  const t = title.replace(/\s+/g, ' ').trim();
  const m = OFFICE_BEFORE.exec(t);
  return m && isTitleAlone(t.slice(m[0].length)) ? { office: m[0].trim(), title: t.slice(m[0].length) } : undefined;
}
/** An office and the start of a name after it (`Mayor Gordon …`, `Deputy Mayor T…`, `Councilmembers Dale …`), at the text's start. */
const OFFICE_OPENING = new RegExp(`^\\s*(?:${[...OFFICE_TITLES].sort((a, b) => b.length - a.length).map((t) => t.replace(/ /g, '\\s+')).join('|')})s?\\s+(?=\\S)`, 'i');
/** An elected office opening a run of titles (`Deputy Mayor ` of `Deputy Mayor Councillor`). */
const OFFICE_BEFORE = new RegExp(`^(?:${[...OFFICE_TITLES].sort((a, b) => b.length - a.length).join('|')}) (?=\\S)`, 'i');
/** The text opens with an elected office before a capitalised name (a new person of a list the page wrapped). */
export function opensWithOffice(text: string): boolean {
  const m = OFFICE_OPENING.exec(text);
  return m !== null && /^\p{Lu}/u.test(text.slice(m[0].length));
}
const TITLES_WITH_AND = new RegExp(TITLES.filter((t) => t.includes(' and ')).join('|'), 'gi');
/** No text shorter than this holds a title with `and` (each of the pattern's characters matches one of the text's). */
const SHORTEST_TITLE_WITH_AND = Math.min(...TITLES.filter((t) => t.includes(' and ')).map((t) => t.length));
const TITLE_RE = new RegExp(`^(?:the\\s+)?(?:${TITLES.map((t) => t.replace(/[./]/g, (c) => `\\${c}`)).join('|')})(?=\\s)\\s*`, 'i');
/** A councillor of another council named by its place before the name (`Cornwall Councillor Dan Jago` at a parish meeting). */
const PLACE_COUNCILLOR = /^\p{Lu}[\p{L}'’-]+\s+(?:(?:County|Borough|District|Town|City)\s+)?Councillor\s+(?=\p{Lu})/u;
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Prof|Cllr|Cr|Sir|Dame|Lord|Lady|Rev|Revd)\.?$/;
/** A short all-capitals rank such as ACC, DCC, PCC, APCC, PC before a name, its first word or its initials (`PC N Hale`). */
const ACRONYM_TITLE = /^(?:the\s+)?[A-Z]{2,5}\s+(?=(?:[A-Z]\.?\s+){0,3}[A-Z][a-z])/;

export interface PersonName {
  /** Words of the name with titles removed, capitals normalised (`Richard AGAR` → `Richard Agar`). */
  readonly words: readonly string[];
  readonly display: string;
  readonly surname: string;
  readonly initials: string;
}

/** A person as the lists name them: the titles written before the name, then the name (`Cllr Ahmed`, `ACC Bell`). */
export function nameAsListed(p: { readonly title?: string; readonly name: PersonName }): string {
  return p.title ? `${p.title} ${p.name.display}` : p.name.display;
}

/** A word of initials with their stops (`M.R.`, `H.J.`). */
const DOTTED_INITIALS = /^(?:[A-Z]\.){2,4}$/;

function normaliseWord(w: string): string {
  // `AGAR` → `Agar`, `WILLIAMS-LONG` → `Williams-Long`, `O'HARA` → `O'Hara`; mixed case stays as written
  // (a letter a–z says so at once, without the upper-case copy: the common `Claire`)
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return w;
  }
  // `M.R.`: initials written with their stops stay as written
  if (w.length >= 4 && w.charCodeAt(1) === 0x2e && DOTTED_INITIALS.test(w)) return w;
  if (w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) {
    return w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
  }
  return w;
}

/** Removes leading titles and ranks ("the DCC", "Det Chief Supt", "Dr."). */
export function stripTitles(text: string): string {
  let t = text.trim();
  for (let guard = 0; guard < 4; guard++) {
    const m = TITLE_RE.exec(t) ?? ACRONYM_TITLE.exec(t) ?? (t.includes('Councillor ') ? PLACE_COUNCILLOR.exec(t) : null);
    if (!m) break;
    t = t.slice(m[0].length);
    // (a police officer's collar number after the rank: `PCSO 7731 A Marchetti`, `PC 2214 Dan Roe`)
    if (POLICE_RANK.test(m[0])) { const n = COLLAR.exec(t); if (n) t = t.slice(n[0].length); }
  }
  return t.trim();
}
/** A police rank a collar number may follow. */
const POLICE_RANK = /^(?:the\s+)?(?:PCSO|PC|WPC|DC|PS|DS|Sgt|Insp|Special(?:\s+Constable)?)\b/;
/** The collar number, before the name's capitals. */
const COLLAR = /^\d{2,6}\s+(?=\p{Lu})/u;

/**
 * A title or rank written alone, with no name after it (`Superintendent`, `Mayor`): in a list a
 * part of nothing but a title is what the person before it is (`Dr. Renee Carter, Superintendent`).
 */
export function isTitleAlone(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && stripTitles(`${t} X`) === 'X';
}

/**
 * What tells a word in capitals after a name for letters (`lettersFrom`): the letters the text prints
 * after several names (`lettersAfterNames`), asked only where a name ends in such a word.
 */
export interface LettersKnown { has(word: string): boolean }

export function parseName(text: string, letters?: LettersKnown): PersonName | undefined {
  // `Amara_Quist`: scribed minutes join a name's words with underscores
  // (`ASHWORTH, Professor Jane`: a university's list printed surname first is the name `Jane Ashworth`)
  const t = naturalOrder(text.includes('_') ? text.replace(/_/g, ' ') : text);
  return nameOfUntitled(stripTitles(t), letters);
}

/**
 * A name printed surname first, as universities list their senate and council: the surname in
 * capitals, a comma, then the titles and the given names (`ASHWORTH, Professor Jane`,
 * `SMITH-JONES, Dr A`). Group 1 is the surname, group 2 what follows the comma. Only capitals before
 * the comma and a capital after it: `Smith, Jones and Brown`, a list of surnames in prose, is none.
 */
const SURNAME_FIRST = /^[ \t]*((?:Mc|Mac|O['’])?\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*(?:[ ]\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*)?),[ ]+(\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,3})[ \t]*$/u;

/**
 * The name in the order it is spoken (`Professor Jane ASHWORTH`) when it was printed surname first
 * (SURNAME_FIRST), with a title or a given name after the comma; the text itself otherwise.
 */
export function naturalOrder(text: string): string {
  // (a comma is the cheap first test: most names hold none)
  if (text.indexOf(',') < 0) return text;
  const m = SURNAME_FIRST.exec(text);
  if (!m) return text;
  const after = m[2];
  // what follows the comma must be a title or a given name, never a word in capitals (`SMITH, JONES`: two surnames)
  if (/^\p{Lu}{2,}(?:[ ]|$)/u.test(after) && !TITLE_RE.test(`${after} `)) return text;
  // (`McDONALD`: the capitals after a `Mc` are the reader's `McDonald`; the rest normaliseWord writes in ordinary capitalisation)
  const surname = m[1].replace(/^(Mc|Mac)(\p{Lu})(\p{Lu}+)/u, (_w, mc: string, c: string, rest: string) => mc + c + rest.toLowerCase());
  return `${after} ${surname}`;
}

/** `.`, `,`, `;`, `:` ending a name are no part of it. */
const TRAILING_STOP = new Set([0x2e, 0x2c, 0x3b, 0x3a]);

/**
 * Letters after a name (post-nominals): an honour, a degree, a membership of a professional body, in the shape
 * they are written (`OBE`, `FIAE`, `KC`; `CEng`, `MSc`, `CPsychol`, `FRCPath`, `MBChB`, `PhD`, `DPhil`): two capitals or more
 * with short runs of small letters among them, never a word as names are written (`Smith`, `McKay`, `MacLeod`)
 * nor a generation's numeral (`III`).
 */
const POST_NOMINAL = /^(?:[A-Z]{2,5}|[A-Z]{2,4}[a-z]{1,6}(?:[A-Z]{1,3}[a-z]{0,3})?|[A-Z][a-z][A-Z])$/;

export function isPostNominal(word: string): boolean {
  return word.length <= 9 && POST_NOMINAL.test(word) && !/^[IVX]+$/.test(word);
}

/**
 * How many of the words after a name (each in the shape of letters after it) are its surname and
 * not letters: `Mary Anne SMITH` prints the surname as some boards print every surname (`Sarah
 * MARWICK`), in the shape an institute's letters take (`Anjali Mehta FIAE`). A word is letters when
 * it is written with a small letter among its capitals (`CEng`, `PhD`, `FRCPath`) or is an honour, a
 * degree or a body's letters a reader knows (KNOWN_LETTERS); a word in capitals alone, only after
 * such a word (`Gillian Sayer CEng FIAE`, `MBE FRCP`), as letters follow one another and a surname
 * comes first (`Mary Anne SMITH OBE`: the surname, then the honour; `DE SOUSA` both the surname's).
 */
function lettersFrom(after: readonly string[], letters?: LettersKnown): number {
  let known = after.length;
  for (let k = 0; k < after.length; k++) if (hasSmallLetter(after[k]) || KNOWN_LETTERS.has(after[k]) || letters?.has(after[k])) { known = k; break; }
  return known;
}

/**
 * A word in capitals in the shape of letters after a name (two to five capitals), right after a name
 * of two words or more whose last is in mixed case (`Anjali Mehta FIAE`), on its line: what
 * `lettersAfterNames` counts, and what an edit must leave alone for a re-parse of one item to read
 * the names as the whole text does (reparse.ts).
 */
// (each run bounded: asked of every line of a text where one name ends so)
const AFTER_NAME = /\b(\p{Lu}[\p{Ll}'’-]{1,30}[ ]{1,3}\p{Lu}[\p{Ll}'’-]{0,30}\p{Ll})[ ]{1,3}([A-Z]{2,5})(?![\p{L}\d])/gu;

/** The words AFTER_NAME finds on a line, each with the name before it (`FIAE Anjali Mehta`), once; no array made where the line has none (most). */
export function lettersOnLine(line: string): readonly string[] {
  if (line.length > 2000 || !/[a-z][ ]+[A-Z]{2}/.test(line)) return NONE;
  const out: string[] = [];
  for (const m of line.matchAll(AFTER_NAME)) { const pair = `${m[2]} ${m[1]}`; if (!out.includes(pair)) out.push(pair); }
  return out;
}
const NONE: readonly string[] = [];

/**
 * The letters a text prints after several names: a society's own (`Anjali Mehta FIAE`, `Kwame Asante
 * FIAE`, `Hywel Pritchard MIAE`, `Ruth Delacourt MIAE`), after two names or more. One name so printed,
 * however often (`Mary Anne SMITH` in the list and again in an item), is not told from a surname in
 * capitals after two given names; a text that prints the same word after several names prints letters.
 */
export function lettersAfterNames(lines: readonly string[]): ReadonlySet<string> {
  const names = new Map<string, Set<string>>();
  for (const line of lines) {
    for (const pair of lettersOnLine(line)) {
      const cut = pair.indexOf(' ');
      const w = pair.slice(0, cut);
      let after = names.get(w);
      if (!after) names.set(w, after = new Set());
      after.add(pair.slice(cut + 1));
    }
  }
  const out = new Set<string>();
  for (const [w, after] of names) if (after.size >= 2) out.add(w);
  return out;
}
/** Honours, degrees and the letters of the common professional bodies, in capitals (with small letters, the shape tells them). */
const KNOWN_LETTERS: ReadonlySet<string> = new Set([
  'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'GBE', 'BEM', 'KC', 'QC', 'JP', 'DL', 'MP', 'MSP', 'MS', 'AM', 'FRS', 'FRSE', 'FBA', 'FRSA', 'FRCP', 'FRCS',
  'FRCGP', 'FRCN', 'MRCP', 'MRCS', 'MRCGP', 'FCA', 'ACA', 'FCCA', 'ACCA', 'CPFA', 'CIPFA', 'FCIPD', 'MCIPD', 'FCIS', 'FCG', 'FRICS', 'MRICS',
  'FCIOB', 'MCIOB', 'FIET', 'MIET', 'FICE', 'MICE', 'FRTPI', 'MRTPI', 'FCIH', 'MCIH', 'MBA', 'MA', 'BA', 'LLB', 'LLM', 'MD', 'MBBS', 'RN', 'RGN', 'RMN',
]);

/** Whether the word has a small letter a–z (a surname written in mixed case: the name before the letters after it). */
function hasSmallLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** The name of a text whose titles `stripTitles` removed already. */
export function nameOfUntitled(untitled: string, letters?: LettersKnown): PersonName | undefined {
  // the words up to the stops that end it (`Bell.`): runs of what is not white space
  let end = untitled.length;
  while (end > 0 && TRAILING_STOP.has(untitled.charCodeAt(end - 1))) end--;
  const body = end === untitled.length ? untitled : untitled.slice(0, end);
  // (the usual name, its words parted by one space each and none before or after them: its runs are exactly its parts
  // between spaces, and the words written again with one space between are the text itself; no character looped over)
  const single = !SPACING_OTHER.test(body);
  const words = single ? wordsAtSpaces(body) : wordsOf(body);
  // `Professor Alan Whitcombe FIAE`, `Gillian Sayer CEng FIAE`: the letters after a full name are no part of it
  let n = words.length;
  while (n > 2 && isPostNominal(words[n - 1])) n--;
  let same = single;
  if (n < words.length && hasSmallLetter(words[n - 1])) {
    const kept = n + lettersFrom(words.slice(n), letters);
    if (kept < words.length) { words.length = kept; same = false; }
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const written = normaliseWord(w);
    if (written !== w) { words[k] = written; same = false; }
  }
  if (words.length === 0) return undefined;
  const surname = words[words.length - 1];
  let initials = '';
  let upper = true;
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 0x41 || c > 0x5a) upper = false;
    // (`M.R. Pullinger`: each initial of the word, MRP)
    initials += w.length >= 4 && w.charCodeAt(1) === 0x2e && DOTTED_INITIALS.test(w) ? w.replace(/\./g, '') : w[0];
  }
  // capitals A–Z already (the usual name): no upper-case copy
  return { words, display: same ? body : words.join(' '), surname, initials: upper ? initials : initials.toUpperCase() };
}

/**
 * A blank that is no single space between words: one before or after them, two together, or any blank but the space
 * (`\s`, the blanks `isBlankUnit` reads). Where none stands, the runs of what is not blank are the parts between spaces.
 */
const SPACING_OTHER = /^ | $| {2}|[^\S ]/;

/** The parts of `t` between its spaces, found by `indexOf` (native; `split` is a call into the runtime); none for ''. */
function wordsAtSpaces(t: string): string[] {
  const words: string[] = [];
  if (t.length === 0) return words;
  let from = 0;
  for (let sp = t.indexOf(' '); sp >= 0; sp = t.indexOf(' ', from)) {
    words.push(t.slice(from, sp));
    from = sp + 1;
  }
  words.push(from === 0 ? t : t.slice(from));
  return words;
}

/** The runs of what is not white space in `t`. */
function wordsOf(t: string): string[] {
  const words: string[] = [];
  for (let i = 0; i < t.length;) {
    while (i < t.length && isBlankUnit(t.charCodeAt(i))) i++;
    const from = i;
    while (i < t.length && !isBlankUnit(t.charCodeAt(i))) i++;
    if (i > from) words.push(t.slice(from, i));
  }
  return words;
}

// a capital, or a letter of a script without capitals (Arabic, Hebrew, Chinese…), then letters and marks;
// hyphens of every kind (Word writes U+2011), and U+FFFD, a letter an editor could not read in a file
// opened in the wrong encoding (`Si�n`): the name stays a name, and unreadable-character says why
const NAME_WORD = /^(?:[\p{Lu}\p{Lo}\ufffd][\p{L}\p{M}'’.\u2010\u2011\ufffd-]*|d[aeiu]|de[nrls]?|van|von|der|bin|al|la|le|\p{Lu}\.)$/u;

/** Could this text be a person's name (possibly with a title)? `Plus, one webcaster` cannot. */
export function looksLikeName(text: string): boolean {
  const t = stripTitles(text);
  if (t.length === 0 || t.length > 60 || /\d|[,;:!?]/.test(t)) return false;
  // (its words, the runs between blanks: `t` is trimmed, so they are `t.split(/\s+/)`'s parts, read with no array made;
  // five at most, each a name's word)
  for (let k = 0, n = 0; k < t.length;) {
    if (++n > 5) return false;
    let e = k;
    while (e < t.length && !isBlankUnit(t.charCodeAt(e))) e++;
    if (!nameWord(t.slice(k, e))) return false;
    while (e < t.length && isBlankUnit(t.charCodeAt(e))) e++;
    k = e;
  }
  return true;
}

/** NAME_WORD's test, the usual word (`Claire`, `O'Hara`, `Williams-Long`: a capital A–Z, then ASCII letters, `'`, `.`, `-`) answered without it. */
function nameWord(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 >= 0x41 && c0 <= 0x5a) {
    let i = 1;
    for (; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (!(c >= 0x61 && c <= 0x7a || c >= 0x41 && c <= 0x5a || c === 0x27 || c === 0x2e || c === 0x2d)) break;
    }
    if (i === w.length) return true;
  }
  return NAME_WORD.test(w);
}

export interface AttendanceLine {
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly roleStart?: number;
  readonly roleEnd?: number;
  readonly initials?: string;
  readonly initialsStart?: number;
  /** Separator form: `colon` is canonical; the others are recognised variants. */
  readonly form: 'colon' | 'paren' | 'dash' | 'bare';
  /** Colon written with other spacing or tabs (`Name\t:\tRole`). */
  readonly looseColon: boolean;
}

/**
 * Where the pattern `[ \t]*:[ \t]*` first matches: the first colon and the spaces and tabs either side of
 * it (the pattern, unanchored, was tried at every column of every line of a list).
 */
function colonSep(text: string): { start: number; end: number } | undefined {
  const c = text.indexOf(':');
  if (c < 0) return undefined;
  let start = c;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = c + 1;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start, end };
}
// (from the first blank of a run only: tried from each, a long run of blanks is quadratic)
const DASH_SEP = /(?<![ \t])[ \t]+[-–—][ \t]+/;
/**
 * `/^(.*?)[ \t]*[([]([A-Z]{1,4})[)\]]$/` read by hand: the name before initials in brackets closing the text (`Ann Roe
 * (AR)`), and the initials. The pattern, its lazy name against the blanks after it, was quadratic on a long run of blanks
 * before a bracket that holds no initials (`Ab … [edit | edit source]`); this reads the same in one pass from the end.
 */
function initialsClosing(t: string): [string, string] | null {
  const close = t.length - 1;
  const z = t.charCodeAt(close);
  if (z !== 0x29 && z !== 0x5d) return null;
  let k = close;
  while (k > 0 && close - k < 5 && t.charCodeAt(k - 1) >= 0x41 && t.charCodeAt(k - 1) <= 0x5a) k--;
  const caps = close - k;
  if (caps < 1 || caps > 4 || k === 0) return null;
  const open = t.charCodeAt(k - 1);
  if (open !== 0x28 && open !== 0x5b) return null;
  let b = k - 1;
  while (b > 0 && (t.charCodeAt(b - 1) === 0x20 || t.charCodeAt(b - 1) === 0x09)) b--;
  const name = t.slice(0, b);
  // (the pattern's `.` stops at a line's end: a name holding one was no match)
  if (LINE_END.test(name)) return null;
  return [name, t.slice(k, close)];
}
const LINE_END = /[\n\r\u2028\u2029]/;

function trimRange(text: string, a: number, b: number): [number, number] {
  while (a < b && isBlankUnit(text.charCodeAt(a))) a++;
  while (b > a && isBlankUnit(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/** Reads an attendance line. Returns undefined when the line is not a person. */
export function parseAttendanceLine(text: string): AttendanceLine | undefined {
  let nameEnd: number;
  let roleStart: number | undefined;
  let roleEnd: number | undefined;
  let form: AttendanceLine['form'];
  let looseColon = false;
  const colon = colonSep(text);
  // the dash is looked for only when neither a colon nor a bracket separates
  let dash: RegExpExecArray | null;
  if (colon && colon.start > 0) {
    nameEnd = colon.start;
    roleStart = colon.end;
    roleEnd = text.length;
    form = 'colon';
    looseColon = text.slice(colon.start, colon.end) !== ' : ';
  } else if (text.endsWith(')') && text.indexOf('(') > 0) {
    const open = text.lastIndexOf('(');
    nameEnd = open;
    roleStart = open + 1;
    roleEnd = text.length - 1;
    form = 'paren';
  } else if ((dash = DASH_SEP.exec(text)) && dash.index > 0) {
    nameEnd = dash.index;
    roleStart = dash.index + dash[0].length;
    roleEnd = text.length;
    form = 'dash';
  } else {
    nameEnd = text.length;
    form = 'bare';
  }
  let [ns, ne] = trimRange(text, 0, nameEnd);
  let initials: string | undefined;
  let initialsStart: number | undefined;
  // initials close the name with a bracket: a name that ends otherwise is not asked
  const last = ne > ns ? text.charCodeAt(ne - 1) : 0;
  const im = last === 0x29 || last === 0x5d ? initialsClosing(text.slice(ns, ne)) : null;
  if (im && im[0].trim().length > 0) {
    initials = im[1];
    initialsStart = ns + text.slice(ns, ne).lastIndexOf(im[1]);
    [ns, ne] = trimRange(text, ns, ns + im[0].length);
  }
  const name = text.slice(ns, ne);
  if (!looksLikeName(name)) return undefined;
  if (form === 'paren' && roleStart !== undefined && roleEnd !== undefined) {
    // `Simon Foster (SF)` with nothing after: the brackets hold initials, not a role
    const inner = text.slice(roleStart, roleEnd).trim();
    const parsed = parseName(name);
    if (/^[A-Z]{1,4}$/.test(inner) && parsed && parsed.initials.endsWith(inner.slice(-1)) && parsed.initials.startsWith(inner[0])) {
      return { nameStart: ns, nameEnd: ne, initials: inner, initialsStart: roleStart + text.slice(roleStart).indexOf(inner), form: 'bare', looseColon: false };
    }
  }
  if (roleStart !== undefined && roleEnd !== undefined) {
    const [rs, re] = trimRange(text, roleStart, roleEnd);
    if (re > rs) return { nameStart: ns, nameEnd: ne, roleStart: rs, roleEnd: re, initials, initialsStart, form, looseColon };
  }
  if (form !== 'bare' && form !== 'colon') return undefined;
  return { nameStart: ns, nameEnd: ne, initials, initialsStart, form, looseColon };
}

/**
 * A line the PDF joined: `Simon Foster : PCC Wasim Ali : APCC`. Returns the clean index where
 * the second person's name starts inside the role, or -1.
 */
export function joinedPersonStart(text: string, roleStart: number): number {
  // no colon, no second person: the usual line is spared the copy and the search
  if (text.indexOf(':', roleStart) < 0) return -1;
  const rest = text.slice(roleStart);
  const second = /[ \t]:[ \t]|\t:/.exec(rest);
  if (!second) return -1;
  const before = rest.slice(0, second.index);
  const words = [...before.matchAll(/\S+/g)];
  // the name is the last two capitalised words before the colon (a given name and a surname),
  // with a title before them ("Dr Sarah Marwick"); a longer run would eat the end of the role
  let k = words.length;
  while (k > 0 && words.length - k < 2 && /^[A-Z]/.test(words[k - 1][0])) k--;
  if (k > 0 && HONORIFIC.test(words[k - 1][0])) k--;
  if (k === words.length || k === 0) return -1;
  return roleStart + (words[k].index ?? 0);
}

/** Splits a list of names: `Andy Beard, Andy Parsons and Darren Ralph`, `ACC Bell/ Supt Hurcomb`, `A & B`. */
export function splitNames(text: string): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  // one name ("Clerk", "Director of Transport"): no separator's character or word, so neither the mask nor the search
  if (!text.includes(',') && !text.includes('&') && !text.includes('/') && !text.includes('and')) {
    push(0, text.length);
    return parts;
  }
  // (a separator opening with blanks from a run's first only, or with none: tried from each blank of a long run of
  // them, each alternative read the run again)
  const sep = /(?:(?<!\s)\s*)?,\s*(?:and\s+)?|(?<!\s)\s+and\s+|(?:(?<!\s)\s*)?&\s*|\/\s+|(?<!\s)\s+\//g;
  // "Police and Crime Commissioner" is one title, not two people: hide its "and" from the split
  // (a title with `and` needs ` and ` written: without it there is nothing to hide)
  // (nor in a text too short to hold one: `Head of Legal and Governance`)
  const masked = text.length < SHORTEST_TITLE_WITH_AND || text.search(/ and /i) < 0 ? text : text.replace(TITLES_WITH_AND, (t) => t.replace(/ and /gi, ' \u0000\u0000\u0000 '));
  let last = 0;
  // (every separator is at least one character: the loop moves on; `exec` spares matchAll's copy of the pattern)
  for (let m = sep.exec(masked); m !== null; m = sep.exec(masked)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return parts;
  function push(a: number, b: number): void {
    const [s, e] = trimRange(text, a, b);
    if (e > s) parts.push({ start: s, end: e });
  }
}

/**
 * A run of names with nothing between them, as a table cell the extraction flattened prints it:
 * `ACC Meir ACC Southern Thomas McNeil Mark Kenyon`. A rank or honorific (`ACC`, `Dr`) starts a
 * person and takes one word (the surname, as lists of ranks print them); a name without one is two
 * words (first name and surname). Undefined when the text does not split so, word for word.
 */
export function splitNameRun(text: string): Array<{ start: number; end: number }> | undefined {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length < 2 || words.length > 40) return undefined;
  const out: Array<{ start: number; end: number }> = [];
  const name = (w: string) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(w);
  const rank = (w: string) => /^[A-Z]{2,5}$/.test(w) || HONORIFIC.test(w);
  let k = 0;
  while (k < words.length) {
    const first = k;
    while (k < words.length && rank(words[k][0])) k++;
    const take = k > first ? 1 : 2;
    for (let j = 0; j < take; j++, k++) if (k >= words.length || !name(words[k][0])) return undefined;
    const last = words[k - 1];
    out.push({ start: words[first].index, end: last.index + last[0].length });
  }
  return out;
}

/**
 * Edit distance, for "did you mean": two letters swapped (`Fishre` for `Fisher`, the commonest slip
 * of typing) count as one edit, as a letter left out or mistyped does. Names are short, so the
 * quadratic table is small.
 */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (Math.abs(x.length - y.length) > 3) return 99;
  let before: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
    }
    before = prev;
    prev = cur;
  }
  return prev[y.length];
}
