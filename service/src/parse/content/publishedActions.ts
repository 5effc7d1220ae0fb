/**
 * Actions in the forms published minutes write them (the pure matchers are `forms/actions.ts`'s),
 * read over the paragraph the page wrapped (`paragraphs.ts`):
 * - `ACTION: Head of Bus Reform to send Ms Pettigrew a written reply con-` / `firming …`: the owner
 *   before "to", the task after it, the hyphenated word joined;
 * - `ACTION: Head of Bus Reform – report on cycle parking by July 2025`: owner, dash, task;
 * - `ACTION: Director of Transport` under a resolution: the owner alone, the resolution its task;
 * - `… before the July meeting. ACTION: Clerk to obtain …` and `… report back in July. ACTION: MD`
 *   in the middle of a paragraph: an owner alone there takes the paragraph's words before it;
 * - owner initials alone on a line under a paragraph, or far to the right of its last line (a
 *   flattened `Action` column): someone of the lists, who takes the paragraph as the task;
 * - `Clerk to action` under a paragraph.
 * Our own markup (`ACTION: … Owner: … Due: …`, and an `ACTION:` line the page did not wrap with no
 * owner written) is left to `actions.ts`, which reads it as it always did.
 */
import { matchActionKeyword } from '../../constructs';
import { CANONICAL } from '../../markup';
import { findDate, type DateMatch, type DateOrder } from '../../dates';
import type { Action, Meeting, Mention } from '../../model';
import type { Segment } from '../../text';
import { dueWordsStart, readDueCell, taskEndSetOff, type DueDate } from '../../forms/dueDates';
import { everyoneAt, isEveryone, findActionLines, sentenceEnd, findDueDate, isNextMeeting, isRoleWord, matchActionLine, matchOwnerColumn, matchTightRoleCell, matchToAction, type ActionForm, type IsPerson, type OwnerColumn } from '../../forms';
import { mayHoldFields, opensOwnedAction } from '../../forms/actions';
import { opensWithVoteLabel } from '../../forms/votes';
import { lettersOf } from '../../attendance';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { join, paragraphRange, pieceAt, readBackward, readForward, segIndex, type Paragraph } from './paragraphs';
import { H_END_LETTER, H_GAP, W_ACTION } from './keywords';
import { takeRestated } from './undertakings';
import { MARGIN_SLACK } from '../margin';
import { endBeforeStops, isBlankUnit } from '../../unitClass';
import { personOrSpeaker } from './actionForms';
import { personTest } from './undertakings';

/**
 * Cheap first tests: the word `action` anywhere (the line's signature has it, keywords.ts W_ACTION:
 * each reader below looks for it again where it must stand), or a line that ends in capitals (an
 * owner column).
 */
const MAY_COLUMN = /(?:^|[ \t])[A-Z]{2,4}(?:[ \t]*[/&,][ \t]*[A-Z]{2,4})*[ \t]*$/;
/** Between the owner and the task: "to" (`TO` in capitals) or a dash (`Clerk to obtain …`, `FD TO obtain …`, `Head of Bus Reform – report …`). */
const OWNER_THEN_TASK = /^[ \t]*(?:to|TO|[–—-])[ \t]*$/;
/**
 * What a line must hold for `matchActionLine` to give an owner, then OWNER_THEN_TASK, then a task:
 * the owner's dash or its "to" between blanks (`forms/actions.ts` OWNER_DASH, SUBJECT_VERB), or a
 * canonical field (its FIELDS, without the character before it). Asked before the line is read.
 */
const MAY_OWNER_THEN_TASK = /[ \t](?:to|[–—-])[ \t]|(?:owners?|due(?:[ \t]+date)?|by)[ \t]*:/i;
/** The canonical fields of our markup: that line is `actions.ts`'s. */
const FIELDS = /(?:^|[.;,\s])(?:owners?|due(?:[ \t]+date)?|by)[ \t]*:/i;
/** The words a task starts with that are not the task: a part label, a lead-in (`Speed indicator device:`), the owner and "to". */
// (a year-first minute's paragraph, `26/047.2`, as a plain one, `116.1`)
const LABEL = /^[ \t]*(?:\(?(?:[a-z]{1,4}|\d{1,3})\)|(?:\d{2,4}\/)?\d{1,4}(?:\.\d{1,3})+)[ \t]+/;
const LEAD_IN = /^[^.:;]{1,40}:[ \t]+/;
const SUBJECT = /^(?:the[ \t]+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Miss)\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]+(?:to|will|would|agreed[ \t]+to)[ \t]+/;

