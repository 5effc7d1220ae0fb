/**
 * Action lines in the forms of the families that keep minutes on a wiki, in a scribe tool's log or
 * as Markdown notes, where the `ACTION:` reader of actions.ts misses the owner or the words:
 * - `**ACTION ITEM**: @tobi-r to update #801 … before 2026-01-28.` (a keyword variant: `ACTION ITEM`,
 *   `Action point`);
 * - `ACTION: MF – order the scanner and kit (by 29 Feb)` (the owner, a dash, the task);
 * - `ACTION: Amara to write the spec text for issue 212, with an example of` / `a three-leg trip`
 *   (a line the mail version wrapped: the task runs on where the next line starts in lower case).
 * The line's form is read by forms/actions.ts (`matchActionLine`). A line that reader reads whole
 * (the canonical `Owner:`/`Due:` fields, `Clerk to …` on one line) is left to it, so our markup
 * and the numbered families read as before; a status review (`[DONE] ACTION-41:`, an icon after the
 * owner) is the status-review recogniser's.
 */
import { findDate } from '../../dates';
import { leadingSubject, matchActionKeyword } from '../../constructs';
import { CANONICAL } from '../../markup';
import { findDueDate, isNextMeeting, matchActionLine } from '../../forms';
import { dueSetOff, dueWordsStart, taskEndSetOff } from '../../forms/dueDates';
import { endBeforeStops } from '../../unitClass';
import { withoutCodeMarks, type Segment } from '../../text';
import { matchAbbreviatedAction, mayGiveOwnerAndTask, mayHoldFields, opensOwnedAction, matchOwnerColonTask, matchTaskAction, matchTrackerCreated, type ActionForm } from '../../forms/actions';
import type { Action, Mention } from '../../model';
import { resolveMention } from '../../attendance';
import type { InlineRecogniser, Line } from './inline';
import { continued, indexOf } from './publishedDecisions';
import { personOrFirstName, personTest, takePartRequest } from './undertakings';
import { C_HEADING_ITEMS, H_COLON, H_PAREN, S_MARK, S_OPEN, S_OTHER, startLetters, W_ACTION } from './keywords';
import { ACTIONS_LIST, isActionsListTitle } from '../../forms/closingActionTable';
import { matchBracketedOwnerAction } from '../../forms/bracketedOwners';
import { matchMentionTask } from '../../forms/mentionTasks';

/** Cheap first test: the line may open with an action keyword (after bold or underline marks). */
const MAY = /^(?:\*\*|__)?action/i;
/** The canonical fields: today's reader reads them. */
const FIELDS = /(?:^|[.;,\s])(?:owners?|due(?:[ \t]+date)?)[ \t]*:/i;

export function actionForm(line: Line): boolean {
  const { state, seg, body } = line;
  const c = body.charCodeAt(0) | 32; // `a`, `A`, or `*`/`_` of bold marks: most lines are asked nothing more
  if ((c !== 97 && c !== 42 && c !== 127) || !MAY.test(body) || (mayHoldFields(body) && FIELDS.test(body))) return false;
  // (`Action KO: Bring …` ⏎ `Due: Q4 2026/27`: a board's action with its owners' initials runs to its due below, published-action's)
  if (opensOwnedAction(body)) return false;
  const kw = matchActionKeyword(body);
  // `ACTION: Clerk to write …` in a numbered family is published-action's (below): known before the
  // line is read, so that every such line is not read twice; there only an owner with a task of its
  // own is this reader's (below), so `ACTION: Director of Transport` (no colon, dash or verb) is not read either
  if (kw && !state.layout.headings && (!mayGiveOwnerAndTask(body, kw.end) || leadingSubject(body.slice(kw.end)))) return false;
  // the meeting's year completes a due date written without one (`by 29 Feb`); someone of the lists
  // owns the task by a name in small letters too (a chat handle: `ACTION: raj to check …`)
  const form = matchActionLine(body, { order: state.order, year: state.meeting?.date?.year, isPerson: personOrSpeaker(line) });
  if (!form || form.statuses.length > 0 || form.tracker || !form.task || form.ownerOnly) return false;
  const read = readTask(line, form.task);
  const wrapped = read.last !== seg;
  if (kw) {
    // owner, dash, task: today's reader finds no owner there; in a file of heading items (a wiki, a
    // scribe tool, Markdown notes) `ACTION: Benedikt to write up …` gives the task without its owner
    const dashed = form.owners.length > 0 && !leadingSubject(body.slice(kw.end));
    // a wrapped `ACTION: X to …` in a numbered family is published-action's, which also joins a word
    // the page hyphenated and skips the page's furniture
    if (!dashed && !state.layout.headings) return false;
  }
  if (wrapped && FIELDS.test(read.text)) return false;
  return record(line, form, read, true);
}

