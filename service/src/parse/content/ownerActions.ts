/**
 * An `ACTION:` line that names only its owner (forms/actions.ts `ownerOnly`), as councils and
 * universities write it after what is to be done:
 * - `ACTION: Director of Transport` under a resolution: the resolution is the task;
 * - `Action: Vice-Chancellor` under a numbered paragraph (`2251.3 that … the Vice-Chancellor
 *   undertook to bring a scenario paper to the February meeting`): the paragraph is the task, and a
 *   due date in it (`February meeting`) is the action's;
 * - `Action: Director of Estates (carbon trajectory, February 2025)`: the task and the due date
 *   in the brackets.
 * Before `action-keyword`, which would take the owner's words for the task and find no owner.
 * Looks back only to the paragraph above, inside the open item (an item parsed again alone reads
 * the same).
 */
import { dueWordsStart } from '../../forms/dueDates';
import { matchActionLine, matchDecisionHeading, findDueDate, isNextMeeting, type ActionForm } from '../../forms';
import type { Action, Decision, Item, Mention } from '../../model';
import type { Range } from '../../types';
import { matchOwnerDueLine, matchOwnerLine, opensWithFieldLead } from '../../forms/ownerLines';
import { mayHoldFields } from '../../forms/actions';
import type { Segment } from '../../text';
import { CANONICAL } from '../../markup';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { takePartRequest, takeRestated } from './undertakings';
import { joinSegments, joinedRange, type Joined } from './joined';
import { endedAbove } from './paragraphs';
import { S_MARK, startLetters, W_ACTION, S_OPEN } from './keywords';

/** Cheap first test: the keyword opens the line. */
const MAY = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?action\b/i;
/** Cheap first test of the owner lines that do without the keyword (`Actioned by: Clerk`, `To action: KA`, `ACTION BY: Head of Internal Audit`). */
const MAY_LINE = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?(?:to[ \t]+(?:be[ \t]+)?action(?:ed)?|actioned|action[ \t]+by)\b/i;
/** The canonical fields (`Owner:`, `Due:`) are action-keyword's to read. */
const FIELDS = /\b(?:owners?|due(?:[ \t]+date)?)[ \t]*:/i;
/** A paragraph's own number (`2251.3`, `116.2`, a board's prefixed `UC/24/19.2`, `TB/22/116.1`) or part label (`(3)`), left out of the task. */
const PARAGRAPH_NUMBER = /^[ \t]*(?:(?:[A-Z]{1,4}\/\d{2,4}\/)?[A-Z]?\d{1,5}(?:\.\d{1,3})+\*?[ \t]+)/;
const PART_LABEL = /^[ \t]*\((?:\d{1,2}|[a-z])\)[ \t]/;
/** A part lettered in capitals with a stop (`A.⇥adopt …`), as a district council letters a resolution's parts under `That Council be recommended to:`. */
const CAPITAL_PART = /^[ \t]*[A-Z]\.[ \t]/;
/** A paragraph's label with or without its opening bracket (`(b)`, `b)`, `ii)`): where a paragraph starts, left out of the task. */
const PARAGRAPH_LABEL = /^[ \t]*\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})\)[ \t]+/;

/** The lines of the paragraph above segment k in the open item (blank lines and debris before it skipped). */
function paragraphAbove(state: ParseState, k: number, item: Item): Segment[] {
  const top = item.headRange.start.line;
  const debris = state.layout.debrisLines;
  const skip = (s: Segment): boolean => s.text.length === 0 || (debris.size > 0 && debris.has(s.line));
  let n = k - 1;
  while (n >= 0 && state.segs[n].line > top && skip(state.segs[n])) n--;
  const out: Segment[] = [];
  // a paragraph starts at a blank line, at its own number (`2251.3`, `(3)`), or under a heading
  // (`Noted`): a PDF's text has no blank lines between paragraphs
  while (n >= 0 && state.segs[n].line > top && !skip(state.segs[n]) && out.length < 12) {
    const s = state.segs[n--];
    if (matchDecisionHeading(s.text)) break;
    out.unshift(s);
    if (PARAGRAPH_NUMBER.test(s.text) || PARAGRAPH_LABEL.test(s.text)) return out;
  }
  // a paragraph with no number of its own: it starts where the writer ended the one above (a short
  // line ending its sentence, a list's last entry)
  for (let j = out.length - 1; j > 0; j--) if (out[j - 1].line === out[j].line - 1 && endedAbove(state, out[j - 1], out[j])) return out.slice(j);
  return out;
}

