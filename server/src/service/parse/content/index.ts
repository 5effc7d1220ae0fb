/**
 * What a line of an item says: the inline recognisers, in the order they are asked. An action or
 * a decision is the whole line; the others each record what they find and let the next look too.
 */
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { ACTION_KEYWORD, BOLD_ACTION } from './actions';
import { DECISION } from './decisions';
import { PUBLISHED_DECISION, RECORD_DECISION } from './publishedDecisions';
import { PRESENTER } from './presenters';
import { QUESTION, ASKER } from './questions';
import { ARRIVALS } from './arrivals';
import { ATTENDANCE } from './attendance';
import { REFERENCES } from './references';
import { APPROVAL } from './approvals';
import { NEXT_MEETING } from './nextMeeting';
import { PROCEEDINGS } from './proceedings';

export const INLINE: readonly InlineRecogniser[] = [
  ACTION_KEYWORD, // the whole line: `ACTION: …`
  PROCEEDINGS, // the whole line, in our markup: `MOTION:`, `Moved:`, `Vote:`, `Result:`, `Interest:` …
  DECISION, // the whole line: `DECISION: …`, `RESOLVED …`
  PUBLISHED_DECISION, // the whole line: `The Board NOTED …`, `RESOLUTION:`, `**Decision**:`, lazy consensus
  PRESENTER, // before QUESTION and BOLD_ACTION, which a presenter's line is not
  QUESTION, // before ASKER, which names who asked it
  ASKER,
  ARRIVALS,
  ATTENDANCE, // apologies, absences, substitutes and roll calls written in the item's sentences
  REFERENCES,
  APPROVAL,
  RECORD_DECISION, // after APPROVAL: the approval of the minutes is also the decision "as a correct record"
  NEXT_MEETING,
  BOLD_ACTION,
];

/** Reads the content of a line of the open item from `from` on. */
export function recogniseContent(state: ParseState, seg: Segment, from: number): void {
  const item = state.item;
  const meeting = state.meeting;
  if (!item || !meeting) return;
  // every field written here, so that the line keeps one shape while the recognisers fill it
  const line: Line = { state, item, meeting, seg, from, body: from > 0 ? seg.text.slice(from) : seg.text, presenter: undefined, question: undefined };
  for (const r of INLINE) if (r.run(line)) return;
}
