/**
 * The first two characters a pattern anchored at a text's start (`/^(?:page|agenda)…/i`) can match,
 * read once from the pattern's own source: a gate that rules a text out with two character tests
 * before the pattern is run. The parser asks some patterns of every line of every file (the debris
 * of published minutes, forms/debris.ts); most lines open with words none of them can, and a gate
 * written beside a pattern by hand is a second list to keep in step with it.
 *
 * The reading is on the safe side: what it cannot follow (a class, `.`, `\s`, a back reference, an
 * empty match) opens the gate to any character there, so a text the gate shuts can never match the
 * pattern; ASCII letters are taken in either case. Pure; never throws.
 */

/** A gate on a text's first two characters (`openingsOf`, asked by `opens`). */
export interface Openings {
  /** Every text opens it (the pattern can start with any character, or match nothing). */
  readonly any: boolean;
  /** By first character (ASCII, letters in lower case): the second characters allowed (`secondBit`); 0 none. */
  readonly masks: Int32Array;
  /** First characters beyond ASCII the pattern can start with (any second character). */
  readonly beyond: ReadonlySet<number>;
}

// one character of the source: a code unit, or any unit (a class, `.`, `\s`)
const ANY = -1;
/**
 * Up to two characters, the first characters of one way to match, as one number (`unitWord`,
 * `joined`): the reading at the server's start builds thousands of them, and a number is deduplicated
 * in a set with no key made of it (an array of units and its joined key were most of the reading).
 * 0 is no character; one unit `u` is `1 + (u + 1)`; two are `TWO + (u + 1) * UNITS + (v + 1)`.
 */
type Word = number;
const EMPTY: Word = 0;
const UNITS = 65537;
const TWO = UNITS + 1;
const unitWord = (u: number): Word => 1 + (u + 1);
const lengthOf = (w: Word): number => (w === EMPTY ? 0 : w < TWO ? 1 : 2);
const firstOf = (w: Word): number => (w < TWO ? w - 2 : Math.floor((w - TWO) / UNITS) - 1);
const secondOf = (w: Word): number => ((w - TWO) % UNITS) - 1;
/** `x` followed by `y`, cut at two characters. */
function joined(x: Word, y: Word): Word {
  const n = lengthOf(x);
  if (n === 2 || y === EMPTY) return x;
  if (n === 0) return y;
  return TWO + (firstOf(x) + 1) * UNITS + firstOf(y) + 1;
}

/** The gate of `re`, which must be anchored at the start (`^`), as every pattern asked of a line's start is. */
export function openingsOf(re: RegExp): Openings {
  const masks = new Int32Array(128);
  const beyond = new Set<number>();
  // (with `u` and `i` a `k` or `s` also matches a letter beyond ASCII, the Kelvin sign, a long s: no gate is read then)
  let any = !re.source.startsWith('^') || re.multiline || (re.unicode && re.ignoreCase);
  if (!any) {
    try {
      const reader = { src: re.source, at: 0 };
      const words = alternatives(reader);
      if (reader.at < reader.src.length) any = true; // a `)` the reading did not expect: no gate
      for (const w of any ? [] : words) {
        if (w === EMPTY || firstOf(w) === ANY) { any = true; break; }
        const second = lengthOf(w) < 2 || secondOf(w) === ANY ? ~0 : secondBit(fold(secondOf(w)));
        for (const c of caseVariants(firstOf(w), re.ignoreCase)) {
          if (c < 0x80) masks[c] |= second;
          else beyond.add(c);
        }
      }
    } catch {
      any = true;
    }
  }
  return { any, masks, beyond };
}

/** The gate of a list of texts, each a text's whole start (`skip to content`, looked up as written). */
export function openingsOfTexts(texts: Iterable<string>, ignoreCase: boolean): Openings {
  const masks = new Int32Array(128);
  const beyond = new Set<number>();
  let any = false;
  for (const t of texts) {
    if (t === '') { any = true; continue; }
    const second = t.length < 2 ? ~0 : secondBit(fold(t.charCodeAt(1)));
    for (const c of caseVariants(t.charCodeAt(0), ignoreCase)) {
      if (c < 0x80) masks[c] |= second;
      else beyond.add(c);
    }
  }
  return { any, masks, beyond };
}

