/**
 * Editing an action's status line (`081/22-A1 CARRIED FORWARD: awaiting the figures`): where its
 * status word and its note stand on the line, and the edits that change the word or add to the
 * note without dropping a word. Shared by "mark done", the Actions view's status commands and the
 * fix that merges two status lines of one action.
 */
import { matchStatusUpdate, type ActionStatus } from './constructs';
import type { StatusUpdate } from './model';
import type { Position, TextEdit } from './types';

/** The status word each status is written with. */
export const STATUS_WORD: Readonly<Record<ActionStatus, string>> = { done: 'DONE', 'carried forward': 'CARRIED FORWARD', dropped: 'DROPPED', open: 'OPEN' };

/** Where the parts of a status line stand on its (last) line: columns in the document. */
export interface StatusLineParts {
  readonly line: number;
  readonly keywordStart: number;
  readonly keywordEnd: number;
  /** Where the note starts (after the word, its `:` or dash and spaces). */
  readonly noteStart: number;
  /** The end of the line's text. */
  readonly lineEnd: number;
  /** The note as written on the line (empty when none). */
  readonly note: string;
}

/** The parts of a one-line status update, or undefined when its line is not as the parser saw it. */
export function statusLineParts(u: StatusUpdate, lineText: string | undefined): StatusLineParts | undefined {
  if (lineText === undefined || u.range.start.line !== u.range.end.line) return undefined;
  const from = u.refRange.start.character;
  const m = matchStatusUpdate(lineText.slice(from));
  if (!m) return undefined;
  const end = Math.min(lineText.length, Math.max(u.range.end.character, from + m.noteStart));
  return {
    line: u.range.start.line, keywordStart: from + m.keyword.start, keywordEnd: from + m.keyword.end,
    noteStart: from + m.noteStart, lineEnd: end, note: lineText.slice(from + m.noteStart, end).trim(),
  };
}

function at(line: number, character: number): Position {
  return { line, character };
}

/**
 * The edits that give a status line a new word (unless `status` is undefined) and add `note` to its
 * note: after the note it has (`; ` between), or as its note (`DONE: note`) when it has none.
 * Every word already on the line stays.
 */
export function restatusEdits(p: StatusLineParts, status: ActionStatus | undefined, note: string, noteFirst = false): TextEdit[] {
  const edits: TextEdit[] = [];
  const word = status ? STATUS_WORD[status] : undefined;
  const added = note.trim();
  if (added && p.note.length === 0) {
    // `081/22-A1 CARRIED FORWARD` (or with a `:` and nothing after it): the word and the note together
    return [{ range: { start: at(p.line, word ? p.keywordStart : p.keywordEnd), end: at(p.line, p.lineEnd) }, newText: `${word ?? ''}: ${added}` }];
  }
  if (word) edits.push({ range: { start: at(p.line, p.keywordStart), end: at(p.line, p.keywordEnd) }, newText: word });
  if (added) {
    edits.push(noteFirst
      ? { range: { start: at(p.line, p.noteStart), end: at(p.line, p.noteStart) }, newText: `${added}; ` }
      : { range: { start: at(p.line, p.lineEnd), end: at(p.line, p.lineEnd) }, newText: `; ${added}` });
  }
  return edits;
}
