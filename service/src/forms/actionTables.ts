/**
 * Action tables as they reach us flattened: a header (`No. Action Who By when`, `Ref | Action |
 * Owner | Due | Status`) and rows, in three layouts:
 * - `tabs`: cells separated by tabs, a wrapped cell continuing on a line that starts with tabs;
 * - `pipes`: Markdown or wiki tables, `|` between cells, `---` rules skipped;
 * - `cells`: one cell per line (a Word table read cell by cell), the header's cells first;
 * - `spaces`: columns laid out by position with wide gaps (PDF text); a piece of text belongs to the
 *   column it stands under, and a line with nothing in the first column continues the row above.
 * Rows give the task, owners, due date and status read by the other form modules.
 * A header is only a header when every cell is a known column name and there is an action column
 * and an owner, due or status column: a sentence is never taken for one. Pure; never throws.
 */
import type { Span } from '../constructs';
import { readDueCell, type DueDate } from './dueDates';
import type { FormOptions } from './actions';
import { splitOwners } from './owners';
import { ragStatus, readStatusCell, readStatusColumn, type StatusMark } from './statuses';
import { endBeforeBlanks } from '../unitClass';
import { joinLines } from './hyphenation';

export type ColumnKind = 'serial' | 'ref' | 'meeting' | 'minute' | 'action' | 'owner' | 'due' | 'update' | 'status' | 'rag';
export type TableLayout = 'tabs' | 'pipes' | 'cells' | 'spaces';

export interface TableHeader {
  readonly start: number;
  readonly end: number;
  readonly layout: TableLayout;
  readonly columns: ColumnKind[];
}

export interface ActionRow {
  readonly start: number;
  readonly end: number;
  /** Each column's pieces (a wrapped cell has several), in the header's order. */
  readonly cells: Span[][];
  readonly ref?: Span;
  readonly task?: Span[];
  readonly owners: OwnerSpan[];
  readonly due?: DueDate;
  readonly status?: StatusMark;
}

/** An owner's name in a row; `written` when the cell wrapped the name over lines (`Ms Sarah Crellin-` ⏎ `Moore`): the name made whole, its span from its first piece to its last. */
export type OwnerSpan = Span & { readonly written?: string };

export interface ActionTable {
  readonly header: TableHeader;
  readonly rows: ActionRow[];
  /** Where the table ends (the end of its last row). */
  readonly end: number;
}

