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
import { DAY_MONTH_RE, MONTH_RE } from '../dates';
import { calloutIcon } from './decisions';
import { BRACKETED_YEAR } from '../numberSchemes';

export interface StatusMark {
  readonly status: ActionStatus;
  /** Where the status word, tag, icon or mark stands. */
  readonly start: number;
  readonly end: number;
  /** The status as written, lower case, blanks collapsed ("carried forward", "[pending]", "{{cf}}", "b"). */
  readonly word: string;
  /** What follows the status in the same cell or line ("Hallam Joinery instructed, £340"), if anything. */
  readonly note?: Span;
  /** The note puts the action off (`Not done – carried forward to the spring visit`): a running status the board carries forward. */
  readonly carried?: true;
}

/** Every status word we read, longest first within each status. A word still under way reads as carried forward. */
const VOCABULARY: ReadonlyArray<readonly [string, ActionStatus]> = [
  // an issue tracker's state with its reason (`Closed as completed`, `Closed as not planned`): the reason says which
  ['closed[ \\t]+as[ \\t]+(?:completed|resolved|fixed|done)', 'done'],
  ['closed[ \\t]+as[ \\t]+(?:not[ \\t]+planned|duplicate|won[’\']?t[ \\t]+fix|wont[ \\t]?fix|stale)', 'dropped'],
  // a council that lays a matter on the table for good (`tabled indefinitely by Council on June 23`, `Postponed indefinitely`; before `postponed`, which it is not)
  ['(?:tabled|postponed|deferred)[ \\t]+indefinitely', 'dropped'],
  ['propose(?:d)?[ \\t]+clos(?:ure|e|ed)', 'done'],
  ['complete(?:d)?', 'done'],
  ['answered(?:[ \\t]+at[ \\t]+(?:the[ \\t]+)?meeting)?', 'done'],
  ['done', 'done'], ['closed', 'done'], ['discharged', 'done'], ['actioned', 'done'], ['achieved', 'done'], ['finished', 'done'],
  ['carried[ \\t]+(?:forward|over|fwd)', 'carried forward'], ['brought[ \\t]+forward', 'carried forward'],
  ['held[ \\t]+over', 'carried forward'], ['rolled[ \\t]+(?:forward|over)', 'carried forward'],
  ['c/?fwd', 'carried forward'], ['c/f', 'carried forward'], ['b/f', 'carried forward'], ['cf', 'carried forward'],
  ['not[ \\t]+yet[ \\t]+due', 'carried forward'], ['in[ \\t]+progress', 'carried forward'], ['on[ \\t]+(?:track|target)', 'carried forward'],
  ['at[ \\t]+risk', 'carried forward'], ['revised[ \\t]+date', 'carried forward'], ['under[ \\t]+way', 'carried forward'],
  // a review's `pending review by Ravi`: still under way, waiting on the reviewer
  ['on-?going', 'carried forward'], ['pending[ \\t]+review', 'carried forward'], ['pending', 'carried forward'], ['outstanding', 'carried forward'], ['overdue', 'carried forward'],
  ['deferred', 'carried forward'], ['postponed', 'carried forward'], ['delayed', 'carried forward'], ['doing', 'carried forward'],
  // the one-word keys a list asks its owners to write (`put done, doing, carry or drop after the dash`)
  ['carry[ \\t]+forward', 'carried forward'], ['carry', 'carried forward'],
  // a chat's note of an action not reached (`Pushed to next meeting`)
  ['pushed[ \\t]+(?:back|forward)', 'carried forward'], ['pushed', 'carried forward'],
  // put off to where it goes (`Moved to next meeting`, `Held to 07/07`, `carried to the 32nd meeting`): only with the place (HELD_ALONE)
  // (a council's `tabled to the September agenda`, laid on the table until then)
  ['moved', 'carried forward'], ['held', 'carried forward'], ['carried', 'carried forward'], ['tabled', 'carried forward'],
  // a log's `Not done – carried forward to …`: still outstanding (its note may carry it, carriedByNote)
  ['not[ \\t]+(?:yet[ \\t]+)?done', 'carried forward'], ['off[ \\t]+track', 'carried forward'],
  // an action begun, not finished (`Part actioned – see minute 25/51`, `Partially achieved`): still open in a review
  ['part(?:ly|ially)?[ \\t]+(?:actioned|achieved|complete(?:d)?|done)', 'carried forward'],
  ['not[ \\t]+(?:yet[ \\t]+)?started', 'carried forward'], ['on[ \\t]+hold', 'carried forward'], ['in[ \\t]+hand', 'carried forward'],
  // a stage the work has reached (`in design, bids expected August`, `Under review`, `Out to tender`): still under way
  ['in[ \\t]+(?:design|review|procurement|preparation|development|draft(?:ing)?)', 'carried forward'], ['under[ \\t]+(?:review|construction|consideration)', 'carried forward'],
  ['out[ \\t]+to[ \\t]+(?:bid|tender)', 'carried forward'],
  ['no[ \\t]+longer[ \\t]+(?:required|needed)', 'dropped'], ['not[ \\t]+needed', 'dropped'],
  // a council's `Not proceeding – gifted by the Rotary`: the action will not be done
  ['not[ \\t]+(?:proceeding|being[ \\t]+pursued|pursued)', 'dropped'],
  // a tracker's label for an issue it will not act on (`[won't do]`, `wontfix`)
  ['won[’\']?t[ \\t]+do', 'dropped'], ['will[ \\t]+not[ \\t]+do', 'dropped'], ['wont[ \\t]?fix', 'dropped'],
  ['dropped', 'dropped'], ['drop', 'dropped'], ['withdrawn', 'dropped'], ['cancell?ed', 'dropped'], ['canc', 'dropped'], ['superseded', 'dropped'], ['removed', 'dropped'],
  // a clerk's `was still awaited from the District Council`: still under way
  ['(?:still[ \\t]+)?awaited', 'carried forward'],
  // a tenants' association's `still waiting, Northgate say "this financial year"`: under way, on someone else
  ['still[ \\t]+waiting', 'carried forward'],
  // a town council's log, `AWAITING RESPONSE – chased 6/1`: under way, on someone else
  ['awaiting[ \\t]+(?:a[ \\t]+)?(?:response|reply|information|confirmation|quotes?)', 'carried forward'],
  ['re-?opened', 'open'], ['still[ \\t]+open', 'open'], ['open', 'open'], ['new', 'open'],
];
const WORD_TESTS = VOCABULARY.map(([w, s]) => [new RegExp(`^(?:${w})$`, 'i'), s] as const);
/** A day by its month's name after a status (`completed 12 May`, `Done 3rd October`, `completed June 30`), in a pattern with the `i` flag. */
const DAY_OF_MONTH = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_RE}|${MONTH_RE}[ \t]+\d{1,2}(?:st|nd|rd|th)?)\b`;
/** A status word at the start of a cell, followed by the end, a blank, or punctuation (not "Complete the form"). */
// (or the day it was done, `Completed 12/09`, `completed 12 May`)
const LEADING_WORD = new RegExp(`^(?:${VOCABULARY.map(([w]) => w).join('|')})(?=$|[ \\t]*[-–—:;,.(]|[ \\t]+(?:to|until|from|on|by|–|-)\\b|[ \\t]*$|[ \\t]+[A-Z]|[ \\t]+${DAY_MONTH_RE}|[ \\t]+${DAY_OF_MONTH})`, 'i');

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

/**
 * A log's key to its letters: the status words each letter stands for (`D` → `deferred`), read as a
 * written status is where the letter stands alone in a row (so by the document's carrying forward too).
 */
export type LetterKey = Readonly<Record<string, string>>;

/** `RAG key:`, `Key:` opening a log's legend. */
const KEY_LEAD = /\bkey[ \t]*:/i;
/** One letter of a legend, or two or three (a school's `IP = in progress`, `CF = carried forward`), and the words it stands for: `B = complete`, `D = deferred by the Committee`. */
const KEY_PAIR = /(?:^|[:;,][ \t]*)([A-Z][A-Za-z]{0,2})[ \t]*=[ \t]*([a-z][^;,.=\n]{0,60})/g;

/**
 * The letters a log's legend gives (`RAG key: B = complete; G = on track; A = at risk …; D = deferred
 * by the Committee`), each read by its first status words; `continued`: a line of the legend below its
 * lead, which the page wrapped. Undefined when the line gives none.
 */
export function readLetterKey(text: string, continued = false): LetterKey | undefined {
  if (text.length > 1000) return undefined;
  if (text.indexOf('=') < 0) return readSymbolKey(text);
  const lead = KEY_LEAD.exec(text);
  if (!lead && !continued) return undefined;
  let key: Record<string, string> | undefined;
  KEY_PAIR.lastIndex = lead ? lead.index : 0;
  for (let m = KEY_PAIR.exec(text); m; m = KEY_PAIR.exec(text)) {
    const word = keyWord(m[2]);
    if (word) (key ??= {})[m[1]] = word;
  }
  return key;
}

/** The status words a legend gives a mark: the longest opening of its words that is a status word (`at risk of missing …`: `at risk`), lower case. */
function keyWord(said: string): string | undefined {
  const words = said.trim().split(/[ \t]+/);
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const phrase = words.slice(0, n).join(' ');
    if (statusOfWord(phrase)) return phrase.toLowerCase();
  }
  return undefined;
}

/** A mark a legend keys by itself, not a letter: a symbol outside ASCII (`✓`, `◔`, `⇒`, `➔`), its emoji form too. */
const KEY_SYMBOL = /(?<![\p{L}\p{N}])(\p{S})\uFE0F?/gu;

/**
 * A log's legend to its symbols, each before the words it stands for, no `=` between (`Key: ✓ done
 * ◔ in hand ⇒ carried forward ✗ withdrawn`, `Key: ✔ done · ◔ in progress · ➔ carried forward`):
 * read as readLetterKey reads letters, only after its lead (a line of symbols alone is no legend).
 */
function readSymbolKey(text: string): LetterKey | undefined {
  const lead = KEY_LEAD.exec(text);
  if (!lead) return undefined;
  const marks = [...text.slice(lead.index + lead[0].length).matchAll(KEY_SYMBOL)].filter((m) => m[1].charCodeAt(0) > 0x7f);
  let key: Record<string, string> | undefined;
  const from = lead.index + lead[0].length;
  marks.forEach((m, k) => {
    const end = k + 1 < marks.length ? marks[k + 1].index : text.length - from;
    const word = keyWord(text.slice(from + m.index + m[0].length, from + end).replace(/[ \t·;,|]+$/, ''));
    if (word) (key ??= {})[m[1]] = word;
  });
  return key;
}

/** A cell that is one mark of the log's legend alone (`◔`, `D`): its status, the word the legend gives it. */
export function keyedStatus(cell: string, key: LetterKey | undefined): StatusMark | undefined {
  const c = cell.trim().replace(/\uFE0F$/, '');
  const word = key && c.length <= 3 ? key[c] : undefined;
  const status = word && statusOfWord(word);
  if (!status) return undefined;
  const start = cell.indexOf(c);
  return { status, start, end: start + c.length, word };
}

function noteAfter(text: string, end: number): Span | undefined {
  const m = /^[ \t]*(?:[-–—:;,.][ \t]*)?/.exec(text.slice(end));
  const s = end + (m ? m[0].length : 0);
  let e = text.length;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : undefined;
}

/** A note that opens by putting the action off (`carried forward to the spring visit`, `deferred to May`). */
const CARRYING_NOTE = /^(?:carried[ \t]+(?:forward|over|fwd)|c\/f|held[ \t]+over|rolled[ \t]+(?:forward|over)|deferred|postponed|moved[ \t]+to)\b/i;

function mark(text: string, start: number, end: number, status: ActionStatus, noteFrom = end): StatusMark {
  const note = noteAfter(text, noteFrom);
  const m: StatusMark = { status, start, end, word: text.slice(start, end).toLowerCase().replace(/[ \t]+/g, ' '), note };
  return note && CARRYING_NOTE.test(text.slice(note.start, note.end)) ? { ...m, carried: true } : m;
}

/**
 * A status cell or the start of an update: "Complete – Hallam Joinery instructed", "Carried forward
 * to July", "Not yet due", "B", "Yes check.svg Done", "{{cf}}", "[DONE]". Leading blanks allowed.
 */
/** `and` opening a clause with a subject of its own: the status before it is its own clause's whole say ("completed and the report would come to July"). */
const AND_CLAUSE = String.raw`and[ \t]+(?:the|this|these|its|their|it)[ \t]`;
const NEXT_CLAUSE = new RegExp(String.raw`^[ \t]+${AND_CLAUSE}`);
/** The words a status may name its cause or its reviewer after (`Superseded by the Board's review`, `pending review by Ravi`, `tabled indefinitely by Council`). */
const TAKES_AGENT = /^(?:superseded|pending[ \t]+review|(?:tabled|postponed|deferred)[ \t]+indefinitely)$/i;
const BY_AGENT = /^[ \t]+by[ \t]+\S/;
/** The word a status may name what it waits on after (`still awaited from the District Council`). */
const TAKES_SOURCE = /^(?:still[ \t]+)?awaited$/i;
const FROM_SOURCE = /^[ \t]+from[ \t]+\S/;

/** Words that are a status only with where they put the action (`Moved to next meeting`, `Held to 07/07`, `Tabled to the May agenda`): `Moved: Cllr Hart` is a motion's, `Tabled at the meeting` a paper's. */
const HELD_ALONE = /^(?:moved|held|carried|tabled)$/i;

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
  if (/^[ \t]+[a-z]/.test(after) && !/^[ \t]+(?:to|until|from|on)\b/.test(after) && !NEXT_CLAUSE.test(after) && !(BY_AGENT.test(after) && TAKES_AGENT.test(m[0]))) return undefined;
  if (/^(?:new|open)$/i.test(m[0]) && /^[ \t]+[A-Za-z]/.test(after)) return undefined;
  if (HELD_ALONE.test(m[0]) && !/^[ \t]+(?:to|until)[ \t]/i.test(after)) return undefined;
  const status = statusOfWord(m[0]);
  return status ? mark(cell, lead, lead + m[0].length, status) : undefined;
}

