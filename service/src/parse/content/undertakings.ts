/**
 * Actions written in prose with a subject that can own them (forms/undertakings.ts, forms/requests.ts),
 * as boards that label no actions write them: `KA to sign when next in school`, `Administrator Pratt
 * agreed to add this …`, `Staff were directed to bring back a written plan …`, `Patel will report
 * findings … by June 26`, `Mayor Lindqvist asked the City Engineer to follow up …`. A sentence the
 * page wrapped is read with the lines around it (the line above and below, in the same paragraph
 * of the open item); an undertaking is read on the line where its verb stands, so once.
 */
import { findUndertakings, type Undertaking } from '../../forms';
import { findRequests } from '../../forms/requests';
import type { Action, Meeting, Mention } from '../../model';
import { allBold, type Segment } from '../../text';
import type { ParseState } from '../state';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, joinedRange, type Joined } from './joined';
import { UNDERTAKING_VERBS, W_UNDERTAKE } from './keywords';

/** Cheap first test: a verb an undertaking or a request needs. */
const MAY = /\b(?:to|will|would|undertook|agreed|offered|directed|asked|requested|instructed|tasked)(?:[ \t]|$)/;

/** Whether `body` ends in one of MAY's verbs (its letters a-z at the end, as MAY reads them there, are one). */
function endsInVerb(body: string): boolean {
  let k = body.length;
  while (k > 0 && body.charCodeAt(k - 1) >= 0x61 && body.charCodeAt(k - 1) <= 0x7a) k--;
  return k < body.length && UNDERTAKING_VERBS.includes(body.slice(k));
}

/** An item's head line that is its number alone (`4.`, `12`). */
const LONE_NUMBER = /^[ \t]*\d{1,3}\.?[ \t]*$/;

/** The line next to segment k in the same paragraph of the open item (dir -1 above, +1 below), or undefined. */
function neighbour(state: ParseState, k: number, dir: -1 | 1, top: number): Segment | undefined {
  const n = k + dir;
  if (n < 0 || n >= state.segs.length) return undefined;
  const s = state.segs[n];
  if (s.text.length === 0 || s.line !== state.segs[k].line + dir || s.line <= top || state.layout.heads?.has(s.line)) return undefined;
  return s;
}

/** Whether a name is someone of the meeting's lists, by full name, surname or initials. */
function personTest(meeting: Meeting): (name: string) => boolean {
  return (name) => {
    const n = name.trim();
    return meeting.people.some((b) => b.people.some((p) => p.name.display === n || p.initials === n || (/^[A-Z][\w'’-]+$/.test(n) && p.name.display.split(/\s+/).pop() === n)));
  };
}

export function undertaking(line: Line): boolean {
  const { state, seg, from, body, item, meeting } = line;
  // the reader's rule: a board that labels no actions writes them in prose. A file that labels its
  // actions (`ACTION:`), or is numbered in our schemes (NNN/YY, 1.), is read by its labels: there a
  // "will" in a sentence is narrative (and an item parsed alone must read as in the whole file).
  // A board's own numbering is not our markup: `1<TAB>Title<TAB>Lead` (layout.ts `numbering`), or a
  // number alone on its line with the title below (a council's web page): the board writes its
  // actions in the minutes' prose
  if (state.layout.actions.labelled) return false;
  const ownHead = !!state.layout.numbering && LONE_NUMBER.test(state.lines[item.headRange.start.line] ?? '');
  if ((state.scheme === 'year' && !ownHead) || (state.scheme === 'per-meeting' && !state.layout.numbering)) return false;
  // (the line's words first: MAY's verb with a blank after it, or ending the line; the pattern, tried
  // at each place of a line that has none, costs)
  if ((line.words & W_UNDERTAKE) === 0 && !endsInVerb(body)) return false;
  if (!MAY.test(body)) return false;
  // in a file whose actions are in bold, a bold sentence is bold-action's
  if (meeting.boldActions && allBold(seg)) return false;
  const k = indexOf(state, seg);
  if (k < 0) return false;
  const top = item.headRange.start.line;
  const above = neighbour(state, k, -1, top);
  const below = neighbour(state, k, 1, top);
  const segs = [...(above ? [above] : []), seg, ...(below ? [below] : [])];
  const j: Joined = joinSegments(segs, 0, '\n');
  const piece = j.pieces[above ? 1 : 0];
  const cs = piece.at + from;
  const ce = piece.at + seg.text.length;
  const options = { order: state.order, isPerson: personTest(meeting) };
  const found: Undertaking[] = [...findUndertakings(j.text, options), ...findRequests(j.text, options)]
    .filter((u) => u.verb.start >= cs && u.verb.start < ce)
    .sort((a, b) => a.verb.start - b.verb.start);
  for (const u of found) {
    const owners: Mention[] = u.owners.map((o) => ({ text: j.text.slice(o.start, o.end).replace(/\s+/g, ' '), range: joinedRange(state, j, o.start, o.end) }));
    let due: Action['due'];
    if (u.due) {
      const lead = /^the[ \t]+(?=\S)/i.exec(u.due.text)?.[0].length ?? 0;
      const written = u.due.text.slice(lead);
      due = { text: written, range: joinedRange(state, j, u.due.start + lead, u.due.end), nextMeeting: /\bnext\s+meeting\b/i.test(written) };
    }
    // a task ends where a list flattened into the line goes on (". - Since …")
    const bullet = /[.!?;][ \t]+[-–•][ \t]/.exec(j.text.slice(u.task.start, u.task.end));
    const taskEnd = bullet ? u.task.start + bullet.index + 1 : u.task.end;
    const text = j.text.slice(u.task.start, taskEnd).replace(/\s+/g, ' ').trim();
    if (text.length === 0) continue;
    const range = joinedRange(state, j, Math.min(u.start, u.subject.start), u.end);
    // read once: the same undertaking seen again from a neighbouring line is the same action
    if (item.actions.some((a) => a.range.start.line === range.start.line && a.range.start.character === range.start.character)) continue;
    item.actions.push({
      index: item.actions.length + 1, text, range, textRange: joinedRange(state, j, u.task.start, taskEnd),
      bold: false, owners, ownerInferred: true, due, insertAt: { start: range.end, end: range.end }, inText: true,
    });
  }
  return false;
}

export const UNDERTAKING: InlineRecogniser = { name: 'undertaking', run: undertaking };
