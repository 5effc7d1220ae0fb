/**
 * Due dates as published minutes write them, in running text ("by 31 March 2024", "before the
 * July meeting", "by the end of February, 2024") or alone in a due column ("ASAP", "Spring 1",
 * "Aug 22", "26/11/21"). Calendar dates are read by `dates.ts` (the one place for date formats);
 * this module adds the words around them. Pure; never throws.
 */
import { dateAt, isoDate, MONTH_RE, monthIndex, type DateMatch, type DateOrder } from '../dates';
import { DECIDING_BODY } from './decisions';
import { endBeforeStops } from '../unitClass';

/**
 * What kind of time a due date names: a day, a month (due by its end), a meeting, a school term (or a
 * quarter of the year), "as soon as possible", or a milestone of the work the minutes name (`before
 * the beta`, read only where a due stands alone: `readDueGroup`).
 */
export type DueKind = 'date' | 'month' | 'meeting' | 'term' | 'asap' | 'event';

export interface DueDate {
  /** The words of the due date, without the preposition ("31 March 2024", "the June meeting"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: DueKind;
  /** ISO date when the words name a day, or a month (its last day); absent for meetings, terms, ASAP. */
  readonly date?: string;
  /**
   * The calendar date `dates.ts` read at the due's start, in `order`, when it is the whole of
   * `text` (offsets within it): the parser records the due with it instead of reading the words
   * again (an action line's due was read twice, docs/performance.md).
   */
  readonly found?: DateMatch;
  readonly order?: DateOrder;
}

export interface DueOptions {
  readonly order?: DateOrder;
  /** The meeting's year, to complete a date written without one ("by 29 February", "by June 26"). */
  readonly year?: number;
}

const SEASON = '(?:spring|summer|autumn|fall|winter)';
/** A meeting held by telephone or video, as a working group's minutes name it: `before the next call`, `by the next telecon`; a project team's `by next sync`. */
const CALL = '(?:call|telecon(?:ference)?|sync)';
/** A working group's meeting in person between its calls: `before the February face-to-face`, `by the next F2F`. */
const IN_PERSON = String.raw`(?:face[\s-]to[\s-]face|F2F)`;
/**
 * `the next meeting`, `the June meeting`, a school's `the Summer 1 meeting` (its half term), a North
 * American council's `the November 12, 2024 meeting` (its full date before the word), a standards
 * group's `the 28th meeting` (meetings numbered in order), a school's `next FGB` (its full governing board's meeting),
 * a club's or a charity's `the AGM` (its annual general meeting, named by its letters alone),
 * a committee's `July Committee`, a professional body's `June 2026 Council`, a county court's `the March 9 regular session` (a session alone is no
 * meeting: `at the March 4, 2025 session`); another body whose
 * meeting it is, named (`the June meeting of Council`: a court's task due at its university's Council),
 * while `the November meeting of the Committee` is the board's own meeting, `November meeting`; a committee named
 * (`the October meeting of the Quality Committee`) is another's. A day before the month names a call too (`the 5 February call`).
 * An Australian or New Zealand council names the meeting by its kind too (`the September 2025 Ordinary Meeting`, `the
 * board's December business meeting`); a US county's `the next regular meeting`, `the next scheduled meeting`.
 */
