/**
 * An attendance grid: a school's or trust's table of governors, their category and their attendance,
 * flattened to tab-separated lines (`Governor⇥Category⇥Attendance` ⏎ `Mr D Osei (DO) Chair⇥CoG⇥Present`,
 * `…⇥FG⇥Apologies – consented`, `…⇥CoG⇥Absent`). Each row says which list its member is on.
 * The columns come in any order under their headings, and a grid may give the initials, the category
 * and the role columns of their own (`Attendance⇥Name⇥Initials⇥Type⇥Role` ⏎ `Present⇥Mr I Cole⇥IC⇥CG⇥Chair`,
 * `In attendance⇥Mrs M Orr⇥MO⇥⇥Clerk`); a row's empty cells at the end may be left off.
 */
import type { BlockKind } from '../markup';
import { readPerson } from './personLine';
import { looksLikeCode, readQualifier } from './qualifiers';
import type { PersonMatch, Qualifier, Span } from './types';

export interface GridHeader {
  readonly cells: number;
  /** A fixed-width table written with spaces (`Name      Company      Role      Att.`): its cells parted by two blanks or more. */
  readonly spaced?: boolean;
  /** The column of the names. */
  readonly name: number;
  /** The column of the attendance (`Attendance`, `Present?`, `Status`) and of the category, initials and role, if any. */
  readonly attendance: number;
  readonly category?: number;
  readonly initials?: number;
  readonly role?: number;
  /** The column of the body each member comes from (`Affiliation`, `Organisation`). */
  readonly org?: number;
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
  /** The mark the attendance cell wrote instead of a word (`✓`, `A`), which a key under the grid may spell out. */
  readonly mark?: string;
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

/** The list a word of an attendance cell or of a grid's key names (`present`, `apologies received`, `absent without apologies`). */
export function kindOfWord(w: string): BlockKind {
  const l = w.toLowerCase();
  return l.startsWith('apolog') || l.startsWith('regret') ? 'apologies' : l === 'absent' ? 'absent' : l === 'in attendance' ? 'inAttendance' : 'present';
}

/**
 * The key of a grid's marks, written under it: `Key: ✓ present   A apologies   ✗ absent without apologies`,
 * `✓ = present; A = apologies`. Each mark with the list it names; undefined when the line is not one
 * (every entry must be a known mark and an attendance word).
 */
export function matchGridKey(line: string): Map<string, BlockKind> | undefined {
  // (in brackets too: `(x = present, R = regrets)`)
  const body = line.replace(/^[ \t]*(?:key|legend)[ \t]*:?[ \t]*/i, '').replace(/^[ \t]*\((.*)\)[ \t]*$/, '$1');
  const re = /[ \t]*(Ap|[^\s=:–-])[ \t]*(?:[=:–-][ \t]*)?((present|attended|apologies(?: received)?|regrets|absent|in attendance)\b[^;,\t]*?)(?=[ \t]*(?:[;,]|\t|\s{2,}|$))[;,]?/giy;
  const out = new Map<string, BlockKind>();
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (!MARK_KIND.has(m[1])) return undefined;
    // `absent with apologies` is the apologies list, `absent without apologies` the absent one
    out.set(m[1], /\bwith apolog/i.test(m[2]) ? 'apologies' : /\bwithout apolog/i.test(m[2]) ? 'absent' : kindOfWord(m[3]));
    last = re.lastIndex;
  }
  return out.size > 0 && body.slice(last).trim() === '' ? out : undefined;
}

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

const NAME_HEAD = /^(?:governors?|trustees?|members?|directors?|name|full name|councillors?)$/;
const ATTENDANCE_HEAD = /^(?:attendance|attended\??|present\??|status|attendee|att\.?)$/;
const CATEGORY_HEAD = /^(?:category|type|membership|governor (?:type|category))$/;
const INITIALS_HEAD = /^initials$/;
/** A category cell in words: one to three words, the first capitalised (`Co-opted`, `Ex officio`, `Local Authority`). */
const CATEGORY_WORDS = /^[A-Z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}$/;
const ROLE_HEAD = /^(?:role|position|office|post)$/;
const ORG_HEAD = /^(?:affiliation|organi[sz]ation|company|employer)$/;
/**
 * The longest text the headings above match (`governor category`): a longer cell heads no column,
 * and is not lowered to be asked (a resolution's part, `(1)<TAB>That the members …`, comes here).
 */
const HEAD_LONGEST = 17;

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

