/**
 * The board's record as open data: meetings, items, people and their attendance, actions with
 * their history across meetings, and decisions (with the vote where the decision records one),
 * each with a stable identifier, from the workspace model. Pure: meetings in, data out; the
 * command line and the server write it (JSON here, one CSV per kind in `recordCsv.ts`; the
 * calendar in `calendar.ts` reads this too). The shape is `docs/schema/minutes-record.schema.json`.
 *
 * The public version (the default) holds nothing the public minutes withhold (`confidential.ts`):
 * a withheld item keeps its minute number and the documented reason, nothing else; its actions,
 * decisions, a next-meeting date read from it and what it said of other actions are left out (as
 * in the public action log, the status it gave stands, without its note).
 *
 * Identifiers are made from what the clerk writes and cites, so that they stay the same from one
 * export to the next: a meeting by its date (`2022-11-22`), an item by its minute number where the
 * number carries its year (`081/22`, `PC24/061`), otherwise by meeting and number (`2022-11-22/3`),
 * an action by its reference (`081/22-A1`), a decision by its item and place (`081/22-D1`), a
 * person by their name (`jane-hill`).
 */
import type { Decision, Item, Meeting, Person } from '../model';
import type { ActionStatus, MeetingRecord, WorkspaceModel } from '../workspace';
import type { BlockKind } from '../markup';
import { numberLabel } from '../numbers';
import { resolveMention } from '../attendance';
import { withholding } from '../confidential';
import { meetingStatus } from '../minutesStatus';
import { matchVote } from '../forms/votes';
import { publishableNextMeeting, publishedRole, type PublishVersion } from './render';
import { publishedOwner } from './owners';
import { stringsWithoutBidi } from './escape';
import { isOpenStatus } from '../actionStatus';
import { decisionWords } from '../decisionWords';

/** The version of the data's shape; a change that drops or renames a field raises it. */
export const RECORD_FORMAT_VERSION = 1;

export type RecordMeetingStatus = 'draft' | 'approved' | 'published' | 'unstated';

export interface RecordMeeting {
  /** The meeting's date (`2022-11-22`); a second meeting that day `2022-11-22~2`; undated: `undated:<file name>`. */
  readonly id: string;
  /** The file's name, without its folder. */
  readonly file: string;
  readonly date?: string;
  readonly title: string;
  readonly time?: string;
  readonly location?: string;
  readonly chair?: string;
  /** Its `Status:` line (draft, approved, published), or approved when a later meeting approved the minutes. */
  readonly status: RecordMeetingStatus;
  /** The `Status:` line as written (`Approved 24/10/2022`). */
  readonly statusWritten?: string;
  /** The meeting whose minutes approved these, when the folder holds it. */
  readonly approvedAt?: { readonly meeting: string; readonly date?: string };
  /** `Next meeting:` as a date. */
  readonly nextMeeting?: string;
}

export interface RecordItem {
  /** `081/22`, or `2022-11-22/3` for a number without a year; an item with no number: `2022-11-22/item-4` (its place). */
  readonly id: string;
  readonly meeting: string;
  /** The minute number, normalised (`081/22`); absent for an item not numbered. */
  readonly number?: string;
  /** The minute number as written (`081/22`, `3.`, `Item 3`). */
  readonly written?: string;
  /** The number as a web anchor (`081-22`), as the website uses. */
  readonly anchor: string;
  /** Absent when withheld from the public version. */
  readonly title?: string;
  readonly section?: string;
  /** Withheld from the public version: only the number and the documented reason remain. */
  readonly withheld: boolean;
  /** Marked confidential (the full version keeps it, marked). */
  readonly confidential: boolean;
  /** The reason written in the documented mark (`paragraph 3 of Schedule 12A`), as the public minutes print it. */
  readonly reason?: string;
}

export interface RecordPerson {
  /** The name in lower case, words joined by `-` (`jane-hill`). */
  readonly id: string;
  /** The name as the attendance tables print it (the latest meeting's spelling). */
  readonly name: string;
  readonly initials?: string;
}

