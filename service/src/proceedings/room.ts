/**
 * The room, item by item: who was present, and who was present and eligible to vote, for every
 * item of a meeting. The lists give the start (`Present:` members vote, unless observers;
 * `In attendance:` is in the room and does not vote; a member listed whose first coming or going
 * the text records is an arrival is in the room from that arrival; a name's `(from item 4)`, `(until item 6)`,
 * `(item 5 only)`, `(substitute for …)`, `(remote)` are read); then, in the order of the text,
 * arrivals and departures (`arrivals.ts`: at a time, during, before or after an item), withdrawals
 * for one item, and declarations of interest whose member left the room or may not take part.
 *
 * Derived from the parsed meeting, never stored in it: the hover, the attendance request and
 * report, and the checks of the proceedings all ask here. Pure; never throws.
 */
import type { Arrival, Item, Meeting, Person } from '../model';
import { resolveMention } from '../attendance';
import { nameAsListed, parseName } from '../people';
import { readQualifier } from '../forms/qualifiers';
import type { Interest } from './interest';
import { MUST_LEAVE } from '../settings';
import { closeLineOf } from './sittings';
import { itemIndex } from '../exclusion';

// (the index of the item a reference names: exclusion.ts, where the resolutions excluding the public read it too)
export { itemIndex };

export interface Attendee {
  /** The name as the lists (or the arrival) write it. */
  readonly name: string;
  readonly person?: Person;
  /** A member who may vote (in `Present:`, not an observer). */
  readonly voting: boolean;
  readonly remote: boolean;
  /** Whom a substitute stands for, as written. */
  readonly substituteFor?: string;
}

/** A change in the room during an item, at a line (an item's start is line -1). */
export interface RoomEvent {
  readonly key: string;
  readonly line: number;
  readonly change: 'in' | 'out' | 'withdrawn';
  readonly attendee: Attendee;
  /** Came back (`returned`, `rejoined`): never a late arrival. */
  readonly back?: boolean;
}

export interface ItemRoom {
  readonly item: Item;
  /** In the room at the item's start. */
  readonly start: readonly Attendee[];
  /** In the room for all or part of the item (the start, and those who came in during it), less those who withdrew for it. */
  readonly present: readonly Attendee[];
  /** Members present who may vote on it: not withdrawn, not gone, not barred by an interest. */
  readonly eligible: readonly Attendee[];
  /** Withdrew for the item (or declared an interest and left the room). */
  readonly withdrawn: readonly Attendee[];
  /** Stayed, but an interest they declared bars them from taking part. */
  readonly barred: readonly Attendee[];
  /** Every member an interest declared for the item kept out of it (left the room, or barred). */
  readonly declared: readonly Attendee[];
  readonly events: readonly RoomEvent[];
}

export interface MeetingRoom {
  readonly items: readonly ItemRoom[];
  /** Voting members of the body as the lists give them (present members, not substitutes, and those sending apologies or absent). */
  readonly membership: number;
  /** The first item in which each person who left the meeting left it (by key). */
  readonly leftAt: ReadonlyMap<string, number>;
}

export interface RoomOptions {
  readonly bodies?: readonly string[];
  /** Kinds of interest that require the member to leave (lower case), unless they have a dispensation. */
  readonly mustLeave?: readonly string[];
  /** Members attending remotely may vote (the default); false where the law counts only those in the room (English councils). */
  readonly remoteMayVote?: boolean;
}

const NO_BODIES: readonly string[] = [];
// the keys of a meeting's names, asked for every participant of every vote: resolved once a name
const keys = new WeakMap<Meeting, { bodies: readonly string[]; byName: Map<string, { key: string; person?: Person }> }>();

/** The key of a person in the room: the list's person when the name resolves to one, else the name. */
export function keyOf(meeting: Meeting, name: string, bodies: readonly string[] = NO_BODIES): { key: string; person?: Person } {
  let cache = keys.get(meeting);
  if (!cache || cache.bodies !== bodies) { cache = { bodies, byName: new Map() }; keys.set(meeting, cache); }
  let k = cache.byName.get(name);
  if (!k) { k = resolveKey(meeting, name, bodies); cache.byName.set(name, k); }
  return k;
}

function resolveKey(meeting: Meeting, name: string, bodies: readonly string[]): { key: string; person?: Person } {
  const r = resolveMention(name, meeting, bodies);
  const person = r.kind === 'person' ? r.person : r.kind === 'role' ? r.person : undefined;
  if (person) return { key: `p:${person.name.display.toLowerCase()}:${person.range.start.line}`, person };
  const n = parseName(name);
  return { key: `n:${(n?.display ?? name).toLowerCase()}` };
}


