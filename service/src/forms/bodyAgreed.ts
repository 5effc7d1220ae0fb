/**
 * A board's decision told as the second verb of its sentence: "The Board reviewed the action log
 * (Appendix 1) and agreed to close actions 089 and 093", "The Committee considered the options and
 * resolved that …". The board (committee, panel, governors…) is the subject, so it is the body's
 * decision, not a person's undertaking ("the Director agreed to arrange" is an action, not this).
 * `forms/decisions.ts` reads the verb straight after the body ("The Board resolved to …"); this
 * reads it later in the same sentence. Pure; never throws.
 */
import type { Span } from '../constructs';
import { DECIDING_BODY } from './decisions';

const BODY = String.raw`(?:[Tt]he[ \t]+)?${DECIDING_BODY}`;
const LATER = new RegExp(String.raw`(?:^[ \t]*(?:\d{1,4}(?:\.\d{1,3})*[ \t]+)?|[.;!?][ \t]+)((${BODY})\b[^.;!?]{1,160}?[ \t]and[ \t]+(?:(?:formally|unanimously)[ \t]+)?(agreed|resolved|decided))[ \t]+(?=(?:to|that)\b)`);

export interface BodyAgreed {
  /** From the body to the verb: "The Board reviewed … and agreed". */
  readonly keyword: Span;
  readonly verb: 'agreed' | 'resolved' | 'decided';
  /** Where the decision's words start ("to close actions …"). */
  readonly textStart: number;
}

export function matchBodyAgreed(text: string): BodyAgreed | undefined {
  if (text.length > 4000 || !/\band[ \t]+(?:(?:formally|unanimously)[ \t]+)?(?:agreed|resolved|decided)\b/.test(text)) return undefined;
  const m = LATER.exec(text);
  if (!m) return undefined;
  const s = m.index + m[0].indexOf(m[1]);
  return { keyword: { start: s, end: s + m[1].length }, verb: m[3].toLowerCase() as BodyAgreed['verb'], textStart: m.index + m[0].length };
}
