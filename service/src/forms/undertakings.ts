/**
 * Actions written in prose: a subject that can own an action (a person, a role, initials, a handle,
 * officers or staff; see owners.ts) and a task still to do:
 * `Clerk to report to County Highways`, `Cllr O'Hare to inspect …`, `the Vice-Chancellor undertook
 * to bring a scenario paper …`, `Staff were directed to bring back a written plan …`,
 * `Patel will report findings to Council by e-mail by June 26`, `Ms Oduwole agreed to share a draft
 * … by the end of February, 2024`.
 * Conservative on purpose: a body as subject ("The Committee agreed to note"), a passive ("will be
 * inspected"), or a task that is no task ("members were asked to note") is not an action.
 * Pure; never throws.
 */
import type { Span } from '../constructs';
import { findDueDate, readDueGroup, type DueDate } from './dueDates';
import type { FormOptions } from './actions';
import { isActor, mayEndActor, splitOwners } from './owners';
import { REQUEST_VERBS } from './requests';
import { endsInMotionLabel } from './motions';
import { ABBREVIATIONS } from './inline';
import { isSpaceOrTab } from '../unitClass';
import { looksLikeName } from '../people';
import { misencodedForm } from '../encoding';

export type UndertakingForm = 'to' | 'will' | 'undertook' | 'agreed' | 'directed';

export interface Undertaking {
  /** From the subject to the end of the sentence. */
  readonly start: number;
  readonly end: number;
  readonly subject: Span;
  readonly owners: Span[];
  /** "undertook to", "will", "were directed to", "to". */
  readonly verb: Span;
  /** The task, from its verb to the end of the sentence. */
  readonly task: Span;
  readonly due?: DueDate;
  readonly form: UndertakingForm;
}

