/**
 * The title of an item whose number stood alone on its line (`081/22` ⏎ `Minutes of the last
 * meeting`): the next line, if it looks like a title. Either way the number waits no longer.
 */
import { allBold } from '../../text';
import { isTitleLike } from '../../constructs';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { setTitle } from './itemTitle';

export function pendingTitle(state: ParseState, i: number): number {
  const item = state.pendingTitle;
  if (!item) return DECLINE;
  state.pendingTitle = undefined;
  const seg = state.segs[i];
  const t = seg.text;
  if (seg.heading > 0 || allBold(seg) || /^item\b/i.test(t) || isTitleLike(t)) {
    setTitle(state, item, seg, 0);
    return 0;
  }
  return DECLINE;
}

export const PENDING_TITLE: Recogniser = { name: 'pending-title', phases: ['body'], run: pendingTitle };
