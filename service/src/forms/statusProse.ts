/**
 * The status of an earlier action told in a sentence of a matters-arising minute, the action named
 * by the minute that set it: "one (minute 2231.4, carbon reduction trajectory for the estate) had
 * been deferred to the February meeting", "the action at minute 112.3 was completed", "minute
 * 47(b) remains in progress". The status words are those of statuses.ts; `written` is the phrase
 * as the sentence gives it (`deferred to the February meeting`). A minute that merely "concluded"
 * or "was reported" tells no status. Offsets are relative to the text given. Pure; never throws.
 */
import type { Span } from '../constructs';
import type { ActionStatus } from '../constructs';
import { BRACKETED_YEAR } from '../numberSchemes';
import { clauseStatus, clauseStatusWord, DEFERRAL_TARGET, readStatusCell, reviewStatus, statusOfWord } from './statuses';
import { TRACKER_NUMBER, TRACKER_NUMBER_CASED } from './trackers';

export interface ProseStatus {
  /** The minute the action was set at, as printed (`2231.4`). */
  readonly ref: Span;
  /** The status phrase (`deferred to the February meeting`, `completed`). */
  readonly written: Span;
  readonly status: ActionStatus;
  /** Told in a sentence of the item that reviews the log: where the minutes print the log's row of the same action, the row is its status. */
  readonly told?: true;
  /** The status's words where they stand on the next line, not in the text read (`written` is then the reference's span). */
  readonly writtenAs?: string;
}

/**
 * The status words a sentence gives after its verb, of statuses.ts's vocabulary: done, under way,
 * dropped (`completed`, `actioned`, `discharged`, `in progress`, `pending`, `overdue`, `cancelled` or
 * `canceled`, `superseded`, `no longer required` …). `deferred` and its kind, which may name the meeting, are PROSE's own.
 */
