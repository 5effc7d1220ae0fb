/**
 * The statuses of earlier actions, in the words and marks published minutes use: status words
 * ("Complete", "In progress", "c/f", "Propose closure"), tracker tags (`[DONE]`, `[PENDING]`,
 * `[NEW]`), Markdown checkboxes and strike-through, RAG letters in a status cell, and wiki status
 * icons left as words (`Yes check.svg Done`, `{{cf}}`). Each maps to one of our four statuses; the
 * word as written is kept (`word`) so that "overdue" or "not yet due" is not lost.
 * The vocabulary lives here, and `constructs.ts` reads its canonical status lines through it.
 * Pure; never throws.
 */
import type { ActionStatus, Span } from '../constructs';

export interface StatusMark {
  readonly status: ActionStatus;
  /** Where the status word, tag, icon or mark stands. */
  readonly start: number;
  readonly end: number;
  /** The status as written, lower case, blanks collapsed ("carried forward", "[pending]", "{{cf}}", "b"). */
  readonly word: string;
  /** What follows the status in the same cell or line ("Hallam Joinery instructed, £340"), if anything. */
  readonly note?: Span;
}

/** Every status word we read, longest first within each status. A word still under way reads as carried forward. */
const VOCABULARY: ReadonlyArray<readonly [string, ActionStatus]> = [
  ['propose(?:d)?[ \\t]+clos(?:ure|e|ed)', 'done'],
  ['complete(?:d)?', 'done'],
  ['answered(?:[ \\t]+at[ \\t]+(?:the[ \\t]+)?meeting)?', 'done'],
  ['done', 'done'], ['closed', 'done'], ['discharged', 'done'], ['actioned', 'done'], ['achieved', 'done'], ['finished', 'done'],
  ['carried[ \\t]+(?:forward|over)', 'carried forward'], ['brought[ \\t]+forward', 'carried forward'],
  ['c/f', 'carried forward'], ['b/f', 'carried forward'], ['cf', 'carried forward'],
  ['not[ \\t]+yet[ \\t]+due', 'carried forward'], ['in[ \\t]+progress', 'carried forward'], ['on[ \\t]+track', 'carried forward'],
  ['at[ \\t]+risk', 'carried forward'], ['revised[ \\t]+date', 'carried forward'], ['under[ \\t]+way', 'carried forward'],
  ['ongoing', 'carried forward'], ['pending', 'carried forward'], ['outstanding', 'carried forward'], ['overdue', 'carried forward'],
  ['deferred', 'carried forward'], ['delayed', 'carried forward'], ['doing', 'carried forward'],
  ['no[ \\t]+longer[ \\t]+(?:required|needed)', 'dropped'], ['not[ \\t]+needed', 'dropped'],
  ['dropped', 'dropped'], ['withdrawn', 'dropped'], ['cancell?ed', 'dropped'], ['canc', 'dropped'], ['superseded', 'dropped'],
  ['re-?opened', 'open'], ['open', 'open'], ['new', 'open'],
];
const WORD_TESTS = VOCABULARY.map(([w, s]) => [new RegExp(`^(?:${w})$`, 'i'), s] as const);
/** A status word at the start of a cell, followed by the end, a blank, or punctuation (not "Complete the form"). */
const LEADING_WORD = new RegExp(`^(?:${VOCABULARY.map(([w]) => w).join('|')})(?=$|[ \\t]*[-–—:;,.(]|[ \\t]+(?:to|until|from|on|–|-)\\b|[ \\t]*$|[ \\t]+[A-Z])`, 'i');

/** Our status for a status word as written ("Completed", "carried  over", "C/F"), or undefined. */
export function statusOfWord(word: string): ActionStatus | undefined {
  const w = word.trim().replace(/[ \t]+/g, ' ');
  return WORD_TESTS.find(([re]) => re.test(w))?.[1];
}

const RAG: Readonly<Record<string, ActionStatus>> = { b: 'done', g: 'carried forward', a: 'carried forward', r: 'carried forward' };

/** A red/amber/green letter in a status cell (B = complete, blue): what survives of the cell's colour. */
export function ragStatus(letter: string): ActionStatus | undefined {
  const l = letter.trim();
  return /^[BGAR]$/.test(l) ? RAG[l.toLowerCase()] : undefined;
}

