/**
 * The index view of a meeting (`indexView`) as plain JSON data and back, for the server's
 * persisted index: reopening a folder reads the views of unchanged files instead of parsing
 * them again (decoding is four to five times faster than parsing). Ranges, two fifths of a
 * view's characters as objects, travel as `[startLine, startCharacter, endLine, endCharacter]`.
 */
import type { MinutesDocument } from './model';
import { isSavedView } from './viewShape';
import { viewRecords, type ViewRecords } from './detach';

/**
 * Changes whenever the shape of the model changes; the server also keys its cache by its own
 * code, so this only guards a cache shared by two builds that should never meet.
 */
export const INDEX_FORMAT = 1;

const NO_LINES = new Int32Array(0);

/** The view as JSON-ready data: ranges as four numbers, `undefined` fields left out. */
export function encodeView(view: MinutesDocument): unknown {
  return encode(view, 0);
}

function encode(v: unknown, depth: number): unknown {
  if (v === null || typeof v !== 'object' || depth > 32) return v;
  if (ArrayBuffer.isView(v)) return undefined;
  if (Array.isArray(v)) return v.map((x: unknown) => encode(x, depth + 1));
  const o = v as Record<string, unknown>;
  if (isRange(o)) {
    const s = o.start as { line: number; character: number };
    const e = o.end as { line: number; character: number };
    return [s.line, s.character, e.line, e.character];
  }
  const out: Record<string, unknown> = {};
  for (const k in o) {
    const x = o[k];
    if (x !== undefined) out[k] = encode(x, depth + 1);
  }
  return out;
}

function isRange(o: Record<string, unknown>): boolean {
  const s = o.start as { line?: unknown; character?: unknown } | undefined;
  const e = o.end as { line?: unknown; character?: unknown } | undefined;
  return typeof s === 'object' && s !== null && typeof e === 'object' && e !== null
    && typeof s.line === 'number' && typeof e.line === 'number' && Object.keys(o).length === 2;
}

/**
 * The view back from `encodeView`'s data, or undefined when the data is not one (a damaged or
 * foreign cache entry: the caller parses the file instead). Never throws.
 */
export function decodeView(data: unknown): MinutesDocument | undefined {
  try {
    // every field, not only the top: `items: [null]` in a part once failed every workspace request
    if (!isSavedView(data)) return undefined;
    const d = data as Record<string, unknown>;
    decode(d, 0, viewRecords());
    d.lineLengths = NO_LINES;
    return d as unknown as MinutesDocument;
  } catch {
    return undefined;
  }
}

function isEncodedRange(a: unknown[]): boolean {
  return a.length === 4 && typeof a[0] === 'number' && typeof a[1] === 'number' && typeof a[2] === 'number' && typeof a[3] === 'number';
}

/** Turns, in place, every four-number array back into a range (the model has no other arrays of numbers), equal strings and ranges of the view kept once. */
function decode(o: Record<string, unknown> | unknown[], depth: number, records: ViewRecords): void {
  if (depth > 32) return;
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const x = o[i];
      if (typeof x === 'string') o[i] = records.text(x);
      else if (Array.isArray(x) && isEncodedRange(x)) o[i] = toRange(x as number[], records);
      else if (typeof x === 'object' && x !== null) decode(x as Record<string, unknown>, depth + 1, records);
    }
    return;
  }
  for (const k in o) {
    const x = o[k];
    if (typeof x === 'string') o[k] = records.text(x);
    else if (Array.isArray(x) && isEncodedRange(x)) o[k] = toRange(x as number[], records);
    else if (typeof x === 'object' && x !== null) decode(x as Record<string, unknown>, depth + 1, records);
  }
}

/** The range of four numbers, the view's one record of it (detach.ts `viewRecords`: equal ranges of a view are one). */
function toRange(a: number[], records: ViewRecords): { start: { line: number; character: number }; end: { line: number; character: number } } {
  return records.range(a[0], a[1], a[2], a[3]);
}