// (from a run of blanks' first only: tried from each blank of a long run, the run was read again from each)
const VERB = /(?<![ \t\n])[ \t\n]+(undertook[ \t\n]+to|agreed[ \t\n]+to|offered[ \t\n]+to|will|would|(?:was|were|is|are)[ \t\n]+(?:directed|asked|requested|instructed|tasked)[ \t\n]+to|is[ \t\n]+to|are[ \t\n]+to|to)[ \t\n]+(?:(?:also|then|further)[ \t\n]+)?([a-z][a-z'-]*)/g;
/** Words after the verb that are no task: a passive, a determiner, a noting. */
const NO_TASK = new Set(['be', 'been', 'being', 'have', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'all', 'any', 'each', 'note', 'receive', 'welcome', 'thank', 'accept', 'approve', 'adopt', 'endorse', 'agree', 'continue', 'which', 'whom', 'not', 'and', 'or', 'date', 'follow']);
/** A sentence's or clause's end: never the full stop of a title or an initial (`Route 7 bus. Dr. Carter will meet …`: the clause is `Dr. Carter will …`). */
const NOT_ABBREVIATED = String.raw`(?<!(?:^|[\s(])(?:[A-Z]|${ABBREVIATIONS}))`;
const FULL_STOP = String.raw`(?:[;:!?]|${NOT_ABBREVIATED}\.)`;
/** The verbs that report what someone said, before the clause they report (`said that …`, `said staff would …`). */
const REPORTING = '(?:said|confirmed|explained|stated|replied|responded|indicated|advised)';

/**
 * Where a clause starts, looking back from the verb; after a reporting verb whose `that` is left out
 * (`General Manager Ashworth said staff would bring …`); also after a paragraph's own number opening a line (`UC/24/21.4 The Chief Financial Officer would …`),
 * and on the line after an owner in the right margin (`… school path.      Action: Clerk` / `Cllr Ray to organise …`: the margin's
 * owner is not the next sentence's subject).
 */
const PARAGRAPH_NUMBER = String.raw`[ \t]*[A-Z]{0,4}\/?\d{1,5}(?:[/.]\d{1,5})+\*?[ \t]+`;
/** A paragraph's own number just before `s` (`7.2   All governors to …`): its sentence opens there. */
const AFTER_PARAGRAPH_NUMBER = new RegExp(String.raw`(?:^|\n)${PARAGRAPH_NUMBER}$`);
const CLAUSE_START = new RegExp(String.raw`(?:(?<=^|\n)${PARAGRAPH_NUMBER}|^|(?<=[ \t]{2}|\t)(?:Action|ACTION)[ \t]*:[^\n]{1,40}\n[ \t]*|${FULL_STOP}[ \t\n]+|\n[ \t]*\n|[(][a-z0-9]{1,4}[)][ \t]+|^[ \t]*[-*•o][ \t]+|\bthat[ \t\n]+|\b${REPORTING}[ \t\n]+(?!that\b)|,[ \t\n]+|[ \t][–—-][ \t]+|\n[ \t]*[-*•][ \t]+)`, 'g');
const SENTENCE_START = /(?:^|[.;:!?][ \t\n]+|\n[ \t]*\n|[(][a-z0-9]{1,4}[)][ \t]+|[ \t][–—-][ \t]+|\n[ \t]*[-*•o][ \t]+|^[ \t]*[-*•o][ \t]+)$/;
/** An owner in the right margin, ending its line (`… school path.      Action: Clerk`). */
const MARGIN_OWNER = /(?:[ \t]{2}|\t)(?:Action|ACTION)[ \t]*:[^\n]{1,40}$/;

/** Whether `s` opens a line under one that ends in an owner in the right margin: the margin closed the sentence before. */
function afterMarginOwner(text: string, s: number): boolean {
  const nl = text.lastIndexOf('\n', s - 1);
  if (nl < 0 || /\S/.test(text.slice(nl + 1, s))) return false;
  return MARGIN_OWNER.test(text.slice(text.lastIndexOf('\n', nl - 1) + 1, nl));
}
/** A body, as a sentence's whole subject (`Council`, `The Board`, `the Trustees`): the meeting's own when its heading names it so. */
const BODY_WORD = /^(?:[Tt]he[ \t\n]+)?(Council|Board|Committee|Panel|Trustees|Governors|Directors)[ \t\n]*$/;
/** What a body does when it tells someone outside the meeting its answer (`communicate its decision to the owner`, `write to the residents`). */
const TELLING = new Set(['communicate', 'notify', 'inform', 'write', 'respond', 'reply', 'advise', 'contact']);
/** `write off`, `write down`, `write up`: the accounts' or the record's words, no one told. */
const NOT_TELLING = /^(?:off|down|up)\b/i;
/** A paragraph that is an answer (`Reply: …`, `Response (Cllr Ward): …`): the executive's words to a question or motion, no task of the meeting. */
const ANSWER = /^[ \t]*(?:reply|response|answer)\b[^:\n]{0,40}:/i;

/**
 * `Council will communicate its decision to the owner in writing.`, `The Board will write to the applicant.`:
 * the meeting's own body (the word its heading names it by), the whole subject and opening its sentence,
 * telling someone its decision is the meeting's task, due or not. Not what the body does next among itself
 * (`Governors will revisit this in the spring`), another body (a school's minutes' `The Council will write …`,
 * the local authority), a rule it keeps (`Under the new protocol, the Board will inform …`), nor an answer's words.
 */
function isOwnBodyTelling(text: string, s: number, verbAt: number, verb: string, taskAt: number, options: FormOptions): boolean {
  if (!TELLING.has(verb) || (verb === 'write' && NOT_TELLING.test(text.slice(taskAt + verb.length).trimStart()))) return false;
  const body = BODY_WORD.exec(text.slice(s, verbAt));
  if (!body || options.namesBody?.(body[1]) !== true || ANSWER.test(text)) return false;
  const before = text.slice(0, s).trimEnd();
  return before === '' || /[.!?]$/.test(before);
}

/** A body that owns an action only with its due day (findUndertakings): `the Commission`, `the European Commission`. */
const BODY_SUBJECT = /\bcommission[ \t\n]*$/i;
const LEADING_GLUE = /^(?:(?:and|then|so|which|who|also|whereupon)[ \t\n]+)+/i;

function formOf(verb: string): UndertakingForm {
  const v = verb.toLowerCase();
  if (v.startsWith('undertook') || v.startsWith('offered')) return 'undertook';
  if (v.startsWith('agreed')) return 'agreed';
  // `the Director of Housing would bring a breakdown …`: a report of what the officer undertook, as `will`
  if (v === 'will' || v === 'would') return 'will';
  if (/directed|asked|requested|instructed|tasked/.test(v)) return 'directed';
  return 'to';
}

/** The start of the clause that ends at `at`. */
function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - 90);
  const window = text.slice(from, at);
  let start = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(window); m; m = CLAUSE_START.exec(window)) {
    if (m.index + m[0].length <= window.length) start = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_START.lastIndex++;
  }
  // a window cut in the middle of a clause cannot give its subject
  return start === 0 && from > 0 ? -1 : from + start;
}

/**
 * A task's end: a sentence's (a title's full stop goes on: `meet Dr. Osei`), a semicolon, a blank
 * line. A sentence ends its line also before a table's closing bar (`… as soon as it was received. |`,
 * a web page captured as a table, each item one row).
 */
