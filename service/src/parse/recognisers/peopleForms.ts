/**
 * People blocks in the forms other boards write them (forms/block.ts reads them): a flattened
 * table, bullets with `@handles`, names in columns, a comma-separated list, one person a line with
 * qualifiers, a council in a second column, a bracket wrapped onto the next line, a category legend
 * after the list; and lists written on the heading's line (`Present: Cllr A (Chair), Cllr B and
 * Cllr C.`). Each person becomes a model `Person` with exact ranges and the facts written beside
 * the name (title, organisation, category, qualifiers) kept apart from the name and the role.
 *
 * Our own `Name : Role` lines never come here: a block whose first line is one is read line by
 * line as before (peopleBlocks.ts), so the markup and the corpus read exactly as they did.
 */
import type { TickedRoll } from '../../forms/attendanceCells';
import { labelWay, LABEL_BRACKET, matchWrappedLabel, isMinutesLabel, observersHeading, forItemQualifier, forThisItem, remoteInLabel, isGovernorCategory, NATION, isObserversLabel, labelKind, pluralTitle, looksLikeBody, looksLikeFirm, ROLE_WORD, namesOffice, matchLineLabel, trailingMark, splitList, matchGridHeader, matchGridKey, matchCellLegend, readGridRow, isIdentifierLine, NOMINEE_OFFICE, readGridWrap, readSpacedWrap, tabCells, markKind, type GridRow, type GridWrap, type GridHeader, type KeyMeaning, matchBlockHeading, matchGroupHeading, matchAbsenceProse, sentenceEnd, matchApologiesProse, matchPresentProse, matchOfficeOpened, PRESENT_VERB, OFFICE_ACT, matchInlineList, matchLegend, matchRollCall, matchAnswerColumn, matchApologiesLead, matchListBullet, matchMarkLegend, matchMarkKey, matchNamedGuests, matchPeopleBlock, QUORUM_NOTE, endsPeopleList, matchSubstitution, secondColumnAt, matchListNote, matchSubstituteAlone, officeOpening, opensPluralRun, readPerson, readQualifier, shiftPerson, type MarkLegend, type PeopleBlockMatch, type PeopleListMatch, type PersonMatch, type Qualifier, type QualifierKind, type Span } from '../../forms';
import { holdsNamesHeading, mayHeadGrid } from '../../forms/grid';
import { matchRoleHeading } from '../../forms/headings';
import { isOfficeTitle, naturalOrder, officeBeforeTitle, opensWithOffice, parseAttendanceLine, parseName, splitNameRun, stripTitles } from '../../people';
import type { BlockKind } from '../../markup';
import type { Item, PeopleBlock, Person, PersonQualifier } from '../../model';
import type { PeopleBlockBuilder, PersonBuilder } from '../builders';
import type { Range } from '../../types';
import { col, type Segment } from '../../text';
import { joinLines } from '../../forms/hyphenation';
import { C_REGISTER } from '../content/keywords';
import { parseNote, type ParseState } from '../state';
import { join, paragraphRange, pieceAt, readForward, segIndex, type Paragraph } from '../content/paragraphs';
import { matchCategoryGroups } from '../../forms/categoryGroups';
import { isBlankUnit } from '../../unitClass';
import { keepsLastAnswers, lastAnswer } from '../../forms/lastAnswer';
import { wikiEditAt } from '../../forms/debris';
import { isColumnHeader } from '../../forms/meetingHeading';
import { startsItem } from './numberedItems';
import { matchArrivals } from '../../arrivals';
import { surnameKey } from '../layout';

/** How far under a heading a block is looked for: a list longer than this is read in pieces. */
const WINDOW = 60;
/** How far under a marked member the key to the mark is looked for: past the other lists of the attendance. */
const KEY_REACH = 24;

/** The titles written before a name (`Cllr`, `Dr`, `Borough Cllr`): what `parseName` leaves out. */
export function titleOf(written: string): string | undefined {
  // (`ASHWORTH, Professor Jane`: the title after a surname printed first, people.ts naturalOrder)
  const w = naturalOrder(written.replace(/_/g, ' ').trim());
  return titleBefore(w, stripTitles(w));
}

/**
 * A member's title in a run under a plural one (`Cllrs D Okafor, Mrs J Pryce-Evans`): the run's, and a courtesy title
 * printed inside the run after it (`Cllr Mrs`, as `Cllr Mrs R Khatun` on a line of her own); any other title of the
 * member's own stands alone.
 */
function withSharedTitle(own: string | undefined, shared: string | undefined): string | undefined {
  if (shared === undefined || own === undefined) return own ?? shared;
  return COURTESY.test(own) && !COURTESY.test(shared) ? `${shared} ${own}` : own;
}
const COURTESY = /^(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof)\.?$/;

/** The titles of `w` (a name as written, underscores as spaces, trimmed) before `rest`, what `stripTitles` left of it. */
export function titleBefore(w: string, rest: string): string | undefined {
  const at = rest.length > 0 ? w.lastIndexOf(rest) : -1;
  const t = at > 0 ? w.slice(0, at).trim() : '';
  return t.length > 0 ? t : undefined;
}

/**
 * The body a `Name : Role` line names after its role (`Chief Executive, OPCC`) or as its whole role
 * (`Birmingham & Solihull Women's Aid`): kept as the person's organisation, the role as written.
 */
export function organisationOf(role: string): string | undefined {
  // what follows the last comma (the whole role when none)
  const comma = role.lastIndexOf(',');
  const last = role.slice(comma + 1).trim();
  // (or the seat the member holds, `Commissioner, Precinct 2`, which the reader takes as the district they represent;
  // or the workplace a union's representative stands for, `Steward, Libraries`, `Shop Steward, Bus Garage`, `Rep, Highways Depot`)
  return last.length > 0 && (looksLikeBody(last) || (SEAT.test(last) || comma > 0 && REPRESENTS.test(role.slice(0, comma))) && last !== role.trim()) ? last : undefined;
}

/** A representative's office, which the workplace or section after its comma completes: what the person represents, not more of the role. */
const REPRESENTS = /^[ \t]*(?:(?:shop|senior|chief|deputy|lead|workplace|branch|staff|union|learning|health[ \t]+(?:&|and)[ \t]+safety|equalit(?:y|ies)|green)[ \t]+)?(?:steward|rep|representative|convenor|convener|delegate)[ \t]*$/i;


/** A piece of a person on a segment: the segment and clean-text offsets in it. */
export interface Piece { readonly seg: Segment; readonly span: Span }

const text = (p: Piece): string => p.seg.text.slice(p.span.start, p.span.end);

function range(state: ParseState, a: Piece, b: Piece = a): Range {
  return { start: state.r(a.seg, a.span.start, a.span.end).start, end: state.r(b.seg, b.span.start, b.span.end).end };
}

/** The piece without what `tail` matches at its end (`for NF,` → `for NF`). */
function trimPiece(p: Piece, tail: RegExp): Piece {
  const m = tail.exec(text(p));
  return m ? { seg: p.seg, span: { start: p.span.start, end: p.span.end - m[0].length } } : p;
}

