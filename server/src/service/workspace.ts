/**
 * The workspace model: every meeting of the folder, ordered by date, and what follows from
 * reading them together: the action log (each action's status through later meetings, the latest
 * meeting by date winning), the decisions register, which meetings' minutes were approved, and an
 * index of items by minute number for cross-meeting checks.
 *
 * Built from parsed documents only (no IO); rebuilding it is linear in the number of items.
 */
import type { Action, Item, Meeting, MinutesDocument, Person } from './model';
import type { Range } from './types';
import type { ActionStatus } from './constructs';
import { actionRefLabel, numberLabel } from './numbers';
import { resolveMention } from './attendance';
import { displayDate, isoDate } from './dates';

export type { ActionStatus } from './constructs';
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'carried forward', 'done', 'dropped'];

export interface WorkspaceFile {
  readonly uri: string;
  readonly doc: MinutesDocument;
}

export interface MeetingRecord {
  readonly uri: string;
  readonly meeting: Meeting;
  /** `YYYY-MM-DD`, when the meeting has a valid date. */
  readonly date?: string;
  readonly title: string;
  /** The meeting whose minutes approved this one's, if any. */
  approvedBy?: { readonly uri: string; readonly date?: string; readonly range: Range };
}

export interface StatusChange {
  readonly status: ActionStatus;
  readonly note: string;
  readonly meetingDate?: string;
  readonly uri: string;
  readonly range: Range;
}

export interface ActionRecord {
  /** `081/22-A1`; for an item with no number, `?-A1` (it cannot be referred to until numbered). */
  readonly ref: string;
  readonly text: string;
  /** Owners as written (`VJ`, `WMP`, `Chief Constable`). */
  readonly owners: readonly string[];
  /** Owners as people where the lists say who they are (`Vanessa Jardine`). */
  readonly ownerNames: readonly string[];
  /** The due date as written (`25/10/2022`, `next meeting`). */
  readonly due?: string;
  /** The due date, resolved (`next meeting` becomes the next meeting's date once it exists). */
  readonly dueDate?: string;
  readonly status: ActionStatus;
  readonly overdue: boolean;
  readonly history: readonly StatusChange[];
  readonly meetingDate?: string;
  readonly meetingTitle: string;
  readonly item: string;
  readonly itemTitle: string;
  readonly uri: string;
  readonly range: Range;
}

export interface DecisionRecord {
  readonly text: string;
  readonly meetingDate?: string;
  readonly meetingTitle: string;
  readonly item: string;
  readonly itemTitle: string;
  readonly uri: string;
  readonly range: Range;
}

export interface ItemLocation {
  readonly uri: string;
  readonly item: Item;
  readonly meetingDate?: string;
}

export interface WorkspaceModel {
  /** Meetings by date (undated ones last, by file name). */
  readonly meetings: readonly MeetingRecord[];
  readonly byUri: ReadonlyMap<string, MeetingRecord>;
  readonly actions: readonly ActionRecord[];
  readonly actionsByRef: ReadonlyMap<string, ActionRecord>;
  readonly decisions: readonly DecisionRecord[];
  /** Items by minute number label (`081/22`). */
  readonly items: ReadonlyMap<string, readonly ItemLocation[]>;
  readonly today: string;
}

function compareMeetings(a: MeetingRecord, b: MeetingRecord): number {
  if (a.date && b.date) return a.date < b.date ? -1 : a.date > b.date ? 1 : a.uri.localeCompare(b.uri);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.uri.localeCompare(b.uri);
}

function ownerName(text: string, meeting: Meeting): string {
  const r = resolveMention(text, meeting);
  return r.kind === 'person' ? r.person.name.display : text;
}

function itemLabel(item: Item): string {
  return item.number ? numberLabel(item.number) : '(no number)';
}