const DONE_PHRASES: readonly string[] = ['completed', 'complete', 'closed', 'done', 'actioned', 'discharged', 'achieved', 'finished', 'in progress', 'ongoing', 'outstanding', 'pending', 'overdue', 'withdrawn', 'cancelled', 'canceled', 'superseded', 'dropped', 'no longer required', 'no longer needed'];
const DONE_WORDS = DONE_PHRASES.map((p) => p.split(' ').join(String.raw`[ \t]+`)).join('|');
/** The last word of each: a line whose last word is none of them ends in no status (ENDING's first test, `endingFrom`). */
const DONE_LAST_WORDS: ReadonlySet<string> = new Set(DONE_PHRASES.map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/** The verb before a status word, and `now`: "had been", "was", "remains now" … */
const BE = String.raw`(?:had[ \t]+been|has[ \t]+been|have[ \t]+been|was|were|is|are|remains?|remained)[ \t]+(?:now[ \t]+)?`;

/** The status word a match ends with (its group `g`), read through statuses.ts: where it stands, and our status. */
function endingStatus(m: RegExpExecArray, g: number): { readonly written: Span; readonly status: ActionStatus } | undefined {
  const mark = readStatusCell(m[g]);
  if (!mark) return undefined;
  const ws = m.index + m[0].length - m[g].length;
  return { written: { start: ws, end: ws + m[g].length }, status: reviewStatus(mark) };
}

/**
 * `minute 2231.4`, `Minute 112`, `minute TB/22/097.3`, `minute C.24.102`, `minute 47(b)`, or the action's own number
 * (`Action 219 was overdue`): the reference, then up to a clause before the verb. Plural, a list
 * of them shares the verb: "actions SC/24/11 (publication of the dashboard) and SC/24/12 (…) were
 * complete" (LISTED_REF reads the others).
 */
// (or with the committee's year in brackets: `minute FIN(24)07`)
const REF = String.raw`(?:${BRACKETED_YEAR}|[A-Z]{0,4}[/.]?)\d[\d/.]*\d?(?:\([a-z0-9]{1,3}\))?`;
// (or a tracker's action, `action-17 on the glossary is done`)
const PROSE = new RegExp(String.raw`\b(?:(?:[Mm]inute|[Aa]ction)(s?)[ \t]+(${REF})|(${TRACKER_NUMBER_CASED}))(?=[\s,;:)])[^.;]{0,160}?\b${BE}((?:deferred|postponed|delayed|carried[ \t]+(?:forward|over))(?:${DEFERRAL_TARGET})?|${DONE_WORDS})\b`, 'g');

/**
 * The next reference of a list after one (sticky): its gloss in brackets skipped (`SC/24/11
 * (publication of the complaints dashboard)`), then `, `, `and ` or `, and `, then the reference.
 */
const LISTED_REF = new RegExp(String.raw`(?:[ \t]*\([^()]{0,120}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+)(${REF})(?=[\s,;:)])`, 'y');

/**
 * An action by its reference opening a sentence, its status all the sentence says, as a board minutes
 * its action log in a line: "Action BD/23/031.2 (theatre staffing) complete. Action BD/23/040.1 not
 * yet due.", "Action 14 (bus shelter survey) closed; action 15 deferred to June." The sentence opens
 * the line (after a paragraph's own number, `052.1`) or follows another's end.
 */
// (the word first, what stands before it looked behind from there: looked behind from every place, a long run of blanks is quadratic)
const ACTION_SENTENCE = new RegExp(String.raw`[Aa]ction(?<=(?:^|[.;!?][ \t]+|^[ \t]*[A-Z]{0,4}\/?\d{1,4}(?:[./]\d{1,4}){0,3}[ \t]+)[Aa]ction)[ \t]+(${REF})(?=[\s(])[ \t]*(?:\([^()]{1,160}\)[ \t]*)?`, 'g');
/** What may follow a status that is all its sentence says: the sentence's end. */
const SENTENCE_CLOSE = /^[ \t]*(?:[.;!]|$)/;

/**
 * A tracker's action said to stay open, as a scribe minutes the review: "action-90 remains open",
 * "action-12 is still open". The tracker's name is the reference (`action-90`), the phrase its status.
 */
const TRACKER_OPEN = new RegExp(String.raw`\b(${TRACKER_NUMBER})[ \t]+((?:remains|stays|is[ \t]+still|still)[ \t]+open)\b`, 'gi');
/**
 * A tracker's action opening a clause, its status all the clause says, as a scribe minutes a review
 * of several in one line: "action-17 closed; action-19 still open", "- action-3 done, action-5
 * dropped". Each clause is the status of its action (the tracker's name, `action-17`, the reference).
 */
const TRACKER_CLAUSE = new RegExp(String.raw`(?:^[ \t]*(?:[-*•][ \t]+)?|[.;,:][ \t]+|;)(${TRACKER_NUMBER})[ \t]+`, 'gi');
/** The next tracker of two named before one status: `and action-58` after `action-56 `. */
const TRACKER_AND = new RegExp(String.raw`(?:and|&)[ \t]+(${TRACKER_NUMBER})(?=[ \t])`, 'iy');
/** Why a tracker's action is done or dropped, after its status: `action-59 dropped since the section went out`. */
// (its status a word or two before it: looked for in the clause's first words only)
const REASON = /[ \t]+(?:since|because)[ \t]+\S/;

/** A status word opening the clause at `at` followed only by why (REASON): the word, offsets in the text. */
function reasonedStatus(text: string, at: number): ReturnType<typeof clauseStatus> {
  const head = text.slice(at, at + 40);
  const why = REASON.exec(head);
  const mark = why ? readStatusCell(head.slice(0, why.index)) : undefined;
  if (!mark || mark.start !== 0 || mark.end !== why!.index) return undefined;
  return { ...mark, start: at, end: at + mark.end, note: undefined };
}

/**
 * One of a list of earlier actions a sentence reports on, each named by its minute (or its action's
 * number) and what it was, its status after a dash: "reported on the actions from the last meeting:
 * minute 104/25 (bench at the green) – completed; minute 106/25 (…) – ongoing; minute 107/25 (…) –
 * no longer required, as …". Each opens the list (after its lead's colon) or follows a semicolon;
 * the status is its clause's whole say (statuses.ts `clauseStatus`). The reference is the number.
 */
const LISTED_REVIEW = new RegExp(String.raw`[:;][ \t]+(?:[Mm]inute|[Aa]ction)[ \t]+(${REF})(?=[\s(])[ \t]*(?:\([^()]{1,160}\)[ \t]*)?[–—-][ \t]+`, 'g');

/**
 * A tracker reviewed in prose, an entry a sentence or more: the action by its number, its task in brackets,
 * a colon, what happened, and its status last in a short sentence of its own: "Action 19/26 (Clerk to
 * circulate the timetable): the timetable was circulated on 2 October. Completed. Action 22/26 (…): the
 * figures depend on the audit. In progress." The reference is the number after `Action`; the status the
 * entry's last sentence (or its words after the colon), when that is its clause's whole say (statuses.ts
 * `clauseStatus`: `Carried forward to the February meeting`, never `completed the survey`).
 */
const TRACKER_ENTRY = new RegExp(String.raw`(?:^|(?<=[.!?][ \t]+))[Aa]ction[ \t]+(${REF})[ \t]*(?:\([^()]{1,200}\)[ \t]*)?:[ \t]+`, 'g');
/** Where the next entry starts, its colon perhaps on a line not read yet: a sentence opening with `Action` and a number. */
const NEXT_ENTRY = new RegExp(String.raw`(?<=[.!?][ \t]+)[Aa]ction[ \t]+${REF}`, 'g');
/** The last sentence's start in an entry: after a full stop and blanks, before a capital. */
const SENTENCE_START = /[.!?][ \t]+(?=[A-Z])/g;

/** Every status of a tracker reviewed in prose (TRACKER_ENTRY) in the text, in its order. */
export function findTrackerEntries(text: string): ProseStatus[] {
  if (text.length > 8000 || text.indexOf(':') < 0) return [];
  const heads: Array<{ ref: Span; at: number; index: number }> = [];
  TRACKER_ENTRY.lastIndex = 0;
  for (let m = TRACKER_ENTRY.exec(text); m; m = TRACKER_ENTRY.exec(text)) {
    const rs = m.index + m[0].indexOf(m[1], 6);
    heads.push({ ref: { start: rs, end: rs + m[1].length }, at: m.index + m[0].length, index: m.index });
  }
  const out: ProseStatus[] = [];
  for (let k = 0; k < heads.length; k++) {
    const h = heads[k];
    NEXT_ENTRY.lastIndex = h.at;
    const end = NEXT_ENTRY.exec(text)?.index ?? text.length;
    let from = h.at;
    SENTENCE_START.lastIndex = h.at;
    for (let m = SENTENCE_START.exec(text); m && m.index + m[0].length < end; m = SENTENCE_START.exec(text)) from = m.index + m[0].length;
    const mark = clauseStatus(text, from);
    // (the status is all the sentence says: `Completed.`, not `Completed the survey on 3 May.`)
    if (!mark || !/^[ \t]*[.!]?[ \t]*$/.test(text.slice(mark.end, end))) continue;
    out.push({ ref: h.ref, written: { start: mark.start, end: mark.end }, status: reviewStatus(mark) });
  }
  return out;
}

/** Every status told so in a paragraph. */
export function findProseStatuses(text: string): ProseStatus[] {
  if (text.length > 20000) return [];
  const out: ProseStatus[] = [];
  if (text.indexOf('-') >= 0) {
    TRACKER_OPEN.lastIndex = 0;
    for (let m = TRACKER_OPEN.exec(text); m; m = TRACKER_OPEN.exec(text)) {
      const ws = m.index + m[0].length - m[2].length;
      out.push({ ref: { start: m.index, end: m.index + m[1].length }, written: { start: ws, end: ws + m[2].length }, status: reviewStatus({ word: 'still open', status: 'open' }) });
    }
    const told = out.length;
    // trackers named together before one status (`action-56 and action-58 still open`): the first takes the last's
    const joined: Array<{ ref: Span; next: number }> = [];
    TRACKER_CLAUSE.lastIndex = 0;
    for (let m = TRACKER_CLAUSE.exec(text); m; m = TRACKER_CLAUSE.exec(text)) {
      const rs = m.index + m[0].lastIndexOf(m[1]);
      if (out.some((o) => o.ref.start === rs)) continue;
      const at = m.index + m[0].length;
      const mark = clauseStatus(text, at) ?? reasonedStatus(text, at);
      if (mark) out.push({ ref: { start: rs, end: rs + m[1].length }, written: { start: mark.start, end: mark.end }, status: reviewStatus(mark) });
      else {
        TRACKER_AND.lastIndex = at;
        const and = TRACKER_AND.exec(text);
        if (and) joined.push({ ref: { start: rs, end: rs + m[1].length }, next: at + and[0].length - and[1].length });
      }
    }
    for (const j of joined) {
      const next = out.find((o) => o.ref.start === j.next);
      if (next) out.push({ ...next, ref: j.ref });
    }
    if (out.length > told && (told > 0 || joined.length > 0)) out.sort((a, b) => a.ref.start - b.ref.start);
  }
  actionSentences(text, out);
  PROSE.lastIndex = 0;
  let tracked = false;
  for (let m = PROSE.exec(text); m; m = PROSE.exec(text)) {
    const ref = m[2] ?? m[3];
    const rs = m[2] === undefined ? m.index : m.index + m[0].indexOf(m[2], 6);
    // (a tracker's clause read above, `action-8 is done` by TRACKER_CLAUSE; a tracker inside a clause, `after
    // ACTION-211 is closed`, names a condition, not its status: the tracker opens the clause, as TRACKER_CLAUSE's)
    if (m[2] === undefined && (!opensClause(text, rs) || out.some((o) => o.ref.start === rs))) continue;
    const ws = m.index + m[0].length - m[4].length;
    const mark = readStatusCell(m[4].replace(/^(?:postponed|delayed)(?=[ \t]+(?:to|until)\b)/i, 'deferred'));
    if (!mark) continue;
    const written = { start: ws, end: ws + m[4].length };
    const status = reviewStatus(mark);
    out.push({ ref: { start: rs, end: rs + ref.length }, written, status });
    if (m[2] === undefined) tracked = true;
    if (m[1] !== 's') continue;
    // "actions A (…) and B (…) were complete": each action of the list has the status
    LISTED_REF.lastIndex = rs + m[2].length;
    for (let r = LISTED_REF.exec(text); r && LISTED_REF.lastIndex <= ws; r = LISTED_REF.exec(text)) {
      const s = LISTED_REF.lastIndex - r[1].length;
      out.push({ ref: { start: s, end: LISTED_REF.lastIndex }, written, status });
    }
  }
  // (a tracker's sentence read after the clauses above it: each status in the text's order)
  if (tracked && out.length > 1) out.sort((a, b) => a.ref.start - b.ref.start);
  return listedReviews(text, out);
}

/** Whether the text at `at` opens a clause: the text's start (after blanks and a bullet), or blanks after a clause's stop (`.`, `;`, `,`, `:`). */
function opensClause(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
  if (k === 0) return true;
  const c = text.charCodeAt(k - 1);
  if (c === 0x2d || c === 0x2a || c === 0x2022) {
    let j = k - 1;
    while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 9)) j--;
    return k < at && j === 0;
  }
  return k < at && (c === 0x2e || c === 0x3b || c === 0x2c || c === 0x3a);
}

