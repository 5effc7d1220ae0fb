/**
 * Minute numbers broken by a PDF's extraction: a board that prints its numbers in a narrow table
 * column (`<p>115/2 3</p>`, or `119/2` with the `3` alone on the next line) has them wrapped by
 * the extraction, number after number. The break is debris, not the board's numbering: the number
 * reads as printed before the break (`115/23`) and earns no "not written as NNN/YY" warning.
 *
 * One split number among clean ones is a clerk's slip (our markup, a draft): it keeps its warning
 * and its fix. The file-wide fact is decided once, by the layout (`parse/layout.ts`).
 */
import type { Segment } from '../text';
import { matchYearNumber } from '../numbers';
import { isTableRule } from '../constructs';

/** At least this many split numbers, and at least half of the file's `NNN/YY` heads. */
const MIN_SPLIT = 2;

/**
 * Whether the file's minute numbers are broken by its extraction: most of its `NNN/YY` heads are
 * split the same way (`115/2 3`, `119/2⏎3`), at least two of them.
 */
export function numbersBrokenByExtraction(segs: readonly Segment[], debrisLines: ReadonlyMap<number, unknown>, digits: readonly number[]): boolean {
  let heads = 0;
  let split = 0;
  // `digits`: the segments that open with a digit, in order (the layout finds them once)
  for (const i of digits) {
    const s = segs[i];
    // any segment, as the item reader asks each (a table cell's `<p>115/2 3</p>` is not its line's first)
    const c = s.text.charCodeAt(0);
    if (c < 48 || c > 57) continue; // a head starts with a digit: the regex only where it can match
    const m = matchYearNumber(s.text);
    if (!m) continue;
    heads++;
    // `119/2` is broken only where its last digit follows (as the item reader joins it), else a one-digit year
    if (m.split && (!m.needsNextDigit || nextDigit(segs, i, debrisLines))) split++;
  }
  return split >= MIN_SPLIT && split * 2 >= heads;
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
