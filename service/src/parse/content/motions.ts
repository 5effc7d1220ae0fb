/**
 * Motions (forms/motions.ts): `Motion by Haney, second by Ortega, to approve the agenda …` (`M/S: Haney/Ortega to …`) is a
 * decision whose words start at `to`; the lines the page wrapped it onto are read with it, and so
 * are the vote lines after it (`Ayes: … Nays: …`, `Motion carried 4-0.`), whose facts are kept on
 * the decision as data (`VoteRecord`: mover, seconder, counts, names, result). `Consensus was to
 * proceed` is a decision without a motion. Never reads past the open item's paragraph.
 */
import { isMotionLabel, matchMotion as matchMotionForm, matchMotionRecord, motionRunsOn, recordSaysLost, recordsMotion, type MotionForm } from '../../forms/motions';
import { matchDulyMade } from '../../forms/dulyMade';
import { matchVote } from '../../forms';
import { shiftVote } from '../../forms/votes';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, joinedLocated, joinedRange, voteRecord, type Joined } from './joined';
import { W_MOTION } from './keywords';
import { matchDirectedPart } from '../../forms/requests';
import { resolveMention } from '../../attendance';
import { isSpaceOrTab } from '../../unitClass';

/** A motion in any of the forms read: `Motion by …`, `Proposed by …`, `Proposal (KD, seconded PT): …`, `Upon motion duly made …`. */
function matchMotion(text: string): MotionForm | undefined {
  return matchMotionForm(text) ?? matchDulyMade(text);
}

/** Cheap first test (every line of every item is asked). */
const MAY = /\b(?:motion|moved|consensus|proposed|proposal)\b|^[ \t]*M\/S\b/i;
/**
 * A motion's word after the line's last stop (`\b(?:motion|moved|proposed)\b[^.]*$` asked of the
 * words after the last `.`: the same lines, without trying `[^.]*$` from every word of the line).
 */
const OPEN_AT_END = /\b(?:motion|moved|proposed)\b/i;
/** A line that carries on the record of a vote (`Moved: Ana Ruiz / Second: Li Wei` under a scribe's `MOTION to …`). */
// (`On being put to the meeting the amendment was LOST.`, as Australian councils record an amendment's vote)
// (`A division was called for, voting on which was as follows:` over its table and `The motion was declared LOST by 2 votes to 3.`, a New Zealand board's)
const VOTE_LINE = /^(?:on[ \t]+being[ \t]+put\b|(?:a[ \t]+)?division\b|(?:the[ \t]+)?motion[ \t]+(?:was[ \t]+)?(?:(?:declared|deemed)[ \t]+)?(?:seconded|carried|passed|failed|lost|defeated|adopted)\b|second(?:ed)?\b|(?:moved|proposed)[ \t]*:|roll[ \t]+call|ayes|yeas|nays|noes|abstain|absent|(?:carried|passed|failed|lost)\b|unanimous(?:ly)?[ \t]+(?:carried|passed|adopted|approved)\b|vote\b|\(?\d{1,2}[ \t]+(?:for|in[ \t]+favou?r))/i;
/**
 * A line of its own, never the rest of a vote the page wrapped: one that opens with a keyword and its
 * colon (`ACTION:`, `Owner:`) or a number and its stop (the next item's `2. Review of actions`), or a
 * table's row (its tabs).
 */
const OWN_LINE = /^[ \t]*(?:[A-Za-z][A-Za-z ]{0,24}:|\d{1,3}[.)][ \t])|\t/;
/** The vote is complete once its result is recorded. */
const RESULT = /\b(?:carried|passed|failed|lost|defeated)\b[^.]*\.?[ \t]*$/i;
/** The words that give a motion's result in its record; LOST_WORD, the ones that say it failed. */
const RESULT_WORD = /\b(?:carried|passed|adopted|approved|failed|lost|defeated|withdrawn)\b/gi;
const LOST_WORD = /fail|lost|defeat|withdr/i;

