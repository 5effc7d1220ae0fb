/** A later meeting's word on an action, wherever it stands: `081/22-A1 DONE: …` */
import { matchStatusUpdate } from '../../constructs';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { S_DIGIT } from '../content/keywords';

export function statusUpdate(state: ParseState, i: number): number {
  const seg = state.segs[i];
  const t = seg.text;
  const su = matchStatusUpdate(t);
  if (!su) return DECLINE;
  const m = state.ensureMeeting(seg);
  m.statusUpdates.push({
    target: { seq: su.seq, year: su.year }, action: su.index, status: su.status, note: t.slice(su.noteStart).trim(),
    range: state.whole(seg), refRange: state.r(seg, 0, su.refEnd),
  });
  if (state.item) { state.item.content++; state.extend(seg); }
  return 0;
}

// gate: `081/22-A1 …`
export const STATUS_UPDATE: Recogniser = { name: 'status-update', phases: ['header', 'people', 'agenda', 'body'], starts: S_DIGIT, run: statusUpdate };