function isPersonOf(meeting: Meeting): IsPerson {
  return (w: string) => {
    const t = w.trim();
    // initials are written in capitals (people.ts parseName): a phrase with a small letter is no one's
    for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x61 && t.charCodeAt(i) <= 0x7a) return false;
    // initials the lists print beside a name, else the name's own (a list read without its initials
    // column still names `Denise Marlowe`, whom the column's `DM` owns)
    for (const b of meeting.people) for (const p of b.people) if (p.initials === t || (p.initials === undefined && t.length >= 2 && p.name.initials === t)) return true;
    return false;
  };
}

export function publishedAction(line: Line): boolean {
  const body = line.body;
  if ((line.words & W_ACTION) !== 0) {
    if (keywordAtStart(line)) return true;
    if (keywordInside(line)) return true;
    if (toAction(line)) return true;
  }
  // (a titled cell stands after a tab or a wide gap, which the line's signature says it holds: H_GAP)
  // (a division's `FOR:⇥⇥Councillors Morrow, …` names how each voted, no owner column)
  if ((endsInCapital(body) && MAY_COLUMN.test(body)) || endsInRoleCell(body) || ((line.words & H_GAP) !== 0 && endsInTitledCell(body) && !opensWithVoteLabel(body))) { if (ownerColumn(line)) return false; }
  // (a university's Action column: `… by 11 December 2026.<TAB>AR`, `… of Senate.<TAB>DVC(E)`, `… Semester 2.<TAB>Deans`)
  if ((line.words & H_GAP) !== 0 && body.indexOf('\t') > 0) ownerCell(line);
  return false;
}

/**
 * Whether the line ends in a role word after a wide gap (`…would chase.        Clerk`), by its
 * characters: most lines end in a small letter, and are declined without a pattern.
 */
function endsInRoleCell(body: string): boolean {
  let e = body.length;
  while (e > 0 && (body.charCodeAt(e - 1) === 0x20 || body.charCodeAt(e - 1) === 0x09)) e--;
  let s = e;
  while (s > 0 && e - s <= 10 && ((body.charCodeAt(s - 1) | 0x20) >= 0x61 && (body.charCodeAt(s - 1) | 0x20) <= 0x7a)) s--;
  if (e - s < 3 || e - s > 10 || body.charCodeAt(s) < 0x41 || body.charCodeAt(s) > 0x5a) return false;
  let g = s;
  while (g > 0 && body.charCodeAt(g - 1) === 0x20) g--;
  // (or one blank after a sentence's stop, `… meeting. Clerk`: `tightColumn` asks where the word stands)
  return (s - g >= 6 || (s > 0 && body.charCodeAt(s - 1) === 0x09) || (s - g === 1 && g > 0 && body.charCodeAt(g - 1) === 0x2e)) && g > 0 && (isRoleWord(body.slice(s, e)) || isEveryone(body.slice(s, e)));
}

/**
 * Whether a councillor's title stands after a wide gap near the line's end (`…      Cllr Harding`,
 * `Cllrs Arkwright/Ibbotson`): by a native search of the last 60 characters only (a search back
 * from the end, `lastIndexOf`, goes through the whole line when the title is not there, and costs
 * several times a forward search from where the cell may start: every line of every item is asked).
 */
function endsInTitledCell(body: string): boolean {
  const from = body.length > 61 ? body.length - 60 : 1;
  const cllr = body.indexOf('Cllr', from);
  const councillor = body.indexOf('Councillor', from);
  if (cllr < 0 && councillor < 0) return false;
  // (a title there: the last one of the line is the cell's; each searched back for only when it is
  // there: a vote's `Proposed Cllr …, seconded Cllr …` has no `Councillor` to look through the line for)
  const at = Math.max(cllr < 0 ? -1 : body.lastIndexOf('Cllr'), councillor < 0 ? -1 : body.lastIndexOf('Councillor'));
  return body.charCodeAt(at - 1) === 0x09 || body.endsWith('      ', at);
}

/**
 * Who an owner column names: initials of someone of the lists, or a role word one of them holds
 * (`Clerk` for `Mrs Carol Ibbotson – Parish Clerk & RFO`, `Chair` for the Chairman), or a surname of the lists.
 */
function isOwnerOf(meeting: Meeting): IsPerson {
  const initials = isPersonOf(meeting);
  // (and a councillor's surname, `Cllr Harding`, by the lists' names)
  const named = personTest(meeting);
  return (w: string) => initials(w) || holdsRole(meeting, w.trim()) || named(w);
}

function holdsRole(meeting: Meeting, w: string): boolean {
  if (!isRoleWord(w)) return false;
  const word = w.toLowerCase();
  for (const b of meeting.people) for (const p of b.people) {
    const role = p.role?.toLowerCase();
    if (!role) continue;
    for (let at = role.indexOf(word); at >= 0; at = role.indexOf(word, at + 1)) {
      const before = at === 0 ? ' ' : role.charAt(at - 1);
      // `Chair` names the Chairman, the Chairwoman
      const after = role.slice(at + word.length).replace(/^(?:man|woman|person)/, '').charAt(0);
      if (!/[a-z]/.test(before) && !/[a-z]/.test(after)) return true;
    }
  }
  return false;
}

