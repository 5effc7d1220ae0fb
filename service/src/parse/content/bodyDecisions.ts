/**
 * A body's decision written in the sentence: "Governors agreed to appoint if …", "The Committee
 * resolved that …", also where the page broke the line between the body and its verb
 * ("… vacancy. Governors" / "agreed to appoint …"). The subject must be the body (governors,
 * members, councillors, the board …) or the impersonal "It was agreed that …", the meeting's:
 * "Ms Oduwole agreed to share a draft" is an undertaking, an action.
 */
import type { InlineRecogniser, Line } from './inline';
import { continued, indexOf, nextSentence } from './publishedDecisions';
import { W_AGREED } from './keywords';
import { DECIDING_BODY } from '../../forms/decisions';

/** What may follow a comma as the decision's subject: the impersonal `it was` alone (`…, the Chair agreed to` is a person's). */
const AFTER_COMMA = String.raw`(?=[Ii]t[ \t]+was\b)`;
const BODY = String.raw`(?:(?:[Tt]he[ \t]+)?${DECIDING_BODY}|[Ii]t[ \t]+was|We)`;
const VERB = String.raw`(?:(?:has|have)[ \t]+)?(?:(?:formally|unanimously|therefore)[ \t]+)?(?:agreed|resolved|decided)`;
/** The verb and its `to`/`that`: the cheap first test. */
const MAY = /\b(?:agreed|resolved|decided)[ \t]+(?:to[ \t]+[a-z]|that\b)/;
// (after the paragraph's own number too: `6.3   It was agreed that …`)
// (and after a comma, the impersonal `it was` only: `After discussion, it was agreed that …`, `On the
// proposal of Cllr X, seconded by Cllr Y, it was agreed to …`; the lookahead first, so the lookbehind is asked only there)
// (after a stop, a letter first too: every body opens with one, and the lookbehind asked at each blank of a long run of
// them after a stop went back over the run each time, seconds on a line of 50,000)
const SAME_LINE = new RegExp(String.raw`(?:^(?:\d{1,3}(?:\.\d{1,3})*[ \t]+)?|(?=[A-Za-z])(?<=[.;:][ \t]+)|${AFTER_COMMA}(?<=,[ \t]+))(${BODY}[ \t]+${VERB})[ \t]+(?=to[ \t]+[a-z]|that\b)`);
const LINE_START = new RegExp(String.raw`^(${VERB})[ \t]+(?=to[ \t]+[a-z]|that\b)`);
const LINE_END = new RegExp(String.raw`(?:(?:^|[.;:][ \t]+)${BODY}|,[ \t]+${AFTER_COMMA}${BODY})[ \t]*$`);

/**
 * Actions closed in the passive as a board reviews its log (`Actions 14 and 19 were agreed as
 * complete and closed`, `Action 7 was` ⏎ `agreed as closed`): the board's decision, its words from `as`.
 */
const CLOSED_AS = /\b(?:were|was)[ \t]+(agreed)[ \t]+(as[ \t]+(?:complete|completed|closed|discharged)\b[^.;]*)/;
const CLOSED_AS_START = /^(agreed)[ \t]+(as[ \t]+(?:complete|completed|closed|discharged)\b[^.;]*)/;
/** The line above that holds the passive's subject: actions, and its verb at the end (`Actions 14 and 19 were`). */
const ACTIONS_WERE = /\bactions?\b[^.;]*\b(?:were|was)[ \t]*$/i;

function closedActions(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  if (body.indexOf('agreed as') < 0) return false; // (cheap first: most lines with `agreed` say it otherwise)
  let m = CLOSED_AS.exec(body);
  if (m) {
    // the subject in the same sentence, before the verb
    const before = body.slice(0, m.index);
    const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
    if (!/\bactions?\b/i.test(before.slice(stop + 1))) return false;
  } else if ((m = CLOSED_AS_START.exec(body))) {
    const k = indexOf(state, seg);
    const prev = k > 0 ? state.segs[k - 1] : undefined;
    if (!prev || prev.line !== seg.line - 1 || prev.line <= item.headRange.start.line || !ACTIONS_WERE.test(prev.text)) return false;
  } else return false;
  const kwStart = m.index + m[0].indexOf('agreed'); // (`were` and `was` hold no `agreed`)
  const ts = m.index + m[0].length - m[2].length;
  const text = m[2].trimEnd();
  item.decisions.push({ text, range: state.r(seg, from + kwStart, from + ts + text.length), keyword: state.located(seg, from + kwStart, from + kwStart + m[1].length), inSentence: true });
  return false;
}

export function bodyDecision(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  const last = item.decisions[item.decisions.length - 1];
  if (last && last.range.end.line >= seg.line) return false;
  if (!MAY.test(body)) return closedActions(line); // (the row's gate has found `agreed`, `resolved` or `decided`)
  let kw: { start: number; end: number } | undefined;
  let m = SAME_LINE.exec(body);
  if (m) { const ks = m.index + m[0].indexOf(m[1]); kw = { start: ks, end: ks + m[1].length }; }
  else if ((m = LINE_START.exec(body))) {
    // the body ends the line above, in the same paragraph of the item
    const k = indexOf(state, seg);
    const prev = k > 0 ? state.segs[k - 1] : undefined;
    if (!prev || prev.line !== seg.line - 1 || prev.line <= item.headRange.start.line || !LINE_END.test(prev.text)) return false;
    kw = { start: 0, end: m[1].length };
  }
  if (!kw) return false;
  const ts = kw.end + (/^[ \t]*/.exec(body.slice(kw.end))?.[0].length ?? 0);
  // the sentence the page wrapped runs on (`The Committee agreed that this did not prevent him` ⏎ `from taking part.`)
  const first = body.slice(ts).trim();
  const read = continued(state, seg, first);
  // (up to the end of its sentence: one that follows on the wrapped line, `The work will take place …`, is no part of it)
  const stop = read.last === seg ? null : /[.!?](?=[ \t]+[A-Z])/.exec(read.text.slice(first.length));
  let text = stop ? read.text.slice(0, first.length + stop.index + 1) : read.text;
  if (text.length === 0) return false;
  const range = state.r(seg, from + kw.start, seg.text.length);
  // the record of its vote in the sentence after (`… resolved to object. (4 for, 1 against, 1 abstention)`): kept as data
  const after = nextSentence(state, seg, from, ts, read, first.length);
  if (after?.vote) text = after.text;
  item.decisions.push({ text, range: read.last === seg ? range : { start: range.start, end: state.whole(read.last).end }, keyword: state.located(seg, from + kw.start, from + kw.end), inSentence: true, ...(after?.vote ? { vote: after.vote } : {}) });
  return false;
}

export const BODY_DECISION: InlineRecogniser = { name: 'body-decision', needs: W_AGREED, run: bodyDecision };
