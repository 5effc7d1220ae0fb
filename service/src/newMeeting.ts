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
import { addWeeks } from 'date-fns/addWeeks';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { OPEN_STATUSES } from './actionStatus';
import { isUnnumberedRef } from './unnumbered';
import { mentionsNextMeeting } from './constructs';

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

/**
 * Last time's members (present and apologies alike) and officers as checklists the clerk moves
 * from, above empty `Present:` and `Apologies:`: who came is not known until the meeting starts,
 * and the checklists are never published (toConfirm.ts).
 */
function peopleBlocks(meeting: Meeting | undefined): string[] {
  const members = (meeting?.people ?? []).filter((b) => b.kind !== 'inAttendance').flatMap((b) => b.people);
  const attending = (meeting?.people ?? []).filter((b) => b.kind === 'inAttendance').flatMap((b) => b.people);
  const unique = (ps: Person[]): Person[] => ps.filter((p, i) => ps.findIndex((q) => q.name.display === p.name.display) === i);
  const officers = unique(attending).filter((p) => !members.some((q) => q.name.display === p.name.display));
  return [
    ...(members.length ? [CANONICAL.membersToConfirm, ...unique(members).map(personLine), ''] : []),
    ...(officers.length ? [CANONICAL.officersToConfirm, ...officers.map(personLine), ''] : []),
    CANONICAL.blocks.present, '',
    CANONICAL.blocks.apologies, '',
    ...(officers.length ? [CANONICAL.blocks.inAttendance, ''] : []),
  ];
}

/**
 * The next meeting's minutes from the latest one. With this meeting's agenda (`agenda`, dated the
 * new meeting's date), its items are the body, numbered on, with their presenters.
 */
export function newMeetingAfterLatest(model: WorkspaceModel, iso: string, order: DateOrder, agenda?: Agenda): NewMeeting | { error: string } {
  const latest = latestMeeting(model);
  if (latest?.date && iso <= latest.date) {
    return { error: `The latest meeting is on ${displayDate(latest.date, order)}: the new meeting's date must come after it.` };
  }
  const m = latest?.meeting;
  const year = Number(iso.slice(2, 4));
  const perMeeting = m?.items.some((i) => i.number) && m.items.every((i) => !i.number || i.number.year === undefined);
  let n: MinuteNumber = perMeeting ? { seq: 1 } : firstNumberOn(model, '', iso, year);
  const item = (title: string): string => { const head = `${formatNumber(n)} ${title}`; n = { seq: n.seq + 1, year: n.year }; return head; };
  const carried = filterActions(model.actions, { status: OPEN_STATUSES }).filter((a) => a.meetingDate !== undefined && a.meetingDate < iso && !isUnnumberedRef(a.ref));
  // a confidential item's actions are carried under a confidential item, which the public version withholds
  const open = carried.filter((a) => !a.confidential);
  const held = carried.filter((a) => a.confidential);
  // each open action, to be changed to DONE, DROPPED or left carried forward as the Board hears
  const chase = open.length ? open.map((a) => carriedForward(a, order, iso)) : ['There were no outstanding actions.'];
  const lines = [
    `${CANONICAL.titlePrefix}${latest?.title ?? 'Meeting'}`,
    `${CANONICAL.date} ${displayDate(iso, order)}`,
    ...(m?.time ? [`Time: ${m.time.value}`] : []),
    ...(m?.location ? [`Location: ${m.location.value}`] : []),
    ...(m?.chair ? [`Chair: ${m.chair.value}`] : []),
    '',
    ...peopleBlocks(m),
    ...(agenda ? agendaBody(agenda, item, chase, order) : [
      item('Apologies'), '',
      item('Notes of the Last Meeting'), '',
      item('Actions from Previous Meetings'), ...chase, '',
    ]),
    ...(held.length ? [item('[confidential] Confidential Actions from Previous Meetings'), ...held.map((a) => `${a.ref} CARRIED FORWARD: ${a.text}`), ''] : []),
  ];
  return { text: `${lines.join("\n").trimEnd()}\n`, fileName: `${iso}.minutes`, after: latest?.uri };
}

