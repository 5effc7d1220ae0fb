/**
 * What the editor's views show of the workspace: the action log, the decisions register, the
 * decisions with their votes, and each meeting's summary (its items, its approval). The server
 * tells the client to ask again only when this changed: typing within a line of an item's
 * discussion changes none of it, and refreshing the views on every keystroke redraws them under
 * the clerk (and closed the suggestion list as they typed).
 */
import { votedDecisions } from './proceedings/votedDecisions';
import type { ActionRecord, DecisionRecord, MeetingRecord, WorkspaceModel } from './workspace';

/** A snapshot of what the views show, to compare with a later model's: the model's own lists, which are read-only. */
export interface LogsShown {
  readonly actions: readonly ActionRecord[];
  readonly decisions: readonly DecisionRecord[];
  readonly meetings: readonly MeetingRecord[];
  readonly today: string;
}

export function logsShown(model: WorkspaceModel): LogsShown {
  return { actions: model.actions, decisions: model.decisions, meetings: model.meetings, today: model.today };
}

/** The views would show the same for both. */
export function sameLogsShown(a: LogsShown, b: LogsShown): boolean {
  return a.today === b.today && sameList(a.meetings, b.meetings, sameMeeting) && sameList(a.actions, b.actions, sameRecord) && sameList(a.decisions, b.decisions, sameRecord);
}

/** A meeting kept from the last model is the same object; one rebuilt is compared by its summary and its votes. */
function sameMeeting(x: MeetingRecord, y: MeetingRecord): boolean {
  return x.uri === y.uri && x.date === y.date && x.title === y.title && x.meeting.items.length === y.meeting.items.length
    && x.approvedBy?.uri === y.approvedBy?.uri && x.approvedBy?.date === y.approvedBy?.date
    && JSON.stringify(votedDecisions([x])) === JSON.stringify(votedDecisions([y]));
}

/** Records are plain data: one rebuilt is compared by what it holds (its place too, which the view opens). */
function sameRecord(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

function sameList<T>(x: readonly T[], y: readonly T[], same: (a: T, b: T) => boolean): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !same(x[i], y[i])) return false;
  return true;
}
