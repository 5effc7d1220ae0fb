/**
 * Layout detection, done once before the pass: how this file writes what varies from one board
 * to another. Today: the numbering scheme of its items and where it declares that actions are
 * in bold. The attendance and action forms are slots a layout family's recognisers fill and read
 * (a later family detects, say, a roll call or an action table here, once, instead of asking on
 * every line).
 */
import type { Segment } from '../text';
import { finish, SLICE, type Sliced } from '../slices';
import { annexGroup, isAttendanceAnnex } from '../forms/attendanceAnnex';
import { matchGridHeader } from '../forms/grid';
import { matchYearNumber, matchPerMeetingNumber, matchItemWord, type NumberingScheme, type NumberingSetting, type PerMeetingNumberMatch, type YearNumberMatch } from '../numbers';
import { declaresBoldActions, isTitleLike, matchAgendaItem } from '../constructs';
import { findDates, type DateOrder } from '../dates';
import { findDebrisSteps, withoutLineNumbers, type DebrisKind, type DebrisSpan } from '../forms/debris';
import { meetingHeading, type MeetingHeading } from '../forms/meetingHeading';
import { detectHeadsSteps, documentScheme, matchHead, meetingSerial, readsYearFirst, withReservedHeads, type HeadMatch, type Numbering, type SchemeSetting } from '../numberSchemes';
import { findHeadingItems, headingTitle, mayListAbove, type HeadingItems, type HeadingRole } from '../forms/headingItems';
import { printedNumbers } from '../forms/brokenNumbers';
import { declaresCarryForward } from '../forms/carriedForward';
import { readLetterKey, type LetterKey } from '../forms/statuses';
import { findActionTables, type ClosingActionTable } from '../forms/closingActionTable';

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
  /**
   * The heads' matches as the detection read them, by line, each with the text it read: the
   * recogniser (ownNumbers.ts) opens an item with the match when its segment's text is that text,
   * the same reading, instead of matching the line again. Only matches in the numbering's own
   * scheme with the title on the line (a number alone takes its title from the next segment, which
   * the detection did not read).
   */
  readonly headMatches?: ReadonlyMap<number, KeptHead>;
  /**
   * A file whose items are headings without numbers (scheme `none`: a wiki page, a scribe tool's
   * minutes, Markdown notes; forms/headingItems.ts), by line: the headings that open an item, and
   * those that are no item but end the one above (a summary that repeats the actions).
   */
  readonly headings?: ReadonlyMap<number, HeadingRole>;
  /** A meeting-notes table's rows among `headings` (forms/headingItems.ts `cells`), by line: the column whose cell is the item's title. */
  readonly headingCells?: ReadonlyMap<number, number>;
  /**
   * The entries of a list of contents in a `1.` or `NNN/YY` file (`## Agenda` over `1. Review of action items`
   * …) whose numbers and titles the numbered headings below repeat (`### 1. Review of action
   * items`): the business is under the headings, the list's numbers are no items. Whole documents
   * only (an edit's re-parse of such a file is a full parse: a heading's edit changes the list's reading).
   */
  readonly contentsLines?: ReadonlySet<number>;
  readonly attendance: AttendanceForm;
  readonly actions: ActionForm;
  /**
   * The debris of the whole document (`forms/debris.ts`: page footers, stamps, banners, chrome),
   * found once with each line's neighbours; and the lines that are debris from end to end, which
   * the `debris` recogniser skips. A region parsed again is given the document's (`reparse.ts`,
   * kept by `parse/index.ts` `layoutOf`) only when the debris found again over the whole new text
   * is the same, span for span, so that a running header found by repetition never reads
   * differently in one item than in the whole; else the whole text is parsed.
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
   * The board writes its numbers short (`12/25`, `13/25`, none of three digits: `forms/brokenNumbers.ts`): its
   * own form, read as printed with no warning. Kept for an edit's re-parse while no edit changes a
   * number's form (`reparse.ts`).
   */
  readonly shortNumbers?: boolean;
  /**
   * The board says it carries its outstanding actions forward (`forms/carriedForward.ts`): a review's
   * `Pending` is then carried forward. Whole documents only (`reparse.ts` parses a review whole).
   */
  readonly carriesForward?: boolean;
  /**
   * The letters a log's legend gives (`RAG key: … D = deferred by the Committee`, forms/statuses.ts
   * `readLetterKey`): a row whose status is such a letter alone is read by it. Whole documents only.
   */
  readonly letterKey?: LetterKey;
  /**
   * The meeting's actions in a table after the last item (`ACTIONS ARISING` over `No. Action Who
   * By when`, forms/closingActionTable.ts): its rows are the meeting's own actions, and an action
   * written in an item and again as a row is the row. Whole documents only (`reparse.ts` parses such
   * a file whole).
   */
  readonly closingActions?: ClosingActionTable;
  /**
   * The line of an attendance annex's heading after the last item (`ANNEX – List of participants`,
   * forms/attendanceAnnex.ts): the lists under it are the meeting's, and no sentence of an item adds
   * to them. Whole documents only (`reparse.ts` parses such a file whole).
   */
  readonly closingAttendance?: number;
  /**
   * The line of a table of attendance printed after the last item, read by the lists' own readers (a council web
   * page's `Attendance details` ⏎ `Attendee⇥Role⇥Attendance`): the lists are the table's, and a sentence of an item
   * that names the same members (`Apologies … were received from Councillors R. Farrow and …`) adds no list of its
   * own. Whole documents only, as `closingAttendance`.
   */
  readonly printedAttendance?: number;
  /** The surnames of the people that table lists, in small letters: a sentence naming one of them adds no one (printedAttendance). */
  readonly printedNames?: ReadonlySet<string>;
  /**
   * The same tables under their titles inside items, each with an item after it (a council's
   * `FOLLOW-UP ITEMS` over `Request | Assigned To | Due` in `Council comments and follow-up items`, in
   * one item or several): each one's rows are its item's actions, and an action written in an item
   * and again as a row is the row. Whole documents only, as `closingActions`. In a file of heading items
   * a table under a heading of its own (`## Action items`) is that item's, its `title` then the header's
   * line (the heading opens the item first).
   */
  readonly itemActions?: readonly ClosingActionTable[];
}

