/**
 * An action log printed without its header under an item that reviews the earlier actions
 * (`CS26/04 ACTIONS FROM PREVIOUS MEETINGS`), one row a line, its cells parted by tabs:
 * `CS25/61<TAB>Replace noticeboard glass<TAB>Clerk<TAB>Complete` (forms/statuses.ts `matchStatusRow`).
 * Each row is the board's review of that action, kept with the meeting's `statusReviews` by the
 * reference as printed; the row is wholly that (no new action is read in it). A log with its header
 * row is `status-review`'s (recognisers/statusReviews.ts). A university council's review prints a
 * paragraph a minute: `UC/24/18.1 UC/24/06.2 (cyber security training for members): completed; …`.
 */
import { matchMinuteReview, matchStatusRow, reviewStatus, shiftMark, trackerRef } from '../../forms';
import { dashedRef, matchBracketedStatus, matchStatusHeading, readStatusPhrase } from '../../forms/statuses';
import { isReviewTitle, titleLeadsReview } from '../../forms/priorActions';
import { namesEarlierMeetingActions } from '../../forms/closingActionTable';
import type { StatusRow } from '../../forms/statuses';
import type { InlineRecogniser, Line } from './inline';
import type { ItemBuilder } from '../builders';
import type { Segment } from '../../text';
import type { DateOrder } from '../../dates';
import { C_REVIEW_LEAD, H_GAP, S_BULLET, W_STATUS } from './keywords';
import { join, paragraphRange, readBackward, readForward, segIndex, type Paragraph } from './paragraphs';
import { isSpaceOrTab } from '../../unitClass';

