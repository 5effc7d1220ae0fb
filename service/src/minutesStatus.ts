/** What a meeting's `Status:` header line says of its minutes (docs/markup.md): approved, published or a draft. */
import type { Meeting } from './model';

export type MeetingStatus = 'approved' | 'published' | 'draft';

const STATUS_WORDS: ReadonlyArray<readonly [RegExp, MeetingStatus]> = [
  [/^(?:approved|agreed|signed|confirmed|final)\b/i, 'approved'],
  [/^published\b/i, 'published'],
  [/^draft\b/i, 'draft'],
];

/** What the meeting's `Status:` line says, if it has one that Minutes understands. */
export function meetingStatus(meeting: Meeting | undefined): MeetingStatus | undefined {
  const v = meeting?.status?.value.trim();
  if (!v) return undefined;
  return STATUS_WORDS.find(([re]) => re.test(v))?.[1];
}