/**
 * Whether the last result the record after the motion's words (from `from`) gives says it failed:
 * the last, as a motion to table or an amendment inside the record may fail before the main motion
 * carries (`… moved to table; the motion to table failed for lack of a second.` ⏎ `Roll call on the
 * main motion: … Carried.`).
 */
function lostAtLast(text: string, from: number): boolean {
  // (most records say no such word: the scan for the last result is not made)
  if (!LOST_WORD.test(text.slice(from))) return false;
  let last = '';
  RESULT_WORD.lastIndex = from;
  for (let r = RESULT_WORD.exec(text); r; r = RESULT_WORD.exec(text)) last = r[0];
  return LOST_WORD.test(last);
}

/** The words of a result the page wrapped onto the next line: `Motion passed` ⏎ `unanimously.`, `Motion carried` ⏎ `4-0.`, `by voice vote.` */
const RESULT_TAIL = /^[ \t]*(?:unanimously|by[ \t]+(?:a[ \t]+)?(?:voice|roll[ \t]+call|show)\b|\d{1,2}[ \t]*[-–][ \t]*\d{1,2}\b)/i;

/** Whether a vote whose result is recorded goes on with it on the next line of the paragraph (no stop yet). */
function resultRunsOn(state: ParseState, text: string, k: number): boolean {
  if (/[.!?][ \t]*$/.test(text)) return false;
  const n = nextLine(state, k);
  return n >= 0 && RESULT_TAIL.test(state.segs[n].text);
}

/** At most this many lines after the motion's own (a motion wraps; a vote takes a few lines). */
const MAX_LINES = 5;
/** A division called under a motion (`A division was called for, …`), and how many lines its table and result may take. */
const DIVISION = /^(?:a[ \t]+)?division\b/i;
const DIVISION_LINES = 16;

/** The next line of the same paragraph after segment k (debris skipped), or -1 at a blank line or the next item. */
function nextLine(state: ParseState, k: number): number {
  const debris = state.layout.debrisLines;
  const heads = state.layout.heads;
  for (let n = k + 1; n < state.segs.length; n++) {
    const s = state.segs[n];
    if (debris.size > 0 && debris.has(s.line)) continue;
    if (s.text.length === 0 || heads?.has(s.line) || subItemHead(s.text)) return -1;
    return n;
  }
  return -1;
}

/** A roll call's block, as Minnesota and other North American councils set it below the motion after a blank line (`⇥Roll Call` ⏎ `⇥Ayes: …` ⏎ `⇥Nays: …`). */
const VOTE_BLOCK = /^[ \t]*(?:roll[ \t]+call|ayes|yeas)\b/i;
/** A sentence the page broke, going on below the break in lower case (`… with the` ⏎ footer ⏎ `addition of …`). */
const RUNS_ON = /^[ \t]*[a-z(]/;
/** At most this many lines of a break between a motion and its vote (blank lines and a running header or footer). */
const MAX_BREAK = 8;

/**
 * The line after a break below segment k (blank lines, and a page's running header or footer with them)
 * that carries on the motion: a roll call's block after blank lines alone, or the rest of a sentence
 * the page broke (in lower case, across a page's footer or header). -1 otherwise. A header of a few
 * lines is debris by its last (`Page 2`): the lines above it in its block go with it.
 */
function acrossBreak(state: ParseState, k: number, vote: boolean): number {
  const debris = state.layout.debrisLines;
  const heads = state.layout.heads;
  let paged = false;
  let block = 0; // lines of a block that is not yet known to be a running header
  for (let n = k + 1; n < state.segs.length && n <= k + MAX_BREAK; n++) {
    const s = state.segs[n];
    if (s.text.length === 0) { if (block > 0) return -1; continue; }
    if (debris.size > 0 && debris.has(s.line)) { paged = true; block = 0; continue; }
    if (heads?.has(s.line)) return -1;
    if (block === 0 && n > k + 1) {
      if (vote && VOTE_BLOCK.test(s.text)) return n;
      if (paged && RUNS_ON.test(s.text)) return n;
    }
    if (block >= 3) return -1;
    block++;
  }
  return -1;
}

/** Whether the line ends in a motion's `seconded` or `made` (the words after them wrapped onto the next line). */
function endsInMotionWord(body: string): boolean {
  const t = body.trimEnd();
  return t.endsWith('seconded') || t.endsWith('made') || t.endsWith('SECONDED') || t.endsWith('MADE');
}

/**
 * A sub-item's number opening the line (`12.1<TAB>C3/25 – Tender …` under a resolution to close the
 * meeting `to consider the following item:`): the next heading, never the motion's words.
 */
function subItemHead(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && SUB_ITEM_NUMBER.test(text);
}
// (a tab, or a capital after the blank: `7.30 pm on Monday`, `2.5 million` carry the motion on)
const SUB_ITEM_NUMBER = /^\d{1,3}\.\d{1,3}[.)]?(?:\t|[ \t]+(?![AaPp]\.?[Mm]\b)\p{Lu})/u;

