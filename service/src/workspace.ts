/**
 * The workspace model: every meeting of the folder, ordered by date, and what follows from
 * reading them together: the action log (each action's status through later meetings, the latest
 * meeting by date winning), the decisions register, which meetings' minutes were approved, and an
 * index of items by minute number for cross-meeting checks.
 *
 * Built from parsed documents only (no IO); rebuilding it is linear in the number of items.
 */
import { detachStrings } from './detach';
import type { Item, Meeting, MinutesDocument } from './model';
import type { Range } from './types';
import { acrossMeetingsChange } from './acrossMeetings';
import type { ActionStatus } from './constructs';
import { actionRefLabel, numberLabel } from './numbers';
import { isUnnumberedRef, NO_NUMBER, unnumberedActionRef } from './unnumbered';
import { resolveMention } from './attendance';
import { displayDate, isoDay } from './dates';
import { nextMeetingInFolder } from './succession';
import { meetingStatus } from './minutesStatus';
import { withheldAt, withholding } from './confidential';
import { isOpenStatus } from './actionStatus';
import { forgetLastAnswers } from './forms/lastAnswer';
import { decisionWords } from './decisionWords';

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
  readonly approvedBy?: Approval;
}

/** Where a meeting's minutes were agreed: the later meeting and the sentence that agreed them. */
export interface Approval { readonly uri: string; readonly date?: string; readonly range: Range }

export interface StatusChange {
  readonly status: ActionStatus;
  readonly note: string;
  /** The meeting that said so. */
  readonly meetingDate?: string;
  /** Said in an item withheld from the public version: public exports leave the note out. */
  readonly confidential?: true;
}

export interface ActionRecord extends RecordPlace {
  /** `081/22-A1`; for an item with no number, `(no number)-A1` (unnumbered.ts) (it cannot be referred to until numbered). */
  readonly ref: string;
  readonly text: string;
  /** Owners as written (`VJ`, `WMP`, `Chief Constable`). */
  readonly owners: readonly string[];
  /** Owners as people where the lists say who they are (`Vanessa Jardine`; a post someone holds: `Mark Kenyon (Chief Finance Officer)`). */
  readonly ownerNames: readonly string[];
  /** The due date as written (`25/10/2022`, `next meeting`). */
  readonly due?: string;
  /** The due date, resolved (`next meeting` becomes the next meeting's date once it exists). */
  readonly dueDate?: string;
  readonly status: ActionStatus;
  readonly overdue: boolean;
  readonly history: readonly StatusChange[];
}

/** Where a record of the log stands: its meeting, item, file and range. */
export interface RecordPlace {
  readonly meetingDate?: string;
  readonly meetingTitle: string;
  readonly item: string;
  readonly itemTitle: string;
  readonly uri: string;
  readonly range: Range;
  /** Its item is withheld from the public version (`confidential.ts`): public exports leave it out. */
  readonly confidential?: true;
}

export interface DecisionRecord extends RecordPlace {
  readonly text: string;
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
  if (r.kind === 'person') return r.person.name.display;
  // an owner named by a post the lists say someone holds: both, so the view files it with the person
  return r.kind === 'role' && r.person ? `${r.person.name.display} (${text.trim()})` : text;
}

function itemLabel(item: Item): string {
  return item.number ? numberLabel(item.number) : NO_NUMBER;
}

/** What one meeting brings to the workspace, derived once per parsed meeting (parsed documents never change). */
interface Contribution {
  readonly uri: string;
  readonly items: ReadonlyArray<readonly [string, ItemLocation]>;
  /** Actions without what later meetings decide (status, history, overdue, next-meeting date). */
  readonly actions: ReadonlyArray<{ readonly base: Omit<ActionRecord, 'status' | 'overdue' | 'history' | 'dueDate'>; readonly dueDate?: string; readonly dueNext: boolean }>;
  readonly decisions: readonly DecisionRecord[];
  readonly updates: ReadonlyArray<readonly [string, StatusChange]>;
}

const contributions = new WeakMap<Meeting, Contribution>();

