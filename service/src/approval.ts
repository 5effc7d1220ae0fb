/**
 * The approval trail (issue 21 §3): when a meeting's minutes are approved as a correct record (at
 * a later meeting, under one of its minutes, signed by the chair), the approval is written on the
 * meeting's own `Status:` line with a fingerprint of the approved text:
 *
 *   Status: Approved at the meeting of 25/10/2022, minute 083/22, signed by Cllr Jane Smith. Fingerprint sha256:9f86…08 (heading 1a2b3c; 081/22 4d5e6f; 082/22 a7b8c9)
 *
 * The fingerprint is the SHA-256 of the normalised minutes (`normalisedMinutes`): every line of the
 * file except the `Status:` line itself, each without trailing spaces and in Unicode NFC, blank
 * lines at the start and end left out, lines joined by a line feed. The short digests in brackets
 * are those of each part (the heading and attendance, then each item from its head to the next),
 * so that a change can be named: "minute 081/22 changed". Pure: the hash is sha256.ts.
 */
import type { Item, Meeting, MinutesDocument } from './model';
import type { Range, TextEdit } from './types';
import type { DateOrder } from './dates';
import { findDate, formatDate } from './dates';
import { numberLabel } from './numbers';
import { sha256Hex } from './sha256';

/** How many hexadecimal digits of each part's own digest are kept on the Status line. */
const PART_DIGITS = 6;
const HEADING = 'heading';

/** A fingerprint as read back from a Status line. */
export interface RecordedFingerprint {
  readonly hex: string;
  /** Each part's short digest, by its label (`heading`, `081/22`), in the order written. */
  readonly parts: ReadonlyArray<readonly [string, string]>;
}

export type ApprovalState =
  /** No fingerprint on the Status line (a draft, or approved before the trail was kept). */
  | { readonly kind: 'none' }
  | { readonly kind: 'unchanged'; readonly range: Range }
  /** The text differs from what was approved; `changes` says where, in a clerk's words. */
  | { readonly kind: 'changed'; readonly range: Range; readonly changes: readonly string[]; readonly places: ReadonlyArray<{ readonly range: Range; readonly what: string }> }
  /** The Status line speaks of a fingerprint Minutes cannot read (edited by hand, cut short). */
  | { readonly kind: 'damaged'; readonly range: Range };

/** What is fingerprinted: the file's lines except the Status line (`skip`), normalised. */
export function normalisedMinutes(lines: readonly string[], skip?: number, from = 0, to = lines.length): string {
  const kept: string[] = [];
  for (let i = from; i < to; i++) if (i !== skip) kept.push((lines[i] ?? '').normalize('NFC').replace(/\s+$/u, ''));
  let start = 0;
  let end = kept.length;
  while (start < end && kept[start] === '') start++;
  while (end > start && kept[end - 1] === '') end--;
  return kept.slice(start, end).join('\n');
}

function itemLabel(item: Item, index: number): string {
  // a label is read back up to its last space: it may hold spaces (`BOD 24/18`) but no `;`
  return (item.number ? numberLabel(item.number) : `item-${index + 1}`).replace(/[;()\s]+/g, (s) => (/^\s+$/.test(s) ? ' ' : '-'));
}

/** The parts of a meeting, by label: the heading (everything before the first item), then each item to the next. */
function parts(meeting: Meeting, lines: readonly string[], skip: number | undefined): Array<{ label: string; digest: string; range: Range }> {
  const heads = meeting.items.map((it) => it.headRange.start.line);
  const out: Array<{ label: string; digest: string; range: Range }> = [];
  const digest = (from: number, to: number): string => sha256Hex(normalisedMinutes(lines, skip, from, to)).slice(0, PART_DIGITS);
  const first = heads.length ? heads[0] : lines.length;
  out.push({ label: HEADING, digest: digest(0, first), range: meeting.status?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } });
  meeting.items.forEach((it, i) => out.push({ label: itemLabel(it, i), digest: digest(heads[i], i + 1 < heads.length ? heads[i + 1] : lines.length), range: it.headRange }));
  return out;
}

/** The fingerprint the meeting's text has now (the Status line, if any, left out). */
export function fingerprintOf(meeting: Meeting, lines: readonly string[]): RecordedFingerprint {
  const skip = meeting.status?.range.start.line;
  return { hex: sha256Hex(normalisedMinutes(lines, skip)), parts: parts(meeting, lines, skip).map((p) => [p.label, p.digest] as const) };
}

function writeFingerprint(f: RecordedFingerprint): string {
  return `Fingerprint sha256:${f.hex} (${f.parts.map(([l, d]) => `${l} ${d}`).join('; ')})`;
}

/** The fingerprint a Status line records; `damaged` when it names one that cannot be read. */
export function readFingerprint(status: string): RecordedFingerprint | 'damaged' | undefined {
  if (!/\bfingerprint\b/i.test(status)) return undefined;
  const m = /\bfingerprint:?\s*sha-?256:?\s*([0-9a-f]{64})(?![0-9a-z])(?:\s*\((.*)\))?/i.exec(status);
  if (!m) return 'damaged';
  const listed = (m[2] ?? '').split(';').map((p) => p.trim()).filter((p) => p.length > 0).map((p) => {
    const at = p.lastIndexOf(' ');
    return [p.slice(0, at), p.slice(at + 1).toLowerCase()] as const;
  });
  return { hex: m[1].toLowerCase(), parts: listed.filter(([l, d]) => l.length > 0 && /^[0-9a-f]+$/.test(d)) };
}

