/**
 * Decisions a board writes in plain sentences rather than under a keyword (boards that keep their
 * minutes on a wiki, small charities, working groups): `The report was accepted.` (a passive
 * decision with nothing after its verb: the sentence as written is the decision) and `Agreed to put
 * on the March agenda.` opening a sentence inside a paragraph (the words from `to`). The approval of
 * the last minutes as a record (`… were approved with one correction`) stays `record-decision`'s, the
 * keyword forms `published-decision`'s; a bare `The minutes of 24 October were approved.` is this one's.
 * A document noted or received in the passive (`The written update … was noted.`, `The report was
 * received.`) is a decision too; `It was noted that …` and `Apologies were noted` are no decisions.
 * Either may be the first sentence of its line, more following (`The report was received. All …`).
 * A report received `for information` (`as information`), as Canadian boards and councils close a
 * report that asks for no motion, is a decision wherever its sentence stands on the line: its words
 * are what the board received it as (`for information`).
 */
import type { Decision } from '../../model';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { startLetters, W_AGREED, W_DECIDE } from './keywords';
import { writtenInOurMarkup } from '../../proceedings/ourMarkup';
import { NOTED_DOCUMENT } from '../../forms/decisions';

/**
 * `The report was accepted.`, `The accounts were adopted.`, `The minutes of 24 October were approved.`:
 * a subject, then a verb of decision, and the sentence ends (the line, or a sentence after it).
 */
const PASSIVE = /^(?:The|These|This)[ \t][^.;:!?]{1,60}?[ \t](?:was|were)[ \t]+(?:formally[ \t]+|unanimously[ \t]+|duly[ \t]+)?(accepted|adopted|ratified|endorsed|approved|agreed)(?=\.?[ \t]*$|\.[ \t]+[A-Z])/;
/** PASSIVE's verbs, wherever they stand: a line holding none of them cannot match it. */
const PASSIVE_VERB = /accepted|adopted|ratified|endorsed|approved|agreed/;
/**
 * The verbs our markup's prose uses for what its `DECISION:` lines record (`The payments were
 * approved.` under a sub-item): read as decisions only in published minutes, as the approval of the
 * minutes is (publishedDecisions.ts `recordDecision`).
 */
const PUBLISHED_ONLY = /^(?:approved|agreed|received)$/;
/**
 * `The written update circulated before the meeting was noted. The Chair …`, `The report was
 * received.`: a document the board noted or received, in the passive, as the first sentence of a line (more may follow). Only a document: `It was
 * noted that …` is a point of the discussion, `Apologies were noted` the attendance.
 */
// (what was noted may follow in brackets, carried on over lines: `The crime figures for August were
// noted (two thefts from` ⏎ `vehicles, …).`)
const PASSIVE_NOTED = new RegExp(String.raw`^(?:The|These|This)[ \t](?:[^.;:!?]{0,60}?[ \t])?${NOTED_DOCUMENT}[ \t](?:[^.;:!?]{0,60}?[ \t])?(?:was|were)[ \t]+(?:formally[ \t]+|duly[ \t]+)?(noted|received)(?=\.?[ \t]*$|\.[ \t]+[A-Z]|[ \t]+\([^()]{1,200}(?:\)\.?[ \t]*$|$))`);
/**
 * `… above projection. The report was received for information.`, `The correspondence was received
 * as information.`: a document received for information, a sentence of its own anywhere on the line.
 * The keyword is the sentence up to its verb; the words, what follows it.
 */
const RECEIVED_FOR = new RegExp(String.raw`(?:^|(?<=[.!?][ \t]+))((?:The|These|This)[ \t](?:[^.;:!?]{0,60}?[ \t])?${NOTED_DOCUMENT}[ \t](?:[^.;:!?]{0,60}?[ \t])?(?:was|were)[ \t]+(?:formally[ \t]+|duly[ \t]+)?received)[ \t]+(?=(?:for|as)[ \t]+information\b)`);

/** A document received for information (RECEIVED_FOR) on the line, as a decision whose words are `for information`. */
export function readReceivedFor(state: ParseState, seg: Segment, from: number, body: string): Decision | undefined {
  if (body.length > 2000 || body.indexOf(' information') < 0 || body.indexOf('received') < 0) return undefined;
  const m = RECEIVED_FOR.exec(body);
  if (!m) return undefined;
  const ks = m.index;
  const ts = m.index + m[0].length;
  const stop = /[.!?;](?=[ \t]|$)/.exec(body.slice(ts));
  const te = stop ? ts + stop.index : body.trimEnd().length;
  return { text: body.slice(ts, te), range: state.r(seg, from + ks, from + te + (stop ? 1 : 0)), keyword: state.located(seg, from + ks, from + ks + m[1].length), inSentence: true };
}

/** `… in July. Agreed to put on the March agenda.`: `Agreed` opening a sentence, then `to`/`that`. */
const AGREED_SENTENCE = /(?:^|[.!?][ \t]+)(Agreed)[ \t]+(?=(?:to|that)[ \t])/;

