/**
 * New meetings: the next meeting's minutes from the latest one (title, people as a starting point,
 * every open action to chase, numbering continuing), and a minutes skeleton from an agenda
 * (numbered items with their titles and presenters, in the agenda's sections).
 */
import type { Agenda, Meeting, Person } from './model';
import type { ActionRecord, WorkspaceModel, MeetingRecord } from './workspace';
import { CANONICAL } from './markup';
import { displayDate, findDate, isoDate, type DateOrder } from './dates';
import { firstNumberOn } from './numbering';
import { formatNumber, type MinuteNumber } from './numbers';
import { filterActions } from './workspace';
import { addWeeks, formatISO, parseISO } from 'date-fns';

export interface NewMeeting {
  readonly text: string;
  /** `2022-11-22.minutes`: the date first, so that files sort by date. */
  readonly fileName: string;
  /** The meeting it follows, whose folder the new file goes in. */
  readonly after?: string;
}

/** The latest meeting by date, the one a new meeting follows. */
export function latestMeeting(model: WorkspaceModel): MeetingRecord | undefined {
  return [...model.meetings].reverse().find((r) => r.date);
}

/** The date to offer for the next meeting: the `Next meeting:` of the latest, else four weeks after it, else today. */
export function suggestedDate(model: WorkspaceModel): string {
  const latest = latestMeeting(model);
  const next = latest?.meeting.nextMeeting?.iso;
  if (latest?.date && next && next > latest.date) return next;
  if (latest?.date) return formatISO(addWeeks(parseISO(latest.date), 4), { representation: 'date' });
  return model.today;
}

/** Reads the date a clerk typed for a new meeting: any form the `Date:` field accepts. */
export function readMeetingDate(text: string, order: DateOrder): { iso: string } | { error: string } {
  const d = findDate(text.trim(), order);
  if (!d) return { error: `"${text}" is not a date: type it as 27/09/2022, 2022-09-27 or 27 September 2022.` };
  if (d.problem) return { error: `${d.problem}. Type the meeting's date, such as 27/09/2022.` };
  return { iso: isoDate(d.year, d.month, d.day) };
}

function personLine(p: Person): string {
  return `${p.name.display}${p.initials ? ` (${p.initials})` : ''}${p.role ? `${CANONICAL.personSeparator}${p.role}` : ''}`;
}

/** Everyone present or sending apologies last time, under Present: for the clerk to move as people arrive. */
function peopleBlocks(meeting: Meeting | undefined): string[] {
  const members = (meeting?.people ?? []).filter((b) => b.kind !== 'inAttendance').flatMap((b) => b.people);
  const attending = (meeting?.people ?? []).filter((b) => b.kind === 'inAttendance').flatMap((b) => b.people);
  const unique = (ps: Person[]): Person[] => ps.filter((p, i) => ps.findIndex((q) => q.name.display === p.name.display) === i);
  return [
    CANONICAL.blocks.present, ...unique(members).map(personLine), '',
    CANONICAL.blocks.apologies, '',
    ...(attending.length ? [CANONICAL.blocks.inAttendance, ...unique(attending).map(personLine), ''] : []),
  ];
}

export function newMeetingAfterLatest(model: WorkspaceModel, iso: string, order: DateOrder): NewMeeting | { error: string } {
  const latest = latestMeeting(model);
  if (latest?.date && iso <= latest.date) {
    return { error: `The latest meeting is on ${displayDate(latest.date, order)}: the new meeting's date must come after it.` };
  }
  const m = latest?.meeting;
  const year = Number(iso.slice(2, 4));
  const perMeeting = m?.items.some((i) => i.number) && m.items.every((i) => !i.number || i.number.year === undefined);
  let n: MinuteNumber = perMeeting ? { seq: 1 } : firstNumberOn(model, '', iso, year);
  const item = (title: string): string => { const head = `${formatNumber(n)} ${title}`; n = { seq: n.seq + 1, year: n.year }; return head; };
  const carried = filterActions(model.actions, { status: ['open', 'carried forward'] }).filter((a) => a.meetingDate !== undefined && a.meetingDate < iso && !a.ref.startsWith('('));
  // a confidential item's actions are carried under a confidential item, which the public version withholds
  const open = carried.filter((a) => !a.confidential);
  const held = carried.filter((a) => a.confidential);
  const lines = [
    `${CANONICAL.titlePrefix}${latest?.title ?? 'Meeting'}`,
    `${CANONICAL.date} ${displayDate(iso, order)}`,
    ...(m?.time ? [`Time: ${m.time.value}`] : []),
    ...(m?.location ? [`Location: ${m.location.value}`] : []),
    ...(m?.chair ? [`Chair: ${m.chair.value}`] : []),
    '',
    ...peopleBlocks(m),
    item('Apologies'), '',
    item('Notes of the Last Meeting'), '',
    item('Actions from Previous Meetings'),
    // each open action, to be changed to DONE, DROPPED or left carried forward as the Board hears
    ...(open.length ? open.map((a) => carriedForward(a, order)) : ['There were no outstanding actions.']),
    '',
    ...(held.length ? [item('[confidential] Confidential Actions from Previous Meetings'), ...held.map((a) => `${a.ref} CARRIED FORWARD: ${a.text}`), ''] : []),
  ];
  return { text: `${lines.join("\n").trimEnd()}\n`, fileName: `${iso}.minutes`, after: latest?.uri };
}