/**
 * Where an action was put off to, after the word that puts it off (`deferred`, `carried forward`):
 * ` to the May meeting`, ` until the next meeting`, ` to the next municipal year`, ` to September`, ` to March 2026`. One pattern
 * for every reader that keeps the phrase whole (a review's "deferred to the September meeting").
 */
// (the meeting of the body that meets, `to March Board`, `to the June Council`, `to the next Committee`)
// (a year's programme of works or budget, `deferred to 2027 programme`, `to the 2027 estimates`; a year alone, `Deferred to 2027`)
// (a meeting's agenda, `moved to the August 11 agenda`, `to the next agenda`; a board's study or work session, `to April 14 study session`; a yearly meeting by its year or its day, `to the 2027 meeting`, `to the March 23 meeting`, `to the February 2027 meeting`; a school's term by its season, `to summer term`, `to the Spring term`; a working group's `to next interim`, `to the 28th meeting`)
// (a body's meeting by its initials, `to November F&GP`, `to next FGB`, `to the March AGM`)
// (a meeting named by what it is for, `to the meeting for Q4 results`, `to the meeting in September`, as a company's Action Taken Report puts it)
// (or by its code, a students' union council's `Carried to SC6`; an association's AGM hands its open actions to the committee it elects, `Carried forward to the new committee`, `to the incoming board`)
export const DEFERRAL_TARGET = String.raw`[ \t]+(?:to|until)[ \t]+(?:the[ \t]+)?(?:meeting[ \t]+(?:for|on|in)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+[a-z]+){0,2}|[A-Z]{1,5}\d{1,3}(?![\w/.-])|(?:next|new|incoming|[A-Z][a-z]+(?:[ \t]+(?:\d{1,2}|(?:19|20)\d\d))?|\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d\d)[ \t]+(?:meeting|call|agenda|(?:study[ \t]+|work[ \t]+)?session|workshop|[Bb]oard|[Cc]ouncil|[Cc]ommittee|programme|program|budget|estimates)|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)[ \t]+(?:half[ \t-]?)?term|next[ \t]+(?:(?:municipal|financial|academic|calendar|school)[ \t]+)?(?:year|cycle|quarter|round|session|term|interim)|(?:next|[A-Z][a-z]+)[ \t]+[A-Z](?:&?[A-Z]){1,5}(?![\w&])|[A-Z][a-z]+(?:[ \t]+\d{1,4})?|\d{4}-\d\d-\d\d|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:19|20)\d\d(?![/.-]?\d))`;
const DEFERRAL = new RegExp(`^${DEFERRAL_TARGET}\\b`);
/** DEFERRAL_TARGET in capitals, after a status in capitals: ` TO MAY`, ` UNTIL THE NEXT MEETING`, ` TO JUNE 2026`. */
const DEFERRAL_CAPS = /^[ \t]+(?:TO|UNTIL)[ \t]+(?:THE[ \t]+)?(?:NEXT[ \t]+[A-Z]+|[A-Z]{3,}(?:[ \t]+(?:MEETING|\d{1,4}))?)\b/;
/** Words that put an action off: the only ones a deferral's target follows (also as the board's instruction, `Carry forward to November`, `Carry to May`). */
const PUT_OFF = /^(?:deferred|postponed|pushed|delayed|moved|tabled|carried|held(?: over)?|rolled (?:forward|over)|carried (?:forward|over|fwd)|carry(?: forward)?|c\/f|cf)$/;

