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
  if (!item.confidentialMark && lineMarker(seg.text) && !wrappedWord(state, i)) item.confidentialMark = state.whole(seg);
  recogniseContent(state, seg, 0);
  state.extend(seg);
  return 0;
}

/**
 * Whether the marker's line is the last word of a sentence the line above wrapped (`… as they were commercially`
 * ⏎ `confidential.`): in small letters, under a line of the item's text (not its title: `confidential` alone there marks
 * the item) that runs to the width of a page and ends no sentence. Any other such line marks the item (withholding
 * fails safe).
 */
function wrappedWord(state: ParseState, i: number): boolean {
  const seg = state.segs[i];
  const c = seg.text.charCodeAt(0);
  if (!(c >= 0x61 && c <= 0x7a) || i === 0) return false;
  const above = state.segs[i - 1];
  const item = state.item!;
  if (above.line !== seg.line - 1 || above.line <= item.headRange.end.line || above.heading > 0 || above.bullet) return false;
  const t = above.text.trimEnd();
  return t.length >= WRAPPED_WIDTH && !/[.:;!?)\]]$/.test(t);
}
/** The shortest line a page wraps a sentence at (a line of prose in a PDF's text or a Word export runs to 60 characters and more). */
const WRAPPED_WIDTH = 50;

export const ITEM_CONTENT: Recogniser = { name: 'item-content', phases: ['body'], where: 'in-item', run: itemContent };
