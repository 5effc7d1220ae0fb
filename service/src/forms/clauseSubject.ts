/**
 * The owner of an action whose sentence opens with the circumstance, not the doer: `There is a
 * meeting with the coroner on 27/01/2020, and after this, West Midlands Police can finalise the
 * … paper` (a police and crime board's bold action). The doer is the subject of the clause after
 * the circumstance; `leadingSubject` (constructs.ts) reads the usual `WMP will …`, `Finance to …`.
 * Pure; never throws.
 */
import type { Span } from '../constructs';

/** A sentence that opens with a circumstance: `There is/are …`, `Once …`, `When …`, `After …`, `Following …`. */
const CIRCUMSTANCE = /^(?:there[ \t]+(?:is|are|will[ \t]+be)|once|when|after|following)\b/i;
/** `, and after this, X can …`, `, then X will …`, `, after which X is to …`: the doer after the comma. */
const DOER = /,[ \t]+(?:and[ \t]+)?(?:(?:after[ \t]+(?:this|that|which)|then|thereafter|following[ \t]+this)[ \t]*,?[ \t]+)?(?:the[ \t]+)?([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|&)){0,5})[ \t]+(?:can|will|to|is[ \t]+to|are[ \t]+to|must|should|would)[ \t]+[a-z]/;

/** The doer of an action written after its circumstance, in its first sentence; undefined otherwise. */
export function subjectAfterCircumstance(text: string): Span | undefined {
  if (text.length > 2000 || !CIRCUMSTANCE.test(text)) return undefined;
  const stop = text.search(/[.;](?:\s|$)/);
  const first = stop < 0 ? text : text.slice(0, stop);
  const m = DOER.exec(first);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1], 1);
  return { start, end: start + m[1].length };
}
