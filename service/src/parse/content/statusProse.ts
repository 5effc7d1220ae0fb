/**
 * A status of an earlier action told in a sentence (forms/statusProse.ts): "one (minute 2231.4, …)
 * had been deferred to the February meeting" is the board's own review of that action, kept with
 * the meeting's `statusReviews` (carried forward, written `deferred to the February meeting`). Under a
 * minute headed by the minute it follows up (`Minute 7 - Rural Crime Team Staffing`), "the action …
 * was now complete" is that minute's action (`Minute 7`, done).
 */
import { findActionStatus, findClosedActions, findEndingStatus, findProseStatuses, findReportedStatuses, findSubjectStatus, findTrackerEntries, minuteHeading, type ProseStatus } from '../../forms/statusProse';
import { isReviewTitle, titleLeadsReview } from '../../forms/priorActions';
import { join, paragraphRange, readBackward, readForward, segIndex, type Paragraph } from './paragraphs';
import type { StatusReview } from '../../model';
import type { MeetingBuilder } from '../builders';
import type { InlineRecogniser, Line } from './inline';
import { W_ACTION, W_AGREED, W_MINUTE, W_STATUS } from './keywords';
import { TRACKER_NUMBER } from '../../forms/trackers';

/** Cheap first test: a minute named (asked only where the line's signature holds `minute`, keywords.ts W_MINUTE). */
const MAY = /\bminute\b/i;
/** An action named by its number (`Action 219 was overdue`, `action 12 is complete`, a tracker's `action-90 remains open`): the line's signature has found `action`. */
const NUMBERED_ACTION = /\bactions?(?:[ \t]+[A-Z]{0,4}\/?|-)\d/i;

/** A tracker named with the next before one status, the line ending at the `and` (`action-56 and`). */
const TRACKER_AND_END = new RegExp(String.raw`\b${TRACKER_NUMBER}[ \t]+and$`, 'i');

/**
 * `action-62 done, action-56 and` ⏎ `action-58 still open`: the line's last tracker takes the status of
 * the one that opens the next line (read with it), added to `found` with its words as the next line gives them.
 */
function joinedAtEnd(line: Line, found: ProseStatus[]): void {
  const { state, seg, body } = line;
  const next = state.segs[segIndex(state, seg) + 1];
  if (!next || next.line !== seg.line + 1 || !/^action-\d/i.test(next.text)) return;
  const both = `${body} ${next.text}`;
  const last = findProseStatuses(both).find((s) => s.ref.start < body.length && s.ref.end <= body.length && s.written.start > body.length);
  if (last && !found.some((f) => f.ref.start === last.ref.start)) found.push({ ...last, written: last.ref, writtenAs: both.slice(last.written.start, last.written.end) });
}

/**
 * Each status found, by its reference as the line gives it; or, under a minute's heading
 * (`heading`, `Minute 27`), a reference to that minute (`27`) as the heading prints it.
 */
function pushAll(line: Line, found: readonly ProseStatus[], heading?: string): void {
  const { state, seg, from, body, meeting } = line;
  const n = heading?.replace(/^\S+[ \t]+/, '');
  for (const s of found) {
    const ref = body.slice(s.ref.start, s.ref.end);
    const review: StatusReview = {
      ref: heading !== undefined && ref === n ? heading : ref, status: s.status, written: s.writtenAs ?? body.slice(s.written.start, s.written.end), note: '',
      range: state.r(seg, from + Math.min(s.ref.start, s.written.start), from + Math.max(s.ref.end, s.written.end)),
    };
    (meeting.statusReviews ??= []).push(review);
    if (s.told) told.add(review);
  }
}

/** The title of the sub-item open at the line (a sub-item's text is its item's), else the item's. */
function openTitle(line: Line): string {
  const subs = line.item.subItems;
  if (subs) for (let i = subs.length - 1; i >= 0; i--) if (subs[i].headRange.start.line < line.seg.line) return subs[i].title;
  return line.item.title;
}

