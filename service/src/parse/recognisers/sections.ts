/**
 * Sections: a Markdown heading (`## Finance`) once the meeting has its title (the first heading
 * before any is the title), or a published heading line standing just before an item.
 */
import { isHeadingLike } from '../../constructs';
import { isColumnHeader } from '../../forms/meetingHeading';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { startsItem } from './numberedItems';
import { isOwnerLine } from '../content/publishedActions';
import { B_HEADING, H_CAPITAL_START, H_DIGIT, H_HEADING } from '../content/keywords';
import { matchLineLabel, matchTrailingMark } from '../../forms';
import { isConfidentialHeading } from '../../confidential';
import { isResultAlone } from '../../forms/votes';

export function headingSection(state: ParseState, i: number): number {
  const seg = state.segs[i];
  if (!(seg.heading > 0 && (state.meeting?.title || state.item || state.phase !== 'header'))) return DECLINE;
  if (!state.meeting?.title && !state.item) {
    state.ensureMeeting(seg).title = state.located(seg, 0, seg.text.length);
    return 0;
  }
  state.startSection(seg, true);
  return 0;
}

export function publishedSection(state: ParseState, i: number): number {
  const seg = state.segs[i];
  if (!seg.only || !(state.meeting?.title || state.item)) return DECLINE;
  // (an item next, the cheaper test, first: every line of an item is asked, and in a board's own
  // numbering it is a look-up; the heading's form, which copies and splits the line, after)
  const nx = state.nextNonBlank(i);
  if (nx < 0) return DECLINE;
  if (!startsItem(state, state.segs[nx])) {
    // a heading of confidential business may have a sentence under it before its items (`The following items were
    // considered in private …`): it heads them all the same (read as a marker inside the item above, it withheld
    // that item and published the ones it heads)
    if (!isConfidentialHeading(seg.text) || !itemBelowIntro(state, nx)) return DECLINE;
    openConfidential(state, i, !namesBusiness(seg.text));
    return 0;
  }
  // (a heading that opens confidential business in a sentence's case, `Exempt business`, `Items in private`, heads a section
  // too: read as a marker inside the item above, it withheld that item and published the ones it heads)
  if (!isHeadingLike(seg.text) && !isConfidentialHeading(seg.text)) return DECLINE;
  // `ACTION: Director of Transport`, `Action: Vice-Chancellor`, `HG` at the end of an item: the item's own line, not a heading of what follows
  // (isOwnerLine asks for the keyword first; before the column header's test, which splits and looks up
  // the words of every such line above a head, `action` being a column's name)
  if (state.item && isOwnerLine(state, seg)) return DECLINE;
  if (isColumnHeader(seg.text)) return DECLINE;
  // `Absent: Trustee Dunn` closing a roll call's item: a list on its label's line, never a heading of what follows
  if (seg.text.indexOf(':') > 0 && listOnLabelLine(seg.text)) return DECLINE;
  // `NOTED`, `RESOLVED` alone just under a paragraph (no blank line between): the paragraph's decision
  // (content/trailingDecisions.ts), as a university board prints it, never a heading of what follows
  if (state.item && i > 0 && state.segs[i - 1].line === seg.line - 1 && state.segs[i - 1].text.length > 0 && matchTrailingMark(seg.text)?.alone) return DECLINE;
  // (and a vote's result so, `CARRIED` set at the page's right under a New Zealand board's resolution: its result)
  if (state.item && i > 0 && state.segs[i - 1].line === seg.line - 1 && state.segs[i - 1].text.length > 0 && isResultAlone(seg.text)) return DECLINE;
  if (isConfidentialHeading(seg.text)) openConfidential(state, i);
  else state.startSection(seg, false);
  return 0;
}

/**
 * Starts the section a heading of confidential business opens. An item whose title it stands right under (no line
 * of the item yet: `088/22 Tender` ⏎ `CONFIDENTIAL` ⏎ …) is marked by it too: the heading may be that item's mark,
 * and withholding fails safe. So is the item it stands in when `markAbove` (a mark alone, `CONFIDENTIAL`, with a
 * sentence under it before the next item: the mark of the item above, or the heading of those below; both are withheld).
 */
function openConfidential(state: ParseState, i: number, markAbove = false): void {
  const seg = state.segs[i];
  const item = state.item;
  if (item && (item.content === 0 || markAbove) && !item.confidentialMark) item.confidentialMark = state.whole(seg);
  state.startSection(seg, false);
}

// gate: a heading
export const HEADING_SECTION: Recogniser = { name: 'heading-section', phases: ['header', 'people', 'agenda', 'body'], interrupts: ['item', 'people-block'], needs: B_HEADING, run: headingSection };
// gate: `isHeadingLike` (short, a capital first, no full stop, comma, digit …)
export const PUBLISHED_SECTION: Recogniser = { name: 'published-section', phases: ['header', 'people', 'agenda', 'body'], interrupts: ['item', 'people-block'], needs: H_CAPITAL_START | H_HEADING, run: publishedSection };

