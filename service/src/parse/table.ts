/**
 * THE table: every line recogniser, in precedence order. For each non-blank segment the driver
 * asks them in this order, skipping those whose phases do not include the current phase (read
 * again before each: a recogniser that declines may end a phase) and those whose gate the
 * segment's signature does not meet (`starts`, `needs` in the recogniser's row, content/keywords.ts:
 * marked [gate] below; a gate is only what the recogniser's own first test cannot do without, so
 * the recogniser would have declined and changed nothing), until one takes the segment.
 *
 * A layout family is added as modules: a recogniser in `recognisers/` (or an inline one in
 * `content/`), a row here at its precedence, and what it needs of the file's layout in
 * `layout.ts`. `interrupts` names what a recogniser ends when it wins, where that decides the
 * order (as markdown-it lists which block rules may interrupt a paragraph).
 *
 *   recogniser          phases                      ends (interrupts)
 *   bold-declaration    all (marks, never takes)    —
 *   debris              all (a debris line: layout)  — (skipped; an open item, block or agenda stays open across it)
 *   meeting-heading     header (the heading's lines: layout)  — (title, date, time, place as a reader takes them)
 *   layout-heading      all (a heading the layout found: scheme `none`)  item, people block
 *   agenda-heading      all, outside an item        header, people block, agenda [gate]
 *   agenda-line         agenda                      — (declines, ending the agenda, on a title or block heading)
 *   closing-line        body, inside an item        — (before header-field: `Next meeting:` closes the minutes) [gate]
 *   header-field        all (inside an item: only `Next meeting:`) [gate]
 *   people-block        header, people, body; before the first item    people block
 *   person-line         people                      — (declines, ending the block, on anything else)
 *   proceedings-line    body, inside an item, our markup  — (`Moved:`, `Vote:`, `Result:`: never a section heading) [gate]
 *   status-update       all [gate]
 *   status-review       all                         — (a board's own review of its actions: `Action 17 – Complete`, an action log) [gate]
 *   run-on-action-log   all                         — (an action log whose columns ran together: `089 … Complete – B`) [gate]
 *   closing-action-table all (the table's title: layout)  item, people block (the meeting's actions after the last item)
 *   numbered-item       all                         item, people block, pending title
 *   sub-item            body, a board's own numbering (marks, takes only a lone `(a)` before a title)
 *   lettered-sub-item   body, under an NNN/YY item (marks, never takes: `(c) Title`, a cell's bold `c. Title`)
 *   pending-title       body (a number waiting)     — (declining, the number waits no longer)
 *   heading-section     all                         item, people block
 *   published-section   all (a heading before an item)  item, people block [gate]
 *   heading-item        body, after an item          item [gate]
 *   loose-content       header, body; outside an item  — (an action or decision outside any item: the meeting's own)
 *   header-line         header, body; outside an item  — (takes every line outside an item left)
 *   item-content        body, inside an item         — (takes every line inside an item left)
 */
import type { Recogniser } from './recogniser';
import type { Phase } from './state';
import { S_ANY } from './content/keywords';
import { BOLD_DECLARATION } from './recognisers/boldDeclaration';
import { AGENDA_HEADING, AGENDA_LINE } from './recognisers/agenda';
import { CLOSING_LINE } from './recognisers/closingLines';
import { DEBRIS } from './recognisers/debris';
import { MEETING_HEADING } from './recognisers/meetingHeading';
import { LAYOUT_HEADING } from './recognisers/layoutHeadings';
import { HEADER_FIELD } from './recognisers/headerFields';
import { PEOPLE_BLOCK, PERSON_LINE } from './recognisers/peopleBlocks';
import { STATUS_UPDATE } from './recognisers/statusUpdates';
import { STATUS_REVIEW, TRACKER_ROW } from './recognisers/statusReviews';
import { RUN_ON_ACTION_LOG } from './recognisers/runOnActionLog';
import { CLOSING_ACTION_TABLE } from './recognisers/closingActionTable';
import { NUMBERED_ITEM } from './recognisers/numberedItems';
import { PENDING_TITLE } from './recognisers/pendingTitle';
import { SUB_ITEM } from './recognisers/subItems';
import { LETTERED_SUB_ITEM } from './recognisers/letteredSubItems';
import { HEADING_SECTION, PUBLISHED_SECTION } from './recognisers/sections';
import { HEADING_ITEM } from './recognisers/headingItems';
import { LOOSE_CONTENT } from './recognisers/looseContent';
import { HEADER_LINE } from './recognisers/headerLines';
import { ITEM_CONTENT } from './recognisers/itemContent';
import { PROCEEDINGS_LINE } from './recognisers/proceedingsLine';

export const TABLE: readonly Recogniser[] = [
  BOLD_DECLARATION,
  DEBRIS,
  MEETING_HEADING,
  LAYOUT_HEADING,
  AGENDA_HEADING,
  AGENDA_LINE,
  CLOSING_LINE,
  HEADER_FIELD,
  PEOPLE_BLOCK,
  PERSON_LINE,
  PROCEEDINGS_LINE,
  STATUS_UPDATE,
  TRACKER_ROW,
  STATUS_REVIEW,
  RUN_ON_ACTION_LOG,
  CLOSING_ACTION_TABLE,
  NUMBERED_ITEM,
  SUB_ITEM,
  LETTERED_SUB_ITEM,
  PENDING_TITLE,
  HEADING_SECTION,
  PUBLISHED_SECTION,
  HEADING_ITEM,
  LOOSE_CONTENT,
  HEADER_LINE,
  ITEM_CONTENT,
];

const PHASE_BIT: Record<Phase, number> = { header: 1, people: 2, agenda: 4, body: 8 };
export function phaseBit(phase: Phase): number { return PHASE_BIT[phase]; }

/**
 * The table compiled for the driver: each recogniser's phases as a bit mask, so the walk asks no
 * array, and its gate (`starts`, `needs`; none: every segment).
 */
export interface CompiledRule { readonly mask: number; readonly starts: number; readonly needs: number; readonly run: Recogniser['run'] }
export function compile(table: readonly Recogniser[]): readonly CompiledRule[] {
  return table.map((r) => ({ mask: r.phases.reduce((m, p) => m | PHASE_BIT[p], 0), starts: r.starts ?? S_ANY, needs: r.needs ?? 0, run: r.run }));
}
export const RULES = compile(TABLE);
