/**
 * Adjournments (issue 20, point 1: the meeting's start, adjournments and close): the sentences
 * clerks write when a meeting stops for a while and resumes, read onto the item they are written
 * in. "The meeting adjourned at 20:10 and reconvened at 20:25.", "The meeting was adjourned at
 * 20:10 for a short break." … "The meeting reconvened at 20:25 with the same members present."
 * (or with a roll call), "The Chair adjourned the meeting at 20:10.". The subject must be the
 * meeting (or the council, committee, board): "The committee adjourned consideration of the
 * application" defers an item, and is no adjournment of the meeting.
 *
 * The room is not changed by an adjournment: after the reconvening, the members present at the
 * adjournment are in the room unless the minutes say otherwise (a departure written during the
 * adjournment, or "Cllr Fisher did not return after the adjournment", read here as a departure).
 * A roll call written after the reconvening (`Present: Cllr Ortega, Cllr Ahmed and Cllr Chen.`
 * or `Roll call: …`, a line of its own in the item) names who was there when it resumed: the room
 * is those named from that line on (room.ts).
 * An adjournment that nothing follows (no item, no close) is how some boards write the close
 * ("The meeting adjourned at 9:05 p.m."): the checks take it as the close.
 */
import type { Range } from '../types';
import type { Span } from '../constructs';
import type { Mention } from '../model';
import { splitNames } from '../people';

export interface Adjournment {
  /** The sentence, as written. */
  readonly range: Range;
  /** The meeting stopped (`adjourned at 20:10`), with the time as written if any. */
  readonly adjourned?: { readonly time?: string };
  /** The meeting resumed (`reconvened at 20:25`), with who was there when it did. */
  readonly reconvened?: { readonly time?: string; readonly roll?: 'same' | 'called' };
  /** The roll call written after the reconvening (`Present: Cllr Ortega, Cllr Ahmed.`): who was in the room when it resumed, and its line. */
  rollCall?: { readonly names: readonly Mention[]; readonly line: number };
}

export interface AdjournmentMatch {
  readonly span: Span;
  readonly adjourned?: { readonly time?: string };
  readonly reconvened?: { readonly time?: string; readonly roll?: 'same' | 'called' };
}

/** Cheap first test (every line of every item is asked): the verbs' letters, in either case. */
const MAY_ADJOURN = /djourn|econven|esumed|DJOURN|ECONVEN|ESUMED/;
const BODY = String.raw`(?:the[ \t]+)?(?:meeting|council|committee|sub-committee|board|panel|cabinet)`;
/** What may follow the verb when the meeting itself stopped or resumed (not "adjourned consideration of …"). */
const AFTER = String.raw`(?=[ \t]*(?:$|[.,;:(–-]|at\b|for[ \t]+(?:a|an|the|\d+|ten|five|fifteen|twenty|thirty|lunch|tea|refreshments)\b|briefly\b|until\b|with\b|in[ \t]+(?:open|public|closed|private)\b|and\b))`;
const SUBJECT_VERB = new RegExp(String.raw`\b(?:${BODY}[ \t]+(?:was[ \t]+|then[ \t]+)?(adjourned|reconvened|resumed)|(?:the[ \t]+)?(?:chair(?:man|person)?|mayor)[ \t]+(adjourned)[ \t]+the[ \t]+meeting)${AFTER}`, 'gi');
const TIME = /\bat[ \t]+(\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?|hrs|hours)?)(?![\w:])/i;
const RECONVENED = /\b(?:and|then)?[ \t]*(?:was[ \t]+)?(?:reconvened|resumed)\b/i;
const SAME = /\b(?:same|all(?:[ \t]+\w+){0,2})[ \t]+(?:members|councillors|governors|directors|trustees)[ \t]+(?:\w+[ \t]+){0,2}present\b|\bwith[ \t]+no[ \t]+change[ \t]+(?:to|in)[ \t]+(?:the[ \t]+)?(?:attendance|membership)\b/i;
const ROLL = /\broll[ \t-]*call\b/i;