/**
 * A heading that opens confidential business with a number in it (`Part 2 – Exempt items`, `PART 2: NOT FOR
 * PUBLICATION`), standing just before an item: a section, as a heading without one is (`publishedSection`),
 * so that the items under it are withheld from the public version.
 */
export function confidentialSection(state: ParseState, i: number): number {
  const seg = state.segs[i];
  // (one with no digit is a published section's heading already, `publishedSection`; a digit other than its
  // part's is a minute's number, `[confidential] 088/22 Tender`, whose words no heading may print)
  if (!seg.only || !(state.meeting?.title || state.item) || !/\d/.test(seg.text) || /\d/.test(seg.text.replace(PART_NUMBER, ''))) return DECLINE;
  const nx = state.nextNonBlank(i);
  if (nx < 0 || !isConfidentialHeading(seg.text)) return DECLINE;
  if (startsItem(state, state.segs[nx])) openConfidential(state, i);
  else if (itemBelowIntro(state, nx)) openConfidential(state, i, !namesBusiness(seg.text));
  else return DECLINE;
  return 0;
}

/**
 * Whether a heading of confidential business names what it heads (`Exempt items`, `Private business`, `Part 2`,
 * `Closed session`): such a heading with a sentence under it heads the items below it, and the item above is the
 * public business before it. A mark alone (`CONFIDENTIAL`) may be the mark of the item it stands in as well.
 */
function namesBusiness(text: string): boolean {
  return NAMES_BUSINESS.test(text);
}
const NAMES_BUSINESS = /\b(?:items?|business|matters|reports?|session|part)\b/i;

/** The most lines of a sentence or two a heading of confidential business may have under it before its first item. */
const INTRO_LINES = 4;

/**
 * Whether the lines from `k` on are a short paragraph of prose (a sentence or two, no heading nor list) that
 * excludes the public or says why the business is private, and an item follows it: the introduction a board prints
 * under the heading of its confidential business (`The following items were considered in private because they
 * contain exempt information.`, the resolution to exclude the press and public) before the items. Never under an
 * item's title (the mark is the item's, its lines the item's text).
 */
function itemBelowIntro(state: ParseState, k: number): boolean {
  // (under an item's title, the mark is that item's and the lines below are its text: they stay the item's)
  if (state.item && state.item.content === 0) return false;
  let sentence = false;
  let excludes = false;
  for (let n = 0; k >= 0 && n <= INTRO_LINES; n++) {
    const s = state.segs[k];
    // (the introduction says who left or why the business is private: any other paragraph is the business itself,
    // and stays in the item it was written in)
    if (startsItem(state, s)) return sentence && excludes;
    // (prose: a line ending a sentence, or one wrapped onto the next; never a heading, a bullet or a line of its own kind)
    if (s.heading > 0 || s.bullet || isHeadingLike(s.text) || isConfidentialHeading(s.text)) return false;
    if (/[.:;]\)?$/.test(s.text.trimEnd())) sentence = true;
    if (EXCLUSION.test(s.text)) excludes = true;
    k = state.nextNonBlank(k);
  }
  return false;
}
/** The words of an introduction to confidential business: the exclusion of the press and public, and why. */
// (a university's reserved business: `(Student members withdrew for the following item.)`)
const EXCLUSION = /\b(?:exclu(?:de|ded|sion)|withdrew[ \t]+for[ \t]+the[ \t]+following|in[ \t]+private|in[ \t]+camera|closed[ \t]+session|(?:press|public)[ \t]+(?:and[ \t]+(?:the[ \t]+)?(?:press|public)[ \t]+)?(?:left|withdrew|were[ \t]+asked|be[ \t]+asked)|exempt[ \t]+information|confidential[ \t]+information|schedule[ \t]+12a|section[ \t]+100a)\b/i;


/** A part's number (`Part 2`, `PART-2`): the one number a heading of confidential business holds. */
const PART_NUMBER = /\bpart[ \t-]*\d\b/gi;
// gate: a digit (the headings without one are `publishedSection`'s, which this one is asked before)
export const CONFIDENTIAL_SECTION: Recogniser = { name: 'confidential-section', phases: ['header', 'people', 'agenda', 'body'], interrupts: ['item', 'people-block'], needs: H_DIGIT, run: confidentialSection };

/** A list of people on its label's line (`Absent: Trustee Dunn`, `Apologies: A Roe`): the label names a list and someone follows it. */
function listOnLabelLine(t: string): boolean {
  const lab = matchLineLabel(t);
  return lab !== undefined && t.slice(lab.rest).trim() !== '';
}
