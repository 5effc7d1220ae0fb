/**
 * Strings that outlive the text they were cut from. V8 represents a slice of 13 characters or
 * more as a view into its parent string, so one minute number or title kept from a file keeps
 * the whole file's text alive (two bytes a character once it holds a dash or a bullet). The
 * workspace index keeps a little of each of thousands of files it does not hold open; detaching
 * those strings lets each file's text go (at 10,000 meetings the server's peak memory fell from 1.39 GB to 0.78 GB).
 */

/** A copy of `s` that shares nothing with the string it was sliced from. */
function ownCopy(s: string): string {
  // concatenation flattens into a fresh string; the slice then views that copy, not the file
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

interface Position { readonly line: number; readonly character: number }
interface Range { readonly start: Position; readonly end: Position }

/**
 * The records one view holds once each: a string, a position or a range met again is the one met
 * first (an owner named on every action, `ACTION:`, the end of a line that closes an action and is
 * where the next is written). The index keeps thousands of views, and read-only records are as good
 * shared: a sixth of a view's memory (the bench's meetings: 67 KB a view, then 56; twenty-second session).
 */
export interface ViewRecords {
  /** `s`, or the equal string kept before it. */
  text(s: string): string;
  /** The range of these two positions, each position and the range the view's one record of it. */
  range(start: Position, end: Position): Range;
}

export function viewRecords(): ViewRecords & { readonly strings: Map<string, string>; keep(p: Position): Position; keepRange(r: Range): Range } {
  const positions = new Map<number, Position>();
  const ranges = new Map<Position, Map<Position, Range>>();
  // (a character beyond 2^21 on a line, or a line beyond 2^31, is not shared: its key would not be exact)
  const keyOf = (line: number, character: number): number => (character >= 0 && character < 2 ** 21 && line >= 0 && line < 2 ** 31 ? line * 2 ** 21 + character : -1);
  const keep = (p: Position): Position => {
    const key = keyOf(p.line, p.character);
    if (key < 0) return p;
    const kept = positions.get(key);
    if (kept) return kept;
    positions.set(key, p);
    return p;
  };
  const keepRange = (r: Range): Range => {
    let ends = ranges.get(r.start);
    if (!ends) ranges.set(r.start, (ends = new Map()));
    const kept = ends.get(r.end);
    if (kept) return kept;
    ends.set(r.end, r);
    return r;
  };
  const strings = new Map<string, string>();
  return {
    strings,
    text: (s) => {
      const kept = strings.get(s);
      if (kept !== undefined) return kept;
      strings.set(s, s);
      return s;
    },
    keep,
    keepRange,
    range: (start, end) => keepRange({ start: keep(start), end: keep(end) }),
  };
}

type Shared = ReturnType<typeof viewRecords>;

/**
 * Replaces, in place, every string reachable from `value` (plain objects and arrays; typed
 * arrays are skipped) by a detached copy, and every array by a copy of its own length: an array
 * the parser pushed to holds room for 17 whatever it holds, and the index keeps the lists of every
 * action, owner and presenter of thousands of meetings (4 MB of 1,000 meetings' 73, nineteenth
 * session). Equal strings, positions (`{ line, character }`) and ranges (`{ start, end }` of such
 * positions) within `value` are then one record each. The model is a tree a few levels deep; the
 * depth bound only guards against a cycle that should never be there. Nothing may hold one of its
 * arrays or records by identity: the index's view is made from a document no one else keeps
 * (workspace.ts `indexView`).
 */
export function detachStrings(value: unknown): void {
  detachIn(value, 0, viewRecords());
}

function detachIn(value: unknown, depth: number, shared: Shared): void {
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  // a mutable view of the model's readonly records: only strings are replaced, by equal strings, and arrays by equal arrays
  const o = value as Record<string, unknown>;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = own(v, shared);
      else if (typeof v === 'object') value[i] = detached(v, depth + 1, shared);
    }
    return;
  }
  for (const k in o) {
    const v = o[k];
    if (typeof v === 'string') o[k] = own(v, shared);
    else if (typeof v === 'object') o[k] = detached(v, depth + 1, shared);
  }
}

/** `s` detached, once for the view. */
function own(s: string, shared: Shared): string {
  return shared.strings.get(s) ?? shared.text(ownCopy(s));
}

/** `v` detached, an array as a copy of its own length, a position or a range as the view's one record of it. */
function detached(v: object | null, depth: number, shared: Shared): unknown {
  if (v === null) return v;
  if (Array.isArray(v)) {
    detachIn(v, depth, shared);
    return v.slice();
  }
  if (isPosition(v)) return shared.keep(v);
  detachIn(v, depth, shared);
  return isRange(v) ? shared.keepRange(v) : v;
}

/** A position (`{ line, character }` of whole numbers, nothing else in it). */
function isPosition(v: object): v is Position {
  const { line, character } = v as { line?: unknown; character?: unknown };
  return Number.isInteger(line) && Number.isInteger(character) && onlyFields(v, 'line', 'character');
}

/** A range (`{ start, end }` of two positions, nothing else in it). */
function isRange(v: object): v is Range {
  const { start, end } = v as { start?: unknown; end?: unknown };
  return typeof start === 'object' && start !== null && typeof end === 'object' && end !== null && onlyFields(v, 'start', 'end') && isPosition(start) && isPosition(end);
}

/** Whether `v`'s own fields are `a` then `b`, and no other (asked of every record of a view: no list of its keys made). */
function onlyFields(v: object, a: string, b: string): boolean {
  let n = 0;
  for (const k in v) {
    if (k !== (n === 0 ? a : b) || n === 2) return false;
    n++;
  }
  return n === 2;
}
