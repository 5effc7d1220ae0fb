/**
 * A motion "duly made and seconded", as housing authorities, school and non-profit boards and some
 * councils minute it: the motion's opening names the mover and seconder in brackets or after `by`,
 * or no one, and the decision follows after a comma.
 * - `Upon motion duly made (Cllr Patel) and seconded (Cllr Ng), the Council resolved to …`
 * - `Upon motion duly made by Director Haas and seconded by Director Lum, the Board voted unanimously to …`
 * - `Upon motion duly made (Commissioner A) and seconded (Commissioner B), the Board voted 5-0 to …` (the tally after the verb)
 * - `Upon a motion duly made and seconded, it was resolved that …`
 * - `On a motion duly made and seconded, the agenda was approved as presented.` (the clause is the decision)
 * - `Upon motion by Salas, seconded by Dunn, the Board adopted Resolution 2025-07 …` (a nonprofit board's: the mover and seconder after `by`, no `duly made`)
 * - `There being no further business, upon motion duly made (Ms. Ortiz) and seconded (Mr. Pellow), the meeting was adjourned …`
 * The decision is the words from `to` / `that` after the body's verb (`resolved`, `agreed`,
 * `voted`, `decided`), else the words after the body's verb for what it adopted, approved or elected
 * (`the Board elected Hal Pellow as Secretary`), else the clause after the comma, to the end of the sentence. A motion
 * mentioned in discussion (`Members asked whether a motion had been duly made`) is none: the form
 * opens its sentence. Offsets are relative to the text given. Pure; never throws.
 */
import type { Span } from '../constructs';
import type { MotionForm } from './motions';
import { sentenceEnd } from './inline';

/** A mover or seconder as written: `(Cllr Patel)`, `(Ms X)`, or `by Director Haas` (a title, then up to three capitalised words). */
const BRACKET = String.raw`[ \t]*\(([^()\n]{1,60})\)`;
const BY = String.raw`[ \t]+by[ \t]+((?:[A-Z][\w'’.-]*)(?:[ \t]+[A-Z][\w'’-]*){0,3})`;
/**
 * The clause a board's last motion may open with before `upon motion …` (`There being no further business,
 * upon motion duly made …, the meeting was adjourned`): the motion still opens its sentence's matter.
 */
const CLOSING_CLAUSE = String.raw`^(?:There|THERE)[ \t]+(?:being|BEING)[ \t]+[^.;\n]{1,80},[ \t]+`;
// (the lookaheads first: the lookbehinds, asked at each blank of a long run of them after a stop, went back over the run each time)
const OPENING = new RegExp(
  String.raw`(?:^|(?=[UuOo])(?:(?<=[.;:!?][ \t]+)|(?<=${CLOSING_CLAUSE})))((?:[Uu]pon|UPON|[Oo]n|ON)[ \t]+(?:an?[ \t]+)?(?:[Mm]otion|MOTION)[ \t]+(?:(?:duly|DULY)[ \t]+)?(?:made|MADE)(?:${BRACKET}|${BY})?[ \t]*,?[ \t]+(?:and|AND)[ \t]+(?:(?:duly|DULY)[ \t]+)?(?:seconded|SECONDED)(?:${BRACKET}|${BY})?)[ \t]*,[ \t]*`,
);
/** `Upon motion by X, seconded by Y,`: the mover and seconder after `by`, the motion not said to be made. The same groups as OPENING's. */
const BY_OPENING = new RegExp(
  String.raw`(?:^|(?=[UuOo])(?<=[.;:!?][ \t]+))((?:[Uu]pon|UPON|[Oo]n|ON)[ \t]+(?:an?[ \t]+)?(?:[Mm]otion|MOTION)()${BY}[ \t]*,?[ \t]+(?:and[ \t]+|AND[ \t]+)?(?:seconded|second|SECONDED|SECOND)()${BY})[ \t]*,[ \t]*`,
);
/**
 * The body's verb before what it adopted (`the Board adopted Resolution 2025-07 …`, `the Council approved the
 * contract …`): the decision is the words after the verb. A verb before `to` / `that` is VERB's.
 */
const OBJECT_VERB = /^((?:the[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+(?!(?:was|were|is|are|be|been|has|had)[ \t])[A-Za-z][\w'’-]*){0,3}[ \t]+(?:unanimously[ \t]+)?(?:adopted|approved|accepted|authori[sz]ed|ratified|elected|appointed|re-?elected|ADOPTED|APPROVED|ELECTED))[ \t]+(?=[A-Za-z0-9"'‘“])/;
/** The body's verb before the decision's `to` / `that`: `the Council resolved`, `it was unanimously resolved`, `the Board voted unanimously`, `the Board voted 4-0-1`. */
const VERB = /^((?:(?:the[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+[A-Za-z][\w'’-]*){0,3}|it[ \t]+was)[ \t]+(?:(?:unanimously|duly)[ \t]+)?(?:resolved|agreed|voted|decided|RESOLVED|AGREED)(?:[ \t]+unanimously|[ \t]+\d{1,2}(?:[-–]\d{1,2}){1,2})?)[ \t]+(?:,[ \t]*)?(?=(?:to|that)[ \t]+[a-z(])/i;

/** The motion duly made a text records, if any, as a MotionForm (its mover and seconder where named). */
export function matchDulyMade(text: string): MotionForm | undefined {
  if (text.length > 20000) return undefined;
  // OPENING's `made` (or `MADE`), looked for first: most texts asked hold no motion duly made
  const made = text.includes('made') || text.includes('MADE');
  if (!made && !text.includes('otion by') && !text.includes('OTION BY')) return undefined;
  const m = (made ? OPENING.exec(text) : null) ?? BY_OPENING.exec(text);
  if (!m) return undefined;
  const after = m.index + m[0].length;
  const span = (name: string | undefined, from: number): Span | undefined => {
    if (!name) return undefined;
    const s = text.indexOf(name, from);
    const t = name.replace(/[ \t.,]+$/, '').trim();
    return { start: s + name.indexOf(t), end: s + name.indexOf(t) + t.length };
  };
  const mover = span(m[2] || m[3], m.index);
  const seconder = span(m[4] || m[5], mover ? mover.end : m.index);
  const rest = text.slice(after);
  const verb = VERB.exec(rest) ?? OBJECT_VERB.exec(rest);
  const ts = verb ? after + verb[0].length : after;
  const te = sentenceEnd(text, ts);
  if (te <= ts) return undefined;
  const kwEnd = verb ? after + verb[1].length : m.index + m[1].length;
  return { start: m.index, keyword: { start: m.index, end: kwEnd }, ...(mover ? { mover } : {}), ...(seconder ? { seconder } : {}), text: { start: ts, end: te }, consensus: false };
}
