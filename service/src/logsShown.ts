/**
 * What the editor's views show of the workspace: the action log, the decisions register and each
 * meeting's summary (its items, its approval). The server tells the client to ask again only when
 * this changed: typing in an item's discussion changes none of it, and refreshing the views on
 * every keystroke redraws them under the clerk (and closed the suggestion list as they typed).
 */
import type { ActionRecord, DecisionRecord, WorkspaceModel } from './workspace';

/** A snapshot of what the views show, to compare with a later model's. */
export interface LogsShown {
  readonly actions: readonly ActionRecord[];
  readonly decisions: readonly DecisionRecord[];
  /** Each meeting's summary as the status bar shows it: a record may be updated in place (`approvedBy`), so it is copied as text. */
  readonly meetings: string;
  readonly today: string;
}

export function logsShown(model: WorkspaceModel): LogsShown {
  return { actions: model.actions, decisions: model.decisions, meetings: meetingsLine(model), today: model.today };
}

/** The views would show the same for both. */
export function sameLogsShown(a: LogsShown, b: LogsShown): boolean {
  return a.today === b.today && a.meetings === b.meetings && sameRecords(a.actions, b.actions) && sameRecords(a.decisions, b.decisions);
}

function meetingsLine(model: WorkspaceModel): string {
  return model.meetings.map((r) => `${r.uri}\t${r.date ?? ''}\t${r.title}\t${r.meeting.items.length}\t${r.approvedBy ? `${r.approvedBy.uri}\t${r.approvedBy.date ?? ''}` : ''}`).join('\n');
}

/** Records are plain data: one kept from the last model is the same object; one rebuilt is compared by what it holds (its place too, which the view opens). */
function sameRecords<T>(x: readonly T[], y: readonly T[]): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && JSON.stringify(x[i]) !== JSON.stringify(y[i])) return false;
  return true;
}
