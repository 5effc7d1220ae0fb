/**
 * Minutes printed in two languages (a Welsh council's, a New Zealand board's): a label, a title or a post written in
 * both, ` / ` between the halves, either language first. One place for where the halves part and what a half is; each
 * reader says how many words a half of its kind may have. Pure; never throws.
 */

/** The one ` / ` in [from, to) of `t` where the halves part, or -1 (none, or more than one). */
export function halvesAt(t: string, from = 0, to = t.length): number {
  const slash = t.indexOf(' / ', from);
  if (slash < 0 || slash + 3 > to) return -1;
  const again = t.indexOf(' / ', slash + 3);
  return again >= 0 && again < to ? -1 : slash;
}

/** A word of a half: letters alone (a Welsh `ŵ`, `â` among them), an apostrophe or a hyphen inside. */
const WORD = /^[\p{L}'’-]+$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * Whether `t` is a half in some language: words of letters, one space between, at most `most` of them (no figure,
 * no stop, no list's mark); `capital`: its first letter a capital (a title's or an office's half).
 */
export function isHalf(t: string, most: number, capital = false): boolean {
  if (t.length === 0 || (capital && !CAPITAL.test(t))) return false;
  let words = 0;
  for (let at = 0; at <= t.length;) {
    let e = t.indexOf(' ', at);
    if (e < 0) e = t.length;
    if (e === at || ++words > most || !WORD.test(t.slice(at, e))) return false;
    at = e + 1;
  }
  return true;
}
