/**
 * A board's review of the last meeting's actions written in prose: under a lead-in ("Actions from
 * the last meeting", "Matters arising", "Action log review"), each earlier action is recalled by the
 * last meeting's item it was set at and its words (`(item 7) West Midlands Police to provide paper
 * …`, `Item 8b: Clerk to obtain quotes …`, `Minute 46 – …`), and the paragraph after it gives the
 * response, whose words tell the status: "The Chief Constable responded with the following
 * information:" (done), "There may be some delay …, The Chief Constable will come back with further
 * details." (carried forward). The minutes never number the action itself, so its first words are
 * its reference. A paragraph that merely mentions an item ("Members discussed item 7") recalls
 * nothing: the reference must open the paragraph. Offsets are relative to the text given. Pure;
 * never throws.
 */
import type { ActionStatus, Span } from '../constructs';
import { keepsLastAnswers, lastAnswer } from './lastAnswer';
import { BRACKETED_YEAR } from '../numberSchemes';
import { readStatusCell, saidStatus, statusOfWord, type StatusMark } from './statuses';

/** The lead-in of a review of earlier actions, at the start of a paragraph or as an item's title. */
const LEAD = /^(?:(?:review[ \t]+of[ \t]+(?:the[ \t]+)?)?(?:actions?|action[ \t]+points)[ \t]+(?:from|arising[ \t]+from|of)[ \t]+(?:the[ \t]+)?(?:last|previous|preceding)[ \t]+meetings?|(?:matters|business)[ \t]+arising(?:[ \t]+(?:from[ \t]+(?:the[ \t]+)?(?:last|previous)[ \t]+(?:meeting|minutes)|and[ \t]+action[ \t]+log))?|(?:review[ \t]+of[ \t]+(?:the[ \t]+)?)?action[ \t]+log(?:[ \t]+review)?|(?:outstanding|previous)[ \t]+(?:council[ \t]+)?(?:actions|resolutions)|progress[ \t]+(?:report[ \t]+)?on[ \t]+(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+)?(?:actions|resolutions))\b[ \t]*(?:[:–—.-][ \t]*)?/i;

/** A minute or item number of the last meeting as printed: `7`, `8b`, `46`, `112.3`, `47(b)`, `PC24/031`, `QSEC(25)118`. */
const NUM = String.raw`(?:${BRACKETED_YEAR}|(?:[A-Z]{1,4}\/)*)\d{1,4}(?:[./]\d{1,3})*[a-z]?(?:\([a-z0-9]{1,3}\))?`;
/** The reference opening a recalled action: `(item 7)`, `(minute 46)`, `Item 8b:`, `Minute 46 –`, `Min. 12.3:`. */
const REF = new RegExp(String.raw`^(?:\(((?:agenda[ \t]+)?(?:item|minute|min\.?)[ \t]*${NUM})\)[ \t]*[:–—-]?|((?:agenda[ \t]+)?(?:item|minute|min\.?)[ \t]*${NUM})[ \t]*(?::|[–—-](?=[ \t])))[ \t]*`, 'i');

/** A reference with nothing after it but its colon or dash, as a line holding it alone prints it: `Minute 46 –`, `Item 8b`. */
const REF_ALONE = new RegExp(String.raw`^((?:agenda[ \t]+)?(?:item|minute|min\.?)[ \t]*${NUM})[ \t]*(?:[:–—-][ \t]*)?$`, 'i');

/** A task's verb: "… to provide", "… will need to explore", "… should write", "… agreed to circulate". */
const TASK = /\b(?:to|will|would|should|shall|must|needs?|agreed|asked)[ \t]+(?:be[ \t]+)?[a-z]/;

/** How many characters a paragraph may hold to be read (a paragraph is a cell, never a whole page). */
const MAX = 4000;

/** Where a review's lead-in ends at the start of `text` (`Actions from the last meeting`), or undefined. */
export function matchReviewLead(text: string): number | undefined {
  if (text.length > MAX) return undefined;
  const m = LEAD.exec(text);
  return m ? m[0].length : undefined;
}

