/**
 * The proceedings as published (issue 20): a motion and its vote in the sentences boards print
 * ("Moved by Cllr A, seconded by Cllr B. For 7, Against 3, Abstain 1. CARRIED." and a recorded
 * vote by name), the declarations of interest as rows of a table, and the arrivals and departures
 * of the meeting. Built from the parsed data (proceedings/vote.ts, proceedings/interest.ts, the
 * item's arrivals); render.ts places them, the writers print them. A line is taken into a motion
 * only when the parse read it into that motion, so that no word of a line it did not read is lost.
 */
import type { Item, Meeting, VoteRecord } from '../model';
import type { Motion } from '../proceedings/vote';
import { matchProceedingLine, readNames } from '../proceedings/vote';
import { itemIndex } from '../proceedings/room';
import { withholding } from '../confidential';
import { numberLabel } from '../numbers';

export interface RenderedMotion {
  /** `Motion` or `Amendment`. */
  readonly label: string;
  /** The motion's words, empty when only `Moved:` is written. */
  readonly text: string;
  /** "Moved by Cllr A, seconded by Cllr B. For 7, Against 3, Abstain 1. CARRIED." */
  readonly summary: string;
  /** A recorded vote: the names for, against and abstaining, as the minutes list them. */
  readonly recorded: ReadonlyArray<{ readonly label: string; readonly names: string }>;
}

export interface InterestRow { readonly member: string; readonly item: string; readonly kind: string; readonly action: string }

export interface Movement { readonly member: string; readonly change: string; readonly time: string; readonly item: string }

const sentence = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

/** The counts and result of a vote in the forms boards print: `For 7, Against 3, Abstain 1. CARRIED.` */
export function outcome(counts: { for?: number; against?: number; abstain?: number; unanimous?: boolean; withoutVote?: boolean }, result: string | undefined): string {
  const parts: string[] = [];
  const counted = counts.for !== undefined || counts.against !== undefined || counts.abstain !== undefined;
  if (counted) parts.push(`For ${counts.for ?? 0}, Against ${counts.against ?? 0}, Abstain ${counts.abstain ?? 0}.`);
  if (counts.withoutVote) parts.push('Agreed without a vote.');
  const res = result?.toUpperCase();
  if (counts.unanimous && !counted) parts.push(res ? `${res} UNANIMOUSLY.` : 'Unanimous.');
  else if (res) parts.push(`${res}${counts.unanimous ? ' UNANIMOUSLY' : ''}.`);
  return parts.join(' ');
}

/** What published minutes record of a vote on a decision (`Decision.vote`), in the same forms. */
export function decisionOutcome(v: VoteRecord | undefined): string | undefined {
  if (!v) return undefined;
  const moved = movedBy(v.mover?.value, v.seconder?.value);
  const counts = outcome({ for: v.for ?? v.ayes?.length, against: v.against ?? v.nays?.length, abstain: v.abstentions ?? v.abstainers?.length, unanimous: v.unanimous }, v.result);
  const named = [['For', v.ayes], ['Against', v.nays], ['Abstained', v.abstainers]] as const;
  const recorded = named.filter(([, n]) => n && n.length).map(([l, n]) => `${l}: ${n!.map((x) => x.value).join(', ')}.`);
  const all = [moved, counts, ...recorded].filter((x) => x).join(' ');
  return all || undefined;
}

function movedBy(mover: string | undefined, seconder: string | undefined): string {
  if (mover && seconder) return `Moved by ${mover}, seconded by ${seconder}.`;
  if (mover) return `Moved by ${mover}.`;
  return seconder ? `Seconded by ${seconder}.` : '';
}

/**
 * The lines of the item the parse read into its motions (each to its motion's index), and the
 * motions as published. `Casting vote: Cllr Ortega (Chair)` is printed with all its words.
 */
export function itemMotions(item: Item, lines: readonly string[]): { byLine: Map<number, number>; motions: RenderedMotion[] } {
  const byLine = new Map<number, number>();
  const motions = item.motions ?? [];
  const casting = new Map<number, string>();
  motions.forEach((m, k) => {
    const next = motions[k + 1]?.range.start.line ?? item.range.end.line + 1;
    for (let l = m.range.start.line; l < next && l < lines.length; l++) {
      const p = matchProceedingLine(lines[l]);
      if (!p || p.key === 'interest') continue;
      const value = lines[l].slice(p.value.start, p.value.end);
      if (readBy(m, p.key, l, value)) {
        byLine.set(l, k);
        if (p.key === 'casting') casting.set(k, value);
      }
    }
  });
  return { byLine, motions: motions.map((m, k) => publishedMotion(m, casting.get(k))) };
}

/** Whether the parse read line `l` (of key `key`) into motion `m`. */
function readBy(m: Motion, key: string, l: number, value: string): boolean {
  const at = (r: { start: { line: number } } | undefined): boolean => r?.start.line === l;
  const names = (list: Motion['vote']['ayes']): boolean => list !== undefined && (list.length ? at(list[0].range) : readNames(value).length === 0);
  switch (key) {
    case 'motion': case 'amendment': return at(m.range);
    case 'moved': return at(m.mover?.range) || (at(m.range) && m.mover !== undefined);
    case 'seconded': return at(m.seconder?.range);
    case 'vote': return at(m.vote.countsRange);
    case 'for': return names(m.vote.ayes);
    case 'against': return names(m.vote.nays);
    case 'abstained': return names(m.vote.abstainers);
    case 'casting': return at(m.vote.castingVote?.range);
    case 'result': return at(m.result?.range);
    default: return false;
  }
}