/** One item's part of its meeting's contribution, with what it was derived against. */
interface ItemPart {
  readonly uri: string;
  readonly date: string | undefined;
  readonly title: string;
  readonly people: Meeting['people'];
  readonly sections: Meeting['sections'];
  /** Withheld from the public version. */
  readonly held: boolean;
  readonly item: (readonly [string, ItemLocation]) | undefined;
  readonly actions: Contribution['actions'];
  readonly decisions: readonly DecisionRecord[];
}
// A re-parse of one item keeps the other items' objects: their parts are derived once.
const itemParts = new WeakMap<Item, ItemPart>();

function itemPartOf(r: MeetingRecord, item: Item): ItemPart {
  const hit = itemParts.get(item);
  if (hit && hit.uri === r.uri && hit.date === r.date && hit.title === r.title && hit.people === r.meeting.people && hit.sections === r.meeting.sections) return hit;
  const actions: Array<Contribution['actions'][number]> = [];
  // only on records of withheld items, so that the others keep their shape
  const confidential = withholding(item, r.meeting) ? { confidential: true as const } : {};
  for (const a of item.actions) {
    const ref = item.number ? actionRefLabel(item.number, a.index) : unnumberedActionRef(a.index);
    actions.push({
      base: {
        ref, text: a.text, owners: a.owners.map((o) => o.text), ownerNames: a.owners.map((o) => ownerName(o.text, r.meeting)), due: a.due?.text,
        meetingDate: r.date, meetingTitle: r.title, item: itemLabel(item), itemTitle: item.title, uri: r.uri, range: a.range, ...confidential,
      },
      dueDate: a.due?.date?.iso, dueNext: a.due?.nextMeeting === true && !a.due?.date,
    });
  }
  const decisions = item.decisions.map((d) => ({ text: decisionWords(d), meetingDate: r.date, meetingTitle: r.title, item: itemLabel(item), itemTitle: item.title, uri: r.uri, range: d.range, ...confidential }));
  const part: ItemPart = {
    uri: r.uri, date: r.date, title: r.title, people: r.meeting.people, sections: r.meeting.sections, held: 'confidential' in confidential,
    item: item.number ? [numberLabel(item.number), { uri: r.uri, item, meetingDate: r.date }] : undefined, actions, decisions,
  };
  itemParts.set(item, part);
  return part;
}

function contributionOf(r: MeetingRecord): Contribution {
  const hit = contributions.get(r.meeting);
  if (hit && hit.uri === r.uri) return hit;
  const items: Array<readonly [string, ItemLocation]> = [];
  const actions: Array<Contribution['actions'][number]> = [];
  const decisions: DecisionRecord[] = [];
  for (const item of r.meeting.items) {
    const part = itemPartOf(r, item);
    if (part.item) items.push(part.item);
    for (const a of part.actions) actions.push(a);
    for (const d of part.decisions) decisions.push(d);
  }
  // what the minutes write outside any item (before the first, a closing action table or summary): the meeting's own
  // (in a section of confidential business, before its first item, they are withheld as its items are)
  for (const a of r.meeting.actions ?? []) {
    actions.push({
      base: {
        ref: unnumberedActionRef(a.index), text: a.text, owners: a.owners.map((o) => o.text), ownerNames: a.owners.map((o) => ownerName(o.text, r.meeting)), due: a.due?.text,
        meetingDate: r.date, meetingTitle: r.title, item: NO_NUMBER, itemTitle: '', uri: r.uri, range: a.range,
        ...(withheldAt(r.meeting, a.range.start.line, a.text) ? { confidential: true as const } : {}),
      },
      dueDate: a.due?.date?.iso, dueNext: a.due?.nextMeeting === true && !a.due?.date,
    });
  }
  for (const d of r.meeting.decisions ?? []) {
    decisions.push({ text: decisionWords(d), meetingDate: r.date, meetingTitle: r.title, item: NO_NUMBER, itemTitle: '', uri: r.uri, range: d.range, ...(withheldAt(r.meeting, d.range.start.line, decisionWords(d)) ? { confidential: true as const } : {}) });
  }
  const held = r.meeting.items.filter((i) => itemPartOf(r, i).held).map((i) => i.range);
  const updates = r.meeting.statusUpdates.map((u) => {
    const inHeld = held.length > 0 && held.some((h) => u.range.start.line >= h.start.line && u.range.start.line <= h.end.line);
    return [actionRefLabel(u.target, u.action), { status: u.status, note: u.note, meetingDate: r.date, ...(inHeld ? { confidential: true as const } : {}) }] as const;
  });
  const c: Contribution = { uri: r.uri, items, actions, decisions, updates };
  contributions.set(r.meeting, c);
  return c;
}