const MEETING = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:next|following|\d{1,3}(?:st|nd|rd|th)|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_RE.replace('(', '(?:')}(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}))?|${SEASON}(?:\s+[12])?|annual|AGM|board|council|committee|(?:board|council|committee)['’]s|ordinary|extraordinary|business|general|monthly|regular|scheduled|full)\s+){1,3}(?:meeting|board|committee|council|(?:regular|special)\s+session|AGM|FGB|LGB|${CALL}|${IN_PERSON})\b(?:\s+of\s+(?:the\s+(?:[A-Z][a-z]{1,20}\s+){1,3})?${DECIDING_BODY}\b)?|^(?:the\s+)?(?:AGM|EGM)\b`,
  'i',
);
/** A meeting by its number, as a senate numbers them: `at Meeting 518`, `to meeting no. 42`. */
const NUMBERED_MEETING = /^meeting\s+(?:no\.?\s*|#)?\d{1,4}\b/i;
/** "at a future meeting", "to a later Board meeting": a meeting not yet named (with its article, as the reader writes it). */
const FUTURE_MEETING = /^an?\s+(?:future|later|subsequent)\s+(?:(?:board|panel|committee|council)\s+)?meeting\b/i;
const END_OF_MONTH = new RegExp(String.raw`^(?:the\s+)?end\s+(?:of\s+)?${MONTH_RE}\.?,?(?:\s+(\d{4}|\d{2}))?\b`, 'i');
const MONTH_YEAR = new RegExp(String.raw`^${MONTH_RE}\.?,?\s+(\d{4}|'\d{2})\b`, 'i');
/** "Aug 22" in a due column is August 2022; in running text "by June 26" is a day. */
const MONTH_YEAR_CELL = new RegExp(String.raw`^${MONTH_RE}\.?,?\s+(\d{4}|'?\d{2})\s*$`, 'i');
const MONTH_ONLY = new RegExp(String.raw`^(?:the\s+end\s+of\s+)?${MONTH_RE}\b(?!\s+\d)`, 'i');
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}\b\.?`, 'i');
const MONTH_DAY = new RegExp(String.raw`^${MONTH_RE}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?![,/]?\s*\d)`, 'i');
/** A school's holiday, named as its calendar names it: `before Easter`, `by the Christmas holidays`, `after half term`; a council's `before the summer recess`. */
const HOLIDAY = String.raw`(?:easter|christmas|whitsun|(?:the\s+)?half[\s-]term)(?:\s+(?:holidays?|break|recess))?`;
// (a school's `end of term`, `the end of the school year`, and a half term named by its month: `February half-term`;
// a university's semester or trimester by its number, `by the end of Semester 2`)
const TERM = new RegExp(String.raw`^(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:semester|trimester)\s+[1-3](?!\d)|^(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?${SEASON}(?:\s+(?:term|half[\s-]term|recess))?(?:\s+[12](?!\d))?(?:\s+\d{4}(?!\d))?\b|^(?:the\s+)?(?:michaelmas|lent|trinity)\s+term\b|^(?:the\s+)?${HOLIDAY}\b|^(?:the\s+)?end\s+of\s+(?:the\s+)?(?:term|half[\s-]term|(?:school|academic)\s+year)\b|^(?:the\s+)?${MONTH_RE.replace('(', '(?:')}\s+half[\s-]term\b`, 'i');
/**
 * A quarter of the year, as a health board's action plan dates a task: `Q4`, `Q3 2026`, `the
 * second quarter of 2026/27`, or the quarter's report or meeting the task is to come to (`Q4 report`).
 */
const QUARTER = /^(?:the\s+)?(?:Q[1-4]|(?:first|second|third|fourth|final)\s+quarter)(?:\s+(?:of\s+)?\d{4}(?:\/\d{2}(?:\d{2})?)?)?(?:\s+(?:report|meeting|update|return))?\b/i;
/** The week a task is due in, before its first day: `w/c`, `w/b`, `week commencing`, `week beginning`. */
const WEEK_OF = /^(?:w\/[cb]|wk\s+comm?\.?|week\s+(?:commencing|beginning|starting))\s+/i;
/** A meeting named by its business, then its date: `the precept meeting on `. */
const NAMED_MEETING_ON = /^(?:the\s+)?(?:[A-Za-z][\w-]*\s+){1,3}meeting\s+(?:on|of)\s+(?:[A-Z][a-z]+day,?\s+)?/;
/** A day of the week before a date (`Friday `, `Wed, `). */
const WEEKDAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+(?=\d)/i;
const ASAP = /\b(?:ASAP|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible|immediately)(?![\w])/i;
/**
 * Words that introduce a due date in running text; "to"/"at"/"for" only before a meeting ("reported
 * to the June meeting"), and "attend" ("attend the April meeting to explain …": the meeting is when
 * the task is done), "in" before a meeting or a month ("report back in July"); "due:" as a board puts it in a
 * bracket closing the task (`… development programme (due: Q1 2026/27)`).
 */
const LEAD = /\b(by|before|until|no\s+later\s+than|due(?:[ \t]*:)?|in\s+time\s+for|to|attend|at|for|in|on)\s+/gi;
/** What may follow a day that `on` leads to, for it to date the task: the sentence's or the text's end (`… to the Committee on 16 September 2025.`). */
const ON_DAY_END = /^[ \t]*(?:[.;]|$)/;
/** A season read as a term (`the summer`) that names something else of the season: `the summer round`, `the autumn programme` (not `term`, read with it). */
const SEASON_OF = /^[ \t]+(?!and\b|or\b|of\b|to\b|if\b|when\b|the\b|at\b|in\b|by\b)[a-z]{3,}/;
/** How far after a loose season a date of the same sentence is looked for (`… round opens in June 2025`). */
const LOOSE_REACH = 60;
/** The word every meeting MEETING, FUTURE_MEETING and NAMED_MEETING_ON read ends in (CALL's too): without it, none is asked. */
const MEETING_WORD = /meeting|board|committee|session|agm|fgb|lgb|call|telecon|sync|face|f2f/i;

/**
 * Whether a due date's words name the next meeting (`next meeting`, `the next call`, `next
 * teleconference`): the action log dates it by the meeting that follows.
 */
export function isNextMeeting(words: string): boolean {
  return NEXT_MEETING.test(words);
}
const NEXT_MEETING = new RegExp(String.raw`\bnext\s+(?:(?:regular|scheduled|full|ordinary)\s+)?(?:meeting|${CALL})\b`, 'i');

function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, new Date(year, month, 0).getDate());
}

function fullYear(y: string): number {
  const d = y.replace("'", '');
  return d.length === 2 ? 2000 + Number(d) : Number(d);
}

function make(text: string, at: number, len: number, kind: DueKind, date?: string, found?: DateMatch, order?: DateOrder): DueDate {
  const words = text.slice(at, at + len).replace(/[\s.,;:]+$/, '');
  // (every due has the same keys: one shape)
  return found && words.length === len ? { text: words, start: at, end: at + words.length, kind, date, found, order } : { text: words, start: at, end: at + words.length, kind, date, found: undefined, order: undefined };
}

/**
 * A due date starting exactly at `at` (no preposition): what a due cell or the words after "by" hold.
 * `meeting` false says the text has no MEETING_WORD, so no meeting is looked for.
 */
function dueAt(text: string, at: number, options: DueOptions, strong: boolean, cell = false, lead = '', meeting = true): DueDate | undefined {
  const rest = text.slice(at, at + 80);
  let m = meeting ? MEETING.exec(rest) ?? FUTURE_MEETING.exec(rest) ?? NUMBERED_MEETING.exec(rest) : null;
  if (m) return make(text, at, m[0].length, 'meeting');
  if (!strong && /^in$/i.test(lead)) {
    if ((m = MONTH_YEAR.exec(rest))) return make(text, at, m[0].length, 'month', lastDayOfMonth(fullYear(m[2]), monthIndex(m[1])));
    if ((m = MONTH_ONLY.exec(rest)) && !/^may$/i.test(m[1])) return make(text, at, m[0].length, 'month', options.year ? lastDayOfMonth(options.year, monthIndex(m[1])) : undefined);
  }
  if (!strong) return undefined;
  // "before the precept meeting on 1st February, 2024": the meeting's date is the due date
  const named = meeting ? NAMED_MEETING_ON.exec(rest) : null;
  if (named) {
    const d = dateAt(rest.slice(named[0].length), options.order ?? 'dmy');
    if (d && !d.problem) return make(text, at + named[0].length, d.end, 'date', isoDate(d.year, d.month, d.day));
  }
  // "w/c 26/01/26", "week commencing 2 February": a school's plan dates a task by its week, the week's first day the due date
  const week = (rest.charCodeAt(0) | 32) === 0x77 ? WEEK_OF.exec(rest) : null;
  if (week) {
    const d = dateAt(rest.slice(week[0].length), options.order ?? 'dmy');
    if (d && !d.problem) return make(text, at, week[0].length + d.end, 'date', isoDate(d.year, d.month, d.day));
    // `w/c 16 March`: the week's first day without its year, a day of the meeting's year
    const day = DAY_MONTH.exec(rest.slice(week[0].length));
    if (day) return make(text, at, week[0].length + day[0].length, 'date', partial(options.year, monthIndex(day[2]), Number(day[1])));
  }
  const full = dateAt(rest, options.order ?? 'dmy');
  if (full && !full.problem) return make(text, at, full.end, 'date', isoDate(full.year, full.month, full.day), full, options.order ?? 'dmy');
  // `by Friday 11 October`: the day of the week before the day and month, no year (the date is the day's)
  const wd = WEEKDAY.exec(rest);
  if (wd) {
    const d = dueAt(text, at + wd[0].length, options, strong, cell, lead, meeting);
    if (d && d.kind === 'date') return { ...d, text: text.slice(at, d.end), start: at };
  }
  if ((m = END_OF_MONTH.exec(rest))) {
    const year = m[2] ? fullYear(m[2]) : options.year;
    return make(text, at, m[0].length, 'month', year ? lastDayOfMonth(year, monthIndex(m[1])) : undefined);
  }
  if ((m = (cell ? MONTH_YEAR_CELL.exec(rest) : null) ?? MONTH_YEAR.exec(rest))) return make(text, at, m[0].length, 'month', lastDayOfMonth(fullYear(m[2]), monthIndex(m[1])));
  if ((m = DAY_MONTH.exec(rest))) return make(text, at, m[0].length, 'date', partial(options.year, monthIndex(m[2]), Number(m[1])));
  if ((m = MONTH_DAY.exec(rest))) return make(text, at, m[0].length, 'date', partial(options.year, monthIndex(m[1]), Number(m[2])));
  if ((m = TERM.exec(rest) ?? QUARTER.exec(rest))) return make(text, at, m[0].length, 'term');
  if ((m = MONTH_ONLY.exec(rest))) return make(text, at, m[0].length, 'month', options.year ? lastDayOfMonth(options.year, monthIndex(m[1])) : undefined);
  return undefined;
}

/** A day and month with no year that `on` leads to, ending the sentence (`on 12th November.`, `on March 3;`): a day of the meeting's year. */
function dayOfYearOn(text: string, at: number, options: DueOptions): DueDate | undefined {
  const rest = text.slice(at, at + 40);
  const d = DAY_MONTH.exec(rest);
  // (DAY_MONTH takes a stop after the month, `12 Nov.`: the sentence ended there)
  if (d) return d[0].endsWith('.') || ON_DAY_END.test(rest.slice(d[0].length)) ? make(text, at, d[0].length, 'date', partial(options.year, monthIndex(d[2]), Number(d[1]))) : undefined;
  const m = MONTH_DAY.exec(rest);
  return m && ON_DAY_END.test(rest.slice(m[0].length)) ? make(text, at, m[0].length, 'date', partial(options.year, monthIndex(m[1]), Number(m[2]))) : undefined;
}

function partial(year: number | undefined, month: number, day: number): string | undefined {
  if (!year || month < 1 || day < 1 || day > new Date(year, month, 0).getDate()) return undefined;
  return isoDate(year, month, day);
}

/** Occasions a month may date (`a bat walk`, `the village fete`, `the open day`); not `party`, `visit`, `market`: a working party is a body, and to visit, to market, verbs. */
const OCCASION = String.raw`(?:walk|show|fair|f[eê]te|festival|event|open[ \t]+day|ceremony|celebration|concert|parade|exhibition|conference|gala|picnic|carnival|reunion)s?[ \t]+$`;
/** The name of an occasion closing the words before `in <month>`: the month is the occasion's. */
const OCCASION_BEFORE = new RegExp(String.raw`\b${OCCASION}`, 'i');
/** …named as where the task is done (`to the staff conference`, `at the open day`). */
const TO_OCCASION = new RegExp(String.raw`\b(?:to|at)[ \t]+(?:the[ \t]+|an?[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}${OCCASION}`, 'i');
/** A task done at the place it is taken to (`present the findings to the conference in April`): the occasion's month is its due. */
const DONE_THERE = /^[ \t]*(?:present|report|bring|take|give|deliver|table|submit|raise|speak|share)\b/i;

/** Whether the month at `at` dates an occasion the words before it name, not the task from `from`. */
function occasionsMonth(text: string, from: number, at: number): boolean {
  const before = text.slice(Math.max(from, at - 60), at);
  return OCCASION_BEFORE.test(before) && !(TO_OCCASION.test(before) && DONE_THERE.test(text.slice(from, from + 12)));
}

/** A task that is to attend an event (`attend`, `attends`): an `on` after it dates the event, not the task's end. */
const ATTEND = /^attends?\b/i;

/**
 * The due date of an action written in running text: the first "by …", "before …", "until …"
 * that names a day, month, meeting or term, else "to/at/for the … meeting", else "ASAP".
 * `from` limits the search to the text after an offset (the task, not the owner).
 */
export function findDueDate(text: string, options: DueOptions = {}, from = 0): DueDate | undefined {
  if (text.length > 4000) return undefined;
  let weak: DueDate | undefined;
  let meeting: boolean | undefined;
  // "before the summer round opens in June 2025": a season naming some other thing (`round`, not
  // `term`) dates the task only loosely; the date the same sentence gives next, if any, is its due
  let loose: DueDate | undefined;
  let attending: boolean | undefined;
  LEAD.lastIndex = from;
  for (let m = LEAD.exec(text); m; m = LEAD.exec(text)) {
    if (loose && (m.index - loose.end > LOOSE_REACH || /[.;!?]/.test(text.slice(loose.end, m.index)))) return loose;
    // "by", "before", "until", "no later than", a working group's ", due 3 December" (by their first letter: LEAD has no other b, u, n, d) lead to any due date
    const c = m[1].charCodeAt(0) | 32;
    const strong = c === 0x62 || c === 0x75 || c === 0x6e || c === 0x64;
    // "on" leads only to a whole calendar date that ends the sentence (`present the case to the
    // Committee on 16 September 2025.`: the day the task is done), and only where no "by" dates it
    if (c === 0x6f) {
      // (never for a task that is to attend something: `Cllr A Roe to attend the Area Committee on 6 November`, the date the event's)
      if (attending ??= ATTEND.test(text.slice(from, from + 8))) continue;
      const at = m.index + m[0].length;
      const day = weak ? undefined : dateAt(text.slice(at, at + 40), options.order ?? 'dmy');
      if (day && !day.problem && ON_DAY_END.test(text.slice(at + day.end))) weak = make(text, at, day.end, 'date', isoDate(day.year, day.month, day.day), day, options.order ?? 'dmy');
      // (or the day and month alone, the year the meeting's: `raise it at the residents' panel on 12th November.`)
      else if (!weak && !day) weak = dayOfYearOn(text, at, options);
      continue;
    }
    // "to", "at", "for", "in time for" lead only to a meeting ("in" to a month too): with no meeting word in the text, not asked
    meeting ??= MEETING_WORD.test(text);
    if (!strong && !meeting && !(c === 0x69 && m[1].length === 2)) continue;
    const due = dueAt(text, m.index + m[0].length, options, strong, false, m[1], meeting);
    // `… about a stand and a bat walk in August`: a month after the name of an occasion dates the occasion, not the task
    // (but `present the findings to the staff conference in April`: a task done at the occasion is due then)
    if (due && !strong && due.kind === 'month' && occasionsMonth(text, from, m.index)) continue;
    if (loose) {
      if (due && (due.kind === 'date' || due.kind === 'month')) return due;
      continue;
    }
    if (due && strong && due.kind === 'term' && SEASON_OF.test(text.slice(due.end, due.end + 24))) {
      loose = due;
      continue;
    }
    if (due && strong) return due;
    if (due && !weak) weak = due;
  }
  if (loose) return loose;
  if (weak) return weak;
  // `… before the 1.0 cut.`: a project's milestone closing the task, as written (read in running text only there)
  const v = text.length - from < 400 ? MILESTONE_END.exec(text.slice(from)) : null;
  if (v) return make(text, from + v.index + v[0].indexOf(v[1]), v[1].length, 'event');
  // `… to the Panel before the tender is issued.`: a step of the work the task must come before, closing it, as written
  const s = text.length - from < 400 ? STEP_END.exec(text.slice(from)) : null;
  if (s) return make(text, from + s.index + s[0].indexOf(s[1]), s[1].length, 'event');
  // `… to the Secretariat within one week of WD 4 being posted`: a time after an event, closing the task, as written
  const w = text.length - from < 400 && text.includes('within', from) ? WITHIN_END.exec(text.slice(from)) : null;
  if (w) return make(text, from + w.index + w[0].indexOf(w[1]), w[1].length, 'event');
  // `… financial plan – July 2026 meeting`: a due set off after a long dash at the task's end, no `by` before it
  const g = text.length - from < 400 && (text.includes('–', from) || text.includes('—', from)) ? DASHED_END.exec(text.slice(from)) : null;
  if (g) {
    const at = from + g.index + g[0].length - g[1].length;
    const d = readDueGroup(g[1], options);
    if (d && d.end >= g[1].trimEnd().length) return { ...d, start: d.start + at, end: d.end + at };
  }
  // `… to the work programme (next meeting)`: a due in brackets of its own closing the task's line, no `by` before it
  const b = text.length - from < 400 && text.includes(')', from) ? bracketedEnd(text, from, options) : undefined;
  if (b) return b;
  const a = ASAP.exec(text.slice(from));
  return a ? { text: a[0], start: from + a.index, end: from + a.index + a[0].length, kind: 'asap', date: undefined, found: undefined, order: undefined } : undefined;
}