const COLUMNS: ReadonlyArray<readonly [RegExp, ColumnKind]> = [
  // the rows' serial numbers before the reference (`Sr.⇥Item No.⇥Decision⇥Action taken / Status`, a company's Action Taken Report): no reference
  [/^(?:s[rl]\.?(?:[ \t]*no\.?)?|s\.[ \t]*no\.?)$/i, 'serial'],
  // (a tracker's `ID`, and the issue a project tracks an action by: `Tracking issue`, `Issue #`)
  // (a board's log of what members referred to staff numbers each: `Referral No.`, `Request #`)
  [/^(?:ref\.?|reference|no\.?|#|id|number|action[ \t]+(?:no\.?|ref\.?|number|id)|(?:referral|request)[ \t]*(?:no\.?|#|number)|item(?:[ \t]+no\.?)?|min(?:ute)?(?:[ \t]+(?:no\.?|ref\.?))?|tracking[ \t]+(?:issue|ticket)|issue[ \t]*(?:no\.?|#|number))$/i, 'ref'],
  // (a council's follow-up list names each by what members asked for: `Request`)
  // (and what each was about, in a referral log: `Subject`)
  // (and a list's own name for its entry, a SharePoint list's `Title`; a council's `Follow-up item`)
  // (a company's Action Taken Report names each by the board's `Decision`)
  [/^(?:actions?|action[ \t]+(?:required|agreed|points?|items?)|tasks?|description|what|requests?|subject|title|follow[ \t-]?up(?:[ \t]+items?)?|decisions?)$/i, 'action'],
  // (a town's `Staff assigned`)
  [/^(?:who|owners?|leads?|responsible|responsibility|action[ \t]+by|by[ \t]+whom|assigned[ \t]+to|(?:staff[ \t]+)?assigned|assignee|(?:lead[ \t]+|responsible[ \t]+)?officer|dept\.?|department)$/i, 'owner'],
  [/^(?:by|by[ \t]+when|when|due(?:[ \t]+date|[ \t]+by)?|deadline|target(?:[ \t]+date)?|date[ \t]+due|timescale)$/i, 'due'],
  // (a list that says only whether each is done: `Closed / Open`, `Open/Closed`)
  // (or asks it, answered yes or no: `Done?`, `Complete?`)
  // (and what was done with the status, `Action taken / Status`)
  [/^(?:status|progress|state|done\??|complete(?:d)?\?|(?:open|closed)[ \t]*\/[ \t]*(?:open|closed)|action[ \t]+taken[ \t]*(?:\/|and|&)[ \t]*status|status[ \t]*(?:\/|and|&)[ \t]*action[ \t]+taken)$/i, 'status'],
  [/^(?:updates?|comments?|notes?|progress[ \t]+update|outcome)$/i, 'update'],
  [/^(?:rag|rag[ \t]+(?:rating|status))$/i, 'rag'],
  // (a trust's log dates each by when it was raised: `Raised`)
  [/^(?:meeting|meeting[ \t]+date|date(?:[ \t]+raised)?|raised|(?:date[ \t]+)?requested)$/i, 'meeting'],
  // (who raised it, in a board's log of members' requests: `Requested by`, `Raised by`: where the action came from)
  [/^(?:minute[ \t]+ref\.?|source|(?:requested|raised)[ \t]+by)$/i, 'minute'],
];

/**
 * The names of COLUMNS as one pattern, a group each in their order: the first that matches is the
 * first group set, as `COLUMNS.find` gave it. A run-on log's header is looked for on every line
 * that starts with a column's name (`ACTION: Head of Legal`), each of its words asked: one pattern
 * instead of nine.
 */
const COLUMN = new RegExp(COLUMNS.map(([re]) => `(${re.source})`).join('|'), 'i');

/** The kind of column a header cell names (`Ref`, `Action`, `Lead`, `By when`, `Status`, `RAG`), if any. */
export function columnOf(cell: string): ColumnKind | undefined {
  let c = cell.trim();
  if (c.includes('*')) c = c.replace(/^\*\*|\*\*$/g, '');
  if (c.endsWith(':')) c = c.slice(0, -1);
  const m = COLUMN.exec(c);
  if (m) for (let g = 1; g <= COLUMNS.length; g++) if (m[g] !== undefined) return COLUMNS[g - 1][1];
  return undefined;
}

/**
 * A log of requests that names its first column as it names what was asked (`Request | Date | Requested by |
 * Request | Assigned to | Status`, a school board's: the number's cell headed as the request it numbers): with no
 * column of references, the first of two columns so named is the number's.
 */
function numberFirst(columns: Array<ColumnKind | undefined>): Array<ColumnKind | undefined> {
  const first = columns.indexOf('action');
  if (first < 0 || columns.includes('ref') || columns.indexOf('action', first + 1) < 0) return columns;
  return columns.map((c, k) => (k === first ? 'ref' : c));
}

/**
 * `Meeting | Item | Action | Responsible | Status`: an item's number is the meeting's own (`7.2` of the
 * meeting of 19/11/25, every meeting has a 7.2), so beside the meeting's column it says where the action
 * was set, not which action it is: the row has no reference of its own, its action's words name it.
 */
function itemOfMeeting(cells: readonly string[], columns: Array<ColumnKind | undefined>): Array<ColumnKind | undefined> {
  const k = columns.indexOf('ref');
  if (k < 1 || columns[k - 1] !== 'meeting' || !/^item$/i.test(cells[k].trim()) || columns.indexOf('ref', k + 1) >= 0) return columns;
  return columns.map((c, j) => (j === k ? 'minute' : c));
}

function isTableHeader(columns: Array<ColumnKind | undefined>): columns is ColumnKind[] {
  return columns.length >= 3 && columns.every((c) => c !== undefined) && columns.includes('action') && columns.some((c) => c === 'owner' || c === 'due' || c === 'status');
}

interface Line { start: number; end: number; text: string }

function linesFrom(text: string, from: number, max = 2000): Line[] {
  const out: Line[] = [];
  let at = from;
  while (at <= text.length && out.length < max) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    out.push({ start: at, end, text: text.slice(at, end).replace(/\r$/, '') });
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

/** The longest caption a log's group of rows is given. */
const CAPTION_MAX = 60;

/**
 * Whether a line of a tabbed log, with no tab of its own, captions the rows under it (`Actions from
 * 9 May 2024`, `Meeting of 11 July`): short, no sentence, and the next line a row that opens a new
 * action (its first cell filled, with a number when the first column is the reference).
 */
function isGroupCaption(text: string, next: Line | undefined, header: { readonly columns: readonly ColumnKind[]; readonly indent: number }): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > CAPTION_MAX || text.includes('\t') || /[.;:,]$/.test(t) || !next || !next.text.includes('\t')) return false;
  const cells = splitLine(next, 'tabs', header.indent);
  if (cells.length === 0 || cells[0].end === cells[0].start || cells.filter((c) => c.end > c.start).length * 2 < header.columns.length) return false;
  return header.columns[0] !== 'ref' || /\d/.test(next.text.slice(cells[0].start - next.start, cells[0].end - next.start));
}

/** Cells of a line in a delimited layout, with their offsets (empty cells kept, for their position). */
function splitLine(line: Line, layout: 'tabs' | 'pipes', indent: number): Span[] {
  const cells: Span[] = [];
  let s = line.start;
  let text = line.text;
  if (layout === 'tabs') {
    // the indentation of the header (a table inside an item) is not a cell
    let cut = /^[ ]*/.exec(text)![0].length;
    for (let k = 0; k < indent && text[cut] === '\t'; k++) cut++;
    s += cut; text = text.slice(cut);
  } else {
    const lead = /^[ \t]*\|?/.exec(text)![0].length;
    s += lead; text = text.slice(lead).replace(/\|[ \t]*$/, '');
  }
  const sep = layout === 'tabs' ? '\t' : '|';
  let at = 0;
  for (const piece of text.split(sep)) {
    const ws = piece.length - piece.trimStart().length;
    const t = piece.trim();
    cells.push({ start: s + at + ws, end: s + at + ws + t.length });
    at += piece.length + 1;
  }
  return cells;
}

/** The cells of a Markdown or wiki table's row (`| Dmitri Volkov | @dmitri | … |`), with their offsets in the line. */
export function pipeCells(line: string): Span[] {
  return splitLine({ start: 0, end: line.length, text: line }, 'pipes', 0);
}

/** A header of an action table starting at `from` (the start of a line), in whichever layout. */
export function matchActionTableHeader(text: string, from: number): (TableHeader & { indent: number; positions?: number[]; stops?: number[] }) | undefined {
  if (from < 0 || from > text.length) return undefined;
  const lines = linesFrom(text, from, 12);
  const first = lines[0];
  if (!first || first.text.trim().length === 0 || first.text.length > 300) return undefined;
  if (first.text.includes('|')) {
    const cells = splitLine(first, 'pipes', 0).map((c) => text.slice(c.start, c.end));
    const columns = numberFirst(cells.map(columnOf));
    if (isTableHeader(columns)) return { start: first.start, end: first.end, layout: 'pipes', columns, indent: 0 };
  }
  if (first.text.trim().includes('\t')) {
    const indent = (/^\t*/.exec(first.text)![0]).length;
    const cells = splitLine(first, 'tabs', indent).map((c) => text.slice(c.start, c.end)).filter((c) => c.length > 0);
    const columns = itemOfMeeting(cells, numberFirst(cells.map(columnOf)));
    // tabs run together between its names (`Minute⇥⇥Action⇥⇥⇥⇥⇥Lead⇥⇥⇥Timescale`): a Word table's columns laid
    // out by tab stops, its rows' cells told by where they stand, not by their tabs counted
    if (isTableHeader(columns)) return PADDED.test(first.text.trim()) ? { start: first.start, end: first.end, layout: 'tabs', columns, indent, stops: tabPieces(first.text).map((p) => p.col) } : { start: first.start, end: first.end, layout: 'tabs', columns, indent };
  }
  if (/\S {2,}\S/.test(first.text)) {
    const pieces = piecesOf(first.text);
    const columns = numberFirst(pieces.map((p) => columnOf(p.text)));
    if (isTableHeader(columns)) return { start: first.start, end: first.end, layout: 'spaces', columns, indent: 0, positions: pieces.map((p) => p.at) };
  }
  // one cell per line: as many header lines as are column names
  const columns: ColumnKind[] = [];
  let end = first.start;
  for (const line of lines) {
    const c = line.text.trim().length > 0 && line.text.trim().length <= 20 ? columnOf(line.text) : undefined;
    if (!c) break;
    columns.push(c); end = line.end;
  }
  if (isTableHeader(columns)) return { start: first.start, end, layout: 'cells', columns, indent: 0 };
  return undefined;
}

/** The action table whose header starts at `from`: its header and its rows, read until the table ends. */
export function readActionTable(text: string, from: number, options: FormOptions = {}): ActionTable | undefined {
  if (text.length > 500000) return undefined;
  const header = matchActionTableHeader(text, from);
  if (!header) return undefined;
  const n = header.columns.length;
  const lines = linesFrom(text, header.end + 1).filter((l) => l.start > header.end);
  const rows: Array<{ start: number; end: number; cells: Span[][] }> = [];
  if (header.layout === 'cells') {
    let i = 0;
    const refCol = header.columns.indexOf('ref');
    while (i + n <= lines.length) {
      const size = cellRowSize(lines, i, n, refCol === 0);
      const group = lines.slice(i, i + size);
      if (group.some((l) => l.text.trim().length === 0)) break;
      const cells = cellsOfGroup(text, group, n, header.columns);
      if (refCol >= 0 && !/\d/.test(text.slice(cells[refCol][0].start, cells[refCol][0].end))) break;
      rows.push({ start: cells[0][0].start, end: cells[n - 1][cells[n - 1].length - 1].end, cells });
      i += size;
    }
  } else if (header.layout === 'spaces') {
    const positions = header.positions ?? [];
    const columnAt = (at: number): number => {
      let k = 0;
      while (k + 1 < positions.length && positions[k + 1] <= at + 2) k++;
      return k;
    };
    for (const line of lines) {
      if (line.text.trim().length === 0) break;
      const pieces = piecesOf(line.text);
      const first = pieces[0];
      const opens = columnAt(first.at) === 0 && first.at + 2 >= positions[0];
      // the header's names wrapped onto a line of their own (`Date` / `closed`): words, no figure, under the header's columns
      if (!opens && rows.length === 0 && pieces.every((p) => p.text.length <= 20 && !/\d/.test(p.text) && positions.some((q) => Math.abs(q - p.at) <= 2))) continue;
      if (!opens && rows.length === 0) break;
      if (opens && header.columns[0] === 'ref' && !/\d/.test(first.text) && rows.length === 0) break;
      // (a first cell wrapped onto a line of its own, its row's reference further along left empty:
      // `DEFERRED` / `TO MAY` in a status column printed first)
      const refAt = header.columns.indexOf('ref');
      const wraps = opens && rows.length > 0 && refAt > 0 && !pieces.some((p) => columnAt(p.at) === refAt);
      if (opens && !wraps && (header.columns[0] !== 'ref' || /\d/.test(first.text))) rows.push({ start: line.start + first.at, end: line.start + line.text.trimEnd().length, cells: header.columns.map(() => []) });
      const row = rows[rows.length - 1];
      for (const p of pieces) row.cells[columnAt(p.at)].push({ start: line.start + p.at, end: line.start + p.at + p.text.length });
      row.end = line.start + line.text.trimEnd().length;
    }
  } else if (header.layout === 'tabs' && header.stops) {
    const stops = header.stops;
    const columnAt = (col: number): number => {
      let best = 0;
      for (let k = 1; k < stops.length; k++) if (Math.abs(stops[k] - col) < Math.abs(stops[best] - col)) best = k;
      return best;
    };
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li];
      if (line.text.trim().length === 0) break;
      // a caption grouping the rows by the meeting that set them (`Actions from 9 May 2024`): the log goes on under it
      if (isGroupCaption(line.text, lines[li + 1], header)) continue;
      const pieces = tabPieces(line.text);
      const first = pieces[0];
      const opens = columnAt(first.col) === 0;
      const placed = opens ? inOrder(pieces.map((p) => p.col), stops, columnAt) : undefined;
      // the header's names wrapped onto a line of their own (`Minute` ⏎ `Reference`): words, no figure
      if (rows.length === 0 && pieces.every((p) => p.text.length <= 20 && !/\d/.test(p.text))) continue;
      if (!opens && rows.length === 0) break;
      // a row opens in the first column, with its reference's figure where the first column is one
      if (opens && (header.columns[0] === 'ref' || header.columns[0] === 'serial') && !/\d/.test(first.text)) break;
      if (opens) rows.push({ start: line.start + first.at, end: line.start + line.text.trimEnd().length, cells: header.columns.map(() => []) });
      const row = rows[rows.length - 1];
      pieces.forEach((p, k) => {
        const span = { start: line.start + p.at, end: line.start + p.at + p.text.length };
        // (a wrapped line's words under the owner's cell may be the status's rest, `Deferred until` ⏎ `the spring`: wrappedInto)
        row.cells[placed ? placed[k] : wrappedInto(text, row.cells, span, columnAt(p.col), header.columns)].push(span);
      });
      row.end = line.start + line.text.trimEnd().length;
    }
  } else {
    for (let li = 0; li < lines.length; li++) {
      const line = lines[li];
      if (line.text.trim().length === 0) break;
      if (header.layout === 'pipes' && /^[ \t]*\|?[ \t:|-]+$/.test(line.text) && line.text.includes('-')) continue;
      // a caption grouping the rows by the meeting that set them (`Actions from 9 May 2024`), a row of
      // its own without tabs: the log goes on under it
      if (header.layout === 'tabs' && isGroupCaption(line.text, lines[li + 1], header)) continue;
      if (header.layout === 'pipes' && !line.text.includes('|')) break;
      const cells = splitLine(line, header.layout, header.indent);
      // a wrapped cell: the line starts with the tabs of the cells before it
      // or, with no tab before it, the first cell's words run on in lower case (`information report`,
      // `field for sports day<TAB><TAB>needed`): a row's first cell opens with a capital
      // (a due column first: `w/c 8/6/26` opens a row in small letters)
      // (or the row above stopped short and the line holds its last cell's rest and the cells it lacked, its empty cells'
      // tabs lost: `TB/24/050⇥3 July 2024⇥Workforce⇥Present international recruitment` ⏎ `evaluation⇥OM⇥Nov 2024⇥On track⇥G`)
      const short = header.layout === 'tabs' && rows.length > 0 ? restOfShortRow(text, rows[rows.length - 1].cells, cells, n) : -1;
      if (short >= 0) {
        const row = rows[rows.length - 1];
        cells.forEach((c, k) => row.cells[short + k].push(c));
        row.end = line.end;
        continue;
      }
      const continuation = header.layout === 'tabs' && rows.length > 0
        && ((cells.length > 1 && cells[0].end === cells[0].start) || (/^\p{Ll}/u.test(text.slice(cells[0].start, cells[0].end)) && !(header.columns[0] === 'due' && cells.length > 1 && readDueCell(text.slice(cells[0].start, cells[0].end), options))));
      if (!continuation && header.layout === 'tabs' && !line.text.trim().includes('\t')) break;
      if (continuation) {
        const row = rows[rows.length - 1];
        // (a cell past the last column, an extraction's tab too many before it, goes on with the last: `Carried to April 14` ⏎ `…⇥⇥⇥study session`)
        cells.forEach((c, k) => { if (c.end > c.start) row.cells[wrappedInto(text, row.cells, c, Math.min(k, n - 1), header.columns)].push(c); });
        row.end = line.end;
        continue;
      }
      if (cells.filter((c) => c.end > c.start).length < 2) break;
      rows.push({ start: cells[0].start, end: endBeforeBlanks(text, line.start, line.end), cells: header.columns.map((_, k) => (cells[k] && cells[k].end > cells[k].start ? [cells[k]] : [])) });
    }
  }
  const col = (k: ColumnKind): number => header.columns.indexOf(k);
  const out = rows.map((r): ActionRow => {
    const cell = (k: ColumnKind): Span[] => (col(k) >= 0 ? r.cells[col(k)] ?? [] : []);
    const ownerCell = cell('owner')[0];
    const dueText = cell('due').map((c) => text.slice(c.start, c.end)).join(' ');
    const statusCell = cell('status')[0];
    const ragCell = cell('rag')[0];
    const due = dueText ? readDueCell(dueText, options) : undefined;
    const dueStart = cell('due')[0]?.start ?? 0;
    const status = (statusCell ? shiftMark(readStatusColumn(text.slice(statusCell.start, statusCell.end)), statusCell.start) : undefined)
      ?? (ragCell && ragStatus(text.slice(ragCell.start, ragCell.end)) ? { status: ragStatus(text.slice(ragCell.start, ragCell.end))!, start: ragCell.start, end: ragCell.end, word: text.slice(ragCell.start, ragCell.end).toLowerCase() } : undefined);
    return {
      start: r.start, end: r.end, cells: r.cells,
      ref: cell('ref')[0],
      task: cell('action').length > 0 ? cell('action') : undefined,
      owners: ownerCell ? (header.stops && cell('owner').length > 1 ? wrappedOwners(text, cell('owner')) : splitOwners(text, ownerCell.start, ownerCell.end)) : [],
      // a due cell wrapped over two lines is read joined; its offsets hold for its first line
      due: due && due.end <= (cell('due')[0].end - dueStart) ? { ...due, start: due.start + dueStart, end: due.end + dueStart } : due ? { ...due, start: dueStart, end: cell('due')[cell('due').length - 1].end } : undefined,
      status,
    };
  });
  return { header: { start: header.start, end: header.end, layout: header.layout, columns: header.columns }, rows: out, end: out.length > 0 ? out[out.length - 1].end : header.end };
}