/**
 * A heading over a review of earlier actions, in the words of the families that review them as a
 * list (`Review of last meeting's actions`, `Review of action items from 2025-12-10`, `Carried
 * forward actions`, `Actions from the previous meeting` (or `Actions outstanding from previous meetings`, a parish's `Action list from previous meeting`), a health board's `Rolling Action Plan`, a board's `Action tracker`, a chat's
 * `Follow-ups from 2026-01-28`, a team's `Carry-over from 2026-02-24`, a wiki's `Actions carried forward` or `Carried-forward actions`, a group's `Action items from 2026-01-27`, `from the 30th meeting` or `from IETF 124`, the meeting
 * by its date or its name and number, a court's `Pending items from prior meetings`, a council's `reviewed the open requests list`,
 * `Outstanding Council requests`, `Status of Council Requests`, an officer's own list, a parish's `Clerk's action list`, `Officers' action log`, a clerk's report on `Progress of actions`):
 * the lead-ins above, or such words anywhere in a short title.
 */
const REVIEW_TITLE = /\b(?:review(?:ed)?|last|previous|earlier|outstanding|(?:carried|brought)[ \t-]+(?:forward|over)|open)\b[^.;]{0,40}\bactions?(?:[ \t]+(?:items?|points?|log))?\b|\b(?:actions?(?:[ \t]+(?:items?|points?|list|sheet|schedule|register))?(?:[ \t]+(?:outstanding|open|pending))?|(?:pending|outstanding|open)[ \t]+items)[ \t]+(?:from|of|arising[ \t]+from)[ \t]+(?:the[ \t]+)?(?:last|previous|preceding|earlier|prior)\b|\bactions?(?:[ \t]+(?:items?|points?))?[ \t]+review\b|^(?:\d{1,3}[.)]?[ \t]+)?actions?(?:[ \t]+(?:items?|points?))?[ \t]+from[ \t]+(?:the[ \t]+)?(?:\d{4}-\d\d-\d\d|\d{1,3}(?:st|nd|rd|th)[ \t]+meeting\b|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2}\b|[A-Z]{2,6}[ \t]?\d{1,4}\b)|\b(?:review(?:ed)?|outstanding|open|pending|previous|earlier)\b[^.;]{0,40}\brequests?(?:[ \t]+(?:list|log))?\b|\bstatus[ \t]+(?:of|on)[ \t]+(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+){0,2}(?:actions|requests)\b|\brolling[ \t]+action[ \t]+(?:plan|list|log|tracker|register)\b|\baction[ \t]+tracker\b|^(?:\d{1,3}[.)]?[ \t]+)?actions?[ \t]+(?:carried|brought)[ \t]+(?:forward|over)\b|^follow[ \t-]?ups?[ \t]+from\b|^carry[ \t-]?overs?[ \t]+from\b|\b[A-Za-z]{3,20}(?:['’]s|s['’])[ \t]+actions?[ \t]+(?:list|log|sheet|tracker|schedule|register)\b/i;

/** Whether an item's title heads a review of earlier actions. */
/** A report on the progress of earlier actions as an item's title (`Clerk's report on progress of actions`, `Update on actions`). */
const PROGRESS_REPORT = /\b(?:progress|update)[ \t]+(?:on|of)[ \t]+(?:the[ \t]+)?(?:[A-Za-z]+[ \t]+){0,2}actions\b/i;

export const isReviewTitle: (title: string) => boolean = lastAnswer((title: string) => title.length <= 200 && (matchReviewLead(title) !== undefined || REVIEW_TITLE.test(title) || PROGRESS_REPORT.test(title)));

/**
 * Whether an item's title is a review's lead-in (`Matters arising`, Canadian boards' and strata
 * councils' `Business arising from previous minutes`, `Actions from previous meetings`), less its number (`Item 4 – Matters arising`): where a board reports on its earlier
 * actions in prose or in a log without its header.
 */
export function titleLeadsReview(title: string): boolean {
  // the same title is asked for each line of its item (status-row, status-prose), and an item's and
  // its last sub-item's titles in turn (status-row): the last two answered once each
  if (title === leadTitles[0]) return leadAnswers[0];
  if (title === leadTitles[1]) return leadAnswers[1];
  const answer = leadsReview(title);
  leadTitles[1] = leadTitles[0]; leadAnswers[1] = leadAnswers[0];
  leadTitles[0] = title; leadAnswers[0] = answer;
  return answer;
}
/** The two titles `titleLeadsReview` was last asked, newest first, and their answers. */
const leadTitles: (string | undefined)[] = [undefined, undefined];
const leadAnswers = [false, false];
keepsLastAnswers(() => { leadTitles[0] = leadTitles[1] = undefined; });