/** A meeting's record, made once with its approval if any (no key for none: one shape per kind of record). */
function recordOf(uri: string, m: Meeting, approvedBy?: Approval): MeetingRecord {
  const date = m.date?.iso;
  const title = m.title?.value ?? 'Meeting';
  return approvedBy ? { uri, meeting: m, date, title, approvedBy } : { uri, meeting: m, date, title };
}

export function buildWorkspace(files: Iterable<WorkspaceFile>, today: Date): WorkspaceModel {
  const dated: MeetingRecord[] = [];
  for (const { uri, doc } of files) {
    const m = doc.meeting;
    if (!m || doc.kind !== 'minutes') continue;
    dated.push(recordOf(uri, m));
  }
  dated.sort(compareMeetings);
  // each record made once, with its approval: nothing writes into a record after
  const approvals = approvalsOf(dated);
  const meetings = approvals.size === 0 ? dated : dated.map((r): MeetingRecord => {
    const approvedBy = approvals.get(r);
    return approvedBy ? recordOf(r.uri, r.meeting, approvedBy) : r;
  });
  const byUri = new Map(meetings.map((r) => [r.uri, r]));
  const todayIso = isoDay(today);
  const parts = meetings.map(contributionOf);

  const items = new Map<string, ItemLocation[]>();
  for (const c of parts) {
    for (const [key, loc] of c.items) {
      const list = items.get(key);
      if (list) list.push(loc); else items.set(key, [loc]);
    }
  }

  // the next meeting after each one, for "Due: next meeting": one pass from the end (meetings are sorted)
  const nextDate = new Map<string, string | undefined>();
  let later: string | undefined;
  for (let i = meetings.length - 1; i >= 0; i--) {
    const d = meetings[i].date;
    if (!d) continue;
    nextDate.set(meetings[i].uri, later !== undefined && later > d ? later : nextAfter(meetings, i));
    later = d;
  }

  // status changes in meeting order, so that the latest meeting wins
  const changes = new Map<string, StatusChange[]>();
  for (const c of parts) {
    for (const [ref, change] of c.updates) {
      const list = changes.get(ref);
      if (list) list.push(change); else changes.set(ref, [change]);
    }
  }

  const state: BuildState = { changes, nextDate, todayIso };
  const actions: ActionRecord[] = [];
  const decisions: DecisionRecord[] = [];
  for (let i = 0; i < meetings.length; i++) {
    actionRecords(meetings[i], parts[i], state, actions);
    for (const d of parts[i].decisions) decisions.push(d);
  }
  const actionsByRef = new Map<string, ActionRecord>();
  for (const a of actions) if (!isUnnumberedRef(a.ref)) actionsByRef.set(a.ref, a);

  const model = { meetings, byUri, actions, actionsByRef, decisions, items, today: todayIso };
  buildStates.set(model, state);
  return model;
}

/** Approvals: a sentence naming a date approves that meeting; otherwise the previous one. The first to approve a meeting counts. */
function approvalsOf(meetings: readonly MeetingRecord[]): Map<MeetingRecord, Approval> {
  const byDate = new Map<string, MeetingRecord>();
  for (const r of meetings) if (r.date && !byDate.has(r.date)) byDate.set(r.date, r);
  const out = new Map<MeetingRecord, Approval>();
  for (let i = 0; i < meetings.length; i++) {
    const r = meetings[i];
    for (const ap of r.meeting.approvals) {
      const target = ap.meetingDate ? byDate.get(ap.meetingDate) : i > 0 && r.date ? meetings[i - 1] : undefined;
      if (target && target !== r && !out.has(target)) out.set(target, { uri: r.uri, date: r.date, range: ap.range });
    }
  }
  return out;
}

