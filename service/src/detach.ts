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
  /**
   * `s`, or the equal string kept before it; on meeting it first, `copy(s)` is kept (the detached
   * copy of a parsed view's string). A view read back from the saved index: 46 KB, 48 without; the
   * server's peak after reading 1,000 meetings: 170-171 MB, 176 without (twenty-third session).
   */
  text(s: string, copy?: (s: string) => string): string;
  /**
   * The range from (`startLine`, `startCharacter`) to (`endLine`, `endCharacter`), each position and
   * the range the view's one record of it (a record is made only for what the view has not met).
   */
  range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range;
}

export function viewRecords(): ViewRecords & { keep(p: Position): Position; keepRange(r: Range): Range } {
  // The records met, by line: a view holds a few positions a line and a range or two starting on each, so a
  // short list a line is searched (no key to work out, no hash): cheaper than a map, for the thousands of
  // views a folder's first reading makes. A line holding more than SHORT of them (a long line of many
  // names) goes on in a map, so that no list is searched at length. A line that is no index of a list
  // (negative, not whole, or beyond 2^20 lines: a damaged saved index) is not shared.
  const positions: Array<Position[] | undefined> = [];
  const ranges: Array<Range[] | undefined> = [];
  const bigPositions = new Map<number, Map<number, Position>>();
  const bigRanges = new Map<Position, Map<Position, Range>>();
  const positionOf = (line: number, character: number, made?: Position): Position => {
    if (!((line | 0) === line && line >= 0 && line < LINES)) return made ?? { line, character };
    const list = positions[line];
    if (list === undefined) {
      const p = made ?? { line, character };
      positions[line] = [p];
      return p;
    }
    if (list.length <= SHORT) {
      for (let k = 0; k < list.length; k++) if (list[k].character === character) return list[k];
      const p = made ?? { line, character };
      list.push(p);
      return p;
    }
    let big = bigPositions.get(line);
    if (big === undefined) {
      bigPositions.set(line, (big = new Map()));
      for (const p of list) big.set(p.character, p);
    }
    let kept = big.get(character);
    if (kept === undefined) big.set(character, (kept = made ?? { line, character }));
    return kept;
  };
  const rangeOf = (start: Position, end: Position, made?: Range): Range => {
    const line = start.line;
    if (!((line | 0) === line && line >= 0 && line < LINES)) return made ?? { start, end };
    const list = ranges[line];
    if (list === undefined) {
      const r = made ?? { start, end };
      ranges[line] = [r];
      return r;
    }
    if (list.length <= SHORT) {
      for (let k = 0; k < list.length; k++) if (list[k].start === start && list[k].end === end) return list[k];
      const r = made ?? { start, end };
      list.push(r);
      return r;
    }
    let ends = bigRanges.get(start);
    if (ends === undefined) {
      bigRanges.set(start, (ends = new Map()));
      for (const r of list) if (r.start === start) ends.set(r.end, r);
    }
    let kept = ends.get(end);
    if (kept === undefined) ends.set(end, (kept = made ?? { start, end }));
    return kept;
  };
  const strings = new Map<string, string>();
  return {
    text: (s, copy) => {
      const kept = strings.get(s);
      if (kept !== undefined) return kept;
      const first = copy ? copy(s) : s;
      // (kept under the string met, whose hash the look-up worked out: the copy is never hashed; the records die with the view's making)
      strings.set(s, first);
      return first;
    },
    keep: (p) => positionOf(p.line, p.character, p),
    keepRange: (r) => rangeOf(r.start, r.end, r),
    range: (startLine, startCharacter, endLine, endCharacter) => rangeOf(positionOf(startLine, startCharacter), positionOf(endLine, endCharacter)),
  };
}
/** How many records a line's list holds before they go on in a map. */
const SHORT = 16;
/** Lines from here on are not shared (a damaged saved index; no minutes run to a million lines). */
const LINES = 2 ** 20;