/**
 * Where a line's cells go on with a row that stopped short of its last columns (its last cell wrapped, the cells after it
 * on the next line): the column the line's first cell continues, the row's last filled one, when the line has one cell
 * for it and for each column after it, every one filled, and its first is no row's reference; else -1.
 */
function restOfShortRow(text: string, above: readonly Span[][], cells: readonly Span[], n: number): number {
  let filled = -1;
  for (let k = 0; k < above.length; k++) if (above[k].length > 0) filled = k;
  if (filled < 1 || filled >= n - 1 || cells.length !== n - filled || cells.some((c) => c.end <= c.start)) return -1;
  return ROW_REF.test(text.slice(cells[0].start, cells[0].end)) ? -1 : filled;
}
/** A cell that opens a row by its reference or number (`TB/24/041.3`, `12`, `A25/09`). */
const ROW_REF = /^[ \t]*(?:[A-Z]{1,4}[/.-]?)?\d/;

/** A reference cell alone on its line (`A25/09`, `PC24/031`, `112.3`, `7`): where a row of a table read one cell a line starts. */
const REF_CELL = /^[ \t]*[A-Z]{0,4}\/?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?[ \t]*$/;
/** How many lines a row read one cell a line may run beyond its cells (cells the page wrapped). */
const WRAPPED_LINES = 4;

