/**
 * Every date and time format the markup accepts lives here, and nowhere else.
 * Accepted: `27/09/2022` (day first by default, `minutes.dateOrder` can make it month first),
 * `27/09/22`, `2022-09-27`, `Tuesday 27 September 2022`, `Tuesday, 21 JANUARY 2020`,
 * ordinals (`21st`, `23<sup>rd</sup>` once the segment layer has dropped the tags),
 * `September 27, 2022`, the dotted form of footers and table headings `14.03.23`, `25.04.2017`
 * (day first, or month first with `minutes.dateOrder`). Validity (31/02/2023) is the calendar's rule, the
 * weekday a `Date`'s.
 */
// each function from its own module: the package's index loads all 300 of its modules (a quarter of the server's start)
import { addWeeks } from 'date-fns/addWeeks';
import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';

export type DateOrder = 'dmy' | 'mdy';

export interface DateMatch {
  /** Clean-text index where the date starts and ends. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly year: number;
  /** 1-based month and day. */
  readonly month: number;
  readonly day: number;
  /** Weekday name as written, if any. */
  readonly weekday?: string;
  /** Why the date is not a real calendar date, or undefined when it is. */
  readonly problem?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The month names the markup reads (a capturing group); exported for the due-date forms. */
export const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/**
 * A day and month written short after a word that says when (`Completed 12/09`, `done 3/10/24`): no
 * date of its own without the year the minutes give, so no `DateMatch`; a pattern string for the forms.
 */
export const DAY_MONTH_RE = '\\d{1,2}/\\d{1,2}(?:/(?:\\d{4}|\\d{2}))?(?![\\d/])';
const WEEKDAY_RE = '(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const ORD = '(?:st|nd|rd|th)?';

// Each alternative is anchored on word boundaries and has no nested quantifiers: no backtracking blow-up.
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
// `14.03.23`, `25.04.2017`: three parts, a two- or four-digit year, so `116.1`, `4.2.1` (a version)
// and `10.00` (a time) are not dates
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\b(?!\.\d)/g;
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g;
const LONG = new RegExp(`\\b${WEEKDAY_RE}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH_RE}\\.?,?\\s+(\\d{4})\\b`, 'gi');
const US_LONG = new RegExp(`\\b${WEEKDAY_RE}${MONTH_RE}\\.?\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'gi');

/** 1-based month of a month name or its abbreviation (`Feb`, `february`); 0 when it is none. */
export function monthIndex(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

function make(start: number, end: number, text: string, year: number, month: number, day: number, weekday?: string): DateMatch {
  let problem: string | undefined;
  if (month < 1 || month > 12) problem = `there is no month ${month}`;
  else if (!exists(year, month, day)) problem = `${cap(MONTHS[month - 1])} ${year} has no day ${day}`;
  else if (weekday) {
    const actual = WEEKDAYS[new Date(year, month - 1, day).getDay()];
    if (!actual.startsWith(weekday.toLowerCase())) problem = `${day} ${cap(MONTHS[month - 1])} ${year} was a ${cap(actual)}, not a ${cap(weekday)}day`.replace('dayday', 'day');
  }
  return { start, end, text, year, month, day, weekday, problem };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether the day is in the month (1-based), by the calendar's rule rather than a `Date` made and
 * read back (every date of every line was one). As a `Date` reads them, the years 0 to 99 are
 * 1900 to 1999, so they never name the day written: not a date.
 */
export function exists(year: number, month: number, day: number): boolean {
  if (year < 100 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

function cap(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1); }

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** The forms in the order a tie goes: a long date, a US long date, ISO, numeric, dotted. */
const FORMS = [LONG, US_LONG, ISO, NUMERIC, DOTTED];
/** The same, tried only where the text starts (`dateAt`). */
const FORMS_AT = FORMS.map((re) => new RegExp(re.source, re.flags.replace('g', 'y')));

/** The date a match of form `k` writes. */
function dateOf(k: number, m: RegExpExecArray, order: DateOrder): DateMatch {
  const at = m.index;
  const end = at + m[0].length;
  if (k === 0) return make(at, end, m[0], Number(m[4]), monthIndex(m[3]), Number(m[2]), m[1]);
  if (k === 1) return make(at, end, m[0], Number(m[4]), monthIndex(m[2]), Number(m[3]), m[1]);
  if (k === 2) return make(at, end, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  const a = Number(m[1]);
  const b = Number(m[2]);
  return order === 'dmy' ? make(at, end, m[0], fullYear(m[3]), b, a) : make(at, end, m[0], fullYear(m[3]), a, b);
}

/**
 * Which forms can be in the text, by one pass over its characters (every line of every item is
 * asked): a written month and ISO need a four-digit year, the numeric form a `/`, the dotted one a
 * `.`; a bit per form of FORMS, 0 when the text has no digit.
 */
function formsIn(text: string): number {
  let digits = 0;
  let four = false;
  let any = false;
  let slash = false;
  let dot = false;
  let dash = false;
  let letters = false; // a written month (a due date `25/10/2022` has none: two scans of every action's date saved)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) { any = true; if (++digits >= 4) four = true; continue; }
    digits = 0;
    if (c === 0x2f) slash = true; else if (c === 0x2e) dot = true; else if (c === 0x2d) dash = true;
    else if ((c | 32) >= 0x61 && (c | 32) <= 0x7a) letters = true;
  }
  if (!any) return 0;
  return (four && letters ? 3 : 0) | (four && dash ? 4 : 0) | (slash ? 8 : 0) | (dot ? 16 : 0);
}

/** The next match of form `k` from the pattern's place: a dotted date inside a longer dotted number (`2231.4.12.20`) is none. */
function next(k: number, text: string): RegExpExecArray | null {
  const re = FORMS[k];
  let m = re.exec(text);
  while (m && k === 4 && m.index > 0 && /[\d.]/.test(text[m.index - 1])) m = re.exec(text);
  return m;
}

/** All dates in a piece of clean text, in order of position, non-overlapping. */
export function findDates(text: string, order: DateOrder = 'dmy'): DateMatch[] {
  const may = formsIn(text);
  if (may === 0) return [];
  const found: DateMatch[] = [];
  for (let k = 0; k < FORMS.length; k++) {
    if ((may & (1 << k)) === 0) continue;
    // the shared pattern run to its end (exec fails there and sets lastIndex back to 0), not `matchAll`, which copies it
    FORMS[k].lastIndex = 0;
    for (let m = next(k, text); m; m = next(k, text)) found.push(dateOf(k, m, order));
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: DateMatch[] = [];
  let last = -1;
  for (const d of found) {
    if (d.start >= last) { out.push(d); last = d.end; }
  }
  return out;
}

/**
 * The first date in the text, if any: `findDates(text)[0]`, from each form's first match (the
 * earliest start, the longest there, the earlier form on a tie) without reading the dates after it.
 */
export function findDate(text: string, order: DateOrder = 'dmy'): DateMatch | undefined {
  const may = formsIn(text);
  if (may === 0) return undefined;
  let best: RegExpExecArray | null = null;
  let bestK = -1;
  for (let k = 0; k < FORMS.length; k++) {
    if ((may & (1 << k)) === 0) continue;
    FORMS[k].lastIndex = 0;
    const m = next(k, text);
    FORMS[k].lastIndex = 0;
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) { best = m; bestK = k; }
  }
  return best ? dateOf(bestK, best, order) : undefined;
}

/** The date the text starts with, if any (what `findDates(text)[0]` is when it starts at 0), tried only there. */
export function dateAt(text: string, order: DateOrder = 'dmy'): DateMatch | undefined {
  // a digit opens every form but the US long date (a month's name), a letter only the long dates (a weekday, a month)
  const c = text.charCodeAt(0);
  const digit = c >= 0x30 && c <= 0x39;
  if (!digit && !((c | 32) >= 0x61 && (c | 32) <= 0x7a)) return undefined;
  let best: RegExpExecArray | null = null;
  let bestK = -1;
  for (let k = 0; k < FORMS_AT.length; k++) {
    if (digit ? k === 1 : k > 1) continue;
    const re = FORMS_AT[k];
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (!best || m[0].length > best[0].length)) { best = m; bestK = k; }
  }
  return best ? dateOf(bestK, best, order) : undefined;
}

/** The canonical written form of a date: `27/09/2022` (or `09/27/2022` month first). */
export function formatDate(year: number, month: number, day: number, order: DateOrder = 'dmy'): string {
  const d = new Date(year, month - 1, day);
  return format(d, order === 'dmy' ? 'dd/MM/yyyy' : 'MM/dd/yyyy');
}

/** An ISO date (`2022-09-27`) in the written form (`27/09/2022`). */
export function displayDate(iso: string, order: DateOrder = 'dmy'): string {
  const [y, m, d] = iso.split('-');
  return order === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

/** ISO form used in the model and in JSON output. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function todayParts(now: Date): { year: number; month: number; day: number } {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The local calendar day of `now`, in ISO form. */
export function isoDay(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * A date to suggest for something due after a meeting, when the clerk has not written one: the
 * next meeting's, else four weeks after the meeting (or after today, for a meeting with no date
 * yet). Snippets offer it and the no-due-date message gives it as its example.
 */
export function dateAfterMeeting(nextIso: string | undefined, meetingIso: string | undefined, today: Date, order: DateOrder = 'dmy'): string {
  if (nextIso) return displayDate(nextIso, order);
  return displayDate(formatISO(addWeeks(parseISO(meetingIso ?? isoDay(today)), 4), { representation: 'date' }), order);
}

export interface TimeRangeMatch {
  readonly start: number;
  readonly end: number;
  readonly from: string;
  readonly to?: string;
}

// `10:00 – 13:00`, `1000 – 1300 hrs`, `10.00am - 1pm`, `10:00`
// `10.00 AM`, `7.30pm`, `6:00 P.M.`: the afternoon is read on the 24-hour clock
const TIME_RANGE = /\b(\d{1,2}[:.]\d{2}|\d{4})(?:\s*(hrs|[ap]\.?m\b\.?))?\s*(?:[-–—]|to)\s*(\d{1,2}[:.]\d{2}|\d{4})(?:\s*(hrs|[ap]\.?m\b\.?))?|\b(\d{1,2}[:.]\d{2})(?:\s*(hrs|[ap]\.?m\b\.?))?\b/i;

/** What comes before the year of a date: a day (`16, `, `7th `) or a month (`September `). */
const YEAR_BEFORE = new RegExp(`(?:\\b\\d{1,2}${ORD},?|\\b${MONTH_RE}\\.?,?)\\s+$`, 'i');

function normTime(t: string, suffix?: string): string {
  const digits = t.replace(/[:.]/, '');
  let hh = Number(digits.length === 4 ? digits.slice(0, 2) : digits.slice(0, digits.length - 2));
  const s = (suffix ?? '').toLowerCase();
  if (s.startsWith('p') && hh < 12) hh += 12;
  else if (s.startsWith('a') && hh === 12) hh = 0;
  return `${String(hh).padStart(2, '0')}:${digits.slice(-2)}`;
}

/** A meeting time or time range; `1000 – 1300 hrs` reads as 10:00 – 13:00. */
/** TIME_RANGE searched from a position (`lastIndex`): made once, reset on each call (nothing else uses it). */
const TIME_RANGE_G = new RegExp(TIME_RANGE.source, 'gi');

export function findTimeRange(text: string): TimeRangeMatch | undefined {
  // a year closing a date (`June 16, 2020 – 6:00 P.M.`, `27 September 2022 - 1000`) is not a time
  const re = TIME_RANGE_G;
  re.lastIndex = 0;
  let m = re.exec(text);
  while (m && m[1] && /^(?:19|20)\d\d$/.test(m[1]) && YEAR_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) {
    re.lastIndex = m.index + 4;
    m = re.exec(text);
  }
  if (!m) return undefined;
  // `10.30 - 12.15pm`: a suffix written only once, on the end of the range, reads for both ends
  // when the start would otherwise fall after the end
  if (m[1] && m[3]) {
    const to = normTime(m[3], m[4]);
    let from = normTime(m[1], m[2]);
    if (!m[2] && m[4] && from > to) from = normTime(m[1], m[4]);
    return { start: m.index, end: m.index + m[0].length, from, to };
  }
  return { start: m.index, end: m.index + m[0].length, from: normTime(m[5], m[6]) };
}

/** The time of day as minutes record it: `10:43` (24-hour clock, as in "a break was taken 10:43 – 10:56"). */
export function clockTime(now: Date): string {
  return format(now, 'HH:mm');
}

/** A date as published minutes print it: `Tuesday 27 September 2022` (without the weekday, `27 September 2022`). */
export function longDate(iso: string, weekday = true): string {
  return format(parseISO(iso), weekday ? 'EEEE d MMMM yyyy' : 'd MMMM yyyy');
}
