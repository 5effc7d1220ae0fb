/**
 * Action lines in the forms published minutes write them:
 * - `ACTION: Clerk to obtain two quotes … before the July meeting` (any case, `Action :`, `ACTION –`,
 *   `**ACTION ITEM**:`, `[NEW] ACTION:`, `[DONE] ACTION-41:`), with the canonical
 *   `ACTION: … Owner: … Due: …` fields read by `splitActionFields` (constructs.ts);
 * - `ACTION: Director of Transport` after a resolution: an owner and no task of its own (the
 *   resolution above is the task: `ownerOnly`);
 * - `ACTION: Head of Bus Reform – report on cycle parking by July 2025` (owner, dash, task);
 * - `ACTION: PN Yes check.svg Done; TW X mark.svg Cancelled – …` (a status per owner);
 * - owner initials alone on a line or far to the right of one (a flattened `Action` column);
 * - `Clerk to action`.
 * Offsets are relative to the text given. Pure; never throws.
 */
import { splitActionFields, type Span } from '../constructs';
import { findDates } from '../dates';
import { looksLikeName } from '../people';
import { findDueDate, readDueCell, readDueGroup, taskEndBefore, type DueDate, type DueOptions } from './dueDates';
import { isActor, isEveryone, isInitialsGroup, isRoleWord, splitOwners, type IsPerson } from './owners';
import { matchStatusTagAt, readStatusPhrase, statusAfterAction, type StatusMark } from './statuses';
import { isBotLine } from './debris';
import { endBeforeStops, isSpaceOrTab } from '../unitClass';
import { TRACKER_NUMBER } from './trackers';

export interface FormOptions extends DueOptions {
  /** Whether a name is someone of the meeting's lists (initials, surname, handle…). */
  readonly isPerson?: IsPerson;
  /** Whether the meeting's heading names its body by this word (`Council` in `STRATA COUNCIL MEETING`). */
  readonly namesBody?: (word: string) => boolean;
}

export interface OwnerStatus {
  /** The owner the status belongs to, when the line gives one per owner. */
  readonly owner?: Span;
  readonly mark: StatusMark;
}

export interface ActionForm {
  readonly start: number;
  readonly end: number;
  /** `ACTION:`, `**ACTION ITEM**:`, `Action :`; for an owner column or "Clerk to action", empty at the owners' start. */
  readonly keyword: Span;
  readonly owners: Span[];
  /** The action's own words; absent when the line only names an owner (the task is the resolution or paragraph above). */
  readonly task?: Span;
  readonly ownerOnly: boolean;
  readonly due?: DueDate;
  /** Statuses written on the line: a tag before it (`[PENDING]`), icons per owner. */
  readonly statuses: OwnerStatus[];
  /** A tracker's own number (`ACTION-44`), when the line has one. */
  readonly tracker?: Span;
}

// (a board's own number for the new action after the word, before its colon: a wiki's `Action A26/06: Move …`)
const KEYWORD = /^([ \t]*(?:[-*•+][ \t]+)?)(\[(?:new|pending|done|closed)\][ \t]*)?((?:\*\*|__)?(action(?:[ \t]+(?:items?|points?))?)(?:[-–][ \t]?(\d{1,5})|[ \t]+[A-Z]{1,3}\d{1,5}[/.-]\d{1,5}(?=:))?(?:\*\*|__)?)[ \t]*(?::|[–—-](?=[ \t]))[ \t]*/i;
/** Where the words after an action's keyword start (`**ACTION ITEM**: `, `Action point: `), the keyword with no status tag or tracker number; -1 when none opens `text`. */
export function actionKeywordEnd(text: string): number {
  const m = KEYWORD.exec(text.length > 200 ? text.slice(0, 200) : text);
  return m && !m[2] && !m[5] ? m[0].length : -1;
}

/**
 * `Action KO: Provide …`, `Action BL/RM: Review …`: a board's action with its owners' initials between the
 * word and the colon (a particle's small letter kept, `PvR`). Case matters: `Action plan:` heads a plan.
 */
const OWNED_KEYWORD = /^([ \t]*(?:[-*•+][ \t]+)?)((?:\*\*|__)?(?:Action|ACTION)(?:\*\*|__)?)[ \t]+(?!(?:BY|ITEMS?|POINTS?|FOR|TO|ON|LOG|NOTES?|PLAN)\b)([A-Z](?:[a-z]{0,2}[A-Z]){1,3}(?:[ \t]*[/&][ \t]*[A-Z](?:[a-z]{0,2}[A-Z]){1,3}){0,3})[ \t]*:[ \t]*/;
/**
 * Mid-paragraph, only the capitals form counts ("… before the July meeting. ACTION: MD"); the word
 * as a sentence writes it only after a sentence, with its owners in square brackets closing the
 * line ("Ruth asked that the date be fixed. Action: book the hall [Colin Barraclough, by May]").
 */
// (what stands before the keyword is looked behind from the keyword: looked behind from every place, a long run of blanks is quadratic)
const INLINE_KEYWORD = /(?:\*\*)?ACTION(?<=(?:[.;:!?)][ \t]+|[ \t]{2,}|\t)(?:\*\*)?ACTION)(?:\*\*)?[ \t]*(?::|[–—](?=[ \t]))[ \t]*|Action:(?<=[.!?][ \t]+Action:)[ \t]*/g;
/** The subject's verb after an owner: `Clerk to obtain`, `FD TO obtain` (a line in capitals' `TO`), `WMP will …`. */
const SUBJECT_VERB = /[ \t]+(?:to|TO|will|is[ \t]+to|are[ \t]+to|must|should)[ \t]+/;
const OWNER_DASH = /[ \t]+[–—-][ \t]+/;
/** `to` opening the task after an owner's dash, before its verb (`Head of Housing – to publish …`). */
const DASH_TO = /^to[ \t]+(?!(?:the|a|an)[ \t])(?=[a-z])/;
/** `to` before an article: a role's preposition (`Clerk to the Board`, `Secretary to the Council`), never a task's infinitive. */
const ROLE_TO = /^(?:to|TO)[ \t]+(?:the|a|an)[ \t]/;

/** SUBJECT_VERB's first match in `head` that opens a task: `Clerk to the Board to circulate …` reads past the role's `to the`. */
function subjectVerb(head: string): RegExpExecArray | null {
  let at = 0;
  for (let n = 0; n < 3; n++) {
    const m = SUBJECT_VERB.exec(head.slice(at));
    if (!m) return null;
    m.index += at;
    if (!ROLE_TO.test(head.slice(m.index).trimStart())) return m;
    at = m.index + m[0].length;
  }
  return null;
}


/**
 * An action line starting at the start of `text` (after blanks, a bullet, a status tag).
 * `end` limits the line (defaults to the text's end: pass a paragraph to read a wrapped action).
 */
export function matchActionLine(text: string, options: FormOptions = {}, end = text.length): ActionForm | undefined {
  if (text.length > 20000) return undefined;
  const m = KEYWORD.exec(text.slice(0, Math.min(end, 200)));
  if (!m) return ownedAction(text, options, end);
  const statuses: OwnerStatus[] = [];
  if (m[2]) {
    const tag = matchStatusTagAt(text, m[1].length);
    if (tag) statuses.push({ mark: { ...tag, note: undefined } });
  }
  const kwStart = m[1].length + (m[2]?.length ?? 0);
  const keyword = { start: kwStart, end: endBeforeStops(text, kwStart, m[0].length) };
  const tracker = m[5] ? trackerOf(kwStart, m[3]) : undefined;
  return readBody(text, m[0].length, end, keyword, statuses, options, tracker);
}

