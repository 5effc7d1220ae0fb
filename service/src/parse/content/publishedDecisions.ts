/**
 * Decisions in the forms other boards publish them (forms/decisions.ts): `RESOLVED that`, `The Board
 * NOTED …`, `AGREED`, `RATIFIED`, `RESOLUTION:`, `**Decision**:`, "Resolved by lazy consensus", a
 * `RESOLVED –` whose words follow as parts on the lines below; and the approval of the last minutes
 * ("were agreed as a correct record of proceedings"), which is the meeting's first decision. Our
 * canonical `DECISION:` lines are `decision`'s, asked first. A vote recorded on the line is kept with it.
 */
import { writtenInOurMarkup } from '../../proceedings/ourMarkup';
import { findDueDate, matchDecision, matchVote, readInlineParts, readResolutionParts, sentenceEnd } from '../../forms';
import type { Decision } from '../../model';
import type { Position } from '../../types';
import { findDate } from '../../dates';
import { withoutCodeMarks, type Segment } from '../../text';
import { isBlankUnit } from '../../unitClass';
import type { ParseState } from '../state';
import { wrapLength, wrappingWord } from '../margin';
import type { InlineRecogniser, Line } from './inline';
import { joinSegments, joinedRange, voteRecord } from './joined';
import { RECORD_AS, RECORD_WORDS, W_AGREED, W_DECIDE, W_RECORD } from './keywords';
import { attendanceNoteAt, attendanceNoteOpens, CAPS_DECISION_VERBS, CAPS_VERB } from '../../forms/decisions';
import { joinLines } from '../../forms/hyphenation';
import { matchProceedingLine } from '../../proceedings/vote';
import { matchVoteAfter } from '../../forms/votes';