/** The task an owner standing alone takes: the resolution the paragraph above belongs to, else that paragraph. */
function taskAbove(state: ParseState, k: number, item: Item): { joined: Joined; start: number; end: number } | undefined {
  const para = paragraphAbove(state, k, item);
  if (para.length === 0) return undefined;
  const joined = joinSegments(para);
  const numbered = PARAGRAPH_NUMBER.exec(joined.text);
  const last = item.decisions[item.decisions.length - 1];
  const end = para[para.length - 1].line;
  // a part of a resolution (`(3) That a progress report …`), or a resolution that closes the
  // paragraph on a line of its own (`… the goalposts are unsafe.` / `RESOLVED to remove the goalposts …`);
  // a numbered paragraph that records a resolution (`19.2 Council RESOLVED to approve …`) gives the
  // resolution's words, not its subject's: the resolution is the task
  if (numbered && last && inParagraph(last, para[0].line, end)) {
    // the resolution's words as the paragraph prints them, to its end (a resolution read from its first line alone is the same task)
    const at = joined.text.indexOf(last.text, numbered[0].length);
    if (at >= 0) return { joined, start: at, end: joined.text.length };
    return { joined: { text: last.text, pieces: [] }, start: 0, end: last.text.length };
  }
  // (a resolution: what a body only NOTED or RECEIVED sets no one a task, the paragraph does)
  // (a resolution without parts opening the paragraph and read to its end, whose words set a deadline
  // (`be arranged before the summer recess`), is the paragraph's words after its keyword: read below
  // with its lines, where the deadline is the owner's due; a date it is to happen on or at is its own)
  const whole = last !== undefined && !last.parts && !last.inSentence && !last.asWritten && last.range.start.line === para[0].line && last.range.end.line >= end && DEADLINE.test(last.text);
  if (!numbered && last && !whole && RESOLVING.test(last.keyword.value) && (last.range.start.line <= para[0].line ? last.range.end.line >= end || ((PART_LABEL.test(para[0].text) || CAPITAL_PART.test(para[0].text)) && partOf(last)) : closes(state, last, para[0].line, end))) {
    const text = resolutionWords(last);
    return { joined: { text, pieces: [] }, start: 0, end: text.length };
  }
  // a report only NOTED or RECEIVED on a line of the paragraph, the request that sets the task on the lines after it
  // (`Senate received the Vice-Chancellor's report … RECEIVED` ⏎ `Members asked for the dashboard … to be circulated
  // with the October papers.` ⏎ `Action: Academic Registrar`): those lines are the task
  if (!numbered && last && ONLY_RECEIVED.test(last.keyword.value) && !RESOLVING.test(last.keyword.value) && last.range.start.line >= para[0].line && last.range.end.line < end) {
    const after = para.filter((s) => s.line > last.range.end.line);
    if (after.length > 0) {
      const rest = joinSegments(after);
      return { joined: rest, start: PARAGRAPH_LABEL.exec(rest.text)?.[0].length ?? 0, end: rest.text.length };
    }
  }
  // a resolution opening the paragraph whose reading stopped short of the paragraph's end (its words
  // wrapped where the next line starts with a name: `… the Children in` / `Care Council be arranged`):
  // the paragraph's words after the keyword, as the resolution's own would be
  const opening = !numbered && last && RESOLVING.test(last.keyword.value) && !last.inSentence && last.range.start.line === para[0].line ? keywordOpening(joined.text, last.keyword.value) : 0;
  return { joined, start: numbered ? numbered[0].length : opening || (PARAGRAPH_LABEL.exec(joined.text)?.[0].length ?? 0), end: joined.text.length };
}