/** How far above an action line a scribe's speaker is looked for: the discussion that gave the action. */
const SPEAKER_WINDOW = 40;
/** A chat nickname as a scribe tool writes it (`tkato`, `gkerr`): one word in small letters. */
const NICK = /^[a-z][\w-]{1,24}$/;

/**
 * Someone of the lists (`personTest`), or a nickname that spoke in the item above the action line
 * (`tkato: I can check …` or `<tkato> +0` / `ACTION: tkato to check …`): in a scribe's minutes who
 * volunteers in the discussion is who the action line names, listed or not (a guest, a list the mail
 * wrapped). Only a nickname is looked for, and only in the open item (the one-item re-parse reads the same).
 */
export function personOrSpeaker(line: Line): (name: string) => boolean {
  const listed = personTest(line.meeting);
  const { state, seg, item } = line;
  return (name) => {
    if (listed(name)) return true;
    const n = name.trim();
    if (!NICK.test(n)) return false;
    const top = Math.max(item.headRange.start.line + 1, seg.line - SPEAKER_WINDOW);
    for (let l = seg.line - 1; l >= top; l--) {
      const t = (state.lines[l] ?? '').trimStart();
      if ((t.startsWith(n) && t.charCodeAt(n.length) === 0x3a) || (t.charCodeAt(0) === 0x3c && t.startsWith(n, 1) && t.charCodeAt(n.length + 1) === 0x3e)) return true;
    }
    return false;
  };
}

/**
 * `- [ ] @adaok to read the charter and propose edits` (nested under a bullet: `* - [ ] …`): an open
 * task of Markdown notes is an action, its owner the task's subject. A review's open tasks (ticked
 * ones beside them, a heading over a review) are the status review's, asked first.
 */
export function taskAction(line: Line): boolean {
  const { state, body } = line;
  const c = body.charCodeAt(0);
  if (c !== 91 && c !== 45 && c !== 42 && c !== 43) return false;
  // an open box at the line's start, before anything else is asked (the gate lets every bullet through:
  // a task's owner is written with a dash or a colon as often as with a verb, `- [ ] @x — …`)
  const box = body.indexOf('[ ]');
  if (box < 0 || box > 3) return false;
  // someone of the lists owns a task by the name the notes call them (`- [ ] Kenji: pin the runner image`)
  const options = { order: state.order, year: state.meeting?.date?.year, isPerson: personOrFirstName(line.meeting) };
  // (`- [ ] Book the hall — @Ann Lee — @March 3, 2026`: a notes tool's mentions after the task)
  const form = matchTaskAction(body, options) ?? matchMentionTask(body, options);
  if (!form || !form.task) return false;
  if (!record(line, form, readTask(line, form.task), false)) return false;
  dropSaidAbove(line);
  return true;
}

/**
 * `- Tomasz will fix the guide.` ⏎ `- [ ] Tomasz: rewrite the build section of CONTRIBUTING.md`: the
 * notes' open task records what its owner said they would do in the discussion just above it (the
 * lines of the item over the task, no blank line between): one action, the task's. An undertaking of
 * someone else there, or of the same owner further up, is an action of its own.
 */
/** How many lines above an open task its owner's undertaking is looked for. */
const SAID_REACH = 40;

