/**
 * A request to a named officer, as North American councils minute it: "Mayor Lindqvist asked the
 * City Engineer to follow up with Ms. Marsh directly", "Council directed the City Attorney to draft
 * an ordinance", "the Chair requested the Clerk to write …". The one asked is the owner of the
 * task; only someone who can own an action is (a role, a titled person, someone of the lists):
 * "asked the Council to look at …" asks a body, not an officer. A resolution's part asks in the base
 * form: "2. request the General Manager to prepare a report …". Shaped as an undertaking
 * (undertakings.ts) so that a recogniser reads both alike. The body may ask in the subjunctive too
 * (BODY_REQUEST). Pure; never throws.
 */
import { findDueDate } from './dueDates';
import type { FormOptions } from './actions';
import type { Undertaking } from './undertakings';
import { isActor, splitOwners } from './owners';
import { DECIDING_BODY } from './decisions';

/** The verbs of a request, the words that open it (REQUEST). */
// (and the base forms a resolution's part writes: `That Council: … 2. request the General Manager to prepare …`)
export const REQUEST_VERBS: readonly string[] = ['asked', 'requested', 'directed', 'instructed', 'tasked', 'invited', 'requests', 'request', 'directs', 'direct', 'instructs', 'instruct', 'asks', 'ask'];
// (the one asked is an office or a person, in capitals, or the body's `staff` or a company's `management`: a motion's
// `… and direct staff to return with …`, a board's `requested the management to place a revised plan …`)
const REQUEST = new RegExp(String.raw`\b(${REQUEST_VERBS.join('|')})[ \t\n]+((?:the[ \t\n]+)?(?:[A-Z][\w'’.-]*(?:[ \t\n]+(?:of[ \t\n]+|and[ \t\n]+)?[A-Z][\w'’-]*){0,5}|staff|management))[ \t\n]+(to)[ \t\n]+([a-z][a-z'-]*)`, 'g');
/** Words after `to` that are no task. */
const NO_TASK = new Set(['be', 'note', 'receive', 'consider', 'comment', 'speak', 'attend', 'join', 'leave', 'introduce', 'explain']);

/**
 * The body's own request in the subjunctive: "The Committee requested that the Head of Revenues
 * attend the April meeting to explain …", "the Panel asked that the Clerk write to …". Only the body
 * (DECIDING_BODY) asks so: one member's "Councillor Tolley asked that the contract manager attend"
 * is that member's wish, not the body's request. The officer, then a verb in its base form.
 */
const BODY_REQUEST = new RegExp(String.raw`\b[Tt]he[ \t\n]+${DECIDING_BODY}[ \t\n]+(requested|asked|directed)[ \t\n]+that[ \t\n]+((?:the[ \t\n]+)?[A-Z][\w'’.-]*(?:[ \t\n]+(?:of[ \t\n]+|and[ \t\n]+|for[ \t\n]+)?[A-Z][\w'’-]*){0,5})[ \t\n]+(?:should[ \t\n]+)?([a-z]{3,})(?=[ \t\n])`, 'g');

/**
 * A resolution's part that directs an officer in the subjunctive, the request left to the resolution's
 * `THAT` (`RESOLVED … THAT:` ⏎ `2.⇥the General Manager write to the Member for Tumbarra …`, `(b) the Chief
 * Executive arrange a site meeting with the residents`): the part's label, the office (capitalised words
 * after `the`) and a verb a task opens with, in its base form. The caller asks whether the office is someone's.
 */
const DIRECTED_PART = /^[ \t]*(?:\(?(?:\d{1,2}|[a-z])[.)])[ \t]+(?:that[ \t]+)?the[ \t]+([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,4})[ \t]+(write|prepare|arrange|report|provide|investigate|seek|liaise|negotiate|advise|notify|circulate|bring|contact|inform|review|consult|organise|organize|draft|obtain|publish|undertake|convene|commission|develop|implement|submit|forward|send|engage|lodge|respond|reply|invite|meet)(?=[ \t])/;

