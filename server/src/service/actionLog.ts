/** The action log and decisions register as a board secretary pastes them into a report. */
import type { ActionRecord, DecisionRecord } from './workspace';
import { displayDate } from './dates';

export type LogFormat = 'md' | 'csv' | 'json';

function ukDate(iso: string | undefined): string {
  return iso ? displayDate(iso) : '';
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function mdCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function dueText(a: ActionRecord): string {
  if (a.dueDate) return ukDate(a.dueDate);
  return a.due ?? '';
}

const ACTION_COLUMNS = ['Reference', 'Action', 'Owner', 'Due', 'Status', 'Meeting date'];

function actionRow(a: ActionRecord): string[] {
  return [a.ref, a.text, a.owners.join(', '), dueText(a), a.status + (a.overdue ? ' (overdue)' : ''), ukDate(a.meetingDate)];
}

export function formatActions(actions: readonly ActionRecord[], format: LogFormat): string {
  if (format === 'json') return JSON.stringify(actions, null, 2);
  const rows = actions.map(actionRow);
  if (format === 'csv') return [ACTION_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return table(ACTION_COLUMNS, rows);
}

/**
 * The actions as a view groups them (by meeting, owner or status): in Markdown a heading and a
 * table per group, in CSV a first column naming the group (`groupedBy` is its heading).
 */
export function formatActionGroups(groups: ReadonlyArray<{ readonly title: string; readonly actions: readonly ActionRecord[] }>, groupedBy: string, format: Exclude<LogFormat, 'json'>): string {
  if (format === 'csv') {
    const rows = groups.flatMap((g) => g.actions.map((a) => [g.title, ...actionRow(a)]));
    return [[groupedBy, ...ACTION_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
  return groups.map((g) => `## ${mdCell(g.title)}\n\n${table(ACTION_COLUMNS, g.actions.map(actionRow))}`).join('\n');
}

const DECISION_COLUMNS = ['Meeting date', 'Item', 'Title', 'Decision'];

export function formatDecisions(decisions: readonly DecisionRecord[], format: LogFormat): string {
  if (format === 'json') return JSON.stringify(decisions, null, 2);
  const rows = decisions.map((d) => [ukDate(d.meetingDate), d.item, d.itemTitle, d.text]);
  if (format === 'csv') return [DECISION_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return table(DECISION_COLUMNS, rows);
}

function table(columns: string[], rows: string[][]): string {
  const lines = [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(mdCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
