/**
 * Minute numbers as the board printed them, which no warning is due for:
 *
 * - broken by a PDF's extraction: a board that prints its numbers in a narrow table column
 *   (`<p>115/2 3</p>`, or `119/2` with the `3` alone on the next line) has them wrapped by the
 *   extraction, number after number. The break is debris, not the board's numbering: the number
 *   reads as printed before the break (`115/23`) and earns no "not written as NNN/YY" warning.
 * - written short: a board that prints its running numbers without padding (`12/25`, `13/25`, a
 *   council's web page) writes them so every time; `12/25` is its number, and import and Format
 *   keep it (writing `012/25` would change the number the board printed). Every number of the file
 *   is then short: one of three digits (`081/22`, `112/22`) shows the `NNN/YY` form.
 *
 * One split or short number among clean ones (`81/22` among `081/22`s) is a clerk's slip (our
 * markup, a draft): it keeps its warning and its fix. The file-wide facts are decided once, by the
 * layout (`parse/layout.ts`).
 */
import { segmentLine, type Segment } from '../text';
import { matchYearNumber, type YearNumberMatch } from '../numbers';
import { isTableRule } from '../constructs';

/** At least this many split numbers, and at least half of the file's `NNN/YY` heads. */
const MIN_SPLIT = 2;
/** At least this many short numbers (`12/25`), and none of three digits (`012/25`, `112/25`). */
const MIN_SHORT = 2;

/** How the file's `NNN/YY` numbers are printed: broken by its extraction, written short by the board. */
export interface PrintedNumbers {
  readonly broken: boolean;
  readonly short: boolean;
}

/** The `NNN/YY` head a segment opens with: a head starts with a digit (the pattern only where it can match). */
function yearHead(text: string): NonNullable<ReturnType<typeof matchYearNumber>> | undefined {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57 ? matchYearNumber(text) ?? undefined : undefined;
}

/** How `printedNumbers` counts a head: written short (`12/25`), long and well formed (`012/25`), or neither. */
function headForm(m: NonNullable<ReturnType<typeof matchYearNumber>>): 'short' | 'long' | undefined {
  return m.short ? 'short' : m.malformed ? undefined : 'long';
}

/**
 * The forms of the file's minute numbers, read once: broken by its extraction when most of its
 * `NNN/YY` heads are split the same way (`115/2 3`, `119/2⏎3`), at least two of them; written short
 * when at least two are (`12/25`) and none has three digits: a number written `012/25` or `112/25`
 * shows the `NNN/YY` form, and a short one beside it is a slip.
 */
export function printedNumbers(segs: readonly Segment[], debrisLines: ReadonlyMap<number, unknown>, digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>): PrintedNumbers {
  let heads = 0;
  let split = 0;
  let short = 0;
  let long = 0;
  // `digits`: the segments that open with a digit, in order, and `years` the `NNN/YY` number each opens with
  // (`yearHead`'s, the layout reads them once)
  for (let j = 0; j < digits.length; j++) {
    const i = digits[j];
    // any segment, as the item reader asks each (a table cell's `<p>115/2 3</p>` is not its line's first)
    const m = years[j];
    if (!m) continue;
    heads++;
    // `119/2` is broken only where its last digit follows (as the item reader joins it), else a one-digit year
    if (m.split && (!m.needsNextDigit || nextDigit(segs, i, debrisLines))) split++;
    const form = headForm(m);
    if (form === 'short') short++;
    else if (form === 'long') long++;
  }
  return { broken: split >= MIN_SPLIT && split * 2 >= heads, short: short >= MIN_SHORT && long === 0 };
}

/** The next segment with text (debris and table rules apart) is the year's last digit, within two lines. */
function nextDigit(segs: readonly Segment[], i: number, debrisLines: ReadonlyMap<number, unknown>): boolean {
  for (let k = i + 1; k < segs.length; k++) {
    const t = segs[k].text;
    if (t.length === 0 || isTableRule(t) || debrisLines.has(segs[k].line)) continue;
    return /^\d$/.test(t) && segs[k].line - segs[i].line <= 2;
  }
  return false;
}

/** The number as the board printed it before the break: `115/2 3` → `115/23`, `119/2⏎3` → `119/23`. */
export function mendedNumber(printed: string): string {
  return printed.replace(/\s+/g, '');
}

/** Whether lines [first, last] hold a split minute number (an edit there can change the file-wide fact). */
export function holdsSplitNumber(lines: readonly string[], first: number, last: number): boolean {
  for (let l = Math.max(0, first); l <= last && l < lines.length; l++) {
    // a split number is `NNN/D D` or `NNN/D` alone (markup around it apart): cheap test first
    const t = lines[l];
    if (!/\d\s?\/\s?\d(?:\s\d)?(?!\d)/.test(t)) continue;
    const clean = t.replace(/<[^>]{0,200}>|\*\*/g, '').trim();
    if (matchYearNumber(clean)?.split) return true;
  }
  return false;
}

/**
 * Whether an edit of lines [first, last] may change how the file's numbers are printed (a number
 * written short or padded, `12/25` made `012/25`): the heads of each line that `printedNumbers`
 * counts differ before and after. An edit of a title beside its number changes nothing, nor a
 * reference written into a sentence.
 */
export function numberFormsChanged(before: readonly string[], after: readonly string[], first: number, last: number): boolean {
  for (let l = Math.max(0, first); l <= last && l < before.length && l < after.length; l++) {
    const a = before[l];
    const b = after[l];
    if (a === b || (a.indexOf('/') < 0 && b.indexOf('/') < 0)) continue;
    // the cheap test first; where the numbers differ, what `printedNumbers` counts of them: a reference
    // written into a sentence (`See 012/25.`) opens no segment, so it is no head and changes nothing
    if (numbersIn(a) !== numbersIn(b) && headFormsIn(a, l) !== headFormsIn(b, l)) return true;
  }
  return false;
}

/**
 * What `printedNumbers` counts in one line: its segments that open with an `NNN/YY` number, as heads,
 * short ones and well-formed long ones (`3 1 1` for `012/25 …`). Segmenting does not depend on an
 * open `**` from the line above, so the line is read alone.
 */
function headFormsIn(line: string, lineNo: number): string {
  const segs: Segment[] = [];
  segmentLine(line, lineNo, { open: false }, segs);
  let heads = 0;
  let short = 0;
  let long = 0;
  for (const s of segs) {
    const m = yearHead(s.text);
    if (!m) continue;
    heads++;
    const form = headForm(m);
    if (form === 'short') short++;
    else if (form === 'long') long++;
  }
  return `${heads} ${short} ${long}`;
}

/**
 * The item digits of every number in a line that may be a minute number (`12 13` for `12/25 … 13/25`):
 * at the line's start or after a blank or markup, as the item reader finds them; a date (`25/10/2022`) is none.
 */
function numbersIn(line: string): string {
  let out = '';
  for (const m of line.matchAll(/(?:^|[\s>|*])(\d{1,3})\s?\/\s?(?:\d{4}|\d{2}|\d\s\d|\d)(?![\d/])/g)) out += `${m[1]} `;
  return out;
}