/** A resolution's part directing an officer (DIRECTED_PART): the office and where the task starts, its verb first. */
export function matchDirectedPart(line: string): { readonly office: { readonly start: number; readonly end: number }; readonly task: number } | undefined {
  if (line.length > 1000 || line.indexOf('the ') < 0) return undefined;
  const m = DIRECTED_PART.exec(line);
  if (!m) return undefined;
  const task = m[0].length - m[2].length;
  // (the office ends at the blanks before the verb)
  let end = task;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return { office: { start: end - m[1].length, end }, task };
}

function sentenceEnd(text: string, from: number): number {
  let at = from;
  for (;;) {
    // (and before a table's closing bar, undertakings.ts SENTENCE_END)
    const m = /[.!?](?=[ \t\n]+[A-Z(]|[ \t\n]*$|[ \t]+\|[ \t]*(?:\n|$))|;/.exec(text.slice(at));
    if (!m) return text.length;
    const e = at + m.index;
    if (text[e] === '.' && /\b(?:Ms|Mr|Mrs|Dr|St|No)$/.test(text.slice(Math.max(from, e - 3), e))) { at = e + 1; continue; }
    return e;
  }
}

/** Every request to a named officer in a paragraph. */
export function findRequests(text: string, options: FormOptions = {}): Undertaking[] {
  if (text.length > 20000) return [];
  const out: Undertaking[] = [];
  REQUEST.lastIndex = 0;
  for (let m = REQUEST.exec(text); m; m = REQUEST.exec(text)) {
    if (NO_TASK.has(m[4])) continue;
    // the owner is the office, without the article before it ("the City Engineer" → "City Engineer")
    const article = /^the[ \t\n]+/.exec(m[2])?.[0].length ?? 0;
    const os = m.index + m[0].indexOf(m[2], m[1].length) + article;
    const owner = m[2].replace(/\s+/g, ' ');
    if (!isActor(owner, options.isPerson)) continue;
    const vs = m.index;
    const ts = m.index + m[0].length - m[4].length;
    const end = sentenceEnd(text, ts);
    out.push({
      start: vs, end, subject: { start: os, end: os + m[2].length - article }, owners: splitOwners(text, os, os + m[2].length - article),
      verb: { start: vs, end: vs + m[1].length }, task: { start: ts, end }, due: findDueDate(text.slice(0, end), options, ts), form: 'directed',
    });
  }
  if (text.indexOf(' that') < 0) return out;
  BODY_REQUEST.lastIndex = 0;
  for (let m = BODY_REQUEST.exec(text); m; m = BODY_REQUEST.exec(text)) {
    // a base form: not a passive or a finite verb (`be invited`, `was`, `notes`, `agreed`)
    if (m[3] === 'be' || /(?:ed|s)$/.test(m[3])) continue;
    // (no body's word holds the verb's: the first `requested`, `asked` or `directed` after a blank is it)
    const vs = m.index + m[0].search(/[ \t\n](?:requested|asked|directed)[ \t\n]/) + 1;
    const article = /^the[ \t\n]+/.exec(m[2])?.[0].length ?? 0;
    const os = m.index + m[0].indexOf(m[2], vs - m.index + m[1].length) + article;
    const owner = m[2].slice(article).replace(/\s+/g, ' ');
    if (!isActor(owner, options.isPerson)) continue;
    const ts = m.index + m[0].length - m[3].length;
    const end = sentenceEnd(text, ts);
    out.push({
      start: vs, end, subject: { start: os, end: os + m[2].length - article }, owners: splitOwners(text, os, os + m[2].length - article),
      verb: { start: vs, end: vs + m[1].length }, task: { start: ts, end }, due: findDueDate(text.slice(0, end), options, ts), form: 'directed',
    });
  }
  return out;
}