/**
 * Whether the line's last character before blanks and tabs is a capital A–Z, as MAY_COLUMN's must
 * be: every line of every item is asked, and the pattern, tried at each place of the line, costs.
 */
function endsInCapital(body: string): boolean {
  let e = body.length - 1;
  while (e >= 0 && (body.charCodeAt(e) === 0x20 || body.charCodeAt(e) === 0x09)) e--;
  const c = body.charCodeAt(e);
  return c >= 0x41 && c <= 0x5a;
}

/** `ACTION: …` opening the line, read with the lines the page wrapped it onto. */
function keywordAtStart(line: Line): boolean {
  const { state, seg, from, body } = line;
  // an action keyword opening the line; our markup's `ACTION: … Owner: … Due: …` is `actions.ts`'s
  if (!/^[ \t]*(?:[-*•+][ \t]+)?(?:\[\w+\][ \t]*)?(?:\*\*|__)?action/i.test(body)) return false;
  // (`Action KO: Provide …      Due: December 2026`: a board's form with its own `Due:` at the right, not our markup's fields)
  const owned = opensOwnedAction(body);
  if (!owned && mayHoldFields(body) && FIELDS.test(body)) return false;
  const i = segIndex(state, seg);
  if (i < 0) return false;
  const p = owned ? toRightDue(state, i, from) : readForward(state, i, from);
  if (!owned && p.pieces.length > 1 && FIELDS.test(p.text)) return false;
  // a line the page did not wrap is read below only with an owner, then "to" or a dash, then a task
  // of its own: without those words (`ACTION: Director of Transport`, owner-action's) it is not read
  if (p.pieces.length === 1 && !MAY_OWNER_THEN_TASK.test(p.text)) return false;
  // initials of the lists, or a name as the lists or the scribe's discussion give it (`ACTION: tkato to check …`)
  const initials = isPersonOf(line.meeting);
  const named = personOrSpeaker(line);
  const form = matchActionLine(p.text, { isPerson: (w) => initials(w) || named(w) });
  if (!form) return false;
  // our markup's one-line `ACTION: Publish the budget`, `ACTION: WMP will pick up …` read as they always did
  if (p.pieces.length === 1 && !owned && !form.ownerOnly && (form.owners.length === 0 || !OWNER_THEN_TASK.test(p.text.slice(form.owners[form.owners.length - 1].end, form.task?.start ?? 0)))) return false;
  // `Action: Director of Estates (carbon trajectory, February 2025)`: the task is in the brackets, owner-action's to read
  if (form.ownerOnly && p.pieces.length === 1) return false;
  add(line, p, form, line.item.actions);
  return true;
}

/** A `Due:` field at a line's right (after a wide gap) or alone on it. */
const RIGHT_DUE = /(?:^|[ \t]{3,}|\t)Due:[ \t]*\S/;

/**
 * `Action KO: Provide … to the` ⏎ `Finance … Committee.      Due: December 2026` (or `Due: Q4 2026/27` alone
 * on the next line): the action's lines run to its right-aligned due, a few at most; else the paragraph.
 */
function toRightDue(state: ParseState, i: number, from: number): Paragraph {
  for (let k = i; k < state.segs.length && k <= i + 3; k++) {
    const s = state.segs[k];
    if (k > i && (s.line !== state.segs[k - 1].line + 1 || s.text.length === 0)) break;
    if (RIGHT_DUE.test(s.text)) return join(state, i, k, from);
  }
  return readForward(state, i, from);
}

/** `… the July meeting. ACTION: Clerk to …`, `… in July. ACTION: MD`: in capitals after a sentence. */
function keywordInside(line: Line): boolean {
  const { state, seg, from, body } = line;
  if (!/ACTION|Action:/.test(body) || matchActionKeyword(body.trimStart())) return false;
  const options = { isPerson: isPersonOf(line.meeting) };
  const i = segIndex(state, seg);
  if (i < 0) return false;
  const p = readForward(state, i, from);
  const forms = findActionLines(p.text, options).filter((f) => f.keyword.start > 0);
  if (forms.length === 0) return false;
  for (const form of forms) {
    if (form.ownerOnly || !form.task) {
      // the owner alone: the task is the paragraph's words before the keyword
      const before = readBackward(state, i, true, line.item.headRange.start.line, from + form.keyword.start);
      // a tag in brackets (`… next meeting. [Action: LH – Spring 1 meeting]`) is for the sentence it closes, as written, and says when
      const tag = p.text.charCodeAt(form.keyword.start) === 0x5b || p.text.charCodeAt(form.keyword.start) === 0x28;
      if (before && tag) addOwnerOnly(line, before, form, p, line.item.actions, form.due ? due(line, p, form.due) : undefined, true, lastSentenceStart(before.text));
      else if (before) addOwnerOnly(line, before, form, p, line.item.actions);
    } else {
      add(line, p, form, line.item.actions);
    }
  }
  return true;
}