/** Whether the line opens with an action's word and its owners' initials before the colon (`Action KO:`). */
export function opensOwnedAction(text: string): boolean {
  const head = text.slice(0, 80);
  return OWNED_KEYWORD.test(head) && !KEYWORD.test(head);
}

/**
 * `Action KO: Provide a breakdown … to the` ⏎ `Finance and Performance Committee.      Due: December 2026`:
 * the owners' initials after the word, the task after the colon, and its due in a `Due:` field at its end
 * (right-aligned on the task's last line or alone on the next), else in the task's words.
 */
function ownedAction(text: string, options: FormOptions, end: number): ActionForm | undefined {
  const o = OWNED_KEYWORD.exec(text.slice(0, Math.min(end, 200)));
  if (!o) return undefined;
  const ks = o[1].length;
  const keyword = { start: ks, end: ks + o[2].length };
  const os = ks + o[2].length + o[0].slice(ks + o[2].length).indexOf(o[3]);
  const owners = splitOwners(text, os, os + o[3].length);
  const b = o[0].length;
  const e = endBeforeStops(text, b, end);
  const f = FIELDS.test(text.slice(b, e)) ? splitActionFields(text.slice(0, e), b) : undefined;
  const task = f ? { start: f.text.start, end: endBeforeStops(text, f.text.start, f.text.end) } : { start: b, end: e };
  const due = f?.due ? shift(readDueCell(text.slice(f.due.start, f.due.end), options), f.due.start) : findDueDate(text.slice(0, e), options, b);
  return { start: ks, end: e, keyword, statuses: [], owners, task, ownerOnly: false, due };
}

/**
 * A scribe's `AI` (action item), its owner in brackets or not, a colon: `AI (Chiara): open the
 * tracking issue …`, `AI @oskar-lind: tag the release`, `AI @meiling + @tbakare: move …`.
 */
const ABBREVIATED = /^[ \t]*(AI)[ \t]*(?:\([ \t]*([^()]{1,60}?)[ \t]*\)|[ \t]([^():]{1,60}?))[ \t]*:[ \t]*/;

/**
 * An action item a project's running notes write as `**AI** (Tunde): run the soak test by
 * 2026-02-25` (the notes as Google Docs exports them): the owner in brackets, as the scribe names
 * them (a first name), then the task. Notes kept in Markdown (HackMD) write the owner without the
 * brackets, by handle: `**AI** @oskar-lind: tag 4.2.0-rc2`, `**AI** @meiling + @tbakare: …`; there
 * only an owner (a handle, initials, someone of the lists, a role) opens it, never a bare word
 * (`**AI** Policy: …` is a heading). Only the abbreviation in capitals; the caller asks that it is
 * bold (`AI (…)` in plain words may be anything else).
 */
export function matchAbbreviatedAction(text: string, options: FormOptions = {}): ActionForm | undefined {
  if (text.length > 2000) return undefined;
  const m = ABBREVIATED.exec(text);
  if (!m || !(m[2] !== undefined ? isOwnerPhrase(m[2], options) || isBareName(m[2]) : isOwnerPhrase(m[3], options))) return undefined;
  const who = m[2] ?? m[3];
  const kw = m[0].indexOf('AI');
  const os = m[0].indexOf(who, kw + 2);
  const t = m[0].length;
  const e = endBeforeStops(text, t, text.length);
  if (e <= t) return undefined;
  return { start: kw, end: e, keyword: { start: kw, end: kw + 2 }, statuses: [], tracker: undefined, owners: splitOwners(text, os, os + who.length), task: { start: t, end: e }, ownerOnly: false, due: findDueDate(text.slice(0, e), options, t) };
}

/** An open Markdown task: its list marker (the one a bullet's own was not taken for), its box. */
export const OPEN_TASK = /^[ \t]*(?:[-*+][ \t]+)?\[ \][ \t]+/;

/**
 * An open Markdown task that gives an action: `- [ ] @adaok to read the charter and propose edits`,
 * `[ ] MF – order the scanner (by 29 Feb)`; the owner is read as after an action keyword, and a task
 * whose owner is not written (a checklist's `- [ ] Book the room`) is none. `keyword` is the box.
 */
export function matchTaskAction(text: string, options: FormOptions = {}): ActionForm | undefined {
  if (text.length > 2000) return undefined;
  const m = OPEN_TASK.exec(text);
  if (!m) return undefined;
  const box = m[0].indexOf('[');
  // `- [ ] @rbansal: cut the release candidate`: the owner, a colon, the task (a project's notes as
  // they write a task's assignee)
  const e = endBeforeStops(text, m[0].length, text.length);
  const own = ownerColon(text, m[0].length, e, options);
  if (own) {
    const due = findDueDate(text.slice(0, e), options, own.task);
    // `- [ ] Kenji: pin the runner image — by next sync`: the due set off after a dash is no word of the task
    const cut = due ? taskEndBefore(text, own.task, due.start) : -1;
    return { start: box, end: e, keyword: { start: box, end: box + 3 }, statuses: [], tracker: undefined, owners: splitOwners(text, m[0].length, own.colon), task: { start: own.task, end: cut > own.task ? cut : e }, ownerOnly: false, due };
  }
  const f = readBody(text, m[0].length, text.length, { start: box, end: box + 3 }, [], options);
  if (f.owners.length > 0 && f.task && !f.ownerOnly && f.statuses.length === 0) return f;
  // `- [ ] @tmarsh send the budget to the examiner (by 2024-04-01)`, `- [ ] @nb + @gl meet the harbour master`: the
  // owners' handles, then the task in the imperative, no `to` between (a forge's notes as they assign a task)
  const h = HANDLES_FIRST.exec(text.slice(m[0].length, Math.min(e, m[0].length + 200)));
  if (!h) return undefined;
  const owners: Span[] = [];
  for (const x of h[1].matchAll(/@[\w-]+(?:\.[\w-]+)*/g)) owners.push({ start: m[0].length + x.index, end: m[0].length + x.index + x[0].length });
  const t = m[0].length + h[0].length;
  return { start: box, end: e, keyword: { start: box, end: box + 3 }, statuses: [], tracker: undefined, owners, task: { start: t, end: e }, ownerOnly: false, due: findDueDate(text.slice(0, e), options, t) };
}
const HANDLES_FIRST = /^(@[\w-]+(?:\.[\w-]+)*(?:[ \t]*(?:\+|&|,|and)[ \t]*@[\w-]+(?:\.[\w-]+)*){0,5})[ \t]+(?=[a-z])/;

/**
 * An owner, a colon, then the task, from `b`: a project's notes as they write a task's assignee
 * (`@rbansal: cut the release candidate`), a governing board's `ACTION – SM: share the breakdown …`
 * (`LF/AH: …` for two). Words before a colon that are no owner (`Note: …`) give none.
 */
function ownerColon(text: string, b: number, e: number, options: FormOptions): { colon: number; task: number } | undefined {
  const colon = text.indexOf(':', b);
  if (colon <= b || colon > b + 60 || colon >= e || !/^[ \t]/.test(text.slice(colon + 1)) || !isOwnerPhrase(text.slice(b, colon), options)) return undefined;
  let t = colon + 1;
  while (t < e && (text.charCodeAt(t) === 0x20 || text.charCodeAt(t) === 0x09)) t++;
  return t < e ? { colon, task: t } : undefined;
}

/**
 * Whether the words from `from` (where an action keyword ends) could give an owner and a task of
 * their own, as `matchActionLine` reads them: a field's colon, an owner's dash, a subject's verb or
 * owners in square brackets last.
 * Without one it reads an owner alone, a task with no owner, or statuses.
 */