const SENTENCE_END = new RegExp(String.raw`(?:[!?]|${NOT_ABBREVIATED}\.)(?=[ \t]*(?:[ \t]\|[ \t]*)?(?:\n|$)|[ \t]+[A-Z(])|;|\n[ \t]*\n`);

function sentenceEnd(text: string, from: number): number {
  const m = SENTENCE_END.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** A passive task: `to be`, then a participle (`to be obtained`, `to be sent`, `to be arranged`). */
const PASSIVE_TASK = /[ \t\n]to[ \t\n]+be[ \t\n]+[a-z]{2,}(?:ed|en|t)(?=[ \t\n])/g;
/** The brackets closing a sentence: the owners, then a dash and the due, or the owners alone (`(Clerk – by 30 September)`). */
const CLOSING_GROUP = /\(([^()]{1,80})\)[ \t]*$/;
const GROUP_DASH = /[ \t\n]+[–—-][ \t\n]+/;

/**
 * `Two further quotes to be obtained for the swing seats (Clerk – by 30 September).`, `A site
 * meeting to be arranged … (Cllr Nowak and Clerk – October meeting).`: a parish's passive task, its
 * owners and its due in the brackets that close the sentence (the page may wrap it). The whole
 * sentence before the brackets is the task; only owners (a role, someone of the lists, initials)
 * make it one: `(see minute 63)` names none.
 */
function findPassiveTasks(text: string, options: FormOptions): Undertaking[] {
  const out: Undertaking[] = [];
  PASSIVE_TASK.lastIndex = 0;
  for (let m = PASSIVE_TASK.exec(text); m; m = PASSIVE_TASK.exec(text)) {
    const s = clauseStart(text, m.index);
    if (s < 0 || (out.length > 0 && s < out[out.length - 1].end)) continue;
    const end = sentenceEnd(text, m.index + 1);
    const group = CLOSING_GROUP.exec(text.slice(m.index, end));
    if (!group) continue;
    const gs = m.index + group.index + 1;
    const ge = gs + group[1].length;
    const dash = GROUP_DASH.exec(group[1]);
    const oe = dash ? gs + dash.index : ge;
    const owners = splitOwners(text, gs, oe);
    if (owners.length === 0 || !owners.every((o) => isActor(text.slice(o.start, o.end).replace(/\s+/g, ' '), options.isPerson))) continue;
    let due: DueDate | undefined;
    if (dash) {
      const ds = oe + dash[0].length;
      const d = readDueGroup(text.slice(ds, ge), options);
      if (!d) continue;
      due = { ...d, start: d.start + ds, end: d.end + ds };
    }
    let te = gs - 1;
    while (te > s && /\s/.test(text[te - 1])) te--;
    const verb = m.index + 1;
    out.push({ start: s, end, subject: { start: gs, end: oe }, owners, verb: { start: verb, end: verb + 2 }, task: { start: s, end: te }, due, form: 'to' });
  }
  return out;
}

/** Every prose undertaking in a paragraph. */
export function findUndertakings(text: string, options: FormOptions = {}): Undertaking[] {
  if (text.length > 20000) return [];
  const out: Undertaking[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    if (NO_TASK.has(m[2].toLowerCase()) || ((m[1] === 'would' || m[1] === 'will') && NO_WOULD.has(m[2]))) continue;
    const after = text.slice(m.index + m[0].length - m[2].length, m.index + m[0].length + 60);
    if (PRESENCE.test(after) || MEETING_PART.test(after)) continue;
    const form = formOf(m[1].replace(/[ \t\n]+/g, ' '));
    if (form === 'will' && COURTESY.test(text.slice(m.index + m[0].length - m[2].length, sentenceEnd(text, m.index + m[0].length)))) continue;
    let s = clauseStart(text, m.index);
    if (s < 0) continue;
    // plain "X to …" only opens a sentence or a list entry ("Cllr Daventry to ask …"), never follows a comma
    if (form === 'to' && !SENTENCE_START.test(text.slice(Math.max(0, s - 4), s)) && s !== 0 && !afterMarginOwner(text, s) && !AFTER_PARAGRAPH_NUMBER.test(text.slice(Math.max(0, s - 20), s))) continue;
    // (nor a motion's seconder after the label: `MOTION: Alvarez / SECOND: Webb to adjourn`)
    if (form === 'to' && endsInMotionLabel(text.slice(Math.max(0, s - 16), s))) continue;
    const glue = LEADING_GLUE.exec(text.slice(s, m.index));
    if (glue) s += glue[0].length;
    let subjectEnd = m.index;
    // `Ms Quist will distribute … by June 30. She will also schedule …`: the pronoun opening the next
    // sentence is the owner of the undertaking that ended just before it
    const before = out.length > 0 && form !== 'to' && opensWithPronoun(text.slice(s, m.index)) ? out[out.length - 1] : undefined;
    if (before && /^[.!?;]?[ \t\n]*$/.test(text.slice(before.end, s))) {
      const verbStart = m.index + m[0].indexOf(m[1]);
      const taskStart = m.index + m[0].length - m[2].length;
      const end = sentenceEnd(text, taskStart);
      out.push({
        start: s, end, subject: { start: s, end: subjectEnd }, owners: before.owners,
        verb: { start: verbStart, end: verbStart + m[1].length }, task: { start: taskStart, end },
        due: findDueDate(text.slice(0, end), options, taskStart), form,
      });
      continue;
    }
    // `The Chief Fire Officer, Gareth Lund, presented the report. He agreed to circulate …`: the pronoun is the one
    // who spoke in the sentence before, named there as its subject
    const spoke = out.length === 0 || out[out.length - 1].end <= s ? pronounSpeaker(text, s, m.index, options) : undefined;
    if (spoke) {
      const verbStart = m.index + m[0].indexOf(m[1]);
      const taskStart = m.index + m[0].length - m[2].length;
      const end = sentenceEnd(text, taskStart);
      out.push({
        start: s, end, subject: { start: s, end: subjectEnd }, owners: [spoke],
        verb: { start: verbStart, end: verbStart + m[1].length }, task: { start: taskStart, end },
        due: findDueDate(text.slice(0, end), options, taskStart), form,
      });
      continue;
    }
    // (`Council will communicate its decision to the owner in writing.`: the body telling someone its answer owns the task as written)
    if (!(form === 'will' && isOwnBodyTelling(text, s, m.index, m[2], m.index + m[0].length - m[2].length, options)) && !isSubject(text.slice(s, m.index), options)) {
      // `Mr Cole said it would be phased … and agreed to bring …`: the sentence's subject owns the second verb too
      // (an offer, `… and offered to attend a session`, is no undertaking a reader lists)
      const shared = form === 'agreed' || (form === 'undertook' && m[1].charCodeAt(0) === 0x75) ? sharedSubject(text, m.index, options) : undefined;
      if (!shared) continue;
      s = shared.start;
      subjectEnd = shared.end;
    }
    if (out.length > 0 && s < out[out.length - 1].end) continue;
    const verbStart = m.index + m[0].indexOf(m[1]);
    const taskStart = m.index + m[0].length - m[2].length;
    const end = sentenceEnd(text, taskStart);
    const named = text.charCodeAt(end - 1) === 0x29 ? namedAfterStaff(text, subjectEnd, taskStart, end, options) : undefined;
    const due = findDueDate(text.slice(0, end), options, taskStart);
    // a body as the subject (`The Commission will share the draft report with members by the end of February`):
    // the meeting's action only with the day it is due; without one, what the body does next is its own business
    // (`The Commission will consider the application at its next meeting`)
    if (!due && BODY_SUBJECT.test(text.slice(s, subjectEnd))) continue;
    out.push({
      start: s, end,
      subject: { start: s, end: subjectEnd },
      owners: named ? [named] : splitOwners(text, s, subjectEnd),
      verb: { start: verbStart, end: verbStart + m[1].length },
      task: { start: taskStart, end },
      due,
      form,
    });
  }
  // (PART_DIRECTION's label opens with `(` or `Direction`, SAID_WOULD's verb is `would`: a text with none is not searched)
  if (text.indexOf('(') >= 0 || text.indexOf('would') >= 0 || text.indexOf('Direction') >= 0) {
    for (const r of findReported(text, options)) if (!out.some((u) => r.start < u.end && u.start < r.end)) out.push(r);
    // (a passive task's owners are in the brackets closing its sentence)
    if (text.indexOf('(') >= 0) for (const r of findPassiveTasks(text, options)) if (!out.some((u) => r.start < u.end && u.start < r.end)) out.push(r);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** Staff or officers as a sentence's subject, its last word: the board's staff, one of whom the sentence may name. */
const STAFF_SUBJECT = /(?:^|[ \t\n])(?:staff|officers)$/i;
/** Someone named in brackets closing the sentence (`… by March 6, 2026 (Ms. Delgado)`). */
const CLOSING_NAME = /\([ \t]*([^()\n]{2,40}?)[ \t]*\)$/;

/**
 * `Staff will post the revised policy … by March 6, 2026 (Ms. Delgado).`: an American board's minutes
 * name the officer who will do what staff undertook in brackets closing the sentence; that officer
 * owns it, when the subject is staff and the brackets name someone (of the lists, or with a title).
 */
function namedAfterStaff(text: string, subjectEnd: number, taskStart: number, end: number, options: FormOptions): Span | undefined {
  if (!STAFF_SUBJECT.test(text.slice(Math.max(0, subjectEnd - 12), subjectEnd).trimEnd())) return undefined;
  const m = CLOSING_NAME.exec(text.slice(taskStart, end));
  if (!m || !isActor(m[1], options.isPerson) || !/^[A-Z]/.test(m[1])) return undefined;
  const at = taskStart + m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length };
}

/** Where a sentence may start: after a full stop (never a title's) and blanks, or a blank line. */
const SENTENCE_BREAK = new RegExp(String.raw`${FULL_STOP}[ \t\n]+|\n[ \t]*\n`, 'g');
/**
 * A sentence's subject and the verb it reports with (`Mr Cole said`, `The Director outlined`), after
 * a lead-in with its comma (`In reply, `): a subject of capitalised words, a past tense after it.
 */
const REPORTING_SUBJECT = new RegExp(String.raw`^(?:[A-Z][^.;:!?,\n]{0,40},[ \t\n]+)?((?:[Tt]he[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|of|for|and|(?:[–—]|${misencodedForm('–')}|${misencodedForm('—')})(?=[ \t]+[A-Z])))*?)[ \t\n]+(?:said|gave|told|took|spoke|made|[a-z]{3,}ed)\b`);
/** A clause that names someone else between the subject's verb and `and agreed` (`…, who explained … and agreed`): not the subject's. */
const OTHER_CLAUSE = /\b(?:who|whom|whose|which|that[ \t\n]+(?:he|she|they)[ \t\n]+would)\b/;

/**
 * The last sentence of `text` before `end`, looked for within `reach` characters: from the last sentence break
 * (SENTENCE_BREAK) to `end`, or from the text's start when it is within reach; undefined when the sentence starts
 * beyond reach. `start` is where it starts in `text`.
 */
function sentenceBefore(text: string, end: number, reach: number): { readonly start: number; readonly sentence: string } | undefined {
  const from = Math.max(0, end - reach);
  const window = text.slice(from, end);
  let start = -1;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(window); m; m = SENTENCE_BREAK.exec(window)) start = m.index + m[0].length;
  if (start < 0) {
    if (from > 0) return undefined;
    start = 0;
  }
  return { start: from + start, sentence: window.slice(start) };
}

/**
 * The subject of the sentence whose second verb phrase leads to `at` (`… and agreed to`, `…,
 * and undertook to`): the sentence's own subject, when it can own an action and no other clause's
 * subject stands between.
 */
function sharedSubject(text: string, at: number, options: FormOptions): Span | undefined {
  // (the `and` may be the glue the clause was stripped of: the text before the verb is asked)
  if (!/[ \t\n,]and[ \t\n]*$/.test(text.slice(Math.max(0, at - 6), at))) return undefined;
  const last = sentenceBefore(text, at, 300);
  if (!last) return undefined;
  const { sentence } = last;
  const m = REPORTING_SUBJECT.exec(sentence);
  if (!m || OTHER_CLAUSE.test(sentence.slice(m[0].length)) || !isSubject(m[1], options)) return undefined;
  const subjectStart = last.start + m[0].indexOf(m[1]);
  return { start: subjectStart, end: subjectStart + m[1].length };
}

/**
 * A resolution's part that directs someone, in the subjunctive (`(b)  the Chief Finance Officer
 * circulate the savings options …`): the owner, then a verb in its base form; so does a North
 * American council's labelled direction (`Direction to staff: That the Treasurer circulate …`).
 * The verb is never a word of the subject's own: `(2) That the Cabinet Member for Housing be asked …`
 * has no verb `for` (and a passive, `be asked`, is no direction read here).
 */
const PART_DIRECTION = /(?:^|\n)[ \t]*(?:\((?:[a-z]|\d{1,2}|[ivx]{1,5})\)|Directions?[ \t]+to[ \t]+(?:staff|the[ \t]+[A-Z][\w-]*)[ \t]*:)[ \t]+(?:[Tt]hat[ \t]+)?((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|&)){0,6})[ \t]+(?!(?:of|for|and)[ \t])([a-z]{3,})(?=[ \t])/g;
/**
 * `The Commissioner said that … and that he would report its outcome to the Panel`: an undertaking
 * reported in the third person, owned by the one who said it.
 */