/**
 * Whether a labelled paragraph (`(3) That a progress report …`) is a part of the resolution: one read
 * with parts, opening with its first (`RESOLVED – (1) That …`), or whose words stop open (`RESOLVED
 * that:`, `… be noted; and`); a paragraph labelled in the same series after a
 * resolution without parts (`(c) Governing Authority APPROVED …` / `(d) A phasing plan … to be
 * prepared.`) is a paragraph of its own.
 */
function partOf(d: Decision): boolean {
  return (d.parts !== undefined && d.parts.length > 0) || PART_LABEL.test(d.text) || /(?:[:;,]|\b(?:and|or|that|to))[ \t]*$/.test(d.text);
}

/**
 * The words of a resolution an owner takes as the task: with its parts after the first (`(1) That the
 * envelope be endorsed.` `(2) That a further report be brought …`), the task being the whole of it;
 * the decision's own words hold the first part only where its parts stand on lines of their own.
 */
function resolutionWords(d: Decision): string {
  if (!d.parts || d.parts.length < 2) return d.text;
  // (parts the sentence itself holds, `that (1) … noted; and (2) …`, are in its words already)
  const below = d.parts.filter((p) => !d.text.includes(p));
  return below.length > 0 ? `${d.text} ${below.join(' ')}` : d.text;
}

/** A deadline's word before its date (`before the summer recess`, `no later than 31 March`). */
const DEADLINE = /\b(?:before|until|no[ \t]+later[ \t]+than)[ \t]/;