export function buildWorkspace(files: Iterable<WorkspaceFile>, today: Date): WorkspaceModel {
  const meetings: MeetingRecord[] = [];
  for (const { uri, doc } of files) {
    const m = doc.meeting;
    if (!m || doc.kind !== 'minutes') continue;
    meetings.push({ uri, meeting: m, date: m.date?.iso, title: m.title?.value ?? 'Meeting' });
  }
  meetings.sort(compareMeetings);
  const byUri = new Map(meetings.map((r) => [r.uri, r]));
  const todayIso = isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate());

  // items by number
  const items = new Map<string, ItemLocation[]>();
  for (const r of meetings) {
    for (const item of r.meeting.items) {
      if (!item.number) continue;
      const key = numberLabel(item.number);
      const list = items.get(key) ?? [];
      list.push({ uri: r.uri, item, meetingDate: r.date });
      items.set(key, list);
    }
  }

  // the next meeting after each one, for "Due: next meeting"
  const nextDate = new Map<string, string | undefined>();
  for (let i = 0; i < meetings.length; i++) nextDate.set(meetings[i].uri, meetings[i].date ? meetings.slice(i + 1).find((x) => x.date && x.date > meetings[i].date!)?.date : undefined);

  // status changes, applied in meeting order so the latest meeting wins
  const changes = new Map<string, StatusChange[]>();
  for (const r of meetings) {
    for (const u of r.meeting.statusUpdates) {
      const ref = actionRefLabel(u.target, u.action);
      const list = changes.get(ref) ?? [];
      list.push({ status: u.status, note: u.note, meetingDate: r.date, uri: r.uri, range: u.range });
      changes.set(ref, list);
    }
  }

  const actions: ActionRecord[] = [];
  const decisions: DecisionRecord[] = [];
  for (const r of meetings) {
    for (const item of r.meeting.items) {
      for (const a of item.actions) actions.push(actionRecord(r, item, a, changes, nextDate.get(r.uri), todayIso));
      for (const d of item.decisions) {
        decisions.push({ text: d.text, meetingDate: r.date, meetingTitle: r.title, item: itemLabel(item), itemTitle: item.title, uri: r.uri, range: d.range });
      }
    }
  }
  const actionsByRef = new Map(actions.filter((a) => !a.ref.startsWith('(')).map((a) => [a.ref, a]));

  // approvals: a sentence naming a date approves that meeting; otherwise the previous one
  for (let i = 0; i < meetings.length; i++) {
    const r = meetings[i];
    for (const ap of r.meeting.approvals) {
      const target = ap.meetingDate ? meetings.find((x) => x.date === ap.meetingDate) : i > 0 && r.date ? meetings[i - 1] : undefined;
      if (target && target !== r && !target.approvedBy) target.approvedBy = { uri: r.uri, date: r.date, range: ap.range };
    }
  }
  return { meetings, byUri, actions, actionsByRef, decisions, items, today: todayIso };
}

function actionRecord(r: MeetingRecord, item: Item, a: Action, changes: Map<string, StatusChange[]>, next: string | undefined, today: string): ActionRecord {
  const ref = item.number ? actionRefLabel(item.number, a.index) : `(no number)-A${a.index}`;
  // only what later meetings (or this one) said counts; the latest by date wins
  const history = (changes.get(ref) ?? []).filter((c) => !r.date || !c.meetingDate || c.meetingDate >= r.date);
  const status = history.length > 0 ? history[history.length - 1].status : 'open';
  const dueDate = a.due?.date?.iso ?? (a.due?.nextMeeting ? next : undefined);
  const live = status === 'open' || status === 'carried forward';
  return {
    ref, text: a.text, owners: a.owners.map((o) => o.text), ownerNames: a.owners.map((o) => ownerName(o.text, r.meeting)),
    due: a.due?.text, dueDate, status, overdue: live && dueDate !== undefined && dueDate < today, history,
    meetingDate: r.date, meetingTitle: r.title, item: itemLabel(item), itemTitle: item.title, uri: r.uri, range: a.range,
  };
}

export interface ActionFilter {
  readonly status?: readonly string[];
  readonly owner?: string;
}

/** Actions matching the filter: any of the statuses; an owner by name, initials, role or body (case-insensitive, part of the name will do). */
export function filterActions(actions: readonly ActionRecord[], filter: ActionFilter = {}): ActionRecord[] {
  const statuses = filter.status?.map((s) => s.toLowerCase().replace(/[-_]/g, ' ').trim()).filter((s) => s.length > 0);
  const owner = filter.owner?.toLowerCase().trim();
  return actions.filter((a) => (!statuses || statuses.length === 0 || statuses.includes(a.status))
    && (!owner || [...a.owners, ...a.ownerNames].some((o) => o.toLowerCase().includes(owner))));
}

/** The people of the meeting of `uri` (for views that need them). */
export function peopleOf(model: WorkspaceModel, uri: string): Person[] {
  return model.byUri.get(uri)?.meeting.people.flatMap((b) => b.people) ?? [];
}

/** Whether a meeting's minutes were approved, in a clerk's words, for the outline and the status bar. */
export function approvalNote(model: WorkspaceModel, uri: string): string | undefined {
  const r = model.byUri.get(uri);
  if (!r) return undefined;
  if (r.approvedBy) return r.approvedBy.date ? `minutes approved ${displayDate(r.approvedBy.date)}` : 'minutes approved';
  if (r.date && model.meetings.some((m) => m.date && m.date > r.date!)) return 'minutes never approved';
  return undefined;
}
