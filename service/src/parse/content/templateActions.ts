/**
 * A wiki's action template (`{{Action|SR|Fell & Rock Foundation application|30 June 2023}}`): the owners, the task
 * and the due in the template's fields, in that order, as a MediaWiki board writes its list of the meeting's actions.
 * An empty due field (`{{Action|SR|Expenses policy|}}`) gives none; a status there (`Done`, `Carried forward`) is the board's word
 * on an earlier action (a status review by the task's words), no new action.
 */
import type { Action, Mention } from '../../model';
import { splitOwners } from '../../forms/owners';
import { isNextMeeting } from '../../forms';
import { readStatusCell, reviewStatus } from '../../forms/statuses';
import type { InlineRecogniser, Line } from './inline';
import { S_OTHER } from './keywords';

/** `{{Action|owners|task|due}}`, the whole line; the due field may be empty or left out. */
const TEMPLATE = /^[ \t]*\{\{[ \t]*([Aa]ction(?:[ \t]+item)?)[ \t]*\|([^|{}\n]{1,200})\|([^|{}\n]{1,600})(?:\|([^|{}\n]{0,100}))?\}\}[ \t]*$/;

export function templateAction(line: Line): boolean {
  const { state, seg, from, body, item } = line;
  if (body.charCodeAt(0) !== 0x7b && body.trimStart().charCodeAt(0) !== 0x7b) return false; // `{`: most lines are asked nothing more
  const m = TEMPLATE.exec(body);
  if (!m) return false;
  // the fields' places: after each bar, up to the next bar or the template's close
  const close = body.lastIndexOf('}}');
  const b1 = body.indexOf('|');
  const b2 = body.indexOf('|', b1 + 1);
  const b3 = body.indexOf('|', b2 + 1);
  const taskEnd = b3 > 0 && b3 < close ? b3 : close;
  // (a field may be named, `owner=JB`, `task=…`, `due=…`: its words after the name)
  const os = valueStart(body, b1 + 1, b2);
  const owners: Mention[] = splitOwners(body, os, b2).map((o) => ({ text: body.slice(o.start, o.end).trim(), range: state.r(seg, from + o.start, from + o.end) }));
  const task = body.slice(valueStart(body, b2 + 1, taskEnd), taskEnd).trim();
  if (task.length === 0 || owners.length === 0) return false;
  const ts = body.indexOf(task, b2 + 1);
  let due: Action['due'];
  const dueFrom = taskEnd < close ? valueStart(body, taskEnd + 1, close) : close;
  const written = body.slice(dueFrom, close).trim();
  // (a status in the due field, `{{Action|JB|Book venue|Done}}`: the board's word on an action of an earlier meeting, no new one)
  const status = written.length > 0 && written.length <= 40 ? readStatusCell(written) : undefined;
  // (a running word, `Ongoing`, `In progress`, says of a new action that it is under way: an action still, with no due)
  const running = status !== undefined && reviewStatus(status) === 'open';
  if (status && status.end >= written.length && !running) {
    const ds = body.indexOf(written, dueFrom);
    (line.meeting.statusReviews ??= []).push({ ref: task, status: status.status, written, note: '', range: state.r(seg, from + ts, from + ds + written.length) });
    return true;
  }
  // (`Open`, `New`, `Ongoing`: a new action with no due)
  if (written.length > 0 && status?.status !== 'open' && !running) {
    // (a date or a meeting as written: `30 June 2023`, `July meeting`)
    const ds = body.indexOf(written, dueFrom);
    due = { text: written, range: state.r(seg, from + ds, from + ds + written.length), nextMeeting: isNextMeeting(written) };
  }
  const kw = body.indexOf(m[1]);
  item.actions.push({
    index: item.actions.length + 1, text: task, range: state.whole(seg), textRange: state.r(seg, from + ts, from + ts + task.length),
    keyword: state.located(seg, from + kw, from + kw + m[1].length), bold: false, owners, ownerInferred: false, due,
    insertAt: state.r(seg, seg.text.length, seg.text.length),
  });
  return true;
}

/** Where a template field's value starts: after its name and `=` when it is named (`owner=JB`), else at `a`. */
function valueStart(body: string, a: number, b: number): number {
  const m = /^[ \t]*[A-Za-z]{1,12}[ \t]*=/.exec(body.slice(a, b));
  return m ? a + m[0].length : a;
}

// gate: `{` first (the line's class of anything else)
export const TEMPLATE_ACTION: InlineRecogniser = { name: 'template-action', starts: S_OTHER, run: templateAction };