/** A head's match and the text of the line it was read from. */
export interface KeptHead {
  readonly text: string;
  readonly match: HeadMatch;
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
  return finish(detectLayoutSteps(segs, setting, scheme, document, schemeSetting));
}

/**
 * `detectLayout`, pausing between its passes and within the numbering's (see `Sliced`): `parseSteps`
 * reads a layout of 100,000 lines without holding the server. Its passes and the layout's assembly
 * are functions of their own, so that the engine optimises each with what it has seen of it (one
 * body of them all was optimised again after a change the assembly alone saw, at a large cost in
 * the first parses of a file).
 */
export function* detectLayoutSteps(segs: readonly Segment[], setting: NumberingSetting = 'auto', scheme?: NumberingScheme, document?: DocumentLines, schemeSetting: SchemeSetting = 'auto'): Sliced<Layout> {
  const { bold, carries, digits, letterKey } = declarations(segs, document !== undefined);
  if (document) yield;
  const debris = document ? yield* findDebrisSteps(document.lines) : NO_DEBRIS;
  if (document) yield;
  const debrisLines = wholeLines(debris, document);
  // the file-wide readers of whole lines read line-numbered paper without its numbers (forms/debris.ts)
  const unnumbered = document ? withoutLineNumbers(document.lines, debris) : undefined;
  if (document && unnumbered !== document.lines) document = { ...document, lines: unnumbered! };
  // (a region's layout in the document's scheme reads no number: neither the scheme nor the whole document's forms)
  const years = scheme === undefined || document ? yearNumbers(segs, digits) : NO_YEARS;
  const read = scheme === undefined ? schemeRead(segs, digits, years, setting) : undefined;
  const today = scheme ?? read!.scheme;
  const found = read && document ? yield* ownNumbering(segs, digits, years, read.firstYear, document.lines, setting, schemeSetting, today) : undefined;
  // under a wiki's headings a numbered line is an entry of its section's list (`headingItems` says why): a
  // numbering whose every head stands below the first heading with its edit chrome is no numbering of the
  // file's items (`1. TR to renew the hall booking.` ⏎ `ACTION: TR Yes check.svg Done`, carried forward)
  const own = found && (found.numbering.heads?.[0] ?? -1) > firstWikiHeading(debris) ? undefined : found;
  if (document) yield;
  return assembled(segs, setting, scheme, document, schemeSetting, { bold, carries, digits, years, letterKey, debris, debrisLines, today, own });
}

/**
 * The `NNN/YY` number (`matchYearNumber`) each segment of `digits` opens with, by its place in `digits`, read
 * once: the scheme, the board's own numbering, the printed forms, a list of contents and the first head each
 * asked the same segments again. (A number opens with a digit: no other segment has one.)
 */
function yearNumbers(segs: readonly Segment[], digits: readonly number[]): Array<YearNumberMatch | undefined> {
  const years: Array<YearNumberMatch | undefined> = [];
  for (let k = 0; k < digits.length; k++) years.push(matchYearNumber(segs[digits[k]].text));
  return years;
}
const NO_YEARS: ReadonlyArray<YearNumberMatch | undefined> = [];

/**
 * One pass over the segments for the declarations (the carry-forward's was a second): where the file
 * says its actions are in bold, whether it carries its actions forward (a whole document's), and the
 * segments that open with a digit (the only ones a minute number's reading asks).
 */
function declarations(segs: readonly Segment[], whole: boolean): { bold: Set<number> | undefined; carries: boolean; digits: number[]; letterKey: LetterKey | undefined } {
  let bold: Set<number> | undefined;
  let carries = false;
  // (and a log's legend to its letters, over the line it wraps onto)
  let letterKey: LetterKey | undefined;
  let keyAt = -2;
  const digits: number[] = [];
  for (let i = 0; i < segs.length; i++) {
    const t = segs[i].text;
    if (startsWithDigit(t)) digits.push(i);
    if (declaresBoldActions(t)) (bold ??= new Set()).add(i);
    if (whole && !carries && mentionsForward(t) && declaresCarryForward(t)) carries = true;
    // (a legend of symbols gives no `=`: `Key: ✓ done  ◔ in hand`)
    if (whole && mayHoldLetterKey(t)) {
      const k = readLetterKey(t, keyAt === i - 1);
      if (k) { letterKey = { ...letterKey, ...k }; keyAt = i; }
    }
  }
  return { bold, carries, digits, letterKey };
}

