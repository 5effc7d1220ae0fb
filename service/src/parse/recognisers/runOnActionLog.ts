/**
 * An action log whose columns ran together (`forms/runOnLog.ts`): a header of column names one
 * after another, then rows opening with the action's reference and closing with its status (and
 * RAG letter). Each row's status becomes a `StatusReview` of the meeting by the reference as
 * printed; the rows' wrapped lines are the log's, never items or paragraphs.
 */
import type { Segment } from '../../text';
import { matchRunOnHeader, readRunOnRow, reviewStatus } from '../../forms';
import { matchLogTitle, opensWithRef } from '../../forms/runOnLog';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { S_HASH, startLetters } from '../content/keywords';

/** Cheap first test: a header starts with a column name, a log's title with `Appendix` or `Action`. */
const MAY = /^(?:action|ref|no\b|item|min|#|appendix)/i;
/** How far a log is read from its header. */
const MAX_LINES = 80;

export function runOnActionLog(state: ParseState, i: number): number {
  const seg = state.segs[i];
  if (!seg.only || !MAY.test(seg.text) || seg.text.includes('\t') || seg.text.includes('|')) return DECLINE;
  const header = matchRunOnHeader(seg.text);
  if (!header) return state.pendingTitle ? DECLINE : titledLog(state, i);
  const m = state.ensureMeeting(seg);
  let last = i;
  let rows = 0;
  for (let k = i + 1; k < state.segs.length && state.segs[k].line <= seg.line + MAX_LINES; k++) {
    const s = state.segs[k];
    if (s.text.length === 0) {
      // a blank line ends the log once it has rows (a wrapped header's second line comes before them)
      if (rows > 0) break;
      continue;
    }
    if (state.layout.debrisLines.has(s.line)) continue;
    const row = readRunOnRow(state.lines[s.line], header);
    if (row) {
      const raw = state.lines[s.line];
      (m.statusReviews ??= []).push({
        ref: raw.slice(row.ref.start, row.ref.end), status: reviewStatus(row.status), written: raw.slice(row.status.start, row.status.end).trim(), note: '',
        range: { start: { line: s.line, character: row.ref.start }, end: { line: s.line, character: raw.trimEnd().length } },
      });
      rows++;
    } else if (rows === 0 && k > i + 2) {
      return DECLINE; // no row where the log's first row should be: not a log
    }
    last = k;
  }
  if (rows === 0) return DECLINE;
  return finish(state, i, last);
}

/**
 * `Appendix: Action log` over rows without their header (`BD/23/031.2 Theatre staffing CM Complete B`):
 * each row a reference, the action's words and owner, its status and RAG letter last. The rows follow
 * the title, wrapped cells between them (a line that opens with no reference); the log ends at a blank
 * line or a line that opens with a reference and is no row (the next item's head).
 */
function titledLog(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const header = matchLogTitle(seg.text);
  if (!header) return DECLINE;
  const found: Array<{ k: number; line: number; row: NonNullable<ReturnType<typeof readRunOnRow>> }> = [];
  for (let k = i + 1; k < state.segs.length && state.segs[k].line <= seg.line + MAX_LINES; k++) {
    const s = state.segs[k];
    if (s.text.length === 0) { if (found.length > 0) break; continue; }
    if (state.layout.debrisLines.has(s.line)) continue;
    const raw = state.lines[s.line];
    const row = readRunOnRow(raw, header);
    if (row) { found.push({ k, line: s.line, row }); continue; }
    // a wrapped cell goes on with the row above; a line with a reference that is no row ends the log
    if (found.length === 0 || opensWithRef(raw)) break;
  }
  if (found.length === 0) return DECLINE;
  const m = state.ensureMeeting(seg);
  for (const { line, row } of found) {
    const raw = state.lines[line];
    (m.statusReviews ??= []).push({
      ref: raw.slice(row.ref.start, row.ref.end), status: reviewStatus(row.status), written: raw.slice(row.status.start, row.status.end).trim(), note: '',
      range: { start: { line, character: row.ref.start }, end: { line, character: raw.trimEnd().length } },
    });
  }
  return finish(state, i, found[found.length - 1].k);
}

function finish(state: ParseState, i: number, last: number): number {
  const item = state.item;
  if (item) { item.content += last - i + 1; state.extend(state.segs[last] as Segment); }
  return last - i;
}

// gate: MAY's first characters
export const RUN_ON_ACTION_LOG: Recogniser = { name: 'run-on-action-log', phases: ['header', 'people', 'agenda', 'body'], starts: startLetters('arnim') | S_HASH, run: runOnActionLog };