function leadsReview(title: string): boolean {
  const t = title.replace(/^(?:item|minute)[ \t]+\S+[ \t]*[:–—-][ \t]*/i, '');
  // `Minutes of the last meeting and matters arising`: the review under the approval's title
  // (and a clerk's report on them, `CLERK'S REPORT ON PROGRESS OF ACTIONS`: its entries name the minutes and give their statuses)
  return t.length < 200 && (matchReviewLead(t) !== undefined || /\b(?:matters|business)[ \t]+arising\b/i.test(t) || PROGRESS_REPORT.test(t));
}

export interface RecalledAction {
  /** The last meeting's item or minute as printed (`item 7`, `Minute 46`). */
  readonly item: Span;
  /** The action's words: its first sentence (`West Midlands Police to provide paper … requirements`). */
  readonly action: Span;
}

/** An earlier action recalled at `from` in `text` by the item it was set at, or undefined. */
export function matchRecalledAction(text: string, from = 0): RecalledAction | undefined {
  if (text.length > MAX) return undefined;
  const rest = text.slice(from);
  const m = REF.exec(rest);
  if (!m) return undefined;
  const ref = m[1] ?? m[2];
  const rs = from + m[0].indexOf(ref);
  const action = matchRecalledWords(text, from + m[0].length);
  return action && { item: { start: rs, end: rs + ref.length }, action };
}

/** The reference at `from` a line holds alone (`(item 7)`, `Minute 46 –`, `Item 8b:`), its action on the line after: where the reference is, or undefined. */
export function matchRecalledRef(text: string, from = 0): Span | undefined {
  if (text.length > 200) return undefined;
  const rest = text.slice(from);
  const m = REF.exec(rest) ?? REF_ALONE.exec(rest);
  if (!m || m[0].length < rest.length) return undefined;
  const ref = m[1] ?? m[2];
  const rs = from + m[0].indexOf(ref);
  return { start: rs, end: rs + ref.length };
}

/**
 * The words of a recalled action at `from`: its first sentence (`West Midlands Police to provide
 * paper … requirements`), or undefined when they are no task. They start with a word (`(item 7)
 * was discussed` tells no action) and read as a task, someone to do or who will do something:
 * `Minute 7 - Rural Crime Team Staffing` is a title.
 */
