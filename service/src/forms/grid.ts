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
  /** The column of the names. */
  readonly name: number;
  /** The column of the attendance (`Attendance`, `Present?`, `Status`) and of the category, initials and role, if any. */
  readonly attendance: number;
  readonly category?: number;
  readonly initials?: number;
  readonly role?: number;
  /** The attendance column's heading, the label of the lists the grid makes. */
  readonly label: Span;
}

export interface GridRow {
  readonly kind: BlockKind;
  readonly person: PersonMatch;
  readonly category?: Span;
  readonly initials?: Span;
  readonly role?: Span;
  /** What the attendance cell adds (`left at 6.05pm`, `consented`). */
  readonly qualifier?: Qualifier;
}

function cells(line: string): Span[] {
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
const ATTENDANCE_HEAD = /^(?:attendance|attended\??|present\??|status)$/;
const CATEGORY_HEAD = /^(?:category|type|membership|governor (?:type|category))$/;
const INITIALS_HEAD = /^initials$/;
const ROLE_HEAD = /^(?:role|position|office|post)$/;

/** The heading row of an attendance grid; undefined for any other line (a line without a tab at once). */
export function matchGridHeader(line: string): GridHeader | undefined {
  if (line.indexOf('\t') < 0) return undefined;
  const cs = cells(line);
  if (cs.length < 2 || cs.length > 6) return undefined;
  const word = (k: number): string => line.slice(cs[k].start, cs[k].end).toLowerCase();
  const col = (re: RegExp): number => cs.findIndex((_, k) => re.test(word(k)));
  const name = col(NAME_HEAD);
  const attendance = col(ATTENDANCE_HEAD);
  if (name < 0 || attendance < 0) return undefined;
  const category = col(CATEGORY_HEAD);
  const initials = col(INITIALS_HEAD);
  const role = col(ROLE_HEAD);
  // names first, as a school's grid writes them, the other headings may be any; otherwise every heading
  // must be one of a grid's, so that a table of something else with a `Name` and a `Status` column is not read
  if (name > 0 && cs.some((_, k) => k !== name && k !== attendance && k !== category && k !== initials && k !== role)) return undefined;
  return {
    cells: cs.length, name, attendance, label: cs[attendance],
    ...(category >= 0 ? { category } : {}), ...(initials >= 0 ? { initials } : {}), ...(role >= 0 ? { role } : {}),
  };
}

/** A row of the grid under `h`; undefined when the line is not one (the grid ends there). */
export function readGridRow(line: string, h: GridHeader): GridRow | undefined {
  if (line.indexOf('\t') < 0) return undefined;
  const cs = cells(line);
  if (cs.length > h.cells || cs.length <= Math.max(h.name, h.attendance)) return undefined;
  const nc = cs[h.name];
  const person = readPerson(line, nc.start, nc.end);
  if (!person || person.end < nc.end) return undefined;
  const a = cs[h.attendance];
  const m = /^(present|attended|apologies|apologies received|absent|in attendance)\b[ \t]*(?:[-–—:,][ \t]*|\()?(.*?)\)?[ \t]*$/i.exec(line.slice(a.start, a.end));
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  const kind: BlockKind = w.startsWith('apolog') ? 'apologies' : w === 'absent' ? 'absent' : w === 'in attendance' ? 'inAttendance' : 'present';
  let qualifier: Qualifier | undefined;
  if (m[2].length > 0) {
    const start = a.start + m[0].lastIndexOf(m[2]);
    const q = readQualifier(m[2]);
    qualifier = { kind: q?.kind ?? 'note', start, end: start + m[2].length, ...(q?.value !== undefined ? { value: q.value } : {}) };
  }
  const at = (k: number | undefined): Span | undefined => (k !== undefined && k < cs.length && cs[k].end > cs[k].start ? cs[k] : undefined);
  const c = at(h.category);
  const category = c && looksLikeCode(line.slice(c.start, c.end)) ? c : undefined;
  const i = at(h.initials);
  // the initials column holds initials (`IC`), never a word; a row that says otherwise is no grid's
  if (i && !/^[A-Z][A-Za-z]{0,3}$/.test(line.slice(i.start, i.end))) return undefined;
  const initials = i && !person.initials ? i : undefined;
  const r = at(h.role);
  const role = r && !person.role ? r : undefined;
  return { kind, person, ...(category ? { category } : {}), ...(initials ? { initials } : {}), ...(role ? { role } : {}), ...(qualifier ? { qualifier } : {}) };
}