/**
 * Whether a line may hold a legend of letters (`readLetterKey`): an `=` (`D = deferred by the Committee`), or a key's
 * label before a colon (`Key:`, `RAG KEY:`). Found from the colons, a native search for one character: the search for
 * `ey:` and `EY:` in every segment of a whole document cost three times as much.
 */
function mayHoldLetterKey(t: string): boolean {
  if (t.indexOf('=') >= 0) return true;
  for (let p = t.indexOf(':', 2); p >= 0; p = t.indexOf(':', p + 1)) {
    const e = t.charCodeAt(p - 2);
    const y = t.charCodeAt(p - 1);
    if ((e === 0x65 && y === 0x79) || (e === 0x45 && y === 0x59)) return true;
  }
  return false;
}

/** The lines that are debris from end to end, by line. */
function wholeLines(debris: readonly DebrisSpan[], document: DocumentLines | undefined): Map<number, DebrisKind> | undefined {
  let debrisLines: Map<number, DebrisKind> | undefined;
  for (const d of debris) if (d.start === 0 && d.end === document!.lines[d.line].length) (debrisLines ??= new Map()).set(d.line, d.kind);
  return debrisLines;
}

/** What `detectLayoutSteps`'s passes read. */
interface LayoutReading {
  readonly bold: Set<number> | undefined;
  readonly carries: boolean;
  readonly digits: readonly number[];
  readonly years: ReadonlyArray<YearNumberMatch | undefined>;
  readonly letterKey: LetterKey | undefined;
  readonly debris: readonly DebrisSpan[];
  readonly debrisLines: Map<number, DebrisKind> | undefined;
  readonly today: NumberingScheme;
  readonly own: { readonly scheme: NumberingScheme; readonly numbering: Numbering; readonly matches: readonly HeadMatch[] } | undefined;
}

/** The layout from what the passes read, and what is read from it once (the printed numbers, heading items, a list of contents, the heading). */
function assembled(segs: readonly Segment[], setting: NumberingSetting, scheme: NumberingScheme | undefined, document: DocumentLines | undefined, schemeSetting: SchemeSetting, p: LayoutReading): Layout {
  const { bold, carries, digits, years, letterKey, debris, debrisLines, today } = p;
  // (the heading stands above the first head, which reading the numbers as a serial leaves where it was)
  const heading = document ? meetingHeading(document.lines, { order: document.order, debris, firstItem: p.own?.numbering.heads?.[0] ?? firstHead(segs, digits, years, today) }) : undefined;
  const serial = p.own && document ? serialOrYear(p.own, document.lines, heading, schemeSetting) : p.own;
  // (a council's reserved minutes, `R3313.1 …`, among its running numbers: heads too)
  const own = serial && document ? { scheme: serial.scheme, ...withReservedHeads(document.lines, serial.numbering, serial.matches) } : serial;
  // how the board prints its `NNN/YY` numbers (split by the extraction, written short), read once
  const printed = document && today === 'year' ? printedNumbers(segs, debrisLines ?? NO_LINES, digits, years) : undefined;
  const found = scheme === undefined && document && !own && setting === 'auto' && schemeSetting === 'auto' ? headingItems(segs, digits, years, document.lines, debris) : undefined;
  const headings = found?.heads;
  const contentsLines = document && !own && !headings ? (today === 'per-meeting' ? numberedContents(segs, digits, years) : today === 'year' ? plainContents(segs, digits, years, yearEntry) : undefined) : undefined;
  return {
    scheme: own ? documentScheme(own.scheme) : headings ? 'none' : today,
    ...(own ? { numbering: own.numbering, heads: new Set(own.numbering.heads), headMatches: keptHeads(own.numbering, own.matches, document!.lines) } : {}),
    ...(headings ? { headings } : {}),
    ...(found?.cells ? { headingCells: found.cells } : {}),
    ...(contentsLines ? { contentsLines } : {}),
    attendance: { kind: 'lines' },
    actions: { kind: bold ? 'bold' : 'keyword', boldDeclarations: bold ?? NONE },
    debris,
    debrisLines: debrisLines ?? NO_LINES,
    heading,
    ...(printed?.broken ? { brokenNumbers: true } : {}),
    ...(printed?.short ? { shortNumbers: true } : {}),
    ...(carries ? { carriesForward: true } : {}),
    ...(letterKey ? { letterKey } : {}),
    // (in a file of heading items, a closing list whose title is no item: a wiki's `Action items` under its table of items)
    ...(document ? closingActions(segs, document.lines, own?.numbering.heads ?? (headings ? [...headings.keys()] : undefined), headings, heading?.twoLanguages === true) : {}),
    ...(document ? closingAttendance(segs, own?.numbering.heads ?? (headings ? [...headings.keys()] : undefined)) : {}),
  };
}

