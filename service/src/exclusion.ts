/**
 * The resolutions that exclude the press and public and the items each covers (proceedings/exempt.ts tells them in our
 * markup), and the items a public version withholds for them whatever the minutes write (`withholding`, confidential.ts):
 * business taken with the press and public excluded is no public business, so withholding it fails safe. Pure; reads the
 * meeting's model only; never throws.
 */
import type { Decision, Item, Meeting } from './model';
import type { Range } from './types';
import { decisionWords } from './decisionWords';

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

// the items of a meeting by number as written and by sequence, built once a meeting
const numbered = new WeakMap<Meeting, { written: Map<string, number>; seq: Map<number, number> }>();

/** The index of the item `ref` names (`7`, `083/25`, `item 7`) in the meeting, or -1. */
export function itemIndex(meeting: Meeting, ref: string): number {
  let ix = numbered.get(meeting);
  if (!ix) {
    ix = { written: new Map(), seq: new Map() };
    meeting.items.forEach((i, at) => {
      if (!i.number) return;
      const w = i.number.written.trim().replace(/[.:)]$/, '');
      if (!ix!.written.has(w)) ix!.written.set(w, at);
      if (!ix!.seq.has(i.number.seq)) ix!.seq.set(i.number.seq, at);
    });
    numbered.set(meeting, ix);
  }
  const r = ref.trim().replace(/^(?:item|minute)\s+/i, '').replace(/[.)]$/, '');
  const byWritten = ix.written.get(r);
  if (byWritten !== undefined) return byWritten;
  return /^\d+$/.test(r) ? ix.seq.get(Number(r)) ?? -1 : -1;
}

/**
 * The resolutions of the meeting that exclude the press and public, and the items each covers; `itemText` gives an item's
 * words, read for the press and public readmitted (the item that records it is public again).
 */
export function coverage(meeting: Meeting, itemText: (at: number) => string): Exclusion[] {
  const out: Exclusion[] = [];
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


/** Each meeting's items withheld for a resolution excluding the press and public, read once from the model. */
const excludedItems = new WeakMap<Meeting, ReadonlySet<Item>>();

/** Whether a resolution of the meeting excluding the press and public covers `item` (its items' titles and decisions read for the readmission). */
export function excludedByResolution(item: Item, meeting: Meeting): boolean {
  let set = excludedItems.get(meeting);
  if (set === undefined) {
    const held = new Set<Item>();
    // (most meetings exclude no one: their decisions' words are searched for the press and public before any list is made)
    if (meeting.items.some((i) => i.decisions.some((d) => MAY_EXCLUDE.test(d.text)))) {
      const words = (at: number): string => { const i = meeting.items[at]; return [i.title, ...i.decisions.map((d: Decision) => decisionWords(d))].join('\n'); };
      for (const ex of coverage(meeting, words)) for (const at of ex.covers) held.add(meeting.items[at]);
    }
    excludedItems.set(meeting, (set = held));
  }
  return set.has(item);
}
/** EXCLUDED's first test: a word it cannot match without. */
const MAY_EXCLUDE = /exclu/i;
