/**
 * Who can own an action, as published minutes name them: initials (`JH`, `KA/TR`), `@handles`,
 * people with a title (`Cllr O'Hare`, `Ms Oduwole`, `Administrator Pratt`), roles (`Clerk`,
 * `Director of Transport`, `the Vice-Chancellor`, `Head of Bus Reform`) and officers or staff as a
 * body. Bare capitalised names (`Patel`, `Amara`) are owners only when the caller knows the person
 * (`isPerson`, from the attendance lists): "Work will begin" must not make "Work" an owner.
 * Pure; never throws.
 */
import type { Span } from '../constructs';
import { looksLikeName, splitNames, stripTitles } from '../people';
import { asWritten } from '../encoding';
import { looksLikeBody } from './qualifiers';

export type IsPerson = (name: string) => boolean;

const INITIALS = /^[A-Z]{2,4}$/;
const INITIALS_GROUP = /^[A-Z]{2,4}(?:[ \t]*[/&,+][ \t]*[A-Z]{2,4}){0,5}$/;
const HANDLE = /^@[A-Za-z0-9][\w.-]{0,38}$/;
/** Handles joined by a plus (`@meiling + @tbakare`), as a project's notes name two owners. */
const HANDLES_JOINED = /^@[A-Za-z0-9][\w.-]{0,38}(?:[ \t]*\+[ \t]*@[A-Za-z0-9][\w.-]{0,38})+$/;
/** Capitals that stand alone on a line but are not anyone's initials. */
const NOT_INITIALS = new Set(['DRAFT', 'FINAL', 'NHS', 'AGM', 'AOB', 'VAT', 'RAG', 'BAF', 'IPR', 'TBC', 'TBA', 'N/A', 'NA', 'PDF', 'FYI', 'ASAP', 'END', 'NOTE', 'ALL', 'NONE', 'NIL', 'YES', 'NO', 'OK', 'II', 'III', 'VI', 'VII', 'XI', 'XII']);
/** The head word of a role or of officers as a body: "Director of Transport", "the Clerk", "staff". */
const ROLE = /\b(?:clerk|chair(?:man|woman|person)?|vice[- ]chair|director|head(?:teacher)?|officers?|manager|secretary|treasurer|bursar|commissioner|chief|executive|administrator|engineer|superintendent|vice-chancellor|chancellor|provost|dean|registrar|principal|president|attorney|solicitor|counsel|auditor|lead|coordinator|co-ordinator|adviser|advisor|controller|rfo|ceo|cfo|coo|staff|management|team|scribe|editors?|chairs|cabinet[ \t]+member|portfolio[ \t]+holder|mayor|secretariat|commission)\b/i;
/** An initial or two with their stops, then a surname: `A. Fitzgerald`, `J.R. Okafor`, `M. O'Brien-Hale`. */
const INITIAL_SURNAME = /^\p{Lu}\.[ \t]?(?:\p{Lu}\.[ \t]?)?(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?$/u;
const TITLED = /^(?:(?:borough|county|district|town|parish)[ \t]+)?(?:cllr|cr|councillor|council[ \t]+member|mayor|mr|mrs|ms|miss|mx|dr|prof|professor|administrator|sir|dame|rev|revd|(?:s\/)?sgt|sergeant|insp|inspector|(?:c\/)?supt|pcso)\.?[ \t]+\S/i;

/** One role word alone (`Clerk`, `RFO`, `Chair`): what a parish's Action column writes where others write initials. */
export function isRoleWord(word: string): boolean {
  const m = ROLE.exec(word);
  return m !== null && m.index === 0 && m[0].length === word.length;
}

/**
 * An office a board's officer is addressed by before their surname in running text (`Secretary
 * Abiola`, `Vice Provost Keel`), as American and university minutes name them: a role word, after
 * words that say which of the kind.
 */
export function isAddressedOffice(words: readonly string[]): boolean {
  const last = words.length - 1;
  return last >= 0 && (isRoleWord(words[last]) || MEMBER_ADDRESS.test(words[last])) && words.slice(0, last).every((w) => /^(?:vice|deputy|assistant|associate|acting)$/i.test(w));
}

/**
 * The seat a member of an American board is addressed by before their surname (`Trustee Delgado arrived at
 * 6:14 p.m.`, `Ald. Okafor`, `Supervisor Tate`, `Member Tran`), where the list names them without it: a
 * member's seat, no post of their own (so no role word an action's owner may be).
 */
const MEMBER_ADDRESS = /^(?:trustee|supervisor|alder(?:man|woman|person)?|ald\.?|member|select(?:man|woman|person)|regent|legislator)$/i;

/** Whether `text` holds a role's head word anywhere (`RFO`, `Responsible Financial Officer`). */
export function holdsRoleWord(text: string): boolean {
  return ROLE.test(text);
}

export function isInitials(text: string): boolean {
  const t = text.trim();
  return INITIALS.test(t) && !NOT_INITIALS.has(t);
}

/** `JH`, `JH/SG`, `KA & TR`: a group of owners' initials (not `DRAFT`, `NHS`). */
export function isInitialsGroup(text: string): boolean {
  const t = text.trim();
  return INITIALS_GROUP.test(t) && t.split(/[ \t]*[/&,+][ \t]*/).every(isInitials);
}

/**
 * The whole board as owner, as a school's or a charity's minutes write it: `All governors to complete …`,
 * `All trustees`, `All members`; and `All` alone in an Action column, which names the same (the
 * paragraph beside it says who: `everyoneIn`).
 */
const BOARD = '(?:governors|trustees|members|councillors|directors)';
const MEMBERS = new RegExp(`^${BOARD}$`);
const EVERYONE = new RegExp(String.raw`^All(?:[ \t]+(?:(?:committee|board)[ \t]+)?${BOARD})?$`);

/** Whether `text` names the whole board (EVERYONE): `All governors`, `All` in a column. */
export function isEveryone(text: string): boolean {
  return text.length >= 3 && text.charCodeAt(0) === 0x41 && EVERYONE.test(text);
}

/** The whole board named at the start of `text` (`All governors to complete …`): its length, or 0. */
export function everyoneAt(text: string): number {
  const m = /^All[ \t]+[a-z]+(?:[ \t]+members)?\b/.exec(text);
  return m && isEveryone(m[0]) ? m[0].length : 0;
}

function isCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** Could this phrase own an action: a person, a role, initials, a handle, officers? */
export function isActor(phrase: string, isPerson?: IsPerson): boolean {
  // (`Head of Commissioning â€“ Older People`: a post pasted through the wrong encoding is the post as written)
  const p = asWritten(phrase).trim();
  // (the pattern only where a `t` opens the phrase: every action line's owner is asked)
  const t = (p.charCodeAt(0) | 0x20) === 0x74 ? p.replace(/^the[ \t]+/i, '') : p;
  if (t.length === 0 || t.length > 80) return false;
  // a handle opens with `@`, initials with two capitals: most phrases are asked neither
  const c = t.charCodeAt(0);
  if ((c === 0x40 && HANDLE.test(t)) || (isCapital(c) && isCapital(t.charCodeAt(1)) && isInitialsGroup(t))) return true;
  if (isPerson?.(t)) return true;
  if (t.length > 3 && isEveryone(t)) return true;
  if (TITLED.test(t)) return looksLikeName(stripTitles(t)) || looksLikeName(t.split(/[ \t]+/).slice(1).join(' '));
  // `A. Fitzgerald`, `J.R. Okafor`: a person by the initial of their given name and their surname, as a property manager's
  // `ACTION: A. Fitzgerald` names a council member
  if (isCapital(c) && t.charCodeAt(1) === 0x2e && INITIAL_SURNAME.test(t)) return true;
  if (wordCount(t) > 7) return false;
  // a role: capitalised words (and "of", "and", "for") holding a role word; lower case only for "staff", "officers", "the clerk",
  // a company's "the management"
  // (`Head of Commissioning – Older People`: a post, then a dash and the service it is for, in capitals;
  // `Mill Lane – Clerk` is a place and an owner, no post)
  const dash = POST_DASH.exec(t);
  if (dash) return ROLE.test(t.slice(0, dash.index)) && everyWordOfRole(t.slice(0, dash.index)) && /^[A-Z]/.test(t.slice(dash.index + dash[0].length)) && everyWordOfRole(t.slice(dash.index + dash[0].length));
  if (ROLE.test(t)) return everyWordOfRole(t);
  return false;
}
/** The dash between a post and the service it is for (`Head of Commissioning – Older People`). */
const POST_DASH = /[ \t]+[–—][ \t]+/;

function isBlankOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** How many words `t` (no blank or tab at either end) has: `t.split(/[ \t]+/).length`, with no array made. */
function wordCount(t: string): number {
  let n = 1;
  for (let k = 0; k < t.length; k++) if (isBlankOrTab(t.charCodeAt(k)) && !isBlankOrTab(t.charCodeAt(k + 1))) n++;
  return n;
}

/** The lower-case words a role may hold. */
// `to` in a role that serves a body: `Clerk to the Board`, `Secretary to the Council`
const ROLE_SMALL_WORD = /^(?:of|and|for|to|the|&|staff|management|officers?|clerk|chair)$/i;
/** A small word only inside a role, with capitals after it (everyWordOfRole). */
const ROLE_INNER_WORD = /^in$/;

/**
 * Whether a phrase `isActor` accepts (without `isPerson`, which the caller asks itself) may end in
 * `word`, a run of characters with no blank: initials, handles, titled names and roles end in a word
 * that opens with a capital (or `@`, or a character beyond ASCII); in small letters only a role's
 * small words (`staff`, `the clerk`) and a name's particles (`van`, `de`). A first test that rules
 * out most words of prose before the patterns run: it answers true wherever `isActor` might.
 */
export function mayEndActor(word: string): boolean {
  const c = word.charCodeAt(0);
  if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return true;
  return ROLE_SMALL_WORD.test(word) || looksLikeName(word) || MEMBERS.test(word);
}

/** Whether each word of `t` (split as `wordCount` splits it) opens with a capital or `@`, or is one of ROLE_SMALL_WORD. */
function everyWordOfRole(t: string): boolean {
  let s = 0;
  while (s < t.length) {
    let e = s;
    while (e < t.length && !isBlankOrTab(t.charCodeAt(e))) e++;
    const c = t.charCodeAt(s);
    // `in` inside a role that names a service's charge (`Head of Children in Care`, `Officer in Charge`), never ending it
    if (!((c >= 0x41 && c <= 0x5a) || c === 0x40) && !ROLE_SMALL_WORD.test(t.slice(s, e)) && !(e < t.length && ROLE_INNER_WORD.test(t.slice(s, e)))) return false;
    s = e;
    while (s < t.length && isBlankOrTab(t.charCodeAt(s))) s++;
  }
  return true;
}

/**
 * The parts `splitNames` gave, with a part after `and` that is no owner of its own joined back to the
 * one before it when the two make one role: `Director of Finance and Procurement` is one officer, so
 * is `Scrutiny and Democratic Services Officer` (its first part no owner of its own),
 * `Director of Estates and Chief Financial Officer` two (each part is a role).
 */
function joinRoleParts(region: string, parts: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  if (parts.length < 2 || !region.includes(' and ')) return parts;
  const out = [parts[0]];
  for (let k = 1; k < parts.length; k++) {
    const prev = out[out.length - 1];
    const part = parts[k];
    const between = region.slice(prev.end, part.start);
    if (/^[ \t]+and[ \t]+$/.test(between) && (!isActor(region.slice(part.start, part.end)) || !isActor(region.slice(prev.start, prev.end))) && isActor(region.slice(prev.start, part.end))) {
      out[out.length - 1] = { start: prev.start, end: part.end };
    } else {
      out.push(part);
    }
  }
  return out;
}

/**
 * An office and, after its comma, the body it is of (`Executive Dean, Faculty of Science`, `Head of Delivery, OPCC`):
 * one owner, as a list of members writes the post; a second office or a name after the comma is a second owner.
 */
function joinBodyParts(region: string, parts: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  if (parts.length < 2) return parts;
  const out = [parts[0]];
  for (let k = 1; k < parts.length; k++) {
    const prev = out[out.length - 1];
    const part = parts[k];
    const next = region.slice(part.start, part.end);
    if (/^,[ \t]*$/.test(region.slice(prev.end, part.start)) && isActor(region.slice(prev.start, prev.end)) && !looksLikeName(next) && looksLikeBody(next)) out[out.length - 1] = { start: prev.start, end: part.end };
    else out.push(part);
  }
  return out;
}

/**
 * The owners in an owner cell or phrase (`KA/TR`, `Director of Estates and Chief Financial
 * Officer`, `PN, TW`): spans relative to `text`, offset by `from`.
 */
/** A title in the plural before the names it is each one's (`Cllrs Tate & Iqbal`): no word of the first name. */
const PLURAL_TITLE = /^(?:Cllrs|Crs|Councillors|Messrs|Drs)\.?[ \t]+(?=\p{Lu})/u;

export function splitOwners(text: string, from = 0, to = text.length): Span[] {
  const plural = text.charCodeAt(from) === 0x43 || text.charCodeAt(from) === 0x4d || text.charCodeAt(from) === 0x44 ? PLURAL_TITLE.exec(text.slice(from, to)) : null;
  if (plural) from += plural[0].length;
  const region = text.slice(from, to);
  const out: Span[] = [];
  for (const part of joinBodyParts(region, joinRoleParts(region, splitNames(region)))) {
    const piece = region.slice(part.start, part.end);
    if (isInitialsGroup(piece) && /[/+]/.test(piece)) {
      for (const m of piece.matchAll(/[A-Z]{2,4}/g)) out.push({ start: from + part.start + m.index, end: from + part.start + m.index + m[0].length });
    } else if (piece.charCodeAt(0) === 0x40 && HANDLES_JOINED.test(piece)) {
      // `@meiling + @tbakare`: a project's notes join the handles of two owners with a plus
      for (const m of piece.matchAll(/@[A-Za-z0-9][\w.-]{0,38}/g)) out.push({ start: from + part.start + m.index, end: from + part.start + m.index + m[0].length });
    } else if (piece.includes(' + ')) {
      // `Priya + Sam`: the notes join two owners' names with a plus, blanks round it (never `C++`)
      let at = 0;
      for (const name of piece.split(' + ')) {
        const lead = name.length - name.trimStart().length;
        if (name.trim().length > 0) out.push({ start: from + part.start + at + lead, end: from + part.start + at + name.trimEnd().length });
        at += name.length + 3;
      }
    } else {
      out.push({ start: from + part.start, end: from + part.end });
    }
  }
  return out;
}

/**
 * An owner before the task in a review's bullet (`Beth – Submit the grant application – Done`, `Hector Salas &
 * Dana Kim – Prepare the slate – Done`): where the task starts, after the owner and the dash; 0 when the words
 * before the first spaced dash are no one the lists name (`Website – update the page – Done` keeps its words).
 */
export function ownerLead(text: string, isPerson: IsPerson): number {
  const m = OWNER_LEAD.exec(text);
  if (!m || !/[a-z]{2,}[ \t]+[a-z]{2,}/i.test(text.slice(m[0].length))) return 0;
  const owners = splitOwners(m[1]);
  return owners.length > 0 && owners.every((o) => isPerson(m[1].slice(o.start, o.end))) ? m[0].length : 0;
}
/** Up to three capitalised words, or two such names joined by `&` or `and`, then a spaced dash. */
const OWNER_LEAD = /^([A-Z][\w'’.-]{0,30}(?:[ \t][A-Z][\w'’-]{0,30}){0,2}(?:[ \t]+(?:&|and)[ \t]+[A-Z][\w'’.-]{0,30}(?:[ \t][A-Z][\w'’-]{0,30}){0,2})?)[ \t]+[–—-][ \t]+(?=\S)/;
