/**
 * Re-parsing after an edit inside one item. A note taker types into one item at a time; in a
 * long meeting a full parse after each keystroke costs tens of milliseconds, one item a few
 * microseconds. When the edit keeps the number of lines and stays within one item (from its
 * head line to the line before the next item or section), only that item is parsed again, from
 * the parser's state at its head line, and spliced into the previous model: every other item
 * keeps its object, so what was derived from it (findings, the workspace's contribution) is
 * reused. Anything the splice cannot prove equal to a full parse (a new item or section, a
 * `**` left open, the numbering scheme or the next meeting's date in question) returns
 * undefined and the caller parses the whole text.
 */
import { layoutOf, parseRegion, withLayout, type DocumentLayout, type ParseOptions } from './parse/index';
import { segmentDocument, type BoldState } from './text';
import { declaresBoldActions } from './constructs';
import { debrisKeptAfterEdit, findDebris, lineNumberMargins, type DebrisSpan } from './forms/debris';
import { mayOpenAbbreviations } from './forms/legend';
import { holdsReservedHead, matchHead, sameNumberingAfterEdit } from './numberSchemes';
import { matchYearNumber } from './numbers';
import { attendanceHeading, schemeEvidence } from './parse/layout';
import { marginsAfterRegion, marginsAsked, marginsKept, recordMargins } from './parse/margin';
import { holdsSplitNumber, numberFormsChanged } from './forms/brokenNumbers';
import { declaresCarryForward } from './forms/carriedForward';
import { readLetterKey } from './forms/statuses';
import { isActionsListTitle } from './forms/closingActionTable';
import { meetingHeading, HEADING_LINES } from './forms/meetingHeading';
import type { Meeting, MinutesDocument, Section } from './model';
import type { MeetingBuilder, SectionBuilder } from './parse/builders';
import type { Range } from './types';
import { lettersOnLine } from './people';

export const BOLD_MARK = /\*\*|<\s*\/?\s*(?:b|strong)\b/i;

/**
 * The document after lines [first, last] changed (and no line was added or removed), or
 * undefined when only a full parse can say. `lines` and `lineLengths` are the new text's.
 */
