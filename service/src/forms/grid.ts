/**
 * An attendance grid: a school's or trust's table of governors, their category and their attendance,
 * flattened to tab-separated lines (`Governor⇥Category⇥Attendance` ⏎ `Mr D Osei (DO) Chair⇥CoG⇥Present`,
 * `…⇥FG⇥Apologies – consented`, `…⇥CoG⇥Absent`). Each row says which list its member is on.
 * The columns come in any order under their headings, and a grid may give the initials, the category
 * and the role columns of their own (`Attendance⇥Name⇥Initials⇥Type⇥Role` ⏎ `Present⇥Mr I Cole⇥IC⇥CG⇥Chair`,
 * `In attendance⇥Mrs M Orr⇥MO⇥⇥Clerk`); a row's empty cells at the end may be left off.
 */
import { blockWordKind, type BlockKind } from '../markup';
import { readPerson, REGISTERED_NUMBER } from './personLine';
import { looksLikeBody, looksLikeCode, NOMINEE_OFFICE, OFFICE_END, readQualifier, readRoleCell, ROLE_WORD } from './qualifiers';
import type { PersonMatch, Qualifier, QualifierKind, Span } from './types';
import { isBlankUnit } from '../unitClass';

export interface GridHeader {
  readonly cells: number;
  /** A fixed-width table written with spaces (`Name      Company      Role      Att.`): its cells parted by two blanks or more. */
  readonly spaced?: boolean;
  /** A spaced grid's columns: where each heading starts in the heading row's text (a cell wrapped onto the next line is placed by them). */
  readonly starts?: readonly number[];
  /** The column of the names. */
  readonly name: number;
  /**
   * The column of the attendance (`Attendance`, `Present?`, `Status`, the meeting's date `9 Sep`), -1 when the grid has
   * none: its rows' list then comes from its mark columns or the heading over it; and of the category, initials and role, if any.
   */
  readonly attendance: number;
  /** A column for each list (`Present⇥Apologies⇥Absent`): a row is on the list whose column holds its mark. */
  readonly marks?: ReadonlyArray<{ readonly col: number; readonly kind: BlockKind }>;
  /** The list of every row when no column says it: the heading over the grid's, or its names' column's (`In attendance⇥Role`). */
  readonly kind?: BlockKind;
  readonly category?: number;
  readonly initials?: number;
  readonly role?: number;
  /** The column of the body each member comes from (`Affiliation`, `Organisation`). */
  readonly org?: number;
  /** The column of how each member took part (`Mode`: `In person`, `Through VC`). */
  readonly mode?: number;
  /** The column of the rows' serial numbers (`Sr.`), read as nothing. */
  readonly serial?: number;
  /** The attendance column's heading, the label of the lists the grid makes. */
  readonly label: Span;
}

export interface GridRow {
  readonly kind: BlockKind;
  readonly person: PersonMatch;
  readonly category?: Span;
  readonly initials?: Span;
  readonly role?: Span;
  readonly org?: Span;
  /** What the attendance cell adds (`left at 6.05pm`, `consented`). */
  readonly qualifier?: Qualifier;
  /** The reason the attendance cell gives in brackets after its note (`work` of `A – consented (work)`). */
  readonly reason?: Qualifier;
  /** A fact of the attendance in brackets at the end of the role cell (`Corporate Governance Manager (minutes)`, `… (for OS)`). */
  readonly roleQualifier?: Qualifier;
  /** The mark the attendance cell wrote instead of a word (`✓`, `A`), which a key under the grid may spell out. */
  readonly mark?: string;
  /** Where the mark stands in the line (the attendance cell's start). */
  readonly markAt?: Span;
}

/**
 * The marks a grid writes in its attendance cell instead of words (`✓`, `A (consented)`, `✗`), and the
 * list each means when no key under the grid says otherwise: a tick present, `A` apologies, a cross absent.
 */
const MARK_KIND: ReadonlyMap<string, BlockKind> = new Map<string, BlockKind>([
  ['✓', 'present'], ['✔', 'present'], ['√', 'present'], ['☑', 'present'],
  ['A', 'apologies'], ['✗', 'absent'], ['✘', 'absent'], ['×', 'absent'], ['X', 'absent'],
  // a standards body's wiki: `x` in the box of those who came, `R` for regrets
  ['x', 'present'], ['R', 'apologies'],
  // a register's letters (`P`, `Ap`, `A`; a standards body's `P`, `R`, `A`): the key under it says which list each is
  ['P', 'present'], ['Ap', 'apologies'],
]);

/** The list a mark names with no key to say so (`✓` present, `✗` absent), if it is one. */
export function markKind(mark: string): BlockKind | undefined {
  return MARK_KIND.get(mark);
}

