/**
 * The Minutes language service: plain functions from text to typed results with exact ranges.
 * No `vscode` import, no LSP transport, no IO: the server, the CLI, tests and benchmarks call it.
 */
export * from './types';
export * from './model';
export { parse, parseOrThrow, parseSteps, detectScheme, type ParseOptions } from './parse/index';
export { analyzeText, reanalyze, changedLines, notCheckedBecause, AnalysisCache, type Analysis, type TextChange, type LineChange, type LineSource } from './analysis';
export { reparseItem } from './reparse';
export { analyze, analyzeAcrossMeetings, sameAcrossMeetings, toDiagnostics, toDiagnostic, fixesAt, severityOf, listedFindings, LISTED_PER_RULE, type Diagnostic, type CodeFix } from './diagnostics';
export { RULES, type Rule, type Finding, type Fix } from './rules/index';
export { documentSymbols, type OutlineSymbol, type SymbolKind } from './symbols';
export { foldingRanges, type Fold } from './folding';
export { workspaceSymbols, type ItemSymbol } from './workspaceSymbols';
export { readSettings, DEFAULT_SETTINGS, type ArchiveSetting, type MinutesSettings, type Severity, type SeveritySetting } from './settings';
export { formatNumber, numberLabel, type MinuteNumber, type NumberingScheme, type NumberingSetting } from './numbers';
export { SCHEMES, detectNumbering, matchHead, formatIn, expectedAfter, type Numbering, type SchemeName, type SchemeSetting } from './numberSchemes';
export { findDates, formatDate, type DateOrder } from './dates';
export { resolveMention, type Resolution } from './attendance';
export { CANONICAL } from './markup';
export { completions, type Completion } from './completion';
export { hover, escapeMarkdown, type Hover } from './hover';
/** The line split every feature uses (CRLF, CR and LF), for tests that compare ranges with lines. */
export { splitLines as splitLinesForTests } from './text';
export { buildWorkspace, updateWorkspace, filterActions, approvalNote, indexView, ACTION_STATUSES, type WorkspaceModel, type WorkspaceFile, type MeetingRecord, type ActionRecord, type DecisionRecord, type ActionFilter, type ActionStatus, type StatusChange } from './workspace';
export { encodeView, decodeView, INDEX_FORMAT } from './indexCodec';
export { formatActions, formatActionGroups, formatDecisions, type LogFormat } from './actionLog';
export { targetAt, occurrences, definition, highlights, type Target, type Occurrence } from './navigation';
export { prepareRename, renameItem, renamePerson, type RenameResult, type RenamePlace } from './rename';
export { renumberAll, markDone, firstNumberOf, setStatusInLatest, fileNameOf, type Refactoring, type StatusEdit } from './refactorings';
export { formatDocument, formatSteps } from './format';
export { codeLenses, type Lens } from './codeLens';
export { archiveReason, archiveNote, shownFindings } from './archive';
export { meetingStatus, type MeetingStatus } from './minutesStatus';
export { approvalState, recordApproval, normalisedMinutes, fingerprintOf, readFingerprint, withoutFingerprint, type ApprovalState, type ApprovalInput, type RecordedFingerprint } from './approval';
export { sha256Hex } from './sha256';
export { newMeetingAfterLatest, minutesFromAgenda, suggestedDate, readMeetingDate, latestMeeting, type NewMeeting } from './newMeeting';
export { displayDate } from './dates';
export { renderMeeting, DEFAULT_PUBLISH, type RenderedMeeting, type RenderedItem, type PublishOptions, type PublishVersion } from './publish/render';
export { renderHtml, htmlBody, escapeHtml, PUBLISHED_CSS } from './publish/html';
export { renderMarkdown } from './publish/markdown';
export { renderDocx } from './publish/docx';
export { importPublished, importSteps } from './publish/import';
export { finish, type Sliced } from './slices';
export { importPlace, type ImportPlace } from './publish/importPlace';
export { decodeText, encodingNote, type DecodedText, type TextEncodingName } from './encoding';
export { exportMeeting, exportExtension, EXPORT_FORMATS, type ExportFormat } from './publish/export';
export { buildNotice, noticeMarkdown, type DecisionNotice } from './publish/notice';
export { buildSite, ASSETS as SITE_ASSETS, type SiteMeeting, type SiteOptions, type SiteFile } from './site/index';
export { buildRecord, slug, RECORD_FORMAT_VERSION, type MinutesRecord, type RecordMeeting, type RecordItem, type RecordPerson, type RecordAttendance, type RecordAction, type RecordDecision, type RecordVote } from './publish/record';
export { recordCsv, RECORD_TABLES, type RecordTable } from './publish/recordCsv';
export { buildCalendar, calendarEvents, meetingUid, actionUid, type CalendarEvent, type CalendarOptions } from './publish/calendar';
export { roomOf, roomFor, quorumOf, type MeetingRoom, type ItemRoom, type Attendee } from './proceedings/room';
export { attendanceReport, formatAttendance, type AttendanceReport, type MeetingAttendance, type MemberAttendance, type ItemAttendance, type AttendanceFormat } from './proceedings/attendanceReport';
export type { Motion, RecordedVote, MotionResult } from './proceedings/vote';
export { motionDecisions, type MotionDecision } from './proceedings/motionDecision';
export { exclusions, type Exclusion } from './proceedings/exempt';
export type { Interest, InterestAction } from './proceedings/interest';
