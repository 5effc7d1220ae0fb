/** A line of an open item: counted as its content, and read by the inline recognisers (`../content`). */
import { lineMarker } from '../../confidential';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { recogniseContent } from '../content';

export function itemContent(state: ParseState, i: number): number {
  const item = state.item;
  if (!item) return DECLINE;
  const seg = state.segs[i];
  item.content++;
  if (!item.confidentialMark && lineMarker(seg.text)) item.confidentialMark = state.whole(seg);
  recogniseContent(state, seg, 0);
  state.extend(seg);
  return 0;
}

export const ITEM_CONTENT: Recogniser = { name: 'item-content', phases: ['body'], where: 'in-item', run: itemContent };