/** Whether the line's last character before blanks is a full stop. */
function endsInStop(body: string): boolean {
  let e = body.length;
  while (e > 0 && (body.charCodeAt(e - 1) === 0x20 || body.charCodeAt(e - 1) === 0x09)) e--;
  return e > 0 && body.charCodeAt(e - 1) === 0x2e;
}

export function motion(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  if (!MAY.test(body)) return false; // (the row's gate has found a word of a motion)
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= seg.line) return false; // already read with the motion above
  let m: MotionForm | undefined = matchMotion(body);
  // "Motion by Haney," at a line's end, "second by Ortega, to approve …" on the next
  // (a line that ends in its stop opens nothing at its end: most do, and are not searched back for it)
  // (or the line ends in the motion's own `seconded` / `made`, its mover's `Ms.` a stop before it: `… duly made (Ms. Ortiz) and seconded` ⏎ `(Mr. Pellow), the …`)
  const open = !m && !endsInStop(body) && (OPEN_AT_END.test(body.slice(body.lastIndexOf('.') + 1)) || endsInMotionWord(body));
  // no motion on the line nor opened at its end: nothing is read (the segment's place, a search of
  // the document's segments, is not looked up for every line with a motion's word)
  if (!m && !open) { if (/^[ \t]*motion/i.test(body)) recordBelow(line); return false; }
  let k = indexOf(state, seg);
  if (k < 0) return false;
  const segs: Segment[] = [seg];
  // the line alone is its `body` (what joining it would give): joined only once a motion is found
  let j: Joined | undefined;
  if (open) {
    const n = nextLine(state, k);
    if (n >= 0) {
      const tried = joinSegments([seg, state.segs[n]], from);
      const found = matchMotion(tried.text);
      if (found && found.start < seg.text.length - from) { segs.push(state.segs[n]); j = tried; m = found; k = n; }
    }
  }
  if (!m || m.start >= seg.text.length - from) return false;
  j ??= joinSegments(segs, from);
  while (motionRunsOn(j.text, m) && segs.length <= MAX_LINES) {
    let n = nextLine(state, k);
    if (n < 0) n = acrossBreak(state, k, false);
    if (n < 0) break;
    segs.push(state.segs[n]);
    k = n;
    j = joinSegments(segs, from);
    m = matchMotion(j.text) ?? m;
  }
  const text = j.text.slice(m.text.start, m.text.end).trim();
  if (text.length === 0) return false;
  // the vote: the rest of the motion's lines, then the lines that carry on its record
  let vj = j;
  const vsegs = [...segs];
  // (a division's table of names under the motion runs longer than a vote's lines: its own reach from its first line)
  let limit = MAX_LINES;
  if (!m.consensus) {
    while (vsegs.length <= limit && (!RESULT.test(vj.text) || resultRunsOn(state, vj.text, k))) {
      let n = nextLine(state, k);
      // a roll call's block below the motion after a blank line, or the page's break inside it
      if (n < 0 && !RESULT.test(vj.text)) n = acrossBreak(state, k, true);
      // a vote line, or the rest of one the page wrapped ("Nays:" / "None. Motion carried 4-0.")
      // (never a line of its own: `ACTION: …` or the next item under a `VOTE: … In favor: 7` that ends without a stop)
      if (n < 0) break;
      const next = state.segs[n].text;
      if (!(VOTE_LINE.test(next) || (vj.text.length > m.text.end + 1 && !/[.!?][ \t]*$/.test(vj.text) && !OWN_LINE.test(next)))) break;
      if (DIVISION.test(next)) limit = vsegs.length + DIVISION_LINES;
      vsegs.push(state.segs[n]);
      k = n;
      vj = joinSegments(vsegs, from);
    }
  }
  // a mover alone is a motion once its record says it was seconded or voted on
  if (!recordsMotion(vj.text, m)) return false;
  // a motion its record says failed is no decision (`Motion lost 2-5.`, `… failed for lack of a second`);
  // what failed may be a motion inside the record (`… moved to table; the motion to table failed …`),
  // the main motion's own vote on the lines after it (`Roll call on the main motion: … Carried.`)
  let lost = !m.consensus && lostAtLast(vj.text, m.text.end);
  while (lost && vsegs.length <= MAX_LINES) {
    const n = nextLine(state, k);
    if (n < 0 || !VOTE_LINE.test(state.segs[n].text)) break;
    vsegs.push(state.segs[n]);
    k = n;
    vj = joinSegments(vsegs, from);
    lost = lostAtLast(vj.text, m.text.end);
  }
  if (lost) return false;
  // the motion's own words are no fact of the vote ("to recess for 30 minutes" counts no one): blanked, offsets kept
  const facts = vj.text.slice(m.start, m.text.start) + ' '.repeat(m.text.end - m.text.start) + vj.text.slice(m.text.end);
  const found = m.consensus ? undefined : matchVote(facts);
  // the motion's form knows its mover and seconder better than a vote's keywords do ("Motion made by …")
  const named = { ...(m.mover ? { mover: m.mover } : {}), ...(m.seconder ? { seconder: m.seconder } : {}) };
  // "Upon motion duly made (Cllr Patel) and seconded (Cllr Ng)": the mover and seconder are the vote's record even with no count
  const vote = found ? voteRecord(state, vj, { ...shiftVote(found, m.start), ...named })
    : m.mover || m.seconder ? voteRecord(state, vj, { start: m.start, end: m.keyword.end, ...named, unanimous: false }) : undefined;
  const end = joinedRange(state, vj, m.start, m.consensus ? m.text.end : vj.text.length).end;
  // `THAT:` over its parts: a part that directs an officer (`2.⇥the General Manager write to …`) is that officer's action
  if (text.endsWith(':') || /:[ \t]+\S/.test(text)) directedParts(line, indexOf(state, seg));
  item.decisions.push({
    text,
    range: { start: joinedRange(state, j, m.start, m.start).start, end },
    keyword: joinedLocated(state, j, m.keyword),
    ...(vote ? { vote } : {}),
    inSentence: true,
  });
  return false;
}

