/**
 * Code actions that are not fixes of a problem: renumber every item of the meeting in order, and
 * mark an action done. Each returns edits by file, because both reach into other meetings.
 */
import type { MinutesDocument } from './model';
import type { Position, Range, TextEdit } from './types';
import type { WorkspaceModel } from './workspace';
import { actionRefLabel, rewriteNumber, formatNumber, numberLabel, sameNumber, type MinuteNumber } from './numbers';
import { firstNumberOn, meetingYear } from './numbering';
import { renumberEdits } from './rename';
import { rangesTouch } from './types';
import { restatusEdits, statusLineParts, STATUS_WORD } from './statusLines';

export interface Refactoring {
  readonly title: string;
  readonly kind: 'refactor' | 'quickfix';
  readonly edits: ReadonlyMap<string, readonly TextEdit[]>;
}

/** The number the meeting's first item should carry: following the previous meeting of the year. */
export function firstNumberOf(doc: MinutesDocument, uri: string, model: WorkspaceModel, today: Date): MinuteNumber {
  if (doc.scheme === 'per-meeting') return { seq: 1 };
  return firstNumberOn(model, uri, doc.meeting?.date?.iso, meetingYear(doc, today));
}

/**
 * Numbers every item of the meeting in order from `start`: unnumbered items get a number, the
 * others the one their place gives them; references to a renumbered item, and to its actions, follow
 * in every meeting. Undefined when every item already has its number.
 */
export function renumberAll(doc: MinutesDocument, uri: string, model: WorkspaceModel, start: MinuteNumber): Refactoring | undefined {
  const items = doc.meeting?.items ?? [];
  const changes = new Map<string, MinuteNumber>();
  const inserts: TextEdit[] = [];
  const counts = new Map<string, number>();
  for (const i of items) if (i.number) counts.set(numberLabel(i.number), (counts.get(numberLabel(i.number)) ?? 0) + 1);
  const direct: TextEdit[] = [];
  items.forEach((item, k) => {
    const to: MinuteNumber = { seq: start.seq + k, year: start.year };
    const n = item.number;
    if (!n) {
      inserts.push({ range: { start: item.headRange.start, end: item.headRange.start }, newText: `${formatNumber(to)} ` });
      return;
    }
    if (sameNumber(n, to) && !n.malformed) return;
    const label = numberLabel(n);
    // A number written twice (here, or also in another meeting) cannot say which item a reference
    // means: the item is renumbered, the references stay as written for the clerk to check.
    const shared = (counts.get(label) ?? 0) > 1 || (model.items.get(label) ?? []).some((l) => l.uri !== uri);
    if (shared || sameNumber(n, to)) direct.push({ range: n.range, newText: rewriteNumber(n, to) });
    else changes.set(label, to);
  });
  if (changes.size === 0 && inserts.length === 0 && direct.length === 0) return undefined;
  const edits = renumberEdits(model, new Set([uri]), changes);
  edits.set(uri, [...(edits.get(uri) ?? []), ...direct, ...inserts]);
  return { title: `Renumber all items in order from ${numberLabel(start)}`, kind: 'refactor', edits };
}

/**
 * Marks an action done: on a status line (`081/22-A1 CARRIED FORWARD`) it changes the word; on an
 * action of an earlier meeting it writes the status in the latest meeting (`setStatusInLatest`):
 * the title names the file it edits.
 */
export function markDone(doc: MinutesDocument, uri: string, model: WorkspaceModel, range: Range, lineTexts: (uri: string, line: number) => string | undefined): Refactoring[] {
  const m = doc.meeting;
  if (!m) return [];
  const out: Refactoring[] = [];
  for (const u of m.statusUpdates) {
    if (!rangesTouch(u.range, range) || u.status === 'done') continue;
    const line = lineTexts(uri, u.range.start.line);
    if (line === undefined) continue;
    // the status word follows the reference: `081/22-A1 CARRIED FORWARD: note`
    const rest = line.slice(u.refRange.end.character);
    const word = /^[ \t]+([A-Za-z][A-Za-z -]*?)(?=[ \t]*(?:[:.\-–—]|$))/.exec(rest);
    if (!word) continue;
    const start = u.refRange.end.character + word[0].length - word[1].length;
    out.push({
      title: `Mark ${actionRefLabel(u.target, u.action)} done`, kind: 'quickfix',
      edits: new Map([[uri, [{ range: { start: { line: u.range.start.line, character: start }, end: { line: u.range.start.line, character: start + word[1].length } }, newText: 'DONE' }]]]),
    });
  }
  for (const item of m.items) {
    if (!item.number) continue;
    for (const a of item.actions) {
      if (!rangesTouch(a.range, range)) continue;
      const ref = actionRefLabel(item.number, a.index);
      const record = model.actionsByRef.get(ref);
      if (!record || record.status === 'done' || record.uri !== uri) continue;
      const set = setStatusInLatest(model, ref, 'done', '', lineTexts);
      if ('error' in set) continue;
      out.push({ title: `Mark ${ref} done in ${set.file}${set.replaced ? ` (its ${set.replaced} line)` : ''}`, kind: 'quickfix', edits: new Map([[set.uri, set.edits]]) });
    }
  }
  return out;
}

