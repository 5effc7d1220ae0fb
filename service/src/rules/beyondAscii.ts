/**
 * The lines of a document that hold a character beyond ASCII, found once per version of its lines
 * for the rules that look only there (invisible, misencoded and unreadable characters): most lines
 * of most minutes are plain ASCII, and one scan of the text serves the three rules instead of one
 * scan each.
 */
const found = new WeakMap<readonly string[], readonly number[]>();

// eslint-disable-next-line no-control-regex -- the test is for any character past U+007F
const BEYOND = /[^\u0000-\u007f]/;

/** The indexes, in order, of the lines with a character past U+007F. */
export function linesBeyondAscii(lines: readonly string[]): readonly number[] {
  let out = found.get(lines);
  if (out) return out;
  const marked: number[] = [];
  for (let l = 0; l < lines.length; l++) if (BEYOND.test(lines[l])) marked.push(l);
  found.set(lines, (out = marked));
  return out;
}

/**
 * After lines `first`..`last` were rewritten in place (a keystroke): the list of `after` from that
 * of `before`, reading only the rewritten lines. Nothing when `before`'s list was never made.
 */
export function carryLinesBeyondAscii(before: readonly string[], after: readonly string[], first: number, last: number): void {
  const old = found.get(before);
  if (!old || found.has(after)) return;
  const marked: number[] = [];
  let k = 0;
  while (k < old.length && old[k] < first) marked.push(old[k++]);
  for (let l = first; l <= last && l < after.length; l++) if (BEYOND.test(after[l])) marked.push(l);
  while (k < old.length && old[k] <= last) k++;
  while (k < old.length) marked.push(old[k++]);
  found.set(after, marked);
}
