/**
 * Recognisers for the constructs found inside an item, each working on one segment's clean text
 * and returning clean-text spans. The parser turns spans into document ranges.
 * Every pattern is linear: alternations of literals, bounded classes, no nested quantifiers.
 */
import { splitNames } from './people';
import { moreWordsThan } from './unitClass';
import { statusOfWord } from './forms/statuses';

export interface Span { start: number; end: number }

// ---- presenters ---------------------------------------------------------------------------

const CANON_PRESENTER = /^presented by[ \t]*:[ \t]*/i;
const SENTENCE_PRESENTER = /\b(?:this|the|it)(?:[ \t]+(?:paper|report|item|presentation|petition|update|briefing|paper and presentation))?[ \t]+(?:was|were|is|will[ \t]+be)[ \t]+(?:presented|introduced|provided|delivered|given)[ \t]+by[ \t]*:?[ \t]*/i;
const TO_BE_PRESENTER = /\bto be (?:presented|introduced|provided|delivered|given) by[ \t]*:?[ \t]*/i;
const BARE_PRESENTER = /(?:^|[ \t])Presented by[ \t]*:?[ \t]*/;
/** Where the list of names ends: "and the following points…", a full stop, "on behalf of", a colon. */
// (from a run of blanks' first only: a match inside the run is one from its first, which the search meets before)
const NAMES_END = /(?<![ \t])(?:[ \t]*\t|[ \t]+and[ \t]+the[ \t]+following\b|[ \t]*[.;:](?:[ \t]|$)|[ \t]+on[ \t]+behalf[ \t]+of\b|[ \t]+who[ \t]|[ \t]*\(|[ \t]+and[ \t]+(?:the[ \t]+)?(?:points|discussion)\b)/i;

export interface PresenterMatch {
  canonical: boolean;
  lead: Span;
  names: Span[];
  tail?: Span;
  /** For a bare "Presented by" found after a title on the same line. */
  start: number;
}

const PRESENTER_VERBS = ['presented', 'introduced', 'provided', 'delivered', 'given'];

/** Whether a presenter verb stands before a blank and "by" somewhere in the text. */
function hasPresenterVerb(text: string): boolean {
  for (let at = text.indexOf('by'); at >= 0; at = text.indexOf('by', at + 2)) {
    let k = at;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    // (every verb ends in `d` or `n`, in either case: another word before the blanks is declined without a copy)
    const last = text.charCodeAt(k - 1) | 32;
    if (k === at || (last !== 100 && last !== 110)) continue;
    for (let v = 0; v < PRESENTER_VERBS.length; v++) if (endsWithWord(text, k, PRESENTER_VERBS[v])) return true;
  }
  return false;
}

/**
 * Whether `text` up to `end` ends with `word` (small letters a-z) in any case: as its lower-cased copy's
 * `endsWith(word)`, without the copy (a unit `| 32` is one of the word's letters only where it is that
 * letter in either case; no other unit lower-cases to one of them but a Kelvin sign, which no verb has).
 */
function endsWithWord(text: string, end: number, word: string): boolean {
  const s = end - word.length;
  if (s < 0) return false;
  for (let j = 0; j < word.length; j++) if ((text.charCodeAt(s + j) | 32) !== word.charCodeAt(j)) return false;
  return true;
}


/** `supported by` between presenters' names, with its comma and blanks: a comma in the list's place. */
const SUPPORTED_BY = /(?:(?<![ \t])[ \t]*)?(?:,[ \t]*)?supported[ \t]+by[ \t]+/gi;
export function matchPresenter(text: string): PresenterMatch | undefined {
  // every form has one of the verbs, blanks and "by": most paragraphs are ruled out without a regular expression
  if (!hasPresenterVerb(text)) return undefined;
  let m = CANON_PRESENTER.exec(text);
  let canonical = false;
  if (m && /^Presented by:/.test(text)) canonical = true;
  if (!m) m = SENTENCE_PRESENTER.exec(text) ?? TO_BE_PRESENTER.exec(text) ?? BARE_PRESENTER.exec(text);
  if (!m) return undefined;
  const leadStart = m.index + (m[0].length - m[0].trimStart().length);
  const namesStart = m.index + m[0].length;
  const rest = text.slice(namesStart);
  const endM = canonical ? null : NAMES_END.exec(rest);
  const namesEnd = namesStart + (endM ? endM.index : rest.length);
  // (from a run of blanks' first, the comma's blanks after it alone: two runs of blanks side by side, tried from each blank
  // of a long run, cost its length cubed)
  const region = text.slice(namesStart, namesEnd).replace(SUPPORTED_BY, (s) => ','.padEnd(s.length, ' '));
  // (a loop that pushes, not `map`: the arrays keep one kind whether the engine runs this optimised or not,
  // so that the readers of a presenter's names are not compiled again for the other kind)
  const names: Span[] = [];
  const parts = splitNames(region);
  for (let k = 0; k < parts.length; k++) names.push({ start: namesStart + parts[k].start, end: namesStart + parts[k].end });
  if (names.length === 0) return undefined;
  let tail: Span | undefined;
  if (endM) {
    const t = namesEnd + (text.slice(namesEnd).length - text.slice(namesEnd).trimStart().length);
    const tailText = text.slice(t).replace(/^[.;][ \t]*/, '');
    if (tailText.trim().length > 0) tail = { start: text.length - tailText.length, end: text.length };
  }
  return { canonical, lead: { start: leadStart, end: namesStart }, names, tail, start: leadStart };
}

// ---- askers ---------------------------------------------------------------------------------

const ASKED_BY = /\(asked by[ \t]+([^()]{1,120})\)/i;

export function matchAsker(text: string): Span | undefined {
  if (text.indexOf('(') < 0) return undefined;
  const m = ASKED_BY.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  // "the Commissioner on behalf of Tom McNeil": the asker is the first person
  const behalf = /[ \t]+on[ \t]+behalf[ \t]+of\b/i.exec(m[1]);
  return { start, end: start + (behalf ? behalf.index : m[1].trimEnd().length) };
}

// ---- actions ----------------------------------------------------------------------------------

const ACTION_KEYWORD = /^action[ \t]*(?::|[–—-](?=[ \t]))[ \t]*/i;
const OWNER_FIELD = /(?<=^|[.;,\s])owners?[ \t]*:[ \t]*/gi;
const DUE_FIELD = /(?<=^|[.;,\s])(?:due(?:[ \t]+date)?|by)[ \t]*:[ \t]*/gi;

export interface ActionFields {
  /** The action's own text, without owner and due fields. */
  text: Span;
  owners?: Span;
  due?: Span;
  /** Where new fields would be appended: the end of the text, before trailing blanks. */
  end: number;
}

export function matchActionKeyword(text: string): Span | undefined {
  const m = ACTION_KEYWORD.exec(text);
  return m ? { start: 0, end: m[0].length } : undefined;
}

function lastMatch(re: RegExp, text: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    found = m;
    if (m[0].length === 0) re.lastIndex++;
  }
  return found;
}