/** The end of the sentence that starts at `from`: a full stop before a space and a capital, or the line's end (a time's `8.15` or `p.m.` is no end). */
function sentenceEnd(text: string, from: number): number {
  const re = /[.!?](?=[ \t]+[A-Z(])/g;
  re.lastIndex = from;
  // "at 8.15 p.m. The…": the stop of p.m. ends the sentence too; the stop of 8.15 does not
  const m = re.exec(text);
  if (m) return m.index + 1;
  let end = text.length;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Each adjournment or reconvening of a line: the sentence, what it says, the times as written. */
export function matchAdjournments(text: string): AdjournmentMatch[] {
  if (!MAY_ADJOURN.test(text)) return [];
  const out: AdjournmentMatch[] = [];
  SUBJECT_VERB.lastIndex = 0;
  for (let m = SUBJECT_VERB.exec(text); m; m = SUBJECT_VERB.exec(text)) {
    const verb = (m[1] ?? m[2]).toLowerCase();
    const start = m.index;
    const end = sentenceEnd(text, m.index + m[0].length);
    const rest = text.slice(m.index + m[0].length, end);
    if (verb === 'adjourned') {
      const again = RECONVENED.exec(rest);
      const before = again ? rest.slice(0, again.index) : rest;
      const after = again ? rest.slice(again.index + again[0].length) : '';
      const t = TIME.exec(before)?.[1]?.trim();
      out.push({
        span: { start, end }, adjourned: t ? { time: t } : {},
        ...(again ? { reconvened: reconvening(after, text.slice(end)) } : {}),
      });
    } else {
      out.push({ span: { start, end }, reconvened: reconvening(rest, text.slice(end)) });
    }
    SUBJECT_VERB.lastIndex = Math.max(end, SUBJECT_VERB.lastIndex);
  }
  return out;
}

function reconvening(rest: string, following: string): { time?: string; roll?: 'same' | 'called' } {
  const t = TIME.exec(rest)?.[1]?.trim();
  // "… reconvened at 20:25. A roll call was taken." names the roll call in the sentence after
  const roll = SAME.test(rest) ? 'same' : ROLL.test(rest) || ROLL.test(following.slice(0, 80)) ? 'called' : undefined;
  return { ...(t ? { time: t } : {}), ...(roll ? { roll } : {}) };
}

/** A roll call's line: `Present:` (the roll call's form, markup.md) or `Roll call:`, then the names. */
const ROLL_CALL_LINE = /^([ \t]*(?:present|roll[ \t-]*call)[ \t]*:[ \t]*)(\S.*?)[ \t.]*$/i;

/** The names of a roll call's line, as spans of the line: none when the line is not one. */
export function matchRollCall(text: string): Span[] {
  const m = ROLL_CALL_LINE.exec(text);
  if (!m) return [];
  const at = m[1].length;
  return splitNames(m[2]).map((s) => ({ start: at + s.start, end: at + s.end }));
}

/** "Cllr Fisher did not return after the adjournment": a departure at the adjournment, the name's span. */
const NOT_RETURN = /((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,5}\p{Lu}[\p{L}'’-]*)[ \t]+did[ \t]+not[ \t]+(?:return|come[ \t]+back)\b[^.]*?\b(?:adjournment|break|recess|reconven\w*)\b/u;
export function matchNotReturned(text: string): Span | undefined {
  if (!text.includes('did not')) return undefined; // (every line is asked: a search, cheaper than a pattern's)
  const m = NOT_RETURN.exec(text);
  if (!m) return undefined;
  const name = m[1].replace(/^(?:The|the)[ \t]+(?=\p{Lu})/u, '');
  const start = m.index + (m[1].length - name.length);
  return { start, end: start + name.length };
}

/** What an item's adjournments say, in a clerk's words (the hover, the published minutes). */
export function adjournmentSentence(a: Adjournment): string {
  const parts: string[] = [];
  if (a.adjourned) parts.push(`adjourned${a.adjourned.time ? ` at ${a.adjourned.time}` : ''}`);
  if (a.reconvened) {
    const who = a.reconvened.roll === 'same' ? ' with the same members present' : a.reconvened.roll === 'called' ? ' (roll call taken)' : '';
    parts.push(`reconvened${a.reconvened.time ? ` at ${a.reconvened.time}` : ''}${who}`);
  }
  return `The meeting ${parts.join(' and ')}.`;
}