function dropSaidAbove(line: Line): void {
  const { state, seg, item, meeting } = line;
  const actions = item.actions;
  const task = actions[actions.length - 1];
  if (actions.length < 2 || task.owners.length === 0) return;
  // (the discussion just above: a few dozen lines at most, so that a list of ten thousand tasks is not walked again for each)
  const floor = Math.max(item.headRange.end.line + 1, seg.line - SAID_REACH);
  let top = seg.line;
  while (top - 1 >= floor && (state.lines[top - 1] ?? '').trim().length > 0) top--;
  if (top === seg.line) return;
  // the actions of those lines are the last ones before the task's
  let first = actions.length - 1;
  while (first > 0 && actions[first - 1].range.start.line >= top) first--;
  if (first === actions.length - 1) return;
  const who = (a: Action): string => a.owners.map((o) => {
    const r = resolveMention(o.text, meeting);
    const p = r.kind === 'person' || r.kind === 'role' ? r.person : undefined;
    return p ? p.name.display : o.text.trim().toLowerCase();
  }).sort().join('|');
  const owners = who(task);
  const said = (a: Action): boolean => a.inText === true && a.ownerInferred && !a.keyword && !a.bold && a.range.end.line < seg.line && who(a) === owners;
  let any = false;
  for (let k = first; k < actions.length - 1 && !any; k++) any = said(actions[k]);
  if (!any) return;
  const kept = actions.filter((a, k) => k < first || a === task || !said(a));
  actions.length = 0;
  kept.forEach((a, k) => actions.push(a.index === k + 1 ? a : { ...a, index: k + 1 }));
}

/**
 * `**AI** (Chiara): open the tracking issue …`: a project's running notes abbreviate an action
 * item, in bold, with its owner in brackets (forms/actions.ts `matchAbbreviatedAction`).
 */
export function abbreviatedAction(line: Line): boolean {
  const { state, seg, body, from } = line;
  // the abbreviation in capitals opening the line, and bold end to end (`AI (…)` in plain words is no label)
  if (body.charCodeAt(0) !== 0x41 || body.charCodeAt(1) !== 0x49 || from !== 0 || !seg.bold.some(([s, e]) => s === 0 && e === 2)) return false;
  const form = matchAbbreviatedAction(body, { order: state.order, year: state.meeting?.date?.year, isPerson: personTest(line.meeting) });
  if (!form || !form.task) return false;
  return record(line, form, readTask(line, form.task), true);
}

/**
 * `New action item #0412 (Maria Keller): publish the errata …`, `→ **Follow-up** (@jdoe): open the
 * tracking issue — before 2026-04-02`: a label, the owners in brackets, a colon, the task
 * (forms/bracketedOwners.ts), the task read on over the lines the mail or the page wrapped it onto.
 */
export function bracketedOwnerAction(line: Line): boolean {
  const { state, seg, body } = line;
  const form = matchBracketedOwnerAction(body, { order: state.order, year: state.meeting?.date?.year, isPerson: personTest(line.meeting) });
  if (!form || !form.task) return false;
  const task = body.slice(form.task.start, form.task.end).trim();
  // (a due set off after a long dash ends the task on its own line: nothing of the next is the task's)
  const read = form.task.end < body.trimEnd().length ? { text: task, last: seg } : continued(state, seg, task);
  if (!record(line, form, read, true)) return false;
  // (`Action (JD, PG): restate the gaps … signed-off` ⏎ `2026/27 financial plan – July 2026 meeting`)
  if (read.last !== seg) cutWrappedDue(line);
  return true;
}

/** How a list's row is read as an `ACTION:` line reads its owner (`GH – 28-day letters …` as `ACTION: GH – …`). */
const AS_ACTION = 'ACTION: ';
/** An owner and a dash opening a row: initials or a name, then ` – `. */
const OWNER_ROW = /^[\p{Lu}@][^–—:]{0,40}?[ \t][–—-][ \t]+\S/u;

/**
 * A row of a page's list of the meeting's actions without the keyword (`New actions` over `GH –
 * 28-day letters to plots 31 and 47 (by 21 May)`, `PT, WL – print … (by 1 June)`): in a file of
 * heading items, under the list's heading, a bullet whose owners (people of the lists) and a dash
 * open it, read as an `ACTION:` line with that owner reads it.
 */
export function listRowAction(line: Line): boolean {
  const { state, seg, body, item } = line;
  if (!state.layout.headings || !seg.bullet || !OWNER_ROW.test(body) || !ACTIONS_LIST.test(item.title.trim())) return false;
  const form = matchActionLine(AS_ACTION + body, { order: state.order, year: state.meeting?.date?.year, isPerson: personTest(line.meeting) });
  if (!form || !form.task || form.owners.length === 0 || form.statuses.length > 0 || form.tracker || form.ownerOnly) return false;
  const back = (x: { start: number; end: number }): { start: number; end: number } => ({ start: x.start - AS_ACTION.length, end: x.end - AS_ACTION.length });
  const own: ActionForm = {
    ...form, start: 0, end: body.length, keyword: { start: 0, end: 0 }, owners: form.owners.map(back), task: back(form.task),
    ...(form.due ? { due: { ...form.due, start: form.due.start - AS_ACTION.length, end: form.due.end - AS_ACTION.length } } : {}),
  };
  if (own.owners.some((o) => o.start < 0) || own.task!.start < 0) return false;
  return record(line, own, readTask(line, own.task!), false);
}

