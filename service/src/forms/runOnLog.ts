/**
 * An action log whose table lost its columns: the extraction ran every cell of a row into one
 * line with single spaces, wrapped cells continuing on the lines below (an NHS trust's appendix
 * action log read from a PDF or a Word table):
 *
 *   Action Meeting Minute ref Action Lead Due Update Status RAG
 *   no. date
 *   089 02.06.22 TB/22/061.4 Circulate Freedom to TV Aug 22 Circulated to Complete – B
 *   Speak Up annual governors 12.08.22 propose close
 *
 * Without column positions only the ends of a row's first line can be read with confidence: the
 * reference that opens it and, when the header ends with `Status` (and `RAG`), the status words
 * (and the RAG letter) that close it. Pure; never throws; offsets into the text given.
 */
import type { Span } from '../constructs';
import { columnOf, type ColumnKind } from './actionTables';
import { readStatusCell, ragStatus, type StatusMark } from './statuses';
import { isBlankUnit } from '../unitClass';

export interface RunOnHeader {
  readonly columns: ColumnKind[];
}

/**
 * A header line read as column names one after another (`Action Meeting Minute ref Action Lead Due
 * Update Status RAG`): every word belongs to a column name, there is an action column and the status
 * column is the last but a RAG column. Whether every character of the line can stand in one: letters,
 * `.`, `#`, `?`, `*`, `:` and blanks (no `/[^A-Za-z.#?*:\s]/`), read by character.
 */
function onlyColumnNameUnits(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const l = c | 0x20; // an ASCII letter in lower case (no other character becomes one)
    if (!((l >= 0x61 && l <= 0x7a) || c === 0x2e || c === 0x23 || c === 0x3f || c === 0x2a || c === 0x3a || isBlankUnit(c))) return false;
  }
  return true;
}
/**
 * The names of the status column (actionTables.ts COLUMNS), which a header must have, each a word of
 * its own: a line with none (`ACTION: Director of Transport`, every owner's line of a council) is
 * no header, told before its words are split and looked up as columns.
 */
const STATUS_NAME = /status|progress|state|done/i;

export function matchRunOnHeader(line: string): RunOnHeader | undefined {
  // a column name is letters, `.`, `#`, `?`, spaces and the `**`/`:` around it (actionTables.ts
  // COLUMNS): a line with anything else (an `ACTION:` line's digits, commas) is no header, told
  // in one pass instead of some forty column tests (40,000 actions in an item, issue 17 §3); by
  // character, not a search with a pattern: every `ACTION:` line is asked, and stops at its first digit
  if (line.length > 200 || !onlyColumnNameUnits(line) || !STATUS_NAME.test(line)) return undefined;
  const words = line.trim().split(/[ \t]+/);
  if (words.length < 4 || words.length > 16) return undefined;
  const columns: ColumnKind[] = [];
  for (let k = 0; k < words.length;) {
    let found: ColumnKind | undefined;
    let n = Math.min(3, words.length - k);
    for (; n >= 1; n--) if ((found = columnOf(words.slice(k, k + n).join(' ')))) break;
    if (!found) return undefined;
    columns.push(found);
    k += n;
  }
  const last = columns[columns.length - 1] === 'rag' ? columns.length - 2 : columns.length - 1;
  if (!columns.includes('action') || columns[last] !== 'status' || columns.length < 4) return undefined;
  return { columns };
}

/**
 * A log's title over its rows where the page lost the header (`Appendix: Action log`, `Appendix 2 –
 * Action Log`, `Action tracker`): the rows are read as a log's with a status and a RAG column last.
 */
const LOG_TITLE = /^(?:appendix(?:[ \t]+[A-Z0-9]{1,3})?[ \t]*[:–—-][ \t]*)?action[ \t]+(?:log|tracker|register)[ \t]*:?[ \t]*$/i;
const TITLED: RunOnHeader = { columns: ['action', 'status', 'rag'] };

/** The header a log's title stands for (`LOG_TITLE`), or undefined. */
export function matchLogTitle(line: string): RunOnHeader | undefined {
  // (its last character first, `g`, `r` or `:`: an action's line, every one of which is asked, ends otherwise)
  let e = line.length;
  while (e > 0 && isBlankUnit(line.charCodeAt(e - 1))) e--;
  const c = e > 0 ? line.charCodeAt(e - 1) | 0x20 : 0;
  return e <= 60 && (c === 0x67 || c === 0x72 || c === 0x3a) && LOG_TITLE.test(line.slice(0, e)) ? TITLED : undefined;
}

/** Whether a line opens with a row's reference (a log's wrapped cell does not). */
export function opensWithRef(line: string): boolean {
  return line.length <= 400 && REF.test(line);
}

export interface RunOnRow {
  readonly ref: Span;
  readonly status: StatusMark;
  /** The RAG letter or colour after the status, when the log has that column. */
  readonly rag?: Span;
}

// (or the minute the action was set at, as the board numbers its paragraphs: `BD/23/031.2`)
const REF = /^[ \t]*([A-Z]{0,4}[/-]?\d{1,4}(?:[/.]\d{1,4}){0,3}[a-z]?)[ \t]+\S/;
const RAG_END = /[ \t]+(?:[–—-][ \t]+)?([BGAR]|Blue|Green|Amber|Red)[ \t]*$/;

/** A row's first line: its reference at the start, its status words (and RAG) at the end. */
export function readRunOnRow(line: string, header: RunOnHeader): RunOnRow | undefined {
  if (line.length > 400) return undefined;
  const r = REF.exec(line);
  if (!r) return undefined;
  const ref = { start: line.indexOf(r[1]), end: line.indexOf(r[1]) + r[1].length };
  let end = line.trimEnd().length;
  let rag: Span | undefined;
  if (header.columns[header.columns.length - 1] === 'rag') {
    const g = RAG_END.exec(line);
    if (g && ragStatus(g[1])) { rag = { start: g.index + g[0].indexOf(g[1]), end: g.index + g[0].indexOf(g[1]) + g[1].length }; end = g.index; }
  }
  const head = line.slice(0, end).replace(/[ \t]*[–—-]?[ \t]*$/, '');
  // the longest run of last words that is a status and nothing else ("Not yet due", "Complete")
  const words = [...head.matchAll(/\S+/g)];
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const at = words[words.length - n].index;
    const phrase = head.slice(at);
    const mark = readStatusCell(phrase);
    if (mark && mark.start === 0 && mark.end === phrase.length) return { ref, rag, status: { ...mark, start: mark.start + at, end: mark.end + at, note: undefined } };
  }
  return undefined;
}
