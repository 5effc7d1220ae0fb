/**
 * People written in a sentence: `Present: Councillors A (Chair), B and C`,
 * `Cllr P Haskins (Chairman), Cllr J Abbott …`, `Mrs K Adeyemi [KA] Chair (FG); Mr T Ruddock [TR] …`,
 * a university's one paragraph with `[from minute 2251]`, apologies in prose ("Apologies were
 * received from …"), absences ("Cllr X was absent"), and substitutions ("X attended as substitute for Y").
 */
import { labelKind } from './headings';
import { namesOffice, officeMayBeName, readPerson, type ReadOptions } from './personLine';
import { holdsRoleWord } from './owners';
import { isGovernorCategory, looksLikeBody, looksLikeCode, looksLikeFirm, readQualifier } from './qualifiers';
import type { PeopleListMatch, PersonMatch, Qualifier, Span } from './types';
import type { BlockKind } from '../markup';
import { isTitleAlone, stripTitles } from '../people';
import { isBlankUnit } from '../unitClass';

/**
 * The words after whose full stop a sentence goes on (`Dr. Carter will …`, `Rs. 18 crore`: rupees before
 * the sum): as a pattern's alternatives, for the patterns that look for a sentence's end.
 */
export const ABBREVIATIONS = 'Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Cllr|Cllrs|St|Supt|Insp|Sgt|No|Co|Ltd|Jr|Sr|Rs';
/** Abbreviations after which a full stop does not end the sentence (an initial too: `J. Smith`). */
// (an initial after another initial's stop too, `M.R. Pullinger`)
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:\\p{Lu}\\.){0,3}(?:\\p{Lu}|${ABBREVIATIONS})$`, 'u');

/** A label over members who sit for units: senators, liaisons, representatives, delegates. */
const UNIT_LABEL = /\b(?:senat\w*|liaisons?|representatives?|delegates?|constituenc\w*)\b/i;
/** A unit and the member in brackets after it (`Biological Sciences (alternate: Kayla Duarte)`, `School of Business (Teresa Voigt, excused)`). */
const UNIT_PART = /^\s*(\p{Lu}[\p{L}&'’ \n-]{1,70}?)\s*\(([^()]{2,120})\)\s*\.?\s*$/u;
/** A member's name in the bracket: two to four capitalised words (`Jo Ann Whitley`), no office. */
const UNIT_NAME = /^\s*(?:alternate\s*:\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*$/u;

/**
 * The people of a roll call by unit, when its parts (two at least, comma-parted) are each a unit, with a member's name in brackets or none:
 * each name a person, the unit their role, the bracket's other words their facts (`alternate`, `by Zoom`, `excused`); a unit named with
 * no member (`Materials Science`) is no person. Undefined for any other list (`Cllr A Roe (Chair), …`: an office in the brackets).
 */
function unitRoll(text: string, from: number, end: number, options: ReadOptions): PersonMatch[] | undefined {
  if (end - from > 4000 || text.indexOf('(', from) < 0) return undefined;
  const parts: Span[] = [];
  let depth = 0;
  let s = from;
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
    else if (c === 0x2c && depth === 0) { parts.push({ start: s, end: k }); s = k + 1; }
  }
  parts.push({ start: s, end });
  if (parts.length < 2) return undefined;
  const out: PersonMatch[] = [];
  let units = 0;
  for (const p of parts) {
    const t = text.slice(p.start, p.end);
    // (a part that opens with a person's title is a person's, `Cllr A Roe (Ward One)`: no roll by unit)
    if (TITLED_PART.test(t)) return undefined;
    const m = UNIT_PART.exec(t);
    if (!m) {
      // (a unit with no member, `Materials Science`; any other bracket, `(Chair)`, is no roll by unit)
      if (t.indexOf('(') >= 0) return undefined;
      continue;
    }
    const open = p.start + t.indexOf('(');
    const pieces = m[2].split(',');
    let at = open + 1;
    let person: PersonMatch | undefined;
    const facts: Qualifier[] = [];
    for (const piece of pieces) {
      const n = UNIT_NAME.exec(piece);
      const lead = piece.length - piece.trimStart().length;
      if (n && !namesOffice(n[1]) && !looksLikeBody(n[1])) {
        const ns = at + piece.indexOf(n[1]);
        const read = readPerson(text, ns, ns + n[1].length, options);
        if (read) {
          if (person) out.push({ ...person, qualifiers: [...person.qualifiers, ...facts] });
          facts.length = 0;
          const unit = { start: p.start + t.indexOf(m[1]), end: p.start + t.indexOf(m[1]) + m[1].length };
          person = { ...read, start: unit.start, end: p.end, role: unit, qualifiers: /alternate\s*:/i.test(piece) ? [{ kind: 'note', start: at + lead, end: at + piece.indexOf(':') }] : [] };
        }
      } else if (person && piece.trim().length > 0) {
        const w = piece.trim();
        facts.push({ kind: readQualifier(w)?.kind ?? 'note', start: at + lead, end: at + lead + w.length });
      }
      at += piece.length + 1;
    }
    if (person) { out.push({ ...person, qualifiers: [...person.qualifiers, ...facts] }); units++; }
    else return undefined;
  }
  return units > 0 ? out : undefined;
}
/** A part that opens with a person's title. */
const TITLED_PART = /^\s*(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd|Senators?|Trustees?|Governors?|Directors?)\.?\s/;

/** Where the sentence that starts at `a` ends (the full stop excluded), brackets respected. */
export function sentenceEnd(text: string, a: number, b = text.length): number {
  // (the full stops and the opening brackets found by the engine's own search, the characters between
  // them not walked: every decision's words come here, most with one stop and no bracket; a blank after
  // the stop by the units' codes, as `\s` reads it)
  let paren = text.indexOf('(', a);
  let square = text.indexOf('[', a);
  for (let k = a; k < b;) {
    const dot = text.indexOf('.', k);
    const stop = dot < 0 || dot >= b ? b : dot;
    if (paren >= 0 && paren < k) paren = text.indexOf('(', k);
    if (square >= 0 && square < k) square = text.indexOf('[', k);
    const open = paren < 0 ? square : square < 0 ? paren : Math.min(paren, square);
    // a bracket before the stop: the stops inside it end no sentence
    if (open >= 0 && open < stop) { k = afterBrackets(text, open, b); continue; }
    if (stop === b) return b;
    if ((dot + 1 >= b || isBlankUnit(text.charCodeAt(dot + 1))) && !ABBREVIATION.test(text.slice(Math.max(a, dot - 6), dot))) return dot;
    k = dot + 1;
  }
  return b;
}

/** Where the brackets opened at `open` (`(`, `[`, nested) close, after the closing one; `b` if they do not before it. */
function afterBrackets(text: string, open: number, b: number): number {
  let depth = 0;
  for (let k = open; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || c === 0x5b) depth++; // `(` `[`
    else if ((c === 0x29 || c === 0x5d) && --depth === 0) return k + 1; // `)` `]`
  }
  return b;
}

/** Splits a list at top-level `,`, `;`, ` and `, ` & ` (never inside brackets). */
export function splitList(text: string, a = 0, b = text.length): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let from = a;
  for (let k = a; k < b; k++) {
    const c = text[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    if (depth > 0) continue;
    let sep = 0;
    if (c === ',' || c === ';') sep = 1;
    const rest = text.slice(k, Math.min(b, k + 6));
    if (/^\s+(?:and|&)\s/i.test(rest)) sep = /^\s+(?:and|&)\s+/i.exec(text.slice(k, b))![0].length;
    if (sep === 0) continue;
    push(from, k);
    // `, and`: the comma and the `and` are one separator
    const after = /^\s*(?:and|&)\s+/i.exec(text.slice(k + sep, b));
    from = k + sep + (c === ',' && after ? after[0].length : 0);
    k = from - 1;
  }
  push(from, b);
  return out;
  function push(x: number, y: number): void {
    while (x < y && /\s/.test(text[x])) x++;
    while (y > x && /[\s.]/.test(text[y - 1])) y--;
    if (y > x) out.push({ start: x, end: y });
  }
}

/**
 * The parts of [a, b) parted by `·` (a project's notes: `Ana Roe (@aroe) · Ben Lee (@blee)`), each without the blanks
 * around it; an empty part (`A · · B`, a `·` last with blanks after it) is kept, empty, for the reader to decline.
 */
export function dotParts(text: string, a = 0, b = text.length): Span[] {
  const out: Span[] = [];
  for (let from = a; from < b;) {
    let end = text.indexOf('·', from);
    if (end < 0 || end > b) end = b;
    let x = from;
    let y = end;
    while (x < y && /\s/.test(text[x])) x++;
    while (y > x && /\s/.test(text[y - 1])) y--;
    out.push({ start: x, end: y });
    from = end + 1;
  }
  return out;
}

/** `Councillors`, `Cllrs`, `Council Members`: a title written once for the whole list. */
const PLURAL_TITLE = /^(?:Councillors|Cllrs\.?|Crs\.?|Council Members|Councilmembers|Alderpersons|Aldermen|Alderwomen|Members|Governors|Trustees|Directors|Professors|Drs)\s+/;
/** The title each member of the list holds, for the plurals that are a title of one (`Members` is none). */
const SINGULAR_TITLE: Readonly<Record<string, string>> = { councillors: 'Councillor', cllrs: 'Cllr', crs: 'Cr', 'council members': 'Council Member', councilmembers: 'Councilmember', alderpersons: 'Alderperson', aldermen: 'Alderman', alderwomen: 'Alderwoman', professors: 'Professor', drs: 'Dr' };
/** The title each member holds of the plural written once for the list (`Councillors ` → `Councillor`), if it is one. */
export function pluralTitle(plural: string): string | undefined {
  return SINGULAR_TITLE[plural.trim().replace(/\.$/, '').replace(/\s+/g, ' ').toLowerCase()];
}

/**
 * The line opens with a title in the plural before a run of names (`Cllrs Áine Moloney, Pat Hegarty and`,
 * `Councillors A Roe and B Lee`): the names of a list written as a sentence, never one person and a role.
 */
export function opensPluralRun(line: string): boolean {
  const t = line.trimStart();
  const plural = PLURAL_TITLE.exec(t);
  if (!plural || pluralTitle(plural[0]) === undefined) return false;
  const rest = t.slice(plural[0].length);
  return /^\p{Lu}/u.test(rest) && (rest.indexOf(',') >= 0 || /[ \t](?:and|&)(?:[ \t]|$)/.test(rest));
}

/**
 * The people of a list written as a sentence, with its label (`Present:`, `Regrets:`, `Mayor:`)
 * when it has one. Offsets are within `text`. Declines (undefined) when most parts are not
 * people: a sentence that mentions a name is not a list.
 */
export function matchInlineList(text: string, a = 0, b = text.length, options: ReadOptions = {}): PeopleListMatch | undefined {
  try {
    return inlineList(text, a, b, options);
  } catch {
    return undefined;
  }
}

function inlineList(text: string, a: number, b: number, options: ReadOptions): PeopleListMatch | undefined {
  let from = a;
  let label: Span | undefined;
  let kind: PeopleListMatch['kind'];
  let role: string | undefined;
  const lm = /^[ \t]*(?:\*\*)?([A-Za-z][A-Za-z\u00C0-\u024F'’ /-]{1,50}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*/.exec(text.slice(a, b));
  if (lm) {
    const k = labelKind(lm[1]);
    if (k) {
      const s = a + lm[0].indexOf(lm[1]);
      label = { start: s, end: s + lm[1].length };
      kind = k.kind;
      role = k.role;
      from = a + lm[0].length;
      // (the label over the prose's own words, `APOLOGIES:  Apologies for absence were received from Councillors K Yates and …`:
      // no list, the prose's reader reads it, its names and what it says of each)
      if (kind === 'apologies' && opensApologyProse(text, from)) return undefined;
    }
  }
  const end = sentenceEnd(text, from, b);
  // a senate's roll call by the unit each senator sits for, the senator in brackets (`Applied Computing (Rui Santos), Civil and
  // Environmental Engineering (Patrick Dunleavy), …`): the people are the brackets' names, their units their roles
  // (only under a label that names those who sit for units, `Senators present:`, `Liaisons present:`: elsewhere `Ines Duarte (Northgate
  // Data)` is a person and her company, the same shape)
  const units = label && UNIT_LABEL.test(text.slice(label.start, label.end)) ? unitRoll(text, from, end, options) : undefined;
  if (units) return { ...(kind ? { kind } : {}), label, ...(role ? { role } : {}), people: units, others: [] };
  // a project's notes part their people with `·` (`Also on the call: A Roe (@aroe), release manager · B Lee (@blee), guest`):
  // each part is one person whole, its commas their own
  const dot = text.indexOf('·', from);
  if (dot >= 0 && dot < end) {
    const dotted = dottedPeople(text, from, end, options);
    if (dotted) return { ...(kind ? { kind } : {}), ...(label ? { label } : {}), ...(role ? { role } : {}), people: dotted, others: [] };
  }
  // staff set out along one line, each with their post, parted by a column's gap (`Staff present: D Whitlow – City
  // Manager   L Ferreira – City Attorney`): each part is one person whole, the gap no part of a post
  const gapped = label ? gappedPeople(text, from, end, options) : undefined;
  if (gapped) return { ...(kind ? { kind } : {}), ...(label ? { label } : {}), ...(role ? { role } : {}), people: gapped, others: [] };
  const alone = label ? personWithRole(text, from, end, options) : undefined;
  if (alone) return { ...(kind ? { kind } : {}), label, ...(role ? { role } : {}), people: [alone], others: [] };
  // `Dr A Roe, Chief Nurse (AR)`: one person a line, the role after the comma and the name's initials last
  const whole = topLevelSemicolon(text, from, end) < 0 ? readPerson(text, from, end, options) : undefined;
  if (whole?.initials && whole.role && whole.initials.start > whole.role.end && whole.end >= end - 1) return { ...(kind ? { kind } : {}), ...(label ? { label } : {}), ...(role ? { role } : {}), people: [whole], others: [] };
  const people: PersonMatch[] = [];
  const others: Span[] = [];
  let comings: PersonMatch[] | undefined;
  let facts = 0;
  // the plural title holds for the names after it, up to the next one (`Mayor A, Councilmembers B, C and D`)
  let shared: string | undefined;
  const parts = splitList(text, from, end);
  const semis = parts.length > 2 && hasTopLevelSemicolon(text, from, end);
  // `The Mayor, Councillor Carmel Morrow, the Deputy Mayor, Councillor Sam Vella` (a New South Wales council's list): the
  // office with its article, then its holder's titled name after the comma
  let office: Span | undefined;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const prev = people[people.length - 1];
    if (k + 1 < parts.length && (text.charCodeAt(part.start) | 0x20) === 0x74) {
      const o = officeFirst(text, part, parts[k + 1]);
      if (o) { office = o; continue; }
    }
    const postEnd = prev && semis && prev.end === parts[k - 1]?.end ? postToSemicolon(text, prev, parts, k, end, options) : -1;
    if (postEnd > k) {
      people[people.length - 1] = withDetails(text, prev, { start: part.start, end: parts[postEnd].end });
      k = postEnd;
      continue;
    }
    // `Miss A Roe (AR) – left at 7.20pm, during item 8`: a fact the list's comma parted goes on after it
    const fact = prev && prev.end === parts[k - 1]?.end && /^\s*,\s*$/.test(text.slice(prev.end, part.start)) ? prev.qualifiers[prev.qualifiers.length - 1] : undefined;
    if (fact && fact.end === prev.end && (fact.kind === 'arrived' || fact.kind === 'left') && readQualifier(text.slice(fact.start, part.end))?.kind === fact.kind) {
      people[people.length - 1] = { ...prev, end: part.end, qualifiers: [...prev.qualifiers.slice(0, -1), { ...fact, end: part.end }] };
      continue;
    }
    // `Apologies: Anil Kapoor (Medical Director), deputised by Dr Lena Voss`: who stood in for the one before the comma
    const standIn = prev && prev.end === parts[k - 1]?.end && STOOD_IN_BY.test(text.slice(part.start, part.end)) && /^\s*,\s*$/.test(text.slice(prev.end, part.start))
      ? readQualifier(text.slice(part.start, part.end)) : undefined;
    if (standIn?.kind === 'substitutedBy') {
      people[people.length - 1] = { ...prev, end: part.end, qualifiers: [...prev.qualifiers, { kind: 'substitutedBy', start: part.start, end: part.end, ...(standIn.value !== undefined ? { value: standIn.value } : {}) }] };
      continue;
    }
    // `Janet Cole, Audit Partner, Cole & Rivera LLP (for the audit)`: between a name and the firm after the next comma,
    // capitalised words are the post held there, though they would read as a name (the firm says whom they come from)
    const firmAfter = prev && !prev.role && !prev.org && !semis && prev.end === parts[k - 1]?.end && k + 1 < parts.length && /^\s*,\s*$/.test(text.slice(prev.end, part.start))
      && /^\s*,\s*$/.test(text.slice(part.end, parts[k + 1].start)) && /^\p{Lu}/u.test(text.slice(part.start, part.end)) && stripTitles(text.slice(part.start, part.end)) === text.slice(part.start, part.end)
      ? firmEnd(text, parts, k + 1) : -1;
    if (firmAfter >= 0) {
      const held = withDetails(text, prev, part);
      const last = parts[firmAfter];
      const org = { start: parts[k + 1].start, end: last.start + beforeBracket(text.slice(last.start, last.end)).length };
      people[people.length - 1] = { ...withDetails(text, { ...held, role: undefined }, { start: org.end, end: last.end }), role: held.role, org };
      k = firmAfter;
      continue;
    }
    if (prev && prev.end === parts[k - 1]?.end && roleAfterComma(text, prev, part, k + 1 < parts.length ? parts[k + 1] : undefined, semis, options)) {
      // `…; Mr G Upton, Deputy Clerk and RFO;`: in a list parted by `;`, an `and` after the post joins a second post, no person
      let j = k;
      while (semis && andPost(text, parts[j], parts[j + 1])) j++;
      people[people.length - 1] = withDetails(text, prev, { start: part.start, end: parts[j].end });
      k = j;
      continue;
    }
    // `District Counsel Rachel Fine, Fine & Ocampo LLP`: the firm after the comma is whom they come from, its `&` no list's
    const firm = prev && !prev.org && prev.end === parts[k - 1]?.end && /^\s*,\s*$/.test(text.slice(prev.end, part.start)) ? firmEnd(text, parts, k) : -1;
    if (firm >= 0) {
      people[people.length - 1] = { ...prev, end: parts[firm].end, org: { start: part.start, end: parts[firm].end } };
      k = firm;
      continue;
    }
    // `Philippa Garside – Audit Director, KPMG (item 26/14 only)`: after a person's post, the firm or body they come
    // from, by its letters or its words, with the facts in brackets after it
    const body = prev && prev.role && !prev.org && prev.end === parts[k - 1]?.end && /^\s*,\s*$/.test(text.slice(prev.end, part.start)) ? bodyAfterRole(text, prev, part, parts.slice(k + 1)) : undefined;
    if (body) {
      people[people.length - 1] = body;
      continue;
    }
    // after a person and a comma, what is said of them in a list parted by `;`: their governor's seat
    // (`Mr A Jessop (AJ) Chair, Foundation;`) or a fact about the attendance (`Manager, for items 5.0–6.0;`)
    const after = prev && semis && prev.end === parts[k - 1]?.end && /^\s*,\s*$/.test(text.slice(prev.end, part.start)) ? detailAfterComma(text, prev, part) : undefined;
    if (after) {
      people[people.length - 1] = after;
      continue;
    }
    let s = part.start;
    // (`Councillors A, B and C` ⏎ `Mr D (Independent Member)`: the name after the `and` closed the run, and the title with it)
    if (shared !== undefined && k > 1 && /(?:^|\s)(?:and|&)\s+$/i.test(text.slice(parts[k - 2].end, parts[k - 1].start))) shared = undefined;
    const plural = PLURAL_TITLE.exec(text.slice(s, part.end));
    if (plural) {
      s += plural[0].length;
      shared = pluralTitle(plural[0]);
    }
    // `Director Infrastructure and Planning (Mr D Nguyen)`: the `and` was the post's, not the list's
    const next = parts[k + 1];
    const joined = next && text[next.end - 1] === ')' && !/[([]/.test(text.slice(s, part.end)) && /^\s+(?:and|&)\s+$/i.test(text.slice(part.end, next.start)) ? readPerson(text, s, next.end, options) : undefined;
    // (`the Registrar and Deputy President (Professor A Roe)`: the office with its article)
    if (joined?.role && /^(?:the\s+)?$/.test(text.slice(s, joined.role.start)) && joined.name.start > next.start && joined.end >= next.end - 1) { people.push(joined); k++; continue; }
    const p = readPerson(text, s, part.end, options);
    // `Mrs Carol Ibbotson – Parish Clerk & RFO (CI)`: after a person's role the `&` joins a second post, not a second person
    const post = p?.role && next && /^\s+(?:and|&)\s+$/i.test(text.slice(part.end, next.start)) && holdsRoleWord(text.slice(next.start, next.end).replace(/\s*[([].*$/, '')) ? readPerson(text, s, next.end, options) : undefined;
    if (post?.role && post.role.end > next!.start && post.end >= next!.end - 1) { people.push(shared ? { ...post, sharedTitle: shared } : post); k++; continue; }
    if (p && p.end >= part.end - 1) people.push(shared ? { ...p, sharedTitle: shared } : office && !p.role && k > 0 && parts[k - 1].end === office.end ? { ...p, start: office.start, role: office } : p);
    else {
      others.push(part);
      // (those counted, `3 members of the public`, and a coming or going, `Cllr B Lyle left (from EP25/044)`: facts of
      // the attendance a list holds among its names, which make no sentence of it)
      const c = text.charCodeAt(part.start);
      if (c >= 0x30 && c <= 0x39 || COUNT_WORD.test(text.slice(part.start, part.start + 6)) ? COUNTED.test(text.slice(part.start, part.end)) : false) facts++;
      else {
        const went = comingOf(text, part, options);
        if (went) { (comings ??= []).push(went); facts++; }
      }
    }
  }
  if (people.length === 0 || people.length < others.length - facts) return undefined;
  // one name alone needs a label: `Ruth said yes` is not a list
  if (!label && people.length < 2) return undefined;
  void role;
  return { ...(kind ? { kind } : {}), ...(label ? { label } : {}), ...(role ? { role } : {}), people, others, ...(comings ? { comings } : {}) };
}

/**
 * An office written with its article before the name of the one who holds it (`The Mayor, Councillor Carmel Morrow`,
 * `the Deputy Mayor, Cr B Lee`): the office alone (a title of people.ts, no name after it), a comma, then a titled
 * name. The office's words without the article; undefined for any other part.
 */
function officeFirst(text: string, part: Span, next: Span): Span | undefined {
  const t = text.slice(part.start, part.end);
  const m = THE_OFFICE.exec(t);
  if (!m || !isTitleAlone(t.slice(m[0].length)) || !/^\s*,\s*$/.test(text.slice(part.end, next.start))) return undefined;
  const n = text.slice(next.start, next.end);
  return stripTitles(n) === n ? undefined : { start: part.start + m[0].length, end: part.end };
}
const THE_OFFICE = /^[Tt]he[ \t]+(?=\p{Lu})/u;

/** A part of a list that opens by telling who stood in for the member before it (`deputised by Dr L Voss`). */
const STOOD_IN_BY = /^(?:represented|substituted|deputi[sz]ed)[ \t]+by[ \t]/i;
/** A count of those who came, named by what they are (`3 members of the public`, `two residents`, `12 parishioners`): no person. */
const COUNTED = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:other[ \t]+)?(?:members?[ \t]+of[ \t]+the[ \t]+(?:public|press)|residents?|parishioners|electors|visitors|observers|guests|public|press|others)\b/i;
/** A word of a count opening a part (`two`, `Three`): the cheap test before COUNTED where the part opens with no digit. */
const COUNT_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/** The verb after a name that says its person came or went (`left`, `arrived`): where it starts, its kind. */
const CAME_OR_WENT = /(?<![ \t])[ \t]+(left|departed|arrived|joined)\b/i;
/** What may follow the verb: when, as a list says it (`(from EP25/044)`, `at 8.10pm`, `after item 6`, `during minute 415`). */
const WHEN_OF_COMING = /^[ \t]*(?:\(([^()]{1,40})\)|((?:(?:at|from|after|before|during|in)[ \t]+)?(?:(?:the[ \t]+)?(?:item|minute|min)\.?[ \t]+)?[A-Za-z]{0,4}[./]?\d[\w./:-]*(?:[ \t]*[ap]\.?m\.?)?))?[ \t.]*$/i;
/** The item or time named in the words after the verb. */
const WHEN_VALUE = /[A-Za-z]{0,4}[./]?\d[\w./:-]*(?:[ \t]*[ap]\.?m\.?)?(?=[ \t]*$)/i;

/**
 * A part of a list that says who came or went rather than who attended (`Cllr B Lyle left (from EP25/044)`, `A Roe
 * arrived at 7.40pm`): the name read whole before the verb, and the fact (`left`/`arrived`, with the item or time after
 * it). Asked only of parts that read as no person.
 */
function comingOf(text: string, part: Span, options: ReadOptions): PersonMatch | undefined {
  const words = text.slice(part.start, part.end);
  const v = CAME_OR_WENT.exec(words);
  if (!v || v.index === 0) return undefined;
  const after = words.slice(v.index + v[0].length);
  const when = WHEN_OF_COMING.exec(after);
  if (!when) return undefined;
  const name = trimmed(text, part.start, part.start + v.index);
  const p = readPerson(text, name.start, name.end, options);
  if (!p || p.end < name.end || p.role || p.qualifiers.length > 0) return undefined;
  const verb = part.start + v.index + v[0].length - v[1].length;
  const end = trimmed(text, verb, part.end).end;
  const said = when[1] ?? when[2];
  const value = said !== undefined ? WHEN_VALUE.exec(said.trim())?.[0] : undefined;
  const kind = /^(?:left|departed)$/i.test(v[1]) ? 'left' : 'arrived';
  return { ...p, end, qualifiers: [{ kind, start: verb, end, ...(value !== undefined ? { value } : {}) }] };
}

/** The people of [a, b) parted by `·`, each part one person read whole; undefined unless every part is one. */
function dottedPeople(text: string, a: number, b: number, options: ReadOptions): PersonMatch[] | undefined {
  const out: PersonMatch[] = [];
  for (const dotted of dotParts(text, a, b)) {
    // (a full stop ending the part is the sentence's)
    const part = trimmed(text, dotted.start, dotted.end);
    const p = part.end > part.start ? readPerson(text, part.start, part.end, options) : undefined;
    if (!p || p.end < part.end) return undefined;
    out.push(p);
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * The people of [a, b) parted by a column's gap (a tab, or two blanks or more, outside brackets), each part one
 * person read whole and one of them with a post, on one line with no comma or semicolon (a list parted so is read
 * by its separators); undefined unless so.
 */
function gappedPeople(text: string, a: number, b: number, options: ReadOptions): PersonMatch[] | undefined {
  // (a tab, or two blanks together, first: most lists have neither)
  const tab = text.indexOf('\t', a);
  const blanks = text.indexOf('  ', a);
  if ((tab < 0 || tab >= b) && (blanks < 0 || blanks >= b)) return undefined;
  // (one line, no list's own separator: a list parted by commas, or one label's lines in columns, is read as before)
  for (let k = a; k < b; k++) { const c = text.charCodeAt(k); if (c === 0x2c || c === 0x3b || c === 10 || c === 13) return undefined; }
  const parts: Span[] = [];
  let depth = 0;
  let from = a;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28 || c === 0x5b) depth++;
    else if ((c === 0x29 || c === 0x5d) && depth > 0) depth--;
    if (depth > 0 || (c !== 9 && !(c === 32 && k + 1 < b && text.charCodeAt(k + 1) === 32))) continue;
    let e = k;
    while (e < b && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e++;
    const part = trimmed(text, from, k);
    if (part.end > part.start) parts.push(part);
    from = e;
    k = e - 1;
  }
  const last = trimmed(text, from, b);
  if (last.end > last.start) parts.push(last);
  if (parts.length < 2) return undefined;
  const out: PersonMatch[] = [];
  for (const part of parts) {
    const c = text.charCodeAt(part.end - 1);
    // (a full stop ending the last part is the sentence's)
    const words = c === 0x2e ? trimmed(text, part.start, part.end - 1) : part;
    const p = readPerson(text, words.start, words.end, options);
    if (!p || p.end < words.end) return undefined;
    out.push(p);
  }
  return out.some((p) => p.role !== undefined) ? out : undefined;
}

/** Words of a post (`Cabinet Member for Highways and Transport`, `Head of Legal`): a role's `of` or `for` between capitals. */
const POST_LINK = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)* (?:of|for) \p{Lu}/u;

/**
 * One person and their post after a comma, the whole of a label's list (`Also present: Councillor
 * A Orde, Cabinet Member for Highways and Transport.`, `Also present: P Greer, Authority Counsel.`):
 * the `and` is the post's, not the list's. Undefined unless the list is one name, one comma and words
 * that hold a role's word or read as a post, with no title of their own (`A Orde, Cllr B Lee` is two people).
 */
function personWithRole(text: string, a: number, b: number, options: ReadOptions): PersonMatch | undefined {
  const comma = text.indexOf(',', a);
  if (comma < 0 || comma >= b) return undefined;
  const second = text.indexOf(',', comma + 1);
  if (topLevelSemicolon(text, a, b) >= 0) return undefined;
  // `Also present: A Roe, Regional Manager, Verdant Waste Ltd.`: the post, then the body they come from
  // after a second comma (kept with the role as written, the body read from it as a `Name : Role` line's)
  if (second >= 0 && second < b && !postThenBody(text, comma + 1, second, b)) return undefined;
  const head = trimmed(text, a, comma);
  const p = readPerson(text, head.start, head.end, options);
  if (!p || p.role || p.org || p.end < head.end) return undefined;
  const rest = trimmed(text, comma + 1, b);
  const post = beforeBracket(text.slice(rest.start, rest.end)).replace(/\.$/, '');
  if (!/^\p{Lu}/u.test(post) || stripTitles(post) !== post || readQualifier(post)) return undefined;
  if (!holdsRoleWord(post) && !POST_LINK.test(post)) {
    // `Observing: Ms A Roe, Higher Education Authority`: a body after the comma is whom they come from
    if (!looksLikeBody(post) || /[([]/.test(text.slice(rest.start, rest.end))) return undefined;
    return { ...p, end: rest.end, org: { start: rest.start, end: rest.start + post.length } };
  }
  return withDetails(text, p, rest);
}

/** Whether [a, b) is a post with a role's word, and what follows the comma at `second` one body, no other comma. */
function postThenBody(text: string, a: number, second: number, b: number): boolean {
  const third = text.indexOf(',', second + 1);
  if (third >= 0 && third < b) return false;
  const body = trimmed(text, second + 1, b);
  return holdsRoleWord(text.slice(a, second).trim()) && looksLikeBody(text.slice(body.start, body.end));
}

function trimmed(text: string, a: number, b: number): Span {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /[\s.]/.test(text[b - 1])) b--;
  return { start: a, end: b };
}

/** A `;` outside brackets in [a, b): the list parts people with `;`, a `,` then parts a person from their role. */
function hasTopLevelSemicolon(text: string, a: number, b: number): boolean {
  return topLevelSemicolon(text, a, b) >= 0;
}

/** The first `;` outside brackets in [a, b), or -1. */
function topLevelSemicolon(text: string, a: number, b: number): number {
  let depth = 0;
  for (let k = a; k < b; k++) {
    const c = text[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0) return k;
  }
  return -1;
}

/**
 * The part after a person is their role, written after a comma (`Lena Vogt (LV), space manager`,
 * `Mrs C Brennan (CB), Clerk; Mr T Harker (TH), …`): the person has none yet, and the part starts in
 * lower case (no name does), or, in a list parted by `;`, it is the last of its person's parts and
 * no titled name nor, after a person without initials, a name.
 */
function roleAfterComma(text: string, prev: PersonMatch, part: Span, next: Span | undefined, semis: boolean, options: ReadOptions): boolean {
  if (prev.role || !/^\s*,\s*$/.test(text.slice(prev.end, part.start))) return false;
  const t = text.slice(part.start, part.end);
  // (`Colin Dent (CD), Vice Chair;`: the chair's word after the comma is the office they hold, as in a bracket)
  const fact = factAfterComma(t);
  if (fact && fact.kind !== 'chair') return false;
  // a title with no name after it is no person: the role of the one before (`Dr. Renee Carter, Superintendent`)
  if (isTitleAlone(t)) return true;
  // a chat nickname (`fdubois`) where the list holds them is a person
  if (/^\p{Ll}/u.test(t)) return !/^(?:and|or|the|a|an|\d|one|two|three|four|five|six|members?|others?)\b/i.test(t) && !(options.nicks && readPerson(text, part.start, part.end, options));
  // `Mr D Lal (DL), Governance Professional (minutes)`: after a name with its initials, words with none
  // and no title, last of the list or before a name written so again, are the role (a list of such
  // people writes each with initials: `Mr D Lal (DL), Ms R Cole (RC)`)
  if (!semis && prev.initials && /^\p{Lu}/u.test(t) && !t.includes('_') && stripTitles(t) === t) {
    const as = readPerson(text, part.start, part.end, options);
    const after = next && readPerson(text, next.start, next.end, options);
    // words that are no name at all (`Federation development worker (for Rent review)`) are a role all the more
    if (!as?.initials && (!next || after?.initials)) return true;
  }
  // `Aisha Khan, Housing Officer, Northgate Homes`: in a list parted by commas, words that are no name but hold a
  // post's word, after a name with none, are that person's post when the body they come from follows its comma
  if (!semis && next && /^\s*,\s*$/.test(text.slice(part.end, next.start)) && /^\p{Lu}/u.test(t) && stripTitles(t) === t && holdsRoleWord(t)
    && readPerson(text, part.start, part.end, options) === undefined && looksLikeBody(beforeBracket(text.slice(next.start, next.end)))) return true;
  if (!semis || !/^\p{Lu}/u.test(t) || next && !/^\s*;/.test(text.slice(part.end, next.start)) && !andPost(text, part, next)) return false;
  if (stripTitles(t) !== t) return false;
  // (`Renee Castillo, County Auditor;`: words that end in an office are the post, though they read as a name too,
  // and so with the reason for the absence in brackets after them: `Mr P Lacey, Licensed Lay Minister (family commitment);`)
  return prev.initials !== undefined || readPerson(text, part.start, part.end, options) === undefined || namesOffice(beforeLastBracket(t));
}

/** `t` up to its first bracket (`Northgate Homes (item 5 only)` → `Northgate Homes`), its blanks before it trimmed. */
function beforeBracket(t: string): string {
  let at = t.length;
  for (let k = 0; k < t.length; k++) { const c = t.charCodeAt(k); if (c === 0x28 || c === 0x5b) { at = k; break; } }
  return t.slice(0, at).trimEnd();
}

/** `t` less the bracket that ends it (`Licensed Lay Minister (family commitment)` → `Licensed Lay Minister`), read from its end. */
function beforeLastBracket(t: string): string {
  if (!t.endsWith(')')) return t;
  const open = t.lastIndexOf('(');
  return open < 0 || t.indexOf(')', open) < t.length - 1 ? t : t.slice(0, open).trimEnd();
}

/**
 * `t` less a bracket with none inside it that ends it, and the blanks around it (`Vice Chair (from item 4) ` →
 * `Vice Chair`): read back from its end, as a pattern tried from every blank of a long run would not be.
 */
function withoutEndBracket(t: string): string {
  const e = t.trimEnd();
  const close = e.charCodeAt(e.length - 1);
  if (close !== 0x29 && close !== 0x5d) return t;
  let k = e.length - 2;
  for (; k >= 0; k--) { const c = e.charCodeAt(k); if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d) break; }
  return k >= 0 && (e.charCodeAt(k) === 0x28 || e.charCodeAt(k) === 0x5b) ? e.slice(0, k).trimEnd() : t;
}

/**
 * The part after `part` joined to it by `and`/`&` is a second post of the same person (`Deputy Clerk and RFO`,
 * `Clerk & Responsible Financial Officer`): an office's initials or a role's words, with no title, before the
 * list's next `;` or its end.
 */
function andPost(text: string, part: Span, next: Span | undefined): boolean {
  if (!next || !/^\s+(?:and|&)\s+$/i.test(text.slice(part.end, next.start))) return false;
  const t = text.slice(next.start, next.end);
  return (/^[A-Z]{2,5}$/.test(t) || holdsRoleWord(t)) && stripTitles(t) === t;
}

/**
 * In a list parted by `;`, a post that holds its own commas and `and` after a person with initials
 * (`Dan Eze (DE), Head of Equality, Diversity and Inclusion (item 7 only); …`): the last part before the
 * next `;` (or the list's end) when every part from k is capitalised words with no title nor initials
 * of a person; -1 otherwise.
 */
function postToSemicolon(text: string, prev: PersonMatch, parts: readonly Span[], k: number, end: number, options: ReadOptions): number {
  // (a name with its initials, or one whose next part names an office: `Victor Ng, Assistant Superintendent, Business Services;`)
  if (prev.role || !/^\s*,\s*$/.test(text.slice(prev.end, parts[k].start)) || !(prev.initials || (namesOffice(text.slice(parts[k].start, parts[k].end)) && !officeMayBeName(text.slice(parts[k].start, parts[k].end))))) return -1;
  for (let j = k; j < parts.length; j++) {
    const t = text.slice(parts[j].start, parts[j].end);
    if (!/^\p{Lu}/u.test(t) || stripTitles(t) !== t || factAfterComma(t) || readPerson(text, parts[j].start, parts[j].end, options)?.initials) return -1;
    const gap = text.slice(parts[j].end, j + 1 < parts.length ? parts[j + 1].start : end);
    if (j + 1 >= parts.length || /^\s*;/.test(gap)) return j;
  }
  return -1;
}

/** The last of the parts from k that, joined by their `&` or `and`, name a firm (`Fine & Ocampo LLP`); -1 when none does. */
function firmEnd(text: string, parts: readonly Span[], k: number): number {
  for (let j = k; j < parts.length && j < k + 3; j++) {
    if (j > k && !/^\s+(?:and|&)\s+$/i.test(text.slice(parts[j - 1].end, parts[j].start))) return -1;
    // (a bracket after the firm, `Cole & Rivera LLP (for the audit)`, is what is said of the person)
    if (looksLikeFirm(beforeBracket(text.slice(parts[j].start, parts[j].end)))) return j;
  }
  return -1;
}

/**
 * The part after a person's comma as a fact about the attendance (`for items 5.0–6.0`, `minutes`); a post
 * with its fact in brackets after it (`Medical Director (from 24/26)`) is a role, the bracket its qualifier.
 */
function factAfterComma(whole: string): ReturnType<typeof readQualifier> {
  const t = whole.slice(clauseLead(whole));
  const bare = withoutEndBracket(t);
  return bare.length > 0 && bare.length < t.length && /^\p{Lu}/u.test(bare) && !readQualifier(bare) ? undefined : readQualifier(t);
}

/**
 * The words that open a clause said of the one before (`who joined by video`, `who was unwell`, `which
 * trustees accepted`, `being on leave`): their length, the fact itself after them; 0 when none.
 */
function clauseLead(t: string): number {
  return /^(?:[Ww]h(?:o|ich)\s+(?:(?:was|were|is|had\s+been|had|has)\s+|(?:the\s+)?\p{Ll}+\s+(?=\p{Ll}+$))?|[Bb]eing\s+)?/u.exec(t)![0].length;
}

/** The person with `part` as their governor's category or a qualifier, when it is one; undefined otherwise. */
function detailAfterComma(text: string, p: PersonMatch, whole: Span): PersonMatch | undefined {
  // (`Hannah Grey (HG), who joined by video;`: the fact after the clause's opening words)
  const part = { start: whole.start + clauseLead(text.slice(whole.start, whole.end)), end: whole.end };
  const t = text.slice(part.start, part.end);
  if (!p.category && isGovernorCategory(t)) return { ...p, end: part.end, category: part };
  const q = factAfterComma(t);
  if (!q || q.kind === 'chair') return undefined;
  return { ...p, end: part.end, qualifiers: [...p.qualifiers, { kind: q.kind, start: part.start, end: part.end, ...(q.value !== undefined ? { value: q.value } : {}) }] };
}

/** A firm's or body's letters (`KPMG`, `BDO`, `PwC`, `EY`): capitals, at most a small letter between them. */
const BODY_LETTERS = /^\p{Lu}(?:\p{Lu}|&|\p{Ll}(?=\p{Lu})){1,5}$/u;

/**
 * The person whose post `part` follows with the body they come from (`Audit Director, KPMG (item 3 only)`, `Partner,
 * Grant Thornton UK LLP`): letters the list does not go on writing people by (no part after it is letters alone, and
 * two letters only with a bracket after them, as initials seldom have), or a body's words.
 */
function bodyAfterRole(text: string, p: PersonMatch, part: Span, after: readonly Span[]): PersonMatch | undefined {
  const t = text.slice(part.start, part.end);
  const bracket = t.search(/[([]/);
  const words = (bracket < 0 ? t : t.slice(0, bracket)).trimEnd();
  if (words.length === 0 || words.length > 80) return undefined;
  // `Jo Reid (Licensing Manager), Sam Ward (Solicitor)`: after a post written in brackets, a part with its own bracket
  // is the next person written the same way (a surname may be a body's word: `Ward`), not the body the first came from
  if (bracket >= 0 && p.role && /[([][ \t]*$/.test(text.slice(p.name.end, p.role.start))) return undefined;
  const letters = BODY_LETTERS.test(words);
  if (letters && (words.length < 3 && bracket < 0 || after.some((s) => BODY_LETTERS.test(beforeBracket(text.slice(s.start, s.end)))))) return undefined;
  // (`Chair, Foundation`: a school's kind of governor is their category, detailAfterComma's)
  if (!letters && (!looksLikeBody(words) || isGovernorCategory(words))) return undefined;
  const org = { start: part.start, end: part.start + words.length };
  const rest = withDetails(text, { ...p, role: undefined }, { start: org.end, end: part.end });
  return { ...rest, role: p.role, org };
}

/** The person with the role (and the brackets after it, qualifiers) that `part` writes after them. */
function withDetails(text: string, p: PersonMatch, part: Span): PersonMatch {
  const bracket = text.slice(part.start, part.end).search(/[([]/);
  let roleEnd = bracket < 0 ? part.end : part.start + bracket;
  while (roleEnd > part.start && /\s/.test(text[roleEnd - 1])) roleEnd--;
  const qualifiers: Qualifier[] = [...p.qualifiers];
  let category = p.category;
  for (const m of text.slice(roleEnd, part.end).matchAll(/[([]([^()[\]]*)[)\]]/g)) {
    const start = roleEnd + m.index + 1;
    // `Chair [MAT]`: a membership code after the role is the person's category, as after the name
    if (!category && looksLikeCode(m[1])) { category = { start, end: start + m[1].length }; continue; }
    const q = readQualifier(m[1]);
    qualifiers.push({ kind: q?.kind ?? 'note', start, end: start + m[1].length, ...(q?.value !== undefined ? { value: q.value } : {}) });
  }
  return { ...p, end: part.end, ...(roleEnd > part.start ? { role: { start: part.start, end: roleEnd } } : {}), ...(category ? { category } : {}), qualifiers };
}

/** The words that open apologies in prose, up to the names (`Apologies for absence were received from `); `No` captured. */
const APOLOGY_LEAD = String.raw`(?:(No\s+)?(?:apologies|(?:an\s+)?apology)(?:\s+for\s+(?:absence|lateness))?\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?(?:received|given|noted|tendered|submitted|accepted)(?:\s+and\s+(?:accepted|noted|approved|recorded))?\s+from|apologies\s+(?:for\s+absence\s+)?from)\s*:?\s*`;
const APOLOGIES = new RegExp(String.raw`(?=[an])(?:^|(?<=[.;:]\s+)|(?<=^[ \t]+))` + APOLOGY_LEAD, 'gi');
/** APOLOGY_LEAD where a list's label leaves off (`APOLOGIES:  Apologies for absence were received from Councillors …`). */
const LEAD_AT = new RegExp(APOLOGY_LEAD, 'iy');

/** Whether the prose's opening words stand at `from`. */
function opensApologyProse(text: string, from: number): boolean {
  LEAD_AT.lastIndex = from;
  return LEAD_AT.test(text);
}

/**
 * Apologies in prose: "Apologies were received from Cllr L Whitty (work commitment).",
 * "Apologies for absence were received from Cllr X and Cllr Y", "No apologies were received
 * from Mrs B (PG) – absence not consented" (kind `absent`). One match a sentence.
 */
export function matchApologiesProse(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  try {
    // a council's resolution on the apologies (`That the apology received from Cr A Roe be accepted.`) names them as the prose does
    const moved = /\bthat\b/i.test(text) && /apolog/i.test(text) ? [...text.matchAll(RESOLVED_APOLOGY)].map((m) => ({ index: m.index, 0: m[0], 1: undefined as string | undefined, resolved: true })) : [];
    for (const m of [...[...text.matchAll(APOLOGIES)].map((m) => ({ index: m.index, 0: m[0], 1: m[1], resolved: false })), ...moved]) {
      const from = m.index + m[0].length;
      const stop = sentenceEnd(text, from);
      const end = m.resolved ? resolutionVerb(text, from, stop) : proseVerb(text, from, stop);
      const people: PersonMatch[] = [];
      const others: Span[] = [];
      // `from Councillors A, B and C`: the title written once holds for the names after it, up to a `from` said again
      let shared: string | undefined;
      for (const part of splitList(text, from, end)) {
        // `… from Cllr A (Borough Council) and from the Honorary Alderman B`: the word said again before the next name
        const again = people.length > 0 ? /^from\s+(?:the\s+(?=\p{Lu}))?/iu.exec(text.slice(part.start, part.end)) : null;
        if (again) shared = undefined;
        let s = again ? part.start + again[0].length : part.start;
        const plural = PLURAL_TITLE.exec(text.slice(s, part.end));
        if (plural) {
          s += plural[0].length;
          shared = pluralTitle(plural[0]);
        }
        // `… from Councillor A (Abbey Ward), who was unwell, and from …`: the reason after the name is that one's qualifier
        const last = people[people.length - 1];
        const reason = last && !again && /^\p{Ll}/u.test(text.slice(part.start, part.start + 1)) ? reasonAfter(text, part) : undefined;
        if (last && reason) {
          people[people.length - 1] = { ...last, end: part.end, qualifiers: [...last.qualifiers, reason] };
          continue;
        }
        const p = readPerson(text, s, part.end);
        if (p) people.push(shared ? { ...p, sharedTitle: shared } : p);
        else others.push(part);
      }
      if (people.length === 0 || people.length < others.length) continue;
      const label = { start: m.index, end: from };
      out.push({ kind: m[1] ? 'absent' : 'apologies', label, people, others });
    }
    if (SENT.test(text)) out.push(...sentApologies(text));
    if (NOT_SENT_WORDS.test(text)) out.push(...sentNoApologies(text));
  } catch {
    return out;
  }
  return out;
}

/** The opening of a resolution on the apologies, up to the names (`That the apologies for absence received from `, `That the apology of `). */
const RESOLVED_APOLOGY = /\bthat[ \t]+(?:the[ \t]+)?apolog(?:y|ies)(?:[ \t]+for[ \t]+(?:absence|lateness))?(?:[ \t]+(?:received|tendered|submitted|lodged))?[ \t]+(?:from|of)[ \t]+/gi;

/**
 * Where the names of a resolution on the apologies end: before what the council does with them (`be accepted`,
 * `be received and sustained`) and the reason said of them all (`for absence`); the sentence's end without it.
 */
function resolutionVerb(text: string, from: number, stop: number): number {
  const verb = /\b(?:be|are|is)[ \t]+(?:accepted|received|sustained|noted|approved|granted|recorded)\b/i.exec(text.slice(from, stop));
  if (!verb) return stop;
  const before = text.slice(from, from + verb.index).trimEnd();
  const reason = /\bfor[ \t]+(?:absence|lateness|leave(?:[ \t]+of[ \t]+absence)?)$/i.exec(before);
  return from + (reason ? before.slice(0, reason.index).trimEnd().length : before.length);
}

/**
 * Where the names of `Apologies from …` end when the sentence's verb follows them (`Apologies from Mrs Yeardley (work
 * commitment) were received and accepted.`): before the verb; the sentence's end without one.
 */
function proseVerb(text: string, from: number, stop: number): number {
  const words = text.slice(from, stop);
  const verb = PROSE_VERB.exec(words);
  if (!verb) return stop;
  // (only the sentence's own verb: not one inside a bracket, `(holiday; apology was accepted)`, nor a clause's after
  // `who`, nor after a `;` that starts a sentence of its own, `; Cllr Lee was noted as absent`)
  const before = words.slice(0, verb.index);
  let depth = 0;
  for (let k = 0; k < before.length; k++) { const c = before.charCodeAt(k); if (c === 0x28) depth++; else if (c === 0x29 && depth > 0) depth--; }
  if (depth > 0 || before.includes(';') || /\bwho(?:se|m)?\b/i.test(before)) return stop;
  let end = from + verb.index;
  while (end > from && isBlankUnit(text.charCodeAt(end - 1))) end--;
  return end;
}
/** The verb of `Apologies from … were received` (its first word anchored at a word's start: no run of blanks is tried from each blank). */
const PROSE_VERB = /\b(?:were|was|had[ \t]+been|have[ \t]+been|has[ \t]+been)[ \t]+(?:received|accepted|noted|given|tendered|submitted|approved|recorded)\b/i;

/** A reason for an apology written after the name as a clause of its own (`who was unwell`, `on holiday`): a qualifier, or undefined. */
function reasonAfter(text: string, part: Span): Qualifier | undefined {
  const lead = clauseLead(text.slice(part.start, part.end));
  const q = readQualifier(text.slice(part.start + lead, part.end));
  // (`which trustees accepted`: the board's answer to the apology, a fact of it too)
  return q && (q.kind === 'note' || q.kind === 'excused' || q.kind === 'consented' || q.kind === 'notConsented') ? { kind: q.kind, start: part.start + lead, end: part.end, ...(q.value !== undefined ? { value: q.value } : {}) } : undefined;
}

const APOLOGIES_LEAD = new RegExp(APOLOGIES.source, 'i');

/**
 * A line that is the lead of a list of apologies and nothing else, its names in bullets under it
 * (`Apologies for absence were received from:` ⏎ `•⇥Councillor A Nwosu;` ⏎ `•⇥Councillor B Lyall; and`):
 * the lead's span; undefined for any other line.
 */
export function matchApologiesLead(text: string): { readonly label: Span; readonly kind: BlockKind } | undefined {
  const m = APOLOGIES_LEAD.exec(text);
  if (!m || text.slice(0, m.index).trim() !== '' || text.slice(m.index + m[0].length).trim() !== '' || !m[0].includes(':')) return undefined;
  return { label: { start: m.index, end: m.index + m[0].trimEnd().length }, kind: m[1] ? 'absent' : 'apologies' };
}

/**
 * Where a bullet's person ends: before the blanks, the `;` or `,` (with an `and` or `or` after blanks) or the full stop, and
 * the blanks, that close it. Read back from the end by the characters (the pattern it replaces, two runs of blanks about an
 * optional mark, tried a long run of them from each of its blanks).
 */
function bulletEnd(t: string): number {
  const blankAt = (k: number): boolean => t.charCodeAt(k) === 0x20 || t.charCodeAt(k) === 0x09;
  let e = t.length;
  while (e > 0 && blankAt(e - 1)) e--;
  const word = t.endsWith('and', e) ? 3 : t.endsWith('or', e) ? 2 : 0;
  let k = e - word;
  while (word > 0 && k > 0 && blankAt(k - 1)) k--;
  const mark = (c: number): boolean => c === 0x3b || c === 0x2c;
  if (word > 0 && k < e - word && k > 0 && mark(t.charCodeAt(k - 1))) e = k - 1;
  else if (e > 0 && (mark(t.charCodeAt(e - 1)) || t.charCodeAt(e - 1) === 0x2e)) e--;
  while (e > 0 && blankAt(e - 1)) e--;
  return e;
}

/**
 * A bullet of such a list (its mark, if the line still holds it): the person, without the `;`, `; and`
 * or full stop that joins the bullets into a sentence.
 */
export function matchListBullet(line: string): PersonMatch | undefined {
  const m = /^[ \t]*(?:[•·▪◦*-][ \t]+)?/.exec(line)!;
  const end = Math.max(m[0].length, bulletEnd(line));
  const p = readPerson(line, m[0].length, end);
  return p && p.end >= end - 1 ? p : undefined;
}

/**
 * Leave of absence sought for this meeting, as New South Wales councils minute an apology (`Councillor B Lorimer had
 * sought leave of absence for this meeting`); leave for other meetings is none.
 */
const LEAVE_SOUGHT = String.raw`(?:sought|requested|applied\s+for)\s+leave\s+of\s+absence\s+for\s+(?:this|the|tonight['’]s|today['’]s)\s+meeting\b`;
/** The verb of apologies told with the member first: the cheap test before the clause is looked for. */
const SENT = new RegExp(String.raw`\b(?:sent|given|gave|tendered|offered)\s+(?:(?:his|her|their)\s+)?apolog|\b${LEAVE_SOUGHT}`, 'i');
/** `had sent apologies`, `has sent her apologies`, `sent apologies for absence`, `gave apologies (work)`; never `had not sent`, nor apologies for the next meeting. */
const SENT_APOLOGIES = new RegExp(String.raw`(?<!\s)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?(?:(?:sent|given|gave|tendered|offered)\s+(?:(?:his|her|their)\s+)?apolog(?:y|ies)(?!\s+for\s+(?:the\s+)?(?:next|following|future|coming)\b)(?:\s+for\s+(?:absence|this\s+meeting|the\s+meeting))?|${LEAVE_SOUGHT})(?:\s*\(([^()]{1,60})\))?`, 'gi');

/** Where the clause that ends at `at` starts: after the last `.`, `;` or `:` before it (200 characters back at most), its blanks skipped. */
function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[.;:]/.test(text[start - 1]) && at - start < 200) start--;
  while (start < at && /\s/.test(text[start])) start++;
  return start;
}

/**
 * "Cllr N Dunsford had sent apologies (holiday)", "Mr A Roe sent his apologies for absence": the
 * members named before the verb, back to the start of their clause, each one a name; the bracket
 * after it is the reason, a qualifier of each.
 */
function sentApologies(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  for (const m of text.matchAll(SENT_APOLOGIES)) {
    const start = clauseStart(text, m.index);
    const parts = splitList(text, start, m.index);
    const people = parts.map((s) => readPerson(text, s.start, s.end)).filter((p): p is PersonMatch => p !== undefined && p.role === undefined);
    if (people.length !== parts.length || people.length === 0) continue;
    let reason: Qualifier | undefined;
    if (m[1] !== undefined) {
      const rs = m.index + m[0].lastIndexOf(m[1]);
      const q = readQualifier(m[1]);
      reason = { kind: q?.kind ?? 'note', start: rs, end: rs + m[1].length, ...(q?.value !== undefined ? { value: q.value } : {}) };
    }
    const label = { start: m.index + m[0].length - m[0].trimStart().length, end: m.index + m[0].length };
    out.push({ kind: 'apologies', label, people: reason ? people.map((p) => ({ ...p, qualifiers: [...p.qualifiers, reason] })) : people, others: [] });
  }
  return out;
}

/** `had not sent apologies`, `did not send an apology`, `sent no apologies`: absent, no apology made. */
const NOT_SENT = /(?<!\s)\s+(?:(?:had|has|have)\s+not\s+(?:sent|given|tendered|offered)|did\s+not\s+(?:send|give|tender|offer)|(?:sent|gave|tendered|offered)\s+no)\s+(?:(?:any|an|his|her|their)\s+)?apolog(?:y|ies)(?:\s+for\s+(?:absence|this\s+meeting|the\s+meeting))?/gi;
/** What follows `had not sent apologies` when the member was no absentee of this meeting. */
const OTHER_THAN_ABSENT = /^[ \t]*(?:for[ \t]+(?:the[ \t]+)?(?:last|previous|next|following|earlier|september|october|november|december|january|february|march|april|may|june|july|august)\b|,?[ \t]*but[ \t]+(?:arrived|attended|joined|came|was[ \t]+present))/i;
/** NOT_SENT's words, its first test. */
const NOT_SENT_WORDS = /\b(?:not\s+(?:sent|given|tendered|offered|send|give|tender|offer)|(?:sent|gave|tendered|offered)\s+no)\s+(?:(?:any|an|his|her|their)\s+)?apolog/i;
/** What the board said of such an absence after the words (`; his absence was not consented`, `and the absence was not approved`). */
const ABSENCE_SAID = /^[ \t]*(?:;|,?[ \t]+and)[ \t]+(?:(?:his|her|their|the)[ \t]+)?(absence[ \t]+(?:was[ \t]+|is[ \t]+|has[ \t]+been[ \t]+)?(?:not[ \t]+)?(?:consented|approved|sanctioned|authorised|authorized|accepted))\b/i;

/**
 * `Mr Tariq Hussain (TH), Parent Governor, had not sent apologies; his absence was not consented.`: absent, the board's word on
 * the absence its qualifier; a post after a name's comma is the name's (no person of its own).
 */
function sentNoApologies(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  for (const m of text.matchAll(NOT_SENT)) {
    // (of another meeting, `… for the last meeting`, or one who came all the same, `… but arrived at 6.20pm`: no absence of this one)
    if (OTHER_THAN_ABSENT.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const start = clauseStart(text, m.index);
    const people: PersonMatch[] = [];
    for (const s of splitList(text, start, m.index)) {
      const p = readPerson(text, s.start, s.end);
      if (p && p.role === undefined && !POST_ONLY.test(text.slice(s.start, s.end))) { people.push(p); continue; }
      // (a post after the name it follows, `…, Parent Governor,`: the name's)
      if (people.length === 0 || !POST_ONLY.test(text.slice(s.start, s.end))) { people.length = 0; break; }
    }
    if (people.length === 0) continue;
    const end = m.index + m[0].length;
    const said = ABSENCE_SAID.exec(text.slice(end));
    let q: Qualifier = { kind: 'notConsented', start: m.index + m[0].length - m[0].trimStart().length, end };
    if (said) {
      const at = end + said[0].length - said[1].length;
      const r = readQualifier(said[1].replace(/\b(?:was|is|has[ \t]+been)[ \t]+/i, ''));
      q = { kind: r?.kind ?? 'note', start: at, end: at + said[1].length, ...(r?.value !== undefined ? { value: r.value } : {}) };
    }
    const label = { start: m.index + m[0].length - m[0].trimStart().length, end };
    out.push({ kind: 'absent', label, people: people.map((p) => ({ ...p, qualifiers: [...p.qualifiers, q] })), others: [] });
  }
  return out;
}
/** A post or a governor's category alone, in capitals (`Parent Governor`, `Co-opted Governor`, `Staff Trustee`): no name. */
const POST_ONLY = /^\s*(?:(?:Local[ \t]+Authority|LA|Foundation|Parent|Staff|Co-opted|Associate|Partnership|Trust|Elected|Appointed|Ex[ \t-]officio|Community|Sponsor|Trust-appointed|Lay|Independent|Student|Academic|Staff-elected)[ \t]+)?(?:Governor|Trustee|Member|Director|Councillor)s?\s*$/;

/** `Roll call:`, `Upon roll call,`, `Roll call was taken:` before what the roll call found. */
const ROLL_CALL = /^\s*(?:(?:upon|on|at)\s+)?roll\s*call(?:\s+was\s+taken)?(?:\s+(?:vote|of\s+members))?\s*[:,.–—-]?\s*/i;
/** A clause that ends with the answer (`Ostrowski, Delgado and Liu present`, `Member Bell was absent (excused)`). */
const ANSWER_AFTER = /(?<![\s,–—-])[\s,–—-]+(?:(?:was|were)\s+(?:also\s+)?)?(present|absent)(?:\s*\(([^()]{1,40})\))?\s*$/i;
/** ANSWER_AFTER's `also` (`… were also present`). */
const ALSO = /\balso\s/i;
/** A clause that starts with it (`The following members were present:`, `Present were …`, `Members answering present:`). */
const ANSWER_BEFORE = /^\s*(?:the\s+following\s+)?(?:(?:board\s+|council\s+)?(?:members?|trustees|directors|commissioners|councillors|council\s*members|supervisors)\s+)?(?:(?:were|was)\s+|answering\s+|answered\s+)?(present|absent)(?:\s+(?:were|was))?\s*[:,–—-]?\s+(?=\S)/i;

/**
 * What a roll call found, written in a sentence (family 8): `Roll call: Present: A, B. Absent: C.`,
 * `Roll call: President Ostrowski, Members Reyes and Liu present; Member Bell absent (excused).`,
 * `Upon roll call the following members were present: A, B and C.`, one member a line
 * (`Mr. Allen⇥Present`). Each clause is a list of the kind its word names (`label` the word, or the
 * clause's label); a clause that is not all people is left out.
 */
export function matchRollCall(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  // each clause asks for its sentence's end again: a roll call is a line or two, never pages
  if (text.length > 2000) return out;
  try {
    const lead = ROLL_CALL.exec(text);
    let at = lead ? lead[0].length : 0;
    while (at < text.length) {
      const end = clauseEnd(text, at);
      const list = rollClause(text, at, end);
      if (list) out.push(list);
      at = end + 1;
    }
  } catch {
    return out;
  }
  return out;
}

/** Where the clause at `a` ends: its sentence's end, or a `;` outside brackets before it. */
function clauseEnd(text: string, a: number): number {
  const end = sentenceEnd(text, a);
  const semi = topLevelSemicolon(text, a, end);
  return semi >= 0 ? semi : end;
}

function rollClause(text: string, a: number, b: number): PeopleListMatch | undefined {
  const clause = text.slice(a, b);
  if (clause.trim().length === 0) return undefined;
  const labelled = matchInlineList(text, a, b);
  if (labelled?.kind === 'present' || labelled?.kind === 'absent') return labelled;
  const before = ANSWER_BEFORE.exec(clause);
  if (before) return rollNames(text, a + before[0].length, b, before[1], { start: a + before[0].length - before[0].trimStart().length, end: a + before[0].trimEnd().length });
  const after = ANSWER_AFTER.exec(clause);
  if (!after) return undefined;
  const word = a + after.index + after[0].search(/present|absent/i);
  const qualifier = after[2] !== undefined ? a + after.index + after[0].lastIndexOf(after[2]) : -1;
  const named = rollNames(text, a, a + after.index, after[1], { start: word, end: word + after[1].length });
  // `City Manager A, City Attorney B and City Clerk C were also present`: the staff beside the members, in attendance
  const list = named && named.kind === 'present' && ALSO.test(after[0]) ? { ...named, kind: 'inAttendance' as const } : named;
  if (!list || qualifier < 0) return list;
  // `Member Bell absent (excused)`: the bracket is said of every name before it
  const q = readQualifier(after[2]);
  const note: Qualifier = { kind: q?.kind ?? 'note', start: qualifier, end: qualifier + after[2].length, ...(q?.value !== undefined ? { value: q.value } : {}) };
  return { ...list, people: list.people.map((p) => ({ ...p, qualifiers: [...p.qualifiers, note] })) };
}

/** The names of [a, b) as a list of the kind `word` names; undefined unless every part is a person. */
function rollNames(text: string, a: number, b: number, word: string, label: Span): PeopleListMatch | undefined {
  const people: PersonMatch[] = [];
  let shared: string | undefined;
  for (const part of splitList(text, a, b)) {
    let s = part.start;
    const plural = PLURAL_TITLE.exec(text.slice(s, part.end));
    if (plural) {
      s += plural[0].length;
      shared = pluralTitle(plural[0]);
    }
    const p = readPerson(text, s, part.end);
    // a name, the office before it (`President Ostrowski`) and what a clerk writes beside one (`(excused)`), nothing
    // after it: a sentence is no roll call
    if (!p || p.end < part.end - 1 || p.org || p.role && p.role.start >= p.name.start) return undefined;
    people.push(shared ? { ...p, sharedTitle: shared } : p);
  }
  if (people.length === 0) return undefined;
  return { kind: /^present$/i.test(word) ? 'present' : 'absent', label, people, others: [] };
}

/**
 * The gap between a member and their answer in an attendance grid's column, spaces or a tab as a PDF
 * keeps the columns, or dotted leaders (`Chair Dolores Whitcomb ........ Present`); then the answer:
 * a word of the lists, or the member they stood in for (`Substitute for Cllr Jennings`), and what the
 * cell adds in brackets (`Present (from minute 25/50)`, `Absent (excused)`).
 */
const ANSWER_COLUMN = /(?:[ ]{2,}|\t|[ \t]*(?:\.{3,}|…+)[ \t]*)(?:(present|absent|apologies(?:[ \t]+received)?)|(substitute[ \t]+for[ \t]+[^\s()][^()\t]{1,60}?))(?:[ \t]*\(([^()]{1,60})\))?[ \t]*$/i;

/**
 * One member a line with their answer in a column (family 1's grid printed to PDF, family 8's roll
 * call with dotted leaders): `Councillor A Smith (Chair)        Present`, `Councillor B Jones   Apologies`,
 * `Councillor C Rudd     Substitute for Cllr Jones`, `Vice Chair D Lee ...... Absent (excused)`.
 * The member's name, office and role as a person line writes them; undefined for any other line.
 */
export function matchAnswerColumn(text: string): PeopleListMatch | undefined {
  // a grid's row is a short line; the gap's pattern, tried at each blank, costs the square of a long one
  if (text.length > 300) return undefined;
  const m = ANSWER_COLUMN.exec(text);
  if (!m) return undefined;
  const leaders = /^[ \t]*(?:\.{3,}|…+)/.test(m[0]);
  // a grid's name cell holds a name and a bracket; after a comma (`Mr T Lacey (TL), Parent Governor     Absent`)
  // the words across the gap are a second column's heading, not this member's answer
  if (!leaders && text.lastIndexOf(',', m.index) >= 0) return undefined;
  const p = readPerson(text, 0, m.index);
  if (!p || p.org || text.slice(p.end, m.index).trim() !== '') return undefined;
  const word = m.index + m[0].search(/\S/) + (leaders ? m[0].trimStart().search(/[A-Za-z]/) : 0);
  const answer = m[1] ?? m[2];
  const label = { start: word, end: word + answer.length };
  const notes: Qualifier[] = [];
  if (m[2] !== undefined) notes.push({ kind: 'substitute', start: label.start, end: label.end });
  if (m[3] !== undefined) {
    const at = m.index + m[0].lastIndexOf(m[3]);
    const q = readQualifier(m[3]);
    notes.push({ kind: q?.kind ?? 'note', start: at, end: at + m[3].length, ...(q?.value !== undefined ? { value: q.value } : {}) });
  }
  const kind = m[2] !== undefined ? 'present' : /^apolog/i.test(answer) ? 'apologies' : answer.toLowerCase() === 'absent' ? 'absent' : 'present';
  return { kind, label, people: [{ ...p, qualifiers: [...p.qualifiers, ...notes] }], others: [] };
}

const GUESTS = /^\s*(\d{1,2}|one|two|three|four|five|six)\s+(?:external\s+|invited\s+)?(?:guests?|visitors?)\s*[,:]\s*/i;
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * Guests counted and named in the attendance: "2 external guests, Alison Parker and Jim Skidmore,
 * the family of Lisa Skidmore." The names follow the count, up to what says who they are; as many
 * names as the count, or it is not read (`5 observers, including press, …` names nobody).
 */
export function matchNamedGuests(text: string): PeopleListMatch[] {
  const m = GUESTS.exec(text);
  if (!m) return [];
  const count = COUNTS[m[1].toLowerCase()] ?? Number(m[1]);
  const from = m[0].length;
  const end = sentenceEnd(text, from);
  const people: PersonMatch[] = [];
  const others: Span[] = [];
  for (const part of splitList(text, from, end)) {
    const p = people.length < count ? readPerson(text, part.start, part.end) : undefined;
    // a name, no role: `the family of …` after them is who they are
    if (p && p.role === undefined && /^\p{Lu}/u.test(text.slice(part.start))) people.push(p);
    else others.push(part);
  }
  if (people.length !== count) return [];
  return [{ kind: 'inAttendance', label: { start: 0, end: from }, people, others }];
}

/** The verb that tells a list in a sentence (`present were`, `In attendance was`), as a pattern's source: this file's lead, and the one recognisers/peopleForms.ts reads a list on by. */
export const PRESENT_VERB = String.raw`(?:[Pp]resent|[Ii]n\s+attendance)\s+(?:were|was)\b`;

/**
 * Those who came, listed in a sentence of the minute: `Also present were trustees Colin Dent (CD), Vice Chair;
 * Dr Maya Sen (MS); …`, `In attendance were Sandra Keane (SK), Chief Finance Officer; …`. The list after the
 * verb (a word in small letters before the first name says what they are, no name), read as a label's list is.
 */
const PRESENT_LEAD = new RegExp(String.raw`(?:^|(?<=[.;]\s+))(?:[Aa]lso\s+)?(${PRESENT_VERB})(?:\s+also)?(?:\s+(?:the\s+)?\p{Ll}+(?=\s+\p{Lu}))?\s*:?\s*`, 'gu');

/** What closes a sentence's list with those it counts rather than names: `, together with six members of the public`. */
const TOGETHER_WITH = /,?\s+(?:together|along)\s+with\s+(?:\w+\s+)?(?:members?\s+of\s+the\s+public|residents?|observers?|others?|press)\b/;

/** The verb alone (`present were`), the gate of PRESENT_LEAD: its lookbehind, tried at every character of a sentence, is the costly part. */
const PRESENT_VERB_GATE = new RegExp(PRESENT_VERB);

export function matchPresentProse(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  if (!PRESENT_VERB_GATE.test(text)) return out;
  for (const m of text.matchAll(PRESENT_LEAD)) {
    const from = m.index + m[0].length;
    // (`…, together with six members of the public.`: those counted, not named, end the list)
    const whole = sentenceEnd(text, from);
    const counted = TOGETHER_WITH.exec(text.slice(from, whole));
    const end = counted ? from + counted.index : whole;
    // (`In attendance was Eve Orr (EO), Clerk (minutes).`: one person, with what follows the name, in a sentence that ends
    // in the text: cut at the text's end, `In attendance were Sandra` ⏎ `Keane …` may name more)
    const one = end < text.length ? readPerson(text, from, end) : undefined;
    const list = matchInlineList(text, from, end) ?? (one && one.end >= end - 1 ? { people: [one], others: [] } : undefined);
    if (!list) continue;
    out.push({ kind: /^[Ii]n/.test(m[1]) ? 'inAttendance' : 'present', label: { start: m.index, end: from }, people: list.people, others: list.others });
  }
  return out;
}

/** What an officer does as their office (`opened`, `chaired`): as a pattern's source, for this file's OFFICE_OPENED and the gate of recognisers/peopleForms.ts that lets its sentences be read. */
export const OFFICE_ACT = String.raw`(?:opened|welcomed|chaired|presided|declared)\b`;
/** `The Chair, Ruth Abara (RA), opened the meeting`: the office first, the person who holds it between commas, then what they did as it. */
const OFFICE_OPENED = new RegExp(String.raw`(?:^|(?<=[.;]\s+))The\s+(\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,3}),\s+([^,.;()]{3,60}(?:\([^()]{1,10}\))?),\s+(?:who\s+)?${OFFICE_ACT}`, 'gu');

/** What the office did after the comma (`, opened`), the gate of OFFICE_OPENED: its lookbehind and names, tried at every character, are the costly part. */
const OFFICE_OPENED_GATE = new RegExp(String.raw`,\s+(?:who\s+)?${OFFICE_ACT}`);

/** The officer who opened or chaired the meeting, named after their office (`The Chair, A Roe (AR), opened the meeting`): present, with the office as their role. */
export function matchOfficeOpened(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  if (!OFFICE_OPENED_GATE.test(text)) return out;
  for (const m of text.matchAll(OFFICE_OPENED)) {
    if (!namesOffice(m[1])) continue;
    const r = m.index + m[0].indexOf(m[1]);
    const a = m.index + m[0].indexOf(m[2], r - m.index + m[1].length);
    const p = readPerson(text, a, a + m[2].length);
    if (!p || p.role || p.end < a + m[2].trimEnd().length) continue;
    const role = { start: r, end: r + m[1].length };
    out.push({ kind: 'present', label: role, people: [{ ...p, role }], others: [] });
  }
  return out;
}

/** "Cllr G Barraclough was absent", "Council Member Kowalczyk was absent (excused)", "Cllr B Tremlett was not present and no apology had been received". */
export function matchAbsenceProse(text: string): PeopleListMatch[] {
  const out: PeopleListMatch[] = [];
  // from each "was absent" back to the start of its clause: linear, whatever the length of the text
  // (`(?<!\s)`: from a run of blanks' start only; tried from each blank of a long run, the pattern took seconds)
  for (const m of text.matchAll(/(?<!\s)\s+(?:was|were)\s+(?:absent|not\s+present)\b/g)) {
    const start = clauseStart(text, m.index);
    const parts = splitList(text, start, m.index);
    let people = parts.map((s) => readPerson(text, s.start, s.end)).filter((p): p is PersonMatch => p !== undefined && p.role === undefined);
    if (people.length === parts.length && people.length > 0) {
      // `… was absent without apology`: what the clerk says of the absence is each one's qualifier
      const at = m.index + m[0].length;
      // (or in a bracket after the word: `was absent (excused)`, `were absent (unexcused)`)
      const why = /^\s+(without\s+(?:an?\s+)?apolog(?:y|ies)(?:\s+(?:being\s+)?(?:received|given|sent))?)\b|^[ \t]*\(([^()\n]{1,40})\)/i.exec(text.slice(at, at + 60));
      if (why && why[1] === undefined) why[1] = why[2];
      const q = why ? readQualifier(why[1]) : undefined;
      if (why && q) {
        const qs = at + why[0].lastIndexOf(why[1]);
        people = people.map((p) => ({ ...p, qualifiers: [...p.qualifiers, { kind: q.kind, start: qs, end: qs + why[1].length }] }));
      }
      out.push({ kind: 'absent', label: { start: m.index, end: m.index + m[0].length }, people, others: [] });
    }
  }
  return out;
}

// (a name starts a word: `(?<!…)` keeps the pattern from being tried at every capital of a long word, which took seconds)
const NAME = String.raw`(?<![\w'’-])((?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s+){0,4}[A-Z][\w'’-]*)`;
/** `attended`, `was in attendance`, `sat`: how a substitute's coming is told. */
const CAME = String.raw`\s+(?:attended|was\s+present|was\s+in\s+attendance|sat|acted)`;
/** `as substitute`, `as a substitute member`, `as the deputy`. */
const AS_SUBSTITUTE = String.raw`\s+as\s+(?:a\s+|the\s+)?(?:substitute|deputy)(?:\s+member)?`;
const SUBSTITUTE_VERB = String.raw`${CAME}(?:${AS_SUBSTITUTE})?\s+(?:for|in\s+place\s+of)\s+`;
const STOOD_IN_VERB = String.raw`\s+(?:substituted|substituting|deputised|deputized|deputising|deputizing|stood in)\s+for\s+`;
const REPRESENTED_VERB = String.raw`\s+(?:was|were)\s+(?:represented|substituted|replaced)\s+by\s+`;
/** The one who came, with their post in a bracket after the name (`Dr Aled Price (Associate Dean, Science and Engineering) attended in place of …`). */
// (or between commas, `Dr Oskar Nyman, Associate Dean, attended for …`: an office's words, matchSubstitution checks)
const NAME_POSTED = String.raw`(?<![\w'’-])((?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s+){0,4}[A-Z][\w'’-]*(?:[ \t]*\([^()\n]{1,80}\)|,[ \t]+[A-Z][\w'’ -]{1,60}(?=,))?),?`;
/** Each form: its verb alone followed by a capital (the gate), the whole form, and whether the substitute is named first. */
const SUBSTITUTIONS: ReadonlyArray<readonly [RegExp, RegExp, boolean]> = [
  // (each gate from a run of blanks' start only, `(?<!\s)`: tried from each blank of a long run, the gates took seconds)
  [new RegExp(`(?<!\\s)${SUBSTITUTE_VERB}[A-Z]`), new RegExp(`${NAME_POSTED}${SUBSTITUTE_VERB}${NAME}`, 'g'), true],
  [new RegExp(`(?<!\\s)${STOOD_IN_VERB}[A-Z]`), new RegExp(`${NAME_POSTED}${STOOD_IN_VERB}${NAME}`, 'g'), true],
  [new RegExp(`(?<!\\s)${REPRESENTED_VERB}[A-Z]`), new RegExp(`${NAME}${REPRESENTED_VERB}${NAME}`, 'g'), false],
];

export interface SubstitutionMatch {
  /** Who came. */
  readonly substitute: Span;
  /** For whom. */
  readonly for: Span;
}

/**
 * "Councillor H. Rowe attended as substitute for Councillor Ferris", "LS attended for DP",
 * "X deputised for Y", "Y was represented by X".
 */
export function matchSubstitution(text: string): SubstitutionMatch[] {
  const out: SubstitutionMatch[] = [];
  for (const [gate, re, forward] of SUBSTITUTIONS) {
    // the verb and what follows it, without the names: a text without them cannot match (and the
    // names' pattern, tried at every capital, is the costly part)
    if (!gate.test(text)) continue;
    for (const m of text.matchAll(re)) {
      const first = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length };
      const at2 = m.index + m[0].lastIndexOf(m[2]);
      const second = { start: at2, end: at2 + m[2].length };
      if (!readPerson(text, first.start, first.end) || !readPerson(text, second.start, second.end)) continue;
      // (a post between commas names an office, never a second name: `Ann Roe, Ben Lee, attended for …` is no one's post)
      const comma = forward ? text.indexOf(',', first.start) : -1;
      if (comma >= 0 && comma < first.end && text.lastIndexOf('(', comma) < first.start && (!namesOffice(text.slice(comma + 1, first.end)) || officeMayBeName(text.slice(comma + 1, first.end)))) continue;
      out.push(forward ? { substitute: first, for: second } : { substitute: second, for: first });
    }
  }
  return out;
}

const ALONE_GATE = new RegExp(`(?<!\\s)${CAME}${AS_SUBSTITUTE}\\b(?!\\s+(?:for|in\\s+place\\s+of)\\b)`);
const ALONE = new RegExp(`${NAME}${CAME}${AS_SUBSTITUTE}\\b(?!\\s+(?:for|in\\s+place\\s+of)\\b)`, 'g');
/** `Councillor Joy Teale substituted.`: the verb alone closing its clause (with `for Y`, matchSubstitution's `STOOD_IN_VERB`). */
const SUBSTITUTED = String.raw`\s+(substitute)d(?=\s*(?:[.;,]|$))`;
const SUBSTITUTED_GATE = new RegExp(`(?<!\\s)${SUBSTITUTED}`);
const SUBSTITUTED_ALONE = new RegExp(`${NAME}${SUBSTITUTED}`, 'g');

export interface SubstituteAloneMatch {
  /** Who came. */
  readonly substitute: Span;
  /** The word that says so (`substitute`, `deputy`): the qualifier the reader writes. */
  readonly as: Span;
}

/**
 * A substitute named without the member they stand in for: "Councillor Sean Lyle attended as
 * substitute.", "Cllr Ames was present as a substitute member.", "Councillor Joy Teale substituted."
 * (with `for Y`, matchSubstitution).
 */
export function matchSubstituteAlone(text: string): SubstituteAloneMatch[] {
  const out: SubstituteAloneMatch[] = [];
  // the verb and its words first, without the names: the names' pattern is the costly part
  if (SUBSTITUTED_GATE.test(text)) for (const m of text.matchAll(SUBSTITUTED_ALONE)) {
    const first = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length };
    if (!readPerson(text, first.start, first.end)) continue;
    // (the word the reader writes is the substitute's: `substitute` of `substituted`)
    const at = m.index + m[0].length - m[2].length - 1;
    out.push({ substitute: first, as: { start: at, end: at + m[2].length } });
  }
  if (!ALONE_GATE.test(text)) return out;
  for (const m of text.matchAll(ALONE)) {
    const first = { start: m.index + m[0].indexOf(m[1]), end: m.index + m[0].indexOf(m[1]) + m[1].length };
    if (!readPerson(text, first.start, first.end)) continue;
    const word = /\b(?:substitute|deputy)\b/.exec(m[0].slice(first.end - m.index))!;
    const at = first.end + word.index;
    out.push({ substitute: first, as: { start: at, end: at + word[0].length } });
  }
  return out;
}

/** Reads a free phrase after a name as a qualifier (re-exported for recognisers that meet one alone). */
export { readQualifier };