/**
 * How many lines the row of a table read one cell a line takes from line `i`: its `n` cells, and
 * the lines of a cell Word wrapped (`Chase County Highways re Mill Lane` / `potholes`). Where rows
 * open with a reference, the row runs to the next reference cell or blank line (looked for only
 * after `n` lines: a due date in a cell is no reference); else it is its `n` lines.
 */
function cellRowSize(lines: readonly Line[], i: number, n: number, refFirst: boolean): number {
  if (!refFirst) return n;
  for (let k = i + n; k <= i + n + WRAPPED_LINES; k++) {
    if (k >= lines.length || lines[k].text.trim().length === 0 || REF_CELL.test(lines[k].text)) return k - i;
  }
  return n;
}

/**
 * The `n` cells of a row's lines, one a line, and the lines beyond them as wrapped cells': the
 * action's (it wraps first) and the last cell's (a status with its note wrapped: `Still open –
 * resurfacing in` / `September`). Of the ways to share them, the one whose status cell reads as a
 * status, then the one whose continued lines start in lower case, then the action's.
 */
function cellsOfGroup(text: string, group: readonly Line[], n: number, columns: readonly ColumnKind[]): Span[][] {
  const one = group.map((l) => [trimmed(l)]);
  if (group.length <= n) return one;
  const extra = group.length - n;
  const actionCol = columns.indexOf('action');
  const statusCol = columns.indexOf('status');
  const lower = (k: number): number => (/^[ \t]*\p{Ll}/u.test(group[k].text) ? 1 : 0);
  let best: Span[][] | undefined;
  let bestScore = -1;
  for (let a = actionCol >= 0 && actionCol < n - 1 ? extra : 0; a >= 0; a--) {
    // the action's cell takes a more lines, the last cell the rest
    const cells = [...one.slice(0, actionCol + 1 > 0 && a > 0 ? actionCol : 0)];
    let k = cells.length;
    if (a > 0) { cells.push(one.slice(k, k + a + 1).flat()); k += a + 1; }
    while (cells.length < n - 1) cells.push(one[k++]);
    cells.push(one.slice(k).flat());
    let score = statusCol < 0 || readStatusCell(text.slice(cells[statusCol][0].start, cells[statusCol][0].end)) ? 4 : 0;
    for (let c = 1; c < group.length; c++) if (!cells.some((cell) => cell[0].start === one[c][0].start)) score += lower(c);
    if (score > bestScore) { best = cells; bestScore = score; }
  }
  return best ?? one.slice(0, n);
}

