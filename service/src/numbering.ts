/** Numbering arithmetic shared by the rules and fixes: expected numbers, the next free number. */
import type { Item, ItemNumber, Meeting, MinutesDocument } from './model';
import type { MeetingRecord, WorkspaceModel } from './workspace';
import type { MinuteNumber } from './numbers';
import { numberForm, seriesNumber } from './numberSchemes';

/** The two-digit year new minute numbers take: the meeting's date, else the items', else today's. */
export function meetingYear(doc: MinutesDocument, today: Date): number {
  const m = doc.meeting;
  if (m?.date) return m.date.year % 100;
  const withYear = m ? numbersOf(m).firstWithYear : -1;
  if (withYear >= 0) return m!.items[withYear].number!.year!;
  return today.getFullYear() % 100;
}

/**
 * What the numbering arithmetic asks of a meeting's items again and again, worked out in one pass
 * over them: asked once per item by the rules, a scan of all the items each time would make a
 * meeting of 20,000 items take minutes (issue 17). Items never change once parsed, and an edit
 * gives the meeting a new list of items, so the list keys it.
 */
export interface ItemNumbers {
  /** The index of the first item carrying each number (`numberKey`). */
  readonly first: ReadonlyMap<string, number>;
  /** The highest sequence number used in each year (undefined: numbers without a year). */
  readonly highest: ReadonlyMap<number | undefined, number>;
  /** For each index, the index of the nearest numbered item before it, or -1. */
  readonly before: Int32Array;
  /** For each index, the index of the nearest numbered item after it, or -1. */
  readonly after: Int32Array;
  /** The first item whose number has a year, and the first two whose year has two digits; -1 for none. */
  readonly firstWithYear: number;
  readonly withFullYear: readonly number[];
}

/** One key per minute number: equal keys for numbers `sameNumber` finds equal. */
export function numberKey(n: MinuteNumber): string {
  return n.year === undefined ? `${n.seq}` : `${n.seq}/${n.year}`;
}

const itemNumbers = new WeakMap<readonly Item[], ItemNumbers>();

export function numbersOf(meeting: Meeting): ItemNumbers {
  const items = meeting.items;
  let found = itemNumbers.get(items);
  if (found) return found;
  const first = new Map<string, number>();
  const highest = new Map<number | undefined, number>();
  const before = new Int32Array(items.length);
  const after = new Int32Array(items.length);
  let firstWithYear = -1;
  const withFullYear: number[] = [];
  let last = -1;
  for (let k = 0; k < items.length; k++) {
    before[k] = last;
    const n = items[k].number;
    if (!n) continue;
    last = k;
    const key = numberKey(n);
    if (!first.has(key)) first.set(key, k);
    highest.set(n.year, Math.max(highest.get(n.year) ?? 0, n.seq));
    if (n.year !== undefined && firstWithYear < 0) firstWithYear = k;
    if (n.year !== undefined && n.year >= 10 && withFullYear.length < 2) withFullYear.push(k);
  }
  last = -1;
  for (let k = items.length - 1; k >= 0; k--) {
    after[k] = last;
    if (items[k].number) last = k;
  }
  found = { first, highest, before, after, firstWithYear, withFullYear };
  itemNumbers.set(items, found);
  return found;
}

function used(meeting: Meeting, n: MinuteNumber): boolean {
  return numbersOf(meeting).first.has(numberKey(n));
}