export function reparseItem(
  prev: MinutesDocument, prevLines: readonly string[], lines: string[], lineLengths: Int32Array,
  first: number, last: number, options: ParseOptions,
): MinutesDocument | undefined {
  const m = prev.meeting;
  if (!m || prev.kind !== 'minutes' || prev.agendas.length > 0 || lines.length !== prevLines.length) return undefined;
  // debris is found with each line's neighbours and by repetition across pages (a running header),
  // and a board's own numbering from the run of head lines in the whole file: the region is read in
  // the document's layout when the edit leaves it exactly as it was (found again over the lines, which
  // costs a fraction of a parse), else the whole text is parsed
  const layout = sameLayout(prev, prevLines, lines, first, last, options);
  if (!layout) return undefined;
  // a closing action table (parse/layout.ts `closingActions`, or one inside an item: `itemActions`) restates
  // the items' actions, told by the whole file: a file that has one, or an edit near the title of one, is parsed whole
  // (so is one with an attendance annex after its items, `closingAttendance`: its lists are every item's people)
  if (layoutOf(prev)?.closingActions || layoutOf(prev)?.itemActions || layoutOf(prev)?.closingAttendance !== undefined || layoutOf(prev)?.printedAttendance !== undefined || titleNear(prevLines, first, last) || titleNear(lines, first, last)) return undefined;
  // the legend of abbreviations (forms/legend.ts) is read from the whole file: an edit of it, or near it, is a full parse
  if (m.abbreviations || legendNear(prevLines, first, last) || legendNear(lines, first, last)) return undefined;
  // so are the letters a list prints after several names (people.ts `lettersAfterNames`): an edit that writes or
  // removes such a word after a name is a full parse
  if (!sameLettersAfterNames(prevLines, lines, first, last)) return undefined;
  const items = m.items;
  // minute numbers the extraction broke are told by the whole file (forms/brokenNumbers.ts): an edit in
  // such a file, or one that writes or mends a split number, is parsed whole
  if (items.some((x) => x.number?.printed !== undefined) || holdsSplitNumber(prevLines, first, last) || holdsSplitNumber(lines, first, last)) return undefined;
  // so is whether the board writes its numbers short (`12/25`): an edit that writes a number otherwise is parsed whole
  if (prev.scheme === 'year' && numberFormsChanged(prevLines, lines, first, last)) return undefined;
  // the item holding the edit (an edit above the first item, in the header, is a full parse)
  let k = -1;
  for (let lo = 0, hi = items.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (items[mid].headRange.start.line <= first) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (k < 0) return undefined;
  const item = items[k];
  const from = item.headRange.start.line;
  const before = k > 0 ? items[k - 1] : undefined;
  if (before && before.range.end.line >= from) return undefined; // the head shares its line with the item before
  // the first item's head line is read in the header's phase (a people block may run up to it, the
  // meeting's heading is read from the top lines): an edit of that line is a full parse; below it,
  // the item is read in the body's phase as any other, once the heading reads as it did
  if (!before && (first <= from || !sameHeading(prevLines, lines, first, layout, options))) return undefined;
  let to = k + 1 < items.length ? items[k + 1].headRange.start.line : lines.length;
  // an unnumbered item's head may be a plain heading line, which starts an item only under a blank
  // line: an edit on the line above it can make or unmake the item (found by the fuzz soak)
  if (k + 1 < items.length && !items[k + 1].number && last >= to - 1) return undefined;
  for (const s of m.sections) {
    const at = s.headingRange.start.line;
    if (at >= from && at < to) to = at;
  }
  if (last >= to || item.range.end.line >= to) return undefined;
  // a printed page's margin is measured on the lines around a line (parse/margin.ts): an edit that
  // changes it for a line of another item nearby may change how that item's paragraph wraps
  const asked = marginsAsked(prev, layoutOf(prev) !== undefined);
  if (!marginsKept(asked, prevLines, lines, layout.debrisLines, first, last, from, to)) return undefined;
  // a board's own numbering (`PC24/061`, `Item 1 –`, `I.` …) is read with the run of head lines
  // detected in the whole file (parse/layout.ts): a region alone cannot tell them, the full parse does
  if (prev.scheme !== 'year' && prev.scheme !== 'per-meeting' && !layout.heads) return undefined;
  if (options.numbering === undefined || options.numbering === 'auto') {
    // auto-detected numbering: the year scheme stays while another item has a number, and any
    // scheme while the edited lines hold no number the detection reads, before and after
    // (a keystroke in a heading of a file of unnumbered items, issue 17 §3)
    if ((prev.scheme !== 'year' || !items.some((x, i) => i !== k && x.number)) && !(schemeNeutral(prevLines, first, last) && schemeNeutral(lines, first, last))) return undefined;
  }
  if (boldRunsInto(lines, from) || boldOpenAfter(prevLines, from, to)) return undefined;

  const openItem = before !== undefined && before.section === item.section; // an item before, and no section heading between them
  if (!openItem && declaresBoldActions(prevLines[from])) return undefined;
  const sec = item.section;
  const lastOfSection = sec !== undefined && (k + 1 >= items.length || items[k + 1].section !== sec);
  const sections: Section[] = sec === undefined ? [] : m.sections.slice(0, sec + 1);
  // the parse extends the last section it knows: give it a copy, kept only when the item ends the section
  let probe: SectionBuilder | undefined;
  let open: SectionBuilder | undefined;
  if (sec !== undefined) {
    const s = m.sections[sec];
    const copy: SectionBuilder = { ...s, range: { start: s.range.start, end: s.range.start } };
    sections[sec] = copy;
    open = copy;
    if (lastOfSection) probe = copy;
  }
  const nextBefore = m.nextMeeting && m.nextMeeting.range.start.line < from ? m.nextMeeting : undefined;
  // the lists a meeting has only when the document writes them: the region's parse starts them afresh
  const { statusReviews: _reviews, actions: _actions, decisions: _decisions, ...always } = m;
  // every list the parse may add to is a new one (the people blocks too: a roll call's `Absent:` may take
  // someone off a list, which makes that list a new block in the seed's list, never a change in the previous document)
  const seed: MeetingBuilder = {
    ...always, people: m.people.slice(), items: items.slice(0, k), sections, dates: [], statusUpdates: [], approvals: [], closing: [], nextMeeting: nextBefore,
  };
  // the parse adds to the seed's lists: count them now. People blocks stand before the first item, except
  // those an item's sentences give (`Apologies were received from …`, a roll call): an edit in or before
  // such an item is a full parse (which sentence names someone first decides where they are listed)
  if (m.people.some((b) => b.labelRange.start.line >= from)) return undefined;
  const known = { items: k, sections: sections.length, people: m.people.length };
  const region = parseRegion(lines, lineLengths, options, { from, to, scheme: prev.scheme, meeting: seed, section: open, openItem, ...(layout === PLAIN ? {} : { layout }) });
  const got = region.meeting;
  // a review's status may hang on the whole file (a board that carries its outstanding actions forward,
  // forms/carriedForward.ts): an item with a review, or an edit of that declaration, is parsed whole
  if (got.statusReviews?.length || m.statusReviews?.some((r) => inLines(r.range, from, to)) || declaredIn(prevLines, first, last) || declaredIn(lines, first, last)) return undefined;
  if (!region.closed || region.agendas > 0 || got !== seed) return undefined;
  if (got.items.length !== known.items + 1 || got.sections.length !== known.sections || got.people.length !== known.people || got.people.some((b, i) => b !== m.people[i])) return undefined;
  if (got.boldActions !== m.boldActions || got.nextMeeting !== nextBefore || (m.nextMeeting && inLines(m.nextMeeting.range, from, to))) return undefined;
  const fresh = got.items[k];
  if (fresh.headRange.start.line !== from || fresh.section !== sec) return undefined;
  // the head must still open its line: text before it there would belong to the item or section
  // above (and a published heading above is a section only if this line starts an item)
  const at = item.headRange.start.character;
  if (fresh.headRange.start.character !== at || lines[from].slice(0, at) !== prevLines[from].slice(0, at)) return undefined;
  if (got.title !== m.title || got.date !== m.date || got.time !== m.time || got.location !== m.location || got.chair !== m.chair) return undefined;

  let finalSections = m.sections;
  if (probe) {
    if (probe.range.end === probe.range.start) return undefined; // nothing in the item reached the section's end
    const withProbe = [...m.sections];
    withProbe[sec!] = probe;
    finalSections = withProbe;
  }
  const lastLine = lines.length - 1;
  const meeting: Meeting = {
    ...always,
    items: [...items.slice(0, k), fresh, ...items.slice(k + 1)],
    sections: finalSections,
    dates: splice(m.dates, from, to, got.dates),
    statusUpdates: splice(m.statusUpdates, from, to, got.statusUpdates),
    approvals: splice(m.approvals, from, to, got.approvals),
    closing: splice(m.closing, from, to, got.closing),
    ...spliceOptional(m, got, from, to),
    range: { start: m.range.start, end: { line: lastLine, character: lineLengths[lastLine] } },
  };
  const doc: MinutesDocument = { ...prev, meeting, variants: splice(prev.variants, from, to, region.variants), lineCount: lines.length, lineLengths };
  const askedNow = marginsAfterRegion(asked, from, to, region.marginLines);
  if (askedNow) recordMargins(doc, askedNow);
  return layout === PLAIN ? doc : withLayout(doc, layout);
}

/** The layout of a document with no debris and today's numbering: a region detects all it needs itself. */
const PLAIN: DocumentLayout = { debris: [], debrisLines: new Map() };

/**
 * The layout the whole new text has, when it is the one the previous text had (`PLAIN` for a document
 * with neither debris nor a board's own numbering, as the edited lines still have none); undefined
 * when the edit changes it, or it is not known.
 */
function sameLayout(prev: MinutesDocument, prevLines: readonly string[], lines: string[], first: number, last: number, options: ParseOptions): DocumentLayout | undefined {
  const had = layoutOf(prev);
  // a list of contents read against the numbered headings below (parse/layout.ts `contentsLines`): an edit of a heading changes it
  if (had?.contentsLines) return undefined;
  // line-numbered paper is told from the whole file (forms/debris.ts `lineNumberMargins`): an edit may tell it otherwise
  if (lineNumberMargins(prevLines) !== undefined || lineNumberMargins(lines) !== undefined) return undefined;
  const debris = (prev.debris?.length ?? 0) > 0;
  if (!debris && !had?.heads && !had?.shortNumbers) {
    if (prev.scheme !== 'year' && prev.scheme !== 'per-meeting') return undefined;
    // the file's run of heads is none of a board's own (parse/layout.ts): it stays so only while the edit
    // changes no line the detection reads (a number typed at a line's start, a line emptied between two heads)
    if (!sameNumberingAfterEdit(prevLines, lines, first, last, options.scheme ?? 'auto')) return undefined;
    return findDebris(lines.slice(first, last + 1)).length > 0 ? undefined : PLAIN;
  }
  if (!had) return undefined;
  // the debris is found again over the whole text, unless the edited lines and their neighbours show it kept
  if (debris && !debrisKeptAfterEdit(had.debris, prevLines, lines, first, last) && !sameDebris(had.debris, findDebris(lines))) return undefined;
  if (!debris && findDebris(lines.slice(first, last + 1)).length > 0) return undefined;
  if (had.heads) {
    // today's `NNN/YY` heads take the file back to today's reading (parse/layout.ts `ownNumbering`)
    for (const seg of segmentDocument(lines, first, last + 1)) if (seg.first && matchYearNumber(seg.text) && matchHead(seg.text, 'year')) return undefined;
    // the run of heads is read again only where the edit can change it (numberSchemes.ts)
    if (!had.numbering || !sameNumberingAfterEdit(prevLines, lines, first, last, options.scheme ?? 'auto')) return undefined;
    // (a reserved minute's head, `R3313.1`, is one by the heads around it: an edit of one is read with the whole file)
    if (had.numbering.scheme === 'running' && (holdsReservedHead(prevLines, first, last) || holdsReservedHead(lines, first, last))) return undefined;
  } else if (!sameNumberingAfterEdit(prevLines, lines, first, last, options.scheme ?? 'auto')) return undefined;
  return had;
}

function sameDebris(a: readonly DebrisSpan[], b: readonly DebrisSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].line !== b[i].line || a[i].start !== b[i].start || a[i].end !== b[i].end || a[i].kind !== b[i].kind) return false;
  return true;
}