/** The attendance annex after the last item (`ANNEX – List of participants`): its heading's line, the last such heading no item follows. */
function closingAttendance(segs: readonly Segment[], heads: readonly number[] | undefined): { closingAttendance?: number; printedAttendance?: number; printedNames?: ReadonlySet<string> } {
  const isHead = (x: Segment): boolean => !!schemeEvidence(x) || (x.first && !!matchItemWord(x.text));
  const noItemAfter = (line: number): boolean => !(heads ? heads.some((h) => h > line) : segs.some((x) => x.line > line && isHead(x)));
  for (let k = segs.length - 1; k >= 0; k--) {
    const s = segs[k];
    if (isAttendanceAnnex(s.text)) return noItemAfter(s.line) ? { closingAttendance: s.line } : {};
    // (a council web page's `Attendance details` over its table: the lists' own readers read it, where it stands)
    if (s.text.length < 40 && ATTENDANCE_DETAILS.test(s.text) && tableUnder(segs, k) && noItemAfter(s.line)) return { printedAttendance: s.line, printedNames: namesUnder(segs, k) };
    // (or over its lists, each under its label: `Attendance details` ⏎ `Present:` ⏎ `Councillor A Roe (Chair), …` ⏎ `Apologies:` ⏎ …)
    if (s.text.length < 40 && ATTENDANCE_DETAILS.test(s.text) && listsUnder(segs, k) && noItemAfter(s.line)) return { closingAttendance: s.line };
  }
  return {};
}

/** A council web page's heading over the table of attendance at its foot. */
const ATTENDANCE_DETAILS = /^[ \t]*attendance[ \t]+details[ \t]*:?[ \t]*$/i;

/** A heading of the attendance printed after the items (`Attendance details`, `ANNEX – List of participants`): an edit near one changes the layout. */
export function attendanceHeading(t: string): boolean {
  return t.length < 80 && (ATTENDANCE_DETAILS.test(t) || isAttendanceAnnex(t));
}

/** How `printedNames` holds a name: its last word, in small letters (`Councillor Tom Hale`, `T. Hale`: `hale`). */
export function surnameKey(written: string): string {
  const w = written.trim();
  return w.slice(w.lastIndexOf(' ') + 1).toLowerCase();
}

/** The surnames of the table's rows under the heading at segment k: each row's first cell's last word, in small letters. */
function namesUnder(segs: readonly Segment[], k: number): ReadonlySet<string> {
  const names = new Set<string>();
  for (let n = k + 1; n < segs.length && n <= k + 400; n++) {
    const t = segs[n].text;
    const tab = t.indexOf('\t');
    if (tab <= 0) { if (t.trim() === '' || n > k + 3) break; continue; }
    const last = surnameKey(t.slice(0, tab));
    if (last.length > 1) names.add(last);
  }
  return names;
}

/** A list's label under segment k (`Present:`), its people on the line below. */
function listsUnder(segs: readonly Segment[], k: number): boolean {
  let n = k + 1;
  while (n < segs.length && n <= k + 2 && segs[n].text.trim() === '') n++;
  const g = n + 1 < segs.length ? annexGroup(segs[n].text) : undefined;
  return g !== undefined && g !== 'same' && segs[n].text.trimEnd().endsWith(':') && segs[n + 1].text.trim() !== '';
}

/** The table's column names under segment k, or under a group's label there (`Members:` ⏎ `Attendee⇥Role⇥Attendance`). */
function tableUnder(segs: readonly Segment[], k: number): boolean {
  for (let n = k + 1; n <= k + 2 && n < segs.length; n++) if (segs[n].text.indexOf('\t') > 0 && matchGridHeader(segs[n].text) !== undefined) return true;
  return false;
}

/**
 * Year first with a point (`45.01`) is also a meeting's serial and its items: read so unless the
 * meeting's date, at the top, has the figures before the point for its year (numberSchemes.ts
 * `meetingSerial`). The date is the heading's, above the first item: an edit there is a full parse
 * (reparse.ts), so a region read again keeps the reading. A file set to year first keeps it.
 */
function serialOrYear(own: NonNullable<LayoutReading['own']>, lines: readonly string[], heading: MeetingHeading | undefined, schemeSetting: SchemeSetting): LayoutReading['own'] {
  if (own.numbering.scheme !== 'year-first' || schemeSetting === 'year-first') return own;
  const iso = heading?.date?.iso;
  const serial = meetingSerial(lines, own.numbering, own.matches, iso ? Number(iso.slice(0, 4)) : undefined);
  return serial ? { scheme: 'prefixed', numbering: serial.numbering, matches: serial.matches } : own;
}

/**
 * A list of contents in a `1.` file whose items are Markdown headings that repeat its entries
 * (`2. Release status` in the list, `### 2. Release status` below): the list's lines, when at least
 * two of its entries, above the first numbered heading, are repeated by a heading with the same
 * number and title. Only the segments that open with a digit are asked.
 */