/** A review's paragraph may open so: a list's mark, the minute's word, a reference (cheap first test; `QSEC(25)`: a committee's year in brackets). */
const MAY_OPEN = /^[ \t]*(?:\(?[\da-z]{1,3}[.)]+[ \t]+)?(?:(?:minute|min\.?|item)[ \t]+(?:no\.?[ \t]*)?)?(?:[A-Z]{0,5}[/.]?|[A-Z]{2,5}[ ]|[A-Z]{2,6}[ ]?\()\d/i;

/** A review's paragraph that names the earlier minute in words: `a) Minute 418 c) …`, `(1). Minute 49/24 – …`. */
const NAMED = /^[ \t]*(?:\(?[\da-z]{1,3}[.)]+[ \t]+)?(?:minute|min\.?|item)[ \t]/i;

export function statusRow(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  const bySub = subItemReview(line);
  if (bySub !== undefined) return bySub;
  // under a title (or the sub-item's) that leads no review neither a row nor a wrapped review is
  // kept: the title first (one answer an item), before the patterns; else a lead-in line above in
  // the item (`Officer updates on actions from previous meetings:` under the last minutes' approval),
  // looked for over a few lines above, only on a line with a status word (the row's gate)
  const titled = itemLeadsReview(line) || subItemLeadsReview(item, seg.line);
  // a row of cells (a reference, the action, its status last) under any title that reviews the
  // actions (`Review of action items`), a looser title than a paragraph's review needs
  // (the title first; the line's signature says whether it has a tab or a gap)
  const rowsOnly = !titled && !leadAbove(line);
  if (rowsOnly && !isReviewTitle(item.title)) return false;
  const celled = (line.words & H_GAP) !== 0;
  if (rowsOnly && !celled) return false;
  // (an entry that closes with its status in brackets, `… Circulated on 12 February. [CLOSED]`: the entry read back to its
  // reference; the line read on, as the minute it names is a reference too)
  if (!rowsOnly && body.indexOf('[') >= 0 && bracketedEntry(line)) return false;
  // the row's gate has found a status word; a row has a tab between its cells, a review's paragraph
  // names the minute and gives its status after a colon (`UC/24/06.2 (…): completed; …`, `(1).<TAB>Minute 49/24 – …: complete.`)
  const row = celled ? matchStatusRow(body, state.layout.letterKey) : undefined;
  if (rowsOnly && !row) return false;
  const r = row ?? (MAY_OPEN.test(body) ? matchMinuteReview(body) : undefined);
  // (a row that opens with its reference alone, `CAB 78 – … – deferred to` / `April 2026 …`, runs on as one that names it)
  if (!r) { if (!wrappedReview(line) && (NAMED.test(body) || MAY_OPEN.test(body))) runsOnReview(line); return false; }
  // (`Carried forward to` ⏎ `⇥⇥⇥⇥Autumn 1`: where it goes, wrapped into the column below)
  const wrapped = row && r.mark.note ? wrappedCell(state.lines[seg.line + 1], body, r.mark, state.layout.letterKey) : undefined;
  (meeting.statusReviews ??= []).push({
    ref: body.slice(r.ref.start, r.ref.end), status: reviewStatus(r.mark, state.layout.carriesForward),
    written: wrapped?.written ?? body.slice(r.mark.start, r.mark.end), note: wrapped ? wrapped.note : r.mark.note ? body.slice(r.mark.note.start, r.mark.note.end) : '',
    range: state.r(seg, from + r.ref.start, from + r.mark.end),
  });
  // a row, or a paragraph opening with the review's own number (`UC/24/18.1 UC/24/06.2 (…)`), is
  // wholly the review; one that names the minute in words is read on (`Minute 418 c)` is a reference
  // too), and so is one that opens with the minute in the board's own form (`CAB 71(2) – …`)
  return row !== undefined || !(NAMED.test(body) || /^[A-Z]{2,5}[ ]\d/.test(body.slice(r.ref.start, r.ref.end)));
}


/** The words a status leaves hanging at its cell's end, which the page wrapped onto the line below (`Carried forward to`, `Deferred until`). */
const HANGING = /^(?:to|until|till)$/i;

/**
 * A row's status cell whose phrase the page wrapped (`Carried forward to` ⏎ `⇥⇥⇥⇥Autumn 1`): the next line
 * is the row's run-on (it starts blank and is no row of its own), its last cell the rest of the phrase.
 * The status as written and its note, read again over the joined words; undefined when nothing hangs.
 */
function wrappedCell(next: string | undefined, body: string, mark: StatusRow['mark'], letterKey: Parameters<typeof matchStatusRow>[1]): { written: string; note: string } | undefined {
  if (next === undefined || !mark.note || !HANGING.test(body.slice(mark.note.start, mark.note.end).trim())) return undefined;
  if (!isSpaceOrTab(next.charCodeAt(0))) return undefined;
  const tab = next.lastIndexOf('\t');
  const cell = tab < 0 ? '' : next.slice(tab + 1).trim();
  if (cell.length === 0 || cell.length > 60 || matchStatusRow(next, letterKey) !== undefined) return undefined;
  const joined = `${body.slice(mark.start, mark.note.end).trimEnd()} ${cell}`;
  const again = readStatusPhrase(joined);
  if (!again || again.start !== 0 || again.end <= mark.note.end - mark.start) return undefined;
  return { written: joined.slice(0, again.end), note: again.note ? joined.slice(again.note.start, again.note.end) : '' };
}

/** A tracker entry's reference opening its first line: `88(2)`, `97`, `Ct/2425/06(b)`, `PC24/031` (a committee's letters with its year), the action's words after it. */
const ENTRY_REF = /^[ \t]*((?:[A-Z][A-Za-z]{0,4}\d{0,4}[/.])*\d{1,4}(?:[./-]\d{1,4}){0,3}(?:\([a-z0-9]{1,3}\))?)[ \t]+(?=\S)/;
/** How many lines above its status an entry may start (its action, owner and note wrapped). */
const ENTRY_LINES = 6;

/**
 * `88(2)   Missed collections data … – Head of Waste and Street Scene. Circulated on` / `12 February
 * 2026. [CLOSED]`: in a review, a tracker's entry whose status closes it in square brackets
 * (forms/statuses.ts `matchBracketedStatus`; the brackets may wrap onto the next line, `[Deferred to
 * the` / `2027 meeting]`). The entry is read back to its first line, which opens with the reference:
 * the line after a blank, a lead ending in a colon, or the entry above closing its brackets.
 */
function bracketedEntry(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  const i = segIndex(state, seg);
  if (i < 0 || from !== 0) return false;
  let text = body;
  let last = seg;
  const next = state.segs[i + 1];
  if (body.indexOf(']', body.lastIndexOf('[')) < 0) {
    if (!next || next.line !== seg.line + 1 || next.text.length === 0) return false;
    text = `${body} ${next.text}`;
    last = next;
  }
  const mark = matchBracketedStatus(text);
  if (!mark) return false;
  const head = item.headRange.start.line;
  let first = seg.line;
  for (let l = seg.line - 1; l > head && l >= seg.line - ENTRY_LINES; l--) {
    const raw = state.lines[l].trim();
    if (raw === '' || /[\]:][ \t]*\.?$/.test(raw)) break;
    first = l;
  }
  let k = i;
  while (k > 0 && state.segs[k - 1].line >= first) k--;
  const start = state.segs[k];
  const r = ENTRY_REF.exec(start.text);
  // the action's words between the reference and the status: a reference alone before a status reviews nothing
  if (!r || (start === seg && !/[a-z]{2,}[ \t]+[a-z]{2,}/i.test(body.slice(r[0].length, mark.start)))) return false;
  const rs = r[0].indexOf(r[1]);
  const end = mark.end <= body.length ? state.pos(seg, mark.end) : state.pos(last, mark.end - body.length - 1);
  (meeting.statusReviews ??= []).push({
    ref: r[1], status: reviewStatus(mark, state.layout.carriesForward),
    written: text.slice(mark.start, mark.end), note: mark.note ? text.slice(mark.note.start, mark.note.end) : '',
    range: { start: state.pos(start, rs), end },
  });
  return true;
}