/** Whether the meeting's heading (read from the top lines, forms/meetingHeading.ts) is the same after an edit from line `first`. */
function sameHeading(prevLines: readonly string[], lines: readonly string[], first: number, layout: DocumentLayout, options: ParseOptions): boolean {
  if (first >= HEADING_LINES) return true;
  const read = (l: readonly string[]) => JSON.stringify(meetingHeading(l, { order: options.dateOrder ?? 'dmy', debris: layout.debris, maxLines: HEADING_LINES }));
  return read(prevLines) === read(lines);
}

/** Whether lines [first, last] hold nothing the layout detection reads: no minute number the scheme detection counts, no declaration of bold actions. */
export function schemeNeutral(lines: readonly string[], first: number, last: number): boolean {
  return segmentDocument(lines, first, last + 1).every((seg) => !declaresBoldActions(seg.text) && !schemeEvidence(seg));
}

function declaredIn(lines: readonly string[], first: number, last: number): boolean {
  // (or a log's legend to its letters, forms/statuses.ts readLetterKey: its rows read by it)
  for (let l = first; l <= last && l < lines.length; l++) if (declaresCarryForward(lines[l]) || readLetterKey(lines[l], true)) return true;
  return false;
}

/** Whether a line of the edit, or up to five above it (the title over the table's header and first row), titles a closing action list. */
function titleNear(lines: readonly string[], first: number, last: number): boolean {
  // (and the heading of a table of attendance after the items, or of an annex: parse/layout.ts `printedAttendance`, `closingAttendance`)
  for (let l = Math.max(0, first - 5); l <= last && l < lines.length; l++) if (isActionsListTitle(lines[l]) || attendanceHeading(lines[l])) return true;
  return false;
}

