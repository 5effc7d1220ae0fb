/**
 * Completion while typing live: the next minute number and the keywords at the start of a line,
 * people after `Presented by:` and in an action's `Owner:`, the members eligible for the item after
 * `Moved:`, `Seconded:` and in a recorded vote's lists (proceedings/eligible.ts), dates after `Date:`, `Due:` and
 * `Next meeting:`, and items after `see`.
 */
import type { MinutesDocument, Person } from './model';
import type { Range } from './types';
import type { WorkspaceModel } from './workspace';
import { CANONICAL } from './markup';
import { formatDate, todayParts, displayDate, longDate, type DateOrder } from './dates';
import { formatNumber, numberLabel, type MinuteNumber } from './numbers';
import { firstNumberOn, meetingYear } from './numbering';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { snippets } from './snippets';
import { eligibleCompletions, type RoomSettings } from './proceedings/eligible';
import { DEFAULT_SETTINGS } from './settings';

export interface Completion {
  readonly label: string;
  readonly kind: 'number' | 'keyword' | 'person' | 'date' | 'item' | 'snippet';
  /** Plain text, or for a `snippet` a body in the snippet syntax (`${1:Title}`). */
  readonly insertText: string;
  /** What the typed text is matched against (name, initials and role for a person). */
  readonly filterText?: string;
  readonly detail?: string;
  readonly sortText?: string;
  /** The typed text the completion replaces. */
  readonly range: Range;
}

const KEYWORDS = [CANONICAL.action, CANONICAL.decision, CANONICAL.presentedBy, CANONICAL.nextMeeting, CANONICAL.blocks.present, CANONICAL.blocks.apologies, CANONICAL.blocks.inAttendance];

/** The number the next item should take, for an item written at `line`: across meetings when the workspace knows the previous one. */
function nextNumberAt(doc: MinutesDocument, line: number, model: WorkspaceModel | undefined, uri: string, today: Date): MinuteNumber {
  const m = doc.meeting;
  const before = m?.items.filter((i) => i.headRange.start.line < line) ?? [];
  // an unnumbered item in between holds its place, as in the sequence rule
  for (let k = before.length - 1, unnumbered = 0; k >= 0; k--, unnumbered++) {
    const n = before[k].number;
    if (n) return { seq: n.seq + 1 + unnumbered, year: n.year };
  }
  if (doc.scheme === 'per-meeting') return { seq: 1 };
  return firstNumberOn(model, uri, m?.date?.iso, meetingYear(doc, today));
}

const ATTENDANCE: Record<Person['block'], string> = { present: 'present', apologies: 'sent apologies', inAttendance: 'in attendance', absent: 'absent' };
/** Those present first, then those in attendance, then those who sent apologies or were absent. */
const RANK: Record<Person['block'], number> = { present: 0, inAttendance: 1, apologies: 2, absent: 3 };

/**
 * What the list says of a person: how they attend this meeting ("sent apologies to this meeting",
 * so the clerk knows an owner is absent), or for a person found in another meeting, that meeting's
 * list and date ("apologies, 26 July 2022").
 */
function attendanceDetail(p: Person, meetingIso: string | undefined): string {
  if (meetingIso === undefined) return p.block === 'apologies' ? 'sent apologies to this meeting' : ATTENDANCE[p.block];
  const said = p.block === 'apologies' ? 'apologies' : ATTENDANCE[p.block];
  return `${said}, ${meetingIso ? longDate(meetingIso, false) : 'another meeting'}`;
}

/** People as completions; `meetingIso` is set (empty when undated) for the people of another meeting. */
function personItems(people: readonly Person[], range: Range, sortPrefix: string, seen: Set<string>, meetingIso?: string): Completion[] {
  const out: Completion[] = [];
  for (const p of people) {
    const key = p.name.display.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      label: p.role ? `${p.name.display} : ${p.role}` : p.name.display, kind: 'person', insertText: p.name.display, range,
      filterText: [p.name.display, p.initials ?? p.name.initials, p.role ?? ''].join(' '), sortText: `${sortPrefix}${RANK[p.block]}${p.name.display}`,
      detail: attendanceDetail(p, meetingIso),
    });
  }
  return out;
}

