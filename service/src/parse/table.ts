/**
 * THE table: every line recogniser, in precedence order. For each non-blank segment the driver
 * asks them in this order, skipping those whose phases do not include the current phase (read
 * again before each: a recogniser that declines may end a phase) and those whose gate the
 * segment's signature does not meet (`starts`, `needs` in the recogniser's row, content/keywords.ts:
 * marked [gate] below; a gate is only what the recogniser's own first test cannot do without, so
 * the recogniser would have declined and changed nothing) and those that read only inside an item,
 * or only outside one, elsewhere (`where`: "inside an item", "outside an item" in the column
 * "phases"), until one takes the segment.
 *
 * Before the pass, the driver leaves out the recognisers whose `applies` rules out the file's
 * layout (`rulesFor`; the column "layout" below: what of the layout a recogniser needs to take any
 * segment of the file, exact as a gate is, its own first test; `—`: any layout). A file of our
 * markup is then read without the heading items', debris', a board's own numbering's recognisers.
 *
 * A layout family is added as modules: a recogniser in `recognisers/` (or an inline one in
 * `content/`), a row here at its precedence, and what it needs of the file's layout in
 * `layout.ts`. `interrupts` names what a recogniser ends when it wins, where that decides the
 * order (as markdown-it lists which block rules may interrupt a paragraph).
 *
 *   recogniser          phases                      layout                 ends (interrupts)
 *   bold-declaration    all (marks, never takes)    bold declared          —
 *   word-comment        all                         —                      — (a Word comment's own segment: skipped) [gate]
 *   debris              all                         a debris line          — (skipped; an open item, block or agenda stays open across it)
 *   meeting-heading     header                      its heading's date     — (title, date, time, place as a reader takes them)
 *   layout-heading      all                         heading items          item, people block
 *   agenda-heading      all, outside an item        —                      header, people block, agenda [gate]
 *   agenda-line         agenda                      —                      — (declines, ending the agenda, on a title or block heading)
 *   closing-line        body, inside an item        —                      — (before header-field: `Next meeting:` closes the minutes) [gate]
 *   header-field        all (inside an item: only `Next meeting:`)  —      — [gate]
 *   people-block        header, people, body; before the first item  —     people block
 *   person-line         people                      —                      — (declines, ending the block, on anything else)
 *   proceedings-line    body, inside an item, our markup  —                — (`Moved:`, `Vote:`, `Result:`: never a section heading) [gate]
 *   bare-result-line    body, under an open motion, our markup  —          — (`CARRIED` alone: the motion's result, never a section heading) [gate]
 *   status-update       all                         —                      — [gate]
 *   tracker-row         all                         —                      — (a tracker's lettered reference: `BR-25-04 … – Completed.`) [gate]
 *   status-review       all                         —                      — (a board's own review of its actions: `Action 17 – Complete`, an action log) [gate]
 *   run-on-action-log   all                         —                      — (an action log whose columns ran together: `089 … Complete – B`) [gate]
 *   closing-action-table all                        its table found        item, people block (the meeting's actions after the last item)
 *                       (and an attendance annex after the last item, its annex found: recognisers/closingAttendance.ts; one row, the table's mask having a bit a row)
 *   item-action-table   body, inside an item        its table found        — (an item's own table of actions under its title: `FOLLOW-UP ITEMS`)
 *   numbered-item       all                         —                      item, people block, pending title
 *   sub-item            body                        own numbering or `1.`  — (marks, takes only a lone `(a)` before a title)
 *   lettered-sub-item   body                        `NNN/YY`               — (marks, never takes: `(c) Title`, a cell's bold `c. Title`)
 *   pending-title       body (a number waiting)     `NNN/YY`               — (declining, the number waits no longer)
 *   heading-section     all                         —                      item, people block
 *   confidential-section all (a heading before an item)  —                item, people block (`Part 2 – Exempt items`: the digit a published section's heading has not) [gate]
 *   published-section   all (a heading before an item)  —                 item, people block [gate]
 *   heading-item        body, after an item         neither own numbering nor heading items  item [gate]
 *   loose-content       header, body; outside an item  —                   — (an action or decision outside any item: the meeting's own)
 *   header-line         header, body; outside an item  —                   — (takes every line outside an item left)
 *   item-content        body, inside an item        —                      — (takes every line inside an item left)
 */
import type { Recogniser } from './recogniser';
import type { Phase } from './state';
import type { Layout } from './layout';
import { S_ANY } from './content/keywords';
import { BOLD_DECLARATION } from './recognisers/boldDeclaration';
import { AGENDA_HEADING, AGENDA_LINE } from './recognisers/agenda';
import { CLOSING_LINE } from './recognisers/closingLines';
import { DEBRIS, WORD_COMMENT } from './recognisers/debris';
import { MEETING_HEADING } from './recognisers/meetingHeading';
import { LAYOUT_HEADING } from './recognisers/layoutHeadings';
import { FRONT_MATTER_LISTS } from './recognisers/frontMatter';
import { HEADER_FIELD } from './recognisers/headerFields';
import { PEOPLE_BLOCK, PERSON_LINE } from './recognisers/peopleBlocks';
import { STATUS_UPDATE } from './recognisers/statusUpdates';
import { STATUS_REVIEW, TRACKER_ROW } from './recognisers/statusReviews';
import { RUN_ON_ACTION_LOG } from './recognisers/runOnActionLog';
import { CLOSING_ACTION_TABLE, ITEM_ACTION_TABLE } from './recognisers/closingActionTable';
import { NUMBERED_ITEM } from './recognisers/numberedItems';
import { PENDING_TITLE } from './recognisers/pendingTitle';
import { SUB_ITEM } from './recognisers/subItems';
import { LETTERED_SUB_ITEM } from './recognisers/letteredSubItems';
import { CONFIDENTIAL_SECTION, HEADING_SECTION, PUBLISHED_SECTION } from './recognisers/sections';
import { HEADING_ITEM } from './recognisers/headingItems';
import { LOOSE_CONTENT } from './recognisers/looseContent';
import { HEADER_LINE } from './recognisers/headerLines';
import { ITEM_CONTENT } from './recognisers/itemContent';
import { BARE_RESULT_LINE, PROCEEDINGS_LINE } from './recognisers/proceedingsLine';