/** How many lines a matters arising's sub-item runs over, at most, to its status. */
const SUB_LINES = 8;
/** A line that opens a decimal sub-item of its own (`4.2 `), which ends the one above. */
const SUB_OPENS = /^[ \t]*\d{1,3}\.\d{1,2}\.?[ \t]/;
/** A line ending in a reference's word (`… see item` ⏎ `7.1. ONGOING.`): the number on the next line is the reference, no sub-item. */
const REFERS_ON = /(?:^|[^A-Za-z])(?:items?|minutes?|sections?|paragraphs?|para\.?|clauses?|bylaws?|by-laws?|see)$/i;

/**
 * `4.3 Path signage survey – AG had not started the survey owing to snow. Carry` ⏎ `forward.`: under an item that
 * reviews the earlier actions (`Matters Arising`), a sub-item whose title ends at a dash and whose paragraph closes
 * with the status as a sentence of its own (`Complete.`, `Carry forward.`, `Dropped.`, `Ongoing.`). The matters arising
 * print no reference: the earlier action is the sub-item's title. Undefined when the line stands in no such sub-item
 * (the other reviews' forms are asked); else whether the review was read on this line, where its status starts.
 */
function subItemReview(line: Line): boolean | undefined {
  const { state, seg, item, meeting } = line;
  const subs = item.subItems;
  const sub = subs && subs.length > 0 ? subs[subs.length - 1] : undefined;
  const headLine = sub?.headRange.start.line ?? -1;
  if (!sub || headLine > seg.line || seg.line - headLine > SUB_LINES || !titleLeadsReview(item.title)) return undefined;
  const raw = state.lines[headLine] ?? '';
  const titleEnd = sub.titleRange?.end.character ?? -1;
  if (titleEnd < 0 || sub.titleRange!.end.line !== headLine || !/^[ \t]+[–—-][ \t]/.test(raw.slice(titleEnd))) return undefined;
  const i = segIndex(state, seg);
  let first = i;
  while (first > 0 && state.segs[first].line > headLine) first--;
  if (i < 0 || state.segs[first].line !== headLine) return undefined;
  // the sub-item's lines: up to a blank line, the next sub-item's or a gap in the page (a footer stepped over)
  let last = first;
  for (let k = first + 1, below = state.segs[first].line; k < state.segs.length && k - first <= SUB_LINES; k++) {
    const s = state.segs[k];
    if (s.line !== below + 1 || s.text.trim().length === 0 || (SUB_OPENS.test(s.text) && !REFERS_ON.test(state.segs[k - 1].text.trimEnd().slice(-12)))) break;
    last = k;
    below = s.line;
  }
  if (last < i) return false;
  const p = join(state, first, last);
  const text = p.text.trimEnd();
  // the closing sentence: after the last stop before the paragraph's own, the status alone with its stop
  const body = text.replace(/[.!]$/, '');
  const stop = Math.max(body.lastIndexOf('. '), body.lastIndexOf('; '), body.lastIndexOf('! '));
  if (stop < 0) return false;
  let start = stop + 2;
  while (start < body.length && isSpaceOrTab(body.charCodeAt(start))) start++;
  const mark = readStatusPhrase(body.slice(start));
  if (!mark || mark.start !== 0 || mark.end !== body.length - start || mark.note) return false;
  const at = start + mark.start;
  // (read where the status starts: `Carry` ⏎ `forward.` on the line of `Carry`)
  const piece = p.pieces.findIndex((x, k) => x.at <= at && (k + 1 === p.pieces.length || p.pieces[k + 1].at > at));
  if (piece < 0 || p.pieces[piece].seg !== seg) return false;
  const ref = p.text.indexOf(sub.title);
  if (ref < 0) return false;
  const end = start + mark.end;
  (meeting.statusReviews ??= []).push({
    ref: sub.title, status: reviewStatus(mark, state.layout.carriesForward),
    written: body.slice(start, end), note: '',
    range: paragraphRange(state, p, ref, end),
  });
  return true;
}