/** The list a word of an attendance cell or of a grid's key names (`present`, `apologies received`, `absent without apologies`). */
export function kindOfWord(w: string): BlockKind {
  const l = w.toLowerCase();
  return l.startsWith('apolog') || l.startsWith('regret') ? 'apologies' : l === 'absent' || l === 'no' ? 'absent' : l === 'in attendance' ? 'inAttendance' : 'present';
}

/** What a mark of a grid's key means: the list, and what the key says beside it (`present remotely`, `substitute`, `joined by Teams`). */
export interface KeyMeaning {
  readonly kind: BlockKind;
  readonly say?: string;
}

/** A mark a grid writes in a cell: a sign or two (`✓`, `✗`), a letter or two (`P`, `Ap`), one with a bracket (`P(R)`), or a bracket alone (`(T)`). */
const MARK = String.raw`(?:\(?[^\sA-Za-z0-9=:;,()]{1,2}\)?|[A-Z][a-z]?(?:\([A-Z]\))?|\([A-Z]\)|x)`;
const KEY_ENTRY = new RegExp(String.raw`^(${MARK})[ \t]*(?:[=:–-][ \t]*)?(\p{L}[\p{L} '’/-]{0,40}?)[ \t]*$`, 'u');
const LIST_WORD = /^(present|attended|apologies(?: received| sent)?|regrets(?: sent)?|absent|in attendance)\b/i;

/**
 * The key of a grid's marks, written under it: `Key: ✓ present   A apologies   ✗ absent without apologies`,
 * `✓ = present; A = apologies`, `P = present; P(R) = present remotely; Ap = apologies;` ⏎ `A = absent; S = substitute`,
 * `✓ present   ✗ apologies   (T) joined by Teams`. Each mark with the list it names and what it says beside
 * the list: a mark whose words name no list (`S = substitute`, `V = by video`) is a way of being present. Undefined
 * when the line is not one (every entry a mark and its words, one of them at least naming a list).
 */
export function matchGridKey(line: string): Map<string, KeyMeaning> | undefined {
  // (in brackets too: `(x = present, R = regrets)`)
  const body = line.replace(/^[ \t]*(?:key|legend)[ \t]*:?[ \t]*/i, '').replace(/^[ \t]*\((.*)\)[ \t]*$/, '$1').trim();
  if (body.length === 0 || body.length > 200) return undefined;
  const out = new Map<string, KeyMeaning>();
  let lists = 0;
  for (const entry of body.split(/[ \t]*[;,][ \t]*|\t+|[ ]{2,}/)) {
    if (entry.length === 0) continue;
    const m = KEY_ENTRY.exec(entry);
    if (!m) return undefined;
    const words = m[2].trim();
    const l = LIST_WORD.exec(words);
    if (!l) { out.set(m[1], { kind: 'present', say: words }); continue; }
    lists++;
    // `absent with apologies` is the apologies list, `absent without apologies` the absent one
    const kind = /\bwith apolog/i.test(words) ? 'apologies' : /\bwithout apolog/i.test(words) ? 'absent' : kindOfWord(l[1]);
    // `present remotely`: present, and how; `apologies sent`, `absent without apologies` say the list alone
    out.set(m[1], kind === 'present' && words.length > l[0].length ? { kind, say: words } : { kind });
  }
  return lists > 0 ? out : undefined;
}

/**
 * A legend under a grid spelling out the codes its cells hold, in any case and of any length, the codes being those of the
 * grid's category column (`codes`): `Categories: Co = co-opted governor; P = parent governor;` ⏎ `LA = local authority
 * governor; HT = headteacher.   Attendance: P = present; A = absent`. After a label naming the attendance its entries
 * are the key of the attendance column's marks. Undefined when the line is not one (an entry that is neither).
 */
export function matchCellLegend(line: string, codes: ReadonlySet<string>): { readonly categories: Map<string, string>; readonly key: Map<string, KeyMeaning> } | undefined {
  if (line.length > 300 || line.indexOf('=') < 0) return undefined;
  const categories = new Map<string, string>();
  const key = new Map<string, KeyMeaning>();
  let marks = false;
  for (const entry of line.split(/[ \t]*;[ \t]*|\t+|[ ]{2,}/)) {
    const e = entry.trim();
    if (e.length === 0) continue;
    const m = CELL_LEGEND_ENTRY.exec(e);
    if (!m) return undefined;
    if (m[1] !== undefined) {
      const label = m[1].toLowerCase();
      if (ATTENDANCE_HEAD.test(label)) marks = true;
      else if (CELL_LEGEND_LABEL.test(label)) marks = false;
      else return undefined;
    }
    const words = m[3];
    const l = marks ? LIST_WORD.exec(words) : null;
    if (l) key.set(m[2], { kind: /\bwith apolog/i.test(words) ? 'apologies' : /\bwithout apolog/i.test(words) ? 'absent' : kindOfWord(l[1]) });
    else if (!marks && codes.has(m[2])) categories.set(m[2], words);
    else return undefined;
  }
  return categories.size + key.size > 0 ? { categories, key } : undefined;
}
const CELL_LEGEND_ENTRY = /^(?:([A-Za-z][A-Za-z ]{0,20}):[ \t]*)?([A-Za-z]{1,5})[ \t]*(?:=|[-–—])[ \t]*(\p{L}[^=]{0,60}?)[ \t.]*$/u;
const CELL_LEGEND_LABEL = /^(?:categor(?:y|ies)|key|legend|codes?|types?|governor (?:types?|categor(?:y|ies)))$/;