export const TABLE: readonly Recogniser[] = [
  BOLD_DECLARATION,
  WORD_COMMENT,
  DEBRIS,
  MEETING_HEADING,
  LAYOUT_HEADING,
  FRONT_MATTER_LISTS,
  AGENDA_HEADING,
  AGENDA_LINE,
  CLOSING_LINE,
  HEADER_FIELD,
  PEOPLE_BLOCK,
  PERSON_LINE,
  PROCEEDINGS_LINE,
  BARE_RESULT_LINE,
  STATUS_UPDATE,
  TRACKER_ROW,
  STATUS_REVIEW,
  RUN_ON_ACTION_LOG,
  CLOSING_ACTION_TABLE,
  ITEM_ACTION_TABLE,
  NUMBERED_ITEM,
  SUB_ITEM,
  LETTERED_SUB_ITEM,
  PENDING_TITLE,
  HEADING_SECTION,
  CONFIDENTIAL_SECTION,
  PUBLISHED_SECTION,
  HEADING_ITEM,
  LOOSE_CONTENT,
  HEADER_LINE,
  ITEM_CONTENT,
];

const PHASE_BIT: Record<Phase, number> = { header: 1, people: 2, agenda: 4, body: 8 };
/**
 * The bit a segment's reading stands at: its phase's, shifted by IN_ITEM where an item is open. A
 * row's mask holds the bits of its phases at each place it reads (`where`).
 */
export function phaseBit(phase: Phase, inItem = false): number { return inItem ? PHASE_BIT[phase] << IN_ITEM : PHASE_BIT[phase]; }
const IN_ITEM = 4;
function maskOf(r: Recogniser): number {
  const phases = r.phases.reduce((m, p) => m | PHASE_BIT[p], 0);
  return r.where === 'in-item' ? phases << IN_ITEM : r.where === 'outside-item' ? phases : atBothPlaces(phases);
}
/** A row's mask with its phases at both places, inside an item and outside one (the gates' property test asks every row everywhere). */
export function atBothPlaces(mask: number): number {
  const phases = (mask | (mask >> IN_ITEM)) & ((1 << IN_ITEM) - 1);
  return phases | (phases << IN_ITEM);
}

/**
 * The table compiled for the driver: each recogniser's phases, at the places it reads (`where`), as a
 * bit mask, so the walk asks no array, its gate (`starts`, `needs`, `any`: 0 for no such test; none: every segment), and what it needs of the layout
 * (`applies`; none: every layout).
 */
export interface CompiledRule { readonly mask: number; readonly starts: number; readonly needs: number; readonly any: number; readonly run: Recogniser['run']; readonly applies: Recogniser['applies'] }
export function compile(table: readonly Recogniser[]): readonly CompiledRule[] {
  // (every row with the same fields, `applies` undefined where none: the driver's loop reads rows of one shape)
  return table.map((r) => ({ mask: maskOf(r), starts: r.starts ?? S_ANY, needs: r.needs ?? 0, any: r.anyHolds ?? 0, run: r.run, applies: r.applies }));
}
export const RULES = compile(TABLE);

/**
 * The table for a file of this layout: RULES less the recognisers whose `applies` is false for it,
 * which would decline on each of its segments (in a file of our markup, the layout's heading
 * items, its debris, a board's own sub-items, the closing action table: each asked of every line,
 * and each a function the engine ran in its interpreter in the first parses of a file). Worked out
 * once a parse, by the mask of the recognisers left out: one array for each mask met, none made
 * again when a mask repeats; RULES itself when every recogniser applies. A region's re-parse
 * (`parseRegion`) and a people block's (`reparsePeople.ts`) ask the table for their own layout,
 * as exact for them as the whole document's for its.
 */
export function rulesFor(layout: Layout, rules: readonly CompiledRule[] = RULES): readonly CompiledRule[] {
  let out = 0;
  for (let k = 0; k < rules.length; k++) {
    const a = rules[k].applies;
    if (a !== undefined && !a(layout)) out |= 1 << k;
  }
  if (out === 0) return rules;
  // (a table of a test's own is filtered afresh)
  let kept = rules === RULES ? BY_MASK.get(out) : undefined;
  if (kept === undefined) {
    kept = rules.filter((_, k) => (out & (1 << k)) === 0);
    if (rules === RULES) BY_MASK.set(out, kept);
  }
  return kept;
}
/** The tables `rulesFor` worked out of RULES, by the mask of the recognisers left out: one per combination of layouts met (a 32-bit mask: a unit test holds the table to 31 rows). */
const BY_MASK = new Map<number, readonly CompiledRule[]>();