/** What `setStatusInLatest` writes: the edits of one file, and in a clerk's words what they do. */
export interface StatusEdit {
  readonly uri: string;
  /** The file's name (`2022-10-25.minutes`), to say which file was edited. */
  readonly file: string;
  readonly edits: TextEdit[];
  /** The status word of the line that was changed (`CARRIED FORWARD`); undefined when a line was added. */
  readonly replaced?: string;
  /** What was done, for a message: "Marked 075/22-A1 done in 2022-10-25.minutes (its CARRIED FORWARD line)". */
  readonly message: string;
}

/** The last part of a file's address, as the clerk sees it in the explorer. */
export function fileNameOf(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try { return decodeURIComponent(last); } catch { return last; }
}

/** What the clerk is told when no meeting of the folder has the action asked for (Mark Done and the other status commands). */
export function noSuchAction(ref: string): string {
  return `No meeting of this folder has an action ${ref}. Check the reference in the Actions view.`;
}

const STATUS_VERB: Readonly<Record<'done' | 'carried forward' | 'dropped', string>> = { done: 'Marked {ref} done', 'carried forward': 'Carried {ref} forward', dropped: 'Dropped {ref}' };

/**
 * Writes an action's status in the latest meeting. When that meeting already has a status line for
 * the action (the last one, which counts), its word is changed and `note` added to its note, every
 * word kept: a meeting never says two things of one action. Otherwise a line is added after the
 * meeting's other status lines (or at its end). An error, in a clerk's words, when the action is
 * unknown or was written in the latest meeting itself (a later meeting records what became of it).
 */
export function setStatusInLatest(
  model: WorkspaceModel, ref: string, status: 'done' | 'carried forward' | 'dropped', note: string,
  lineTexts: (uri: string, line: number) => string | undefined,
): StatusEdit | { readonly error: string } {
  const record = model.actionsByRef.get(ref);
  if (!record) return { error: noSuchAction(ref) };
  const latest = model.meetings[model.meetings.length - 1];
  if (!latest || latest.uri === record.uri) {
    return { error: `${ref} was written in the latest meeting (${fileNameOf(record.uri)}): what became of it is recorded in the next meeting's minutes. Start them with "Minutes: New Meeting", then mark it there.` };
  }
  const file = fileNameOf(latest.uri);
  const verb = STATUS_VERB[status].replace('{ref}', ref);
  const lines = latest.meeting.statusUpdates.filter((u) => actionRefLabel(u.target, u.action) === ref);
  const last = lines[lines.length - 1];
  if (last) {
    const parts = statusLineParts(last, lineTexts(latest.uri, last.range.start.line));
    if (parts) {
      const written = lineTexts(latest.uri, parts.line)!.slice(parts.keywordStart, parts.keywordEnd);
      const same = last.status === status;
      if (same && note.trim().length === 0) return { error: `${ref} is already ${status} in ${file} (line ${parts.line + 1}).` };
      const edits = restatusEdits(parts, same ? undefined : status, note);
      return { uri: latest.uri, file, edits, replaced: written, message: `${verb} in ${file}: changed its ${written} line (line ${parts.line + 1}).` };
    }
  }
  const place = statusLinePlace(latest.meeting, latest.uri, lineTexts);
  if (!place) return { error: `Could not read ${file} to write the status of ${ref}.` };
  const text = `${ref} ${STATUS_WORD[status]}${note.trim() ? `: ${note.trim()}` : ''}`;
  return { uri: latest.uri, file, edits: [{ range: { start: place, end: place }, newText: `\n${text}` }], message: `${verb} in ${file}: added "${text}" (line ${place.line + 2}).` };
}
/** Where a new status line goes in a meeting: at the end of its last status line, else of its last line. */
function statusLinePlace(meeting: NonNullable<MinutesDocument['meeting']>, uri: string, lineTexts: (uri: string, line: number) => string | undefined): Position | undefined {
  const last = meeting.statusUpdates[meeting.statusUpdates.length - 1];
  const line = last ? last.range.end.line : meeting.range.end.line;
  const text = lineTexts(uri, line);
  return text === undefined ? undefined : { line, character: text.length };
}