/** Whether an interest requires its member to leave, or not take part in, its item. */
export function interestBars(i: Interest, mustLeave: readonly string[]): boolean {
  const act = i.action?.value;
  if (act === 'dispensation') return false;
  if (act === 'left' || act === 'noPart') return true;
  const kind = i.kind?.value.toLowerCase().replace(/\s+interest$/, '').trim();
  return kind !== undefined && mustLeave.some((k) => k.toLowerCase().replace(/\s+interest$/, '').trim() === kind);
}

/** Each interest declared in the meeting, with the index of the item it is in. */
export function interestsByItem(meeting: Meeting): Array<{ interest: Interest; index: number }> {
  const out: Array<{ interest: Interest; index: number }> = [];
  meeting.items.forEach((item, at) => {
    for (const interest of item.interests ?? []) out.push({ interest, index: interest.item ? itemIndex(meeting, interest.item.value) : at });
  });
  return out;
}

const rooms = new WeakMap<Meeting, { options: RoomOptions; room: MeetingRoom }>();

/** The room for every item of the meeting (cached per parsed meeting and options). */
export function roomOf(meeting: Meeting, options: RoomOptions = {}): MeetingRoom {
  const cached = rooms.get(meeting);
  if (cached && cached.options.bodies === options.bodies && cached.options.mustLeave === options.mustLeave && cached.options.remoteMayVote === options.remoteMayVote) return cached.room;
  const room = build(meeting, options);
  rooms.set(meeting, { options, room });
  return room;
}

interface Listed { readonly key: string; readonly attendee: Attendee; readonly from: number; readonly until: number }

