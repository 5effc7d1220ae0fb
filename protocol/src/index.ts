/**
 * The custom requests of the Minutes language server, typed once and shared by the server and
 * the VS Code client (docs/protocol.md describes them for other clients). Types and request
 * objects, plus the two functions of the compact action table, so that both ends agree on it.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { ActionRecord, AttendanceFormat, AttendanceReport, DecisionRecord, LogFormat } from '#service';
import type { MovementChange, RoomAtLine, VotedDecision } from '#service';

/** What a client may pass in `initialize`'s `initializationOptions`. */
export interface InitializationOptions {
  /** The `minutes` settings, as `workspace/didChangeConfiguration` would send them. */
  readonly settings?: unknown;
  /**
   * A folder of the client's own for this workspace (VS Code: the extension's workspace storage),
   * where the server keeps the workspace index between sessions. Without it the server reads
   * every file at each start.
   */
  readonly indexFolder?: string;
}

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

/**
 * The action log as a table, for a client that shows all of it: each meeting's file, date and
 * title once, and one row an action. A tenth of the objects and less than half the characters
 * of `minutes/actions` for the same log, so a ten-year archive's log travels in milliseconds.
 */
export interface ActionTable {
  /** `[uri, date or null, title]` of each meeting that has actions. */
  readonly meetings: ReadonlyArray<readonly [string, string | null, string]>;
  readonly rows: readonly ActionRow[];
}
/**
 * `[ref, text, owners, ownerNames (null: the same as owners), due, dueDate, status, overdue (0 or 1),
 * history as [status, note, meetingDate], meeting (index into meetings), itemTitle,
 * range as [startLine, startCharacter, endLine, endCharacter]]`. The item is the reference
 * without its `-A<n>` (`079/22-A1` is an action of item `079/22`), so it is not sent again.
 */
export type ActionRow = readonly [
  string, string, readonly string[], readonly string[] | null, string | null, string | null, ActionRecord['status'], 0 | 1,
  ReadonlyArray<readonly [ActionRecord['status'], string, string | null]>, number, string, readonly [number, number, number, number],
];
export const ActionTableRequest = new RequestType<ActionsParams, ActionTable, void>('minutes/actionTable');

// Records are kept across updates of the workspace model while nothing about them changed:
// so is each one's row (valid while its meeting keeps its place in the table).
const rowsOf = new WeakMap<ActionRecord, { readonly m: number; readonly row: ActionRow }>();

export function toActionTable(actions: readonly ActionRecord[]): ActionTable {
  const meetings: Array<readonly [string, string | null, string]> = [];
  const index = new Map<string, number>();
  const rows: ActionRow[] = [];
  for (const a of actions) {
    let m = index.get(a.uri);
    if (m === undefined) {
      m = meetings.length;
      index.set(a.uri, m);
      meetings.push([a.uri, a.meetingDate ?? null, a.meetingTitle]);
    }
    const hit = rowsOf.get(a);
    rows.push(hit && hit.m === m ? hit.row : rowOf(a, m));
  }
  return { meetings, rows };
}

function rowOf(a: ActionRecord, m: number): ActionRow {
  const same = a.ownerNames.length === a.owners.length && a.ownerNames.every((n, i) => n === a.owners[i]);
  const r = a.range;
  const row: ActionRow = [
    a.ref, a.text, a.owners, same ? null : a.ownerNames, a.due ?? null, a.dueDate ?? null, a.status, a.overdue ? 1 : 0,
    a.history.map((h) => [h.status, h.note, h.meetingDate ?? null] as const), m, a.itemTitle,
    [r.start.line, r.start.character, r.end.line, r.end.character],
  ];
  rowsOf.set(a, { m, row });
  return row;
}

export function fromActionTable(table: ActionTable): ActionEntry[] {
  return table.rows.map(([ref, text, owners, ownerNames, due, dueDate, status, overdue, history, m, itemTitle, [l1, c1, l2, c2]]) => {
    const [uri, meetingDate, meetingTitle] = table.meetings[m];
    return {
      ref, text, owners, ownerNames: ownerNames ?? owners, due: due ?? undefined, dueDate: dueDate ?? undefined, status, overdue: overdue === 1,
      history: history.map(([hs, note, date]) => ({ status: hs, note, meetingDate: date ?? undefined })),
      meetingDate: meetingDate ?? undefined, meetingTitle, item: ref.slice(0, ref.lastIndexOf('-A')), itemTitle, uri,
      range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } },
    };
  });
}

export const DecisionsRequest = new RequestType<Record<string, never>, DecisionEntry[], void>('minutes/decisions');