function numberedContents(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>): ReadonlySet<number> | undefined {
  const heads = new Map<string, number>();
  let firstHead = Infinity;
  for (let j = 0; j < digits.length; j++) {
    const s = segs[digits[j]];
    if (s.heading === 0) continue;
    const pm = perMeetingAt(s, years[j]);
    if (!pm) continue;
    heads.set(`${pm.seq} ${headingTitle(s.text.slice(pm.titleStart)).toLowerCase()}`, s.line);
    if (s.line < firstHead) firstHead = s.line;
  }
  if (heads.size < 2) return plainContents(segs, digits, years, perMeetingEntry);
  let lines: Set<number> | undefined;
  for (let j = 0; j < digits.length; j++) {
    const s = segs[digits[j]];
    if (s.line >= firstHead) break;
    if (s.heading > 0) continue;
    const pm = perMeetingAt(s, years[j]);
    if (!pm) continue;
    if (heads.has(`${pm.seq} ${headingTitle(s.text.slice(pm.titleStart)).toLowerCase()}`)) (lines ??= new Set()).add(s.line);
  }
  return lines && lines.size >= 2 ? lines : undefined;
}

/**
 * A list of contents in a `1.` (or `NNN/YY`) file whose items are plain lines that repeat its entries (a wiki's
 * `Agenda Topics`: `1. Roll call` … `7. AOB`, one line after another, then `1. Roll call` over its
 * notes below; `entryOf` reads a line's number and where its title starts): the list's lines, when its entries stand one after another (nothing but blank lines
 * between) and at least two of them, and half, are repeated below by a line with the same number and title.
 */
function plainContents(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>, entryOf: (s: Segment, year: YearNumberMatch | undefined) => ContentsEntry | undefined): ReadonlySet<number> | undefined {
  const entries: Array<{ k: number; entry: ContentsEntry }> = [];
  for (let j = 0; j < digits.length; j++) {
    const k = digits[j];
    const s = segs[k];
    const entry = s.heading > 0 ? undefined : entryOf(s, years[j]);
    if (entry !== undefined) entries.push({ k, entry });
  }
  // the first run of entries one after another
  let a = 0;
  while (a + 1 < entries.length && entries[a + 1].k !== entries[a].k + 1) a++;
  let b = a;
  while (b + 1 < entries.length && entries[b + 1].k === entries[b].k + 1) b++;
  if (b === a) return undefined;
  const run = entries.slice(a, b + 1);
  // a line below repeats an entry only with its number: the titles (cut and lowered) are read only where a number is
  // the run's (every file's items after two heads on adjacent lines, `001/22 …` ⏎ `002/22 …`, came here)
  const numbers = new Set(run.map((e) => e.entry.number));
  const below = new Set<string>();
  for (let j = b + 1; j < entries.length; j++) if (numbers.has(entries[j].entry.number)) below.add(contentsKey(segs[entries[j].k], entries[j].entry));
  const repeated = below.size === 0 ? 0 : run.filter((e) => below.has(contentsKey(segs[e.k], e.entry))).length;
  return repeated >= 2 && repeated * 2 >= run.length ? new Set(run.map((e) => segs[e.k].line)) : undefined;
}

/** An entry of a list of contents as `entryOf` reads it: its number as written (`3`, `081/22`) and where its title starts. */
interface ContentsEntry {
  readonly number: string;
  readonly titleStart: number;
}

/** An entry's number and title, lowered, as a line below repeats it (`3 roll call`). */
function contentsKey(s: Segment, e: ContentsEntry): string {
  return `${e.number} ${headingTitle(s.text.slice(e.titleStart)).toLowerCase()}`;
}

/** A `1. Title` line as an entry of a list of contents (its `NNN/YY` number read, `year`): its number and title. */
function perMeetingEntry(s: Segment, year: YearNumberMatch | undefined): ContentsEntry | undefined {
  const pm = perMeetingAt(s, year);
  return pm ? { number: `${pm.seq}`, titleStart: pm.titleStart } : undefined;
}

/** An `NNN/YY Title` line as an entry of a list of contents (a wiki's `On this page` over the minutes that repeat it): its number and title. */
function yearEntry(s: Segment, ym: YearNumberMatch | undefined): ContentsEntry | undefined {
  // (`schemeEvidence`'s `year`: a first segment opening with a digit whose `NNN/YY` number, read once, is `ym`)
  return s.first && ym ? { number: `${ym.seq}/${ym.year}`, titleStart: ym.end } : undefined;
}

/** The line of the first item head in today's reading (`081/22 …`, `1. …`), if any: the meeting's heading stands above it. */
function firstHead(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>, today: NumberingScheme): number | undefined {
  if (today !== 'year' && today !== 'per-meeting') return undefined;
  // (never a date alone on its line, `14 January 2025` under a scribe's title: the meeting's date, no item 14)
  for (let j = 0; j < digits.length; j++) if (evidenceAt(segs[digits[j]], years[j]) === today && !dateAlone(segs[digits[j]].text)) return segs[digits[j]].line;
  return undefined;
}

/** A line that is a date and nothing else (`14 January 2025`, `2025-01-14`). */
function dateAlone(text: string): boolean {
  const t = text.trim();
  if (t.length > 40) return false;
  const d = findDates(t, 'dmy')[0];
  return d !== undefined && d.start === 0 && d.end >= t.replace(/[.,]$/, '').length;
}