/** Splits `text. Owner: A, B. Due: 25/10/2022.` into its parts (spans relative to `from`). */
export function splitActionFields(text: string, from: number): ActionFields {
  const body = text.slice(from);
  const owner = lastMatch(OWNER_FIELD, body);
  const due = lastMatch(DUE_FIELD, body);
  const fieldEnd = (start: number, other?: RegExpExecArray): number => {
    let end = body.length;
    if (other && other.index > start) end = other.index;
    let e = end;
    while (e > start && /[\s.;,]/.test(body[e - 1])) e--;
    return e;
  };
  let textEnd = body.length;
  if (owner) textEnd = Math.min(textEnd, owner.index);
  if (due) textEnd = Math.min(textEnd, due.index);
  let te = textEnd;
  while (te > 0 && /\s/.test(body[te - 1])) te--;
  const res: ActionFields = { text: { start: from, end: from + te }, end: from + te };
  if (owner) {
    const s = owner.index + owner[0].length;
    const e = fieldEnd(s, due);
    if (e > s) res.owners = { start: from + s, end: from + e };
  }
  if (due) {
    const s = due.index + due[0].length;
    const e = fieldEnd(s, owner);
    if (e > s) res.due = { start: from + s, end: from + e };
  }
  let end = body.length;
  while (end > 0 && /\s/.test(body[end - 1])) end--;
  res.end = from + end;
  return res;
}

const LEADING_SUBJECT = /^(?:the[ \t]+)?([A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|and|of|&)){0,5})[ \t]+(?:to|TO|will|is[ \t]+to|are[ \t]+to|must|should|agreed[ \t]+to)[ \t]/;