/** Whether the sub-item the line stands under heads the review (`8.1  Outstanding Resolutions Report` under `8 GENERAL MANAGER'S REPORTS`). */
function subItemLeadsReview(item: ItemBuilder, line: number): boolean {
  const subs = item.subItems;
  const sub = subs && subs.length > 0 ? subs[subs.length - 1] : undefined;
  return sub !== undefined && sub.headRange.start.line <= line && titleLeadsReview(sub.title);
}

/**
 * `c) Minute 424 a) (review of assessment load in Level 3 programmes):` / `deferred to the May
 * meeting.`: the page wrapped the paragraph, and the status stands on a line of its own; the
 * paragraph read back to its start names the minute. Only a status on this line counts (one on a
 * line above was read there). The rest of a wrapped paragraph starts in lower case, or goes on a
 * line left open (`Min 44/24(b) – … to be reported to` / `Committee – Done (see Minute 63/24)`).
 */
function wrappedReview(line: Line): boolean {
  const { state, seg, body, item } = line;
  const c = body.charCodeAt(0);
  const lower = c >= 0x61 && c <= 0x7a;
  if (!lower && (c < 0x41 || c > 0x5a)) return false;
  // (a sub-item's review is not read on)
  if (!itemLeadsReview(line) && !leadAbove(line)) return false;
  const i = segIndex(state, seg);
  if (i <= 0) return false;
  if (!lower) {
    const above = state.segs[i - 1];
    if (above.line !== seg.line - 1 || above.text.length === 0 || /[.;:!?)][ \t]*$/.test(above.text)) return false;
    // (`Minute 9 (…) – Complete` ⏎ `Bench at Mill Green – Complete`: the row above ended with its status, read; this is a row of its own)
    const reviews = line.meeting.statusReviews;
    const last = reviews && reviews.length > 0 ? reviews[reviews.length - 1].range.end : undefined;
    if (last && last.line === above.line && (state.lines[above.line] ?? '').slice(last.character).trim().length === 0) return false;
  }
  const p = readBackward(state, i, true, item.headRange.start.line);
  if (!p || p.pieces.length < 2) return false;
  if (reviewEnding(line, p, p.pieces.length - 1)) return true;
  // the status word itself wrapped (`… in writing. CARRIED` / `FORWARD.`): the paragraph read on to the next line, the status starting on this one
  const next = state.segs[i + 1];
  if (!next || next.line !== seg.line + 1 || next.text.length === 0 || /[.;:!?)][ \t]*$/.test(body)) return false;
  const on = readBackward(state, i + 1, true, item.headRange.start.line);
  return on !== undefined && on.pieces.length === p.pieces.length + 1 && reviewEnding(line, on, p.pieces.length - 1);
}

/** The review of paragraph `p` (its rows one under the other, the last opening with its minute) whose status starts in piece `last`: kept when read. */
function reviewEnding(line: Line, p: Paragraph, last: number): boolean {
  let k = p.pieces.length - 2;
  while (k > 0 && !MAY_OPEN.test(p.text.slice(p.pieces[k].at))) k--;
  const at = p.pieces[k].at;
  const text = p.text.slice(at);
  if (!MAY_OPEN.test(text)) return false;
  const r = matchMinuteReview(text);
  if (!r || at + r.mark.start < p.pieces[last].at || (last + 1 < p.pieces.length && at + r.mark.start >= p.pieces[last + 1].at)) return false;
  pushReview(line, p, shiftRow(r, at));
  return true;
}

