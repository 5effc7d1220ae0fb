/**
 * A closing table of the meeting's actions, as a school's governing board (and many small boards)
 * prints it after the last item: a title (`ACTIONS ARISING`, `Summary of actions`, `Action list`)
 * and under it an action table with no status column (`No. | Action | Who | By when`), its rows the
 * actions the meeting agreed. A table with a status column is a log of earlier actions (a review,
 * parse/recognisers/statusReviews.ts), not this.
 * Pure; never throws.
 */
import { readActionTable, type ActionTable } from './actionTables';
import { isBlankUnit } from '../unitClass';

/**
 * The title of a closing list of actions (also a heading family's closing section: parse/restatedActions.ts),
 * `Actions from this meeting` among them (never `… from previous meetings`, a review of earlier ones).
 */
export const ACTIONS_LIST = /^(?:new|agreed|summary of|list of)?[ \t]*actions?(?:[ \t]+(?:items?|arising|points?|list|summary|agreed|log|plan))?(?:[ \t]+(?:from|of|agreed[ \t]+at)[ \t]+(?:this|the|today['’]?s)[ \t]+meeting)?$/i;

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

/** A title is short: longer lines are asked nothing more. */
const MAX_TITLE = 40;
/** Lines read from the header. */
const TABLE_LINES = 120;

/** Whether a line is the title of a closing list of actions (`ACTIONS ARISING`, `**Actions:**`, `## Action list`). */
export function isActionsListTitle(line: string): boolean {
  return line.length > 0 && line.length <= MAX_TITLE && mayStartTitle(line) && ACTIONS_LIST.test(line.trim().replace(/^(?:\*\*|__|#+[ \t]*)|(?:\*\*|__|:)$/g, ''));
}

/**
 * Whether the line's first character that is not blank may open a title: a letter of its first
 * words (`new`, `agreed`, `summary of`, `list of`, `action`, any case) or a mark stripped before it
 * (`**`, `__`, `#`). Every short line of a document is asked: most are told so, with no copy made.
 */
function mayStartTitle(line: string): boolean {
  let k = 0;
  while (k < line.length && isBlankUnit(line.charCodeAt(k))) k++;
  const c = line.charCodeAt(k);
  const l = c | 32;
  return l === 0x6e || l === 0x61 || l === 0x73 || l === 0x6c || c === 0x2a || c === 0x5f || c === 0x23;
}

/** The last closing action table of the lines, if any (the caller tells whether an item follows it). */
export function findClosingActionTable(lines: readonly string[]): ClosingActionTable | undefined {
  for (let l = lines.length - 2; l >= 0; l--) {
    if (!isActionsListTitle(lines[l])) continue;
    let header = l + 1;
    while (header < lines.length && header <= l + 3 && lines[header].trim().length === 0) header++;
    if (header >= lines.length || lines[header].trim().length === 0) continue;
    const text = lines.slice(header, header + TABLE_LINES).join('\n');
    const table = readActionTable(text, 0);
    if (!table || table.header.start !== 0 || table.rows.length === 0 || table.header.columns.includes('status') || !table.header.columns.includes('owner')) continue;
    let end = header;
    for (let k = text.indexOf('\n'); k >= 0 && k < table.end; k = text.indexOf('\n', k + 1)) end++;
    return { title: l, header, end, table };
  }
  return undefined;
}