/**
 * The column a wrapped line's words at column `k` go on: their own, but words in lower case under an
 * owner's or a reference's cell (`forward to the spring visit` under `DF/OC`) are the wrapped note
 * of the last cell, a status left open (`Not done – carried`): an owner's initials never run on so,
 * and a page that tabbed its wrapped note by the width of the cells counted its tabs short.
 */
/** A status cell's last word that leaves it unfinished (`Carried forward to`, `Deferred until`): the next line's words are its. */
const STATUS_ASKS = /\b(?:to|until|till|for|in|by|from|of|at|and)$/i;

/** A wrapped owner's cell going on with the rest of a post's name: `and Community`, `& Finance`. */
const POST_GOES_ON = /^(?:and|&)[ \t]+\p{Lu}/u;

function wrappedInto(text: string, cells: readonly Span[][], c: Span, k: number, columns: readonly ColumnKind[]): number {
  const last = columns.length - 1;
  // (a log with no status column gives the status at the head of its last column's update, `Deferred to 2027` ⏎ `programme`)
  const statusLast = columns[last] === 'status' || columns[last] === 'update' && !columns.includes('status');
  if (k === last || !statusLast || (columns[k] !== 'owner' && columns[k] !== 'ref') || cells[k].length !== 1) return k;
  // (`GM Strategy` ⏎ `and Community`: a post's name goes on after its `and`, its next word capitalised as the post's are)
  if (columns[k] === 'owner' && POST_GOES_ON.test(text.slice(c.start, c.end))) return k;
  const end = cells[last][cells[last].length - 1];
  // (or a status whose words ask for more, `Carried forward to` ⏎ `March 2026`, the row's owner whole: its rest)
  if (!/^\p{Ll}/u.test(text.slice(c.start, c.end))) return end && columns[k] === 'owner' && STATUS_ASKS.test(text.slice(end.start, end.end)) ? last : k;
  // (a figure ends it open too: the year or the day it puts the action off to, `Deferred to 2027` ⏎ `programme`)
  return end && /[\p{L}\p{N}]$/u.test(text.slice(end.start, end.end)) ? last : k;
}

