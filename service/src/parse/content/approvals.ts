/**
 * The approval of earlier minutes ("The minutes of the meeting held on 3 May 2024 were approved",
 * "Minutes of the last meeting were agreed as a true and accurate record and signed by the Chair").
 * Also when the page broke the sentence (`… were agreed as a true` / `record and signed by the
 * Chair.`: read on the line that completes it, from the line above), and with a date written
 * without its year (`held on 3 March`: the last such day on or before this meeting's).
 */
import { exists, findDates, isoDate, monthIndex, MONTH_RE } from '../../dates';
import { matchApproval, type Span } from '../../constructs';
import type { Segment } from '../../text';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, joinedRange } from './joined';
import { W_RECORD } from './keywords';

/** A day and month without a year: `3 March`, `3rd of March`, `March 3`. */
const DAY_MONTH = new RegExp(String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?${MONTH_RE}|${MONTH_RE}[ \t]+(\d{1,2})(?:st|nd|rd|th)?)\b(?![ \t,]*\d)`, 'i');
/** A line that carries on the sentence above: it starts in lower case (`record and signed …`, `agreed as a correct record`). */
const CARRIES_ON = /^[ \t]*[a-z]/;

/** The date of the meeting approved, as `YYYY-MM-DD`: a full date in the sentence, else a day and month in the year before `meeting`'s. */
function approvedDate(text: string, line: Line): string | undefined {
  const d = findDates(text, line.state.order).find((x) => !x.problem);
  if (d) return isoDate(d.year, d.month, d.day);
  const m = DAY_MONTH.exec(text);
  const held = line.meeting.date;
  if (!m || !held?.iso) return undefined;
  const day = Number(m[1] ?? m[4]);
  const month = monthIndex(m[2] ?? m[3]);
  if (month < 1 || !exists(2000, month, day)) return undefined; // (a leap year: 29 February may be)
  // minutes approve a meeting before this one: a day after this meeting's in its year was last year's
  const year = month > held.month || (month === held.month && day > held.day) ? held.year - 1 : held.year;
  return exists(year, month, day) ? isoDate(year, month, day) : undefined;
}

/** The line above `seg` in the same paragraph of the open item, or undefined. */
function lineAbove(line: Line): Segment | undefined {
  const { state, seg, item } = line;
  const k = indexOf(state, seg);
  const above = k > 0 ? state.segs[k - 1] : undefined;
  // the item's own head line holds its title before the words: never joined
  if (!above || above.text.length === 0 || above.line !== seg.line - 1 || above.line <= item.headRange.start.line) return undefined;
  return state.layout.debrisLines.has(above.line) ? undefined : above;
}

export function approval(line: Line): boolean {
  const { state, seg, from, body } = line;
  const a = matchApproval(body);
  if (a) {
    line.meeting.approvals.push({ range: state.r(seg, from + a.start, from + a.end), meetingDate: approvedDate(body.slice(a.start, a.end), line) });
    return false;
  }
  // the sentence the page broke: it is read where it is complete, on this line, from the line above
  const above = from === 0 && CARRIES_ON.test(body) ? lineAbove(line) : undefined;
  if (!above) return false;
  const j = joinSegments([above, seg]);
  const w: Span | undefined = matchApproval(j.text);
  // an approval wholly on the line above was read there
  if (!w || w.end <= above.text.length + 1) return false;
  line.meeting.approvals.push({ range: joinedRange(state, j, w.start, w.end), meetingDate: approvedDate(j.text.slice(w.start, w.end), line) });
  return false;
}

export const APPROVAL: InlineRecogniser = { name: 'approval', needs: W_RECORD, run: approval };