/**
 * `► SK/JW: bring a three-year budget forecast … – July board` (forms/actions.ts
 * `matchOwnerColonTask`): a bullet that gives the owners, a colon and the task, read on over the
 * lines the page wrapped it onto (`– by end` ⏎ `of summer term`: the due the wrap carried below).
 */
export function ownerColonBullet(line: Line): boolean {
  const { state, seg, body, from } = line;
  if (from !== 0) return false;
  const colon = body.indexOf(':');
  if (colon < 2 || colon > 40) return false;
  // (a row under the label names its owner as the page does, by a first name of the lists: `Tom: draft …`)
  const labelled = !seg.bullet && underActionsLabel(line);
  if (!seg.bullet && !labelled) return false;
  const form = matchOwnerColonTask(body, { order: state.order, year: state.meeting?.date?.year, isPerson: labelled ? personOrFirstName(line.meeting) : personTest(line.meeting) });
  if (!form) return false;
  // (a row of the labelled list is one line: the line under it is the next row or the minutes' own, `Dev left the meeting.`)
  if (labelled) return record(line, form, { text: body.slice(form.task.start, form.task.end).trim(), last: seg }, false);
  // the line's words from the task on, read over the lines below: a due the line seemed to end
  // with (`– by end`) is the start of the one the wrap carried below, read from the whole
  const whole = { start: form.task.start, end: body.trimEnd().length };
  const read = readTask(line, whole);
  if (read.last === seg) return record(line, form, readTask(line, form.task), false);
  if (!record(line, { ...form, task: whole, due: undefined }, read, false)) return false;
  cutWrappedDue(line);
  return true;
}

/** How many rows an `Actions:` label stands over, at most. */
const LABELLED_ROWS = 12;

/**
 * Whether the line is a row of the list an `Actions:` label sets over the item's own actions (a wiki
 * page copied as text: `Actions:` ⏎ `Tom: draft the budget – by 30 November`, no bullet left): the
 * label stands above it in the item, with only lines of words between (the list's rows above it).
 */
function underActionsLabel(line: Line): boolean {
  const { state, seg, item } = line;
  const top = Math.max(item.headRange.start.line + 1, seg.line - LABELLED_ROWS);
  for (let l = seg.line - 1; l >= top; l--) {
    const t = state.lines[l] ?? '';
    if (t.trim().length === 0) return false;
    if (isActionsListTitle(t, state.layout.heading?.twoLanguages === true)) return true;
  }
  return false;
}

/**
 * The action just kept, whose task the page wrapped onto the lines below: the due the wrap carried
 * there, after its dash (`… signed-off` ⏎ `2026/27 financial plan – July 2026 meeting`), is no word of the task.
 */
function cutWrappedDue(line: Line): void {
  const actions = line.item.actions;
  const a = actions[actions.length - 1];
  if (!a.due) return;
  const cut = dueSetOff(a.text, a.due.text);
  if (cut > 0) actions[actions.length - 1] = { ...a, text: a.text.slice(0, cut) };
}

/**
 * A task's words read over the lines the page wrapped it onto (`continued`); a task whose sentence
 * ends on its own line (`… by 30 September 2025.`) reads no further, whatever the line below says
 * (`Tom Brindley returned.`, a name the wrap might otherwise have carried). The form's task ends
 * before that stop, so the stop is looked for just after it.
 */
function readTask(line: Line, task: { start: number; end: number }): ReturnType<typeof continued> {
  const { state, seg, body } = line;
  const words = body.slice(task.start, task.end).trim();
  return STOPPED.test(body.slice(task.end)) ? { text: words, last: seg } : continued(state, seg, words);
}

/** A sentence's stop just after a task's words, ending the line; or the owners in square brackets that close it (`… [Hannah Osei, by 31 October]`). */
const STOPPED = /^[ \t]*(?:[.;!?]|\[[^[\]]*\][.;]?)[ \t]*$/;