/** The statuses of ACTION_SENTENCE's sentences, added to `out`. */
function actionSentences(text: string, out: ProseStatus[]): void {
  // (the word and the blank after it, looked for before the pattern)
  if (text.indexOf('ction ') < 0 && text.indexOf('ction\t') < 0) return;
  ACTION_SENTENCE.lastIndex = 0;
  for (let m = ACTION_SENTENCE.exec(text); m; m = ACTION_SENTENCE.exec(text)) {
    const mark = clauseStatus(text, m.index + m[0].length);
    if (!mark || !SENTENCE_CLOSE.test(text.slice(mark.end))) continue;
    const rs = m.index + m[0].indexOf(m[1], 6);
    out.push({ ref: { start: rs, end: rs + m[1].length }, written: { start: mark.start, end: mark.end }, status: reviewStatus(mark), told: true });
  }
}

/** The statuses of a list of earlier actions in the text (LISTED_REVIEW) added to `out`, but an action's `out` gives already; in the text's order. */
function listedReviews(text: string, out: ProseStatus[]): ProseStatus[] {
  // (cheap first test: the dash that parts each action from its status)
  if (text.indexOf(' – ') < 0 && text.indexOf(' - ') < 0 && text.indexOf(' — ') < 0) return out;
  const had = out.length;
  LISTED_REVIEW.lastIndex = 0;
  for (let m = LISTED_REVIEW.exec(text); m; m = LISTED_REVIEW.exec(text)) {
    const rs = m.index + m[0].indexOf(m[1], 2);
    if (out.some((o) => o.ref.start === rs)) continue;
    const mark = clauseStatus(text, m.index + m[0].length);
    if (!mark) continue;
    out.push({ ref: { start: rs, end: rs + m[1].length }, written: { start: mark.start, end: mark.end }, status: reviewStatus(mark) });
  }
  return out.length > had ? out.sort((a, b) => a.ref.start - b.ref.start) : out;
}