/** The most lines of a resolution's parts read for an officer directed in them. */
const PARTS_REACH = 16;

/**
 * The parts of the resolution from segment k on (the lines of its paragraph) that direct an officer of the
 * lists (forms/requests.ts `matchDirectedPart`): each the office's action, its task the part's words from the
 * verb to the part's end (its wrapped lines with it), less the list's `; and`.
 */
function directedParts(line: Line, k: number): void {
  const { state, item, meeting } = line;
  if (k < 0) return;
  for (let n = nextLine(state, k), seen = 0; n >= 0 && seen < PARTS_REACH; n = nextLine(state, n), seen++) {
    const s = state.segs[n];
    const d = matchDirectedPart(s.text);
    if (!d) continue;
    const office = s.text.slice(d.office.start, d.office.end);
    const who = resolveMention(office, meeting);
    if (!(who.kind === 'person' || (who.kind === 'role' && who.person))) continue;
    // the part's wrapped lines: those that open with no part's label of their own
    const segs = [s];
    // (to the part's own end, its full stop or the list's `; and`: the result below it, `CARRIED`, is none of it)
    for (let w = nextLine(state, n); w >= 0 && segs.length < 4 && !PART_ENDED.test(segs[segs.length - 1].text) && !PART_OPENS.test(state.segs[w].text); w = nextLine(state, w)) segs.push(state.segs[w]);
    const j = joinSegments(segs, 0);
    const te = partEnd(j.text);
    if (te <= d.task) continue;
    const range = joinedRange(state, j, 0, te);
    if (item.actions.some((a) => a.range.start.line === range.start.line)) continue;
    item.actions.push({
      index: item.actions.length + 1, text: j.text.slice(d.task, te).replace(/\s+/g, ' '), range, textRange: joinedRange(state, j, d.task, te),
      bold: false, owners: [{ text: office, range: joinedRange(state, j, d.office.start, d.office.end) }], ownerInferred: true, insertAt: { start: range.end, end: range.end }, inText: true,
    });
  }
}
/**
 * Where a part's words end: before its full stop, or the list's `;` with its `and` or `or`, and the blanks
 * about them. Read back from the end by the characters (a pattern opening with blanks tried the run of them
 * from each of its blanks: a line of blanks cost the square of its length).
 */