/** The action a form gives, with its text as read over the lines it runs on; `labelled` when its keyword is one (a variant of ours is noted). */
function record(line: Line, form: ActionForm, read: ReturnType<typeof continued>, labelled: boolean): boolean {
  const { state, seg, from, body } = line;
  if (!form.task) return false;
  const owners: Mention[] = form.owners.map((o) => ({ text: body.slice(o.start, o.end), range: state.r(seg, from + o.start, from + o.end) }));
  // `MF – …`: written as the owner; `Amara to …`: the owner is read from the task's subject
  const ownerInferred = owners.length > 0 && !/^[ \t]+[–—-][ \t]/.test(body.slice(form.owners[form.owners.length - 1].end));
  let due: Action['due'];
  if (form.due) {
    // the words after `by`/`before`, without a leading `the` (`by the March meeting`: `March meeting`)
    const s = form.due.start + dueWordsStart(form.due);
    const text = body.slice(s, form.due.end);
    const range = state.r(seg, from + s, from + form.due.end);
    const found = findDate(text, state.order);
    // a day the words name without its year (`29 Feb`) is a day of the meeting's year
    const date = found && !found.problem ? state.dateValue(seg, found, from + s) : state.dueDay(text, range, form.due);
    due = { text, range, date, nextMeeting: isNextMeeting(text) };
    // `… by 13 February` ⏎ `2026.`: a due that ends its line may go on to the next (its year, the rest of a meeting's name)
    if (read.last !== seg && body.slice(form.due.end).trim().length === 0) {
      const more = wrappedDue(line, read);
      if (more && more.text.length > text.length && more.text.startsWith(text)) due = more;
    }
  } else if (read.last !== seg) {
    // `ACTION: Tomasz to collect examples … before` / `the next call`: a due date the wrap carried onto the lines below
    due = wrappedDue(line, read);
  }
  // `<trackbot> Created ACTION-209 - … [on Jaana Virtanen - due 2016-11-21].` under the line: the due the minutes print against it
  if (!due && labelled && state.layout.headings) due = trackerDue(line, read.last);
  const last = read.last;
  const end = state.r(last, last.text.length, last.text.length).end;
  const textStart = state.r(seg, from + form.task.start, from + form.task.start).start;
  // a task's box is no keyword: nothing to write as ours
  const keyword = labelled ? state.located(seg, from + form.keyword.start, from + form.keyword.end) : undefined;
  line.item.actions.push({
    index: line.item.actions.length + 1,
    // a project's notes write names of files and teams as code (`` `SECURITY.md` ``): the words without the marks
    text: withoutCodeMarks(withoutSetOffDue(read.text, due)),
    range: { start: state.whole(seg).start, end },
    textRange: { start: textStart, end },
    keyword, bold: false, owners, ownerInferred, due,
    insertAt: { start: end, end },
  });
  // (`ACTION: Director of Housing – a costed plan by 2 March` under a resolution whose part asks that officer for it: one task, the line's)
  const ds = line.item.decisions;
  if (ds.length > 0 && !ownerInferred && owners.length > 0) takePartRequest(state.lines, line.item.actions, ds[ds.length - 1], seg.line, owners.map((o) => o.text));
  const written = keyword?.value.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '').trim();
  if (keyword && written !== CANONICAL.action) state.variants.push({ kind: 'action-keyword', range: keyword.range, written: written ?? '' });
  return true;
}

/**
 * A task's words without the due that closes them set off by a long dash (`reply to the school – by
 * next meeting`, forms/dueDates.ts `taskEndSetOff`), read over the lines the task runs on.
 */
function withoutSetOffDue(text: string, due: Action['due']): string {
  if (!due) return text;
  const end = endBeforeStops(text, 0, text.length);
  const from = end - due.text.length;
  const cut = from >= 0 && text.startsWith(due.text, from) ? taskEndSetOff(text, 0, end, from, end) : end;
  return cut < end ? text.slice(0, cut) : text;
}

/**
 * The due date of a task `continued` read over the lines below its own (its words, then each line's
 * after one space): found in the words the lines add, with its range over the lines it stands on.
 */
