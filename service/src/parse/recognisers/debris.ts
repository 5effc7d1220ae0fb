/**
 * Debris: a line the layout detection found to be what a PDF, a web page, a wiki or a mail adds
 * to the minutes (`forms/debris.ts`: a page footer falling mid-item, an `Agenda Item 4` stamp,
 * `Page 3 of 7`, `Chair's initials`, a signature block, a `DRAFT` banner, navigation, link lists,
 * bot lines). Taken, with every other segment of its line, and nothing recorded: never an item,
 * a title, a section, a person or an item's content (an item whose only text is a footer is
 * still empty), and an open item or people block stays open across it. The document keeps the
 * debris (`MinutesDocument.debris`, from the layout) and import keeps its words.
 */
import { matchClosingLine } from '../../constructs';
import { wordCommentAt } from '../../forms/debris';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { startLetters } from '../content/keywords';
import { applyHeading } from './meetingHeading';

/**
 * A Word comment the text layer made a segment of its own after the line's text (forms/debris.ts
 * `wordCommentAt`): taken alone, in any file (the layout's debris need not hold it: a region's
 * re-parse reads none), and so a row of its own before `debris`, which a file with no debris line
 * does without.
 */
export function wordComment(state: ParseState, i: number): number {
  return isCommentSegment(state.segs[i]) ? 0 : DECLINE;
}

export function debris(state: ParseState, i: number): number {
  const lines = state.layout.debrisLines;
  if (lines.size === 0) return DECLINE;
  const line = state.segs[i].line;
  const kind = lines.get(line);
  if (kind === undefined) return DECLINE;
  // a signature under an item closes the meeting (`closing-line` records it, as our markup's own)
  if (kind === 'signature' && state.item && matchClosingLine(state.segs[i].text)) return DECLINE;
  // a mail's `Subject:` that gives the meeting's heading (no heading above the topics): its title and date are taken, the line stays debris
  if (kind === 'email-wrapper' && state.layout.heading?.date?.line === line) applyHeading(state, i);
  let n = 0;
  while (i + n + 1 < state.segs.length && state.segs[i + n + 1].line === line) n++;
  return n;
}

/** A segment that is a Word comment from its first character (`Commented [JA1]: …`): debris, never the minutes' text. */
export function isCommentSegment(seg: Segment): boolean {
  return seg.text.charCodeAt(0) === 0x43 && wordCommentAt(seg.text) === 0;
}

// gate: `Commented [`'s capital
export const WORD_COMMENT: Recogniser = { name: 'word-comment', phases: ['header', 'people', 'agenda', 'body'], starts: startLetters('c'), run: wordComment };
// applies: a file with a line that is debris from end to end
export const DEBRIS: Recogniser = { name: 'debris', phases: ['header', 'people', 'agenda', 'body'], applies: (l) => l.debrisLines.size > 0, run: debris };