export interface RecordAttendance {
  readonly meeting: string;
  readonly person: string;
  /** The name as written in this meeting's list. */
  readonly name: string;
  readonly list: BlockKind;
  readonly role?: string;
}

export interface RecordOwner {
  /** As typed (`JH`, `Chief Executive`, `WMP`). */
  readonly written: string;
  /** As the published minutes print it (`Jane Hill`, `Chief Executive (Jane Hill)`, `WMP`). */
  readonly name: string;
  /** The person, when the meeting's lists say who it is. */
  readonly person?: string;
}

export interface RecordStatusChange {
  /** The meeting that said so. */
  readonly meeting?: string;
  readonly date?: string;
  readonly status: ActionStatus;
  readonly note: string;
}

export interface RecordAction {
  /** The reference (`081/22-A1`), or the item's identifier with `-A1` where the number has no year. */
  readonly id: string;
  /** The reference as the minutes cite it (`081/22-A1`). */
  readonly ref: string;
  readonly meeting: string;
  readonly item: string;
  readonly text: string;
  readonly owners: readonly RecordOwner[];
  /** The due date as written (`25/10/2022`, `next meeting`). */
  readonly due?: string;
  /** The due date as a date, `next meeting` resolved when the folder or the minutes give it. */
  readonly dueDate?: string;
  /** The latest status (`open` until a later meeting says otherwise). */
  readonly status: ActionStatus;
  readonly overdue: boolean;
  /** What each later meeting said of it, in meeting order. */
  readonly history: readonly RecordStatusChange[];
  readonly confidential: boolean;
}

/** A vote as the decision records it; absent where it records none. */
export interface RecordVote {
  readonly for?: number;
  readonly against?: number;
  readonly abstentions?: number;
  readonly unanimous: boolean;
  readonly result?: 'carried' | 'lost';
  readonly mover?: string;
  readonly seconder?: string;
}

export interface RecordDecision {
  /** The item's identifier with `-D1`, `-D2` in the order written. */
  readonly id: string;
  readonly meeting: string;
  readonly item: string;
  readonly text: string;
  readonly vote?: RecordVote;
  readonly confidential: boolean;
}

export interface MinutesRecord {
  readonly format: 'minutes-record';
  readonly formatVersion: number;
  readonly version: PublishVersion;
  /** The day the record was made: overdue is said against it. */
  readonly asOf: string;
  readonly meetings: readonly RecordMeeting[];
  readonly items: readonly RecordItem[];
  readonly people: readonly RecordPerson[];
  readonly attendance: readonly RecordAttendance[];
  readonly actions: readonly RecordAction[];
  readonly decisions: readonly RecordDecision[];
}

/** A name as an identifier: letters and digits of any script, lower case, accents off, words joined by `-`. */
export function slug(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(last); } catch { return last; }
}

const placeKey = (uri: string, r: { readonly start: { readonly line: number; readonly character: number } }): string => `${uri}|${r.start.line}:${r.start.character}`;

/** Gives each key once: a repeat gets `~2`, `~3` (only a folder with an error, such as a number used twice, has repeats). */
class Unique {
  private readonly seen = new Map<string, number>();
  take(key: string): string {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n === 1 ? key : `${key}~${n}`;
  }
}

/** A number that carries its year (`081/22`, `PC24/061`) names one item of the board; `3` only one of its meeting. */
function numberCarriesYear(item: Item): boolean {
  const n = item.number!;
  return n.year !== undefined || n.yearText !== undefined;
}

function personId(p: Person): string {
  return slug(p.name.display) || slug(p.written) || 'person';
}

/** Whether a line of the meeting stands in an item withheld from the public version. */
function inWithheldItem(m: Meeting, line: number): boolean {
  return m.items.some((i) => line >= i.range.start.line && line <= i.range.end.line && withholding(i, m) !== undefined);
}