/**
 * `075/22-A1 CARRIED FORWARD: Report on fuel costs. (Mark Kenyon, due 27/09/2022)`: what is known
 * of the owner (by full name where the lists say who it is) and the due date, and nothing where
 * nothing is known: this line is published, and "no owner, due not set" is not minutes.
 */
function carriedForward(a: ActionRecord, order: DateOrder): string {
  const owners = (a.ownerNames.length ? a.ownerNames : a.owners).join(', ');
  const due = a.dueDate ? displayDate(a.dueDate, order) : a.due?.trim();
  const known = [owners, due ? `due ${due}` : ''].filter((x) => x);
  return `${a.ref} CARRIED FORWARD: ${a.text}${known.length ? ` (${known.join(', ')})` : ''}`;
}

/** Item titles of an agenda that name the next meeting's date: "Date of the next meeting: 27th February 2024". */
const NEXT_MEETING_TITLE = /^date of (?:the )?next meeting\b[:\s]*(.*)$/i;

/**
 * A minutes skeleton from an agenda: the header with the agenda's title and date, empty lists,
 * and each agenda item as a numbered item under its section, with `Presented by:` when the agenda
 * names a presenter. Numbering continues from the previous meeting of the year.
 */
export function minutesFromAgenda(agenda: Agenda, model: WorkspaceModel | undefined, uri: string, order: DateOrder, perMeeting = false): NewMeeting {
  const iso = agenda.date?.iso;
  const year = Number((iso ?? model?.today ?? '2000').slice(2, 4));
  let n: MinuteNumber = perMeeting ? { seq: 1 } : firstNumberOn(model, uri, iso, year);
  const sections = [...agenda.sections].sort((a, b) => a.range.start.line - b.range.start.line);
  const lines: string[] = [
    `${CANONICAL.titlePrefix}${agenda.title?.value ?? 'Meeting'}`,
    ...(iso ? [`${CANONICAL.date} ${displayDate(iso, order)}`] : [`${CANONICAL.date} `]),
    '',
    CANONICAL.blocks.present, '',
    CANONICAL.blocks.apologies, '',
  ];
  let s = 0;
  for (const item of agenda.items) {
    while (s < sections.length && sections[s].range.start.line < item.range.start.line) lines.push(`${CANONICAL.sectionPrefix}${sections[s++].value}`, '');
    const next = NEXT_MEETING_TITLE.exec(item.title);
    const nextDate = next ? findDate(next[1], order) : undefined;
    lines.push(`${formatNumber(n)} ${next ? 'Date of the Next Meeting' : item.title}`);
    n = { seq: n.seq + 1, year: n.year };
    if (item.presenters.length) lines.push(`${CANONICAL.presentedBy} ${item.presenters.map((p) => p.text).join(', ')}`);
    if (nextDate && !nextDate.problem) lines.push(`${CANONICAL.nextMeeting} ${displayDate(isoDate(nextDate.year, nextDate.month, nextDate.day), order)}`);
    else if (next && next[1].trim()) lines.push(`${CANONICAL.nextMeeting} ${next[1].trim()}`);
    lines.push('');
  }
  while (s < sections.length) lines.push(`${CANONICAL.sectionPrefix}${sections[s++].value}`, '');
  return { text: `${lines.join('\n').trimEnd()}\n`, fileName: `${iso ?? 'new-meeting'}.minutes` };
}