/**
 * The action tables under their titles: the last is the meeting's closing table when no item follows
 * it (in the board's own numbering, a file's heading items or today's reading); in a file of heading
 * items only where its title is no item's heading (a heading `Action items` is an item, its rows that
 * item's actions: parse/restatedActions.ts). A table with an item above it and one after it, in a
 * file of numbered items, is the actions of the item it stands in (a council's `FOLLOW-UP ITEMS` in
 * several items); a file of heading items keeps its lists as they were read.
 */
function closingActions(segs: readonly Segment[], lines: readonly string[], heads: readonly number[] | undefined, headings?: ReadonlyMap<number, HeadingRole>, twoLanguages = false): { closingActions?: ClosingActionTable; itemActions?: readonly ClosingActionTable[] } {
  const tables = findActionTables(lines, twoLanguages);
  if (tables.length === 0) return {};
  const isHead = (s: Segment): boolean => !!schemeEvidence(s) || (s.first && !!matchItemWord(s.text));
  const headAfter = (line: number): boolean => (heads ? heads.some((h) => h > line) : segs.some((s) => s.line > line && isHead(s)));
  const headBefore = (line: number): boolean => (heads ? heads.some((h) => h < line) : segs.some((s) => s.line < line && isHead(s)));
  const last = tables[tables.length - 1];
  const closing = !headings?.has(last.title) && !headAfter(last.end) ? last : undefined;
  const inItems = headings
    // (in a file of heading items, a table with its header row under a heading of its own, `Actions arising (edit)`
    // over `No.<TAB>Action<TAB>Who<TAB>Due`: that item's actions; its other lists are read as they stand)
    ? tables.filter((t) => headings.get(t.title) === 'item' && t.table.header.end > t.table.header.start)
    : tables.filter((t) => t !== closing && headAfter(t.end) && headBefore(t.title));
  return { ...(closing ? { closingActions: closing } : {}), ...(inItems.length > 0 ? { itemActions: inItems } : {}) };
}
const NONE: ReadonlySet<number> = new Set();
const NO_DEBRIS: readonly DebrisSpan[] = [];

/**
 * Whether the text holds `forward` in any case (`/forward/i`, which `declaresCarryForward` asks
 * first): found from its `w`s, a native search, and the letters around each. Every segment of a
 * whole document is asked, and the case-blind pattern scanned every line (~4 % of the layout).
 */
function mentionsForward(t: string): boolean {
  for (let p = t.indexOf('w', 3); p >= 0 && p + 3 < t.length; p = t.indexOf('w', p + 1)) if (forwardAt(t, p - 3)) return true;
  for (let p = t.indexOf('W', 3); p >= 0 && p + 3 < t.length; p = t.indexOf('W', p + 1)) if (forwardAt(t, p - 3)) return true;
  return false;
}

/** `forward` (ASCII letters, any case; its `w` known) at `s`. */
function forwardAt(t: string, s: number): boolean {
  return (t.charCodeAt(s) | 0x20) === 0x66 && (t.charCodeAt(s + 1) | 0x20) === 0x6f && (t.charCodeAt(s + 2) | 0x20) === 0x72 && (t.charCodeAt(s + 4) | 0x20) === 0x61 && (t.charCodeAt(s + 5) | 0x20) === 0x72 && (t.charCodeAt(s + 6) | 0x20) === 0x64;
}

function startsWithDigit(t: string): boolean {
  // (an empty text is asked first: a read past a string's end makes the engine drop the function's optimised code)
  if (t.length === 0) return false;
  const c = t.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}
const NO_LINES: ReadonlyMap<number, DebrisKind> = new Map();

/** Which numbering a file uses: any `NNN/YY` item means the year scheme. */
export function detectScheme(segs: readonly Segment[], setting: NumberingSetting = 'auto'): NumberingScheme {
  if (setting !== 'auto') return setting;
  const digits: number[] = [];
  for (let i = 0; i < segs.length; i++) if (startsWithDigit(segs[i].text)) digits.push(i);
  return schemeOf(segs, digits, setting);
}

/** `detectScheme`, given the segments that open with a digit (in order): no other tells a scheme (`schemeEvidence`). */
function schemeOf(segs: readonly Segment[], digits: readonly number[], setting: NumberingSetting): NumberingScheme {
  return schemeRead(segs, digits, setting === 'auto' ? yearNumbers(segs, digits) : NO_YEARS, setting).scheme;
}

/**
 * `schemeOf`, with where in `digits` the first segment that tells the year scheme stands (`digits.length`
 * when none does): no segment before it can be an `NNN/YY` head, so `ownNumbering` looks from there on.
 * A segment is asked the per-meeting reading only until two have told it (a third changes nothing).
 */
