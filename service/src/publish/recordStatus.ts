/**
 * How the published minutes say where they stand (issue 21 §3): draft minutes are marked DRAFT,
 * approved ones carry their approval, as the meeting's `Status:` line says (minutesStatus.ts reads
 * it). The one wording for the exports (HTML, Word, Markdown), the preview and the website.
 */
import type { Meeting } from '../model';
import { meetingStatus, type MeetingStatus } from '../minutesStatus';
import { withoutFingerprint } from '../approval';
import { withoutBidi } from './escape';

export interface RecordStatus {
  readonly kind: MeetingStatus;
  /** What the `Status:` line says after its first word (`at the meeting of 25/10/2022, minute 083/22`), or why a draft is one. */
  readonly detail?: string;
}

/** The word each status is shown with: a draft's in capitals, so that no reader misses it. */
export const STATUS_LABEL: Readonly<Record<MeetingStatus, string>> = { approved: 'Approved', published: 'Published', draft: 'DRAFT' };

/** The words of a `Status:` line after its first, as written, without the fingerprint's digits or bidi controls (escape.ts). */
export function statusDetail(value: string): string | undefined {
  return withoutFingerprint(withoutBidi(value)).trim().replace(/^\S+[\s:,.;–—-]*/, '').trim() || undefined;
}

/** Where the meeting's minutes stand by its own `Status:` line; none when it has no line Minutes understands. */
export function recordStatus(meeting: Meeting | undefined): RecordStatus | undefined {
  const kind = meetingStatus(meeting);
  const value = meeting?.status?.value ?? '';
  // (a draft the line says so in other words, `Unconfirmed. To be submitted …`: all its words are the detail)
  return kind && { kind, detail: kind === 'draft' && !/^\s*draft\b/i.test(value) ? withoutFingerprint(withoutBidi(value)).trim() || undefined : statusDetail(value) };
}

/** `t` without the stops that end it (a loop: a pattern anchored at the end is tried from every stop of a long line). */
function withoutStops(t: string): string {
  let e = t.length;
  while (e > 0 && (t.charCodeAt(e - 1) === 0x2e || t.charCodeAt(e - 1) === 0x3b || t.charCodeAt(e - 1) === 0x2c)) e--;
  return t.slice(0, e);
}

/** The sentence published with the minutes: `DRAFT – not yet approved: these minutes may change.`, `Approved at the meeting of …`. */
export function statusSentence(s: RecordStatus): string {
  if (s.kind === 'draft') return `${STATUS_LABEL.draft} – ${s.detail ? withoutStops(s.detail) : 'not yet approved'}: these minutes may change.`;
  const text = `${STATUS_LABEL[s.kind]}${s.detail ? ` ${s.detail}` : ''}`;
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