/** A group in brackets closing a line (a full stop after it or not): `(June meeting)`, `(by 31 March)`. */
const BRACKETED_END = /\(([^()\n]{1,40})\)[ \t]*[.;]?[ \t]*(?:\n|$)/g;

/** The first group closing a line after `from` that is a due as a whole (`readDueGroup`), its offsets in `text`. */
function bracketedEnd(text: string, from: number, options: DueOptions): DueDate | undefined {
  BRACKETED_END.lastIndex = from;
  for (let m = BRACKETED_END.exec(text); m; m = BRACKETED_END.exec(text)) {
    const d = readDueGroup(m[1], options);
    if (d && d.end >= m[1].trimEnd().length) return { ...d, start: d.start + m.index + 1, end: d.end + m.index + 1 };
  }
  return undefined;
}

/** A due column's cell, read whole: "26/11/21", "Spring 1", "ASAP", "end Jan 2022", "before 8/2/22", "Aug 22", "next meeting". */
export function readDueCell(cell: string, options: DueOptions = {}): DueDate | undefined {
  const lead = /^\s*(?:(?:by|before|until|no\s+later\s+than)\s+)?/i.exec(cell);
  const at = lead ? lead[0].length : 0;
  if (/^\s*$/.test(cell.slice(at))) return undefined;
  const a = /^(?:ASAP|a\.s\.a\.p\.?|as\s+soon\s+as\s+possible|immediately)\s*$/i.exec(cell.slice(at));
  if (a) return make(cell, at, a[0].length, 'asap');
  const d = dueAt(cell, at, options, true, true);
  // `half-term (24/10/25)`, `Spring 1 (March)`: the cell's own bracket after the due is its words too, as written
  const bracket = d ? CELL_BRACKET.exec(cell.slice(d.end)) : null;
  if (d && bracket) return make(cell, d.start, d.end - d.start + bracket[1].length, d.kind, d.date);
  // `September INSET`: a school's training day in that month, the cell as written
  const inset = d && d.kind === 'month' ? INSET_AFTER.exec(cell.slice(d.end)) : null;
  if (d && inset) return make(cell, d.start, d.end - d.start + inset[0].trimEnd().length, 'event');
  if (d) return d;
  // `4.0 RC1`: a release the task is due by, as written
  const v = MILESTONE_CELL.exec(cell.slice(at));
  if (v) return make(cell, at, v[0].trimEnd().length, 'event');
  // `SC6`: a meeting by its code, as a students' union council numbers its meetings (`SC5`, the fifth of the year)
  const code = MEETING_CODE_CELL.exec(cell.slice(at));
  if (code) return make(cell, at, code[0].trimEnd().length, 'meeting');
  // `next week`, `end of month`, `within two weeks`: a time counted from the meeting, as written
  const r = RELATIVE_CELL.exec(cell.slice(at));
  if (r) return make(cell, at, r[0].trimEnd().length, 'event');
  // `first LGB 2025/26`, `bid deadline (5 Dec)`: a meeting counted in its year, a deadline by its name; by their key word first
  const rest = cell.slice(at);
  const e = (rest.indexOf('eadline') >= 0 ? DEADLINE_CELL.exec(rest) : null) ?? (/^(?:the[ \t]+)?(?:first|last|final)[ \t]/i.test(rest) ? FIRST_MEETING_CELL.exec(rest) : null);
  return e ? make(cell, at, e[0].trimEnd().length, /eadline/.test(e[0]) ? 'event' : 'meeting') : undefined;
}