const SAID_WOULD = new RegExp(String.raw`(?:^|[.!?][ \t]+|\n[ \t]*\n)((?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+${REPORTING}[ \t]+that\b[^.;!?]{0,160}?\b(?:he|she|they)[ \t]+(would)[ \t]+([a-z][a-z'-]*)`, 'g');
/**
 * One's own presence at this meeting, not a task: "Karen Holt would join from item PCCC 24/066", "JB
 * will leave after item 7", "the Director would join the meeting at 11.00" (an NHS board's attendance
 * told in the first item).
 */
const PRESENCE = /^(?:join|arrive|leave|depart)(?:[ \t\n]+the[ \t\n]+(?:meeting|call))?[ \t\n]+(?:from|for|at|after|before|until|during)[ \t\n]+(?:(?:agenda[ \t\n]+)?(?:item|minute)\b|the[ \t\n]+(?:meeting|discussion|break)\b|\d)/i;
/**
 * A part one takes at a meeting, not a task: "OKN will take notes with PLR" (the next meeting's
 * note-taker), "Ana will chair the call".
 */
const MEETING_PART = /^(?:take[ \t\n]+(?:the[ \t\n]+)?(?:notes|minutes)|chair[ \t\n]+the[ \t\n]+(?:meeting|call))\b/i;
/**
 * A courtesy told in passing, its one object the person the sentence named before: "Declan had
 * not sent apologies; the Chair will contact him.", "… had not been in touch; the Chair will write to
 * her." (an aside about attendance, not a task).
 */
