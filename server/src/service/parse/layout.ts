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
import type { DateOrder } from '../dates';
import { findDebris, type DebrisKind, type DebrisSpan } from '../forms/debris';
import { meetingHeading, type MeetingHeading } from '../forms/meetingHeading';
import { detectNumbering, matchHead, type Numbering, type SchemeSetting } from '../numberSchemes';
import { numbersBrokenByExtraction } from '../forms/brokenNumbers';
import { declaresCarryForward } from '../forms/carriedForward';

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
  /**
   * The file's numbering as numberSchemes.ts reads it, when the items are read in it (a board's own
   * scheme: `PC24/061`, `41.`, `2246`, `VI.`, or numbers today's `1.` reader misses: `1<TAB>`, a
   * number alone on its line): the heads are the lines that start items. Undefined: today's
   * `NNN/YY` and `1.` reading, exactly as before.
   */
  readonly numbering?: Numbering;
  readonly heads?: ReadonlySet<number>;
  readonly attendance: AttendanceForm;
  readonly actions: ActionForm;
  /**
   * The debris of the whole document (`forms/debris.ts`: page footers, stamps, banners, chrome),
   * found once with each line's neighbours; and the lines that are debris from end to end, which
   * the `debris` recogniser skips. A region parsed again has none: `reparse.ts` parses the whole
   * text again when the document holds any, so that a running header found by repetition never
   * reads differently in one item than in the whole.
   */
  readonly debris: readonly DebrisSpan[];
  readonly debrisLines: ReadonlyMap<number, DebrisKind>;
  /** The meeting's heading as a careful reader finds it at the top (`forms/meetingHeading.ts`), for a whole document. */
  readonly heading?: MeetingHeading;
  /**
   * The extraction broke the file's minute numbers (`115/2 3`, `119/2⏎3`, most of them:
   * `forms/brokenNumbers.ts`): the break is debris. Whole documents only (`reparse.ts` parses whole).
   */
  readonly brokenNumbers?: boolean;
  /**
   * The board says it carries its outstanding actions forward (`forms/carriedForward.ts`): a review's
   * `Pending` is then carried forward. Whole documents only (`reparse.ts` parses a review whole).
   */
  readonly carriesForward?: boolean;
}

/** The file-wide facts read from the lines themselves: debris and the meeting's heading. Whole documents only. */
export interface DocumentLines {
  readonly lines: readonly string[];
  readonly order?: DateOrder;
}

/**
 * Reads the layout of a document (or of a region: the scheme is then the document's, given).
 * `document` (a whole document's lines) lets the debris, the heading and the numbering of
 * numberSchemes.ts be detected, in the scheme `schemeSetting` (`minutes.numbering`) names.
 */
export function detectLayout(segs: readonly Segment[], setting: NumberingSetting = 'auto', scheme?: NumberingScheme, document?: DocumentLines, schemeSetting: SchemeSetting = 'auto'): Layout {
  let bold: Set<number> | undefined;
  for (let i = 0; i < segs.length; i++) {
    if (declaresBoldActions(segs[i].text)) (bold ??= new Set()).add(i);
  }
  const debris = document ? findDebris(document.lines) : NO_DEBRIS;
  let debrisLines: Map<number, DebrisKind> | undefined;
  for (const d of debris) if (d.start === 0 && d.end === document!.lines[d.line].length) (debrisLines ??= new Map()).set(d.line, d.kind);
  const today = scheme ?? detectScheme(segs, setting);
  const own = scheme === undefined && document ? ownNumbering(segs, document.lines, setting, schemeSetting, today) : undefined;
  return {
    scheme: own?.scheme ?? today,
    ...(own ? { numbering: own.numbering, heads: new Set(own.numbering.heads) } : {}),
    attendance: { kind: 'lines' },
    actions: { kind: bold ? 'bold' : 'keyword', boldDeclarations: bold ?? NONE },
    debris,
    debrisLines: debrisLines ?? NO_LINES,
    heading: document ? meetingHeading(document.lines, { order: document.order, debris }) : undefined,
    ...(document && today === 'year' && numbersBrokenByExtraction(segs, debrisLines ?? NO_LINES) ? { brokenNumbers: true } : {}),
    ...(document && segs.some((s) => declaresCarryForward(s.text)) ? { carriesForward: true } : {}),
  };
}
const NONE: ReadonlySet<number> = new Set();
const NO_DEBRIS: readonly DebrisSpan[] = [];
const NO_LINES: ReadonlyMap<number, DebrisKind> = new Map();

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

/**
 * The numbering of numberSchemes.ts, where it decides the items: a scheme today's reader does not
 * know (`prefixed`, `running`, `roman` …), or plain numbers it misses (`1<TAB>…`, `1.` alone on
 * its line) in a file with no `NNN/YY` number. Files today's reader reads (our markup, `NNN/YY`,
 * `1. Title`) and a forced `year` or `per-meeting` setting keep today's reading.
 */
function ownNumbering(segs: readonly Segment[], lines: readonly string[], setting: NumberingSetting, schemeSetting: SchemeSetting, today: NumberingScheme): { scheme: NumberingScheme; numbering: Numbering } | undefined {
  if (setting !== 'auto' || schemeSetting === 'year' || schemeSetting === 'per-meeting') return undefined;
  // an `NNN/YY` head (not `21/09-1`, an action's reference) is today's scheme: no second pass over the file
  if (schemeSetting === 'auto') for (const x of segs) if (x.first && matchYearNumber(x.text) && matchHead(x.text, 'year')) return undefined;
  const numbering = detectNumbering(lines, schemeSetting);
  const s = numbering.scheme;
  if (s === 'none' || s === 'year' || !numbering.heads || numbering.heads.length === 0) return undefined;
  // plain `1.` numbers today's reader finds stay with it; those it misreads (`1<TAB>Title<TAB>Lead`,
  // a table's cells, where an action table's rows are no items) or misses (`1.` alone) are read here
  if (s === 'per-meeting' && today === 'per-meeting' && !numbering.heads.some((h) => /\t|<t[dh]\b|^\s*\|/i.test(lines[h]))) return undefined;
  return { scheme: s, numbering };
}

/** What one segment tells `detectScheme` (a segment that tells nothing cannot change the scheme: `reparse.ts` relies on it). */
export function schemeEvidence(s: Segment): NumberingScheme | undefined {
  if (!s.first) return undefined;
  if (matchYearNumber(s.text)) return 'year';
  const pm = matchPerMeetingNumber(s.text);
  if (pm && !matchAgendaItem(s.text) && isTitleLike(s.text.slice(pm.titleStart)) && !/^item/i.test(s.text) && /^\d{1,3}\./.test(s.text)) return 'per-meeting';
  return undefined;
}