/**
 * The cells of a line a table was flattened to, parted by its tabs: each cell's words without the blanks
 * around them (an empty cell between two tabs is empty). The one reading of tab-separated cells: a grid's
 * rows, a row of role cells (`Facilitator⇥A Roe`), a template's fields side by side (`Location: Zoom⇥Date: …`).
 */
export function tabCells(line: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    out.push({ start: from + lead, end: from + part.trimEnd().length });
    from += part.length + 1;
  }
  return out;
}

/** The headings of the names' column (`Name`, `Governors`, `Trustee`). */
const NAME_WORDS = 'governors?|trustees?|members?|directors?|name|full name|councillors?|participants?';
const NAME_HEAD = new RegExp(`^(?:${NAME_WORDS})$`);
/** `Attendee⇥Role⇥Attendance`: the names' column where no other heading names it (beside `Name`, `Attendee` is the marks' column). */
const ATTENDEE_WORD = 'attendees?';
const ATTENDEE_HEAD = new RegExp(`^${ATTENDEE_WORD}$`);
const NAMES_WORD = new RegExp(`\\b(?:${NAME_WORDS}|${ATTENDEE_WORD})\\b`, 'i');
/** Whether a line holds a word that may head the names' column (NAME_HEAD, ATTENDEE_HEAD) anywhere: the cheap test of a line before it is split into cells. */
export function holdsNamesHeading(line: string): boolean {
  return NAMES_WORD.test(line);
}
const ATTENDANCE_HEAD = /^(?:attendance|attended\??|present\??|status|attendee|att\.?)$/;
/** Whether a cell, as written, is one of a grid's headings of its names' or its marks' column alone (`Members`, `Full name`, `Attendance`). */
export function isNamesOrMarksHead(cell: string): boolean {
  const w = cell.trim().toLowerCase();
  return NAME_HEAD.test(w) || ATTENDEE_HEAD.test(w) || ATTENDANCE_HEAD.test(w);
}
/** The meeting's date heading the column of a register's marks (`9 Sep`, `24/02`, `Feb 24`). */
const DATE_HEAD = /^(?:\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}[ ]\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)$/;
/** A column for one list (`Present⇥Apologies⇥Absent`, `P⇥Ap⇥A`): its rows' marks say who is on it. */
const MARK_HEAD: ReadonlyArray<readonly [RegExp, BlockKind]> = [
  [/^(?:present|p)$/, 'present'], [/^(?:apologies|apologies received|regrets|ap)$/, 'apologies'], [/^(?:absent|a)$/, 'absent'],
];
const CATEGORY_HEAD = /^(?:category|cat\.|type|membership|governor (?:type|category))$/;
/**
 * The column of each member's initials (`Initials`; a standards body's `Abbreviation`, the letters its notes name speakers by):
 * the one heading of it, for tab grids and Markdown tables alike.
 */
export const INITIALS_HEAD = /^(?:initials|init\.|abbreviations?|abbr\.?)$/i;
/** What an initials column's cell holds: letters (`IC`, `IHN`), never a word. */
export const INITIALS_CELL = /^[A-Z][A-Za-z]{0,3}$/;
/** A category cell in words: one to three words, the first capitalised (`Co-opted`, `Ex officio`, `Local Authority`). */
const CATEGORY_WORDS = /^[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}$/;
/** A category cell with a bracket at its end, closed or wrapped: the words before it, the bracket's words, its `)` if written. */
const CATEGORY_OFFICE = /^([^()]{2,40}?)[ \t]*\(([^()]{0,40})(\))?[ \t]*$/;
/**
 * The role's column; a county court's roll heads it `Seat` (`Commissioner, Precinct 2`: the office, and the seat after its
 * comma); an NHS committee's `Initials⇥Name⇥Title`, the title of the post each holds (no honorific).
 */