/** What a build worked out across meetings, kept for updating the model after one meeting changes. */
interface BuildState {
  /** Status changes by action reference, in meeting order. */
  readonly changes: ReadonlyMap<string, readonly StatusChange[]>;
  /** The date of the meeting after each one, for "Due: next meeting". */
  readonly nextDate: ReadonlyMap<string, string | undefined>;
  readonly todayIso: string;
}
const buildStates = new WeakMap<WorkspaceModel, BuildState>();

// The record last made from each action of a contribution: a build that works out the same status,
// due date and history for it keeps the record itself, so what was derived from the record (a
// row of the action log as sent to the client) is kept too.
const lastRecords = new WeakMap<Contribution['actions'][number], ActionRecord>();

/** The meeting's actions with what later meetings said of them, appended to `out`. */
function actionRecords(r: MeetingRecord, part: Contribution, state: BuildState, out: ActionRecord[]): void {
  for (const a of part.actions) {
    // only what this meeting or later ones said counts
    const all = state.changes.get(a.base.ref);
    const history = all ? all.filter((h) => !r.date || !h.meetingDate || h.meetingDate >= r.date) : [];
    const status = history.length > 0 ? history[history.length - 1].status : 'open';
    const dueDate = a.dueDate ?? (a.dueNext ? state.nextDate.get(r.uri) : undefined);
    const live = isOpenStatus(status);
    const overdue = live && dueDate !== undefined && dueDate < state.todayIso;
    const last = lastRecords.get(a);
    if (last && last.status === status && last.dueDate === dueDate && last.overdue === overdue && sameHistory(last.history, history)) {
      out.push(last);
      continue;
    }
    // written out field by field: an object spread here was most of the rebuild's time
    const b = a.base;
    const made: { -readonly [K in keyof ActionRecord]: ActionRecord[K] } = {
      ref: b.ref, text: b.text, owners: b.owners, ownerNames: b.ownerNames, due: b.due, dueDate, status, overdue, history,
      meetingDate: b.meetingDate, meetingTitle: b.meetingTitle, item: b.item, itemTitle: b.itemTitle, uri: b.uri, range: b.range,
    };
    if (b.confidential) made.confidential = true;
    const record: ActionRecord = made;
    lastRecords.set(a, record);
    out.push(record);
  }
}

