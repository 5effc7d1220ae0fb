/** Numbering arithmetic shared by the rules and fixes: expected numbers, the next free number. */
import type { Item, ItemNumber, Meeting, MinutesDocument } from './model';
import type { MeetingRecord, WorkspaceModel } from './workspace';
import { sameNumber, type MinuteNumber } from './numbers';

/** The two-digit year new minute numbers take: the meeting's date, else the items', else today's. */
export function meetingYear(doc: MinutesDocument, today: Date): number {
  const m = doc.meeting;
  if (m?.date) return m.date.year % 100;
  const withYear = m?.items.find((i) => i.number?.year !== undefined);
  if (withYear?.number?.year !== undefined) return withYear.number.year;
  return today.getFullYear() % 100;
}

function used(meeting: Meeting, n: MinuteNumber): boolean {
  return meeting.items.some((i) => i.number && sameNumber(i.number, n));
}

/** The number an item at `index` should carry: one more than the numbered item before it. */
export function expectedAt(doc: MinutesDocument, index: number, today: Date): MinuteNumber | undefined {
  const m = doc.meeting;
  if (!m) return undefined;
  const year = doc.scheme === 'year' ? meetingYear(doc, today) : undefined;
  // an unnumbered item between holds its place: it is about to take the number in between
  let unnumbered = 0;
  for (let k = index - 1; k >= 0; k--) {
    const n = m.items[k].number;
    if (n) return { seq: n.seq + 1 + unnumbered, year: n.year ?? year };
    unnumbered++;
  }
  return doc.scheme === 'per-meeting' ? { seq: 1 } : undefined;
}

/** A number free for the item at `index`: the expected one if unused, else one past the highest. */
export function nextFreeNumber(doc: MinutesDocument, index: number, today: Date): MinuteNumber {
  const m = doc.meeting!;
  const year = doc.scheme === 'year' ? meetingYear(doc, today) : undefined;
  const expected = expectedAt(doc, index, today);
  if (expected && !used(m, expected)) return expected;
  if (!expected) {
    // first numbered item of a year-scheme meeting: one before the next numbered item, or 001
    const later = m.items.slice(index + 1).find((i: Item) => i.number)?.number;
    const candidate = later && later.seq > 1 ? { seq: later.seq - 1, year: later.year } : { seq: 1, year };
    if (!used(m, candidate)) return candidate;
  }
  let max = 0;
  for (const i of m.items) if (i.number && i.number.year === year) max = Math.max(max, i.number.seq);
  return { seq: max + 1, year };
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
  const yy = m?.date ? m.date.year % 100 : m?.items.find((i) => i.number !== n && i.number?.year !== undefined && i.number.year >= 10)?.number?.year ?? today.getFullYear() % 100;
  return yy % 10 === n.year ? yy : undefined;
}
