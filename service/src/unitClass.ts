/**
 * A class of characters found fast in every line. A class of some forty ranges (the invisible
 * characters), tried by the regular expression engine at each character, costs 2–3 µs a line; a
 * loop over the characters in JavaScript is slower still. A cheap candidate class (a few ASCII
 * characters and a range beyond them) finds the places, and a table of the UTF-16 units says, once
 * per unit met, whether the exact class matches it. One way, used by the text layer and the
 * invisible-character rule (docs/performance.md).
 */

/**
 * The finder of `exact` (a class of one UTF-16 unit) with `candidate`, a global class (without the
 * `u` flag: it matches one unit) matching at least every unit `exact` matches: it gives the column
 * of the first unit at or after `from` that `exact` matches, or -1.
 */
export function unitFinder(exact: RegExp, candidate: RegExp): (raw: string, from?: number) => number {
  // 0 not yet asked, 1 no, 2 yes
  const table = new Uint8Array(65536);
  return (raw, from = 0) => {
    candidate.lastIndex = from;
    // `test`, not `exec`: no match array made for each candidate met; the candidate is one unit long
    while (candidate.test(raw)) {
      const x = candidate.lastIndex - 1;
      const c = raw.charCodeAt(x);
      let k = table[c];
      if (k === 0) table[c] = k = exact.test(raw[x]) ? 2 : 1;
      if (k === 2) return x;
    }
    return -1;
  };
}

/** Whether the UTF-16 unit is white space as `\s` and `trim` read it: the parser's character tests skip blanks without a pattern. */
export function isBlankUnit(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Whether `t` split at runs of white space gives more than `n` parts (`t.split(/\s+/).length > n`, counted with no array of words: `isBlankUnit` is `\s`'s class). */
export function moreWordsThan(t: string, n: number): boolean {
  let parts = 1;
  for (let k = 0; k < t.length; k++) {
    if (!isBlankUnit(t.charCodeAt(k))) continue;
    if (++parts > n) return true;
    while (k + 1 < t.length && isBlankUnit(t.charCodeAt(k + 1))) k++;
  }
  return false;
}

/** A space or a tab: the blanks between a line's words and cells (not `isBlankUnit`'s others, a no-break space among them). */
export function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** `t` less the spaces and tabs closing it, read back from its end (`t.replace(/[ \t]+$/, '')`, which tried the pattern from each blank of a long run that does not close `t`). */
export function withoutEndBlanks(t: string): string {
  let e = t.length;
  while (e > 0 && isSpaceOrTab(t.charCodeAt(e - 1))) e--;
  return e === t.length ? t : t.slice(0, e);
}

/** Where [s, e) of `text` ends once its trailing blanks are left out (as `trimEnd` would, no string made). */
export function endBeforeBlanks(text: string, s: number, e: number): number {
  while (e > s && isBlankUnit(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Where [s, e) of `text` ends once the blanks and the stops closing it (`.`, `;`, `,`) are left out: a clause's words, without what ends the clause. */
export function endBeforeStops(text: string, s: number, e: number): number {
  while (e > s) {
    const c = text.charCodeAt(e - 1);
    if (!isBlankUnit(c) && c !== 0x2e && c !== 0x3b && c !== 0x2c) break;
    e--;
  }
  return e;
}

/** Whether `t` from `from` on is blank (`t.slice(from).trim() === ''`, no string made). */
export function blankFrom(t: string, from: number): boolean {
  for (let i = from; i < t.length; i++) if (!isBlankUnit(t.charCodeAt(i))) return false;
  return true;
}