function build(meeting: Meeting, options: RoomOptions): MeetingRoom {
  const bodies = options.bodies ?? NO_BODIES;
  const mustLeave = options.mustLeave ?? MUST_LEAVE;
  const last = meeting.items.length - 1;
  const listed: Listed[] = [];
  let membership = 0;
  for (const block of meeting.people) {
    for (const p of block.people) {
      // our markup writes `Cllr Grant (observer)` as a role: a role that is a qualifier counts as one
      const asRole = p.role ? readQualifier(p.role) : undefined;
      const q: ReadonlyArray<{ readonly kind: string; readonly value?: string }> = [...(p.qualifiers ?? []), ...(asRole ? [asRole] : [])];
      const has = (k: string): boolean => q.some((x) => x.kind === k);
      const observer = has('observer');
      const substitute = q.find((x) => x.kind === 'substitute');
      if (block.kind === 'apologies' || block.kind === 'absent') { membership++; continue; }
      if (block.kind === 'present' && !observer && !substitute) membership++;
      let from = 0;
      let until = last;
      for (const x of q) {
        const at = x.value ? itemIndex(meeting, x.value) : -1;
        if (x.kind === 'from' && at >= 0) from = at;
        if (x.kind === 'until' && at >= 0) until = at;
        if (x.kind === 'only' && at >= 0) { from = at; until = at; }
      }
      listed.push({
        key: keyOf(meeting, p.name.display, bodies).key,
        attendee: { name: nameAsListed(p), person: p, voting: block.kind === 'present' && !observer && (options.remoteMayVote !== false || !has('remote')), remote: has('remote'), ...(substitute?.value ? { substituteFor: substitute.value } : {}) },
        from, until,
      });
    }
  }
  // arrivals and departures, each at the item and line where it counts
  const moved = new Map<number, RoomEvent[]>();
  const add = (index: number, e: RoomEvent): void => { const l = moved.get(index); if (l) l.push(e); else moved.set(index, [e]); };
  const byKey = new Map(listed.map((l) => [l.key, l.attendee]));
  // a coming or going written after "The meeting closed at …" is no part of the meeting (recordedAfterClose.ts says so)
  const closed = closeLineOf(meeting) ?? Infinity;
  meeting.items.forEach((item, at) => {
    for (const a of item.arrivals) {
      if (a.name.range.start.line > closed) continue;
      const { key, person } = keyOf(meeting, a.name.text, bodies);
      const attendee = byKey.get(key) ?? { name: a.name.text, person, voting: true, remote: false };
      const change = a.kind === 'joined' ? 'in' : a.withdrawal ? 'withdrawn' : 'out';
      const target = refIndex(meeting, a);
      const back = a.back === true ? { back: true } : {};
      if (target !== undefined) add(target, { key, line: -1, change, attendee, ...back });
      else add(at, { key, line: a.name.range.start.line, change, attendee, ...back });
    }
  });
  // a member listed as present whose first coming or going is an arrival came late: in the room from then on
  const late = new Set<string>();
  const firstSeen = new Set<string>();
  for (let at = 0; at < meeting.items.length; at++) {
    for (const e of (moved.get(at) ?? []).slice().sort((a, b) => a.line - b.line)) {
      if (firstSeen.has(e.key)) continue;
      firstSeen.add(e.key);
      // (one who came back was there before: `returned to the Chambers` with no going written)
      if (e.change === 'in' && !e.back) late.add(e.key);
    }
  }
  const declaredAt = new Map<number, Array<{ interest: Interest; index: number }>>();
  for (const d of interestsByItem(meeting)) { const l = declaredAt.get(d.index); if (l) l.push(d); else declaredAt.set(d.index, [d]); }
  const inRoom = new Map<string, Attendee>();
  const gone = new Set<string>();
  const leftAt = new Map<string, number>();
  const items: ItemRoom[] = meeting.items.map((item, at) => {
    // the lists for this item, then what earlier items changed
    const here = new Map<string, Attendee>();
    for (const l of listed) if (at >= l.from && at <= l.until && !gone.has(l.key) && !late.has(l.key)) here.set(l.key, l.attendee);
    for (const [k, a] of inRoom) if (!gone.has(k)) here.set(k, a);
    const events = withRollCalls(item, (moved.get(at) ?? []).slice().sort((a, b) => a.line - b.line), here, (name) => {
      const { key, person } = keyOf(meeting, name, bodies);
      return { key, attendee: byKey.get(key) ?? { name, person, voting: true, remote: false } };
    });
    for (const e of events) if (e.line < 0) { if (e.change === 'in') here.set(e.key, e.attendee); else here.delete(e.key); }
    const start = [...here.values()];
    const present = new Map(here);
    const withdrawn = new Map<string, Attendee>();
    const out = new Set<string>();
    for (const e of events) {
      if (e.line < 0) continue;
      if (e.change === 'in') { present.set(e.key, e.attendee); withdrawn.delete(e.key); out.delete(e.key); }
      else if (e.change === 'withdrawn') withdrawn.set(e.key, e.attendee);
      else out.add(e.key);
    }
    const barred = new Map<string, Attendee>();
    const kept: Attendee[] = [];
    for (const d of declaredAt.get(at) ?? []) {
      if (!interestBars(d.interest, mustLeave)) continue;
      const { key } = keyOf(meeting, d.interest.member.text, bodies);
      const a = present.get(key) ?? withdrawn.get(key);
      if (!a) continue;
      kept.push(a);
      if (d.interest.action?.value === 'left') withdrawn.set(key, a); else barred.set(key, a);
    }
    for (const k of withdrawn.keys()) present.delete(k);
    const eligible = [...present].filter(([k, a]) => a.voting && !out.has(k) && !barred.has(k)).map(([, a]) => a);
    // what lasts beyond the item: arrivals and departures (a withdrawal ends with its item)
    for (const e of events) {
      if (e.change === 'in') { inRoom.set(e.key, e.attendee); gone.delete(e.key); }
      else if (e.change === 'out') { inRoom.delete(e.key); gone.add(e.key); if (!leftAt.has(e.key)) leftAt.set(e.key, at); }
    }
    return { item, start, present: [...present.values()], eligible, withdrawn: [...withdrawn.values()], barred: [...barred.values()], declared: kept, events };
  });
  return { items, membership, leftAt };
}

/**
 * The item's events with its roll calls after a reconvening: at the roll call's line, whoever is
 * in the room and not named leaves it (but those in attendance, whom a roll call does not call), and whoever is named and not in the room comes in. The
 * room there is the item's start and the events written above the line.
 */
function withRollCalls(item: Item, events: RoomEvent[], start: ReadonlyMap<string, Attendee>, named: (name: string) => { key: string; attendee: Attendee }): RoomEvent[] {
  const calls = (item.adjournments ?? []).flatMap((a) => (a.rollCall ? [a.rollCall] : []));
  if (!calls.length) return events;
  let out = events;
  for (const call of calls) {
    const room = new Map(start);
    for (const e of out) {
      if (e.line >= call.line) break;
      if (e.change === 'in') room.set(e.key, e.attendee); else room.delete(e.key);
    }
    const called = new Map(call.names.map((n) => { const x = named(n.text); return [x.key, x.attendee] as const; }));
    const changes: RoomEvent[] = [];
    // a roll call calls the members: officers and others in attendance are not called, and stay
    for (const [key, attendee] of room) if (!called.has(key) && attendee.person?.block !== 'inAttendance') changes.push({ key, line: call.line, change: 'out', attendee });
    for (const [key, attendee] of called) if (!room.has(key)) changes.push({ key, line: call.line, change: 'in', attendee });
    out = [...out.filter((e) => e.line <= call.line), ...changes, ...out.filter((e) => e.line > call.line)];
  }
  return out;
}

