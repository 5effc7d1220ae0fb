/**
 * Items that are headings without numbers (numbering scheme `none`): the family of minutes kept on
 * a wiki, scribed by a chat tool (W3C, IETF) or written as Markdown notes in a repository. Their
 * number-like lines are a generated table of contents, link references (`[4]`), dates or list
 * entries, never minute numbers; the business is recorded under headings. Found once per document
 * (parse/layout.ts), with each line's neighbours, so a recogniser never scans the file.
 *
 * Three forms, each marking its headings in its own way:
 * - a wiki page: a heading carries the edit chrome (`Treasurer's report[edit | edit source]`,
 *   `Minutes[edit]`), found by forms/debris.ts;
 * - a generated table of contents (`Contents` then `1. [4]Agenda review …`, or `1 Minutes of the
 *   previous meeting` on a wiki): a later line that repeats a numbered entry is that heading; an
 *   unnumbered entry (`* [10]Summary of action items`) is a heading too, but no item: the tool's
 *   summary that repeats the meeting's actions and resolutions;
 * - Markdown notes: `##`/`###` headings under the `#` title, less the page's own parts: a people
 *   list (`## Present`), a list of links (`## Links`), a heading with nothing of its own before
 *   the next (`## Agenda` over its `###` groups), and an agenda's grouping heading whose bullets
 *   are the later headings (`### harbourline/tsc` listing the issues discussed below).
 * - minutes e-mailed as plain text (a standards group's scribe): each topic at the margin, underlined
 *   with a rule of `=` or `-` as long as its title; where a marker (`===== FULL MEETING MINUTES =====`)
 *   parts a digest from the minutes, the digest's headings repeat the topics and are no items.
 * - a board's minutes posted as a web page and copied as text (a US nonprofit's): each topic in title case
 *   on a line of its own at the margin, a blank line above and its paragraph straight under it, from
 *   `Call to Order` to `Adjournment`; nothing else marks them, so the opening or closing business must be there.
 * - a meeting-notes table (a wiki blueprint's `Discussion items`: `Time<TAB>Item<TAB>Who<TAB>Notes`):
 *   each row whose `Item` cell is written opens an item titled by that cell; a row whose leading
 *   cells are empty carries the notes of the row above on.
 *
 * Pure: lines in, line numbers out. Never throws.
 */
import { CONTENTS_LABEL, frontMatterEnd, HTML_COMMENT } from './meetingHeading';
import { leadingWikiEdit, wikiEditAt, type DebrisSpan } from './debris';
import { findDate } from '../dates';
import { ACTIONS_LIST } from './closingActionTable';

/** `item`: the line opens an item with no number; `end`: a heading that is no item ends the one above. */
/** `part`: a heading of a part of the item above it (`### Conclusion` under each topic), read with that item. */
/** `digest`: a heading of a digest over the minutes in full (an e-mail's summary of each topic): it ends the item above, and the resolutions under it repeat those the minutes record, which are read there. */
/** `sub`: a deeper heading under an item that opens with its own code (`#### SC2526/14 — Free Period Products`, a motion under `### Motions`): a sub-item of that item, its code the number (`subHeading`). */
export type HeadingRole = 'item' | 'end' | 'part' | 'digest' | 'sub';

export interface HeadingItems {
  readonly form: 'wiki' | 'contents' | 'markdown' | 'table' | 'underlined' | 'plain';
  /** By line: the headings the items are. */
  readonly heads: ReadonlyMap<number, HeadingRole>;
  /** A table's rows (form `table`), by line: the column (counted from 0 in the line as written) whose cell is the item's title. */
  readonly cells?: ReadonlyMap<number, number>;
  /** The line of a table of contents' label (`Contents`): its numbered entries, and the lists below it, are no minute numbers. */
  readonly contents?: number;
}

/** The labels of a page's own parts, never an item (a people list, its links, its contents, the agenda). */
// (a label's colon, `### Attendance:`, `### Notes:`, as a project's notes print them, is none of its words)
const PAGE_LABEL = /^(?:present|attendees|attendance|apologies|regrets|absent|members|in attendance|guests|observers|links|contents|table of contents|agenda|chair|scribe|minutes|meeting minutes|notes):?$/i;

/** The page's parts whose sub-headings are the business (`## Agenda` over `### Budget`); under any other (`## Attendance` over `### TSC members`) they are the part's own. */
const HOLDS_BUSINESS = /^(?:agenda|minutes|notes|contents|table of contents):?$/i;