/** The line of the open sub-item's head, else the item's: a paragraph is read back no further. */
function openHead(line: Line): number {
  const subs = line.item.subItems;
  if (subs) for (let i = subs.length - 1; i >= 0; i--) if (subs[i].headRange.start.line < line.seg.line) return subs[i].headRange.start.line;
  return line.item.headRange.start.line;
}

/**
 * "… The action" / "was closed." under `Minute 9 – Response times`: the page wrapped the sentence, so
 * the line that holds the status word does not name the action; the paragraph read back to its
 * start does. Only a status word on this line counts (one wholly on the line above was read there).
 */
function wrappedAction(line: Line): boolean {
  const { state, seg, body, meeting } = line;
  const c = body.charCodeAt(0);
  if (c < 0x61 || c > 0x7a) return false; // the rest of a wrapped sentence starts in lower case
  const title = openTitle(line);
  const ref = title.length < 200 ? minuteHeading(title) : undefined;
  if (!ref) return false;
  const i = segIndex(state, seg);
  const p = i > 0 ? readBackward(state, i, true, openHead(line)) : undefined;
  if (!p || p.pieces.length < 2 || !/\bactions?\b/.test(p.text)) return false;
  const s = findActionStatus(p.text);
  if (!s || s.written.start < p.pieces[p.pieces.length - 1].at) return false;
  (meeting.statusReviews ??= []).push({
    ref: title.slice(ref.start, ref.end), status: s.status, written: p.text.slice(s.written.start, s.written.end), note: '',
    range: paragraphRange(state, p, s.written.start, s.written.end),
  });
  return true;
}

/** How many lines above a line the heading of the minute it follows up is looked for. */
const HEADING_LINES = 12;

/**
 * The minute the open (sub-)item follows up, as its heading prints it (`Minute 27`): the open
 * sub-item's title, else a line of the item above that is only such a heading (`Minute 31 - Leisure
 * Centre Fees`, where the page's `40.2` is not read as a sub-item of its own).
 */
function minuteAbove(line: Line): string | undefined {
  const title = openTitle(line);
  const ref = title.length < 200 ? minuteHeading(title) : undefined;
  if (ref) return title.slice(ref.start, ref.end);
  const { state, seg } = line;
  const head = openHead(line);
  const i = segIndex(state, seg);
  for (let k = i - 1; k >= 0 && k >= i - HEADING_LINES && state.segs[k].line > head; k--) {
    const t = state.segs[k].text;
    if (t.length === 0 || t.length > 120 || /[.;!?][ \t]*$/.test(t)) continue;
    const h = minuteHeading(t);
    if (h) return t.slice(h.start, h.end);
  }
  return undefined;
}

/** "… had not yet been finished and remained outstanding." under `Minute 31 - Leisure Centre Fees`: that minute's status. */
function headedStatus(line: Line): boolean {
  const { body } = line;
  const s = findEndingStatus(body);
  const ref = s ? minuteAbove(line) : undefined;
  if (!s || !ref) return false;
  pushHeaded(line, ref, s);
  return true;
}

/** A status whose reference is the minute a heading names (`ref`), not a word of the line: its range is the status's words. */
function pushHeaded(line: Line, ref: string, s: NonNullable<ReturnType<typeof findEndingStatus>>): void {
  const { state, seg, from, body, meeting } = line;
  (meeting.statusReviews ??= []).push({
    ref, status: s.status, written: body.slice(s.written.start, s.written.end), note: '',
    range: state.r(seg, from + s.written.start, from + s.written.end),
  });
}

/** "The bus shelter repair is complete." under `Matters arising`: the status of the earlier action its subject names. */
function subjectStatus(line: Line): void {
  const { body, item } = line;
  if (body.indexOf('Th') < 0) return;
  if (!titleLeadsReview(item.title)) return;
  const s = findSubjectStatus(body);
  if (s) pushAll(line, [s]);
}

