/**
 * The heading of published minutes: which body met, on what date, at what time and where, read
 * from the lines above the attendance block in the forms the families publish:
 * `MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025 AT 10.00 AM` under the body's name,
 * `Date:`/`Time:`/`Venue:` labels (value on the same line or the next), `<Committee> - <Weekday>,
 * <day><suffix> <Month>, <year> <time>`, `# Group Meeting 2026-01-14`, `June 16, 2020 – 6:00 P.M.`.
 * Never a due date or an approval date, a logo's stray text, a column header or a debris line, nor
 * a web page's navigation or a static site's front matter (`---` ⏎ `title: …` ⏎ `---`).
 * Pure; never throws; every span lies inside its line. Date forms come from dates.ts (one place).
 */
import { findDates, findTimeRange, isoDate, MONTH_RE, type DateMatch, type DateOrder } from '../dates';
import { col, segmentLine, type Segment } from '../text';
import { findDebris, inlineDebris, type DebrisSpan } from './debris';
import { moreWordsThan } from '../unitClass';
import { halvesAt } from './twoLanguages';

/** Columns [start, end) of a line and the clean text they hold. */
export interface HeadingSpan {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface MeetingHeading {
  /** The body and meeting, from one or more heading lines, joined with ` – `. */
  readonly title?: { readonly text: string; readonly spans: readonly HeadingSpan[]; readonly site?: true };
  readonly date?: HeadingSpan & { readonly iso: string };
  /** 24-hour `HH:MM` start and, when a range is given, end. */
  readonly time?: HeadingSpan & { readonly from: string; readonly to?: string };
  readonly venue?: HeadingSpan;
  /**
   * The line after a static site's front matter, when the page opens with one: its `date:` and
   * `title:` are the site generator's settings, never the meeting's fields (nor our markup's `Date:`).
   */
  readonly frontMatterEnd?: number;
  /** The heading is printed in two languages (`Cofnodion y Cyfarfod / Minutes of the Meeting`): a bilingual council's minutes. */
  readonly twoLanguages?: true;
}

export interface HeadingOptions {
  readonly order?: DateOrder;
  /** The document's debris, when the caller has found it already. */
  readonly debris?: readonly DebrisSpan[];
  /** How many lines from the top may hold the heading (default `HEADING_LINES`). */
  readonly maxLines?: number;
  /**
   * The line of the meeting's first item, when the layout found it: the heading stands above it (a
   * date under it, `5.1 Minutes of the January 14, 2025 Regular Meeting`, is an item's).
   */
  readonly firstItem?: number;
}

/** A label that opens the attendance block, the agenda or the list of items: the heading ends there. */
const BODY_START = /^(?:present|attendees|attendance|members(?:\s+present)?|governors\s+present|councillors\s+present|council\s+present|trustees\s+present|in\s+attendance|also\s+present|apologies|absent|regrets|roll\s+call|council\s+members|mayor|officers(?:\s+in\s+attendance)?|agenda|items)\s*(?::|$)/i;
const LABEL = /^(date|time|venue|place|location|contact|status|meeting|ref(?:erence)?|chair|clerk)\s*:\s*/i;
// (`Meeting Information`, `Meeting Details`: a wiki template's label over the heading's fields)
const BARE_WORD = /^(?:minutes|notes|agenda|draft minutes|unconfirmed minutes|public minutes|minutes and actions|meeting (?:information|details))$/i;
/** `Date:` in a cell after others (`Location: Zoom<TAB>Date: 2025-06-17`): the date that follows is labelled. */
const CELL_DATE_LABEL = /\tdate\s*:\s*$/i;
/** A date near these words is not the meeting's: a due date, the approval, the next or last meeting. */
const NOT_MEETING_DATE = /\b(?:approved|confirmed|signed|circulated|published|updated|due|deadline|next meeting|previous meeting|last meeting|retrieved|edited|issued|printed)\b/i;
const BEFORE_DUE = /\b(?:by|before|until|till|from|to|no later than)\s*$/i;
const MEETING_WORDS = /\b(?:held|meeting|minutes|notes|session|teleconference|call)\b/i;
/**
 * A heading line that names the kind of meeting and no body: `Regular Meeting`, `SPECIAL MEETING MINUTES`,
 * `Meeting Notes`, an association's or a club's `Annual General Meeting` (`Extraordinary General Meeting`).
 */
const KIND_ONLY = /^(?:(?:regular|special|ordinary|extraordinary|adjourned|emergency|public|open|closed|work|study|annual|general)\s+)*(?:meeting|session)(?:\s+(?:minutes|notes))?$/i;
/** A name alone in quotes (`"THE MERIDIAN"`): a building's or a project's, never the body's. */
const QUOTED_NAME = /^["“][^"“”]{1,60}["”]$/;

/** `held`, `held on`, `held on Wednesday,` ending a heading line: the date follows on the next line. */
const WRAPPED_HELD = /(?<!\s)\s+held(?:\s+on)?(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,]*$/i;
/**
 * `held in the`, `held at the Pavilion,` and what follows on a `Minutes of …` line: the place and
 * date, not the body (`MEETING HELD IN PUBLIC` names the kind of meeting, and stays).
 */
/** The words before a date that are only the preposition opening it (`ON`, `on the`, `at`). */
const LONE_PREPOSITION = /^(?:on|at|of|dated)(?:[ \t]+the)?[ \t,]*$/i;
const HELD = /(?<!\s)\s+held\s+(?:in|at)\s+(?!public\b|private\b).*$/i;
/**
 * A field of a document register's cover sheet (`Document type: Meeting minutes`, `Source: WG 7
 * Secretary`, `Title: Minutes of the 27th meeting of …, 2026-01-13`): a label of a few words, a
 * colon, its value. A run of them (COVER_FIELDS or more, line after line) is the cover, no heading.
 */
const FIELD = /^[A-Z][A-Za-z .&/()'’-]{0,30}:[ \t]+\S/;
const COVER_FIELDS = 3;
/** A field whose label speaks of the meeting's date, time or place: its date may be the meeting's (`Meeting date: …`). */
const WHEN_LABEL = /^[^:]*\b(?:date|time|meeting|venue|place|location|held)\b[^:]*:/i;
/**
 * The meeting's number in a series before its date (`27th meeting, virtual (Zoom), 2026-01-13`):
 * which meeting it was, no body's name.
 */
const ORDINAL_MEETING = /^(?:the\s+)?\d{1,4}(?:st|nd|rd|th)\s+(?:(?:regular|ordinary|special|plenary|annual|general)\s+)?(?:meeting|session)\b(?!\s+of\b)/i;
/** A time's zone after it (`12:00–15:00 UTC`, `(GMT)`, `ET`): the clock's, no place. */
const TIME_ZONE = /^[ \t]*\(?(?:UTC|GMT|BST|CES?T|[ECMP][SD]?T)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?(?![\w])/;
/** A web or e-mail address: contact details, never a body's name. */
const ADDRESS = /https?:\/\/|www\.|[\w.-]@[\w-]+\.\w/i;
/**
 * A postal address: words after a comma ending with a postcode (`Town Hall, Market Place, Kelbourne KB4 2AA`,
 * `100 Main Street, Springfield, IL 62701`): the letterhead's, under the body's name, never a body's name itself.
 */
const POSTAL = /,[^,]*[ \t](?:[A-Z]{1,2}\d[A-Z\d]?[ \t]+\d[A-Z]{2}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]+\d[A-Z]\d)$/;
/** A reference at the right of a title line, after a wide gap: `BPC(25)M07`, `AGC/2025/09` (one word with a digit). */
const RIGHT_REFERENCE = /(?<![ \t])[ \t]{3,}(?=\S*\d)\S+$/;
// (`Minute of the meeting held on …`: a Scottish body writes its minutes as one `Minute`; the minutes'
// standing before them, `UNAPPROVED MINUTES OF THE …`, `Unconfirmed Draft Minutes of …`, `Final Minutes of …`, is no part
// of the body's name, one word or two stacked)
// (an EU body's `Summary record of the 61st meeting`, a board's `Record of the meeting`: the record, as `Minutes of`, names no body)
/** What may follow `Minutes` on its line that only says the minutes' standing: `– DRAFT`, `(Unapproved)`, `- Subject to approval`. */
const STANDING_AFTER = /^[ \t–—:(-]*(?:draft|approved|unapproved|final|adopted|confirmed|unconfirmed|provisional|subject[ \t]+to[ \t]+approval)[ \t)]*$/i;
const MINUTES_OF = /^(?:(?:unreserved|reserved|draft|approved|unapproved|adopted|final|confirmed|unconfirmed|provisional|public|open|summary)\s+){0,2}(?:minutes|notes|proceedings|minute(?=\s+of\b)|record(?=\s+of\b))(?:\s+of(?:\s+the)?(?:\s+(?:\w+\s+)?meeting)?(?:\s+of(?:\s+the)?)?)?\s*/i;

/**
 * The spans' texts joined by `sep` (lower-cased each, when asked). A loop, not `map(…).join(…)`: the
 * engine's optimised code for `meetingHeading` met the mapped array in another form than it had seen,
 * and was thrown away and compiled again, twice in a folder's first reading (some 300 ms of compiling).
 */
function spanTexts(spans: readonly HeadingSpan[], sep: string, lower: boolean): string {
  let out = '';
  for (let k = 0; k < spans.length; k++) {
    const t = lower ? spans[k].text.toLowerCase() : spans[k].text;
    out = k === 0 ? t : out + sep + t;
  }
  return out;
}

/**
 * Whether a heading line above holds every word of `text` (less a last `meeting`, and a first `full`:
 * `the Full Council` is the whole of the council named above), in order: it names the same body.
 */
function namedAbove(above: readonly HeadingSpan[], text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  if (words.length > 1 && words[words.length - 1] === 'meeting') words.pop();
  if (words.length > 1 && words[0] === 'full') words.shift();
  return above.some((s) => {
    const a = s.text.toLowerCase().split(/\s+/);
    for (let k = 0; k + words.length <= a.length; k++) if (words.every((w, n) => a[k + n] === w)) return true;
    return false;
  });
}

interface Unit { readonly line: number; readonly seg: Segment; readonly text: string }

/**
 * A page's path or breadcrumb trail, which a wiki or a web page prints above the minutes and a
 * reader never takes for the body's name: `Meetings/2021-06-08`, `Meetings/` (the words before the
 * date of a page title), `wiki/Minutes/June`, `Home › Meetings ›`, `Home > Minutes > 2021`.
 */
function isPageChrome(t: string): boolean {
  // (and a wiki's link back to the page above: `Return to Medication Workflow Minutes`)
  return isPagePath(t) || /[/›»]$/.test(t) || /\s[›»>]\s/.test(t) || /^(?:return|back)\s+to\s/i.test(t);
}

/** An agenda portal's name of the document it shows (`Minutes Acceptance: Minutes of Oct 2, 2023 7:00 PM`). */
const PORTAL_TITLE = /^[ \t]*minutes[ \t]+acceptance:[ \t]+minutes[ \t]+of[ \t]/i;

/** A page's name written as its path (`Meetings/2021-06-09`), no blank in it. */
function isPagePath(t: string): boolean {
  return /^\S*\/\S*$/.test(t);
}

/** A wiki's tagline under the page title, naming the site: `From Fenland Bat Group`, `From Tollbridge Community Archive Wiki`. */
const WIKI_TAGLINE = /^from\s+([A-Z].{1,59}?)(?:\s+wiki)?$/i;
/** How far down a wiki page its tagline stands (under the page title and `Jump to navigation`). */
const TAGLINE_LINES = 5;

/** A page's table of contents' label (`Contents`, a wiki's; `Topics:`, a scribe tool's): its entries are no heading. */
export const CONTENTS_LABEL = /^\s*(?:contents|table of contents|topics)(?:\s*:)?\s*$/i;

/**
 * The line after a table of contents that stands among the heading's lines (a wiki page copied as
 * text lists its sections under `Contents` above the minutes' own heading): the label, the blank
 * lines under it and its entries up to the next blank line. `at` is the label's line.
 */
function contentsEnd(lines: readonly string[], at: number, limit: number): number {
  let l = at + 1;
  while (l < limit && lines[l].trim() === '') l++;
  while (l < limit && lines[l].trim() !== '') l++;
  return l;
}

/**
 * An organisation named with its registration before a dash, opening a heading line: `Kestrel Valley
 * Boat Trust (registered charity 1187345) – `, `Oak Trust (company no. 0812345) — `, `… (charity no. SC012345): `.
 */
const REGISTERED_AUTHORITY = /^[^()–—]{2,80}?\((?:registered\s+)?(?:charity|company|society|CIO)\b[^()]{0,30}\d[^()]{0,10}\)\s*(?:[–—:]|-(?=\s))\s*/i;

/** A line that is only an HTML comment (`<!-- Template: … -->`, a minutes template's note to its editors). */
export const HTML_COMMENT = /^\s*<!--.*-->\s*$/;

/** A YAML key of a static site's front matter (`title: "…"`, `date: 2026-03-12`, `tags: [a, b]`), or a list or value carried on. */
const FRONT_MATTER_LINE = /^(?:[A-Za-z_][\w-]*:(?:\s|$)|\s+\S|-\s|\s*$)/;

/**
 * The line after a static site's front matter (`---` ⏎ `layout: minutes` ⏎ `title: "…"` ⏎ `---`,
 * Jekyll, Hugo), or 0. It is the page's settings for the site generator, never the heading a reader
 * takes: its `title:` is the page's, written again (and in other words) by the heading under it.
 */
export function frontMatterEnd(lines: readonly string[], limit: number): number {
  if (limit < 2 || lines[0].trimEnd() !== '---') return 0;
  for (let l = 1; l < limit; l++) {
    const t = lines[l].trimEnd();
    if (t === '---' || t === '...') return l > 1 ? l + 1 : 0;
    if (!FRONT_MATTER_LINE.test(lines[l])) return 0;
  }
  return 0;
}

/** A link of a site's menu or breadcrumb trail: a few words, no figure and no sentence's stop (`Council and democracy`, `Your Council`). */
function isLinkLabel(t: string): boolean {
  return t.length <= 40 && !/[\d.:;!?()]/.test(t) && t.split(/\s+/).length <= 5;
}

/** The web-chrome words that open a menu: the site's links follow them (`Menu` ⏎ `Home` ⏎ `Your Council` ⏎ `Meetings`). */
const MENU_OPENER = /^(?:home|menu)$/i;

/**
 * The lines of a web page's navigation at its top: in a run of link labels (and blank lines), from
 * the first line of the page's frame (`Skip to main content`, `Home`, `Agenda and minutes`:
 * `web-chrome` debris) to the last, and the menu's links after a last `Home` or `Menu`. A reader
 * never takes them for the body: a breadcrumb names the site's sections (`Council and democracy`,
 * `Browse meetings`), and the body it ends on is named again by the page's heading. A label after
 * the frame's last line that opens no menu (`Agenda and minutes` ⏎ `Planning Committee`) is the
 * page's own heading, and stays.
 */
function siteNavigation(lines: readonly string[], limit: number, chrome: ReadonlySet<number>): Set<number> | undefined {
  let nav: Set<number> | undefined;
  let l = 0;
  while (l < limit) {
    // a run of labels, blanks and frame lines
    let end = l;
    let first = -1;
    let last = -1;
    while (end < limit) {
      const t = lines[end].trim();
      if (chrome.has(end)) { if (first < 0) first = end; last = end; } else if (t !== '' && !isLinkLabel(t)) break;
      end++;
    }
    if (first >= 0) {
      let to = last;
      if (MENU_OPENER.test(lines[last].trim())) to = end - 1;
      for (let k = first; k <= to; k++) (nav ??= new Set()).add(k);
    }
    l = Math.max(end, l + 1);
  }
  return nav;
}

function span(u: Unit, a: number, b: number): HeadingSpan {
  const s = Math.max(0, Math.min(a, u.text.length));
  const e = Math.max(s, Math.min(b, u.text.length));
  return { line: u.line, start: col(u.seg, s), end: col(u.seg, e), text: u.text.slice(s, e) };
}

/** A span and its time: the object written out, not spread (a spread of a fresh object is the slow copy). */
function timeSpan(u: Unit, a: number, b: number, from: string, to: string | undefined): HeadingSpan & { readonly from: string; readonly to?: string } {
  const s = span(u, a, b);
  return { line: s.line, start: s.start, end: s.end, text: s.text, from, to };
}

/** `meeting of` leading to the date (`Tamarind Steering Council — meeting of 12 March 2026`): no part of the body's name. */
const MEETING_OF = /[\s,;:–—-]*\bmeeting\s+(?:of|on)$/i;

/**
 * `minutes of the meeting` after the body's name, before `held on <date>` (`Trustee Board – minutes
 * of the meeting held on …`): the document's words, no part of the name (MINUTES_OF when they open the line).
 */
const MINUTES_OF_AFTER = /[\s,;:–—-]+(?:minutes|notes|minute)\s+of\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?meeting$/i;

/** A web page's `minutes` after the body's name, before its date (`Audit and Governance Committee minutes: 26 February 2026`): the page's word for the document, in small letters. */
const MINUTES_WORD_AFTER = /[\s,;:–—-]+(?:minutes|notes)$/;

/** Which meeting of a series, before the body it is of (`31st Meeting of TC4 (…) — 18 February 2026`): no part of the body's name. */
const ORDINAL_OF = /^(?:the\s+)?\d{1,4}(?:st|nd|rd|th)\s+(?:(?:regular|ordinary|special|plenary|annual|general)\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?(?=\S)/i;

/** The end of [a, b) of `text` before a `meeting of` that leads to the date (or `minutes of the meeting`), if the body is named before it. */
function beforeMeetingOf(text: string, a: number, b: number): number {
  const part = text.slice(a, b);
  const m = MEETING_OF.exec(part) ?? MINUTES_OF_AFTER.exec(part) ?? MINUTES_WORD_AFTER.exec(part);
  return m && m.index > 0 ? a + m.index : b;
}

/**
 * A line of its own that names the meeting (`ORDINARY COUNCIL MEETING`, `Audit and Risk Committee Meeting`)
 * under `MINUTES OF <body>`: a heading of its own, the sentence above complete (the body's name never
 * ends in `meeting`, and a wrapped sentence goes on to `held`).
 */
const OWN_MEETING = /\S[ \t]+meeting$/i;

/**
 * Whether `u` carries on the sentence `above` opened (`Minutes of a meeting of the <body>`, on the
 * line above, with the body's words and no stop at its end): the page wrapped it.
 */
function carriesOnMinutesOf(above: Unit, u: Unit): boolean {
  if (above.line !== u.line - 1 || /[.!?:;]$/.test(above.text) || OWN_MEETING.test(u.text)) return false;
  // `MINUTES OF THE STRATA COUNCIL MEETING` ⏎ `THE OWNERS, STRATA PLAN EPS4417`: a line closed by `meeting` names the
  // meeting whole, and the line under it is a heading of its own unless it goes on with a preposition (`of the …`, `held …`)
  if (/\bmeeting$/i.test(above.text) && !/^(?:of|held|at|in|on|for)\b/i.test(u.text)) return false;
  const m = MINUTES_OF.exec(above.text);
  return !!m && m[0].length > 0 && /\p{L}/u.test(above.text.slice(m[0].length)) && !HELD.test(above.text) && !WRAPPED_HELD.test(above.text);
}

/** The last words of a name the page wrapped (`LIMITED`, `Trust Board`, `PLC`): three words at most, each opening with a capital. */
const NAME_TAIL = /^\p{Lu}[\p{L}&.'’-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}&.'’-]*){0,2}$/u;

/** The line under `Minutes of … held in the` (or `at`), the sentence left open: the place it goes on with. */
function placeCarriedOn(above: Unit, u: Unit): boolean {
  if (above.line !== u.line - 1 || /[.!?:;]$/.test(above.text)) return false;
  const m = MINUTES_OF.exec(above.text);
  return !!m && m[0].length > 0 && HELD.test(above.text);
}

/** Trims separators (`,`, `–`, `-`, `:`) and blanks from both ends of [a, b) of `text`. */
function trimmed(text: string, a: number, b: number): [number, number] {
  while (a < b && /[\s,;:–—-]/.test(text[a])) a++;
  while (b > a && /[\s,;:–—-]/.test(text[b - 1])) b--;
  return [a, b];
}

const COLUMN_WORDS = new Map<string, boolean>([
  // phrase → strong (a word that names a column of minutes or actions rather than anything else)
  ['no', true], ['no.', true], ['item', true], ['min', true], ['min.', true], ['minute', true], ['minute ref', true], ['ref', true], ['ref.', true],
  ['action', true], ['actions', true], ['action by', true], ['who', true], ['lead', true], ['owner', true], ['responsible', true],
  ['status', true], ['due', true], ['due date', true], ['by when', true], ['deadline', true], ['target date', true], ['rag', true],
  ['date', false], ['details', false], ['update', false], ['meeting', false], ['title', false], ['subject', false], ['page', false],
  ['payee', false], ['net', false], ['vat', false], ['total', false], ['amount', false], ['description', false], ['progress', false],
  ['comments', false], ['notes', false], ['time', false], ['paper', false], ['presenter', false], ['purpose', false], ['decision', false],
  ['discussion', false], ['discussion and decisions', false], ['minutes', false],
]);

/**
 * The column names of a table's right-hand Action column (`Action`, `Lead`, `Owner`, `Action by`), which
 * minutes printed in a table carry after the first item's title: COLUMN_WORDS' names of who acts.
 */
const ACTION_COLUMN_NAMES = new Set(['action', 'actions', 'action by', 'who', 'lead', 'owner', 'responsible'].filter((w) => COLUMN_WORDS.get(w) === true));

/**
 * Where a heading ends without the column header a tab set after it (`WELCOME AND APOLOGIES<TAB><TAB>Action`):
 * the start of the tabs before it, or `end` when the text in [start, end) ends in none.
 */
export function beforeColumnHeader(text: string, start: number, end: number): number {
  // (a tab is the cheap first test: a title holds none)
  const tab = text.lastIndexOf('\t', end - 1);
  if (tab < start) return end;
  let cut = end;
  for (let e = end; ;) {
    const t = text.lastIndexOf('\t', e - 1);
    if (t < start) break;
    const cell = text.slice(t + 1, e).trim().toLowerCase().replace(/:$/, '');
    if (cell !== '' && !ACTION_COLUMN_NAMES.has(cell)) break;
    let b = t;
    while (b > start && (text[b - 1] === '\t' || text[b - 1] === ' ')) b--;
    if (cell !== '') cut = b;
    e = b;
    if (b <= start) break;
  }
  return cut > start ? cut : end;
}

/** The first words of the column names (`action` of `action by`, `by` of `by when`): a column header's first word is one. */
const COLUMN_FIRST_WORDS = new Set([...COLUMN_WORDS.keys()].map((p) => p.split(' ')[0]));
/** A line's first word as `isColumnHeader` splits it: the marks (`|`, `*`, `#`, `£`, `(£)`) and blanks part words. */
const FIRST_WORD = /^(?:[\s£$€|*#]|\((?:£|\$|€)\))*((?:(?!\((?:£|\$|€)\))[^\s£$€|*#])+)/;

/** A character no column name has, nor the marks between them (`|`, `*`, `#`, `(£)`); `\u212A` (Kelvin) lowers to `k`. */
const NOT_COLUMN_CHAR = /[^A-Za-z.:()£$€|*#\s\u212A]/;

/**
 * A column header of a flattened table (`No.<TAB>Item`, `Min Item Lead`, `Ref | Action | Owner |
 * Due | Status`, `Payee Details Net £ VAT £ Total £`): every word a column name, and at least two
 * that name columns of minutes or actions (or three names of any kind). Never a title or a section.
 */
export function isColumnHeader(line: string): boolean {
  // every word a column's name, letters and stops: a line with another character (a digit, a comma,
  // a dash) is none, and is not copied, lowered and split to say so
  if (line.length > 200 || NOT_COLUMN_CHAR.test(line)) return false;
  // the first word must open a column's name: a title line (`STRATEGIC POLICING AND CRIME BOARD`,
  // asked by every file's heading) is ruled out by it, not copied, lowered and split
  const first = FIRST_WORD.exec(line);
  if (!first || !COLUMN_FIRST_WORDS.has(first[1].toLowerCase().replace(/:$/, ''))) return false;
  const words = line.replace(/\((?:£|\$|€)\)|[£$€|*#]/g, ' ').trim().toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return false;
  let strong = 0;
  let phrases = 0;
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let len = Math.min(2, words.length - i); len >= 1 && matched === 0; len--) {
      const p = words.slice(i, i + len).join(' ').replace(/:$/, '');
      const s = COLUMN_WORDS.get(p);
      if (s !== undefined) { matched = len; phrases++; if (s) strong++; }
    }
    if (matched === 0) return false;
    i += matched;
  }
  return strong >= 2 || phrases >= 3;
}

function sameDate(a: DateMatch | undefined, b: DateMatch | undefined): boolean {
  return a !== undefined && b !== undefined && !a.problem && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The words of a heading line before its date (less `Minutes of …` and the separators) as a span of
 * the title. A shorter span above whose words it holds is the body named again (a wiki's site name
 * over the page heading `<Society> – Committee meeting, …`): the fuller one replaces it.
 */
function pushTitle(titleSpans: HeadingSpan[], u: Unit, dateStart: number): HeadingSpan | undefined {
  const pre = u.text.slice(0, dateStart);
  if (/\bheld\b/i.test(pre) || isPageChrome(pre.trim())) return undefined;
  const mo = MINUTES_OF.exec(pre);
  const [a, b0] = trimmed(u.text, mo ? mo[0].length : 0, pre.length);
  const b = beforeMeetingOf(u.text, a, b0);
  if (b <= a || !/\p{L}/u.test(u.text.slice(a, b))) return undefined;
  const s = span(u, a, b);
  if (namedAbove(titleSpans, s.text)) return undefined;
  for (let k = titleSpans.length - 1; k >= 0; k--) if (namedAbove([s], titleSpans[k].text)) titleSpans.splice(k, 1);
  titleSpans.push(s);
  return s;
}

/** A line saying what the body is part of (`Part of the Meridian Learning Trust`, `A member of the … Federation`). */
const PART_OF = /^(?:part|(?:a[ \t]+)?member)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}/iu;

/** How many lines from the top may hold the meeting's heading: an edit below them cannot change it. */
export const HEADING_LINES = 60;

/** `t.replace(/^\*+|\*+$/g, '')`: the text without the `*` runs opening and closing it; the text itself (no pattern run) when it neither opens nor closes with one. */
function withoutOuterStars(t: string): string {
  return t.length > 0 && (t.charCodeAt(0) === 0x2a || t.charCodeAt(t.length - 1) === 0x2a) ? t.replace(/^\*+|\*+$/g, '') : t;
}

/**
 * Title, date, time and venue of a meeting from the top of its document. Each part is absent when
 * the heading does not give it; nothing is guessed from the body.
 */
/** A line that ends on a day and its month (`… Kelsford on Monday 25 November`), the year wrapped onto the next. */
const DAY_MONTH_END = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?[ \t]+${MONTH_RE}[ \t]*$`, 'i');

/**
 * The dates of a heading's line; where it ends on a day and month and the next line opens with the year (`… on Monday 25
 * November` ⏎ `2024 at 6.00pm.`), that date too, its span the line's own words.
 */
function datesWrapped(units: readonly Unit[], k: number, order: DateOrder): readonly DateMatch[] {
  const u = units[k];
  const own = findDates(u.text, order);
  const next = units[k + 1];
  if (own.some((d) => !d.problem) || !next || next.line !== u.line + 1 || !DAY_MONTH_END.test(u.text)) return own;
  const year = /^[ \t]*((?:19|20)\d\d)\b/.exec(next.text);
  if (!year) return own;
  const joined = findDates(`${u.text} ${year[1]}`, order).filter((d) => !d.problem && d.end > u.text.length);
  return joined.length > 0 ? [...own, ...joined.map((d) => ({ ...d, end: u.text.length }))] : own;
}

export function meetingHeading(lines: readonly string[], options: HeadingOptions = {}): MeetingHeading {
  const order = options.order ?? 'dmy';
  const limit = Math.min(lines.length, options.maxLines ?? HEADING_LINES, options.firstItem ?? Infinity);
  const debris = options.debris ?? findDebris(lines.slice(0, limit));
  const debrisLine = new Set<number>();
  let chrome: Set<number> | undefined;
  for (const d of debris) {
    if (d.start !== 0 || d.end !== lines[d.line]?.length) continue;
    debrisLine.add(d.line);
    if (d.kind === 'web-chrome' && d.line < limit) (chrome ??= new Set()).add(d.line);
  }
  const nav = chrome ? siteNavigation(lines, limit, chrome) : undefined;
  // the heading's lines, as clean text (tags, `**`, `#` set aside by the text layer)
  const units: Unit[] = [];
  const bold = { open: false };
  // a wiki page (its frame among the debris) names its site under the page title: the body, when
  // the heading names none (the page title is a path: `Meetings/2021-06-08`)
  const wiki = debris.some((d) => d.kind === 'wiki-chrome');
  let tagline: HeadingSpan | undefined;
  const front = frontMatterEnd(lines, limit);
  for (let l = front; l < limit; l++) {
    if (nav?.has(l)) continue;
    // (the page's table of contents: its entries, `Attendance` among them, open no body)
    if (lines[l].length < 40 && CONTENTS_LABEL.test(lines[l])) { l = contentsEnd(lines, l, limit) - 1; continue; }
    const segs: Segment[] = [];
    segmentLine(lines[l], l, bold, segs);
    if (wiki && l < TAGLINE_LINES && tagline === undefined) {
      const ts = segs.find((s) => s.text !== '');
      const tm = ts ? WIKI_TAGLINE.exec(ts.text.trim()) : null;
      if (ts && tm) {
        const a = ts.text.indexOf(tm[1]);
        tagline = span({ line: l, seg: ts, text: ts.text }, a, a + tm[1].length);
        continue; // the site's frame, no line of the heading
      }
    }
    if (debrisLine.has(l)) continue;
    // (an agenda portal's name of the document, the file's first line over its own heading: `Minutes Acceptance: Minutes of
    // Oct 2, 2023 7:00 PM (Consent Agenda)`; lower down, the same words are a consent agenda's entry, the minutes' own)
    if (units.length === 0 && PORTAL_TITLE.test(lines[l])) continue;
    const seg = segs.find((s) => s.text !== '');
    // a heading line is short: a paragraph of a thousand characters is no part of it (and its
    // dates and words are not searched: the parser asks this of every file)
    if (!seg || seg.text.length > 1000) continue;
    if (BODY_START.test(withoutOuterStars(seg.text)) || isColumnHeader(seg.text)) break;
    let text = seg.text;
    // inline debris (`View directions`, `pdf icon PDF 198 KB`) is cut from the end of the text
    for (const d of inlineDebris(lines[l])) {
      for (let i = 0; i < text.length; i++) if (col(seg, i) >= d.start) { text = text.slice(0, i); break; }
    }
    // (`trimEnd` strips what `\s` matches, the same characters: no pattern tried at each blank of the line)
    units.push({ line: l, seg, text: text.trimEnd() });
  }

  // a document register's cover sheet: a run of fields, line after line
  let cover: Set<number> | undefined;
  for (let k = 0; k < units.length;) {
    let e = k;
    while (e < units.length && FIELD.test(units[e].text) && (e === k || units[e].line === units[e - 1].line + 1)) e++;
    if (e - k >= COVER_FIELDS) for (let j = k; j < e; j++) (cover ??= new Set()).add(j);
    k = Math.max(e, k + 1);
  }
  // the meeting's date: the best-placed date of the heading, never a due or approval date
  let best: { u: number; d: DateMatch; score: number; cell: boolean; labelled: boolean } | undefined;
  // each unit's dates as this search found them: the title's and the next line's tests ask again
  const dates: Array<readonly DateMatch[] | undefined> = new Array(units.length);
  const datesOf = (k: number): readonly DateMatch[] => (dates[k] ??= datesWrapped(units, k, order));
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    if (NOT_MEETING_DATE.test(u.text)) continue;
    const labelled = /^date\s*:/i.test(u.text) || (k > 0 && /^date\s*:?$/i.test(units[k - 1].text) && units[k - 1].line >= u.line - 2);
    for (const d of datesOf(k)) {
      if (d.problem || BEFORE_DUE.test(u.text.slice(0, d.start))) continue;
      let score = 1;
      const cell = CELL_DATE_LABEL.test(u.text.slice(0, d.start));
      if (labelled || cell) score += 3;
      // (a wiki's breadcrumb, `trustees / minutes / 2026-03-17`, names the page's place on the site: its words are no meeting's)
      const crumb = /\s\/[ \t]+$/.test(u.text.slice(0, d.start));
      if (MEETING_WORDS.test(u.text) && !crumb) score += 3;
      if (d.weekday) score += 2;
      // a path or page name (`Meetings/2020-02-18`, the breadcrumb)
      if (crumb || /\/\S*$/.test(u.text.slice(0, d.start))) score -= 2;
      if (tagline && u.line < tagline.line) score -= 2; // a wiki's page title, above its tagline: the page's name
      // a cover sheet's field other than the meeting's date (`Title: Minutes of the 27th meeting …, 2026-01-13`):
      // the register's words for the document, under which the minutes' own heading gives the date again
      if (cover?.has(k) && !labelled && !WHEN_LABEL.test(u.text)) score -= 2;
      // a web page's post title with the meeting's date (`Board of Directors Meeting Minutes – September 16,
      // 2025`, the site's menu above it) over the minutes' own heading, a line that opens with the same date
      // and its weekday (`Tuesday, September 16, 2025, 6:00 PM`): the minutes' heading is the meeting's, and
      // the lines between (the body's name) are its title (never over a date a label or a cell gives, nor for
      // a line that opens otherwise: `Posted on Tuesday 4 March 2025 by …`, `Site visit: Tuesday …`)
      const ownHeading = chrome !== undefined && best !== undefined && !best.labelled && !best.cell && d.weekday !== undefined && !best.d.weekday
        && sameDate(best.d, d) && /^[ \t]*$/.test(u.text.slice(0, d.start)) && !/[.!?]$/.test(u.text);
      if (!best || score > best.score || ownHeading) best = { u: k, d, score: Math.max(score, best?.score ?? 0), cell, labelled };
      break;
    }
  }

  const result: { -readonly [K in keyof MeetingHeading]: MeetingHeading[K] } = {};
  if (front > 0) result.frontMatterEnd = front;
  let titleSpans: HeadingSpan[] = [];
  // a heading line in two languages (`Cofnodion … / Minutes of …`, its date on it or not): the body's name may be printed in both too
  const twoLanguages = units.some((u) => u.text.indexOf(' / ') > 0 && bilingualMinutesOf(u.text) !== undefined);
  // the spans taken from a line with the meeting's date above the line that gives it best (a web
  // page's own title, `Minutes: <Body> - Special Meeting - Mar 3 2025`, over the minutes' heading)
  const dated = new Set<HeadingSpan>();
  const before = best ? best.u : units.length;
  for (let k = 0; k < before; k++) {
    const u = units[k];
    const t = u.text;
    // (`<!-- Template: … -->`: a note to the page's authors, never printed)
    if (t === '' || LABEL.test(t) || /^\w+\s*:$/.test(t) || BARE_WORD.test(t) || ADDRESS.test(t) || POSTAL.test(t) || HTML_COMMENT.test(t) || cover?.has(k)) continue;
    if (isPageChrome(t) || /[.!?]$/.test(t) || moreWordsThan(t, 14) || /^\[\d+\]/.test(t)) continue;
    // `MINUTES of a meeting of the Growth, Environment and Transport Cabinet` ⏎ `Committee held in the
    // Darent Room, …`: the sentence carried on, the rest of the body's name (named by the line above, or
    // by the heading over it) and then its place, no heading of its own
    if (k > 0 && carriesOnMinutesOf(units[k - 1], u)) continue;
    // (`Minutes of the Meeting of the … Committee held in the` ⏎ `Council Chamber, … on Tuesday` ⏎ `10 February 2026 …`:
    // the place the sentence carried on, its date wrapped further down, no heading of its own)
    if (k > 0 && placeCarriedOn(units[k - 1], u)) continue;
    if (datesOf(k).length > 0 || findTimeRange(t)) {
      // a page heading that names the body and the meeting's date, over a line that gives the date
      // again with the day, time and place (`<Society> – Committee meeting, 14 May 2024` over `Held in
      // the Hut, 7.30pm, Tuesday 14 May 2024.`): the words before its date are the title
      const sameDay = best ? sameDate(datesOf(k)[0], datesOf(best.u)[0]) : false;
      const s = sameDay && !NOT_MEETING_DATE.test(t) ? pushTitle(titleSpans, u, datesOf(k)[0].start) : undefined;
      if (s) dated.add(s);
      continue;
    }
    // `Cofnodion y Cyfarfod Cyffredin / Minutes of the Ordinary Meeting`: a bilingual council's heading in both languages,
    // either first; the half that opens `Minutes of …` is read, the other language's half names nothing more
    const bi = twoLanguages ? bilingualMinutesOf(t) : undefined;
    const m = bi ? bi.m : MINUTES_OF.exec(t);
    const from = bi ? bi.from : m ? m[0].length : 0;
    const end = bi ? bi.end : t.length;
    // `Minutes – DRAFT`, `Minutes (Unapproved)`: the minutes' standing after the word, no body's name
    if (from > 0 && STANDING_AFTER.test(t.slice(from, end))) continue;
    // `Minutes of the Board Meeting held in Public` under the body's own line: after `Minutes of … meeting`, a
    // phrase from `held` says how the meeting was held (in public, in private, on a day), and names no body
    if (from > 0 && /^held\b/i.test(t.slice(from))) continue;
    // (a line of its own opening with it, `HELD AT THE COUNCIL CHAMBER, 14 RATA STREET`, is the meeting's place under its heading)
    if (from === 0 && /^held[ \t]+(?:at|in)[ \t]/i.test(t)) continue;
    // a heading wrapped before its date (`… OF THE PARISH COUNCIL HELD ON WEDNESDAY` ⏎ `17 SEPTEMBER
    // 2025 AT …`): the words from `held` belong to the date, not the body
    // (and `Minutes of a meeting of the … Committee held in the` ⏎ `Council Chamber … on <date>`: after
    // `Minutes of … held` come the place and the date, never the body)
    const held = WRAPPED_HELD.exec(t) ?? (from > 0 ? HELD.exec(t) : null);
    // a reference printed at the right of the title line (`BRINDLECOMBE PARISH COUNCIL     BPC(25)M07`) is no part of the name
    const ref = RIGHT_REFERENCE.exec(t);
    const [a0, b] = trimmed(t, from, held && held.index >= from && held.index < end ? held.index : ref && ref.index < end ? ref.index : end);
    // `<Charity> (registered charity 1187345) – Board of Trustees`: the organisation, known by its
    // registration, is the authority; the body after the dash is the meeting's
    const registered = from === 0 ? REGISTERED_AUTHORITY.exec(t.slice(a0, b)) : null;
    const a = registered && a0 + registered[0].length < b ? a0 + registered[0].length : a0;
    // `the Parish Council` in `Minutes of the meeting of the Parish Council` is the body named in
    // full above it (`HOLLOWDENE PARISH COUNCIL`): a line that adds nothing to one above is no title
    // `Minutes of Meeting 517`: the meeting's number in a series, no body's name (a name has letters)
    if (b > a && /\p{L}/u.test(t.slice(a, b))) {
      // the body's name printed again lower down on a line of its own (a parish's web page names the
      // council over its menu and again over the minutes it posts): the later line is the minutes'
      // own heading (`the Cabinet` of `Minutes of a meeting of the Cabinet held …` is the same body
      // named in a sentence, and leaves the heading where it stands)
      const name = from === 0 && !held && !ref ? t.slice(a, b).toLowerCase() : undefined;
      let again = name === undefined ? -1 : titleSpans.findIndex((s) => s.text.toLowerCase() === name);
      // …or named inside a page's title with the meeting and its date: the line of its own under it
      // is the minutes' heading (`TOWN BOARD` under `Minutes: Town Board - Special Meeting - …`)
      if (again < 0 && name !== undefined && dated.size > 0) again = titleSpans.findIndex((s) => dated.has(s) && namedAbove([s], name));
      if (again >= 0) titleSpans.splice(again, 1);
      if (again >= 0 || !namedAbove(titleSpans, t.slice(a, b))) titleSpans.push(span(u, a, b));
    }
  }
  if (best) {
    const u = units[best.u];
    const d = best.d;
    const ds = span(u, d.start, d.end);
    result.date = { line: ds.line, start: ds.start, end: ds.end, text: ds.text, iso: isoDate(d.year, d.month, d.day) };
    // `<Committee> - <date>` or `Minutes of the Meeting of <Body> held on <date>`: the words before the date
    const pre = u.text.slice(0, d.start);
    const held = /\bheld\b/i.exec(pre);
    const titleEnd = held ? held.index : pre.length;
    const mo = MINUTES_OF.exec(pre);
    const [a0, b0] = trimmed(u.text, mo ? Math.min(mo[0].length, titleEnd) : 0, titleEnd);
    const series = ORDINAL_OF.exec(u.text.slice(a0, b0));
    const a = series ? a0 + series[0].length : a0;
    const b = beforeMeetingOf(u.text, a, b0);
    // the line above opened the sentence (`Minutes of … held at the Pavilion,`), still open: the words
    // before the date go on its place (`Brindlecombe Recreation Ground, on`), not the body's name
    const prev = best.u > 0 ? units[best.u - 1] : undefined;
    const placeGoesOn = !held && prev !== undefined && prev.line === u.line - 1 && HELD.test(prev.text) && !/[.!?:]$/.test(prev.text);
    const known = spanTexts(titleSpans, ' ', true);
    // `Minutes of the Town Council meeting held on …` under `RAVENSBY TOWN COUNCIL`: the words before
    // the date name the body printed above (a Word document's heading, in capitals), not another
    // `27th meeting, virtual (Zoom), 2026-01-13`: which meeting of a series, then its place, no body's name
    const ordinal = b > a ? ORDINAL_MEETING.exec(u.text.slice(a, b)) : null;
    if (ordinal) {
      const [pa, pb] = trimmed(u.text, a + ordinal[0].length, b);
      if (pb > pa) result.venue = span(u, pa, pb);
    }
    // `MINUTES OF THE 187TH MEETING OF THE BOARD OF … AGRO FOODS` ⏎ `LIMITED HELD ON THURSDAY, 12TH …`: the
    // name the page wrapped before `held`, its last words on the date's line, ends the body's name above
    const last = titleSpans[titleSpans.length - 1];
    const wrapped = held && b > a && prev !== undefined && last !== undefined && last.line === prev.line && last.end === prev.text.length
      && carriesOnMinutesOf(prev, u) && a === 0 && NAME_TAIL.test(u.text.slice(a, b));
    if (wrapped) titleSpans[titleSpans.length - 1] = { ...last, text: `${last.text} ${u.text.slice(a, b)}` };
    // (`ON WEDNESDAY, 18 MARCH 2026 AT 9.30AM` under `HELD AT THE COUNCIL CHAMBER, …`: a preposition alone before the date names nothing)
    // (`Minutes of the fifth meeting of 2025–26, Tuesday …`: the year's figures before the date name no body)
    else if (b > a && /\p{L}/u.test(u.text.slice(a, b)) && !placeGoesOn && !LONE_PREPOSITION.test(u.text.slice(a, b)) && !best.cell && !ordinal && !/^date\b/i.test(u.text) && !isPageChrome(u.text.slice(a, b)) && !known.includes(u.text.slice(a, b).toLowerCase()) && !namedAbove(titleSpans, u.text.slice(a, b))) titleSpans.push(span(u, a, b));
    // `held remotely via Microsoft Teams on …`: the place comes before the date
    if (held) {
      const place = /^held\s+(?!on\b)(.+?)\s+on\s*[\s,]*$/i.exec(pre.slice(held.index));
      if (place) {
        const lead = /^(?:in|at)\s+/i.exec(place[1]);
        const s = held.index + place[0].indexOf(place[1]) + (lead ? lead[0].length : 0);
        result.venue = span(u, s, held.index + place[0].indexOf(place[1]) + place[1].length);
      }
    }
    // time and place after the date, on its line or on the line under it
    const readRest = (w: Unit, from: number): void => {
      const rest = w.text.slice(from);
      let venueFrom = from;
      const tr = result.time ? undefined : findTimeRange(rest);
      if (tr && /^[\s,;–—-]*(?:(?:at|from|starting at)\s+)?$/i.test(rest.slice(0, tr.start))) {
        result.time = timeSpan(w, from + tr.start, from + tr.end, tr.from, tr.to);
        venueFrom = from + tr.end;
        // (`12:00–15:00 UTC`: the clock's zone, no place)
        const zone = TIME_ZONE.exec(w.text.slice(venueFrom));
        if (zone) venueFrom += zone[0].length;
      }
      if (result.venue) return;
      let [a, b] = trimmed(w.text, venueFrom, w.text.length);
      const lead = /^(?:in|at)\s+/i.exec(w.text.slice(a, b));
      if (lead) a += lead[0].length;
      while (b > a && /[.\s]/.test(w.text[b - 1])) b--;
      if (b > a && (lead || venueFrom > from || w !== u)) result.venue = span(w, a, b);
    };
    readRest(u, d.end);
    const next = units[best.u + 1];
    if (next && next.line <= u.line + 2 && !LABEL.test(next.text) && !/^\w+\s*:$/.test(next.text) && next.seg.heading === 0
      && !/^held\b/i.test(next.text) && !/\[\d+\]/.test(next.text) && datesOf(best.u + 1).length === 0) {
      if (!result.venue || !result.time) readRest(next, 0);
    }
  }
  // `Time:` and `Venue:` labels, the value on the same line or on the next
  for (let k = 0; k < units.length; k++) {
    const m = LABEL.exec(units[k].text);
    if (!m) continue;
    const label = m[1].toLowerCase();
    let u = units[k];
    let from = m[0].length;
    if (from >= u.text.length && units[k + 1] && units[k + 1].line <= u.line + 2) { u = units[k + 1]; from = 0; }
    if (label === 'time' && !result.time) {
      const tr = findTimeRange(u.text.slice(from));
      if (tr) result.time = timeSpan(u, from + tr.start, from + tr.end, tr.from, tr.to);
    } else if ((label === 'venue' || label === 'place' || label === 'location') && !result.venue) {
      let [a, b] = trimmed(u.text, from, u.text.length);
      while (b > a && /[.\s]/.test(u.text[b - 1])) b--;
      if (b > a) result.venue = span(u, a, b);
    }
  }
  // `REGULAR MEETING MINUTES` under `HARLAN COUNTY BOARD OF SUPERVISORS`: a line that names only the
  // kind of meeting names no body, and the body's line above stays the title (`Regular Council
  // Meeting` names the council, and is the title)
  // (and a building's name in quotes under a strata corporation's, `"THE MERIDIAN"`, names no body)
  // (nor does a line saying what the body belongs to, `Part of the Meridian Learning Trust` under an academy's name)
  while (titleSpans.length > 1 && (KIND_ONLY.test(titleSpans[titleSpans.length - 1].text) || QUOTED_NAME.test(titleSpans[titleSpans.length - 1].text) || PART_OF.test(titleSpans[titleSpans.length - 1].text))) titleSpans.pop();
  // `LLANDOVERY TOWN COUNCIL` over `CYNGOR TREF LLANYMDDYFRI` in a heading of two languages: one name twice, the line
  // that names a body in the minutes' words is the title, the other language's under it none
  if (twoLanguages) result.twoLanguages = true;
  if (twoLanguages && titleSpans.length > 1) {
    const last = titleSpans[titleSpans.length - 1];
    const prev = titleSpans[titleSpans.length - 2];
    if (prev.line === last.line - 1 && BODY_NAME.test(prev.text) && !BODY_NAME.test(last.text)) titleSpans.pop();
  }
  if (titleSpans.length > 0) {
    titleSpans = titleSpans.slice(-3);
    result.title = { text: spanTexts(titleSpans, ' – ', false), spans: titleSpans };
  } else if (tagline) {
    // (below the page title, which holds the date: the body named by the site, not a line of the heading)
    result.title = { text: tagline.text, spans: [tagline], site: true };
  } else if (wiki && result.date) {
    // (a wiki page with no heading in its text and no site under its title: the page's name, which holds the date,
    // is what a reader calls the meeting, `Meetings/2021-06-09`)
    const page = units.find((u) => u.line === result.date!.line);
    if (page && isPagePath(page.text.trim())) {
      const [a, b] = trimmed(page.text, 0, page.text.length);
      result.title = { text: page.text.slice(a, b), spans: [span(page, a, b)] };
    }
  }
  // (a title with no date above the topics is no heading a reader takes: a banner's words)
  if (!result.date) mailSubject(lines, debris, order, result);
  return result;
}

/** The word that ends a body's name in the minutes' own language (`Town Council`, `Joint Committee`). */
const BODY_NAME = /\b(?:council|committee|board|authority|trust|association|society|panel|forum)$/i;

/**
 * A heading line in two languages, one half `Minutes of …` (`Cofnodion y Cyfarfod Cyffredin / Minutes of the Ordinary
 * Meeting`, `Minutes of the Annual Meeting / Cofnodion y Cyfarfod Blynyddol`): MINUTES_OF's match in that half, where the
 * words after it start and where the half ends. Only a line with one ` / ` (the first test).
 */
function bilingualMinutesOf(t: string): { readonly m: RegExpExecArray; readonly from: number; readonly end: number } | undefined {
  const slash = halvesAt(t);
  if (slash < 0) return undefined;
  const first = MINUTES_OF.exec(t.slice(0, slash));
  if (first && first[0].length > 0) return { m: first, from: first[0].length, end: slash };
  const second = MINUTES_OF.exec(t.slice(slash + 3));
  return second && second[0].length > 0 ? { m: second, from: slash + 3 + second[0].length, end: t.length } : undefined;
}

/** A mail's subject among its wrapper, after its `Re:`/`Fwd:` and the list's tags (`[mapstyle]`). */
const SUBJECT = /^Subject:[ \t]+(?:(?:re|fwd?|aw):[ \t]*)*(?:\[[^\]\n]{1,40}\][ \t]*)*/i;
/** The kind of call a working group's subject names after its body (`telecon`, `teleconference`, `call`, `meeting`). */
const CALL_KIND = /[ \t,–-]+(?:telecon(?:ference)?|(?:video[ \t]+|conference[ \t]+)?call|meeting|f2f|face[ \t-]to[ \t-]face)$/i;

/**
 * Minutes e-mailed by a working group's scribe with no heading of their own above the topics: the
 * mail's `Subject:` (`[list] Minutes Map Styling WG telecon 2026-11-19 [topic]`) names the body and
 * the meeting's date (the mail's `Date:` is the day it was sent, never the meeting's). The body is
 * the words between `Minutes` and the date, less the kind of call; the date is the first it gives.
 */
function mailSubject(lines: readonly string[], debris: readonly DebrisSpan[], order: DateOrder, result: { -readonly [K in keyof MeetingHeading]: MeetingHeading[K] }): void {
  for (const d of debris) {
    if (d.kind !== 'email-wrapper' || d.start !== 0) continue;
    const line = lines[d.line];
    const m = line.charCodeAt(0) === 83 ? SUBJECT.exec(line) : null; // `S`
    if (!m) continue;
    const date = findDates(line.slice(m[0].length), order).find((x) => !x.problem);
    if (!date) return;
    const at = m[0].length + date.start;
    result.date = { line: d.line, start: at, end: m[0].length + date.end, text: line.slice(at, m[0].length + date.end), iso: isoDate(date.year, date.month, date.day) };
    const pre = line.slice(m[0].length, at);
    // (`Minutes: Transit Data CG, …`: the words after the colon)
    const mo = /^minutes[ \t]*:[ \t]*/i.exec(pre) ?? MINUTES_OF.exec(pre);
    const words = pre.slice(mo ? mo[0].length : 0).replace(/[ \t,–:-]+$/, '').replace(CALL_KIND, '').trim();
    if (words === '' || !/\p{L}/u.test(words)) return;
    const start = m[0].length + (mo ? mo[0].length : 0) + pre.slice(mo ? mo[0].length : 0).indexOf(words);
    const title = { line: d.line, start, end: start + words.length, text: words };
    result.title = { text: words, spans: [title] };
    return;
  }
}