/** Cheap first tests (every line of every item is asked): the words without which no form matches. */
// (after a callout's icon, `✅ **Agreed**: …`, or an arrow from how the meeting got there, `No objections → **Approved**: …`)
const MAY_DECIDE = /resol|decisi|decided|\bagreed[ \t]+(?:to|that)\b|(?:^[ \t]*(?:[-*•][ \t]+)?(?:[\u0080-\uffff]{1,3}[ \t]+)?|(?:→|⇒|=>|->)[ \t]*)(?:\*\*|__)?(?:agreed|ratified|homologated|approved|noted|endorsed|propos|(?:lazy[ \t]+)?consensus)/i;
// (and a count by votes, `by 7 votes to 2`, `with 1 abstention`)
const VOTE_WORDS = /\b(?:carried|lost|unanimous(?:ly)?|ayes|nays|seconded|moved|favour|against|abstain|abstentions?|votes[ \t]+to)\b/i;
const LAZY = /\bby[ \t]+(?:lazy[ \t]+)?consensus\b/i;
/** A decision's words start after the keyword and its punctuation (`^[ \t]*[–—:;,.-]?[ \t]*`): where, from `s`. */
function wordsStart(body: string, s: number, e: number): number {
  let i = s;
  while (i < e && (body.charCodeAt(i) === 0x20 || body.charCodeAt(i) === 0x09)) i++;
  if (i < e && '–—:;,.-'.includes(body[i])) i++;
  while (i < e && (body.charCodeAt(i) === 0x20 || body.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** A keyword that is a passive sentence: `The Policy was RATIFIED`, `The accounts were APPROVED`. */
const PASSIVE_VERB = /^[A-Z][^.;:!?]*[ \t](?:was|were)[ \t]+[A-Z]+$/;

/** Whether the words from `s` to `e` hold no word at all (a full stop): not a colon, which opens parts below. */
function nothingAfter(body: string, s: number, e: number): boolean {
  return !/[\p{L}\p{N}:–—-]/u.test(body.slice(s, e));
}

/** A passive verb that opens its line: the rest of a sentence the page wrapped (`was RECEIVED`). */
const WRAPPED_PASSIVE = /^(?:was|were)[ \t]+[A-Z]+$/;

/**
 * The subject of a sentence wrapped before its passive verb: the lines just above (at most three,
 * adjacent, of the same paragraph) from the sentence's capital start; undefined when they do not
 * hold the sentence's start or it is not open at their end.
 */
function subjectAbove(state: ParseState, seg: Segment): { text: string; seg: Segment; from: number } | undefined {
  let k = indexOf(state, seg);
  let text = '';
  // the item's own heading is no sentence's start (`419.  TREASURY POLICY` over `Policy 2025/26 was APPROVED.`)
  const head = state.item ? state.item.headRange.end.line : -1;
  for (let n = 0; n < 3 && k > 0; n++) {
    const p = state.segs[k - 1];
    if (p.text.length === 0 || p.line !== state.segs[k].line - 1 || p.line <= head || state.layout.heads?.has(p.line)) return undefined;
    // the sentence above must still be open where the line ends
    if (n === 0 && /[.!?:;][ \t]*$/.test(p.text)) return undefined;
    const stop = /^.*[.!?][ \t]+(?=[A-Z])/.exec(p.text);
    const from = stop ? stop[0].length : 0;
    text = text.length > 0 ? `${p.text.slice(from).trim()} ${text}` : p.text.slice(from).trim();
    if (stop || /^(?:The|This|These|A|An|[A-Z][a-z]+)\b/.test(p.text) && !/^[a-z]/.test(p.text)) {
      return /^[A-Z]/.test(text) ? { text, seg: p, from } : undefined;
    }
    k--;
  }
  return undefined;
}

/** Whether the words from `s` to `e` hold nothing but the vote (and punctuation): `(5 for, 0 against).` */
function onlyVote(body: string, s: number, e: number, vote: { start: number; end: number } | undefined): boolean {
  // a vote there, and nothing else ("The following were RATIFIED:" opens its parts below)
  if (!vote || vote.start < s || vote.end > e) return false;
  return !/[\p{L}\p{N}:]/u.test(body.slice(s, vote.start) + body.slice(vote.end, e));
}

/** The decision a line of the meeting records, in a published form, or undefined; `words`: the line's signature (`keywords.ts`), if known. */
export function readPublishedDecision(state: ParseState, seg: Segment, from: number, body: string, words?: number): Decision | undefined {
  if (!MAY_DECIDE.test(body) && !CAPS_VERB.test(body)) return undefined;
  // the line's signature, when given, says whether it holds `resolved`, `agreed` or `decided`; the
  // form's unanimity is not read (never kept: the vote below says it)
  const d = matchDecision(body, words === undefined ? undefined : (words & W_AGREED) !== 0, false);
  if (!d || d.proposal) return undefined;
  const kw = body.slice(d.keyword.start, d.keyword.end);
  let ts = d.text && d.text.start > d.keyword.start ? d.text.start : d.keyword.end;
  const lazy = LAZY.exec(kw);
  // "Resolved by lazy consensus; the PR can land …": how it was resolved is the decision's own words
  if (lazy) ts = d.keyword.start + lazy.index;
  let te = d.text && d.text.end > ts ? d.text.end : body.length;
  ts = wordsStart(body, ts, te);
  const passive = PASSIVE_VERB.test(kw);
  // the line's vote: read here for a passive verb, else once the sentence after the decision's is known not to hold it (read there)
  let found = passive && VOTE_WORDS.test(body) ? matchVote(body) : undefined;
  // "The Charging Policy was RATIFIED (5 for, 0 against).": nothing after the passive verb but its
  // vote, so the sentence up to the verb is the decision (the vote stays the vote's)
  // "The forecast was NOTED.": nothing after the passive verb at all, so the sentence is the decision too
  if (passive && (onlyVote(body, ts, te, found) || nothingAfter(body, d.keyword.end, te))) { ts = d.keyword.start; te = d.keyword.end; }
  // "The report of the Audit and Risk Committee, …," / "was RECEIVED.": the page wrapped the sentence, whose subject is above
  // also "… and the Nominations" / "Committee (10 March 2025) were RECEIVED.": the line starts inside the sentence the line above left open
  const above = (WRAPPED_PASSIVE.test(kw) || (passive && !/^(?:The|This|These|A|An)[ \t]/.test(kw))) && d.keyword.start === 0 && nothingAfter(body, d.keyword.end, te) ? subjectAbove(state, seg) : undefined;
  if (above) { ts = d.keyword.start; te = d.keyword.end; }
  const first = body.slice(ts, te).trim();
  const read = continued(state, seg, above ? `${above.text} ${first}` : first);
  let text = read.text;
  const parts = read.parts;
  // `Resolution OC/2024/87` over `RESOLVED ON THE MOTION OF …`, or under the motion it numbers (`CARRIED` ⏎
  // `Resolution OC/2024/117`): the resolution's number, its words read on their own line, no decision of its own
  if (d.number && text.length === 0 && !parts) return undefined;
  const start = above ? { start: state.r(above.seg, above.from, above.from).start, end: state.r(seg, from + body.length, from + body.length).end } : state.r(seg, from + Math.min(d.start, d.keyword.start), from + body.length);
  let range = read.last === seg ? start : { start: start.start, end: state.whole(read.last).end };
  // the decision's words stop at its sentence's end: the sentence that follows is the record of its vote, kept as data, or the minutes' prose
  const after = above || parts || first.length === 0 ? undefined : nextSentence(state, seg, from, ts, read, first.length);
  if (after) {
    text = after.text;
    if (after.end) range = { start: range.start, end: after.end };
  }
  // (over all the decision's lines, a vote in brackets the page wrapped: `… payments (proposed Cllr Thwaite,` ⏎ `seconded Cllr Hebden, all in favour):`)
  const own = !after?.vote && read.last !== seg && openBracket(body) ? linesOf(state, seg, read.last) : [];
  const joined = own.length > 1 && own.every((s, n) => s.line === seg.line + n) && VOTE_WORDS.test(own[own.length - 1].text) ? joinSegments(own, from) : undefined;
  const wrappedVote = joined ? matchVote(joined.text) : undefined;
  if (!wrappedVote && !after?.vote && !passive && VOTE_WORDS.test(body)) found = matchVote(body);
  let vote = after?.vote ?? (joined && wrappedVote ? voteRecord(state, joined, wrappedVote) : found ? voteRecord(state, joinSegments([seg], from), found) : undefined);
  // the mover's and seconder's lines between a numbered resolution's heading and its words (`Resolution No. 2025-061` ⏎
  // `Moved by: Councillor Aucoin` ⏎ `Seconded by: Deputy Mayor Beaulieu` ⏎ `THAT …`): the vote's first facts (its result below)
  if (!vote && read.movers) {
    const j = joinSegments(read.movers, 0, '\n');
    const v = matchVote(j.text);
    if (v) vote = voteRecord(state, j, v);
  }
  // written key by key (the keys the spreads gave, in their order): every decision of the file is made here (docs/performance.md)
  // (in the clerk's words: a Markdown code span's marks left out, `` with `Visitor` kept `` → `with Visitor kept`, as an action's are)
  const decision: { -readonly [K in keyof Decision]: Decision[K] } = {
    text: withoutCodeMarks(text), range, keyword: state.located(seg, from + d.keyword.start, from + d.keyword.end),
  };
  if (vote) decision.vote = vote;
  if (parts) decision.parts = parts;
  else {
    // `RESOLVED that (a) the outturn be noted; (b) the reserves strategy be referred …`: its parts in its sentence
    const inline = text.indexOf('(') >= 0 ? readInlineParts(decision.text) : [];
    if (inline.length > 0) decision.parts = inline.map((p) => decision.text.slice(p.start, p.end));
  }
  // (the form's start, not its keyword's: a callout's icon before `**Resolved:**` is no sentence's words)
  if (lazy || (d.start > 0 && body.slice(0, d.start).trim().length > 0)) decision.inSentence = true;
  if (after) decision.asWritten = true;
  return decision;
}

/**
 * Where a decision's sentence ends before the next one on its lines, when that next sentence is no
 * part of it: the record of its vote (`… with effect from` ⏎ `1st July 2024. Proposed Cllr Pemberton,
 * seconded Cllr Fairlie. All in favour.`: mover, seconder and unanimity kept as data), or any
 * sentence on a line the decision's own was wrapped onto (`RESOLVED to accept the` ⏎ `apologies. Cllr G
 * Barraclough was absent …`). A second sentence on the decision's own line is left to it (a
 * resolution may say two things). The words after stay in the minutes as written: the range ends
 * at the stop, or at the line's end when the rest is the vote. `firstLength`: the length of the
 * decision's words on its own line (`read.text` opens with them). The vote is read there, the
 * decision's words left out (`£38,450 for 2026/27` counts no one) and over all its lines (`seconded
 * Cllr` ⏎ `Whitlow; all in favour.`), rather than on the decision's first line.
 */
export function nextSentence(state: ParseState, seg: Segment, from: number, ts: number, read: { text: string; last: Segment }, firstLength: number): { text: string; vote?: Decision['vote']; end?: Position } | undefined {
  const whole = read.text;
  // (most decisions are one sentence: without a stop before a blank there is nothing to look for)
  if (whole.indexOf('. ') < 0 && whole.indexOf('.\t') < 0) return undefined;
  const stop = sentenceEnd(whole, 0);
  if (stop >= whole.length - 1) return undefined;
  const tail = whole.slice(stop + 1);
  if (tail.trim().length === 0) return undefined;
  // the stop on a line the decision was wrapped onto; a vote needs one of its words or a count
  const wrapped = stop >= firstLength;
  const mayVote = VOTE_WORDS.test(tail) || /\d/.test(tail);
  if (!wrapped && !mayVote) return undefined;
  const text = whole.slice(0, stop + 1);
  // the lines as they stand (one space between): the same stop, found again, gives the range and the vote's places
  let segs = read.last === seg ? lineOf(state, seg) : linesOf(state, seg, read.last);
  if (segs.length === 0 || segs.some((s, n) => s.text.length === 0 || s.line !== seg.line + n)) return wrapped ? { text } : undefined;
  // a vote in brackets the page wrapped (`… Close. (4 for, 1 against,` ⏎ `1 abstention).`): its bracket's lines too
  if (mayVote && openBracket(tail)) segs = withBracketClosed(state, segs);
  const j = joinSegments(segs, from);
  // (on one line its words are the line's from `ts`: the stop is where it was found)
  const at = segs.length === 1 ? ts + stop : sentenceEnd(j.text, ts);
  if (at >= j.text.length) return wrapped ? { text } : undefined;
  // after the decision's own words (offsets kept): they are no fact of the vote
  const found = mayVote ? matchVoteAfter(j.text, at + 1) : undefined;
  // the vote opens the sentence after (`Proposed Cllr …`, `(4 for, 0 against)`, `Carried.`)
  if (found && /^[ \t]*[(\[]?$/.test(j.text.slice(at + 1, found.start))) return { text, vote: voteRecord(state, j, found) };
  return wrapped ? { text, end: joinedRange(state, j, at + 1, at + 1).end } : undefined;
}

/** `segs` and the lines straight below them (two at most) up to the one that closes the last's open bracket; `segs` alone when none does. */
function withBracketClosed(state: ParseState, segs: Segment[]): Segment[] {
  const last = segs[segs.length - 1];
  const k = indexOf(state, last);
  for (let n = 1; n <= 2 && k + n < state.segs.length; n++) {
    const s = state.segs[k + n];
    if (s.line !== last.line + n || s.text.trim().length === 0) return segs;
    if (s.text.indexOf(')') >= 0) return [...segs, ...state.segs.slice(k + 1, k + n + 1)];
  }
  return segs;
}

/** A decision's one line as `linesOf` gives it (most decisions are one line: no search of the segments for where it ends, no copy of them). */
function lineOf(state: ParseState, seg: Segment): Segment[] {
  return indexOf(state, seg) < 0 ? [] : [seg];
}

/** The segments from `seg` to `last`, in the document's order (none when either is not the document's). */
function linesOf(state: ParseState, seg: Segment, last: Segment): Segment[] {
  const k = indexOf(state, seg);
  const l = indexOf(state, last);
  return k < 0 || l < k ? [] : state.segs.slice(k, l + 1);
}

/**
 * A decision's words as the paragraph runs on: a line wrapped by the page (the next line starts in
 * lower case, or goes on after a name or a code the page carried over), and after `RESOLVED –` or
 * `RESOLVED that` alone or `That the Committee:` the first part below (`(1) That …`, `(a) endorses
 * …`), with one blank line between at most; also after a lead-in whose sentence the parts finish
 * (`RESOLVED: That the Board` over `(a) notes …`), when the line below is a first part. Never past
 * a line that could start something else (a number, a heading, a capital), so an item below is
 * never swallowed.
 */
export function continued(state: ParseState, seg: Segment, first: string): { text: string; parts?: string[]; last: Segment; movers?: Segment[] } {
  let text = first;
  let last = seg;
  let k = indexOf(state, seg);
  if (k < 0) return { text, last };
  let parts: string[] | undefined;
  let partsEnd: Segment | undefined;
  let movers: Segment[] | undefined;
  // where each `THAT …` clause starts in `text` (thatClause below)
  let clauses: number[] | undefined;
  for (let n = 0; n < 8; n++) {
    // `RESOLVED that` alone on its line, its parts below (`(a) the briefing be noted;`): the same opening as `RESOLVED –`
    let opening = text.length === 0 || text.endsWith(':') || /^(?:that|to)$/i.test(text);
    // `That the Board`, its sentence open: its parts below finish it, only if the first is there (`(a)`, `(1)`)
    const open = !opening && parts === undefined && !/[.;:!?,]$/.test(text);
    let j = k + 1;
    if ((opening || open) && j < state.segs.length && state.segs[j].text.length === 0 && state.segs[j].line === state.segs[k].line + 1) j++;
    // a page's footer inside the sentence (`… be referred to the Roads and` ⏎ `<district> – <date>⇥Page 3 of 4` ⏎
    // `Transportation Strategic Policy Committee.`): not there for the reader, who reads on past it
    const past = open ? pastFooter(state, k) : -1;
    if (past > 0) j = past;
    // `RESOLVED – (1) That … for adoption.` ⏎ (blank) ⏎ `(2) That the consent fee …`: the first part on the keyword's
    // line, the next ones below, each its own paragraph; the parts are the whole resolution's, read from the first
    const gap = state.segs[k + 1];
    if (parts === undefined && gap !== undefined && gap.text.length === 0 && gap.line === state.segs[k].line + 1 && FIRST_PART.test(text)) {
      const below = state.segs[k + 2];
      if (below && below.line === gap.line + 1 && nextPartOf(text, below.text) && samePartOpening(text, below.text)) {
        const read = partsBelow(state, below, text);
        if (read && read.parts.length > 1) return { text, parts: read.parts, last: read.last };
      }
    }
    const next = j < state.segs.length ? state.segs[j] : undefined;
    if (!next || next.text.length === 0 || (past < 0 && next.line > state.segs[k].line + (j - k))) break;
    // `RESOLUTION OCM25/201` over `Moved: Cr Donnelly  Seconded: Cr Tipoki` over `That …`: the mover's
    // line stands between a numbered resolution's heading and its words (the motion reads it)
    if (text.length === 0 && parts === undefined && moverLine(next.text)) { (movers ??= []).push(next); k = j; continue; }
    if (open) {
      if (PART.test(next.text) && readResolutionParts(next.text).length > 0) opening = true;
      else if (j > k + 1 && past < 0) break; // a blank line, and no part below it: the paragraph ended
    }
    // "The following were RATIFIED:" over a bulleted list: the list's entries are the parts
    const part = PART.test(next.text) || (opening && next.bullet && parts === undefined && text.length === 0);
    // a keyword alone (`RESOLUTION OCM25/209`, `RESOLVED:`) over the resolution's own `That …` sentence,
    // or its first numbered part (`1. That the report be noted.`), never an item's head
    const words = text.length === 0 && /^(?:\d{1,2}\.[ \t]+)?(?:That|THAT)[ \t]/.test(next.text) && !state.layout.heads?.has(next.line);
    // `Governors APPROVED the` ⏎ `SFVS return for submission …`: an article or a preposition never ends
    // a sentence, so the line below goes on with it (unless it is a number or a heading: an item's)
    // `… in three players by` ⏎ `6 November`: a due date's day the wrap carried below its `by` (a number, yet no item's)
    // "… trade unions," ⏎ "and RESOLVED that the Committee …": a second decision the sentence joins on, read on its own line
    if (JOINED_RESOLUTION.test(next.text)) break;
    // (`… with effect from` ⏎ `1 August 2025, subject to …`: a date the wrap carried below its preposition is no item's number)
    // (and an Act's year the wrap carried below it: `… of the Local Government Act` ⏎ `1972 the press and public be excluded`)
    // (and a bracket the line left open: `… the SEBI (Listing Obligations and` ⏎ `Disclosure Requirements) Regulations …`)
    const unfinished = (((OPEN_WORD.test(text) || openBracket(text) || (JOIN_WORD.test(text) && !PART.test(next.text) && !LETTERED_PART.test(next.text) && !THAT_OPENS.test(next.text))) && (!/^\d/.test(next.text) || findDate(next.text.slice(0, 40))?.start === 0)) || dueWrapped(text, next.text) || dayWrapped(text, next.text) || ACT_YEAR.test(`${text.slice(-4)}\n${next.text.slice(0, 5)}`)) && !state.layout.heads?.has(next.line) && next.heading === 0;
    // `RESOLVED that (1) the review be noted; and` ⏎ `(2) the booking system …`: the next part of the sequence its words opened
    // (its sentence still open: a part that ended with its full stop is read as it was)
    const following = part && parts === undefined && !/[.!?]$/.test(text) && nextPartOf(text, next.text);
    // (past a footer, a sentence left on `and`, `or` too: `… to the Roads and` ⏎ footer ⏎ `Transportation Strategic …`)
    const overFooter = past > 0 && next.heading === 0 && !state.layout.heads?.has(next.line) && /(?:^|[ \t])(?:and|or|&)$/.test(text) && !/^\d/.test(next.text);
    // (a clause ended by a semicolon goes on below in small letters: `… rises from £95 to £105;` ⏎ `the assistant rate from £60 to £68.`;
    // not into a bullet of its own nor a speaker's line, `ack tkuhn`, `tkuhn: I still worry …`)
    const clause = !/[.;!?]$/.test(text) || (text.endsWith(';') && !next.bullet && !SPEAKER_LINE.test(next.text));
    // `THAT Council receive the report; and` ⏎ `THAT Council approve …`: a North American resolution's clauses, each its part
    const thatClause = parts === undefined && THAT_OPENS.test(text) && CLAUSE_JOINED.test(text) && THAT_OPENS.test(next.text);
    if (thatClause) (clauses ??= [0]).push(text.length + 1);
    if (!(/^[a-z]/.test(next.text) && clause) && !(opening && part) && !words && !unfinished && !following && !overFooter && !thatClause && !wrappedAtName(state, last, next, text)) break;
    if (opening && part && !parts) {
      const below = partsBelow(state, next);
      parts = below?.parts;
      partsEnd = below?.last;
    }
    text = joinWrapped(text, next.text);
    last = next;
    k = j;
  }
  // (the decision runs to its last part's line: the record of its vote under the parts is its own)
  const end = partsEnd && partsEnd.line > last.line ? partsEnd : last;
  if (clauses && !parts) parts = clauses.map((at, n) => text.slice(at, n + 1 < clauses!.length ? clauses![n + 1] - 1 : text.length).trim());
  return movers ? { text, parts, last: end, movers } : { text, parts, last: end };
}

/** A clause of a resolution in the North American form (`THAT Council …`, `AND FURTHER THAT …`). */
const THAT_OPENS = /^[ \t]*(?:AND[ \t]+(?:FURTHER[ \t]+)?)?THAT[ \t]/;
/** A clause joined on to the next (`…; and`, `…, and`, `…; or`). */
const CLAUSE_JOINED = /[;,][ \t]*(?:and|or)$/;

/** A scribe's line that is a speaker's (`tkuhn: …`) or the queue's (`ack tkuhn`, `q+`). */
const SPEAKER_LINE = /^[ \t]*(?:[\w.-]{1,30}:|(?:ack|q[+-?])(?:[ \t]|$))/;

/** The most lines a resolution's parts are read over: far more than any resolution prints. */
const PARTS_REACH = 60;
/** A line that may open an item (`20. ACTION LOG`, `20.` alone, `## Budget`): the parts end before it. */
const ITEM_LIKE = /^[ \t]*(?:\d{1,4}[.)]?(?:[ \t]+\p{Lu}|[ \t]*$)|#)/u;

/**
 * The parts of a resolution from its first (`next`, `(1) That …`) to where they end
 * (forms/decisions.ts `readResolutionParts`: the sequence broken, an `ACTION:` line, a paragraph
 * after a blank line or a part's full stop), each part over its wrapped lines as one text; read over
 * the segments of the lines that follow (a region parsed again has those of its item only), never past
 * an item's head, a heading or a line that may open an item, a page's frame between them read as a
 * blank line. The part's first line alone when the lines are too long to read.
 */
function partsBelow(state: ParseState, next: Segment, first?: string): { parts: string[]; last: Segment } | undefined {
  const heads = state.layout.heads;
  const debris = state.layout.debrisLines;
  const segs = state.segs;
  // (the first part read already, `first`, stands above a blank line, as written)
  const lines: string[] = first === undefined ? [] : [first, ''];
  const own: Segment[] = [];
  let line = next.line;
  for (let k = indexOf(state, next); k >= 0 && k < segs.length && own.length < PARTS_REACH; k++) {
    const sg = segs[k];
    if (k > 0 && sg.line === segs[k - 1].line && own.length > 0 && sg !== next) { lines[lines.length - 1] += `\t${sg.text}`; continue; }
    if (sg !== next && (sg.line !== line + 1 || heads?.has(sg.line) || sg.heading > 0 || (ITEM_LIKE.test(sg.text) && !PART.test(sg.text)))) break;
    line = sg.line;
    lines.push(sg !== next && debris.size > 0 && debris.has(sg.line) ? '' : sg.text);
    own.push(sg);
  }
  const text = lines.join('\n');
  const read = own.length > 0 ? readResolutionParts(text) : [];
  if (read.length === 0) {
    if (first !== undefined) return undefined;
    const one = readResolutionParts(next.text);
    return one.length > 0 ? { parts: one.map((p) => next.text.slice(p.start, p.end).trim()), last: next } : undefined;
  }
  // the segment the last part ends on (its line among those read, the first part's two before them)
  const end = read[read.length - 1].end;
  let at = 0;
  for (let c = text.indexOf('\n'); c >= 0 && c < end; c = text.indexOf('\n', c + 1)) at++;
  const last = own[Math.max(0, Math.min(own.length - 1, at - (first === undefined ? 0 : 2)))];
  return { parts: read.map((p) => text.slice(p.start, p.end).split('\n').map((w) => w.trim()).reduce((a, w) => (a.length === 0 ? w : joinLines(a, w)), '')), last };
}

/**
 * The segment after k past a page's foot or head: the lines between are blank or a page's frame,
 * one at least (layout.ts's debris), so the sentence above runs on there; else -1.
 */
function pastFooter(state: ParseState, k: number): number {
  const debris = state.layout.debrisLines;
  if (debris.size === 0) return -1;
  let footer = false;
  // (a footer's cells set apart by tabs may be segments of one line)
  for (let j = k + 1, line = state.segs[k].line; j < state.segs.length && j - k < 8; j++) {
    const s = state.segs[j];
    if (s.line > line + 1) return -1;
    line = s.line;
    const kind = debris.get(s.line);
    // (a page's frame only: a bot's line in a scribe's log is an answer of its own)
    if (kind === 'page-footer' || kind === 'running-header' || kind === 'agenda-stamp' || kind === 'initials-box') footer = true;
    else if (kind !== undefined) return -1;
    else if (s.text.length > 0) return footer ? j : -1;
  }
  return -1;
}

/**
 * Whether the part below opens with words as a part does (`(2) That …`, `(b) agrees …`): a paragraph labelled next in
 * the series that opens with a number (`(b) 24/0033 – 12 High Street – …`, a parish's application of its own) is none
 * of the resolution's.
 */
function samePartOpening(first: string, next: string): boolean {
  const b = /^[ \t]*\([^)]{1,5}\)[ \t]+(\S+)/.exec(next)?.[1] ?? '';
  return first.length > 0 && /^\p{L}/u.test(b);
}

/** A decision's words that open with the first of its parts (`(1) That …`, `(a) the …`). */
const FIRST_PART = /^\((?:1|a|i)\)[ \t]/;

/** The last part label a decision's words hold (`(1)`, `(a)`), and whether `next` opens with the one after it (`(2)`, `(b)`). */
function nextPartOf(text: string, next: string): boolean {
  const m = /\((\d{1,2}|[a-z])\)[^()]*$/.exec(text);
  if (!m) return false;
  const n = /^\d/.test(m[1]) ? String(Number(m[1]) + 1) : String.fromCharCode(m[1].charCodeAt(0) + 1);
  return next.startsWith(`(${n})`);
}

/** A line that opens a second decision joined to the sentence above (`and RESOLVED that …`): forms/decisions.ts reads it. */
const JOINED_RESOLUTION = /^and[ \t]+(?:UNANIMOUSLY[ \t]+)?RESOLVED[ \t]+(?:that|to)\b/;

/** `Moved: …`, `Seconded: …`, `Proposed by: …` (proceedings/vote.ts). */
function moverLine(text: string): boolean {
  const p = matchProceedingLine(text);
  return p !== undefined && (p.key === 'moved' || p.key === 'seconded');
}

/** Whether `text` ends in a day's number and the line below opens with the rest of its date (`… meeting of 21` ⏎ `January 2026 as …`). */
export function dayWrapped(text: string, next: string): boolean {
  const c = next.charCodeAt(0);
  if (!(c >= 65 && c <= 90)) return false;
  const m = /[ \t(](\d{1,2}(?:st|nd|rd|th)?)$/.exec(text);
  if (!m) return false;
  const d = findDate(`${m[1]} ${next.slice(0, 40)}`);
  return d !== undefined && d.start === 0 && d.end > m[1].length + 1;
}

/** A last word that leads to a due date. */
const DUE_LEAD_END = /(?:^|[ \t])(?:by|before|until)$/;

/** Whether `text` ends in `by`/`before`/`until` and the line below opens with the due date it leads to. */
function dueWrapped(text: string, next: string): boolean {
  return DUE_LEAD_END.test(text) && findDueDate(`by ${next.slice(0, 40)}`)?.start === 3;
}

/** Whether the words' last bracket is still open (`… the SEBI (Listing Obligations and`): the sentence runs on below. */
function openBracket(text: string): boolean {
  const open = text.lastIndexOf('(');
  return open >= 0 && text.indexOf(')', open) < 0 && text.length - open < 120;
}

/** An Act's name ending a line, its year opening the next (`Act` ⏎ `1972 the press …`). */
const ACT_YEAR = /\bAct\n(?:1[89]|20)\d\d\b/;

/** A last word that leaves its sentence open: an article or a preposition, in lower case. */
const OPEN_WORD = /(?:^|[ \t])(?:the|a|an|of|to|for|with|by|from|on|in|at|into)$/;
/** A joining word ending the line (`… wastewater rates, and` ⏎ `By-law 2025-15, being …`): open, unless a part or a clause opens the next line. */
const JOIN_WORD = /(?:^|[ \t])(?:and|or)$/;
/** A part lettered in capitals, the letter alone before a gap (`B    Ward Members be notified …`). */
const LETTERED_PART = /^[ \t]*[A-Z](?:[.)]|[ \t]{2,}|\t)/;

/** Two lines of one paragraph as one text: a word the page split at the hyphen (`main-` / `taining`) made whole again, a compound (`self-` / `closing`) keeping its hyphen. */
function joinWrapped(text: string, next: string): string {
  return text.length === 0 ? next : joinLines(text, next);
}

/** A printed page's line that is full: shorter, it ended where its writer ended it. */
const FULL_LINE = 72;

/**
 * The first word of a line that goes on a sentence the page wrapped: a name's last words ("Trust on
 * the terms …", `Care Council be arranged …`, `Farmers' Market CIC for …`, `Committee (10 March 2026) and …`: at most three capitalised words, the
 * last of them a company's letters after a name's words, never opening with an
 * article or a pronoun, which opens a sentence: `The Chair thanked …`), or a code, a reference
 * or a number with a letter (`QSC-041 and QSC-044.`, `12A to the Local Government Act`, `CS25/61, …`),
 * or a year or a span of years (`2025 be approved …`, `2026–2029 and recommends …`, a financial year `2026/27 financial plan`: a date's or a
 * plan's, the wrap carried below), then lower case or the sentence's punctuation. Any other bare
 * number (`2.`, `25/090`, `12 Finance`) is not one: it may be a paragraph's or an item's own.
 */
const WRAPPED_WORD = /^(?:(?!(?:The|This|These|That|Those|An?|It|There)[ \t])(?:[A-Z][a-z'’]+[ \t]+){0,2}(?:[A-Z][a-z'’]+|(?<=[a-z'’][ \t]+)[A-Z]{2,4})(?:[ \t]+[a-z]|[,.;]|[ \t]+\()|(?=[A-Z0-9/-]*[A-Z])(?=[A-Z0-9/-]*\d)[A-Z0-9][A-Z0-9/-]*(?:[ \t]+[a-z]|[,;]|\.[ \t]*$)|(?:19|20)\d\d(?:[–/-](?:19|20)?\d\d)?(?:[ \t]+[a-z]|[,;]|\.[ \t]*$))/;

/** A name's last capitalised words and its year, then lower case or the sentence's punctuation (`Plan 2026/27.`, `Strategy 2025–2030 and …`). */
const NAMED_YEAR = /^(?:[A-Z][a-z'’]+[ \t]){1,3}(?:19|20)\d\d(?:[–/-](?:19|20)?\d\d)?(?:[ \t][a-z]|[,.;])/;

/**
 * "… enter into a lease with Westmere Arts" / "Trust on the terms set out in the paper.", "… AGREED
 * to close actions" / "QSC-041 and QSC-044.": a full line whose sentence is still open, wrapped before
 * a name's last word or a code (`WRAPPED_WORD`; never a keyword with its colon, `Action: …`, nor an item's head).
 */
function wrappedAtName(state: ParseState, last: Segment, next: Segment, text: string): boolean {
  const line = state.lines[last.line] ?? '';
  // full: FULL_LINE long, or on a page whose text column the lines nearby show (an `Action` column
  // beside it), the next word would not have fitted (parse/margin.ts)
  const raw = line.length < FULL_LINE ? wrapLength(line) : line.length;
  // (a closing bracket ends it too: `… bend. (4 for, 0 against)` ⏎ `Cllr Sallis returned.` is the next sentence)
  if (/[.;:!?)\]]$/.test(text)) return false;
  // a plan's or a report's name and its year below an open sentence (`… APPROVED the revised Improvement` ⏎
  // `Plan 2026/27.`): wrapped, wherever the margin stands (a table's cell measures none)
  if (NAMED_YEAR.test(next.text) && !state.layout.heads?.has(next.line)) return true;
  if (raw < 0) return false;
  if (!WRAPPED_WORD.test(next.text) || state.layout.heads?.has(next.line)) return false;
  return line.length >= FULL_LINE || /^\S+/.exec(next.text)![0].length >= wrappingWord(state.margins.at(last.line), raw);
}

/**
 * The index of a segment: segments are in line order, so a binary search finds its line. Some twenty
 * readers ask it of the line they read, in turn: the last answer is tried first (it is the one
 * when that slot of the segments still holds the segment).
 */
export function indexOf(state: ParseState, seg: Segment): number {
  const segs = state.segs;
  if (segs[lastIndex] === seg) return lastIndex;
  const k = searchIndex(segs, seg);
  if (k >= 0) lastIndex = k;
  return k;
}
let lastIndex = 0;

function searchIndex(segs: readonly Segment[], seg: Segment): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (segs[mid].line < seg.line) lo = mid + 1; else hi = mid; }
  for (let k = lo; k < segs.length && segs[k].line === seg.line; k++) if (segs[k] === seg) return k;
  return -1;
}

/**
 * A resolution's part label: `(1)`, `(a)`, `(iv)`, `(A)` (a web page's `(1).` too), and `A.` or `A)` as a web page letters them
 * (only after an opening), and a bare `A` a printed page sets in its own column (`A    the protocol be
 * adopted`, two spaces or a tab before lower-case words or `That`: a sentence's article has one space);
 * `1.` as a council numbers them (`That Council:` over `1.   adopt …`), its words in lower case (a
 * capital after `1.` is an item's title).
 */
const PART = /^(?:\((?:\d{1,2}|[a-zA-Z]|[ivx]{1,5})\)\.?|[A-Z][.)]|[A-Z](?=(?:[ \t]{2,}|\t)(?:[a-z]|(?:That|THAT)[ \t]))|\d{1,2}\.(?=[ \t]+[a-z]))[ \t]/;

/**
 * "The notes … were agreed as a correct record of proceedings.", "were approved with one correction: …",
 * and as North American boards write it, "were approved as distributed" (`as presented`, `as amended`).
 */
const AS = RECORD_AS.join('|');
// (a sentence, never across a table's cells: `Minutes of the last meeting<TAB>…<TAB>The minutes … were approved`)
// (and the agenda adopted so, `The draft agenda (WG 7 N 405) was adopted without change`)
/** How the record was approved: `without changes`, `as a correct record`, `with one correction`, `as circulated`. */
const RECORD_PHRASE = String.raw`(?:without[ \t]+(?:any[ \t]+)?(?:amendments?|corrections?|changes?)\b|as[ \t]+an?[ \t]+(?:true|correct|accurate|fair)(?:[ \t]+and[ \t]+(?:true|correct|accurate|fair))?[ \t]+record\b|with[ \t]+(?:one|two|three|an?|the)[ \t]+(?:correction|amendment)s?\b|as[ \t]+(?:${AS})\b)`;
const RECORD = new RegExp(String.raw`\b(?:minutes|notes|agenda)\b[^.\t]{0,160}?\b(?:were|was)[ \t]+(?:agreed|accepted|approved|confirmed|adopted)[ \t]+(?:and[ \t]+signed[ \t]+)?(${RECORD_PHRASE}[^.;:]*)`, 'i');
/**
 * A scribe's approval with no subject, under an item whose title names the earlier notes (`## 2.
 * Notes of 2026-03-11` over `Approved without changes.`): the title is the sentence's subject.
 */
// (its verb opens the sentence, a capital first: `… be` ⏎ `confirmed as a correct record` carries on a resolution)
const BARE_RECORD = new RegExp(String.raw`^(?:Approved|Agreed|Accepted|Confirmed|Adopted)[ \t]+(?:and[ \t]+signed[ \t]+)?(${RECORD_PHRASE}[^.;:]*)`);
/** An item's title that names the earlier minutes or notes (`Notes of 2026-03-11`, `Minutes of the last meeting`, `Approval of the minutes`). */
const RECORD_TITLE = /^(?:(?:approval|adoption|review)[ \t]+of[ \t]+)?(?:the[ \t]+)?(?:previous[ \t]+|last[ \t]+)?(?:minutes|notes)\b/i;
/** RECORD's first test: a word it cannot match without. */
const RECORD_MAY = new RegExp(String.raw`${RECORD_WORDS.join('|')}|as[ \t](?:${AS})`, 'i');

/** The approval of earlier minutes as a decision, worded as the sentence gives it. */
export function readRecordDecision(state: ParseState, seg: Segment, from: number, body: string): Decision | undefined {
  if (!RECORD_MAY.test(body)) return undefined;
  const m = RECORD.exec(body);
  if (!m) return undefined;
  const s = m.index + m[0].length - m[1].length;
  const e = s + m[1].trimEnd().length;
  return { text: body.slice(s, e), range: state.r(seg, from + m.index, from + e), keyword: state.located(seg, from + m.index, from + s), inSentence: true };
}

/**
 * `The minutes of the meeting of the Cabinet held on 13 January` ⏎ `2026 were approved as a correct
 * record and signed by the` ⏎ `Chair.`: the page wrapped the sentence, its subject on the line above
 * (a line that ends no sentence) and its last words below. Read on this line, the one whose words
 * say it is a record: the subject must be on the line above, the record on this one.
 */
function readWrappedRecord(state: ParseState, seg: Segment, from: number, body: string): Decision | undefined {
  if (!RECORD_MAY.test(body)) return undefined;
  const k = indexOf(state, seg);
  const above = k > 0 ? state.segs[k - 1] : undefined;
  const head = state.item ? state.item.headRange.end.line : -1;
  if (!above || above.text.length === 0 || above.line !== seg.line - 1 || above.line <= head || /[.;:!?][ \t]*$/.test(above.text) || !/\b(?:minutes|notes)\b/i.test(above.text)) return undefined;
  // this line and those below it up to the sentence's end (a line that ends no sentence goes on)
  let last = k;
  let words = body.trimEnd();
  while (last + 1 < state.segs.length && last - k < 3 && !/[.;:!?]$/.test(words)) {
    const next = state.segs[last + 1];
    if (next.line !== state.segs[last].line + 1 || next.text.length === 0 || next.heading !== 0) break;
    words = `${words} ${next.text.trimEnd()}`;
    last++;
  }
  const text = `${above.text.trimEnd()} ${words}`;
  const m = RECORD.exec(text);
  const cut = above.text.trimEnd().length + 1;
  if (!m || m.index >= cut) return undefined;
  const s = m.index + m[0].length - m[1].length;
  if (s < cut) return undefined;
  return {
    text: m[1].trimEnd(), range: { start: state.pos(above, m.index), end: state.whole(state.segs[last]).end },
    keyword: state.located(seg, from, from + Math.max(0, s - cut)), inSentence: true,
  };
}

/** A decision's words compared: case, runs of blanks and the closing punctuation (a table's closing bar too) apart. */
function wordsOf(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').replace(/[ .;:,|]+$/, '').toLowerCase();
}

/**
 * `Decision:` alone on its line, the page's label over the words below (a council's web page): as the
 * page writes it, not our markup's `DECISION:` (whose decisions, alike or not, are each a decision).
 */
const PAGE_LABEL = /^Decisions?:?$/;
/** How many decisions back a restated one is looked for (the page's label, then a motion, then the resolution). */
const RESTATED_REACH = 3;

/**
 * Adds a resolution to its item, once: the same decision said before it in the item is taken out.
 * A council's web page says it under `Decision:` and again in the minute (`RESOLVED: that the decision
 * be referred back to Cabinet for reconsideration, with …`); a motion put to the vote (`It was proposed
 * by … that the decision be referred back to Cabinet. On being put to the vote …`) is the resolution
 * that follows it. Only those two: two resolutions alike are two decisions. The words said before are
 * the start of the resolution's (it may say more); the motion's vote is kept with the resolution.
 */
export function pushResolution(decisions: Decision[], d: Decision): void {
  // the resolution's words only once a decision before it may be the one restated: most have none
  let words: string | undefined;
  let vote = d.vote;
  for (let n = decisions.length - 1; n >= 0 && n >= decisions.length - RESTATED_REACH; n--) {
    const e = decisions[n];
    const label = PAGE_LABEL.test(e.keyword.value) && e.keyword.range.end.line < e.range.end.line;
    if (!label && !(e.inSentence && e.vote)) continue;
    words ??= wordsOf(d.text);
    const said = wordsOf(e.text);
    if (said.length === 0 || !words.startsWith(said) || /[\p{L}\p{N}]/u.test(words.charAt(said.length))) continue;
    vote ??= e.vote;
    decisions.splice(n, 1);
  }
  decisions.push(vote && !d.vote ? { ...d, vote } : d);
}

/** Whether a decision is `readRecordDecision`'s: its keyword the sentence's words from `minutes`/`notes` to the record. */
export function isRecordDecision(d: Decision): boolean {
  return d.inSentence === true && /^(?:minutes|notes)\b/i.test(d.keyword.value);
}

/** `… APPROVED the extension and RATIFIED the chair's action …`: a second verb in capitals the sentence joins on, before its object. */
const SECOND_VERB = new RegExp(String.raw`[ \t,]and[ \t]+(RESOLVED|${CAPS_DECISION_VERBS.join('|')})[ \t]+(?=[a-z(])`);

/**
 * A decision whose sentence joins a second verb in capitals to the first ("The Committee APPROVED the
 * extension and RATIFIED the chair's action of 8 August …"): two decisions, each with its verb, when
 * the second verb stands on the line (one verb alone: the decision as read).
 */
function joinedDecisions(line: Line, d: Decision): Decision[] {
  if (d.parts || d.vote || d.text.length < 12) return [d];
  const m = SECOND_VERB.exec(d.text);
  if (!m) return secondSentence(line, d);
  const { state, seg, from, body } = line;
  const kw = body.indexOf(d.keyword.value);
  const at = kw < 0 ? -1 : body.indexOf(m[0].trimStart(), kw + d.keyword.value.length);
  if (at < 0) return [d];
  const vs = at + m[0].trimStart().indexOf(m[1]);
  const first = d.text.slice(0, m.index).replace(/[ \t,]+$/, '');
  const rest = d.text.slice(m.index + m[0].length);
  if (first.length === 0 || rest.length === 0) return [d];
  return [
    { ...d, text: first, range: { start: d.range.start, end: state.pos(seg, from + vs) } },
    { text: rest, range: { start: state.pos(seg, from + vs), end: d.range.end }, keyword: state.located(seg, from + vs, from + vs + m[1].length), inSentence: true },
  ];
}

/** A sentence of its own deciding again (`… the report. Senate APPROVED the procedure …`): its subject, then its verb in capitals. */
// (or no subject, as a parish writes it: `… listed. Cllr Jones left the room. RESOLVED to renew …`, `It was RESOLVED to …`)
const NEXT_DECIDING = new RegExp(String.raw`(?:^|[.;][ 	]+)((?:(?:The[ 	]+)?[A-Z][\w'’-]*(?:[ 	]+[A-Z][\w'’-]*){0,3}[ 	]+|It[ 	]+was[ 	]+(?:(?:also|further|unanimously)[ 	]+)?)?(?:RESOLVED|${CAPS_DECISION_VERBS.join('|')}))[ 	]+(?=[a-z(])`);

/**
 * Two decisions on one line, each its own sentence (`The report … was RECEIVED. Senate APPROVED the revised procedure …`,
 * `Senate NOTED the report. Senate APPROVED the plan.`): each its own words, the second's keyword its subject and verb.
 * (A passive keyword is its sentence whole: its words are the keyword's own.)
 */
function secondSentence(line: Line, d: Decision, after = 0, depth = 0): Decision[] {
  const passive = PASSIVE_VERB.test(d.keyword.value);
  const m = NEXT_DECIDING.exec(d.text);
  if (!m || (m.index === 0 && !passive) || (m.index > 0 && m[0].startsWith(';'))) return [attendanceAfter(line, d)];
  const { state, seg, from, body } = line;
  const kw = body.indexOf(d.keyword.value, after);
  const at = kw < 0 ? -1 : body.indexOf(m[1], kw + d.keyword.value.length);
  if (at < 0) return [d];
  const first = m.index === 0 ? d.keyword.value : d.text.slice(0, m.index + 1);
  const rest = d.text.slice(m.index + m[0].length);
  if (rest.length === 0) return [d];
  const next: Decision = { text: rest, range: { start: state.pos(seg, from + at), end: d.range.end }, keyword: state.located(seg, from + at, from + at + m[1].length) };
  // (a third and more on the line, `… Senate NOTED the timetable. Senate AGREED the terms.`: each its own)
  return [attendanceAfter(line, { ...d, text: first, range: { start: d.range.start, end: state.pos(seg, from + at) } }), ...(depth < 20 ? secondSentence(line, next, at, depth + 1) : [next])];
}

/**
 * A decision whose words run on into a sentence of who came or went (`Governors RATIFIED the decisions. Mr Okafor
 * returned.`): its words end before it, on its own line (forms/decisions.ts `attendanceNoteAt`, as its readers there do).
 */
function attendanceAfter(line: Line, d: Decision): Decision {
  if (d.text.indexOf('. ') < 0 || d.range.start.line !== d.range.end.line) return d;
  const end = attendanceNoteAt(d.text, 0);
  if (end >= d.text.length) return d;
  const { state, seg, from, body } = line;
  const at = body.indexOf(d.text.slice(end).trimStart());
  return { ...d, text: d.text.slice(0, end), ...(at > 0 ? { range: { start: d.range.start, end: state.pos(seg, from + body.slice(0, at).trimEnd().length) } } : {}) };
}

/**
 * The decision after a sentence of who came or went on the decision's line (`… listed. Cllr Jones left the room. RESOLVED to
 * renew …`), which the decision's words stop before (forms/decisions.ts `attendanceNoteAt`); undefined where there is none.
 */
function afterComing(line: Line, d: Decision): Decision | undefined {
  const { state, seg, from, body } = line;
  if (d.range.end.line !== seg.line || d.text.length === 0) return undefined;
  const at = body.indexOf(d.text);
  if (at < 0) return undefined;
  let s = at + d.text.length;
  while (s < body.length && isBlankUnit(body.charCodeAt(s))) s++;
  if (s >= body.length || !attendanceNoteOpens(body, s)) return undefined;
  const stop = sentenceEnd(body, s);
  let k = stop + 1;
  while (k < body.length && isBlankUnit(body.charCodeAt(k))) k++;
  if (k >= body.length) return undefined;
  return readPublishedDecision(state, seg, from + k, body.slice(k));
}

export function publishedDecision(line: Line): boolean {
  // a line a recogniser before has already read as a decision (a paragraph under a `Noted` heading, a motion)
  const last = line.item.decisions[line.item.decisions.length - 1];
  if (last && last.range.start.line <= line.seg.line && last.range.end.line >= line.seg.line) return false;
  const d = readPublishedDecision(line.state, line.seg, line.from, line.body, line.words);
  if (!d) return false;
  // `APPROVED:` alone over a signature block's lines (`____⇥ATTEST:`): the block's label, nothing decided
  if (d.text.length === 0 && /^approved/i.test(d.keyword.value)) return false;
  // a second verb joined on (`APPROVED … and RATIFIED …`) is a decision of its own; a resolution restating one said before replaces it
  // (by index, not destructured with a rest and spread back: every decision of the file comes here)
  const joined = joinedDecisions(line, d);
  const first = joined[0];
  if (first.inSentence) line.item.decisions.push(first);
  else pushResolution(line.item.decisions, first);
  for (let k = 1; k < joined.length; k++) line.item.decisions.push(joined[k]);
  // (the line read on past a sentence of who came or went, where another decision follows it:
  // `RESOLVED to approve the payments. Cllr Jones left the room. RESOLVED to renew the insurance.`)
  const later = afterComing(line, joined[joined.length - 1]);
  if (later) line.item.decisions.push(later);
  // a decision inside a sentence ("Apologies were received from Cllr L Whitty. RESOLVED to accept …")
  // leaves the rest of the line to the others: the apologies are a list all the same; so does one that notes
  // the apologies (`Apologies were NOTED as indicated above. Dr A Roe, Associate Dean, attended for …`)
  // (and one whose words end before a sentence of who came or went: the arrivals' reader reads that sentence)
  return !d.inSentence && !/^apolog/i.test(d.keyword.value) && !(joined.length === 1 && first.text !== d.text) && !(joined.length > 1 && attendanceNoteAt(d.text, 0) < d.text.length) && !later;
}

/** After `approval`, which records the approval itself: the decision it is (never the whole line's meaning). */
export function recordDecision(line: Line): boolean {
  // in our markup (a `Date:` field with its date) a decision is written as one (`DECISION:`): the
  // approval stays the approval, as it always read; published minutes record it in the sentence
  if (writtenInOurMarkup(line.meeting, line.state.lines)) return false;
  if (line.item.decisions.length > 0 && line.item.decisions[line.item.decisions.length - 1].range.start.line === line.seg.line) return false;
  const d = readRecordDecision(line.state, line.seg, line.from, line.body) ?? readWrappedRecord(line.state, line.seg, line.from, line.body) ?? bareRecord(line);
  if (d) line.item.decisions.push(d);
  return false;
}

/** `Approved without changes.` under `Notes of 2026-03-11` (BARE_RECORD): the approval of the notes the title names, as a decision. */
function bareRecord(line: Line): Decision | undefined {
  const { state, seg, from, body, item } = line;
  if (!RECORD_TITLE.test(item.title.replace(/^\d{1,3}[.)]?[ \t]+/, ''))) return undefined;
  const m = BARE_RECORD.exec(body);
  if (!m) return undefined;
  const s = m[0].length - m[1].length;
  const e = s + m[1].trimEnd().length;
  return { text: body.slice(s, e), range: state.r(seg, from, from + e), keyword: state.located(seg, from, from + s), inSentence: true };
}

export const PUBLISHED_DECISION: InlineRecogniser = { name: 'published-decision', needs: W_DECIDE, run: publishedDecision };
export const RECORD_DECISION: InlineRecogniser = { name: 'record-decision', needs: W_RECORD, run: recordDecision };