/** Where the words after `keyword` start when it opens `text` (blanks before it), else 0. */
function keywordOpening(text: string, keyword: string): number {
  const at = text.indexOf(keyword);
  if (at < 0 || text.slice(0, at).trim().length > 0) return 0;
  let s = at + keyword.length;
  while (s < text.length && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  return s;
}

/** A keyword that settles something to do (`RESOLVED`, `agreed`, `APPROVED`), unlike `NOTED` or `RECEIVED`. */
const RESOLVING = /resolv|agree|approv|decid|decision/i;
/** A report taken note of, accepted or endorsed (`NOTED`, `RECEIVED`, `ACCEPTED`): it sets no one a task. */
const ONLY_RECEIVED = /\b(?:noted|received|accepted|endorsed|welcomed)\b/i;

/** A resolution read inside the paragraph (lines `top` to `end`), its words not under a heading above it (`Resolved` / `2251.3 that …`). */
function inParagraph(d: Decision, top: number, end: number): boolean {
  return d.range.start.line >= top && d.range.end.line <= end && d.text.length > 0 && RESOLVING.test(d.keyword.value);
}

/** A resolution that starts a line of the paragraph (lines `top` to `end`) and runs to its end: its keyword opens that line. */
function closes(state: ParseState, d: Decision, top: number, end: number): boolean {
  const at = d.range.start;
  return !d.inSentence && at.line > top && at.line <= end && d.range.end.line >= end && (state.lines[at.line] ?? '').slice(0, at.character).trim().length === 0;
}

function due(state: ParseState, seg: Segment, j: Joined, text: string, from: number): Action['due'] {
  const d = findDueDate(text, { order: state.order }, from);
  if (!d) return undefined;
  // "to the February meeting": the meeting is the due, as a reader writes it
  const lead = dueWordsStart({ text: text.slice(d.start, d.end) });
  const s = d.start + lead;
  const written = text.slice(s, d.end);
  const range = j.pieces.length > 0 ? joinedRange(state, j, s, d.end) : state.whole(seg);
  return { text: written, range, nextMeeting: isNextMeeting(written) };
}

/** An owner's line in brackets under a resolution (`(ACTION: Corporate Risk and Insurance Officer)`). */
const BRACKETED = /^([ \t]*)\(((?:ACTION|Action)[ \t]*:[^()]*)\)([ \t.]*)$/;

export function ownerAction(line: Line): boolean {
  // (in brackets, read as the same line without them: blanks for the brackets, so that every offset stays the line's)
  const b = line.body.charCodeAt(0) === 0x28 || line.body.trimStart().charCodeAt(0) === 0x28 ? BRACKETED.exec(line.body) : null;
  if (b) return actionOwner({ ...line, body: `${b[1]} ${b[2]} ${b[3]}` });
  // `ACTION BY: Head of Internal Audit   DUE: …` opens as `ACTION:` does, yet is an owner line
  if (MAY.test(line.body) && actionOwner(line)) return true;
  return MAY_LINE.test(line.body) ? ownerLine(line) : false;
}

/** `ACTION: Director of Transport`, `Action: Director of Estates (carbon trajectory, February 2025)`. */
function actionOwner(line: Line): boolean {
  const { state, seg, from, body } = line;
  if (mayHoldFields(body) && FIELDS.test(body)) return false;
  const f: ActionForm | undefined = matchActionLine(body);
  if (!f || !f.ownerOnly || f.owners.length === 0 || f.statuses.length > 0) return false;
  const owners: Mention[] = f.owners.map((o) => ({ text: body.slice(o.start, o.end), range: state.r(seg, from + o.start, from + o.end) }));
  const kw = { start: from + f.keyword.start, end: from + f.keyword.end };
  const lastOwner = f.owners[f.owners.length - 1].end;
  const paren = /^[ \t]*\(([^()]*)\)[ \t.]*$/.exec(body.slice(lastOwner));
  if (!(paren && paren[1].trim().length > 0)) {
    // `Action: Co Sec – by 30 April 2026`: the due the line gives after its owner
    const d = f.due;
    if (!d) return ownsAbove(line, owners, kw, undefined);
    const lead = dueWordsStart({ text: body.slice(d.start, d.end) });
    const written = body.slice(d.start + lead, d.end);
    return ownsAbove(line, owners, kw, { text: written, range: state.r(seg, from + d.start + lead, from + d.end), nextMeeting: isNextMeeting(written) });
  }
  // `(carbon trajectory, February 2025)`: the task, less the due date the brackets also hold
  const ps = lastOwner + paren[0].indexOf('(') + 1;
  const pe = ps + paren[1].length;
  const d = f.due && f.due.start >= ps && f.due.end <= pe ? f.due : undefined;
  const words = d ? `${body.slice(ps, d.start)}${body.slice(d.end, pe)}` : body.slice(ps, pe);
  const text = words.replace(/[ \t]*,[ \t]*$|^[ \t]*,[ \t]*/g, '').trim();
  const dueDate: Action['due'] = d ? { text: body.slice(d.start, d.end), range: state.r(seg, from + d.start, from + d.end), nextMeeting: isNextMeeting(body.slice(d.start, d.end)) } : undefined;
  // `Action: Director of Planning (due 5 February 2025)`: the bracket holds the due alone, the task is the paragraph above
  // (straight under the item's heading, no paragraph above: the item is the task, `2. Finance` ⏎ `Action: Treasurer (by next meeting)`)
  if (d && DUE_WORD_ALONE.test(text)) return ownsAbove(line, owners, kw, dueDate) || (line.item.title.length > 0 && push(line, line.item.title, line.item.titleRange ?? state.whole(seg), owners, kw, dueDate));
  if (text.length === 0) return false;
  return push(line, text, state.r(seg, from + ps, from + pe), owners, kw, dueDate);
}

/** `Actioned by: Clerk`, `To action: KA`, `To action: Clerk, by 31 March` (forms/ownerLines.ts). */
function ownerLine(line: Line): boolean {
  const { state, seg, from, body } = line;
  const f = matchOwnerLine(body, { order: state.order });
  if (!f) return false;
  const owners: Mention[] = f.owners.map((o) => ({ text: body.slice(o.start, o.end), range: state.r(seg, from + o.start, from + o.end) }));
  const d = f.due;
  // "by the next meeting": the meeting is the due, as a reader writes it
  const lead = d ? dueWordsStart({ text: body.slice(d.start, d.end) }) : 0;
  const dueDate: Action['due'] = d ? { text: body.slice(d.start + lead, d.end), range: state.r(seg, from + d.start + lead, from + d.end), nextMeeting: isNextMeeting(body.slice(d.start, d.end)) } : undefined;
  return ownsAbove(line, owners, { start: from + f.keyword.start, end: from + f.keyword.end }, dueDate);
}

/** `Lead: Director of Highways      By: March 2026`, `Responsible: Bursar; timescale: May 2026 meeting` (forms/ownerLines.ts `matchOwnerDueLine`). */
export function ownerDueLine(line: Line): boolean {
  const { state, seg, from, body } = line;
  const c = body.charCodeAt(0) | 0x20;
  if ((c !== 0x6c && c !== 0x72 && c !== 0x2a && c !== 0x7f) || !opensWithFieldLead(body)) return false;
  const options = { order: state.order, year: state.meeting?.date?.year };
  let f = matchOwnerDueLine(body, options);
  // `Responsible: Registrar and President of the Students' Union;` ⏎ `timescale: report to the October
  // 2026 meeting`: the due's field the page wrapped onto the next line
  let next: Segment | undefined;
  if (!f && /[;,][ \t]*$/.test(body)) {
    const k = indexOf(state, seg);
    next = k >= 0 ? state.segs[k + 1] : undefined;
    if (next && next.line === seg.line + 1 && DUE_FIELD_FIRST.test(next.text)) f = matchOwnerDueLine(`${body} ${next.text}`, options);
    if (f && f.due!.start <= body.length) f = undefined;
  }
  if (!f) return false;
  const owners: Mention[] = f.owners.map((o) => ({ text: body.slice(o.start, o.end), range: state.r(seg, from + o.start, from + o.end) }));
  const d = f.due!;
  const words = next ? `${body} ${next.text}` : body;
  const lead = dueWordsStart({ text: words.slice(d.start, d.end) });
  const written = words.slice(d.start + lead, d.end);
  const at = next ? body.length + 1 : -from;
  const range = next ? state.r(next, d.start + lead - at, d.end - at) : state.r(seg, from + d.start + lead, from + d.end);
  const dueDate: Action['due'] = { text: written, range, nextMeeting: isNextMeeting(written) };
  return ownsAbove(line, owners, { start: from + f.keyword.start, end: from + f.keyword.end }, dueDate);
}
/** A due's word left alone in a bracket once its date is read (`due`, `by:`, `deadline`). */
const DUE_WORD_ALONE = /^(?:due(?:[ \t]+date)?|by|deadline|target(?:[ \t]+date)?)?[ \t:]*$/i;

/** The due's field opening the line below an owner line the page wrapped. */
const DUE_FIELD_FIRST = /^(?:by|timescale|due(?:[ \t]+date)?)[ \t]*:/i;

/** An owner standing alone: the paragraph above (or its resolution) is the task; a due date the line gives is the action's. */
function ownsAbove(line: Line, owners: Mention[], kw: { start: number; end: number }, lineDue: Action['due']): boolean {
  const { state, seg, item } = line;
  // `Action: Present a costed plan …` ⏎ `Lead: SO   Due: Q1 2026/27`: the line names who owns the
  // action read just above without an owner, and when it is due (one action, not a second one)
  const at = ownerlessAbove(state, seg, item);
  if (at >= 0) {
    const a = item.actions[at];
    item.actions[at] = { ...a, owners, ownerInferred: false, due: lineDue ?? a.due };
    return true;
  }
  // `Action: Director of Planning (due 5 February)` ⏎ `Action: Director of Finance (due 12 February)`: two owners of the one
  // paragraph's task, each line its own action (the line above is no word of the task)
  const prev = item.actions[item.actions.length - 1];
  // (so does one under an action line with its own task, `ACTION: Clerk to chase the survey.` ⏎ `Action: Cllr Jones (by 30 June)`)
  if (prev && prev.owners.length > 0 && prev.keyword && prev.range.end.line === seg.line - 1) return push(line, prev.text, prev.textRange, owners, kw, lineDue);
  const k = indexOf(state, seg);
  const task = k < 0 ? undefined : taskAbove(state, k, item);
  if (!task) return false;
  const text = task.joined.text.slice(task.start, task.end).trim();
  const textRange = task.joined.pieces.length > 0 ? joinedRange(state, task.joined, task.start, task.end) : state.whole(seg);
  // the line restates an undertaking of the paragraph (`The Clerk to chase …` / `ACTION: Clerk`): its words and due date
  // (an owner's own line restates the undertaking its paragraph gives, whichever way the two name the one listed person:
  // `Aileen Fitzgerald will draft …` ⏎ `ACTION: A. Fitzgerald`; an Action column's initials beside a paragraph take the paragraph)
  const restated = takeRestated(state, item.actions, textRange.start.line, textRange.end.line, owners.map((o) => o.text), true);
  if (restated) return push(line, restated.text, restated.textRange, owners, kw, lineDue ?? restated.due);
  // a resolution's parts have dates of their own ("(3) a progress report … in September 2025"): none is the owner's
  const dueDate = lineDue ?? (task.joined.pieces.length > 0 ? due(state, seg, task.joined, task.joined.text.slice(0, task.end), task.start) : undefined);
  if (text.length === 0) return false;
  return push(line, text, textRange, owners, kw, dueDate);
}

/** The item's last action when it names no owner and ends just above the line (blank lines and the page's furniture between), else -1. */
function ownerlessAbove(state: ParseState, seg: Segment, item: Item): number {
  const at = item.actions.length - 1;
  const a = item.actions[at];
  if (!a || a.owners.length > 0) return -1;
  const debris = state.layout.debrisLines;
  for (let l = seg.line - 1; l > a.range.end.line; l--) if ((state.lines[l] ?? '').trim().length > 0 && !debris.has(l)) return -1;
  return a.range.end.line < seg.line ? at : -1;
}

function push(line: Line, text: string, textRange: Range, owners: Mention[], kw: { start: number; end: number }, dueDate: Action['due']): boolean {
  const { state, seg, item } = line;
  // an undertaking read in the paragraph above is this action: the line names its owner (one action, not two)
  takeRestated(state, item.actions, textRange.start.line, textRange.end.line, []);
  // (and a part of the resolution above asking the line's owner to act: the line names that task)
  takePartRequest(state.lines, item.actions, item.decisions[item.decisions.length - 1], seg.line, owners.map((o) => o.text));
  const action: Action = {
    index: item.actions.length + 1, text, range: state.whole(seg), textRange,
    keyword: state.located(seg, kw.start, kw.end), bold: false, owners, ownerInferred: false, due: dueDate,
    insertAt: state.r(seg, seg.text.length, seg.text.length),
  };
  item.actions.push(action);
  const written = seg.text.slice(kw.start, kw.end).trim();
  if (written !== CANONICAL.action) state.variants.push({ kind: 'action-keyword', range: state.r(seg, kw.start, kw.end), written });
  return true;
}

// gate: MAY (`action`, after a bullet or bold marks); `Actioned by:`, `ACTION BY:`, `To action:`, `To be actioned by:` (forms/ownerLines.ts)
export const OWNER_ACTION: InlineRecogniser = { name: 'owner-action', starts: startLetters('at') | S_MARK | S_OPEN, needs: W_ACTION, run: ownerAction };
// gate: the lead's first letter (`lead`, `responsible`) or bold marks, then forms/ownerLines.ts `opensWithFieldLead`
export const OWNER_DUE_ACTION: InlineRecogniser = { name: 'owner-due-action', starts: startLetters('lr') | S_MARK, run: ownerDueLine };
