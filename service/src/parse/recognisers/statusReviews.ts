/**
 * A board's own review of its earlier actions, wherever it stands: a review line (`•  Action 17
 * (audit of step-free bus stops, Minute 28) – Complete;`, its status wrapped onto the next line), a
 * tracker's tag (`[DONE] ACTION-41: …`), a Markdown task (`- [x] @mkovac to publish … (done)`), a
 * wiki's status icons after the action they review (`1. MF to ask …` / `ACTION: MF Yes check.svg Done`),
 * and an action log printed as a table with a status column (`Ref Action Who Status`, tabs, pipes or
 * one cell a line). Each status becomes a `StatusReview` of the meeting, with the reference as printed.
 * Our own `081/22-A1 DONE:` lines are `status-update`'s, asked first.
 */
import type { Segment } from '../../text';
import type { Span } from '../../constructs';
import type { ActionStatus } from '../../constructs';
import type { ItemBuilder, MeetingBuilder } from '../builders';
import { keyedStatus, matchActionLine, matchOwnerStatuses, matchActionReview, matchTrackerRow, trackerRef, isTrackerShaped, matchActionTableHeader, matchCheckbox, readActionTable, readStatusPhrase, reviewStatus, statusAfterAction, statusOfWord, shiftMark, type StatusMark } from '../../forms';
import { matchOriginReview, standingStatusWord } from '../../forms/carriedForward';
import { STATUS_LABEL, statusAfterBullet } from '../../forms/statuses';
import { isReviewTitle } from '../../forms/priorActions';
import { ACTIONS_LIST } from '../../forms/closingActionTable';
import { DECLINE, type Recogniser } from '../recogniser';
import { nextItemLine, startsItem } from './numberedItems';
import type { ParseState } from '../state';
import { indentOf } from '../content/trailingDecisions';
import { C_REVIEW, H_CAPITAL_START, H_COLON, H_DASH, H_DIGIT, H_PAREN, holdsOf, S_BULLET, S_DIGIT, S_HASH, S_MARK, S_OPEN, S_OTHER, startLetters, startOf, W_ACTION } from '../content/keywords';
import type { InlineRecogniser, Line } from '../content/inline';
import { matchTaskAction, matchTrailingStatuses } from '../../forms/actions';
import { matchPersonBullet } from '../../forms/personLine';
import { linkTexts } from '../../forms/headingItems';
import { segIndex } from '../content/paragraphs';
import { joinLines } from '../../forms/hyphenation';
import { reviewParts } from '../../forms/reviewRuns';
import { ownerLead } from '../../forms/owners';
import { personOrFirstName } from '../content/undertakings';

/**
 * The words a review line that is no bullet may open with: a table's serial column before a tab (`Sr.⇥Item No.⇥…`), a review line's keyword (`Action 17 …`,
 * `Closed action-41`), an action log header's first column (`Ref`, `No.`, `Item`, `Min ref`,
 * `Number`, `Actions`, a tracker's `ID`, a list's `Title`, a schedule that prints the `Status` first, a
 * board's log of members' `Request`s, a council's register by the `Meeting` or `Date` that set each action). MAY_REVIEW's words, and the letters of the gate (REVIEW_LETTERS).
 */
const REVIEW_WORDS: readonly string[] = [String.raw`s[rl]\.?(?:[ \t]*no\.?)?\t`, String.raw`action\b`, String.raw`closed?\b`, String.raw`ref\b`, String.raw`reference\b`, String.raw`referral\b`, String.raw`request\b`, String.raw`no\.?(?:\s|$)`, String.raw`item\b`, 'min', String.raw`number\b`, String.raw`actions?\s*$`, String.raw`id\b`, String.raw`title\b`, String.raw`status\b`, String.raw`meeting\b`, String.raw`date\b`];
/** A line that may open a review: cheap tests first, so that the many lines that cannot cost nothing. */
const MAY_REVIEW = new RegExp(String.raw`^(?:${REVIEW_WORDS.join('|')}|\[|\{\{|~~|#|\|)`, 'i');
/** `Action 17 …`, `Action no. 4 …`, `Closed action-41`: a review line's start. */
const REVIEW_START = /^(?:action[ \t]+(?:no\.?[ \t]*)?[A-Z]{0,3}\d|closed?[ \t]+action-\d)/i;
/** A paragraph's number before a review line (`(1).`, `2.`, `(b)`), the action's keyword after it. */
const PARA_NUMBER = /^(?:\(\d{1,3}\)\.?|\d{1,3}[.)]|\([a-z]\)\.?)[ \t]+(?=action[ \t]+(?:no\.?[ \t]*)?[A-Z]{0,3}\d)/i;
/** How far an action log is read from its header (a longer log is read in parts: each part from its own header). */
const TABLE_LINES = 80;

function push(state: ParseState, m: MeetingBuilder, seg: Segment, last: Segment, ref: string, status: ActionStatus, written: string, note: string): void {
  (m.statusReviews ??= []).push({
    ref: ref.trim(), status, written: written.trim(), note: note.trim(),
    range: { start: state.r(seg, 0, 0).start, end: state.r(last, last.text.length, last.text.length).end },
  });
}

/** The segments from i on that lie on lines up to `lastLine`, less one: what the recogniser consumed beyond i. */
function consumedTo(state: ParseState, i: number, lastLine: number): number {
  let k = i;
  while (k + 1 < state.segs.length && state.segs[k + 1].line <= lastLine) k++;
  return k - i;
}

function finish(state: ParseState, i: number, extra: number): number {
  const item = state.item;
  if (item) { item.content += extra + 1; state.extend(state.segs[i + extra]); }
  return extra;
}

