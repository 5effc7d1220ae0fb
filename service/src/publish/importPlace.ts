/**
 * Where imported minutes go, and whether the workspace already holds that meeting: the import asks
 * before it writes. The file is named for the meeting's date (`2023-12-19.minutes`, as New Meeting
 * names them) and goes by default in the folder of the board's meetings (the latest one's); a
 * meeting of the same date already in the workspace is named, so that the clerk opens it,
 * replaces it or keeps both, and never gets a second copy without asking for it.
 */
import { parse } from '../parse/index';
import { displayDate } from '../dates';
import { latestMeeting } from '../newMeeting';
import type { WorkspaceModel } from '../workspace';
import type { MinutesSettings } from '../settings';

export interface ImportPlace {
  /** `2023-12-19.minutes`, when the imported minutes give their date. */
  readonly fileName?: string;
  /** The meeting's date as the clerk writes it (`19/12/2023`). */
  readonly meetingDate?: string;
  /** The latest meeting of the workspace: its folder is where the board's meetings are. */
  readonly latest?: string;
  /** Meetings of the workspace on the same date as the imported one. */
  readonly sameDate: readonly string[];
}

export function importPlace(text: string, model: WorkspaceModel, settings: MinutesSettings): ImportPlace {
  const doc = parse(text, { numbering: settings.numbering, dateOrder: settings.dateOrder });
  const iso = doc.kind === 'minutes' ? doc.meeting?.date?.iso : undefined;
  return {
    fileName: iso ? `${iso}.minutes` : undefined,
    meetingDate: iso ? displayDate(iso, settings.dateOrder) : undefined,
    latest: latestMeeting(model)?.uri,
    sameDate: iso ? model.meetings.filter((r) => r.date === iso).map((r) => r.uri) : [],
  };
}