/** The number an item at `index` should carry: one more than the numbered item before it. */
export function expectedAt(doc: MinutesDocument, index: number, today: Date): MinuteNumber | undefined {
  const m = doc.meeting;
  if (!m) return undefined;
  const year = doc.scheme === 'year' ? meetingYear(doc, today) : undefined;
  // an unnumbered item between holds its place: it is about to take the number in between
  const k = index <= 0 ? -1 : index < m.items.length ? numbersOf(m).before[index] : lastNumbered(m);
  if (k >= 0) {
    const n = m.items[k].number!;
    // in the previous number's own form: `PC24/062` after `PC24/061` (nothing more for `NNN/YY` and `3.`)
    // (numberForm's object is a fresh one: completed in place, not spread into another, for every item)
    // (after a reserved minute, `R5122`, the running numbers' own form: `5123`)
    const expected: { -readonly [K in keyof MinuteNumber]?: MinuteNumber[K] } = numberForm(seriesNumber(n));
    expected.seq = n.seq + 1 + (index - 1 - k);
    expected.year = n.year ?? year;
    return expected as MinuteNumber;
  }
  if (doc.scheme !== 'per-meeting') return undefined;
  // the meeting's first number, in the form the board writes its numbers (`1.0` where the items are
  // `2.0`, `3.0`; `Item 1`): the form of this item's number, or of the next numbered item's
  const here = index >= 0 && index < m.items.length ? m.items[index].number : undefined;
  const next = here ?? (index >= 0 && index < m.items.length && numbersOf(m).after[index] >= 0 ? m.items[numbersOf(m).after[index]].number : undefined);
  const first: { -readonly [K in keyof MinuteNumber]?: MinuteNumber[K] } = next ? numberForm(next) : {};
  first.seq = 1;
  return first as MinuteNumber;
}

/** A number free for the item at `index`: the expected one if unused, else one past the highest. */
export function nextFreeNumber(doc: MinutesDocument, index: number, today: Date): MinuteNumber {
  const m = doc.meeting!;
  const year = doc.scheme === 'year' ? meetingYear(doc, today) : undefined;
  const expected = expectedAt(doc, index, today);
  if (expected && !used(m, expected)) return expected;
  if (!expected) {
    // first numbered item of a year-scheme meeting: one before the next numbered item, or 001
    const next = index >= 0 && index < m.items.length ? numbersOf(m).after[index] : -1;
    const later = next >= 0 ? m.items[next].number : undefined;
    const candidate = later && later.seq > 1 ? { seq: later.seq - 1, year: later.year } : { seq: 1, year };
    if (!used(m, candidate)) return candidate;
  }
  return { seq: (numbersOf(m).highest.get(year) ?? 0) + 1, year };
}

/** The index of the last numbered item, or -1. */
function lastNumbered(m: Meeting): number {
  const n = m.items.length;
  return n === 0 ? -1 : m.items[n - 1].number ? n - 1 : numbersOf(m).before[n - 1];
}

/**
 * The meeting before the one on `date` in the same calendar year, and the last minute number it
 * used: numbering continues across a year's meetings, so the next meeting starts one past it.
 */
export function previousInYear(model: WorkspaceModel, uri: string, date: string): { record: MeetingRecord; last: MinuteNumber } | undefined {
  const year = date.slice(0, 4);
  const record = model.meetings.filter((r) => r.uri !== uri && r.date && r.date < date && r.date.slice(0, 4) === year).pop();
  if (!record) return undefined;
  const yy = Number(year) % 100;
  const last = [...record.meeting.items].reverse().find((i) => i.number?.year === yy)?.number;
  return last ? { record, last: { seq: last.seq, year: last.year } } : undefined;
}

/** The number the first item of a meeting on `date` should carry: one past the previous meeting of the year, else 001. */
export function firstNumberOn(model: WorkspaceModel | undefined, uri: string, date: string | undefined, year: number): MinuteNumber {
  const previous = model && date ? previousInYear(model, uri, date) : undefined;
  return previous ? { seq: previous.last.seq + 1, year } : { seq: 1, year };
}

/**
 * The year a malformed year-scheme number stands for: `081/2022` and `115/2 3` say it; `119/2`
 * with no second digit takes the meeting's year when that ends in the digit, else nobody can tell.
 */
export function canonicalYear(n: ItemNumber, doc: MinutesDocument, today: Date): number | undefined {
  if (n.year === undefined) return undefined;
  const written = n.written.replace(/\s+/g, ' ');
  if (n.year >= 10 || /\d\s\d$/.test(written) || /\d{4}$/.test(written)) return n.year;
  // the year of the meeting, or of a well-written number; never the digit of this very number
  const m = doc.meeting;
  const full = m && !m.date ? numbersOf(m).withFullYear.find((k) => m.items[k].number !== n) : undefined;
  const yy = m?.date ? m.date.year % 100 : full !== undefined ? m!.items[full].number!.year! : today.getFullYear() % 100;
  return yy % 10 === n.year ? yy : undefined;
}