function schemeRead(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>, setting: NumberingSetting): { scheme: NumberingScheme; firstYear: number } {
  if (setting !== 'auto') return { scheme: setting, firstYear: 0 };
  let perMeeting = 0;
  let lone = -1;
  for (let k = 0; k < digits.length; k++) {
    const s = segs[digits[k]];
    if (!s.first) continue;
    if (years[k]) return { scheme: 'year', firstYear: k };
    if (perMeeting < 2) {
      const pm = perMeetingEvidence(s.text);
      if (pm && ++perMeeting === 1 && pm.seq === 1 && firstItemLike(segs, digits[k], pm)) lone = k;
    }
  }
  // one `1. Title` head is the meeting's first item (a clerk has typed only that far) unless a numbered
  // line stands right above or below it, a list's entry (`1. Paste this output …` ⏎ `2. See the notes …`);
  // one head of another number (`5. MINUTES` alone) is not enough to tell a scheme
  return { scheme: perMeeting >= 2 || (perMeeting === 1 && lone >= 0 && !numberedBeside(segs, digits, lone)) ? 'per-meeting' : 'year', firstYear: digits.length };
}

/**
 * Whether a `1. Title` line reads as a meeting's first item: its title opens with a capital and no action or
 * decision keyword, and the line above leads into no list (`The clerk listed one payment:`).
 */
function firstItemLike(segs: readonly Segment[], at: number, pm: PerMeetingNumberMatch): boolean {
  const title = segs[at].text.slice(pm.titleStart);
  if (!/^\p{Lu}/u.test(title) || /^(?:ACTION|RESOLVED|RESOLUTION|DECISION|AGREED)\b/i.test(title)) return false;
  for (let k = at - 1; k >= 0; k--) {
    const t = segs[k].text;
    if (t.trim().length === 0) continue;
    return !/:\s*$/.test(t);
  }
  return true;
}

/** Whether the segment digits[k] has another that opens with a digit on the line above or below it. */
function numberedBeside(segs: readonly Segment[], digits: readonly number[], k: number): boolean {
  const line = segs[digits[k]].line;
  return (k > 0 && segs[digits[k - 1]].line === line - 1) || (k + 1 < digits.length && segs[digits[k + 1]].line === line + 1);
}

/**
 * The numbering of numberSchemes.ts, where it decides the items: a scheme today's reader does not
 * know (`prefixed`, `running`, `roman` …), or plain numbers it misses (`1<TAB>…`, `1.` alone on
 * its line) in a file with no `NNN/YY` number. Files today's reader reads (our markup, `NNN/YY`,
 * `1. Title`) and a forced `year` or `per-meeting` setting keep today's reading.
 */
function* ownNumbering(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>, firstYear: number, lines: readonly string[], setting: NumberingSetting, schemeSetting: SchemeSetting, today: NumberingScheme): Sliced<{ scheme: NumberingScheme; numbering: Numbering; matches: readonly HeadMatch[] } | undefined> {
  if (setting !== 'auto' || schemeSetting === 'year' || schemeSetting === 'per-meeting') return undefined;
  // an `NNN/YY` head (not `21/09-1`, an action's reference) is today's scheme: no second pass over the file
  if (schemeSetting === 'auto') {
    // (a year number opens with a digit: only those segments are asked, from the first that tells the year scheme)
    for (let k = firstYear; k < digits.length; k++) {
      if (k % SLICE === SLICE - 1) yield;
      const x = segs[digits[k]];
      // (a short `25/47` may be year first: the run of heads tells, below)
      if (x.first && years[k]) { const h = matchHead(x.text, 'year'); if (h && !readsYearFirst(h.written)) return undefined; }
    }
  }
  const { numbering, matches } = yield* detectHeadsSteps(lines, schemeSetting);
  const s = numbering.scheme;
  if (s === 'none' || s === 'year' || !numbering.heads || numbering.heads.length === 0) return undefined;
  // plain `1.` numbers today's reader finds stay with it; those it misreads (`1<TAB>Title<TAB>Lead`,
  // a table's cells, where an action table's rows are no items) or misses (`1.` alone) are read here
  if (s === 'per-meeting' && today === 'per-meeting' && !numbering.heads.some((h) => /\t|<t[dh]\b|^\s*\|/i.test(lines[h]))) return undefined;
  return { scheme: s, numbering, matches };
}

/** The heads' matches the recogniser may keep (`Layout.headMatches`): those the numbering's own scheme reads from the line alone. */
function keptHeads(numbering: Numbering, matches: readonly HeadMatch[], lines: readonly string[]): ReadonlyMap<number, KeptHead> {
  const kept = new Map<number, KeptHead>();
  const heads = numbering.heads ?? [];
  for (let k = 0; k < heads.length; k++) {
    const m = matches[k];
    // plain numbers are detected as `running` and named after: a `per-meeting` file reads its heads again
    if (m.titleOnNextLine || m.number.scheme !== numbering.scheme) continue;
    kept.set(heads[k], { text: lines[heads[k]], match: m });
  }
  return kept;
}

/**
 * The headings that are the items of a file with no minute numbers: only where no line is an item
 * in today's reading (no `NNN/YY` head, fewer than two `1. Title` heads, no `Item:` line), so our
 * markup and every numbered family read as before.
 */