export interface ExportParams extends ActionsParams, ExportedView {
  readonly format: Exclude<LogFormat, 'json'>;
  /** `actions` (the default) or `decisions`. */
  readonly what?: 'actions' | 'decisions';
  /** `public` (the default) leaves out what items withheld from the public minutes record; `full` keeps it, marked. */
  readonly version?: 'public' | 'full';
}
export const ExportRequest = new RequestType<ExportParams, { text: string }, void>('minutes/export');

/** The record of the workspace's meetings as open data (`json`, or `csv`: one table per kind) or a calendar (`ics`). */
export interface ExportRecordParams {
  readonly format: 'json' | 'csv' | 'ics';
  /** `public` (the default) leaves out what the public minutes withhold; `full` keeps it, marked. */
  readonly version?: 'public' | 'full';
  /** `ics`: only the actions of this owner (name, initials or role; part of it will do). */
  readonly owner?: string;
}
/** The files to write, by name (`minutes-record.json`, `meetings.csv` …, `minutes-calendar.ics`): the client chooses where. */
export interface ExportRecordResult { readonly files: ReadonlyArray<{ readonly name: string; readonly text: string }> }
export const ExportRecordRequest = new RequestType<ExportRecordParams, ExportRecordResult, void>('minutes/exportRecord');

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
/** `template`: the board's Word template (.dotx or .docx) in base64, for `to: 'docx'` (the client reads the file its setting `minutes.wordTemplate` names). */
export const ExportMeetingRequest = new RequestType<{ uri: string; to: 'html' | 'docx' | 'md' | 'notice-html' | 'notice-docx' | 'notice-md'; version: 'public' | 'full'; template?: string }, { base64: string } | { error: string }, void>('minutes/exportMeeting');

/**
 * Published minutes (text extracted from a PDF) in clean markup, every word kept; with the file
 * name the meeting's date gives, the latest meeting (whose folder holds the board's meetings) and
 * the workspace's meetings of the same date, so that the client asks before it writes. Send the
 * file's bytes as `base64` (text in any encoding the server reads: UTF-8, UTF-16, Windows-1252; a
 * Word document, a PDF or a web page, told by their first bytes or by `name`'s extension), or text
 * already decoded as `text`. A file that cannot be read (a scan, a password, damage) gives `error`,
 * a sentence for the clerk.
 */
export const ImportPublishedRequest = new RequestType<{ text?: string; base64?: string; name?: string }, ImportPublishedResult | { error: string }, void>('minutes/importPublished');
/** `note` says the file's encoding when it was not UTF-8. */
export interface ImportPublishedResult { text: string; note?: string; fileName?: string; meetingDate?: string; latest?: string; sameDate: readonly string[] }

/**
 * What the Actions view shows, for `minutes/export`: its groups in order (a meeting, an owner or a
 * status), each with its title and its actions (file and reference) in order. When given, the
 * export lists these actions, grouped so, instead of the whole log.
 */
export interface ExportedView {
  /** What the groups are (`By owner`): the heading of the CSV's group column. */
  readonly groupedBy?: string;
  readonly groups?: ReadonlyArray<{ readonly title: string; readonly actions: ReadonlyArray<{ readonly uri: string; readonly ref: string }> }>;
}

/** The statuses the Actions view can give an action (its right-click menu). */
export type SettableStatus = 'done' | 'carried forward' | 'dropped';

/** Writes an action's status in the latest meeting (the action's `ref`, and the file it was written in). */
export interface SetActionStatusParams { readonly uri: string; readonly ref: string; readonly status: SettableStatus; readonly note?: string }
/**
 * The edits of one file (the latest meeting's) for the client to apply, and what they do in a
 * clerk's words ("Marked 075/22-A1 done in 2022-10-25.minutes: changed its CARRIED FORWARD line
 * (line 18)."); or why nothing can be written.
 */
export type SetActionStatusResult =
  | { readonly uri: string; readonly edits: ReadonlyArray<{ readonly range: { start: { line: number; character: number }; end: { line: number; character: number } }; readonly newText: string }>; readonly message: string }
  | { readonly error: string };
export const SetActionStatusRequest = new RequestType<SetActionStatusParams, SetActionStatusResult, void>('minutes/setActionStatus');

// An action of an item with no minute number yet has the stand-in reference `(no number)-A1`:
// part of what `minutes/actions` and `minutes/actionTable` send, so a client can name it.
export { shownActionRef, unnumberedActionIndex } from '#service/unnumbered';