/** A review read in a slice of the paragraph, its offsets made the paragraph's. */
function shiftRow(r: StatusRow, by: number): StatusRow {
  return by === 0 ? r : { ref: { start: r.ref.start + by, end: r.ref.end + by }, mark: shiftMark(r.mark, by) };
}

/**
 * `Min 53/24(c) – Member training on viability assessments – Carried` / `forward to the new year
 * programme`: the status word the page wrapped runs on to the next line; the review read with the
 * line below, its status starting on this line.
 */
function runsOnReview(line: Line): void {
  const { state, seg, body } = line;
  if (/[.;:!?][ \t]*$/.test(body)) return;
  const i = segIndex(state, seg);
  if (i < 0) return;
  const p = readForward(state, i, line.from, 1);
  if (p.pieces.length < 2) return;
  const r = matchMinuteReview(p.text);
  if (!r || r.mark.start >= p.pieces[1].at || r.mark.end <= p.pieces[1].at) return;
  pushReview(line, p, r);
}

function pushReview(line: Line, p: Paragraph, r: StatusRow): void {
  const { state, meeting } = line;
  (meeting.statusReviews ??= []).push({
    ref: p.text.slice(r.ref.start, r.ref.end), status: reviewStatus(r.mark, state.layout.carriesForward),
    written: p.text.slice(r.mark.start, r.mark.end), note: r.mark.note ? p.text.slice(r.mark.note.start, r.mark.note.end) : '',
    range: paragraphRange(state, p, r.ref.start, r.mark.end),
  });
}

/**
 * Whether the item's title leads a review of earlier actions (`Matters arising`), or names the table of
 * an earlier meeting's actions (`TABLE OF ACTIONS FROM THE MEETING HELD ON 4 DECEMBER 2025` in the
 * February minutes): a title that names a meeting is told from this meeting's own list by its date.
 */
function itemLeadsReview(line: Line): boolean {
  const { state, item, meeting } = line;
  if (titleLeadsReview(item.title)) return true;
  // (a pure function of the title, the meeting's date and the order of dates: asked again of each line of the item, answered once)
  const iso = meeting.date?.iso;
  if (item.title !== namedTitle || iso !== namedIso || state.order !== namedOrder) {
    namedTitle = item.title; namedIso = iso; namedOrder = state.order;
    namesEarlier = namesEarlierMeetingActions(item.title, iso, state.order);
  }
  return namesEarlier;
}

/** The title `namesEarlierMeetingActions` was last asked of, with the meeting's date and the order of dates, and its answer. */
let namedTitle: string | undefined;
let namedIso: string | undefined;
let namedOrder: DateOrder | undefined;
let namesEarlier = false;

/** How many lines above a line its review's lead-in is looked for (rows wrap, blank lines part them). */
const LEAD_REACH = 16;

/**
 * Whether a lead-in line of a review stands above the line in its item (`Officer updates on actions
 * from previous meetings:`, `Actions from the last meeting:`): a short line ending in a colon whose
 * words head a review (forms/priorActions.ts `isReviewTitle`), no decision or other paragraph between.
 */
/** Whether `t` ends in a colon, less spaces and tabs after it (`Outstanding actions:`). */
function endsInColon(t: string): boolean {
  let e = t.length;
  while (e > 0 && isSpaceOrTab(t.charCodeAt(e - 1))) e--;
  return e > 0 && t.charCodeAt(e - 1) === 58;
}

function leadAbove(line: Line): boolean {
  const { state, seg, item } = line;
  const head = item.headRange.start.line;
  const i = segIndex(state, seg);
  const segs = state.segs;
  // the lines down from the line last asked in the item are looked at; above it, its own answer holds
  // (the nearest line that may be a lead-in, below the item's head, within reach: every line between
  // was looked at for it and is none): each line of an item with a status word was walked over anew
  const known = segs === leadSegs && head === leadHead && leadAsked >= 0 && i > leadAsked;
  let at = -1;
  for (let k = i - 1; k >= 0 && k >= i - LEAD_REACH; k--) {
    if (known && k < leadAsked) { at = leadAt >= i - LEAD_REACH ? leadAt : -1; break; }
    const s = segs[k];
    if (s.line <= head) break;
    const t = s.text;
    if (t.length === 0 || t.length > 120 || !endsInColon(t)) continue;
    at = k;
    break;
  }
  // (and whether that line heads a review, asked once a line: the item's title is asked between, so its last answer is not this one)
  const heads = known && at === leadAt ? leadHeads : at >= 0 && isReviewTitle(segs[at].text);
  if (i >= 0) { leadSegs = segs; leadHead = head; leadAsked = i; leadAt = at; leadHeads = heads; }
  return heads;
}