function publishedMotion(m: Motion, casting: string | undefined): RenderedMotion {
  const v = m.vote;
  const counts = { for: v.for ?? v.ayes?.length, against: v.against ?? v.nays?.length, abstain: v.abstain ?? v.abstainers?.length };
  const counted = counts.for !== undefined || counts.against !== undefined || counts.abstain !== undefined;
  const summary = [
    movedBy(m.mover?.text, m.seconder?.text),
    outcome({ ...counts, unanimous: counted ? v.unanimous : v.unanimous && !m.result, withoutVote: v.withoutVote }, undefined),
    casting ? `Casting vote: ${sentence(casting)}` : '',
    // "CARRIED UNANIMOUSLY." when no counts are written
    m.result ? outcome({ unanimous: v.unanimous && !counted }, m.result.value) : '',
  ].filter((x) => x).join(' ');
  const named = [['For', v.ayes], ['Against', v.nays], ['Abstained', v.abstainers]] as const;
  const recorded = named.filter(([, n]) => n !== undefined).map(([label, n]) => ({ label, names: n!.length ? n!.map((x) => x.text).join(', ') : 'none' }));
  return { label: m.kind === 'amendment' ? 'Amendment' : 'Motion', text: m.text ? sentence(m.text) : '', summary, recorded };
}

/** The item an interest names, as published: its number, and its title unless the public version withholds the item. */
function itemNamed(meeting: Meeting, ref: string | undefined, holder: Item, isPublic: boolean): string {
  const at = ref !== undefined ? itemIndex(meeting, ref) : meeting.items.indexOf(holder);
  const item = meeting.items[at];
  if (!item) return ref ?? '';
  const number = item.number ? numberLabel(item.number) : ref ?? '';
  if (isPublic && withholding(item, meeting)) return number;
  return [number, item.title.trim()].filter((x) => x).join(' ');
}

/** The declarations of interest written in the item, as rows (what the member did as written). */
export function interestRows(item: Item, meeting: Meeting, lines: readonly string[], isPublic: boolean): Map<number, InterestRow> {
  const out = new Map<number, InterestRow>();
  for (const i of item.interests ?? []) {
    const words = (r: { start: { line: number; character: number }; end: { character: number } } | undefined): string => (r ? (lines[r.start.line] ?? '').slice(r.start.character, r.end.character) : '');
    out.set(i.range.start.line, { member: i.member.text, item: itemNamed(meeting, i.item?.value, item, isPublic), kind: i.kind?.value ?? '', action: words(i.action?.range) });
  }
  return out;
}

/**
 * Arrivals and departures written in the items the version shows, and the meeting's adjournments
 * and reconvenings (`The meeting` | `adjourned` | `20:10`), in the order of the text.
 */
export function movements(meeting: Meeting, isPublic: boolean): Movement[] {
  const out: Movement[] = [];
  const away = new Set<string>();
  for (const item of meeting.items) {
    if (isPublic && withholding(item, meeting)) continue;
    const here: Array<{ line: number; row: Movement }> = [];
    for (const a of item.arrivals) {
      const who = a.name.text.toLowerCase();
      const change = a.kind === 'joined' ? (away.has(who) ? 'returned' : 'arrived') : a.withdrawal ? 'withdrew for the item' : 'left the meeting';
      if (a.kind === 'joined') away.delete(who); else away.add(who);
      const ref = a.item ? `${a.item.after ? 'after ' : ''}${itemNamed(meeting, a.item.ref, item, isPublic)}` : itemNamed(meeting, undefined, item, isPublic);
      here.push({ line: a.name.range.start.line, row: { member: a.name.text, change, time: a.time ?? '', item: ref } });
    }
    for (const a of item.adjournments ?? []) {
      const line = a.range.start.line;
      const ref = itemNamed(meeting, undefined, item, isPublic);
      if (a.adjourned) here.push({ line, row: { member: 'The meeting', change: 'adjourned', time: a.adjourned.time ?? '', item: ref } });
      if (a.reconvened) {
        const roll = a.reconvened.roll === 'same' ? ', the same members present' : a.reconvened.roll === 'called' ? ', roll call taken' : '';
        here.push({ line, row: { member: 'The meeting', change: `reconvened${roll}`, time: a.reconvened.time ?? '', item: ref } });
      }
    }
    // in the order of the text (a stable sort keeps an adjournment before its reconvening on one line)
    out.push(...here.sort((x, y) => x.line - y.line).map((x) => x.row));
  }
  return out;
}

/** A motion as lines of text: its words, the vote and result, the recorded vote (one form for every writer). */
export function motionLines(m: RenderedMotion): { text?: string; summary: string; recorded?: string } {
  return {
    text: m.text ? `${m.label}: ${m.text}` : undefined,
    summary: m.summary,
    recorded: m.recorded.length ? `Recorded vote – ${m.recorded.map((r) => `${r.label}: ${r.names}`).join('; ')}.` : undefined,
  };
}

export const INTEREST_COLUMNS = ['Member', 'Item', 'Interest', 'Action taken'] as const;
export const interestCells = (r: InterestRow): string[] => [r.member, r.item, r.kind, r.action];
export const MOVEMENT_COLUMNS = ['Member', 'Arrival or departure', 'Time', 'Item'] as const;
export const movementCells = (m: Movement): string[] => [m.member, m.change, m.time, m.item];
