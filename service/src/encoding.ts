/**
 * Text from the bytes of a file read from disk: the one place that decides its encoding, for the
 * server's workspace index, the command line and import alike. Minutes saved from Word or an old
 * editor are often Windows-1252 (`£`, smart quotes) or UTF-16; read as UTF-8 they would lose those
 * characters to U+FFFD (and names with them would drop out of `Present:`), and UTF-16 would look
 * like binary. Pure: bytes in, text and the encoding used out.
 */

export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** The file began with a byte order mark. */
  readonly bom: boolean;
  /** Bytes that are not UTF-8 in a file that is otherwise UTF-8, each read as U+FFFD. */
  readonly replaced: number;
}

/**
 * UTF-16 without a byte order mark: text in a Latin script has a zero in every other byte (the
 * high byte of each character). Many such zeros on one side and almost none on the other say
 * which order; binary files have zeros on both sides.
 */
function utf16Order(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const pairs = Math.min(bytes.length / 2, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  const enough = Math.max(1, pairs * 0.3);
  if (oddZeros >= enough && evenZeros <= oddZeros * 0.05) return 'UTF-16LE';
  if (evenZeros >= enough && oddZeros <= evenZeros * 0.05) return 'UTF-16BE';
  return undefined;
}

/** Well-formed multi-byte UTF-8 sequences and bytes that are not UTF-8, counted in one pass. */
function utf8Shape(bytes: Uint8Array): { multi: number; bad: number } {
  let multi = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) { multi++; i += n + 1; } else { bad++; i++; }
  }
  return { multi, bad };
}

/**
 * Windows-1252's bytes 0x80–0x9F (the rest is Latin-1: the byte is the code point). Written out
 * here because Node's TextDecoder('windows-1252') reads these bytes as Latin-1's C1 controls. The
 * five bytes the code page leaves undefined keep their C1 code point, as the WHATWG decoder does.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let s = '';
    for (let i = start; i < Math.min(bytes.length, start + CHUNK); i++) {
      const b = bytes[i];
      s += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(s);
  }
  return parts.join('');
}

/** UTF-8 that throws at a byte that is not (the mark at the start kept, as `decodeText` keeps it). */
const STRICT_UTF8_KEEPING_BOM = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', bom: true, replaced: 0 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', bom: true, replaced: 0 };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // the UTF-8 byte order mark stays in the text (U+FEFF), as before: the text layer reads it as a blank
  const utf8 = (replaced: number): DecodedText => ({ text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'UTF-8', bom, replaced });
  if (!bom) {
    const order = utf16Order(bytes);
    if (order) return { text: new TextDecoder(order === 'UTF-16LE' ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: order, bom: false, replaced: 0 };
  }
  // well-formed UTF-8, nearly every file: decoded and checked in one pass of the engine's own
  // (what it refuses, utf8Shape then counts: it may still be UTF-8 to us, with the same reading)
  try {
    return { text: STRICT_UTF8_KEEPING_BOM.decode(bytes), encoding: 'UTF-8', bom, replaced: 0 };
  } catch { /* not well-formed throughout */ }
  const { multi, bad } = utf8Shape(bytes);
  if (bad === 0) return utf8(0);
  // mostly UTF-8 with a few damaged bytes: UTF-8, the damage shown as U+FFFD (and said)
  if (bom || multi > bad) return utf8(bad);
  return { text: decodeWindows1252(bytes), encoding: 'Windows-1252', bom: false, replaced: 0 };
}

/**
 * What to tell the clerk about how a file was read, or undefined when it was plain UTF-8.
 * `file` names it as the clerk knows it.
 */
export function encodingNote(file: string, d: DecodedText): string | undefined {
  if (d.encoding !== 'UTF-8') {
    return `${file} is saved in ${d.encoding}, not UTF-8: it was read as ${d.encoding}${d.encoding === 'Windows-1252' ? ' (so £ and “smart quotes” read as written)' : ''}. Save it as UTF-8 so that every program reads it the same way.`;
  }
  if (d.replaced > 0) {
    return `${file} has ${d.replaced} byte${d.replaced === 1 ? '' : 's'} that ${d.replaced === 1 ? 'is' : 'are'} not UTF-8, shown as �. Check those places and save the file as UTF-8.`;
  }
  return undefined;
}

/** A run of text that was UTF-8 read as Windows-1252, and what it was written as. */
export interface EncodingRepair {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly replacement: string;
}

/** The Windows-1252 byte a character was read from, or -1 when no byte reads as it. */
function cp1252Byte(c: number): number {
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  const i = CP1252_HIGH.indexOf(String.fromCharCode(c));
  return i >= 0 ? 0x80 + i : -1;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The places where text was saved as UTF-8 and then read as Windows-1252 (copied from a web page
 * or a mail, as in `weâ€™re`), each with the character the writer typed (`’`). A place is a lead
 * character (`Â`–`ô`) followed by the one to three characters whose bytes complete a well-formed
 * UTF-8 sequence; Latin text that merely holds an accented letter (`né`, `Zoë`) never forms one.
 * The text is not changed: the caller shows or applies the repairs (no character is lost unseen).
 */
export function misencodedRuns(text: string): EncodingRepair[] {
  const out: EncodingRepair[] = [];
  for (let i = 0; i < text.length; i++) {
    const lead = cp1252Byte(text.charCodeAt(i));
    const n = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= text.length) continue;
    const bytes = new Uint8Array(n + 1);
    bytes[0] = lead;
    let ok = true;
    for (let k = 1; ok && k <= n; k++) {
      const b = cp1252Byte(text.charCodeAt(i + k));
      if (b < 0x80 || b > 0xbf) ok = false; else bytes[k] = b;
    }
    if (!ok) continue;
    let replacement: string;
    try { replacement = STRICT_UTF8.decode(bytes); } catch { continue; }
    out.push({ start: i, end: i + n + 1, text: text.slice(i, i + n + 1), replacement });
    i += n;
  }
  return out;
}

/** How `ch` reads once its UTF-8 bytes are taken for Windows-1252 (`–` → `â€“`): the form a page pasted through the wrong encoding holds. */
export function misencodedForm(ch: string): string {
  return decodeWindows1252(new TextEncoder().encode(ch));
}

/** `text` repaired (`repairMisencoded`) where it may hold a mis-encoded run (a lead character `Â`–`ô`), else `text` itself: a comparison of words asks it. */
export function asWritten(text: string): string {
  return MAY_LEAD.test(text) ? repairMisencoded(text) : text;
}
/** A lead character of a mis-encoded run (`misencodedRuns`' `Â`–`ô`): a text without one holds none. */
const MAY_LEAD = /[\u00c2-\u00f4]/;

/** The text with every run of `misencodedRuns` replaced by what was written (`â€™` → `’`). */
export function repairMisencoded(text: string): string {
  const runs = misencodedRuns(text);
  if (runs.length === 0) return text;
  let s = '';
  let at = 0;
  for (const r of runs) { s += text.slice(at, r.start) + r.replacement; at = r.end; }
  return s + text.slice(at);
}