/**
 * The columns of a row's first line's pieces, standing at columns `cols`: each at its nearest stop,
 * unless two would share a column while the line has no more pieces than the header has cells. A cell
 * that fills its column to the stop (`19/11/25`, eight characters) pushes the next a whole stop on
 * (`7.2` under `Action`): the row's cells stand in the header's order, one a column, so of the ways
 * to place them so, the one nearest the stops (the first column where two are as near).
 */
function inOrder(cols: readonly number[], stops: readonly number[], columnAt: (col: number) => number): number[] {
  const nearest = cols.map(columnAt);
  const m = cols.length;
  const n = stops.length;
  if (m > n || nearest.every((c, k) => k === 0 || c > nearest[k - 1])) return nearest;
  // cost[k][j]: the least distance placing pieces 0..k with piece k in column j; from[k][j] the column of piece k - 1
  const cost: number[][] = [];
  const from: number[][] = [];
  for (let k = 0; k < m; k++) {
    cost.push(new Array<number>(n).fill(Infinity));
    from.push(new Array<number>(n).fill(-1));
    for (let j = k; j < n - (m - 1 - k); j++) {
      const d = Math.abs(stops[j] - cols[k]);
      if (k === 0) { cost[k][j] = d; continue; }
      for (let i = k - 1; i < j; i++) if (cost[k - 1][i] + d < cost[k][j]) { cost[k][j] = cost[k - 1][i] + d; from[k][j] = i; }
    }
  }
  let j = m - 1;
  for (let c = m; c < n; c++) if (cost[m - 1][c] < cost[m - 1][j]) j = c;
  const out = new Array<number>(m);
  for (let k = m - 1; k >= 0; k--) { out[k] = j; j = from[k][j]; }
  return out;
}

