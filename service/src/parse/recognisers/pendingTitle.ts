/**
 * The title of an item whose number stood alone on its line (`081/22` ⏎ `Minutes of the last
 * meeting`): the next line, if it looks like a title. Either way the number waits no longer.
 */
import { allBold } from '../../text';
import { isTitleLike } from '../../constructs';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { setTitle } from './itemTitle';
import { readsYearNumbers } from '../layout';
import { endBeforeDebris } from '../../forms/debris';
import { B_PENDING } from '../content/keywords';

export function pendingTitle(state: ParseState, i: number): number {
  const item = state.pendingTitle;
  if (!item) return DECLINE;
  state.pendingTitle = undefined;
  const seg = state.segs[i];
  const t = seg.text;
  // (asked of the title's words: a web page's link to the paper after them is debris)
  if (seg.heading > 0 || allBold(seg) || /^item\b/i.test(t) || isTitleLike(t.slice(0, endBeforeDebris(t)))) {
    setTitle(state, item, seg, 0);
    return 0;
  }
  return DECLINE;
}

// applies: only today's `NNN/YY` reading leaves a number waiting for its title (numberedItems.ts, nowhere else)
export const PENDING_TITLE: Recogniser = { name: 'pending-title', phases: ['body'], applies: readsYearNumbers, needs: B_PENDING, run: pendingTitle };
