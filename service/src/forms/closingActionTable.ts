/**
 * A closing table of the meeting's actions, as a school's governing board (and many small boards)
 * prints it after the last item: a title (`ACTIONS ARISING`, `Summary of actions`, `Action list`)
 * and under it an action table with no status column (`No. | Action | Who | By when`), its rows the
 * actions the meeting agreed. A table with a status column is a log of earlier actions (a review,
 * parse/recognisers/statusReviews.ts), not this.
 * Pure; never throws.
 */
import { readActionTable, type ActionRow, type ActionTable } from './actionTables';
import { matchOwnerColonRow, matchOwnerDashRow, matchOwnerRow, matchTaskAction, type ActionForm } from './actions';
import { isBlankUnit } from '../unitClass';
import { findDate, isoDate, type DateOrder } from '../dates';
import { halvesAt, isHalf } from './twoLanguages';

/**
 * The title of a closing list of actions (also a heading family's closing section: parse/restatedActions.ts),
 * `Actions from this meeting` and `Action points arising from the meeting` among them (never `… from previous meetings`, a review of earlier ones),
 * a note in brackets after it (`Action items (carried to next sync)`), unless it says they are earlier ones;
 * and a council's list of what members asked staff for (`FOLLOW-UP ITEMS`, `Follow-up list`), whose
 * rows are requests set at this meeting (a bare `Follow-ups` may head a review of the last one's: not this).
 */