/** "Clerk to action" on its own line: the owner of the paragraph above. */
function toAction(line: Line): boolean {
  const { state, seg, body } = line;
  if (!/\bto[ \t]+action[ \t]*\.?[ \t]*$/i.test(body)) return false;
  const m = matchToAction(body, { isPerson: isPersonOf(line.meeting) });
  if (!m) return false;
  const i = segIndex(state, seg);
  const above = i < 0 ? undefined : readBackward(state, i, false, line.item.headRange.start.line);
  if (!above) return false;
  const p = readForward(state, i, line.from, 0);
  addOwnerOnly(line, above, m, p, line.item.actions);
  return true;
}

/** Initials alone on a line under a paragraph, or far to the right of its last line. */
function ownerColumn(line: Line): boolean {
  const { state, seg } = line;
  if (seg.text.length > 400 || line.meeting.people.length === 0) return false;
  const raw = state.lines[seg.line];
  const col = matchOwnerColumn(raw, isOwnerOf(line.meeting)) ?? tightColumn(line, raw);
  if (!col) return false;
  const i = segIndex(state, seg);
  if (i < 0) return false;
  const headLine = line.item.headRange.start.line;
  // the column's place in the segment's clean text
  const cut = seg.text.lastIndexOf(raw.slice(col.start, col.end));
  if (cut < 0) return false;
  const task = col.alone ? readBackward(state, i, false, headLine) : readBackward(state, i, true, headLine, cut);
  if (!task) return false;
  const p = join(state, i, i, cut);
  const owners = col.owners.map((o) => ({ start: o.start - col.start, end: o.end - col.start }));
  const form: ActionForm = { start: 0, end: p.text.length, keyword: { start: 0, end: 0 }, owners, ownerOnly: true, statuses: [] };
  // (the column stands beside the paragraph: its words are the task as written, `MC to send …` with its subject)
  // (an owner alone under the paragraph, as a column's cell under its last line: the task is the sentence it ends, as `ownerCell`'s)
  // (but a paragraph its owner opens, `RS reported …` over `RS`, is the owner's own say, unless a member's request
  // closes it, `RA asked for …`: the task from its first words)
  const closing = col.alone ? closingTaskStart(task.text) : undefined;
  const own = closing !== undefined && opensWithOwner(task.text, raw, col.owners) && !MEMBER_OPENS.test(task.text.slice(closing, closing + 8));
  addOwnerOnly(line, task, form, p, line.item.actions, discussionDue(line, task, p.text), true, own ? undefined : closing);
  return true;
}

/** A sentence a member's initials open (`RA asked …`, `JMo said …`). */
const MEMBER_OPENS = /^[A-Z]{2,4}[a-z]?[ \t]/;

/** Whether the paragraph (after its own number) opens with the owner's letters as its subject (`RS reported …` over `RS`). */
function opensWithOwner(text: string, raw: string, owners: readonly { readonly start: number; readonly end: number }[]): boolean {
  if (owners.length !== 1) return false;
  const who = raw.slice(owners[0].start, owners[0].end);
  const s = taskStart(text, true);
  return who.length >= 2 && text.startsWith(who, s) && isBlankUnit(text.charCodeAt(s + who.length));
}

/** A sentence of three words at most (`PR agreed.`, `This was agreed.`): a reply, no task of its own. */
const REPLY = /^[ \t]*\S+(?:[ \t]+\S+){0,2}[ \t.;,]*$/;
function reply(sentence: string): boolean {
  return sentence.length <= 60 && REPLY.test(sentence);
}
/** A sentence that goes on from the one before it (`This should include …`, `It would …`): part of the same say. */
const GOES_ON = /^(?:this|these|that|those|it|they|he|she|its|their|also|in[ \t]+addition|which)\b/i;

/**
 * Where the task a paragraph's owner takes starts, when the owner stands under its last line: at the
 * paragraph's last sentence (with those before it that it goes on from, GOES_ON), the sentences
 * before it what was presented or reported (`The Director of Nursing presented the report. Vacancy
 * rates had fallen to 7%.` ⏎ `Board members asked for a ward-level breakdown …` ⏎ `BO`); its label and
 * lead-in left out as `taskStart` leaves them. Undefined for a paragraph of one sentence.
 */
