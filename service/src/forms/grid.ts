/**
 * An attendance grid: a school's or trust's table of governors, their category and their attendance,
 * flattened to tab-separated lines (`Governor⇥Category⇥Attendance` ⏎ `Mr D Osei (DO) Chair⇥CoG⇥Present`,
 * `…⇥FG⇥Apologies – consented`, `…⇥CoG⇥Absent`). Each row says which list its member is on.
 */
import type { BlockKind } from '../markup';
import { readPerson } from './personLine';
import { looksLikeCode, readQualifier } from './qualifiers';
import type { PersonMatch, Qualifier, Span } from './types';

export interface GridHeader {
  readonly cells: number;
  /** The column of the attendance (`Attendance`, `Present?`, `Status`) and of the category, if any. */
  readonly attendance: number;
  readonly category?: number;
  /** The attendance column's heading, the label of the lists the grid makes. */
  readonly label: Span;
}

export interface GridRow {
  readonly kind: BlockKind;
  readonly person: PersonMatch;
  readonly category?: Span;
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

/** The heading row of an attendance grid; undefined for any other line (a line without a tab at once). */
export function matchGridHeader(line: string): GridHeader | undefined {
  if (line.indexOf('\t') < 0) return undefined;
  const cs = cells(line);
  if (cs.length < 2 || cs.length > 5) return undefined;
  const word = (k: number): string => line.slice(cs[k].start, cs[k].end).toLowerCase();
  if (!/^(?:governors?|trustees?|members?|directors?|name|councillors?)$/.test(word(0))) return undefined;
  const attendance = cs.findIndex((_, k) => k > 0 && /^(?:attendance|attended\??|present\??|status)$/.test(word(k)));
  if (attendance < 0) return undefined;
  const category = cs.findIndex((_, k) => k > 0 && /^(?:category|type|membership)$/.test(word(k)));
  return { cells: cs.length, attendance, ...(category > 0 ? { category } : {}), label: cs[attendance] };
}

/** A row of the grid under `h`; undefined when the line is not one (the grid ends there). */
export function readGridRow(line: string, h: GridHeader): GridRow | undefined {
  if (line.indexOf('\t') < 0) return undefined;
  const cs = cells(line);
  if (cs.length !== h.cells) return undefined;
  const person = readPerson(line, cs[0].start, cs[0].end);
  if (!person || person.end < cs[0].end) return undefined;
  const a = cs[h.attendance];
  const m = /^(present|attended|apologies|apologies received|absent)\b[ \t]*(?:[-–—:,][ \t]*|\()?(.*?)\)?[ \t]*$/i.exec(line.slice(a.start, a.end));
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  const kind: BlockKind = w.startsWith('apolog') ? 'apologies' : w === 'absent' ? 'absent' : 'present';
  let qualifier: Qualifier | undefined;
  if (m[2].length > 0) {
    const start = a.start + m[0].lastIndexOf(m[2]);
    const q = readQualifier(m[2]);
    qualifier = { kind: q?.kind ?? 'note', start, end: start + m[2].length, ...(q?.value !== undefined ? { value: q.value } : {}) };
  }
  const c = h.category !== undefined ? cs[h.category] : undefined;
  const category = c && c.end > c.start && looksLikeCode(line.slice(c.start, c.end)) ? c : undefined;
  return { kind, person, ...(category ? { category } : {}), ...(qualifier ? { qualifier } : {}) };
}
