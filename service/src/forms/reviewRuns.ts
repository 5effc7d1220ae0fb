/**
 * A line that reviews several earlier actions one after another, each in a sentence of its own that
 * opens with the action's reference in one form (`Action 4 (safeguarding audit) – Done. Action 6
 * (website policies) – Carried forward.`, `TB/22/131.2 winter plan – Complete (B). TB/22/140.1
 * estates strategy – On track (G). …`, `R-14 … – closed; R-15 … – open`): the parts, one review each,
 * which the readers of one review read one by one.
 */
import type { Span } from './types';

/** A reference's token: a word and a number (`Action 4`, `Item 12`), or a code with a digit (`TB/22/131.2`, `R-14`, `104/25`). */
const REF_TOKEN = /^(?:[A-Za-z]{2,10}[ \t]+(?:no\.?[ \t]*)?[A-Z]{0,3}\d{1,5}(?:[/.-]\d{1,5})*|[A-Z]{0,6}[/.-]?\d{1,5}(?:[/.-][A-Z]{0,3}\d{1,5})*)(?=[ \t(:–—-]|$)/;
/** A sentence's end, or a clause's after a semicolon, before the next part. */
const PART_END = /[.;][ \t]+/g;
/** A paragraph's own number before the first reference (`023.1<TAB>TB/22/131.2 …`, `(1)`, `2.`). */
const PARA_MARK = /^(?:\d{1,4}(?:\.\d{1,3})*[.)]?|\(\d{1,3}\)\.?|\(?[a-z]\))[ \t]+/;

/**
 * The reference's form: its letters as `A` (capitals) or `a`, its figures as `9`, the rest as
 * written (`Action 4` and `Action 16` are one form, `TB/22/131.2` and `TB/22/140.1` one; `Action 4`
 * and `Action 4/25` two).
 */
function shape(ref: string): string {
  return ref.replace(/[A-Z]+/g, 'A').replace(/[a-z]+/g, 'a').replace(/\d+/g, '9').replace(/[ \t]+/g, ' ');
}

/**
 * The parts of `text` from `from` on, each a review: where each reference starts and where its part
 * ends (before the stop that ends it); undefined unless there are two parts at least, every part
 * opening with a reference of the first one's form after a sentence's end. The first part's
 * reference may follow a paragraph's own number (skipped).
 */
export function reviewParts(text: string, from = 0): Array<Span & { readonly ref: Span }> | undefined {
  // (a line of many reviews is short; a cheap test first: a stop or a semicolon after the first words)
  if (text.length > 2000 || (text.indexOf('. ', from) < 0 && text.indexOf('; ', from) < 0 && text.indexOf('.\t', from) < 0)) return undefined;
  let at = from;
  let first = REF_TOKEN.exec(text.slice(at));
  const para = PARA_MARK.exec(text.slice(at));
  // (a paragraph's number that is itself a reference's form: the reference after it is the review's, when one follows)
  if (para) {
    const next = REF_TOKEN.exec(text.slice(at + para[0].length));
    if (next) { at += para[0].length; first = next; }
  }
  if (!first) return undefined;
  const form = shape(first[0]);
  const starts: Array<{ start: number; refEnd: number; prevEnd: number }> = [{ start: at, refEnd: at + first[0].length, prevEnd: -1 }];
  PART_END.lastIndex = at + first[0].length;
  for (let m = PART_END.exec(text); m; m = PART_END.exec(text)) {
    const s = m.index + m[0].length;
    const r = REF_TOKEN.exec(text.slice(s, s + 40));
    if (!r || shape(r[0]) !== form) continue;
    starts.push({ start: s, refEnd: s + r[0].length, prevEnd: m.index });
    PART_END.lastIndex = s + r[0].length;
  }
  if (starts.length < 2) return undefined;
  return starts.map((p, k) => ({ start: p.start, end: k + 1 < starts.length ? starts[k + 1].prevEnd : trimmedEnd(text), ref: { start: p.start, end: p.refEnd } }));
}

/** The text's end before blanks and the stop that ends the last part (as every part before it ends before its own). */
function trimmedEnd(text: string): number {
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e > 0 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 59)) e--;
  return e;
}
