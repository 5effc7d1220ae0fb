/**
 * Decisions a board writes in plain sentences rather than under a keyword (boards that keep their
 * minutes on a wiki, small charities, working groups): `The report was accepted.` (a passive
 * decision with nothing after its verb: the sentence as written is the decision) and `Agreed to put
 * on the March agenda.` opening a sentence inside a paragraph (the words from `to`). The approval of
 * the last minutes (`… were approved with one correction`) stays `record-decision`'s, the keyword
 * forms `published-decision`'s. A document noted in the passive (`The written update … was noted.`) is a
 * decision too; `It was noted that …` and `Apologies were noted` are no decisions.
 */
import type { Decision } from '../../model';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { W_AGREED } from './keywords';

/** `The report was accepted.`, `The accounts were adopted.`: a subject, then a verb of decision, and the sentence ends. */
const PASSIVE = /^(?:The|These|This)[ \t][^.;:!?]{1,60}?[ \t](?:was|were)[ \t]+(?:formally[ \t]+|unanimously[ \t]+)?(?:accepted|adopted|ratified|endorsed)\.?[ \t]*$/;
/**
 * `The written update circulated before the meeting was noted. The Chair …`: a document the board
 * noted, in the passive, as the first sentence of a line (more may follow). Only a document: `It was
 * noted that …` is a point of the discussion, `Apologies were noted` the attendance.
 */
const PASSIVE_NOTED = /^(?:The|These|This)[ \t](?:[^.;:!?]{0,60}?[ \t])?(?:update|report|briefing|paper|papers|minutes|notes|letter|statement|accounts|plan|presentation|correspondence|information|summary|response|responses|submission|position[ \t]+statement)[ \t](?:[^.;:!?]{0,60}?[ \t])?(?:was|were)[ \t]+(?:formally[ \t]+|duly[ \t]+)?noted(?=\.?[ \t]*$|\.[ \t]+[A-Z])/;
/** `… in July. Agreed to put on the March agenda.`: `Agreed` opening a sentence, then `to`/`that`. */
const AGREED_SENTENCE = /(?:^|[.!?][ \t]+)(Agreed)[ \t]+(?=(?:to|that)[ \t])/;

/** `The report was accepted.` as a decision (the sentence as written), or undefined: asked in an item and outside any. */
export function readPassiveSentence(state: ParseState, seg: Segment, from: number, body: string): Decision | undefined {
  if (body.charCodeAt(0) !== 84 || body.length >= 140 || !PASSIVE.test(body)) return undefined; // `T`: most lines are asked nothing more
  const text = body.trim().replace(/\.$/, '');
  // the sentence is the decision: published as written
  return { text, range: state.whole(seg), keyword: state.located(seg, from, from + text.length), inSentence: true };
}

export function passiveDecision(line: Line): boolean {
  const { state, seg, from, body } = line;
  const c = body.charCodeAt(0);
  const passive = readPassiveSentence(state, seg, from, body);
  if (passive) {
    line.item.decisions.push(passive);
    return true;
  }
  if (c === 84 && body.indexOf('noted') > 0) {
    const m = PASSIVE_NOTED.exec(body);
    if (m) {
      const text = m[0];
      const whole = body.slice(text.length).replace(/^\.?[ \t]*/, '') === '';
      line.item.decisions.push({ text, range: whole ? state.whole(seg) : state.r(seg, from, from + text.length + 1), keyword: state.located(seg, from, from + text.length), inSentence: true });
      // the rest of the line is read on (a status told after it)
      return whole;
    }
  }
  // AGREED_SENTENCE's `Agreed`: the line's signature says at once whether it holds the word at all
  // (every line is asked, and a scan of a long line for it is not free)
  if ((line.words & W_AGREED) === 0 || body.indexOf('greed') < 0) return false;
  const m = AGREED_SENTENCE.exec(body);
  if (!m) return false;
  const kw = m.index + m[0].indexOf(m[1]);
  const start = m.index + m[0].length;
  const text = body.slice(start).trim().replace(/\.$/, '');
  if (text === '') return false;
  // the line says more than the decision (the request it answers): published as written, and asked on
  line.item.decisions.push({ text, range: state.whole(seg), keyword: state.located(seg, from + kw, from + kw + m[1].length), inSentence: true });
  return false;
}

export const PASSIVE_DECISION: InlineRecogniser = { name: 'passive-decision', run: passiveDecision };
