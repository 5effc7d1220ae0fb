/**
 * The lines of a document that hold a character beyond ASCII, found once per version of its lines
 * for the rules that look only there (invisible, misencoded and unreadable characters): most lines
 * of most minutes are plain ASCII, and one scan of the text serves the three rules instead of one
 * scan each.
 */
const found = new WeakMap<readonly string[], readonly number[]>();
/** Of those, the lines a rule's test of one line holds for, by test: found once, and carried after a keystroke as the list itself. */
const tested = new WeakMap<readonly string[], Map<LineTest, readonly number[]>>();

/** A test of one line alone, declared once in its module (its identity names its list). */
export type LineTest = (line: string) => boolean;

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
 * The indexes, in order, of the lines beyond ASCII that `test` holds for. A rule asks it on every
 * keystroke: after one, only the rewritten lines are tested again (`carryLinesBeyondAscii`).
 */
export function linesBeyondAsciiWhere(lines: readonly string[], test: LineTest): readonly number[] {
  let byTest = tested.get(lines);
  if (!byTest) tested.set(lines, (byTest = new Map()));
  let out = byTest.get(test);
  if (out) return out;
  const marked: number[] = [];
  for (const l of linesBeyondAscii(lines)) if (test(lines[l])) marked.push(l);
  byTest.set(test, (out = marked));
  return out;
}

/**
 * After lines `first`..`last` were rewritten in place (a keystroke): the list of `after` from that
 * of `before`, reading only the rewritten lines. Nothing when `before`'s list was never made.
 */
export function carryLinesBeyondAscii(before: readonly string[], after: readonly string[], first: number, last: number): void {
  const old = found.get(before);
  if (!old || found.has(after)) return;
  found.set(after, spliced(old, after, first, last, (line) => BEYOND.test(line)));
  const byTest = tested.get(before);
  if (!byTest || tested.has(after)) return;
  const carried = new Map<LineTest, readonly number[]>();
  for (const [test, list] of byTest) carried.set(test, spliced(list, after, first, last, (line) => BEYOND.test(line) && test(line)));
  tested.set(after, carried);
}

/** `list` of the lines before the rewrite, with lines `first`..`last` of `after` tested again. */
function spliced(list: readonly number[], after: readonly string[], first: number, last: number, test: LineTest): number[] {
  const marked: number[] = [];
  let k = 0;
  while (k < list.length && list[k] < first) marked.push(list[k++]);
  for (let l = first; l <= last && l < after.length; l++) if (test(after[l])) marked.push(l);
  while (k < list.length && list[k] <= last) k++;
  while (k < list.length) marked.push(list[k++]);
  return marked;
}
