/**
 * An action or a decision written outside any item (before the first item, under a heading the
 * parser does not take for an item, in a summary at the end): still an action, still a decision.
 * Kept as the meeting's own (`Meeting.actions`, `Meeting.decisions`) so that nothing is dropped in
 * silence, and the rule `action-outside-item` tells the clerk where to move it.
 */
import { matchActionKeyword, matchDecisionKeyword } from '../../constructs';
import { findDate } from '../../dates';
import { CAPS_DECISION_VERBS } from '../../forms/decisions';
import { actionKeywordEnd } from '../../forms/actions';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { addAction } from '../content/actions';
import { continued, readPublishedDecision, readRecordDecision } from '../content/publishedDecisions';
import { readPassiveSentence } from '../content/passiveDecisions';

/** Cheap first test: the words an action or decision line can start with, the capitals of a body's verb, or a body's verb and its `to`/`that` (`The team agreed to …`). */
const MAY = new RegExp(String.raw`^(?:[\[*_]|action|resolv|resolution|decision|decided|agreed|ratified|homologated|approved|noted|endorsed|it[ \t]+was)|\b(?:${CAPS_DECISION_VERBS.join('|')}|RESOLVED)\b|resolved[ \t]+by|\b(?:agreed|resolved|decided)[ \t]+(?:to|that)\b|^Th(?:e|ese|is)[ \t].*[ \t](?:was|were)[ \t]|\b(?:minutes|notes)\b.*[ \t](?:was|were)[ \t]`, 'i');

/** A heading that is the next meeting's alone (`Next meeting`, `Date of next meeting`), never one that names it in passing (`Actions before the next meeting`). */
const NEXT_MEETING_TITLE = /^(?:(?:date|time|date[ \t]+and[ \t]+time)[ \t]+of[ \t]+)?(?:the[ \t]+)?next[ \t]+(?:meeting|call|sync)[ \t:]*$/i;

export function looseContent(state: ParseState, i: number): number {
  if (state.item) return DECLINE;
  const seg = state.segs[i];
  const t = seg.text;
  // the date under the minutes' closing heading (`## Next meeting` ⏎ `Thursday 11 April 2024, 19:30, clubhouse and Zoom.`)
  if (state.section !== undefined && state.meeting !== undefined && !state.meeting.nextMeeting && NEXT_MEETING_TITLE.test(state.section.title)) {
    const d = findDate(t, state.order);
    if (d && !d.problem && d.start <= 12) {
      const m = state.meeting;
      m.nextMeeting = state.dateValue(seg, d, 0);
      m.dates.push(m.nextMeeting);
      return 0;
    }
  }
  if (!MAY.test(t)) return DECLINE;
  // a digest's heading over the minutes in full: what it repeats is read where the minutes record it
  if (state.section && state.layout.headings?.get(state.section.headingRange.start.line) === 'digest') return DECLINE;
  // (and a Markdown note's keyword in bold, `**ACTION ITEM**: @ann to send …`, under a heading that is no item: still an action)
  const ak = matchActionKeyword(t) ?? boldActionKeyword(t);
  if (ak) {
    const m = state.ensureMeeting(seg);
    addAction(state, (m.actions ??= []), seg, ak, ak.end, false);
    return 0;
  }
  const dk = matchDecisionKeyword(t);
  if (dk) {
    const m = state.ensureMeeting(seg);
    const read = continued(state, seg, t.slice(dk.end).trim());
    (m.decisions ??= []).push({ text: read.text, range: { start: state.whole(seg).start, end: state.whole(read.last).end }, keyword: state.located(seg, dk.start, dk.end) });
    return 0;
  }
  // `The report was accepted.` under a wiki's heading that is no item: a decision all the same
  // and the last minutes approved (`The minutes of 26 February were approved without changes.`), in a table's cell too
  const d = readPublishedDecision(state, seg, 0, t) ?? readPassiveSentence(state, seg, 0, t) ?? readRecordDecision(state, seg, 0, t);
  if (!d) return DECLINE;
  const m = state.ensureMeeting(seg);
  (m.decisions ??= []).push(d);
  return 0;
}

/** A Markdown note's action keyword (`**ACTION ITEM**:`, `Action point:`; forms/actions.ts reads it) before a task with its owner: its span. */
function boldActionKeyword(t: string): { start: number; end: number } | undefined {
  const end = actionKeywordEnd(t);
  // (a task with its owner: `@ann to send …`, `Lucas will …`; `Action items: none`, `Action points: see the tracker` are none)
  return end > 0 && OWNED_TASK.test(t.slice(end)) ? { start: 0, end } : undefined;
}
const OWNED_TASK = /^(?:@[\w-]+|\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)(?:[ \t]*(?:,|and|&)[ \t]*(?:@[\w-]+|\p{Lu}[\p{L}'’-]*))*[ \t]+(?:to|will)[ \t]+\p{Ll}/u;

export const LOOSE_CONTENT: Recogniser = { name: 'loose-content', phases: ['header', 'body'], where: 'outside-item', run: looseContent };
