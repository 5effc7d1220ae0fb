/**
 * An attendance cell of a Markdown table exported from a notes tool (Notion, Confluence): a status
 * written as an icon and a word (`✅ Present`, `💻 Remote`, `✉️ Apologies`, `❌ Absent`), with what it
 * adds after it (`✅ Present (left after 148)`). The word says the list; a member taking part from afar
 * (`Remote`, `Online`, `Virtual`) is present, the word kept as the qualifier it is.
 */
import type { BlockKind } from '../markup';
import { kindOfWord } from './grid';
import { readQualifier } from './qualifiers';
import type { Qualifier, Span } from './types';

export interface AttendanceCell {
  readonly kind: BlockKind;
  /** The status word (`Apologies`): the label of the list it puts the member on. */
  readonly word: Span;
  /** `Remote`, or what the cell adds after the word (`left after 148`). */
  readonly qualifiers: readonly Qualifier[];
}

// icons and the marks a notes tool sets before its status words (pictographs, ticks, crosses, their variation selectors)
const ICONS = /^[\s\p{Extended_Pictographic}\p{S}\u200d\ufe0f]*/u;
const WORD = /^(present|attended|apologies(?: received)?|apologi[sz]ed|regrets|absent|in attendance|remote(?:ly)?|online|virtual(?:ly)?)\b[ \t]*(?:[-–—:,][ \t]*)?(?:\(([^()]*)\)|([^()]*?))[ \t]*$/i;

/** Reads an attendance cell (its span in `line`); undefined when it holds no status word. */
export function readAttendanceCell(line: string, cell: Span): AttendanceCell | undefined {
  const t = line.slice(cell.start, cell.end);
  const lead = ICONS.exec(t)![0].length;
  const m = WORD.exec(t.slice(lead));
  if (!m) return undefined;
  const at = cell.start + lead;
  const word: Span = { start: at, end: at + m[1].length };
  const remote = /^(?:remote|online|virtual)/i.test(m[1]);
  const qualifiers: Qualifier[] = remote ? [{ kind: 'remote', ...word }] : [];
  const more = m[2] ?? m[3];
  if (more && more.trim().length > 0) {
    const start = at + m[0].lastIndexOf(more) + (more.length - more.trimStart().length);
    const q = readQualifier(more);
    qualifiers.push({ kind: q?.kind ?? 'note', start, end: start + more.trim().length, ...(q?.value !== undefined ? { value: q.value } : {}) });
  }
  return { kind: remote ? 'present' : kindOfWord(m[1]), word, qualifiers };
}