type Shared = ReturnType<typeof viewRecords>;

/**
 * Replaces, in place, every string reachable from `value` (plain objects and arrays; typed
 * arrays are skipped) by a detached copy, and every array by a copy of its own length: an array
 * the parser pushed to holds room for 17 whatever it holds, and the index keeps the lists of every
 * action, owner and presenter of thousands of meetings (4 MB of 1,000 meetings' 73, nineteenth
 * session). Equal positions (`{ line, character }`) and ranges (`{ start, end }` of such
 * positions) within `value` are then one record each, and so are equal strings (`ViewRecords.text`). The model is a tree a few levels deep; the
 * depth bound only guards against a cycle that should never be there. Nothing may hold one of its
 * arrays or records by identity: the index's view is made from a document no one else keeps
 * (workspace.ts `indexView`).
 */
export function detachStrings(value: unknown): void {
  detachIn(value, 0, viewRecords());
}

function detachIn(value: unknown, depth: number, shared: Shared): void {
  if (depth > 32 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return;
  if (Array.isArray(value)) detachArray(value, depth, shared);
  else detachRecord(value, depth, shared);
}

function detachArray(value: unknown[], depth: number, shared: Shared): void {
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v === 'string') value[i] = own(v, shared);
    else if (typeof v === 'object' && v !== null) { const w = detached(v, depth + 1, shared); if (w !== v) value[i] = w; }
  }
}

/**
 * Detaches the record's fields in place, and says what it is by the same look at its fields: a
 * position, a range of two positions (each has exactly two fields, in the order the parser writes
 * them) or any other record. One pass over the fields: a second, to tell a position or a range
 * first, and a third over a range's positions, cost a third of a view's making (twenty-fifth session).
 */
function detachRecord(value: object, depth: number, shared: Shared): Kind {
  // a mutable view of the model's readonly records: only strings are replaced, by equal strings, and arrays by equal arrays
  const o = value as Record<string, unknown>;
  let n = 0;
  let a: string | undefined;
  let b: string | undefined;
  let positions = 0;
  // (a record written only where it changes: most are kept as they are, and a store to a field found
  // by name costs more than the read; a string always, as its copy is equal to it: `!==` cannot tell them apart)
  for (const k in o) {
    if (n === 0) a = k;
    else if (n === 1) b = k;
    n++;
    const v = o[k];
    if (typeof v === 'string') o[k] = own(v, shared);
    else if (typeof v === 'object' && v !== null) {
      const w = detached(v, depth + 1, shared);
      if (w !== v) o[k] = w;
      if (detachedPosition) positions++;
    }
  }
  if (n !== 2) return OTHER;
  if (a === 'line' && b === 'character') return Number.isInteger(o.line) && Number.isInteger(o.character) ? POSITION : OTHER;
  return a === 'start' && b === 'end' && positions === 2 ? RANGE : OTHER;
}
type Kind = 0 | 1 | 2;
const OTHER = 0;
const POSITION = 1;
const RANGE = 2;
/** Whether the value `detached` last gave back is a position (the view's one record of it): read by the record holding it, at once. */
let detachedPosition = false;

/** `s` detached, once for the view: a string met again is the copy kept the first time. */
function own(s: string, shared: Shared): string {
  return shared.text(s, ownCopy);
}

/** `v` detached, an array as a copy of its own length, a position or a range as the view's one record of it. */
function detached(v: object, depth: number, shared: Shared): unknown {
  detachedPosition = false;
  if (depth > 32 || ArrayBuffer.isView(v)) return v;
  if (Array.isArray(v)) {
    detachArray(v, depth, shared);
    detachedPosition = false;
    return v.slice();
  }
  const kind = detachRecord(v, depth, shared);
  detachedPosition = kind === POSITION;
  return kind === POSITION ? shared.keep(v as Position) : kind === RANGE ? shared.keepRange(v as Range) : v;
}