/** Whether `t` can start with a match of the gate's pattern: false only when it cannot. */
export function opens(o: Openings, t: string): boolean {
  if (o.any) return true;
  const c0 = t.charCodeAt(0);
  if (!(c0 < 0x80)) return c0 === c0 && o.beyond.has(c0); // (NaN: an empty text)
  const m = o.masks[fold(c0)];
  if (m === 0 || t.length < 2) return m !== 0;
  return (m & secondBit(fold(t.charCodeAt(1)))) !== 0;
}

/**
 * Several gates asked of one text at once (`gatesOpened`): a text's first two characters look up one
 * number, with the bit `1 << k` set when it opens gate k (31 gates at most). A line asked a dozen
 * forms reads its two characters once, not once a form.
 */
export interface GateTable {
  /** By first character (ASCII, folded) × 32 + the second's index (`secondIndex`; 31: a text of one character). */
  readonly table: Int32Array;
  /** The gates open to any text. */
  readonly always: number;
  /** By first character beyond ASCII: the gates it opens. */
  readonly beyond: ReadonlyMap<number, number>;
}

export function gateTable(gates: readonly Openings[]): GateTable {
  const table = new Int32Array(128 * 32);
  let always = 0;
  const beyond = new Map<number, number>();
  gates.forEach((g, k) => {
    const bit = 1 << k;
    if (g.any) { always |= bit; return; }
    for (let c = 0; c < 128; c++) {
      const m = g.masks[c];
      if (m === 0) continue;
      for (let j = 0; j <= 26; j++) if ((m & (1 << j)) !== 0) table[c * 32 + j] |= bit;
      table[c * 32 + 31] |= bit;
    }
    for (const c of g.beyond) beyond.set(c, (beyond.get(c) ?? 0) | bit);
  });
  if (always !== 0) for (let i = 0; i < table.length; i++) table[i] |= always;
  return { table, always, beyond };
}

/** The gates of the table that `t` opens, one bit each (see `gateTable`). */
export function gatesOpened(g: GateTable, t: string): number {
  const c0 = t.charCodeAt(0);
  if (!(c0 < 0x80)) return c0 === c0 ? (g.beyond.get(c0) ?? 0) | g.always : g.always; // (NaN: an empty text)
  const row = fold(c0) << 5;
  if (t.length < 2) return g.table[row + 31];
  const c1 = t.charCodeAt(1);
  const l = c1 >= 0x41 && c1 <= 0x5a ? c1 | 0x20 : c1;
  return g.table[row + (l >= 0x61 && l <= 0x7a ? l - 0x61 : 26)];
}