/** A school's training day after the month a due cell names (`September INSET`, `January INSET day`). */
const INSET_AFTER = /^[ \t]+INSET(?:[ \t]+days?)?[ \t]*$/i;

/** A deadline by its name, alone in a due cell, with its date in brackets if any (`bid deadline (5 Dec)`, `the Lottery deadline`). */
const DEADLINE_CELL = /^(?:the[ \t]+)?(?:[A-Za-z][\w'’-]{0,30}[ \t]+){0,3}deadline(?:[ \t]*\([^()]{1,30}\))?[ \t]*$/i;

/** A meeting counted in its year, alone in a due cell: `first LGB 2025/26`, `last meeting of 2026`, `the final FGB`. */
const FIRST_MEETING_CELL = /^(?:[Tt]he[ \t]+)?(?:[Ff]irst|[Ll]ast|[Ff]inal)[ \t]+(?:[A-Z]{2,5}|meeting|board|committee)(?:[ \t]+(?:of[ \t]+|in[ \t]+)?(?:the[ \t]+)?(?:\d{4}(?:[\/-]\d{2,4})?|year|term))?[ \t]*$/;

/** A bracket closing a due cell after its due (`(24/10/25)`), nothing after it. */
const CELL_BRACKET = /^([ \t]*\([^()]{1,30}\))[ \t]*$/;

/** A meeting's code alone in a due cell: its body's letters and the meeting's number (`SC6`, `FGB3`). */
const MEETING_CODE_CELL = /^[A-Z]{1,5}\d{1,3}[ \t]*$/;

/**
 * A time counted from the meeting, alone in a due cell: `next week`, `this month`, `end of the month`,
 * `within 14 days`, `two weeks`, `tomorrow`. Read only as a whole cell (in a sentence, `next week` is
 * as often when something happened as when it is due).
 */
const RELATIVE_CELL = /^(?:(?:this|next)[ \t]+(?:week|fortnight|month|term|quarter)|(?:the[ \t]+)?end[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+|next[ \t]+)?(?:week|month|term|quarter)|tomorrow|(?:within[ \t]+)?(?:one|two|three|four|six|a|\d{1,2})[ \t]+(?:working[ \t]+)?(?:days?|weeks?|months?))[ \t]*(?:\.[ \t]*)?$/i;

/**
 * Where the words a reader writes for a due start in its text: after a leading `the`, for a meeting
 * and a project's milestone alike (`by the March meeting`: `March meeting`; `before the beta`: `beta`).
 */
export function dueWordsStart(due: { readonly text: string }): number {
  // (`by the` ⏎ `October 14 meeting`: a due the page wrapped after its `the`)
  const lead = /^the\s+/i.exec(due.text);
  return lead && due.text.length > lead[0].length ? lead[0].length : 0;
}

/** The stage of a release after its version (`4.0 release`, `2.1 freeze`, `4.0 RC1`, `3.2 beta2`). */
const RELEASE_STAGE = String.raw`(?:release|cut|freeze|branch|launch|GA|RC[ \t]?\d*|(?:alpha|beta)[ \t]?\d*)`;

/**
 * A project's milestone after `by`/`before`/`until` at the end of a task: a release by its number
 * (`the 1.0 cut`, `the 2.3 release`, `v4.1`) or by its stage (`the beta`, `the code freeze`). Only at
 * the text's end, so that `before the meeting closes` or `until the 3.5 patch lands next week` are no due.
 */
const MILESTONE_END = new RegExp(String.raw`[ \t](?:by|before|until)[ \t]+((?:the[ \t]+)?(?:v?\d+(?:\.\d+)+(?:[ \t]+${RELEASE_STAGE})?|v\d+(?:\.\d+)*|(?:alpha|beta|release candidate|code freeze|feature freeze|release cut|GA release)))[ \t]*[.!]?[ \t]*$`, 'i');

/**
 * A step of the work a task must come before, at the task's end: `before the tender is issued`,
 * `until the lease has been signed`, `before the full business case is prepared`: after
 * `by`/`before`/`until`, a thing named with `the` (`its`, `their`, `this`) in one to five words, then
 * `is`/`are`/`has been`/`have been` and what is done to it. Only at the text's end and only so written,
 * so that `before the meeting closes`, `by the Treasurer` or a clause after it is no due.
 */
const STEP_END = /[ \t](?:by|before|until)[ \t]+((?:the|its|their|this)[ \t]+(?:[\p{L}\p{N}'’-]+[ \t]+){1,5}?(?:is|are|has[ \t]+been|have[ \t]+been)[ \t]+(?:\p{L}+(?:ed|en)|set|held|made|known|done|paid|sent|built|sold|told|found|met|put|run|cut|let|shut|won|begun|spent|kept|left|brought|bought|sought|read))[ \t]*(?:[.!][ \t]*)?$/iu;

/**
 * A release milestone alone in a due cell, as a project's action table writes it (`4.0 RC1`, `v2.3`,
 * `the 1.0 release`): a version with its stage, or one marked `v`; a bare `4.0` is no milestone.
 */
const MILESTONE_CELL = new RegExp(String.raw`^(?:the[ \t]+)?(?:v\d+(?:\.\d+)*(?:[ \t]+${RELEASE_STAGE})?|\d+(?:\.\d+)+[ \t]+${RELEASE_STAGE})[ \t]*$`, 'i');

/**
 * A time counted from an event, closing a task: `within one week of WD 4 being posted`, `within 14
 * days of the meeting`, `within two weeks`, a listed company's `within 30 minutes of the conclusion of the meeting`. Only at the text's end, so that `within the budget` or a
 * clause after it is no due.
 */
// (the page may wrap it: `… with the Registrar` ⏎ `within 30 days of the meeting.`)
const WITHIN_END = /\s(within\s+(?:one|two|three|four|five|six|seven|eight|ten|a|an|\d{1,3})\s+(?:working\s+|calendar\s+)?(?:minutes?|hours?|days?|weeks?|months?)(?:\s+of\s+[^.;:()]{1,60}?)?)[ \t]*[.!]?[ \t]*$/i;

/** A due after a long dash, the last words of a task: `– July 2026 meeting`, `— w/c 16 March` (read as a due's own brackets are: `readDueGroup`). */
const DASHED_END = /[ \t][–—][ \t]+([^–—()]{1,40}?)[ \t]*[.]?[ \t]*$/;

/** An event the task waits for, in a due's own place: `after` and a few words, no sentence (`after the budget is agreed`, `after the AGM`). */
const AFTER = /^[ \t]*after[ \t]+(?:the[ \t]+)?[\p{L}\p{N}][\p{L}\p{N}.-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.-]*){0,3}[ \t]*$/iu;

/** A milestone after `by`/`before`/`until` in a due's own brackets: a few words, no sentence (`the beta`, `the 4.0 release`). */
const MILESTONE = /^(?:by|before|until)[ \t]+((?:the[ \t]+)?[\p{L}\p{N}][\p{L}\p{N}.-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}.-]*){0,2})[ \t]*$/iu;

/**
 * A due date in brackets of its own after an action's owner, as a project's notes write it (`— @kwolak
 * (by 2026-03-19)`, `(April meeting)`, `(before the beta)`): read as a due cell, and where the words
 * after `by`/`before` name no date or meeting, the milestone they name, as written (`the beta`).
 */
export function readDueGroup(group: string, options: DueOptions = {}): DueDate | undefined {
  const d = readDueCell(group, options);
  if (d) return d;
  // (`– after the budget is agreed`: the event the task waits for, its `after` kept: the words say when, not by when)
  const after = AFTER.exec(group);
  if (after) return make(group, after[0].length - after[0].trimStart().length, after[0].trim().length, 'event');
  const m = MILESTONE.exec(group.trim());
  if (!m) return undefined;
  const at = group.indexOf(m[1], group.length - group.trimStart().length);
  return make(group, at, m[1].length, 'event');
}

/** A long dash or a comma before the due at a task's end (`… and pin it — before 2026-04-02`, `…, by 2026-02-10`): the task ends before it. */
const SET_OFF = /(?:[ \t]+[–—][ \t]+|,[ \t]+)(?:(?:by|before|until|due)[ \t]+)?(?:the[ \t]+)?$/i;

/**
 * Where a task's words (from `from`) end before a due set off at their end, the due starting at
 * `dueStart`: before the dash or comma and its `by`; -1 when nothing sets the due off.
 */
export function taskEndBefore(text: string, from: number, dueStart: number): number {
  if (dueStart <= from) return -1;
  const lead = SET_OFF.exec(text.slice(from, dueStart));
  return lead ? from + lead.index : -1;
}

/**
 * Where a task written from `from` to `end` of `text` ends: before its due (`dueStart` to `dueEnd`)
 * when the due closes the task set off by a long dash (`reply to the school – by next meeting`: the
 * due's words are its own field, as a column's would be); else `end` (`… by 30 June` in the
 * sentence stays in it).
 */
export function taskEndSetOff(text: string, from: number, end: number, dueStart: number, dueEnd: number): number {
  if (dueEnd > end || endBeforeStops(text, dueEnd, end) !== dueEnd) return end;
  const cut = taskEndBefore(text, from, dueStart);
  // (only a dash: after a comma the due reads on as the sentence's own words, `… to attend the September meeting, by 30 June 2025`)
  return cut > from && !text.slice(cut, dueStart).includes(',') ? cut : end;
}

/** Where a task's words end before the due's words (`due`, as recorded) closing them after a dash or a comma; 0 when they are not so set off. */
export function dueSetOff(task: string, due: string): number {
  if (due.length === 0 || !task.endsWith(due)) return 0;
  return Math.max(0, taskEndBefore(task, 0, task.length - due.length));
}