export function mayGiveOwnerAndTask(text: string, from: number): boolean {
  // (native searches of the rest of the line: a loop over its characters in JavaScript is slower)
  // (and a closing square bracket: `… [Hannah Osei, by 31 October]`, the owners last)
  return text.indexOf(':', from) >= 0 || text.indexOf('-', from) >= 0 || text.indexOf('–', from) >= 0 || text.indexOf('—', from) >= 0 || text.trimEnd().endsWith(']') || SUBJECT_VERB.test(text.slice(from, from + 90));
}

function trackerOf(at: number, kw: string): Span {
  const s = at + (kw.startsWith('*') || kw.startsWith('_') ? 2 : 0);
  const len = kw.replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '').length;
  return { start: s, end: s + len };
}

/** Every `ACTION:` in a paragraph: at its start in any case, and in capitals after a sentence ends. */
export function findActionLines(text: string, options: FormOptions = {}): ActionForm[] {
  if (text.length > 20000) return [];
  const out: ActionForm[] = [];
  const first = matchActionLine(text, options);
  if (first) out.push(first);
  INLINE_KEYWORD.lastIndex = 0;
  for (let m = INLINE_KEYWORD.exec(text); m; m = INLINE_KEYWORD.exec(text)) {
    if (first && m.index < first.keyword.end) continue;
    const next = text.indexOf('\n\n', m.index);
    const form = readBody(text, m.index + m[0].length, next < 0 ? text.length : next, { start: m.index, end: m.index + m[0].trimEnd().length }, [], options);
    // (`Action:` in a sentence's words: only with the owners in brackets that close the line)
    if (m[0].charCodeAt(1) === 0x63 && (form.owners.length === 0 || text.charCodeAt(form.end - 1) !== 0x5d)) continue;
    out.push(form);
  }
  // a school's tag after the sentence it is for: `… to the next meeting. [Action: LH – Spring 1 meeting]`
  // (a council's in round brackets: `… to be sent to Mr Roe. (Action: Clerk – by 4 May 2026)`)
  if (text.indexOf('[') >= 0 || text.indexOf('(A') >= 0) {
    ACTION_TAG.lastIndex = 0;
    for (let m = ACTION_TAG.exec(text); m; m = ACTION_TAG.exec(text)) {
      const form = readActionTag(text, m, options);
      if (form && !out.some((f) => f.keyword.start <= form.start && form.start < f.end)) out.push(form);
    }
  }
  return out;
}

/**
 * `[Action: LH – Spring 1 meeting]`, `[Action: BM, FI, AS, DC – end of term]`, `[Action: KE – by 18 December]`:
 * after a sentence, in square brackets, the owners and, after a dash, when it is due. The task is the
 * sentence before it (the form names only owners). A council's minutes write it in round brackets, the page
 * wrapping it as it wraps the sentence (`… to be arranged. (Action: Scrutiny Officer –` ⏎ `w/c 11 May 2026)`).
 */
// (the sentence's end looked behind only from a bracket: looked behind from every place, a long run of blanks is quadratic)
const ACTION_TAG = /(?:\[(?<=[.!?][ \t]+\[)(?:Action|ACTION)(?:[ \t]+by)?[ \t]*:[ \t]*([^\[\]\n]{1,120})\]|\((?<=[.!?][ \t]+\()(?:Action|ACTION)(?:[ \t]+by)?[ \t]*:[ \t]*([^()[\]]{1,120})\))/g;

function readActionTag(text: string, m: RegExpExecArray, options: FormOptions): ActionForm | undefined {
  const inner = m[1] ?? m[2];
  const bodyStart = m.index + m[0].indexOf(inner, m[0].indexOf(':'));
  const bodyEnd = bodyStart + inner.trimEnd().length;
  const body = text.slice(bodyStart, bodyEnd);
  // the owners, then a dash and the due (the last dash set off by blanks: `Vice-Chair` keeps its own)
  const dash = /[ \t]+[–—-][ \t\n]+(?!.*[ \t][–—-][ \t])/.exec(body);
  const ownersEnd = dash ? bodyStart + dash.index : bodyEnd;
  const due = dash ? readDueCell(body.slice(dash.index + dash[0].length), options) : undefined;
  const owners = splitOwners(text, bodyStart, ownersEnd);
  if (owners.length === 0 || (dash && !due)) return undefined;
  const keyword = { start: m.index, end: bodyStart };
  return { start: m.index, end: m.index + m[0].length, keyword, statuses: [], owners, ownerOnly: true, due: dash ? shift(due, bodyStart + dash.index + dash[0].length) : undefined };
}

/** The canonical fields of our markup, after the keyword: `Owner:`, `Due:`, `Due date:`, `By:`. */
const FIELDS = /(?:^|[.;,\s])(?:owners?|due(?:[ \t]+date)?|by)[ \t]*:/i;

/**
 * Whether `text` may hold a canonical field (`Owner:`, `Owners:`, `Due:`, `Due date:`, `By:`, any
 * case): a colon with, before it and its blanks, the last letter of one of their names (r, s, e, y).
 * The cheap first test of every field pattern: an action line's colon is most often its keyword's,
 * and the pattern, tried at each of the line's blanks, costs more than a search for the colons.
 */
export function mayHoldFields(text: string): boolean {
  for (let k = text.indexOf(':'); k >= 0; k = text.indexOf(':', k + 1)) {
    let j = k - 1;
    while (j >= 0 && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09)) j--;
    const c = text.charCodeAt(j) | 32;
    if (c === 0x72 || c === 0x73 || c === 0x65 || c === 0x79) return true;
  }
  return false;
}

/** Whether `text` holds the character `ch` between `s` and `e`: the cheap first test of a pattern that needs one (a native search, faster than a loop over the characters). */
function within(text: string, ch: string, s: number, e: number): boolean {
  const k = text.indexOf(ch, s);
  return k >= 0 && k < e;
}

function readBody(text: string, b: number, limit: number, keyword: Span, statuses: OwnerStatus[], options: FormOptions, tracker?: Span): ActionForm {
  const e = endBeforeStops(text, b, limit);
  const start = statuses.length > 0 ? Math.min(keyword.start, statuses[0].mark.start) : keyword.start;
  // each answer written out whole, never `{ ...base, owners }`: on this V8 a spread followed by new
  // keys gives every object a map of its own, slow to make and to read (docs/performance.md)
  // the canonical fields: `… Owner: X. Due: 25/10/2022.`
  const colon = text.indexOf(':', b);
  if (colon >= 0 && colon < e && FIELDS.test(text.slice(b, e))) {
    const f = splitActionFields(text.slice(0, e), b);
    const owners = f.owners ? splitOwners(text, f.owners.start, f.owners.end) : [];
    const due = f.due ? shift(readDueCell(text.slice(f.due.start, f.due.end), options), f.due.start) : undefined;
    const task = f.text.end > f.text.start ? f.text : undefined;
    return { start, end: e, keyword, statuses, tracker, owners, task, ownerOnly: !task, due };
  }
  // a status per owner: `MF Yes check.svg Done – …`, `PN Yes check.svg Done; TW X mark.svg Cancelled`
  const iconic = ownerStatuses(text, b, e);
  if (iconic) return { start, end: e, keyword, statuses: [...statuses, ...iconic], tracker, owners: iconic.map((s) => s.owner!), ownerOnly: true };
  // `SM: share the termly breakdown … by 27/02/26` (the owner's initials, a colon, the task)
  const own = within(text, ':', b, Math.min(e, b + 61)) ? ownerColon(text, b, e, options) : undefined;
  if (own) return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, own.colon), task: { start: own.task, end: e }, ownerOnly: false, due: findDueDate(text.slice(0, e), options, own.task) };
  // `Head of Bus Reform – report on cycle parking by July 2025`, `MF – order the scanner (by 29 Feb)`
  // an owner is short: only its neighbourhood is searched
  const near = Math.min(e, b + 90);
  const head = text.slice(b, near);
  const dash = within(text, '-', b, near) || within(text, '–', b, near) || within(text, '—', b, near) ? OWNER_DASH.exec(head) : null;
  // `Co Sec – by 30 April 2026`, `YK – May 2026 Board`: an owner alone with, after the dash, only when it is due (the task
  // is the paragraph above, as for an owner alone)
  const dueOnly = dash && dash.index > 0 && dash.index <= 40 ? dueAfterOwner(text, head.slice(0, dash.index), b + dash.index + dash[0].length, e, options) : undefined;
  if (dash && dueOnly) return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, b + dash.index), ownerOnly: true, due: dueOnly };
  // `Chief Operating Officer, 31 August 2024`, `Vice-Chancellor / Chief Operating Officer, September 2024` (a university's
  // minutes): the owner alone and, after a comma, only when it is due
  const comma = text.indexOf(',', b);
  const dueComma = comma > b && comma - b <= 60 && comma < e ? dueAfterOwner(text, text.slice(b, comma), comma + 1, e, options) : undefined;
  if (dueComma) return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, comma), ownerOnly: true, due: dueComma };
  // `HT by Summer 2 – report the survey's results to the board`: the owner and when, then the task after the dash
  const byDue = dash && dash.index > 0 && dash.index <= 60 ? ownerByDue(text, b, b + dash.index, options) : undefined;
  if (dash && byDue) {
    const t = b + dash.index + dash[0].length;
    return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, byDue.ownerEnd), task: { start: t, end: e }, ownerOnly: false, due: byDue.due };
  }
  if (dash && dash.index > 0 && dash.index <= 60 && (isOwnerPhrase(head.slice(0, dash.index), options) || namedBeforeTask(head, dash.index, dash.index + dash[0].length))) {
    // `Head of Housing – to publish the plan …`: the infinitive's `to` after the dash is no word of the task
    const inf = DASH_TO.exec(text.slice(b + dash.index + dash[0].length, e));
    const t = b + dash.index + dash[0].length + (inf ? inf[0].length : 0);
    return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, b + dash.index), task: { start: t, end: e }, ownerOnly: false, due: findDueDate(text.slice(0, e), options, t) };
  }
  // `Clerk to obtain two quotes …`, `@tobi-r to update #801 … before 2026-01-28`
  const verb = subjectVerb(head);
  // after the keyword, a name before "to" is the owner even when the lists are not known ("ACTION: Amara to write …")
  if (verb && verb.index > 0 && (isOwnerPhrase(head.slice(0, verb.index), options) || isBareName(head.slice(0, verb.index)))) {
    const t = b + verb.index + verb[0].length;
    return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, b + verb.index), task: { start: t, end: e }, ownerOnly: false, due: findDueDate(text.slice(0, e), options, t) };
  }
  // `bring the fuel forecast [Deepa Narayan, by the December meeting]`: the owners and due in square brackets last
  const tail = text.charCodeAt(e - 1) === 0x5d ? bracketedTail(text, b, e, options) : undefined;
  if (tail) return { start, end: e, keyword, statuses, tracker, owners: tail.owners, task: { start: b, end: tail.taskEnd }, ownerOnly: false, due: tail.due };
  // `publish SECURITY.md with the rota link — @lina-sec (by 2026-03-19)`: the task, a dash, its owner last
  const last = trailingOwner(text, b, e, options);
  if (last) return { start, end: e, keyword, statuses, tracker, owners: last.owners, task: { start: b, end: last.taskEnd }, ownerOnly: false, due: last.due };
  // `Director of Transport`, `MD`, `Director of Estates (carbon trajectory, February 2025)`: an owner alone
  const body = text.slice(b, e);
  const paren = /[ \t]*\(([^()]*)\)$/.exec(body);
  const who = paren ? body.slice(0, paren.index) : body;
  if (who.length > 0 && isOwnerPhrase(who, options)) {
    let due: DueDate | undefined;
    if (paren) {
      const ps = b + paren.index + paren[0].indexOf('(') + 1;
      due = findDueDate(text.slice(0, e), options, ps) ?? dueInList(text, ps, ps + paren[1].length, options);
    }
    return { start, end: e, keyword, statuses, tracker, owners: splitOwners(text, b, b + who.length), ownerOnly: true, due };
  }
  // a task with no owner written: `ACTION: Publish the budget by 30 June`
  return { start, end: e, keyword, statuses, tracker, owners: [], task: e > b ? { start: b, end: e } : undefined, ownerOnly: false, due: e > b ? findDueDate(text.slice(0, e), options, b) : undefined };
}