/** The subject of "WMP will pick up …", "Finance to circulate …", "FD TO obtain …": a candidate owner. */
export function leadingSubject(text: string): Span | undefined {
  const m = LEADING_SUBJECT.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

// ---- decisions --------------------------------------------------------------------------------

const DECISION_KEYWORD = /^(?:decision|decided|agreed|resolved)[ \t]*(?::|[–—-](?=[ \t]))[ \t]*/i;

export function matchDecisionKeyword(text: string): Span | undefined {
  const m = DECISION_KEYWORD.exec(text);
  return m ? { start: 0, end: m[0].length } : undefined;
}

// ---- references -------------------------------------------------------------------------------

const REFERENCE = /\b(?:see|cf\.?|refer(?:s|ring)?[ \t]+to|minute|item)[ \t]+(\d{3}\/\d{2})(?:-A(\d{1,3}))?\b|\b(\d{3}\/\d{2})-A(\d{1,3})\b/gi;

export interface ReferenceMatch { start: number; end: number; seq: number; year: number; action?: number }

/**
 * Whether `text` holds `NNN/NN` (three digits, a slash, two digits): what every REFERENCE match holds, by a
 * native search for its slash (a line without one is declined without the pattern).
 */
function holdsRefNumber(text: string): boolean {
  for (let at = text.indexOf('/', 3); at >= 0; at = text.indexOf('/', at + 1)) {
    if (isDigitAt(text, at - 1) && isDigitAt(text, at - 2) && isDigitAt(text, at - 3) && isDigitAt(text, at + 1) && isDigitAt(text, at + 2)) return true;
  }
  return false;
}

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 48 && c <= 57;
}

export function findReferences(text: string): ReferenceMatch[] {
  if (!holdsRefNumber(text)) return [];
  const out: ReferenceMatch[] = [];
  // (an `exec` loop from `lastIndex` 0 finds every match `matchAll` gave, without the copy of the
  // pattern `matchAll` makes on each call, which the engine compiles again once a collection has
  // dropped the copy's code: some 20 µs a line with a reference, measured in a parse of 1,000 meetings)
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const num = m[1] ?? m[3];
    const act = m[2] ?? m[4];
    const start = m.index + m[0].indexOf(num);
    const end = start + num.length + (act ? act.length + 2 : 0);
    // (`NNN/YY`, the pattern's form: read by its place, as the engine's optimised code for a split array met
    // another form of array than it had seen and was thrown away)
    const seq = Number(num.slice(0, 3));
    const year = Number(num.slice(4));
    out.push({ start, end, seq, year, action: act ? Number(act) : undefined });
  }
  return out;
}

// ---- headings, titles, notes -------------------------------------------------------------------

const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&', 'with', 'by', 'at', '-', '–', 'or']);

