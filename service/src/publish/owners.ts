/**
 * Owners and due dates as the published record prints them. The note taker types `JH`, `SG`,
 * `Chief Executive` or `Cllr Zaffar`; the reader of the minutes needs the person: a mention that
 * the meeting's lists resolve (`attendance.ts`) is published by the name as the attendance table
 * prints it ("Jane Hill"), and a role held by someone in the lists as the role with the holder in
 * brackets ("Chief Executive (Jane Hill)"). Someone the minutes say joined the meeting ("Cllr Waseem
 * Zaffar joined the meeting at 21:23") but who is not in the lists yet is published as the arrival
 * names them ("Cllr Zaffar" becomes "Cllr Waseem Zaffar"). A body, a role nobody in the lists holds, or a mention
 * the lists do not resolve is published as typed. `Due: next meeting` is published as the next
 * meeting's date when the minutes give it (`Next meeting:`).
 */
import type { DueDate, Meeting, Mention } from '../model';
import { resolveMention } from '../attendance';
import { joinedAs } from '../arrivals';
import { displayDate, type DateOrder } from '../dates';

/** One owner as published. */
export function publishedOwner(mention: Mention, meeting: Meeting): string {
  const typed = mention.text.trim();
  const r = resolveMention(mention.text, meeting);
  if (r.kind === 'person') return r.person.written.trim();
  if (r.kind === 'role' && r.person) {
    const holder = r.person.written.trim();
    return holder.toLowerCase() === typed.toLowerCase() ? holder : `${typed} (${holder})`;
  }
  if (r.kind === 'unknown') return joinedAs(typed, meeting) ?? typed;
  return typed;
}

/** The due date as published: `next meeting` becomes the next meeting's date when it is known (`nextIso`). */
export function publishedDue(due: DueDate | undefined, nextIso: string | undefined, order: DateOrder): string | undefined {
  if (!due) return undefined;
  if (due.nextMeeting && !due.date && nextIso) return displayDate(nextIso, order);
  return due.text;
}
