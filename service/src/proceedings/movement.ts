/**
 * Recording a departure or an arrival as it happens (issue 20, in the editor): the sentence
 * `Cllr Evans left the meeting at 20:05.` (or `joined the meeting at …`) written on a line of its
 * own at the cursor, in the item being minuted, so that the parse reads it as a departure of that
 * item at that line (`arrivals.ts`), which the room, the quorum and the checks then count.
 */
import type { MinutesDocument } from '../model';
import type { Range } from '../types';
import { itemIndexAtLine } from './eligible';
import { unprintableInName } from '../invisible';

export type MovementChange = 'left' | 'joined';

/** The sentence our markup writes for a coming or going at a time (`HH:MM`). */
export function movementSentence(name: string, change: MovementChange, time: string): string {
  return `${name} ${change === 'left' ? 'left' : 'joined'} the meeting at ${time}.`;
}

export type MovementEdit =
  | { readonly range: Range; readonly newText: string; /** The line the sentence stands on after the edit. */ readonly line: number; readonly sentence: string }
  | { readonly error: string };

/**
 * The edit that writes the sentence at `line`: on that line when it is empty, else on a new line
 * after it. Refused, with what to do, before the first item (the lists say who was there from the
 * start), for an empty or multi-line name, or a time that is not `HH:MM`.
 */
export function movementEdit(doc: MinutesDocument, lines: readonly string[], line: number, name: string, change: MovementChange, time: string): MovementEdit {
  const who = name.trim();
  if (!who) return { error: 'Type the name of the member as the lists write it (for example Cllr Evans).' };
  const bad = unprintableInName(who);
  if (bad) return { error: `The name holds ${bad}: type it as one line of visible letters, as the lists write it.` };
  if (!/^\d{1,2}[:.]\d{2}$/.test(time.trim())) return { error: `"${time}" is not a time: write it as 20:05.` };
  const meeting = doc.meeting;
  const at = meeting ? itemIndexAtLine(meeting, line) : -1;
  if (!meeting || at < 0) return { error: `Put the cursor in the item during which ${who} ${change === 'left' ? 'left' : 'joined'}: the line is written there, so that it counts from that item on.` };
  const sentence = movementSentence(who, change, time.trim());
  const text = lines[line] ?? '';
  if (text.trim() === '') return { range: { start: { line, character: 0 }, end: { line, character: text.length } }, newText: sentence, line, sentence };
  return { range: { start: { line, character: text.length }, end: { line, character: text.length } }, newText: `\n${sentence}`, line: line + 1, sentence };
}
