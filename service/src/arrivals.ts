/**
 * Comings and goings written in the minutes: "Cllr Waseem Zaffar joined the meeting at 21:23",
 * "The Chief Constable left the meeting during item 7", "Tom McNeil arrived at 10:40". They are
 * the person's attendance facts: someone the text says joined counts as attending, though the
 * clerk has not added them to the lists yet. Recognised per paragraph (an item's `arrivals`).
 */
import type { Meeting } from './model';
import type { Span } from './constructs';
import { parseName, type PersonName } from './people';

export type Coming = 'joined' | 'left';

export interface ArrivalMatch {
  readonly name: Span;
  readonly kind: Coming;
  /** The time and the item written after the verb, if any (see `Arrival`). */
  readonly time?: string;
  readonly item?: { readonly ref: string; readonly after: boolean };
  /** Left for one item (`withdrew for this item`, `left the room`). */
  readonly withdrawal?: boolean;
  /** Came back (`returned`, `rejoined`, `re-joined`). */
  readonly back?: boolean;
  /** From the name to the end of the sentence. */
  readonly end: number;
}

/** The verbs, each before " the meeting" (or "the room", "arrived at" a time, "withdrew for this item"). */
// (`left the Chambers`, `returned to the meeting`; a time after `at`, `rejoined at 7:49 p.m.`, `arrived at 6.14pm`, or straight after
// arriving, joining or leaving, `arrived 7.45pm`; and a bare `withdrew.`, `returned.` or `rejoined.`, as a board records a member
// leaving for an item in which they have an interest: its sentence ends on the verb. Never `returned the meeting to public
// session`, `returned 4.85% over the year`.)
const TIME_AHEAD = String.raw`\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?m\b|hrs\b)|\d{1,2}[.:]\d{2}\b`;
const VERB = new RegExp(String.raw`\b(?:(joined|re-joined|rejoined|returned[ \t]+to|arrived[ \t]+at|arrived|left|departed[ \t]+from|departed|withdrew(?:[ \t]+from)?)[ \t]+(?=the[ \t]+(?:meeting|room|chambers?|council[ \t]+chamber)\b|for[ \t]+(?:this|the|item)\b)|(joined|re-joined|rejoined|returned|arrived|left|departed)[ \t]+(?=at[ \t]+(?:${TIME_AHEAD}))|(arrived|joined|left)[ \t]+(?=${TIME_AHEAD})|(withdrew|returned|rejoined|re-joined)(?=[ \t]*(?:[.;]|$)))`, 'gi');
/** What follows the verb up to the end of the sentence: a time, an item, a withdrawal for one item. */
// (never the figures of a minute's number, `at 24/116`)
// (or straight after the verb that took its `at`, `arrived at 6.14pm`)
const TIME = /(?:\bat[ \t]+|^[ \t]*(?=\d))(\d{1,2}(?:[.:]\d{2})?[ \t]*(?:[ap]\.?m\.?|hrs|hours)?|\d{1,2}[.:]\d{2})(?![\w/])/i;
const AT_ITEM = /\b(during|before|after|at[ \t]+the[ \t]+(?:start|end)[ \t]+of|for|in)[ \t]+(?:the[ \t]+)?(?:consideration[ \t]+of[ \t]+)?(?:agenda[ \t]+)?(?:item|minute)[ \t]+(?:no\.?[ \t]*)?([A-Za-z]*\d[\w/-]*(?:\.\d+)*)/i;
/** A minute's number written bare after the verb's tail (`joined the meeting at S.24.09`, `left after 24/117`): letters before it, or a slash. */
// (a number and its year, `116/24`, or year first, `24/116`: never a financial year, `2024/25`, nor a month's, `1/2025`)
const AT_MINUTE = /\b(at|during|before|after|from|for)[ \t]+((?:[A-Z]{1,4}[.\/]?\d{1,4}[.\/]\d{1,4}(?:[.\/]\d{1,4})?|\d{2,3}\/\d{2}|\d{2}\/\d{3}))(?![\w\/])/;
const FOR_ITEM = /\bfor[ \t]+(?:this|the|that)[ \t]+item\b|\bfor[ \t]+(?:agenda[ \t]+)?item\b|\bthe[ \t]+(?:room|chambers?)\b/i;

/** A word of a name: a capital, then letters, apostrophes, hyphens; or an initial. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;
const LEADING_THE = /^the[ \t]+/i;
/** An initial or a title's short form with its stop (`J.`, `M.R.`, `Ald.`, `Cllr.`, `Prof.`), which a name may hold. */
const SHORT_FORM = /^(?:(?:\p{Lu}\.){1,4}|(?:Ald|Cllr|Cr|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Hon|Sen|Rep|Supt|Insp|Sgt|Det|Supv|Comm|Commr|Gov|St|Jr|Sr)\.)$/u;
/** A pronoun alone, never a name (`He left the Chamber for that item.`). */
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;

