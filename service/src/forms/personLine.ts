/**
 * One person, as clerks write them: `Name : Role`, `Name – Role`, `Name (INIT) Role`,
 * `Name [INIT] Role (category)`, `Name INIT Role`, `Councillor Name   Council (role)` in two
 * columns, `Name (Role, Org)`, `Name @handle (TSC)`, `Amara_Quist[IRC_only]`, with the
 * qualifiers of qualifiers.ts kept apart from the name and the role.
 */
import { looksLikeName, naturalOrder, parseName, stripTitles } from '../people';
import { markAfterName } from './legend';
import { isGovernorCategory, isGovernorSeat, looksLikeBody, looksLikeCode, officeHead, OFFICE_END, readQualifier, ROLE_WORD } from './qualifiers';
import type { PersonMatch, Qualifier, Span } from './types';
import { isBlankUnit } from '../unitClass';
import { halvesAt, isHalf } from './twoLanguages';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Separators between a name and its role: a colon, a dash between spaces, a tab, or a gap of 3+ spaces (a column). */
const SEP = /^(?:[ \t]*:[ \t]*|[ \t]+[-–—][ \t]+|[ \t]*,[ \t]*|\t[ \t]*|[ ]{3,})/;
/**
 * Whether a member's bracket in a list names the office they hold (`Provost`, `Chair`, `TSC`), not
 * the department or body they sit for (`Mathematical Sciences`, `Staff Council`): a role word, an
 * office at its end, or a code.
 */
export function namesOffice(text: string): boolean {
  const t = text.trim();
  // (a school's post by its letters, `SENDCo`, `DSL`, as an office's initials are)
  return ROLE_WORD.test(t) || OFFICE_END.test(t) || OFFICE_END.test(officeHead(t) ?? t) || /^[A-Z]{2,6}(?:Co)?$/.test(t);
}

/** The words that open an office's name, never a person's given name (`Academic Registrar`, `Assistant Superintendent`). */
const OFFICE_OPENING = /^(?:Assistant|Associate|Academic|Acting|Deputy|Senior|Chief|Executive|Vice|Head|Interim|Principal|Lead|General|Finance|Town|City|Parish|Senate|Borough|County|District|Democratic|Committee|Board|Company|Managing|Medical|Clinical|Nursing|Financial|Operating|Technical|Student|Staff|Parent|Foundation|Co-opted|Lay|Independent|Non-Executive|Programme|Project|Pro|Trust|Faculty|School|University|Council|Governance|Corporate|Public|Legal|Planning|Regional|National|Area|Team|Clerk|Treasurer)$/;

/**
 * Whether an office's words after a comma may be a second person's name (`Mary Dean`, `Tom Clerk`): two capitalised
 * words, the first no word an office opens with. A post of one word or three, or one with a bracket, is an office.
 */
