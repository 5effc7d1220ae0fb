/**
 * Characters a clerk cannot see: zero-width characters, the soft hyphen, word joiners and the
 * bidirectional controls. Pasted from Word, a web page or an e-mail they hide inside a minute
 * number (`081/2​2`) or a name and change how it reads without changing how it looks. The text
 * layer reads past them, the invisible-character rule reports them where they matter, and a name
 * typed in a rename may not hold them. One list, here.
 */

/** Always invisible in minutes: soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian separators, zero-width space, LRM/RLM, bidi embeddings and overrides, word joiner and invisible operators, bidi isolates, deprecated format controls. */
const ALWAYS = /[\u00ad\u034f\u061c\u180b-\u180f\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f]/;
/** Invisible joiners that are part of writing in some scripts and in emoji (ZWNJ, ZWJ, variation selectors): debris only beside plain ASCII text. */
const JOINERS = /[\u200c\u200d\ufe00-\ufe0f]/;
/** Any of the characters above: a quick test before the exact one. */
export const MAYBE_INVISIBLE = /[\u00ad\u034f\u061c\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f]/;
/** Bidirectional controls: they reorder what is shown. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const asciiOrEdge = (c: string | undefined): boolean => c === undefined || c.charCodeAt(0) < 0x80;

/** Is `text[i]` an invisible character that is not part of the writing around it? */
export function isInvisibleAt(text: string, i: number): boolean {
  const c = text[i];
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
  const hex = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const names: Record<string, string> = {
    '\u00ad': 'soft hyphen', '\u200b': 'zero-width space', '\u200c': 'zero-width non-joiner', '\u200d': 'zero-width joiner',
    '\u200e': 'left-to-right mark', '\u200f': 'right-to-left mark', '\u2060': 'word joiner', '\u202e': 'right-to-left override',
    '\u202d': 'left-to-right override', '\u202a': 'left-to-right embedding', '\u202b': 'right-to-left embedding', '\u202c': 'end of embedding',
  };
  const name = names[c] ?? (BIDI.test(c) ? 'text-direction control' : 'invisible character');
  return `${name} (${hex})`;
}

/**
 * Why `name` cannot be a person's name as typed, or undefined: a name is one line of visible
 * characters. A lone CR or LF, a line or paragraph separator, a tab or any other control breaks
 * the lines it is written into.
 */
export function unprintableInName(name: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[\r\n\u000b\u000c\u0085\u2028\u2029]/.test(name)) return 'a line break';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) return 'a control character';
  const hidden = invisibleIn(name);
  if (hidden.length > 0) return `an invisible character, the ${describeInvisible(name[hidden[0]])}`;
  return undefined;
}
