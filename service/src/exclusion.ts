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

// (and `the public be excluded`, a parish's: no press named)
const EXCLUDED = /\bexclu\w*\s+(?:the\s+)?(?:members\s+of\s+the\s+)?public\b|\b(?:the\s+)?public\s+be\s+excluded\b|\bexclu\w*\b[^.]{0,40}\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\b|\b(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press)\b[^.]{0,40}\bexclu/i;
// (the press and public readmitted, never someone else: `That the pupil be readmitted` is an exempt item's own decision)
const READMITTED = /\b(?:press|public)\b[^.]{0,40}\b(?:re-?admitted|readmitted|returned|rejoined|re-?entered|invited[ \t]+back)\b|\b(?:re-?admit(?:ted)?|readmit(?:ted)?)\b[^.]{0,20}\b(?:press|public)\b/i;
/** An item that is the readmission itself (`Readmission of the press and public`), no business of its own. */
const READMISSION_TITLE = /^[^.]{0,20}\b(?:re-?admission|readmi(?:t|ssion))\b/i;
const CITED = /\bparagraphs?\s+\d+[a-z]?(?:\s*(?:,|and|&|or)\s*\d+[a-z]?)*(?:\s+of\s+Part\s+(?:1|I|One))?\s+of\s+Schedule\s+12\s?A\b/i;
/** What follows the resolution, one item or more (`the following item`, `the remaining business`), and more than one (`the following items`, `the items in Part 2`). */
const AFTER = String.raw`\b(?:following|remaining|next|subsequent)\s+(?:\w+\s+)?`;
const TO_THE_END = String.raw`|\bremainder\b|\brest\s+of\s+the\s+meeting\b`;
const FOLLOWING = new RegExp(String.raw`${AFTER}(?:items?|business|matters?|reports?)\b${TO_THE_END}`, 'i');
const REST = new RegExp(String.raw`${AFTER}(?:items|business|matters|reports)\b${TO_THE_END}|\bitems?\s+(?:in|under|of)\s+part\b`, 'i');
/** Items a resolution names by number, whatever they are (NAMED's, one test). */
const NAMED_ITEMS = /\b(?:items|minutes)\s+[A-Za-z]*\d/i;
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
      // (only items after the resolution: a number behind it, `item 2 of the meeting of 1 April`, is another meeting's or a reference)
      if (at <= self) continue;
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
    // the items it names, and those `the following item(s)` gives as well (withholding fails safe: a number it cites may be
    // another meeting's, `item 2 of the meeting of 1 April`)
    const covers = new Set(named(meeting, r.text, at));
    const following = covers.size === 0 || FOLLOWING.test(r.text);
    if (following) {
      // (every item after it, until the press and public are readmitted: `the following items`, `the items in Part 2 of the agenda`,
      // or items it numbers that this meeting's numbers do not name, `agenda items 12 and 13`: withholding fails safe)
      const rest = REST.test(r.text) || (covers.size === 0 && NAMED_ITEMS.test(r.text));
      for (let j = at + 1; j < meeting.items.length; j++) {
        // the item that is the readmission is public again; one that records it at its end was taken in private up to then
        const words = itemText(j);
        const back = words.search(READMITTED);
        if (back >= 0) {
          // (readmitted at its start, `Public participation` ⏎ `The press and public were readmitted.`, the item is public; after
          // business of its own, `RESOLVED that the depot be sold …` ⏎ `RESOLVED that the press and public be readmitted`, it was private)
          const title = meeting.items[j].title;
          const before = words.slice(0, back).replace(title, ' ');
          if (!READMISSION_TITLE.test(title) && (before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 4) covers.add(j);
          break;
        }
        // (a later resolution excluding them covers what follows it: each item is asked by one resolution, not by every one before it)
        if (j > at + 1 && rest && excludesHere(meeting, j)) break;
        covers.add(j);
        if (!rest) break;
      }
    }
    const reason = citedReason(r.text);
    out.push({ index: at, range: r.range, covers: [...covers].sort((a, b) => a - b), ...(reason ? { reason } : {}) });
  });
  return out;
}


/** Whether item `j` holds a resolution excluding the press and public of its own. */
function excludesHere(meeting: Meeting, j: number): boolean {
  return meeting.items[j].decisions.some((d) => excludesPublic(d.text));
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