export function officeMayBeName(text: string): boolean {
  const m = /^[ \t]*(\p{Lu}[\p{Ll}'’-]+)[ \t]+\p{Lu}[\p{Ll}'’-]+[ \t]*$/u.exec(text);
  return m !== null && !OFFICE_OPENING.test(m[1]);
}

/** The words in small letters a name may hold (`de`, `van`, `bin` …): any other in small letters is no name's. */
export const NAME_PARTICLE = /^(?:d[aeiu]|de[nrls]?|van|von|der|bin|al|la|le)$/;

/** Where the name cannot go on: a bracket, an @handle, a colon, a dash, a comma, a column gap. */
const NAME_STOP = /[([@:,;]|[ \t][-–—][ \t]|\t|[ ]{3}/;

function trimSpan(text: string, a: number, b: number): Span {
  while (a < b && isBlankUnit(text.charCodeAt(a))) a++;
  while (b > a && (isBlankUnit(text.charCodeAt(b - 1)) || text[b - 1] === '.' || text[b - 1] === ';' || text[b - 1] === ',')) b--;
  return { start: a, end: b };
}

/** Words that make a capitalised run a title or a heading, never a name (`APOLOGIES FOR ABSENCE AND …`, `Regrets` ⏎ `None`). */
const NOT_IN_NAME = /^(?:and|of|for|the|to|in|on|with|from|at|by|or|none|nil|all|tbc|tba|minutes|apologies|present|item|items|meeting|report|public|members?|observers?|officer|director|executive|manager|secretary|clerk|chair|chairman|treasurer|president|vice|council|committee|board|governors?|headteacher|coordinator|administrator|engineer|attorney)$/i;

/** The words of a name written with underscores (`Amara_Quist`) read as a name. */
function nameLike(written: string, nicks = false): boolean {
  // (most names are written with single spaces already: no copy is made of them)
  const spaced = written.indexOf('_') < 0 && singleSpaced(written) ? written : written.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  // a chat nickname (`gkerr`) is a name only where the caller knows it is a scribed attendance list
  if (nicks && /^[a-z][\w-]{1,24}$/.test(written)) return true;
  if (!looksLikeName(spaced)) return false;
  const words = stripTitles(spaced).split(' ');
  return !words.some((w) => NOT_IN_NAME.test(w));
}

/** Whether `t` is as `replace(/\s+/g, ' ').trim()` leaves it: no blank at either end, none but a single space between words. */
function singleSpaced(t: string): boolean {
  const n = t.length;
  if (n === 0) return true;
  if (isBlankUnit(t.charCodeAt(0)) || isBlankUnit(t.charCodeAt(n - 1))) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = t.charCodeAt(i);
    if (isBlankUnit(c) && (c !== 0x20 || isBlankUnit(t.charCodeAt(i + 1)))) return false;
  }
  return true;
}

/**
 * The words (runs of what is not blank, as `/\S+/g` reads them) of `t[0, end)`, the first `max` of them, each with
 * where it starts: a name's words are read on every person line, and `matchAll` made an iterator and a copy of its pattern each time.
 */
function wordsOf(t: string, end: number, max: number): Array<{ readonly text: string; readonly index: number }> {
  const out: Array<{ readonly text: string; readonly index: number }> = [];
  for (let i = 0; out.length < max;) {
    while (i < end && isBlankUnit(t.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isBlankUnit(t.charCodeAt(i))) i++;
    out.push({ text: t.slice(from, i), index: from });
  }
  return out;
}

/** Whether a column's gap or a dash between blanks starts at `at` (`/^(?:\t| {3,}|[ \t]+[-–—][ \t]+)/` on `text[at, end)`, no copy made of it). */
function columnGapAt(text: string, at: number, end: number): boolean {
  // (each index is asked against `end` before its character is read: a read past a string's end costs the optimised code)
  if (at >= end) return false;
  const c = text.charCodeAt(at);
  if (c !== 0x20 && c !== 0x09) return false;
  if (c === 0x09 || at + 2 < end && text.charCodeAt(at + 1) === 0x20 && text.charCodeAt(at + 2) === 0x20) return true;
  let j = at;
  while (j < end && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j++;
  if (j + 1 >= end) return false;
  const d = text.charCodeAt(j);
  if (d !== 0x2d && d !== 0x2013 && d !== 0x2014) return false;
  const e = text.charCodeAt(j + 1);
  return e === 0x20 || e === 0x09;
}

export interface ReadOptions {
  /** Accept a lower-case chat nickname as a name (scribed minutes' `Present` list). */
  readonly nicks?: boolean;
  /**
   * The minutes are printed in two languages (a bilingual council's heading): a title or a post written in both
   * (`Cynghorydd Sir / County Cllr`, `Clerc / Clerk`) is read as its half in the minutes' words. Elsewhere a slash in a
   * post joins two posts (`Finance / HR Manager`), kept as written.
   */
  readonly twoLanguages?: boolean;
}

/**
 * Reads one person from `text[a, b)`: a name first, then any of initials, role, org, handle,
 * category and qualifiers in the usual orders. Undefined when the text does not start with a name.
 */
export function readPerson(text: string, a = 0, b = text.length, options: ReadOptions = {}): PersonMatch | undefined {
  try {
    return read(text, a, b, options);
  } catch {
    return undefined;
  }
}

/**
 * An office a North American board writes before the member's name (`Supervisor Glenn Akers`,
 * `Clerk Dunleavy` in a roll call, a school board's `Member Tom Reyes`, `Student Board Member Aiden
 * Tran`, a housing authority's `Commissioner Ruth Ames` and `Resident Commissioner …` in a roll call),
 * or an office before the title a council's member is addressed by (`Chair Cllr A Roe`, `Cathaoirleach
 * Cllr Declan Fahy`): the person's role, not a word of the name. Only offices that are no title of people.ts (`Mayor`,
 * `Council Member` are titles there; `Commissioner` is one too, but first on the line it is the seat),
 * and only before a capital.
 */
// (an Irish council's chair, `Cathaoirleach Cllr A Roe`, and its vice-chair, `Leas-Chathaoirleach`, the initial softened after `Leas`)
const OFFICE = /^(?:(?:(?:Vice|Deputy)[- ])?(?:Supervisor|Clerk|Treasurer|Trustee|Secretary|President|Chair(?:man|woman|person)?|Selectman|Selectwoman|Director|(?:(?:Student|School)[ ])?(?:Board[ ])?Member|(?:Resident[ ])?Commissioner)|(?:Leas[- ]Ch?|C)athaoirleach)[ ]+(?=\p{Lu})/u;
/** The length of the office opening the text (`Chair `, `Cathaoirleach `, `Deputy Clerk `), before a capital; 0 when none. */
export function officeOpening(text: string): number {
  return OFFICE.exec(text)?.[0].length ?? 0;
}
/** An ISO country code a column before a name (`DE  Petra Vogel`): the national body the expert comes from. */
export const NATION = /^([A-Z]{2})(?:[ ]{2,}|\t)(?=\p{Lu}\p{Ll})/u;
/**
 * What a member represents written in full a column before the titled name, as an international board's
 * list of participants prints it by Member State (`Austria⇥⇥Ms Katrin HOLZER (Chair)`, `Czech Republic  Mr Petr
 * DVOŘÁK`) or by the Commission's service (`DG MOVE⇥Mr Antoine LEFEBVRE`): the country or service is their
 * organisation. Only before a title, so that a name's own first words are never taken for it.
 */
// (one word, the country's name; or words that end as a state's or an institution's name, never a person's two names: a
// two-column list of members, `Anna Berg⇥Ms Katrin HOLZER`, stays two people)
const REPRESENTED = /^(\p{Lu}[\p{L}'’-]+|(?:\p{Lu}[\p{L}'’-]+[ ](?:and[ ]|of[ ](?:the[ ])?)?){1,3}(?:Republic|Kingdom|States|Union|Commission|Parliament|Council|Agency|Bank|Office|Authority)|DG[ ][A-Z]{2,8})(?:[ ]{2,}|\t)[ \t]*(?=(?:Mr|Ms|Mrs|Mme|Mlle|Dr|Prof|Sr|Sra|Hr|Fr)\.?[ ]\p{Lu})/u;
/** A city's post: a word or two of the service, then the post (`City Manager`, `District Counsel`). */
const CITY_POST = String.raw`(?:\p{Lu}\p{Ll}+[ ]){1,2}(?:Manager|Attorney|Counsel|Clerk|Director|Chief|Engineer|Administrator|Planner|Treasurer|Secretary)`;
/**
 * A city's officer named by post before the name (`City Manager Andrea Kowalczyk`, `Public Works
 * Director Hector Ruelas`, `Police Chief Dana Whitlock`), or by the two posts they hold joined by a
 * slash (`Assistant General Manager/Chief Engineer Ida Moss`).
 */
// (or an office of the board itself: `Clerk of the Board Alma Ruiz`)
const CITY_OFFICE = new RegExp(`^(?:${CITY_POST}(?:/${CITY_POST})?|(?:Clerk|Secretary) of the (?:Board|Council|Commission))[ ]+(?=\\p{Lu})`, 'u');

function read(text: string, a: number, b: number, options: ReadOptions): PersonMatch | undefined {
  const whole = trimSpan(text, a, b);
  if (whole.end <= whole.start) return undefined;
  if (text.charCodeAt(whole.start) === 0x40) return handleFirst(text, whole.start, whole.end, options);
  // only a part that ends its bracket can be `Role (Mr Name)`
  if (text[whole.end - 1] === ')') {
    const staff = roleFirst(text, whole, options);
    if (staff) return staff;
  }
  const head = text.slice(whole.start, Math.min(whole.end, whole.start + 64));
  // `CN  Wei Liu`: an international body's roll writes the national body's country code before its expert, a column apart
  // (never the name's own initials, which a register may write first)
  const nation = NATION.exec(head);
  if (nation) {
    const p = readName(text, whole.start + nation[0].length, whole.end, options);
    const parsed = p && parseName(text.slice(p.name.start, p.name.end));
    if (p && !p.org && parsed && !lettersAgree(parsed, nation[1])) return { ...p, start: whole.start, org: { start: whole.start, end: whole.start + 2 } };
  }
  const represented = nation ? null : REPRESENTED.exec(head);
  if (represented) {
    const p = readName(text, whole.start + represented[0].length, whole.end, options);
    if (p && !p.org) return { ...p, start: whole.start, org: { start: whole.start, end: whole.start + represented[1].length } };
  }
  // `Cynghorydd Sir / County Cllr A Roe`: a bilingual council's title in both languages, the second half before the name
  const slash = options.twoLanguages === true ? head.indexOf(' / ') : -1;
  if (slash > 0 && isHalf(head.slice(0, slash), OTHER_TONGUE_WORDS, true)) {
    const p = readName(text, whole.start + slash + 3, whole.end, options);
    if (p && stripTitles(text.slice(p.name.start, p.name.end)) !== text.slice(p.name.start, p.name.end)) return p.role !== undefined ? bilingualRole(text, { ...p, start: whole.start }) : { ...p, start: whole.start };
  }
  const office = OFFICE.exec(head) ?? CITY_OFFICE.exec(head);
  if (office) {
    const p = readName(text, whole.start + office[0].length, whole.end, options);
    if (!p) return undefined;
    const officeSpan = { start: whole.start, end: whole.start + office[0].trimEnd().length };
    // `Supervisor Marjorie Tate (District 1)`: the bracket naming no office is the seat, the office before the name the role
    if (p.role && !p.org && text[p.role.start - 1] === '(' && !namesOffice(text.slice(p.role.start, p.role.end))) return { ...p, start: whole.start, role: officeSpan, org: p.role };
    // a role written after the name too (`Clerk Marisa Dunleavy – Township Clerk`) is the one kept
    return { ...p, start: whole.start, ...(p.role ? {} : { role: officeSpan }) };
  }
  const p = readName(text, whole.start, whole.end, options);
  return p?.role !== undefined && options.twoLanguages === true ? bilingualRole(text, p) : p;
}

/** The most words of a bilingual council's other language before ` / ` (a title's or an office's half, a capital first). */
const OTHER_TONGUE_WORDS = 6;

/**
 * A post written in two languages (`Clerc a Swyddog Ariannol Cyfrifol / Clerk and RFO`, `Chair / Cadeirydd`): the half
 * that names an office, the other half naming none (nor holding an office's letters, as `Clerk / RFO` does); as written else.
 */
function bilingualRole(text: string, p: PersonMatch): PersonMatch {
  const r = p.role!;
  const slash = halvesAt(text, r.start, r.end);
  if (slash < 0) return p;
  const a = text.slice(r.start, slash);
  const b = text.slice(slash + 3, r.end);
  if (!isHalf(a, OTHER_TONGUE_WORDS, true) || !isHalf(b.trim(), OTHER_TONGUE_WORDS, true)) return p;
  const oa = officeWords(a);
  const ob = officeWords(b);
  if (oa === ob || /[A-Z]{2}/.test(oa ? b : a)) return p;
  return { ...p, role: oa ? { start: r.start, end: slash } : trimSpan(text, slash + 3, r.end) };
}
function officeWords(t: string): boolean {
  return ROLE_WORD.test(t) || OFFICE_END.test(t.trim());
}

/** The words of a post written before the person (`Director Infrastructure and Planning`): capitalised words and the small words between them. */
const POST = /^\p{Lu}[\p{L}'’-]*(?:[ ]+(?:\p{Lu}[\p{L}'’-]*|and|of|for|to|the|&))*$/u;

/**
 * An officer written post first, the person in brackets (`General Manager (Mr B Sayers)`,
 * `Governance Officer (Ms K Lowe – minute taker)`), as councils list their staff: the post is the
 * role. Only a post that is no name and a bracket that opens with a titled name, so that a member
 * with a role in brackets (`Cr M Kennard (Mayor)`) stays read name first; a bare name in the bracket
 * only after a post that names an office (`Chief Finance Officer (Rhian Evans)`, a Welsh council's
 * officers). A university writes the office with its article (`the Bursar (Ms A Roe) (for GA/26/17)`):
 * the article is no part of the post, and brackets after the name's are facts about the attendance.
 */
function roleFirst(text: string, whole: Span, options: ReadOptions): PersonMatch | undefined {
  const open = text.indexOf('(', whole.start);
  if (open <= whole.start || open >= whole.end) return undefined;
  const close = matching(text, open, whole.end);
  if (close < 0) return undefined;
  const after: Span[] = [];
  for (let k = close + 1; k < whole.end;) {
    while (k < whole.end && isBlankUnit(text.charCodeAt(k))) k++;
    if (k >= whole.end) break;
    const c = text[k] === '(' ? matching(text, k, whole.end) : -1;
    if (c < 0 || after.length >= 2) return undefined;
    after.push(trimSpan(text, k + 1, c));
    k = c + 1;
  }
  const article = /^the[ \t]+(?=\p{Lu})/u.exec(text.slice(whole.start, open));
  const post = trimSpan(text, whole.start + (article ? article[0].length : 0), open);
  const head = text.slice(post.start, post.end);
  if (head.length === 0 || head.length > 60 || !POST.test(head)) return undefined;
  // (`the Bursar (…)`: one word of an office, or an office with its article, reads as no name would)
  if (nameLike(head) && !(namesOffice(head) && (article || !/\s/.test(head)))) return undefined;
  const inner = trimSpan(text, open + 1, close);
  const innerText = text.slice(inner.start, inner.end);
  if (stripTitles(innerText) === innerText.trim() && !(namesOffice(head) && nameLike(innerText) && !namesOffice(innerText))) return undefined;
  const p = readName(text, inner.start, inner.end, options);
  if (!p || p.initials || p.handle || p.org) return undefined;
  // what the bracket writes after the name (`– minute taker`) is a fact about the attendance, the post the role
  const qualifiers: Qualifier[] = [...p.qualifiers];
  for (const s of p.role ? [p.role, ...after] : after) {
    const q = readQualifier(text.slice(s.start, s.end));
    qualifiers.push(q ? { kind: q.kind, start: s.start, end: s.end, ...(q.value !== undefined ? { value: q.value } : {}) } : { kind: 'note', start: s.start, end: s.end });
  }
  return { start: whole.start, end: whole.end, name: p.name, role: post, qualifiers };
}

/** A person whose name starts at `a` (trimmed already): the name, then what is written after it. */
function readName(text: string, a: number, b: number, options: ReadOptions): PersonMatch | undefined {
  const whole = trimSpan(text, a, b);
  if (whole.end <= whole.start) return undefined;
  const seg = text.slice(whole.start, whole.end);
  // the name runs to the first stop; inside it, a run of capitals that are the initials of the
  // words before it (`Liam Shore LS Deputy …`) or a word in lower case (`TW for late arrival`) ends it
  const stop = NAME_STOP.exec(seg);
  // `ASHWORTH, Professor Jane<TAB>Vice-Chancellor`: a name printed surname first runs past its comma (people.ts naturalOrder)
  const reversed = stop !== null && seg[stop.index] === ',' ? surnameFirstEnd(seg, stop.index) : -1;
  let nameEnd = reversed > 0 ? reversed : stop ? stop.index : seg.length;
  // a name is a few words: only the first dozen are looked at, so a long line costs no more than a short one
  const words = wordsOf(seg, Math.min(nameEnd, 200), 12);
  if (words.length === 12) return undefined;
  let initials: Span | undefined;
  for (let k = reversed > 0 ? words.length : 1; k < words.length; k++) {
    const w = words[k].text;
    // (the name before a word is read only for a word that may be its initials: most words are not)
    const parsed = /^(?:[A-Z]{2,4}|[A-Z]{2,3}[a-z])$/.test(w) ? parseName(seg.slice(0, words[k].index).trim()) : undefined;
    if (parsed && parsed.words.length >= 2 && (parsed.initials === w || (w.length === 3 || w.length === 4) && /[a-z]$/.test(w) && lettersAgree(parsed, w))) {
      initials = { start: whole.start + words[k].index, end: whole.start + words[k].index + w.length };
      nameEnd = words[k].index;
      break;
    }
    if (/^[a-z]/.test(w) && !NAME_PARTICLE.test(w)) { nameEnd = words[k].index; break; }
  }
  let name = trimSpan(text, whole.start, whole.start + nameEnd);
  let written = text.slice(name.start, name.end);
  // `Rajiv Menon †<TAB>Independent Member`: a mark after the name points to the key under the lists, no part of the name
  const marked = name.end > name.start ? markAfterName(written) : -1;
  let mark: Span | undefined;
  if (marked > 0) {
    mark = { start: name.start + marked, end: name.end };
    name = trimSpan(text, name.start, name.start + marked);
    written = text.slice(name.start, name.end);
  }
  // `ASHWORTH, Professor Jane`: printed surname first, read in natural order
  if (reversed > 0) written = naturalOrder(written);
  if (name.end <= name.start || !nameLike(written, options.nicks)) return undefined;
  if (stripTitles(written).length === 0) return undefined;
  const p: Mutable<PersonMatch> & { qualifiers: Qualifier[] } = { start: whole.start, end: whole.end, name, qualifiers: [] };
  if (mark) p.mark = mark;
  if (initials) p.initials = initials;
  let i = initials ? initials.end : mark ? mark.end : name.end;
  const end = whole.end;
  while (i < end) {
    const rest = text.slice(i, end);
    const ws = /^\s*/.exec(rest)![0].length;
    const c = text[i + ws];
    if (c === '(' || c === '[') {
      const close = matching(text, i + ws, end);
      // `Calder Vale Borough Council (Vice-` : the bracket closes on the next line, which the caller joins
      if (close < 0) {
        // `Deputy Director of Nursing (for NF,<TAB>KH`: the bracket wraps inside its cell, the initials' cell after it
        // (searched forward from the bracket, within the person: a long list costs no more)
        const tab = text.indexOf('\t', i + ws);
        const cell = tab > i + ws && tab < end ? initialsCell(text, tab + 1, end) : undefined;
        if (cell && text.slice(cell.end, end).trim().length === 0 && agreesWithName(text, p.name, text.slice(cell.start, cell.end))) {
          p.unclosed = trimSpan(text, i + ws, tab);
          p.initials = cell;
        } else p.unclosed = trimSpan(text, i + ws, end);
        break;
      }
      group(text, p, i + ws + 1, close, options);
      i = close + 1;
      continue;
    }
    if (c === '@') {
      const h = /^@[\w.-]+/.exec(text.slice(i + ws, end));
      if (h) { p.handle = { start: i + ws + 1, end: i + ws + h[0].length }; i += ws + h[0].length; continue; }
    }
    const sep = SEP.exec(rest);
    const from = i + (sep ? sep[0].length : ws);
    // a column of initials between the name and the role (`Hannah Obi<TAB>HO<TAB>Non-Executive Director`,
    // `Gareth Lyle, GL, Chief Nurse`): the name's initials, never the role
    if (sep && !p.initials && !p.role && !p.org) {
      const cell = initialsCell(text, from, end);
      if (cell && agreesWithName(text, p.name, text.slice(cell.start, cell.end))) {
        p.initials = cell;
        i = cell.end;
        continue;
      }
    }
    // the initials column last (`Dr Imran Qadir<TAB>Non-Executive Member (Chair)<TAB>IQ`): a cell of the name's
    // initials that ends the line, after a tab or a column's gap, is theirs, never an organisation
    if (sep && !p.initials && /\t| {3}/.test(sep[0]) && (p.role || p.org || p.qualifiers.length > 0)) {
      const cell = initialsCell(text, from, end);
      if (cell && text.slice(cell.end, end).trim().length === 0 && agreesWithName(text, p.name, text.slice(cell.start, cell.end))) {
        p.initials = cell;
        i = end;
        continue;
      }
    }
    // free text up to the next bracket: a role, an org, or a qualifier phrase (`Councillor Dhaliwal substituting`)
    let to = from;
    while (to < end && text[to] !== '(' && text[to] !== '[' && !(text[to] === ';')) {
      if (to > from && columnGapAt(text, to, end)) break;
      to++;
    }
    if (to === from) { i = from + 1; continue; }
    // words straight after a bare name are prose (`The Chair welcomed …`), unless a qualifier (`TW for late arrival`)
    if (!sep && !p.initials && !p.role && p.qualifiers.length === 0 && !p.handle && !readQualifier(text.slice(from, to))) return undefined;
    // `Tobias: draft proposes …`, `Five, including press`: a role starts with a capital
    // (after a handle, Markdown notes write roles in lower case: `Ines Albers (@ialbers), lead`)
    // (and after initials in brackets and a dash, a wiki's list does: `Kamal Dutt (KD) – treasurer`)
    if (sep && /^[ \t]*[:,–—-]/.test(sep[0]) && !p.role && !p.handle && !(p.initials && /^[ \t]*[–—-]/.test(sep[0])) && /^[a-z]/.test(text.slice(from, to).trim()) && !readQualifier(text.slice(from, to))) return undefined;
    // `Elena Brozek (@ebrozek), Lumafilm`: after a handle, a capitalised name that is no role is whom they come from
    if (p.handle && !p.role && !p.org && sep && /^[ \t]*,/.test(sep[0]) && affiliation(text.slice(from, to))) p.org = trimSpan(text, from, to);
    else free(text, p, from, to, sep ? sep[0] : '');
    i = to;
  }
  return p;
}

/**
 * Where a name printed surname first ends (`ASHWORTH, Professor Jane` before a tab, a column's gap, a
 * bracket or the end), its comma at `comma`; -1 when the words before the comma are no surname in
 * capitals or those after it no title or given names.
 */
function surnameFirstEnd(seg: string, comma: number): number {
  // (the surname's last character a capital: the cheap test that passes over `Derek Pham, Municipal Clerk`)
  const c = seg.charCodeAt(comma - 1);
  if (c < 0x41 || c > 0x5a) return -1;
  let end = comma + 1;
  while (end < seg.length && !/[\t([;:,]/.test(seg[end]) && !(seg[end] === ' ' && seg.startsWith('   ', end))) end++;
  const head = seg.slice(0, end).trimEnd();
  return naturalOrder(head) !== head ? head.length : -1;
}

/** Capitals alone in their cell from `a`: two to four (or two or three and a small letter, `JWh`), then a separator (a comma, a tab, a column gap, a dash) or the end. */
function initialsCell(text: string, a: number, end: number): Span | undefined {
  const m = /^(?:[A-Z]{2,4}|[A-Z]{2,3}[a-z])(?=[ \t]*(?:[,;\t]|$)| {2,}|[ \t]+[-–—][ \t])/.exec(text.slice(a, Math.min(end, a + 24)));
  return m && a + m[0].length <= end ? { start: a, end: a + m[0].length } : undefined;
}

/** Initials that are the name's: its first letter first and its last name's letter last (`HO` for `Prof Hannah Obi`, `JdW` aside). */
function agreesWithName(text: string, name: Span, initials: string): boolean {
  const parsed = parseName(text.slice(name.start, name.end).replace(/_/g, ' '));
  return parsed !== undefined && parsed.words.length >= 2 && lettersAgree(parsed, initials);
}

/**
 * Initials that are the name's first and last letters; a double-barrelled surname gives a letter
 * for each part (`MFH` for `Mark Fenwick-Hale`), as boards write it.
 */
function lettersAgree(parsed: { readonly initials: string; readonly words: readonly string[] }, initials: string): boolean {
  // `JWh` for `Joanne Whitely`, `SMu` for `Stewart Mullins`: the surname's second letter after its initial, as a board tells
  // apart two members whose initials are the same
  const small = /^([A-Z]{2,3})([a-z])$/.exec(initials);
  if (small) return lettersAgree(parsed, small[1]) && parsed.words[parsed.words.length - 1].charAt(1).toLowerCase() === small[2];
  if (!parsed.initials.startsWith(initials[0])) return false;
  if (parsed.initials.endsWith(initials.slice(-1))) return true;
  const last = parsed.words[parsed.words.length - 1];
  const parts = last.split(/[-\u2010\u2011]/);
  return parts.length > 1 && parts[parts.length - 1].charAt(0).toUpperCase() === initials.slice(-1);
}

/**
 * Initials that end in the surname's first two letters, as a board writes them to tell two members apart
 * (`(KHa)` for K Hartley beside a `KH`): the first name's initial, then the surname's two, the second small.
 */
function surnameTwoLetters(parsed: { readonly initials: string; readonly words: readonly string[] }, initials: string): boolean {
  if (initials.length < 3 || initials.length > 4 || !/^[A-Z]{2,3}[a-z]$/.test(initials) || parsed.words.length < 2) return false;
  const last = parsed.words[parsed.words.length - 1];
  return parsed.initials[0] === initials[0] && last.length > 2 && last.slice(0, 2).toLowerCase() === initials.slice(-2).toLowerCase();
}

/** The index of the bracket closing the one at `open`, or -1. */
function matching(text: string, open: number, end: number): number {
  const want = text[open] === '(' ? ')' : ']';
  let depth = 0;
  for (let k = open; k < end; k++) {
    if (text[k] === text[open]) depth++;
    else if (text[k] === want && --depth === 0) return k;
  }
  return -1;
}

/** The comma before an `only` qualifier's words, the rightmost not inside its list of numbers (`items 3, 4 only`); -1 when none. */
function onlyPartComma(t: string): number {
  for (let c = t.lastIndexOf(','); c > 0; c = t.lastIndexOf(',', c - 1)) if (!/^[ \t]*\d/.test(t.slice(c + 1))) return c;
  return -1;
}

/** A company or project's name (`Lumafilm`, `Fjord VFX`): capitalised, a few words, no role word, no qualifier. */
function affiliation(t: string): boolean {
  const w = t.trim();
  return /^\p{Lu}/u.test(w) && w.split(/\s+/).length <= 4 && !ROLE_WORD.test(w) && !readQualifier(w);
}

function group(text: string, p: Mutable<PersonMatch> & { qualifiers: Qualifier[] }, a: number, b: number, options: ReadOptions): void {
  const inner = text.slice(a, b).trim();
  // `Tomás Ruiz (@truiz)`: Markdown notes write the handle in brackets after the name
  // (as code, in backticks: `` Dev Patel (`@devp`) ``)
  const handle = p.handle ? undefined : handleIn(text, a, b);
  if (handle) {
    p.handle = handle;
    return;
  }
  // scribed lists glue a note to the nickname (`Elif_Sahin[last_half]`, `gkerr[IRC_only]`): a fact about
  // the attendance, never a role, even in words no rule knows
  if (options.nicks && text[a - 1] === '[' && !/^[A-Z]{1,4}$/.test(inner)) {
    const s = trimSpan(text, a, b);
    if (s.end <= s.start) return;
    const q = readQualifier(inner);
    // (`Ruth_Abebe[guest]`: a guest's note glued to the nick stays a note, as the scribed family's readers write it;
    // their `[observer]` is the capacity the member attends in, a role, as `(observer)` is)
    if (q && q.kind !== 'guest') free(text, p, s.start, s.end, ',');
    else p.qualifiers.push({ kind: 'note', start: s.start, end: s.end });
    return;
  }
  const parsed = parseName(text.slice(p.name.start, p.name.end).replace(/_/g, ' '));
  // `[KA]` straight after the name is always initials; `(SF)` only when the letters agree with the name
  const agrees = parsed !== undefined && inner.length > 0 && lettersAgree(parsed, inner);
  // (`(PvR)`, `(JdW)`: a particle of the surname in a small letter, the letters agreeing)
  if (!p.initials && (/^[A-Z]{1,4}$/.test(inner) && (agrees || (text[a - 1] === '[' && !p.role)) || agrees && /^[A-Z](?:[a-z]{1,2}[A-Z]|[A-Z]){1,3}$/.test(inner) || parsed !== undefined && surnameTwoLetters(parsed, inner))) {
    p.initials = trimSpan(text, a, b);
    return;
  }
  // `(HM) Principal [P]`: a one-letter code in square brackets after the initials or the role, which the key spells out
  if (!p.category && (p.initials || p.role) && (looksLikeCode(inner) || (text[a - 1] === '[' && inner.length === 1 && /^[A-Z]$/.test(inner)))) {
    p.category = trimSpan(text, a, b);
    return;
  }
  // `(left 8.05pm, after item 24.107)`: a time of arrival or departure and the item it fell in are one
  // fact, never parted at their comma
  const whole = inner.indexOf(',') > 0 ? readQualifier(inner) : undefined;
  if (whole && (whole.kind === 'arrived' || whole.kind === 'left' || whole.kind === 'from')) {
    free(text, p, a, b, ',');
    return;
  }
  // `(Corporate Director, Growth, Environment and Transport)`: an office named with the list of what it is
  // over, three parts or more that are no fact of the attendance and no body, is one role
  const parts = inner.split(',');
  if (!p.role && parts.length >= 3 && ROLE_WORD.test(parts[0]) && parts.every((w) => /^\s*\p{Lu}/u.test(w) && !readQualifier(w) && !looksLikeBody(w) && !/[@;]/.test(w))) {
    p.role = trimSpan(text, a, b);
    return;
  }
  // `(Governance Officer, minutes)`, `(President, Students' Union)`, `(TSC, chair)`: each part on its own
  // (`` (`@devp`, joined 16:20) ``: the handle first, then a fact about the attendance)
  let k = a;
  // (where the bracket's words start, found once: asked of each part, it walked back over the bracket's commas each time)
  const firstAt = trimSpan(text, a, b).start;
  for (const part of text.slice(a, b).split(/[,;]/)) {
    const s = trimSpan(text, k, k + part.length);
    k += part.length + 1;
    const h = s.end > s.start && !p.handle ? handleIn(text, s.start, s.end) : undefined;
    const w = text.slice(s.start, s.end);
    if (h) p.handle = h;
    // `(MC, Chair)`: the name's initials first in the bracket, then the role
    else if (!p.initials && s.start === firstAt && /^[A-Z]{2,4}$/.test(w) && parsed !== undefined && lettersAgree(parsed, w)) p.initials = s;
    else if (s.end > s.start) free(text, p, s.start, s.end, ',');
  }
}

/**
 * A member listed by their handle first, as Markdown notes on a forge list them: `@lwanjiru (Lucy Wanjiru, chair)`,
 * `@sune (Sune Halvorsen) — joined 15:20`, `@nbrennan – Nadia Brennan (chair)`, or the handle alone, `@dobrev`. The
 * bracket (or what follows the dash) holds the person as a line would write them (name, role, organisation, facts of
 * the attendance); a fact may follow the bracket after a dash or a comma.
 * Words after the handle that are no bracket (`@dobrev publish the advisory`, a task) are no member.
 */
function handleFirst(line: string, at: number, end: number, options: ReadOptions): PersonMatch | undefined {
  const h = /^@([\w-]+(?:\.[\w-]+)*)/.exec(line.slice(at, Math.min(end, at + 80)));
  if (!h) return undefined;
  const handle = { start: at + 1, end: at + h[0].length };
  let k = handle.end;
  while (k < end && isBlankUnit(line.charCodeAt(k))) k++;
  if (k === end) return { start: at, end: handle.end, name: handle, handle, qualifiers: [] };
  // `@nbrennan – Nadia Brennan (chair)`: the person after a dash, as a line would write them
  if (k > handle.end && /^[–—-][ \t]+\p{Lu}/u.test(line.slice(k, k + 3))) {
    const p = read(line, trimSpan(line, k + 1, end).start, end, options);
    return p && !p.handle && !p.unclosed ? { ...p, start: at, handle } : undefined;
  }
  if (line[k] !== '(') return undefined;
  // (the bracket holds a name, never another handle: `@a (@a (…` is read no deeper)
  const inner = trimSpan(line, k + 1, end).start;
  if (line.charCodeAt(inner) === 0x40 || line.charCodeAt(inner) === 0x28) return undefined;
  const close = matching(line, k, end);
  if (close < 0) return undefined;
  const p = read(line, k + 1, close, options);
  if (!p || p.handle || p.unclosed) return undefined;
  const out: Mutable<PersonMatch> & { qualifiers: Qualifier[] } = { ...p, start: at, end: close + 1, handle, qualifiers: [...p.qualifiers] };
  const tail = /^[ \t]*(?:[,;–—-][ \t]*)?/.exec(line.slice(close + 1, end))![0].length + close + 1;
  const rest = trimSpan(line, tail, end);
  if (rest.end > rest.start) {
    const q = readQualifier(line.slice(rest.start, rest.end));
    if (!q) return undefined;
    free(line, out, rest.start, rest.end, ',');
    out.end = rest.end;
  }
  return out;
}

/** An `@handle` alone in [a, b), bare or as Markdown code (`` `@devp` ``): the handle without the `@` and the backticks. */
function handleIn(text: string, a: number, b: number): Span | undefined {
  const m = /^(\s*`?@)([\w.-]+)`?\s*$/.exec(text.slice(a, b));
  return m ? { start: a + m[1].length, end: a + m[1].length + m[2].length } : undefined;
}

/** Whether the words at `at` open a table's cell: a tab before them, blanks apart. */
function cellStart(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && text[k - 1] === ' ') k--;
  return k > 0 && text[k - 1] === '\t';
}

/** A ward or a county's division by its name (`Hartsworth Ward`, `Mill End Division`). */
const WARD = /^(?:\p{Lu}[\p{L}'’&.-]*[ \t]+){1,4}(?:Ward|Division)$/u;
/** A team by its name, each word a capital (`Safer Neighbourhood Team`, `Community Safety Team`); `release team` is a role's words. */
const NAMED_TEAM = /^(?:\p{Lu}[\p{L}'’&-]*[ \t]+){1,4}Team$/u;

/** The comma before `represented by`, `deputised by` … (a stand-in named after the role) with the stand-in's post after a comma of its own, or -1. */
function standInAt(t: string): number {
  const m = /,[ \t]*(?:represented|substituted|deputised|deputized)[ \t]+by[ \t]+\S[^,]*,[ \t]*\S/i.exec(t);
  return m ? m.index : -1;
}

/**
 * A member's registered number (`DIN: 00987612`, a company director's identification number; `M. No. 104523`,
 * `Membership No. 104523`): an identifier, no role, body or fact of the attendance; the reader leaves it out.
 */
export const REGISTERED_NUMBER = String.raw`(?:DIN|DPIN|PAN|M\.?[ ]?No\.?|Membership[ ]No\.?)[ ]?[:.-]?[ ]?[A-Z0-9]{4,12}`;
const REGISTERED_ALONE = new RegExp(`^${REGISTERED_NUMBER}$`);

function free(text: string, p: Mutable<PersonMatch> & { qualifiers: Qualifier[] }, a: number, b: number, sep: string): void {
  const s = trimSpan(text, a, b);
  if (s.end <= s.start) return;
  const t = text.slice(s.start, s.end);
  if (t.length <= 30 && REGISTERED_ALONE.test(t)) return;
  const q = readQualifier(t);
  // `Director of Psychology, deputised by Dr Achterberg`: a fact after the role's last comma is a
  // qualifier; `Non-Executive Director, Chair` keeps its office in the role as written
  // (`site rep, Lower Field, for Plot inspections only` is no qualifier whole: its words before the
  // last comma are none, the last part is)
  // (`Councillor, items 3, 4 only`: the qualifier's own list of numbers is no place to part it)
  // `Chief Operating Officer, represented by A Roe, Deputy Chief Operating Officer`: the one who stood in, named with
  // their own post after a comma, is one fact to the end (the post is theirs, no qualifier of its own)
  const standIn = q ? -1 : standInAt(t);
  if (standIn > 0) {
    free(text, p, s.start, s.start + standIn, sep);
    const at = trimSpan(text, s.start + standIn + 1, s.end);
    // (the stand-in's name, their post left out, is the qualifier's value)
    const who = readQualifier(text.slice(at.start, text.indexOf(',', at.start)))?.value;
    p.qualifiers.push({ kind: 'substitutedBy', start: at.start, end: at.end, ...(who !== undefined ? { value: who } : {}) });
    return;
  }
  const comma = !q ? t.lastIndexOf(',') : q.kind === 'only' ? onlyPartComma(t) : -1;
  if (comma > 0) {
    const tail = readQualifier(t.slice(comma + 1));
    // (`guest, for item 4 only`: what they came as, then for what, two facts; a whole that reads as one qualifier stays one)
    const head = q ? readQualifier(t.slice(0, comma)) : undefined;
    if (tail && tail.kind !== 'chair' && (!q || !head || head.kind === 'guest' || head.kind === 'observer')) {
      free(text, p, s.start, s.start + comma, sep);
      free(text, p, s.start + comma + 1, s.end, ',');
      return;
    }
    // `(AR), Chair, Co-opted Governor`: after a governor's initials and office, the seat written out is their category
    if (!q && !p.category && p.initials && isGovernorSeat(t.slice(comma + 1))) {
      free(text, p, s.start, s.start + comma, sep);
      if (!p.category) p.category = trimSpan(text, s.start + comma + 1, s.end);
      return;
    }
    // `site rep, Lower Field`: a role in small letters, then a place or body by its name, whom they represent
    if (!q && !p.role && !p.org && /^[a-z]/.test(t) && t.indexOf(',') === comma && affiliation(t.slice(comma + 1))) {
      p.role = trimSpan(text, s.start, s.start + comma);
      p.org = trimSpan(text, s.start + comma + 1, s.end);
      return;
    }
  }
  // `(SP, Secretary – minutes)`: the office, then after a spaced dash what they did at this meeting, a qualifier
  // (a second office after the dash, `– Committee Chair`, is no such fact: kept with the role below)
  if (!q && !p.role && t.length <= 80 && (t.indexOf(' – ') > 0 || t.indexOf(' - ') > 0 || t.indexOf(' — ') > 0)) {
    const d = /[ \t]+[-–—][ \t]+(?=[^-–—]*$)/.exec(t);
    const tail = d ? readQualifier(t.slice(d.index + d[0].length)) : undefined;
    if (d && tail && tail.kind === 'minutes' && namesOffice(t.slice(0, d.index))) {
      free(text, p, s.start, s.start + d.index, sep);
      p.qualifiers.push({ kind: tail.kind, start: s.start + d.index + d[0].length, end: s.end });
      return;
    }
  }
  // `(from 7.40pm until 24/117)`: when they came and when they went, two facts
  const until = q?.kind === 'from' ? /(?<![ \t])[ \t]+(?=(?:until|till)[ \t])/.exec(t) : null;
  const went = until ? readQualifier(t.slice(until.index + until[0].length)) : undefined;
  if (until && went && (went.kind === 'until' || went.kind === 'left')) {
    free(text, p, s.start, s.start + until.index, sep);
    p.qualifiers.push({ kind: went.kind, start: s.start + until.index + until[0].length, end: s.end, ...(went.value !== undefined ? { value: went.value } : {}) });
    return;
  }
  if (q) {
    // `(Chair)` is a role as well as a fact: the role a person holds at this meeting
    if (q.kind === 'chair' && !p.role) p.role = s;
    p.qualifiers.push({ kind: q.kind, start: s.start, end: s.end, ...(q.value !== undefined ? { value: q.value } : {}) });
    return;
  }
  // `Dr Helen Brady (HB) Foundation`: straight after a governor's initials, the kind of seat they hold is their category, no office
  // (after a comma it may be the last word of a role: `(LH), Archive Coordinator, staff`)
  if (!p.category && p.initials && sep === '' && isGovernorCategory(t)) { p.category = s; return; }
  // (`(TL), Parent Governor`, `(ME) – Co-opted trustee`: the seat written out with the word is theirs after a comma or a dash too)
  if (!p.category && p.initials && !p.role && /^[ \t]*[,–—-]/.test(sep) && isGovernorSeat(t)) { p.category = s; return; }
  const column = /^\s+$/.test(sep) && /\t| {3}/.test(sep);
  // `Cllr Philippa Stroud, Hartsworth Ward`: the ward a councillor represents is the body, no role
  if (!p.role && !p.org && WARD.test(t)) { p.org = s; return; }
  // `PC Dan Forde (Safer Neighbourhood Team)`: a team by its name, each word a capital, is whom they come from, no office
  // (`Head of Finance Team` holds one; OFFICE_END cannot end in `Team`)
  if (!p.role && !p.org && NAMED_TEAM.test(t) && !ROLE_WORD.test(t)) { p.org = s; return; }
  // (`Cllr A Roe – Avonvale Council`: after a dash too, a body that holds no office's word is whom they come from)
  const dash = /^[ \t]+[-–—][ \t]+$/.test(sep);
  // `Independent Member – Committee Chair`: a second office after the role and a dash is kept with it, the role as written
  // (straight after the role's words: `(Quayside Cloud) – tech lead` is a body in brackets, then the role)
  if (p.role && !p.org && dash && s.start - p.role.end === sep.length && namesOffice(t) && !looksLikeBody(t)) { p.role = { start: p.role.start, end: s.end }; return; }
  // `Partner Member – NHS Trusts` in a table's role cell: the seat and the kind of body it is for are one role, as the
  // cell writes it; a body by its name after the dash (`Chief Executive – Avonvale Council`) stays whom they come from
  if (p.role && !p.org && dash && s.start - p.role.end === sep.length && cellStart(text, p.role.start) && !looksLikeBody(t)) { p.role = { start: p.role.start, end: s.end }; return; }
  // (`Investment Manager, Carrick Wealth Partners` in a column: an office, then the body after its comma, is the role as written)
  const officeFirst = column && t.includes(',') && namesOffice(t.slice(0, t.indexOf(',')));
  if (!p.role && !((column && !officeFirst || dash && !t.includes(',') && !namesOffice(t)) && looksLikeBody(t))) p.role = s;
  else if (!p.org) p.org = s;
  else p.qualifiers.push({ kind: 'note', start: s.start, end: s.end });
}

/**
 * A line holding one person (or, in two columns, two names): the one-a-line forms of a
 * people block. Undefined when the line is not a person (a sentence, an item title, `2 Observers`).
 */
export function matchPersonLine(line: string, options: ReadOptions = {}): PersonMatch[] | undefined {
  // (a table printed office first: only a line with a tab, its first cell no blank)
  const c0 = line.charCodeAt(0);
  if (c0 !== 0x09 && c0 !== 0x20 && line.indexOf('\t') > 0) {
    const first = officeFirstRow(line, options);
    if (first) return [first];
  }
  const p = readPerson(line, 0, line.length, options);
  if (!p) return undefined;
  // a PDF's two columns of members (`Cllr Alan Brookes (Chairman)          Cllr Deborah Fenn`): a second titled
  // name after a column's gap or a closed bracket is a second person, never the first one's role or body
  if (p.role || p.org) {
    const second = secondTitled(line, p.name.end);
    if (second > 0) {
      const a = readPerson(line, 0, trimSpan(line, 0, second).end, options);
      const b = readPerson(line, second, line.length, options);
      if (a && b && b.end >= trimSpan(line, 0, line.length).end) return [a, b];
    }
  }
  // a council's staff along one line, each post after a dash (`Dana Roe – City Administrator      Greg Soto – City
  // Attorney`): each part between the column's gaps is one person, never the first one's body and a note
  if (p.role) {
    const along = dashedAlong(line, options);
    if (along) return along;
  }
  if (p.end < trimSpan(line, 0, line.length).end) return undefined;
  // a sentence is not a person: `Apologies were received …` never reaches here (its name fails),
  // but `Ray Ortega Lucille Haney` (two columns of names) does: split it
  if (!p.role && !p.initials && !p.handle && p.qualifiers.length === 0 && !p.org) {
    const cols = matchNameColumns(line);
    if (cols) return cols;
  }
  if (p.role && !p.initials && !p.handle && roleIsSentence(line.slice(p.role.start, p.role.end))) return undefined;
  // `Public: 6`, `Observers – 2`: a count, not a role
  if (p.role && /^[\d\s.,]+$/.test(line.slice(p.role.start, p.role.end))) return undefined;
  return [p];
}

/** A run of blanks: a column's gap between two people on one line when it holds a tab or is three blanks or more. */
const BLANKS = /[ \t]+/g;
/** A word that says who came or went, or how they attended: no name. */
const COMING_WORD = /^(?:arrived|left|departed|joined|absent|present|excused|apologies|remote|online)$/i;
/** A name, a dash between blanks, a post: one person of a line of them. */
const NAME_DASH_POST = /^[^–—\t]+?[ ][–—-][ ]+\S/;

/**
 * The people of a line printed as columns of `Name – Post` (two to four of them, parted by a tab or three blanks or
 * more), each read whole with the post after its dash; undefined for any other line.
 */
function dashedAlong(line: string, options: ReadOptions): PersonMatch[] | undefined {
  // (cheap first: two dashes and a gap; most lines have neither)
  const d = line.indexOf(' – ') >= 0 ? ' – ' : line.indexOf(' — ') >= 0 ? ' — ' : ' - ';
  const first = line.indexOf(d);
  if (first < 0 || line.indexOf(d, first + 3) < 0 || (line.indexOf('\t') < 0 && line.indexOf('   ') < 0)) return undefined;
  const parts: Span[] = [];
  let from = 0;
  for (const m of line.matchAll(BLANKS)) {
    if (m[0].length < 3 && m[0].indexOf('\t') < 0) continue;
    const part = trimSpan(line, from, m.index);
    if (part.end > part.start) parts.push(part);
    from = m.index + m[0].length;
  }
  const last = trimSpan(line, from, line.length);
  if (last.end > last.start) parts.push(last);
  if (parts.length < 2 || parts.length > 4) return undefined;
  const out: PersonMatch[] = [];
  for (const part of parts) {
    const t = line.slice(part.start, part.end);
    if (!NAME_DASH_POST.test(t)) return undefined;
    const p = readPerson(line, part.start, part.end, options);
    if (!p || !p.role || p.org || p.end < part.end || p.role.start < part.start + t.search(/[ ][–—-][ ]/)) return undefined;
    // (a fact after the column's gap, `Arrived – 7:10 p.m.`, `Left – Item IV`, is the first one's, no person)
    if (COMING_WORD.test(line.slice(p.name.start, p.name.end))) return undefined;
    out.push(p);
  }
  return out;
}

/** The cells of a line parted by tabs, each less its blanks (empty ones left out), at most `max` of them. */
function tabCells(line: string, max: number): Span[] {
  const cells: Span[] = [];
  for (let at = 0; at < line.length && cells.length < max;) {
    let e = line.indexOf('\t', at);
    if (e < 0) e = line.length;
    const c = trimSpan(line, at, e);
    if (c.end > c.start) cells.push(c);
    at = e + 1;
  }
  return cells;
}

/**
 * A row of a table printed office first, the name in the next column and a note after it, as Australian and
 * New Zealand councils print their staff and members (`General Manager⇥⇥⇥Ruth Brannock`, `Governance Officer
 * (minutes)⇥Tess Galvin`, `Councillor⇥Losa Faleolo⇥Until 11.40am, Item 12`): the office is the role (a bracket
 * after it a qualifier), the note one qualifier as printed. The first cell must name an office (never a name:
 * `Ann Roe⇥Chair` is read name first) and the second be a name alone; cells parted by tabs.
 */
export function officeFirstRow(line: string, options: ReadOptions = {}): PersonMatch | undefined {
  const cells = tabCells(line, 4);
  if (cells.length < 2 || cells.length > 3 || cells[0].start !== 0) return undefined;
  const office = cells[0];
  const written = line.slice(office.start, office.end);
  const bracket = written.indexOf('(');
  let role = bracket > 0 ? trimSpan(line, office.start, office.start + bracket) : office;
  const words = line.slice(role.start, role.end);
  // (`Members` printed once above the names it heads: each is a member, the plural's last letter left out)
  const isOffice = namesOffice(words);
  const plural = !isOffice && words.length > 4 && words.charCodeAt(words.length - 1) === 0x73 && bracket < 0 && namesOffice(words.slice(0, -1));
  if (!isOffice && !plural) return undefined;
  if (plural) role = { start: role.start, end: role.end - 1 };
  const name = cells[1];
  // (two offices side by side, `Clerk⇥Treasurer`, are no office and its holder)
  if (namesOffice(line.slice(name.start, name.end))) return undefined;
  const p = readPerson(line, name.start, name.end, options);
  if (!p || p.role || p.org || p.initials || p.end < name.end - 1 || !nameLike(line.slice(p.name.start, p.name.end))) return undefined;
  const qualifiers: Qualifier[] = [...p.qualifiers];
  if (bracket > 0) {
    const close = written.indexOf(')', bracket);
    if (close < 0) return undefined;
    const q = { start: office.start + bracket + 1, end: office.start + close };
    const kind = readQualifier(line.slice(q.start, q.end))?.kind ?? 'note';
    qualifiers.push({ kind, ...q });
  }
  if (cells.length === 3) {
    const note = cells[2];
    const kind = readQualifier(line.slice(note.start, note.end))?.kind ?? 'note';
    qualifiers.push({ kind, start: note.start, end: note.end });
  }
  return { start: 0, end: cells[cells.length - 1].end, name: p.name, role, qualifiers };
}

/**
 * A row of such a table whose office cell is empty, under the office printed once for the rows below it
 * (`Members⇥Viliami Taufa` ⏎ `⇥Corinne Mabbott⇥` ⏎ `⇥Anil Varma⇥Via electronic attendance`): the name, and
 * the note beside it as one qualifier as printed. The caller gives the office (officeFirstRow's role above), and
 * knows the office's cell is empty (the line opens with its tab, or was indented before its blanks were trimmed).
 */
export function officeLessRow(line: string, options: ReadOptions = {}): PersonMatch | undefined {
  const cells = tabCells(line, 3);
  if (cells.length < 1 || cells.length > 2) return undefined;
  const name = cells[0];
  const p = readPerson(line, name.start, name.end, options);
  if (!p || p.role || p.org || p.initials || p.end < name.end - 1 || !nameLike(line.slice(p.name.start, p.name.end))) return undefined;
  const qualifiers: Qualifier[] = [...p.qualifiers];
  if (cells.length === 2) {
    const note = cells[1];
    if (namesOffice(line.slice(note.start, note.end))) return undefined;
    qualifiers.push({ kind: readQualifier(line.slice(note.start, note.end))?.kind ?? 'note', start: note.start, end: note.end });
  }
  return { start: name.start, end: cells[cells.length - 1].end, name: p.name, qualifiers };
}

/**
 * A member's title that opens a second column's name (`Cllr`, `Councillor`, `Mr` …) before a capital. The gap is
 * tried from where a run of blanks starts only: from each blank of a long run it was tried again, over the rest of the run.
 */
const COLUMN_TITLED = /(?:(?<! ) {2,}|\t|\) +)((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? +\p{Lu})/gu;

/** Where a second titled name starts on the line after `from`, outside any bracket; -1 when none. */
function secondTitled(line: string, from: number): number {
  COLUMN_TITLED.lastIndex = from;
  for (let m = COLUMN_TITLED.exec(line); m; m = COLUMN_TITLED.exec(line)) {
    const at = m.index + m[0].length - m[1].length;
    const before = line.slice(0, at);
    if ((before.match(/\(/g) ?? []).length === (before.match(/\)/g) ?? []).length) return at;
  }
  return -1;
}

/** A role of more than a dozen words, or ending a sentence with a verb, is prose, not a role. */
function roleIsSentence(role: string): boolean {
  return role.split(/\s+/).length > 12 || /\b(?:was|were|is|are|had|has|said|asked|noted|agreed|reported)\b/.test(role);
}

/**
 * Names in two columns on one line: `Ray Ortega Lucille Haney`, `Ray Ortega<TAB>Lucille Haney`.
 * Only two names of two words each, or names separated by a column gap; otherwise declines.
 */
export function matchNameColumns(line: string): PersonMatch[] | undefined {
  const cols = [...line.matchAll(/\S+(?:[ ]\S+)*/g)].filter((m) => m[0].trim().length > 0);
  const gapSplit = line.split(/\t+| {2,}/).filter((c) => c.trim().length > 0);
  const out: PersonMatch[] = [];
  if (gapSplit.length >= 2) {
    let at = 0;
    for (const c of gapSplit) {
      const start = line.indexOf(c, at);
      at = start + c.length;
      const s = trimSpan(line, start, at);
      if (!nameLike(line.slice(s.start, s.end))) return undefined;
      out.push({ start: s.start, end: s.end, name: s, qualifiers: [] });
    }
    return out;
  }
  if (cols.length !== 1) return undefined;
  const words = [...line.matchAll(/\S+/g)];
  if (words.length !== 4 || !words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w[0]))) return undefined;
  if (stripTitles(line.trim()) !== line.trim()) return undefined;
  for (const k of [0, 2]) {
    const s = { start: words[k].index, end: words[k + 1].index + words[k + 1][0].length };
    out.push({ start: s.start, end: s.end, name: s, qualifiers: [] });
  }
  return out;
}

/**
 * A Markdown bullet holding a person: `* Name @handle (TSC)`, `- [x] Name, Affiliation`.
 * Offsets are within the line. Undefined when the bullet is not a person.
 */
export function matchPersonBullet(line: string): PersonMatch | undefined {
  const m = /^\s*(?:[*+-]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/.exec(line);
  if (!m) return undefined;
  const p = readPerson(line, m[0].length);
  if (!p) return undefined;
  if (p.role && !p.handle && roleIsSentence(line.slice(p.role.start, p.role.end))) return undefined;
  return p;
}
