/**
 * Exempt business and the resolution excluding the press and public, as our markup writes them:
 *
 *     036/25 Exclusion of the press and public
 *     RESOLVED that the press and public be excluded for the following item, as it involves the
 *     likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A …
 *
 *     037/25 [exempt: paragraph 3 of Schedule 12A] Lease of the Town Hall café
 *
 * The resolution names the items it covers: by number (`items 037/25 and 038/25`, `items 12 to
 * 14`), `the following item` (the next one), or `the following items` / `the remaining items`
 * (every item after it until one records the press and public readmitted). The reason an item
 * is exempt must cite one of the reasons the board uses (`minutes.exemptReasons`: by default the
 * paragraphs of Schedule 12A). Derived from the parsed meeting; pure; never throws.
 */
import type { Meeting } from '../model';
import type { Range } from '../types';
import { itemIndex } from './room';

export interface Exclusion {
  /** The item whose decision (or carried motion) excludes the press and public. */
  readonly index: number;
  readonly range: Range;
  /** The items it covers, by index. */
  readonly covers: readonly number[];
  /** The reason it gives (`paragraph 3 of Part 1 of Schedule 12A`), as written, if it cites a paragraph. */
  readonly reason?: string;
}

const EXCLUDED = /\bexclu\w*\b[^.]{0,40}\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\b|\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\b[^.]{0,40}\bexclu/i;
const READMITTED = /\b(?:re-?admitted|readmitted|re-?admit)\b|\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\b[^.]{0,30}\b(?:returned|rejoined|re-?entered)\b/i;
const CITED = /\bparagraphs?\s+\d+[a-z]?(?:\s*(?:,|and|&|or)\s*\d+[a-z]?)*(?:\s+of\s+Part\s+(?:1|I|One))?\s+of\s+Schedule\s+12\s?A\b/i;
const NAMED = /\b(?:items?|minutes?)\s+([A-Za-z]*\d[\w./]*(?:\s*(?:,|and|&|to|-|–)\s*[A-Za-z]*\d[\w./]*)*)/gi;

/** Whether a text resolves that the press and public be excluded. */
export function excludesPublic(text: string): boolean {
  return EXCLUDED.test(text);
}

/** The reason a text cites from Schedule 12A (`paragraph 3 of Part 1 of Schedule 12A`), as written. */
export function citedReason(text: string): string | undefined {
  return CITED.exec(text)?.[0];
}

/** The items a resolution names by number, by index in the meeting (a range `12 to 14` fills in). */
function named(meeting: Meeting, text: string, self: number): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(NAMED)) {
    const parts = m[1].split(/\s*(,|and|&|to|-|–)\s*/);
    let prev = -1;
    for (let i = 0; i < parts.length; i += 2) {
      const at = itemIndex(meeting, parts[i].replace(/[.,;]+$/, ''));
      if (at < 0 || at === self) continue;
      if (i > 0 && /^(?:to|-|–)$/.test(parts[i - 1]) && prev >= 0) for (let j = prev + 1; j < at; j++) out.push(j);
      out.push(at);
      prev = at;
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

/** The resolutions of the meeting that exclude the press and public, and the items each covers. */
export function exclusions(meeting: Meeting, lines: readonly string[]): Exclusion[] {
  const out: Exclusion[] = [];
  const itemText = (at: number): string => {
    const r = meeting.items[at].range;
    return lines.slice(r.start.line + 1, r.end.line + 1).join('\n');
  };
  meeting.items.forEach((item, at) => {
    // a decision (RESOLVED, DECISION:) or a motion not lost or withdrawn
    const texts: Array<{ text: string; range: Range }> = [
      ...item.decisions.map((d) => ({ text: d.text, range: d.range })),
      ...(item.motions ?? []).filter((m) => m.result?.value !== 'lost' && m.result?.value !== 'withdrawn').map((m) => ({ text: m.text, range: m.range })),
    ];
    const r = texts.find((t) => excludesPublic(t.text));
    if (!r) return;
    let covers = named(meeting, r.text, at);
    if (covers.length === 0) {
      const rest = /\b(?:following|remaining|next|subsequent)\s+(?:\w+\s+)?(?:items|business|matters|reports)\b|\bremainder\b|\brest\s+of\s+the\s+meeting\b/i.test(r.text);
      covers = [];
      for (let j = at + 1; j < meeting.items.length; j++) {
        // the item that records the press and public readmitted is public again
        if (READMITTED.test(itemText(j))) break;
        covers.push(j);
        if (!rest) break;
      }
    }
    const reason = citedReason(r.text);
    out.push({ index: at, range: r.range, covers, ...(reason ? { reason } : {}) });
  });
  return out;
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[a-z]+|\d+[a-z]?/g) ?? [];

/**
 * Whether a reason as written cites one of the reasons set: the words of the reason set appear
 * in it in order, a number exactly and a word as the start of a word (`paragraphs 3 and 5 of
 * Part 1 of Schedule 12A` cites `paragraph 5 of Schedule 12A`).
 */
export function citesReason(written: string, reasons: readonly string[]): boolean {
  const w = tokens(written);
  return reasons.some((reason) => {
    const want = tokens(reason);
    if (want.length === 0) return false;
    let i = 0;
    for (const t of w) {
      const x = want[i];
      if (/^\d/.test(x) ? t === x : t.startsWith(x)) i++;
      if (i === want.length) return true;
    }
    return false;
  });
}