/** The whole record of the folder, in the public version (the default) or the full one. */
export function buildRecord(model: WorkspaceModel, version: PublishVersion = 'public'): MinutesRecord {
  const isPublic = version === 'public';
  const meetingIds = new Unique();
  const idOf = new Map<MeetingRecord, string>();
  const idByDate = new Map<string, string>();
  for (const r of model.meetings) {
    const id = meetingIds.take(r.date ?? `undated:${fileName(r.uri)}`);
    idOf.set(r, id);
    if (r.date && !idByDate.has(r.date)) idByDate.set(r.date, id);
  }
  const actionAt = new Map(model.actions.map((a) => [placeKey(a.uri, a.range), a]));

  const meetings: RecordMeeting[] = [];
  const items: RecordItem[] = [];
  const people = new Map<string, RecordPerson>();
  const attendance: RecordAttendance[] = [];
  const actions: RecordAction[] = [];
  const decisions: RecordDecision[] = [];
  const itemIds = new Unique();
  const actionIds = new Unique();

  for (const r of model.meetings) {
    const m = r.meeting;
    const meetingId = idOf.get(r)!;
    const meeting = meetingOf(r, meetingId, model, idOf, isPublic);
    meetings.push(meeting);

    for (const block of m.people) {
      for (const p of block.people) {
        const id = personId(p);
        // the latest meeting's spelling and initials: meetings come in date order
        const prev = people.get(id);
        people.set(id, { id, name: p.name.display, ...(p.initials ?? prev?.initials ? { initials: p.initials ?? prev?.initials } : {}) });
        const role = publishedRole(p.role);
        attendance.push({ meeting: meetingId, person: id, name: p.written.trim(), list: block.kind, ...(role ? { role } : {}) });
      }
    }

    m.items.forEach((item, index) => {
      const label = item.number ? numberLabel(item.number) : undefined;
      const itemId = itemIds.take(label === undefined ? `${meetingId}/item-${index + 1}` : numberCarriesYear(item) ? label : `${meetingId}/${label}`);
      const held = withholding(item, m);
      // only the documented mark is taken off the title and has its reason published
      const mark = held?.by === 'title' && held.marker.canonical ? held.marker : undefined;
      const withheld = isPublic && held !== undefined;
      const section = item.section !== undefined ? m.sections[item.section]?.title : undefined;
      const bare = (mark ? item.title.slice(mark.end) : item.title).trim();
      items.push({
        id: itemId, meeting: meetingId,
        ...(label !== undefined ? { number: label, written: item.number!.written.trim() } : {}),
        anchor: slug(label ?? `item-${index + 1}`),
        ...(withheld ? {} : { title: item.agendaRef ? `Item ${item.agendaRef} – ${bare}` : bare }),
        ...(section !== undefined ? { section } : {}),
        withheld, confidential: held !== undefined,
        ...(mark?.reason ? { reason: mark.reason } : {}),
      });
      if (withheld) return;
      for (const a of item.actions) {
        const log = actionAt.get(placeKey(r.uri, a.range));
        if (!log) continue;
        // `Due: next meeting` with the next meeting not in the folder: the date the minutes give, as the published minutes print it (owners.ts)
        const dueDate = log.dueDate ?? (a.due?.nextMeeting && !a.due.date ? meeting.nextMeeting : undefined);
        const live = isOpenStatus(log.status);
        const history = log.history.filter((h) => !(isPublic && h.confidential)).map((h) => ({
          ...(h.meetingDate && idByDate.has(h.meetingDate) ? { meeting: idByDate.get(h.meetingDate)! } : {}), ...(h.meetingDate ? { date: h.meetingDate } : {}), status: h.status, note: h.note,
        }));
        actions.push({
          id: actionIds.take(`${itemId}-A${a.index}`), ref: log.ref, meeting: meetingId, item: itemId, text: a.text.trim(),
          owners: a.owners.map((o) => {
            const who = resolveMention(o.text, m);
            const person = who.kind === 'person' ? who.person : who.kind === 'role' ? who.person : undefined;
            return { written: o.text.trim(), name: publishedOwner(o, m), ...(person ? { person: personId(person) } : {}) };
          }),
          ...(log.due !== undefined ? { due: log.due.trim() } : {}),
          ...(dueDate ? { dueDate } : {}),
          // the status stands as the action log's does (public too); only a withheld item's note is left out
          status: log.status, overdue: log.overdue || (live && dueDate !== undefined && dueDate < model.today),
          history, confidential: held !== undefined,
        });
      }
      item.decisions.forEach((d, k) => {
        const vote = voteOf(d);
        decisions.push({ id: `${itemId}-D${k + 1}`, meeting: meetingId, item: itemId, text: decisionWords(d).trim(), ...(vote ? { vote } : {}), confidential: held !== undefined });
      });
    });
  }

  return stringsWithoutBidi({
    format: 'minutes-record', formatVersion: RECORD_FORMAT_VERSION, version, asOf: model.today,
    meetings, items, people: [...people.values()].sort((a, b) => a.id.localeCompare(b.id)), attendance, actions, decisions,
  });
}

