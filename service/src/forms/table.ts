/**
 * A people table flattened by PDF or Word extraction: the names column, then the roles column
 * (a role may wrap onto a second line), then the initials column, one cell a line:
 *
 *     Margaret Oduya        Chair                 (MO)
 *     Dr Stephen Kinsella   Chief Executive       (SK)
 *
 * arrives as three runs, and the people are paired by position.
 */
import { looksLikeName, parseName } from '../people';
import { readQualifier } from './qualifiers';
import type { Qualifier, Span } from './types';

/** A span on one of the lines given (`line` is the index in the array). */
export interface LineSpan extends Span { readonly line: number }

export interface TablePerson {
  readonly name: LineSpan;
  /** The role's pieces, one a line when it wrapped. */
  readonly role: readonly LineSpan[];
  readonly initials?: LineSpan;
  readonly qualifiers: ReadonlyArray<Qualifier & { readonly line: number }>;
}

export interface FlattenedTableMatch {
  readonly people: readonly TablePerson[];
  /** How many of the lines given the table took (the lines after it are not the table's). */
  readonly lines: number;
}

const INITIALS_CELL = /^\s*\(([A-Z]{1,4})\)\s*$/;
/** The last word of a complete role: a line ending otherwise (`Senior`, `of Patient`) continues on the next. */
const ROLE_HEAD = /(?:chair|chairman|chairwoman|chairperson|executive|officer|director|nurse|secretary|manager|member|clerk|governor|head(?:teacher)?|lead|treasurer|adviser|advisor|controller|coordinator|councillor|constable|commissioner|superintendent|president|chancellor|principal|registrar|auditor|trustee|partner|minutes|only|\))$/i;
const CONTINUES = /(?:[/,&–-]|\b(?:of|and|for|the|to|in|on|with))$/i;

/** A cell of initials without brackets (`IC`): two to four capitals alone. */
const BARE_INITIALS = /^\s*[A-Z]{2,4}\s*$/;

/**
 * Whether the lines from k on are the initials column without brackets, one cell for each name, in
 * the names' order (`IC`, `SN`, `BO` under `Dr Imelda Carrow`, `Suresh Nanda`, `Bethany Oduya`): each
 * the first letters of its name's first and last words. A role in capitals (`CEO`) is no name's.
 */
function bareInitialsRun(lines: readonly string[], k: number, names: readonly LineSpan[]): boolean {
  if (k + names.length > lines.length) return false;
  for (let j = 0; j < names.length; j++) {
    const t = lines[k + j];
    if (!BARE_INITIALS.test(t)) return false;
    const c = t.trim();
    const name = parseName(lines[names[j].line].slice(names[j].start, names[j].end));
    if (!name || name.words.length === 0) return false;
    const first = name.words[0].charAt(0).toUpperCase();
    const last = name.words[name.words.length - 1].charAt(0).toUpperCase();
    if (c.charAt(0) !== first || c.charAt(c.length - 1) !== last) return false;
  }
  return true;
}

function cell(line: string, k: number): LineSpan {
  let a = 0;
  let b = line.length;
  while (a < b && /\s/.test(line[a])) a++;
  while (b > a && /\s/.test(line[b - 1])) b--;
  return { line: k, start: a, end: b };
}

/**
 * Reads the lines after a people heading as a flattened table; undefined (declines) unless
 * there is a run of at least two names, then role lines, then (if any) exactly one initials
 * cell per name, and the roles can be shared out one per name.
 */
export function matchFlattenedTable(lines: readonly string[]): FlattenedTableMatch | undefined {
  try {
    return table(lines);
  } catch {
    return undefined;
  }
}

function table(lines: readonly string[]): FlattenedTableMatch | undefined {
  let k = 0;
  const names: LineSpan[] = [];
  // (one cell a line: a line of cells parted by tabs, `Revd Ruth Ellery<TAB>Chair<TAB>RE`, is a whole row, read as one)
  while (k < lines.length && lines[k].trim().length > 0 && lines[k].trim().indexOf('\t') < 0 && looksLikeName(lines[k].trim()) && parseName(lines[k].trim())!.words.length >= 2) names.push(cell(lines[k], k++));
  const n = names.length;
  if (n < 2) return undefined;
  const roleLines: LineSpan[] = [];
  while (k < lines.length && lines[k].trim().length > 0 && !INITIALS_CELL.test(lines[k]) && !/:\s*$/.test(lines[k]) && !bareInitialsRun(lines, k, names)) roleLines.push(cell(lines[k], k++));
  const inits: LineSpan[] = [];
  const bare = k < lines.length && bareInitialsRun(lines, k, names);
  if (bare) for (let j = 0; j < n; j++) inits.push(cell(lines[k], k++));
  while (!bare && k < lines.length && INITIALS_CELL.test(lines[k])) {
    const c = cell(lines[k], k++);
    inits.push({ line: c.line, start: c.start + 1, end: c.end - 1 });
  }
  if (inits.length > 0 && inits.length !== n) return undefined;
  const m = roleLines.length;
  if (m < n || m > 2 * n) return undefined;
  // choose the m − n joins: a line ending in `/`, `of`, `and` first, then a line whose last word
  // is not the head of a role (`… / Senior`), earliest first
  const score = (i: number): number => {
    const prev = lines[roleLines[i - 1].line].trim();
    const next = lines[roleLines[i].line].trim();
    if (CONTINUES.test(prev) || /^[a-z(]/.test(next)) return 2;
    return ROLE_HEAD.test(prev) ? 0 : 1;
  };
  const candidates = roleLines.map((_, i) => i).slice(1).map((i) => ({ i, s: score(i) })).filter((c) => c.s > 0);
  candidates.sort((x, y) => y.s - x.s || x.i - y.i);
  const joins = new Set(candidates.slice(0, m - n).map((c) => c.i));
  if (joins.size !== m - n) return undefined;
  const roles: LineSpan[][] = [];
  roleLines.forEach((r, i) => { if (joins.has(i)) roles[roles.length - 1].push(r); else roles.push([r]); });
  const people: TablePerson[] = names.map((name, i) => {
    const pieces = roles[i];
    const qualifiers: Array<Qualifier & { line: number }> = [];
    // `Associate Director of Patient / Experience (item 118 only)`: the bracket is a fact, not the role
    const last = pieces[pieces.length - 1];
    const text = lines[last.line];
    const br = /\s*\(([^()]*)\)\s*$/.exec(text.slice(last.start, last.end));
    const role = [...pieces];
    if (br) {
      const q = readQualifier(br[1]);
      if (q) {
        const qs = last.start + br.index + br[0].indexOf('(') + 1;
        qualifiers.push({ kind: q.kind, line: last.line, start: qs, end: qs + br[1].length, ...(q.value !== undefined ? { value: q.value } : {}) });
        role[role.length - 1] = { ...last, end: last.start + br.index };
      }
    }
    return { name, role: role.filter((r) => r.end > r.start), ...(inits[i] ? { initials: inits[i] } : {}), qualifiers };
  });
  return { people, lines: k };
}