export function matchRecalledWords(text: string, from = 0): Span | undefined {
  if (text.length > MAX) return undefined;
  let as = from;
  while (as < text.length && /[ \t]/.test(text[as])) as++;
  const end = /[.!?](?=\s|$)/.exec(text.slice(as));
  let ae = end ? as + end.index : text.length;
  while (ae > as && /\s/.test(text[ae - 1])) ae--;
  const words = text.slice(as, ae);
  if (words.length < 8 || !/^[A-Z"“‘'(]/.test(words) || !TASK.test(words)) return undefined;
  return { start: as, end: ae };
}

/**
 * The words of a response that tell an earlier action's status, longest first. Status words of
 * statuses.ts's vocabulary are read through it; the verbs of a response are read here: an answer
 * given, a paper provided, circulated or received is done; a promise to come back, a delay, a paper
 * still to be provided or awaited is carried forward.
 */
const PHRASES = /\b(?:not[ \t]+(?:yet[ \t]+)?(?:been[ \t]+)?(?:provided|received|circulated|completed?|done|answered)|(?:will|would|to)[ \t]+come[ \t]+back|come[ \t]+back[ \t]+to|(?:still[ \t]+)?to[ \t]+be[ \t]+(?:provided|circulated|confirmed|completed|reported)|carried[ \t]+(?:forward|over)|in[ \t]+progress|delay(?:ed|s)?|outstanding|ongoing|awaited|awaiting|deferred|responded|provided|circulated|completed?|done|received|answered|closed|actioned)\b/gi;

/** Our status for a phrase of a response. */
function statusOfPhrase(phrase: string): ActionStatus {
  const p = phrase.toLowerCase().replace(/[ \t]+/g, ' ');
  if (/^(?:not |will |would |to |come |still |delay|awaite?d?|awaiting)/.test(p)) return 'carried forward';
  if (/^(?:responded|provided|circulated|received|answered)$/.test(p)) return 'done';
  return statusOfWord(p) === 'done' ? 'done' : 'carried forward';
}

/** Where a clause of a response starts and ends: at a stop, a colon or semicolon, or a comma before a capital ("… this area, The Chief Constable will …"). */
function clauseAround(text: string, at: number): Span {
  let s = at;
  while (s > 0 && !/[.;:!?]/.test(text[s - 1]) && !(text[s - 1] === ',' && /^[ \t]+[A-Z]/.test(text.slice(s)))) s--;
  while (s < at && /\s/.test(text[s])) s++;
  const after = /[.;:!?](?=\s|$)|,(?=[ \t]+[A-Z])/.exec(text.slice(at));
  let e = after ? at + after.index : text.length;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

export interface ResponseStatus {
  readonly status: ActionStatus;
  /** The clause that tells it (`The Chief Constable will come back with further details`). */
  readonly written: Span;
}

/**
 * The status a response paragraph tells, or undefined when it tells none. A response that still
 * waits on something ("will come back", "a delay") carries the action forward whatever else it
 * gives; the clause kept is the last that tells the status, where a response says what happens next
 * (the reason, "There may be some delay …", comes before it).
 */
export function readResponseStatus(text: string): ResponseStatus | undefined {
  if (text.length > MAX) return undefined;
  let done: Span | undefined;
  let carried: Span | undefined;
  PHRASES.lastIndex = 0;
  for (let m = PHRASES.exec(text); m; m = PHRASES.exec(text)) {
    const clause = clauseAround(text, m.index);
    if (statusOfPhrase(m[0]) === 'done') done = clause; else carried = clause;
  }
  if (carried) return { status: 'carried forward', written: carried };
  return done ? { status: 'done', written: done } : undefined;
}

/**
 * A scribe's recall of a tracker's action for review: `<Ana_Ferreira> action #79 – Dmitri, QUDT
 * mapping table`, `Marit: action-41, Chen to check licence …`, `action #12:` (the chair or the
 * scribe names it; the replies after it give its status). A new action is `ACTION: …`, never this.
 */
const TRACKER_RECALL = /^(?:<[^<>\s]{1,40}>[ \t]*|[A-Za-z][\w.-]{0,30}:[ \t]+)?(?:topic:[ \t]*)?(action)[ \t]*(#\d{1,6}|-\d{1,6})(?=[ \t]*(?:[,:–—?]|-[ \t]|\.\.\.|…|$)|[ \t]+can[ \t]+be[ \t])/i;

/** The tracker's action a line recalls: its reference as the group names it (`#79`, `action-41`), or undefined. */
export function matchTrackerRecall(text: string): Span | undefined {
  if (text.length > 400) return undefined;
  const m = TRACKER_RECALL.exec(text);
  if (!m) return undefined;
  const end = m[0].length;
  return m[2].startsWith('#') ? { start: end - m[2].length, end } : { start: m[0].toLowerCase().lastIndexOf('action'), end };
}

/**
 * A scribe's recall of a tracker's issue by its number alone, as a list of open actions is gone
 * through (`Mirjam: #57, Renata, sample files with ruby`, `<chair> #12 – Kenji, tile sets`): the
 * number opening the words, then its owner or what it is after a comma, a colon or a dash, or its
 * status after its verb (`Ana: #55 is done, I sent …`, read as the recall's own reply). Asked only
 * under a heading that reviews the actions (a number opening a line elsewhere is any issue).
 */
const ISSUE_RECALL = /^(?:<[^<>\s]{1,40}>[ \t]*|[A-Za-z][\w.-]{0,30}:[ \t]+)?(#\d{1,6})(?:[ \t]*(?:[,:–—]|-[ \t])[ \t]*[A-Za-z@]|([ \t]+)(?=(?:is|was|has[ \t]+been|remains)[ \t]))/;

/** The issue a line recalls by its number alone (`#57`), or undefined. */
export function matchIssueRecall(text: string): Span | undefined {
  if (text.length > 400) return undefined;
  const m = ISSUE_RECALL.exec(text);
  if (!m) return undefined;
  const start = m[0].indexOf(m[1]);
  // `#55 is done`: a status after the verb, not any word (`#12 is blocked` recalls nothing)
  if (m[2] !== undefined && !saidStatus(text, start + m[1].length)) return undefined;
  return { start, end: start + m[1].length };
}

/** Who speaks a scribed line (`<nick>`, `Name:`), or a continuation (`...`, `…`): where the words start. */
const SPEAKER = /^(?:<([^<>\s]{1,40})>[ \t]*|([A-Za-z][\w.-]{0,30}):[ \t]+|(?:\.\.\.|…)[ \t]*)/;
/**
 * A tracker's or a repository's bot closing the item (`<trackbot> Closed action-41.`, `<github-bot>
 * Closed issue #79`, W3C's `<gb> Closed -> action #55`): the bot's word, then what it closed.
 */
const BOT_CLOSED = /^(closed)(?:[ \t]*->)?[ \t]+(?:issue|action|pr|pull[ \t]+request)\b/i;
/** A bot's line by its form, whatever its nick (`<gb> Closed -> action #55`, `Created -> action #61`): a verb, an arrow, what it acted on. */
const BOT_FORM = /^[A-Z][a-z]+[ \t]*->[ \t]*(?:issue|action|pr|pull[ \t]+request)\b/i;
/**
 * The chair's word to close, drop or keep the action under review: `we can close it`, `let's drop
 * this one`, `keep #53 open then` (the status is the word after `keep`), `I'm closing it as no longer
 * needed` (the reason after `as`, when it is a status, is the status as written).
 */
const CLOSE_IT = /\b(clos(?:e|ing)|drop(?:ping)?)[ \t]+(?:it|this|that)(?:[ \t]+one)?\b(?:([ \t]+as[ \t]+)(?=\S))?|\bkeep[ \t]+(?:it|this|that|this[ \t]+one|(?:#|action-)\d{1,6})[ \t]+(open)\b/i;

function closeIt(text: string, at: number): StatusMark | undefined {
  const m = CLOSE_IT.exec(text.slice(at));
  if (!m) return undefined;
  // `closing it as no longer needed`: the reason given is the status as written (the close alone says done)
  if (m[2]) {
    const from = at + m.index + m[0].length;
    const why = readStatusCell(text.slice(from));
    if (why) return { ...why, start: why.start + from, end: why.end + from };
  }
  if (m[3]) {
    const s = at + m.index + m[0].length - m[3].length;
    return { status: 'open', start: s, end: s + m[3].length, word: 'open' };
  }
  const s = at + m.index;
  const drop = m[1].toLowerCase().startsWith('drop');
  return { status: drop ? 'dropped' : 'done', start: s, end: s + m[1].length, word: drop ? 'dropped' : 'closed' };
}

/** A tracker's reference in a reply: another action's status is not this one's. */
const OTHER_REF = /(?:#|action-)(\d{1,6})\b/gi;

/**
 * The status a scribed reply gives the action under review (`ref`, `#79` or `action-41`): its first
 * words (`Dmitri: done, merged in PR #85.`, `Luis: still open, I need one more week`), a status said
 * after its verb (`Ana: Elif joins later, so this one is still open.`, `Ana: #83 is dropped, …`), or
 * a bot closing it. A question (`still open?`) tells none, nor a reply about another action.
 * Offsets in the text.
 */
export function readReplyStatus(text: string, ref: string): StatusMark | undefined {
  if (text.length > 2000) return undefined;
  const sp = SPEAKER.exec(text);
  const at = sp ? sp[0].length : 0;
  const who = sp?.[1] ?? sp?.[2] ?? '';
  // a bot, by its nick or its line's form: only its closing of this very action tells its status
  if (/bot$|^rrsagent$|^zakim$/i.test(who) || (sp?.[1] !== undefined && BOT_FORM.test(text.slice(at)))) {
    const b = BOT_CLOSED.exec(text.slice(at));
    const num = /\d+$/.exec(ref)?.[0];
    return b && num && new RegExp(`(?:#|action-)${num}\\b`, 'i').test(text) ? { status: 'done', start: at, end: at + b[1].length, word: 'closed' } : undefined;
  }
  const first = readStatusCell(text.slice(at));
  const mark = first ? { ...first, start: first.start + at, end: first.end + at } : saidStatus(text, at) ?? closeIt(text, at);
  if (!mark) return undefined;
  const num = /\d+$/.exec(ref)?.[0];
  OTHER_REF.lastIndex = 0;
  for (let m = OTHER_REF.exec(text); m && m.index < mark.start; m = OTHER_REF.exec(text)) if (m[1] !== num) return undefined;
  return mark;
}
