/**
 * Declarations of interest as our markup writes them, one a line, in any item (usually the
 * "Declarations of interest" item, naming the item the interest is in):
 *
 *     Interest: Cllr Keswick, item 7, disclosable pecuniary, left the room
 *     Interest: Cllr Ahmed, other registrable, took no part        (this item)
 *     Interest: Cllr Brown, item 5, non-registrable, remained with a dispensation
 *
 * The parts after the name are told apart by what they say, in any order: `item N` (or a minute
 * number), what the member did (below), and the kind as written; the kinds are a setting
 * (`minutes.interests.kinds`), so the parser keeps the words and the checks compare them.
 */
import type { Located, Mention } from '../model';
import type { Range } from '../types';
import type { Span } from '../constructs';

/** What the member did: left the room, stayed and took no part, or stayed with a dispensation. */
export type InterestAction = 'left' | 'noPart' | 'dispensation' | 'remained';

export interface Interest {
  readonly member: Mention;
  /** The item named (`7`, `083/25`), as written; absent for the item the line is in. */
  readonly item?: Located<string>;
  readonly kind?: Located<string>;
  readonly action?: Located<InterestAction>;
  readonly range: Range;
}

export interface InterestParts {
  readonly member: Span;
  readonly item?: Span;
  readonly kind?: Span;
  readonly action?: { readonly span: Span; readonly value: InterestAction };
}

const ITEM = /^(?:item|minute|agenda[ \t]+item)[ \t]+([A-Za-z]*\d[\w./-]*)$/i;
const ACTIONS: ReadonlyArray<readonly [RegExp, InterestAction]> = [
  [/\bdispensation\b/i, 'dispensation'],
  [/\b(?:left|withdrew|withdrawn|leave|absent(?:ed)?)\b/i, 'left'],
  [/\b(?:no[ \t]+part|not[ \t]+(?:take[ \t]+part|vote|participate)|did[ \t]+not[ \t]+(?:vote|speak))\b/i, 'noPart'],
  [/\b(?:remained|stayed|took[ \t]+part|participated)\b/i, 'remained'],
];

/** The parts of an `Interest:` line's value (offsets in `value`). */
export function readInterest(value: string): InterestParts | undefined {
  const parts: Span[] = [];
  let last = 0;
  for (const m of value.matchAll(/[ \t]*[,;–—][ \t]*|[ \t]+-[ \t]+/g)) {
    parts.push({ start: last, end: m.index });
    last = m.index + m[0].length;
  }
  parts.push({ start: last, end: value.length });
  const trimmed = parts.map((p) => trim(value, p)).filter((p) => p.end > p.start);
  if (trimmed.length === 0 || !/^\p{Lu}/u.test(value.slice(trimmed[0].start))) return undefined;
  const [member, ...rest] = trimmed;
  let item: Span | undefined;
  let kind: Span | undefined;
  let action: InterestParts['action'];
  for (const p of rest) {
    const words = value.slice(p.start, p.end);
    const it = ITEM.exec(words);
    if (it && !item) { item = { start: p.end - it[1].length, end: p.end }; continue; }
    const act = ACTIONS.find(([re]) => re.test(words));
    if (act && !action) { action = { span: p, value: act[1] }; continue; }
    if (!kind) kind = p;
  }
  return { member, item, kind, action };
}

function trim(text: string, p: Span): Span {
  let { start, end } = p;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.]/.test(text[end - 1])) end--;
  return { start, end };
}