function closingTaskStart(text: string): number | undefined {
  const t = endBeforeStops(text, 0, text.length);
  const starts: number[] = [0];
  let at = 0;
  for (let e = sentenceEnd(text, 0, t); e < t; e = sentenceEnd(text, at, t)) {
    at = e + 1;
    while (at < t && isBlankUnit(text.charCodeAt(at))) at++;
    starts.push(at);
  }
  let k = starts.length - 1;
  // (a reply after the request is no task of its own: `OA asked for the plan … by staff group. PR agreed.`)
  while (k > 0 && (GOES_ON.test(text.slice(starts[k], starts[k] + 20)) || reply(text.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : t)))) k--;
  return k === 0 ? undefined : starts[k] + taskStart(text.slice(starts[k]), true);
}

/**
 * The Action column of a university's minutes printed in a table, one tab after the sentence's stop at
 * its last line's end (`… published by 11 December 2026.<TAB>AR`): the post by its letters (attendance.ts
 * lettersOf: `AR` for the Academic Registrar, `DVC(E)`), someone of the lists, or officers of a kind
 * (`Deans`). The task is the sentence the cell ends, the paragraph's last: its words before are what was
 * discussed or resolved, not what is to be done (`The DVC(E) presented …` ⏎ `A follow-up … to be brought …`).
 */
// (and the date it is due by after a dash, as an NHS committee's column gives it: `… themes.⇥⇥JW – Jul 24`, `⇥MH/GH – 29.05.24`)
const TAB_CELL = /[.!?][ ]?\t+((?:[A-Z]{2,6}(?:\([A-Z]\))?(?:[ ]?[/&,][ ]?[A-Z]{2,6}(?:\([A-Z]\))?)*)|[A-Z][a-z]{2,20})(?:[ ]+[–—-][ ]+([A-Z0-9][\w./ ]{1,18}?))?[ \t]*$/;

function ownerCell(line: Line): void {
  const { state, seg } = line;
  if (seg.text.length > 400 || line.meeting.people.length === 0) return;
  const raw = state.lines[seg.line];
  const m = TAB_CELL.exec(raw);
  if (!m) return;
  const cell = m[1];
  const known = isOwnerOf(line.meeting);
  const lettered = /^[A-Z]{2}/.test(cell);
  const codes = lettered ? cell.split(/[ ]?[/&,][ ]?/) : [cell];
  // each code someone's initials or a listed post's letters; a word someone's role, or officers of a kind by a role's word in the plural (`Deans`)
  const owns = (c: string): boolean => known(c) || (lettered ? holdsPost(line.meeting, c) : c.endsWith('s') && isRoleWord(c.slice(0, -1)));
  if (!codes.every(owns)) return;
  const i = segIndex(state, seg);
  if (i < 0) return;
  // (the cell's due, when it gives one, must read as one: `TB – TBC`, `TB/IC – TB to confirm` are no owner's cell)
  const cellDue = m[2] !== undefined ? readDueCell(m[2], { order: state.order }) : undefined;
  if (m[2] !== undefined && (!cellDue || cellDue.end - cellDue.start < m[2].trim().length)) return;
  // (the owners before the due: `TB` is found before `TBC`'s words, never inside them)
  const dueAt = m[2] !== undefined ? seg.text.lastIndexOf(m[2]) : seg.text.length;
  const cut = seg.text.lastIndexOf(cell, Math.max(0, dueAt - 1));
  if (cut < 0) return;
  let task = readBackward(state, i, true, line.item.headRange.start.line, cut);
  if (!task) return;
  // (a line above that ends in its own cell closed the action before: this one starts after it)
  for (let k = task.pieces.length - 2; k >= 0; k--) {
    if (!TAB_CELL.test(state.lines[task.pieces[k].seg.line])) continue;
    task = join(state, segIndex(state, task.pieces[k + 1].seg), i, 0, cut);
    break;
  }
  const p = join(state, i, i, cut);
  const owners: Array<{ start: number; end: number }> = [];
  for (let at = 0, k = 0; k < codes.length; k++) {
    at = cell.indexOf(codes[k], at);
    owners.push({ start: at, end: at + codes[k].length });
    at += codes[k].length;
  }
  const form: ActionForm = { start: 0, end: p.text.length, keyword: { start: 0, end: 0 }, owners, ownerOnly: true, statuses: [] };
  // (the cell's date after the owners is the action's due, read as a due cell is: `Jul 24`, `16.07.24`)
  const at = m[2] !== undefined ? p.text.lastIndexOf(m[2]) : -1;
  addOwnerOnly(line, task, form, p, line.item.actions, cellDue ? cellDueOf(line, p, at, cellDue) : undefined, true, lastSentenceStart(task.text));
}

