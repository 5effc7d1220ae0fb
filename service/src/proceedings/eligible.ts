/**
 * The room as the clerk types (issue 20, in the editor): who may be named after `Moved:`,
 * `Seconded:` and in a recorded vote's `For:` / `Against:` / `Abstained:` lists (the members
 * present and eligible for the item at that line, and no one else), and who is in the room and
 * whether the meeting is quorate at the cursor, for the status bar and for recording a departure.
 * Everything is asked of `room.ts`; nothing here decides eligibility on its own.
 */
import type { Meeting, Mention } from '../model';
import type { Range } from '../types';
import type { MinutesSettings } from '../settings';
import { eligibleListAt, inRoomAt, keyOf, quorumOf, roomFor, type Attendee } from './room';
import { matchProceedingLine, readNames } from './vote';
import { numberLabel } from '../numbers';
import { nameAsListed } from '../people';

/** What the room reading needs of the settings. */
export type RoomSettings = Pick<MinutesSettings, 'bodies' | 'quorum' | 'interests'>;

/** The index of the item line `line` stands in (the last item headed at or above it), or -1 before the first item. */
export function itemIndexAtLine(meeting: Meeting, line: number): number {
  let at = -1;
  for (let k = 0; k < meeting.items.length; k++) {
    if (meeting.items[k].headRange.start.line > line) break;
    at = k;
  }
  return at;
}

export interface EligibleCompletion {
  readonly name: string;
  /** Why they are offered, in a clerk's words (`present and eligible for item 034/25`). */
  readonly detail: string;
  /** The typed name the completion replaces. */
  readonly range: Range;
}

// the keys whose value is a member of the room: one name, or a recorded vote's list of names
const ONE_NAME = new Set(['moved', 'seconded', 'casting']);
const NAME_LIST = new Set(['for', 'against', 'abstained']);

/**
 * The members to offer on a `Moved:`, `Seconded:`, `Casting vote:` or recorded-vote line, typed up
 * to `character`: those present and eligible for the item at that line; undefined when the line is
 * not such a line (other completions then answer). A recorded vote's list offers only members not
 * named in the motion's vote yet, and only under a motion; `Seconded:` leaves out the mover.
 */
export function eligibleCompletions(meeting: Meeting | undefined, text: string, line: number, character: number, settings: RoomSettings): EligibleCompletion[] | undefined {
  if (!meeting) return undefined;
  const prefix = text.slice(0, Math.min(character, text.length));
  const p = matchProceedingLine(prefix);
  if (!p || (!ONE_NAME.has(p.key) && !NAME_LIST.has(p.key))) return undefined;
  const colon = prefix.indexOf(':');
  if (colon < 0) return undefined;
  const at = itemIndexAtLine(meeting, line);
  if (at < 0) return undefined;
  const item = meeting.items[at];
  // `For:` is a vote's list only under a motion of the item (the parse of the line may not have it yet)
  if (NAME_LIST.has(p.key) && !(item.motions ?? []).some((m) => m.range.start.line < line)) return undefined;
  const value = prefix.slice(colon + 1);
  let typedFrom = colon + 1;
  const named = new Set<string>();
  if (NAME_LIST.has(p.key)) {
    // the names already written before the one being typed (after the last comma or "and")
    const before = /^(.*(?:,|[ \t]&|[ \t]and(?=[ \t])))[^,]*$/i.exec(value);
    if (before) {
      typedFrom = colon + 1 + before[1].length;
      for (const s of readNames(before[1].replace(/(?:,|&|and)$/i, ''))) named.add(keyOf(meeting, before[1].slice(s.start, s.end), settings.bodies).key);
    }
  } else if (/[,;]/.test(value)) return undefined;
  // a member votes once: names on the motion's other lists (another line) are not offered again; nor the mover as seconder
  const motion = (item.motions ?? []).filter((m) => m.range.start.line <= line).pop();
  if (motion) {
    const elsewhere = (list: readonly Mention[] | undefined): Mention[] => (list ?? []).filter((x) => x.range.start.line !== line);
    const taken = NAME_LIST.has(p.key) ? [...elsewhere(motion.vote.ayes), ...elsewhere(motion.vote.nays), ...elsewhere(motion.vote.abstainers)]
      : p.key === 'seconded' && motion.mover && motion.mover.range.start.line !== line ? [motion.mover]
        : p.key === 'moved' && motion.seconder && motion.seconder.range.start.line !== line ? [motion.seconder] : [];
    for (const x of taken) named.add(keyOf(meeting, x.text, settings.bodies).key);
  }
  while (typedFrom < prefix.length && /[ \t]/.test(prefix[typedFrom])) typedFrom++;
  const range: Range = { start: { line, character: typedFrom }, end: { line, character: prefix.length } };
  const room = roomFor(meeting, settings);
  const label = item.number ? `item ${numberLabel(item.number)}` : 'this item';
  return eligibleListAt(meeting, room, at, line, settings.bodies)
    .filter((a) => !named.has(keyOf(meeting, a.name, settings.bodies).key))
    .map((a) => ({ name: a.name, range, detail: `present and eligible for ${label}${describe(a)}` }));
}