/** A Markdown link `[#801](https://…)`: its text is what a reader sees. */
const MD_LINK = /\[([^\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
/** A link reference marker a mail version leaves before a link's text (`[4]Agenda`). */
const LINK_MARK = /^\[\d{1,3}\]\s*/;

/** A text with each Markdown link (`[#2231](https://…)`) replaced by its text, as a reader sees it. */
export function linkTexts(text: string): string {
  return text.includes('](') ? text.replace(MD_LINK, '$1') : text;
}

/** Where a heading's own words end: before a wiki's edit chrome (`Budget[edit]`), else at its end. */
export function headingEnd(text: string): number {
  const m = wikiEditAt(text);
  return m ? m.index : text.length;
}

/** A heading's title as a reader sees it: no edit chrome, a link's text without its address, no `#` marks. */
export function headingTitle(text: string): string {
  const edit = wikiEditAt(text);
  // (a scribe's topic line, `Topic: Action review`, titles its topic as a heading does; an older wiki's edit link before it)
  const t = (edit ? text.slice(0, edit.index) : text).slice(leadingWikiEdit(text)).replace(/^\s*(?:#{1,6}\s+|Topic:[ \t]+)/, '').replace(MD_LINK, '$1').replace(LINK_MARK, '').replace(/\s+/g, ' ').trim();
  // (a topic in bold as the notes' bullet, `* **3.1 release status**`: its words, the bullet and the marks left out)
  const bold = t.length > 4 && t.endsWith('**') || t.endsWith('**:') ? BOLD_TOPIC.exec(t) : null;
  return bold ? bold[1].trim() : t;
}

/** A topic's line in the notes: a bullet at the margin (or none) and its words all in bold (`* **Contributor summit planning**`). */
const BOLD_TOPIC = /^(?:[*-][ \t]+)?\*\*([^*\n]{2,120})\*\*:?$/;

export function findHeadingItems(lines: readonly string[], debris: readonly DebrisSpan[]): HeadingItems | undefined {
  try {
    return contentsHeadings(lines, framed(debris)) ?? wikiHeadings(lines, debris) ?? markdownHeadings(lines, debris) ?? boldTopics(lines) ?? tableItems(lines) ?? underlinedHeadings(lines) ?? plainHeadings(lines);
  } catch {
    return undefined;
  }
}

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

// entries are indented in a scribe tool's text and a wiki's, at the margin in a page copied as text
const NUMBERED_ENTRY = /^\s*(?:\d{1,2}(?:\.\d{1,2})*)\.?\s+(.+)$/;
const BULLET_ENTRY = /^\s*[*•-]\s+(.+)$/;
/** An entry without number or bullet: a short heading's words, no sentence. */
const PLAIN_ENTRY = /^\s+[A-Z][^.!?:;]{0,78}$/;
/** The same entry at the margin (a page copied as text loses the indentation: BookStack's `Contents`). */
// (a colon inside it too, `PR 143: half-hourly tariff bands`, never at its end: a label's)
const MARGIN_ENTRY = /^[A-Z](?:[^.!?:;]|:(?=[ \t]\S)){0,78}$/;

/**
 * Whether a line above `line` may be where `findHeadingItems` says a list of contents starts (its
 * `contents`): a table of contents' label, or a Markdown heading titled `Agenda` over its entries (a
 * page break may stand before it). False: any such line stands at `line` or below.
 */
export function mayListAbove(lines: readonly string[], line: number): boolean {
  for (let i = 0; i < line && i < lines.length; i++) {
    // (an empty line's first character is not read past its end: the engine dropped the function's optimised code at it)
    const c = lines[i].length > 0 ? lines[i].charCodeAt(0) : 0;
    // (a link's text is the title: `## [Agenda](…)`, or pieced together, `## [Age](…)nda`)
    if (((c === 35 || c === 12) && (/agenda/i.test(lines[i]) || lines[i].includes(']('))) || (lines[i].length < 40 && CONTENTS_LABEL.test(lines[i]))) return true;
  }
  return false;
}

/** Whether the text is a web page's, copied with its frame (`Skip to main content`, `Log in`, a wiki's chrome). */
function framed(debris: readonly DebrisSpan[]): boolean {
  return debris.some((d) => d.kind === 'web-chrome' || d.kind === 'wiki-chrome');
}

/**
 * A table of contents (a wiki's, a scribe tool's) and the lines below that repeat its entries;
 * `page`: the text is a web page's, copied with its frame, where the entries may stand at the margin.
 */
function contentsHeadings(lines: readonly string[], page: boolean): HeadingItems | undefined {
  let at = -1;
  for (let i = 0; i < lines.length && i < 400; i++) if (lines[i].length < 40 && CONTENTS_LABEL.test(lines[i])) { at = i; break; }
  if (at < 0) return undefined;
  const entries = new Map<string, HeadingRole>();
  let end = at + 1;
  // the indentation of the numbered entries: an unnumbered entry at the same (`Summary of action items`
  // under `5. AOB`, a scribe tool's text copied without its bullets) is an entry too
  let indent = -1;
  // a contents with no numbers at all (DokuWiki's: the headings' words, indented by their level): its
  // plain entries, with their indentation, are the headings
  const plain: Array<{ title: string; lead: number }> = [];
  // entries at the margin straight under the label, in a web page copied as text with its frame
  // (BookStack's: nothing sets them apart but the blank line that ends the list, which is all that
  // ends it; the headings must repeat them). Elsewhere lines at the margin are the page's own.
  // (or a scribe tool's page copied from the browser, its frame left behind: its contents open with `Meeting minutes`, and three
  // headings below repeat them; elsewhere, lines at the margin under `Contents` are the page's own)
  const margin = !blank(lines[at + 1]) && MARGIN_ENTRY.test(lines[at + 1]) && (page || (SCRIBE_CONTENTS.test(lines[at + 1]) && marginRepeated(lines, at)));
  // the last numbered entry read, whose title a line indented under it carries on
  let last: string | undefined;
  for (let j = at + 1; j < lines.length && j <= at + 80; j++) {
    const l = lines[j];
    if (blank(l)) { if (entries.size + plain.length > 0 && (margin || blank(lines[j + 1]))) break; continue; }
    const n = NUMBERED_ENTRY.exec(l);
    const lead = l.length - l.trimStart().length;
    // (an entry the page wrapped at 72 columns: `4. [8]Pull request 88: clarify timestamp` ⏎ `   handling in tile headers`, its
    // rest indented under its words, no number of its own)
    if (!n && last !== undefined && indent >= 0 && lead > indent && /^[ \t]*\p{L}/u.test(l) && !BULLET_ENTRY.test(l)) {
      // (both the entry and its joined words stand: the heading below repeats the one or the other)
      const role = entries.get(last)!;
      last = headingTitle(`${last} ${l.trim()}`);
      entries.set(last, role);
      end = j + 1;
      continue;
    }
    if (n && indent < 0) indent = lead;
    if (!n && indent < 0 && entries.size === 0 && (lead > 0 ? PLAIN_ENTRY.test(l) : margin && MARGIN_ENTRY.test(l))) {
      plain.push({ title: headingTitle(l), lead });
      end = j + 1;
      continue;
    }
    const b = n ? undefined : BULLET_ENTRY.exec(l) ?? (indent > 0 && lead === indent && PLAIN_ENTRY.test(l) ? [l, l.trim()] : undefined);
    if (!n && !b) {
      if (/^\s*_{5,}\s*$/.test(l)) { end = j + 1; break; } // the scribe tool's rule under its contents
      break;
    }
    if (plain.length > 0) break; // a numbered entry after plain ones: no list of contents this reader knows
    const title = headingTitle((n ?? b)![1]);
    // (the scribe tool's summary, numbered as the topics are: a heading, no item)
    if (title !== '' && !entries.has(title)) entries.set(title, n && !SUMMARY.test(title) ? 'item' : 'end');
    last = n && title !== '' ? title : undefined;
    end = j + 1;
  }
  if (entries.size === 0) plainEntries(plain, entries);
  // (a scribe tool's contents may list one topic over its summary: the summary tells the tool's contents)
  let summary: string | undefined;
  for (const t of entries.keys()) if (SUMMARY.test(t)) { summary = t; break; }
  const least = summary === undefined ? 2 : 1;
  if ([...entries.values()].filter((r) => r === 'item').length < least) return undefined;
  const heads = new Map<number, HeadingRole>();
  const used = new Set<string>();
  for (let i = end; i < lines.length; i++) {
    const l = lines[i];
    // (a blank line above is not asked: a PDF of the page loses them; the entry's words are the mark)
    if (blank(l)) continue;
    // (a page break before it is no indentation; a heading indented less than the lines under it,
    // `  Open actions` over `   Ellen: …`, stands out as one set at the margin does)
    if (/^[ \t]/.test(l) && !outdented(lines, i)) continue;
    const title = headingTitle(l);
    const role = entries.get(title);
    if (role === undefined || used.has(title)) continue;
    used.add(title);
    heads.set(i, role);
  }
  const topics = [...heads.values()].filter((r) => r === 'item').length;
  // (one topic only under a summary the page prints as listed)
  if (topics < least || (topics < 2 && ![...heads.keys()].some((l) => headingTitle(lines[l]) === summary))) return undefined;
  closingSummaries(lines, heads);
  return { form: 'contents', heads, contents: at };
}

/** The first entry of a scribe tool's generated contents (scribe.perl's `Meeting minutes`). */
const SCRIBE_CONTENTS = /^Meeting minutes[ \t]*$/;

/**
 * Whether the lines at the margin straight under a contents label (`at`) are written again below them, three of them at least,
 * each alone on its line: a list of contents whatever frame the page had (two, a page's own lines may be).
 */
function marginRepeated(lines: readonly string[], at: number): boolean {
  const entries = new Set<string>();
  let j = at + 1;
  for (; j < lines.length && j <= at + 30 && !blank(lines[j]) && MARGIN_ENTRY.test(lines[j]); j++) entries.add(lines[j].trim());
  let again = 0;
  for (let i = j; i < lines.length && i < j + 2000 && again < 3; i++) if (entries.has(lines[i].trim())) { again++; entries.delete(lines[i].trim()); }
  return again >= 3;
}

/** A scribe tool's closing lists, which its contents may leave out: `Summary of action items`, `Summary of resolutions`. */
const SUMMARY = /^summary[ \t]+of[ \t]+(?:action[ \t]+items|actions|resolutions|decisions)$/i;

/**
 * The scribe tool's summaries below the last item (at the margin, as its topics are), where the
 * contents did not list them: each a heading that is no item (`end`), so that what it repeats of the
 * meeting is not read into the last item.
 */
function closingSummaries(lines: readonly string[], heads: Map<number, HeadingRole>): void {
  let last = -1;
  for (const [line, role] of heads) if (role === 'item' && line > last) last = line;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.length === 0 || l.length > 48 || heads.has(i) || isSpace(l.charCodeAt(0))) continue;
    // (scribe.perl's text prints them between dashes: `-- Summary of action items --`)
    if (SUMMARY.test(l.trimEnd()) || SUMMARY.test(l.replace(DASHED, '$1'))) heads.set(i, 'end');
  }
}

const isSpace = (c: number): boolean => c === 32 || c === 9;
const DASHED = /^-{2,}[ \t]*([^-]{1,40}?)[ \t]*-{2,}[ \t]*$/;

/**
 * The entries of a contents without numbers: each a heading, an item unless it names a part of the
 * page (`Attendees`). The first entry, when every other is indented under it, is the page's own
 * heading (DokuWiki nests the sections under the page title), no item.
 */
function plainEntries(plain: ReadonlyArray<{ title: string; lead: number }>, entries: Map<string, HeadingRole>): void {
  const root = plain.length > 2 && plain.slice(1).every((e) => e.lead > plain[0].lead);
  for (let k = root ? 1 : 0; k < plain.length; k++) {
    const title = plain[k].title;
    if (title !== '' && !entries.has(title)) entries.set(title, PAGE_LABEL.test(title) || SUMMARY.test(title) ? 'end' : 'item');
  }
}

/** Whether line i is indented less than the next line with words (within three lines): a heading over its indented body. */
function outdented(lines: readonly string[], i: number): boolean {
  const lead = (t: string): number => t.length - t.trimStart().length;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) if (!blank(lines[j])) return lead(lines[i]) < lead(lines[j]);
  return false;
}

/** A wiki page's section headings: the lines its edit chrome ends. */
function wikiHeadings(lines: readonly string[], debris: readonly DebrisSpan[]): HeadingItems | undefined {
  const heads = new Map<number, HeadingRole>();
  for (const d of debris) {
    // (the chrome at the heading's end, or an older wiki's before it: `[edit] Hedgerow survey contract`)
    const leading = d.start === 0 && leadingWikiEdit(lines[d.line]) === d.end;
    if (d.kind !== 'wiki-chrome' || (!leading && (d.start === 0 || d.end !== lines[d.line].length))) continue;
    const title = headingTitle(lines[d.line]);
    if (title === '' || (!leading && !wikiEditAt(lines[d.line]))) continue;
    heads.set(d.line, PAGE_LABEL.test(title) ? 'end' : 'item');
  }
  if ([...heads.values()].filter((r) => r === 'item').length < 2) return undefined;
  return { form: 'wiki', heads };
}

const MD_HEADING = /^(#{1,6})\s+\S/;

/** Markdown notes: the `##`/`###` headings under the title that hold the meeting's business. */
/**
 * `## Agenda` over a numbered list whose entries are the item headings below (`2. Docs versioning
 * ([#2231](…))` discussed under `## Discussion about: Docs versioning [#2231]`): a table of contents,
 * whose numbers are no minute numbers. Its line, when at least half its entries name a heading below.
 */
function agendaOfHeadings(lines: readonly string[], hs: ReadonlyArray<{ line: number; title: string }>, heads: ReadonlyMap<number, HeadingRole>): number | undefined {
  const words = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
  for (let k = 1; k < hs.length; k++) {
    if (!/^agenda$/i.test(hs[k].title)) continue;
    const to = k + 1 < hs.length ? hs[k + 1].line : lines.length;
    const own = lines.slice(hs[k].line + 1, to).filter((l) => !blank(l));
    if (own.length < 2 || !own.every((l) => NUMBERED_ENTRY.test(l))) return undefined;
    const below = hs.filter((h) => h.line > hs[k].line && heads.has(h.line)).map((h) => ` ${words(h.title)} `);
    const named = own.filter((l) => {
      const e = words(headingTitle(NUMBERED_ENTRY.exec(l)![1]));
      return e !== '' && below.some((b) => b.includes(` ${e} `));
    }).length;
    return named * 2 >= own.length ? hs[k].line : undefined;
  }
  return undefined;
}

/**
 * An entry of a list of links: a link with at most a label (`* Recording: https://…`,
 * `- Agenda issue: [#1187](…)`), not an entry that links its issue and says what was done about it.
 */
function linkEntry(l: string): boolean {
  if (!/https?:\/\//.test(l)) return false;
  const words = l.replace(MD_LINK, ' ').replace(/https?:\/\/\S+/g, ' ').match(/\p{L}+/gu);
  return (words?.length ?? 0) <= 4;
}

function markdownHeadings(lines: readonly string[], debris: readonly DebrisSpan[]): HeadingItems | undefined {
  // the title: a top-level heading among the page's first lines (a web page's own heading may stand above it)
  let top = -1;
  // (a static site generator's front matter, the template's comments and a converter's notes in a
  // comment over several lines are no lines of the page a reader sees)
  const hidden = new Set<number>();
  for (const d of debris) if (d.kind === 'comment') hidden.add(d.line);
  for (let i = frontMatterEnd(lines, Math.min(lines.length, 41)), seen = 0; i < lines.length && seen < 4; i++) {
    if (blank(lines[i]) || hidden.has(i) || HTML_COMMENT.test(lines[i])) continue;
    if (/^#\s/.test(lines[i])) { top = i; break; }
    seen++;
  }
  if (top < 0) return undefined;
  const hs: Array<{ line: number; level: number; title: string }> = [];
  for (let i = top; i < lines.length; i++) {
    const c = lines[i].charCodeAt(0);
    if (c !== 35 && c !== 12) continue; // `#` (or a page break before it): most lines are asked nothing more
    const l = c === 12 ? lines[i].replace(/^\f+/, '') : lines[i];
    const m = MD_HEADING.exec(l);
    if (m) hs.push({ line: i, level: m[1].length, title: headingTitle(l) });
  }
  // the title: the first heading, at the top level of the page
  if (hs.length < 3 || hs[0].level !== 1) return undefined;
  const titles = new Set(hs.slice(1).map((h) => h.title.toLowerCase()));
  const heads = new Map<number, HeadingRole>();
  // the level of a page part whose sub-headings are its own (`## Attendance` over `### TSC members`)
  let partLevel = Infinity;
  for (let k = 1; k < hs.length; k++) {
    const h = hs[k];
    if (h.level <= partLevel) partLevel = Infinity;
    if (h.level > partLevel) continue;
    if (PAGE_LABEL.test(h.title) && !HOLDS_BUSINESS.test(h.title)) partLevel = h.level;
    // (a running notes page heads each meeting with its date, `## 2026-02-11 (Wednesday, 16:00 UTC)`: the items are below it)
    if (h.level === 1 || PAGE_LABEL.test(h.title) || dateHeading(h.title)) continue;
    // (nor is the page's heading under its title that names the minutes and the meeting's date, `## Minutes of the fifth
    // meeting of 2025–26, Tuesday 3 February 2026`: the meeting's own, not an item approving an earlier one's, which comes later)
    if (k === 1 && h.level > 1 && OWN_MINUTES.test(h.title) && findDate(h.title) !== undefined) continue;
    const to = k + 1 < hs.length ? hs[k + 1].line : lines.length;
    const own = lines.slice(h.line + 1, to).filter((l) => !blank(l) && !HTML_COMMENT.test(l));
    // a heading over its sub-headings (`## Agenda`), unless they are its motions, each with its code
    if (own.length === 0 && !overMotions(hs, k)) continue;
    if (own.length > 0 && own.every(linkEntry)) continue; // a list of links
    // an agenda's group: its bullets are the headings below, where the business is recorded
    const bullets = own.filter((l) => /^\s*[*-]\s/.test(l));
    if (bullets.length === own.length && bullets.some((l) => titles.has(headingTitle(l.replace(/^\s*[*-]\s+/, '')).toLowerCase()))) continue;
    heads.set(h.line, 'item');
  }
  partsOfItems(hs, heads);
  if ([...heads.values()].filter((r) => r === 'item').length < 2) return undefined;
  const agenda = agendaOfHeadings(lines, hs, heads);
  return agenda === undefined ? { form: 'markdown', heads } : { form: 'markdown', heads, contents: agenda };
}

/** A topic's bullet at the margin, all in bold, alone on its line (`* **3.1 release status**`). */
const BOLD_BULLET = /^[*-][ \t]+\*\*[^*\n]{2,120}\*\*:?[ \t]*$/;

/**
 * A project's notes that set each topic as a bullet in bold at the margin, its notes the bullets under it
 * (`### Notes:` ⏎ `* **3.1 release status**` ⏎ `  * Aisling: two blockers left.`), under a Markdown page's title: the
 * topics are the items, two at least; the agenda's numbered list above them (`### Agenda:` ⏎ `1. 3.1 release status`),
 * when half its entries or more name a topic, is their list of contents, no items.
 */
function boldTopics(lines: readonly string[]): HeadingItems | undefined {
  let top = -1;
  for (let i = frontMatterEnd(lines, Math.min(lines.length, 41)), seen = 0; i < lines.length && seen < 4; i++) {
    if (blank(lines[i])) continue;
    if (/^#\s/.test(lines[i])) { top = i; break; }
    seen++;
  }
  if (top < 0) return undefined;
  const heads = new Map<number, HeadingRole>();
  const titles: string[] = [];
  for (let i = top + 1; i < lines.length; i++) {
    const l = lines[i];
    if ((l.charCodeAt(0) !== 0x2a && l.charCodeAt(0) !== 0x2d) || !BOLD_BULLET.test(l)) continue;
    // (the topic's notes under it: the next line that is not blank is a bullet set in from the margin)
    let n = i + 1;
    while (n < lines.length && blank(lines[n])) n++;
    if (n >= lines.length || !/^[ \t]+[*-][ \t]/.test(lines[n])) continue;
    // (a page's own part in bold, `* **Attendees**` over its people, is no topic)
    const title = headingTitle(l);
    if (PAGE_LABEL.test(title)) continue;
    heads.set(i, 'item');
    titles.push(title);
  }
  if (heads.size < 2) return undefined;
  const words = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}#]+/gu, ' ').trim();
  const named = new Set(titles.map(words));
  const first = Math.min(...heads.keys());
  for (let i = top + 1; i < first; i++) {
    if (!/^#{1,6}[ \t]+agenda:?[ \t]*$/i.test(lines[i])) continue;
    let n = i + 1;
    const entries: string[] = [];
    for (; n < first; n++) {
      if (blank(lines[n])) { if (entries.length > 0) break; continue; }
      const e = NUMBERED_ENTRY.exec(lines[n]);
      if (!e) break;
      entries.push(words(headingTitle(e[1])));
    }
    if (entries.length >= 2 && entries.filter((e) => named.has(e)).length * 2 >= entries.length) return { form: 'markdown', heads, contents: i };
  }
  return { form: 'markdown', heads };
}

/**
 * A standards body's notes head each topic `##` and its parts `###` (`### Conclusion` under each,
 * `### Summary of action items` closing the page): a heading below the items' level whose title
 * stands under more than one item is a part of the item above it (`part`), and a closing list of the
 * meeting's actions is the page's list of actions, no item. Other sub-headings are left as they are read.
 */
function partsOfItems(hs: ReadonlyArray<{ line: number; level: number; title: string }>, heads: Map<number, HeadingRole>): void {
  let top = Infinity;
  for (const h of hs) if (heads.has(h.line) && h.level < top) top = h.level;
  const deeper = hs.filter((h) => heads.has(h.line) && h.level > top);
  if (deeper.length === 0) return;
  subHeadings(hs, heads, top);
  const times = new Map<string, number>();
  for (const h of deeper) times.set(h.title.toLowerCase(), (times.get(h.title.toLowerCase()) ?? 0) + 1);
  const last = hs[hs.length - 1];
  for (const h of deeper) {
    if (heads.get(h.line) === 'sub') continue;
    if ((times.get(h.title.toLowerCase()) ?? 0) > 1) heads.set(h.line, 'part');
    else if (h === last && ACTIONS_LIST.test(h.title)) heads.delete(h.line);
  }
}

/**
 * A union's, a society's or a council's motions, each under its own heading with its code
 * (`#### SC2526/14 — Free Period Products`, `### M7: Affiliation to …` under `## Motions`): the
 * code is written as a number, which numbers the motion, not the meeting's business. Such
 * headings below the items' level, directly under an item heading (two at least, or one with the
 * word `Motion`), are that item's sub-items.
 */
function subHeadings(hs: ReadonlyArray<{ line: number; level: number; title: string }>, heads: Map<number, HeadingRole>, top: number): void {
  let parent: { line: number; level: number } | undefined;
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= 2 || (run.length === 1 && /^motion\b/i.test(hs.find((h) => h.line === run[0])!.title))) for (const l of run) heads.set(l, 'sub');
    run = [];
  };
  for (const h of hs) {
    if (!heads.has(h.line)) continue;
    if (h.level <= top) { close(); parent = heads.get(h.line) === 'item' ? h : undefined; continue; }
    if (parent && h.level > parent.level && subHeading(h.title)) run.push(h.line);
    else { close(); parent = undefined; }
  }
  close();
}

/**
 * Whether the heading at `k` stands over its motions' headings alone (`### Motions` over `####
 * SC2526/14 — …`): each deeper heading up to the next at its level has a code, one that is no
 * plain number (`1 – Budget` numbers the business), unless the heading names the motions.
 */
function overMotions(hs: ReadonlyArray<{ level: number; title: string }>, k: number): boolean {
  const named = MOTIONS_TITLE.test(hs[k].title);
  let n = 0;
  for (let j = k + 1; j < hs.length && hs[j].level > hs[k].level; j++, n++) {
    const sub = subHeading(hs[j].title);
    if (!sub || (!named && /^\d+$/.test(sub.code))) return false;
  }
  return n >= (named ? 1 : 2);
}
const MOTIONS_TITLE = /^(?:\S+\s+){0,3}(?:motions|resolutions|proposals)\b/i;

/**
 * The code and title of a heading that opens with a motion's (or a paper's) code: a word with a
 * digit, letters, `/`, `.` or `-` (`SC2526/14`, `M7`, `2025-03`; `Motion 12`'s is `12`), then a dash or a
 * colon and the title. Undefined for any other heading.
 */
export function subHeading(title: string): { code: string; codeAt: number; titleAt: number } | undefined {
  if (title.length > 200) return undefined;
  const m = SUB_HEADING.exec(title);
  if (!m || !/\d/.test(m[2])) return undefined;
  return { code: m[2], codeAt: m[0].indexOf(m[2], m[1]?.length ?? 0), titleAt: m[0].length };
}
// (each run of characters is bounded and followed by a fixed mark: no backtracking to speak of)
const SUB_HEADING = /^((?:motion|resolution|proposal|paper)\s)?\s*([A-Za-z]{0,8}[./]?\d[A-Za-z0-9]{0,8}(?:[/.-][A-Za-z0-9]{1,8}){0,3})\s*[—–:-]\s+(?=\S)/i;

/** A heading that names the minutes themselves: `Minutes of the fifth meeting …`, `Notes of the meeting held on …`. */
const OWN_MINUTES = /^(?:minutes|notes)\s+of\s+the\s+(?:\w+\s+)?meeting\b/i;

/** A heading that is a date alone, its weekday and time at most (`2026-02-11 (Wednesday, 16:00 UTC)`, `Tuesday 3 March 2026`). */
function dateHeading(title: string): boolean {
  const d = findDate(title);
  if (!d) return false;
  const rest = (title.slice(0, d.start) + ' ' + title.slice(d.end)).replace(/[()[\],.:–—-]/g, ' ');
  return rest.split(/\s+/).every((w) => w === '' || WEEKDAY_OR_TIME.test(w));
}
const WEEKDAY_OR_TIME = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|\d{1,2}(?:[:.]\d{2})?|am|pm|utc|gmt|bst|cest?|[ecmp][sd]t)$/i;

/** The label of a meeting-notes table's column that names the item. */
const ITEM_COLUMN = /^(?:items?|agenda item|discussion items?|topics?|subject)$/i;
/** The labels of its other columns: when, who, and what was said or decided. */
const NOTES_COLUMN = /^(?:time|timing|duration|mins|minutes|who|presenter|presented by|lead|owner|notes|discussion|outcome|decisions?)$/i;

/** The index of the `Item` column of a table's header row (`Time<TAB>Item<TAB>Who<TAB>Notes`), or -1. */
function itemColumn(line: string): number {
  const cells = line.split('\t').map((c) => c.trim());
  if (cells.length < 3) return -1;
  const k = cells.findIndex((c) => ITEM_COLUMN.test(c));
  return k >= 0 && cells.every((c, j) => j === k || c === '' || NOTES_COLUMN.test(c)) && cells.filter((c) => NOTES_COLUMN.test(c)).length >= 2 ? k : -1;
}

/**
 * A meeting-notes table of tab-separated cells under its header row: each row whose item cell is
 * written is an item; the rows under it with that cell empty carry its notes on. The table ends at
 * the first blank line.
 */
function tableItems(lines: readonly string[]): HeadingItems | undefined {
  for (let i = 0; i < lines.length; i++) {
    // (a header row has two tabs at least: most lines are asked one search)
    if (lines[i].indexOf('\t') < 0) continue;
    const k = itemColumn(lines[i]);
    if (k < 0) continue;
    const heads = new Map<number, HeadingRole>();
    const cells = new Map<number, number>();
    for (let j = i + 1; j < lines.length && !blank(lines[j]); j++) {
      const cell = lines[j].split('\t')[k];
      if (cell === undefined || cell.trim() === '') continue;
      heads.set(j, 'item');
      cells.set(j, k);
    }
    if (heads.size >= 2) return { form: 'table', heads, cells };
  }
  return undefined;
}

/** A rule under a heading's title: `=` or `-` alone, three or more. */
const UNDERLINE = /^\s{0,3}(?:={3,}|-{3,})\s*$/;
/** The marker between an e-mailed digest and the minutes in full: words framed by `=` runs, naming the minutes (`===== FULL MEETING MINUTES =====`). */
const FULL_MINUTES_MARKER = /^\s*={3,}\s+(?:[A-Za-z]+\s+){0,3}minutes\s+={3,}\s*$/i;

/**
 * Plain-text minutes whose topics are underlined (`Text halo` over `=========`): a title at the
 * margin after a blank line, a rule of about its length under it. A banner framed by rules
 * (indented lines between two `=====`) has no title at the margin. Where a marker parts a digest
 * from the full minutes, the headings above it repeat the topics below: they end what stands above,
 * no item. Two items at least.
 */
function underlinedHeadings(lines: readonly string[]): HeadingItems | undefined {
  const heads = new Map<number, HeadingRole>();
  let marker = -1;
  let items = 0;
  for (let i = 1; i < lines.length; i++) {
    const u = lines[i];
    const c = u.charCodeAt(0);
    // most lines are asked one character: a rule starts with `=`, `-` or a blank
    if (c !== 61 && c !== 45 && c !== 32) continue;
    if (marker < 0 && c === 61 && FULL_MINUTES_MARKER.test(u)) {
      // the digest's headings end what stands above them and are no items; the marker ends the digest
      for (const k of heads.keys()) heads.set(k, 'digest');
      heads.set(i, 'end');
      marker = i;
      items = 0;
      continue;
    }
    if (!UNDERLINE.test(u)) continue;
    const t = lines[i - 1];
    if (blank(t) || /^\s/.test(t) || !blank(lines[i - 2]) || UNDERLINE.test(t)) continue;
    const title = t.trimEnd();
    const rule = u.trim().length;
    if (title.length > 80 || rule < title.length - 3 || rule > title.length + 6) continue;
    const role: HeadingRole = PAGE_LABEL.test(headingTitle(title)) ? 'end' : 'item';
    heads.set(i - 1, role);
    if (role === 'item') items++;
  }
  if (items < 2) return undefined;
  return { form: 'underlined', heads };
}

/** A plain heading's words: title case, no sentence's punctuation (a colon makes a label, a comma or a full stop a sentence). */
const PLAIN_HEADING = /^[A-Z][A-Za-z0-9'’&/()-]*(?: [A-Za-z0-9'’&/()-]+){0,8}$/;
/** The small words a title-case heading leaves in lower case (`Review of Action Items from August 19`). */
const SMALL_WORD = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|vs)$/;
/** The business that opens or closes a board's meeting: a plain heading file must print one of them. */
const OPENING_HEADING = /^(?:call(?:ed)? to order|meeting called to order|welcome(?: and introductions)?|opening(?: of (?:the )?meeting)?|roll call)$/i;
const CLOSING_HEADING = /^(?:adjournment|adjourn|meeting adjourned|close of (?:the )?meeting|closing)$/i;

/** Whether a line at the margin is a title-case heading (`Treasurer's Report`, `FY2025 Audit`): no sentence, no label, no line in capitals. */
function plainHeading(t: string): boolean {
  if (t.length < 4 || t.length > 60 || !PLAIN_HEADING.test(t) || t.toUpperCase() === t) return false;
  for (const w of t.split(' ')) {
    const c = w.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a && !SMALL_WORD.test(w)) return false;
  }
  return !PAGE_LABEL.test(t);
}

