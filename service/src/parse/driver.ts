/**
 * The driver: walks the segments and asks the table (`table.ts`) for each, in order, until a
 * recogniser takes it (skipping those whose gate the segment's signature does not meet); then
 * assembles the document from the state. The table is the one for the file's layout (`rulesFor`:
 * without the recognisers the layout rules out), worked out once a walk.
 */
import { isTableRule } from '../constructs';
import type { DebrisMark, MinutesDocument, Meeting } from '../model';
import { SLICE, type Sliced } from '../slices';
import type { ParseState } from './state';
import { phaseBit, rulesFor, type CompiledRule } from './table';
import { B_BEFORE_ITEMS, B_HEADING, B_MOTION, B_NOT_LISTED_PERSON, B_NUMBER_START, B_OWN_NUMBERING, B_PENDING, B_SMALL_START, holdsOf, segmentStarts } from './content/keywords';
import { isListedPersonLine } from './recognisers/peopleBlocks';
import { openMotion } from './content/proceedings';
import { dropRestatedActions, dropRestatedRows, dropUnmarkedWhereLabelled, placeTrackerReviews } from './restatedActions';
import { dropToldStatuses } from './content/statusProse';

/** Handles segment i, asking `rules` (`rulesFor(state.layout)`); returns how many following segments it consumed. */
export function step(state: ParseState, i: number, rules: readonly CompiledRule[]): number {
  const seg = state.segs[i];
  const t = seg.text;
  if (t.length === 0 || isTableRule(t)) return 0;
  // the segment's signature, once: a recogniser whose gate it does not meet would decline (keywords.ts)
  const src = state.source;
  const starts = src !== undefined && seg.map === null ? segmentStarts(seg, src, state.lineStart(seg.line) + seg.offset) : segmentStarts(seg);
  let holds = segmentHolds(state, seg);
  let phase = state.phase;
  let item = state.item;
  let block = state.block;
  let bit = phaseBit(phase, item !== undefined);
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k];
    // (read again before each: a recogniser that declines may end a phase, or what was open, and the state's bits with it)
    if (state.phase !== phase || state.item !== item || state.block !== block) { phase = state.phase; item = state.item; block = state.block; bit = phaseBit(phase, item !== undefined); holds = segmentHolds(state, seg); }
    if ((r.mask & bit) === 0 || (r.starts & starts) === 0 || (r.needs & holds) !== r.needs || (r.any !== 0 && (r.any & holds) === 0)) continue;
    const n = r.run(state, i);
    if (n >= 0) return n;
  }
  return 0;
}

/**
 * What the gates read of a segment beside its first character: its characters (`holdsOf`), and what
 * the recognisers whose first test is the state's ask of it (a heading, a number waiting for its
 * title, no item yet, an open motion, how a number opens it: keywords.ts's B_ bits).
 */
export function segmentHolds(state: ParseState, seg: ParseState['segs'][number]): number {
  const c = seg.text.charCodeAt(0);
  return holdsOf(seg.text) | (seg.heading > 0 ? B_HEADING : 0) | (state.pendingTitle ? B_PENDING : 0)
    | ((c >= 48 && c <= 57) || (c | 32) === 105 ? B_NUMBER_START : 0) | (state.layout.heads ? B_OWN_NUMBERING : 0)
    | (c === 40 || (c >= 97 && c <= 122) ? B_SMALL_START : 0)
    | (!state.item ? (!state.meeting || state.meeting.items.length === 0 ? B_BEFORE_ITEMS : 0) : openMotion(state.item) ? B_MOTION : 0)
    | (state.phase === 'people' && state.block !== undefined && isListedPersonLine(seg.text) ? 0 : B_NOT_LISTED_PERSON);
}

/** Reads segments [0, end). */
export function walk(state: ParseState, end = state.segs.length): void {
  const rules = rulesFor(state.layout);
  for (let i = 0; i < end; i++) i += step(state, i, rules);
}

/** `walk` to the end, pausing every SLICE segments. */
export function* walkSteps(state: ParseState): Sliced<void> {
  const rules = rulesFor(state.layout);
  for (let i = 0, next = SLICE; i < state.segs.length; i++) {
    i += step(state, i, rules);
    if (i >= next) { next = i + SLICE; yield; }
  }
}

/** The document, once every segment is read. */
export function finish(state: ParseState): MinutesDocument {
  state.closeItem();
  state.closeBlock();
  const m = state.meeting;
  const lines = state.lines;
  if (m) {
    const lastLine = lines.length - 1;
    m.range = { start: m.range.start, end: { line: lastLine, character: state.lineLengths[lastLine] } };
    m.sections.forEach((s, k) => { if (s.range.end.line < s.range.start.line) m.sections[k] = { ...s, range: { start: s.range.start, end: m.range.end } }; });
    // a closing list of actions restates them, a closing summary the reviews of earlier ones (restatedActions.ts)
    if (state.layout.headings) { dropUnmarkedWhereLabelled(m); dropRestatedActions(m); placeTrackerReviews(m, lines); }
    // a closing action table restates the actions written in the items (recognisers/closingActionTable.ts)
    if (state.layout.closingActions) dropRestatedRows(m, undefined, lines);
    // and so does an item's own table of them (`FOLLOW-UP ITEMS` in `Council comments`), the actions of the items before it
    for (const t of state.layout.itemActions ?? []) dropRestatedRows(m, t.title);
    // a status a decision told ("agreed to close action 214") that the action log's row gives too (content/statusProse.ts)
    dropToldStatuses(m);
  }
  const kind = m && (m.items.length > 0 || m.people.length > 0 || state.agendas.length === 0) && !isBare(m) ? 'minutes' : state.agendas.length > 0 ? 'agenda' : m ? 'minutes' : 'empty';
  return { kind, scheme: state.scheme, meeting: m, agendas: state.agendas, variants: state.variants, debris: debrisMarks(state), lineCount: lines.length, lineLengths: state.lineLengths };
}

function isBare(m: Meeting): boolean {
  return !m.title && !m.date && m.items.length === 0 && m.people.length === 0;
}

/** The layout's debris as the document keeps it: ranges of the document. */
function debrisMarks(state: ParseState): readonly DebrisMark[] {
  const d = state.layout.debris;
  if (d.length === 0) return NO_DEBRIS;
  return d.map((s) => ({ range: { start: { line: s.line, character: s.start }, end: { line: s.line, character: s.end } }, kind: s.kind }));
}
const NO_DEBRIS: readonly DebrisMark[] = [];