/** The Status line's words without the fingerprint, for what a reader sees (the website). */
export function withoutFingerprint(status: string): string {
  // found first, then trimmed: no pattern that backtracks over a long run of spaces
  const at = status.search(/\bfingerprint\b/i);
  const words = (at < 0 ? status : status.slice(0, at)).trim();
  return /[;,]$/.test(words) ? words.slice(0, -1).trimEnd() : words;
}

function partName(label: string): string {
  return label === HEADING ? 'the heading or attendance' : /^item-\d+$/.test(label) ? `unnumbered ${label.replace('-', ' ')}` : `minute ${label}`;
}

/** Whether the meeting's approved text is still the text that was approved. */
export function approvalState(doc: MinutesDocument, lines: readonly string[]): ApprovalState {
  const meeting = doc.meeting;
  const status = meeting?.status;
  if (!meeting || !status) return { kind: 'none' };
  const recorded = readFingerprint(status.value);
  if (!recorded) return { kind: 'none' };
  if (recorded === 'damaged') return { kind: 'damaged', range: status.range };
  const skip = status.range.start.line;
  if (sha256Hex(normalisedMinutes(lines, skip)) === recorded.hex) return { kind: 'unchanged', range: status.range };
  const was = new Map(recorded.parts);
  const now = parts(meeting, lines, skip);
  const changes: string[] = [];
  const places: Array<{ range: Range; what: string }> = [];
  for (const p of now) {
    const before = was.get(p.label);
    const what = before === undefined ? `${partName(p.label)} was added` : before !== p.digest.slice(0, before.length) ? `${partName(p.label)} changed` : undefined;
    if (what) { changes.push(what); places.push({ range: p.range, what }); }
  }
  const present = new Set(now.map((p) => p.label));
  for (const [label] of recorded.parts) if (!present.has(label)) changes.push(`${partName(label)} was removed or renumbered`);
  // the parts all agree and yet the whole differs: lines moved, or the short digests were edited
  if (changes.length === 0) changes.push('the text changed (lines moved or the fingerprint was edited)');
  return { kind: 'changed', range: status.range, changes, places };
}

/** What the clerk gives when recording an approval. */
export interface ApprovalInput {
  /** The date of the meeting that approved the minutes, as typed (`25/10/2022`). */
  readonly date: string;
  /** The minute of that meeting under which they were approved (`083/22`). */
  readonly minute: string;
  /** Who signed them as a correct record (`Cllr Jane Smith, Chair`). */
  readonly signedBy: string;
}

/**
 * The edit that records the approval on the meeting's Status line (replacing what it said, or a
 * new line after the `Date:` line), with the fingerprint of the text as it stands; or what to
 * type instead.
 */
export function recordApproval(doc: MinutesDocument, lines: readonly string[], input: ApprovalInput, order: DateOrder = 'dmy'): { edits: TextEdit[]; status: string } | { error: string } {
  const meeting = doc.meeting;
  if (!meeting || doc.kind !== 'minutes') return { error: 'This file holds no meeting\'s minutes to approve: open the minutes of the meeting that was approved.' };
  const d = findDate(input.date.trim(), order);
  if (!d || d.problem) return { error: `"${input.date}" is not a date Minutes can read${d?.problem ? ` (${d.problem})` : ''}: type the date of the meeting that approved these minutes, for example ${formatDate(2022, 10, 25, order)}.` };
  const minute = input.minute.trim();
  if (!/\d/.test(minute) || /[;()\n]/.test(minute)) return { error: `"${input.minute}" is not a minute number: type the number of the minute that approved these minutes, for example 083/22.` };
  const signedBy = input.signedBy.trim().replace(/\s+/g, ' ');
  if (!signedBy || /[()]/.test(signedBy) || /\bfingerprint\b/i.test(signedBy)) return { error: 'Type who signed the minutes as a correct record (for example Cllr Jane Smith, Chair), without brackets.' };
  // what the Status line said is kept, unless it was "Draft" or an approval recorded here before
  // (the clerk's new words replace those): no edit of ours drops the clerk's own note
  const before = meeting.status ? withoutFingerprint(meeting.status.value) : '';
  const recordedHere = /^approved at the meeting of\b/i.test(before);
  const earlier = recordedHere ? / Previously: .*$/.exec(before)?.[0] ?? '' : before && !/^draft\b/i.test(before) ? ` Previously: ${before.replace(/\.$/, '')}.` : '';
  const kept = earlier && !earlier.endsWith('.') ? `${earlier}.` : earlier;
  const words = `Approved at the meeting of ${formatDate(d.year, d.month, d.day, order)}, minute ${minute}, signed by ${signedBy.replace(/\.$/, '')}.${kept}`;
  const status = `${words} ${writeFingerprint(fingerprintOf(meeting, lines))}`;
  if (meeting.status) return { status, edits: [{ range: { start: meeting.status.range.start, end: { line: meeting.status.range.start.line, character: (lines[meeting.status.range.start.line] ?? '').length } }, newText: status }] };
  // a new Status line goes in the heading, after the Date: line (or the title), where the clerk looks for it
  const after = meeting.dateField && meeting.date ? meeting.date.range.start.line : meeting.title ? meeting.title.range.start.line : undefined;
  if (after === undefined) return { status, edits: [{ range: { start: { line: meeting.startLine, character: 0 }, end: { line: meeting.startLine, character: 0 } }, newText: `Status: ${status}\n` }] };
  const at = after + 1;
  if (at >= lines.length) {
    const end = { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
    return { status, edits: [{ range: { start: end, end }, newText: `\nStatus: ${status}` }] };
  }
  return { status, edits: [{ range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: `Status: ${status}\n` }] };
}
