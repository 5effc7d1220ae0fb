/**
 * The members New Meeting carries over from last time, under `Members to confirm (move each to
 * Present or Apologies):` (and the officers, under `Officers to confirm …`), are not attendance:
 * nobody has said who came. The clerk moves each line to `Present:`, `Apologies:` or `In
 * attendance:` as the meeting starts; what is left is the clerk's checklist, never
 * published (a name there is not a fact of the meeting).
 */
import { BLOCK_WORDS } from './markup';

/** The heading as the clerk may leave it: the words before the bracket are enough. */
const HEADING = /^(?:members|officers) to confirm\b[^:]*:?$/i;

/** A people-block heading (`Present:`): the checklist ends there even without a blank line. */
function isBlockHeading(text: string): boolean {
  const word = text.replace(/:\s*$/, '').trim();
  return text.trim().endsWith(':') && BLOCK_WORDS.some(([re]) => re.test(word));
}

/** The lines of the checklist: its heading and the names under it, up to a blank line or a people heading. */
export function membersToConfirmLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!HEADING.test(lines[i].trim())) continue;
    found.add(i);
    for (let j = i + 1; j < lines.length && lines[j].trim() !== '' && !isBlockHeading(lines[j]); j++) found.add(j);
  }
  return found;
}