/**
 * Cheap first test (every line of every item is asked): the words without which no verb of VERB is
 * followed by what it needs. One scan of the line, not five (`indexOf` of a line of a text with any
 * character beyond Latin-1, a dash or an ellipsis, is slow).
 */
const MAY_ARRIVE = / the (?:meeting|room|chamber)| arrived|withdrew| returned| rejoined| re-joined/i;
/** The name before a bare `withdrew.` or `returned.`: a title or initials first (`Mr Quist`, `Cllr Roe`, `JWh`), never `The report`. */
// (not two words in capitals: `Sport England withdrew.` is a body)
const TITLED_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Cllr|Councillor|Cr|Sir|Dame|Rev|Revd|Alderman|Ald|Trustee|Governor|Director|Commissioner|Supervisor|Council[ \t]+Member)\.?[ \t]|\p{Lu}{2,3}[ \t]*$|\p{Lu}\p{Lu}\p{Ll}[ \t]*$)/u;
/** An office a name after `The` may be (`The Chief Constable`, `The Chair`, `The Town Clerk`). */
const OFFICE_WORD = /\b(?:Chair(?:man|woman|person)?|Clerk|Mayor|Chief|Director|Head|Leader|Deputy|Vice|Treasurer|Secretary|President|Principal|Headteacher|Commissioner|Superintendent|Inspector|Officer|Manager|Executive|Constable|Governor|Member|Councillor|Solicitor|Auditor|Engineer|Planner|Minister|Dean|Provost|Registrar|Chancellor|Warden)\b/;

/** A clause between commas before the verb, in small letters (`, having declared an interest, `). */
const CLAUSE_BEFORE = /,[ \t]*(?:having|who|as|being|after|following)\b[^,.;()]{1,100},[ \t]*$/;

/**
 * The name written just before `at`: up to six capitalised words walked back over (an initial or a title's short form among
 * them, `J.`, `Cllr.`; a word that ends a sentence, `November.`, stops it), back to a comma, a colon or a bracket before them.
 * Its span (`start` = `end` where there is none) and how many words it holds.
 */
