/**
 * An open to-do of a notes tool that writes people and dates as mentions after the task, each part
 * set off by a long dash, as a Notion page exported to Markdown writes its to-do blocks:
 * `- [ ] Book the hall for the AGM — @Ann Lee — @March 3, 2026`, two owners as two mentions
 * (`— @Ann Lee @Raj Patel —`). A mention of a person is their name as the tool shows it (the `@`
 * is the mention's mark, not the name's; a handle without a blank keeps it: `@kmori`); a mention
 * of a date is the due. A to-do whose parts after the task are not all mentions is not this form.
 * Pure; never throws.
 */
import { readDueCell, type DueDate } from './dueDates';
import { isOwnerOrName, OPEN_TASK, type ActionForm, type FormOptions } from './actions';
import type { Span } from '../constructs';

/** Between the task and each group of mentions: a long dash with blanks round it. */
const PART = /[ \t]+[–—][ \t]+/g;
/** Each mention of a group: `@` and what follows up to the next mention. */
const MENTION = /@([^@]+)/g;

export function matchMentionTask(text: string, options: FormOptions = {}): ActionForm | undefined {
  if (text.length > 2000 || text.indexOf('@') < 0) return undefined;
  const box = OPEN_TASK.exec(text);
  if (!box) return undefined;
  const b = box[0].length;
  // the parts after the task, each from its first character to its last
  const cuts: Array<{ start: number; end: number }> = [];
  PART.lastIndex = b;
  for (let m = PART.exec(text); m; m = PART.exec(text)) cuts.push({ start: m.index, end: m.index + m[0].length });
  if (cuts.length === 0) return undefined;
  const taskEnd = cuts[0].start;
  if (taskEnd <= b) return undefined;
  const owners: Span[] = [];
  let due: DueDate | undefined;
  for (let k = 0; k < cuts.length; k++) {
    const s = cuts[k].end;
    let e = k + 1 < cuts.length ? cuts[k + 1].start : text.length;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (text.charCodeAt(s) !== 0x40) return undefined;
    const part = text.slice(s, e);
    // a date mention: the whole part a due (`@March 3, 2026`, `@2026-03-03`), and only one
    const d = due ? undefined : readDueCell(part.slice(1), options);
    if (d && d.start === 0 && d.end >= part.length - 1) {
      due = { ...d, start: d.start + s + 1, end: d.end + s + 1 };
      continue;
    }
    MENTION.lastIndex = 0;
    for (let m = MENTION.exec(part); m; m = MENTION.exec(part)) {
      const name = m[1].trimEnd();
      if (!isOwnerOrName(name, options) && !isOwnerOrName(`@${name}`, options)) return undefined;
      // a display name (with a blank) without the mention's mark; a handle with it
      const from = /[ \t]/.test(name) ? s + m.index + 1 : s + m.index;
      owners.push({ start: from, end: s + m.index + 1 + name.length });
    }
  }
  if (owners.length === 0) return undefined;
  const end = due ? Math.max(due.end, owners[owners.length - 1].end) : owners[owners.length - 1].end;
  const kw = box[0].indexOf('[');
  return { start: kw, end, keyword: { start: kw, end: kw + 3 }, owners, task: { start: b, end: taskEnd }, ownerOnly: false, due, statuses: [], tracker: undefined };
}