export function completions(doc: MinutesDocument, lines: readonly string[], line: number, character: number, uri: string, today: Date, order: DateOrder, model?: WorkspaceModel, settings: RoomSettings = DEFAULT_SETTINGS): Completion[] {
  const text = lines[line] ?? '';
  const prefix = text.slice(0, Math.min(character, text.length));
  const word = /[^\s,:;]*$/.exec(prefix)![0];
  const wordRange: Range = { start: { line, character: prefix.length - word.length }, end: { line, character: prefix.length } };

  // dates after Date:, Due:, Next meeting:
  const dateField = /\b(date|due|next meeting)\s*:\s*([^.]*)$/i.exec(prefix);
  if (dateField) {
    const typed = dateField[2];
    const range: Range = { start: { line, character: prefix.length - typed.length }, end: { line, character: prefix.length } };
    const t = todayParts(today);
    const out: Completion[] = [{ label: formatDate(t.year, t.month, t.day, order), kind: 'date', insertText: formatDate(t.year, t.month, t.day, order), detail: 'today', sortText: '0', range }];
    if (/due/i.test(dateField[1])) out.push({ label: 'next meeting', kind: 'date', insertText: 'next meeting', detail: doc.meeting?.nextMeeting ? `the meeting of ${doc.meeting.nextMeeting.text}` : 'resolved once the next meeting exists', sortText: '1', range });
    const next = doc.meeting?.nextMeeting;
    if (next?.iso) out.push({ label: displayDate(next.iso, order), kind: 'date', insertText: displayDate(next.iso, order), detail: 'the next meeting', sortText: '2', range });
    for (let w = 1; w <= 8; w++) {
      const d = addDays(today, 7 * w);
      const label = formatDate(d.getFullYear(), d.getMonth() + 1, d.getDate(), order);
      out.push({ label, kind: 'date', insertText: label, detail: `${format(d, 'EEEE d MMMM yyyy')} (in ${w} week${w === 1 ? '' : 's'})`, sortText: `3${w}`, range });
    }
    return out;
  }

  // after Moved:, Seconded: and in a recorded vote's lists: only the members who may vote on the item then
  const voters = eligibleCompletions(doc.meeting, text, line, character, settings);
  if (voters) return voters.map((v, i) => ({ label: v.name, kind: 'person' as const, insertText: v.name, detail: v.detail, sortText: String(i).padStart(3, '0'), range: v.range }));

  // people after Presented by: and in an action's Owner:
  const names = /(?:presented by|owners?)\s*:\s*(?:[^,&/]*(?:,|&|\/|\band\b)\s*)*([^,&/]*)$/i.exec(prefix);
  if (names && !/\.\s*$/.test(prefix)) {
    const typed = names[1];
    const range: Range = { start: { line, character: prefix.length - typed.trimStart().length }, end: { line, character: prefix.length } };
    const seen = new Set<string>();
    const here = doc.meeting?.people.flatMap((b) => b.people) ?? [];
    const out = personItems(here, range, '0', seen);
    if (model) for (const r of [...model.meetings].reverse()) if (r.uri !== uri) out.push(...personItems(r.meeting.people.flatMap((b) => b.people), range, '1', seen, r.date ?? ''));
    return out;
  }

  // items after "see"
  const see = /\bsee\s+(\d{0,3}(?:\/\d{0,2})?)$/i.exec(prefix);
  if (see) {
    const typed = see[1];
    const range: Range = { start: { line, character: prefix.length - typed.length }, end: { line, character: prefix.length } };
    const items = model ? [...model.items.entries()] : (doc.meeting?.items ?? []).filter((i) => i.number).map((i) => [numberLabel(i.number!), [{ uri, item: i }]] as const);
    return items.filter(([label]) => label.startsWith(typed)).slice(0, 200).map(([label, locs]) => ({
      label, kind: 'item' as const, insertText: label, range, detail: locs[0].item.title, sortText: label,
    }));
  }

  // the start of a line: the next minute number and the keywords
  if (/^\s*[\w/]*$/.test(prefix)) {
    const n = nextNumberAt(doc, line, model, uri, today);
    const number = formatNumber(n);
    const out: Completion[] = [{ label: number, kind: 'number', insertText: `${number} `, detail: 'the next minute number', sortText: '0', range: wordRange }];
    for (const [i, k] of KEYWORDS.entries()) out.push({ label: k, kind: 'keyword', insertText: `${k} `, sortText: `1${i}`, range: wordRange });
    // the snippets, each under every word that finds it, with the number and people of this meeting
    for (const [i, sn] of snippets(doc.meeting, n, today, order).entries()) {
      for (const p of sn.prefixes) out.push({ label: p, kind: 'snippet', insertText: sn.body, detail: sn.detail, sortText: `2${i}`, range: wordRange });
    }
    return out;
  }
  return [];
}