/** An ASCII capital in lower case; any other unit as it is. */
function fold(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/** The bit of a second character: a lower-case ASCII letter its own, any other character one for all. */
function secondBit(c: number): number {
  return c >= 0x61 && c <= 0x7a ? 1 << (c - 0x61) : 1 << 26;
}

/** The first characters a gate keeps for `c`: ASCII letters folded; a letter beyond ASCII in both cases when the pattern ignores case. */
function caseVariants(c: number, ignoreCase: boolean): number[] {
  if (c < 0x80) return [fold(c)];
  if (!ignoreCase) return [c];
  const s = String.fromCharCode(c);
  return [...new Set([c, s.toLowerCase().charCodeAt(0), s.toUpperCase().charCodeAt(0)])];
}

interface Reader { readonly src: string; at: number }

/** `a|b|…` up to a `)` or the end: the first two characters of each way to match. */
function alternatives(r: Reader): Word[] {
  const out: Word[] = [];
  for (;;) {
    out.push(...sequence(r));
    if (r.src[r.at] !== '|') return dedupe(out);
    r.at++;
  }
}

/** Atoms one after another, up to `|`, `)` or the end. */
function sequence(r: Reader): Word[] {
  let words: Word[] = [EMPTY];
  while (r.at < r.src.length && r.src[r.at] !== '|' && r.src[r.at] !== ')') {
    const atom = atomWords(r);
    const [min, max] = quantifier(r);
    words = then(words, repeat(atom, min, max));
    // once every way has its two characters, what follows shows in none (`then` keeps them): skipped
    // to the sequence's end, its groups unread (reading a long pattern's every word, and every group's,
    // to its end was most of the server's start in this file)
    if (words.every((w) => w >= TWO)) { skipSequence(r); break; }
  }
  return words;
}

/** Moves the reader to the end of the sequence it is in: the next `|` or `)` outside a group or class, or the end. */
function skipSequence(r: Reader): void {
  const src = r.src;
  let depth = 0;
  let at = r.at;
  while (at < src.length) {
    const c = src.charCodeAt(at);
    if (c === 0x5c) { at += 2; continue; } // `\`: the escaped unit is no mark
    if (c === 0x5b) {
      // a class, to its `]` (escapes and all)
      at++;
      while (at < src.length && src.charCodeAt(at) !== 0x5d) at += src.charCodeAt(at) === 0x5c ? 2 : 1;
      at++;
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29) { if (depth === 0) break; depth--; } else if (c === 0x7c && depth === 0) break;
    at++;
  }
  r.at = Math.min(at, src.length);
}

/** Each word of `a` followed by each of `b`, cut at two characters. */
function then(a: readonly Word[], b: readonly Word[]): Word[] {
  const out = new Set<Word>();
  for (const x of a) {
    if (x >= TWO) { out.add(x); continue; }
    for (const y of b) out.add(joined(x, y));
  }
  return [...out];
}

/** `atom{min,max}` cut at two characters: no more than two repetitions can show. */
function repeat(atom: readonly Word[], min: number, max: number): Word[] {
  const out: Word[] = [];
  let power: Word[] = [EMPTY];
  for (let n = 0; n <= Math.min(max, 2); n++) {
    if (n >= Math.min(min, 2)) out.push(...power);
    power = then(power, atom);
  }
  return dedupe(out);
}

function dedupe(words: readonly Word[]): Word[] {
  return [...new Set(words)];
}

/** `?`, `*`, `+`, `{m}`, `{m,}`, `{m,n}` (and a lazy `?` after it) at the reader, or once. */
function quantifier(r: Reader): [number, number] {
  const c = r.src[r.at];
  let q: [number, number] | undefined;
  if (c === '?') q = [0, 1];
  else if (c === '*') q = [0, Infinity];
  else if (c === '+') q = [1, Infinity];
  if (q) r.at++;
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.src.slice(r.at));
    if (!m) return [1, 1]; // a `{` that is no count is a character
    r.at += m[0].length;
    q = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
  } else return [1, 1];
  if (r.src[r.at] === '?') r.at++;
  return q;
}

/** The words of one atom: a character, an escape, a class, a group, an anchor. */
function atomWords(r: Reader): Word[] {
  const src = r.src;
  const c = src[r.at++];
  if (c === '^' || c === '$') return [EMPTY];
  if (c === '.') return [unitWord(ANY)];
  if (c === '[') {
    // a class: any character (read to its end, escapes and all)
    while (r.at < src.length && src[r.at] !== ']') r.at += src[r.at] === '\\' ? 2 : 1;
    r.at++;
    return [unitWord(ANY)];
  }
  if (c === '(') {
    const look = /^\?<?[=!]/.exec(src.slice(r.at, r.at + 3));
    if (look) r.at += look[0].length;
    else if (src.startsWith('?:', r.at)) r.at += 2;
    else if (src.startsWith('?<', r.at)) r.at = src.indexOf('>', r.at) + 1;
    const inner = alternatives(r);
    if (src[r.at] !== ')') throw new Error('unclosed group');
    r.at++;
    return look ? [EMPTY] : inner; // a look-around matches nothing itself
  }
  if (c === '\\') {
    const e = src[r.at++];
    if (e === 'b' || e === 'B') return [EMPTY];
    if (e === 'c') { r.at++; return [unitWord(ANY)]; } // a control character by letter
    if ((e === 'k' || e === 'p' || e === 'P') && (src[r.at] === '<' || src[r.at] === '{')) { r.at = src.indexOf(src[r.at] === '<' ? '>' : '}', r.at) + 1; return [unitWord(ANY)]; }
    if ('dDsSwW'.includes(e) || (e >= '0' && e <= '9')) return [unitWord(ANY)];
    if (e === 'u' || e === 'x') {
      const n = e === 'u' ? 4 : 2;
      const hex = src.slice(r.at, r.at + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return [unitWord(ANY)];
      r.at += n;
      return [unitWord(parseInt(hex, 16))];
    }
    const controls: Record<string, number> = { n: 0x0a, t: 0x09, r: 0x0d, f: 0x0c, v: 0x0b };
    return [unitWord(controls[e] ?? e.charCodeAt(0))];
  }
  return [unitWord(c.charCodeAt(0))];
}