/** The end of a status mark in `text`, taken on over where it puts the action off to (`deferred` + ` to the May meeting`, ` to April 14 study session`). */
export function statusPhraseEnd(text: string, mark: Pick<StatusMark, 'end' | 'word'>): number {
  if (!PUT_OFF.test(mark.word)) return mark.end;
  const after = text.slice(mark.end, mark.end + 80);
  // a status written in capitals puts the action off in capitals too (`DEFERRED TO MAY`)
  const said = text.slice(Math.max(0, mark.end - mark.word.length), mark.end);
  const m = /^[A-Z ]+$/.test(said) && /[A-Z]/.test(after.slice(0, 4)) ? DEFERRAL_CAPS.exec(after) : DEFERRAL.exec(after);
  return m ? mark.end + m[0].length : mark.end;
}

/**
 * A status mark run on over where it puts the action off to (`Deferred` + ` to Feb 26`, `Carried
 * forward` + ` to July`, `carried over` + ` to Meeting 518`), its note what follows that: where an
 * action goes is part of its status as written, whichever word puts it off. The one rule every
 * reader of a status applies (readStatusPhrase, and the readers of a status after an action's words).
 */
export function withDeferral(text: string, mark: StatusMark): StatusMark {
  const end = statusPhraseEnd(text, mark);
  return end === mark.end ? mark : { ...mark, end, note: noteAfter(text, end) };
}