/**
 * The board's decision closes its earlier actions: "agreed to close action 214", "resolved to close
 * actions 089 and 093", "agreed to discharge action 12", "decided to withdraw action 7". The verb is
 * the status as written (`close`); its participle (`closed`) is statuses.ts's word for the status.
 */
const CLOSING = /\b(?:agreed|resolved|decided)[ \t]+to[ \t]+(close|discharge|withdraw|drop)[ \t]+actions?[ \t]+([A-Z]{0,4}\/?\d[\d/.]*(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+)[A-Z]{0,4}\/?\d[\d/.]*)*)/gi;
const PARTICIPLE: Readonly<Record<string, string>> = { close: 'closed', discharge: 'discharged', withdraw: 'withdrawn', drop: 'dropped' };
/** One reference of CLOSING's list, without a full stop that ends the sentence (`214.`). */
const LISTED = /[A-Z]{0,4}\/?\d[\d/.]*\d|[A-Z]{0,4}\/?\d/gi;

/** Every action a sentence says the board closed (or withdrew): one status per action named. */
export function findClosedActions(text: string): ProseStatus[] {
  if (text.length > 20000) return [];
  const out: ProseStatus[] = [];
  CLOSING.lastIndex = 0;
  for (let m = CLOSING.exec(text); m; m = CLOSING.exec(text)) {
    const status = statusOfWord(PARTICIPLE[m[1].toLowerCase()]);
    if (!status) continue;
    const ws = m.index + m[0].indexOf(m[1]);
    const ls = m.index + m[0].length - m[2].length;
    LISTED.lastIndex = 0;
    for (let r = LISTED.exec(m[2]); r; r = LISTED.exec(m[2])) {
      out.push({ ref: { start: ls + r.index, end: ls + r.index + r[0].length }, written: { start: ws, end: ws + m[1].length }, status });
    }
  }
  return out;
}

