/**
 * Attendance across meetings, as boards publish it in annual reports ("meetings attended of
 * meetings held") and item by item within a meeting (who was present and who could vote): built
 * from the room (`room.ts`) of each meeting, written as Markdown, CSV or JSON. An item the public
 * version withholds (`confidential.ts`) keeps its number and its attendance, never its title.
 */
import type { Meeting } from '../model';
import { withholding } from '../confidential';
import { csvCell, escapeMarkdownText } from '../publish/escape';
import { roomFor, type Attendee } from './room';
import { readQualifier } from '../forms/qualifiers';
import { nameAsListed } from '../people';

export interface ItemAttendance {
  readonly number?: string;
  readonly title: string;
  readonly present: readonly string[];
  readonly eligible: readonly string[];
  readonly withdrawn: readonly string[];
}

export interface MeetingAttendance {
  readonly uri: string;
  readonly date?: string;
  readonly title: string;
  /** In the room for at least one item (or listed present, when the meeting has no items). */
  readonly present: readonly string[];
  readonly apologies: readonly string[];
  readonly absent: readonly string[];
  readonly items: readonly ItemAttendance[];
}

export type MemberStatus = 'present' | 'part' | 'apologies' | 'absent';

export interface MemberAttendance {
  readonly name: string;
  /** Meetings the member attended (all or part), of `held`: the meetings whose lists name them. */
  readonly attended: number;
  readonly held: number;
  readonly meetings: ReadonlyArray<{ readonly uri: string; readonly date?: string; readonly status: MemberStatus }>;
}

export interface AttendanceReport {
  readonly meetings: readonly MeetingAttendance[];
  readonly members: readonly MemberAttendance[];
}

export interface MeetingSource { readonly uri: string; readonly date?: string; readonly title: string; readonly meeting: Meeting }

const names = (list: readonly Attendee[]): string[] => list.map((a) => a.name);

/** Attendance of each meeting (in the order given) and of each member across them. */
export function attendanceReport(sources: readonly MeetingSource[], settings: { readonly bodies: readonly string[]; readonly interests?: { readonly mustLeave: readonly string[] }; readonly remoteMayVote?: boolean }): AttendanceReport {
  const meetings: MeetingAttendance[] = [];
  const members = new Map<string, { name: string; meetings: Array<{ uri: string; date?: string; status: MemberStatus }> }>();
  const note = (name: string, uri: string, date: string | undefined, status: MemberStatus): void => {
    const key = name.toLowerCase();
    const m = members.get(key) ?? { name, meetings: [] };
    members.set(key, m);
    if (!m.meetings.some((x) => x.uri === uri)) m.meetings.push({ uri, date, status });
  };
  for (const s of sources) {
    const room = roomFor(s.meeting, settings);
    const items: ItemAttendance[] = room.items.map((ir) => ({
      ...(ir.item.number ? { number: ir.item.number.written.trim() } : {}),
      title: withholding(ir.item, s.meeting) ? 'Confidential item' : ir.item.title,
      present: names(ir.present), eligible: names(ir.eligible), withdrawn: names(ir.withdrawn),
    }));
    const listed = s.meeting.people.flatMap((b) => b.people.map((p) => ({ block: b.kind, name: nameAsListed(p), voting: b.kind === 'present' && !(p.qualifiers ?? []).some((q) => q.kind === 'observer') && readQualifier(p.role ?? '')?.kind !== 'observer' })));
    const seen = new Map<string, { name: string; items: number; voting: boolean }>();
    for (const ir of room.items) for (const a of ir.present) {
      const k = a.name.toLowerCase();
      const e = seen.get(k) ?? { name: a.name, items: 0, voting: a.voting };
      e.items++;
      seen.set(k, e);
    }
    if (room.items.length === 0) for (const p of listed) if (p.block === 'present' || p.block === 'inAttendance') seen.set(p.name.toLowerCase(), { name: p.name, items: 0, voting: p.voting });
    meetings.push({
      uri: s.uri, ...(s.date ? { date: s.date } : {}), title: s.title,
      present: [...seen.values()].map((e) => e.name),
      apologies: listed.filter((p) => p.block === 'apologies').map((p) => p.name),
      absent: listed.filter((p) => p.block === 'absent').map((p) => p.name),
      items,
    });
    // the members: those who may vote, present or not
    for (const e of seen.values()) if (e.voting) note(e.name, s.uri, s.date, room.items.length > 0 && e.items < room.items.length ? 'part' : 'present');
    for (const p of listed) if (p.block === 'apologies' || p.block === 'absent') note(p.name, s.uri, s.date, p.block);
  }
  const out: MemberAttendance[] = [...members.values()].map((m) => ({ name: m.name, attended: m.meetings.filter((x) => x.status === 'present' || x.status === 'part').length, held: m.meetings.length, meetings: m.meetings }));
  out.sort((a, b) => a.name.localeCompare(b.name));
  return { meetings, members: out };
}

export type AttendanceFormat = 'md' | 'csv' | 'json';

/** The report as a file: Markdown (two tables and a section a meeting), CSV (one row a member and meeting) or JSON. */
export function formatAttendance(report: AttendanceReport, format: AttendanceFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') {
    const rows = [['member', 'meeting date', 'meeting', 'status', 'attended', 'held'].join(',')];
    const titles = new Map(report.meetings.map((m) => [m.uri, m.title]));
    for (const m of report.members) for (const x of m.meetings) rows.push([m.name, x.date ?? '', titles.get(x.uri) ?? '', x.status, String(m.attended), String(m.held)].map(csvCell).join(','));
    return `${rows.join('\n')}\n`;
  }
  const md = (s: string): string => escapeMarkdownText(s);
  const lines = ['# Attendance', '', '| Member | Attended | Of meetings |', '| --- | ---: | ---: |'];
  for (const m of report.members) lines.push(`| ${md(m.name)} | ${m.attended} | ${m.held} |`);
  for (const m of report.meetings) {
    lines.push('', `## ${md(m.title)}${m.date ? `, ${m.date}` : ''}`, '');
    lines.push(`Present: ${m.present.map(md).join(', ') || 'none recorded'}`);
    if (m.apologies.length) lines.push(`Apologies: ${m.apologies.map(md).join(', ')}`);
    if (m.absent.length) lines.push(`Absent: ${m.absent.map(md).join(', ')}`);
    if (m.items.length) {
      lines.push('', '| Item | Present and eligible to vote | Withdrew |', '| --- | --- | --- |');
      for (const i of m.items) lines.push(`| ${md([i.number, i.title].filter(Boolean).join(' '))} | ${i.eligible.length}: ${i.eligible.map(md).join(', ')} | ${i.withdrawn.map(md).join(', ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