/** A status cell read with where it puts the action off to (`Carried forward to July – see minute 12`: `Carried forward to July`). */
export function readStatusPhrase(cell: string): StatusMark | undefined {
  const m = readStatusCell(cell);
  return m && withDeferral(cell, m);
}

/**
 * A heading of an action log grouped by status (`Completed – recommended for closure`, `In progress`,
 * `Deferred to January 2027`): the line is the status alone, with where it puts the actions off to
 * and a note after a dash at most; the rows under it take it. Undefined for any other line.
 */
export function matchStatusHeading(line: string): StatusMark | undefined {
  const t = line.trimEnd();
  if (t.length === 0 || t.length > 60) return undefined;
  // (a project's notes mark each group with an icon before its words, `✅ Done`, `🔄 Still open`: the icon is no word of the status)
  const lead = Math.max(t.length - t.trimStart().length, calloutIcon(t));
  const m = readStatusPhrase(t.slice(lead));
  if (!m || m.start !== 0 || (m.note ? m.note.end : m.end) !== t.length - lead) return undefined;
  // (a note is a few words after a dash, never a sentence: `Completed – see the report.` is prose)
  if (m.note && !/^[ \t]+[–—-][ \t]+$/.test(t.slice(lead + m.end, lead + m.note.start)) || /[.;:]$/.test(t)) return undefined;
  return lead === 0 ? m : shiftMark(m, lead);
}

/**
 * A status in square brackets closing a tracker's entry, after the action's words and its note:
 * `… Circulated on 12 February 2026. [CLOSED]`, `[CARRIED FORWARD TO JUNE MEETING]`, `[WITHDRAWN –
 * depot now closed]`, `[In progress – due July 2026]`, `[Deferred to the 2027 meeting]`. The status
 * opens the brackets, runs on over where it puts the action off to, and only a note after a dash or
 * a colon may follow it; nothing but a stop after the brackets. Offsets in the text.
 */
export function matchBracketedStatus(text: string): StatusMark | undefined {
  if (text.length > 2000) return undefined;
  const close = text.search(/\][ \t]*\.?[ \t]*$/);
  const open = close < 0 ? -1 : text.lastIndexOf('[', close);
  if (open < 0) return undefined;
  const inner = text.slice(open + 1, close);
  const m = readStatusPhrase(inner);
  if (!m || inner.slice(0, m.start).trim() !== '' || !/^[ \t]*(?:$|[–—:;,(]|-[ \t])/.test(inner.slice(m.end))) return undefined;
  return shiftMark(m, open + 1);
}

/**
 * A tracker's word for an action held up by another's work (`Blocked – waiting on the foundation's
 * template`, `Blocked on #2291`): still under way. Read only in a log's status column: in prose the
 * word is a thing's state (`the culvert had been blocked`, `#12 is blocked` recalls nothing).
 */
