/**
 * A vote recorded on the line after its decision (`The board APPROVED the revised budget.` then
 * `Vote: 7 for, 0 against, 1 abstention (DA).`, `(4 for, 0 against)`, `Carried unanimously.`):
 * kept as data on that decision (`vote`), as a vote written on the decision's own line is. The
 * line stays the paragraph it is (published as written): only the data is added.
 */
import { matchVote } from '../../forms';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, voteRecord } from './joined';
import { S_DIGIT, S_OPEN, startLetters } from './keywords';
import { mergedVote, voteFor, voteWaiting } from './pendingVotes';

/** Cheap first test: a line that opens with the record of a vote. */
const VOTE_LINE = /^[ \t]*(?:\(?vot(?:e|ing)[ \t]*:|(?:moved|proposed)\b|\(?\d{1,2}[ \t]+(?:for|in[ \t]+favou?r)\b|(?:motion[ \t]+)?(?:carried|lost|defeated)\b|unanimous|all[ \t]+in[ \t]+favou?r|for[ \t]*(?::[ \t]*)?\d)/i;

/** A count in brackets, the whole line (`(Voting: 6 for, 2 against, 1 abstention)`, `(4 for, 0 against)`). */
const BRACKETED_COUNT = /^[ \t]*\((?:vot(?:e|ing)[ \t]*:[ \t]*)?\d{1,3}[ \t]+(?:for|in[ \t]+favou?r)\b[^()]*\)[ \t.]*$/i;

/** A line that opens with the mover (`Moved: RA.`, `Proposed by Cllr Day`, `Proposed TG, seconded KO.`). */
const MOVED = /^[ \t]*(?:[Mm]oved|MOVED|[Pp]roposed|PROPOSED)(?:[ \t]*:|[ \t]+by\b|[ \t]+(?=[A-Z]))/;
/** A line that opens with the word, a mover's or not (`Proposed budget for 2025: …` is none). */
const OPENS_MOVER = /^[ \t]*(?:moved|proposed)\b/i;
/** A motion's own words on the mover's line (`Moved by Cllr Roe … that the grant be paid`, `… to adopt …`): a motion of its own, no vote on the decision above. */
const OWN_MOTION = /\bthat\b|,[ \t]*to[ \t]+\p{L}/iu;

/** Whether a text opens with the record of a vote (`CARRIED`, `Vote: 7 for …`): never a heading. */
export function opensWithVote(text: string): boolean {
  return VOTE_LINE.test(text);
}

export function voteLine(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  // a seconder's line after a mover's that waits for its decision (`Moved by: Councillor Aucoin` ⏎ `Seconded by: Deputy Mayor Beaulieu`)
  if (SECONDED.test(body)) {
    const v = matchVote(body);
    if (!v?.seconder) return false;
    const record = voteRecord(state, joinSegments([seg], from), v);
    if (voteWaiting(state, item)) { voteFor(state, item, seg, record, true); return false; }
    // (under a mover's line given to the decision above: `CARRIED` ⏎ `Moved by: Cllr Amis` ⏎ `Seconded by: Cllr Boyd`)
    const d = item.decisions[item.decisions.length - 1];
    if (d?.vote?.mover && !d.vote.seconder && d.vote.range.end.line === seg.line - 1) d.vote = mergedVote(d.vote, record);
    return false;
  }
  // (a vote is its decision's: an item with no decision yet, as most lines' are, is declined before the pattern)
  const d = item.decisions[item.decisions.length - 1];
  if (!VOTE_LINE.test(body)) return false;
  if (!d || d.vote) return voteApart(line, d);
  // the decision ends on the line just above (no blank line between; one, under a wiki's resolution, before its
  // mover, seconder and count: `RESOLUTION 2020/03: …` ⏎ ⏎ `Moved: RA. Seconded: PN. For 5, against 0`)
  const k = indexOf(state, seg);
  const opens = OPENS_MOVER.test(body);
  const moved = opens && MOVED.test(body);
  if (opens && (!moved || OWN_MOTION.test(body))) return false;
  // (or the count in brackets, a paragraph of its own under a resolution's parts: `(Voting: 6 for, 2 against, 1 abstention)`)
  const bracketed = BRACKETED_COUNT.test(body);
  let p = k - 1;
  if ((moved || bracketed) && p > 0 && state.segs[p].text.trim() === '' && state.segs[p].line === seg.line - 1) p--;
  const prev = p >= 0 ? state.segs[p] : undefined;
  if (!prev || (prev.line !== seg.line - 1 && !((moved || bracketed) && prev.line === seg.line - 2)) || d.range.end.line !== prev.line) return moved ? voteApart(line, undefined) : false;
  const v = matchVote(body);
  // (a mover's line is the vote's only with its count: `Moved: JP Seconded: FQ For 3, against 0`)
  if (!v || moved && v.for === undefined && v.result === undefined) return false;
  d.vote = voteRecord(state, joinSegments([seg], from), v);
  return false;
}

/** A line that opens with the seconder (`Seconded by: Deputy Mayor Beaulieu`, `Seconded: Cllr Roe`). */
const SECONDED = /^[ \t]*(?:[Ss]econded|SECONDED)(?:[ \t]*:|[ \t]+by\b)/;

/**
 * A vote's line that is no vote of the decision just above: the mover's line of the next decision (`Moved by: Councillor
 * Aucoin`, read before its `THAT …`), kept for it; or the result of a decision whose vote has only its mover and seconder so
 * far (`THAT …` ⏎ `Carried`), added to that vote.
 */
function voteApart(line: Line, d: Line['item']['decisions'][number] | undefined): boolean {
  const { state, seg, from, body, item } = line;
  if (OPENS_MOVER.test(body)) {
    // (a line of the decision above, read with it: `Resolution No. 2025-061` ⏎ `Moved by: …` ⏎ `THAT …`)
    if (!MOVED.test(body) || OWN_MOTION.test(body) || (d && d.range.start.line <= seg.line && d.range.end.line >= seg.line)) return false;
    const v = matchVote(body);
    // (a mover names a person: `Proposed: Replace the swings …` is a proposal's words)
    if (!v?.mover || !(v.seconder || namesPerson(body.slice(v.mover.start, v.mover.end)))) return false;
    const record = voteRecord(state, joinSegments([seg], from), v);
    // just under the decision and its result (`RESOLVED …` ⏎ `Unanimously carried.` ⏎ `Moved by Cllr Amis, seconded by Cllr Boyd.`): its own
    if (d && d.vote?.mover === undefined && justUnder(state, d, seg)) { d.vote = d.vote ? mergedVote(d.vote, record) : record; return false; }
    voteFor(state, item, seg, record, true);
    return false;
  }
  // (the result just under the decision, its vote so far only who moved and seconded it)
  if (!d || !d.vote || d.vote.result !== undefined || d.vote.for !== undefined || d.range.end.line !== seg.line - 1) {
    const c = /^[ \t]*for\b/i.test(body) ? matchVote(body) : undefined;
    if (!c || c.for === undefined || c.against === undefined) return false;
    const record = voteRecord(state, joinSegments([seg], from), c);
    // a count just under a decision and its result (`RESOLVED …` ⏎ `CARRIED` ⏎ `For: 6   Against: 1`): its own
    if (d && d.vote?.for === undefined && justUnder(state, d, seg)) { d.vote = d.vote ? mergedVote(d.vote, record) : record; return false; }
    // a count of its own line before its decision (`… put the recommendation to a vote:` ⏎ `For: 6      Against: 1 (GP)      Abstentions: 0` ⏎
    // `The Board APPROVED Option B …`): kept for the decision below
    voteFor(state, item, seg, record, true);
    return false;
  }
  const v = matchVote(body);
  if (v && (v.result !== undefined || v.for !== undefined || v.unanimous)) d.vote = mergedVote(d.vote, voteRecord(state, joinSegments([seg], from), v));
  return false;
}

/** A person's name as a mover is written: a title, initials, a handle, or two words in capitals (`Cllr Roe`, `AB`, `@ana`, `Ann Roe`). */
const PERSON = /^(?:(?:Cllr|Councillor|Council[ \t]+Member|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Mayor|Deputy[ \t]+Mayor|Alderman|Ald|Trustee|Governor|Director|Commissioner|Supervisor|Member|Rev|Revd)\.?[ \t]+\p{Lu}|\p{Lu}{2,4}[a-z]?(?:[ \t]*[,/&][ \t]*\p{Lu}{2,4}[a-z]?)*$|@|\p{Lu}[\p{Ll}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+$)/u;
function namesPerson(text: string): boolean {
  return PERSON.test(text.trim());
}

/** Whether `seg` stands just under decision `d`: on its next line, or under one line of its result or vote between. */
function justUnder(state: Line['state'], d: Line['item']['decisions'][number], seg: Line['seg']): boolean {
  if (d.range.end.line === seg.line - 1) return true;
  return d.range.end.line === seg.line - 2 && VOTE_LINE.test(state.lines[seg.line - 1] ?? '');
}

// gate: VOTE_LINE's first characters
export const VOTE_LINE_RECOGNISER: InlineRecogniser = { name: 'vote-line', starts: startLetters('vmcldufaps') | S_OPEN | S_DIGIT, run: voteLine };