const ROLE_HEAD = /^(?:(?:role|position|office|post|seat|title|job title|designation)(?:[ ]*(?:\/|and|&)[ ]*notes)?|notes)$/;
/** A column of the rows' serial numbers (`Sr.`, `Sr. No.`, `S. No.`, `Sl. No.`, `#`), as a company's register prints it: no fact of the member. */
const SERIAL_HEAD = /^(?:s[rl]?\.?[ ]?no\.?|sr\.?|no\.?|#)$/;
/** How each member took part (`Mode`: `In person`, `Through VC`), as a company's board minutes record it: a qualifier of each row. */
const MODE_HEAD = /^(?:mode|mode of (?:attendance|participation)|attendance mode|participation)$/;
/**
 * The body each member comes from, or the seat they hold for (`Ward`, `District`): the reader's organisation. A
 * housing authority's resident board heads it `Program / Site` (`Public Housing – Bayview Terrace`, the program or
 * property each resident member sits for), or `Development`, `Property`.
 */
const ORG_HEAD = /^(?:affiliation|organi[sz]ation|company|employer|ward|district|division|constituency|appointed by|nominated by|(?:program(?:me)?|site|property|development)(?:[ ]*\/[ ]*(?:program(?:me)?|site|property|development))?)$/;

/**
 * The cells of a line of a fixed-width table written with spaces (a plain-text e-mail's roster), parted by
 * two blanks or more; a cell's words keep their single spaces.
 */
export function spacedCells(line: string): Span[] {
  const out: Span[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** The cells of a grid's line: at its tabs, or for a spaced grid at its gaps. */
function cellsOf(line: string, spaced: boolean): Span[] {
  return spaced ? spacedCells(line) : tabCells(line);
}

/**
 * The heading row of an attendance grid; undefined for any other line (a line without a tab or a gap of two blanks at once).
 * The names' column is found by its heading, and the list of each row by the attendance column's, by a column for
 * each list (`Councillor⇥Present⇥Apologies⇥Absent`), or else by `under`, the heading over the grid (`Officers in
 * attendance:` ⏎ `Attendee⇥Role`), or the names' column's own heading when it names a list (`In attendance⇥Role`).
 */
export function matchGridHeader(line: string, under?: BlockKind): GridHeader | undefined {
  if (!mayHeadGrid(line)) return undefined;
  const h = gridHeader(line, line.indexOf('\t') < 0, under);
  // a PDF's table set out with runs of tabs (`Sr.⇥Name⇥⇥⇥⇥Designation⇥⇥⇥Mode`), as many in each row as its words
  // are long: its cells are parted by the runs, as a spaced table's by its gaps
  return h ?? (line.indexOf('\t\t') >= 0 ? gridHeader(line, true, under) : undefined);
}

function gridHeader(line: string, spaced: boolean, under?: BlockKind): GridHeader | undefined {
  const cs = cellsOf(line, spaced);
  // (a spaced roster heads three columns at least, so that a name and a word beside it are no heading)
  if (spaced && cs.length < 3) return undefined;
  if (cs.length < 2 || cs.length > 6) return undefined;
  // each cell lowered once for the headings' tests (a person's `Name<TAB>:<TAB>Role` of every file comes here)
  const words = cs.map((c) => line.slice(c.start, c.end).toLowerCase());
  const col = (re: RegExp, not = -1): number => words.findIndex((w, k) => k !== not && re.test(w));
  let name = col(NAME_HEAD);
  if (name < 0) name = col(ATTENDEE_HEAD);
  // `In attendance⇥Role`: the names' column headed by the list its rows are on
  const own = name < 0 && cs.length <= 3 ? blockWordKind(words[0]) : undefined;
  if (own) name = 0;
  if (name < 0) return undefined;
  // a column for each list first (`Present⇥Apologies⇥Absent`: `Present` alone would be the attendance column)
  const marks: Array<{ col: number; kind: BlockKind }> = [];
  if (!own) {
    for (let k = 0; k < words.length; k++) {
      const kind = k === name ? undefined : MARK_HEAD.find(([re]) => re.test(words[k]))?.[1];
      if (kind) marks.push({ col: k, kind });
    }
    if (marks.length < 2) marks.length = 0;
  }
  let attendance = own || marks.length > 0 ? -1 : col(ATTENDANCE_HEAD, name);
  if (attendance < 0 && !own && marks.length === 0) attendance = cs.findIndex((c, k) => k !== name && DATE_HEAD.test(line.slice(c.start, c.end)));
  const kind = own ?? under;
  if (attendance < 0 && marks.length === 0 && !kind) return undefined;
  const category = col(CATEGORY_HEAD);
  const initials = col(INITIALS_HEAD);
  const role = col(ROLE_HEAD);
  const org = col(ORG_HEAD);
  const mode = col(MODE_HEAD, name);
  const serial = col(SERIAL_HEAD, name);
  // a grid with no column of attendance has more than names: their role or body, so that a list's heading and one name are no grid
  if (attendance < 0 && marks.length === 0 && role < 0 && org < 0) return undefined;
  // names first, as a school's grid writes them, the other headings may be any; otherwise every heading
  // must be one of a grid's, so that a table of something else with a `Name` and a `Status` column is not read
  if (name > 0 && cs.some((_, k) => k !== name && k !== attendance && k !== category && k !== initials && k !== role && k !== org && k !== mode && k !== serial && !marks.some((m) => m.col === k))) return undefined;
  // (a grid without a column of attendance: every heading one of a grid's, too)
  if (attendance < 0 && marks.length === 0 && cs.some((_, k) => k !== name && k !== category && k !== initials && k !== role && k !== org && k !== mode && k !== serial)) return undefined;
  const label = attendance >= 0 ? cs[attendance] : marks.length > 0 ? cs[marks[0].col] : cs[name];
  return {
    cells: cs.length, name, attendance, label, ...(spaced ? { spaced, starts: cs.map((c) => c.start) } : {}),
    ...(marks.length > 0 ? { marks } : {}), ...(kind ? { kind } : {}),
    ...(category >= 0 ? { category } : {}), ...(initials >= 0 ? { initials } : {}), ...(role >= 0 ? { role } : {}), ...(org >= 0 ? { org } : {}),
    ...(mode >= 0 ? { mode } : {}), ...(serial >= 0 ? { serial } : {}),
  };
}

/** Whether a line may head a grid (matchGridHeader's first test): a tab and cells that may head its columns, or a gap of two blanks. */
export function mayHeadGrid(line: string): boolean {
  return line.indexOf('\t') < 0 ? line.indexOf('  ') >= 0 : mayHeadTabGrid(line);
}

/**
 * Whether a line parted by tabs may head a grid, by its cells' first letters and lengths, before they are
 * split and lowered (every line with a tab under an item is asked: a numbered paragraph `116.1⇥Committee …`
 * is declined here). The names' column is a cell of 4 to 12 characters, `name` to `participants` (NAME_HEAD,
 * ATTENDEE_HEAD), or the first cell names a list (`In attendance⇥Role`, blockWordKind): each opens with a letter.
 */
function mayHeadTabGrid(line: string): boolean {
  // (then the words themselves: a names' heading among them, or a list named by the first cell; a person's `Name⇥:⇥Role`
  // line, which every board's attendance writes, is declined here, before it is split into cells and lowered)
  return mayHeadTabCells(line) && (holdsNamesHeading(line) || firstCellNamesList(line));
}

/** `mayHeadTabGrid`'s test of the cells' first letters and lengths. */
function mayHeadTabCells(line: string): boolean {
  for (let s = 0, n = 0; ; n++) {
    const tab = line.indexOf('\t', s);
    const e = tab < 0 ? line.length : tab;
    let a = s;
    while (a < e && isBlankUnit(line.charCodeAt(a))) a++;
    let b = e;
    while (b > a && isBlankUnit(line.charCodeAt(b - 1))) b--;
    const c = line.charCodeAt(a) | 0x20;
    if (b > a && c >= 0x61 && c <= 0x7a && (n === 0 || b - a <= 12)) return true;
    if (tab < 0) return false;
    s = tab + 1;
  }
}

/** Whether the first cell of a line parted by tabs names a list (`In attendance⇥Role`), its words lowered as `matchGridHeader` reads them. */
function firstCellNamesList(line: string): boolean {
  return blockWordKind(line.slice(0, line.indexOf('\t')).trim().toLowerCase()) !== undefined;
}


/**
 * A row of the grid under `h`; undefined when the line is not one (the grid ends there). `blank`: the
 * empty cells the line's text lost at its start (a tick table's empty box before the name).
 */
export function readGridRow(line: string, h: GridHeader, blank = 0): GridRow | undefined {
  if (h.spaced ? line.indexOf('  ') < 0 && line.indexOf('\t') < 0 : line.indexOf('\t') < 0) return undefined;
  const cells = cellsOf(line, h.spaced === true);
  const cs = blank > 0 ? [...Array.from({ length: blank }, () => ({ start: 0, end: 0 })), ...cells] : cells;
  // (a spaced row holds every cell: an empty one would shift the others, and there is no tab to say so;
  // a row of runs of tabs that left a cell empty is placed cell by cell, tabRunRow)
  if (h.spaced && cs.length < h.cells && blank === 0 && line.indexOf('\t') >= 0) return tabRunRow(line, h, cs);
  if (cs.length > h.cells || cs.length <= Math.max(h.name, h.attendance) || (h.attendance < 0 && !h.marks && cs.length < 2)) return undefined;
  if (h.spaced && cs.length !== h.cells) return undefined;
  return readCells(line, h, cs, blank);
}

/** The row whose cells are `cs` (spans of `line`, one a column, an empty span an empty cell); `blank` as readGridRow's. */
function readCells(line: string, h: GridHeader, cs: readonly Span[], blank = 0): GridRow | undefined {
  const nc = cs[h.name];
  const person = readPerson(line, nc.start, nc.end);
  if (!person || person.end < nc.end) return undefined;
  let kind: BlockKind;
  let mark: string | undefined;
  let markAt: Span | undefined;
  let qualifier: Qualifier | undefined;
  let reason: Qualifier | undefined;
  if (h.attendance >= 0) {
    const a = cs[h.attendance];
    // a tick table's empty box before the name: the member was not there
    const box = a.end === a.start && blank > h.attendance;
    // `Substitute for` ⏎ `Cllr Roe` (a council's register): present, the whole cell what is said of it (its wrapped rest joins it)
    const cell = line.slice(a.start, a.end);
    const sub = !box && SUBSTITUTE_CELL.test(cell);
    // a word (`Apologies – consented`) or a mark (`✓ (left 7.15pm)`, `A (consented)`, `P(R)`, `✓ (T)`), a key under the grid spells the marks out
    const m = box || sub ? undefined : /^(?:(present|attended|apologies|apologies received|absent|in attendance|yes|no)\b|([^\sA-Za-z0-9]|Ap|[A-Z](?:\([A-Z]\))?)(?![^\s(]))[ \t]*(?:[-–—:,][ \t]*|\()?(.*?)\)?[ \t]*$/i.exec(line.slice(a.start, a.end));
    // (a letter no key spells out yet is a mark too: the key under the grid says which list, or the row is dropped)
    if (!box && !sub && (!m || (m[2] !== undefined && !MARK_KIND.has(m[2]) && !/^[A-Z]/.test(m[2])))) return undefined;
    mark = m?.[2];
    // (the mark opens its cell: the pattern is anchored there, and the cells are trimmed)
    if (mark !== undefined) markAt = { start: a.start, end: a.start + mark.length };
    kind = box ? 'absent' : sub ? 'present' : mark !== undefined ? MARK_KIND.get(mark) ?? 'present' : kindOfWord(m![1]);
    if (sub) qualifier = { kind: readQualifier(cell)?.kind ?? 'substitute', start: a.start, end: a.end };
    else if (m && m[3].length > 0) {
      const start = a.start + m[0].lastIndexOf(m[3]);
      // `A – consented (work)`: the note, then its reason in brackets (the cell's closing bracket is the reason's, not one round the note)
      const open = m[3].indexOf('(');
      const reasonAt = open > 0 && m[3].indexOf(')') < 0 && m[0].endsWith(')') ? open : -1;
      const said = reasonAt > 0 ? m[3].slice(0, reasonAt).trimEnd() : m[3];
      const q = readQualifier(said);
      qualifier = { kind: q?.kind ?? 'note', start, end: start + said.length, ...(q?.value !== undefined ? { value: q.value } : {}) };
      if (reasonAt > 0 && m[3].length - reasonAt > 1) reason = { kind: 'note', start: start + reasonAt + 1, end: start + m[3].length };
    }
  } else if (h.marks) {
    // the one column of the lists that holds the row's mark (`✓`) says the list
    const held = h.marks.filter((c) => c.col < cs.length && cs[c.col].end > cs[c.col].start);
    if (held.length !== 1) return undefined;
    const cell = cs[held[0].col];
    // (a tick or a letter: the column, not the mark, says the list)
    const tick = line.slice(cell.start, cell.end);
    if (tick.length > 3 || /[A-Za-z0-9]{2}/.test(tick)) return undefined;
    kind = held[0].kind;
  } else {
    kind = h.kind ?? 'present';
    // how the member took part (`In person`, `Through VC`): what is said of their attendance
    const md = h.mode !== undefined && h.mode < cs.length && cs[h.mode].end > cs[h.mode].start ? cs[h.mode] : undefined;
    if (md) qualifier = { kind: readQualifier(line.slice(md.start, md.end))?.kind ?? 'note', start: md.start, end: md.end };
  }
  // the serial column holds the row's number (`1.`, `12`), never a word
  if (h.serial !== undefined && h.serial < cs.length && !/^\d{1,3}\.?$/.test(line.slice(cs[h.serial].start, cs[h.serial].end))) return undefined;
  const at = (k: number | undefined): Span | undefined => (k !== undefined && k < cs.length && cs[k].end > cs[k].start ? cs[k] : undefined);
  const c = at(h.category);
  // a code the legend spells out (`FG`), or the category in words (`Co-opted`, `Ex officio`, `Parent`); its office in a
  // bracket after it (`Co-opted Governor (Chair)`: the office the member's role), or a bracket the cell wrapped
  // (`Parent Governor (Vice` ⏎ `Chair)`: the cell's words whole, its rest below joined to them)
  const ct = c ? line.slice(c.start, c.end) : '';
  const office = c ? CATEGORY_OFFICE.exec(ct) : null;
  const category = c && (looksLikeCode(ct) || CATEGORY_WORDS.test(ct)) ? c
    : c && office && CATEGORY_WORDS.test(office[1]) ? (office[3] === ')' ? { start: c.start, end: c.start + office[1].length } : c) : undefined;
  const officeSpan = c && office && category && office[3] === ')' && office[2].trim() !== '' ? { start: c.start + ct.indexOf('(', office[1].length) + 1, end: c.start + ct.lastIndexOf(')') } : undefined;
  const i = at(h.initials);
  // the initials column holds initials (`IC`), never a word; a row that says otherwise is no grid's
  if (i && !INITIALS_CELL.test(line.slice(i.start, i.end))) return undefined;
  const initials = i && !person.initials ? i : undefined;
  const r = at(h.role) ?? (h.role === undefined && !person.role ? officeSpan : undefined);
  const { role, roleQualifier, roleOrg } = r && !person.role ? roleCell(line, r) : {};
  const o = at(h.org) ?? roleOrg;
  // `Appointed by` holding `Independent co-opted member` for a member no council appointed: a seat, no body, read as the role
  const seat = o && !person.org && !person.role && !role && isSeat(line.slice(o.start, o.end)) ? o : undefined;
  const org = o && !person.org && !seat ? o : undefined;
  return { kind, person, ...(mark !== undefined && markAt ? { mark, markAt } : {}), ...(category ? { category } : {}), ...(initials ? { initials } : {}), ...(role ?? seat ? { role: role ?? seat } : {}), ...(org ? { org } : {}), ...(qualifier ? { qualifier } : {}), ...(reason ? { reason } : {}), ...(roleQualifier ? { roleQualifier } : {}) };
}

/**
 * A row of a grid set out with runs of tabs (`Governor⇥⇥⇥Init.⇥Cat.⇥Office⇥⇥Attendance`) that left a cell empty
 * (`Mr D Osei⇥⇥DO⇥HT⇥⇥⇥P`, no office): the tabs' runs say nothing of which, as many in a row as its words are long.
 * The names open the row and the attendance closes it; the cells between take the columns between in order, each
 * the first whose kind it can be (initials are letters, a category a code or a word or two), the others left empty.
 */
function tabRunRow(line: string, h: GridHeader, cs: readonly Span[]): GridRow | undefined {
  if (h.name !== 0 || h.attendance !== h.cells - 1 || cs.length < 2) return undefined;
  const placed: Span[] = Array.from({ length: h.cells }, () => ({ start: 0, end: 0 }));
  placed[0] = cs[0];
  placed[h.cells - 1] = cs[cs.length - 1];
  let col = 1;
  for (let k = 1; k < cs.length - 1; k++) {
    const t = line.slice(cs[k].start, cs[k].end);
    while (col < h.cells - 1 && !fitsColumn(h, col, t)) col++;
    if (col >= h.cells - 1) return undefined;
    placed[col++] = cs[k];
  }
  return readCells(line, h, placed);
}

/** Whether a cell's words can stand in column `col` of the grid: initials and a category by their form, any other column anything. */
function fitsColumn(h: GridHeader, col: number, t: string): boolean {
  if (col === h.initials) return INITIALS_CELL.test(t);
  if (col === h.category) return looksLikeCode(t) || CATEGORY_WORDS.test(t);
  return true;
}

/** An attendance cell naming whom the member stood in for (`Substitute for Cllr Roe`, `Substituting`): they were present. */
const SUBSTITUTE_CELL = /^substitut(?:e|ing)\b/i;

/** A body's cell holding a seat, not a body (`Independent co-opted member`, `Parent governor`): the words of an office, no body's name. */
function isSeat(cell: string): boolean {
  return !looksLikeBody(cell) && (ROLE_WORD.test(cell) || OFFICE_END.test(cell));
}

/** What a role or notes cell may hold instead of a role: when the member came, left, or for which items (`joined at item 4`, `items 1 to 6`). */
const PART_KINDS: ReadonlySet<QualifierKind> = new Set<QualifierKind>(['from', 'until', 'only', 'arrived', 'left', 'part', 'remote']);

/**
 * A grid's role cell: its role, and a fact of the attendance in brackets at its end apart (`Member (Chair)` stays one role);
 * a `notes` cell that holds only such a fact (`joined at item 4`) has no role.
 */
function roleCell(line: string, r: Span): { role?: Span; roleQualifier?: Qualifier; roleOrg?: Span } {
  const whole = readQualifier(line.slice(r.start, r.end));
  if (whole && PART_KINDS.has(whole.kind)) return { roleQualifier: { kind: whole.kind, start: r.start, end: r.end, ...(whole.value !== undefined ? { value: whole.value } : {}) } };
  const { role, qualifiers: [q] } = readRoleCell(line, r, { chairStays: true });
  const body = role && !q ? bodyInBrackets(line, role) : undefined;
  if (body) return { role: body.role, roleOrg: body.org };
  return { ...(role ? { role } : {}), ...(q ? { roleQualifier: q } : {}) };
}


/**
 * A role whose bracket names the body the member sits for (`Nominee Director (State Bank of India)`,
 * `Director (Arden Housing Trust)`): the role before it, the body in it. Only a body's name, or any
 * name after a nominee's office: `Director (Finance)` keeps its bracket.
 */
function bodyInBrackets(line: string, role: Span): { role: Span; org: Span } | undefined {
  if (line.charCodeAt(role.end - 1) !== 0x29) return undefined;
  const open = line.lastIndexOf('(', role.end - 1);
  if (open <= role.start) return undefined;
  const inner = line.slice(open + 1, role.end - 1);
  const before = line.slice(role.start, open).trimEnd();
  if (before === '' || inner.trim() === '' || inner.indexOf(')') >= 0 || !/^\p{Lu}/u.test(inner.trim())) return undefined;
  if (!looksLikeBody(inner) && !(NOMINEE_OFFICE.test(before) && !ROLE_WORD.test(inner))) return undefined;
  const s = open + 1 + (inner.length - inner.trimStart().length);
  return { role: { start: role.start, end: role.start + before.length }, org: { start: s, end: s + inner.trim().length } };
}

/**
 * A line under a row that holds only the member's registered number in brackets (`(DIN: 00234567)`, a
 * director's identification number; `(Membership No. 104523)`): an identifier the reader leaves out.
 */
export function isIdentifierLine(text: string): boolean {
  return text.length <= 40 && IDENTIFIER_LINE.test(text);
}
const IDENTIFIER_LINE = new RegExp(String.raw`^\(${REGISTERED_NUMBER}\)[ \t]*$`);

/** The rest of a row's cells that wrapped onto the next line: the role's and the body's words, and a fact in brackets at the role's end. */
export interface GridWrap {
  readonly role?: Span;
  readonly roleQualifier?: Qualifier;
  readonly org?: Span;
  /** The rest of the attendance cell (`Substitute for` ⏎ `Cllr Roe`). */
  readonly attendance?: Span;
  /** The initials, set beside the role's wrapped last words (`⇥Deputy Chair⇥AMJ`): the row's, when its own cell was empty. */
  readonly initials?: Span;
  /** The rest of the category cell (`Parent Governor (Vice` ⏎ `⇥⇥Chair)`). */
  readonly category?: Span;
}

/**
 * A line that goes on with the row above it (`TR⇥Terry Rudd⇥Authorising Engineer (Fire), Calder Fire` ⏎
 * `⇥⇥Consultancy (item 6.2 only)`): the names' cell empty, words only in the role's or the body's column.
 * `blank`: the empty cells the line's text lost at its start. Undefined for any other line.
 */
export function readGridWrap(line: string, h: GridHeader, blank: number): GridWrap | undefined {
  if (blank <= h.name || h.spaced || (h.role === undefined && h.org === undefined && h.attendance < 0)) return undefined;
  const cs = [...Array.from({ length: blank }, () => ({ start: 0, end: 0 })), ...tabCells(line)];
  if (cs.length > h.cells) return undefined;
  let out: GridWrap = {};
  for (let k = 0; k < cs.length; k++) {
    if (cs[k].end <= cs[k].start) continue;
    if (k === h.role) out = { ...out, ...roleCell(line, cs[k]) };
    else if (k === h.org) out = { ...out, org: cs[k] };
    // (a Word table's row is as tall as its tallest cell, its initials level with the wrapped cell's last line)
    else if (k === h.initials && INITIALS_CELL.test(line.slice(cs[k].start, cs[k].end))) out = { ...out, initials: cs[k] };
    // (the attendance cell's fact the row wrapped: `Present from` ⏎ `⇥⇥GB/2324/24`)
    else if (k === h.attendance) out = { ...out, attendance: cs[k] };
    else if (k === h.category) out = { ...out, category: cs[k] };
    else return undefined;
  }
  return out.role || out.roleQualifier || out.org || out.attendance || out.category ? out : undefined;
}

/**
 * A spaced grid's line that goes on with the row above it, one cell's words placed by the column they
 * stand in (`Councillor A Roe      Ashby BC      Substitute for` ⏎ `(Vice-Chair)` under the name, `Cllr Lee`
 * under the attendance). `at`: where the line's words start, in the heading row's columns. A name's
 * cell goes on only with a bracket (its role or a fact of the attendance); a name carried on is no wrap.
 * Undefined for any other line.
 */
export function readSpacedWrap(line: string, h: GridHeader, at: number): GridWrap | undefined {
  if (!h.spaced || !h.starts) return undefined;
  const cs = spacedCells(line);
  if (cs.length !== 1) return undefined;
  // (a cell's words stand a blank or two off its heading: the nearest heading within three columns)
  let k = -1;
  for (let j = 0; j < h.starts.length; j++) if (Math.abs(h.starts[j] - at) <= 3 && (k < 0 || Math.abs(h.starts[j] - at) < Math.abs(h.starts[k] - at))) k = j;
  const c = cs[0];
  if (k < 0) return undefined;
  if (k === h.attendance) return { attendance: c };
  if (k === h.org) return { org: c };
  if (k === h.role) return roleCell(line, c);
  if (k !== h.name || line[c.start] !== '(' || line[c.end - 1] !== ')' || c.end - c.start < 3) return undefined;
  const cell = roleCell(line, { start: c.start + 1, end: c.end - 1 });
  return cell.role || cell.roleQualifier ? cell : undefined;
}
