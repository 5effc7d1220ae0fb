/**
 * A static site's front matter (Jekyll, Hugo, MkDocs: `---` ⏎ YAML ⏎ `---` atop a page of minutes),
 * where a site's template keeps the meeting's attendance as data: `attendees:` ⏎ `  - name: Ana Roe`
 * ⏎ `    role: Chair` ⏎ `    github: aroe`, the site rendering it as a table. A small reader of the
 * YAML such pages write (top-level keys, a scalar or a list under each, a list's entries scalars or
 * flat mappings), not of YAML: what it cannot read it leaves, it never throws, and every span is
 * exact in the line it names (a quoted value's span is its words inside the quotes).
 */
import { blockWordKind } from '../markup';
import type { BlockKind } from '../markup';

/** A value as written on one line: `text` is `lines[line].slice(start, end)`. */
export interface FrontScalar {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** One entry of a key's list: a scalar (`- Ana Roe`) or a flat mapping (`- name: Ana Roe` ⏎ `  role: Chair`). */
export interface FrontEntry {
  readonly line: number;
  /** The entry's last line that holds a value of it. */
  readonly last: number;
  readonly value?: FrontScalar;
  readonly fields: ReadonlyArray<readonly [string, FrontScalar]>;
}

/** A top-level key, with its value on its line or the list under it. */
export interface FrontKey {
  /** The key as written (`attendees`, `notes_by`). */
  readonly key: FrontScalar;
  readonly value?: FrontScalar;
  readonly entries: readonly FrontEntry[];
}

/** `key: rest` at a line's indent: the key's span and where its value starts. */
const KEY = /^([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)[ \t]*/;

/**
 * The value from column `a` of a line: quotes taken off (the words inside), an unquoted value's
 * comment (` # …`) left out; undefined when nothing is written, or a block scalar (`|`, `>`) or a
 * nested value opens there, which this reader does not read.
 */
function scalarAt(lines: readonly string[], line: number, a: number, b = lines[line].length): FrontScalar | undefined {
  const s = lines[line];
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && /\s/.test(s[b - 1])) b--;
  if (a >= b) return undefined;
  const q = s[a];
  if (q === '"' || q === "'") {
    const close = s.indexOf(q, a + 1);
    if (close < 0 || close >= b) return undefined;
    return { line, start: a + 1, end: close, text: s.slice(a + 1, close) };
  }
  if (q === '|' || q === '>' || q === '{' || q === '&' || q === '*' || q === '#') return undefined;
  const hash = s.slice(a, b).search(/[ \t]#/);
  if (hash >= 0) b = a + hash;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return a < b ? { line, start: a, end: b, text: s.slice(a, b) } : undefined;
}

/** The scalars of a flow list (`[Ana Roe, "Ben Lee"]`) from the bracket at `a`, each an entry. */
function flowEntries(lines: readonly string[], line: number, a: number): Array<FrontEntry & { fields: Array<readonly [string, FrontScalar]> }> {
  const s = lines[line];
  const close = s.indexOf(']', a);
  if (close < 0) return [];
  const out: Array<FrontEntry & { fields: Array<readonly [string, FrontScalar]> }> = [];
  let from = a + 1;
  for (let k = from; k <= close; k++) {
    if (s[k] !== ',' && k !== close) continue;
    const value = scalarAt(lines, line, from, k);
    if (value) out.push({ line, last: line, value, fields: [] });
    from = k + 1;
  }
  return out;
}

/**
 * The top-level keys of the front matter on lines [from, end) (the lines between its `---` marks), in
 * the order written. Lines it cannot read (nested mappings, block scalars) are passed over.
 */
export function readFrontMatter(lines: readonly string[], from: number, end: number): FrontKey[] {
  type Entry = { line: number; last: number; value?: FrontScalar; fields: Array<readonly [string, FrontScalar]> };
  const keys: Array<{ key: FrontScalar; value?: FrontScalar; entries: Entry[] }> = [];
  let entry: Entry | undefined;
  let entryIndent = -1;
  for (let l = Math.max(0, from); l < Math.min(end, lines.length); l++) {
    const s = lines[l];
    const indent = s.length - s.trimStart().length;
    if (indent === s.length || s[indent] === '#') continue;
    const top = keys[keys.length - 1];
    const key = indent === 0 ? KEY.exec(s) : null;
    if (key) {
      const k: FrontScalar = { line: l, start: 0, end: key[1].length, text: key[1] };
      const at = key[0].length;
      entry = undefined;
      if (s[at] === '[') keys.push({ key: k, entries: flowEntries(lines, l, at) });
      else keys.push({ key: k, value: scalarAt(lines, l, at), entries: [] });
      continue;
    }
    if (!top || top.value) { entry = undefined; continue; }
    let at = indent;
    if (s[at] === '-' && (at + 1 === s.length || s[at + 1] === ' ' || s[at + 1] === '\t')) {
      // `- ` opens an entry: a mapping when a key follows the dash, else a scalar
      at++;
      while (at < s.length && (s[at] === ' ' || s[at] === '\t')) at++;
      const field = KEY.exec(s.slice(at));
      entry = { line: l, last: l, fields: [] };
      entryIndent = at;
      top.entries.push(entry);
      if (field) {
        const v = scalarAt(lines, l, at + field[0].length);
        if (v) entry.fields.push([field[1], v]);
      } else {
        entry.value = scalarAt(lines, l, at);
        if (!entry.value) { top.entries.pop(); entry = undefined; }
      }
      continue;
    }
    // `  role: Chair` under `- name: …`: a field of the open entry, at the indent of its first key
    const field = KEY.exec(s.slice(at));
    if (entry && entry.value === undefined && field && indent === entryIndent) {
      const v = scalarAt(lines, l, at + field[0].length);
      if (v) { entry.fields.push([field[1], v]); entry.last = l; }
      continue;
    }
    entry = undefined;
  }
  return keys;
}

/** What a front matter's entry says of a person: the fields a site's attendance data names. */
export interface FrontPerson {
  readonly name: FrontScalar;
  readonly role?: FrontScalar;
  readonly organisation?: FrontScalar;
  /** The account the project's notes call them by (`github: aroe`), without an `@`. */
  readonly handle?: FrontScalar;
  /** Facts written beside them (`note: joined during item 3`). */
  readonly notes: readonly FrontScalar[];
}

const NAME_FIELD = /^(?:name|full[_-]?name|display[_-]?name)$/i;
const ROLE_FIELD = /^(?:role|position|office)$/i;
const ORG_FIELD = /^(?:org|organi[sz]ation|affiliation|company|employer)$/i;
const HANDLE_FIELD = /^(?:github|gitlab|codeberg|handle|username|user|login)$/i;
const NOTE_FIELD = /^(?:notes?|comment|remarks?)$/i;

/** The person an entry names (its `name`, or the scalar of `- Ana Roe`), or undefined. */
export function frontPerson(e: FrontEntry): FrontPerson | undefined {
  if (e.value) return { name: e.value, notes: [] };
  let name: FrontScalar | undefined;
  let role: FrontScalar | undefined;
  let organisation: FrontScalar | undefined;
  let handle: FrontScalar | undefined;
  const notes: FrontScalar[] = [];
  for (const [k, v] of e.fields) {
    if (NAME_FIELD.test(k)) name ??= v;
    else if (ROLE_FIELD.test(k)) role ??= v;
    else if (ORG_FIELD.test(k)) organisation ??= v;
    else if (HANDLE_FIELD.test(k)) {
      // (`github: "@aroe"`: the account, without the mention's mark)
      const at = v.text.startsWith('@') ? 1 : 0;
      if (v.text.length > at) handle ??= { line: v.line, start: v.start + at, end: v.end, text: v.text.slice(at) };
    } else if (NOTE_FIELD.test(k)) notes.push(v);
  }
  return name ? { name, ...(role ? { role } : {}), ...(organisation ? { organisation } : {}), ...(handle ? { handle } : {}), notes } : undefined;
}

/** The attendance list a top-level key names (`attendees`, `guests`, `regrets`, `absent`), as a list's label would. */
export function frontListKind(key: string): BlockKind | undefined {
  return blockWordKind(key.replace(/[_-]+/g, ' '));
}
