/**
 * Plain position types of the language service. They have the same shape as LSP's
 * (zero-based line, UTF-16 column) so the server can pass them through unchanged,
 * but the service does not import LSP: it is usable from the CLI, tests and benchmarks.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangesEqual(a: Range, b: Range): boolean {
  return a === b || (a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character);
}

/** True when the two ranges share at least one position (touching counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}