// Whether an action is open (`open` or `carried forward`): the service's one answer, for the Actions view.
export { isOpenStatus, OPEN_STATUSES } from '#service/actionStatus';

// The language the published minutes declare (`en-GB`): the preview's page declares it as the exports do.
export { PUBLISHED_LANGUAGE } from '#service/publish/language';

/**
 * `minutes/buildSite`: the public website of the meetings of `folder` (a folder URI), written into
 * `out` (a folder URI; made if missing; only the site's own files are written). Always the public
 * version. Answers how many meetings and files, and the home page's URI.
 */
export interface BuildSiteParams { readonly folder: string; readonly out: string; readonly title?: string }
export type BuildSiteResult = { readonly meetings: number; readonly files: number; readonly index: string } | { readonly error: string };
export const BuildSiteRequest = new RequestType<BuildSiteParams, BuildSiteResult, void>('minutes/buildSite');

/**
 * Record Approval (issue 21 §3): what the client may offer the clerk for an open meeting, read
 * from the folder (the later meeting whose minutes agreed this one's: its date, the minute that
 * says so, its chair). Each is absent when the folder cannot tell.
 */
export interface ApprovalDefaults { readonly date?: string; readonly minute?: string; readonly signedBy?: string; readonly status?: string }
export const ApprovalDefaultsRequest = new RequestType<{ uri: string }, ApprovalDefaults | { error: string }, void>('minutes/approvalDefaults');
/** The edit that writes the approval and the fingerprint of the text on the meeting's `Status:` line; the client applies it. */
export interface RecordApprovalParams { readonly uri: string; readonly date: string; readonly minute: string; readonly signedBy: string }
export interface RecordApprovalResult { readonly edits: ReadonlyArray<{ readonly range: { start: { line: number; character: number }; end: { line: number; character: number } }; readonly newText: string }>; readonly status: string }
export const RecordApprovalRequest = new RequestType<RecordApprovalParams, RecordApprovalResult | { error: string }, void>('minutes/recordApproval');

/**
 * `minutes/attendance`: attendance per meeting (item by item: who was present, who could vote, who
 * withdrew) and per member across the workspace's meetings (meetings attended of meetings held).
 * `uri` keeps one meeting; `format` also writes the report as Markdown, CSV or JSON text.
 */
export interface AttendanceParams {
  readonly uri?: string;
  readonly format?: AttendanceFormat;
}
export interface AttendanceResult {
  readonly report: AttendanceReport;
  readonly text?: string;
}
export const AttendanceRequest = new RequestType<AttendanceParams, AttendanceResult, void>('minutes/attendance');

/**
 * `minutes/roomAt`: who is in the room for the item at a position of an open meeting, as the
 * clerk types (the status bar): everyone in the room, the members present and eligible to vote,
 * those in the room who may not vote, the people of the lists elsewhere, and whether the members
 * eligible reach the quorum (`minutes.quorum`). Null when the meeting lists no one present.
 */
export interface RoomAtParams { readonly uri: string; readonly position: { readonly line: number; readonly character: number } }
export type RoomAtResult = RoomAtLine;
export const RoomAtRequest = new RequestType<RoomAtParams, RoomAtResult | null, void>('minutes/roomAt');

/**
 * `minutes/recordMovement`: the edit that writes `Cllr Evans left the meeting at 20:05.` (or
 * `joined`) on its own line at a position of an open meeting, in the item there; `time` is the
 * clerk's clock (`HH:MM`; the server's when absent). The client applies the edit; `error` says
 * what to do instead (the cursor before the first item, a name on two lines).
 */
export interface RecordMovementParams extends RoomAtParams { readonly name: string; readonly change: MovementChange; readonly time?: string }
export type RecordMovementResult =
  | { readonly edits: ReadonlyArray<{ readonly range: { start: { line: number; character: number }; end: { line: number; character: number } }; readonly newText: string }>; readonly line: number; readonly sentence: string }
  | { readonly error: string };
export const RecordMovementRequest = new RequestType<RecordMovementParams, RecordMovementResult, void>('minutes/recordMovement');

/**
 * `minutes/decisionsWithVotes`: every decision the workspace's minutes record a vote on (a motion or
 * amendment with a `Vote:` line, a decision whose sentence records one), newest meeting first: its
 * words, item, meeting, result (`carried`, `lost`, `withdrawn`), counts and the outcome as published.
 */
export type DecisionWithVote = VotedDecision;
export const DecisionsWithVotesRequest = new RequestType<Record<string, never>, DecisionWithVote[], void>('minutes/decisionsWithVotes');