function meetingOf(r: MeetingRecord, id: string, model: WorkspaceModel, idOf: ReadonlyMap<MeetingRecord, string>, isPublic: boolean): RecordMeeting {
  const m = r.meeting;
  const said = meetingStatus(m);
  // an approval said in a withheld item of the approving meeting is not published
  const by = r.approvedBy && model.byUri.get(r.approvedBy.uri);
  const approval = by && !(isPublic && inWithheldItem(by.meeting, r.approvedBy!.range.start.line)) ? by : undefined;
  const status: RecordMeetingStatus = said ?? (approval ? 'approved' : 'unstated');
  const next = publishableNextMeeting(m, { version: isPublic ? 'public' : 'full' });
  const text = (v: { readonly value: string } | undefined): string | undefined => v?.value.trim() || undefined;
  const fields = { time: text(m.time), location: text(m.location), chair: text(m.chair), statusWritten: text(m.status) };
  return {
    id, file: fileName(r.uri), ...(r.date ? { date: r.date } : {}), title: r.title.trim(),
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    status,
    ...(approval ? { approvedAt: { meeting: idOf.get(approval)!, ...(approval.date ? { date: approval.date } : {}) } } : {}),
    ...(next ? { nextMeeting: next } : {}),
  };
}

/**
 * The vote a decision records (`Carried 4-0`, `(5 for, 1 against)`, `Proposed X, seconded Y`), if any:
 * in its words, and in what the parser kept as data beside them (the sentence after a decision's, `…
 * be approved. Proposed Cllr X, seconded Cllr Y; all in favour.`, is its vote, not its words). The
 * words' facts first, the kept ones where the words say nothing.
 */
function voteOf(d: Decision): RecordVote | undefined {
  const text = d.text;
  const v = matchVote(text);
  const kept = d.vote;
  if (!v && !kept) return undefined;
  const span = (s: { start: number; end: number } | undefined): string | undefined => (s ? text.slice(s.start, s.end).trim() || undefined : undefined);
  const mover = span(v?.mover) ?? (kept?.mover?.value.trim() || undefined);
  const seconder = span(v?.seconder) ?? (kept?.seconder?.value.trim() || undefined);
  const count = (k: 'for' | 'against' | 'abstentions'): number | undefined => v?.[k] ?? kept?.[k];
  const [f, a, ab] = [count('for'), count('against'), count('abstentions')];
  const result = v?.result ?? kept?.result;
  return {
    ...(f !== undefined ? { for: f } : {}), ...(a !== undefined ? { against: a } : {}),
    ...(ab !== undefined ? { abstentions: ab } : {}), unanimous: (v?.unanimous ?? false) || (kept?.unanimous ?? false),
    ...(result ? { result } : {}), ...(mover ? { mover } : {}), ...(seconder ? { seconder } : {}),
  };
}
