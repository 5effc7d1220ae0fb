/**
 * Characters a clerk cannot see: zero-width characters, the soft hyphen, word joiners and the
 * bidirectional controls. Pasted from Word, a web page or an e-mail they hide inside a minute
 * number (`081/2​2`) or a name and change how it reads without changing how it looks. The text
 * layer reads past them, the invisible-character rule reports them where they matter, and a name
 * typed in a rename may not hold them. One list, here.
 */
import { unitFinder } from './unitClass';

/**
 * Always invisible in minutes: soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul
 * fillers, Khmer inherent vowels, Mongolian separators, zero-width space, LRM/RLM, bidi embeddings
 * and overrides, word joiner and invisible operators, bidi isolates, deprecated format controls,
 * zero-width no-break space (U+FEFF; at the start of a line it is the file's byte order mark, read
 * as a blank as before). The tag characters U+E0000–E007F (two UTF-16 units, U+DB40 then
 * U+DC00–DC7F) are the last of them.
 */
const ALWAYS_CLASS = '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0';
/** Invisible joiners that are part of writing in some scripts and in emoji (ZWNJ, ZWJ, variation selectors): debris only beside plain ASCII text. */
const JOINERS_CLASS = '\\u200c\\u200d\\ufe00-\\ufe0f';
const ALWAYS = new RegExp(`[${ALWAYS_CLASS}]`);
const JOINERS = new RegExp(`[${JOINERS_CLASS}]`);
/** Any of the characters above (a tag character by its two halves): a quick test before the exact one. */
export const MAYBE_INVISIBLE = new RegExp(`[${ALWAYS_CLASS}${JOINERS_CLASS}\\udb40\\udc00-\\udc7f]`);
/** The column of the first unit at or after `from` that MAYBE_INVISIBLE matches, or -1: every line is asked, and all of them are beyond U+00AC (unitClass.ts). */
export const nextMaybeInvisible = unitFinder(MAYBE_INVISIBLE, /[\u00ad-\uffff]/g);
/**
 * Every character of the list wherever it stands, tag characters whole (`u` flag, global): what
 * reads past them regardless of the writing around (the confidential marks, `confidential.ts`).
 */
export const INVISIBLE_ANYWHERE = new RegExp(`[${ALWAYS_CLASS}${JOINERS_CLASS}\\u{E0000}-\\u{E007F}]`, 'gu');
/** Bidirectional controls: they reorder what is shown. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const asciiOrEdge = (c: string | undefined): boolean => c === undefined || c.charCodeAt(0) < 0x80;

/** Is `text[i]` an invisible character that is not part of the writing around it? */
export function isInvisibleAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\ufeff' && i === 0) return false; // the byte order mark (or a blank where one starts a line)
  // a tag character: both of its halves
  if (c === '\udb40') return /[\udc00-\udc7f]/.test(text[i + 1] ?? '');
  if (c >= '\udc00' && c <= '\udc7f') return text[i - 1] === '\udb40';
  if (ALWAYS.test(c)) return true;
  return JOINERS.test(c) && (asciiOrEdge(text[i - 1]) || asciiOrEdge(text[i + 1]));
}

/** Columns of the invisible characters of `text[from, to)`. */
export function invisibleIn(text: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (MAYBE_INVISIBLE.test(text[i]) && isInvisibleAt(text, i)) out.push(i);
  return out;
}

/** A clerk's name for the character: what the message says was found. */
export function describeInvisible(c: string): string {
  const hex = `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<string, string> = {
    '\u00ad': 'soft hyphen', '\u200b': 'zero-width space', '\u200c': 'zero-width non-joiner', '\u200d': 'zero-width joiner',
    '\u200e': 'left-to-right mark', '\u200f': 'right-to-left mark', '\u2060': 'word joiner', '\u202e': 'right-to-left override',
    '\u202d': 'left-to-right override', '\u202a': 'left-to-right embedding', '\u202b': 'right-to-left embedding', '\u202c': 'end of embedding',
    '\u180e': 'Mongolian vowel separator', '\ufeff': 'zero-width no-break space', '\u034f': 'combining grapheme joiner',
  };
  const name = names[c] ?? (BIDI.test(c) ? 'text-direction control' : c.charCodeAt(0) === 0xdb40 ? 'tag character' : 'invisible character');
  return `${name} (${hex})`;
}

/**
 * Why `name` cannot be a person's name as typed, or undefined: a name is one line of visible
 * characters. A lone CR or LF, a line or paragraph separator, a tab or any other control breaks
 * the lines it is written into.
 */
export function unprintableInName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- line breaks in a name, on purpose
  if (/[\r\n\u000b\u000c\u0085\u2028\u2029]/.test(name)) return 'a line break';
  // eslint-disable-next-line no-control-regex -- control characters in a name, on purpose
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'a control character';
  const hidden = invisibleIn(name);
  if (hidden.length > 0) return `an invisible character, the ${describeInvisible(name[hidden[0]])}`;
  return undefined;
}
