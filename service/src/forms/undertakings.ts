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
import { findDueDate, type DueDate } from './dueDates';
import type { FormOptions } from './actions';
import { isActor, splitOwners } from './owners';

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

const VERB = /[ \t\n]+(undertook[ \t\n]+to|agreed[ \t\n]+to|offered[ \t\n]+to|will|(?:was|were|is|are)[ \t\n]+(?:directed|asked|requested|instructed|tasked)[ \t\n]+to|is[ \t\n]+to|are[ \t\n]+to|to)[ \t\n]+([a-z][a-z'-]*)/g;
/** Words after the verb that are no task: a passive, a determiner, a noting. */
const NO_TASK = new Set(['be', 'been', 'being', 'have', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'all', 'any', 'each', 'note', 'receive', 'welcome', 'thank', 'accept', 'approve', 'adopt', 'endorse', 'agree', 'continue', 'which', 'whom', 'not', 'and', 'or', 'date', 'follow']);
/** Where a clause starts, looking back from the verb. */
const CLAUSE_START = /(?:^|[.;:!?][ \t\n]+|\n[ \t]*\n|[(][a-z0-9]{1,4}[)][ \t]+|^[ \t]*[-*•o][ \t]+|\bthat[ \t\n]+|,[ \t\n]+|[ \t][–—-][ \t]+|\n[ \t]*[-*•][ \t]+)/g;
const SENTENCE_START = /(?:^|[.;:!?][ \t\n]+|\n[ \t]*\n|[(][a-z0-9]{1,4}[)][ \t]+|[ \t][–—-][ \t]+|\n[ \t]*[-*•o][ \t]+|^[ \t]*[-*•o][ \t]+)$/;
const LEADING_GLUE = /^(?:(?:and|then|so|which|who|also|whereupon)[ \t\n]+)+/i;

function formOf(verb: string): UndertakingForm {
  const v = verb.toLowerCase();
  if (v.startsWith('undertook') || v.startsWith('offered')) return 'undertook';
  if (v.startsWith('agreed')) return 'agreed';
  if (v === 'will') return 'will';
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

function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?=[ \t]*(?:\n|$)|[ \t]+[A-Z(])|;|\n[ \t]*\n/.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/** Every prose undertaking in a paragraph. */
export function findUndertakings(text: string, options: FormOptions = {}): Undertaking[] {
  if (text.length > 20000) return [];
  const out: Undertaking[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    if (NO_TASK.has(m[2].toLowerCase())) continue;
    const form = formOf(m[1].replace(/[ \t\n]+/g, ' '));
    let s = clauseStart(text, m.index);
    if (s < 0) continue;
    // plain "X to …" only opens a sentence or a list entry ("Cllr Daventry to ask …"), never follows a comma
    if (form === 'to' && !SENTENCE_START.test(text.slice(Math.max(0, s - 4), s)) && s !== 0) continue;
    const glue = LEADING_GLUE.exec(text.slice(s, m.index));
    if (glue) s += glue[0].length;
    const subjectText = text.slice(s, m.index);
    if (!isSubject(subjectText, options)) continue;
    if (out.length > 0 && s < out[out.length - 1].end) continue;
    const verbStart = m.index + m[0].indexOf(m[1]);
    const taskStart = m.index + m[0].length - m[2].length;
    const end = sentenceEnd(text, taskStart);
    out.push({
      start: s, end,
      subject: { start: s, end: m.index },
      owners: splitOwners(text, s, m.index),
      verb: { start: verbStart, end: verbStart + m[1].length },
      task: { start: taskStart, end },
      due: findDueDate(text.slice(0, end), options, taskStart),
      form,
    });
  }
  if (text.indexOf('(') >= 0 || text.indexOf('would') >= 0) {
    for (const r of findReported(text, options)) if (!out.some((u) => r.start < u.end && u.start < r.end)) out.push(r);
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * A resolution's part that directs someone, in the subjunctive (`(b)  the Chief Finance Officer
 * circulate the savings options …`): the owner, then a verb in its base form.
 */
const PART_DIRECTION = /(?:^|\n)[ \t]*\((?:[a-z]|\d{1,2}|[ivx]{1,5})\)[ \t]+(?:that[ \t]+)?((?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|for|and|&)){0,6})[ \t]+([a-z]{3,})(?=[ \t])/g;
/**
 * `The Commissioner said that … and that he would report its outcome to the Panel`: an undertaking
 * reported in the third person, owned by the one who said it.
 */
const SAID_WOULD = /(?:^|[.!?][ \t]+|\n[ \t]*\n)((?:The[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,4})[ \t]+(?:said|confirmed|explained|stated|replied|responded|indicated|advised)[ \t]+that\b[^.;!?]{0,160}?\b(?:he|she|they)[ \t]+(would)[ \t]+([a-z][a-z'-]*)/g;
/** Words after `would` that tell a wish, not a task. */
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

function isSubject(subject: string, options: FormOptions): boolean {
  const t = subject.replace(/\s+/g, ' ').trim();
  if (t.length === 0 || t.length > 80 || /\n[ \t]*\n/.test(subject)) return false;
  if (isActor(t, options.isPerson)) return true;
  const parts = splitOwners(t);
  return parts.length > 1 && parts.every((p) => isActor(t.slice(p.start, p.end), options.isPerson));
}
