/**
 * What a line of an item says: the inline recognisers, in the order they are asked. An action or
 * a decision is the whole line; the others each record what they find and let the next look too.
 */
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { holdsOf, keywordsOf, startOf, S_ANY, S_BULLET } from './keywords';
import { contextOf } from './context';
import { ACTION_KEYWORD, BOLD_ACTION } from './actions';
import { ABBREVIATED_ACTION, ACTION_FORM, BRACKETED_OWNER_ACTION, LIST_ROW_ACTION, OWNER_COLON_BULLET, TASK_ACTION } from './actionForms';
import { CAPITAL_STATUS, LISTED_STATUS, TRAILING_STATUS } from '../recognisers/statusReviews';
import { PUBLISHED_ACTION } from './publishedActions';
import { DECISION } from './decisions';
import { PUBLISHED_DECISION, RECORD_DECISION } from './publishedDecisions';
import { BODY_AGREED } from './bodyAgreed';
import { PRESENTER } from './presenters';
import { QUESTION, ASKER } from './questions';
import { ARRIVALS } from './arrivals';
import { ADJOURNMENTS } from './adjournments';
import { ATTENDANCE, REGISTER } from './attendance';
import { REFERENCES } from './references';
import { APPROVAL } from './approvals';
import { NEXT_MEETING } from './nextMeeting';
import { PASSIVE_DECISION } from './passiveDecisions';
import { MOTION } from './motions';
import { QUOTED_MOTION } from './quotedMotions';
import { DECISION_HEADING } from './decisionHeadings';
import { MOTION_RESOLVES } from './motionResolves';
import { TRAILING_DECISION } from './trailingDecisions';
import { OWNER_ACTION, OWNER_DUE_ACTION } from './ownerActions';
import { CLOSED_ACTIONS, STATUS_PROSE } from './statusProse';
import { STATUS_GROUP, STATUS_ROW } from './statusRows';
import { PRIOR_ACTIONS } from './priorActions';
import { BODY_DECISION } from './bodyDecisions';
import { LED_DECISION } from './ledDecisions';
import { UNDERTAKING } from './undertakings';
import { VOTE_LINE_RECOGNISER } from './voteLines';
import { BARE_RESULT, PROCEEDINGS } from './proceedings';
import { TEMPLATE_ACTION } from './templateActions';
import { DIVISION } from './divisions';
import { givePendingVote } from './pendingVotes';

