/**
 * Which meeting of the folder came right after another, when the folder can tell. A folder is
 * often an incomplete archive (the meetings of 2021 never copied in): the meeting after one in
 * date order is not always the one that followed it, and what the next meeting should have said
 * (approval of the minutes, the word on actions) can only be asked of the one that did.
 */
import type { MeetingRecord, WorkspaceModel } from './workspace';

/** Boards meet at least once a quarter: a longer wait, with nothing saying otherwise, means meetings are missing. */
const MAX_DAYS_BETWEEN = 92;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

/**
 * Whether `b`, the first meeting of the folder dated after `a`, is the meeting that followed `a`:
 * the one `a` named in `Next meeting:` (a later one means that meeting is missing); failing that,
 * the one whose approval sentence names `a`'s date (naming another date, it followed another);
 * failing that, one held within three months.
 */
export function followsDirectly(a: MeetingRecord, b: MeetingRecord): boolean {
  if (!a.date || !b.date || b.date <= a.date) return false;
  const named = a.meeting.nextMeeting?.iso;
  if (named) return b.date <= named;
  const approved = b.meeting.approvals.find((x) => x.meetingDate)?.meetingDate;
  if (approved) return approved === a.date;
  return daysBetween(a.date, b.date) <= MAX_DAYS_BETWEEN;
}

/** Index of the first meeting dated after meetings[i], or -1. */
function nextDatedIndex(meetings: readonly MeetingRecord[], i: number): number {
  const d = meetings[i].date;
  if (!d) return -1;
  for (let k = i + 1; k < meetings.length; k++) {
    const x = meetings[k].date;
    if (!x) return -1; // undated meetings come last
    if (x > d) return k;
  }
  return -1;
}

/** The meeting of the folder that followed `record`, or undefined when it is not in the folder (or not yet held). */
export function nextMeetingInFolder(model: WorkspaceModel, record: MeetingRecord): MeetingRecord | undefined {
  const i = model.meetings.indexOf(record);
  if (i < 0) return undefined;
  const k = nextDatedIndex(model.meetings, i);
  return k >= 0 && followsDirectly(record, model.meetings[k]) ? model.meetings[k] : undefined;
}

/**
 * The meetings of the folder before `record` that lead to it without a meeting missing between
 * (latest first), and the meeting before the gap, if the folder has one before them.
 */
export function unbrokenRunBefore(model: WorkspaceModel, record: MeetingRecord): { run: MeetingRecord[]; beforeGap?: MeetingRecord } {
  const ms = model.meetings;
  const run: MeetingRecord[] = [];
  if (!record.date) return { run };
  // the latest meeting held before this one (others on the same day are not before it)
  let k = ms.indexOf(record);
  if (k < 0) return { run };
  while (k >= 0 && (!ms[k].date || ms[k].date! >= record.date)) k--;
  let after = record;
  for (; k >= 0; k--) {
    const m = ms[k];
    if (!m.date || m.date >= after.date!) continue;
    if (!followsDirectly(m, after)) return { run, beforeGap: m };
    run.push(m);
    after = m;
  }
  return { run };
}

/** A meeting's file name, for messages that send the clerk to another file. */
export function fileName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(name); } catch { return name; }
}
