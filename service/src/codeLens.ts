/**
 * Code lenses: above each item, how many actions and decisions it records; above the meeting's
 * title, the open actions carried into this meeting from earlier ones (the clerk chases them).
 */
import type { Meeting, MinutesDocument } from './model';
import type { Range } from './types';
import type { ActionRecord, MeetingRecord, StatusChange, WorkspaceModel } from './workspace';
import { numberLabel } from './numbers';
import { displayDate, type DateOrder } from './dates';
import { unbrokenRunBefore } from './succession';
import { archiveNote } from './archive';
import { isOpenStatus } from './actionStatus';

export interface Lens {
  readonly range: Range;
  readonly title: string;
  /** What a click does: show the open actions in the Actions view. Absent: the lens only informs. */
  readonly showOpenActions?: boolean;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * `archive`: why the meeting is an archive (archive.ts), said above its title; `order` writes the
 * dates of the lenses.
 */
export function codeLenses(doc: MinutesDocument, uri: string, model: WorkspaceModel, archive?: string, order: DateOrder = 'dmy'): Lens[] {
  const m = doc.meeting;
  if (!m) return [];
  const out: Lens[] = [];
  const record = model.byUri.get(uri);
  if (archive) out.push({ range: titleRange(m), title: archiveNote(archive) });
  if (record?.date) out.push(...carriedIn(record, model, m, order));
  for (const item of m.items) {
    if (item.actions.length === 0 && item.decisions.length === 0) continue;
    const parts = [item.actions.length ? plural(item.actions.length, 'action') : '', item.decisions.length ? plural(item.decisions.length, 'decision') : ''].filter((x) => x);
    out.push({ range: item.headRange, title: `${item.number ? `${numberLabel(item.number)}: ` : ''}${parts.join(', ')}` });
  }
  return out;
}

function titleRange(m: Meeting): Range {
  return m.title?.range ?? { start: { line: m.startLine, character: 0 }, end: { line: m.startLine, character: 0 } };
}

/** "27/09/2022", "26/07/2022 and 27/09/2022", "3 meetings since 26/07/2022" (ISO dates, in order). */
function meetingsText(dates: readonly string[], order: DateOrder): string {
  const ds = [...new Set(dates)].sort();
  if (ds.length <= 2) return ds.map((d) => displayDate(d, order)).join(' and ');
  return `${ds.length} meetings since ${displayDate(ds[0], order)}`;
}

/**
 * The open actions carried into the meeting, and where they come from. Only the meetings that lead
 * to this one without a meeting missing between can say what became of an action: an action of a
 * meeting before such a gap, and not spoken of since, may have been done at a meeting the folder
 * does not have, so it is counted apart, with the gap named.
 */
function carriedIn(record: MeetingRecord, model: WorkspaceModel, m: Meeting, order: DateOrder): Lens[] {
  const date = record.date!;
  // open as this meeting began: the last word of a meeting before it, not what later meetings said
  const lastWord = (a: ActionRecord): StatusChange | undefined => a.history.filter((h) => h.meetingDate !== undefined && h.meetingDate < date).pop();
  const open = model.actions.filter((a) => a.meetingDate !== undefined && a.meetingDate < date && isOpenStatus(lastWord(a)?.status ?? 'open'));
  const { run, beforeGap } = unbrokenRunBefore(model, record);
  const since = run.length > 0 ? run[run.length - 1].date! : undefined;
  const followed = (a: ActionRecord): boolean => since !== undefined && (a.meetingDate! >= since || (lastWord(a)?.meetingDate ?? '') >= since);
  const carried = open.filter(followed);
  const older = open.filter((a) => !followed(a));
  const top = titleRange(m);
  const out: Lens[] = [];
  if (carried.length > 0) {
    const overdue = carried.filter((a) => a.overdue).length;
    out.push({
      range: top, showOpenActions: true,
      title: `${plural(carried.length, 'open action')} carried into this meeting from ${meetingsText(carried.map((a) => a.meetingDate!), order)}${overdue ? ` (${overdue} overdue)` : ''}`,
    });
  } else if (older.length === 0) {
    out.push({ range: top, title: 'No open actions from earlier meetings' });
  }
  if (older.length > 0 && beforeGap?.date) {
    const to = run.length > 0 ? run[run.length - 1].date! : date;
    out.push({
      range: top, showOpenActions: true,
      title: `${plural(older.length, 'open action')} from ${meetingsText(older.map((a) => a.meetingDate!), order)} not counted: the meetings between ${displayDate(beforeGap.date, order)} and ${displayDate(to, order)} are not in the folder`,
    });
  }
  return out;
}
