/**
 * Words hyphenated at the end of a printed line (`con-⏎firming`, `para-⏎graph`). Pure; never
 * throws. Without a dictionary the rule is conservative: a split is joined only when both halves
 * are plain lowercase letters and the first half is not one that writers join with a hyphen
 * (`well-being`, `self-closing`, `co-opted`, `non-pecuniary`, `re-elected`); a capitalised half
 * (`Lowther-⏎Bain`), a digit, or a word that already holds a hyphen (`year-to-⏎date`) keeps its
 * hyphen. Either way both halves are kept: `keep` gives `well-being`, never a lost word.
 */

/** First halves that form hyphenated compounds: a break after them keeps the hyphen. */
const COMPOUND_FIRST = new Set([
  'well', 'self', 'non', 'co', 'ex', 'anti', 'pre', 'post', 're', 'cross', 'multi', 'semi', 'part', 'full',
  'long', 'short', 'high', 'low', 'half', 'mid', 'sub', 'vice', 'inter', 'intra', 'over', 'under', 'off',
  'on', 'in', 'up', 'out', 'all', 'cost', 'year', 'day', 'time', 'decision', 'so', 'step', 'follow',
  'one', 'two', 'three', 'four', 'five', 'first', 'second', 'third', 'front', 'back', 'cut', 'drop', 'walk',
  'e', 'x', 't', 'u', 'de', 'pro', 'counter', 'far', 'near', 'hard', 'soft', 'north', 'south', 'east', 'west',
]);

export interface HyphenJoin {
  /** The word as it should read. */
  readonly word: string;
  /** `join`: a printing break, written without the hyphen; `keep`: a hyphenated word. */
  readonly verdict: 'join' | 'keep';
  /** Column in `before` where the first half starts (the hyphen is the line's last non-blank character). */
  readonly start: number;
  /** Columns in `after` where the second half starts and ends. */
  readonly afterStart: number;
  readonly afterEnd: number;
}

/**
 * How two lines of one text join, `before` ending where its words end: `join`, a word the page split
 * at its hyphen made whole (`main-` ⏎ `taining`, the hyphen dropped); `keep`, a hyphenated word
 * (`self-` ⏎ `closing`, nothing between); `space`, two words. The one rule of every reader that
 * joins a paragraph's, a resolution's or a role's lines.
 */
export function lineJoint(before: string, after: string): 'join' | 'keep' | 'space' {
  if (before.charCodeAt(before.length - 1) !== 0x2d) return 'space';
  const h = lineEndHyphen(before, after);
  return h === undefined ? 'space' : h.verdict;
}

/** Two lines of one text as one (`lineJoint`). */
export function joinLines(before: string, after: string): string {
  const j = lineJoint(before, after);
  return j === 'join' ? before.slice(0, -1) + after : j === 'keep' ? before + after : `${before} ${after}`;
}

const END = /([\p{L}\p{N}'’-]*)-\s*$/u;
const START = /^\s*([\p{L}\p{N}'’]+)/u;

/**
 * The word split between the end of `before` and the start of `after`, or undefined when `before`
 * does not end in a word and a hyphen (`–` dashes and a lone `-` are punctuation, not a split).
 */
export function lineEndHyphen(before: string, after: string): HyphenJoin | undefined {
  if (before.length > 2000 || after.length > 2000) return undefined;
  const e = END.exec(before);
  const s = START.exec(after);
  if (!e || !s || e[1] === '' || /-$/.test(e[1])) return undefined;
  const first = e[1];
  const second = s[1];
  const afterStart = s[0].length - second.length;
  const keep = (): HyphenJoin => ({ word: `${first}-${second}`, verdict: 'keep', start: e.index, afterStart, afterEnd: afterStart + second.length });
  if (first.includes('-')) return keep();
  if (!/^\p{Ll}{2,}$/u.test(first) && !/^\p{Lu}\p{Ll}+$/u.test(first)) return keep();
  if (!/^\p{Ll}{2,}$/u.test(second)) return keep();
  if (COMPOUND_FIRST.has(first.toLowerCase())) return keep();
  return { word: first + second, verdict: 'join', start: e.index, afterStart, afterEnd: afterStart + second.length };
}
