/**
 * `Actions are shown in bold`: a line outside an item that says so makes the bold sentences of
 * this meeting's items actions. Where it stands is found once by layout detection; this marks
 * the meeting open there. It never takes the line: the line is also read as what it is.
 */
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';

export function boldDeclaration(state: ParseState, i: number): number {
  if (!state.item && state.layout.actions.boldDeclarations.has(i)) state.ensureMeeting(state.segs[i]).boldActions = true;
  return DECLINE;
}

// applies: a file that declares its actions in bold somewhere (the declarations, found by the layout)
export const BOLD_DECLARATION: Recogniser = { name: 'bold-declaration', phases: ['header', 'people', 'agenda', 'body'], applies: (l) => l.actions.boldDeclarations.size > 0, where: 'outside-item', run: boldDeclaration };