function inLines(r: Range, from: number, to: number): boolean {
  return r.start.line >= from && r.start.line < to;
}

/** The list with its entries on lines [from, to) replaced by `fresh` (lists are in document order). */
/** The lists a meeting has only when the document writes them (statuses in a board's form, actions and decisions outside items). */
function spliceOptional(m: Meeting, got: Meeting, from: number, to: number): Pick<Meeting, 'statusReviews' | 'actions' | 'decisions'> {
  const one = <T extends { readonly range: Range }>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined => {
    if (!a && !b) return undefined;
    const l = splice(a ?? [], from, to, b ?? []);
    return l.length > 0 ? l : undefined;
  };
  // a list the document does not write stays absent, as a full parse leaves it
  const out: { -readonly [K in 'statusReviews' | 'actions' | 'decisions']?: Meeting[K] } = {};
  const reviews = one(m.statusReviews, got.statusReviews);
  if (reviews) out.statusReviews = reviews;
  const actions = one(m.actions, got.actions);
  if (actions) out.actions = actions;
  const decisions = one(m.decisions, got.decisions);
  if (decisions) out.decisions = decisions;
  return out;
}

export function splice<T extends { readonly range: Range }>(list: readonly T[], from: number, to: number, fresh: readonly T[]): T[] {
  let a = 0;
  while (a < list.length && list[a].range.start.line < from) a++;
  let b = a;
  while (b < list.length && list[b].range.start.line < to) b++;
  return [...list.slice(0, a), ...fresh, ...list.slice(b)];
}