/**
 * The due a cell gives at `at` of `p`: its words as a due, and its day when it names one; a month written short with its
 * year (`Jul 24`, which no calendar date reads) is due by the month's last day, as a due cell's month is (forms/dueDates.ts).
 */
function cellDueOf(line: Line, p: Paragraph, at: number, cell: DueDate): Action['due'] {
  const d = due(line, p, { start: at + cell.start, end: at + cell.end });
  // (a month and two figures is a day in a file that writes its dates month first: `Jun 24`, June 24; left to the words)
  if (!d || d.date || !cell.date || line.state.order === 'mdy') return d;
  const [year, month, day] = cell.date.split('-').map(Number);
  const where = pieceAt(p, at + cell.start);
  return { ...d, date: line.state.dateValue(where.seg, { start: 0, end: cell.end - cell.start, text: cell.text, year, month, day }, where.offset) };
}

/**
 * Whether someone of the lists holds the post `code` letters (`AR`, `DVC(E)`: attendance.ts lettersOf): in the
 * Action column a post of two words too, as the cell one tab after a sentence is an owner's.
 */
function holdsPost(meeting: Meeting, code: string): boolean {
  const want = code.toLowerCase();
  for (const b of meeting.people) for (const p of b.people) if (p.role && lettersOf(p.role.split(',')[0], 2) === want) return true;
  return false;
}

/**
 * The Action column's role word one blank after the sentence's stop (`… the November meeting. Clerk`):
 * only where the line runs out to the column (the right margin the page's other lines reach) and the
 * next line is blank or a sub-item's label (`d) External audit`): a word the next line carries on is
 * a sentence's start (`Clerk` ⏎ `to write …`, `Provost` ⏎ `Keel will report …`).
 */
function tightColumn(line: Line, raw: string): OwnerColumn | undefined {
  const { state, seg } = line;
  // (a line that ends in a small letter after `. ` near its end: most lines are ruled out here)
  const end = raw.trimEnd().length;
  const c = raw.charCodeAt(end - 1);
  if (end < 40 || c < 97 || c > 122 || raw.lastIndexOf('. ', end) < end - 12) return undefined;
  const { margin, reach } = state.margins.at(seg.line);
  if (reach < 2 || end < margin - MARGIN_SLACK) return undefined;
  const next = (state.lines[seg.line + 1] ?? '').trim();
  // (the next line blank or a sub-item's label: `Provost` ⏎ `Keel will report …` is a sentence's subject)
  if (next.length > 0 && !/^\(?[a-z0-9]{1,4}[.)][ \t]/i.test(next)) return undefined;
  return matchTightRoleCell(raw, isOwnerOf(line.meeting));
}

/**
 * What makes a month a firm due: `by`, `before`, `until` (`by the end of`), or the task coming back
 * to the board in that month (`a review … to come to the Committee in October 2025`, `report back to
 * the Board in March`).
 */