export const INLINE: readonly InlineRecogniser[] = [
  REGISTER, // the whole line, first: a register of attendance in an item, its heading row and the rows and groups' labels it took
  PRIOR_ACTIONS, // the whole line, first: an earlier action recalled under a review's lead-in, `(item 7) West Midlands Police to provide …` (the response after it: its status; lets that line be read on)
  STATUS_GROUP, // the whole line, before STATUS_ROW: a log grouped under status headings, `In progress` ⏎ `<TAB>CFC26/021<TAB>Legacy …<TAB>Head of Charity`
  STATUS_ROW, // the whole line: `CS25/61<TAB>Replace noticeboard glass<TAB>Clerk<TAB>Complete`, a row of a log without its header under a review of the actions
  TRAILING_STATUS, // the whole line, before the action readers: `1. ACTION: HS to renew … . Yes check.svg Done` reviews an earlier action
  CAPITAL_STATUS, // the whole line, before the action readers: `DONE – Tom: move the reserve account …` under a review's heading
  LISTED_STATUS, // the whole line, before the action readers: `Dog park lighting – in design, bids expected August` in a list led as a review of open requests
  TEMPLATE_ACTION, // the whole line: a wiki's `{{Action|SR|Foundation application|30 June 2023}}`
  ACTION_FORM, // the whole line, before ACTION_KEYWORD: `**ACTION ITEM**:`, `ACTION: MF – task`, a wrapped `ACTION:` line
  LIST_ROW_ACTION, // the whole line: a row of a wiki's `New actions` list without the keyword, `GH – 28-day letters … (by 21 May)`
  OWNER_COLON_BULLET, // the whole line: a bullet of the owners, a colon and the task, `► SK/JW: bring a budget forecast … – July board`
  ABBREVIATED_ACTION, // the whole line: a project's notes' `**AI** (Chiara): open the tracking issue …`
  BRACKETED_OWNER_ACTION, // the whole line: a label, its owners in brackets, the task: `New action item #0412 (Maria Keller): …`, `→ **Follow-up** (@jdoe): …`
  TASK_ACTION, // the whole line: an open Markdown task with its owner, `- [ ] @adaok to read …` (a review's tasks are status-review's)
  PUBLISHED_ACTION, // before ACTION_KEYWORD: an action the page wrapped, an owner alone, an owner column (our markup's lines it leaves)
  OWNER_ACTION, // the whole line: `ACTION: Director of Transport` (the task in brackets after it, or the paragraph above)
  OWNER_DUE_ACTION, // the whole line: `Lead: Director of Highways      By: March 2026`, `Responsible: Bursar; timescale: Q3 2026` (the resolution or paragraph above the task)
  ACTION_KEYWORD, // the whole line: `ACTION: …`
  PROCEEDINGS, // the whole line, in our markup: `MOTION:`, `Moved:`, `Vote:`, `Result:`, `Interest:` …
  BARE_RESULT, // the whole line, under a motion `Moved:` opened: `CARRIED (4-1)` alone, its result
  UNDERTAKING, // "KA to sign …", "Staff were directed to …", "Patel will report … by June 26" (lets the line be read on)
  APPROVAL, // before the decisions, which take their whole line: `The minutes … were AGREED as a true record.`, `RESOLVED: that the minutes … be approved` (it records, never takes the line)
  CLOSED_ACTIONS, // before the decisions, which take their whole line: "RESOLVED to close action 214", "… and agreed to close action 214": that action's status (never takes the line)
  MOTION_RESOLVES, // `**Student Council resolves**` over its numbered paragraphs: one decision, only if the vote line below says the motion passed (the whole line)
  DECISION_HEADING, // `Noted` / `Resolved` over numbered paragraphs: one decision, the paragraphs its parts (before DECISION, which would read the heading alone)
  TRAILING_DECISION, // `… four of which related to resits. RECEIVED`: the paragraph above the verb (before the decisions, which would read the verb alone)
  DIVISION, // the whole line: `For (6): Councillors …` ⏎ `Against (2): …`, a division by name, the vote of the decision above or below
  VOTE_LINE_RECOGNISER, // `Vote: 7 for, 0 against …` under a decision: its vote, as data (lets the line be read on)
  QUOTED_MOTION, // `"That this Branch …` ⏎ `… closes."` ⏎ `Proposed: AB⇥Seconded: PC` ⏎ `CARRIED.`: the quoted words, once the record says carried (lets the line be read on)
  MOTION, // `Motion by X, second by Y, to …` and its vote lines, `Consensus was to …` (lets the line be read on)
  LED_DECISION, // `The Committee:` over bullets `• Approved the Minute …`, `• Noted the report …` (the whole bullet); `The Committee noted the report.` (lets the line be read on)
  BODY_DECISION, // "Governors agreed to appoint …", also with the body at the end of the line above (lets the line be read on)
  DECISION, // the whole line: `DECISION: …`, `RESOLVED …`
  PUBLISHED_DECISION, // the whole line: `The Board NOTED …`, `RESOLUTION:`, `**Decision**:`, lazy consensus
  BODY_AGREED, // `The Board reviewed … and agreed to …` (never the whole line)
  PRESENTER, // before QUESTION and BOLD_ACTION, which a presenter's line is not
  QUESTION, // before ASKER, which names who asked it
  ASKER,
  ARRIVALS,
  ADJOURNMENTS, // "The meeting adjourned at 20:10 and reconvened at 20:25." (lets the line be read on)
  ATTENDANCE, // apologies, absences, substitutes and roll calls written in the item's sentences
  REFERENCES,
  STATUS_PROSE, // "one (minute 2231.4, …) had been deferred to the February meeting": a status of that action
  RECORD_DECISION, // after APPROVAL (above): the approval of the minutes is also the decision "as a correct record"
  PASSIVE_DECISION, // after RECORD_DECISION: `The report was accepted.`, `… Agreed to put on the March agenda.`
  NEXT_MEETING,
  BOLD_ACTION,
];

/** The inline recognisers as `recogniseContent` asks them: each with its gate (none: every line). */
export interface CompiledInline { readonly starts: number; readonly needs: number; readonly anyWords: number; readonly anyStarts: number; readonly run: InlineRecogniser['run'] }
function compileInline(table: readonly InlineRecogniser[]): readonly CompiledInline[] {
  // (no two-way gate: every start, which every line's class is one of)
  return table.map((r) => ({ starts: r.starts ?? S_ANY, needs: r.needs ?? 0, anyWords: r.anyWords ?? 0, anyStarts: r.anyWords === undefined && r.anyStarts === undefined ? S_ANY : r.anyStarts ?? 0, run: r.run }));
}
export const CONTENT_RULES = compileInline(INLINE);

/** Reads the content of a line of the open item from `from` on. */
export function recogniseContent(state: ParseState, seg: Segment, from: number): void {
  const item = state.item;
  const meeting = state.meeting;
  if (!item || !meeting) return;
  const body = from > 0 ? seg.text.slice(from) : seg.text;
  // the line's signature, once: a recogniser whose gate it does not meet would record nothing (keywords.ts)
  // (S_BULLET where the line is its segment's from its start, and that began with a bullet: no row's
  // `starts` but S_ANY holds it, so it lets no other row through; a two-way gate may ask for it)
  const starts = from === 0 && seg.bullet ? startOf(body) | S_BULLET : startOf(body);
  // (and its context: rows whose first test is the item's or the parse's state are gated on it, content/context.ts)
  const words = keywordsOf(body) | holdsOf(body) | contextOf(state, item);
  // every field written here, so that the line keeps one shape while the recognisers fill it
  const line: Line = { state, item, meeting, seg, from, body, presenter: undefined, question: undefined, words };
  const rules = CONTENT_RULES;
  const decided = item.decisions.length;
  for (let k = 0; k < rules.length; k++) {
    const r = rules[k];
    if ((r.starts & starts) !== 0 && (r.needs & words) === r.needs && ((r.anyWords & words) !== 0 || (r.anyStarts & starts) !== 0) && r.run(line)) break;
  }
  // a vote read before its decision (a recorded vote, the mover's and seconder's lines) is the first decision the line made (pendingVotes.ts)
  if (item.decisions.length > decided) givePendingVote(state, item, decided);
}
