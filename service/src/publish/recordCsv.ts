/**
 * The open-data record as one CSV table per kind, for a spreadsheet: meetings, items, people,
 * attendance, actions, action history and decisions, joined by the identifiers of `record.ts`.
 * Every cell goes through `csvCell` (escape.ts), as the action log's do: no cell runs as a formula.
 */
import type { MinutesRecord } from './record';
import { csvCell } from './escape';

export type RecordTable = 'meetings' | 'items' | 'people' | 'attendance' | 'actions' | 'action-history' | 'decisions';
export const RECORD_TABLES: readonly RecordTable[] = ['meetings', 'items', 'people', 'attendance', 'actions', 'action-history', 'decisions'];

type Cell = string | number | boolean | undefined;

function csv(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const cell = (c: Cell): string => csvCell(c === undefined ? '' : String(c));
  return [columns.map(cell), ...rows.map((r) => r.map(cell))].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** Each table's file name (`meetings.csv`) and text. */
export function recordCsv(record: MinutesRecord): ReadonlyArray<{ readonly table: RecordTable; readonly name: string; readonly text: string }> {
  const tables: Record<RecordTable, string> = {
    meetings: csv(['id', 'date', 'title', 'time', 'location', 'chair', 'status', 'status_written', 'approved_at_meeting', 'approved_on', 'next_meeting', 'file'],
      record.meetings.map((m) => [m.id, m.date, m.title, m.time, m.location, m.chair, m.status, m.statusWritten, m.approvedAt?.meeting, m.approvedAt?.date, m.nextMeeting, m.file])),
    items: csv(['id', 'meeting', 'number', 'written', 'anchor', 'title', 'section', 'withheld', 'confidential', 'reason'],
      record.items.map((i) => [i.id, i.meeting, i.number, i.written, i.anchor, i.title, i.section, i.withheld, i.confidential, i.reason])),
    people: csv(['id', 'name', 'initials'], record.people.map((p) => [p.id, p.name, p.initials])),
    attendance: csv(['meeting', 'person', 'name', 'list', 'role'], record.attendance.map((a) => [a.meeting, a.person, a.name, a.list, a.role])),
    actions: csv(['id', 'ref', 'meeting', 'item', 'text', 'owners', 'owner_ids', 'owners_written', 'due', 'due_date', 'status', 'overdue', 'confidential'],
      record.actions.map((a) => [a.id, a.ref, a.meeting, a.item, a.text, a.owners.map((o) => o.name).join('; '), a.owners.map((o) => o.person ?? '').join('; '),
        a.owners.map((o) => o.written).join('; '), a.due, a.dueDate, a.status, a.overdue, a.confidential])),
    'action-history': csv(['action', 'ref', 'meeting', 'date', 'status', 'note'],
      record.actions.flatMap((a) => a.history.map((h) => [a.id, a.ref, h.meeting, h.date, h.status, h.note]))),
    decisions: csv(['id', 'meeting', 'item', 'text', 'votes_for', 'votes_against', 'abstentions', 'unanimous', 'result', 'mover', 'seconder', 'confidential'],
      record.decisions.map((d) => [d.id, d.meeting, d.item, d.text, d.vote?.for, d.vote?.against, d.vote?.abstentions, d.vote?.unanimous, d.vote?.result, d.vote?.mover, d.vote?.seconder, d.confidential])),
  };
  return RECORD_TABLES.map((table) => ({ table, name: `${table}.csv`, text: tables[table] }));
}
