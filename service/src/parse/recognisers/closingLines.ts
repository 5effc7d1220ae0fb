/**
 * Closing lines (next meeting, close of meeting, signature) belong to the meeting, not to the
 * item above them: not counted as its content, nor within its range (the published record prints
 * them after the items, and withholding the item never withholds them).
 */
import { matchClosingLine } from '../../constructs';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { applyField } from './headerFields';
import { startLetters } from '../content/keywords';

export function closingLine(state: ParseState, i: number): number {
  const item = state.item;
  if (!item || state.pendingTitle) return DECLINE;
  const seg = state.segs[i];
  const t = seg.text;
  const field = state.field(i);
  const nextMeeting = field?.name === 'nextMeeting' && !state.titleMentionsNextMeeting(item);
  if (!nextMeeting && !matchClosingLine(t)) return DECLINE;
  if (nextMeeting) applyField(state, seg, 'nextMeeting', field.valueStart);
  state.meeting!.closing.push(state.located(seg, 0, t.length));
  return 0;
}

// gate: `Next meeting:`, `Date of next meeting:`; `The meeting closed`, `Meeting closed`, `Chair closed …`, `Close of meeting`, `End of meeting`, `There being no …`, `Signed`, `Signature`, `Date ……`
export const CLOSING_LINE: Recogniser = { name: 'closing-line', phases: ['body'], starts: startLetters('ndtmces'), where: 'in-item', run: closingLine };