const FIRM_MONTH = /(?:\b(?:by|before|until)[ \t]+(?:the[ \t]+)?(?:end[ \t]+of[ \t]+)?|\b(?:come|return|report|brought|bring)(?:[ \t]+back)?[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+in[ \t]+)$/i;

/**
 * The due date of a paragraph of discussion an owner column gives as a task: from the sentence where
 * the owner speaks (`LS replied that … would come to the December meeting`, not the question's `by
 * March` before it), and only a firm one (`by`, `before`, `to the … meeting`): "would be considered
 * by the Executive in November" says when others act, not when the owner's action is due.
 */
function discussionDue(line: Line, task: Paragraph, ownerText: string): Action['due'] | null {
  let from = 0;
  for (const o of ownerText.split(/[ \t]*[/&,][ \t]*/)) {
    if (!/^[A-Za-z]+$/.test(o.trim())) continue;
    const re = speaks(o.trim());
    re.lastIndex = 0;
    for (let m = re.exec(task.text); m; m = re.exec(task.text)) from = Math.max(from, m.index + m[0].length - m[1].length);
  }
  const d = findDueDate(task.text, { order: line.state.order }, from);
  if (!d || (d.kind === 'month' && !FIRM_MONTH.test(task.text.slice(Math.max(0, d.start - 60), d.start)))) return null;
  return due(line, task, d) ?? null;
}

/**
 * Where an owner's initials open a sentence (`discussionDue`), one pattern an owner: an owner column
 * names the same few people on every paragraph (a copy of the pattern for each was made and run by
 * `matchAll`). Asked with `exec` from `lastIndex` 0: every match, as `matchAll` gave them.
 */
const SPEAKS = new Map<string, RegExp>();
function speaks(owner: string): RegExp {
  let re = SPEAKS.get(owner);
  if (!re) {
    // (a long-lived server reads many boards: the map kept small)
    if (SPEAKS.size >= 256) SPEAKS.clear();
    re = new RegExp(`(?:^|[.!?][ \t]+)(${owner.replace(/[^A-Za-z]/g, '')})\\b`, 'g');
    SPEAKS.set(owner, re);
  }
  return re;
}

/** An `ACTION:` line, or initials of someone of the lists alone on a line: an item's own line, never a heading. */
export function isOwnerLine(state: ParseState, seg: Segment): boolean {
  const t = seg.text;
  if (matchActionKeyword(t)) return true;
  const m = state.meeting;
  return m !== undefined && m.people.length > 0 && t.length <= 20 && holdsInitialsOf(m, t) && matchOwnerColumn(t, isPersonOf(m)) !== undefined;
}

/**
 * Whether `t` holds anywhere the initials of someone of the lists: what `matchOwnerColumn` with
 * `isPersonOf` needs, as every owner it reads (one at least) is initials written in the line that
 * must be someone's. A first test for the lines before each head (`KG`), asked in a board whose
 * lists give no initials, or not those: the full reader costs some microseconds a line.
 */
function holdsInitialsOf(meeting: Meeting, t: string): boolean {
  for (const b of meeting.people) for (const p of b.people) {
    const i = p.initials ?? (p.name.initials.length >= 2 ? p.name.initials : undefined);
    if (i && t.includes(i)) return true;
  }
  return false;
}

/**
 * The task's words as a reader gives them: without a paragraph number, a lead-in, or the owner and
 * "to" (`… Cllr Daventry to ask …. ACTION: MD`); the paragraph an Action column stands beside keeps
 * its subject (`subject`: `MC to send the signed SFVS …` beside `MC`, as the page prints it).
 */
function taskStart(text: string, subject = false): number {
  let at = 0;
  const label = LABEL.exec(text);
  if (label) at += label[0].length;
  const lead = LEAD_IN.exec(text.slice(at));
  if (lead && lead[0].trim().split(/\s+/).length <= 5) at += lead[0].length;
  const subj = SUBJECT.exec(text.slice(at));
  if (!subject && subj && /\bto[ \t]+$/.test(subj[0])) at += subj[0].length;
  return at;
}

/** Where the last sentence of a paragraph's words starts (0: it is one sentence), its sentences as `sentenceEnd` ends them. */
function lastSentenceStart(text: string): number {
  const t = endBeforeStops(text, 0, text.length);
  let at = 0;
  for (let e = sentenceEnd(text, 0, t); e < t; e = sentenceEnd(text, at, t)) {
    at = e + 1;
    while (at < t && isBlankUnit(text.charCodeAt(at))) at++;
  }
  return at;
}

/**
 * An owner alone (`ACTION: MD`, `HG`, `Clerk to action`): the task is `task` (a paragraph), the owners are in `p`;
 * `from`, where in the paragraph the task starts, when the form says (a tag's sentence).
 */
function addOwnerOnly(line: Line, task: Paragraph, form: ActionForm, p: Paragraph, into: Action[], found?: Action['due'] | null, column = false, from?: number): void {
  const s = from ?? taskStart(task.text, column);
  const e = endBeforeStops(task.text, 0, task.text.length);
  // an undertaking already read in that paragraph ("Cllr Daventry to ask …") is this action: one, not two;
  // its words are the task where the line restates it (the same owner, its own sentence)
  const tr = paragraphRange(line.state, task, s, e);
  const who = everyoneNamed(line, task, s, owners(line, p, form));
  const taken = takeRestated(line.state, into, tr.start.line, tr.end.line, who.map((o) => o.text));
  // an Action column beside the paragraph gives the paragraph as the task, whatever sentence of it the owner restates
  // (unless the paragraph writes the task itself in the column's letters, `TM to circulate … by …` beside `TM`: those words)
  const restated = column && !(taken && letteredTask(line, taken, who)) ? undefined : taken;
  // (the column's reading that the paragraph gives no firm due, `null`, stands: `… inspection in February` is when, not by when)
  if (taken && found === undefined) found = taken.due ?? null;
  push(line, {
    text: restated ? restated.text : task.text.slice(s, e), textRange: restated ? restated.textRange : tr,
    range: { start: paragraphRange(line.state, p, form.start, form.start).start, end: paragraphRange(line.state, p, form.end, form.end).end },
    keyword: form.keyword.end > form.keyword.start ? kw(line, p, form) : undefined,
    owners: who, ownerInferred: false,
    due: found === null ? undefined : found ?? due(line, task, findDueDate(task.text, { order: line.state.order }, s)),
    insertAt: paragraphRange(line.state, p, form.end, form.end),
  }, into);
}

/** Whether the undertaking opens with the column's own letters and `to` (`TM to circulate …` beside `TM`). */
function letteredTask(line: Line, a: Action, who: readonly Mention[]): boolean {
  if (who.length !== 1 || !/^[A-Z][A-Za-z]{1,3}$/.test(who[0].text)) return false;
  const t = line.state.lines[a.range.start.line] ?? '';
  const at = a.range.start.character;
  return t.startsWith(who[0].text, at) && /^[ \t]+to[ \t]/.test(t.slice(at + who[0].text.length, at + who[0].text.length + 6));
}

/**
 * `All` in the Action column beside `All governors to complete …`: the board the paragraph names is
 * the owner, in its words (the column writes it short).
 */
function everyoneNamed(line: Line, task: Paragraph, s: number, who: Mention[]): Mention[] {
  if (who.length !== 1 || who[0].text !== 'All') return who;
  const n = everyoneAt(task.text.slice(s));
  return n > 0 ? [{ text: task.text.slice(s, s + n), range: paragraphRange(line.state, task, s, s + n) }] : who;
}

/** An action line with its own words (the owner before them, or none), or an owner under a resolution. */
function add(line: Line, p: Paragraph, form: ActionForm, into: Action[]): void {
  if (!form.task) {
    // `ACTION: Director of Transport` under a resolution: the resolution is the task
    const d = line.item.decisions[line.item.decisions.length - 1];
    const text = d && d.range.start.line < line.seg.line ? d.text : '';
    push(line, {
      text, textRange: d && text ? d.range : paragraphRange(line.state, p, form.end, form.end),
      range: paragraphRange(line.state, p, form.start, form.end), keyword: kw(line, p, form), owners: owners(line, p, form), ownerInferred: false,
      due: form.due ? due(line, p, form.due) : undefined, insertAt: paragraphRange(line.state, p, form.end, form.end),
    }, into);
    return;
  }
  const te = form.due ? taskEndSetOff(p.text, form.task.start, form.task.end, form.due.start, form.due.end) : form.task.end;
  push(line, {
    text: p.text.slice(form.task.start, te).trim(), textRange: paragraphRange(line.state, p, form.task.start, te),
    range: paragraphRange(line.state, p, form.start, form.end), keyword: kw(line, p, form), owners: owners(line, p, form),
    ownerInferred: form.owners.length > 0 && !/[–—-]/.test(p.text.slice(form.owners[form.owners.length - 1].end, form.task.start)),
    due: form.due ? due(line, p, form.due) : undefined, insertAt: paragraphRange(line.state, p, form.end, form.end),
  }, into);
}

function kw(line: Line, p: Paragraph, form: ActionForm): Action['keyword'] {
  const { seg, offset } = pieceAt(p, form.keyword.start);
  return line.state.located(seg, offset, offset + (form.keyword.end - form.keyword.start));
}

function owners(line: Line, p: Paragraph, form: ActionForm): Mention[] {
  return form.owners.map((o) => ({ text: p.text.slice(o.start, o.end).trim(), range: paragraphRange(line.state, p, o.start, o.end) }));
}

/** A due date found in the paragraph, as a reader writes it: the words after "by"/"before", less a leading "the". */
function due(line: Line, p: Paragraph, d: { start: number; end: number; text?: string; found?: DateMatch; order?: DateOrder } | undefined): Action['due'] {
  if (!d) return undefined;
  let s = d.start;
  s += dueWordsStart({ text: p.text.slice(s, d.end) });
  const text = p.text.slice(s, d.end);
  const where = pieceAt(p, s);
  // the date the action's reading found, when it is these words read in this order: not read twice
  const found = d.found && s === d.start && d.order === (line.state.order ?? 'dmy') ? d.found : findDate(text, line.state.order);
  const date = found && !found.problem ? line.state.dateValue(where.seg, found, where.offset) : undefined;
  return { text, range: paragraphRange(line.state, p, s, d.end), date, nextMeeting: isNextMeeting(text) };
}

function push(line: Line, a: Omit<Action, 'index' | 'bold'>, into: Action[]): void {
  // a copy, then a store: `{ ...a, inText }` gives every action a map of its own on this V8 (docs/performance.md)
  const action: { -readonly [K in keyof Action]: Action[K] } = Object.assign({ index: into.length + 1, bold: false }, a);
  action.inText = true;
  into.push(action);
  const k = a.keyword;
  if (k && k.value !== CANONICAL.action) line.state.variants.push({ kind: 'action-keyword', range: k.range, written: k.value });
}

// gate: `action`, a cell after a gap, or a last word (a column's owner or role: it ends in a letter)
export const PUBLISHED_ACTION: InlineRecogniser = { name: 'published-action', anyWords: W_ACTION | H_GAP | H_END_LETTER, run: publishedAction };
