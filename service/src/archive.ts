/**
 * Archives: meetings whose minutes were approved or published. Nobody may change them, so the
 * findings that would change the record (a number's spelling, an owner to add, a name missing
 * from the lists) are not shown there; those about the folder as a whole (numbering across
 * meetings, references, the life of actions) are. Each rule says which it is (`Rule.inArchives`).
 *
 * A meeting is an archive when its header says so (`Status: Approved 24/10/2022`,
 * `Status: Published`), or, as `minutes.archive` asks, when it is published text opened as minutes
 * (a `.txt` file, as copied from a PDF), when a later meeting of the folder approved it, or
 * when it was held before `minutes.archiveBefore`. `Status: Draft` keeps a meeting a draft.
 */
import { withoutFingerprint } from './approval';
import type { Meeting } from './model';
import type { MinutesSettings } from './settings';
import type { WorkspaceModel } from './workspace';
import { RULES, type Finding } from './rules/index';
import { displayDate } from './dates';
import { fileName } from './succession';
import { meetingStatus } from './minutesStatus';

/**
 * Why the meeting of `uri` is an archive, in a clerk's words, or undefined when it is a draft.
 * `model` is read only for `minutes.archive: approved` (and may be left out otherwise).
 */
export function archiveReason(meeting: Meeting | undefined, uri: string, settings: MinutesSettings, model?: () => WorkspaceModel): string | undefined {
  if (!meeting || settings.archive === 'none') return undefined;
  const status = meetingStatus(meeting);
  if (status === 'draft') return undefined;
  // the approval's words, not the digits of its fingerprint (approval.ts)
  if (status) return `its header says "Status: ${withoutFingerprint(meeting.status!.value)}"`;
  if (settings.archive !== 'marked' && /\.txt$/i.test(uri)) return `${fileName(uri)} is published text, not a .minutes file`;
  const date = meeting.date?.iso;
  if (date && settings.archiveBefore && date < settings.archiveBefore) {
    return `it was held before ${displayDate(settings.archiveBefore, settings.dateOrder)} (minutes.archiveBefore)`;
  }
  if (settings.archive === 'approved' && model) {
    const by = model().byUri.get(uri)?.approvedBy;
    if (by) return `its minutes were agreed${by.date ? ` at the meeting of ${displayDate(by.date, settings.dateOrder)}` : ''}`;
  }
  return undefined;
}

// the rules that speak only on drafts, by code: said on each rule (`draftsOnly`), looked up here
const DRAFTS_ONLY: ReadonlySet<string> = new Set(RULES.filter((r) => !r.inArchives).map((r) => r.code));

/** The findings that still matter on an archive. */
export function archiveFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !DRAFTS_ONLY.has(f.code));
}

/** The line shown above an archive's title: what is checked there and why. */
export function archiveNote(reason: string): string {
  return `Archive (${reason}): only numbering, references and actions are checked`;
}

/**
 * The findings shown for a meeting: all of them on a draft, those that still matter on an archive.
 * The same for the editor and the command line.
 */
export function shownFindings(findings: readonly Finding[], meeting: Meeting | undefined, uri: string, settings: MinutesSettings, model?: () => WorkspaceModel): readonly Finding[] {
  return archiveReason(meeting, uri, settings, model) ? archiveFindings(findings) : findings;
}
