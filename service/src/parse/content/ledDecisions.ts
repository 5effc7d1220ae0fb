/**
 * A health board's decisions as its minutes print them (forms/decisions.ts): the body's lead alone
 * on its line, `The Committee:`, then a bullet a decision, each opening with its verb (`• Approved
 * the Minute of the meeting held on …`, `• Noted the report and took moderate assurance.`, `• Agreed
 * that …`), wrapped over lines; and the body noting a document in a sentence of its own (`The
 * Committee noted the report.`, the page wrapping it after the verb). The verb is the keyword, the
 * words after it the decision.
 */
import { isBodyLead, matchBodyAdopted, matchBodyNoted, matchLedVerb } from '../../forms/decisions';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { W_DECIDE } from './keywords';
import { indentOf } from './trailingDecisions';
import { continued, indexOf } from './publishedDecisions';

/** How far above a bullet the body's lead is looked for, over the list's bullets and their wrapped lines. */
const LEAD_REACH = 40;

/**
 * Whether the bullet at segment i stands in a list that `The Committee:` leads: the nearest line above
 * that is no bullet and no line wrapped under one (indented past the bullets' own indent), within the item.
 */
function underBodyLead(state: ParseState, i: number, top: number): boolean {
  const indent = indentOf(state, state.segs[i].line);
  for (let k = i - 1; k >= 0 && k >= i - LEAD_REACH; k--) {
    const s = state.segs[k];
    if (s.line <= top) return false;
    if (s.text.length === 0 || s.bullet || indentOf(state, s.line) > indent) continue;
    return isBodyLead(s.text);
  }
  return false;
}

function ledDecision(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  if (seg.bullet) {
    const v = matchLedVerb(body);
    if (!v) return false;
    const i = indexOf(state, seg);
    if (i < 0 || !underBodyLead(state, i, item.headRange.start.line)) return false;
    const read = continued(state, seg, body.slice(v.textStart).trim());
    if (read.text.length === 0) return false;
    const start = state.r(seg, from + v.keyword.start, from + body.length);
    item.decisions.push({
      text: read.text, range: read.last === seg ? start : { start: start.start, end: state.whole(read.last).end },
      keyword: state.located(seg, from + v.keyword.start, from + v.keyword.end),
    });
    return true;
  }
  return bodyNoted(line) || bodyAdopted(line);
}

/**
 * `The Management Board adopted the agenda (…) without changes.`, `The committee approved a donation
 * of £350 to …` ⏎ `…, carried unanimously).`: the body's verb in lower case with what it decided, the
 * sentence read on over the lines the page wrapped it onto (three at most) to its full stop.
 */
function bodyAdopted(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  const m = matchBodyAdopted(body);
  if (!m) return false;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= seg.line) return false;
  let text = body;
  let next: Segment | undefined;
  if (m.text.end >= body.length) {
    for (const s of linesWrapped(state, seg)) {
      text = `${text.trimEnd()} ${s.text.trim()}`;
      next = s;
      if ((matchBodyAdopted(text)?.text.end ?? text.length) < text.length) break;
    }
  }
  const read = next ? matchBodyAdopted(text) ?? m : m;
  const range = next ? { start: state.pos(seg, from + m.keyword.start), end: state.whole(next).end } : state.r(seg, from + m.keyword.start, from + Math.min(body.length, m.text.end + 1));
  item.decisions.push({ text: text.slice(read.text.start, read.text.end), range, keyword: state.located(seg, from + m.keyword.start, from + m.keyword.end), inSentence: true });
  return false;
}

/** How many lines below its own a sentence the page wrapped is read on to. */
const WRAPPED_LINES = 3;

/** The lines under `seg` that go on with its sentence: each on the next line, with words, no item's head; WRAPPED_LINES at most. */
function* linesWrapped(state: ParseState, seg: Segment): Generator<Segment> {
  const i = indexOf(state, seg);
  for (let k = i + 1; i >= 0 && k < state.segs.length && k <= i + WRAPPED_LINES; k++) {
    const s = state.segs[k];
    if (s.line !== seg.line + (k - i) || s.text.length === 0 || state.layout.heads?.has(s.line)) return;
    yield s;
  }
}

/** `The Committee noted the summary.`, or `The Committee noted` ⏎ `the report.` (the page wrapped it after the verb). */
function bodyNoted(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  if (body.indexOf('noted') < 0) return false;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= seg.line) return false;
  let text = body;
  let next: Segment | undefined;
  if (/\bnoted[ \t]*$/.test(body)) {
    const i = indexOf(state, seg);
    next = i >= 0 && i + 1 < state.segs.length ? state.segs[i + 1] : undefined;
    if (!next || next.line !== seg.line + 1 || !/^the[ \t]/.test(next.text)) return false;
    text = `${body.trimEnd()} ${next.text}`;
  }
  let m = matchBodyNoted(text);
  // the sentence the page wrapped (`The Board noted the disclosures … received from Mr. X in` ⏎ `Form MBP-1 on …`): read on to its full stop, three lines at most
  if (!m && !next && /\bnoted[ \t]+the[ \t]/.test(body)) {
    for (const s of linesWrapped(state, seg)) {
      text = `${text.trimEnd()} ${s.text.trim()}`;
      next = s;
      if ((m = matchBodyNoted(text))) break;
    }
  }
  if (!m || m.keyword.end > body.length) return false;
  const range = next && m.text.end > body.length ? { start: state.pos(seg, from + m.keyword.start), end: state.whole(next).end } : state.r(seg, from + m.keyword.start, from + Math.min(body.length, m.text.end + 1));
  item.decisions.push({ text: text.slice(m.text.start, m.text.end), range, keyword: state.located(seg, from + m.keyword.start, from + m.keyword.end), inSentence: true });
  // the rest of the line is read on (`Ms Dunnachie left the meeting.`)
  return false;
}

export const LED_DECISION: InlineRecogniser = { name: 'led-decision', needs: W_DECIDE, run: ledDecision };
