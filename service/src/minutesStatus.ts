/** What a meeting's `Status:` header line says of its minutes (docs/markup.md): approved, published or a draft. */
import type { Meeting } from './model';

export type MeetingStatus = 'approved' | 'published' | 'draft';

// (minutes not yet confirmed by the body are a draft, whatever word opens the line: `Unconfirmed.`, `Provisional`,
// `Approved for circulation by the Chair …; to be confirmed by Council on 14 October 2024`, a university's; never `Approved by the
// Board …, subject to one amendment to be approved by the Chair`, approved minutes)
const STATUS_WORDS: ReadonlyArray<readonly [RegExp, MeetingStatus]> = [
  [/^(?:unconfirmed|unapproved|provisional|not[ \t]+yet[ \t]+(?:approved|confirmed)|approved[ \t]+for[ \t]+(?:circulation|publication|issue)|(?:to[ \t]+be|awaiting)[ \t]+(?:confirmed|approved|ratified|confirmation|approval))\b/i, 'draft'],
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
