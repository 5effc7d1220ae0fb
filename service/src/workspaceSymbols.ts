/** Find an item by its minute number or words of its title across the meetings of the workspace. */
import type { MinutesDocument } from './model';
import { numberLabel, formatNumber } from './numbers';
import type { Range } from './types';
import { itemName } from './symbols';

export interface ItemSymbol {
  readonly name: string;
  readonly uri: string;
  readonly range: Range;
  /** The meeting: its title and date. */
  readonly container: string;
}

function numberMatches(query: string, seq: number, year: number | undefined): boolean {
  const q = query.replace(/\s+/g, '');
  const m = /^(\d{1,3})(?:\/(\d{1,2}))?$/.exec(q);
  if (!m) return false;
  if (Number(m[1]) !== seq) return false;
  return m[2] === undefined || year === undefined || Number(m[2]) === year;
}

function wordsMatch(query: string, title: string): boolean {
  const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return query.toLowerCase().split(/\s+/).filter((w) => w.length > 0).every((q) => words.some((w) => w.startsWith(q)));
}

export function workspaceSymbols(files: Iterable<readonly [string, MinutesDocument]>, query: string, limit = 500): ItemSymbol[] {
  const q = query.trim();
  const out: ItemSymbol[] = [];
  for (const [uri, doc] of files) {
    const m = doc.meeting;
    if (!m) continue;
    const container = [m.title?.value, m.date?.text].filter(Boolean).join(', ');
    for (const item of m.items) {
      const label = item.number ? numberLabel(item.number) : '';
      const hit = q.length === 0
        || (item.number && (numberMatches(q, item.number.seq, item.number.year) || label.startsWith(q) || formatNumber(item.number).startsWith(q)))
        || wordsMatch(q, item.title);
      if (!hit) continue;
      out.push({ name: itemName(item), uri, range: item.number?.range ?? item.headRange, container });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