/** Qualifier words as the reader writes them: without brackets, underscores as spaces. */
function qualifierText(t: string): string {
  return t.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface Parts {
  readonly name: Piece;
  /** The rest of a name the page wrapped onto the next line (`County Cllr` ⏎ `W Ambrose`). */
  readonly nameTail?: Piece;
  readonly whole: [Piece, Piece];
  readonly role: Piece[];
  readonly org?: Piece;
  /** The rest of an organisation the page wrapped onto the next line (`(Northgate` ⏎ `Ward)`). */
  readonly orgTail?: Piece;
  readonly initials?: Piece;
  readonly handle?: Piece;
  readonly category?: Piece;
  /** The organisation is the person's company, as the list's heading asked (`companyInBracket`): never joined to the role. */
  readonly company?: boolean;
  /** The rest of a category the cell wrapped onto the next line (`Co-opted` ⏎ `Governor`). */
  readonly categoryTail?: Piece;
  /** `tail`: the rest of a bracket the page wrapped onto the next line (`(Minute` ⏎ `18 only)`); `kept`: a qualifier the list's heading gives, never the role. */
  readonly qualifiers: Array<{ piece: Piece; q: Qualifier; tail?: Piece; kept?: boolean; say?: string }>;
  /** The title the list wrote once for all (`Councillors A, B and C`). */
  readonly sharedTitle?: string;
  /** Read from a table with no column of roles: the role a line above names (`**Chair**: A Roe`) is not given. */
  readonly noRoleColumn?: boolean;
}

function partsOf(seg: Segment, p: PersonMatch): Parts {
  const at = (s: Span): Piece => ({ seg, span: s });
  return {
    name: at(p.name), whole: [at({ start: p.start, end: p.end }), at({ start: p.start, end: p.end })],
    role: p.role ? [at(p.role)] : [], ...(p.org ? { org: at(p.org) } : {}), ...(p.initials ? { initials: at(p.initials) } : {}),
    ...(p.handle ? { handle: at(p.handle) } : {}), ...(p.category ? { category: at(p.category) } : {}),
    qualifiers: p.qualifiers.map((q) => ({ piece: at(q), q })),
    ...(p.sharedTitle !== undefined ? { sharedTitle: p.sharedTitle } : {}),
  };
}

/**
 * A name as found in text joined over lines: `name` is its first line's piece, the name ending at
 * `end` of `last`. When the page wrapped it (`County Cllr` ⏎ `W Ambrose`), each line keeps its words.
 */
function wrappedName(name: Piece, last: Segment, end: number): { name: Piece; nameTail?: Piece } {
  if (last === name.seg) return { name };
  const head = name.seg.text.slice(0, name.span.end).trimEnd().length;
  const lead = last.text.length - last.text.trimStart().length;
  return { name: { seg: name.seg, span: { start: name.span.start, end: Math.max(name.span.start, head) } }, nameTail: { seg: last, span: { start: Math.min(lead, end - 1), end } } };
}

/** A dash between blanks in a cell's words (` – `, ` - `, ` — `): where the last one starts, or -1. */
function lastDash(t: string): number {
  let at = -1;
  for (const d of [' – ', ' - ', ' — ']) at = Math.max(at, t.lastIndexOf(d));
  return at;
}

/**
 * A row's role cell with a dash in it and one line wrapped under it (`role` holds the row's piece and the wrapped
 * one, and is changed in place): the words after the dash joined to the wrapped ones are a body by its name (the
 * organisation, wrapped) or the rest of the role.
 */
function cellAfterDash(parts: Parts, role: Piece[]): Parts {
  const [r0, wrapped] = role;
  const org = parts.org;
  if (org && org.seg === r0.seg && /^[ \t]+[-–—][ \t]+$/.test(r0.seg.text.slice(r0.span.end, org.span.start))) {
    if (looksLikeBody(`${text(org)} ${text(wrapped)}`)) {
      role.pop();
      return { ...parts, orgTail: wrapped };
    }
    role[0] = { seg: r0.seg, span: { start: r0.span.start, end: org.span.end } };
    return { ...parts, org: undefined };
  }
  const d = org ? -1 : lastDash(text(r0));
  if (d > 0 && looksLikeBody(`${text(r0).slice(d + 3)} ${text(wrapped)}`)) {
    role.splice(0, 2, { seg: r0.seg, span: { start: r0.span.start, end: r0.span.start + d } });
    return { ...parts, org: { seg: r0.seg, span: { start: r0.span.start + d + 3, end: r0.span.end } }, orgTail: wrapped };
  }
  return parts;
}

/** Makes the model's person of the parts read, and adds it to the block. */
export function addParts(state: ParseState, block: PeopleBlockBuilder, parts: Parts, legend?: ReadonlyMap<string, string>, roleText?: string): Person | undefined {
  const written = parts.nameTail ? `${text(parts.name)} ${text(parts.nameTail)}` : text(parts.name);
  if (parts.role.length === 0 && !parts.org && parts.qualifiers.length === 0 && !parts.nameTail && firmUnder(state, block, parts.name.seg, parts.name.span.start, parts.name.span.end)) return undefined;
  let name = parseName(written, state.lettersAfterNames);
  if (!name) return undefined;
  // `Mayor Lindqvist`, `TW`: a person listed already, named again (a roll call, an apology for late arrival)
  const bare = stripTitles(written.replace(/_/g, ' ')).trim();
  const listed = listedAs(state, /^\S+$/.test(bare) ? bare : undefined);
  if (listed) {
    if (listed.block === block.kind) return undefined;
    if (block.kind === 'absent' && listed.block === 'present') unlist(state, listed);
    name = listed.name;
    roleText ??= listed.role;
  }
  // `**Facilitator**: Lena Marsh` above the list of attendees that names her again: one person, on that list, with the role
  const held = !state.item && !ROLE_LINES.has(block) ? heldRole(state, name) : undefined;
  if (held && parts.role.length === 0 && !parts.noRoleColumn) roleText ??= held.role;
  // `**Chair:** Ana Ruiz` in the meeting's fields, above the list that names her: the chair of the meeting is her role
  if (!held && !roleText && parts.role.length === 0 && !parts.noRoleColumn && block.kind === 'present' && !state.item && chairField(state, name)) roleText = 'Chair';
  const quals: PersonQualifier[] = [...(held?.qualifiers ?? [])];
  let roleParts = parts.role;
  const sameBracket = (a: Piece, b: Piece): boolean => a.seg === b.seg && /^\s*,\s*$/.test(a.seg.text.slice(a.span.end, b.span.start));
  let bodyBefore: Piece | undefined;
  for (const { piece, q, tail, kept, say } of parts.qualifiers) {
    // `(Chair)` is the person's role at the meeting (read as the role), not a fact beside it; so are `(observer)`, `(guest)`
    if (!kept && (q.kind === 'chair' || q.kind === 'observer' || q.kind === 'guest')) {
      const r = roleParts[roleParts.length - 1];
      if (r && sameBracket(r, piece)) roleParts = [...roleParts.slice(0, -1), { seg: r.seg, span: { start: r.span.start, end: piece.span.end } }];
      else if (r && sameBracket(piece, r)) roleParts = [...roleParts.slice(0, -1), { seg: r.seg, span: { start: piece.span.start, end: r.span.end } }];
      // `Councillor A Roe<TAB>Brackmoor (Chair)`: in the column beside the name, a place that names no office (the area
      // or council the member sits for), the bracket after it the member's role at the meeting
      else if (!parts.org && roleParts.length === 1 && placeBeforeChair(r, piece)) {
        bodyBefore = r;
        roleParts = [piece];
      }
      // `Non-Executive Member (Chair)` in a table's role cell or after the name's comma: the office and the bracket after it are one role, as written
      else if (r && r.seg === piece.seg && /^ ?\($/.test(r.seg.text.slice(r.span.end, piece.span.start)) && r.seg.text[piece.span.end] === ')' && !/[([]\s*$/.test(r.seg.text.slice(0, r.span.start))) roleParts = [...roleParts.slice(0, -1), { seg: r.seg, span: { start: r.span.start, end: piece.span.end + 1 } }];
      else if (!r) roleParts = [piece];
      // `A Roe (Brook Lane Primary) (Chair)`: the body in the bracket before is whom they come from, the office their role
      else if (roleParts.length === 1 && !parts.org && /[([]\s*$/.test(r.seg.text.slice(0, r.span.start)) && looksLikeBody(text(r)) && !ROLE_WORD.test(text(r))) {
        bodyBefore = r;
        roleParts = [piece];
      }
      continue;
    }
    // (`say`: the words a grid's key spells a mark out in, `(T)` read `joined by Teams`)
    quals.push({ kind: q.kind, text: say ?? qualifierText(tail ? `${text(piece)} ${text(tail)}` : text(piece)), ...(q.value !== undefined ? { value: q.value } : {}), range: range(state, piece, tail) });
  }
  // `Observer: Cllr Ann Roe (Cabinet Member …)`: the list's label says for everyone on it that they attend as an observer
  if (isObserversLabel(block.label) && !quals.some((q) => q.kind === 'observer')) quals.push({ kind: 'observer', text: 'observer', range: block.labelRange });
  // `Trustees joining on Teams: A Roe, B Lee`: the label says for everyone on it how they took part, first of what is said of them
  const remote = remoteInLabel(block.label);
  if (remote && !quals.some((q) => q.kind === 'remote')) quals.unshift({ kind: 'remote', text: block.label.slice(remote.start, remote.end), range: block.labelRange });
  // a role wrapped over lines is one role; `Vice-` ⏎ `Chair` joins without a space
  let org = parts.org ?? bodyBefore;
  let orgTail = parts.org ? parts.orgTail : undefined;
  const r0 = roleParts[0];
  if (org && r0 && roleParts.length === 1 && org.seg === r0.seg && /^\s*,\s*$/.test(r0.seg.text.slice(r0.span.end, org.span.start)) && r0.seg.text[r0.span.start - 1] === '(' && !looksLikeFirm(text(org)) && !looksLikeBody(text(org)) && !parts.company && !/^\p{Ll}/u.test(text(r0))) {
    // `(Archive Coordinator, staff)`: one bracket is one role, as the list wrote it, where what follows the comma names no body
    // (`(President, Students' Union)`, `(Engagement Lead, Brockley Moore LLP)`: the office, and the body or firm apart, as the reader rules read a body after a role;
    // `(co-opted member, Harrowmere Forum)`: a seat described in small letters, then the body the member comes from, apart as forms/personLine.ts reads it)
    roleParts = [{ seg: r0.seg, span: { start: r0.span.start, end: org.span.end } }];
    org = undefined;
  } else if (org && r0 && roleParts.length === 1 && org.seg === r0.seg && /^ ?\($/.test(r0.seg.text.slice(r0.span.end, org.span.start)) && r0.seg.text[org.span.end] === ')' && (r0.seg.text.indexOf('\t') >= 0 || /^\p{Ll}/u.test(text(org))) && !looksLikeBody(text(org)) && !NOMINEE_OFFICE.test(text(r0))) {
    // `Lay Member (Audit)` in a table's role cell: a bracket after the role that names no body is part of the role, as written
    // (not after a nominee's office, `Nominee Director (State Bank of India)`: the body that nominated them);
    // so is one in small letters anywhere (`Head of Governance (secretary)`): an office described, never a body's name
    roleParts = [{ seg: r0.seg, span: { start: r0.span.start, end: org.span.end + 1 } }];
    org = undefined;
  } else if (!org && r0 && roleParts.length <= 2 && /[([]\s*$/.test(r0.seg.text.slice(0, r0.span.start)) && looksLikeBody(roleParts.map(text).join(' ')) && !ROLE_WORD.test(roleParts.map(text).join(' '))) {
    // `(Ashby MBC)`, `(Ledwell District Council)`: a body in brackets is who the member represents
    // (the page may wrap it, `(Halstow` ⏎ `City Council)`: its last line is the tail)
    org = r0;
    if (roleParts.length > 1) orgTail = roleParts[1];
    roleParts = [];
  }
  // (`Monitor-` ⏎ `ing Officer`: a word the page broke is one word; a ligature is letters already, text.ts reads it so)
  let role = roleText ?? roleParts.map(text).reduce((acc, w) => (acc.length === 0 ? w : joinLines(acc, w.trim())), '').replace(/\s+/g, ' ').trim();
  const rr = roleParts[0];
  const bracketed = rr !== undefined && /[([]\s*$/.test(rr.seg.text.slice(0, rr.span.start));
  const code = parts.category ? (parts.categoryTail ? `${text(parts.category)} ${text(parts.categoryTail)}` : text(parts.category)) : undefined;
  let title = listed ? listed.title : withSharedTitle(titleOf(written), parts.sharedTitle);
  // `Mayor Theresa Lundgren`, `Councilmembers Dale Okafor, …`: an office and nothing else is the member's role
  // `Alderperson A Roe (District 5)`: with an elected office as the title, a bracket that names no office is the member's seat;
  // so is a seat after a comma (`Council Member Ana Roe, Ward 1`, `Council President Al Lee, At-Large`, a roll call's lines)
  const seat = !bracketed && rr !== undefined && SEAT.test(role) && /,\s*$/.test(rr.seg.text.slice(0, rr.span.start));
  const office = title !== undefined && isOfficeTitle(title) && !(ALDERMAN.test(title) && amongCouncillors(state, parts.name.seg.line));
  if (title && !listed && !roleText && office && (bracketed || seat) && !org && roleParts.length === 1 && !namesOffice(role)) {
    org = roleParts[0];
    roleParts = [];
    role = '';
  }
  if (title && role.length === 0 && !listed && office) { role = title; title = undefined; }
  // `Mayor Cllr A Roe`, `Deputy Mayor Councillor B Lee`: the office before the title the member is addressed by is the role
  const split = title && role.length === 0 && !listed && !office ? officeBeforeTitle(title) : undefined;
  if (split && !(ALDERMAN.test(split.office) && amongCouncillors(state, parts.name.seg.line))) { role = split.office; title = split.title; }
  if (lateOfListed(state, block, name.display)) return undefined;
  const person: PersonBuilder = {
    // every field, those not written `undefined` (JSON and the index view leave them out): one shape
    // of object, the one peopleBlocks.ts's `addPerson` makes
    block: block.kind, name, written,
    initials: parts.initials ? text(parts.initials) : listed?.initials ? listed.initials : undefined,
    handle: parts.handle ? text(parts.handle) : undefined,
    title: title ? title : undefined,
    // `Ward Councillor, Castle Ward`: the body after the role's last comma, the role kept as written (as peopleBlocks.ts's `addPerson`)
    // (not a bracket's: `(President, Students' Union)` is one role, as the list wrote it)
    organisation: org ? (orgTail && (org === parts.org || org === r0) ? `${text(org)} ${text(orgTail)}` : text(org)) : role.includes(',') && !bracketed ? organisationOf(role) : undefined,
    category: code ? legend?.get(code) ?? legendOf(state, code) ?? code : undefined,
    qualifiers: quals.length > 0 ? quals : undefined,
    role: role.length > 0 ? role : undefined,
    range: range(state, parts.whole[0], parts.whole[1]), nameRange: range(state, parts.name, parts.nameTail ?? parts.name),
    roleRange: roleParts.length > 0 ? range(state, roleParts[0], roleParts[roleParts.length - 1]) : undefined,
    form: 'bare', looseColon: false,
  };
  block.people.push(person);
  const end = person.range.end;
  if (end.line > block.range.end.line || end.line === block.range.end.line && end.character > block.range.end.character) block.range = { start: block.range.start, end };
  return person;
}

/**
 * `STRATA AGENT:⇥Dean Bassano, Strata Manager` ⏎ `⇥⇥⇥Coastline Property Management Ltd.`: a firm's name alone on the
 * line under a listed person who holds a role and names no organisation is the company they come from (a property
 * manager's, an auditor's, a consultant's), no one attending: kept as that person's organisation.
 */
export function firmUnder(state: ParseState, block: PeopleBlockBuilder, seg: Segment, start: number, end: number): boolean {
  const written = seg.text.slice(start, end).trim();
  const line = seg.text.trim();
  if (!looksLikeFirm(written) || (line !== written && line !== `${written}.`)) return false;
  const prev = block.people[block.people.length - 1];
  if (!prev || !prev.role || prev.organisation || prev.range.end.line !== seg.line - 1) return false;
  prev.organisation = line;
  prev.range = { start: prev.range.start, end: state.pos(seg, seg.text.trimEnd().length) };
  if (prev.range.end.line > block.range.end.line) block.range = { start: block.range.start, end: prev.range.end };
  return true;
}

/**
 * Whether the role's words `r`, in a column of their own after the name (a tab or a gap of three blanks
 * before them), straight before the bracket `chair` (`Brackmoor (Chair)`, `Upper Tarrow Division (Vice-Chair)`),
 * name a place and no office: a capital's few words, no office's word, no fact of the attendance.
 */
function placeBeforeChair(r: Piece, chair: Piece): boolean {
  const t = r.seg.text;
  if (r.seg !== chair.seg || !/^ ?\($/.test(t.slice(r.span.end, chair.span.start)) || t[chair.span.end] !== ')') return false;
  // (the blanks before the words: a tab or three spaces among them, counted back from the words)
  let k = r.span.start;
  let spaces = 0;
  let tab = false;
  while (k > 0 && (t.charCodeAt(k - 1) === 0x20 || t.charCodeAt(k - 1) === 0x09)) { if (t.charCodeAt(--k) === 0x09) tab = true; else spaces++; }
  if (!tab && spaces < 3) return false;
  const w = t.slice(r.span.start, r.span.end).trim();
  return w.length <= 40 && /^\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*|[ ](?:and|&|on|upon|in|le|de)){0,4}$/u.test(w) && !namesOffice(w) && !ROLE_WORD.test(w) && !readQualifier(w);
}

/**
 * The lists a role's line made (`Note taker: Dario Conti`, `Chair` ⏎ `Anouk_Visser`): the person on
 * it is listed again by the attendance after it, which is where they belong.
 */
const ROLE_LINES = new WeakSet<PeopleBlock>();

/** An alderman's title, which an American city gives its elected members as their office. */
const ALDERMAN = /^alder(?:man|woman)$/i;
/** How far from a name the lists are looked at for councillors beside an alderman. */
const COUNCILLORS_NEAR = 6;
/**
 * Councillors written in the British way near this line (`Councillor`, `Cllrs`): the lists of a council
 * whose aldermen are its senior councillors (Northern Ireland, the City), where `Alderman` is the title a
 * member is addressed by, as `Councillor` is, and no office held at the meeting.
 */
function amongCouncillors(state: ParseState, line: number): boolean {
  const lines = state.lines;
  for (let k = Math.max(0, line - COUNCILLORS_NEAR); k < Math.min(lines.length, line + COUNCILLORS_NEAR + 1); k++) {
    const t = lines[k];
    if ((t.indexOf('Councillor') >= 0 || t.indexOf('Cllr') >= 0) && /\b(?:Councillors?|Cllrs?)\b/.test(t)) return true;
  }
  return false;
}

/** The person a role's line listed under this name, taken off that line (the line's list goes when empty); their role. */
function heldRole(state: ParseState, name: NonNullable<ReturnType<typeof parseName>>): { readonly role?: string; readonly qualifiers?: readonly PersonQualifier[] } | undefined {
  const m = state.meeting;
  if (!m) return undefined;
  const words = name.words.map((w) => w.toLowerCase()).join(' ');
  for (const b of m.people) {
    if (!ROLE_LINES.has(b)) continue;
    const p = b.people.find((q) => q.name.words.length > 1 && q.name.words.map((w) => w.toLowerCase()).join(' ') === words);
    if (!p) continue;
    const own = state.builtBlock(b);
    if (!own) return undefined;
    own.people.splice(own.people.indexOf(p), 1);
    if (own.people.length === 0) m.people.splice(m.people.indexOf(b), 1);
    return { ...(p.role ? { role: p.role } : {}), ...(p.qualifiers ? { qualifiers: p.qualifiers } : {}) };
  }
  return undefined;
}

/** The meeting's `Chair:` field names this person (`Ana Ruiz (@aruiz)`: the name, whatever follows it). */
function chairField(state: ParseState, name: NonNullable<ReturnType<typeof parseName>>): boolean {
  const chair = state.meeting?.chair?.value;
  if (!chair || name.words.length < 2) return false;
  const p = readPerson(chair);
  const named = p && parseName(chair.slice(p.name.start, p.name.end));
  return named !== undefined && named.display.toLowerCase() === name.display.toLowerCase();
}

/** A membership code spelt out by a legend read before (`CoG` in an apology under item 2). */
function legendOf(state: ParseState, code: string): string | undefined {
  for (const b of state.meeting?.people ?? []) if (b.legend?.[code]) return b.legend[code];
  return undefined;
}

/** The one person already listed whose surname or written initials this single word is. */
function listedAs(state: ParseState, word: string | undefined): Person | undefined {
  const m = state.meeting;
  if (!word || !m) return undefined;
  let found: Person | undefined;
  for (const b of m.people) for (const p of b.people) {
    if (p.initials === word || /^[A-Z]{2,4}$/.test(word) && p.name.initials === word || p.name.surname === word || p.name.words.length > 1 && p.name.words[0] === word && b.kind === 'present') {
      if (found && found.name.display !== p.name.display) return undefined;
      found ??= p;
    }
  }
  return found;
}

/** How many late names a list is searched for among those listed present (and ten times as many listed: a meeting's lists, no register's). */
const LATE_REACH = 60;
/** A list's label that says its people came late (`Joined late:`, `Late arrivals:`). */
const LATE_LABEL = /^(?:joined|arrived)[ \t]+late\b|^late[ \t]+arrivals?\b/i;

/**
 * `Joined late: Cy Dee` under a present list that names Cy Dee: a fact of the member listed, no second entry. True when
 * the name was so noted (the caller adds no one); a name no other present list holds is the late list's to add.
 */
export function lateOfListed(state: ParseState, block: PeopleBlockBuilder, display: string): boolean {
  const m = state.meeting;
  // (a list of hundreds is no meeting's: not searched name by name, each against them all; the label's first words only)
  if (!m || block.kind !== 'present' || block.people.length > LATE_REACH) return false;
  let listed = 0;
  for (const b of m.people) if (b !== block && b.kind === 'present') listed += b.people.length;
  if (listed > LATE_REACH * 10) return false;
  const late = LATE_LABEL.exec(block.label.slice(0, 40).trimStart());
  if (!late) return false;
  for (let i = 0; i < m.people.length; i++) {
    const b = m.people[i];
    if (b === block || b.kind !== 'present') continue;
    const k = b.people.findIndex((p) => p.name.display === display);
    if (k < 0) continue;
    const p = b.people[k];
    const noted: Person = { ...p, qualifiers: [...p.qualifiers ?? [], { kind: 'arrived', text: late[0].toLowerCase(), range: block.labelRange }] };
    // (a block of the document a re-parse started from stays as it is: the meeting gets a new one, as `unlist` does)
    const own = state.builtBlock(b);
    if (own) own.people[k] = noted; else m.people[i] = { ...b, people: b.people.map((x, j) => (j === k ? noted : x)) };
    return true;
  }
  return false;
}

/** Takes a person off the list they were on (a roll call's `Absent:` corrects the list of members). */
function unlist(state: ParseState, p: Person): void {
  const m = state.meeting;
  m?.people.forEach((b, i) => {
    const k = b.people.indexOf(p);
    if (k < 0) return;
    // a block of the document a re-parse started from stays as it is: the meeting gets a new one
    const own = state.builtBlock(b);
    if (own) own.people.splice(k, 1); else m.people[i] = { ...b, people: b.people.filter((x) => x !== p) };
  });
}

/** Gives a listed person the role a heading names (as `unlist`, a block this parse did not make is replaced, not changed). */
function giveRole(state: ParseState, b: PeopleBlock, p: Person, role: string): void {
  const own = state.builtBlock(b);
  const k = b.people.indexOf(p);
  if (own) own.people[k].role = role;
  else if (state.meeting) {
    const m = state.meeting;
    m.people[m.people.indexOf(b)] = { ...b, people: b.people.map((x) => (x === p ? { ...x, role } : x)) };
  }
}

/** A person of a list with nothing beside the name but their coming or going (`Mr B Lee departed at 8.15pm`). */
function onlyComing(p: PersonMatch): boolean {
  return p.role === undefined && p.org === undefined && p.qualifiers.length === 1 && (p.qualifiers[0].kind === 'left' || p.qualifiers[0].kind === 'arrived');
}

/**
 * Gives the one person listed under this name in another list (by their name less titles) a fact written elsewhere
 * (as `giveRole`, a block this parse did not make is replaced, not changed). False when no one, or more than one, is.
 */
function factOfListed(state: ParseState, except: PeopleBlock | undefined, written: string, q: PersonQualifier): boolean {
  const m = state.meeting;
  const name = parseName(written, state.lettersAfterNames);
  if (!m || !name) return false;
  const display = name.display.toLowerCase();
  let found: { b: PeopleBlock; p: Person } | undefined;
  for (const b of m.people) {
    if (b === except) continue;
    for (const p of b.people) {
      if (p.name.display.toLowerCase() !== display) continue;
      if (found) return false;
      found = { b, p };
    }
  }
  if (!found) return false;
  const { b, p } = found;
  const own = state.builtBlock(b);
  const qualifiers = [...(p.qualifiers ?? []), q];
  if (own) own.people[b.people.indexOf(p)].qualifiers = qualifiers;
  else m.people[m.people.indexOf(b)] = { ...b, people: b.people.map((x) => (x === p ? { ...x, qualifiers } : x)) };
  return true;
}

/** The role a heading of members gives everyone under it (`Council Members:` → `Council Member`). */
function headingRole(label: string): string | undefined {
  // (a school board's `Student Board Member:`, who sits without a vote: the office the heading names)
  // (the label alone over its list, or opening it: `Student Board Member: Jaylen Moore (preferential vote)`)
  const m = /^\s*(council\s*members|board\s+members|trustees|governors|directors|student\s+board\s+members?)\s*(?::|$)/i.exec(label);
  return m ? m[1].replace(/s$/i, '').replace(/\s+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) : undefined;
}

/** A plain `Name – Role` block our line-by-line reader already reads in full: left to it (its variants and Format depend on it). */
function plainLines(m: PeopleBlockMatch, texts: readonly string[]): boolean {
  if (m.form !== 'lines') return false;
  return m.people.every((b) => {
    if (b.more.length > 0 || b.person.org || b.person.category || b.person.handle || b.person.unclosed || b.person.mark || b.person.qualifiers.length > 0) return false;
    const legacy = parseAttendanceLine(texts[b.line]);
    // a name alone that reader reads in full has two words at least (`Regrets` ⏎ `Greta` it leaves out),
    // and no office before it (`Supervisor Glenn Akers`)
    return legacy !== undefined && (legacy.form !== 'bare' || !b.person.role && /\S\s+\S/.test(texts[b.line].trim()));
  });
}

const TWO_LANGUAGES = { twoLanguages: true } as const;
/** The lists' reading option of a heading printed in two languages (its names may be too): set only when it is. */
function languagesOf(state: ParseState): { readonly twoLanguages?: true } {
  return state.layout.heading?.twoLanguages === true ? TWO_LANGUAGES : {};
}

/**
 * The people under the heading at segment i, in a family's form; the count of segments after i it
 * took, or -1 when the block is our own one-a-line form (read line by line, as before).
 */
export function formsBlock(state: ParseState, i: number, block: PeopleBlockBuilder, legend?: MarkLegend, inItem = false): number {
  const segs = state.segs;
  const texts: string[] = [];
  for (let k = i + 1; k < segs.length && texts.length < WINDOW && segs[k].line - segs[i].line <= WINDOW; k++) texts.push(segs[k].text);
  // the heading's legend of marks (`Membership (A = apologies received)`): a mark in its own column at
  // a line's end is set aside (blanked, the offsets kept) and sends the member to the legend's list
  let marked: HeadingMarks | undefined = legend ? { legend, seg: segs[i], lines: blankMarks(texts, legend.mark, texts.length) } : undefined;
  const first = texts.findIndex((t) => t.trim().length > 0);
  // (a running notes document exported to Markdown leaves three blank lines before a list)
  if (first < 0 || first > 3) return -1;
  // a sentence under the heading (`Minutes:` ⏎ `Apologies for absence were received from …`) is no list of its own
  if (/\b(?:were|was|had been|have been)\b/.test(texts[first])) return -1;
  // a note to those who attend under the heading (`Tick yourself when you join. Unticked = not there.`): the list starts after it
  if (NOTE_LINE.test(texts[first]) && first + 1 < texts.length) {
    const next = texts.findIndex((t, k) => k > first && t.trim().length > 0);
    const after = next > 0 && next - first <= 2 ? matchPeopleBlock(texts.slice(next), {}) : undefined;
    if (after && !plainLines(after, texts.slice(next))) return addBlock(state, i, i + 1 + next, texts.slice(next), after, block, marked);
  }
  // (a PDF's blank line under `PRESENT:` before its groups: the groups start after it)
  if (first <= 1) {
    const grouped = groupedLists(state, i, block, i + 1 + first, legend);
    if (grouped >= 0) return grouped;
  }
  if (first === 0) {
    const cats = categoryGroups(state, i, block, texts);
    if (cats >= 0) return cats;
  }
  const md = markdownShapes(state, i, texts.length);
  // `**Team**:` over the first bullets is a group's heading, no `Name : Role` line
  // (`Quorum: 6 of 8 directors present` over the list is a note of the count, no `Name : Role` line: the block reader passes it over)
  const legacy = md.groups?.has(first) || QUORUM_NOTE.test(texts[first]) ? undefined : parseAttendanceLine(texts[first]);
  if (legacy?.form === 'colon') return -1;
  // scribed minutes join names with underscores (`Amara_Quist`): their lists hold chat nicknames too (`gkerr`)
  // a line the page indented (`<TAB>Community Services` under a row of a table): the segment's blanks were trimmed
  const indented = new Set<number>();
  for (let k = 0; k < texts.length; k++) if (segs[i + 1 + k].offset > 0 && !segs[i + 1 + k].bullet) indented.add(k);
  const options = { ...md, ...(/\p{L}_\p{L}/u.test(texts[first]) ? { nicks: true } : {}), ...(indented.size > 0 ? { indented } : {}), ...languagesOf(state), column: (k: number, c: number) => col(segs[i + 1 + k], c), item: (k: number) => startsItem(state, segs[i + 1 + k]), ...(inItem ? { inItem: true } : {}) };
  let m = matchPeopleBlock(texts, options);
  // (in an item no one-a-line reader follows: plain lines are read here too)
  if (!m || !inItem && plainLines(m, texts)) return -1;
  // the legend of marks under the list (`A = apologies received`), the marks in a column of their own: read again without them
  const below = legend || m.table ? undefined : markLegendAfter(texts, m.lines);
  if (below) {
    const lines = blankMarks(texts, below.legend.mark, m.lines);
    const again = lines.size > 0 ? matchPeopleBlock(texts, options) : undefined;
    if (again && !again.table) {
      m = again;
      marked = { legend: below.legend, seg: segs[i + 1 + below.line], lines };
    }
  }
  const taken = addBlock(state, i, i + 1, texts, m, block, marked);
  // a committee's roll of ticks among the list's lines: each member on the list their sign says, after the list
  for (const r of m.rolls ?? []) addRoll(state, segs[i + 1 + r.line], r.roll);
  return taken;
}

/** What a checklist says beside an empty box of one who sent word (`sent regrets`, `apologies`). */
const SENT_WORD = /^[ \t]*(?:sent[ \t]+)?(?:regrets|apologies)(?:[ \t]+sent)?[ \t]*$/i;

/** A sentence of instructions under a list's heading, no person: words in small letters, a full stop at its end. */
const NOTE_LINE = /^[A-Z][a-z]+(?: [a-z][\w'’]*){2,}[^:]*\.$/;

/**
 * A committee's roll on one line (forms/attendanceCells.ts): each member on the list their sign and words say, one list
 * of each kind, labelled by the roll's words (the present) or by the words that said the list (`regrets`).
 */
export function addRoll(state: ParseState, seg: Segment, roll: TickedRoll): void {
  for (const kind of ['present', 'apologies', 'absent', 'inAttendance'] as const) {
    const on = roll.people.filter((e) => e.kind === kind);
    if (on.length > 0) addRow(state, seg, kind, kind === 'present' && roll.label ? roll.label : on[0].word ?? on[0].mark, on.map((e) => e.person));
  }
}

/** A row of a register (`| 🔴 regrets | A Roe · B Lee |`): its people on a list of the kind its label names. */
export function addRow(state: ParseState, seg: Segment, kind: BlockKind, label: Span, people: readonly PersonMatch[]): void {
  const block = proseBlock(state, seg, kind, label);
  for (const p of people) addParts(state, block, partsOf(seg, p));
}

/** A list's heading alone on its line in an item, its members in groups under it (groupedLists). True when it read them. */
function groupsUnder(state: ParseState, seg: Segment): boolean {
  const lab = matchLineLabel(seg.text);
  if (!lab || seg.text.slice(lab.rest).trim() !== '') return false;
  const i = segIndex(state, seg);
  const next = state.segs[i + 1];
  if (i < 0 || !next || !GROUP_LABEL.test(next.text)) return false;
  const block = proseBlock(state, seg, lab.kind, lab.label);
  const taken = groupedLists(state, i, block);
  if (taken < 0) state.meeting!.people.splice(state.meeting!.people.indexOf(block), 1);
  return taken >= 0;
}

/**
 * A list's label alone on its line in an item about attendance, its people under it (`II. ROLL CALL` ⏎ `Staff present:` ⏎
 * `Dana Roe – City Administrator`): read as the list under a heading before the items is, up to the item's end at
 * most; its lines are the list's, read as nothing else (as a register's). True when it read them.
 */
function listUnder(state: ParseState, seg: Segment): boolean {
  const lab = matchLineLabel(seg.text);
  if (!lab || seg.text.slice(lab.rest).trim() !== '') return false;
  const i = segIndex(state, seg);
  const next = state.segs[i + 1];
  if (i < 0 || !next || next.line !== seg.line + 1) return false;
  const block = proseBlock(state, seg, lab.kind, lab.label);
  const taken = formsBlock(state, i, block, undefined, true);
  if (taken <= 0 || block.people.length === 0) {
    state.meeting!.people.splice(state.meeting!.people.indexOf(block), 1);
    return false;
  }
  state.keep(REGISTER_END, state.segs[i + taken].line);
  return true;
}

/** The legend's mark after a member in a list (`… (Provost) A;`, `… Ed Gale A` at the end): its blanks before it, up to the list's separator. */
function markInList(mark: string): RegExp | undefined {
  if (!/^[\p{L}*†‡§#]{1,3}$/u.test(mark)) return undefined;
  const m = mark.replace(/[*#]/g, (c) => `\\${c}`);
  return new RegExp(`(?<=[\\p{L})\\]])[ \\t]+${m}(?=[ \\t]*(?:[;,]|$))`, 'gu');
}

/** The whole text one person (a group's only member): as a list of one, or undefined. */
function onePerson(t: string): PeopleListMatch | undefined {
  const end = t.trimEnd().replace(/[.;,]$/, '').length;
  const p = readPerson(t, 0, end);
  // (an office alone after a name's colon, `A Roe : Chief Constable`, is no member of a group)
  return p && p.end >= end && !namesOffice(t.slice(p.name.start, p.name.end)) ? { people: [p], others: [] } : undefined;
}

/**
 * A list sorted under its categories, each less indented than its members (forms/categoryGroups.ts): each member
 * with the category over them, a mark's legend under the list (`(v) = attended by video link`) the qualifier of
 * those marked. The count of segments after i it took, or -1.
 */
function categoryGroups(state: ParseState, i: number, block: PeopleBlockBuilder, texts: readonly string[]): number {
  const segs = state.segs;
  // (a bullet's marker is a segment of its own before the member's words: the lines are read without them)
  const at: number[] = [];
  for (let k = i + 1; k <= i + texts.length; k++) if (!(segs[k].text === '' && segs[k + 1]?.line === segs[k].line)) at.push(k);
  // (only an indented list: the categories stand out by their indent, or the members under a category at the margin do)
  if (at.length < 2 || segs[at[0]].offset === 0 && !(segs[at[1]].offset > 0)) return -1;
  const g = matchCategoryGroups(at.map((k) => segs[k].text), at.map((k) => segs[k].offset));
  if (!g) return -1;
  const seg = (k: number): Segment => segs[at[k]];
  for (const p of g.people) {
    const whole = partsOf(seg(p.line), p.person);
    // the words after a member's dash are their role when they name an office (`– Chair of Committee`), else what is
    // said of their attendance (`– online`, `– joined at item 4`)
    const r = p.person.role && seg(p.line).text[p.person.role.start - 1] !== '(' ? seg(p.line).text.slice(p.person.role.start, p.person.role.end) : undefined;
    const parts = r !== undefined && !namesOffice(r) ? { ...whole, role: [], qualifiers: [...whole.qualifiers, { piece: whole.role[0], q: { kind: readQualifier(r)?.kind ?? 'note', start: 0, end: 0 } as Qualifier }] } : whole;
    const marked = g.legend && p.mark === g.legend.mark ? [{ piece: { seg: seg(g.legend.line), span: g.legend.qualifier }, q: g.legend.qualifier, kept: true }] : [];
    addParts(state, block, { ...parts, category: { seg: seg(p.categoryLine), span: p.category }, qualifiers: [...parts.qualifiers, ...marked] });
  }
  return g.lines < at.length ? at[g.lines] - 1 - i : at[at.length - 1] - i;
}

/** A group's label before its members on the line (`Ex officio members: …`, `Deans: …`), under the list's heading. */
// (`Chair (Co-opted):⇥Mrs A Roe (AR)`: a governing board's seat, the office and its category in brackets)
const GROUP_LABEL = /^([A-Z][A-Za-z'’ -]{2,40}?(?: \([A-Za-z][A-Za-z -]{1,20}\))?):[ \t]+(?=\S)/;

/** A group of the board's staff under its list of those present (`Administration:`, `Senior Staff:`): in attendance, no seat. */
// (never `Staff:` alone: a school's staff governors sit on its board, their seat the category)
const STAFF_GROUP = /^(?:(?:senior[ \t]+)?administration|(?:senior|administrative|board|district)[ \t]+staff|administration[ \t]+and[ \t]+staff|officials)$/i;
/** A staff office over its holder under the list of those present: `Recording Secretary:`, `Minute Taker:`. */
const STAFF_OFFICE = /^(?:recording[ \t]+secretary|minute[ \t-]?taker|recorder)$/i;
/** The board's own word for its members as a group's label (`Trustees:`, `Governors:`): the list's, no category. */
const MEMBERS_GROUP = /^(?:trustees|governors|directors|councillors|councilors|commissioners|board[ \t]+members|council[ \t]+members)$/i;
/** A seat of its own on the board as a group's label, in the plural (`Student Trustees:`, `Youth Councillors:`): each member's role, in the singular. */
const STUDENT_SEATS = /^(Student|Youth|Pupil|STUDENT|YOUTH|PUPIL)[ \t]+(Trustee|Member|Governor|Director|Councillor|Representative|TRUSTEE|MEMBER|GOVERNOR|DIRECTOR|COUNCILLOR|REPRESENTATIVE)[sS]$/;

/** A council's political group (`Conservative Group`, `Liberal Democrat Group`, `Independent Group`): capitalised words, then `Group`. */
const PARTY_GROUP = /^(?:\p{Lu}[\p{L}'’-]*[ ]){1,3}Group$/u;

/**
 * A list's heading over its members sorted in groups, each group's label on the line before its
 * members as a sentence, wrapped over the lines under it (`Present:` ⏎ `Ex officio members: Professor
 * A Roe (Vice-Chancellor, Chair); Professor` ⏎ `B Lee (Provost)` ⏎ `Deans: …`): each member with the
 * group as their category. The count of segments after i it took, or -1 (two groups at least, each all people).
 */
function groupedLists(state: ParseState, i: number, block: PeopleBlockBuilder, from = i + 1, legend?: MarkLegend): number {
  const segs = state.segs;
  const groups: Array<{ readonly k: number; readonly e: number; readonly label: Span }> = [];
  for (let k = from; k < segs.length && (k === from || segs[k].line === segs[k - 1].line + 1);) {
    const g = GROUP_LABEL.exec(segs[k].text);
    // our own `Name : Role` line, a blank each side of its colon, is a person and no group's label (`Deans:`, `Chair of
    // Court:`): the groups end there (a block of them was read group by group before our reader took it)
    if (!g || g[1].endsWith(' ')) break;
    // a list's own label (`In attendance:`) ends the groups; an office's (`Chair of Court:`, `Secretary:`) is a group of one
    const own = labelKind(g[1]);
    // (`Staff:` over a governor is the seat, no list of staff)
    if (own && own.role === undefined && !isGovernorCategory(g[1])) break;
    let e = k;
    while (e + 1 < segs.length && segs[e + 1].line === segs[e].line + 1 && segs[e + 1].text.trim() !== '' && !GROUP_LABEL.test(segs[e + 1].text) && !matchBlockHeading(segs[e + 1].text)) e++;
    groups.push({ k, e, label: { start: 0, end: g[1].length } });
    k = e + 1;
  }
  if (groups.length === 0) return -1;
  // each group's members read in turn: the first group that is no list of people declines them all, the rest
  // unread (our own `Name : Role` lines come here, each name a group's label, and one of them soon fails)
  const read: Array<{ readonly g: (typeof groups)[number]; readonly para: Paragraph; readonly list: PeopleListMatch; readonly marks?: readonly number[] }> = [];
  // the heading's legend of marks (`Membership (A = apologies received)`): a mark after a member in a group's list
  // (`Professor B Lee (Provost) A; Dr C Dee`) is set aside, blanked, and sends that member to the legend's list
  const markAfter = legend ? markInList(legend.mark) : undefined;
  for (const g of groups) {
    const lead = GROUP_LABEL.exec(segs[g.k].text)![0].length;
    // (the staff one a line, `Administration:⇥A Roe, Director of Education` ⏎ `⇥⇥⇥B Lee, Superintendent of Business`:
    // each line a person and their post, read alone, as a list joined over the lines would run the posts into the names)
    if (g.e > g.k && STAFF_GROUP.test(segs[g.k].text.slice(0, g.label.end))) {
      for (let k = g.k; k <= g.e; k++) {
        const para = join(state, k, k, k === g.k ? lead : 0);
        const one = onePerson(para.text);
        if (!one) return -1;
        read.push({ g, para, list: one });
      }
      continue;
    }
    const para = join(state, g.k, g.e, lead);
    let words = para.text;
    let marks: number[] | undefined;
    if (markAfter) for (const m of para.text.matchAll(markAfter)) {
      (marks ??= []).push(m.index);
      words = words.slice(0, m.index) + ' '.repeat(m[0].length) + words.slice(m.index + m[0].length);
    }
    // (a group of one: the member alone after the label, `Maintained primary governors: A Roe (Ferncliffe Infant School)`)
    const list = matchInlineList(words) ?? onePerson(words);
    if (!list || list.kind !== undefined || list.others.length > 0) return -1;
    read.push({ g, para, list, ...(marks ? { marks } : {}) });
  }
  // `Chair of Court:   Mrs A Roe`, `Lay Member:   Dr B Lee`: one person after an office in the singular is the role they
  // hold, written first (a university's, a board's list); `Deans: …`, `Co-opted members: …` are the groups' categories
  const officeOf = (r: (typeof read)[number]): boolean => {
    const label = segs[r.g.k].text.slice(r.g.label.start, r.g.label.end);
    return r.list.people.length === 1 && namesOffice(label) && !pluralTitle(label) && !/s$/.test(label.replace(/\s*\([^()]*\)$/, ''));
  };
  // (one group alone is a list of groups only when it is an office's: `Clerk to Court:   Mr C Voss` under `In attendance`;
  // after a blank line under the heading, two groups at least: `Chair:  Councillor A Roe (Ward)` ⏎ ⏎ … is a list of offices, one a paragraph)
  // (under a heading with its legend of marks, `Membership (A = apologies received)`, one group's list on its one line is the membership)
  if (groups.length < 2 && !(legend && groups[0].e === groups[0].k) && (from > i + 1 || !officeOf(read[0]))) return -1;
  // `GOVERNORS NOT PRESENT` ⏎ `Parent:⇥Mrs A Roe (AR) – apologies sent, consented`: the words after the dash put the member on the apologies
  let sent: PeopleBlockBuilder | undefined;
  let attending: PeopleBlockBuilder | undefined;
  let legendList: PeopleBlockBuilder | undefined;
  for (const r of read) {
    const { g, para } = r;
    let list = r.list;
    // (the members the legend's mark follows: each on the legend's list, the rest read on below)
    if (r.marks && legend) {
      const people = list.people;
      const marked = new Set<PersonMatch>();
      for (const at of r.marks) {
        let last: PersonMatch | undefined;
        for (const p of people) if (p.start < at) last = p;
        if (last) marked.add(last);
      }
      if (marked.size > 0) {
        const src = paragraphSource(state, para);
        legendList ??= proseBlock(state, segs[i], legend.kind, legend.label);
        for (const p of marked) addParts(state, legendList, src.parts(p));
        list = { ...list, people: people.filter((p) => !marked.has(p)) };
      }
    }
    const src = paragraphSource(state, para);
    const office = officeOf(r);
    const groupLabel = segs[g.k].text.slice(g.label.start, g.label.end);
    // under `PRESENT:`, the board's staff by their group (`Administration:`) or their office (`Recording Secretary:`) attend
    // without a seat: the list of those in attendance, as `Staff present:` would be
    const staff = block.kind === 'present' && (STAFF_GROUP.test(groupLabel) || STAFF_OFFICE.test(groupLabel));
    const into = staff ? (attending ??= groupBlock(state, segs[g.k], 'inAttendance', g.label)) : block;
    // `Trustees:` over the trustees is the list's own word for its members, no category; `Student Trustees:` over the
    // students is their seat, each a `Student Trustee`
    const seats = STUDENT_SEATS.exec(groupLabel);
    if (staff || MEMBERS_GROUP.test(groupLabel) || seats) {
      const held = STAFF_OFFICE.test(groupLabel) ? groupLabel : seats ? `${seats[1]} ${seats[2]}` : undefined;
      for (const p of list.people) addParts(state, into, src.parts(p), undefined, held);
      continue;
    }
    // `Chair (Co-opted):⇥Mrs A Roe (AR)`: the office, and the governor's seat in its bracket as the category
    const labelText = segs[g.k].text.slice(g.label.start, g.label.end);
    const seat = /^(.+?)[ ]\(([^()]+)\)$/.exec(labelText);
    const seated = office && seat && isGovernorCategory(seat[2]) ? seat : undefined;
    for (const p of list.people) {
      if (office) {
        // (what the member's bracket says beside the office, `(video link)`, is a fact of the attendance)
        const parts = src.parts(p);
        const said = parts.role.map((piece) => ({ piece, q: { kind: readQualifier(text(piece))?.kind ?? 'note', start: 0, end: 0 } as Qualifier }));
        const role: Piece = { seg: segs[g.k], span: seated ? { start: g.label.start, end: g.label.start + seated[1].length } : g.label };
        const category: Piece | undefined = seated ? { seg: segs[g.k], span: { start: g.label.end - 1 - seated[2].length, end: g.label.end - 1 } } : undefined;
        addParts(state, block, { ...parts, role: [role], qualifiers: [...parts.qualifiers, ...said], ...(category ? { category } : {}) });
        continue;
      }
      // (`Labour Group: Councillors A Roe and B Lee`: a council's political group is the body each member sits for, no category)
      const group: Piece = { seg: segs[g.k], span: g.label };
      let parts: Parts = PARTY_GROUP.test(labelText) ? { ...src.parts(p), org: group } : { ...src.parts(p), category: group };
      let into = block;
      if (block.kind === 'absent' && parts.role.length === 1 && SENT_WORD.test(text(parts.role[0]))) {
        into = sent ??= proseBlock(state, parts.role[0].seg, 'apologies', parts.role[0].span);
        parts = { ...parts, role: [] };
      }
      addParts(state, into, parts);
    }
  }
  block.range = { start: block.range.start, end: state.whole(segs[groups[groups.length - 1].e]).end };
  return groups[groups.length - 1].e - i;
}

/**
 * A table's row of one-person roles, each label in a cell and the person in the next (`Facilitator⇥A Roe⇥Scribe⇥B Lee`):
 * each a role line (`Facilitator: A Roe`), so that the attendees' list naming them again gives them the role.
 * -1 when the line is not one, else the count of segments after i it took (none).
 */
export function roleCells(state: ParseState, i: number, start: (kind: BlockKind) => PeopleBlockBuilder): number {
  const seg = state.segs[i];
  const t = seg.text;
  // (the cells counted from the tabs before the line is split: a person's `Name⇥:⇥Role` has three)
  const count = cellCount(t);
  if (count < 2 || count % 2 !== 0 || count > 8) return -1;
  const cells = tabCells(t);
  const pairs: Array<{ readonly kind: BlockKind; readonly role: string; readonly p: PersonMatch }> = [];
  for (let k = 0; k < cells.length; k += 2) {
    const lk = labelKind(t.slice(cells[k].start, cells[k].end));
    const p = lk?.role !== undefined ? readPerson(t, cells[k + 1].start, cells[k + 1].end) : undefined;
    if (!lk?.role || !p || p.end < cells[k + 1].end || p.role || p.qualifiers.length > 0) return -1;
    pairs.push({ kind: lk.kind, role: lk.role, p });
  }
  for (const { kind, role, p } of pairs) {
    const block = start(kind);
    ROLE_LINES.add(block);
    addParts(state, block, partsOf(seg, p), undefined, role);
  }
  return 0;
}

/**
 * A Word table of lists with a column of offices between the list's label and the names (`Present:⇥Chairman⇥Cllr A Roe`
 * ⏎ `⇥Vice-Chairman⇥Cllr B Lee` ⏎ `⇥Councillors⇥Cllrs C Day, D Eke and E Fox` ⏎ `In attendance:⇥Clerk/RFO⇥Mrs F Gee (minutes)`):
 * each row's people on the list of the label above it, the office their role; a group's word in the plural (`Councillors`)
 * is no one's office. A row of no one (`Public⇥4 residents`) is passed over. The count of segments after i it took, or -1.
 */
export function roleColumns(state: ParseState, i: number, start: (kind: BlockKind, seg: Segment) => PeopleBlockBuilder): number {
  const segs = state.segs;
  const first = segs[i].text;
  if (first.indexOf('\t') < 0) return -1;
  const lab = labelRow(first);
  if (!lab || !officeCell(first, lab.role)) return -1;
  const rows: Array<{ readonly seg: Segment; readonly kind?: BlockKind; readonly role: Span; readonly people: Span }> = [{ seg: segs[i], kind: lab.kind, role: lab.role, people: lab.people }];
  for (let k = i + 1; k < segs.length && segs[k].line === segs[k - 1].line + 1; k++) {
    const t = segs[k].text;
    const next = labelRow(t);
    if (next) { rows.push({ seg: segs[k], kind: next.kind, role: next.role, people: next.people }); continue; }
    // a row under the label's: its first cell empty, then the office and the names
    const cells = segs[k].offset > 0 && leadingTabs(state, segs[k]) === 1 ? tabCells(t) : [];
    if (cells.length !== 2 || cells.some((c) => c.end <= c.start)) break;
    rows.push({ seg: segs[k], role: cells[0], people: cells[1] });
  }
  // (`Cllrs C Day, D Eke and E Fox`: a list of names, the plural title once for all; else one person with what follows the name)
  const peopleOf = (t: string, people: Span): readonly PersonMatch[] => {
    const many = matchInlineList(t, people.start, people.end);
    if (many && many.people.length >= 2) return many.people;
    const single = readPerson(t, people.start, people.end);
    return single && single.end >= people.end ? [single] : [];
  };
  const read = rows.map((r) => peopleOf(r.seg.text, r.people));
  // (the label's own row names someone, or the line is no such table)
  if (read[0].length === 0) return -1;
  let block: PeopleBlockBuilder | undefined;
  rows.forEach(({ seg, kind, role }, k) => {
    if (kind) block = start(kind, seg);
    const office = officeCell(seg.text, role);
    for (const p of read[k]) {
      const parts = partsOf(seg, p);
      addParts(state, block!, office === 'office' && !p.role ? { ...parts, role: [{ seg, span: role }] } : parts);
    }
  });
  return rows.length - 1;
}

/** How many cells `tabCells` parts a line into: one more than its tabs. */
function cellCount(t: string): number {
  let n = 1;
  for (let p = t.indexOf('\t'); p >= 0; p = t.indexOf('\t', p + 1)) n++;
  return n;
}

/** A row that opens a list in a table of offices (`Present:⇥Chairman⇥Cllr A Roe`): the list, the office's cell and the names' cell. */
function labelRow(t: string): { readonly kind: BlockKind; readonly role: Span; readonly people: Span } | undefined {
  // (the label's cell ends with its colon: a line whose first cell does not is declined before it is split)
  let e = t.indexOf('\t');
  while (e > 0 && isBlankUnit(t.charCodeAt(e - 1))) e--;
  if (e <= 0 || t.charCodeAt(e - 1) !== 0x3a) return undefined;
  const cells = tabCells(t);
  if (cells.length !== 3 || cells.some((c) => c.end <= c.start) || t[cells[0].end - 1] !== ':') return undefined;
  const lab = matchLineLabel(t);
  return lab && lab.rest <= cells[1].start ? { kind: lab.kind, role: cells[1], people: cells[2] } : undefined;
}

/** What the cell before the names says: an office (`Vice-Chairman`, `Clerk/RFO`, `PCSO`), a group's word in the plural (`Councillors`), or neither. */
function officeCell(t: string, cell: Span): 'office' | 'group' | undefined {
  const w = t.slice(cell.start, cell.end);
  if (pluralTitle(w) !== undefined || matchGroupHeading(w)) return 'group';
  return namesOffice(w) ? 'office' : undefined;
}

/** The tabs before a segment's text on its line (the empty cells a table's row starts with). */
function leadingTabs(state: ParseState, seg: Segment): number {
  const raw = state.lines[seg.line] ?? '';
  let n = 0;
  for (let c = 0; c < seg.offset && c < raw.length; c++) if (raw[c] === '\t') n++;
  return n;
}

/** A legend of marks on the first line after the list's `end` that is not blank (within two). */
function markLegendAfter(texts: readonly string[], end: number): { readonly legend: MarkLegend; readonly line: number } | undefined {
  for (let k = end; k < texts.length && k <= end + 2; k++) {
    if (texts[k].trim().length === 0) continue;
    const legend = matchMarkLegend(texts[k]);
    return legend ? { legend, line: k } : undefined;
  }
  return undefined;
}

/** Blanks (keeping the offsets) the mark written in its own column at the end of texts[0, upto); the lines that bore one. */
function blankMarks(texts: string[], mark: string, upto: number): Set<number> {
  const lines = new Set<number>();
  for (let k = 0; k < upto && k < texts.length; k++) {
    const at = trailingMark(texts[k], mark);
    if (at < 0) continue;
    texts[k] = texts[k].slice(0, at) + ' '.repeat(texts[k].length - at);
    lines.add(k);
  }
  return lines;
}

/** A heading's legend of marks, the heading's segment, and the lines (of the texts read) that bear the mark. */
interface HeadingMarks { readonly legend: MarkLegend; readonly seg: Segment; readonly lines: Set<number>; block?: PeopleBlockBuilder }

/**
 * A list whose label shares its first person's line, one person a line in a family's form under it
 * (`CO-OPTED:    Councillor J Ormerod       Wyeford District Council` ⏎ `Councillor N Pask    Eastmere
 * Borough Council`): read as the block under a heading would be, the label's words blanked so that
 * the offsets stay the line's. A list written as a sentence (`Present: A (Chair), B and C`) is
 * inlineBlock's: only people one a line, two at least, are taken here. The count of segments after
 * i it took, or -1.
 */
export function labelledBlock(state: ParseState, i: number, start: (kind: BlockKind) => PeopleBlockBuilder): number {
  const segs = state.segs;
  const t = segs[i].text;
  const next = segs[i + 1];
  if (!next || next.line !== segs[i].line + 1) return -1;
  // (`Officers in⇥⇥Mr A Roe⇥…` ⏎ `Attendance:⇥⇥Ms B Lee⇥…`: the label wrapped in its column, its words blanked on both rows, someone beside each)
  const paired = t.indexOf(':') < 0 && t.indexOf('\t') > 0 ? matchWrappedLabel(t, next.text) : undefined;
  // (someone is beside the second half: a name of two words at least, not a role's last word wrapped, `Attendance:⇥Planning`)
  const pair = paired && /^\S+[ \t]+\S/.test(next.text.slice(paired.rests[1]).trim().split(/\t|,/)[0]) ? paired : undefined;
  // (`In⇥⇥Mrs Ann Roe, Director of …` ⏎ `Attendance:⇥Experience`: beside the label's second half, the first entry's role wrapped)
  const wrapped = !pair && t.indexOf(':') < 0 ? wrappedColumnLabel(t, next.text) : undefined;
  const line = pair || wrapped ? undefined : t.indexOf(':') >= 0 ? matchLineLabel(t) : undefined;
  const lab = pair ?? wrapped ?? line;
  const rest = pair ? pair.rests[0] : wrapped ? wrapped.rest : line?.rest ?? t.length;
  if (!lab || rest >= t.length) return -1;
  const texts: string[] = [' '.repeat(rest) + t.slice(rest)];
  for (let k = i + 1; k < segs.length && texts.length < WINDOW && segs[k].line - segs[i].line < WINDOW; k++) texts.push(segs[k].text);
  if (pair) texts[1] = ' '.repeat(pair.rests[1]) + texts[1].slice(pair.rests[1]);
  // (the label's second half and what stands beside it passed over: the first entry's role, wrapped, is given it after)
  if (wrapped) texts[1] = '';
  // the next list's label wrapped in the column ends this one (`In` ⏎ `Attendance:` under the members present)
  for (let k = pair || wrapped ? 2 : 1; k + 1 < texts.length; k++) if (isAsciiCapital(texts[k].charCodeAt(0)) && wrappedColumnLabel(texts[k], texts[k + 1])) { texts.length = k; break; }
  // a sentence's list (`Present: Cllr A (Mayor), Cllr B (Deputy Mayor), Cllr C,` ⏎ …) is inlineBlock's
  // (a column's gap on the line parts a name from its role: `Malcolm Treharne    Deputy Leader and Portfolio Holder` is no sentence)
  // (so is one whose first line stops on a word that carries the sentence on: `Councillor A Roe, Cabinet Member for Environment and` ⏎ `Climate`)
  // (a label wrapped in its column is a table's: never a sentence's)
  if (!pair && !wrapped && (/(?:[,;&]|\b(?:and|of|for|the|to))\s*$/.test(t) || (matchInlineList(texts[0])?.people.length ?? 0) >= 2 && !/\S(?:\t| {3,})\S/.test(texts[0].trim()))) return -1;
  let m = matchPeopleBlock(texts, { column: (k, c) => col(segs[i + k], c), ...languagesOf(state) });
  if (!m || m.table || (m.form !== 'lines' && m.form !== 'columns') || m.people.length === 0 || m.people[0].line !== 0) return -1;
  if (wrapped) {
    const first = m.people[0];
    const beside = next.text.slice(wrapped.tail).trim();
    if (!first.person.role || first.more.length > 0 || m.people.some((p) => p.line === 1) || /[()[\]:;,.]/.test(beside)) return -1;
    const at = next.text.indexOf(beside, wrapped.tail);
    m = { ...m, people: [{ ...first, more: [{ line: 1, span: { start: at, end: at + beside.length } }] }, ...m.people.slice(1)] };
  }
  // one person alone on the label's line only when a column parts them from their council or role (`CO-OPTED:   Cllr A   Wyeford DC`)
  if (m.people.length === 1 && !/\S(?:\t| {3,})\S/.test(texts[0].trim())) return -1;
  // (nor one whose next lines run names on after a title in the plural, `Cathaoirleach Cllr A Roe` ⏎ `Cllrs B Lee, C Day and`)
  if (m.people.some((p) => p.line > 0 && opensPluralRun(texts[p.line]))) return -1;
  // one person a line: two on a line are names in columns, which a label's line does not start
  if (m.people.some((b, k) => k > 0 && m.people[k - 1].line === b.line)) return -1;
  // our own `Name : Role` lines and a plain `Name – Role` (labelledLines) are read line by line
  if (plainLines(m, texts)) return -1;
  return addBlock(state, i, i, texts, m, start(lab.kind)) - 1;
}

function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/**
 * A list's label wrapped in its column, its colon on the line below, the list beside both halves (`In⇥⇥Mrs Ann
 * Roe, Director of Nursing, Quality and Patient` ⏎ `Attendance:⇥Experience`): the label's words joined name the
 * list; `rest`, where the first entry starts, and `tail`, where the words beside the label's second half start.
 */
function wrappedColumnLabel(t: string, below: string): { readonly kind: BlockKind; readonly label: Span; readonly rest: number; readonly tail: number } | undefined {
  const head = /^([A-Z][A-Za-z'’-]{0,15})\t+(?=\S)/.exec(t);
  if (!head) return undefined;
  const tail = /^([A-Za-z][A-Za-z'’ -]{1,25}?):\t+(?=\S)/.exec(below);
  if (!tail) return undefined;
  const k = labelKind(`${head[1]} ${tail[1]}`);
  if (!k || k.role) return undefined;
  return { kind: k.kind, label: { start: 0, end: head[1].length }, rest: head[0].length, tail: tail[0].length };
}

/**
 * The people of a block the family reader matched (`texts[k]` is segment `at + k`; `i` the heading's
 * segment) added to `block`, with a legend of categories or of marks after them; how many of the
 * texts it took.
 */
function addBlock(state: ParseState, i: number, at: number, texts: readonly string[], m: PeopleBlockMatch, block: PeopleBlockBuilder, heading?: HeadingMarks): number {
  const segs = state.segs;
  // a legend of membership codes under the list: `(FG) Foundation Governor; (CoG) Co-opted Governor`
  let taken = m.lines;
  let legend: Map<string, string> | undefined;
  for (let k = m.lines; k < texts.length && k <= m.lines + 2; k++) {
    if (texts[k].trim().length === 0) continue;
    const entries = matchLegend(texts[k]);
    if (!entries) break;
    legend ??= new Map();
    for (const e of entries) legend.set(texts[k].slice(e.code.start, e.code.end), texts[k].slice(e.meaning.start, e.meaning.end).trim());
    taken = k + 1;
  }
  if (legend) block.legend = Object.fromEntries(legend);
  const seg = (line: number): Segment => segs[at + line];
  // `Attendees (please add your name and company):`: the bracket after each name holds their company
  const company = matchListNote(segs[i].text)?.company === true;
  // `Councillors:   Malcolm Treharne    Deputy Leader …`: the label, a title in the plural, is each member's title
  const label = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s*:/.exec(segs[i].text);
  // (`Council Members:` gives them the office as their role instead: headingRole)
  const sharedTitle = label && !headingRole(segs[i].text) ? pluralTitle(label[1]) : undefined;
  // `Mr Rupert Ellison A` ⏎ … ⏎ `A = absent; apologies had been received …`: the mark puts the member on another list
  let marks: { readonly legend: MarkLegend; readonly line: number; block?: PeopleBlockBuilder } | undefined;
  // a checklist of attendance (`- [x] Elena Brozek …` ⏎ `- [ ] Oskar Lindahl …`): an empty box is someone who did not attend
  let unticked: PeopleBlockBuilder | undefined;
  let sentWord: PeopleBlockBuilder | undefined;
  const observers = observersHeading(segs[i].text);
  const forItem = forItemQualifier(segs[i].text);
  // a table's attendance cell (`✉️ Apologies`, `❌ Absent`): the member on the list it names, one list of each kind
  const listed = new Map<BlockKind, PeopleBlockBuilder>([[block.kind, block]]);
  for (let k = taken; k < texts.length && k <= taken + 2; k++) {
    if (texts[k].trim().length === 0) continue;
    const ml = matchMarkLegend(texts[k]);
    if (ml) { marks = { legend: ml, line: k }; taken = k + 1; }
    break;
  }
  if (m.table) {
    for (const t of m.table) {
      const piece = (s: { line: number; start: number; end: number }): Piece => ({ seg: seg(s.line), span: { start: s.start, end: s.end } });
      const pieces = [piece(t.name), ...t.role.map(piece), ...(t.initials ? [piece(t.initials)] : [])];
      const last = pieces.reduce((a, b) => (b.seg.line > a.seg.line ? b : a));
      addParts(state, block, {
        name: piece(t.name), whole: [piece(t.name), last], role: t.role.map(piece),
        ...(t.initials ? { initials: piece(t.initials) } : {}),
        qualifiers: t.qualifiers.map((q) => ({ piece: piece(q), q })),
      }, legend);
    }
  } else {
    for (const b of m.people) {
      let parts = partsOf(seg(b.line), b.person);
      let into = block;
      const marked = marks ? markedName(parts.name, marks.legend.mark) : undefined;
      if (heading?.lines.has(b.line)) {
        const ml = heading.legend;
        into = heading.block ??= proseBlock(state, heading.seg, ml.kind, ml.label);
      } else if (marks && marked) {
        const ml = marks.legend;
        const at = seg(marks.line);
        into = marks.block ??= proseBlock(state, at, ml.kind, ml.label);
        parts = { ...parts, name: marked };
      } else if (b.unticked && b.person.role && SENT_WORD.test(seg(b.line).text.slice(b.person.role.start, b.person.role.end))) {
        // `- [ ] Ann Roe (@aroe), sent regrets`: an empty box, and the word sent: the member is on the apologies list, the words its label
        into = sentWord ??= proseBlock(state, seg(b.line), 'apologies', b.person.role);
        parts = { ...parts, role: [] };
      } else if (b.unticked) {
        into = unticked ??= proseBlock(state, seg(b.line), 'absent', b.unticked);
      } else if (b.listed) {
        const { kind, word } = b.listed;
        let other = listed.get(kind);
        if (!other) listed.set(kind, (other = proseBlock(state, seg(b.line), kind, word)));
        into = other;
      }
      const role = b.office && parts.role.length === 0 ? [{ seg: seg(b.office.line), span: b.office.span }] : [...parts.role];
      const qualifiers = [...parts.qualifiers];
      let end = parts.whole[1];
      for (const more of b.more) {
        const piece: Piece = { seg: seg(more.line), span: more.span };
        end = piece;
        const lastQ = qualifiers.length > 0 ? qualifiers[qualifiers.length - 1] : undefined;
        if (more.initials) { if (!parts.initials) parts = { ...parts, initials: piece }; continue; }
        if (more.follows && lastQ && !lastQ.tail) qualifiers[qualifiers.length - 1] = { ...lastQ, tail: piece };
        else if (more.qualifier) qualifiers.push({ piece, q: more.qualifier });
        else if (b.person.unclosed && b.person.role) {
          // `– Ward Councillor, Castle Ward (Minute` ⏎ `18 only)`: a role written already, the bracket is a fact beside it
          const open: Piece = { seg: seg(b.line), span: { start: b.person.unclosed.start + 1, end: b.person.unclosed.end } };
          const closing: Piece = { seg: piece.seg, span: { start: piece.span.start, end: piece.span.end - 1 } };
          // `(for NF,` ⏎ `from PCCC 24/066)`: facts parted by a comma at the wrap, each one of its own
          const parts = /,\s*$/.test(text(open)) || /^,/.test(open.seg.text.slice(open.span.end)) ? [trimPiece(open, /,\s*$/), closing] : [];
          const each = parts.map((x) => readQualifier(text(x)));
          if (parts.length > 0 && each.every((q) => q !== undefined)) {
            parts.forEach((x, n) => qualifiers.push({ piece: x, q: { kind: each[n]!.kind, start: 0, end: 0, ...(each[n]!.value !== undefined ? { value: each[n]!.value } : {}) } }));
            continue;
          }
          const q = readQualifier(`${text(open)} ${text(closing)}`);
          qualifiers.push({ piece: open, q: { kind: q?.kind ?? 'note', start: 0, end: 0, ...(q?.value !== undefined ? { value: q.value } : {}) }, tail: closing });
        } else if (!b.person.unclosed && piece.seg.text[piece.span.start - 1] !== '(') {
          // `Helen Gaunt<TAB>Director of Primary Care and<TAB>HG` ⏎ `<TAB>Community Services`: the role's cell wrapped
          role.push(piece);
        } else if (b.person.unclosed) {
          // `Council (Vice-` ⏎ `Chair)`: the bracket's words are the role, the council before it the organisation
          const open: Piece = { seg: seg(b.line), span: { start: b.person.unclosed.start + 1, end: b.person.unclosed.end } };
          const closing: Piece = { seg: piece.seg, span: { start: piece.span.start, end: piece.span.end - 1 } };
          if (role.length === 0) role.push(open, closing);
        }
      }
      // `Rajiv Menon †` ⏎ … ⏎ `† joined via Microsoft Teams`: the key under the lists says how the marked member attended
      const mark = b.person.mark;
      // (or the heading's own legend: `Membership (A = apologies; * = attended part of the meeting)`)
      // (a mark after the role's bracket, `Vice-President (Postgraduate)*`, read as a note of its own: the same mark)
      const noted = mark ? -1 : qualifiers.findIndex((q) => q.piece.seg === seg(b.line) && MARK_ALONE.test(text(q.piece)));
      const written = mark ? seg(b.line).text.slice(mark.start, mark.end) : noted >= 0 ? text(qualifiers[noted].piece).trim() : '';
      const key = written ? markFootnote(state, at + b.line, written, KEY_REACH) ?? (heading ? keyInHeading(segs[i], written) : undefined) : undefined;
      if (key && noted >= 0) qualifiers.splice(noted, 1);
      if (key) qualifiers.push({ piece: key.piece, q: key.q, kept: true });
      // `Observers` ⏎ `Grace Roe …`: each attends as an observer, which the heading says once for all
      if (observers) qualifiers.push({ piece: { seg: segs[i], span: observers }, q: { kind: 'observer', start: 0, end: 0 }, kept: true });
      // `For item ARC/26/19:` ⏎ `Dr A Roe …`: each came for that item, as `(item ARC/26/19 only)` beside the name says
      if (forItem) qualifiers.push({ piece: { seg: segs[i], span: forItem.span }, q: { kind: forItem.kind, start: 0, end: 0, ...(forItem.value !== undefined ? { value: forItem.value } : {}) }, kept: true });
      // `Partner Member – Primary` ⏎ `<TAB>Medical Services`: the words after a dash in the role's cell, wrapped, are read
      // whole: the kind of body a seat is for stays in the role, a body by its name (`Chief Officer – Westvale` ⏎
      // `<TAB>Borough Council`) is whom they come from
      if (parts.role.length === 1 && role.length === 2) parts = cellAfterDash(parts, role);
      const read: Parts = { ...parts, role, qualifiers, whole: [parts.whole[0], end], ...(sharedTitle && !parts.sharedTitle ? { sharedTitle } : {}), ...(m.noRoleColumn ? { noRoleColumn: true } : {}) };
      const own = company ? companyInBracket(read) : read;
      addParts(state, into, own, legend, own.role.length === 0 ? headingRole(segs[i].text) : undefined);
    }
  }
  return taken;
}

/**
 * What a Markdown page shows of the n lines under the heading at segment i, their markers set aside:
 * the groups' headings (a heading deeper than the list's own, `### TSC members`; a short line all in
 * bold, `**Team**:`) and the lines that began with a bullet. Nothing for a page with neither.
 */
function markdownShapes(state: ParseState, i: number, n: number): { groups?: ReadonlySet<number>; bullets?: ReadonlySet<number> } {
  const segs = state.segs;
  const level = segs[i].heading;
  let groups: Set<number> | undefined;
  let bullets: Set<number> | undefined;
  for (let k = 0; k < n; k++) {
    const s = segs[i + 1 + k];
    if (s.bullet) (bullets ??= new Set()).add(k);
    else if (level > 0 && s.heading > level || s.heading === 0 && s.bold.length > 0 && s.text.length <= 40 && boldLabel(s)) (groups ??= new Set()).add(k);
  }
  return { ...(groups ? { groups } : {}), ...(bullets ? { bullets } : {}) };
}

/** A line all in bold, but for a colon after it (`**Team**:`, `**Core team:**`). */
function boldLabel(s: Segment): boolean {
  const [a, b] = s.bold[0];
  return s.bold.length === 1 && s.text.slice(0, a).trim() === '' && /^(?:\s*:)?\s*$/.test(s.text.slice(b));
}

/** The name without the mark written after it (`Rupert Ellison A`), when it ends so and a name is left. */
function markedName(name: Piece, mark: string): Piece | undefined {
  const t = text(name);
  if (!t.endsWith(` ${mark}`)) return undefined;
  let end = name.span.end - mark.length;
  while (end > name.span.start && /\s/.test(name.seg.text[end - 1])) end--;
  const rest = name.seg.text.slice(name.span.start, end);
  const parsed = parseName(rest);
  return parsed && parsed.words.length >= 2 ? { seg: name.seg, span: { start: name.span.start, end } } : undefined;
}

/**
 * A list on the heading's own line (`Present: Cllr A (Chair), Cllr B`), which may run on over the
 * next lines until its sentence ends. Returns the count of segments after i it took, or -1.
 */
/** A title opening a line of a list (`Councillors `, `Mr `, `Cllr `): a person starts there. */
export const TITLED_START = /^\s*(?:Councillors?|Cllrs?|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd)\.?\s+\p{Lu}/u;

/** The line opens with an office before a title (`Chair Cllr A Roe`, `Cathaoirleach Councillor …`). */
function officeBeforeTitled(line: string): boolean {
  const t = line.trimStart();
  const n = officeOpening(t);
  return n > 0 && TITLED_START.test(t.slice(n));
}

/** A name of two to four words and a bracket after it, the whole line (`Colin Ashdown (Licensing Manager)`). */
const NAME_BRACKET_LINE = /^[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}[ \t]*\([^()]{2,80}\)[ \t]*$/u;

/** The next line of a list starts a new person: the text before ends one (no comma, `and` or open bracket pending) and the line opens with a title. */
function newPerson(before: string, next: string): boolean {
  // an office opens a person as a title does (`… Gordon Ostrander` ⏎ `Deputy Mayor Tracy Lindsay`)
  // (and an office before the title, `… Tadhg O'Galvin` ⏎ `Leas-Chathaoirleach Cllr Mary Ryan`)
  // (and so does a name with its post in a bracket, the whole line, under an entry its bracket closed: `… (Head of Legal)` ⏎
  // `Colin Ashdown (Licensing Manager)`, one officer a line under the label's)
  const bracketed = before.trimEnd().endsWith(')') && NAME_BRACKET_LINE.test(next);
  if (!bracketed && !TITLED_START.test(next) && !opensWithOffice(next) && !officeBeforeTitled(next) || !/[\p{L})]\s*$/u.test(before) || /\b(?:and|&)\s*$/i.test(before)) return false;
  let depth = 0;
  for (let k = 0; k < before.length; k++) {
    const c = before[k];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth === 0;
}

/** A list's line that ends asking for a number on the next (`… Manager, for items` ⏎ `5.0–6.0; …`): the qualifier wrapped. */
const NUMBER_ASKED = /\b(?:items?|minutes?)\s*$/i;

/**
 * A line under a list on its label's line that is no part of it however the list ran: a heading (of an item without a
 * number, a wiki's section) or a table's column names. Only lines after such a list come here; each test is gated by
 * a character its form cannot do without (a closing bracket of the edit chrome, a tab or `|` between columns).
 */
function endsInlineList(state: ParseState, seg: Segment): boolean {
  if (state.layout.headings?.has(seg.line)) return true;
  const t = seg.text;
  const last = t.charCodeAt(t.length - 1);
  if ((last === 0x5d || last === 0x29) && wikiEditAt(t) !== null) return true; // `]`, `)`
  return (t.indexOf('\t') >= 0 || t.indexOf('|') >= 0) && isColumnHeader(t);
}

/** A time or a minute's number closing the bracket the line above left open (`11:15)`, `24/117);`): the bracket's, no item's. */
const BRACKET_WRAPPED_NUMBER = /^\s*(?:[\d:.]{1,8}(?:[ap]m)?|[A-Z]{0,6}\d{1,4}(?:[/.]\d{1,4}){1,2}(?:\([a-z0-9]{1,3}\))?)\)/;

export function inlineBlock(state: ParseState, i: number, start: (kind: BlockKind) => PeopleBlockBuilder): number {
  const segs = state.segs;
  const t = segs[i].text;
  // the list starts on the label's line: a label alone (`Minutes:`) heads what follows, it is no list
  // (`Present (in person):`: a bracket in the label says how everyone on the list attends)
  const lm = /^[ \t]*(?:\*\*)?([A-Za-z][A-Za-z\u00C0-\u024F'’ /-]{1,50}?)(?:[ \t]*\(([A-Za-z][A-Za-z -]{1,28})\))?(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*\S/.exec(t);
  // only a label that names a list (`Present`, `Regrets`, `Mayor`) is worth reading the line for
  if (!lm || !labelKind(lm[1])) return -1;
  // the sentence runs on while a line does not end it and the next is no heading of its own
  let joined = t;
  let way: { readonly span: Span; readonly kind: Qualifier['kind'] } | undefined;
  const wayKind = lm[2] !== undefined ? labelWay(lm[2]) : undefined;
  if (wayKind !== undefined) {
    // (blanked for the list's reading, the offsets kept: the label is the words before it)
    const open = lm[0].indexOf('(', lm[0].indexOf(lm[1]) + lm[1].length);
    way = { span: { start: open + 1, end: open + 1 + lm[2].length }, kind: wayKind };
    joined = t.slice(0, open) + ' '.repeat(lm[2].length + 2) + t.slice(open + lm[2].length + 2);
  }
  // the names in a column after the label's (`Members Present:⇥Aldermen …`): the label may wrap in its own column
  const column = /^[^:]*:(?:\*\*)?\t/.test(t);
  const starts = [0];
  let n = 0;
  // (a hanging label's paragraph runs to half a dozen lines: `Present:   Mrs A Roe (Chair); the President (…);` ⏎ …)
  while (!/[.]\s*$/.test(joined) && n < 6 && i + n + 1 < segs.length) {
    const next = segs[i + n + 1].text;
    // never past an item's head: a list in an item reads only the item's lines (the one-item re-parse reads the same)
    // (a line opening with a number is an item's head, unless the line before asked for one: `for items` ⏎ `5.0–6.0; Mr B …`)
    // (nor one whose bracket the line before left open: `(MK, from` ⏎ `11:15), Jem Ferris (JF)`, the time wrapped, or the
    // minute, `(from 7.40pm until` ⏎ `24/117); PCSO C Ridley …`)
    // (a label in two languages too: `Yn absennol / Absent:` under the members present)
    if (next.trim().length === 0 || /^[ \t]*[A-Za-z][A-Za-z\u00C0-\u024F /-]{1,50}:/.test(next) || /^\s*\S*\d/.test(next) && !NUMBER_ASKED.test(joined) && !(joined.lastIndexOf('(') > joined.lastIndexOf(')') && BRACKET_WRAPPED_NUMBER.test(next)) || state.layout.heads?.has(segs[i + n + 1].line)) break;
    // nor past a heading the list's last person cannot wear as a role: a heading item's (`## Budget`, a wiki's), a wiki
    // section's with its edit chrome where the page has too few to be items (`Carried forward actions [edit | edit source]`),
    // a table's column names (`Min⇥Item⇥Lead`, `No. | Action | Who`: the table below the lists starts there)
    if (endsInlineList(state, segs[i + n + 1])) break;
    // nor past the legend of the list's codes (`CoG = Co-opted governor; PG = Parent governor`: read as such below) or a
    // sentence of the minutes' own (`The meeting was quorate.`)
    if (endsPeopleList(next) || matchLegend(next) !== undefined) break;
    // nor past the next list's label wrapped in its column (`Hefyd yn bresennol /⇥Cllr A Roe` ⏎ `Also present:⇥…`)
    const after = segs[i + n + 2];
    if (after !== undefined && next.indexOf('\t') > 0 && matchWrappedLabel(next, after.text) !== undefined) break;
    starts.push(joined.length + 1);
    // `Members Present:⇥Aldermen A Roe and B Lee` ⏎ `(In Person)⇥⇥Councillors C Day …`: the label's bracket wrapped under it
    // in its column says how everyone on the list attends, no person's (blanked for the list's reading, the offsets kept)
    let line = next;
    const wb = n === 0 && column && way === undefined && next.charCodeAt(0) === 40 ? LABEL_BRACKET.exec(next) : null;
    const wk = wb ? labelWay(wb[1]) : undefined;
    if (wb && wk !== undefined) {
      way = { span: { start: joined.length + 2, end: joined.length + 2 + wb[1].length }, kind: wk };
      line = ' '.repeat(wb[0].length) + next.slice(wb[0].length);
    }
    // a line that starts a titled name after one that ended a person (`… (Chairman)` ⏎ `Councillors A …`,
    // `… and C Dee` ⏎ `Mr E Eff …`): the page's line break parts them, as a comma would (one character, the offsets kept)
    // (a roll call printed in columns, `Present:⇥President Hurd⇥⇥Trustee Kaminski` ⏎ `⇥Trustee Ortiz⇥⇥Trustee Bell`: each row's
    // end is a column's gap, as the tabs between its names are)
    joined += (column && line.indexOf('\t') > 0 && t.indexOf('\t', lm[0].length - 1) > 0 ? '\t' : newPerson(joined, line) ? ',' : ' ') + line;
    n++;
  }
  // `Councillor A Roe (Ward)*` ⏎ … ⏎ `* attended remotely`: a star after a member points to the footnote under the lists
  // (blanked for the list's reading, the offsets kept)
  const stars: number[] = [];
  if (joined.indexOf('*') >= 0) joined = joined.replace(/(?<=[\p{L})])\*(?=[\s,;.]|$)/gu, (_s: string, o: number) => { stars.push(o); return ' '; });
  // `~~Jean Dupuis (Orbis)~~ regrets`: a Markdown list strikes out one who sent regrets (the marks and the word blanked, the offsets kept)
  const struck: Array<{ readonly from: number; readonly to: number; readonly word: Span }> = [];
  if (joined.indexOf('~~') >= 0) {
    joined = joined.replace(/~~([^~]{1,80})~~([ \t]+(?:sent[ \t]+)?(?:regrets|apologies))\b/g, (all: string, inner: string, word: string, o: number) => {
      const w = o + 4 + inner.length + word.length - word.trimStart().length;
      struck.push({ from: o, to: o + all.length, word: { start: w, end: o + all.length } });
      return `  ${inner}${' '.repeat(all.length - 2 - inner.length)}`;
    });
  }
  // scribed minutes' `Present: Ana_Ferreira, Elif_Sahin[last_half], tkato`: names with underscores, so chat nicknames too
  const nicks = { ...(/\p{L}_\p{L}/u.test(joined) ? { nicks: true } : {}), ...languagesOf(state) };
  let list = matchInlineList(joined, 0, joined.length, nicks);
  let used = n;
  if (list && n > 0 && list.people.length === 0) list = undefined;
  if (!list && n > 0) { list = matchInlineList(t, 0, t.length, nicks); used = 0; }
  if (!list?.kind || !list.label || list.people.length === 0) return -1;
  // `Clerk: Mrs W Tipping, 3 Coldharbour Cottages, …  clerk@…`: the letterhead's contact, not who attended
  if (list.role !== undefined && CONTACT.test(joined)) return -1;
  const block = start(list.kind);
  if (list.role !== undefined && list.people.length <= 2) ROLE_LINES.add(block);
  // the legend of the list's membership codes on the line under it (`CoG = Co-opted governor; PG = Parent governor`): each code's category, the line the list's
  const below = i + used + 1 < segs.length && segs[i + used + 1].line === segs[i + used].line + 1 && list.people.some((p) => p.category) ? matchLegend(segs[i + used + 1].text) : undefined;
  let legend: Map<string, string> | undefined;
  if (below) {
    const lt = segs[i + used + 1].text;
    legend = new Map(below.map((e) => [lt.slice(e.code.start, e.code.end), lt.slice(e.meaning.start, e.meaning.end).trim()]));
    block.legend = Object.fromEntries(legend);
  }
  const at = (o: number): { seg: Segment; off: number } => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > o) k--;
    return { seg: segs[i + k], off: o - starts[k] };
  };
  const piece = (s: Span): Piece => {
    const a = at(s.start);
    return { seg: a.seg, span: { start: a.off, end: Math.min(a.seg.text.length, s.end - (s.start - a.off)) } };
  };
  // a role the page wrapped (`(Director of Estates and` ⏎ `Facilities)`): a piece on each line it runs over
  const pieces = (s: Span): Piece[] => {
    const out: Piece[] = [];
    for (let k = 0; k < starts.length; k++) {
      // line k of the joined text runs from starts[k] to the space joined before line k + 1
      const from = Math.max(s.start, starts[k]);
      const end = Math.min(s.end, k + 1 < starts.length ? starts[k + 1] - 1 : joined.length);
      if (end > from) out.push(piece({ start: from, end }));
    }
    return out;
  };
  // `Senators present: A (Mathematical Sciences), B (English), …`: where no member's bracket names an
  // office, each names the department or body the member sits for; so does a bracket naming a body
  // that is no office (`Guest: Professor A Forde (Budget Advisory Committee)`)
  const bracketed = list.people.filter((p) => p.role && !p.org && /\(\s*$/.test(joined.slice(Math.max(0, p.role.start - 3), p.role.start)));
  const seats = bracketed.length >= 2 && bracketed.every((p) => !namesOffice(joined.slice(p.role!.start, p.role!.end)));
  // (a list whose every member has a bracket, some naming an office: one whose single word names none and is no agent's
  // word names a body, `A Roe (Chair), B Lee (Orange)`; `(Lengthsman and Tree Warden)`, `(Steward)` stay offices)
  const mixed = bracketed.length >= 2 && bracketed.length === list.people.length;
  const bodyWord = (b: string): boolean => /^\p{Lu}[\p{L}&.-]*$/u.test(b) && !/(?:er|or|man|woman|ist|an|en|ee|ar)$/i.test(b);
  // `**Minutes:** Kim Lee`: who took the minutes, a fact beside the name (as `(minutes)` is), no office
  const minutes = list.role !== undefined && isMinutesLabel(joined.slice(list.label.start, list.label.end));
  // (`Student Board Member: Jaylen Moore (preferential vote)`: a label naming the members' office gives it to each, as the heading over a list does)
  const roleOfList = minutes ? undefined : list.role ?? headingRole(joined.slice(list.label.start, list.label.end));
  // `Councillors:   A Roe (Ward), B Lee (Ward)`: the label, a title in the plural, is each one's title
  const labelTitle = roleOfList === undefined ? pluralTitle(joined.slice(list.label.start, list.label.end)) : undefined;
  const footnote = stars.length > 0 ? markFootnote(state, i) : undefined;
  // `EXCUSED: Alderperson A Roe (District 8)`: absent with leave, which the label says of each, as `(excused)` would
  const excused = list.kind === 'absent' && /^excused$/i.test(joined.slice(list.label.start, list.label.end));
  let regrets: PeopleBlockBuilder | undefined;
  // `…, Cllr B Lyle left (from EP25/044)`: a member listed above who went is that member's fact, no person of this list
  // (one listed nowhere came or went as one of this list, the fact beside the name)
  // (so with one the list's own reader took whole, `Mr B Lee departed at 8.15pm`, a fact and nothing else beside the name)
  let listedPeople = list.people;
  const moved = (c: PersonMatch): boolean => {
    const q = c.qualifiers[0];
    const ps = pieces(q);
    return ps.length > 0 && factOfListed(state, block, joined.slice(c.name.start, c.name.end), { kind: q.kind, text: qualifierText(joined.slice(q.start, q.end).replace(/[()]/g, '')), ...(q.value !== undefined ? { value: q.value } : {}), range: range(state, ps[0], ps[ps.length - 1]) });
  };
  if (list.comings || state.meeting && state.meeting.people.length > 1 && list.people.some(onlyComing)) {
    listedPeople = [...list.people.filter((p) => !onlyComing(p) || !moved(p)), ...(list.comings ?? []).filter((c) => !moved(c))].sort((a, b) => a.start - b.start);
  }
  for (const listed of listedPeople) {
    // `(Governance Officer, Secretary to` ⏎ `Senate)`: one bracket is one role (as addParts keeps it on one line), here over the lines it runs
    const p = listed.role && listed.org && joined[listed.role.start - 1] === '(' && /^\s*,\s*$/.test(joined.slice(listed.role.end, listed.org.start)) && joined[listed.org.end] === ')'
      && at(listed.org.start).seg !== at(listed.org.end - 1).seg && !looksLikeFirm(joined.slice(listed.org.start, listed.org.end))
      ? { ...listed, role: { start: listed.role.start, end: listed.org.end }, org: undefined } : listed;
    // a name the page wrapped (`County Cllr` ⏎ `W Ambrose`): its words on the next line are its tail
    const tail = at(p.name.end - 1);
    // (`Chair:   Councillor A Roe (Brayford East)`: the label gives the office, the bracket that names none is the seat)
    // (`Not present: Olu Adebayo (Hollow Pine)`: one alone on the list, a bracket of a few capitalised words naming no office is theirs too)
    const seat = bracketed.includes(p) && (seats || (mixed && bodyWord(joined.slice(p.role!.start, p.role!.end)) || SEAT_BODY.test(joined.slice(p.role!.start, p.role!.end)) || roleOfList !== undefined && list.people.length === 1
      || list.people.length === 1 && /^\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,2}$/u.test(joined.slice(p.role!.start, p.role!.end))) && !namesOffice(joined.slice(p.role!.start, p.role!.end))) ? p.role : undefined;
    const starred = footnote && stars.some((o) => o >= p.end && joined.slice(p.end, o).trim() === '');
    const sent = struck.find((x) => p.start >= x.from && p.start < x.to);
    let into = block;
    if (sent) {
      const w = piece(sent.word);
      into = regrets ??= proseBlock(state, w.seg, 'apologies', w.span);
    }
    addParts(state, into, {
      ...wrappedName(piece(p.name), tail.seg, tail.off + 1),
      whole: [piece({ start: p.start, end: p.start + 1 }), piece({ start: p.end - 1, end: p.end })],
      role: p.role && !seat ? pieces(p.role) : [],
      ...(seat ? orgPieces(pieces(seat)) : p.org ? orgPieces(pieces(p.org)) : {}), ...(p.initials ? { initials: piece(p.initials) } : {}),
      ...(p.handle ? { handle: piece(p.handle) } : {}), ...(p.category ? { category: piece(p.category) } : {}),
      // a qualifier the page wrapped (`for items` ⏎ `5.0–6.0`): its rest on the next line is its tail
      qualifiers: [...p.qualifiers.map((q) => {
        const ps = pieces(q);
        return { piece: ps[0] ?? piece(q), q, ...(ps.length > 1 ? { tail: ps[ps.length - 1] } : {}) };
      }), ...(minutes ? [{ piece: piece(list.label), q: { kind: 'minutes' as const, start: 0, end: 0 } }] : []),
      ...(starred ? [{ piece: footnote.piece, q: footnote.q, kept: true }] : []),
      ...(way ? [{ piece: piece(way.span), q: { kind: way.kind, start: 0, end: 0 }, kept: true }] : []),
      ...(excused ? [{ piece: piece(list.label), q: { kind: 'excused' as const, start: 0, end: 0 } }] : [])],
      ...(p.sharedTitle !== undefined ? { sharedTitle: p.sharedTitle } : labelTitle ? { sharedTitle: labelTitle } : {}),
    }, legend, p.role && !seat ? undefined : roleOfList);
  }
  // a roll call naming only those listed already adds no list of its own
  const m = state.meeting;
  if (block.people.length === 0 && m) m.people.splice(m.people.indexOf(block), 1);
  return below ? used + 1 : used;
}

/**
 * The footnote of a mark put after members in the lists (`* attended remotely`, `† joined via Microsoft Teams`),
 * on a line of its own within `reach` lines under segment i (a dozen under a list's line; further under a
 * list one a line, the other lists between): what it says, read as a qualifier. Undefined when there is none.
 */
function markFootnote(state: ParseState, i: number, mark = '*', reach = 12): { readonly piece: Piece; readonly q: Qualifier } | undefined {
  const segs = state.segs;
  for (let k = i + 1; k < segs.length && segs[k].line - segs[i].line <= reach; k++) {
    // (a star opening the line may have been taken for a bullet: the line as printed says)
    const seg = segs[k];
    const key = seg.bullet ? (mark === '*' && /^[ \t]*\*[ \t]/.test(state.lines[seg.line]) ? { start: 0, end: seg.text.trimEnd().length } : undefined) : matchMarkKey(seg.text, mark);
    const q = key ? readQualifier(seg.text.slice(key.start, key.end)) : undefined;
    if (key && q) return { piece: { seg: segs[k], span: key }, q: { kind: q.kind, start: 0, end: 0, ...(q.value !== undefined ? { value: q.value } : {}) } };
  }
  return undefined;
}

/** A mark alone (`*`, `†`, `‡`), as a list writes it after a member. */
const MARK_ALONE = /^[ \t]*[*†‡§¶][ \t]*$/;

/** The key to a mark in the list's heading, after the legend's first (`(A = apologies; * = attended part of the meeting)`). */
function keyInHeading(seg: Segment, mark: string): { readonly piece: Piece; readonly q: Qualifier } | undefined {
  const t = seg.text;
  const at = t.indexOf(`; ${mark}`);
  if (at < 0 || t.length > 200) return undefined;
  const m = /^;[ \t]*\S[ \t]*[=:–—-][ \t]*([^;()]+)/.exec(t.slice(at));
  if (!m) return undefined;
  const words = m[1].trim();
  const q = readQualifier(words);
  if (!q) return undefined;
  const start = at + m[0].indexOf(m[1]);
  return { piece: { seg, span: { start, end: start + words.length } }, q: { kind: q.kind, start: 0, end: 0, ...(q.value !== undefined ? { value: q.value } : {}) } };
}

/** An organisation's pieces on the lines it runs over (`(Northgate` ⏎ `Ward)`): the first, and the last as its tail. */
function orgPieces(ps: readonly Piece[]): Pick<Parts, 'org' | 'orgTail'> {
  return ps.length === 0 ? {} : { org: ps[0], ...(ps.length > 1 ? { orgTail: ps[ps.length - 1] } : {}) };
}

/** A numbered seat (`Precinct 2`, `District 5`, `Ward 3`), or one elected by the whole city (`At-Large`): the district a member is elected for. */
const SEAT = /^(?:(?:district|ward|division|precinct|seat) \d+|at[- ]large)$/i;
/** A body a member may sit for that is no council or company (the ends BODY_END of forms/qualifiers.ts leaves to roles: `Chair, Audit Committee`), or a seat. */
const SEAT_BODY = new RegExp(String.raw`\b(?:committee|government|department|faculty|senate)$|${SEAT.source}`, 'i');

/**
 * A PDF's two-column list whose label wrapped in its column, its colon on the next line
 * (`External       Kate Millward (Engagement Lead, Brockley Moore LLP)` ⏎ `Auditor:`): the label's
 * words joined name the list, the right-hand column is its people. The count of segments after i it
 * took, or -1.
 */
export function wrappedLabelList(state: ParseState, i: number): number {
  const segs = state.segs;
  const seg = segs[i];
  const next = segs[i + 1];
  if (!next || next.line !== seg.line + 1) return -1;
  // the gate: the next line ends with the label's colon (few do), or holds it within a label's length with a column's
  // gap after it (`ALSO⇥⇥Councillor A Roe (Leader) (for Minute` ⏎ `PRESENT:⇥⇥12 only)`: the list runs on beside it)
  const nt = next.text;
  const c = nt.indexOf(':');
  const beside = c > 1 && c < 30 && (nt.charCodeAt(c + 1) === 9 || nt.charCodeAt(c + 1) === 32 && nt.charCodeAt(c + 2) === 32);
  if (!beside && nt.charCodeAt(nt.trimEnd().length - 1) !== 58) return -1;
  const tail = beside ? LABEL_BESIDE.exec(nt) : /^([ \t]*)([A-Za-z][A-Za-z -]{1,25}?)[ \t]*:[ \t]*$/.exec(nt);
  if (!tail) return -1;
  // (`Ymddiheuriadau /⇥Cllr A Roe …` ⏎ `Apologies:`: a bilingual label, its other language's half first, a tab after it)
  const head = /^([ \t]*)(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}(?: \/)?)(?:[ ]{3,}|\t+)(?=\S)/u.exec(seg.text);
  if (!head || head[1] !== tail[1]) return -1;
  const k = labelKind(`${head[2]} ${tail[2]}`);
  if (!k || k.role) return -1;
  // the list read after its label made whole (`External Auditor: Kate Millward (…)`), then put back at its place on the line
  const words = `${head[2]} ${tail[2]}`;
  const lead = `${words}: `;
  const first = lead + seg.text.slice(head[0].length);
  // (the words beside the label's second half carry the first line's list on, after a blank as the page's line end)
  const whole = beside ? `${first.trimEnd()} ${nt.slice(tail[0].length).trimEnd()}` : first;
  const list = matchInlineList(whole, 0, whole.length, languagesOf(state));
  if (!list || list.kind !== k.kind || list.people.length === 0 || list.others.length > 0) return -1;
  const cut = beside ? first.trimEnd().length : whole.length;
  const across = beside ? list.people.map((p) => partsAcross(seg, next, p, cut, head[0].length - lead.length, tail[0].length - cut - 1)) : [];
  if (across.some((p) => p === undefined)) return -1;
  const label = seg.text.indexOf(head[2]);
  const block = proseBlock(state, seg, k.kind, { start: label, end: label + head[2].length }, { text: words, range: { start: state.r(seg, label, label + 1).start, end: state.r(next, tail[1].length, tail[1].length + tail[2].length).end } });
  if (beside) for (const p of across) addParts(state, block, p!);
  else for (const p of list.people) addParts(state, block, partsOf(seg, shiftPerson(p, head[0].length - lead.length)));
  state.closeBlock();
  return 1;
}

/** A label's second half in its column with the list's words beside it (`PRESENT:⇥⇥12 only)`), a column's gap after the colon. */
const LABEL_BESIDE = /^([ \t]*)([A-Za-z][A-Za-z -]{1,25}?):(?:\t+|[ ]{2,})(?=\S)/;

/**
 * A person read from a list joined over two lines (`cut`: where the first line's words end in the joined text; `by1`,
 * `by2`: what puts an offset back on its own line): each part on the line it stands on, one the page wrapped
 * (`(for Minute` ⏎ `12 only)`, `(Independent Person, Standards` ⏎ `Committee)`) its piece on each line; undefined
 * for a name so wrapped, or a mark the list's reader read beside it (initials, a handle, a category).
 */
function partsAcross(seg: Segment, next: Segment, p: PersonMatch, cut: number, by1: number, by2: number): Parts | undefined {
  const one = (s: Span): Piece => (s.end <= cut ? { seg, span: { start: s.start + by1, end: s.end + by1 } } : { seg: next, span: { start: s.start + by2, end: s.end + by2 } });
  const split = (s: Span): [Piece, Piece?] => (s.end <= cut || s.start > cut ? [one(s)] : [one({ start: s.start, end: cut }), one({ start: cut + 1, end: s.end })]);
  if ((p.name.start < cut && p.name.end > cut) || p.initials || p.handle || p.category) return undefined;
  const [role, roleTail] = p.role ? split(p.role) : [];
  const [org, orgTail] = p.org ? split(p.org) : [];
  const qualifiers: Parts['qualifiers'] = p.qualifiers.map((q) => {
    const [piece, tail] = split(q);
    return tail ? { piece, q, tail } : { piece, q };
  });
  const [head, last] = split({ start: p.start, end: p.end });
  return {
    name: one(p.name), whole: [head, last ?? head], role: role ? (roleTail ? [role, roleTail] : [role]) : [], ...(org ? { org } : {}), ...(orgTail ? { orgTail } : {}), qualifiers,
    ...(p.sharedTitle !== undefined ? { sharedTitle: p.sharedTitle } : {}),
  };
}

/** An address, a telephone or an e-mail after a name: a contact's details (`, 3 Mill Lane`, `clerk@…`, `Tel: 01632 …`). */
const CONTACT = /[\w.-]@[\w-]+\.\w|\b(?:[Tt]el|TEL|[Tt]elephone|[Pp]hone|[Ee]-?mail)\b|,\s*\d{1,4}[a-z]?\s+[A-Z][a-z]/;

/** Someone of this list already listed under this name or surname (prose repeating a list names them again). */
function alreadyIn(state: ParseState, kind: BlockKind | undefined, written: string): boolean {
  const name = parseName(written);
  if (!name) return true;
  for (const b of state.meeting?.people ?? []) {
    if (kind !== undefined && b.kind !== kind) continue;
    for (const p of b.people) if (p.name.surname.toLowerCase() === name.surname.toLowerCase() || p.initials === written.trim()) return true;
  }
  return false;
}

/** A list of people read from a sentence: its own block, labelled by the words that introduce it (never rewritten). */
/** A list of its own for a group printed under another list's heading (`Administration:` under `PRESENT:`), labelled by the group. */
function groupBlock(state: ParseState, seg: Segment, kind: BlockKind, label: Span): PeopleBlockBuilder {
  const m = state.ensureMeeting(seg);
  const r = state.r(seg, label.start, label.end);
  const block = state.newBlock({ kind, label: seg.text.slice(label.start, label.end).trim(), labelRange: r, canonicalLabel: false, people: [], range: r });
  m.people.push(block);
  return block;
}

function proseBlock(state: ParseState, seg: Segment, kind: BlockKind, label: Span, wrapped?: { readonly text: string; readonly range: Range }): PeopleBlockBuilder {
  const m = state.ensureMeeting(seg);
  // a label the page wrapped (`… attended as` ⏎ `substitute`) is its words joined, over both lines
  const r = wrapped?.range ?? state.r(seg, label.start, label.end);
  const block = state.newBlock({ kind, label: wrapped?.text ?? seg.text.slice(label.start, label.end).trim(), labelRange: r, canonicalLabel: true, people: [], range: r, prose: true });
  m.people.push(block);
  FROM_PROSE.add(block);
  return block;
}

/** The lists read from sentences: a sentence repeating a list printed above it (`Apologies were noted from …`) adds nothing. */
const FROM_PROSE = new WeakSet<PeopleBlock>();

/** The meeting prints a list of this kind already (not one read from a sentence). */
function printedList(state: ParseState, kind: BlockKind): boolean {
  // (an attendance annex after the items prints every list: forms/attendanceAnnex.ts)
  if (state.layout.closingAttendance !== undefined) return true;
  return (state.meeting?.people ?? []).some((b) => b.kind === kind && b.people.length > 0 && !FROM_PROSE.has(b));
}

/** The words of a sentence that may tell attendance; what an officer does as their office (`The Chair, A Roe, opened the meeting`: OFFICE_ACT) too. */
// (`leave of absence`: a New South Wales council's apology, `Councillor B Lorimer had sought leave of absence for this meeting`)
const PROSE = new RegExp(String.raw`[Aa]polog|APOLOG|[Aa]bsent|ABSENT|leave of absence|attended|guests?[,:]|visitors?[,:]|deputised|substituted|represented|\b(?:[Pp]resent|PRESENT)\b|[Ss]eating [Oo]rder|SEATING ORDER|[Ii]n attendance|\b${OFFICE_ACT}`);
function mayTellAttendance(body: string): boolean {
  return PROSE.test(body);
}

/**
 * `Also present for this item: A Roe, Regional Manager, Verdant Waste Ltd.` in the text of any item: a guest who came
 * for that item, on the list the label names, the label's `for this item` each one's qualifier. Whether the line was that.
 */
export function itemGuests(state: ParseState, seg: Segment): boolean {
  const t = seg.text;
  const list = matchInlineList(t);
  const q = list?.label && list.kind ? forThisItem(t.slice(list.label.start, list.label.end)) : undefined;
  if (!list || !list.kind || !q || list.people.length === 0) return false;
  const at: Span = { start: list.label!.start + q.start, end: list.label!.start + q.end };
  const block = proseBlock(state, seg, list.kind, list.label!);
  const kind = readQualifier(t.slice(at.start, at.end))?.kind ?? 'only';
  for (const p of list.people) {
    const parts = partsOf(seg, p);
    addParts(state, block, { ...parts, qualifiers: [...parts.qualifiers, { piece: { seg, span: at }, q: { kind, start: 0, end: 0 } }] });
  }
  return true;
}

/** Items where a reader looks for attendance in the sentences: apologies, attendance, a roll call, the welcome. */
const ATTENDANCE_ITEM = /apolog|attendance|absen|roll call|welcome|present|substitut|quor|declarations?\s+of\s+interest/i;
let lastTitle: string | undefined;
let lastYes = false;
keepsLastAnswers(() => { lastTitle = undefined; });
/** Whether an item's title is about attendance: worked out once per title (every line of the item asks). */
export function attendanceItem(title: string): boolean {
  if (title !== lastTitle) { lastTitle = title; lastYes = ATTENDANCE_ITEM.test(title); }
  return lastYes;
}

/**
 * Attendance written in the minutes' sentences (`seg.text` from `from` on): "Apologies were
 * received from …", "No apologies were received from …", "Cllr G was absent; no apologies had
 * been received", "Councillor H. Rowe attended as substitute for Councillor Ferris", and a roll
 * call's `Present:` / `Absent:` lines, whose people are those listed (an absent member leaves the
 * list of those present). Adds what it finds to the meeting's lists; returns nothing.
 */
export function readAttendanceProse(state: ParseState, seg: Segment, from: number): void {
  const t = seg.text;
  // a roll call's lists in the item, each on its label's line and wrapped over the next
  // (`Board Members Present: President Karen Ostrowski, …`, `Staff Present: …`, `Members Absent: …`)
  if (from === 0 && state.item && officesRoll(state, seg)) return;
  if (from === 0 && state.item && rollCallList(state, seg)) return;
  // `Minutes:` ⏎ `Present:` ⏎ `Academy members: A Roe (…), B Lee (…)` ⏎ …: the list's heading in the item over its groups
  if (from === 0 && state.item && t.endsWith(':') && groupsUnder(state, seg)) return;
  // `Staff present:` ⏎ `Dana Roe – City Administrator` ⏎ …: a list under its label in the item
  if (from === 0 && state.item && t.endsWith(':') && listUnder(state, seg)) return;
  // `2. Roll call` ⏎ `Name    Company    Role    Att.` ⏎ rows: the grid in the item, its rows and key read with it
  // (read as a register is, its end recorded so that its rows are read as nothing else; here its names' column may be headed by the list, `In attendance⇥Role`)
  if (from === 0 && state.item && registerGrid(state, seg, true)) return;
  if (from === 0 && answerColumn(state, seg)) return;
  if (from === 0 && bulletedApologies(state, seg)) return;
  if (from === 0 && apologyLine(state, seg)) return;
  // `Dr Ewa Roe joined the meeting at S.24.09. Sam Lee left the meeting after S.24.13.` under the lists: facts of those listed
  if (!state.item && from === 0) comingsOfListed(state, seg);
  const own = from > 0 ? t.slice(from) : t;
  const src = proseSource(state, seg, from, own);
  if (!src) return;
  const body = src.text;
  const add = (kind: BlockKind, label: Span, people: readonly PersonMatch[], extra?: (p: PersonMatch) => Array<{ piece: Piece; q: Qualifier }>, evenPrinted = false): PeopleBlockBuilder | undefined => {
    // (`evenPrinted`: a list printed above that does not hold the person; one printed after the items holds everyone)
    if (printedList(state, kind) && !(evenPrinted && state.layout.closingAttendance === undefined)) return undefined;
    let block: PeopleBlockBuilder | undefined;
    for (const p of people) {
      if (alreadyIn(state, kind, body.slice(p.name.start, p.name.end))) continue;
      // (someone the table at the page's foot lists: the table says it, `Councillors R. Farrow and …` again adds no one)
      if (state.layout.printedNames?.has(surnameKey(body.slice(p.name.start, p.name.end)))) continue;
      block ??= src.block(kind, label);
      const parts = src.parts(p);
      addParts(state, block, extra ? { ...parts, qualifiers: [...parts.qualifiers, ...extra(p)] } : parts);
    }
    return block;
  };
  // a sentence repeating printed lists adds nothing (`add` declines): not read at all, its names the costly part;
  // an absence (`No apologies were received from …`) still counts while no list of the absent is printed
  const apologiesWanted = !printedList(state, 'apologies') || !printedList(state, 'absent') && /no\s+apologies/i.test(body);
  if (apologiesWanted) for (const l of matchApologiesProse(body)) {
    const block = add(l.kind ?? 'apologies', l.label ?? { start: 0, end: 0 }, l.people);
    // the list runs to the cell's end, no full stop: the next cell may carry it on (readListRunOn)
    const last = l.people[l.people.length - 1];
    if (block && state.item && last && /^\s*$/.test(body.slice(last.name.end)) && l.others.length === 0) state.keep(RUNS_ON, { item: state.item, block, seg: src.last });
  }
  for (const l of matchNamedGuests(body)) add('inAttendance', l.label ?? { start: 0, end: 0 }, l.people);
  // `The Chair, A Roe (AR), opened the meeting. Also present were …; In attendance were …`: the lists of those who came, in the minute's sentences
  // (each reader below asked only where its pattern's own words stand, read here as indexOf, the patterns case-sensitive:
  // an officer's act after a comma, `was absent`, `for`/`in place of`/`by` after a substitute's verb, `as substitute`/`as deputy`)
  for (const l of [...body.indexOf(',') >= 0 ? matchOfficeOpened(body) : [], ...matchPresentProse(body)]) add(l.kind ?? 'present', l.label ?? { start: 0, end: 0 }, l.people);
  if (body.indexOf('absent') >= 0 || body.indexOf('present') >= 0 && NOT_PRESENT.test(body)) for (const l of matchAbsenceProse(body)) {
    const label = l.label ?? { start: 0, end: 0 };
    // `was absent; no apologies had been received`, `was not present and no apology had been received`: the clause after is a fact about the absence
    const after = /^(?:;|,?\s+and)\s*(no apolog[^.;]*)/i.exec(body.slice(label.end));
    const note = after ? label.end + after[0].length - after[1].length : -1;
    add('absent', label, l.people, () => (after ? [{ piece: src.piece({ start: note, end: note + after[1].trim().length }), q: { kind: 'note' as const, start: 0, end: 0 } }] : []));
  }
  if (body.indexOf('for') >= 0 || body.indexOf('place') >= 0 || body.indexOf('by') >= 0) for (const s of matchSubstitution(body)) {
    const who = body.slice(s.substitute.start, s.substitute.end);
    if (alreadyIn(state, undefined, who)) continue;
    const p = readPerson(body, s.substitute.start, s.substitute.end);
    if (!p) continue;
    const between = body.slice(s.substitute.end, s.for.end);
    const k = between.search(/\b(?:substitute|deputy)\s+for\b|\bfor\b|\bin\s+place\s+of\b/);
    const q: Span = { start: s.substitute.end + Math.max(0, k), end: s.for.end };
    // (a substitute on no list is no repetition of a printed list: `Dr Aled Price (Associate Dean) attended in place of Professor
    // Tennant.` under a university's membership, which names only its members)
    add('present', { start: s.substitute.start, end: s.for.end }, [p], () => [{ piece: src.piece(q), q: { kind: 'substitute', start: 0, end: 0 } }], true);
  }
  // `Councillor Sean Lyle attended as substitute.`: present, whoever they stood in for
  if (body.indexOf('substitute') >= 0 || body.indexOf('deputy') >= 0) for (const s of matchSubstituteAlone(body)) {
    if (alreadyIn(state, undefined, body.slice(s.substitute.start, s.substitute.end))) continue;
    const p = readPerson(body, s.substitute.start, s.substitute.end);
    if (p) add('present', { start: s.substitute.start, end: s.as.end }, [p], () => [{ piece: src.piece(s.as), q: { kind: 'substitute', start: 0, end: 0 } }]);
  }
  // a roll call: `Present: Mayor Lindqvist, Council Members Ortega …`, `Absent: Council Member Kowalczyk (excused).`,
  // `Roll call: Ostrowski, Delgado and Liu present; Bell absent (excused).`, `Mr. Allen⇥Present`
  if (ROLL_CALL_WORD.test(body)) for (const list of matchRollCall(body)) {
    if (!list.kind || !list.label) continue;
    let block: PeopleBlockBuilder | undefined;
    for (const p of list.people) {
      // `Cllr Y was absent.` read already as an absence, a member the lists above hold already
      if (alreadyIn(state, list.kind, body.slice(p.name.start, p.name.end))) continue;
      block ??= src.block(list.kind, list.label);
      addParts(state, block, src.parts(p));
    }
    const m = state.meeting;
    if (block && block.people.length === 0 && m) m.people.splice(m.people.indexOf(block), 1);
  }
}

/**
 * Who came late or went early, in a sentence under the lists before the items (`Dr Ewa Roe joined the meeting at
 * S.24.09.`): a fact of the one person listed under that name, as the list's own `(from S.24.09)` would be. A name
 * no list holds is left to the sentence (an item's arrivals are read there).
 */
function comingsOfListed(state: ParseState, seg: Segment): void {
  const t = seg.text;
  if ((state.meeting?.people.length ?? 0) === 0) return;
  for (const a of matchArrivals(t)) {
    const ref = a.item?.ref;
    const value = ref ?? a.time;
    if (value === undefined || a.withdrawal) continue;
    const kind: QualifierKind = ref !== undefined ? (a.kind === 'joined' ? 'from' : 'until') : a.kind === 'joined' ? 'arrived' : 'left';
    factOfListed(state, undefined, t.slice(a.name.start, a.name.end), { kind, text: t.slice(a.name.end, a.end).trim(), value, range: state.r(seg, a.name.start, a.end) });
  }
}

/** The gap before a grid's answer column (two spaces, a tab, dotted leaders): the cheap test before its form. */
const ANSWER_GAP = /[ ]{2}|\t|\.{3}|…/;

/**
 * One member a line with their answer in a column (`Councillor A Smith (Chair)      Present`,
 * `Chair D Lee ....... Absent (excused)`): the member on the list the answer names. True when the line was one.
 */
function answerColumn(state: ParseState, seg: Segment): boolean {
  const t = seg.text;
  if (!ANSWER_GAP.test(t)) return false;
  const list = matchAnswerColumn(t);
  if (!list?.kind || !list.label) return false;
  const p = list.people[0];
  if (!alreadyIn(state, list.kind, t.slice(p.name.start, p.name.end))) addParts(state, proseBlock(state, seg, list.kind, list.label), partsOf(seg, p));
  return true;
}

/**
 * A lead of apologies alone on its line, the names in bullets on the lines under it (`Apologies for
 * absence were received from:` ⏎ `•⇥Councillor A Nwosu;` ⏎ `•⇥Mr B Tasker (co-opted member).`).
 * True when the line was one.
 */
function bulletedApologies(state: ParseState, seg: Segment): boolean {
  const lead = /from\s*:\s*$/i.test(seg.text) ? matchApologiesLead(seg.text) : undefined;
  if (!lead || printedList(state, lead.kind)) return false;
  const i = segIndex(state, seg);
  let block: PeopleBlockBuilder | undefined;
  // the lines straight under it (a bullet's mark may be a segment of its own, empty)
  for (let j = i + 1, line = seg.line; i >= 0 && j < state.segs.length && state.segs[j].line <= line + 1; j++) {
    const b = state.segs[j];
    line = b.line;
    if (b.text.length === 0) continue;
    const p = b.bullet ? matchListBullet(b.text) : undefined;
    if (!p) break;
    if (alreadyIn(state, lead.kind, b.text.slice(p.name.start, p.name.end))) continue;
    block ??= proseBlock(state, seg, lead.kind, lead.label);
    addParts(state, block, partsOf(b, p));
  }
  return block !== undefined;
}

/** An item of apologies (`Apologies`, `Apologies for absence`, `APOLOGIES AND SUBSTITUTES`), not one that also takes declarations of interest. */
const APOLOGIES_TITLE = /apolog/i;
const INTERESTS_TITLE = /interest|declar/i;
/** Whether the item's title is one of apologies: worked out once per title (each line of such an item asks). */
const apologiesItem = lastAnswer((title: string): boolean => APOLOGIES_TITLE.test(title) && !INTERESTS_TITLE.test(title));
/** The apologies list lines of an item of apologies add to (`Cllr T Mundy – work.` ⏎ `Mrs P Hart – holiday.`). */
const APOLOGY_LINES = parseNote<{ readonly item: Item; readonly block: PeopleBlockBuilder }>('apology lines');
/** A dash between blanks before `at` (` – `, ` - `, ` — `): what parts a name from what is said of it. */
const DASH_BEFORE = /[ \t][-–—][ \t]*$/;

/**
 * A person alone on a line of an item of apologies, with the reason after a dash or in brackets (`Cllr T Mundy – work.`,
 * `Mr K Obi (illness)`), or titled (`Councillor A Roe`): the one who sent them, on the meeting's apologies, the reason a
 * fact beside the name (after the dash it is no office unless it names one: `– Clerk`). True when the line was one.
 */
function apologyLine(state: ParseState, seg: Segment): boolean {
  const item = state.item;
  if (!item || !apologiesItem(item.title)) return false;
  const t = seg.text;
  // (a name opens with a capital letter: most lines of the item, sentences of it, are asked no more)
  const c = t.charCodeAt(0);
  if (c < 0x41 || c > 0x5a && c < 0xc0) return false;
  let end = t.length;
  while (end > 0 && (isBlankUnit(t.charCodeAt(end - 1)) || t.charCodeAt(end - 1) === 0x2e || t.charCodeAt(end - 1) === 0x3b)) end--;
  if (end === 0 || end > 120) return false;
  const whole = readPerson(t, 0, end);
  const read = whole && whole.end >= end ? whole : reasonAfterDash(t, end);
  if (!read || read.name.start !== 0 || read.end < end || read.org !== undefined || read.handle !== undefined) return false;
  const role = read.role;
  // (after the dash, in an item of apologies, the reason they sent)
  const reason: Qualifier | undefined = role && DASH_BEFORE.test(t.slice(0, role.start)) && !namesOffice(t.slice(role.start, role.end)) ? { kind: 'note', start: role.start, end: role.end } : undefined;
  const p: PersonMatch = reason ? { ...read, role: undefined, qualifiers: [...read.qualifiers, reason].sort((a, b) => a.start - b.start) } : read;
  if (p.qualifiers.length === 0 && titleOf(t.slice(p.name.start, p.name.end)) === undefined) return false;
  // (the apologies told already, printed above or in a sentence, `Apologies were received from Cllr A Roe.`: the lines
  // under them are no list of their own)
  const kept = state.kept(APOLOGY_LINES);
  let block = kept?.item === item ? kept.block : undefined;
  if (state.meeting?.people.some((b) => b.kind === 'apologies' && b !== block && b.people.length > 0) || alreadyIn(state, 'apologies', t.slice(p.name.start, p.name.end))) return false;
  if (!block) {
    block = proseBlock(state, seg, 'apologies', { start: 0, end: 0 }, { text: item.title, range: item.titleRange ?? item.headRange });
    state.keep(APOLOGY_LINES, { item, block });
  }
  addParts(state, block, partsOf(seg, p));
  return true;
}

/** `Cllr H Ames – visiting family`: a person whole before the first dash between blanks, the words after it (a reason no form knows) a fact. */
function reasonAfterDash(t: string, end: number): PersonMatch | undefined {
  let d = -1;
  for (const dash of [' – ', ' - ', ' — ']) {
    const k = t.indexOf(dash);
    if (k > 0 && k < end && (d < 0 || k < d)) d = k;
  }
  if (d < 0 || end - d > 63) return undefined;
  const head = readPerson(t, 0, d);
  if (!head || head.end < d || head.role !== undefined || head.org !== undefined) return undefined;
  let from = d + 3;
  while (from < end && isBlankUnit(t.charCodeAt(from))) from++;
  return from < end ? { ...head, end, qualifiers: [...head.qualifiers, { kind: 'note', start: from, end }] } : undefined;
}

/** A word a roll call's clause holds: the cheap test before its forms. */
const ROLL_CALL_WORD = /\b(?:present|absent)\b/i;

/** A line that opens with a label and a colon (`Board Members Present:`): the cheap test before the labels' table. */
const LABELLED = /^[ \t]*[A-Za-z][A-Za-z ]{1,30}:/;

/**
 * A list under a roll call in an item, on its label's line (`Board Members Present: …`, `Staff
 * Present: Dr. Renee Carter, Superintendent; …`, `Absent: …`), read as a list before the items is,
 * over the lines the page wrapped it onto. True when it read one.
 */
function rollCallList(state: ParseState, seg: Segment): boolean {
  if (!LABELLED.test(seg.text)) return false;
  const lab = matchLineLabel(seg.text);
  if (!lab) return false;
  const i = segIndex(state, seg);
  return i >= 0 && inlineBlock(state, i, (kind) => proseBlock(state, seg, kind, lab.label)) >= 0;
}

/** An office's label before the person who holds it, in an item's roll call (`Convenor: Ingrid Solberg (NO)`). */
const OFFICE_LINE = /^([A-Z][^:]{1,60}?):[ \t]+(?=\S)/;
/** The present list a roll call's lines add to, each heading's (the code lines under `Experts, by national body:`) or the item's. */
const ROLL_BLOCKS = parseNote<Map<object, PeopleBlockBuilder>>('roll call lists');

/**
 * An international body's roll call in its item, an office a line (`Convenor: Ingrid Solberg (NO)`, `Project editor, ISO/IEC
 * 30187-2: Akiko Sato (JP)`), the experts under a heading by national body (`Experts, by national body:` ⏎ `DE  Petra Vogel;
 * Jan Reuter`), a liaison's body before the dash (`Liaison: buildingSMART International – Pieter de Wit`): all present, the office
 * the role, the country code (in the bracket, or before the names and so of each on the line) or the body the organisation.
 */
function officesRoll(state: ParseState, seg: Segment): boolean {
  const t = seg.text;
  const i = segIndex(state, seg);
  if (i < 0) return false;
  const segs = state.segs;
  const blockAfter = (key: object, head: Segment, label: Span): PeopleBlockBuilder => {
    const m = state.meeting;
    let lists = state.kept(ROLL_BLOCKS);
    if (!lists) state.keep(ROLL_BLOCKS, (lists = new Map()));
    const known = lists.get(key);
    // (a list goes on only while nothing was listed after it: the lists keep the order printed)
    if (known && m && m.people[m.people.length - 1] === known) return known;
    const block = proseBlock(state, head, 'present', label);
    lists.set(key, block);
    return block;
  };
  const nation = NATION.exec(t);
  if (nation) {
    let h = i - 1;
    while (h >= 0 && segs[h].line === segs[h + 1].line - 1 && NATION.test(segs[h].text)) h--;
    const head = h >= 0 ? segs[h] : undefined;
    if (!head || head.line !== segs[h + 1].line - 1 || !/:\s*$/.test(head.text) || labelKind(head.text.replace(/:\s*$/, '')) || i - h > 20) return false;
    const people: PersonMatch[] = [];
    for (const part of splitList(t, 0, t.length)) {
      const p = readPerson(t, part.start, part.end);
      if (!p || p.end < part.end - 1 || p.role || p.org && people.length > 0) return false;
      people.push(p);
    }
    if (people.length === 0 || !people[0].org) return false;
    const block = blockAfter(head, head, { start: 0, end: head.text.replace(/:\s*$/, '').length });
    const code: Piece = { seg, span: { start: 0, end: 2 } };
    for (const p of people) addParts(state, block, { ...partsOf(seg, p), org: code });
    return true;
  }
  const m = OFFICE_LINE.exec(t);
  if (!m || labelKind(m[1]) || !namesOffice(m[1]) || /s$/.test(m[1].split(',')[0].trim())) return false;
  const from = m[0].length;
  const role: Piece = { seg, span: { start: 0, end: m[1].length } };
  const p = readPerson(t, from, t.length);
  let parts: Parts | undefined;
  if (p && p.end >= t.trimEnd().length && !p.org && !p.initials) {
    const bracket = p.role ? t.slice(p.role.start, p.role.end) : undefined;
    // `(NO)`: the country code in the bracket is the national body, never an office
    if (bracket === undefined || /^[A-Z]{2}$/.test(bracket)) parts = { ...partsOf(seg, p), role: [role], ...(p.role ? { org: { seg, span: p.role } } : {}) };
  }
  // (`Owl Alliance – Fay Lund`: no person before the dash, who reads as one with a role, the body)
  if (!parts) {
    const dash = /[ \t][-–—][ \t]/.exec(t.slice(from));
    const q = dash ? readPerson(t, from + dash.index + 3, t.length) : undefined;
    if (dash && q && q.end >= t.trimEnd().length && !q.role && !q.org && /^\S/.test(t.slice(from))) parts = { ...partsOf(seg, q), role: [role], org: { seg, span: { start: from, end: from + dash.index } } };
  }
  if (!parts) return false;
  addParts(state, blockAfter(state.item ?? seg, seg, role.span), parts);
  return true;
}

/** The text a sentence of attendance is read in: its line, or the lines the page wrapped it over, and the way back to each. */
interface ProseSource {
  readonly text: string;
  /** The segment it ends on. */
  readonly last: Segment;
  /** The place of [s, e) of `text` in the document; a span crossing a line break keeps its first line's part. */
  piece(s: Span): Piece;
  /** A person found in `text` as the model's parts (a name wrapped onto the next line keeps its tail). */
  parts(p: PersonMatch): Parts;
  /** The meeting's new list read from [s, e) of `text`, its label. */
  block(kind: BlockKind, label: Span): PeopleBlockBuilder;
}

/** A line that opens with a word in capitals that closes a clause (`Governor.`, `Trustee,`): the end of a post the line above began. */
const WRAPPED_POST_END = /^\p{Lu}[\p{Ll}'’-]+[.;,](?:\s|$)/u;

/** A line that ends without ending its sentence (`… Councillor Sean Lyle attended as` ⏎ `substitute.`). */
const UNFINISHED = /[^.!?:;)\]"”\s]\s*$/;

/**
 * The text to read attendance in from `seg` (from `from`): the line alone, or, when it stops in the
 * middle of a sentence, the paragraph's next lines too; undefined when neither can tell attendance.
 */
function proseSource(state: ParseState, seg: Segment, from: number, own: string): ProseSource | undefined {
  const told = mayTellAttendance(own);
  // `Also present were trustees` ⏎ `A Roe (AR), Vice Chair; …` ⏎ `… Officer.`: a list the sentence carries over lines, to its full stop
  const listed = told || UNFINISHED.test(own) ? listSentence(state, seg, from, own, told) : undefined;
  if (listed) return paragraphSource(state, listed);
  // the sentence runs on where the next line starts in small letters (`… Beth Marr (BM)` ⏎ `was absent without apology.`)
  if (UNFINISHED.test(own) || told && own.endsWith(')') && /^\p{Ll}/u.test(state.segs[segIndex(state, seg) + 1]?.text ?? '')) {
    const i = segIndex(state, seg);
    const next = i >= 0 ? state.segs[i + 1] : undefined;
    // the words that tell it may start on the next line (`Councillor Sean Lyle` ⏎ `attended as substitute.`)
    if (next && (told || mayTellAttendance(next.text))) {
      let para = readForward(state, i, from, 2);
      // an apology's reason wrapped onto the next line in its brackets (`… from Cllr Gemma Rudd` ⏎ `(holiday). …`)
      if (para.pieces.length === 1 && next.line === seg.line + 1 && next.text.charCodeAt(0) === 40 /* ( */) {
        const aside = /^\(([^()]{1,60})\)/.exec(next.text);
        if (aside && readQualifier(aside[1])) para = join(state, i, i + 1, from);
      }
      // a post the page wrapped after its first word, the next line's first word closing it (`… Mrs Gillian Ford (GF), Co-opted` ⏎
      // `Governor. Mr Tariq Hussain …`): the word is the post's, no person of its own
      if (para.pieces.length === 1 && told && next.line === seg.line + 1 && WRAPPED_POST_END.test(next.text)) {
        // (and on, where that line's own sentence runs on: `… had not sent apologies; his absence` ⏎ `was not consented.`)
        const on = readForward(state, i + 1, 0, 2).pieces;
        para = join(state, i, Math.max(i + 1, segIndex(state, on[on.length - 1].seg)), from);
      }
      if (para.pieces.length > 1) return paragraphSource(state, para);
    }
  }
  if (!told) return undefined;
  const at = (s: Span): Span => ({ start: s.start + from, end: s.end + from });
  return { text: own, last: seg, piece: (s) => ({ seg, span: at(s) }), parts: (p) => partsOf(seg, shiftMatch(p, from)), block: (kind, label) => proseBlock(state, seg, kind, at(label)) };
}

/** The lead of a list told in a sentence (`Also present were`, `In attendance were`), the last in the text. */
const LIST_LEAD = new RegExp(`${PRESENT_VERB}(?!.*${PRESENT_VERB})`);

/**
 * The lines that carry a list told in a sentence on to its full stop (`Also present were …` ⏎ … ⏎ `… Officer.`),
 * when the line, or the line and the next where the sentence runs on (`told` false), leave it unfinished: at
 * most six lines more, within the paragraph. Undefined otherwise.
 */
function listSentence(state: ParseState, seg: Segment, from: number, own: string, told: boolean): Paragraph | undefined {
  const i = segIndex(state, seg);
  if (i < 0) return undefined;
  let lead = told ? LIST_LEAD.exec(own) : null;
  // (a line that tells attendance of its own, with no such list, is read as before; one that tells none is read on only into a line that does)
  if (told ? !lead : !mayTellAttendance(state.segs[i + 1]?.text ?? '')) return undefined;
  // (the sentence ended on the line: the list is the line's, read as before)
  if (lead && sentenceEnd(own, lead.index) < own.length) return undefined;
  for (let k = i + 1; k < state.segs.length && k <= i + 6; k++) {
    const s = state.segs[k];
    if (s.line !== state.segs[k - 1].line + 1 || s.text.trim() === '') return undefined;
    if (!lead && k > i + 1) return undefined;
    const para = join(state, i, k, from);
    lead ??= LIST_LEAD.exec(para.text);
    if (lead && sentenceEnd(para.text, lead.index) < para.text.length) return para;
  }
  return undefined;
}

function paragraphSource(state: ParseState, para: Paragraph): ProseSource {
  const piece = (s: Span): Piece => {
    const a = pieceAt(para, s.start);
    const b = pieceAt(para, Math.max(s.start, s.end - 1));
    return { seg: a.seg, span: { start: a.offset, end: b.seg === a.seg ? Math.min(a.seg.text.length, b.offset + 1) : a.seg.text.trimEnd().length } };
  };
  const parts = (p: PersonMatch): Parts => {
    const o = <S extends Span>(x: S | undefined): Piece | undefined => (x ? piece(x) : undefined);
    const tail = pieceAt(para, p.name.end - 1);
    const org = o(p.org);
    const initials = o(p.initials);
    const handle = o(p.handle);
    const category = o(p.category);
    return {
      ...wrappedName(piece(p.name), tail.seg, tail.offset + 1), whole: [piece({ start: p.start, end: p.start + 1 }), piece({ start: p.end - 1, end: p.end })],
      role: p.role ? [piece(p.role)] : [], ...(org ? { org } : {}), ...(initials ? { initials } : {}), ...(handle ? { handle } : {}), ...(category ? { category } : {}),
      qualifiers: p.qualifiers.map((q) => {
        const head = piece(q);
        const last = pieceAt(para, Math.max(q.start, q.end - 1));
        if (last.seg === head.seg) return { piece: head, q };
        // a bracket the page wrapped (`(Cllr` ⏎ `Mensah attended as his substitute)`): its rest a piece of the next line
        return { piece: head, q, tail: { seg: last.seg, span: { start: last.seg.text.length - last.seg.text.trimStart().length, end: last.offset + 1 } } };
      }),
      ...(p.sharedTitle !== undefined ? { sharedTitle: p.sharedTitle } : {}),
    };
  };
  const block = (kind: BlockKind, label: Span): PeopleBlockBuilder => {
    const a = piece(label);
    const b = pieceAt(para, Math.max(label.start, label.end - 1));
    if (b.seg === a.seg) return proseBlock(state, a.seg, kind, a.span);
    return proseBlock(state, a.seg, kind, a.span, { text: para.text.slice(label.start, label.end).trim(), range: paragraphRange(state, para, label.start, label.end) });
  };
  return { text: para.text, last: para.pieces[para.pieces.length - 1].seg, piece, parts, block };
}

/** An item's list read from a sentence that ran to its cell's end, and that cell: the next cell may carry the list on (an item is never read again once left: the last such list of the parse). */
const RUNS_ON = parseNote<{ readonly item: Item; readonly block: PeopleBlockBuilder; readonly seg: Segment }>('list running on');

/**
 * The names a table's next cell carries on from a list of apologies in a sentence ("Apologies were
 * received from: ACC Johnson" ⏎ ⏎ "ACC Meir ACC Southern Thomas McNeil Mark Kenyon"): only the next
 * non-blank segment after it, and only when it is names and nothing else. True when it took them.
 */
export function readListRunOn(state: ParseState, seg: Segment, from: number): boolean {
  const item = state.item;
  const kept = state.kept(RUNS_ON);
  const open = item && kept?.item === item ? kept : undefined;
  if (!open || from > 0) return false;
  const j = segIndex(state, open.seg);
  const i = segIndex(state, seg);
  if (j < 0 || i <= j) return false;
  for (let k = j + 1; k < i; k++) if (state.segs[k].text.trim() !== '') { state.keep(RUNS_ON, undefined); return false; }
  state.keep(RUNS_ON, undefined);
  const spans = splitNameRun(seg.text);
  if (!spans) return false;
  for (const s of spans) {
    const p = readPerson(seg.text, s.start, s.end);
    if (p && !alreadyIn(state, open.block.kind, seg.text.slice(p.name.start, p.name.end))) addParts(state, open.block, partsOf(seg, p));
  }
  return true;
}

function shiftMatch(p: PersonMatch, by: number): PersonMatch {
  return shiftPerson(p, by);
}

/**
 * A one-person heading of scribed minutes inside the attendance (`Chair` ⏎ `Marit Solberg`,
 * `Scribe` ⏎ `Benedikt`): the person under it holds the role; one listed already takes it.
 * Returns the count of segments after i it took, or -1.
 */
export function roleHeading(state: ParseState, i: number): number {
  const m = state.meeting;
  if (!m || m.people.length === 0 || m.items.length > 0 || state.item || state.phase === 'people') return -1;
  // only inside the attendance: a few lines after the last list (`Regrets` ⏎ … ⏎ `Chair` ⏎ … ⏎ `Scribe`)
  if (state.segs[i].line - m.people[m.people.length - 1].range.end.line > 8) return -1;
  // (only a role's heading is read here: matchRoleHeading is matchBlockHeading's reading of those, any other line declined at its first letters)
  const h = matchRoleHeading(state.segs[i].text);
  const role = h?.role;
  if (!h || !role) return -1;
  const nx = state.nextNonBlank(i);
  if (nx < 0 || nx - i > 2) return -1;
  const seg = state.segs[nx];
  // the line under it is a name alone (`Marit Solberg`, `Benedikt`) or a few (`Carlos_Mendes, fdubois`), never a sentence
  const found: PersonMatch[] = [];
  for (const part of splitList(seg.text)) {
    const p = readPerson(seg.text, part.start, part.end, { nicks: true });
    if (!p || p.end < part.end || p.role || p.org || p.qualifiers.length > 0 || !parseName(seg.text.slice(p.name.start, p.name.end))) return -1;
    found.push(p);
  }
  if (found.length === 0 || found.length > 4) return -1;
  let block: PeopleBlockBuilder | undefined;
  const blockOf = (): PeopleBlockBuilder => (block ??= proseBlock(state, state.segs[i], h.kind, h.label));
  for (const p of found) holdsRole(state, m, seg, p, role, blockOf);
  return nx - i;
}

/**
 * A one-person label with its name on the line, inside the attendance (`Chair: Mei-Ling Zhou`,
 * `Scribe: Ruth Okafor` under the lists of scribed minutes sent by mail): a person listed already
 * holds the role, no new person. `valueStart`: where the name starts on the line. False (nothing
 * done): the line is not such a label, or names no one listed, read then as it was before.
 */
export function listedTakesRole(state: ParseState, seg: Segment, valueStart: number, role?: string): boolean {
  const m = state.meeting;
  if (!m || m.people.length === 0 || m.items.length > 0 || state.item) return false;
  if (seg.line - m.people[m.people.length - 1].range.end.line > 8) return false;
  let r = role;
  if (r === undefined) {
    // (a role's heading alone gives one: matchRoleHeading reads those as matchBlockHeading does, a person's `Jane Roe :` declined at its first letters)
    const h = matchRoleHeading(seg.text.slice(0, valueStart));
    if (!h?.role) return false;
    r = h.role;
  }
  const found: PersonMatch[] = [];
  for (const part of splitList(seg.text, valueStart)) {
    const p = readPerson(seg.text, part.start, part.end, { nicks: true });
    if (!p || p.end < part.end || p.role || p.org || p.qualifiers.length > 0 || !parseName(seg.text.slice(p.name.start, p.name.end))) return false;
    found.push(p);
  }
  if (found.length === 0 || found.length > 4) return false;
  const listed = found.map((p) => listedPerson(m, parseName(seg.text.slice(p.name.start, p.name.end))!.words));
  if (listed.some((l) => l === undefined)) return false;
  for (const l of listed) if (!l!.person.role) giveRole(state, l!.block, l!.person, r);
  return true;
}

/** The listed person a name's words name (`Marit Solberg`, or a first name alone: `Benedikt`). */
function listedPerson(m: NonNullable<ParseState['meeting']>, nameWords: readonly string[]): { readonly person: Person; readonly block: PeopleBlock } | undefined {
  const words = nameWords.map((w) => w.toLowerCase()).join(' ');
  let listed: { readonly person: Person; readonly block: PeopleBlock } | undefined;
  for (const b of m.people) for (const q of b.people) {
    const qs = q.name.words.map((w) => w.toLowerCase());
    if (qs.join(' ') === words || nameWords.length === 1 && qs[0] === words) listed ??= { person: q, block: b };
  }
  return listed;
}

/** The person under a one-person heading takes its role: one listed already keeps their list, another is added. */
function holdsRole(state: ParseState, m: NonNullable<ParseState['meeting']>, seg: Segment, p: PersonMatch, role: string, blockOf: () => PeopleBlockBuilder): void {
  const name = parseName(seg.text.slice(p.name.start, p.name.end));
  if (!name) return;
  const listed = listedPerson(m, name.words);
  if (listed) {
    if (!listed.person.role) giveRole(state, listed.block, listed.person, role);
  } else {
    addParts(state, blockOf(), partsOf(seg, p), undefined, role);
  }
}

/**
 * An attendance grid under the meeting's heading (forms/grid.ts), and the legend of its category
 * codes after it: each row's member on the list its attendance cell names. Returns the count of
 * segments after i it took, or -1.
 */
export function gridBlock(state: ParseState, i: number, under?: BlockKind): number {
  const segs = state.segs;
  const head = segs[i];
  let h = matchGridHeader(head.text, under);
  // `In attendance:` on a line of its own between the rows: those under it attend without a seat, whatever their cell says
  let section: BlockKind | undefined;
  let k = i + 1;
  // `Initials⇥Name⇥Role` ⏎ `Trustees present` ⏎ rows: a table with no column of attendance whose first row is a group's
  // label (a merged cell, the other groups' labels rows further down) says the list of the rows under it
  if ((!h || h.attendance < 0 && !h.marks) && i + 2 < segs.length && segs[i + 1].text.indexOf('\t') < 0 && head.text.indexOf('\t') >= 0) {
    const sub = matchBlockHeading(segs[i + 1].text)?.kind;
    const g = sub ? matchGridHeader(head.text, sub) : undefined;
    if (g && readGridRow(segs[i + 2].text, g)) {
      h = g;
      section = sub;
      k = i + 2;
    }
  }
  if (!h) return -1;
  const rows: Array<{ seg: Segment; row: GridRow; head: Segment; label: Span; section?: BlockKind; wrap?: { seg: Segment; cells: GridWrap } }> = [];
  let top = head;
  let topAt = i;
  // `CoG = Co-opted Governor; FG = Foundation Governor;` ⏎ `SG = Staff Governor`: the codes spelt out
  // (under a grid, also without a sign between code and meaning: `Type: CG Co-opted Governor; PG Parent Governor`)
  // and the key of its marks (`Key: ✓ present   A apologies   ✗ absent without apologies`), which says the list a mark means
  let legend: Map<string, string> | undefined;
  let key: Map<string, KeyMeaning> | undefined;
  // a grid goes on under a heading of its own or a grid of the next list (`Officers in attendance:` ⏎ `Attendee⇥Role`, `In attendance⇥Role`)
  const nextGrid = (at: number): { h: GridHeader; at: number; section?: BlockKind } | undefined => {
    const t = segs[at]?.text ?? '';
    const sub = t.indexOf('\t') < 0 ? matchBlockHeading(t)?.kind : undefined;
    if (sub && at + 1 < segs.length) {
      const g = matchGridHeader(segs[at + 1].text, sub);
      return g ? { h: g, at: at + 1, section: sub } : undefined;
    }
    const g = matchGridHeader(t);
    return g?.kind && g.attendance < 0 && !g.marks ? { h: g, at } : undefined;
  };
  for (;;) {
    const from = rows.length;
    for (; k < segs.length; k++) {
      // a row whose first cells are empty lost them with the line's outer blanks: its text starts that many tabs in
      const blank = segs[k].offset > 0 && segs[k].line === top.line + (k - topAt) ? leadingTabs(state, segs[k]) : 0;
      const row = readGridRow(segs[k].text, h, blank);
      // a row's role or body that wrapped in its cell, the names' cell of the next line left empty: the row's still
      const last = rows.length > from ? rows[rows.length - 1] : undefined;
      // (the member's registered number under the row, `(DIN: 00234567)`: an identifier, no part of the row, left out)
      if (!row && last && last.seg.line === segs[k].line - 1 && isIdentifierLine(segs[k].text)) continue;
      const below = !row && last && !last.wrap && last.seg.line === segs[k].line - 1;
      // (a spaced grid's cell wrapped: placed by the column its words stand in, against the heading row's)
      const wrap = below && blank > 0 ? readGridWrap(segs[k].text, h, blank) : below && h.spaced ? readSpacedWrap(segs[k].text, h, col(segs[k], 0) - col(top, 0)) : undefined;
      if (last && wrap) { last.wrap = { seg: segs[k], cells: wrap }; continue; }
      if (!row) {
        const sub = rows.length > 0 && segs[k].text.indexOf('\t') < 0 ? matchBlockHeading(segs[k].text)?.kind : undefined;
        if (sub === 'inAttendance' && k + 1 < segs.length && readGridRow(segs[k + 1].text, h)) { section = sub; continue; }
        break;
      }
      rows.push({ seg: segs[k], row, head: top, label: h.label, ...(section ? { section } : {}) });
    }
    if (rows.length - from < (from === 0 ? 2 : 0)) return -1;
    // (the codes of the category column, which a legend may spell out in any case: `Co = co-opted governor`, `P = parent governor`)
    const codes = h.category !== undefined ? new Set(rows.flatMap((r) => (r.row.category ? [r.seg.text.slice(r.row.category.start, r.row.category.end)] : []))) : undefined;
    // (one blank line may stand between the rows and the key or the legend)
    if (k + 1 < segs.length && segs[k].text.trim() === '' && (rows.some((r) => r.row.mark !== undefined) && matchGridKey(segs[k + 1].text) || codes && codes.size > 0 && matchCellLegend(segs[k + 1].text, codes))) k++;
    for (; k < segs.length; k++) {
      const cellLegend = codes && codes.size > 0 ? matchCellLegend(segs[k].text, codes) : undefined;
      if (cellLegend) {
        legend = new Map([...(legend ?? []), ...cellLegend.categories]);
        if (cellLegend.key.size > 0) key = new Map([...(key ?? []), ...cellLegend.key]);
        continue;
      }
      const entries = matchLegend(segs[k].text, true);
      if (!entries) {
        const marks = rows.some((r) => r.row.mark !== undefined) ? matchGridKey(segs[k].text) : undefined;
        if (!marks) break;
        key = new Map([...(key ?? []), ...marks]);
        continue;
      }
      legend ??= new Map();
      for (const e of entries) legend.set(segs[k].text.slice(e.code.start, e.code.end), segs[k].text.slice(e.meaning.start, e.meaning.end).trim());
    }
    // (one blank line may stand between a list's rows and the next's heading or key)
    const j = k < segs.length && segs[k].text.trim() === '' ? k + 1 : k;
    if (j > k && j < segs.length && rows.some((r) => r.row.mark !== undefined) && matchGridKey(segs[j].text)) { k = j; continue; }
    const sub = j + 1 < segs.length && segs[j].text.indexOf('\t') < 0 ? matchBlockHeading(segs[j].text)?.kind : undefined;
    // `In attendance` ⏎ rows of the same columns: the next list, its rows read under the same heading row
    if (sub && readGridRow(segs[j + 1].text, h)) {
      section = sub;
      k = j + 1;
      continue;
    }
    const more = nextGrid(j);
    if (!more) break;
    h = more.h;
    top = segs[more.at];
    topAt = more.at;
    section = more.section ?? more.h.kind;
    k = more.at + 1;
  }
  const m = state.ensureMeeting(head);
  const blocks = new Map<BlockKind, PeopleBlockBuilder>();
  for (const { seg, row, section: under, head: top, label, wrap } of rows) {
    const meant = row.mark !== undefined ? key?.get(row.mark) : undefined;
    // a letter that no key spells out and no grid writes (`S`, `V`) says nothing of the list: the row is left out
    if (row.mark !== undefined && !meant && markKind(row.mark) === undefined) continue;
    // a school's absence the board consented to (`A – consented (work)`) is an apology accepted, whatever list the key gives `A`
    const said = row.qualifier ? seg.text.slice(row.qualifier.start, row.qualifier.end) : '';
    // (and `A – no apologies`, the mark of apologies with their lack written beside it: absent)
    const read = (meant?.kind ?? row.kind) === 'absent' && CONSENTED.test(said) ? 'apologies' : (meant?.kind ?? row.kind) === 'apologies' && NO_APOLOGIES.test(said) ? 'absent' : meant?.kind ?? row.kind;
    const kind = under && read === 'present' ? under : read;
    let block = blocks.get(kind);
    if (!block) {
      const r = state.r(top, label.start, label.end);
      block = state.newBlock({ kind, label: top.text.slice(label.start, label.end), labelRange: r, canonicalLabel: true, people: [], range: r, prose: true });
      if (legend) block.legend = Object.fromEntries(legend);
      m.people.push(block);
      blocks.set(kind, block);
    }
    const parts = partsOf(seg, row.person);
    const cellSpan = (q: Qualifier): Span => ({ start: q.start, end: q.end });
    // the cell's bracket the key spells out (`✓ (T)` with `(T) joined by Teams`): what the key says, at the bracket
    const spelt = row.qualifier ? key?.get(`(${seg.text.slice(row.qualifier.start, row.qualifier.end)})`)?.say : undefined;
    const cellQuals = [
      ...(row.roleQualifier ? [{ piece: { seg, span: cellSpan(row.roleQualifier) }, q: row.roleQualifier }] : []),
      ...(row.qualifier ? [{ piece: { seg, span: cellSpan(row.qualifier) }, q: row.qualifier, ...(spelt ? { say: spelt } : {}), ...(wrap?.cells.attendance ? { tail: { seg: wrap.seg, span: wrap.cells.attendance } } : {}) }] : []),
      ...(row.reason ? [{ piece: { seg, span: cellSpan(row.reason) }, q: row.reason }] : []),
      // the mark the key spells out as a way of being there (`P(R) = present remotely`, `S = substitute`)
      ...(meant?.say && row.markAt !== undefined ? [{ piece: { seg, span: row.markAt }, q: { kind: 'note' as const, start: 0, end: 0 }, say: meant.say }] : []),
      ...(wrap?.cells.roleQualifier ? [{ piece: { seg: wrap.seg, span: cellSpan(wrap.cells.roleQualifier) }, q: wrap.cells.roleQualifier }] : []),
    ];
    // (the role's words on both lines are one role, the page's wrap a space; but a fact in brackets the cell wrapped,
    // `Non-Executive Director (until` ⏎ `TB/25/068)`, is the fact: the role ends before its bracket)
    const split = row.role && wrap?.cells.role ? wrappedBracket(seg, row.role, wrap.seg, wrap.cells.role) : undefined;
    if (split) cellQuals.push(split.qualifier);
    // (and a body in brackets the cell wrapped, `Partner Member – Trusts (Ashby` ⏎ `Royal Hospital NHS FT)` or under it whole: the member's organisation)
    const body = !split && row.role && !row.org && wrap?.cells.role ? wrappedBody(seg, row.role, wrap.seg, wrap.cells.role) : undefined;
    const role = split ? [{ seg, span: split.role }] : body ? [{ seg, span: body.role }] : [...(row.role ? [{ seg, span: row.role }] : []), ...(wrap?.cells.role ? [{ seg: wrap.seg, span: wrap.cells.role }] : [])];
    // those in attendance hold no seat: what a governors' grid's category column gives them is their post (`Clerk to Governors`)
    const postOnly = kind === 'inAttendance' && row.category !== undefined && role.length === 0;
    if (postOnly) role.push({ seg, span: row.category! });
    addParts(state, block, {
      ...parts,
      ...(row.category && !postOnly ? { category: { seg, span: row.category }, ...(wrap?.cells.category ? { categoryTail: { seg: wrap.seg, span: wrap.cells.category } } : {}) } : {}),
      ...(row.initials ? { initials: { seg, span: row.initials } } : wrap?.cells.initials ? { initials: { seg: wrap.seg, span: wrap.cells.initials } } : {}),
      ...(role.length > 0 ? { role } : {}),
      ...(row.org ? { org: { seg, span: row.org }, ...(wrap?.cells.org ? { orgTail: { seg: wrap.seg, span: wrap.cells.org } } : {}) } : wrap?.cells.org ? { org: { seg: wrap.seg, span: wrap.cells.org } } : body ? { org: body.org, ...(body.orgTail ? { orgTail: body.orgTail } : {}) } : {}),
      qualifiers: [...parts.qualifiers, ...cellQuals],
    }, legend);
    // `Apologies had been received from BA` in an item above the register: the initials were that member, whom the register names in full
    if (row.initials) forgetInitials(state, seg.text.slice(row.initials.start, row.initials.end), blocks);
    else if (wrap?.cells.initials) forgetInitials(state, wrap.seg.text.slice(wrap.cells.initials.start, wrap.cells.initials.end), blocks);
  }
  state.closeBlock();
  return k - 1 - i;
}

/** An attendance cell's words saying no apologies were sent (`no apologies`, `without apologies`, `apologies not received`). */
const NO_APOLOGIES = /^[ \t–—-]*(?:no[ \t]+apolog|without[ \t]+(?:an?[ \t]+)?apolog|apolog(?:y|ies)[ \t]+not[ \t]+(?:received|given|sent))/i;
const CONSENTED = /^consented\b/i;
/** `was not present` (the page may wrap it), the absence prose's words beside `was absent`: the gate of matchAbsenceProse. */
const NOT_PRESENT = /\bnot\s+present\b/;
/**
 * A role cell that opened a bracket on the row's line and closed it on the wrapped line under it
 * (`Non-Executive Director (until` ⏎ `TB/25/068)`): when the bracket's words, joined, are a fact of the
 * attendance (not the chair's), the role before the bracket and that qualifier. Undefined otherwise.
 */
function wrappedBracket(seg: Segment, r: Span, wrapSeg: Segment, w: Span): { role: Span; qualifier: { piece: Piece; q: Qualifier; tail: Piece } } | undefined {
  const a = seg.text.slice(r.start, r.end);
  const open = a.lastIndexOf('(');
  if (open <= 0 || a.indexOf(')', open) >= 0) return undefined;
  const b = wrapSeg.text.slice(w.start, w.end).trimEnd();
  if (!b.endsWith(')') || b.indexOf('(') >= 0 || b.length > 60) return undefined;
  const said = `${a.slice(open + 1).trim()} ${b.slice(0, -1).trim()}`;
  // (two facts a dash joins, `part meeting – left after TB/25/071`: one qualifier as printed, of the first's kind)
  const dash = said.indexOf(' – ');
  const q = readQualifier(said) ?? (dash > 0 && readQualifier(said.slice(dash + 3)) ? readQualifier(said.slice(0, dash)) : undefined);
  if (!q || q.kind === 'chair' || q.kind === 'observer' || q.kind === 'guest') return undefined;
  return {
    role: { start: r.start, end: r.start + a.slice(0, open).trimEnd().length },
    qualifier: { piece: { seg, span: { start: r.start + open + 1, end: r.end } }, q: { kind: q.kind, start: r.start + open + 1, end: r.end, ...(q.value !== undefined ? { value: q.value } : {}) }, tail: { seg: wrapSeg, span: { start: w.start, end: w.start + b.length - 1 } } },
  };
}

/**
 * A role cell whose bracket, naming the body the member comes from, the cell wrapped: opened on the row's
 * line and closed under it (`Partner Member – Trusts (Ashby` ⏎ `Royal Hospital NHS FT)`), or whole on the
 * line under it (`Partner Member – Local Authorities` ⏎ `(Ashby Borough Council)`). The role before the
 * bracket and the body's pieces, when its words are a body's (`Director (Finance` ⏎ `and Estates)` keeps its bracket).
 */
function wrappedBody(seg: Segment, r: Span, wrapSeg: Segment, w: Span): { role: Span; org: Piece; orgTail?: Piece } | undefined {
  const b = wrapSeg.text.slice(w.start, w.end).trimEnd();
  if (b.charCodeAt(b.length - 1) !== 0x29 || b.length > 80) return undefined;
  const a = seg.text.slice(r.start, r.end);
  const open = a.lastIndexOf('(');
  const wrapOpen = b.indexOf('(');
  if (open > 0 && a.indexOf(')', open) < 0 && wrapOpen < 0) {
    const head = a.slice(open + 1).trim();
    if (head === '' || !looksLikeBody(`${head} ${b.slice(0, -1).trim()}`)) return undefined;
    const s = r.start + a.indexOf(head, open + 1);
    return { role: { start: r.start, end: r.start + a.slice(0, open).trimEnd().length }, org: { seg, span: { start: s, end: s + head.length } }, orgTail: { seg: wrapSeg, span: { start: w.start, end: w.start + b.length - 1 } } };
  }
  if (open >= 0 || wrapOpen !== 0 || b.indexOf('(', 1) >= 0) return undefined;
  const inner = b.slice(1, -1).trim();
  if (inner === '' || !looksLikeBody(inner)) return undefined;
  const s = w.start + b.indexOf(inner);
  return { role: r, org: { seg: wrapSeg, span: { start: s, end: s + inner.length } } };
}

/** Where a row's mark stands in its line (the last cell that holds it), for the range of what the key says of it. */
/**
 * A register of attendance after the items, its grid's heading row under the register's heading or alone
 * (`Register of attendance` ⏎ `Name⇥Initials⇥Governor type⇥Role⇥Attendance`): read as the grid before the
 * items is, from inside whichever item the minutes' last lines fell in. True when the line heads one.
 */
export function registerGrid(state: ParseState, seg: Segment, listHeaded = false): boolean {
  const t = seg.text;
  // the cheap gate: a tab or a column gap, and a heading of the names' column (unless `listHeaded`: an item about attendance, whose grid's
  // names' column may be headed by the list it is, `In attendance⇥Role`)
  if (!mayHeadGrid(t) || !listHeaded && !holdsNamesHeading(t)) return false;
  const i = segIndex(state, seg);
  // (or a tab table with no column of attendance whose first row is a group's label, `Initials⇥Name⇥Role` ⏎ `Trustees present`: gridBlock reads it so)
  if (!matchGridHeader(t) && !(t.indexOf('\t') >= 0 && i >= 0 && i + 1 < state.segs.length && matchBlockHeading(state.segs[i + 1].text))) return false;
  const took = i >= 0 ? gridBlock(state, i) : -1;
  if (took < 0) return false;
  state.keep(REGISTER_END, state.segs[i + took].line);
  return true;
}

/** The last line of the register (or list under its label, listUnder) a parse read in an item: its rows and group labels are read, no sentence of the item. */
const REGISTER_END = parseNote<number>('register end', C_REGISTER);

/** Whether this line of an item is one of the register read above it (`Trustees present` between its rows is no roll call). */
export function inRegister(state: ParseState, seg: Segment): boolean {
  const end = state.kept(REGISTER_END);
  return end !== undefined && seg.line <= end;
}

/** Takes off the lists read from sentences a person written as these initials alone (`BA`): the register names them in full. */
function forgetInitials(state: ParseState, initials: string, keep: ReadonlyMap<BlockKind, PeopleBlockBuilder>): void {
  const m = state.meeting;
  if (!m) return;
  const kept = new Set<PeopleBlock>(keep.values());
  for (const b of [...m.people]) {
    if (kept.has(b) || !FROM_PROSE.has(b)) continue;
    for (const p of b.people.filter((x) => x.written.trim() === initials)) unlist(state, p);
  }
  // a sentence's list left empty goes with them
  for (let n = m.people.length - 1; n >= 0; n--) if (FROM_PROSE.has(m.people[n]) && !kept.has(m.people[n]) && m.people[n].people.length === 0 && state.builtBlock(m.people[n])) m.people.splice(n, 1);
}

/**
 * A person of a list whose heading asks for each one's company (`Attendees (please add your name and
 * company):` ⏎ `* Ana Ruiz (Ferrous Labs) – tech lead`): the words of the bracket after the name, read as
 * the role, are the company (`(guest, Stratus University)`: after the guest's word), and the words after the
 * bracket, read as the organisation, the role. A role's word in the bracket (`(Release Manager)`) keeps it the role.
 */
function companyInBracket(parts: Parts): Parts {
  const r = parts.role;
  if (r.length !== 1 || r[0].seg !== parts.name.seg || !/^\s*\([^()]*$/.test(r[0].seg.text.slice(parts.name.span.end, r[0].span.start)) || ROLE_WORD.test(text(r[0]))) return parts;
  const { org, ...rest } = parts;
  return { ...rest, org: r[0], role: org ? [org] : [], company: true };
}

/** A column's lines that make one person: each line's piece of the column, the words joined with a space. */
interface ColumnEntry { text: string; readonly pieces: Array<{ readonly seg: Segment; readonly from: number; readonly to: number; readonly at: number }> }

/** The pieces of segments that hold `s`, a span of the entry's joined text, each within its column. */
function columnPieces(e: ColumnEntry, s: Span): Piece[] {
  const out: Piece[] = [];
  for (const p of e.pieces) {
    const a = Math.max(s.start, p.at);
    const b = Math.min(s.end, p.at + (p.to - p.from));
    if (b > a) out.push({ seg: p.seg, span: { start: p.from + a - p.at, end: p.from + b - p.at } });
  }
  return out;
}

/** The parts of a person read from a column's entry, each piece in its column and line (a role or category wrapped under it). */
function columnParts(e: ColumnEntry, p: PersonMatch): Parts | undefined {
  const one = (s: Span | undefined): Piece[] => (s ? columnPieces(e, s) : []);
  const name = one(p.name);
  const whole = one({ start: p.start, end: p.end });
  if (name.length === 0 || whole.length === 0) return undefined;
  const [org] = one(p.org);
  const [initials] = one(p.initials);
  const [handle] = one(p.handle);
  const category = one(p.category);
  return {
    name: name[0], ...(name.length > 1 ? { nameTail: name[name.length - 1] } : {}), whole: [whole[0], whole[whole.length - 1]],
    role: one(p.role), ...(org ? { org } : {}), ...(initials ? { initials } : {}), ...(handle ? { handle } : {}),
    ...(category.length > 0 ? { category: category[0], ...(category.length > 1 ? { categoryTail: category[category.length - 1] } : {}) } : {}),
    qualifiers: p.qualifiers.map((q) => {
      const ps = one(q);
      return { piece: ps[0] ?? whole[0], q, ...(ps.length > 1 ? { tail: ps[ps.length - 1] } : {}) };
    }),
  };
}

/** A line of a column that opens a person: a title before the name, or the name's initials in brackets after it (`Mrs A Roe (AR), …`). */
/** A count of those who came in a list's place (`5 members of the public`, `two residents`): no person. */
const COUNTED = /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]+\p{Ll}/u;

/** A cell that reads as one person, whole (`Sarah Wicks – Clerk & RFO`). */
function wholePerson(t: string): boolean {
  const p = readPerson(t);
  return p !== undefined && p.name.start === 0 && p.end >= t.length;
}

function opensPerson(t: string): boolean {
  const p = readPerson(t);
  return p !== undefined && p.name.start === 0 && (p.initials !== undefined || titleOf(t.slice(p.name.start, p.name.end)) !== undefined);
}

/**
 * Two lists side by side, a Word table of two columns read across the page (`Governors present      Apologies
 * received` ⏎ `Mrs A Roe (AR), Chair, Parent      Mr B Lee (BL), Staff` ⏎ `Governor      Governor – consented`):
 * each column read down on its own, to the first blank line: a list's heading in a column (`Absent`) opens a list
 * of its own there, a line that opens no person is the rest of the person above it in its column (a role or
 * category the cell wrapped). `heading` tells a list's heading. The count of segments after i it took, or -1.
 */
export function sideBySideLists(state: ParseState, i: number, heading: (t: string) => BlockKind | undefined): number {
  const segs = state.segs;
  const seg = segs[i];
  const t = seg.text;
  // the gate: a gap of a column on the line (few lines before the items have one)
  if (seg.map !== null || t.indexOf('   ') < 0 && t.indexOf('\t') < 0) return -1;
  const at = secondColumnAt(t);
  if (at < 0) return -1;
  const kinds = [heading(t.slice(0, at)), heading(t.slice(at))];
  if (kinds[0] === undefined || kinds[1] === undefined) return -1;
  // the right-hand column's first character on the page
  const c = seg.offset + at;
  const tabbed = /\t/.test(t.slice(0, at));
  type List = { kind: BlockKind; label: Piece; entries: ColumnEntry[] };
  const columns: List[][] = [
    [{ kind: kinds[0], label: { seg, span: { start: 0, end: t.slice(0, at).trimEnd().length } }, entries: [] }],
    [{ kind: kinds[1], label: { seg, span: { start: at, end: t.length } }, entries: [] }],
  ];
  let k = i + 1;
  for (; k < segs.length && segs[k].line === segs[k - 1].line + 1 && segs[k].text.length > 0; k++) {
    const s = segs[k];
    if (s.map !== null || !s.only) return -1;
    const raw = state.lines[s.line];
    // a Word table flattened with a tab (`Cllr A Roe (Chairman)⇥B Lee – Clerk`): the tab parts the cells, wherever it falls
    const tab = tabbed ? s.text.indexOf('\t') : -1;
    if (tab >= 0 && s.text.indexOf('\t', tab + 1) >= 0) return -1;
    // (a row with one cell filled: the left one, unless a tab stands before it)
    const right = tabbed && tab < 0 && raw.slice(0, s.offset).includes('\t');
    // the column's edge falls between words: in a gap, or past the line's end
    if (!tabbed && raw.length > c && c > 0 && raw[c - 1] !== ' ' && raw[c - 1] !== '\t') return -1;
    const cells = tab >= 0 ? [{ from: 0, to: tab }, { from: tab + 1, to: s.text.length }]
      : tabbed ? [{ from: 0, to: right ? 0 : s.text.length }, { from: right ? 0 : s.text.length, to: s.text.length }]
      : [{ from: 0, to: Math.max(0, Math.min(raw.length, c) - s.offset) }, { from: Math.max(0, c - s.offset), to: s.text.length }];
    for (let side = 0; side < 2; side++) {
      const { from, to } = cells[side];
      const cell = s.text.slice(from, to);
      const words = cell.trim();
      if (words.length === 0) continue;
      const start = from + cell.indexOf(words);
      const lists = columns[side];
      const kind = heading(words);
      if (kind !== undefined) { lists.push({ kind, label: { seg: s, span: { start, end: start + words.length } }, entries: [] }); continue; }
      const entries = lists[lists.length - 1].entries;
      const piece = { seg: s, from: start, to: start + words.length };
      // (`5 members of the public`: a count of those who came, no person)
      if (COUNTED.test(words)) continue;
      // (a cell of its own row is a person of its own where it reads as one whole: `Sarah Wicks – Clerk & RFO`)
      if (opensPerson(words) || tab >= 0 && wholePerson(words)) entries.push({ text: words, pieces: [{ ...piece, at: 0 }] });
      else if (entries.length > 0) {
        const e = entries[entries.length - 1];
        e.pieces.push({ ...piece, at: e.text.length + 1 });
        e.text += ` ${words}`;
      } else return -1;
    }
  }
  const read = columns.map((lists) => lists.map((l) => ({ l, people: l.entries.map((e) => ({ e, p: readPerson(e.text) })) })));
  const all = read.flat();
  if (all.some((r) => r.people.some((x) => !x.p || x.p.name.start !== 0 || x.p.end < x.e.text.length)) || all.filter((r) => r.people.length > 0).length < 2) return -1;
  const m = state.ensureMeeting(seg);
  state.closeBlock();
  for (const { l, people } of all) {
    const r = range(state, l.label);
    const block = state.newBlock({ kind: l.kind, label: text(l.label), labelRange: r, canonicalLabel: true, people: [], range: r });
    m.people.push(block);
    for (const { e, p } of people) {
      const parts = columnParts(e, p!);
      if (parts) addParts(state, block, parts);
    }
  }
  return k - 1 - i;
}

/**
 * A group of an attendance annex after the items (forms/attendanceAnnex.ts): its heading on `seg`, its
 * people as the person lines read them, one block of the group's list.
 */
export function addAnnexGroup(state: ParseState, seg: Segment, kind: BlockKind, rows: ReadonlyArray<{ readonly seg: Segment; readonly people: readonly PersonMatch[] }>): void {
  const block = proseBlock(state, seg, kind, trimmedSpan(seg.text));
  for (const r of rows) for (const p of r.people) addParts(state, block, partsOf(r.seg, p));
}

function trimmedSpan(t: string): Span {
  const start = t.length - t.trimStart().length;
  const end = t.replace(/[ \t:]+$/, '').length;
  return { start, end: Math.max(start, end) };
}