export const ACTIONS_LIST = /^(?:(?:new|agreed|summary of|list of)?[ \t]*actions?(?:[ \t]+(?:items?|arising|points?|list|summary|agreed|log|plan)){0,2}|follow[ \t-]?up[ \t]+(?:items?|actions?|list|requests?))(?:[ \t]+(?:from|of|agreed[ \t]+at)[ \t]+(?:this|the|today['’]?s)[ \t]+meeting)?(?:[ \t]+\((?![^()]*\b(?:previous|last|earlier|past)\b)[^()]{1,30}\))?$/i;

export interface ClosingActionTable {
  /** The title's line. */
  readonly title: number;
  /** The table's header line. */
  readonly header: number;
  /** The line of the table's last row. */
  readonly end: number;
  /** The table as read from the header's line on (offsets in `lines.slice(header).join('\n')`). */
  readonly table: ActionTable;
}

/** The rest of a title named with its meeting, in its own capitals or words (`MEETING HELD ON 5 FEBRUARY 2026`, `Committee of 3 June 2025`), no table's cells. */
const NAME_WRAPPED = /^[ \t]*(?:[A-Z][A-Za-z,&'’-]*[ \t]+){0,8}(?:meeting|MEETING|Meeting|held|HELD|of|OF|on|ON)\b[^\t.;]{0,60}$/;

/** A title is short: longer lines are asked nothing more. */
const MAX_TITLE = 40;
/** Lines read from the header. */
const TABLE_LINES = 120;

/**
 * Whether a line is the title of a closing list of actions (`ACTIONS ARISING`, `**Actions:**`, `## Action list`);
 * `twoLanguages`: the file's heading is printed in two languages, where the title may be too (`Pwyntiau Gweithredu /
 * Action Points`; in a file of one language `Decisions / Actions` is no such title).
 */
export function isActionsListTitle(line: string, twoLanguages = false): boolean {
  // (both forms need a title's first letter: asked once, every line of a document comes here)
  if (line.length === 0 || (line.length > MAX_TITLE && line.length > MAX_NAMED)) return false;
  if (!mayStartTitle(line)) return twoLanguages && bilingualTitle(line);
  return (line.length <= MAX_TITLE && ACTIONS_LIST.test(line.trim().replace(/^(?:\*\*|__|#+[ \t]*)|(?:\*\*|__|:)$/g, '')))
    || (line.length <= MAX_NAMED && MEETING_ACTIONS.test(line.trim()))
    || (twoLanguages && bilingualTitle(line));
}

/**
 * A bilingual council's title in both languages, either first (`Pwyntiau Gweithredu / Action Points`, `Action Points /
 * Pwyntiau Gweithredu`): one half a title of the list, the other a few words of the other language. At most two titles
 * long, a ` / ` between the halves (asked only of short lines whose first letter opens no title).
 */
function bilingualTitle(line: string): boolean {
  if (line.length > 2 * MAX_TITLE) return false;
  const slash = halvesAt(line);
  if (slash < 0) return false;
  const a = line.slice(0, slash).trim();
  const b = line.slice(slash + 3).trim();
  return a.length > 0 && b.length > 0 && a.length <= MAX_TITLE && b.length <= MAX_TITLE && (ACTIONS_LIST.test(a) ? isHalf(b, 5) : ACTIONS_LIST.test(b) && isHalf(a, 5));
}

/**
 * A committee's table of the actions of this meeting, named with the meeting (`TABLE OF ACTIONS FROM
 * QUALITY, SAFETY AND ENGAGEMENT COMMITTEE` ⏎ `MEETING HELD ON 5 FEBRUARY 2026`, `Schedule of actions arising
 * from the Board meeting of 3 June 2025`), its name often wrapped onto a second line; never the previous
 * or last meeting's (a review of earlier ones, with their statuses).
 */
const MEETING_ACTIONS = /^(?:table|schedule|summary|list|log)[ \t]+of[ \t]+actions?[ \t]+(?:arising[ \t]+)?(?:from|of|agreed[ \t]+at)[ \t]+(?![^.;]*\b(?:previous|last|earlier|past|outstanding)\b)[^.;]{3,90}$/i;
const MAX_NAMED = 110;

/**
 * Whether a title names the table of a meeting's actions held before this one (`meetingIso`): `TABLE OF
 * ACTIONS FROM THE MEETING HELD ON 4 DECEMBER 2025` as an item of the February meeting heads the review of
 * that meeting's actions; the same title with this meeting's date is its own list (MEETING_ACTIONS), and
 * without this meeting's date, or a full date in the title, nothing tells which.
 */
export function namesEarlierMeetingActions(title: string, meetingIso: string | undefined, order: DateOrder = 'dmy'): boolean {
  if (meetingIso === undefined || title.length > MAX_NAMED || !mayStartTitle(title) || !MEETING_ACTIONS.test(title.trim())) return false;
  const d = findDate(title, order);
  return d !== undefined && !d.problem && isoDate(d.year, d.month, d.day) < meetingIso;
}

/**
 * Whether the line's first character that is not blank may open a title: a letter of its first
 * words (`new`, `agreed`, `summary of`, `list of`, `action`, `follow-up`, any case) or a mark stripped before it
 * (`**`, `__`, `#`). Every short line of a document is asked: most are told so, with no copy made.
 */
function mayStartTitle(line: string): boolean {
  let k = 0;
  while (k < line.length && isBlankUnit(line.charCodeAt(k))) k++;
  // (a blank line opens nothing; its character past the end is not read: the engine dropped the function's optimised code at it)
  if (k >= line.length) return false;
  const c = line.charCodeAt(k);
  return c < 0x80 && TITLE_STARTS[c] === 1;
}
/** The ASCII characters that may open a title, by their code: `mayStartTitle`'s letters in either case and marks. */
const TITLE_STARTS = new Uint8Array(0x80);
for (const c of 'nNaAsSlLfFtT*_#') TITLE_STARTS[c.charCodeAt(0)] = 1;
/** `mayStartTitle` as a pattern: blanks (`isBlankUnit` is `\s`'s class), then one of TITLE_STARTS. */
const TITLE_OPENING = /^\s*[nNaAsSlLfFtT*_#]/;

/**
 * A sentence of an item that leads into the list of actions under it, its colon last: `… reviewed the upcoming agendas
 * and the follow-up list:`, `The following actions were agreed:`, `Staff noted the action items:`. Only with a table of
 * actions under it (an owner column, no status: `tableUnder`). Asked only of a line that ends in its colon.
 */
const LEADS_INTO_LIST = /\b(?:follow[ \t-]?up[ \t]+(?:list|items?)|action[ \t]+(?:items|list|points)|following[ \t]+actions?(?:[ \t]+(?:were|was)[ \t]+(?:agreed|assigned))?)[ \t]*:$/i;

/**
 * Every action table of the lines under its title, top to bottom (the caller tells which closes the
 * meeting and which stand in an item): a council prints one under `FOLLOW-UP ITEMS` in several
 * items, and a board its `ACTIONS ARISING` after the last. `twoLanguages`: the file's heading is printed in
 * two languages (a title may then open with the other language's word).
 */
export function findActionTables(lines: readonly string[], twoLanguages = false): ClosingActionTable[] {
  const found: ClosingActionTable[] = [];
  for (let l = 0; l < lines.length - 1; l++) {
    // (`isActionsListTitle`'s first tests, with no call: a title's line is not empty nor over MAX_NAMED units, and its
    // first character that is not blank may open a title (`mayStartTitle`): read by its code when the line's first is
    // ASCII and no blank, else by one anchored pattern, in no loop of ours; most lines open with another letter)
    const line = lines[l];
    if (line.length === 0 || line.length > MAX_NAMED) continue;
    const c = line.charCodeAt(0);
    // (or a sentence that leads into the list with its colon: `City Manager Adebayo reviewed … the follow-up list:`)
    if (line.charCodeAt(line.length - 1) === 0x3a && LEADS_INTO_LIST.test(line)) {
      const t = tableUnder(lines, l);
      if (t) { found.push(t); l = t.end; }
      continue;
    }
    // (a line whose first letter opens no title may yet be one in two languages, the other first: a short one with ` / `,
    // asked only in a file whose heading is printed in two languages)
    if (c > 0x20 && c < 0x80 ? TITLE_STARTS[c] === 0 : !TITLE_OPENING.test(line)) { if (!twoLanguages || line.length > 2 * MAX_TITLE || !bilingualTitle(line)) continue; }
    else if (!isActionsListTitle(line, twoLanguages)) continue;
    const t = tableUnder(lines, l);
    if (!t) continue;
    found.push(t);
    l = t.end;
  }
  return found;
}

/** The action table under the title on line `l`, if one stands there. */
function tableUnder(lines: readonly string[], l: number): ClosingActionTable | undefined {
  // (a title named with its meeting wraps its words onto the line below: `MEETING HELD ON 5 FEBRUARY 2026`)
  const wrapped = !ACTIONS_LIST.test(lines[l].trim()) && !bilingualTitle(lines[l]) && l + 1 < lines.length && lines[l + 1].length <= MAX_NAMED && NAME_WRAPPED.test(lines[l + 1]);
  let header = l + (wrapped ? 2 : 1);
  while (header < lines.length && header <= l + 3 && lines[header].trim().length === 0) header++;
  if (header >= lines.length || lines[header].trim().length === 0) return undefined;
  const text = lines.slice(header, header + TABLE_LINES).join('\n');
  const table = readActionTable(text, 0) ?? taskList(lines, header, matchTaskAction) ?? taskList(lines, header, matchOwnerRow) ?? taskList(lines, header, ownerColonRow) ?? taskList(lines, header, ownerDashRow);
  if (!table || table.header.start !== 0 || table.rows.length === 0 || table.header.columns.includes('status') || !table.header.columns.includes('owner')) return undefined;
  let end = header;
  for (let k = text.indexOf('\n'); k >= 0 && k < table.end; k = text.indexOf('\n', k + 1)) end++;
  return { title: l, header, end, table };
}

/** A small board's closing list's row: `• Beth Carraway – Send the draft lease to the board – by October 1` (`matchOwnerDashRow`). */
const ownerDashRow = (line: string): ActionForm | undefined => matchOwnerDashRow(line);

/** A parish's closing summary's row: `Clerk: report the gully to Highways (by 13 March)` (`matchOwnerColonRow`). */
const ownerColonRow = (line: string): ActionForm | undefined => matchOwnerColonRow(line);

/** A line that opens a row of its own (a bullet), never the rest of the row above. */
const BULLET_START = /^[ \t]*[•·▪◦*–-][ \t]/;

/** A task list's lines read, at most: a closing list is short. */
const TASK_LINES = 60;

/**
 * The closing list as a project's notes write it, open Markdown tasks each with its owner
 * (`- [ ] @rbansal — cut the release candidate by 2026-03-11`, `- [ ] @dmitri: open the issue`):
 * read as a table whose rows are the tasks (task, owner, due), from `header` (its first task) to
 * the last task before a line that is none. Every line of the list must be such a task: a list
 * of other things is no list of actions. A wiki's task list whose boxes the copy lost reads the same,
 * a row an owner, `to` and the task (`Helen Marsh to ask … 9 Apr 2025`, `matchOwnerRow`); a parish's
 * closing summary too, a row the owner, a colon and the task (`Clerk: report the gully … (by 13 March)`).
 */
function taskList(lines: readonly string[], header: number, row: (line: string) => ActionForm | undefined): ActionTable | undefined {
  const rows: ActionRow[] = [];
  let at = 0;
  let end = 0;
  for (let l = header; l < lines.length && l < header + TASK_LINES; l++) {
    const line = lines[l];
    if (line.trim().length === 0) break;
    let f = row(line);
    let width = line.length + 1;
    // a row the page wrapped (`… – by` ⏎ `October 21`): read with the next line, no bullet of its own (the break a blank)
    if ((!f || !f.task) && l + 1 < lines.length && lines[l + 1].trim().length > 0 && !BULLET_START.test(lines[l + 1])) {
      const joined = row(`${line} ${lines[l + 1]}`);
      if (joined?.task && joined.end > line.length) {
        f = joined;
        width += lines[l + 1].length + 1;
        l++;
      }
    }
    if (!f || !f.task) return undefined;
    const shift = (x: { start: number; end: number }): { start: number; end: number } => ({ start: at + x.start, end: at + x.end });
    const task = shift(f.task);
    const owners = f.owners.map(shift);
    rows.push({ start: at + f.start, end: at + f.end, cells: [[task], owners], task: [task], owners, due: f.due ? { ...f.due, start: at + f.due.start, end: at + f.due.end, found: undefined, order: undefined } : undefined });
    end = at + f.end;
    at += width;
  }
  return rows.length >= 2 ? { header: { start: 0, end: 0, layout: 'spaces', columns: ['action', 'owner'] }, rows, end } : undefined;
}