function headingItems(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>, lines: readonly string[], debris: readonly DebrisSpan[]): Pick<HeadingItems, 'heads' | 'cells'> | undefined {
  // a numbered file is told by its first number above the lists: when neither a wiki's heading nor a
  // table of contents can stand above that number, the headings need not be found (every file of our
  // markup and of the numbered families came here, and found them to no purpose)
  const numbered = numberedFrom(segs, digits, years);
  if (numbered !== undefined && numbered <= firstWikiHeading(debris) && !mayListAbove(lines, numbered)) return undefined;
  const found = findHeadingItems(lines, debris);
  if (!found) return undefined;
  // under a wiki's headings (the first that carries its edit chrome) a numbered line is an entry of
  // the section's list (MediaWiki's `#` list, `1. ACTION: … Yes check.svg Done` carried forward):
  // only numbers above it tell a numbered file. (The chrome is debris, which an edit's re-parse
  // checks is the same: the line never moves without a full parse.)
  // (so are the entries of a table of contents whose topics are the headings below, and the numbered
  // lists under them: a scribe tool's `1. Approval of minutes` and its summary of resolutions)
  const listsFrom = found.contents ?? firstWikiHeading(debris);
  if (numbered !== undefined && numbered <= listsFrom) return undefined;
  // headings that carry the items' numbers themselves (`## Agenda` ⏎ `1. Previous action items` …, then
  // `## 1. Previous action items`): a numbered file, its list of contents read as one (`numberedContents`)
  return found.contents !== undefined && numberedHeadings(segs, digits, years, found.heads) ? undefined : found;
}

/** Whether every heading that opens an item, two at least, opens with a `1. Title` number. */
function numberedHeadings(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>, heads: ReadonlyMap<number, HeadingRole>): boolean {
  let items = 0;
  for (const role of heads.values()) if (role === 'item') items++;
  let numbered = 0;
  for (let j = 0; j < digits.length; j++) {
    const s = segs[digits[j]];
    if (s.heading > 0 && heads.get(s.line) === 'item' && perMeetingAt(s, years[j])) numbered++;
  }
  return numbered >= 2 && numbered === items;
}

/**
 * The line where the segments first tell a numbered file in today's reading (an `NNN/YY` head, a
 * second `1. Title` head, an `Item:` line), if any: above the lists, it rules the headings out.
 */
function numberedFrom(segs: readonly Segment[], digits: readonly number[], years: ReadonlyArray<YearNumberMatch | undefined>): number | undefined {
  let perMeeting = 0;
  let j = 0;
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i];
    // (only a segment that opens with a digit tells a scheme: those are `digits`, in order, their numbers read once)
    const d = j < digits.length && digits[j] === i ? j++ : -1;
    if (!s.first) continue;
    const evidence = d < 0 ? undefined : evidenceAt(s, years[d]);
    if (evidence === 'year' || (evidence && ++perMeeting >= 2) || matchItemWord(s.text)) return s.line;
  }
  return undefined;
}

function firstWikiHeading(debris: readonly DebrisSpan[]): number {
  let first = Infinity;
  for (const d of debris) if (d.kind === 'wiki-chrome' && d.start > 0 && d.line < first) first = d.line;
  return first;
}

/** What one segment tells `detectScheme` (a segment that tells nothing cannot change the scheme: `reparse.ts` relies on it). */
export function schemeEvidence(s: Segment): NumberingScheme | undefined {
  // both readings need a digit first (`081/22`, `1.`): most segments are ruled out by one character
  if (!s.first || !startsWithDigit(s.text)) return undefined;
  if (matchYearNumber(s.text)) return 'year';
  return perMeetingEvidence(s.text) ? 'per-meeting' : undefined;
}

/**
 * `schemeEvidence` of a segment that opens with a digit, given its `NNN/YY` number as read once (`yearNumbers`):
 * the same answer, the segment's first character known.
 */
function evidenceAt(s: Segment, year: YearNumberMatch | undefined): NumberingScheme | undefined {
  if (!s.first) return undefined;
  if (year) return 'year';
  return perMeetingEvidence(s.text) ? 'per-meeting' : undefined;
}

/** The per-meeting number of a segment whose `evidenceAt` is `per-meeting` (its number read once), else undefined. */
function perMeetingAt(s: Segment, year: YearNumberMatch | undefined): PerMeetingNumberMatch | undefined {
  return s.first && !year ? perMeetingEvidence(s.text) : undefined;
}

/**
 * Whether a first segment's text, opening with a digit and no `NNN/YY` number, tells the per-meeting scheme (`schemeEvidence`):
 * its per-meeting number where it does, so that a list's entry reads it once.
 */
function perMeetingEvidence(t: string): PerMeetingNumberMatch | undefined {
  const pm = matchPerMeetingNumber(t);
  // `1. [4]Agenda review`: a link reference before the title makes an entry of a list of links (a scribe tool's contents), not an item
  return !!pm && !matchAgendaItem(t) && isTitleLike(t.slice(pm.titleStart)) && !/^item/i.test(t) && /^\d{1,3}\./.test(t) && !/^\[\d{1,3}\]/.test(t.slice(pm.titleStart)) ? pm : undefined;
}

/**
 * The file's items are read as today's `NNN/YY` numbers (no board's own numbering, no heading items: a layout of
 * headings has scheme `none`): where a number may wait for its title and a lettered part be read under an item
 * (the `applies` of pending-title and lettered-sub-item).
 */
export function readsYearNumbers(layout: Layout): boolean {
  return layout.heads === undefined && layout.scheme === 'year';
}
