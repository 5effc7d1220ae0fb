/**
 * The board's calendar (iCalendar, RFC 5545, written by `ical-generator`, which builds the text in
 * memory): the meetings to come (meetings of the folder dated today or later, and the dates given
 * by `Next meeting:` lines) and the due dates of the actions still open, as all-day events.
 *
 * Made from the open-data record (`record.ts`), so the public version (the default) holds nothing
 * the public minutes withhold. Each event's UID is made from what identifies it in the minutes
 * (the meeting's date and title, the action's reference), so importing the calendar again
 * updates the events instead of adding copies.
 *
 * The library is loaded on the first calendar, not when the server starts (about 50 ms a launch,
 * as `docx` for Word).
 */
import type { MinutesRecord, RecordAction, RecordMeeting } from './record';
import { slug } from './record';
import { displayDate, type DateOrder } from '../dates';
import { ownerMatches } from '../workspace';
import { withoutBidi } from './escape';
import { isOpenStatus } from '../actionStatus';

export interface CalendarOptions {
  /** Only the actions of this owner (name, initials or role, part of it will do, as `minutes actions --owner`). */
  readonly owner?: string;
  readonly dateOrder?: DateOrder;
}

const PRODUCT = { company: 'Minutes', product: 'Minutes', language: 'EN' };

/** A date (`2022-12-20`) as the all-day event's first day and the day after (an all-day event ends, exclusive, the next day). */
function day(iso: string): { start: Date; end: Date } {
  const [y, m, d] = iso.split('-').map(Number);
  return { start: new Date(Date.UTC(y, m - 1, d)), end: new Date(Date.UTC(y, m - 1, d + 1)) };
}

/** The UID of a meeting: its date and the board's title, the same whether the date came from a `Next meeting:` line or the meeting's own file. */
export function meetingUid(date: string, title: string): string {
  return `meeting-${date}.${slug(title) || 'board'}@minutes`;
}

/** The UID of an action's due date: its reference (identifier) and the board's title. */
export function actionUid(action: RecordAction, boardTitle: string): string {
  return `action-${slug(action.id)}.${slug(boardTitle) || 'board'}@minutes`;
}

/** One event of the calendar, as data (the tests read these back from the text). */
export interface CalendarEvent {
  readonly uid: string;
  readonly date: string;
  readonly summary: string;
  readonly description: string;
  readonly location?: string;
}

/** The events of the calendar: meetings from `today` on, then the due dates of open actions (overdue ones too). */
export function calendarEvents(record: MinutesRecord, options: CalendarOptions = {}): CalendarEvent[] {
  const order = options.dateOrder ?? 'dmy';
  const today = record.asOf;
  const events: CalendarEvent[] = [];
  const meetingsByDate = new Map<string, RecordMeeting>();
  for (const m of record.meetings) if (m.date && !meetingsByDate.has(m.date)) meetingsByDate.set(m.date, m);
  const seen = new Set<string>();
  for (const m of record.meetings) {
    if (m.date && m.date >= today) {
      const uid = meetingUid(m.date, m.title);
      if (!seen.has(uid)) {
        seen.add(uid);
        events.push({
          uid, date: m.date, summary: m.title,
          description: [m.time ? `Time: ${m.time}` : '', m.chair ? `Chair: ${m.chair}` : ''].filter(Boolean).join('\n'),
          ...(m.location ? { location: m.location } : {}),
        });
      }
    }
    // the next meeting a meeting's minutes name, when the folder does not hold it yet
    if (m.nextMeeting && m.nextMeeting >= today && !meetingsByDate.has(m.nextMeeting)) {
      const uid = meetingUid(m.nextMeeting, m.title);
      if (seen.has(uid)) continue;
      seen.add(uid);
      events.push({ uid, date: m.nextMeeting, summary: m.title, description: `Next meeting, as given in the minutes of ${m.date ? displayDate(m.date, order) : m.title}.` });
    }
  }
  const meetings = new Map(record.meetings.map((m) => [m.id, m]));
  const items = new Map(record.items.map((i) => [i.id, i]));
  for (const a of record.actions) {
    if (!a.dueDate || !isOpenStatus(a.status)) continue;
    if (options.owner !== undefined && !ownerMatches(a.owners.flatMap((o) => [o.written, o.name]), options.owner)) continue;
    const m = meetings.get(a.meeting);
    const item = items.get(a.item);
    const owners = a.owners.map((o) => o.name).join(', ');
    events.push({
      uid: actionUid(a, m?.title ?? ''), date: a.dueDate,
      summary: `${a.ref} · ${owners ? `${owners}: ` : ''}${a.text}`,
      description: [
        `Action ${a.ref} of the meeting of ${m?.date ? displayDate(m.date, order) : m?.title ?? ''}${m?.date ? ` (${m.title})` : ''}`,
        item ? `Item ${item.number ?? ''}${item.title ? ` ${item.title}` : ''}`.replace(/\s+/g, ' ').trim() : '',
        `Status: ${a.status}${a.overdue ? ' (overdue)' : ''}`,
        a.due && a.due !== displayDate(a.dueDate, order) ? `Due: ${a.due}` : '',
      ].filter(Boolean).join('\n'),
    });
  }
  return events;
}

const loadIcal = () => import('ical-generator');

/** The calendar as iCalendar text. `stamp` is when it was made (the events' DTSTAMP). */
export async function buildCalendar(record: MinutesRecord, stamp: Date, options: CalendarOptions = {}): Promise<string> {
  const ical = (await loadIcal()).default;
  const title = record.meetings.length > 0 ? record.meetings[record.meetings.length - 1].title : 'Minutes';
  const cal = ical({ prodId: PRODUCT, name: withoutBidi(options.owner ? `${title} – ${options.owner}` : title) });
  for (const e of calendarEvents(record, options)) {
    const { start, end } = day(e.date);
    cal.createEvent({
      id: e.uid, start, end, allDay: true, stamp, summary: withoutBidi(e.summary), description: withoutBidi(e.description),
      ...(e.location ? { location: withoutBidi(e.location) } : {}),
    });
  }
  return cal.toString();
}