/** A published section heading: "Regular Items", "EMERGING ITEMS", "Police and Crime Plan Priorities". */
export function isHeadingLike(text: string): boolean {
  if (text.length > 72 && text.trim().length > 71) return false; // most paragraphs: no copy, no pattern
  const t = text.replace(/:$/, '').trim();
  if (t.length === 0 || t.length > 70 || /[.?!;,\d]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  return words.every((w, i) => /^[A-Z]/.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * Where a sentence starts after a title in title case on the same line: `Conflicts of Interest There
 * were none.` → at `There`; `Apologies Apologies were received from` → at the second `Apologies`.
 * The sentence starts at the capitalised word before the first lower-case word a title does not
 * have (`were`), when a title stands before it. Undefined: no such sentence (`Hidden Crimes –
 * Increased reporting and recording …` is a title; the caller says whether a sentence follows).
 */
export function sentenceAfterTitle(text: string): number | undefined {
  const words = [...text.matchAll(/\S+/g)];
  for (let k = 0; k < words.length; k++) {
    const w = words[k][0];
    if (!/^[a-z]/.test(w) || SMALL_WORDS.has(w)) continue;
    // the word before starts the sentence; the words before it are the title
    if (k < 2 || !/^[A-Z][a-z]/.test(words[k - 1][0])) return undefined;
    const title = words.slice(0, k - 1);
    if (!title.every((x, i) => /^[A-Z]/.test(x[0]) || (i > 0 && SMALL_WORDS.has(x[0].toLowerCase())))) return undefined;
    return words[k - 1].index;
  }
  return undefined;
}

/** An item's words after its number are a sentence, not a heading: `001/20 The Commissioner welcomed everybody to the meeting, …`. */
export function isSentenceNotTitle(text: string): boolean {
  const t = text.trim();
  if (!/[a-z)][.!?]$/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 8 && words.some((w, i) => i > 0 && /^[a-z]/.test(w) && !SMALL_WORDS.has(w));
}

/** Words that stand alone on a line as a label of the text below, never as an item's title. */
const LABEL_LINE = /^(?:actions?|decisions?|resolved|agreed|noted|recommendations?|resolutions?|discussion|notes|minutes|present|apologies|regrets|absent|guests|in attendance|attendees|agenda|outcomes?|summary|background|key points|actions arising|chair|scribe|clerk|minute taker)$/i;

/**
 * A plain heading line that may open an item with no number yet ("Chief Constable Update"):
 * heading-like, with no colon at all (a colon makes it a label or a field), and not a label.
 * The parser asks more of where it stands (a blank line above, the discussion below).
 */
export function isUnnumberedHeading(text: string): boolean {
  const t = text.trim();
  // "RESOLVED –": a lead-in to the text below, like a colon
  return t.length <= 80 && !t.includes(':') && !/[-–—]$/.test(t) && isHeadingLike(t) && !LABEL_LINE.test(t);
}

/** Could this text be an item title (short, not a sentence)? */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return false;
  if (/[.?!]$/.test(t) && !/\b(?:[A-Z]\.|etc\.)$/.test(t)) return false;
  return !moreWordsThan(t, 14);
}

/** "Actions arising from the discussion … are highlighted in bold text" */
const BOLD_DECLARATION = /\bactions?\b.{0,120}?\b(?:highlighted|shown|marked|recorded|printed|set out)\s+in\s+bold\b/i;

/** The shortest declaration the pattern reads (`action shown in bold`): a shorter line is none. */
const BOLD_DECLARATION_MIN = 20;

export function declaresBoldActions(text: string): boolean {
  // (the word as a clerk types it in any of its cases, `ACTIONS ARE SHOWN IN BOLD` too, before the pattern, which ignores case)
  return text.length >= BOLD_DECLARATION_MIN && text.length < 2000 && (text.indexOf('bold') >= 0 || text.indexOf('BOLD') >= 0 || text.indexOf('Bold') >= 0) && BOLD_DECLARATION.test(text);
}

const NEXT_MEETING = /\bnext\s+(?:\w+\s+){0,5}?meeting\b/i;
export function mentionsNextMeeting(text: string): boolean {
  return NEXT_MEETING.test(text); // faster on its own than with a literal pre-check (measured)
}

// ---- closing lines: the close of the meeting and the signature ---------------------------------

/*
 * Lines that close the meeting rather than the item above them: "The meeting closed at 12:45",
 * "Meeting closed", "Close of meeting: 12.45", a signature line ("Signed …… Chair …… Date ……").
 * The patterns are strict (the whole line, nothing else of substance): a sentence that only
 * starts like one ("Signed the contract with …") stays the item's text, so that nothing of a
 * withheld item is ever taken out of it. `Next meeting:` is the other closing line (`matchField`).
 */
const TIME_OF_DAY = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs|hours)?`;
const MEETING_CLOSED = new RegExp(String.raw`^(?:there\s+being\s+no\s+(?:other|further)\s+business,?\s+)?(?:(?:the\s+)?meeting\s+(?:was\s+)?(?:closed|ended|concluded|finished)|(?:the\s+)?chair(?:man|person)?\s+closed\s+the\s+meeting|(?:close\s+of|end\s+of)\s+(?:the\s+)?meeting|meeting\s+close)(?:\s*(?:at|:|-|–)?\s*${TIME_OF_DAY})?\s*[.!]?$`, 'i');
const SIGNATURE_START = /^(?:signed|signature|chair(?:man|person)?(?:'s|’s)?\s+signature)\b/i;
/** What a signature line may hold besides its blanks: the words of the form and a date. */
const SIGNATURE_WORDS = /\b(?:signed|signature|chair(?:man|person)?(?:'s|’s)?|date[d]?|by|the|of|meeting)\b/gi;
const SIGNATURE_FILLER = /[\s._…\-–—:()[\]/\d]/g;
const BLANK_FIELD = /^(?:chair(?:man|person)?|date)\s*:?\s*[._…\-–—]{3,}[\s._…\-–—]*$/i;

export type ClosingKind = 'closed' | 'signature';

/** Whether a line closes the meeting (not the next meeting's date: that is a field). */
export function matchClosingLine(text: string): ClosingKind | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > 200) return undefined;
  if (MEETING_CLOSED.test(t)) return 'closed';
  if (BLANK_FIELD.test(t)) return 'signature';
  if (SIGNATURE_START.test(t)) {
    // what is left once the form's words, blanks and dates are set aside: nothing, or a name (at most four capitalised words)
    const rest = t.replace(SIGNATURE_WORDS, ' ').replace(SIGNATURE_FILLER, ' ').trim();
    // a form has blanks to fill or names the chair or the date ("Signed Contract Award" is a sentence)
    const form = /[._…]{3,}|_{2,}/.test(t) || /\b(?:chair|date)/i.test(t.replace(SIGNATURE_START, ''));
    if (form && (rest === '' || /^(?:[A-Z][\p{L}'’-]*\s*){1,4}$/u.test(rest))) return 'signature';
  }
  return undefined;
}

/** A line of a table's frame: dashes, equals, underscores, pipes, plus signs and colons only, with a run of three rule characters. */
const TABLE_RULE = /^[-=_|:+\s]{3,}$/;
export function isTableRule(text: string): boolean {
  return TABLE_RULE.test(text) && /[-=_]{3}/.test(text);
}

const AGENDA_HEADING = /^agenda:?$/i;
export function isAgendaHeading(text: string): boolean {
  return AGENDA_HEADING.test(text.trim());
}

const AGENDA_ITEM = /^(\d{1,2})[.)]?[ \t]+(\d{1,2}[:.]\d{2})[ \t]+(.*)$/;
export function matchAgendaItem(text: string): { number: number; time: string; rest: number } | undefined {
  const m = AGENDA_ITEM.exec(text);
  if (!m) return undefined;
  return { number: Number(m[1]), time: m[2].replace('.', ':'), rest: m[0].length - m[3].length };
}

const FIELD = /^(date|time|location|venue|place|chair|chaired by|next meeting|date of next meeting|status)[ \t]*:[ \t]*/i;
export type FieldName = 'date' | 'time' | 'location' | 'chair' | 'nextMeeting' | 'status';
export function matchField(text: string): { name: FieldName; valueStart: number } | undefined {
  const m = FIELD.exec(text);
  if (!m) return undefined;
  const key = m[1].toLowerCase();
  const name: FieldName = key === 'venue' || key === 'place' ? 'location' : key === 'chaired by' ? 'chair' : key.includes('next') ? 'nextMeeting' : (key as FieldName);
  return { name, valueStart: m[0].length };
}

// ---- action status updates and approval of the previous minutes ---------------------------------

export type ActionStatus = 'open' | 'done' | 'carried forward' | 'dropped';

const STATUS_LINE = /^(\d{3})\/(\d{2})-A(\d{1,3})[ \t]+(done|completed?|closed|discharged|carried[ \t]+(?:forward|over)|ongoing|in[ \t]+progress|pending|outstanding|dropped|withdrawn|cancell?ed|superseded|open|re-?opened)\b[ \t]*[:.\-–—]?[ \t]*/i;

export interface StatusMatch { seq: number; year: number; index: number; status: ActionStatus; refEnd: number; keyword: Span; noteStart: number }

/** `081/22-A1 DONE: data circulated 01/10/2022`, `081/22-A1 CARRIED FORWARD` */
export function matchStatusUpdate(text: string): StatusMatch | undefined {
  if (text.charCodeAt(6) !== 45 /* - */) return undefined; // `081/22-A1`: the dash is always the seventh character
  const m = STATUS_LINE.exec(text);
  if (!m) return undefined;
  const word = m[4].replace(/[ \t]+/g, ' ');
  const status = statusOfWord(word) ?? 'open';
  const kwStart = m[0].toLowerCase().indexOf(m[4].toLowerCase(), m[1].length + m[2].length + m[3].length + 3);
  return { seq: Number(m[1]), year: Number(m[2]), index: Number(m[3]), status, refEnd: m[1].length + m[2].length + m[3].length + 3, keyword: { start: kwStart, end: kwStart + m[4].length }, noteStart: m[0].length };
}

/** "The notes of the meeting held on 26 July 2022 were agreed as a correct record" */
const APPROVAL = /\b(?:notes|minutes)\b[^.]{0,160}?\b(?:agreed|accepted|approved|confirmed|signed)\b[^.]{0,80}?\b(?:correct|accurate|true)[ \t]+record\b/i;

const RECORD = /record/i;

export function matchApproval(text: string): Span | undefined {
  if (text.length > 4000 || !RECORD.test(text)) return undefined;
  const m = APPROVAL.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