/** The same status changes (each derived once per meeting's contribution, so compared by identity). */
function sameHistory(a: readonly StatusChange[], b: readonly StatusChange[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

/**
 * The model after the document of one meeting changed, built from the previous model when what
 * it shows other meetings (`acrossMeetingsChange`, acrossMeetings.ts: the one definition the
 * findings across meetings are kept by too) holds for the model as it was: its actions, decisions
 * and items are replaced in place of the old ones and the rest is shared. Undefined when only a full build can say (a meeting added, dated, renumbered, …).
 */
export function updateWorkspace(prev: WorkspaceModel, uri: string, doc: MinutesDocument, today: Date): WorkspaceModel | undefined {
  const state = buildStates.get(prev);
  const old = prev.byUri.get(uri);
  const m = doc.meeting;
  if (!state || !old || !m || doc.kind !== 'minutes') return undefined;
  if (isoDay(today) !== prev.today) return undefined;
  const record = recordOf(uri, m, old.approvedBy);
  // what it shows other meetings (acrossMeetings.ts) may have moved, or changed where the model does not hold it
  if (acrossMeetingsChange(old.meeting, m) === 'model') return undefined;
  const before = contributionOf(old);
  const after = contributionOf(record);
  if (before.items.length !== after.items.length || before.items.some(([key], i) => key !== after.items[i][0])) return undefined;

  // its actions and decisions stand together in the lists, in meeting order
  const [a0, a1] = blockOf(prev.actions, uri);
  const [d0, d1] = blockOf(prev.decisions, uri);
  if (a1 - a0 !== after.actions.length || after.actions.some((a, i) => a.base.ref !== prev.actions[a0 + i].ref)) return undefined;
  if (d1 - d0 !== after.decisions.length) return undefined;
  const block: ActionRecord[] = [];
  actionRecords(record, after, state, block);
  const newRecords = new Map<string, ActionRecord>();
  for (let i = 0; i < block.length; i++) {
    const a = block[i];
    if (a === prev.actions[a0 + i] || isUnnumberedRef(a.ref)) continue; // records of unchanged items are kept
    if (prev.actionsByRef.get(a.ref)?.uri !== uri) return undefined; // a later meeting has the same reference: it stays the one found
    newRecords.set(a.ref, a);
  }
  // the same numbers in the same order: the lists of the numbers whose items changed get this
  // meeting's entries replaced in order (an unchanged item keeps its location object)
  const changed = new Set<string>();
  for (let i = 0; i < after.items.length; i++) if (after.items[i][1] !== before.items[i][1]) changed.add(after.items[i][0]);
  const fresh = new Map<string, ItemLocation[]>();
  for (const [key, loc] of after.items) {
    if (!changed.has(key)) continue;
    const list = fresh.get(key);
    if (list) list.push(loc); else fresh.set(key, [loc]);
  }
  const newLists = new Map<string, readonly ItemLocation[]>();
  for (const [key, locs] of fresh) {
    let n = 0;
    newLists.set(key, prev.items.get(key)!.map((l) => (l.uri === uri ? locs[n++] ?? l : l)));
  }
  const meetings = prev.meetings.map((r) => (r === old ? record : r));
  const byUri = new Map(prev.byUri);
  byUri.set(uri, record);
  const model: WorkspaceModel = {
    meetings, byUri, today: prev.today,
    // the maps of the whole workspace with this meeting's entries replaced, not copied (ReplacedValues)
    items: ReplacedValues.of(prev.items, newLists),
    actionsByRef: ReplacedValues.of(prev.actionsByRef, newRecords),
    actions: [...prev.actions.slice(0, a0), ...block, ...prev.actions.slice(a1)],
    decisions: [...prev.decisions.slice(0, d0), ...after.decisions, ...prev.decisions.slice(d1)],
  };
  buildStates.set(model, state);
  return model;
}

/**
 * A map with the values of some of its keys replaced, read through: what an update makes of the
 * model's maps of the whole workspace (its items by number, its actions by reference). A copy of
 * them was most of an edit's update (15,000 items and 11,000 actions on 1,000 meetings: 4.6 of its
 * 5.5 ms); an update replaces a few values of one meeting and never adds or removes a key, so the
 * keys, their order and the size are the base's. Successive updates replace on the first base (the
 * replacements merged, never a chain), which is copied once they reach a quarter of it.
 */
class ReplacedValues<K, V> implements ReadonlyMap<K, V> {
  private constructor(private readonly base: ReadonlyMap<K, V>, private readonly replaced: ReadonlyMap<K, V>) {}

  /** `prev` with the values of `changes` (keys `prev` has) in place of its own. */
  static of<K, V>(prev: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
    if (changes.size === 0) return prev;
    if (!(prev instanceof ReplacedValues)) return new ReplacedValues(prev, changes);
    const replaced = new Map(prev.replaced);
    for (const [k, v] of changes) replaced.set(k, v);
    const next = new ReplacedValues<K, V>(prev.base, replaced);
    return replaced.size * 4 > prev.base.size ? new Map(next) : next;
  }

  get size(): number { return this.base.size; }
  has(key: K): boolean { return this.base.has(key); }
  get(key: K): V | undefined { return this.replaced.has(key) ? this.replaced.get(key) : this.base.get(key); }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this) fn.call(thisArg, v, k, this);
  }
  entries(): MapIterator<[K, V]> { return this.read((k, v): [K, V] => [k, v]); }
  keys(): MapIterator<K> { return this.base.keys(); }
  values(): MapIterator<V> { return this.read((_k, v) => v); }
  [Symbol.iterator](): MapIterator<[K, V]> { return this.entries(); }

  private *read<T>(as: (key: K, value: V) => T): MapIterator<T> {
    for (const [k, v] of this.base) yield as(k, this.replaced.has(k) ? this.replaced.get(k)! : v);
  }
}