/** The heading row of an attendance grid; undefined for any other line (a line without a tab or a gap of two blanks at once). */
export function matchGridHeader(line: string): GridHeader | undefined {
  const spaced = line.indexOf('\t') < 0;
  if (spaced && line.indexOf('  ') < 0) return undefined;
  const cs = cellsOf(line, spaced);
  // (a spaced roster heads three columns at least, so that a name and a word beside it are no heading)
  if (spaced && cs.length < 3) return undefined;
  if (cs.length < 2 || cs.length > 6) return undefined;
  // each cell lowered once for the five headings' tests (a person's `Name<TAB>:<TAB>Role` of every file comes here);
  // a cell too long for any heading is left empty, which none matches (lowering keeps the length of a text they match)
  const words = cs.map((c) => (c.end - c.start > HEAD_LONGEST ? '' : line.slice(c.start, c.end).toLowerCase()));
  const col = (re: RegExp): number => words.findIndex((w) => re.test(w));
  const name = col(NAME_HEAD);
  if (name < 0) return undefined;
  const attendance = col(ATTENDANCE_HEAD);
  if (attendance < 0) return undefined;
  const category = col(CATEGORY_HEAD);
  const initials = col(INITIALS_HEAD);
  const role = col(ROLE_HEAD);
  const org = col(ORG_HEAD);
  // names first, as a school's grid writes them, the other headings may be any; otherwise every heading
  // must be one of a grid's, so that a table of something else with a `Name` and a `Status` column is not read
  if (name > 0 && cs.some((_, k) => k !== name && k !== attendance && k !== category && k !== initials && k !== role && k !== org)) return undefined;
  return {
    cells: cs.length, name, attendance, label: cs[attendance], ...(spaced ? { spaced } : {}),
    ...(category >= 0 ? { category } : {}), ...(initials >= 0 ? { initials } : {}), ...(role >= 0 ? { role } : {}), ...(org >= 0 ? { org } : {}),
  };
}

/**
 * A row of the grid under `h`; undefined when the line is not one (the grid ends there). `blank`: the
 * empty cells the line's text lost at its start (a tick table's empty box before the name).
 */
export function readGridRow(line: string, h: GridHeader, blank = 0): GridRow | undefined {
  if (h.spaced ? line.indexOf('  ') < 0 : line.indexOf('\t') < 0) return undefined;
  const cells = cellsOf(line, h.spaced === true);
  const cs = blank > 0 ? [...Array.from({ length: blank }, () => ({ start: 0, end: 0 })), ...cells] : cells;
  if (cs.length > h.cells || cs.length <= Math.max(h.name, h.attendance)) return undefined;
  // (a spaced row holds every cell: an empty one would shift the others, and there is no tab to say so)
  if (h.spaced && cs.length !== h.cells) return undefined;
  const nc = cs[h.name];
  const person = readPerson(line, nc.start, nc.end);
  if (!person || person.end < nc.end) return undefined;
  const a = cs[h.attendance];
  // a tick table's empty box before the name: the member was not there
  const box = a.end === a.start && blank > h.attendance;
  // a word (`Apologies – consented`) or a mark (`✓ (left 7.15pm)`, `A (consented)`), a key under the grid spells the marks out
  const m = box ? undefined : /^(?:(present|attended|apologies|apologies received|absent|in attendance)\b|([^\sA-Za-z0-9]|Ap|[AXRP])(?![^\s(]))[ \t]*(?:[-–—:,][ \t]*|\()?(.*?)\)?[ \t]*$/i.exec(line.slice(a.start, a.end));
  if (!box && (!m || (m[2] !== undefined && !MARK_KIND.has(m[2])))) return undefined;
  const mark = m?.[2];
  const kind: BlockKind = box ? 'absent' : mark !== undefined ? MARK_KIND.get(mark) ?? 'present' : kindOfWord(m![1]);
  let qualifier: Qualifier | undefined;
  if (m && m[3].length > 0) {
    const start = a.start + m[0].lastIndexOf(m[3]);
    const q = readQualifier(m[3]);
    qualifier = { kind: q?.kind ?? 'note', start, end: start + m[3].length, ...(q?.value !== undefined ? { value: q.value } : {}) };
  }
  const at = (k: number | undefined): Span | undefined => (k !== undefined && k < cs.length && cs[k].end > cs[k].start ? cs[k] : undefined);
  const c = at(h.category);
  // a code the legend spells out (`FG`), or the category in words (`Co-opted`, `Ex officio`, `Parent`)
  const category = c && (looksLikeCode(line.slice(c.start, c.end)) || CATEGORY_WORDS.test(line.slice(c.start, c.end))) ? c : undefined;
  const i = at(h.initials);
  // the initials column holds initials (`IC`), never a word; a row that says otherwise is no grid's
  if (i && !/^[A-Z][A-Za-z]{0,3}$/.test(line.slice(i.start, i.end))) return undefined;
  const initials = i && !person.initials ? i : undefined;
  const r = at(h.role);
  const role = r && !person.role ? r : undefined;
  const o = at(h.org);
  const org = o && !person.org ? o : undefined;
  return { kind, person, ...(mark !== undefined ? { mark } : {}), ...(category ? { category } : {}), ...(initials ? { initials } : {}), ...(role ? { role } : {}), ...(org ? { org } : {}), ...(qualifier ? { qualifier } : {}) };
}