const COURTESY = /^[a-z]+(?:[ \t\n]+(?:to|with))?[ \t\n]+(?:him|her|them)[ \t\n]*$/;
/** Words after `would` or `will` that tell a wish or a need, not a task (`Sam will need twelve volunteers for the open day`). */
const NO_WOULD = new Set(['like', 'want', 'prefer', 'expect', 'need', 'hope', 'wish']);

/** Undertakings in the forms a council's minutes add: a resolution's part that directs, a reported `he would`. */
function findReported(text: string, options: FormOptions): Undertaking[] {
  const out: Undertaking[] = [];
  PART_DIRECTION.lastIndex = 0;
  for (let m = PART_DIRECTION.exec(text); m; m = PART_DIRECTION.exec(text)) {
    const verb = m[2];
    // a base form: not `notes`, `agreed`, nor a noting or a passive
    if (NO_TASK.has(verb) || /(?:ed|s)$/.test(verb) || !isSubject(m[1], options)) continue;
    const subjectStart = m.index + m[0].lastIndexOf(m[1], m[0].length - verb.length - 1);
    const taskStart = m.index + m[0].length - verb.length;
    const end = sentenceEnd(text, taskStart);
    out.push({
      start: subjectStart, end, subject: { start: subjectStart, end: subjectStart + m[1].length },
      owners: splitOwners(text, subjectStart, subjectStart + m[1].length),
      verb: { start: taskStart, end: taskStart + verb.length }, task: { start: taskStart, end },
      due: findDueDate(text.slice(0, end), options, taskStart), form: 'directed',
    });
  }
  SAID_WOULD.lastIndex = 0;
  for (let m = SAID_WOULD.exec(text); m; m = SAID_WOULD.exec(text)) {
    if (NO_TASK.has(m[3]) || NO_WOULD.has(m[3]) || !isSubject(m[1], options)) continue;
    const subjectStart = m.index + m[0].indexOf(m[1]);
    const taskStart = m.index + m[0].length - m[3].length;
    const verbStart = taskStart - /[ \t]+$/.exec(m[0].slice(0, m[0].length - m[3].length))![0].length - m[2].length;
    const end = sentenceEnd(text, taskStart);
    out.push({
      start: subjectStart, end, subject: { start: subjectStart, end: subjectStart + m[1].length },
      owners: splitOwners(text, subjectStart, subjectStart + m[1].length),
      verb: { start: verbStart, end: verbStart + m[2].length }, task: { start: taskStart, end },
      due: findDueDate(text.slice(0, end), options, taskStart), form: 'will',
    });
    SAID_WOULD.lastIndex = end;
  }
  return out;
}

