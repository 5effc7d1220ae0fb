/** The approval of earlier minutes ("The minutes of the meeting held on 3 May 2024 were approved"). */
import { findDates, isoDate } from '../../dates';
import { matchApproval } from '../../constructs';
import type { InlineRecogniser, Line } from './inline';
import { mayHold, W_RECORD } from './keywords';

export function approval(line: Line): boolean {
  const { state, seg, from, body } = line;
  if (!mayHold(line, W_RECORD)) return false; // (matchApproval's first test: the word `record`)
  const a = matchApproval(body);
  if (a) {
    const d = findDates(body.slice(a.start, a.end), state.order).find((x) => !x.problem);
    line.meeting.approvals.push({ range: state.r(seg, from + a.start, from + a.end), meetingDate: d ? isoDate(d.year, d.month, d.day) : undefined });
  }
  return false;
}

export const APPROVAL: InlineRecogniser = { name: 'approval', needs: W_RECORD, run: approval };