function noteAfter(text: string, end: number): Span | undefined {
  const m = /^[ \t]*(?:[-–—:;,.][ \t]*)?/.exec(text.slice(end));
  const s = end + (m ? m[0].length : 0);
  let e = text.length;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function mark(text: string, start: number, end: number, status: ActionStatus, noteFrom = end): StatusMark {
  return { status, start, end, word: text.slice(start, end).toLowerCase().replace(/[ \t]+/g, ' '), note: noteAfter(text, noteFrom) };
}

/**
 * A status cell or the start of an update: "Complete – Hallam Joinery instructed", "Carried forward
 * to July", "Not yet due", "B", "Yes check.svg Done", "{{cf}}", "[DONE]". Leading blanks allowed.
 */
export function readStatusCell(cell: string): StatusMark | undefined {
  if (cell.length > 2000) return undefined;
  const lead = /^[ \t]*/.exec(cell)![0].length;
  const rest = cell.slice(lead);
  const rag = /^[BGAR](?=[ \t]*$)/.exec(rest);
  if (rag) return mark(cell, lead, lead + 1, ragStatus(rag[0])!);
  const tagged = matchStatusTag(cell, lead);
  if (tagged) return tagged;
  const m = LEADING_WORD.exec(rest);
  if (!m) return undefined;
  // "Complete the form": a word followed by a word in lower case is a sentence, unless it says when ("Carried forward to July");
  // "New governors", "Open day": only a status when nothing but punctuation follows
  const after = rest.slice(m[0].length);
  if (/^[ \t]+[a-z]/.test(after) && !/^[ \t]+(?:to|until|from|on)\b/.test(after)) return undefined;
  if (/^(?:new|open)$/i.test(m[0]) && /^[ \t]+[A-Za-z]/.test(after)) return undefined;
  const status = statusOfWord(m[0]);
  return status ? mark(cell, lead, lead + m[0].length, status) : undefined;
}

/** A row's reference cell: `CS25/61`, `PC24/061`, `112.3`, `47`, `A7`. */
const ROW_REF = /^[A-Z]{0,4}\/?\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$/;

export interface StatusRow {
  /** The reference cell (`CS25/61`). */
  readonly ref: Span;
  /** The status in the last cell (`Complete`), offsets in the line. */
  readonly mark: StatusMark;
}

/**
 * A row of an action log printed without its header, its cells parted by tabs: the reference first,
 * the status last, the action and its owner between (`CS25/61<TAB>Replace noticeboard glass<TAB>Clerk<TAB>Complete`).
 * At least three cells; a status cell that is a sentence ("Complete the form") is none.
 */
export function matchStatusRow(line: string): StatusRow | undefined {
  if (line.length > 1000 || line.indexOf('\t') < 0) return undefined;
  const cells: Span[] = [];
  for (let at = 0; at <= line.length;) {
    const tab = line.indexOf('\t', at);
    const end = tab < 0 ? line.length : tab;
    let s = at;
    let e = end;
    while (s < e && line.charCodeAt(s) === 0x20) s++;
    while (e > s && line.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) cells.push({ start: s, end: e });
    if (tab < 0) break;
    at = tab + 1;
  }
  if (cells.length < 3 || !ROW_REF.test(line.slice(cells[0].start, cells[0].end))) return undefined;
  const last = cells[cells.length - 1];
  const m = readStatusCell(line.slice(last.start, last.end));
  if (!m) return undefined;
  const shift = (x: Span | undefined): Span | undefined => x && { start: x.start + last.start, end: x.end + last.start };
  return { ref: cells[0], mark: { ...m, start: m.start + last.start, end: m.end + last.start, note: shift(m.note) } };
}

const TAG = /^\[(done|pending|new|closed|dropped|cancell?ed)\][ \t]*/i;
const TEMPLATE = /^\{\{[ \t]*(done|doing|cf|canc|cancelled|dropped|open|new)[ \t]*\}\}/i;
/** Wiki status icons exported as their image names; the word after the icon, when there is one, is the status itself. */
const ICON = /^(yes[ \t_]check|tick|check[ \t_]mark|symbol[ \t_]wait|hourglass|go-next(?:-red)?|arrow[ \t_]right|x[ \t_]mark|cross|red[ \t_]x)\.(?:svg|png|gif)[ \t]*/i;
const ICON_STATUS: ReadonlyArray<readonly [RegExp, ActionStatus]> = [[/^(?:yes|tick|check)/i, 'done'], [/^(?:go|arrow)/i, 'carried forward'], [/^(?:x|cross|red)/i, 'dropped']];
const TEMPLATE_STATUS: Readonly<Record<string, ActionStatus>> = { done: 'done', doing: 'carried forward', cf: 'carried forward', canc: 'dropped', cancelled: 'dropped', dropped: 'dropped', open: 'open', new: 'open' };

/** `[DONE]`, `{{cf}}`, `Yes check.svg Done` at `at`. */
function matchStatusTag(text: string, at: number): StatusMark | undefined {
  const rest = text.slice(at);
  let m = TAG.exec(rest);
  if (m) {
    const w = m[1].toLowerCase();
    const status: ActionStatus = w === 'done' || w === 'closed' ? 'done' : w === 'pending' ? 'carried forward' : w === 'new' ? 'open' : 'dropped';
    return mark(text, at, at + m[1].length + 2, status);
  }
  if ((m = TEMPLATE.exec(rest))) return mark(text, at, at + m[0].length, TEMPLATE_STATUS[m[1].toLowerCase()]);
  if ((m = ICON.exec(rest))) {
    const after = at + m[0].length;
    const word = LEADING_WORD.exec(text.slice(after));
    const worded = word ? statusOfWord(word[0]) : undefined;
    if (word && worded) return mark(text, at, after + word[0].length, worded);
    const status = ICON_STATUS.find(([re]) => re.test(m![1]))?.[1] ?? 'open';
    return mark(text, at, at + m[0].trimEnd().length, status);
  }
  return undefined;
}

const CHECKBOX = /^[ \t]*[-*+][ \t]+\[([ xX])\][ \t]*/;
const STRUCK = /~~[^~\n]{1,400}~~/;
const CARRIED = /\b(?:carried[ \t]+(?:over|forward)|c\/f)\b/i;
const DROPPED = /\b(?:dropped|cancell?ed|withdrawn)\b/i;

/**
 * A Markdown task line of a review of actions: `- [x] @mkovac to publish …` (done), `- [ ] …`
 * (open, or carried forward when the line says so), struck through `~~…~~` (dropped).
 * The mark spans the list marker and the checkbox (`- [x]`); `note` is the action's text after it.
 */
export function matchCheckbox(line: string): StatusMark | undefined {
  const m = CHECKBOX.exec(line);
  if (!m) return undefined;
  // the mark is the task as the page prints it, its list marker with its box (`- [x]`): what a reader quotes
  const start = m[0].search(/[-*+]/);
  const after = line.slice(m[0].length);
  let status: ActionStatus = m[1] === ' ' ? 'open' : 'done';
  if (STRUCK.test(after) || (status === 'done' && DROPPED.test(after))) status = 'dropped';
  else if (status === 'open' && CARRIED.test(after)) status = 'carried forward';
  return { status, start, end: m[0].indexOf(']') + 1, word: `[${m[1].toLowerCase()}]`, note: noteAfter(line, m[0].length) };
}

/** A line whose whole text is struck through (`~~@htanabe to survey downstream packagers~~`): a dropped action. */
export function isStruckThrough(text: string): boolean {
  return /^[ \t]*~~[^~\n]+~~/.test(text);
}

/** A status tag or icon at the start of a line (`[PENDING] ACTION-44: …`, `{{done}}`, `X mark.svg Cancelled`). */
export function matchStatusTagAt(text: string, at = 0): StatusMark | undefined {
  if (at < 0 || at >= text.length) return undefined;
  return matchStatusTag(text, at);
}

/**
 * Words for an action still under way (`In progress`, `Ongoing`, `Overdue`, `Not yet due`, `[PENDING]`).
 * Our own status lines (`081/22-A1 ONGOING`) carry such an action forward, as they always have; in a
 * board's own review of its actions the action is simply still open: it is carried forward only where
 * the board writes so (`Carried forward`, `cf`, `carried over`, `deferred to …`).
 */
const RUNNING = /^(?:\[?pending\]?|in progress|ongoing|on track|at risk|revised date|under way|not yet due|overdue|outstanding|delayed|doing|\{\{ ?doing ?\}\}|still open)$/;

/**
 * The status a board's own review gives an action (see RUNNING), from the mark its words were read into;
 * `carriesForward`: the board says it carries its outstanding actions forward (forms/carriedForward.ts).
 */
export function reviewStatus(mark: Pick<StatusMark, 'word' | 'status'>, carriesForward = false): ActionStatus {
  return RUNNING.test(mark.word) ? (carriesForward ? 'carried forward' : 'open') : mark.status;
}