/** Whether a line reads as the start of a paragraph or a list under a heading: a letter or a bullet first, and words in lower case. */
function paragraphStart(t: string): boolean {
  const c = t.charCodeAt(0);
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (!letter && c !== 0x2022 && c !== 0x2d && c !== 0x2a) return false;
  return / [a-z]{2,}/.test(t.slice(0, 80));
}

/**
 * Title-case headings alone on their lines (`Call to Order` … `Adjournment`), each under a blank
 * line and over its paragraph. The items run from the opening business (when printed) to the
 * closing (when printed): the site's chrome, the post's title and the footer stand outside them.
 */
function plainHeadings(lines: readonly string[]): HeadingItems | undefined {
  const found: number[] = [];
  let opening = -1;
  let closing = -1;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = lines[i];
    // most lines are asked one character: a heading opens with a capital at the margin
    const c = t.charCodeAt(0);
    if (!(c >= 0x41 && c <= 0x5a) || (i > 0 && !blank(lines[i - 1])) || blank(lines[i + 1])) continue;
    const title = t.trimEnd();
    if (!plainHeading(title) || !paragraphStart(lines[i + 1])) continue;
    if (opening < 0 && OPENING_HEADING.test(title)) opening = found.length;
    if (CLOSING_HEADING.test(title)) closing = found.length;
    found.push(i);
  }
  if (opening < 0 && closing < 0) return undefined;
  const kept = found.slice(Math.max(opening, 0), closing < 0 ? found.length : closing + 1);
  if (kept.length < 3) return undefined;
  return { form: 'plain', heads: new Map(kept.map((l) => [l, 'item'] as const)) };
}