export function statusReview(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  if (seg.bullet && t.charCodeAt(0) === 91 /* [ */) {
    const raw = state.lines[seg.line];
    if (/^[ \t]*[-*+][ \t]+\[[ xX]\]/.test(raw)) return taskLine(state, i, raw);
    if (t.startsWith('[#')) return issueLine(state, i);
    // an issue by its repository (`[tc4/proposals#212] IHN: circulate … — closed`)
    if (REPO_ISSUE.test(t)) {
      const r = repoIssueLine(state, i);
      if (r !== DECLINE) return r;
    }
    // an owner printed as a link to them (`[Kenta Arai](mailto:…): run the benchmarks — Done`)
    if (t.includes('](')) {
      const d = dashedStatusLine(state, i);
      if (d !== DECLINE) return d;
    }
  }
  if (seg.bullet && t.startsWith('~~')) return struckLine(state, i);
  if (seg.bullet && (t.charCodeAt(0) > 0x2000 || t.charCodeAt(0) === 58 /* : */)) return emojiLine(state, i);
  // `Min 1449 – Replacement bench: installed 2 October. (Completed)`: the minute first, its status in brackets closing the line
  // (or its bracket wrapped onto the next line: a `(` left open)
  if (t.charCodeAt(t.length - 1) === 41 /* ) */ || ((holdsOf(t) & H_PAREN) !== 0 && t.lastIndexOf('(') > t.lastIndexOf(')'))) {
    const r = bracketedStatusLine(state, i, t.charCodeAt(t.length - 1) !== 41);
    if (r !== DECLINE) return r;
  }
  const c = t.charCodeAt(0);
  // (or with the status as a code span, `` `DONE` Ana — … ``)
  if (seg.bullet && (((c | 32) >= 97 && (c | 32) <= 122) || c === 96)) {
    // (both first ask whether the item reviews the actions: asked once here, as most bullets are no review's)
    if (inReview(state)) {
      const r = wordLedLine(state, i);
      if (r !== DECLINE) return r;
      const u = statusUnder(state, i);
      if (u !== DECLINE) return u;
    }
    const d = dashedStatusLine(state, i);
    if (d !== DECLINE) return d;
  }
  // a bullet's other letters open no other review (a tracker's lettered reference is TRACKER_ROW's, asked before)
  if ((startOf(t) & REVIEW_LETTERS) === 0 && ((c | 32) >= 97 && (c | 32) <= 122)) return DECLINE;
  if (c === 40 /* ( */ || (c >= 48 && c <= 57)) {
    // a paragraph's own number before the review (`(1).⇥Action 14/25 (…) – closed; …`)
    const n = PARA_NUMBER.exec(t);
    if (n) return reviewLine(state, i, n[0].length);
    const r = trackerRow(state, i);
    return r === DECLINE && c !== 40 ? numberedStatusLine(state, i) : r;
  }
  // (MAY_REVIEW opens with a letter of REVIEW_LETTERS, which a line that opens with a letter has by the
  // test above, or with `[`, `{`, `~`, `#` or `|`: a line that opens with anything else is declined without it)
  if (((c | 32) < 97 || (c | 32) > 122) && c !== 91 && c !== 123 && c !== 126 && c !== 35 && c !== 124) return DECLINE;
  if (!MAY_REVIEW.test(t)) return DECLINE;
  if (REVIEW_START.test(t)) {
    const r = reviewLine(state, i, 0);
    if (r !== DECLINE) return r;
  }
  // a tracker's tag before the keyword, or status icons left as words after it
  // (or the red link a wiki prints for a status template it lacks, `Template:Doing`)
  if (t.startsWith('[') || (/^action\b/i.test(t) && /\.(?:svg|png|gif)\b|\{\{|\bTemplate:/i.test(t))) {
    const r = taggedAction(state, i);
    if (r !== DECLINE) return r;
  }
  return TABLE_START.test(t) ? actionLog(state, i) : DECLINE;
}

/** A header's first cell: a column name followed by the next cell (a tab, a pipe, a wide gap) or alone on its line. */
const TABLE_START = /^\|?[ \t]*(?:s[rl]\.?(?:[ \t]*no\.?)?(?=\t)|ref\.?|reference|(?:referral|request)(?:[ \t]+(?:no\.?|#|number))?|no\.?|#|id|number|item|min(?:ute)?(?:[ \t]+(?:no\.?|ref\.?))?|actions?(?:[ \t]+(?:no\.?|ref\.?|number|items?))?|title|status|meeting(?:[ \t]+date)?|date(?:[ \t]+raised)?)[ \t]*(?:$|\t|\||[ ]{2,}|[ ][A-Z][a-z]*(?:[ ][A-Z][a-z]*){2,}[ \t]*$)/i;

/** `Action 17 (…) – Complete;`, read with the next line when the recalled action or the status wraps. */
function reviewLine(state: ParseState, i: number, at: number): number {
  const seg = state.segs[i];
  let extra = 0;
  let r = matchActionReview(seg.text);
  let text = seg.text;
  if (!r && i + 1 < state.segs.length && state.segs[i + 1].text.length > 0 && /^action[ \t]+(?:no\.?[ \t]*)?[A-Z]{0,3}\d/i.test(seg.text.slice(at))) {
    text = `${seg.text} ${state.segs[i + 1].text}`;
    r = matchActionReview(text);
    extra = 1;
  }
  if (!r) return at === 0 ? originLine(state, i) : DECLINE;
  const m = state.ensureMeeting(seg);
  // (several reviews in one line, a sentence each: `Action 4 (…) – Done. Action 6 (…) – Carried forward.`)
  if (extra === 0 && reviewRun(state, m, seg, at, (part) => matchActionReview(part))) return finish(state, i, 0);
  // `Action 17 (…, Minute 28)`: the board's number is 17; a tracker's `action-41` is its own name; `Action 14/25`
  // keeps its word, as printed: `14/25` alone reads as a minute's number; and so does a line that
  // restates the action as a list's entry (`Action 1 – Publish … (AP) – complete`): `Action 1` is its label
  const printed = text.slice(r.ref.start, r.ref.end);
  const ref = /\d[/.-]\d/.test(printed) || r.restated ? printed : printed.replace(/^action[ \t]+(?:no\.?[ \t]*)?/i, '');
  push(state, m, seg, state.segs[i + extra], ref, reviewStatus(r.mark, state.layout.carriesForward), text.slice(r.mark.start, r.mark.end), r.mark.note ? text.slice(r.mark.note.start, r.mark.note.end) : '');
  return finish(state, i, extra);
}

/**
 * The reviews of a line that reviews several actions a sentence each (forms/reviewRuns.ts), each read
 * by `read` (an action review's, a listed row's), pushed with the range of its own part; false, and
 * nothing pushed, unless every part reads.
 */
function reviewRun(state: ParseState, m: MeetingBuilder, seg: Segment, from: number, read: (part: string) => ReviewRead | undefined): boolean {
  const parts = reviewParts(seg.text, from);
  if (!parts) return false;
  const reads: ReviewRead[] = [];
  for (const p of parts) {
    const r = read(seg.text.slice(p.start, p.end));
    if (!r) return false;
    reads.push(r);
  }
  parts.forEach((p, k) => {
    const r = reads[k];
    const part = seg.text.slice(p.start, p.end);
    const printed = seg.text.slice(p.ref.start, p.ref.end);
    // (`Action 4` reviews the board's action 4, as a review line's reference is kept: its number alone)
    const ref = /\d[/.-]\d/.test(printed) ? printed : printed.replace(/^action[ \t]+(?:no\.?[ \t]*)?/i, '');
    (m.statusReviews ??= []).push({
      ref, status: reviewStatus(r.mark, state.layout.carriesForward), written: part.slice(r.mark.start, r.mark.end).trim(),
      note: r.mark.note ? part.slice(r.mark.note.start, r.mark.note.end).trim() : '', range: state.r(seg, p.start, p.end),
    });
  });
  return true;
}

/** What a reader of one review gives of a part: its status, offsets in the part. */
interface ReviewRead { readonly mark: StatusMark }

/** How many lines a tracker row's action and status may wrap onto. */
const ROW_WRAP = 3;

/**
 * `516-1  Secretary to post the bylaws on the website: done.`: a row of a tracker's report on its
 * earlier actions, the status after the last colon; the row's words may wrap onto lines indented
 * under its action (`done (see` / `item 5).`), read with it.
 */
function trackerRow(state: ParseState, i: number, read?: RegExpExecArray): number {
  const seg = state.segs[i];
  // the reference is on the row's first line: a line without one is declined before any join; a
  // bare `24.072` is a row only under a lead that says the list reviews earlier actions
  // (the reference read once, or given as the caller read it: any shape, then whether it is a
  // tracker's by itself, which a bare number is not; the row's joined text opens with the same)
  const ref = read ?? trackerRef(seg.text, true);
  if (!ref) return DECLINE;
  const listed = seg.bullet || (!isTrackerShaped(ref[1]) && underReviewLead(state, i));
  if (!listed && !isTrackerShaped(ref[1])) return DECLINE;
  const indent = indentOf(state, seg.line);
  let text = seg.text;
  let extra = 0;
  for (let k = i + 1; k < state.segs.length && k <= i + ROW_WRAP; k++) {
    const next = state.segs[k];
    if (next.line !== seg.line + (k - i) || next.text.length === 0 || indentOf(state, next.line) <= indent) break;
    text = `${text} ${next.text}`;
    extra = k - i;
  }
  const r = matchTrackerRow(text, listed, ref);
  if (!r) return DECLINE;
  push(state, state.ensureMeeting(seg), seg, state.segs[i + extra], text.slice(r.ref.start, r.ref.end), reviewStatus(r.mark, state.layout.carriesForward), text.slice(r.mark.start, r.mark.end), r.mark.note ? text.slice(r.mark.note.start, r.mark.note.end) : '');
  return finish(state, i, extra);
}

/**
 * Whether the line at segment i stands in a list of earlier actions that a lead above it introduces,
 * within the open item: `The Clerk reported on actions from previous meetings:` over indented rows
 * `24.072  Replace dog bin … – Completed` (no bullet, a number of the minutes' own form). Never an
 * item's head, whose number has the same form.
 */
function underReviewLead(state: ParseState, i: number): boolean {
  const item = state.item;
  if (!item) return false;
  const top = item.headRange.start.line;
  for (let k = i - 1; k >= 0 && k >= i - LEAD_SEGMENTS && state.segs[k].line >= top; k--) {
    const t = state.segs[k].text;
    // (whether the line heads an item asked last: most numbered lines stand under no such lead)
    if (t.endsWith(':') && isReviewTitle(t)) return !startsItem(state, state.segs[i]);
  }
  return false;
}

/** How far above a review line its list's lead sentence is looked for (`There are currently 5 actions outstanding`). */
const LEAD_SEGMENTS = 12;

/**
 * `Action 4 – From November 2023 meeting` (forms/carriedForward.ts): the line gives where the action
 * came from; its status is the one the list's lead sentence gives (`5 actions outstanding`), read
 * a few segments above, within the open item. Without such a sentence the line is no review.
 */
function originLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const ref = matchOriginReview(seg.text);
  if (ref === undefined) return DECLINE;
  const top = state.item ? state.item.headRange.start.line : seg.line;
  let word: string | undefined;
  for (let k = i - 1; k >= 0 && k >= i - LEAD_SEGMENTS && state.segs[k].line >= top && !word; k--) word = standingStatusWord(state.segs[k].text);
  const status = word && statusOfWord(word);
  if (!word || !status) return DECLINE;
  push(state, state.ensureMeeting(seg), seg, seg, ref, reviewStatus({ word, status }, state.layout.carriesForward), word, seg.text.slice(seg.text.search(/[-–—:]/) + 1));
  return finish(state, i, 0);
}

/**
 * `[DONE] ACTION-41: Chen to check …` (a tracker's tag: a new action's `[NEW]` is no review), and
 * `ACTION: MF Yes check.svg Done; TW X mark.svg Cancelled` (a status per owner for the numbered action above).
 * A scribe tool's closing summary tags each action it lists: `[PENDING] ACTION: Ute to update the
 * glossary` (no tracker's number) reviews the action its words name, and `[NEW] ACTION: Mo to draft …`
 * repeats an action the minutes recorded above, no second action.
 */
function taggedAction(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  const a = matchActionLine(t);
  if (!a || a.statuses.length === 0) return DECLINE;
  const tagged = a.statuses[0].owner === undefined;
  if (tagged && a.statuses[0].mark.status === 'open') return recordedAbove(state, t, a) ? finish(state, i, 0) : DECLINE;
  const m = state.ensureMeeting(seg);
  const above = tagged ? undefined : numberAbove(state, i);
  for (const s of a.statuses) {
    const ref = tagged ? (a.tracker ? t.slice(a.tracker.start, a.tracker.end) : actionWords(t, a)) : above ?? t.slice(s.owner!.start, s.owner!.end);
    push(state, m, seg, seg, ref, reviewStatus(s.mark, state.layout.carriesForward), wordOf(t, s.mark), s.mark.note ? t.slice(s.mark.note.start, s.mark.note.end) : '');
  }
  return finish(state, i, 0);
}

/** The words of a tagged action line that has no tracker's number: its owners and task, as written (`Ute to update the glossary`). */
function actionWords(t: string, a: NonNullable<ReturnType<typeof matchActionLine>>): string {
  const from = Math.min(a.owners[0]?.start ?? a.keyword.end, a.task?.start ?? a.keyword.end);
  return t.slice(from, a.end).replace(/[ \t.;]+$/, '');
}

/**
 * Whether a `[NEW]` line's action (its owners and task, as written) is one an item above recorded
 * already: a summary repeating the meeting's actions. Only in a file of heading items, which is
 * always parsed whole, so that every item above is there to compare.
 */
function recordedAbove(state: ParseState, t: string, a: NonNullable<ReturnType<typeof matchActionLine>>): boolean {
  const m = state.meeting;
  if (!m || !state.layout.headings || !a.task) return false;
  const norm = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const task = norm(t.slice(a.task.start, a.task.end));
  const owners = a.owners.map((o) => norm(t.slice(o.start, o.end))).join('|');
  return m.items.some((item) => item.actions.some((x) => norm(x.text) === task && x.owners.map((o) => norm(o.text)).join('|') === owners));
}

/** A numbered list's number before an action line (`1. ACTION: …`). */
const LIST_NUMBER = /^[ \t]*(\d{1,3})[.)][ \t]+/;

/**
 * `1. ACTION: HS to renew the insurance. Yes check.svg Done`, `2. ACTION: IC and TN to draft the
 * handbook. IC: Go-next-red.svg Carried forward; TN: Yes check.svg Done`: a wiki's list of
 * carried-forward actions, each with its statuses after its words (one a owner where the owners'
 * differ). Each status reviews the action the line recalls: by the list's number, else by the
 * action's own words. A line of an item, asked before the action readers, which would take it for
 * a new action.
 */
export function trailingStatusLine(line: Line): boolean {
  const { state, seg, from, body, meeting } = line;
  // the icons and templates first (most action lines have none): `.svg`, `.png`, `.gif`, `{{`
  if (body.indexOf('.svg') < 0 && body.indexOf('.png') < 0 && body.indexOf('.gif') < 0 && body.indexOf('{{') < 0 && body.indexOf('Template:') < 0) return false;
  const n = LIST_NUMBER.exec(body);
  const at = n ? n[0].length : 0;
  const a = matchActionLine(body.slice(at));
  if (!a || !a.task || a.statuses.length > 0) return false;
  const t = matchTrailingStatuses(body.slice(at), a.task.start, a.end);
  if (!t) return false;
  const text = body.slice(at);
  const ref = n?.[1] ?? LIST_NUMBER.exec(seg.text.slice(0, from))?.[1] ?? text.slice(a.owners[0]?.start ?? a.task.start, t.start).replace(/[ \t.;]+$/, '');
  for (const s of t.statuses) push(state, meeting, seg, seg, ref, reviewStatus(s.mark, state.layout.carriesForward), wordOf(text, s.mark), s.mark.note ? text.slice(s.mark.note.start, s.mark.note.end) : '');
  return true;
}

/** The status as written, less an icon left as words before it (`Yes check.svg Done` is `Done`). */
function wordOf(t: string, mark: StatusMark): string {
  const w = t.slice(mark.start, mark.end);
  const icon = /^.*?\.(?:svg|png|gif)[ \t]+/i.exec(w);
  return icon ? w.slice(icon[0].length) : w;
}

/**
 * A status cell the page wrapped where where it puts the action off to runs onto the next line
 * (`Deferred to` / `January 2026`, `Carried forward` / `to October`): the status as written, its
 * pieces joined with a blank, and its note; undefined when the status is all on the first line,
 * unless the note it wrapped carries the action forward (`Not done – carried` / `forward to May`: `carried`).
 */
function wrappedStatus(text: string, pieces: readonly Span[] | undefined): { written: string; note: string; carried?: true } | undefined {
  if (!pieces || pieces.length < 2) return undefined;
  const joined = pieces.map((p) => text.slice(p.start, p.end).trim()).join(' ');
  const mark = readStatusPhrase(joined);
  if (!mark) return undefined;
  if (mark.end > pieces[0].end - pieces[0].start) return { written: wordOf(joined, mark), note: mark.note ? joined.slice(mark.note.start, mark.note.end) : '' };
  // the status on the first line, its note wrapped: only whether the whole note carries the action forward is new
  return mark.carried ? { written: wordOf(joined, mark), note: mark.note ? joined.slice(mark.note.start, mark.note.end) : '', carried: true } : undefined;
}

/** The number of the numbered paragraph just above (`4. PN and TW to price …`), the action the icons review. */
function numberAbove(state: ParseState, i: number): string | undefined {
  let siblings = 0;
  for (let k = i - 1; k >= 0 && k >= i - 3 - siblings; k--) {
    const line = state.lines[state.segs[k].line];
    if (line.trim().length === 0) continue;
    // a shared action gets a line per owner (`ACTION: SO … Done` ⏎ `ACTION: RD … Carried forward`): the number is above them all
    if (siblings < 6 && ownersStatusLine(line)) { siblings++; continue; }
    return /^[ \t]*(\d{1,3})[.)][ \t]/.exec(line)?.[1];
  }
  return undefined;
}

/** An action line that gives only its owners' statuses (`ACTION: MF Yes check.svg Done`). */
function ownersStatusLine(line: string): boolean {
  if (line.indexOf('.svg') < 0 && line.indexOf('.png') < 0 && line.indexOf('.gif') < 0 && line.indexOf('{{') < 0 && line.indexOf('Template:') < 0) return false;
  const a = matchActionLine(line);
  return a !== undefined && a.statuses.length > 0 && a.statuses[0].owner !== undefined;
}

/** `- [x] @mkovac to publish the calendar (done, in README)`, `- [ ] … — carried over`, `- [x] ~~…~~ dropped`. */
function taskLine(state: ParseState, i: number, raw: string): number {
  const seg = state.segs[i];
  const c = matchCheckbox(raw);
  if (!c || !c.note) return DECLINE;
  // `- [x] Elena Brozek (@ebrozek), Lumafilm (chair)`: a box ticked in an attendance list is a person there, no action's status
  if (matchPersonBullet(raw) && !matchTaskAction(raw)) return DECLINE;
  // an open box in the meeting's own list of actions (`## Action items`) is a new action, one carried
  // forward into the list too (`- [ ] @x to … (carried forward)`): the review is elsewhere
  if (c.status !== 'done' && c.status !== 'dropped' && [state.item?.title, listLead(state, i)].some((h) => h !== undefined && ACTIONS_LIST.test(h.trim()) && !isReviewTitle(h))) return DECLINE;
  const body = raw.slice(c.note.start, c.note.end);
  let ref: string;
  let rest: string;
  const struck = /^~~([^~]+)~~/.exec(body);
  if (struck) { ref = struck[1]; rest = body.slice(struck[0].length); } else {
    const cut = /[ \t]+[(—–][ \t]*|;[ \t]*|[ \t]+-[ \t]+/.exec(body);
    ref = cut ? body.slice(0, cut.index) : body;
    rest = cut ? body.slice(cut.index + cut[0].length) : '';
  }
  let said = rest.replace(/^[ \t(—–-]+/, '');
  let word = readStatusPhrase(said);
  // or on a bullet nested under the task that labels it (`- [ ] Publish the guide — @kenji` / `  - Status: in progress, PR open`)
  const under = word ? undefined : statusBullet(state, i, raw);
  if (under) ({ said, word } = under);
  // an open task with no status word is a new action, not a review of one, unless it stands in a
  // review: under a heading that reviews earlier actions, or in one list with tasks ticked or given a status
  if (!word && c.status === 'open' && !((state.item && isReviewTitle(state.item.title)) || (amongTicked(state, seg.line, c.start) && matchTaskAction(raw)))) return DECLINE;
  const m = state.ensureMeeting(seg);
  // (a status on the bullet under it may drop an open task: `- [ ] Survey …` / `  - Status: dropped, superseded by …`)
  const status = c.status === 'open' && word ? reviewStatus(word, state.layout.carriesForward) : c.status;
  push(state, m, seg, under ? state.segs[i + 1] : seg, ref, status, word ? said.slice(word.start, word.end) : raw.slice(c.start, c.end), under ? (word?.note ? said.slice(word.note.start, word.note.end) : '') : rest);
  return finish(state, i, under ? 1 : 0);
}

/** A nested bullet (indented), before its words. */
const NESTED_BULLET = /^([ \t]+)[-*+][ \t]+/;

/**
 * The status on the bullet nested under the task at segment i (`raw` its line): a bullet that labels
 * it as a review's sentence does (`- Status: in progress, PR #2301 open`; forms/statuses.ts STATUS_LABEL).
 */
function statusBullet(state: ParseState, i: number, raw: string): { said: string; word: StatusMark } | undefined {
  const next = state.segs[i + 1];
  const line = next && next.line === state.segs[i].line + 1 ? state.lines[next.line] : undefined;
  const b = line === undefined ? null : NESTED_BULLET.exec(line);
  if (!b || b[1].length <= /^[ \t]*/.exec(raw)![0].length) return undefined;
  const label = STATUS_LABEL.exec(line!.slice(b[0].length));
  if (!label) return undefined;
  const said = line!.slice(b[0].length + label[0].length);
  const word = readStatusPhrase(said);
  return word && word.start === 0 ? { said, word } : undefined;
}

/**
 * `- ~~@rduarte to benchmark the old tile cache~~ – dropped, cache removed in 3.4`: an action struck
 * through, without a box, in a review of earlier actions (under its heading, or in a list with tasks
 * ticked): dropped, unless the word after it says it was done (`~~…~~ — done, merged in #1409`).
 */
function struckLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const raw = state.lines[seg.line];
  const m = /^([ \t]*)[-*+][ \t]+~~([^~\n]{1,400})~~/.exec(raw);
  if (!m) return DECLINE;
  if (!((state.item && isReviewTitle(state.item.title)) || amongTicked(state, seg.line, m[1].length))) return DECLINE;
  // the words after the struck action as the segment reads them, bold marks set aside (`— **dropped**, …`)
  const struck = seg.text.startsWith('~~') ? seg.text.indexOf('~~', 2) : -1;
  const after = struck > 0 ? seg.text.slice(struck + 2) : raw.slice(m[0].length);
  // (in brackets, `~~…~~ (done)`: the words inside them)
  const bracketed = /^[ \t]*\(([^()]*)\)[ \t.]*$/.exec(after);
  const rest = bracketed ? bracketed[1].trim() : after.replace(/^[ \t(—–-]+/, '');
  const word = readStatusPhrase(rest);
  // (struck through because it was done, as notes strike a finished task: `~~…~~ — done, merged in #1409`)
  const status = word && reviewStatus(word, state.layout.carriesForward) === 'done' ? 'done' : 'dropped';
  push(state, state.ensureMeeting(seg), seg, seg, m[2], status, word ? rest.slice(word.start, word.end) : '~~', word?.note ? rest.slice(word.note.start, word.note.end) : rest);
  return finish(state, i, 0);
}

/**
 * `- ✅ Publish the 0.19 release notes (@truiz)`, `- 🔄 Triage the CI failures – in progress`: a
 * review's list whose bullets open with a status emoji, under a heading that reviews the earlier
 * actions. The action's words are its reference; a status word after them is the status as written.
 */
function emojiLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  const mark = readStatusPhrase(t);
  if (!mark || mark.start !== 0 || !(state.item && isReviewTitle(state.item.title))) return DECLINE;
  const body = t.slice(mark.end).replace(/^[ \t]+/, '');
  const at = t.length - body.length;
  const cut = /[ \t]+[(—–][ \t]*|:[ \t]+|[ \t]+-[ \t]+/.exec(body);
  const ref = cut ? body.slice(0, cut.index) : body;
  if (ref.length < 3) return DECLINE;
  const rest = cut ? body.slice(cut.index + cut[0].length) : '';
  const word = rest ? readStatusPhrase(rest) : undefined;
  const restAt = at + (cut ? cut.index + cut[0].length : 0);
  const used = word ?? mark;
  const from = word ? restAt : 0;
  push(state, state.ensureMeeting(seg), seg, seg, ref, reviewStatus(used, state.layout.carriesForward), t.slice(from + used.start, from + used.end), word?.note ? rest.slice(word.note.start, word.note.end) : '');
  return finish(state, i, 0);
}

/** How far above a list its lead is looked for, over the list's bullets, their wrapped lines and blank lines. */
const LIST_REACH = 30;

/**
 * The line that introduces the list (or the table) whose line is segment i: the nearest line above
 * that is no bullet of the list, no line wrapped under one and no comment (`## Previous action items`,
 * `The Clerk reported on actions from previous meetings:`); undefined when none is within reach.
 * A heading read as no item still leads its list.
 */
function listLead(state: ParseState, i: number): string | undefined {
  return leadText(state, leadAt(state, i));
}

/** The text of the lead at segment k (-1: none), when it is short enough to be one. */
function leadText(state: ParseState, k: number): string | undefined {
  const t = k < 0 ? undefined : state.segs[k].text;
  return t !== undefined && t.length <= 120 ? t : undefined;
}

/** The segments of the last walk for a list's lead, the segment it was asked for, and the lead found (-1: none within reach). */
let walkedSegs: readonly Segment[] | undefined;
let walkedFrom = -1;
let walkedLead = -1;

/**
 * The index of the segment that leads the list of segment i (listLead), or -1. The walk over a
 * list's bullets is done once a list: a walk that reaches the segment asked last, over lines it
 * passes by, ends where that walk ended (the bullets of a long list each asked for their lead).
 */
function leadAt(state: ParseState, i: number): number {
  const segs = state.segs;
  const known = segs === walkedSegs && walkedFrom < i ? walkedFrom : -1;
  let found = -1;
  for (let k = i - 1; k >= 0 && k >= i - LIST_REACH; k--) {
    const s = segs[k];
    if (s.text.length > 0 && !s.bullet) {
      const raw = state.lines[s.line];
      if (!/^[ \t]*<!--/.test(raw) && !/^[ \t]{2,}\S/.test(raw)) { found = k; break; }
    }
    // passed by as that walk went on from it: its lead, if within this one's reach
    if (k === known) { found = walkedLead >= i - LIST_REACH ? walkedLead : -1; break; }
  }
  walkedSegs = segs;
  walkedFrom = i;
  walkedLead = found;
  return found;
}

/** Whether the list of segment i stands under a review of earlier actions: its item's title, or the line that leads it. */
function listInReview(state: ParseState, i: number): boolean {
  if (inReview(state)) return true;
  const k = leadAt(state, i);
  // the lead asked once a list, as its walk is done once
  if (k !== askedLead || state.segs !== askedSegs) {
    askedSegs = state.segs;
    askedLead = k;
    const lead = leadText(state, k);
    // (its paragraph's number or letter is no word of it: `3.2 Matters arising – action log:`, `b)⇥Matters arising:`)
    leadReviews = lead !== undefined && isReviewTitle(lead.replace(PARAGRAPH_LABEL, ''));
  }
  return leadReviews;
}

/** A paragraph's number or letter opening a lead (`3.2 `, `b)⇥`, `(ii) `). */
const PARAGRAPH_LABEL = /^[ \t]*(?:\d{1,3}(?:\.\d{1,3}){0,2}\.?|\(?[a-z]\)|\([ivx]{1,5}\))[ \t]+/;

/** The lead last asked whether it heads a review (its segments, its index), and the answer. */
let askedSegs: readonly Segment[] | undefined;
let askedLead = -1;
let leadReviews = false;

/** An issue linked as a Markdown page prints it, opening a bullet: `[#398](https://…/issues/398)`. */
const ISSUE_LINK = /^\[(#\d{1,6})\]\([^()\s]{1,300}\)[ \t]+(?=\S)/;
/** An issue by its repository opening a bullet, in brackets: `[tc4/proposals#212]`, `[org/repo#9]`. */
const REPO_ISSUE = /^\[([\w.-]{1,60}\/[\w.-]{1,100}#\d{1,6})\][ \t]+(?=\S)/;

/**
 * `[tc4/proposals#212] IHN: circulate the revised charter text — **closed**`: in a review's list, an
 * issue by its repository, then the owner and the action's words, its status after the last dash
 * (statusAfterAction). The issue is its reference.
 */
function repoIssueLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  const m = REPO_ISSUE.exec(t);
  if (!m || !listInReview(state, i)) return DECLINE;
  const mark = statusAfterAction(t, m[0].length);
  if (!mark) return DECLINE;
  push(state, state.ensureMeeting(seg), seg, seg, m[1], reviewStatus(mark, state.layout.carriesForward), t.slice(mark.start, mark.end), mark.note ? t.slice(mark.note.start, mark.note.end) : '');
  return finish(state, i, 0);
}

/** A status in square brackets, as a list asks its owners to write it (`[done]`, `[deferred to April]`, `[won't do]`). */
const BRACKETED = /\[([^[\]\n]{2,60})\]/g;

/**
 * `- [#398](https://…/issues/398) Draft the trademark policy — @agomez [done], merged as …`: a
 * review's list whose bullets open with the tracker's issue, linked, then the action and its owner,
 * the status in square brackets after them (bold marks set aside by the segment). Under a heading
 * that reviews the earlier actions; the issue is the reference.
 */
function issueLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  const m = ISSUE_LINK.exec(t);
  if (!m || !listInReview(state, i)) return DECLINE;
  BRACKETED.lastIndex = m[0].length;
  for (let b = BRACKETED.exec(t); b; b = BRACKETED.exec(t)) {
    // a link's text (`[TRADEMARKS.md](…)`) is no status
    if (t.charCodeAt(b.index + b[0].length) === 40 /* ( */) continue;
    const mark = readStatusPhrase(b[1]);
    if (!mark || mark.start !== 0 || /\S/.test(b[1].slice(mark.end))) continue;
    const note = t.slice(b.index + b[0].length).replace(/^[ \t]*[:;,.–—-]?[ \t]*/, '');
    push(state, state.ensureMeeting(seg), seg, seg, m[1], reviewStatus(mark, state.layout.carriesForward), b[1].slice(mark.start, mark.end), note);
    return finish(state, i, 0);
  }
  return DECLINE;
}

/** Whether the item's title heads a review (`isReviewTitle` keeps its last answer: asked once an item, not once a bullet). */
function inReview(state: ParseState): boolean {
  return state.item !== undefined && isReviewTitle(state.item.title);
}

/**
 * `- **Done** — @yboateng: move the contributor guide to the docs site`, `- In progress: translate the
 * guide (PR open)`: a review's list whose bullets open with the status word, then a dash or a colon
 * and the action's words, under a heading that reviews the earlier actions. The action's words (up to
 * a note in brackets or after a dash) are its reference.
 */
function wordLedLine(state: ParseState, i: number): number {
  if (!inReview(state)) return DECLINE;
  const seg = state.segs[i];
  if (!wordLed(state, seg, seg.text, false)) return DECLINE;
  return finish(state, i, 0);
}

/**
 * `wordLedLine`'s reading of a line's text `t`, pushed as a status of the meeting when it reads:
 * `capitals`, the status must be written in capitals (a line that is no bullet: prose may open with `Done`).
 */
function wordLed(state: ParseState, seg: Segment, t: string, capitals: boolean): boolean {
  const mark = readStatusPhrase(t);
  if (!mark || mark.start !== (t.charCodeAt(0) === 96 /* ` */ ? 1 : 0)) return false;
  if (capitals && !CAPITALS.test(t.slice(mark.start, mark.end))) return false;
  // (the owner's first name or handle may stand between the status and the dash: `` `WIP` Priya — port the parser ``)
  const code = t.charCodeAt(mark.end) === 96 ? 1 : 0;
  const dash = /^[ \t]*(?:(?:@[\w-]+|\p{Lu}\p{Ll}+)[ \t]*)?(?:[—–:]|-(?=[ \t]))[ \t]*/u.exec(t.slice(mark.end + code));
  if (!dash) return false;
  // (or after the dash, before a colon: `DONE – Tom: move the reserve account …`; the action's words follow it)
  const named = OWNER_AFTER_DASH.exec(t.slice(mark.end + code + dash[0].length));
  const at = mark.end + code + dash[0].length + (named ? named[0].length : 0);
  const body = t.slice(at);
  const cut = /[ \t]+[(—–][ \t]*|;[ \t]*|[ \t]+-[ \t]+/.exec(body);
  const ref = (cut ? body.slice(0, cut.index) : body).trim();
  // the action's words: a status word followed by a date or a name alone is no review of an action
  if (!/[a-z]{2,}[ \t]+[a-z]{2,}/i.test(ref)) return false;
  push(state, state.ensureMeeting(seg), seg, seg, ref, reviewStatus(mark, state.layout.carriesForward), t.slice(mark.start, mark.end), cut ? body.slice(cut.index + cut[0].length).replace(/\)[ \t]*$/, '') : '');
  return true;
}

/** A status written in capitals (`DONE`, `ROLLED OVER TO DECEMBER`): no letter in small case. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** The owners by first name and a colon after a status's dash (`Tom: `, `Dev and Hannah: `). */
const OWNER_AFTER_DASH = /^\p{Lu}\p{Ll}+(?:(?:[ \t]+and[ \t]+|,[ \t]*|[ \t]*&[ \t]*)\p{Lu}\p{Ll}+)*:[ \t]+/u;

/**
 * `DONE – Tom: move the reserve account …`, `ROLLED OVER TO DECEMBER – Ollie: get a second quote …`:
 * a line of an item that reviews the earlier actions, no bullet left (a wiki page copied as text),
 * its status first and in capitals, then a dash, the owner and the action's words (`wordLedLine`).
 */
function capitalLedStatus(line: Line): boolean {
  const { state, seg, from, body } = line;
  // two capitals first, before the item's title is asked
  const c0 = body.charCodeAt(0);
  const c1 = body.charCodeAt(1);
  if (from !== 0 || c0 < 65 || c0 > 90 || c1 < 65 || c1 > 90 || !isReviewTitle(line.item.title)) return false;
  return wordLed(state, seg, body, true);
}

/**
 * `- Kenta Arai: run the fio benchmarks — Done, results in #1184`, `- Replace the broken hinge – In
 * progress`: a review's list whose bullets give the action's words, then its status after a dash
 * (a note after it), under a heading that reviews the earlier actions. The action's words, with
 * the owner before them, are its reference.
 */
/**
 * Whether `t` holds a character of forms/statuses.ts LINE_STATUS_CUT, where `statusAfterAction` reads a
 * status after the action's words: a colon or an en or em dash by the line's signature (the driver
 * signed this text: no scan), a semicolon or a hyphen by a native search.
 */
function mayCut(t: string): boolean {
  return (holdsOf(t) & (H_COLON | H_DASH)) !== 0 || t.indexOf(';') >= 0 || t.indexOf('-') >= 0;
}

function dashedStatusLine(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  // a bullet that opens with the minute it reviews (`CAB 71(2) – review of … – in progress`) is read by that reference (content/statusRows.ts)
  // (the status stands after a cut, BULLET_STATUS_CUT's colon, semicolon or dash, or a sentence's end
  // after one of them: a line with none of them is declined before the walk up to the list's lead)
  if (/^(?:[A-Z]{1,5}[ /.-]?)?\d/.test(t) || !mayCut(t) || !listInReview(state, i)) return DECLINE;
  const mark = statusAfterBullet(t, 0);
  if (!mark) return DECLINE;
  const whole = linkTexts(t.slice(0, mark.start).replace(/[ \t]*(?:[:;]|[–—-])[ \t]*$/, ''));
  if (!/[a-z]{2,}[ \t]+[a-z]{2,}/i.test(whole)) return DECLINE;
  const meeting = state.ensureMeeting(seg);
  // (the owner before the task, `Beth – Submit … – Done`, is who did it, not the action's words)
  const ref = whole.slice(ownerLead(whole, personOrFirstName(meeting)));
  push(state, meeting, seg, seg, ref, reviewStatus(mark, state.layout.carriesForward), t.slice(mark.start, mark.end), mark.note ? t.slice(mark.note.start, mark.note.end) : '');
  return finish(state, i, 0);
}

/** A spaced dash that parts a row's title from what it says of it (`Dog park lighting – in design`). */
const ROW_DASH = /[ \t]+[–—-][ \t]+/g;
/** A dash that may part a row (cheap first test: most lines have none; its row's gate, H_DASH, holds every line it matches). */
const MAY_DASH = /[–—]| - /;

/**
 * `Dog park lighting – in design, bids expected August`, `Skate park relocation – tabled indefinitely
 * by Council on June 23`: a row of a list that a lead introduces as a review of the open requests or
 * actions (`City Administrator Fisk reviewed the open requests list:`, `Outstanding requests:`), or a
 * (sub-)item's title that is one, its bullet lost with the page's text (a PDF's list as plain lines).
 * The title before the dash names the request; the status after it, a running phrase an open one.
 * Never a line with a dash in prose: every line from the lead down to the row is a row of the list,
 * with its dash, and none is blank.
 */
function listedStatusRow(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  if (from !== 0 || seg.bullet || body.length > 300 || !MAY_DASH.test(body)) return false;
  const i = segIndex(state, seg);
  if (i <= 0 || !ledAsReview(state, i, item)) return false;
  // `Minute 9 (insurance renewal) – Complete`: a row the review of a named minute read already (content/statusRows.ts),
  // its minute the reference; one row is one status
  const reviews = meeting.statusReviews;
  if (reviews && reviews.length > 0 && reviews[reviews.length - 1].range.start.line === seg.line) return false;
  // (several rows run into one line, a sentence each by its reference: `TB/22/131.2 winter plan – Complete (B). TB/22/140.1 … – On track (G).`)
  if (reviewRun(state, meeting, seg, 0, listedRow)) return true;
  const r = listedRow(body);
  if (!r) return false;
  push(state, meeting, seg, seg, r.ref, reviewStatus(r.mark, state.layout.carriesForward), body.slice(r.mark.start, r.mark.end), r.mark.note ? body.slice(r.mark.note.start, r.mark.note.end) : '');
  return true;
}

/** A listed row's request and its status after the last dash a status follows (offsets in `body`). */
function listedRow(body: string): { readonly ref: string; readonly mark: StatusMark } | undefined {
  const cuts: Array<{ at: number; end: number }> = [];
  ROW_DASH.lastIndex = 0;
  for (let d = ROW_DASH.exec(body); d; d = ROW_DASH.exec(body)) cuts.push({ at: d.index, end: d.index + d[0].length });
  for (let k = cuts.length - 1; k >= 0; k--) {
    const rest = body.slice(cuts[k].end);
    const mark = readStatusPhrase(rest);
    if (!mark || mark.start !== 0) continue;
    const ref = body.slice(0, cuts[k].at).trim();
    // the request's words: a status after a name or a date alone reviews nothing
    if (!/[a-z]{2,}[ \t]+[a-z]{2,}/i.test(ref)) return undefined;
    return { ref, mark: shiftMark(mark, cuts[k].end) };
  }
  return undefined;
}

/**
 * Whether the row at segment i stands in a list led as a review: up the lines above it, each a row
 * with its dash (no blank line between), to a lead ending in a colon that heads a review, or to the
 * head of the item or of its sub-item whose title is one.
 */
function ledAsReview(state: ParseState, i: number, item: ItemBuilder): boolean {
  const subs = item.subItems;
  const sub = subs && subs.length > 0 ? subs[subs.length - 1] : undefined;
  for (let k = i - 1; k >= 0 && k >= i - LEAD_SEGMENTS; k--) {
    const s = state.segs[k];
    if (s.line !== state.segs[k + 1].line - 1 && s.line !== state.segs[k + 1].line) return false;
    if (s.line === item.headRange.start.line) return isReviewTitle(item.title);
    if (sub && s.line === sub.headRange.start.line) return isReviewTitle(sub.title);
    const t = s.text;
    if (t.length === 0 || s.bullet) return false;
    if (t.endsWith(':')) return t.length <= 120 && isReviewTitle(t);
    if (!MAY_DASH.test(t)) return false;
  }
  return false;
}

/** `PT: done`: an owner (initials or a name) and a colon before the owner's status. */
const OWNER_LED = /^([A-Z][A-Za-z.'’-]{0,20}(?:[ \t]+[A-Z][A-Za-z.'’-]{0,20}){0,2})[ \t]*:[ \t]*/;
/** Where one owner's status ends and the next may start: a spaced dash or a semicolon. */
const PART_END = /[ \t]+[–—-][ \t]+|;[ \t]*/g;

/**
 * `done, lock replaced 2 May`, `PT: done – GH: doing, one more session`: plain status words as a
 * list's owners write them after the action's dash, one status, or one per owner (each after its
 * owner and a colon, parted by a dash or a semicolon). What follows an unowned status is its note.
 * The marks, offsets in `text`; undefined when the words open with no status.
 */
function plainStatuses(text: string): StatusMark[] | undefined {
  const out: StatusMark[] = [];
  for (let at = 0; at < text.length;) {
    const owner = OWNER_LED.exec(text.slice(at));
    // after the first status only another owner's starts a status: other words are its note
    if (out.length > 0 && !owner) break;
    const from = at + (owner ? owner[0].length : 0);
    PART_END.lastIndex = from;
    const sep = owner ? PART_END.exec(text) : null;
    const mark = readStatusPhrase(text.slice(from, sep ? sep.index : text.length));
    if (!mark || mark.start !== 0) break;
    out.push(shiftMark(mark, from));
    if (!sep) break;
    at = sep.index + sep[0].length;
  }
  return out.length > 0 ? out : undefined;
}

/** The review's statuses from `marks` (offsets in `text`), each by the list's number `ref`. */
function pushPlain(state: ParseState, seg: Segment, last: Segment, ref: string, text: string, marks: readonly StatusMark[]): void {
  const m = state.ensureMeeting(seg);
  for (const s of marks) push(state, m, seg, last, ref, reviewStatus(s, state.layout.carriesForward), text.slice(s.start, s.end), s.note ? text.slice(s.note.start, s.note.end) : '');
}

/**
 * The minute a council's review line reports on, opening it: `Min 1449 –`, `Minute 1451:`, `1453 –`.
 * The reference is the minute as printed, with its word (`Minute 98`, `Min 1449`, as MINUTE_REVIEW keeps it).
 */
const MINUTE_FIRST = /^((?:Min(?:ute)?\.?[ \t]+)?\d{1,5}(?:[./]\d{1,4})?)[ \t]*[-–—:][ \t]+\S/i;
/** The status in round brackets closing the line: `(Completed)`, `(Carried forward to November)`. */
const CLOSING_STATUS = /\(([^()]{2,60})\)$/;
/** The rest of a bracket the page wrapped, closing the next line: `meeting)` under `… (deferred to the January`. */
const BRACKET_CLOSED = /^[^()]{1,40}\)$/;

/**
 * `Min 1449 – Replacement bench, Church Green: installed 2 October. (Completed)`: in a review of earlier
 * actions, a line that names the minute it reports on first and closes with its status in brackets;
 * the bracket may wrap onto the next line (`Minute 101 – … (deferred to the January` / `meeting)`).
 */
function bracketedStatusLine(state: ParseState, i: number, wrapped: boolean): number {
  const seg = state.segs[i];
  const ref = MINUTE_FIRST.exec(seg.text);
  if (!ref || !inReview(state)) return DECLINE;
  const next = wrapped ? state.segs[i + 1] : undefined;
  if (wrapped && (!next || next.line !== seg.line + 1 || !BRACKET_CLOSED.test(next.text))) return DECLINE;
  const t = next ? `${seg.text} ${next.text}` : seg.text;
  const b = CLOSING_STATUS.exec(t);
  if (!b) return DECLINE;
  const said = b[1].trim();
  const mark = readStatusPhrase(said);
  // the bracket's words are the status and what it says of it (`Carried forward to November`), not a note in brackets
  if (!mark || mark.start !== 0) return DECLINE;
  const last = next ?? seg;
  push(state, state.ensureMeeting(seg), seg, last, ref[1], reviewStatus(mark, state.layout.carriesForward), said.replace(/\s+/g, ' '), '');
  return finish(state, i, next ? 1 : 0);
}

/** A numbered list's line, its indent and number. */
const NUMBERED_LINE = /^([ \t]*)(\d{1,3})[.)][ \t]/;
/** A dash that parts a list line's words (`KD – ask …`, `… (from April) – carry`). */
const SPACED_DASH = /[ \t]+[–—-][ \t]+/g;

/**
 * `  1. KD – ask the water company for a meter reading schedule (from Feb)` / `     – done`: in a
 * review's numbered list, the status its owners wrote on a dashed line indented under the action
 * (`– PT: done – GH: doing, one more session`), by the list's number. The action's words may wrap
 * onto lines between.
 */
function statusUnder(state: ParseState, i: number): number {
  if (!inReview(state)) return DECLINE;
  const seg = state.segs[i];
  const dash = /^([ \t]*)[–—-][ \t]/.exec(state.lines[seg.line]);
  if (!dash) return DECLINE;
  let ref: string | undefined;
  for (let l = seg.line - 1; l >= 0 && l >= seg.line - 4 && ref === undefined; l--) {
    const line = state.lines[l];
    const n = NUMBERED_LINE.exec(line);
    if (n) {
      if (n[1].length >= dash[1].length) return DECLINE;
      ref = n[2];
    } else if (/^[ \t]*[–—*•+-][ \t]/.test(line)) return DECLINE;
    // a blank line, or the action's words wrapped: look on up
  }
  const marks = ref === undefined ? undefined : plainStatuses(seg.text);
  if (!marks) return DECLINE;
  pushPlain(state, seg, seg, ref!, seg.text, marks);
  return finish(state, i, 0);
}

/**
 * `4. SF – price a second compost bay (from April) – carry (SF away)`: in a review's numbered list,
 * the status its owner wrote after a dash at the end of the action's words (one status, or one per
 * owner), its note wrapped onto lines indented under it.
 */
function numberedStatusLine(state: ParseState, i: number): number {
  if (!inReview(state)) return DECLINE;
  const seg = state.segs[i];
  const n = LIST_NUMBER.exec(seg.text);
  if (!n) return DECLINE;
  const indent = indentOf(state, seg.line);
  let text = seg.text;
  let extra = 0;
  for (let k = i + 1; k < state.segs.length && k <= i + ROW_WRAP; k++) {
    const next = state.segs[k];
    if (next.line !== seg.line + (k - i) || next.bullet || next.text.length === 0 || indentOf(state, next.line) <= indent || NUMBERED_LINE.test(state.lines[next.line])) break;
    text = `${text} ${next.text}`;
    extra = k - i;
  }
  SPACED_DASH.lastIndex = n[0].length;
  for (let d = SPACED_DASH.exec(text); d; d = SPACED_DASH.exec(text)) {
    // the action's words come first: a status word after the owner's dash alone reviews nothing
    if (!/[a-z]{2,}[ \t]+[a-z]{2,}/i.test(text.slice(n[0].length, d.index))) continue;
    const at = d.index + d[0].length;
    const marks = plainStatuses(text.slice(at));
    if (!marks) continue;
    pushPlain(state, seg, state.segs[i + extra], n[1], text, marks.map((s) => shiftMark(s, at)));
    return finish(state, i, extra);
  }
  // a wiki's status icons after the action's sentence, on its line or wrapped onto the line under it
  // (`1. HB to write to …` ⏎ `HB: Symbol support vote.svg Done – …`, `3. TB to book … X mark.svg Cancelled`;
  // the icons first: most lists have none)
  if (text.indexOf('.svg') >= 0 || text.indexOf('.png') >= 0 || text.indexOf('.gif') >= 0 || text.indexOf('{{') >= 0) {
    const t = matchTrailingStatuses(text, n[0].length);
    if (t) {
      const m = state.ensureMeeting(seg);
      for (const s of t.statuses) push(state, m, seg, state.segs[i + extra], n[1], reviewStatus(s.mark, state.layout.carriesForward), wordOf(text, s.mark), s.mark.note ? text.slice(s.mark.note.start, s.mark.note.end) : '');
      return finish(state, i, extra);
    }
  }
  return DECLINE;
}

/** How far along its list a task's neighbours are looked at. */
const LIST_LINES = 30;

/**
 * Whether the task list holding `line` (the task lines next to it, at the same indent `at`) has a
 * task ticked or struck through (`- [x] …`): then the list reviews earlier actions, and an open box
 * in it that gives an action (`- [ ] @mira-s to write …`, not a name in a ticked attendance list) is
 * an action still open. A list of new actions has only open boxes, some carried forward into it.
 */
function amongTicked(state: ParseState, line: number, at: number): boolean {
  for (const dir of [-1, 1]) {
    for (let l = line + dir, n = 0; l >= 0 && l < state.lines.length && n < LIST_LINES; l += dir, n++) {
      const c = matchCheckbox(state.lines[l]);
      if (!c || c.start !== at) break;
      if (c.status === 'done' || c.status === 'dropped') return true;
    }
  }
  return false;
}

/** An action log with a status column: each row's status, by its reference. */
function actionLog(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const from = seg.line;
  // the header first, on the dozen lines it can span: most lines that pass MAY_REVIEW are no header
  if (!matchActionTableHeader(state.lines.slice(from, Math.min(state.lines.length, from + 12)).join('\n'), 0)) return DECLINE;
  // (never past the next item's head: the table nested in an item ends with it)
  const to = nextItemLine(state, i, Math.min(state.lines.length, from + TABLE_LINES));
  let text = state.lines.slice(from, to).join('\n');
  let table = readActionTable(text, 0);
  if (!table || table.rows.length === 0) return DECLINE;
  // the lines of the document the text holds, one a line of the text (the page's footer left out where the log goes on past it)
  let kept: readonly number[] | undefined;
  // (an item's head under the last row with no blank between, `AT-26-08 …` ⏎ `50/26⇥PRESENTATION …`: the log ends above it)
  const head = headUnderRows(state, i, text, from, table);
  if (head > from) {
    text = state.lines.slice(from, head).join('\n');
    table = readActionTable(text, 0);
    if (!table || table.rows.length === 0) return DECLINE;
  } else {
    const over = overFooter(state, from, to, text, table);
    if (over) ({ text, table, kept } = over);
  }
  // a log with no status column gives each status at the head of its update (`Complete – circulated
  // 3rd Feb`, `c/f to summer term`): a review under a heading that reviews the earlier actions, by reference
  // (or under a lead that does, inside another item: `3.2 Matters arising – action log:` under the minutes' approval)
  const updated = !table.header.columns.includes('status') && table.header.columns.includes('update') && table.header.columns.includes('ref') && !!state.item && (isReviewTitle(state.item.title) || listInReview(state, i));
  if (!table.header.columns.includes('status') && !updated) return DECLINE;
  // a log without a reference column (`| Action | Owner | Status |`) names each action by its words:
  // a review only under a heading that reviews the earlier actions (a table of new actions may have a status column too)
  const byWords = !table.header.columns.includes('ref');
  if (byWords && !listInReview(state, i)) return DECLINE;
  const m = state.ensureMeeting(seg);
  const lineOf = (at: number): number => (kept ? kept[countNewlines(text, at)] : from + countNewlines(text, at));
  const statusCol = table.header.columns.indexOf(updated ? 'update' : 'status');
  for (const row of table.rows) {
    // (by its words: the whole of them, wrapped over the row's lines: `Investigate freedom camping` ⏎ `signage at Ōkiwi Bay`)
    const task = byWords ? row.task : undefined;
    const ref = row.ref ?? task?.[0];
    if (!ref) continue;
    const refText = row.ref || !task ? text.slice(ref.start, ref.end) : task.map((p) => text.slice(p.start, p.end).trim()).reduce((a, b) => joinLines(a, b));
    const rowSeg = segAt(state, i, lineOf(row.start)) ?? seg;
    const lastSeg = segAt(state, i, lineOf(row.end)) ?? rowSeg;
    if (updated) {
      const cell = row.cells[statusCol]?.[0];
      const mark = cell && readStatusPhrase(text.slice(cell.start, cell.end));
      // an update that opens with no status word (`Circulated on 3rd Feb`) gives none
      if (!mark || mark.start !== 0) continue;
      const at = shiftMark(mark, cell.start)!;
      // (where it puts the action off to wrapped onto the row's next line: `Deferred to 2027` ⏎ `programme`)
      const wrapped = wrappedStatus(text, row.cells[statusCol]);
      push(state, m, rowSeg, lastSeg, refText, reviewStatus(wrapped?.carried ? { ...at, carried: true } : at, state.layout.carriesForward), wrapped?.written ?? text.slice(at.start, at.end), wrapped?.note ?? (at.note ? text.slice(at.note.start, at.note.end) : ''));
      continue;
    }
    // a mark of the log's legend alone (`◔` under `Key: … ◔ in hand`): read by the legend's word, before any reading of its own
    const keyCell = row.cells[statusCol]?.[0];
    const keyed = keyCell && keyedStatus(text.slice(keyCell.start, keyCell.end), state.layout.letterKey);
    if (keyed) {
      const at = shiftMark(keyed, keyCell.start);
      const status = reviewStatus(at, state.layout.carriesForward);
      // (`⇨` / `January 2027`: where a deferral puts the action, wrapped under the mark, is part of its words)
      const to = status === 'carried forward' ? row.cells[statusCol].slice(1).map((p) => text.slice(p.start, p.end).trim()).filter((w) => w.length > 0) : [];
      push(state, m, rowSeg, lastSeg, refText, status, [text.slice(at.start, at.end), ...to].join(' '), '');
      continue;
    }
    if (row.status) {
      const wrapped = wrappedStatus(text, row.cells[statusCol]);
      push(state, m, rowSeg, lastSeg, refText, reviewStatus(wrapped?.carried ? { ...row.status, carried: true } : row.status, state.layout.carriesForward), wrapped?.written ?? wordOf(text, row.status), wrapped?.note ?? (row.status.note ? text.slice(row.status.note.start, row.status.note.end) : ''));
      continue;
    }
    // a status per owner in the one cell (`HB Yes check.svg Done; OT Symbol wait.svg Doing`): one review each, by the row's reference,
    // the cell's lines each read (`ER: tick.png Done` ⏎ `SM: hourglass.png In progress`, the row wrapped)
    for (const cell of row.cells[statusCol] ?? []) {
      // or in plain words after each owner's name (`Sofia: complete; Rahul: open`)
      const plain = plainStatuses(text.slice(cell.start, cell.end));
      const owned = matchOwnerStatuses(text.slice(cell.start, cell.end)) ?? (plain && plain.length > 1 ? plain.map((mark) => ({ mark })) : undefined);
      for (const s of owned ?? []) {
        const at = shiftMark(s.mark, cell.start);
        push(state, m, rowSeg, lastSeg, refText, reviewStatus(at, state.layout.carriesForward), wordOf(text, at), at.note ? text.slice(at.note.start, at.note.end) : '');
      }
    }
  }
  return finish(state, i, consumedTo(state, i, lineOf(table.end)));
}

/**
 * The line of an item's head that the log read as one more row (`50/26⇥PRESENTATION BY …` right under
 * `AT-26-08⇥Letter to …`): a row whose reference starts an item in the minutes' numbering and is written
 * in another shape than the log's first (letters, figures and the marks between them); -1 when none.
 * A log whose references are minute numbers (`081/22`), its first row an item's head too, ends where it did.
 */
function headUnderRows(state: ParseState, i: number, text: string, from: number, table: NonNullable<ReturnType<typeof readActionTable>>): number {
  const first = table.rows[0].ref;
  if (!first) return -1;
  const opensItem = (at: number): boolean => {
    const line = from + countNewlines(text, at);
    let k = i;
    while (k < state.segs.length && state.segs[k].line < line) k++;
    return k < state.segs.length && state.segs[k].line === line && startsItem(state, state.segs[k]);
  };
  // (a log by the minutes that set its actions, `048/26`, `051/26(b)`: its rows read as items' heads all)
  if (opensItem(first.start)) return -1;
  const shape = refShape(text.slice(first.start, first.end));
  for (let k = 1; k < table.rows.length; k++) {
    const ref = table.rows[k].ref;
    if (ref && refShape(text.slice(ref.start, ref.end)) !== shape && opensItem(ref.start)) return from + countNewlines(text, ref.start);
  }
  return -1;
}

/**
 * `FU-25-17⇥…⇥Deferred to` ⏎ ⏎ `Public Board Meeting Minutes – October 21, 2025⇥⇥Page 1 of 3` ⏎ ⏎ `FU-25-19⇥…⇥Withdrawn –`:
 * the page's footer (debris), with the blank lines about it, between two rows of the log: the log read again without
 * them, with the lines of the document its text holds. Undefined when the log does not go on past a footer: the line
 * after it opens with a reference of the shape of the last row's.
 */
function overFooter(state: ParseState, from: number, to: number, text: string, table: NonNullable<ReturnType<typeof readActionTable>>): { text: string; table: NonNullable<ReturnType<typeof readActionTable>>; kept: number[] } | undefined {
  const debris = state.layout.debrisLines;
  const lastRef = table.rows[table.rows.length - 1].ref;
  if (debris.size === 0 || !lastRef) return undefined;
  const blank = (l: number): boolean => l >= 0 && l < state.lines.length && state.lines[l].trim().length === 0;
  // the first line past the table's end: blanks, then a footer's lines, then blanks, then a row
  let l = from + countNewlines(text, table.end) + 1;
  while (l < to && blank(l)) l++;
  if (l >= to || !debris.has(l)) return undefined;
  while (l < to && (debris.has(l) || blank(l))) l++;
  const next = l < to ? /^[ \t]*(\S+)/.exec(state.lines[l]) : null;
  if (!next || refShape(next[1]) !== refShape(text.slice(lastRef.start, lastRef.end))) return undefined;
  const kept: number[] = [];
  for (let k = from; k < to; k++) {
    // (a blank line keeps the log's end where it was: only a footer and the blanks next to it are left out)
    if (debris.has(k) || (blank(k) && (debris.has(k - 1) || debris.has(k + 1) || (blank(k - 1) && debris.has(k - 2)) || (blank(k + 1) && debris.has(k + 2))))) continue;
    kept.push(k);
  }
  const joined = kept.map((k) => state.lines[k]).join('\n');
  const again = readActionTable(joined, 0);
  return again && again.rows.length > table.rows.length ? { text: joined, table: again, kept } : undefined;
}

/** A reference's shape: each run of letters one `A`, each run of figures one `9`, the marks between as written (`AT-26-04` → `A-9-9`). */
function refShape(ref: string): string {
  return ref.trim().replace(/\p{L}+/gu, 'A').replace(/\d+/g, '9');
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < end; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

/** The last segment on `line` from i on. */
function segAt(state: ParseState, i: number, line: number): Segment | undefined {
  let found: Segment | undefined;
  for (let k = i; k < state.segs.length && state.segs[k].line <= line; k++) if (state.segs[k].line === line) found = state.segs[k];
  return found;
}

// gate: a dash on the line, and a lead above it (its own first tests)
// gate: MAY_DASH's dash (keywords.ts H_DASH: an en or em dash, or a hyphen between spaces)
export const LISTED_STATUS: InlineRecogniser = { name: 'listed-status', needs: H_DASH, run: listedStatusRow };

// gate: a letter first (two capitals: `capitalLedStatus`), in an item whose title reviews the actions
export const CAPITAL_STATUS: InlineRecogniser = { name: 'capital-status', starts: startLetters('abcdefghijklmnopqrstuvwxyz'), needs: C_REVIEW, run: capitalLedStatus };

// gate: the action keyword (after a list's number or bold marks)
export const TRAILING_STATUS: InlineRecogniser = { name: 'trailing-status', starts: startLetters('a') | S_DIGIT | S_MARK, needs: W_ACTION, run: trailingStatusLine };

/** The letters REVIEW_WORDS open with: a line that is no bullet and opens with another letter opens no review but a tracker's row. */
const REVIEW_LETTERS = startLetters(REVIEW_WORDS.map((w) => w[0]).join(''));

// gate: a task's `[`, a paragraph's number (`(1).`, `2.`), MAY_REVIEW's first characters (REVIEW_WORDS' letters;
// `{{`, `~~`, `|` are others), and any bullet (an owner's initials before the status under a numbered action,
// `PT: done`, a status word or the action's words may open one)
export const STATUS_REVIEW: Recogniser = { name: 'status-review', phases: ['header', 'people', 'agenda', 'body'], starts: REVIEW_LETTERS | S_BULLET | S_OPEN | S_HASH | S_DIGIT | S_OTHER, run: statusReview };

/**
 * A tracker's lettered reference opening a row (`BR-25-04   Parking enforcement … – Completed.`,
 * `HS19/1  …: done`): a row of its report on earlier actions (trackerRow). Asked before the status
 * review, as the review asked it first of a line that opens with a capital.
 */
export function trackerLetteredRow(state: ParseState, i: number): number {
  const t = state.segs[i].text;
  const c = t.charCodeAt(0);
  const ref = c >= 65 && c <= 90 ? trackerRef(t) : undefined;
  return ref ? trackerRow(state, i, ref) : DECLINE;
}

// gate: the reference's capital first, and its digits
export const TRACKER_ROW: Recogniser = { name: 'tracker-row', phases: ['header', 'people', 'agenda', 'body'], needs: H_CAPITAL_START | H_DIGIT, run: trackerLetteredRow };