/**
 * A matters-arising minute headed by the minute it follows up (`Minute 7 - Rural Crime Team
 * Staffing`, `Min 112.3: Car park`): the reference as printed (`Minute 7`), or undefined.
 */
export function minuteHeading(title: string): Span | undefined {
  const m = /^(?:Minute|Min\.?)[ \t]+[A-Z]{0,4}[/.]?\d[\d/.]*(?:\([a-z0-9]{1,3}\))?(?=[ \t]*(?:[-–—:,]|$))/.exec(title);
  return m ? { start: 0, end: m[0].replace(/[.]$/, '').length } : undefined;
}

/**
 * The status of "the action" the minute follows up, told with no reference of its own: "the action
 * from September was now complete", "the outstanding action has been closed", "the actions were
 * completed". Offsets of the status phrase (`complete`), relative to the text given.
 */
const THE_ACTION = new RegExp(String.raw`\b[Tt]he[ \t]+(?:outstanding[ \t]+|remaining[ \t]+)?actions?\b[^.;]{0,80}?\b${BE}(${DONE_WORDS})\b`);

export function findActionStatus(text: string): { readonly written: Span; readonly status: ActionStatus } | undefined {
  if (text.length > 20000) return undefined;
  const m = THE_ACTION.exec(text);
  return m ? endingStatus(m, 1) : undefined;
}

