/**
 * Layout detection, done once before the pass: how this file writes what varies from one board
 * to another. Today: the numbering scheme of its items and where it declares that actions are
 * in bold. The attendance and action forms are slots a layout family's recognisers fill and read
 * (a later family detects, say, a roll call or an action table here, once, instead of asking on
 * every line).
 */
import type { Segment } from '../text';
import { matchYearNumber, matchPerMeetingNumber, type NumberingScheme, type NumberingSetting } from '../numbers';
import { declaresBoldActions, isTitleLike, matchAgendaItem } from '../constructs';

/** How the file lists its people. `lines`: a block heading (`Present:`) with one person a line. */
export interface AttendanceForm {
  readonly kind: 'lines';
}

/**
 * How the file writes its actions. `keyword`: an `ACTION:` line (or a variant keyword); `bold`:
 * the file also says its actions are in bold (`Actions are shown in bold`), so a bold sentence
 * of an item is an action.
 */
export interface ActionForm {
  readonly kind: 'keyword' | 'bold';
  /**
   * The segments (by index) that declare actions in bold. The declaration counts where it stands
   * outside an item: the meeting it belongs to is the one open there (an agenda before the
   * minutes starts a new one), so the pass, not this detection, applies it.
   */
  readonly boldDeclarations: ReadonlySet<number>;
}

export interface Layout {
  /** The numbering scheme of the items (`year`: `081/22`, `per-meeting`: `1.`, `2.`). */
  readonly scheme: NumberingScheme;
  readonly attendance: AttendanceForm;
  readonly actions: ActionForm;
}

/** Reads the layout of a document (or of a region: the scheme is then the document's, given). */
export function detectLayout(segs: readonly Segment[], setting: NumberingSetting = 'auto', scheme?: NumberingScheme): Layout {
  let bold: Set<number> | undefined;
  for (let i = 0; i < segs.length; i++) {
    if (declaresBoldActions(segs[i].text)) (bold ??= new Set()).add(i);
  }
  return {
    scheme: scheme ?? detectScheme(segs, setting),
    attendance: { kind: 'lines' },
    actions: { kind: bold ? 'bold' : 'keyword', boldDeclarations: bold ?? NONE },
  };
}
const NONE: ReadonlySet<number> = new Set();

/** Which numbering a file uses: any `NNN/YY` item means the year scheme. */
export function detectScheme(segs: readonly Segment[], setting: NumberingSetting = 'auto'): NumberingScheme {
  if (setting !== 'auto') return setting;
  let perMeeting = 0;
  for (const s of segs) {
    const evidence = schemeEvidence(s);
    if (evidence === 'year') return 'year';
    if (evidence) perMeeting++;
  }
  return perMeeting >= 2 ? 'per-meeting' : 'year';
}

/** What one segment tells `detectScheme` (a segment that tells nothing cannot change the scheme: `reparse.ts` relies on it). */
export function schemeEvidence(s: Segment): NumberingScheme | undefined {
  if (!s.first) return undefined;
  if (matchYearNumber(s.text)) return 'year';
  const pm = matchPerMeetingNumber(s.text);
  if (pm && !matchAgendaItem(s.text) && isTitleLike(s.text.slice(pm.titleStart)) && !/^item/i.test(s.text) && /^\d{1,3}\./.test(s.text)) return 'per-meeting';
  return undefined;
}
