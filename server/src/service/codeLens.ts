/**
 * Code lenses: above each item, how many actions and decisions it records; above the meeting's
 * title, the open actions carried into this meeting from earlier ones (the clerk chases them).
 */
import type { MinutesDocument } from './model';
import type { Range } from './types';
import type { ActionRecord, ActionStatus, WorkspaceModel } from './workspace';
import { numberLabel } from './numbers';

export interface Lens {
  readonly range: Range;
  readonly title: string;
  /** What a click does: show the open actions in the Actions view. Absent: the lens only informs. */
  readonly showOpenActions?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function codeLenses(doc: MinutesDocument, uri: string, model: WorkspaceModel): Lens[] {
  const m = doc.meeting;
  if (!m) return [];
  const out: Lens[] = [];
  const record = model.byUri.get(uri);
  if (record?.date) {
    const date = record.date;
    // open as this meeting began: the last word of a meeting before it, not what later meetings said
    const statusBefore = (a: ActionRecord): ActionStatus => a.history.filter((h) => h.meetingDate !== undefined && h.meetingDate < date).pop()?.status ?? 'open';
    const carried = model.actions.filter((a) => a.meetingDate !== undefined && a.meetingDate < date && ['open', 'carried forward'].includes(statusBefore(a)));
    const top = m.title?.range ?? { start: { line: m.startLine, character: 0 }, end: { line: m.startLine, character: 0 } };
    const overdue = carried.filter((a) => a.overdue).length;
    out.push({
      range: top, showOpenActions: carried.length > 0,
      title: carried.length === 0 ? 'No open actions from earlier meetings' : `${plural(carried.length, 'open action')} carried into this meeting${overdue ? ` (${overdue} overdue)` : ''}`,
    });
  }
  for (const item of m.items) {
    if (item.actions.length === 0 && item.decisions.length === 0) continue;
    const parts = [item.actions.length ? plural(item.actions.length, 'action') : '', item.decisions.length ? plural(item.decisions.length, 'decision') : ''].filter((x) => x);
    out.push({ range: item.headRange, title: `${item.number ? `${numberLabel(item.number)}: ` : ''}${parts.join(', ')}` });
  }
  return out;
}