/**
 * In an item that reviews the earlier actions, the statuses its paragraphs tell in prose, the
 * paragraph read once for both readers: a clerk's report ("The Clerk reported that the bus shelter
 * repair (052/25) had been completed; that …", forms/statusProse.ts `findReportedStatuses`), or a
 * tracker reviewed in prose ("Action 19/26 (Clerk to circulate …): the" ⏎ "timetable was circulated.
 * Completed.", `findTrackerEntries`). Each status is kept on the line where its status word ends (a
 * report's) or begins (a tracker entry's), the paragraph read back from there and on one line for
 * where it puts the action off to, so that each is kept once whichever of its lines hold a status word.
 */
function reviewedInProse(line: Line): boolean {
  if (!isReviewTitle(line.item.title) || line.from !== 0) return false;
  // (the cheap tests: a report's `that`, a tracker entry's `Action` and its colon)
  const around = paragraphAround(line, (t) => t.indexOf('that') >= 0 || (t.indexOf('ction ') >= 0 && t.indexOf(':') >= 0));
  if (!around) return false;
  const { p, at, end } = around;
  let found = false;
  if (p.text.indexOf('that') >= 0) {
    for (const s of findReportedStatuses(p.text, line.state.layout.carriesForward)) {
      if (s.wordEnd <= at || s.wordEnd > end) continue;
      found = true;
      pushIn(line, p, s);
    }
    if (found) return true;
  }
  if (p.text.indexOf('ction ') < 0 || p.text.indexOf(':') < 0) return false;
  for (const s of findTrackerEntries(p.text)) {
    if (s.written.start < at || s.written.start >= end) continue;
    found = true;
    pushIn(line, p, s);
  }
  return found;
}

/**
 * The paragraph of a line that may hold a status word, read back from it to its start, and on one line
 * when the next goes on (where a status puts the action off to): with where the line stands in it
 * [at, end). Undefined when the paragraph read back fails `holds` (the reader's cheap first test).
 */
function paragraphAround(line: Line, holds: (text: string) => boolean): { p: Paragraph; at: number; end: number } | undefined {
  const { state, seg, item } = line;
  const i = segIndex(state, seg);
  const back = i < 0 ? undefined : readBackward(state, i, true, item.headRange.start.line);
  if (!back || !holds(back.text)) return undefined;
  const first = segIndex(state, back.pieces[0].seg);
  const next = state.segs[i + 1];
  const p = next && next.line === seg.line + 1 && next.text.length > 0 ? join(state, first, i + 1) : back;
  const piece = p.pieces.find((x) => x.seg === seg);
  return piece ? { p, at: piece.at, end: piece.at + seg.text.length } : undefined;
}

/** A status found in a paragraph, kept with the meeting's reviews. */
function pushIn(line: Line, p: Paragraph, s: ProseStatus): void {
  (line.meeting.statusReviews ??= []).push({
    ref: p.text.slice(s.ref.start, s.ref.end), status: s.status,
    written: p.text.slice(s.written.start, s.written.end), note: '',
    range: paragraphRange(line.state, p, Math.min(s.ref.start, s.written.start), s.written.end),
  });
}

