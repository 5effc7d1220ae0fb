/**
 * The right margin of a printed page, as the text of a PDF shows it: the longest line near a line,
 * and how many nearby lines come within a few characters of it (a PDF's text wraps at one column; a
 * page that never wraps shows none). `content/paragraphs.ts` reads a line that ends at the margin
 * as wrapped there, its sentence going on under it.
 *
 * Measured once per parse and line (`PageMargins`), not per paragraph that asks: and the lines
 * measured lie around a line, so they may stand in the next item. An edit's one-item re-parse
 * (`reparse.ts`) therefore asks `marginsKept`: a line outside the item whose margin the edit changed
 * could read its paragraph otherwise, and only a full parse can say.
 */
import type { DebrisKind } from '../forms/debris';
import type { MinutesDocument } from '../model';
import { beside } from '../beside';

/** How many lines around a line show the page's right margin, and how close to it a line must end to reach it. */
export const MARGIN_WINDOW = 12;
export const MARGIN_SLACK = 8;

/** The margin around a line: the longest line nearby (the line itself and debris apart) and how many of them reach it. */
export interface Margin {
  readonly margin: number;
  readonly reach: number;
}

const NO_MARGIN: Margin = { margin: 0, reach: 0 };

/**
 * The length a line shows the margin with, when it can end at the margin as a wrapped line does (ASCII
 * `[.!?:;]` ends a sentence, a tab a table's cell): its length less trailing blanks, at least 40;
 * else -1. Such a line is the only one the margin is asked about. A line whose words start past its
 * middle is a cell alone in a right-hand column (`            Action: Provost`), no wrapped sentence.
 */
export function wrapLength(line: string | undefined): number {
  const raw = (line ?? '').trimEnd();
  if (raw.length < 40 || raw.includes('\t') || /[.!?:;]$/.test(raw)) return -1;
  // (the blanks that open it, counted only as far as the middle)
  let k = 0;
  while (k < raw.length && raw.charCodeAt(k) === 0x20) k++;
  if (k * 2 > raw.length) return -1;
  return raw.length;
}

/** Each line's length for the margin, measured when first asked (a parse asks about few lines), and the margin around a line. */
export class PageMargins {
  /** -1: not measured; 0: a line that shows no margin (blank, a table's, debris). */
  private readonly lengths: Int32Array;
  /** The lines the margin was asked about (`at`), in the order asked: what the parse's reading hangs on. */
  readonly asked: number[] = [];

  constructor(private readonly lines: readonly string[], private readonly debrisLines: ReadonlyMap<number, DebrisKind>) {
    this.lengths = new Int32Array(lines.length).fill(-1);
  }

  /** The line's length without trailing blanks, 0 for a blank line, one holding a tab (a table's cells) or debris (a page footer runs to the page's edge). */
  private length(l: number): number {
    let n = this.lengths[l];
    if (n < 0) {
      const line = this.lines[l];
      n = this.debrisLines.has(l) || line.includes('\t') ? 0 : line.trimEnd().length;
      this.lengths[l] = n;
    }
    return n;
  }

  /** The margin around line `at`: the longest line within `MARGIN_WINDOW` lines, the line itself apart. */
  at(at: number): Margin {
    this.asked.push(at);
    let margin = 0;
    const from = Math.max(0, at - MARGIN_WINDOW);
    const to = Math.min(this.lines.length - 1, at + MARGIN_WINDOW);
    for (let l = from; l <= to; l++) {
      if (l === at) continue;
      const n = this.length(l);
      if (n > margin) margin = n;
    }
    if (margin === 0) return NO_MARGIN;
    let reach = 0;
    for (let l = from; l <= to; l++) {
      const n = l === at ? 0 : this.length(l);
      if (n > 0 && n >= margin - MARGIN_SLACK) reach++;
    }
    return { margin, reach };
  }
}

/**
 * The shortest first word of the next line that would not have fitted after a line of `raw`
 * characters (`wrapLength`): the page wrapped the line before it when the word is this long or
 * longer (the line and the word pass the margin; two lines nearby reach it). Infinity when the page
 * shows no margin there.
 */
export function wrappingWord(m: Margin, raw: number): number {
  // (a word passing the margin, raw + 1 + word > margin, also leaves the line within MARGIN_SLACK of it)
  return m.reach >= 2 ? Math.max(1, m.margin - raw) : Infinity;
}

/**
 * The lines a document's parse asked the margin about, kept beside the document (not in it: the model
 * stays what it is) for the next edit's re-parse. A line asked of no parse reads the same whatever
 * its margin: the edit changes nothing it read. A whole parse that asked about no line (most texts)
 * records nothing: an entry for each document cost a small file's parse more than the margin does.
 */
const asked = beside<MinutesDocument, ReadonlySet<number>>('minutes.marginsAsked');
const NONE: ReadonlySet<number> = new Set();

export function recordMargins(doc: MinutesDocument, lines: Iterable<number>): void {
  asked.set(doc, lines instanceof Set ? lines : new Set(lines));
}

/**
 * The lines `doc`'s parse asked the margin about; none when nothing was recorded for a document read
 * whole (`parsedWhole`: its layout is known), undefined when not known.
 */
export function marginsAsked(doc: MinutesDocument, parsedWhole: boolean): ReadonlySet<number> | undefined {
  return asked.get(doc) ?? (parsedWhole ? NONE : undefined);
}

/**
 * The lines asked of a re-parse of lines [from, to) of a document whose parse asked `had`: those of
 * `had` outside the region, and the region's own. Undefined when `had` is not known.
 */
export function marginsAfterRegion(had: ReadonlySet<number> | undefined, from: number, to: number, region: readonly number[]): Set<number> | undefined {
  if (!had) return undefined;
  const out = new Set<number>();
  for (const l of had) if (l < from || l >= to) out.add(l);
  for (const l of region) out.add(l);
  return out;
}

/**
 * Whether every line outside [from, to) that an edit of lines [first, last] (in place: the same
 * count of lines) could have changed the margin of, and that the previous parse asked the margin about (`known`)
 * (any that can be asked, when not known), wraps at the same words after the edit as before: then
 * the lines read outside the region read as they did (their reading, and so what it asks, is the same).
 */
export function marginsKept(known: ReadonlySet<number> | undefined, before: readonly string[], after: readonly string[], debrisLines: ReadonlyMap<number, DebrisKind>, first: number, last: number, from: number, to: number): boolean {
  if (known && known.size === 0) return true;
  let was: PageMargins | undefined;
  let now: PageMargins | undefined;
  const lo = Math.max(0, first - MARGIN_WINDOW);
  const hi = Math.min(after.length - 1, last + MARGIN_WINDOW);
  for (let p = lo; p <= hi; p++) {
    if ((p >= from && p < to) || (known && !known.has(p))) continue;
    // (a line outside the region is not edited: its own text is the same before and after)
    const raw = wrapLength(after[p]);
    if (raw < 0) continue;
    was ??= new PageMargins(before, debrisLines);
    now ??= new PageMargins(after, debrisLines);
    if (wrappingWord(was.at(p), raw) !== wrappingWord(now.at(p), raw)) return false;
  }
  return true;
}