function wrappedDue(line: Line, read: ReturnType<typeof continued>): Action['due'] {
  const { state, seg } = line;
  // where each line below starts in the text read, and which line it is
  const pieces: Array<{ seg: Segment; at: number }> = [];
  let at = read.text.length;
  for (let k = indexOf(state, read.last); k >= 0 && state.segs[k] !== seg && at > 0; k--) {
    const s = state.segs[k];
    if (s.text.length === 0) continue;
    at -= s.text.length;
    pieces.unshift({ seg: s, at });
    at -= 1;
  }
  if (pieces.length === 0 || read.text.slice(pieces[0].at, pieces[0].at + pieces[0].seg.text.length) !== pieces[0].seg.text) return undefined;
  const d = findDueDate(read.text, { order: state.order, year: state.meeting?.date?.year }, Math.max(0, pieces[0].at - 40));
  if (!d || d.end <= pieces[0].at) return undefined;
  const s = d.start + dueWordsStart(d);
  const place = (o: number): { seg: Segment; offset: number } => {
    let p = pieces[0];
    for (const q of pieces) if (q.at <= o) p = q;
    // a due that starts on the task's own line: that line, at its end's distance back from the first line below
    if (o < p.at) return { seg, offset: Math.max(0, seg.text.length - (p.at - 1 - o)) };
    return { seg: p.seg, offset: Math.min(o - p.at, p.seg.text.length) };
  };
  const a = place(s);
  const b = place(d.end);
  const text = read.text.slice(s, d.end);
  const range = { start: state.r(a.seg, a.offset, a.offset).start, end: state.r(b.seg, b.offset, b.offset).end };
  return { text, range, date: state.dueDay(text, range, d), nextMeeting: isNextMeeting(text) };
}

/** How many lines a tracker's answer runs over, at most (the scribe tool wraps it at 72 columns). */
const TRACKER_LINES = 4;

/**
 * The due date a tracker bot's answer gives the action just above it (`matchTrackerCreated`): the
 * bot's line comes next (blank lines apart), wrapped over the lines below up to its closing bracket.
 */
function trackerDue(line: Line, last: Segment): Action['due'] {
  const { state } = line;
  let l = last.line + 1;
  while (l < state.lines.length && l <= last.line + 2 && state.lines[l].trim().length === 0) l++;
  if (l >= state.lines.length || state.lines[l].trimStart().charCodeAt(0) !== 0x3c) return undefined;
  const first = l;
  const parts: string[] = [];
  for (; l < state.lines.length && l < first + TRACKER_LINES; l++) {
    parts.push(state.lines[l]);
    if (state.lines[l].includes(']')) break;
  }
  const text = parts.join('\n');
  const found = matchTrackerCreated(text, { order: state.order, year: state.meeting?.date?.year });
  if (!found?.due) return undefined;
  // the due's offsets in the joined lines, back to its line and column (it never spans a break)
  const before = text.slice(0, found.due.start);
  const at = { line: first + (before.split('\n').length - 1), character: found.due.start - (before.lastIndexOf('\n') + 1) };
  const range = { start: at, end: { line: at.line, character: at.character + (found.due.end - found.due.start) } };
  const words = found.due.text;
  return { text: words, range, date: state.dueDay(words, range, found.due), nextMeeting: isNextMeeting(words) };
}

// gate: MAY (`action`, after bold or underline marks)
export const ACTION_FORM: InlineRecogniser = { name: 'action-form', starts: startLetters('a') | S_MARK, needs: W_ACTION, run: actionForm };
// gate: a capital or `@` first (the owner), then the layout's headings and the list's title
export const LIST_ROW_ACTION: InlineRecogniser = { name: 'list-row-action', starts: startLetters('abcdefghijklmnopqrstuvwxyz') | S_OTHER, needs: C_HEADING_ITEMS, run: listRowAction };
// gate: a capital or `@` first (the owner), then the line's bullet and a colon near its start
export const OWNER_COLON_BULLET: InlineRecogniser = { name: 'owner-colon-bullet', starts: startLetters('abcdefghijklmnopqrstuvwxyz') | S_OTHER, needs: H_COLON, run: ownerColonBullet };
// gate: the capital `A` of `AI`, then its bold
export const ABBREVIATED_ACTION: InlineRecogniser = { name: 'abbreviated-action', starts: startLetters('a'), run: abbreviatedAction };
// gate: the label's first letter (`new`, `action`, `follow`), or the arrow or list marker before it; a bracket and a colon
export const BRACKETED_OWNER_ACTION: InlineRecogniser = { name: 'bracketed-owner-action', starts: startLetters('naf') | S_MARK | S_OTHER, needs: H_PAREN | H_COLON, run: bracketedOwnerAction };
// gate: the box or the list marker before it, and the subject's verb (`to `, `will `)
export const TASK_ACTION: InlineRecogniser = { name: 'task-action', starts: S_OPEN | S_MARK, run: taskAction };