/** The first words of VERB's verbs, and SAID_WOULD's `would`: where none stands as a word, neither finds a verb. */
const OPENERS: readonly string[] = ['to', 'will', 'would', 'undertook', 'agreed', 'offered', 'was', 'were', 'is', 'are'];
/** OPENERS by their first letter's code less 0x61 (`a` 0 … `z` 25). */
const OPENERS_BY_LETTER: ReadonlyArray<readonly string[]> = Array.from({ length: 26 }, (_, c) => OPENERS.filter((w) => w.charCodeAt(0) - 0x61 === c));

/**
 * The lengths of OPENERS by their first letter's code less 0x61, one bit a length (`1 << 2` for `to`):
 * most words in small letters start with a letter no opener of their length starts with, told by one
 * test instead of a walk of the letter's openers.
 */
const OPENER_LENGTHS: readonly number[] = OPENERS_BY_LETTER.map((ws) => ws.reduce((m, w) => m | (1 << w.length), 0));

/** The opener the word of `len` characters at `s` is, if it is one (asked of every word of the line: no string made for the others). */
function openerAt(line: string, s: number, len: number): string | undefined {
  const c = line.charCodeAt(s) - 0x61;
  // (an opener has fewer than 31 letters: a longer word is none, and its length has no bit)
  if (c < 0 || c > 25 || len > 30 || (OPENER_LENGTHS[c] & (1 << len)) === 0) return undefined;
  for (const w of OPENERS_BY_LETTER[c]) if (w.length === len && line.startsWith(w, s)) return w;
  return undefined;
}
/** A body's decision before the verb (`RESOLVED to`, `Agreed to`): no subject of an undertaking ends in it (`isSubject`). */
const DECIDING: ReadonlySet<string> = new Set(['resolved', 'agreed', 'decided']);
/** The pronouns SAID_WOULD reads before `would`. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/**
 * A personal pronoun (PRONOUNS) in the singular as a sentence's whole subject, capitalised as it opens
 * the sentence (`She`): `They` after `The Clerk will write to the residents.` is as often the residents.
 */