/** Whether a `**` or `<b>` above `line`, with no blank line between, could still be open at it. */
export function boldRunsInto(lines: readonly string[], line: number): boolean {
  for (let l = line - 1; l >= 0 && lines[l].trim() !== ''; l--) if (BOLD_MARK.test(lines[l])) return true;
  return false;
}

/** Whether the old text of lines [from, to) left a `**` open for the lines after them. */
function boldOpenAfter(lines: readonly string[], from: number, to: number): boolean {
  let marks = false;
  for (let l = from; l < to && !marks; l++) marks = BOLD_MARK.test(lines[l]);
  if (!marks) return false;
  const state: BoldState = { open: false };
  segmentDocument(lines, from, to, state);
  return state.open;
}

/** Whether lines [first, last] hold the same words after names before and after the edit (people.ts `lettersOnLine`), line by line. */
function sameLettersAfterNames(prevLines: readonly string[], lines: readonly string[], first: number, last: number): boolean {
  for (let k = first; k <= last && k < lines.length; k++) {
    const a = lettersOnLine(prevLines[k]);
    const b = lettersOnLine(lines[k]);
    if (a.length !== b.length || a.some((w) => !b.includes(w))) return false;
  }
  return true;
}

/** Whether lines [first, last], or the few above whose legend they may go on with, hold a legend of abbreviations' label (forms/legend.ts `readAbbreviations`). */
function legendNear(lines: readonly string[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 6); k <= last && k < lines.length; k++) if (mayOpenAbbreviations(lines[k])) return true;
  return false;
}