/**
 * An owner after the task, set off by a long dash at the line's end, as a project's notes write an
 * action (`— @kwolak`, the handle in code marks `` — `@kwolak` ``), with its due in brackets after it
 * (`(by 2026-03-19)`, `(before the beta)`, `(April meeting)`) or after a comma (`— @junw, by 2026-03-27`). Only an en or em dash: a hyphen with
 * blanks round it joins a task's own words (`the 2025 - 26 budget`).
 */
const TRAILING_OWNER = /[ \t]+[–—][ \t]+(`?)([^`()–—]{1,60}?)\1(?:[ \t]*\(([^()]{1,60})\)|,[ \t]+((?:by|before|due)[ \t]+[^`()–—,]{1,40}?))?[ \t]*$/;

function trailingOwner(text: string, b: number, e: number, options: FormOptions): { owners: Span[]; taskEnd: number; due?: DueDate } | undefined {
  // (the dash is looked for natively first: most action lines have none)
  if (!within(text, '—', b, e) && !within(text, '–', b, e)) return undefined;
  const body = text.slice(b, e);
  const m = TRAILING_OWNER.exec(body);
  if (!m || m.index === 0) return undefined;
  const who = m[2].trim();
  if (!isOwnerPhrase(who, options) && !isBareName(who)) return undefined;
  const os = b + m.index + m[0].indexOf(m[2], m[0].search(/[–—]/) + 1) + (m[2].length - m[2].trimStart().length);
  const taskEnd = endBeforeStops(text, b, b + m.index);
  if (taskEnd <= b) return undefined;
  let due: DueDate | undefined;
  if (m[3] !== undefined) {
    const gs = b + m.index + m[0].lastIndexOf('(') + 1;
    due = shift(readDueGroup(m[3], options), gs);
  } else if (m[4] !== undefined) {
    due = shift(readDueGroup(m[4], options), b + m.index + m[0].lastIndexOf(m[4]));
    if (!due) return undefined;
  }
  return { owners: splitOwners(text, os, os + who.length), taskEnd, due };
}

/**
 * The owners and the due in square brackets closing an action line, as a charity's board writes
 * them: `[Deepa Narayan, December meeting]`, `[Lewis Drummond, by w/c 3 November]`, `[Colin
 * Barraclough and Ruth Ekwueme, by the December meeting]`; the due after the last comma (`by` or
 * not), or none (`[Hannah Osei]`). Every owner a name or someone of the lists; else it is no owner
 * (`[see paper B]`).
 */
const BRACKET_TAIL = /[ \t]*\[([^[\]]{1,100})\][ \t]*$/;

function bracketedTail(text: string, b: number, e: number, options: FormOptions): { owners: Span[]; taskEnd: number; due?: DueDate } | undefined {
  const m = BRACKET_TAIL.exec(text.slice(b, e));
  if (!m || m.index === 0) return undefined;
  const inner = b + m.index + m[0].indexOf('[') + 1;
  const comma = m[1].lastIndexOf(',');
  let due: DueDate | undefined;
  let whoEnd = inner + m[1].length;
  if (comma > 0) {
    due = shift(readDueGroup(m[1].slice(comma + 1), options), inner + comma + 1);
    if (due) whoEnd = inner + comma;
  }
  const owners = splitOwners(text, inner, whoEnd);
  if (owners.length === 0 || !owners.every((o) => isOwnerOrName(text.slice(o.start, o.end), options))) return undefined;
  const taskEnd = endBeforeStops(text, b, b + m.index);
  return taskEnd > b ? { owners, taskEnd, due } : undefined;
}

/**
 * A row of a task list that lost its boxes and mention chips in the copy (a wiki's `Action items`
 * blueprint): the owner, `to`, the task, and the date its due-date chip left last on the line
 * (`Helen Marsh to ask the solicitor for advice on the covenant 9 Apr 2025`); with no date there, a
 * due the task's words give (`… for the April meeting`). Only a name or an owner before `to`.
 */
export function matchOwnerRow(line: string, options: FormOptions = {}): ActionForm | undefined {
  if (line.length > 400) return undefined;
  const b = line.length - line.trimStart().length;
  const e = endBeforeStops(line, b, line.length);
  const verb = subjectVerb(line.slice(b, Math.min(e, b + 90)));
  if (!verb || verb.index === 0 || !/^[ \t]+to[ \t]/.test(verb[0])) return undefined;
  const who = line.slice(b, b + verb.index);
  if (!isOwnerPhrase(who, options) && !isBareName(who)) return undefined;
  const t = b + verb.index + verb[0].length;
  // the chip's date: a whole calendar date closing the row, after a blank
  const dates = findDates(line.slice(t, e), options.order ?? 'dmy');
  const chip = dates.length > 0 ? dates[dates.length - 1] : undefined;
  let due: DueDate | undefined;
  let taskEnd = e;
  if (chip && !chip.problem && t + chip.end === e && chip.start > 0 && /[ \t]/.test(line[t + chip.start - 1])) {
    due = shift(readDueCell(chip.text, options), t + chip.start);
    if (due) taskEnd = endBeforeStops(line, t, t + chip.start);
  }
  due ??= findDueDate(line.slice(0, e), options, t);
  if (taskEnd <= t) return undefined;
  return { start: b, end: e, keyword: { start: b, end: b }, owners: splitOwners(line, b, b + who.length), task: { start: t, end: taskEnd }, ownerOnly: false, due, statuses: [], tracker: undefined };
}

/**
 * A row of a closing summary of actions as a parish clerk writes it: the owner, a colon, the task,
 * its due in brackets last (`Clerk: report the gully to Highways (by 13 March)`, `Cllr Blyth: obtain
 * two quotes (April meeting)`, `Cllrs Tate & Iqbal: walk the play area (before 10 April)`). The owner
 * is a role, initials or a name as written (the lists are not known where the layout is read); words
 * before the colon that are none (`Note: …`) give no row.
 */
export function matchOwnerColonRow(line: string, options: FormOptions = {}): (ActionForm & { readonly task: Span }) | undefined {
  if (line.length > 400) return undefined;
  const b = line.length - line.trimStart().length;
  const e = endBeforeStops(line, b, line.length);
  const colon = line.indexOf(':', b);
  if (colon <= b || colon > b + 40 || colon >= e || !/^[ \t]/.test(line.slice(colon + 1)) || !isOwnerOrName(line.slice(b, colon), options)) return undefined;
  let t = colon + 1;
  while (t < e && (line.charCodeAt(t) === 0x20 || line.charCodeAt(t) === 0x09)) t++;
  // the due in brackets closing the row, `by` or not (`(April meeting)`): no word of the task
  const group = line.charCodeAt(e - 1) === 0x29 ? /[ \t]*\(([^()]{1,40})\)$/.exec(line.slice(t, e)) : null;
  let due: DueDate | undefined;
  let taskEnd = e;
  if (group) {
    due = shift(readDueGroup(group[1], options), t + group.index + group[0].indexOf('(') + 1);
    if (due) taskEnd = endBeforeStops(line, t, t + group.index);
  }
  due ??= findDueDate(line.slice(0, e), options, t);
  if (taskEnd <= t) return undefined;
  return { start: b, end: e, keyword: { start: b, end: b }, owners: splitOwners(line, b, colon), task: { start: t, end: taskEnd }, ownerOnly: false, due, statuses: [], tracker: undefined };
}

/**
 * A row of a closing list of actions as a small board's secretary types it: the owners, the task and
 * its due, parted by spaced dashes (`• Beth Carraway – Send the draft lease to the board – by October 1,
 * 2025`, `- Treasurer – Present the reserve policy – October meeting`, `Hector Salas & Dana Kim – Prepare
 * the slate – by October 21`). All three parts are needed: a review's bullet `Beth – Submit the form –
 * Done` ends in a status, not a due, and gives no row; nor do words before the first dash that are nobody.
 */
export function matchOwnerDashRow(line: string, options: FormOptions = {}): (ActionForm & { readonly task: Span }) | undefined {
  if (line.length > 400) return undefined;
  const lead = DASH_ROW_LEAD.exec(line);
  const b = lead ? lead[0].length : 0;
  const e = endBeforeStops(line, b, line.length);
  DASH_CUT.lastIndex = b;
  const first = DASH_CUT.exec(line);
  if (!first || first.index > b + 60 || first.index + first[0].length >= e) return undefined;
  let last: RegExpExecArray | null = first;
  for (let d = DASH_CUT.exec(line); d && d.index < e; d = DASH_CUT.exec(line)) last = d;
  if (last === first) return undefined;
  const owners = splitOwners(line, b, first.index);
  if (owners.length === 0 || !owners.every((o) => isOwnerOrName(line.slice(o.start, o.end), options))) return undefined;
  const t = first.index + first[0].length;
  const taskEnd = last.index;
  if (!/[a-z]{2,}[ \t]+[a-z]{2,}/.test(line.slice(t, taskEnd))) return undefined;
  const ds = last.index + last[0].length;
  const due = shift(readDueCell(line.slice(ds, e), options), ds);
  // the due is the whole of the last part: a status there (`Done`, `In progress`) or a note of other words is no due
  if (!due || due.end < e - 1) return undefined;
  return { start: b, end: e, keyword: { start: b, end: b }, owners, task: { start: t, end: taskEnd }, ownerOnly: false, due, statuses: [], tracker: undefined };
}
/** A bullet before the row (`•`, `-`, `*`, `–`), blanks round it. */
const DASH_ROW_LEAD = /^[ \t]*(?:[•·▪◦*–-][ \t]+)?/;
/** A spaced dash that parts a row's cells (`–`, `—`, ` - `). */
const DASH_CUT = /[ \t]+[–—-][ \t]+/g;

/**
 * A bullet of the meeting's own actions, as an academy trust's minutes write them under the
 * discussion: the owners, a colon, the task opening with its verb, the due set off after a dash last
 * (`► SK/JW: bring a three-year budget forecast … – July board`, `► FL: circulate the register – by
 * half-term`). The row of a closing summary (`matchOwnerColonRow`), whose task here must open with an
 * imperative and a due must close it: a speaker's bullet (`Dev: #2296 is the Windows path bug`) is no action.
 */
export function matchOwnerColonTask(line: string, options: FormOptions = {}): (ActionForm & { readonly task: Span }) | undefined {
  // (cheap first test: the one word after the colon, an imperative, before the row is read)
  const colon = line.indexOf(':');
  if (colon < 0) return undefined;
  COLON_VERB.lastIndex = colon + 1;
  const verb = COLON_VERB.exec(line);
  if (!verb || !IMPERATIVE.test(verb[1])) return undefined;
  const f = matchOwnerColonRow(line, options);
  if (!f || !f.due) return undefined;
  // each owner one who can own an action (initials, a role, someone of the lists), never a label
  // or a speaker's first name as written (`Decision: move …`, `Tobias: draft proposes …`)
  if (!f.owners.every((o) => isActor(line.slice(o.start, o.end), options.isPerson))) return undefined;
  // (`… modelled – July board`: the due set off at the task's end is no word of it)
  const cut = taskEndBefore(line, f.task.start, f.due.start);
  return cut > f.task.start && f.due.start < f.task.end ? { ...f, task: { start: f.task.start, end: cut } } : f;
}

/** The word that opens the task after an owner's colon (sticky, from just after the colon): the row's task starts there. */
const COLON_VERB = /[ \t]+([a-z]+)/y;

/** Imperatives that open a task and are never an owner ("ACTION: Write to the school"). */
const IMPERATIVE = /^(?:write|send|report|circulate|ask|check|draft|arrange|contact|update|prepare|bring|share|publish|provide|add|review|set|speak|invite|confirm|look|go|reply|respond|make|get|talk|return|submit|forward|e-?mail|phone|raise|refer|seek|obtain|produce|organise|organize|book|liaise|move|chase|agree|consider|investigate|explore|find|follow|put|take|give|order|meet|visit|inspect|clarify|research|discuss)$/i;

/**
 * `Sam Okafor – put out a call …`, `Lucy Penhale and Tom Brindley – draft …`: names as written, a dash,
 * and a task that opens with its verb are the owner and the task even when the lists do not give the
 * names (a helper `In attendance`); a topic before a dash (`Speeding – Clerk to write …`) is followed by no verb.
 */
function namedBeforeTask(head: string, dash: number, task: number): boolean {
  const verb = /^[a-z]+/.exec(head.slice(task));
  return verb !== null && IMPERATIVE.test(verb[0]) && isBareName(head.slice(0, dash));
}

function isBareName(phrase: string): boolean {
  const p = phrase.trim();
  if (p.split(/[ \t]+/).length <= 3 && looksLikeName(p) && !IMPERATIVE.test(p.split(/[ \t]+/)[0])) return true;
  // two or three people named as the scribe names them, joined: "Ilse and Nils to test …", "Amara, Jo and Tomasz to …"
  if (!/[ \t](?:and|&)[ \t]/.test(p)) return false;
  const parts = splitOwners(p);
  return parts.length > 1 && parts.length <= 3 && parts.every((s) => isBareName(p.slice(s.start, s.end)) && !/[ \t](?:and|&)[ \t]/.test(p.slice(s.start, s.end)));
}

/** An owner as a scribe names them: someone or something that can own an action (`isOwnerPhrase`), or a name as written (`isBareName`). */
export function isOwnerOrName(phrase: string, options: FormOptions): boolean {
  return isOwnerPhrase(phrase, options) || isBareName(phrase);
}

function isOwnerPhrase(phrase: string, options: FormOptions): boolean {
  const p = phrase.trim();
  if (p.length === 0) return false;
  if (isActor(p, options.isPerson)) return true;
  const parts = splitOwners(p);
  return parts.length > 1 && parts.every((s) => isActor(p.slice(s.start, s.end), options.isPerson));
}

/** A post's words clipped (`Co Sec`, `Dep Clerk`, `Treas`): one to three short words, each with its capital. */
const CLIPPED_POST = /^\p{Lu}\p{Ll}{1,5}\.?(?:[ \t]\p{Lu}\p{Ll}{1,5}\.?){0,2}$/u;

/**
 * The due that is all [s, e) holds (`by 30 April 2026`, `May 2026 Board`, `next meeting`) after `who`, an owner's
 * words (an actor, or a post clipped as `Co Sec`); undefined when the words after the dash are a task.
 */
function dueAfterOwner(text: string, who: string, s: number, e: number, options: FormOptions): DueDate | undefined {
  let end = e;
  while (end > s && (isSpaceOrTab(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 0x2e)) end--;
  if (end - s === 0 || end - s > 40) return undefined;
  const w = who.trim();
  if (!isOwnerPhrase(w, options) && !CLIPPED_POST.test(w)) return undefined;
  const d = readDueCell(text.slice(s, end), options);
  return d && d.end >= end - s ? shift(d, s) : undefined;
}

/** `HT by Summer 2` in [s, e): an owner, `by`, and a due that fills the rest; undefined else. */
function ownerByDue(text: string, s: number, e: number, options: FormOptions): { ownerEnd: number; due: DueDate } | undefined {
  const by = /[ \t]+by[ \t]+/.exec(text.slice(s, e));
  if (!by || by.index === 0 || !isOwnerPhrase(text.slice(s, s + by.index), options)) return undefined;
  const from = s + by.index + by[0].length;
  let end = e;
  while (end > from && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  const d = readDueCell(text.slice(from, end), options);
  return d && d.start === 0 && d.end >= end - from ? { ownerEnd: s + by.index, due: shift(d, from)! } : undefined;
}

function shift(d: DueDate | undefined, by: number): DueDate | undefined {
  return d ? { ...d, start: d.start + by, end: d.end + by } : undefined;
}

/** "(carbon trajectory, February 2025)": a due date standing as one of the comma-separated parts. */
function dueInList(text: string, s: number, e: number, options: FormOptions): DueDate | undefined {
  let at = s;
  for (const piece of text.slice(s, e).split(',')) {
    const lead = piece.length - piece.trimStart().length;
    const d = readDueCell(piece.trim(), options);
    if (d && d.end >= piece.trim().length) return shift(d, at + lead);
    at += piece.length + 1;
  }
  return undefined;
}

function ownerStatuses(text: string, b: number, e: number): OwnerStatus[] | undefined {
  // the first owner's initials or handle, by its first characters (every action line is asked);
  // an empty body stays as it was read: no owners, an empty list
  const c = text.charCodeAt(b);
  if (b < e && c !== 0x40 && !(c >= 0x41 && c <= 0x5a && text.charCodeAt(b + 1) >= 0x41 && text.charCodeAt(b + 1) <= 0x5a)) return undefined;
  const out: OwnerStatus[] = [];
  let at = b;
  while (at < e) {
    // `MF Yes check.svg Done`, `IC: Go-next-red.svg Carried forward`
    // (initials that tell two people apart with a small letter: `LFe`, `JWh`)
    const m = /^([A-Z]{2,4}|[A-Z]{2,3}[a-z]|@[\w.-]+):?[ \t]+/.exec(text.slice(at, e));
    if (!m) return out.length > 0 ? out : undefined;
    const owner = { start: at, end: at + m[1].length };
    const mark = matchStatusTagAt(text.slice(0, e), at + m[0].length);
    if (!mark) return out.length > 0 ? out : undefined;
    const next = nextOwnerAt(text, mark.end, e);
    const semi = next ? next.cut - mark.end : -1;
    // the note after a status ends where the next owner's status begins
    const note = mark.note && semi >= 0 ? { start: mark.note.start, end: Math.min(mark.note.end, mark.end + semi) } : mark.note;
    out.push({ owner, mark: { ...mark, note: note && note.end > note.start ? note : undefined } });
    if (!next) break;
    at = next.at;
  }
  return out;
}

/**
 * Where the next owner's status starts after one owner's (from `b`): after a semicolon (`MF Yes
 * check.svg Done; TW X mark.svg Cancelled`), or after blanks where the owner has a colon and a tag, a
 * template or an icon follows (`GL: Yes check.svg Done TB: X mark.svg Cancelled`): `cut` where the
 * status before it ends, `at` the owner's start. Words with a colon that are no owner's status are the note's.
 */
function nextOwnerAt(text: string, b: number, e: number): { cut: number; at: number } | undefined {
  NEXT_OWNER.lastIndex = b;
  for (let m = NEXT_OWNER.exec(text); m && m.index < e; m = NEXT_OWNER.exec(text)) {
    const at = m.index + m[0].length;
    if (m[1] === undefined) return { cut: m.index, at };
    // (the owner's colon and blanks after it, then the status's tag)
    if (matchStatusTagAt(text.slice(0, e), at + m[1].length) !== undefined) return { cut: m.index, at };
  }
  return undefined;
}

/** NEXT_OWNER's cuts: a semicolon before an owner; blanks before initials with a colon (group 1: the initials, colon and blanks after them). */
// (the blanks from the first of their run only: tried from each blank of a long run, quadratic)
const NEXT_OWNER = /;[ \t]*(?=(?:[A-Z]{2,4}|[A-Z]{2,3}[a-z]):?[ \t]|@)|(?<![ \t])[ \t]+(?=((?:[A-Z]{2,4}|[A-Z]{2,3}[a-z]):[ \t]+))/g;

/**
 * A status cell that gives one status per owner, as a wiki's action log writes it: `HB Yes
 * check.svg Done; OT Symbol wait.svg Doing`, `@ab ✅ done; @cd ➡️ carried over`. Every owner's
 * status is a tag, template, icon or emoji (`matchStatusTagAt`), and they run to the cell's end.
 */
export function matchOwnerStatuses(cell: string): OwnerStatus[] | undefined {
  if (cell.length > 2000) return undefined;
  const lead = cell.length - cell.trimStart().length;
  const out = ownerStatuses(cell, lead, cell.length);
  if (!out || out.length === 0) return undefined;
  const last = out[out.length - 1].mark;
  return endBeforeStops(cell, lead, cell.length) <= (last.note?.end ?? last.end) ? out : undefined;
}

/** A tracker bot's answer to an action it was given: `Created ACTION-209 - Update the time section … [on Jaana Virtanen - due 2016-11-21].` */
const TRACKER_CREATED = new RegExp(String.raw`^[ \t]*<[\w-]+>[ \t]+Created[ \t]+${TRACKER_NUMBER}[ \t]+-[ \t]`, 'i');
/** The owner and due the tracker records at the answer's end: `[on Jaana Virtanen - due 2016-11-21]`. */
const TRACKER_ON_DUE = /\[on\s+([^\[\]]{1,60}?)\s+-\s+due\s+([^\[\]\s]{1,30})\s*\]/i;

export interface TrackerCreated {
  /** The owner as the tracker names them (full name; a line break where the answer wraps), offsets in the text given. */
  readonly owner: Span;
  readonly due?: DueDate;
}

/**
 * A tracker bot's line answering an `ACTION:` line of a scribe's minutes (the text may hold the
 * lines it wraps onto, joined by line breaks): who it set the action on, and its due date, which the
 * minutes print against the action (`[on Jaana Virtanen - due 2016-11-21]`, the tracker's default of a week).
 */
export function matchTrackerCreated(text: string, options: DueOptions = {}): TrackerCreated | undefined {
  if (text.length > 1000 || !isBotLine(text.trimStart()) || !TRACKER_CREATED.test(text)) return undefined;
  const m = TRACKER_ON_DUE.exec(text);
  if (!m) return undefined;
  const os = m.index + m[0].indexOf(m[1], 3);
  const ds = m.index + m[0].lastIndexOf(m[2]);
  return { owner: { start: os, end: os + m[1].length }, due: shift(readDueCell(m[2], options), ds) };
}

/** Where a sentence ends, and the words after it may start. */
const SENTENCE_END = /[.;][ \t]+/g;

/**
 * Statuses written after an action's words, as a wiki's list of carried-forward actions writes
 * them: `HS to renew the insurance. Yes check.svg Done`, `IC and TN to draft the handbook. IC:
 * Go-next-red.svg Carried forward; TN: Yes check.svg Done`. Only tags, templates and status icons
 * (`matchStatusTagAt`) count, after a sentence's end and running to the line's end (a note after the
 * last is allowed): a plain word there (`… the insurance. Done`) may be the sentence's own.
 * `start` is where the statuses begin (the action's words end before it).
 */
export function matchTrailingStatuses(text: string, from = 0, end = text.length): { start: number; statuses: OwnerStatus[] } | undefined {
  if (end - from > 2000) return undefined;
  const upto = text.slice(0, end);
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(upto); m; m = SENTENCE_END.exec(upto)) {
    const at = m.index + m[0].length;
    const statuses = ownerStatuses(upto, at, end) ?? tagAt(upto, at);
    // (a sentence's end that ends the text too leaves no words for a status: none read)
    if (!statuses || statuses.length === 0) continue;
    const last = statuses[statuses.length - 1].mark;
    if (endBeforeStops(upto, at, end) <= (last.note?.end ?? last.end)) return { start: at, statuses };
  }
  return undefined;
}

/** A status tag, template or icon at `at`, for no owner in particular. */
function tagAt(text: string, at: number): OwnerStatus[] | undefined {
  const mark = matchStatusTagAt(text, at);
  return mark ? [{ mark }] : undefined;
}

export interface OwnerColumn {
  readonly start: number;
  readonly end: number;
  readonly owners: Span[];
  /** True when the initials stand alone on the line; false when they end a line of text after a wide gap. */
  readonly alone: boolean;
}

const RIGHT_COLUMN = /(?:[ \t]{6,}|\t+)([A-Z]{2,4}(?:[ \t]*[/&,][ \t]*[A-Z]{2,4}){0,4})[ \t]*$/;
// a role word in the column (`…would chase.        Clerk`): a parish writes its officer's role where others write initials
const ROLE_CELL = /(?:[ \t]{6,}|\t+)([A-Z][a-z]{2,9})[ \t]*$/;

/**
 * Owner initials from a flattened right-hand `Action` column: alone on a line (`JH`, `JH/SG`), or at
 * the far right of a line after a wide gap (`…would come to the December meeting.      LS`).
 * With `isPerson`, every initial must be someone of the lists.
 */
export function matchOwnerColumn(line: string, isPerson?: IsPerson): OwnerColumn | undefined {
  if (line.length > 400) return undefined;
  // either form ends in a capital letter (the last initials): a line of prose is declined without a pattern
  let last = line.length - 1;
  while (last >= 0 && (line.charCodeAt(last) === 32 || line.charCodeAt(last) === 9)) last--;
  const c = last >= 0 ? line.charCodeAt(last) : 0;
  // a role word ends in a small letter: read only after a wide gap, and only for someone of the lists
  if (c >= 97 && c <= 122 && isPerson) return roleCell(line, isPerson) ?? titledCell(line, isPerson);
  if (c < 65 || c > 90) return undefined;
  const known = (spans: Span[]): boolean => !isPerson || spans.every((s) => isPerson(line.slice(s.start, s.end)));
  const t = line.trim();
  if (t.length > 0 && isInitialsGroup(t)) {
    const s = line.indexOf(t);
    const owners = splitOwners(line, s, s + t.length).flatMap((o) => initialsIn(line, o));
    return known(owners) ? { start: s, end: s + t.length, owners, alone: true } : undefined;
  }
  const m = RIGHT_COLUMN.exec(line);
  if (!m || m.index === 0 || line.slice(0, m.index).trim().length === 0 || !isInitialsGroup(m[1])) return undefined;
  const s = m.index + m[0].indexOf(m[1]);
  const owners = initialsIn(line, { start: s, end: s + m[1].length });
  return known(owners) ? { start: s, end: s + m[1].length, owners, alone: false } : undefined;
}

/** A role word after a sentence's stop with one blank, at the line's end: `… for the November meeting. Clerk`. */
const TIGHT_ROLE_CELL = /[.!?][ ]([A-Z][a-z]{2,9})[ \t]*$/;

/**
 * An Action column's role word the page set one blank after the sentence's stop, where the sentence
 * ran up to the column (`… for the November meeting. Clerk`): someone of the lists by their role. The
 * caller tells whether the word stands where the column does; a word that opens the next sentence
 * (`… meeting. Clerk` ⏎ `to write …`) is the caller's to rule out.
 */
export function matchTightRoleCell(line: string, isPerson: IsPerson): OwnerColumn | undefined {
  if (line.length > 400) return undefined;
  const m = TIGHT_ROLE_CELL.exec(line);
  if (!m || !isRoleWord(m[1]) || !isPerson(m[1])) return undefined;
  return roleOwner(m.index + 2, m[1].length);
}

/** The column's one owner, a role word of `length` at `start`. */
function roleOwner(start: number, length: number): OwnerColumn {
  return { start, end: start + length, owners: [{ start, end: start + length }], alone: false };
}

/** Councillors by title and surname in the column: `Cllr Harding`, `Cllrs Arkwright/Ibbotson`. */
const TITLED_CELL = /(?:[ \t]{6,}|\t+)((?:Cllrs?|Councillors?)\.?[ \t]+)([A-Z][\w'’-]{1,30}(?:[ \t]*(?:[/&,]|and)[ \t]*[A-Z][\w'’-]{1,30}){0,4})[ \t]*$/;
const SURNAME = /[A-Z][\w'’-]{1,30}/g;

/**
 * A parish's Action column that names councillors as the minutes do, by title and surname, after a
 * wide gap (`… before the March meeting.        Cllr Harding`): each surname someone of the lists;
 * the owners are the surnames, the column's start its title.
 */
function titledCell(line: string, isPerson: IsPerson): OwnerColumn | undefined {
  const m = TITLED_CELL.exec(line);
  if (!m || line.slice(0, m.index).trim().length === 0) return undefined;
  const cs = m.index + m[0].indexOf(m[1]);
  const ns = cs + m[1].length;
  const owners: Span[] = [];
  SURNAME.lastIndex = 0;
  for (let w = SURNAME.exec(m[2]); w; w = SURNAME.exec(m[2])) owners.push({ start: ns + w.index, end: ns + w.index + w[0].length });
  return owners.every((o) => isPerson(line.slice(o.start, o.end))) ? { start: cs, end: ns + m[2].length, owners, alone: false } : undefined;
}

function roleCell(line: string, isPerson: IsPerson): OwnerColumn | undefined {
  const m = ROLE_CELL.exec(line);
  const left = m ? line.slice(0, m.index).trim() : '';
  // (a signature row's labels, `Mayor        Clerk`, are no paragraph's owner)
  // (`All`: the whole board, whoever the lists hold)
  if (!m || left.length === 0 || /^[A-Z][A-Za-z]*$/.test(left) || !(isEveryone(m[1]) || (isRoleWord(m[1]) && isPerson(m[1])))) return undefined;
  return roleOwner(m.index + m[0].indexOf(m[1]), m[1].length);
}

function initialsIn(line: string, span: Span): Span[] {
  return [...line.slice(span.start, span.end).matchAll(/[A-Z]{2,4}/g)].map((m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
}

const CLERK_TO_ACTION = /^[ \t]*((?:the[ \t]+)?[^ \t].{0,60}?)[ \t]+to[ \t]+action[ \t]*\.?[ \t]*$/i;

/** "Clerk to action", "JP to action.": an owner for the paragraph above, with no task of its own. */
export function matchToAction(line: string, options: FormOptions = {}): ActionForm | undefined {
  const m = CLERK_TO_ACTION.exec(line);
  if (!m || !isOwnerPhrase(m[1], options)) return undefined;
  const s = line.indexOf(m[1]);
  return { start: s, end: endBeforeStops(line, s, line.length), keyword: { start: s, end: s }, owners: splitOwners(line, s, s + m[1].length), ownerOnly: true, statuses: [] };
}

export interface ActionReview {
  readonly start: number;
  readonly end: number;
  /** The earlier action's number as written (`17`, `action-41`). */
  readonly ref: Span;
  /** What the action was, when the line recalls it: "(audit of step-free bus stops, Minute 28)". */
  readonly about?: Span;
  /** The line restates the action's words before its status (`Action 1 – Publish … (AP) – complete`). */
  readonly restated?: boolean;
  readonly mark: StatusMark;
}

// a bullet or a paragraph's own number before it (`•`, `(1).`, `2.`, `(b)`): the review's words follow
const REVIEW = /^[ \t]*(?:(?:[-*•]|\(\d{1,3}\)\.?|\d{1,3}[.)]|\([a-z]\)\.?|[a-z]\))[ \t]+)?(action[ \t]+(?:no\.?[ \t]*)?[A-Z]{0,3}\d{1,5}(?:[/.-]\d{1,5})?)[ \t]*(\([^()\n]{0,200}\))?[ \t]*(?:[–—:-][ \t]*|[ \t]+)/i;
const TRACKER_CLOSE = new RegExp(String.raw`^[ \t]*(?:<[^<>\s]{1,40}>[ \t]*)?(closed?)[ \t]+(${TRACKER_NUMBER})\b`, 'i');

/**
 * A line of a review of earlier actions: `•  Action 17 (audit of step-free bus stops, Minute 28) –
 * Complete;`, `Action 19 (…) – In progress; findings to be reported …`, a tracker's `Closed action-41.`
 */
export function matchActionReview(line: string): ActionReview | undefined {
  if (line.length > 2000) return undefined;
  const t = TRACKER_CLOSE.exec(line);
  if (t) {
    const rs = t.index + t[0].indexOf(t[2]);
    const ks = t.index + t[0].indexOf(t[1]);
    return { start: ks, end: rs + t[2].length, ref: { start: rs, end: rs + t[2].length }, mark: { status: 'done', start: ks, end: ks + t[1].length, word: t[1].toLowerCase() } };
  }
  const m = REVIEW.exec(line);
  if (!m) return undefined;
  // the status may wrap onto the next line ("In\n progress"): read it with blanks and one line break as one
  const statusAt = m.index + m[0].length;
  const joined = line.slice(statusAt).replace(/[ \t]*\n[ \t]*/, ' ');
  const mark = readStatusPhrase(joined);
  if (!mark) {
    // `Action 1 – Publish the interests on the website (AP) – complete`: the action's words, then its status
    const after = line.indexOf('\n') < 0 ? statusAfterAction(line, statusAt) : undefined;
    const rs = m.index + m[0].indexOf(m[1]);
    return after && { start: rs, end: after.note?.end ?? after.end, ref: { start: rs, end: rs + m[1].length }, mark: after, restated: true };
  }
  const map = (i: number): number => { const nl = line.slice(statusAt).search(/[ \t]*\n[ \t]*/); if (nl < 0 || i <= nl) return statusAt + i; const len = /[ \t]*\n[ \t]*/.exec(line.slice(statusAt + nl))![0].length; return statusAt + i - 1 + len; };
  const rs = m.index + m[0].indexOf(m[1]);
  const about = m[2] ? { start: m.index + m[0].indexOf(m[2]) + 1, end: m.index + m[0].indexOf(m[2]) + m[2].length - 1 } : undefined;
  const fixed: StatusMark = { ...mark, start: map(mark.start), end: map(mark.end), note: mark.note ? { start: map(mark.note.start), end: map(mark.note.end) } : undefined };
  return { start: rs, end: fixed.note?.end ?? fixed.end, ref: { start: rs, end: rs + m[1].length }, about, mark: fixed };
}