function opensWithPronoun(subject: string): boolean {
  const t = subject.trim();
  return t.length > 0 && t.length <= 3 && t.charCodeAt(0) >= 0x41 && t.charCodeAt(0) <= 0x5a && t !== 'They' && PRONOUNS.has(t.toLowerCase());
}

/** The verbs of one who spoke to the item: presented, reported, introduced the report, answered questions. */
const SPOKE = /^(.{2,90}?),?[ \t\n]+(?:presented|introduced|reported|explained|outlined|summari[sz]ed|updated|gave|spoke|said|confirmed|advised|informed|responded|replied|answered|highlighted|stated)\b/;

/**
 * The one a sentence's pronoun (`He agreed to …`, `She would …`) stands for: the single person or officer the
 * sentence just before names as its subject, as one who spoke to the item (`The Chief Fire Officer, Gareth Lund,
 * presented the report.`, `Cllr Moss reported that …`): their name where it is given beside the office, else the
 * office. Undefined for any other subject (two people, a body, no sentence before in the paragraph).
 */
function pronounSpeaker(text: string, s: number, at: number, options: FormOptions): Span | undefined {
  if (!opensWithPronoun(text.slice(s, at))) return undefined;
  // the sentence before: its full stop just before the pronoun, its start after the stop before that, or the paragraph's
  let e = s;
  while (e > 0 && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
  if (e === 0 || text.charCodeAt(e - 1) !== 0x2e) return undefined;
  const last = sentenceBefore(text, e - 1, 400);
  if (!last) return undefined;
  const { sentence } = last;
  const m = SPOKE.exec(sentence);
  if (!m || /[ \t\n](?:and|&)[ \t\n]/.test(m[1])) return undefined;
  // `The Chief Fire Officer, Gareth Lund`, `Gareth Lund, Chief Fire Officer`: the name beside the office
  const base = last.start;
  let k = 0;
  let office: Span | undefined;
  for (const part of m[1].split(',')) {
    const ps = k + (part.length - part.trimStart().length);
    const w = part.trim();
    k += part.length + 1;
    if (w.length === 0) continue;
    if (looksLikeName(w) && !isActor(w)) return { start: base + ps, end: base + ps + w.length };
    if (!office && isActor(w, options.isPerson)) office = { start: base + ps, end: base + ps + w.length };
  }
  return office;
}

/**
 * Cheap first test of a passive task (`findPassiveTasks`): its `to be` on the line, or the `to` (or `to be`) the
 * line ends with, or opens with, where the page wrapped the sentence (PASSIVE_TASK reads across the break).
 */
export function mayHoldPassiveTask(line: string): boolean {
  return line.indexOf(' to be ') >= 0 || PASSIVE_HINT.test(line);
}
const PASSIVE_HINT = /(?:^|[ \t])to(?:[ \t]+be)?[ \t]*$|^[ \t]*to[ \t]+be(?:[ \t]|$)/;

/**
 * A first test of one line, before any pattern (parse/content/undertakings.ts asks it of every line
 * of prose that holds a verb's word): whether an undertaking (`findUndertakings`) or a request
 * (requests.ts) found in the paragraph can have its verb on this line. Necessary, never sufficient:
 * - a request's verb (`asked`, … REQUEST_VERBS) before `the` or a capital, or ending the line;
 * - a resolution's part label opening the line (PART_DIRECTION);
 * - one of VERB's first words (OPENERS) with a word that can end an owner just before it (`Clerk
 *   to`, `KA will`, `staff were`; `he would`), or opening the line (its subject on the line above),
 *   and a word in small letters after it, or none (the task on the line below).
 * Everything else (`everyone to the meeting`, `RESOLVED to approve`, `from 8 to 10`) is ruled out.
 * `isPersonEnd` says whether someone of the lists has a name, or initials, ending in a word
 * (`isPerson` of the patterns, asked only where the word itself could not end an owner).
 */
export function mayHoldUndertaking(line: string, isPersonEnd?: (word: string) => boolean): boolean {
  let k = 0;
  while (k < line.length && isSpaceOrTab(line.charCodeAt(k))) k++;
  if (line.charCodeAt(k) === 0x28) return true;
  let ps = -1;
  let pe = -1;
  // the words' ends found by `indexOf` (the engine's own search, some times faster than a loop here)
  let space = line.indexOf(' ', k);
  let tab = line.indexOf('\t', k);
  while (k < line.length) {
    const s = k;
    if (space >= 0 && space < s) space = line.indexOf(' ', s);
    if (tab >= 0 && tab < s) tab = line.indexOf('\t', s);
    const e = space < 0 ? (tab < 0 ? line.length : tab) : tab < 0 ? space : Math.min(space, tab);
    k = e;
    while (k < line.length && isSpaceOrTab(line.charCodeAt(k))) k++;
    const last = k >= line.length;
    const n = last ? 0 : line.charCodeAt(k);
    const len = e - s;
    // a request's verbs all end in `d`, `t`, `s` or `k` (`asked`, `request`, `requests`, `ask`)
    if (len >= 3 && endsRequest(line.charCodeAt(e - 1)) && (last || n === 0x74 || (n >= 0x41 && n <= 0x5a)) && isRequestVerb(line, s, e)) return true;
    if (len >= 2 && len <= 9 && (last || (n >= 0x61 && n <= 0x7a))) {
      const w = openerAt(line, s, len);
      if (w !== undefined && (ps < 0 || mayEndSubject(line.slice(ps, pe), w, isPersonEnd))) return true;
    }
    ps = s;
    pe = e;
  }
  return false;
}

/** Whether a word ending in `c` may end in one of REQUEST_VERBS: `d`, `t`, `s`, `k`. */
function endsRequest(c: number): boolean {
  return c === 0x64 || c === 0x74 || c === 0x73 || c === 0x6b;
}

/** Whether the word [s, e) ends in one of REQUEST_VERBS with no letter, digit or `_` before it (REQUEST's `\b`). */
function isRequestVerb(line: string, s: number, e: number): boolean {
  for (const v of REQUEST_VERBS) {
    const at = e - v.length;
    // (its first letter first: most words ending in `d` or `t` are none of them)
    if (at < s || line.charCodeAt(at) !== v.charCodeAt(0) || !line.startsWith(v, at)) continue;
    if (at === s || !/\w/.test(line[at - 1])) return true;
  }
  return false;
}

/** Whether the word before a verb can end the verb's subject (an owner, or SAID_WOULD's pronoun): `isSubject`'s necessary condition. */
function mayEndSubject(word: string, verb: string, isPersonEnd?: (word: string) => boolean): boolean {
  if (verb === 'would' && PRONOUNS.has(word)) return true;
  if (isDeciding(word)) return false;
  // (a dash is no one's name: `isActor` takes none, and a character beyond ASCII passes mayEndActor)
  if (mayEndActor(word)) return word !== '–' && word !== '—';
  return isPersonEnd?.(word) ?? false;
}

/** Whether `word` is a body's decision (DECIDING), in any case. */
function isDeciding(word: string): boolean {
  return word.length >= 6 && word.length <= 8 && DECIDING.has(word.toLowerCase());
}

function isSubject(subject: string, options: FormOptions): boolean {
  const t = subject.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 80 || /\n[ \t]*\n/.test(subject)) return false;
  // `RESOLVED to …`, `… HOURS RESOLVED to …` under a title in capitals: the body's decision, no one's undertaking
  if (isDeciding(t.slice(t.lastIndexOf(' ') + 1))) return false;
  if (isActor(t, options.isPerson)) return true;
  const parts = splitOwners(t);
  return parts.length > 1 && parts.every((p) => isActor(t.slice(p.start, p.end), options.isPerson));
}