function nameEndingAt(text: string, at: number): { start: number; end: number; words: number } {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  let words = 0;
  let k = end;
  while (k > 0 && words < 6) {
    let w = k;
    while (w > 0 && !/[ \t,;:(]/.test(text[w - 1])) w--;
    const word = text.slice(w, k);
    if (!NAME_WORD.test(word)) break;
    // a word with a full stop ends the sentence before the name (`… since November. JS joined`, `… Business Park. He left`);
    // an initial or a title's short form (`J.`, `Ald.`, `Prof.`, `Cllr.`) is the name's
    if (words > 0 && word.endsWith('.') && !SHORT_FORM.test(word)) break;
    start = w;
    words++;
    k = w;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    if (k < w && k > 0 && /[,;:(]/.test(text[k - 1])) break;
    if (k === w) break;
  }
  return { start, end, words };
}

/** Each "X joined/left the meeting" of a paragraph: the name written before the verb (up to six words, with its rank). */
export function matchArrivals(text: string): ArrivalMatch[] {
  if (!MAY_ARRIVE.test(text)) return [];
  const out: ArrivalMatch[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m; m = VERB.exec(text)) {
    // walk back over capitalised words: "Cllr Waseem Zaffar", "The Chief Constable"
    const name = nameEndingAt(text, m.index);
    const words = name.words;
    let start = name.start;
    let end = name.end;
    // `Councillor Keddy left the meeting at 7:41 p.m. … and rejoined at 7:49 p.m.`: the verb after `and` is the same person's
    // (only where no one else is named between, `… and the Clerk read out the letter from Mrs Webb, who … arrived`: the sentence's
    // own subject, and within a sentence's reach: a line of a thousand such verbs stays linear)
    const before = out[out.length - 1];
    const between = words === 0 && before && m.index - before.name.end <= 200 ? text.slice(before.name.end, m.index) : undefined;
    if (between !== undefined && /[ \t]and[ \t]*$/.test(between) && !/[.;][ \t]+\p{Lu}|;|\bwho\b|[ \t(]\p{Lu}\p{Ll}/u.test(between)) {
      start = before.name.start;
      end = before.name.end;
    } else if (words === 0) {
      // `Councillor Vandermeer, having declared an interest, left the Chambers …`: a clause between commas after the name
      const clause = CLAUSE_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index));
      if (!clause) continue;
      const named = nameEndingAt(text, m.index - clause[0].length);
      // (the name opens its sentence: `The representative of Sport England, who …, left` names no one)
      if (named.words === 0 || !/(?:^|[.;:!?][ \t]+|^[ \t]+)$/.test(text.slice(0, named.start))) continue;
      start = named.start;
      end = named.end;
    }
    const lead = LEADING_THE.exec(text.slice(start, end));
    if (lead) start += lead[0].length;
    if (start >= end || PRONOUN.test(text.slice(start, end))) continue;
    // (after `The`, an office: `The Chief Constable left …`, never `The Christmas Tree arrived at 10am`)
    if (lead && !OFFICE_WORD.test(text.slice(start, end))) continue;
    // (the bare verb only after a person's name: `Mr Quist withdrew.`, not `The item was withdrawn` nor `The report returned.`)
    const verb = m[1] ?? m[2] ?? m[3] ?? m[4];
    const bare = m[4] !== undefined;
    if (bare && !TITLED_NAME.test(text.slice(start, end))) continue;
    // the rest of the sentence: "at 7.45pm", "during item 5", "for this item"
    const after = m.index + m[0].length;
    let stop = after;
    // a sentence's tail is short: looked at up to 160 characters, so a line of a thousand arrivals stays linear
    const limit = Math.min(text.length, after + 160);
    // (a full stop between figures is a time's or a number's, `7.45pm`, `S.24.09`; one before a blank or the end closes the sentence)
    while (stop < limit && !/[;\n]/.test(text[stop]) && !(text[stop] === '.' && (!/\d/.test(text[stop + 1] ?? '') && !/\d/.test(text[stop - 1] ?? '') || /^\s?$/.test(text[stop + 1] ?? '')))) stop++;
    const tail = text.slice(after, stop);
    const left = /^(?:left|departed|withdrew)/i.test(verb);
    const t = TIME.exec(tail);
    const it = AT_ITEM.exec(tail) ?? (t ? null : AT_MINUTE.exec(tail));
    const withdrawal = left && (/^withdrew/i.test(verb) || FOR_ITEM.test(tail)) ? true : undefined;
    out.push({
      // (a time's or a number's stop closing the sentence, `at 20:50.`, is kept with it, as the line's end was)
      name: { start, end }, kind: left ? 'left' : 'joined', end: text[stop] === '.' && /\d/.test(text[stop - 1] ?? '') ? stop + 1 : stop,
      ...(t ? { time: t[1].trim() } : {}),
      ...(it ? { item: { ref: it[2].replace(/[.]$/, ''), after: /after|end/i.test(it[1]) } } : {}),
      ...(withdrawal ? { withdrawal } : {}),
      ...(/^(?:returned|rejoined|re-joined)/i.test(verb) ? { back: true } : {}),
    });
  }
  return out;
}

/** The names of those the meeting's text says joined it, by surname (lower case): built once per check of a meeting. */
export function joinedBySurname(meeting: Meeting): Map<string, PersonName[]> {
  const out = new Map<string, PersonName[]>();
  for (const item of meeting.items) {
    for (const a of item.arrivals) {
      if (a.kind !== 'joined') continue;
      const n = parseName(a.name.text);
      if (!n) continue;
      const list = out.get(n.surname.toLowerCase());
      if (!list) out.set(n.surname.toLowerCase(), [n]);
      else if (list.length < 8) list.push(n); // a handful of namesakes at most, so a lookup stays short
    }
  }
  return out;
}

/** Whether `mention` (an owner, a presenter) is someone who joined: same surname, first names agreeing when both are written. */
export function hasJoined(mention: string, joined: ReadonlyMap<string, readonly PersonName[]>): boolean {
  const wanted = parseName(mention);
  if (!wanted) return false;
  return (joined.get(wanted.surname.toLowerCase()) ?? []).some((n) => wanted.words.length === 1 || n.words.length === 1 || n.words[0].toLowerCase() === wanted.words[0].toLowerCase());
}

/**
 * The person an owner's mention names as the minutes wrote their arrival: "Cllr Zaffar" or
 * "Zaffar" owns an action, "Cllr Waseem Zaffar joined the meeting" gives "Cllr Waseem Zaffar".
 * Undefined unless exactly one arrival agrees (same surname, first names agreeing when both are written).
 */
export function joinedAs(mention: string, meeting: Meeting): string | undefined {
  const wanted = parseName(mention);
  if (!wanted) return undefined;
  const found = new Set<string>();
  for (const item of meeting.items) {
    for (const a of item.arrivals) {
      if (a.kind !== 'joined') continue;
      const n = parseName(a.name.text);
      if (!n || n.surname.toLowerCase() !== wanted.surname.toLowerCase()) continue;
      if (wanted.words.length === 1 || n.words.length === 1 || n.words[0].toLowerCase() === wanted.words[0].toLowerCase()) found.add(a.name.text.trim());
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