/** [start, end) of the entries of one meeting in a list ordered by meeting. */
function blockOf(list: ReadonlyArray<{ readonly uri: string }>, uri: string): [number, number] {
  const a = list.findIndex((x) => x.uri === uri);
  if (a < 0) return [0, 0];
  let b = a;
  while (b < list.length && list[b].uri === uri) b++;
  return [a, b];
}



/** The first meeting after meetings[i] with a later date (meetings on the same day are skipped). */
function nextAfter(meetings: readonly MeetingRecord[], i: number): string | undefined {
  const d = meetings[i].date!;
  for (let k = i + 1; k < meetings.length; k++) { const x = meetings[k].date; if (x && x > d) return x; }
  return undefined;
}

export interface ActionFilter {
  readonly status?: readonly string[];
  readonly owner?: string;
}

/** Actions matching the filter: any of the statuses; an owner by name, initials, role or body (case-insensitive, part of the name will do). */
export function filterActions(actions: readonly ActionRecord[], filter: ActionFilter = {}): ActionRecord[] {
  const statuses = filter.status?.map((s) => s.toLowerCase().replace(/[-_]/g, ' ').trim()).filter((s) => s.length > 0);
  const owner = filter.owner;
  return actions.filter((a) => (!statuses || statuses.length === 0 || statuses.includes(a.status))
    && (owner === undefined || ownerMatches([...a.owners, ...a.ownerNames], owner)));
}

/** An owner asked for (name, initials, role or body; case-insensitive, part of the name will do) is one of these names; a blank one matches all. */
export function ownerMatches(names: readonly string[], owner: string): boolean {
  const o = owner.toLowerCase().trim();
  return !o || names.some((n) => n.toLowerCase().includes(o));
}


/** Whether a meeting's minutes were approved, in a clerk's words, for the outline and the status bar. */
export function approvalNote(model: WorkspaceModel, uri: string): string | undefined {
  const r = model.byUri.get(uri);
  if (!r) return undefined;
  if (r.approvedBy) return r.approvedBy.date ? `minutes approved ${displayDate(r.approvedBy.date)}` : 'minutes approved';
  const status = meetingStatus(r.meeting);
  if (status === 'approved' || status === 'published') return `minutes ${status}`;
  // said only when the meeting that should have approved them is in the folder (as the rule not-approved)
  if (nextMeetingInFolder(model, r)) return 'minutes never approved';
  return undefined;
}

const NO_LINES = new Int32Array(0);

/**
 * The part of a parsed file the workspace needs, for files read from disk and not open: items,
 * actions, decisions, people, status updates and approvals stay; the canonical-form variants,
 * questions, per-line lengths and the list of dates go (they serve only an open document's own
 * diagnostics and folding, and an opened file is parsed again from the editor's text).
 * About a tenth less memory for a large archive. Its strings are detached from the file's text
 * (`detachStrings`), so the text itself can go: close to half the memory again. The parsed
 * document given is consumed: its items are shared with the view, their strings replaced.
 */
export function indexView(doc: MinutesDocument): MinutesDocument {
  const m = doc.meeting;
  const view: MinutesDocument = {
    kind: doc.kind, scheme: doc.scheme, agendas: [], variants: [], lineCount: doc.lineCount, lineLengths: NO_LINES,
    meeting: m && { ...m, dates: [], items: m.items.map((i) => (i.questions.length === 0 ? i : { ...i, questions: [] })) },
  };
  detachStrings(view);
  // (nor may a reader's last answer keep it: an item's title it was last asked is a slice of the text)
  forgetLastAnswers();
  return view;
}
