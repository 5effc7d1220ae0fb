/**
 * A text's UTF-16 code units in a typed array, for the loops that read a whole file's characters one by
 * one (the line's signature, keywords.ts `sign`). The engine reads a string's character through a test of
 * how the string is held (one byte or two a character, a slice, a join) on every read; a typed array's
 * element is one load. Over the bench's meetings the signature's loop took 6.0-6.6 ns a character over the
 * text and 2.8-3.5 over its units (thirtieth session).
 *
 * The copy is made by the host's own code where it has such a copy (Node's `Buffer`, which writes a string
 * as UTF-16 at the speed of a memory copy); elsewhere there is none, and the loops read the string.
 */
interface NodeBufferClass {
  from(data: ArrayBuffer, byteOffset: number, length: number): { write(text: string, encoding: 'utf16le'): number };
}
const NodeBuffer = (globalThis as { Buffer?: NodeBufferClass }).Buffer;
/** The platform stores a 16-bit number's low byte first, as UTF-16LE writes a unit (every platform Node runs on today). */
const LOW_BYTE_FIRST = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

/** `text`'s code units (`units[k] === text.charCodeAt(k)`), or undefined when the host has no native copy. */
export function codeUnitsOf(text: string): Uint16Array | undefined {
  if (NodeBuffer === undefined || !LOW_BYTE_FIRST) return undefined;
  try {
    const units = new Uint16Array(text.length);
    const written = NodeBuffer.from(units.buffer, 0, units.byteLength).write(text, 'utf16le');
    // (every unit written: a lone surrogate is written as it is, 'utf16le' having no encoding to fail)
    return written === units.byteLength ? units : undefined;
  } catch {
    // no room for the copy (a text of hundreds of megabytes): the text is read as it is, never an empty parse
    return undefined;
  }
}