/**
 * The last line `leadAbove` was asked of: the segments and the item's head line it stood under, its
 * index, the nearest line above it that may be a lead-in (-1: none within reach below the head), and its answer.
 */
let leadSegs: readonly Segment[] | undefined;
let leadHead = -1;
let leadAsked = -1;
let leadAt = -1;
/** Whether the line at `leadAt` heads a review (`isReviewTitle`; false where there is none). */
let leadHeads = false;

/**
 * A log grouped under its statuses, with no status column (`Completed – recommended for closure` ⏎
 * `<TAB>CFC26/012<TAB>Publish revised scheme …<TAB>Board Secretary` ⏎ `In progress` ⏎ …), under an item
 * that reviews the actions: the heading's line is the group's, no status of its own; each row under it
 * is that action's review, with the heading's status (its words without the note after the dash).
 */
function groupedLog(line: Line): boolean {
  // (a heading needs a status word, a row a gap, a project's row its bullet: the line's signature and
  // its bullet first, before the item's title is asked)
  if (line.from !== 0 || (line.words & (W_STATUS | H_GAP)) === 0 && !line.seg.bullet) return false;
  const { state, seg, body, item, meeting } = line;
  if (!titleLeadsReview(item.title) && !isReviewTitle(item.title)) return false;
  // the heading: a status alone, a row of the log under it
  const heading = (line.words & W_STATUS) !== 0 && matchStatusHeading(body) !== undefined;
  const ref = !heading && (line.words & H_GAP) !== 0 ? trackerRef(body) : undefined;
  // (a project's notes: bullets `A-26-24 — @aroe — publish …` under a bold `✅ Done`, blank lines between)
  const dashed = !heading && !ref && seg.bullet ? dashedRef(body) : undefined;
  if (!heading && !ref && !dashed) return false;
  const i = segIndex(state, seg);
  if (i < 0) return false;
  if (heading) {
    const next = state.segs[i + 1];
    if (next !== undefined && next.line === seg.line + 1 && trackerRef(next.text) !== undefined) return true;
    const after = next !== undefined && next.text.length === 0 ? state.segs[i + 2] : next;
    return after !== undefined && after.bullet && dashedRef(after.text) !== undefined;
  }
  const row = ref ?? dashed;
  if (!row) return false;
  // the rows above in the group, up to its heading (a row the page wrapped is indented, as the rows are;
  // the bullets' groups part with blank lines)
  const head = item.headRange.start.line;
  for (let k = i - 1, below = seg.line; k >= 0 && k >= i - GROUP_REACH; k--) {
    const s = state.segs[k];
    if (s.line <= head) return false;
    if (dashed) {
      if (s.text.length === 0 || s.bullet && dashedRef(s.text)) continue;
    } else {
      if (s.line !== below - 1 || s.text.length === 0) return false;
      below = s.line;
      if (trackerRef(s.text) || s.offset > 0) continue;
    }
    const mark = matchStatusHeading(s.text);
    if (!mark && dashed && s.offset > 0 && !s.bullet) continue;
    if (!mark) return false;
    const at = row[0].indexOf(row[1]);
    (meeting.statusReviews ??= []).push({
      ref: row[1], status: reviewStatus(mark, state.layout.carriesForward),
      written: s.text.slice(mark.start, mark.end), note: mark.note ? s.text.slice(mark.note.start, mark.note.end) : '',
      range: state.r(seg, at, body.trimEnd().length),
    });
    return true;
  }
  return false;
}

/** How many lines above a row of a grouped log its heading is looked for. */
const GROUP_REACH = 40;

// (its first test, as a gate: a status word, a gap, or a bullet that began the line from its start; from
// elsewhere on the line, the gate's S_BULLET is never set and groupedLog declines before it reads a word)
// (and in an item whose title reviews the actions or leads a review, the title's test)
export const STATUS_GROUP: InlineRecogniser = { name: 'status-group', needs: C_REVIEW_LEAD, anyWords: W_STATUS | H_GAP, anyStarts: S_BULLET, run: groupedLog };

export const STATUS_ROW: InlineRecogniser = { name: 'status-row', needs: W_STATUS, run: statusRow };
