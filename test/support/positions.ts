/**
 * Positions found from the text, never counted by hand: a test names the words it points at, so an
 * edit to a fixture moves the position with the words, and a marker that is gone (or no longer
 * unique) fails the test loudly instead of pointing somewhere else.
 */

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export interface Find {
  /** Which occurrence of the needle (1 = the first). Without it the needle must occur exactly once. */
  occurrence?: number;
  /** A part of the needle: the position is just after it (inside the needle), not at the needle's start. */
  after?: string;
}

/** The offset where `needle` starts in `text`, as `find` asks; throws if it is missing or ambiguous. */
function offsetOf(text: string, needle: string, find: Find = {}): number {
  if (needle === '') throw new Error('an empty marker points nowhere');
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  if (starts.length === 0) throw new Error(`marker ${JSON.stringify(needle)} is not in the text`);
  if (find.occurrence === undefined && starts.length > 1) {
    throw new Error(`marker ${JSON.stringify(needle)} occurs ${starts.length} times: make it unique or say which occurrence`);
  }
  const n = find.occurrence ?? 1;
  if (n < 1 || n > starts.length) throw new Error(`marker ${JSON.stringify(needle)} occurs ${starts.length} times, not ${n}`);
  const start = starts[n - 1];
  if (find.after === undefined) return start;
  const inside = needle.indexOf(find.after);
  if (inside === -1) throw new Error(`${JSON.stringify(find.after)} is not part of the marker ${JSON.stringify(needle)}`);
  return start + inside + find.after.length;
}

/** The position of an offset, lines broken at CRLF, CR or LF as the server breaks them. */
export function positionAt(text: string, offset: number): Position {
  const breaks = /\r\n|\r|\n/g;
  let line = 0;
  let lineStart = 0;
  for (let m = breaks.exec(text); m && m.index < offset; m = breaks.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

/** Where `needle` starts (or, with `after`, the point just after that part of it). */
export function positionOf(text: string, needle: string, find: Find = {}): Position {
  return positionAt(text, offsetOf(text, needle, find));
}

/** Just after `needle`: where the clerk's cursor stands having typed it. */
export function positionAfter(text: string, needle: string, find: Omit<Find, 'after'> = {}): Position {
  return positionAt(text, offsetOf(text, needle, find) + needle.length);
}

/** The (0-based) line on which `needle` starts. */
export function lineOf(text: string, needle: string, find: Omit<Find, 'after'> = {}): number {
  return positionOf(text, needle, find).line;
}

/** The range `needle` covers. */
export function rangeOf(text: string, needle: string, find: Omit<Find, 'after'> = {}): Range {
  const start = offsetOf(text, needle, find);
  return { start: positionAt(text, start), end: positionAt(text, start + needle.length) };
}

/** A text with the cursor written in it as `$0`: the text without the marker, and where the marker stood. */
export function withCursor(marked: string): { text: string; cursor: Position } {
  const at = offsetOf(marked, '$0');
  return { text: marked.slice(0, at) + marked.slice(at + 2), cursor: positionAt(marked, at) };
}