/** A title that is the agenda's item for last time's actions ("Actions from Previous Meetings", "Action Log"). */
const ACTIONS_TITLE = /\bactions?\b/i;

/**
 * The agenda's items as the body; the open actions under its actions item, or, when it has none,
 * under an item of their own after the agenda's: no action to chase is left out.
 */
function agendaBody(agenda: Agenda, item: (title: string) => string, chase: readonly string[], order: DateOrder): string[] {
  const at = agenda.items.findIndex((i) => ACTIONS_TITLE.test(i.title));
  const body = agendaItems(agenda, item, order, (index) => (index === at ? chase : []));
  return at >= 0 ? body : [...body, item('Actions from Previous Meetings'), ...chase, ''];
}

/**
 * `075/22-A1 CARRIED FORWARD: Report on fuel costs. (Mark Kenyon, due 27/09/2022)`: what is known
 * of the owner (by full name where the lists say who it is) and the due date, and nothing where
 * nothing is known: this line is published, and "no owner, due not set" is not minutes.
 * `Due: next meeting` not yet resolved (no later meeting in the folder) is due at this new meeting
 * (`iso`): "due next meeting" read in that very meeting would send the clerk looking one further.
 */
function carriedForward(a: ActionRecord, order: DateOrder, iso: string): string {
  const owners = (a.ownerNames.length ? a.ownerNames : a.owners).join(', ');
  const dueIso = a.dueDate ?? (a.due && mentionsNextMeeting(a.due) ? iso : undefined);
  const due = dueIso ? displayDate(dueIso, order) : a.due?.trim();
  const known = [owners, due ? `due ${due}` : ''].filter((x) => x);
  return `${a.ref} CARRIED FORWARD: ${a.text}${known.length ? ` (${known.join(', ')})` : ''}`;
}

/**
 * Each agenda item as a numbered item under its section, with `Presented by:` when the agenda
 * names a presenter; `under` gives lines to write below an item (the actions to chase).
 */
function agendaItems(agenda: Agenda, item: (title: string) => string, order: DateOrder, under: (index: number) => readonly string[] = () => []): string[] {
  const lines: string[] = [];
  const sections = [...agenda.sections].sort((a, b) => a.range.start.line - b.range.start.line);
  let s = 0;
  agenda.items.forEach((a, index) => {
    while (s < sections.length && sections[s].range.start.line < a.range.start.line) lines.push(`${CANONICAL.sectionPrefix}${sections[s++].value}`, '');
    const nm = NEXT_MEETING_TITLE.exec(a.title);
    const nextDate = nm ? findDate(nm[1], order) : undefined;
    lines.push(item(nm ? 'Date of the Next Meeting' : a.title));
    if (a.presenters.length) lines.push(`${CANONICAL.presentedBy} ${a.presenters.map((p) => p.text).join(', ')}`);
    if (nextDate && !nextDate.problem) lines.push(`${CANONICAL.nextMeeting} ${displayDate(isoDate(nextDate.year, nextDate.month, nextDate.day), order)}`);
    else if (nm && nm[1].trim()) lines.push(`${CANONICAL.nextMeeting} ${nm[1].trim()}`);
    lines.push(...under(index), '');
  });
  while (s < sections.length) lines.push(`${CANONICAL.sectionPrefix}${sections[s++].value}`, '');
  return lines;
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
  const lines: string[] = [
    `${CANONICAL.titlePrefix}${agenda.title?.value ?? 'Meeting'}`,
    ...(iso ? [`${CANONICAL.date} ${displayDate(iso, order)}`] : [`${CANONICAL.date} `]),
    '',
    CANONICAL.blocks.present, '',
    CANONICAL.blocks.apologies, '',
  ];
  const item = (title: string): string => { const head = `${formatNumber(n)} ${title}`; n = { seq: n.seq + 1, year: n.year }; return head; };
  lines.push(...agendaItems(agenda, item, order));
  return { text: `${lines.join('\n').trimEnd()}\n`, fileName: `${iso ?? 'new-meeting'}.minutes` };
}