/**
 * The status a sentence ends with, under a minute headed by the minute it follows up (`Minute 31 -
 * Leisure Centre Fees`): "The fees benchmarking … had not yet been finished and remained
 * outstanding.", "The survey was completed." Only the last clause counts (the verb right before the
 * status word: "had not been completed" tells none).
 */
const ENDING = new RegExp(String.raw`\b${BE}(${DONE_WORDS})(?=[ \t]*[.!]?[ \t]*$)`, 'g');
/** The most words a match of ENDING spans: the verb's two (`had been`), `now`, the status's two (`in progress`). */
const ENDING_WORDS = 5;

export function findEndingStatus(text: string): { readonly written: Span; readonly status: ActionStatus } | undefined {
  if (text.length > 4000) return undefined;
  // searched from where a match may start at the earliest, not tried at every place of a long line
  const from = endingFrom(text);
  if (from < 0) return undefined;
  ENDING.lastIndex = from;
  const m = ENDING.exec(text);
  return m ? endingStatus(m, 1) : undefined;
}

/**
 * Where a match of ENDING starts at the earliest. It ends where the line does less blanks and one
 * `.` or `!` (its lookahead), holds only small letters and blanks (` `, tab), and starts a word (`\b`
 * before a small letter) no more than ENDING_WORDS words before its end: so at the start of one of
 * the last ENDING_WORDS words of small letters of the run of them and blanks that ends there.
 * Searched from there with the whole line (`\b` sees the character before), it finds the same match.
 * -1 where the last of those words ends no status (DONE_LAST_WORDS): no match, and no search (most
 * lines that hold a status word hold it elsewhere, `progress` in a report's sentence).
 */
function endingFrom(text: string): number {
  // (the character tests written out, not called: this loop runs over the last words of every line
  // with a status word, before the engine has optimised it)
  let e = text.length;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  if (e > 0 && (text.charCodeAt(e - 1) === 0x2e || text.charCodeAt(e - 1) === 0x21)) e--;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  let start = e;
  let k = e;
  for (let n = 0; n < ENDING_WORDS; n++) {
    let w = k;
    for (let c = w > 0 ? text.charCodeAt(w - 1) : 0; c >= 0x61 && c <= 0x7a; c = w > 0 ? text.charCodeAt(w - 1) : 0) w--;
    if (w === k) break;
    if (n === 0 && !DONE_LAST_WORDS.has(text.slice(w, k))) return -1;
    start = w;
    k = w;
    while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09)) k--;
    if (k === w) break;
  }
  return start;
}

/**
 * A matter of the last meeting named by its subject, in a review of the earlier actions (`Matters
 * arising`): "The bus shelter repair is complete.", "The new website has been finished.", "This
 * survey remains outstanding." The subject as written is the action's reference (the minutes never
 * number it); the status word ends the sentence, so "The repair is complete except for …" tells none.
 */