function partEnd(t: string): number {
  let e = t.length;
  while (e > 0 && isSpaceOrTab(t.charCodeAt(e - 1))) e--;
  const word = t.endsWith('and', e) ? 3 : t.endsWith('or', e) ? 2 : 0;
  let semicolon = e - word;
  while (word > 0 && semicolon > 0 && isSpaceOrTab(t.charCodeAt(semicolon - 1))) semicolon--;
  if (word > 0 && semicolon > 0 && t.charCodeAt(semicolon - 1) === 0x3b) e = semicolon - 1;
  else if (e > 0 && (t.charCodeAt(e - 1) === 0x3b || t.charCodeAt(e - 1) === 0x2e)) e--;
  else return t.length;
  while (e > 0 && isSpaceOrTab(t.charCodeAt(e - 1))) e--;
  return e;
}
/** A part's line that ends it: a full stop, or the list's `;` (with its `and`, `or`). */
const PART_ENDED = /(?:\.|;(?:[ \t]+(?:and|or))?)[ \t]*$/;
/** A line that opens a part of its own (`2.`, `(b)`, `c)`): the part above ends before it. */
const PART_OPENS = /^[ \t]*\(?(?:\d{1,2}|[a-z])[.)][ \t]/;

/**
 * `Motion & Voting` ⏎ `Approve the agenda as presented.` ⏎ `Motion by Marcus Reid, second by Priya
 * Natarajan.` ⏎ `Final Resolution: Motion Carries` (a board's meeting software): the motion's words are
 * the line above its record, under the label; the decision is those words, the record its mover and
 * seconder. A motion its result line says failed is none.
 */
function recordBelow(line: Line): void {
  const { state, seg, from, body, item } = line;
  const r = matchMotionRecord(body);
  if (!r) return;
  const k = indexOf(state, seg);
  if (k < 2) return;
  const words = state.segs[k - 1];
  const label = state.segs[k - 2];
  if (words.line !== seg.line - 1 || label.line !== words.line - 1 || words.text.length === 0 || !isMotionLabel(label.text)) return;
  if (words.line <= item.headRange.start.line || state.layout.heads?.has(words.line) || !/^[A-Z]/.test(words.text)) return;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= words.line) return;
  // the result line below the record (`Final Resolution: Motion Fails`)
  for (let n = k + 1, seen = 0; n < state.segs.length && seen < 3; n++, seen++) {
    const t = state.segs[n].text;
    if (t.length === 0) break;
    if (recordSaysLost(t)) return;
  }
  const j = joinSegments([seg], from);
  const vote = voteRecord(state, j, { start: r.keyword.start, end: r.keyword.end, mover: r.mover, seconder: r.seconder, unanimous: false });
  item.decisions.push({
    text: words.text.trim(),
    range: { start: state.whole(words).start, end: joinedRange(state, j, body.length, body.length).end },
    keyword: joinedLocated(state, j, r.keyword),
    vote,
  });
}

export const MOTION: InlineRecogniser = { name: 'motion', needs: W_MOTION, run: motion };