/**
 * A proposal in one sentence and `Agreed.` alone after it, ending the line (`DU proposed a volunteer open day in September.
 * Agreed.`): the sentence before is what was agreed. Only a proposal's verb (`asked` is a request, which a person may agree).
 */
// (the sentence opens with who proposed, a name or initials, the verb next: `Members discussed the proposed closure …. Agreed.`
// is no proposal, and a motion `Cllr Roe proposed and Cllr Lee seconded that …` is the motion reader's)
const PROPOSAL_AGREED = /^((?:It[ \t]+was|(?:The[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|and|&|of)){0,5}(?:[ \t]*\([^()]{1,40}\))?(?:,[ \t]+seconded[ \t]+by[ \t]+[^,.]{1,40},)?)[ \t]+(?:proposed|suggested|recommended)\b[^.!?]{1,300})[.!?][ \t]+(Agreed)\.?[ \t]*$/;

/** `The report was accepted.` as a decision (the sentence as written), or undefined: asked in an item and outside any. */
export function readPassiveSentence(state: ParseState, seg: Segment, from: number, body: string): Decision | undefined {
  if (body.charCodeAt(0) !== 84 || body.length > 400) return undefined; // `T`, and a sentence's length: most lines are asked nothing more
  // (each pattern needs its verbs: a line without them, as most lines opening with `The` are, is asked no pattern)
  const m = (PASSIVE_VERB.test(body) ? PASSIVE.exec(body) : null) ?? (body.indexOf('noted') > 0 || body.indexOf('received') > 0 ? PASSIVE_NOTED.exec(body) : null);
  if (!m || (m[1] !== undefined && PUBLISHED_ONLY.test(m[1]) && inOurMarkup(state))) return undefined;
  const text = m[0];
  // the sentence is the decision: published as written (the line, or its first sentence)
  const whole = wholeLine(body, text.length);
  return { text, range: whole ? state.whole(seg) : state.r(seg, from, from + text.length + 1), keyword: state.located(seg, from, from + text.length), inSentence: true };
}

/** Whether the meeting is written in our markup: its date a `Date:` field (proceedings/ourMarkup.ts). */
function inOurMarkup(state: ParseState): boolean {
  const m = state.meeting;
  return m !== undefined && writtenInOurMarkup(m, state.lines);
}

/** Whether nothing but a full stop follows the sentence read up to `end`. */
function wholeLine(body: string, end: number): boolean {
  return /^\.?[ \t]*$/.test(body.slice(end));
}

export function passiveDecision(line: Line): boolean {
  if ((line.words & W_DECIDE) !== 0) {
    const received = readReceivedFor(line.state, line.seg, line.from, line.body);
    if (received) {
      line.item.decisions.push(received);
      return false;
    }
  }
  // (a passive sentence opens with `T` (readPassiveSentence's first test), AGREED_SENTENCE needs the
  // agreed words: a line with neither is declined before anything is read of it, once a document
  // received for information, anywhere on it, has been looked for)
  if (line.body.charCodeAt(0) !== 84 && (line.words & W_AGREED) === 0) return false;
  const { state, seg, from, body } = line;
  const passive = readPassiveSentence(state, seg, from, body);
  if (passive) {
    // a sentence already read as a decision on this line (`The budget was APPROVED …` in capitals is published-decision's)
    const last = line.item.decisions[line.item.decisions.length - 1];
    if (last && last.range.end.line >= seg.line) return false;
    line.item.decisions.push(passive);
    // the rest of the line is read on (more sentences after the decision)
    return wholeLine(body, passive.text.length);
  }
  // AGREED_SENTENCE's `Agreed`: the line's signature says at once whether it holds the word at all
  // (every line is asked, and a scan of a long line for it is not free)
  if ((line.words & W_AGREED) === 0 || body.indexOf('greed') < 0) return false;
  const m = AGREED_SENTENCE.exec(body);
  if (!m) {
    // `DU proposed a volunteer open day in September. Agreed.`: the proposal the word alone agrees is the decision
    const p = PROPOSAL_AGREED.exec(body);
    // (a decision already read on the line, a motion's, is the one the word agrees)
    const last = line.item.decisions[line.item.decisions.length - 1];
    if (p && !(last && last.range.end.line >= seg.line)) line.item.decisions.push({ text: p[1].trim(), range: state.whole(seg), keyword: state.located(seg, from + p.index + p[0].lastIndexOf(p[2]), from + p.index + p[0].lastIndexOf(p[2]) + p[2].length), inSentence: true });
    return false;
  }
  const kw = m.index + m[0].indexOf(m[1]);
  const start = m.index + m[0].length;
  const text = body.slice(start).trim().replace(/\.$/, '');
  if (text === '') return false;
  // the line says more than the decision (the request it answers): published as written, and asked on
  line.item.decisions.push({ text, range: state.whole(seg), keyword: state.located(seg, from + kw, from + kw + m[1].length), inSentence: true });
  return false;
}

// (its first test, as a gate: a line opening with `T` (then its first character not blank is a t), or the agreed words)
export const PASSIVE_DECISION: InlineRecogniser = { name: 'passive-decision', anyWords: W_AGREED | W_DECIDE, anyStarts: startLetters('t'), run: passiveDecision };
