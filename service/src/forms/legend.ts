/**
 * Legends of membership categories written after a governors' list:
 * `(FG) Foundation Governor; (CoG) Co-opted Governor`, `FG = Foundation Governor`, `FG – Foundation Governor`.
 */
import { looksLikeCode } from './qualifiers';
import type { Span } from './types';

export interface LegendEntry { readonly code: Span; readonly meaning: Span }

/** Every entry of a legend line, or undefined when the line is not a legend (every entry must be a code and words). */
export function matchLegend(line: string): LegendEntry[] | undefined {
  const out: LegendEntry[] = [];
  const re = /(?:^|[;,]|\s{2,}|\t)[ \t]*(?:\(([A-Za-z]{2,5})\)[ \t]+|([A-Za-z]{2,5})[ \t]*(?:=|[-–—]|:)[ \t]*)([A-Z][\w'’ -]*?)(?=[ \t]*(?:[;,.]|\t|\s{2,}|$))/gy;
  let last = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const code = m[1] ?? m[2];
    if (!looksLikeCode(code)) return undefined;
    const cs = m.index + m[0].indexOf(code);
    const ms = m.index + m[0].lastIndexOf(m[3]);
    out.push({ code: { start: cs, end: cs + code.length }, meaning: { start: ms, end: ms + m[3].length } });
    last = re.lastIndex;
  }
  if (out.length === 0 || line.slice(last).replace(/[\s;,.]/g, '').length > 0) return undefined;
  return out;
}

export interface MarkLegend {
  /** The mark written after a name (`A`, `*`). */
  readonly mark: string;
  /** The list a marked member belongs to: `apologies` when the legend says apologies were received. */
  readonly kind: 'absent' | 'apologies';
  /** The legend's words, from the mark to the line's end. */
  readonly label: Span;
}

/**
 * A legend of the mark a list writes after an absent member's name: `A = absent; apologies had been
 * received from all absent members`, `* – apologies`. Undefined when the line is not one.
 */
export function matchMarkLegend(line: string): MarkLegend | undefined {
  const m = /^[ \t]*([A-Z*†])[ \t]*(?:=|[-–—:])[ \t]*(absent|apologies)\b/i.exec(line);
  if (!m) return undefined;
  const start = line.indexOf(m[1]);
  const kind = /^apolog/i.test(m[2]) || /\bapologies\s+(?:had\s+been|have\s+been|were)\s+received\b/i.test(line) ? 'apologies' : 'absent';
  return { mark: m[1], kind, label: { start, end: line.trimEnd().length } };
}
