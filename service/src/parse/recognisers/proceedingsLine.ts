/**
 * A line of an item's proceedings in our markup (`Moved: Cllr Ahmed`, `Vote: For 5, Against 1`,
 * `Result: Carried`, `Interest: …`): the item's content, read by the inline recogniser
 * `content/proceedings.ts`. Asked before the section and heading recognisers, which would take a
 * short `Result: Carried` after a line without a full stop for a published section heading.
 */
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { itemContent } from './itemContent';
import { BARE_RESULT, isBareResult, isProceeding, PROCEEDINGS } from '../content/proceedings';
import { B_MOTION } from '../content/keywords';

export function proceedingsLine(state: ParseState, i: number): number {
  const item = state.item;
  const meeting = state.meeting;
  if (!item || !meeting || !isProceeding(state, item, meeting, state.segs[i].text)) return DECLINE;
  return itemContent(state, i);
}

export const PROCEEDINGS_LINE: Recogniser = { name: 'proceedings-line', phases: ['body'], starts: PROCEEDINGS.starts, needs: PROCEEDINGS.needs, where: 'in-item', run: proceedingsLine };

/**
 * A motion's result alone on its line under the item's open motion (`CARRIED`, `DEFEATED (2-5)`): the
 * item's content, read by `content/proceedings.ts`'s `bareResult`. Asked before the section recognisers,
 * which take a short line in capitals for a published section's heading.
 */
export function bareResultLine(state: ParseState, i: number): number {
  const item = state.item;
  const meeting = state.meeting;
  if (!item || !meeting || !isBareResult(state, item, meeting, state.segs[i].text)) return DECLINE;
  return itemContent(state, i);
}

export const BARE_RESULT_LINE: Recogniser = { name: 'bare-result-line', phases: ['body'], starts: BARE_RESULT.starts, needs: B_MOTION, where: 'in-item', run: bareResultLine };