/** The item an arrival names and whether it counts from it or from the next (`after item 6`). */
function refIndex(meeting: Meeting, a: Arrival): number | undefined {
  if (!a.item) return undefined;
  const i = itemIndex(meeting, a.item.ref);
  if (i < 0) return undefined;
  const at = a.item.after ? i + 1 : i;
  return at < meeting.items.length ? at : undefined;
}

/** Who was in the room for item `index` at `line`, by key: its start, and the comings and goings written before the line. */
export function inRoomAt(room: MeetingRoom, index: number, line: number, keyOfName: (name: string) => string): Map<string, { attendee: Attendee; why?: 'left' | 'withdrawn' }> {
  const ir = room.items[index];
  const out = new Map<string, { attendee: Attendee; why?: 'left' | 'withdrawn' }>();
  if (!ir) return out;
  for (const a of ir.start) out.set(keyOfName(a.name), { attendee: a });
  for (const e of ir.events) {
    if (e.line > line) break; // in the order of the text
    if (e.line < 0) continue;
    if (e.change === 'in') out.set(e.key, { attendee: e.attendee });
    else out.set(e.key, { attendee: out.get(e.key)?.attendee ?? e.attendee, why: e.change === 'out' ? 'left' : 'withdrawn' });
  }
  return out;
}

/**
 * Whether the person named was in the room and could vote on item `index` at `line`: present at
 * its start or come in before the line, not gone or withdrawn before it, a voting member, not
 * barred by an interest they declared in the item (`barred`: the interest check speaks of it).
 */
export function eligibleAt(meeting: Meeting, room: MeetingRoom, index: number, name: string, line: number, bodies: readonly string[] = NO_BODIES): { eligible: boolean; why?: 'absent' | 'left' | 'withdrawn' | 'not-voting' | 'barred'; attendee?: Attendee } {
  const ir = room.items[index];
  if (!ir) return { eligible: true };
  const k = (n: string): string => keyOf(meeting, n, bodies).key;
  const key = k(name);
  if (ir.declared.some((a) => k(a.name) === key)) return { eligible: false, why: 'barred' };
  const here = inRoomAt(room, index, line, k).get(key);
  if (!here) {
    // gone earlier in the meeting, or never here
    const left = (room.leftAt.get(key) ?? Infinity) < index;
    return { eligible: false, why: left ? 'left' : 'absent' };
  }
  if (here.why) return { eligible: false, why: here.why, attendee: here.attendee };
  if (!here.attendee.voting) return { eligible: false, why: 'not-voting', attendee: here.attendee };
  return { eligible: true, attendee: here.attendee };
}

/** The members who could vote on item `index` at `line` (a vote's line): in the room then, voting, not barred by an interest. */
export function eligibleListAt(meeting: Meeting, room: MeetingRoom, index: number, line: number, bodies: readonly string[] = NO_BODIES): Attendee[] {
  const ir = room.items[index];
  if (!ir) return [];
  const k = (n: string): string => keyOf(meeting, n, bodies).key;
  const declared = new Set(ir.declared.map((a) => k(a.name)));
  return [...inRoomAt(room, index, line, k)].filter(([key, v]) => !v.why && v.attendee.voting && !declared.has(key)).map(([, v]) => v.attendee);
}

/** The quorum for a meeting: a number, or a fraction of the membership (rounded up); 0 for none. */
export function quorumOf(setting: number, membership: number): number {
  if (!(setting > 0)) return 0;
  return setting < 1 ? Math.ceil(setting * membership) : Math.floor(setting);
}

/** The room as the settings shape it (bodies named in `minutes.bodies`, kinds of interest that require leaving). */
export function roomFor(meeting: Meeting, settings: { readonly bodies: readonly string[]; readonly interests?: { readonly mustLeave: readonly string[] }; readonly remoteMayVote?: boolean }): MeetingRoom {
  return roomOf(meeting, { bodies: settings.bodies, mustLeave: settings.interests?.mustLeave ?? MUST_LEAVE, ...(settings.remoteMayVote === false ? { remoteMayVote: false } : {}) });
}