const COLUMN_ONLY = /^[ \t]*(blocked)(?=$|[ \t]*[-–—:;,.(]|[ \t]+(?:on|by)\b)/i;
/**
 * The answer in a column that asks whether each action is done (`Done?`, `Complete?`): `Yes` is done,
 * `No` or `Not yet` still running. Only there: elsewhere `yes` answers anything.
 */
const ANSWER = /^[ \t]*(yes|no|not[ \t]+yet)(?=$|[ \t]*[-–—:;,.(])/i;

/** A log's status column cell (`readStatusPhrase`), or a status only a column prints (ANSWER, COLUMN_ONLY). */
export function readStatusColumn(cell: string): StatusMark | undefined {
  const m = readStatusPhrase(cell);
  if (m || cell.length > 2000) return m;
  const a = ANSWER.exec(cell);
  if (a) return mark(cell, a[0].length - a[1].length, a[0].length, /^yes$/i.test(a[1]) ? 'done' : 'carried forward');
  const b = COLUMN_ONLY.exec(cell);
  if (!b) return undefined;
  const start = b[0].length - b[1].length;
  return mark(cell, start, b[0].length, 'carried forward');
}

/** A row's reference cell: `CS25/61`, `PC24/061`, `112.3`, `47`, `A7`, a tracker's `#0031`, a committee's `HRC(25)14`. */
const ROW_REF = new RegExp(String.raw`^(?:#|${BRACKETED_YEAR}|[A-Z]{0,4}\/?)\d{1,4}(?:[./-]\d{1,4}){0,3}[a-z]?$`);

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
export function matchStatusRow(line: string, key?: LetterKey): StatusRow | undefined {
  if (line.length > 1000) return undefined;
  // cells parted by tabs; a page that lost its tabs parts them by runs of blanks (`OCM25/148   Footpath renewal   Completed`)
  const gap = line.indexOf('\t') >= 0 ? '\t' : line.indexOf('  ') >= 0 ? '  ' : undefined;
  if (!gap) return undefined;
  const cells: Span[] = [];
  for (let at = 0; at <= line.length;) {
    const tab = line.indexOf(gap, at);
    const end = tab < 0 ? line.length : tab;
    let s = at;
    let e = end;
    while (s < e && line.charCodeAt(s) === 0x20) s++;
    while (e > s && line.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) cells.push({ start: s, end: e });
    if (tab < 0) break;
    at = tab + gap.length;
  }
  if (cells.length < 3 || !ROW_REF.test(line.slice(cells[0].start, cells[0].end))) return undefined;
  const last = cells[cells.length - 1];
  const cell = line.slice(last.start, last.end);
  // (or a letter the log's legend gives, `D`)
  const m = keyedStatus(cell, key) ?? readStatusPhrase(cell);
  if (!m) return undefined;
  const shift = (x: Span | undefined): Span | undefined => x && { start: x.start + last.start, end: x.end + last.start };
  return { ref: cells[0], mark: { ...m, start: m.start + last.start, end: m.end + last.start, note: shift(m.note) } };
}

/**
 * A tracker's number opening a row of its report, then a wide gap: `516-1`, `24/3-2`, `A25/07`,
 * `HS19/1`, `BR-25-04`. Never a bare `12` or `4.1` (an item's or a sub-item's number): a dash, a slash or a letter.
 */
// (a board's requests and a group's action items print their letters with a dash: `BR-25-04`, `AI-112`)
// (and a minute's part in brackets, `25/19(b)`, after which one blank parts it from the action)
// (a committee's prefix may stand apart from its number, `AI 26-01`, where the number has its own parts)
const TRACKER_REF = /^[ \t]*((?:[A-Z]{1,4}(?:[/-]|[ ](?=\d{1,4}[./-]\d))?)?\d{1,4}(?:[./-]\d{1,4}){0,3}(?:\([a-z0-9]{1,3}\))?)(?:\t|[ ]{2,}|(?<=\))[ ])(?=[^ \t])/;
/** What may follow a tracker row's status: the end, a stop, a note in brackets or after a dash. */
// (or the day it was done, `Completed 12/09`, `completed 12 May`; or where it is put off to, `C/F to November`)
// (or a colon before why: `withdrawn: the pilot was stopped`)
const ROW_STATUS_END = new RegExp(String.raw`^[ \t]*(?:[.;,(–—]|:[ \t]|-[ \t]|$)|^[ \t]+(?:${DAY_MONTH_RE}|${DAY_OF_MONTH}|(?:to|until)[ \t]+\S)`, 'i');

/** Where a row's action ends and its status begins: a colon, a dash with blanks about it, or dot leaders (`task ........ completed`). */
const ROW_STATUS_CUT = /:[ \t]+|[ \t]+[–—-][ \t]+|[ \t]*\.{4,}[ \t]*/g;

/**
 * A tracker row's reference at the line's start (`516-3  `, `- 401.3  `): what matchTrackerRow asks
 * first, and all a row's first line must hold before its wrapped lines are joined to it.
 */
export function trackerRef(text: string, bulleted = false): RegExpExecArray | undefined {
  const m = TRACKER_REF.exec(text);
  return m && (bulleted || isTrackerShaped(m[1])) ? m : undefined;
}

/**
 * A tracker's number opening a bullet, set off by a long dash (`A-26-24 — @aroe — publish the roadmap`,
 * `AI-112 – write the guide`), as a project's notes list the earlier actions under each status. Only a
 * number that is a tracker's by itself (isTrackerShaped): a bare `12 – …` is a list's own.
 */
const DASHED_REF = /^[ \t]*((?:[A-Z]{1,4}-)?\d{1,4}(?:[./-]\d{1,4}){0,3})[ \t]+[–—][ \t]+(?=\S)/;
export function dashedRef(text: string): RegExpExecArray | undefined {
  const m = DASHED_REF.exec(text);
  return m && isTrackerShaped(m[1]) ? m : undefined;
}

/** Whether a reference (trackerRef's first group) is a tracker's by itself (`516-3`, `BR-25-04`); a bare `12` or `4.1` is one only in a list. */
export function isTrackerShaped(ref: string): boolean {
  return /[A-Z/-]/.test(ref);
}

/**
 * A row of a report on earlier actions, its lines joined with blanks: the number, the action, then
 * its status after a colon or a dash (`516-1  Secretary to post the bylaws on the website: done.`,
 * `516-3  Committee to report on dual credit: carried over to Meeting 518.`, a bullet's `401.3  Report
 * the faulty streetlight (Clerk) – done, repaired 22 Sept.`). The last cut that a status follows is
 * taken; the status runs on over where it puts the action off to. A bare `12` or `4.1` opens an item
 * or a sub-item as often as a row: only a bullet's (`bulleted`) is read so. `ref`: the row's
 * reference as trackerRef read it at the text's start, where the caller has it already.
 */
export function matchTrackerRow(text: string, bulleted = false, ref = trackerRef(text, bulleted)): StatusRow | undefined {
  if (text.length > 1000) return undefined;
  const m = ref;
  if (!m) return undefined;
  const mark = statusAfterWords(text, m[0].length, ROW_STATUS_CUT);
  const rs = m.index + m[0].indexOf(m[1]);
  return mark && { ref: { start: rs, end: rs + m[1].length }, mark };
}

/** A review line's cuts before its status: those of a tracker's row, and a semicolon after a note (`visit booked for 15th January; carried forward`). */
const LINE_STATUS_CUT = /:[ \t]+|;[ \t]+|[ \t]+[–—-][ \t]+/g;
/**
 * LINE_STATUS_CUT, and a sentence's end before one that opens with a capital, in a bullet of a
 * review's list (`• Noticeboards – still waiting, Northgate say "this financial year". Carried forward
 * to the new committee.`): the bullet's last say on the action, after its note.
 */
const BULLET_STATUS_CUT = /:[ \t]+|;[ \t]+|[ \t]+[–—-][ \t]+|\.["'”’)]?[ \t]+(?=[A-Z])/g;

/**
 * The status a review line gives after the action's words, from `from` on: the last cut (`cuts`, a
 * global pattern) that a status follows, the status running on over where it puts the action off
 * to, then nothing but a stop or a note (ROW_STATUS_END). Offsets in the text.
 */
function statusAfterWords(text: string, from: number, cuts: RegExp): StatusMark | undefined {
  const at: number[] = [];
  const cutAt: number[] = [];
  cuts.lastIndex = from;
  for (let c = cuts.exec(text); c; c = cuts.exec(text)) { at.push(c.index + c[0].length); cutAt.push(c.index); }
  for (let k = at.length - 1; k >= 0; k--) {
    // the action's words first: a row that is only a status is no review of an action
    if (!/[a-z]{2}/.test(text.slice(from, at[k]))) break;
    const mark = readStatusCell(text.slice(at[k]));
    if (!mark) continue;
    const shifted = shiftMark(mark, at[k]);
    const whole = withDeferral(text, shifted);
    // a deferral with where it goes is the status whole, whatever says why after it (`Postponed to July at the request of the Board`)
    if (!ROW_STATUS_END.test(text.slice(whole.end)) && !(whole.end > shifted.end && /^[ \t]+[a-z]/.test(text.slice(whole.end)))) continue;
    return statusBefore(text, from, at, cutAt, k) ?? whole;
  }
  return undefined;
}

/**
 * `Survey of parking demand – Withdrawn – no longer needed.`: the status word alone between the two cuts
 * before the last is the row's status, the words after it why (a note, even where they are a status's
 * words too). Undefined unless the cell before cut k is a status word and nothing else.
 */
function statusBefore(text: string, from: number, at: readonly number[], cutAt: readonly number[], k: number): StatusMark | undefined {
  if (k === 0 || !/[a-z]{2}/.test(text.slice(from, at[k - 1]))) return undefined;
  const cell = text.slice(at[k - 1], cutAt[k]);
  if (cell.length > 40) return undefined;
  const mark = readStatusCell(cell);
  return mark && mark.end >= cell.trimEnd().length ? shiftMark(mark, at[k - 1]) : undefined;
}

/**
 * The status a review line gives after the action it recalls, at `from` (where the action's words
 * start): `Publish the updated interests on the website (AP) – complete`, `Link visit (HB) – visit
 * booked for 15th January; carried forward`. Offsets in the text.
 */
export function statusAfterAction(text: string, from: number): StatusMark | undefined {
  return text.length > 2000 ? undefined : statusAfterWords(text, from, LINE_STATUS_CUT);
}

/** `statusAfterAction` in a bullet of a review's list, whose last sentence may give the status (BULLET_STATUS_CUT). */
export function statusAfterBullet(text: string, from: number): StatusMark | undefined {
  return text.length > 2000 ? undefined : statusAfterWords(text, from, BULLET_STATUS_CUT);
}

/** A minute's reference as a review prints it: `UC/24/06.2`, `2231.4`, `TB/22/097.3`, `47(b)`, `418 c)`, `17`, `QSEC(25)118`. */
// (a cabinet's own prefix may stand apart from its number: `CAB 64(3)`; a committee's year in brackets, `FIN(24)07`)
const MINUTE_REF = String.raw`(?:${BRACKETED_YEAR}|[A-Z]{1,5}[/.]?|[A-Z]{2,5}[ ](?=\d))?\d{1,4}(?:[/.]\d{1,4})*(?:[ \t]?[a-z]\)|\([a-z0-9]{1,4}\)){0,2}`;
/** The word a review may print before the reference, kept with it (`Minute 49/24`, `Min. 12.3`, `Item 7`). */
const MINUTE_WORD = String.raw`(?:[Mm]inute|MINUTE|[Mm]in\.?|[Ii]tem|ITEM)(?:[ \t]+[Nn]o\.?)?[ \t]+`;
/** A list's own mark before the paragraph: `a)`, `(1).`, `(ii)`, `3.`. */
const LIST_MARK = String.raw`(?:\(?(?:\d{1,2}|[a-z]{1,3})\)\.?|(?:\d{1,2}|[a-z])\.)[ \t]+`;
/**
 * A paragraph of a review that names the earlier minute, what it was (in brackets, or after a dash up
 * to a colon), then its status: `UC/24/18.1 UC/24/06.2 (cyber security training for members):
 * completed; …` (the review's own paragraph number first, if any), `a) Minute 418 c) (tutorial
 * attendance audit): completed; …`, `(1). Minute 49/24 – Pharmaceutical Needs Assessment: …; complete.`,
 * or what it was with no mark before it: `104/25 c) Replacement bench at the green – completed, installed …`.
 */
const MINUTE_REVIEW = new RegExp(String.raw`^[ \t]*(?:${LIST_MARK})?(?:${MINUTE_REF}\*?[ \t]+(?=(?:${MINUTE_WORD})?${MINUTE_REF}[ \t]*[(:–—-]))?((?:${MINUTE_WORD})?${MINUTE_REF})(?:[ \t]*(?:\([^()\n]{1,200}\))?[ \t]*(?::|[–—-](?=[ \t])(?:[^:;\n]{1,120}:(?=[ \t]|$))?)[ \t]*|[ \t]+(?=[A-Z][a-z]))`, 'd');

/** The verb before a status that ends its clause: "the refresh remains in progress", "the audit had been completed". */
// (`can be dropped`: a reply agreeing an action's end, as a tracker's review says it)
const BE_STATUS = /\b(?:is|was|are|were|has[ \t]+been|had[ \t]+been|have[ \t]+been|can[ \t]+be|remains?|remained)[ \t]+(?:now[ \t]+)?/g;
/**
/**
 * What may follow a status that is its clause's whole say: the clause's end, a note in brackets that
 * ends the line (`Done (see Minute 63/24)`), or `and` opening a clause with a subject of its own ("the
 * review had been completed and the report would come to July").
 */
const CLAUSE_END = new RegExp(String.raw`^[ \t]*(?:[.;,:–—]|-[ \t]|$|\([^()\n]{1,80}\)[ \t]*[.;]?[ \t]*$|${AND_CLAUSE})`);
/** Where an action put off goes, in words no deferral's target reads (`Carried forward to the new year programme`): the status's note. */
const PUT_OFF_TO = /^[ \t]+(?:to|until)[ \t]+[a-z]/;
/** Why an action was put off, after where to (`deferred to April 2026 pending the regulator's guidance`): the status's note. */
// (or at whose asking: `carried over to the March 23 meeting at Commissioner Pruitt's request`)
const PUT_OFF_BECAUSE = /^[ \t]+(?:pending|awaiting|while|because|following|subject[ \t]+to|at)\b/;

/**
 * The status a review's paragraph gives after the minute it names, at `at`: a status word opening
 * the text (`completed; the report was circulated`), or one that is a clause of it on its own
 * (`the final assessment had been published on 1st April; complete.`) or after its verb (`the
 * refresh remains in progress`). A status word in the middle of a clause tells none.
 */
function statusInClauses(line: string, at: number): StatusMark | undefined {
  const first = clauseStatus(line, at);
  if (first) return first;
  // clauses part at a stop, a semicolon, a comma or a dash (`Home adaptations – Completed.`)
  const clauses = /(?:[;,.]|[ \t][–—-])[ \t]+/g;
  clauses.lastIndex = at;
  for (let m = clauses.exec(line); m; m = clauses.exec(line)) {
    // a sentence that labels the status (`… had opened on 16 February. Status: Complete.`): the status after its label
    const from = m.index + m[0].length + (STATUS_LABEL.exec(line.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[0].length ?? 0);
    const mark = readStatusCell(line.slice(from));
    if (mark && endsClause(line.slice(from), mark)) return shiftMark(mark, from);
  }
  return saidStatus(line, at);
}

/** The label a review's paragraph gives its status in a sentence of its own: `Status: Complete.`, `Status – Ongoing` (a task's nested bullet too, `- Status: in progress`). */
export const STATUS_LABEL = /^status[ \t]*(?::|[–—-](?=[ \t]))[ \t]*/i;

/**
 * A status said after its verb, ending its clause, from `at` on: "the refresh remains in progress",
 * "so this one is still open.", "#83 is dropped, superseded by #91". Offsets in the text.
 */
export function saidStatus(text: string, at = 0): StatusMark | undefined {
  if (text.length > 4000) return undefined;
  BE_STATUS.lastIndex = at;
  for (let m = BE_STATUS.exec(text); m; m = BE_STATUS.exec(text)) {
    const from = m.index + m[0].length;
    const mark = readStatusCell(text.slice(from));
    if (mark && endsClause(text.slice(from), mark)) return shiftMark(mark, from);
  }
  return undefined;
}

/**
 * A status word opening the text at `at` that is its clause's whole say (`completed; …`, `no longer
 * required, as the depot had closed`, `carried forward to July.`), run on over where it puts the
 * action off to; offsets in the text. `Complete the form` is none.
 */
export function clauseStatus(text: string, at: number): StatusMark | undefined {
  return clauseStatusWord(text, at)?.mark;
}

/** `clauseStatus`, and where its status word ends in the text before where it puts the action off to (`deferred` of `deferred to May`). */
export function clauseStatusWord(text: string, at: number): { readonly mark: StatusMark; readonly wordEnd: number } | undefined {
  const rest = text.slice(at);
  const mark = readStatusCell(rest);
  return mark && endsClause(rest, mark) ? { mark: withDeferral(text, shiftMark(mark, at)), wordEnd: at + mark.end } : undefined;
}

/** Whether the status (and where it puts the action off to) is all its clause says. */
function endsClause(text: string, mark: StatusMark): boolean {
  const end = statusPhraseEnd(text, mark);
  const rest = text.slice(end);
  return CLAUSE_END.test(rest) || (end === mark.end && PUT_OFF.test(mark.word) && PUT_OFF_TO.test(rest)) || (TAKES_AGENT.test(mark.word) && BY_AGENT.test(rest)) || (TAKES_SOURCE.test(mark.word) && FROM_SOURCE.test(rest))
    || (end > mark.end && PUT_OFF_BECAUSE.test(rest));
}

/** A mark read in a slice, its offsets made the text's. */
export function shiftMark(m: StatusMark, by: number): StatusMark {
  return { ...m, start: m.start + by, end: m.end + by, note: m.note && { start: m.note.start + by, end: m.note.end + by } };
}

/**
 * A paragraph of a review of earlier actions that gives the minute's reference and its status
 * (`MINUTE_REVIEW`): the reference as printed (with its word, `Minute 49/24`) and the status, offsets
 * in the text; the status runs on over where it puts the action off to (`deferred to the May
 * meeting`). A status cell that is a sentence ("Complete the form") is none.
 */
export function matchMinuteReview(line: string): StatusRow | undefined {
  if (line.length > 1000) return undefined;
  const m = MINUTE_REVIEW.exec(line);
  if (!m) return undefined;
  const mark = statusInClauses(line, m[0].length);
  if (!mark) return undefined;
  const [rs, re] = m.indices![1];
  return { ref: { start: rs, end: re }, mark: withDeferral(line, mark) };
}

const TAG = /^\[(done|pending|new|closed|dropped|cancell?ed)\][ \t]*/i;
/** A tracker's state as a Markdown code span, as a team's notes print it (`` `DONE` ``, `` `WIP` ``, `` `CARRIED` ``): the word inside is the status as written (a word the vocabulary does not know, `WIP`, `BLOCKED`, `CARRIED`, is still under way). */
const CODE_TAG = /^`(done|closed|wip|doing|blocked|carried|dropped|cancell?ed)`/i;
// (or the red link a wiki prints for such a template it lacks: `Template:Doing`)
const TEMPLATE = /^(?:\{\{[ \t]*(done|doing|cf|canc|cancelled|dropped|open|new)[ \t]*\}\}|Template:(done|doing|cf|canc|cancelled|dropped)\b)/i;
/** Wiki status icons exported as their image names; the word after the icon, when there is one, is the status itself. */
// (and the Silk icons a wiki ships, scraped as their file names: `accept.png Done`, `time.png In progress`, `cancel.png Dropped`)
// (and Commons' voting pictograms, `Pictogram voting keep-green.svg`, `Pictogram voting delete.svg`)
const ICON = /^(yes[ \t_]check|tick|check[ \t_]mark|go-next(?:-red)?|arrow(?:[ \t_-]?(?:right|forward))?|symbol[ \t_](?:wait|(?:support|keep|oppose|delete|neutral)[ \t_]vote)|pictogram[ \t_]voting[ \t_](?:keep|support|oppose|delete|neutral|wait)(?:-[a-z]+)?|hourglass|x[ \t_]mark|cross|red[ \t_]x|accept|cancel|delete|time|clock)\.(?:svg|png|gif)[ \t]*/i;
// the wait and hourglass icons are a wiki's `{{doing}}`: still under way; a wiki's vote icons (`Symbol
// support vote.svg`, `Symbol oppose vote.svg`) say yes and no as the tick and the cross do
const ICON_STATUS: ReadonlyArray<readonly [RegExp, ActionStatus]> = [[/^(?:yes|tick|check|accept|(?:symbol|pictogram[ \t_]voting)[ \t_](?:support|keep))/i, 'done'], [/^(?:x|cross|red|cancel|delete|(?:symbol|pictogram[ \t_]voting)[ \t_](?:oppose|delete))/i, 'dropped'], [/^(?:symbol|pictogram[ \t_]voting)[ \t_]neutral/i, 'open'], [/^(?:go|arrow|symbol|pictogram|hourglass|time|clock)/i, 'carried forward']];
const TEMPLATE_STATUS: Readonly<Record<string, ActionStatus>> = { done: 'done', doing: 'carried forward', cf: 'carried forward', canc: 'dropped', cancelled: 'dropped', dropped: 'dropped', open: 'open', new: 'open' };

/**
 * Status emoji of Markdown notes, as characters (`✅ done`, `🔄 in progress`, `➡️ carried over`,
 * `❌ dropped`, `🟡`) or GitHub's short codes (`:white_check_mark:`, `:x:`): the word after one,
 * when there is one, is the status itself (the emoji its picture); alone, the emoji is read so.
 */
const EMOJI = /^(?:(✅|✔|☑|✓|✗|✘|❌|✖|🚫|⛔|➡|➜|➔|→|⏩|↪|⏭|🔄|⏳|⌛|🚧|⏸|🟢|🟡|🟠|🔴)\uFE0F?|:(white_check_mark|heavy_check_mark|ballot_box_with_check|x|heavy_multiplication_x|no_entry|no_entry_sign|arrow_right|fast_forward|arrows_counterclockwise|hourglass|hourglass_flowing_sand|construction|green_circle|yellow_circle|orange_circle|red_circle):)[ \t]*/u;
const EMOJI_STATUS: ReadonlyArray<readonly [RegExp, ActionStatus]> = [
  [/^(?:✅|✔|☑|✓|white_check_mark|heavy_check_mark|ballot_box_with_check)$/u, 'done'],
  [/^(?:✗|✘|❌|✖|🚫|⛔|x|heavy_multiplication_x|no_entry|no_entry_sign)$/u, 'dropped'],
  [/^(?:➡|➜|➔|→|⏩|↪|⏭|arrow_right|fast_forward)$/u, 'carried forward'],
];

/**
 * MoinMoin's smileys as a wiki page's source prints them (`(./) done`, `(!) in hand`, `/!\ carry
 * forward`, `{X} dropped`): the word after one, when there is one, is the status itself; alone,
 * only the tick and the cross say one.
 */
const SMILEY = /^(\(\.\/\)|\{OK\}|\{X\}|\(!\)|\/!\\|<!>|\{\*\}|\(\*\))[ \t]*/;
const SMILEY_STATUS: Readonly<Record<string, ActionStatus>> = { '(./)': 'done', '{OK}': 'done', '{X}': 'dropped' };

/** `[DONE]`, `` `DONE` ``, `{{cf}}`, `Yes check.svg Done`, `✅ done`, `(./) done` at `at`. */
function matchStatusTag(text: string, at: number): StatusMark | undefined {
  const rest = text.slice(at);
  let m = TAG.exec(rest);
  if (m) {
    const w = m[1].toLowerCase();
    const status: ActionStatus = w === 'done' || w === 'closed' ? 'done' : w === 'pending' ? 'carried forward' : w === 'new' ? 'open' : 'dropped';
    return mark(text, at, at + m[1].length + 2, status);
  }
  if (rest.charCodeAt(0) === 96 /* ` */ && (m = CODE_TAG.exec(rest))) return mark(text, at + 1, at + 1 + m[1].length, statusOfWord(m[1].toLowerCase()) ?? 'carried forward', at + m[0].length);
  if ((m = TEMPLATE.exec(rest))) return mark(text, at, at + m[0].length, TEMPLATE_STATUS[(m[1] ?? m[2]).toLowerCase()]);
  if ((m = SMILEY.exec(rest))) {
    const after = at + m[0].length;
    const word = LEADING_WORD.exec(text.slice(after));
    const worded = word ? statusOfWord(word[0]) : undefined;
    if (word && worded) return mark(text, after, after + word[0].length, worded);
    const status = SMILEY_STATUS[m[1]];
    return status && mark(text, at, at + m[1].length, status);
  }
  if ((m = ICON.exec(rest))) {
    const after = at + m[0].length;
    const word = LEADING_WORD.exec(text.slice(after));
    const worded = word ? statusOfWord(word[0]) : undefined;
    // (where the word puts the action off to is part of it: `Arrow right.svg Carried forward to January`)
    if (word && worded) return mark(text, at, statusPhraseEnd(text, { end: after + word[0].length, word: word[0].toLowerCase() }), worded);
    const status = ICON_STATUS.find(([re]) => re.test(m![1]))?.[1] ?? 'open';
    return mark(text, at, at + m[0].trimEnd().length, status);
  }
  if (rest.charCodeAt(0) > 0x2000 || rest.charCodeAt(0) === 58 /* : */) {
    if ((m = EMOJI.exec(rest))) {
      const after = at + m[0].length;
      const word = LEADING_WORD.exec(text.slice(after));
      const worded = word ? statusOfWord(word[0]) : undefined;
      if (word && worded) return mark(text, after, after + word[0].length, worded);
      // a picture of work under way (🔄, ⏳, 🟡 …) is read as `in progress`: still open in a review
      const name = m[1] ?? m[2];
      const status = EMOJI_STATUS.find(([re]) => re.test(name))?.[1];
      const end = at + m[0].trimEnd().length;
      return status ? mark(text, at, end, status) : { ...mark(text, at, end, 'carried forward'), word: 'in progress' };
    }
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
 * Words for an action still under way (`In progress`, `Ongoing`, `Overdue`, `Not yet due`, `[PENDING]`, `On target`).
 * Our own status lines (`081/22-A1 ONGOING`) carry such an action forward, as they always have; in a
 * board's own review of its actions the action is simply still open: it is carried forward only where
 * the board writes so (`Carried forward`, `cf`, `carried over`, `deferred to …`).
 */
// (a RAG letter other than blue, `G`, `A`, `R`: on track, at risk or overdue, still running)
const RUNNING = /^(?:[gar]|no|not yet|wip|\[?pending\]?|blocked|pending review|part(?:ly|ially)? (?:actioned|achieved|completed?|done)|in progress|in hand|on-?going|on (?:track|target)|at risk|revised date|under way|(?:still )?awaited|still waiting|awaiting (?:a )?(?:response|reply|information|confirmation|quotes?)|not yet due|not (?:yet )?started|on hold|in (?:design|review|procurement|preparation|development|draft(?:ing)?)|under (?:review|construction|consideration)|out to (?:bid|tender)|overdue|outstanding|delayed|doing|not (?:yet )?done|off track|\{\{ ?doing ?\}\}|template:doing|still open)$/;

/**
 * The status a board's own review gives an action (see RUNNING), from the mark its words were read into;
 * `carriesForward`: the board says it carries its outstanding actions forward (forms/carriedForward.ts).
 */
export function reviewStatus(mark: Pick<StatusMark, 'word' | 'status' | 'carried'>, carriesForward = false): ActionStatus {
  // an icon left as words is read by the word after it (`symbol wait.svg doing` is `doing`)
  const dot = mark.word.indexOf('.');
  const word = dot > 0 && /\.(?:svg|png|gif) /.test(mark.word) ? mark.word.replace(/^.*?\.(?:svg|png|gif) /, '') : mark.word;
  // (or carried forward where its own note says so: `Not done – carried forward to the spring visit`)
  return RUNNING.test(word) ? (carriesForward || mark.carried ? 'carried forward' : 'open') : mark.status;
}