function describe(a: Attendee): string {
  return [a.remote ? ', attending remotely' : '', a.substituteFor ? `, substitute for ${a.substituteFor}` : ''].join('');
}

/** Who is in the room at a line of the meeting, and whether it is quorate: the status bar's words. */
export interface RoomAtLine {
  /** The item the line stands in: its number as written (or empty) and title; undefined before the first item. */
  readonly item?: { readonly number: string; readonly title: string };
  /** Everyone in the room then (members, substitutes, observers, officers), as the lists write them. */
  readonly inRoom: readonly string[];
  /** The members present and eligible to vote then. */
  readonly eligible: readonly string[];
  /** Members in the room who may not vote on the item (observers, officers, withdrawn or barred by an interest). */
  readonly notVoting: readonly string[];
  /** People of the lists not in the room then (apologies, absent, gone): whom an arrival may name. */
  readonly elsewhere: readonly string[];
  /** The voting membership the lists give, and the quorum the setting makes of it (0: no quorum set). */
  readonly membership: number;
  readonly quorum: number;
  /** Whether the members eligible reach the quorum; undefined when no quorum is set or the lists give no one present. */
  readonly quorate?: boolean;
}

/** The room at `line`: the item's start, and the comings and goings written above the line in it. */
export function roomAtLine(meeting: Meeting | undefined, line: number, settings: RoomSettings): RoomAtLine | undefined {
  if (!meeting || !meeting.people.some((b) => b.kind === 'present' && b.people.length > 0)) return undefined;
  const at = itemIndexAtLine(meeting, line);
  const room = roomFor(meeting, settings);
  const quorum = quorumOf(settings.quorum, room.membership);
  if (at < 0) {
    // before the first item: the lists as written
    const start = room.items[0]?.start ?? [];
    const voting = start.filter((a) => a.voting).map((a) => a.name);
    return { inRoom: start.map((a) => a.name), eligible: voting, notVoting: start.filter((a) => !a.voting).map((a) => a.name), elsewhere: elsewhere(meeting, start, settings), membership: room.membership, quorum, ...(quorum ? { quorate: voting.length >= quorum } : {}) };
  }
  const ir = room.items[at];
  const eligible = eligibleListAt(meeting, room, at, line, settings.bodies);
  const eligibleKeys = new Set(eligible.map((a) => keyOf(meeting, a.name, settings.bodies).key));
  const inRoom = inRoomNow(meeting, at, line, settings);
  const item = ir.item;
  return {
    item: { number: item.number ? numberLabel(item.number) : '', title: item.title },
    inRoom: inRoom.map((a) => a.name),
    eligible: eligible.map((a) => a.name),
    notVoting: inRoom.filter((a) => !eligibleKeys.has(keyOf(meeting, a.name, settings.bodies).key)).map((a) => a.name),
    elsewhere: elsewhere(meeting, inRoom, settings),
    membership: room.membership, quorum,
    ...(quorum ? { quorate: eligible.length >= quorum } : {}),
  };
}

/** Everyone in the room for item `at` at `line` (voting or not; gone and withdrawn left out). */
export function inRoomNow(meeting: Meeting, at: number, line: number, settings: RoomSettings): Attendee[] {
  const k = (n: string): string => keyOf(meeting, n, settings.bodies).key;
  return [...inRoomAt(roomFor(meeting, settings), at, line, k).values()].filter((v) => !v.why).map((v) => v.attendee);
}

/** The people the lists name who are not among `inRoom`, each once, as the lists write them. */
function elsewhere(meeting: Meeting, inRoom: readonly Attendee[], settings: RoomSettings): string[] {
  const here = new Set(inRoom.map((a) => keyOf(meeting, a.name, settings.bodies).key));
  const out = new Map<string, string>();
  for (const block of meeting.people) {
    for (const p of block.people) {
      const key = keyOf(meeting, p.name.display, settings.bodies).key;
      if (!here.has(key) && !out.has(key)) out.set(key, nameAsListed(p));
    }
  }
  return [...out.values()];
}
