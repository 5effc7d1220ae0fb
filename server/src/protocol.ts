/**
 * The custom requests of the Minutes language server, typed once and shared by the server and
 * the VS Code client (docs/protocol.md describes them for other clients). Types only, plus the
 * request objects: no other code.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ActionRecord, DecisionRecord, LogFormat } from './service/index';

export interface ActionsParams {
  /** Keep actions with any of these statuses: `open`, `carried forward`, `done`, `dropped`. */
  readonly status?: string[];
  /** Keep actions with an owner whose name, initials, role or body contains this (any case). */
  readonly owner?: string;
}

/** One action of the log: reference, text, owners, due date, status, overdue flag, meeting, file and range. */
export type ActionEntry = ActionRecord;
export type DecisionEntry = DecisionRecord;

export const ActionsRequest = new RequestType<ActionsParams, ActionEntry[], void>('minutes/actions');

export const DecisionsRequest = new RequestType<Record<string, never>, DecisionEntry[], void>('minutes/decisions');

export interface ExportParams extends ActionsParams {
  readonly format: Exclude<LogFormat, 'json'>;
  /** `actions` (the default) or `decisions`. */
  readonly what?: 'actions' | 'decisions';
}
export const ExportRequest = new RequestType<ExportParams, { text: string }, void>('minutes/export');

export interface MeetingSummary {
  readonly items: number;
  readonly actions: number;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly date?: string;
  /** Whether a later meeting recorded these minutes as a correct record. */
  readonly approved: boolean;
  readonly approvedOn?: string;
}
export const MeetingSummaryRequest = new RequestType<{ uri: string }, MeetingSummary | null, void>('minutes/meetingSummary');

/** Sent by the server when the action log or decisions may have changed (a file was edited, created or deleted). */
export const ActionsChangedNotification = new NotificationType<Record<string, never>>('minutes/actionsChanged');
