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

/** The client command a code lens runs to show the open actions (`minutes.actions.showOpen` in VS Code). */
export const SHOW_OPEN_ACTIONS_COMMAND = 'minutes.actions.showOpen';

/** A new meeting's minutes, or why none can be made (a message for the clerk). */
export type NewMeetingResult =
  | { readonly text: string; readonly fileName: string; /** The meeting it follows; the new file goes in its folder. */ readonly after?: string }
  | { readonly error: string };

/** What to offer before asking: the next meeting's date (as the clerk writes dates) and the title. */
export interface NewMeetingDefaults { readonly date: string; readonly title?: string; readonly after?: string }
export const NewMeetingDefaultsRequest = new RequestType<Record<string, never>, NewMeetingDefaults, void>('minutes/newMeetingDefaults');

/** The next meeting from the latest one: `date` as the clerk typed it (`22/11/2026`, `22 November 2026`). */
export const NewMeetingRequest = new RequestType<{ date: string }, NewMeetingResult, void>('minutes/newMeeting');

/** A minutes skeleton from the agenda in `text` (the open file, whatever its language); `uri` places it in the workspace's numbering. */
export const MinutesFromAgendaRequest = new RequestType<{ uri: string; text: string }, NewMeetingResult, void>('minutes/minutesFromAgenda');

/** The meeting as it will be published, as the body of an HTML page (the preview): items carry `data-line`. */
export const RenderRequest = new RequestType<{ uri: string; version?: 'public' | 'full' }, { html: string; css: string; title: string } | { error: string }, void>('minutes/render');

/** The published minutes of an open meeting: HTML, Word or Markdown, public or full, as base64 bytes. */
export const ExportMeetingRequest = new RequestType<{ uri: string; to: 'html' | 'docx' | 'md'; version: 'public' | 'full' }, { base64: string } | { error: string }, void>('minutes/exportMeeting');

/** Published minutes (text extracted from a PDF) in clean markup, every word kept. */
export const ImportPublishedRequest = new RequestType<{ text: string }, { text: string }, void>('minutes/importPublished');