/** Tabs run together between two cells' words. */
const PADDED = /\S\t{2,}\S/;

/** The tab-separated words of a line, with their offsets and the columns they stand at (tab stops every eight). */
function tabPieces(line: string): Array<{ at: number; col: number; text: string }> {
  const out: Array<{ at: number; col: number; text: string }> = [];
  let col = 0;
  let at = -1;
  let atCol = 0;
  for (let i = 0; i <= line.length; i++) {
    const c = i < line.length ? line.charCodeAt(i) : 0x09;
    if (c === 0x09) {
      if (at >= 0) { const t = line.slice(at, i).trimEnd(); if (t.length > 0) out.push({ at, col: atCol, text: t }); at = -1; }
      col = col - (col % 8) + 8;
      continue;
    }
    if (at < 0 && c !== 0x20) { at = i; atCol = col; }
    col++;
  }
  if (out.length === 0) out.push({ at: 0, col: 0, text: '' });
  return out;
}

/**
 * The owners of a cell wrapped over lines (`Mrs Ann Kewley /` ⏎ `Ms Sarah Crellin-` ⏎ `Moore`): its pieces
 * joined as one text (a name split at its hyphen made whole), its names read there, each spanning
 * the pieces it was written over.
 */
function wrappedOwners(text: string, pieces: readonly Span[]): OwnerSpan[] {
  let joined = '';
  const at: number[] = [];
  for (const p of pieces) {
    const t = text.slice(p.start, p.end);
    joined = joined.length === 0 ? t : joinLines(joined, t);
    // (where the piece's words start in the joined text: a split word's hyphen is kept or dropped before it)
    at.push(joined.length - t.length);
  }
  const toText = (x: number, end: boolean): number => {
    let k = 0;
    while (k + 1 < pieces.length && (end ? at[k + 1] < x : at[k + 1] <= x)) k++;
    return Math.min(pieces[k].end, Math.max(pieces[k].start, pieces[k].start + x - at[k]));
  };
  return splitOwners(joined).map((o) => {
    const start = toText(o.start, false);
    const end = toText(o.end, true);
    const written = joined.slice(o.start, o.end);
    return text.slice(start, end) === written ? { start, end } : { start, end, written };
  });
}

/** Runs of text separated by two blanks or more, with their columns. */
function piecesOf(line: string): Array<{ at: number; text: string }> {
  return [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ at: m.index, text: m[0] }));
}

function trimmed(l: Line): Span {
  const s = l.start + (l.text.length - l.text.trimStart().length);
  return { start: s, end: l.start + l.text.trimEnd().length };
}


function shiftMark(m: StatusMark | undefined, by: number): StatusMark | undefined {
  return m ? { ...m, start: m.start + by, end: m.end + by, note: m.note ? { start: m.note.start + by, end: m.note.end + by } : undefined } : undefined;
}
