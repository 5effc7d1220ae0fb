/**
 * The decisions the minutes record a vote on (issue 20, the Actions view's "Decisions with votes"):
 * each motion or amendment of our markup with a `Vote:` line (counts, names, or unanimous), and each
 * decision whose published sentence records one (`Motion carried 4-0`), with its result and counts
 * and the outcome as the published minutes print it. Derived from the workspace model; newest
 * meeting first, then in the order of the text. Withheld items' votes are marked, as decisions are.
 */
import type { Item } from '../model';
import type { MeetingRecord, RecordPlace } from '../workspace';
import type { MotionResult } from './vote';
import { tally } from './vote';
import { outcome } from '../publish/proceedings';
import { withholding } from '../confidential';
import { numberLabel } from '../numbers';
import { NO_NUMBER } from '../unnumbered';

export interface VotedDecision extends RecordPlace {
  readonly kind: 'motion' | 'amendment' | 'decision';
  /** The motion's or decision's words (a motion with none: "Motion on <item title>"). */
  readonly text: string;
  readonly result?: MotionResult;
  readonly for?: number;
  readonly against?: number;
  readonly abstain?: number;
  readonly unanimous?: true;
  /** The vote as the published minutes print it: `For 5, Against 1, Abstain 1. CARRIED.` */
  readonly outcome: string;
}

/** Every decision with a recorded vote in the meetings, newest meeting first. */
export function votedDecisions(meetings: readonly MeetingRecord[]): VotedDecision[] {
  const out: VotedDecision[] = [];
  for (let k = meetings.length - 1; k >= 0; k--) {
    const r = meetings[k];
    for (const item of r.meeting.items) {
      const place = {
        meetingDate: r.date, meetingTitle: r.title, item: item.number ? numberLabel(item.number) : NO_NUMBER, itemTitle: item.title, uri: r.uri,
        ...(withholding(item, r.meeting) ? { confidential: true as const } : {}),
      };
      out.push(...itemVotes(item, place));
    }
  }
  return out;
}

function itemVotes(item: Item, place: Omit<RecordPlace, 'range'>): VotedDecision[] {
  const found: VotedDecision[] = [];
  for (const m of item.motions ?? []) {
    const v = m.vote;
    const counts = tally(v);
    if (!counts && !v.unanimous) continue; // no vote recorded (without a vote, or only a result)
    const label = m.kind === 'amendment' ? 'Amendment' : 'Motion';
    found.push({
      ...place, range: m.range, kind: m.kind, text: m.text || `${label} on ${item.title}`,
      ...(m.result ? { result: m.result.value } : {}), ...(counts ?? {}), ...(v.unanimous ? { unanimous: true as const } : {}),
      outcome: outcome({ ...(counts ?? {}), unanimous: v.unanimous }, m.result?.value),
    });
  }
  for (const d of item.decisions) {
    const v = d.vote;
    const f = v?.for ?? v?.ayes?.length;
    const a = v?.against ?? v?.nays?.length;
    const ab = v?.abstentions ?? v?.abstainers?.length;
    if (!v || (f === undefined && a === undefined && ab === undefined && !v.unanimous)) continue;
    found.push({
      ...place, range: d.range, kind: 'decision', text: d.text,
      ...(v.result ? { result: v.result } : {}),
      ...(f !== undefined || a !== undefined || ab !== undefined ? { for: f ?? 0, against: a ?? 0, abstain: ab ?? 0 } : {}),
      ...(v.unanimous ? { unanimous: true as const } : {}),
      outcome: outcome({ for: f, against: a, abstain: ab, unanimous: v.unanimous }, v.result),
    });
  }
  return found.sort((x, y) => x.range.start.line - y.range.start.line);
}
