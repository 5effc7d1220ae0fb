/**
 * An item's title, read from its head line (shared by the recognisers that open items).
 */
import { findDate } from '../../dates';
import { matchItemWord } from '../../numbers';
import { isSentenceNotTitle, matchPresenter, mentionsNextMeeting, sentenceAfterTitle } from '../../constructs';
import type { ItemBuilder } from '../builders';
import type { Segment } from '../../text';
import type { ParseState } from '../state';
import { recogniseContent } from '../content';
import { blankFrom, isBlankUnit, moreWordsThan } from '../../unitClass';
import { endBeforeDebris } from '../../forms/debris';
import { linkTexts } from '../../forms/headingItems';
import { beforeColumnHeader } from '../../forms/meetingHeading';

/** Reads the title from `from` on; text after the title on the same segment is content. */
export function setTitle(state: ParseState, item: ItemBuilder, seg: Segment, from: number): void {
  const t = seg.text;
  let start = from;
  while (start < t.length && isBlankUnit(t.charCodeAt(start))) start++;
  // (an item word starts with `Item`: every head line comes here, most with no copy and no pattern)
  const iw = (t.charCodeAt(start) | 32) === 105 /* i */ ? matchItemWord(t.slice(start)) : undefined;
  if (iw) {
    item.agendaRef = iw.agendaRef;
    start += iw.titleStart;
  }
  // a web page's link to the item's paper after the title (`… pdf icon PDF 240 KB`) is debris, not title
  let end = Math.max(start, endBeforeDebris(t));
  // the Action column's header after the first item's title (`WELCOME<TAB><TAB>Action`): the table's, no part of the title
  end = beforeColumnHeader(t, start, end);
  // "Item 1 - Apologies and PCC Update: Apologies were noted …": the title ends at the colon
  const colon = iw ? t.slice(start).search(/:(?:\s|$)/) : -1;
  let rest = -1;
  if (colon >= 0) { end = start + colon; rest = end + 1; }
  const presenter = matchPresenter(t.slice(start, end));
  if (presenter && !presenter.canonical && presenter.start > 0) { end = start + presenter.start; rest = end; }
  // "Item 1 – Conflicts of Interest There were none.": the title ends where a sentence starts
  if (iw && (rest >= 0 || /[.!?]\s*$/.test(t))) {
    const s = sentenceAfterTitle(t.slice(start, end));
    if (s !== undefined) { end = start + s; rest = end; }
  }
  // "001/20<TAB>The Commissioner welcomed everybody …": a sentence after the number, no heading
  if (!iw && from > 0 && state.scheme === 'year' && !state.layout.heads && isSentenceNotTitle(t.slice(start, end))) { rest = start; end = start; }
  // (and a star after it, `BORROWING FACILITY*`: the board's mark of an item taken without discussion, no part of its title)
  for (let c = t.charCodeAt(end - 1); end > start && (c === 58 /* : */ || c === 42 /* * */ || isBlankUnit(c)); c = t.charCodeAt(end - 1)) end--;
  // a Markdown link in the title (`Compaction RFC ([#2231](https://…))`): a reader sees its text
  item.title = linkTexts(t.slice(start, end));
  item.titleRange = state.r(seg, start, end);
  if (rest >= 0 && !blankFrom(t, rest)) {
    item.content++;
    recogniseContent(state, seg, rest);
  } else if (/[.!?]$/.test(item.title) || moreWordsThan(item.title, 14)) {
    item.content++; // a published item whose only text is one sentence
  }
  // "Date of the next meeting: 23rd January 2024": the date is the item's content
  const m = state.meeting;
  if (m && !m.nextMeeting && mentionsNextMeeting(item.title)) {
    const d = findDate(t.slice(start, end), state.order);
    if (d) { m.nextMeeting = state.dateValue(seg, d, start); item.content++; }
  }
  state.extend(seg);
}

/** A small word no title ends on (`… Meeting held on`, `… Strategy and`, a dash): the page wrapped the title there. */
const OPEN_END = /(?:^|[ \t])(?:on|of|and|for|the|to|in|at|by|from|with|held|into|&|[–-])$/i;

/**
 * A title the page wrapped onto the next line under its own column (`ES/017/26⇥Minutes of the … Meeting held on` ⏎
 * `⇥⇥Tuesday 13 January 2026`): the words left open on a small word, the rest indented on the next line with no
 * sentence's end. Joins it; returns the segments consumed (0 or 1).
 */
export function wrappedTitle(state: ParseState, item: ItemBuilder, i: number, opensItem: (s: Segment) => boolean): number {
  const seg = state.segs[i];
  const next = state.segs[i + 1];
  if (!next || !next.first || next.line !== seg.line + 1 || !item.titleRange || item.titleRange.end.line !== seg.line || !OPEN_END.test(item.title)) return 0;
  // (indented under the title, as the number's column leaves it: a tab, or blanks)
  const raw = state.lines[next.line];
  const c = raw.charCodeAt(0);
  if (c !== 9 && !(c === 32 && raw.charCodeAt(1) === 32)) return 0;
  const words = next.text.trimEnd();
  if (words.length === 0 || words.length > 80 || /[.;:!?]$/.test(words) || state.layout.heads?.has(next.line) || opensItem(next)) return 0;
  item.title = `${item.title} ${linkTexts(words)}`;
  item.titleRange = { start: item.titleRange.start, end: state.r(next, 0, words.length).end };
  state.extend(next);
  return 1;
}

/**
 * A title in capitals the page wrapped onto the next line, indented under the title's column and in
 * capitals too, a blank line after it (`50/26⇥PRESENTATION BY … – N72 BALLYKEERAN` ⏎ `⇥BYPASS`,
 * `014/25⇥REVIEW OF THE ANNUAL` ⏎ `⇥GOVERNANCE STATEMENT`): one title. Capitals and the blank line
 * below are what tell it from the item's first paragraph. Joins it; returns the segments consumed (0 or 1).
 */
export function capitalsWrap(state: ParseState, item: ItemBuilder, i: number, opensItem: (s: Segment) => boolean): number {
  const seg = state.segs[i];
  const next = state.segs[i + 1];
  if (!next || !next.first || next.line !== seg.line + 1 || !item.titleRange || item.titleRange.end.line !== seg.line || !inCapitals(item.title)) return 0;
  const raw = state.lines[next.line];
  const c = raw.charCodeAt(0);
  if (c !== 9 && !(c === 32 && raw.charCodeAt(1) === 32)) return 0;
  const after = state.lines[next.line + 1];
  if (after !== undefined && !blankFrom(after, 0)) return 0;
  const words = next.text.trimEnd();
  if (words.length === 0 || words.length > 80 || !inCapitals(words) || /[.;:!?]$/.test(words) || opensItem(next)) return 0;
  item.title = `${item.title} ${words}`;
  item.titleRange = { start: item.titleRange.start, end: state.r(next, 0, words.length).end };
  state.extend(next);
  return 1;
}

/** Two capitals or more and no small letter (`N72 BALLYKEERAN`, `BYPASS`). */
function inCapitals(t: string): boolean {
  return t.length < 200 && /\p{Lu}\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}
