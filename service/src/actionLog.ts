/** The action log and decisions register as a board secretary pastes them into a report. */
import type { ActionRecord, DecisionRecord } from './workspace';
import type { PublishVersion } from './publish/render';
import { displayDate } from './dates';
import { csvCell, escapeMarkdownText, stringsWithoutBidi } from './publish/escape';
import { shownActionRef } from './unnumbered';

export type LogFormat = 'md' | 'csv' | 'json';

/**
 * The public version (the default: a log is exported to leave the building) leaves out the
 * actions and decisions of items withheld from the public minutes (`confidential.ts`) and what
 * withheld items said of other actions; the full version keeps them, marked.
 */
export function publicActions(actions: readonly ActionRecord[], version: PublishVersion): readonly ActionRecord[] {
  if (version === 'full') return actions;
  return actions.filter((a) => !a.confidential).map((a) => (a.history.some((h) => h.confidential) ? { ...a, history: a.history.filter((h) => !h.confidential) } : a));
}

const marked = (ref: string, r: { readonly confidential?: true }): string => (r.confidential ? `${shownActionRef(ref)} (confidential)` : shownActionRef(ref));

function ukDate(iso: string | undefined): string {
  return iso ? displayDate(iso) : '';
}

// the same escaping as the published minutes' (escape.ts): no cell runs as a formula or renders as markup
const mdCell = escapeMarkdownText;

function dueText(a: ActionRecord): string {
  if (a.dueDate) return ukDate(a.dueDate);
  return a.due ?? '';
}

const ACTION_COLUMNS = ['Reference', 'Action', 'Owner', 'Due', 'Status', 'Meeting date'];

function actionRow(a: ActionRecord): string[] {
  return [marked(a.ref, a), a.text, a.owners.join(', '), dueText(a), a.status + (a.overdue ? ' (overdue)' : ''), ukDate(a.meetingDate)];
}

export function formatActions(all: readonly ActionRecord[], format: LogFormat, version: PublishVersion = 'public'): string {
  const actions = publicActions(all, version);
  if (format === 'json') return JSON.stringify(stringsWithoutBidi(actions), null, 2);
  const rows = actions.map(actionRow);
  if (format === 'csv') return [ACTION_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return table(ACTION_COLUMNS, rows);
}

/**
 * The actions as a view groups them (by meeting, owner or status): in Markdown a heading and a
 * table per group, in CSV a first column naming the group (`groupedBy` is its heading).
 */
export function formatActionGroups(all: ReadonlyArray<{ readonly title: string; readonly actions: readonly ActionRecord[] }>, groupedBy: string, format: Exclude<LogFormat, 'json'>, version: PublishVersion = 'public'): string {
  const groups = all.map((g) => ({ title: g.title, actions: publicActions(g.actions, version) })).filter((g) => g.actions.length > 0);
  if (format === 'csv') {
    const rows = groups.flatMap((g) => g.actions.map((a) => [g.title, ...actionRow(a)]));
    return [[groupedBy, ...ACTION_COLUMNS], ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
  return groups.map((g) => `## ${mdCell(g.title)}\n\n${table(ACTION_COLUMNS, g.actions.map(actionRow))}`).join('\n');
}

const DECISION_COLUMNS = ['Meeting date', 'Item', 'Title', 'Decision'];

/** The decisions a version publishes: the public one leaves out those of withheld items. */
export function publicDecisions(all: readonly DecisionRecord[], version: PublishVersion): readonly DecisionRecord[] {
  return version === 'full' ? all : all.filter((d) => !d.confidential);
}

export function formatDecisions(all: readonly DecisionRecord[], format: LogFormat, version: PublishVersion = 'public'): string {
  const decisions = publicDecisions(all, version);
  if (format === 'json') return JSON.stringify(stringsWithoutBidi(decisions), null, 2);
  const rows = decisions.map((d) => [ukDate(d.meetingDate), marked(d.item, d), d.itemTitle, d.text]);
  if (format === 'csv') return [DECISION_COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return table(DECISION_COLUMNS, rows);
}

function table(columns: string[], rows: string[][]): string {
  const lines = [`| ${columns.join(' | ')} |`, `| ${columns.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(mdCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