export function statusProse(line: Line): boolean {
  const { body } = line;
  if (reviewedInProse(line)) return false;
  // the row's gate is the first test: one of the status words (keywords.ts W_STATUS) is in the
  // line, as every phrase either reader below reads holds one (so asked without the gate, it reads
  // nothing either)
  // a minute named: looked for once (a scan of the line), where the line's words hold `minute` at all
  const minute = (line.words & W_MINUTE) !== 0 && MAY.test(body);
  // "Action 219 was overdue": the action's own number, as a minute's is read
  if ((line.words & W_ACTION) !== 0 && !minute && NUMBERED_ACTION.test(body)) {
    const found = findProseStatuses(body);
    // (`… action-56 and` ⏎ `action-58 still open`: the trackers named together wrapped over the line's end)
    if (body.charCodeAt(body.length - 1) === 100 /* d */ && TRACKER_AND_END.test(body)) joinedAtEnd(line, found);
    if (found.length > 0) { pushAll(line, found); return false; }
  }
  if (!minute) {
    // "the action from September was now complete" under `Minute 7 - Rural Crime Team Staffing`:
    // the action is named by the minute the (sub-)item follows up (the word `action` first, in the
    // line's words: the title's minute is looked for only on a line that names an action)
    if ((line.words & W_ACTION) === 0) {
      if (!wrappedAction(line) && !headedStatus(line)) subjectStatus(line);
      return false;
    }
    const title = openTitle(line);
    const ref = title.length < 200 ? minuteHeading(title) : undefined;
    const s = ref && /\bactions?\b/.test(body) ? findActionStatus(body) : undefined;
    if (ref && s) pushHeaded(line, title.slice(ref.start, ref.end), s);
    return false;
  }
  // "so the action from minute 27 was complete" under `Minute 27 - Empty Homes Strategy`: the minute as its heading prints it
  const found = findProseStatuses(body);
  pushAll(line, found, found.length > 0 ? minuteAbove(line) : undefined);
  return false;
}

/**
 * The statuses a decision tells ("agreed to close action 214"): where the same minutes print the
 * action log with that action's row, the row is its status and the sentence only tells of it
 * (`dropToldStatuses`, at the end of the parse). A set of the parse's objects: none is ever changed.
 */
const told = new WeakSet<StatusReview>();

/** A status told in passing (a decision's, a scribe's reply): another review of the same action, where the minutes give one, is kept instead. */
export function tellStatus(review: StatusReview): void {
  told.add(review);
}

/** "The Board … agreed to close action 214": the status of each action the board's decision closes (never the whole line). */
export function closedActions(line: Line): boolean {
  // the row's gate has found `action` and `agreed`, `resolved` or `decided`
  if (!/\b(?:close|discharge|withdraw|drop)[ \t]+actions?[ \t]/i.test(line.body)) return false;
  const { state, seg, from, body, meeting } = line;
  const i = /(?:,|\band)[ \t]*$/.test(body) ? segIndex(state, seg) : -1;
  // "… agreed to close actions 089 and" / "093.": the list runs onto the line the page wrapped
  const p = i < 0 ? undefined : readForward(state, i, from, 1);
  const text = p ? p.text : body;
  const found = findClosedActions(text);
  if (found.length === 0) return false;
  const list = (meeting.statusReviews ??= []);
  for (const s of found) {
    const a = Math.min(s.ref.start, s.written.start);
    const b = Math.max(s.ref.end, s.written.end);
    const review: StatusReview = {
      ref: text.slice(s.ref.start, s.ref.end), status: s.status, written: text.slice(s.written.start, s.written.end), note: '',
      range: p ? paragraphRange(state, p, a, b) : state.r(seg, from + a, from + b),
    };
    list.push(review);
    told.add(review);
  }
  return false;
}

/** A status a decision told, of an action another review of the meeting gives (its log's row): that one only. */
export function dropToldStatuses(m: MeetingBuilder): void {
  const reviews = m.statusReviews;
  if (!reviews || !reviews.some((r) => told.has(r))) return;
  const key = (r: StatusReview): string => r.ref.trim().toLowerCase();
  const given = new Set(reviews.filter((r) => !told.has(r)).map(key));
  const kept = reviews.filter((r) => !told.has(r) || !given.has(key(r)));
  if (kept.length !== reviews.length) m.statusReviews = kept;
}

export const CLOSED_ACTIONS: InlineRecogniser = { name: 'closed-actions', needs: W_AGREED | W_ACTION, run: closedActions };

export const STATUS_PROSE: InlineRecogniser = { name: 'status-prose', needs: W_STATUS, run: statusProse };