const SUBJECT = new RegExp(String.raw`(?:^|(?<=[.!?][ \t]+))((?:The|This)[ \t][^.;:!?]{2,60}?)[ \t]+${BE}(${DONE_WORDS})(?=[ \t]*[.;!]|[ \t]*$)`);

export function findSubjectStatus(text: string): ProseStatus | undefined {
  if (text.length > 4000) return undefined;
  const m = SUBJECT.exec(text);
  const s = m ? endingStatus(m, 2) : undefined;
  return m && s ? { ref: { start: m.index, end: m.index + m[1].length }, ...s } : undefined;
}

/**
 * A clerk's report of the earlier actions in one sentence, or one a speaker: each action named by
 * its subject, its minute in brackets if any, then its status after the verb, each clause after
 * `reported that` or `; that`: "The Clerk reported that the bus shelter repair (052/25) had been
 * completed; that the dog bin (054/25(b)) was still awaited from the District Council; and that …",
 * "County Engineer Goodnight reported that the signage at the low-water crossing, requested on
 * January 12, is complete." The status is its clause's whole say (statuses.ts `clauseStatus`); the
 * reference is the minute in brackets, else the subject up to its first comma (`signage at the
 * low-water crossing`). Offsets in the text.
 */
const REPORTED = new RegExp(String.raw`(?:\b(?:reported|said|confirmed|advised|explained|stated|informed[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+|members))[ \t]+that|;[ \t]+(?:and[ \t]+)?that)[ \t]+([^.;:]{3,200}?)[ \t]+${BE}`, 'g');
/** A minute's reference in brackets in the subject: `(052/25)`, `(054/25(b))`, `(Minute 12.3)`. */
const BRACKETED_REF = new RegExp(String.raw`\((?:[Mm]inute[ \t]+)?(${REF})\)`);

/** A subject that is a minute or an action by its number (`minute PC25/118`, `action 12`): read by PROSE. */
const NAMES_MINUTE = new RegExp(String.raw`^(?:the[ \t]+)?(?:[Mm]inute|[Aa]ction)s?[ \t]+${REF}`);

/** A status a clerk's report tells (`findReportedStatuses`), with where its status word ends (`deferred` of `deferred to May`). */
export interface ReportedStatus extends ProseStatus {
  readonly wordEnd: number;
}

/** Every status a clerk's report tells in the text; `carriesForward`: the board carries its outstanding actions forward (statuses.ts `reviewStatus`). */
export function findReportedStatuses(text: string, carriesForward = false): ReportedStatus[] {
  if (text.length > 8000 || text.indexOf('that') < 0) return [];
  const out: ReportedStatus[] = [];
  REPORTED.lastIndex = 0;
  for (let m = REPORTED.exec(text); m; m = REPORTED.exec(text)) {
    // (a subject that names the minute, `that minute PC25/118 was cancelled`, is PROSE's)
    if (NAMES_MINUTE.test(m[1])) continue;
    const said = clauseStatusWord(text, m.index + m[0].length);
    if (!said) continue;
    const { mark, wordEnd } = said;
    const ss = m.index + m[0].indexOf(m[1]);
    const b = BRACKETED_REF.exec(m[1]);
    let ref: Span;
    if (b) {
      const rs = ss + b.index + b[0].indexOf(b[1]);
      ref = { start: rs, end: rs + b[1].length };
    } else {
      const article = /^(?:the|a|an)[ \t]+/i.exec(m[1]);
      const from = ss + (article ? article[0].length : 0);
      const cut = /[ \t]*[,(]/.exec(text.slice(from, ss + m[1].length));
      ref = { start: from, end: cut ? from + cut.index : ss + m[1].length };
    }
    out.push({ ref, written: { start: mark.start, end: mark.end }, status: reviewStatus(mark, carriesForward), wordEnd });
  }
  return out;
}
