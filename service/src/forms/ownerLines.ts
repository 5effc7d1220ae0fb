/**
 * An owner named on a line of its own under the paragraph that is the task, in the words clerks
 * write instead of `ACTION:`: `Actioned by: Clerk`, `To action: KA`, `To be actioned by: Chair and
 * Clerk`, the owner followed or not by the date it is due (`To action: Clerk, by 31 March`,
 * `Actioned by: RFO (before the next meeting)`, `ACTION BY: Head of Internal Audit      DUE: 21
 * January 2026`); and an owner with the due in a field of its own, under a resolution or a paragraph
 * whose words are the task: a county's `Lead: Director of Highways      By: March 2026`, a
 * university's `Responsible: Bursar; timescale: May 2026 meeting` (`matchOwnerDueLine`: the due field
 * is needed, `Lead: Cllr Bell` alone being who presents). The owner is read as `ACTION: Clerk` reads it
 * (forms/actions.ts), so only a person, a role, initials or officers own the action: `To action:
 * see item 7` names no owner. A line that goes on in a sentence (`Actioned by the Clerk last
 * week.`) is no such line: the colon or dash after the lead is needed. Offsets are relative to the
 * text given. Pure; never throws.
 */
import type { Span } from '../constructs';
import { matchActionLine } from './actions';
import { findDueDate, readDueCell, type DueDate, type DueOptions } from './dueDates';

/** The lead and its colon (or dash): `Actioned by:`, `To action:`, `To be actioned by –`. */
const LEAD = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?((?:to[ \t]+be[ \t]+)?actioned[ \t]+by|action[ \t]+by|to[ \t]+action)(?:\*\*|__)?[ \t]*(?:[:–—]|-(?=[ \t]))[ \t]*(?:\*\*|__)?[ \t]*/i;
/** Where a due date follows the owner: `, by 31 March`, ` (before the next meeting)`, ` – ASAP`. */
const DUE_TAIL = /[ \t]*(?:[,;–—][ \t]*|-[ \t]+)?\(?[ \t]*(?:\b(?:by|before|until|no[ \t]+later[ \t]+than|due(?:[ \t]+by)?)[ \t]|\bASAP\b|\bas[ \t]+soon[ \t]+as[ \t]+possible\b)/i;
/** A due field after the owner, a council's PDF writes it across the line: `ACTION BY: Head of Internal Audit      DUE: 21 January 2026`. */
const DUE_FIELD = /(?:[ \t]{2,}|\t|[ \t]*[,;][ \t]*)due(?:[ \t]+date)?[ \t]*:[ \t]*/i;
/** How `ACTION:` is written before the owner to read it as an `ACTION:` line's owner. */
const AS_ACTION = 'ACTION: ';

export interface OwnerLine {
  /** The lead as written, with its colon (`Actioned by:`, `To action:`). */
  readonly keyword: Span;
  /** The owners (`Clerk`, `KA`, `Chair` and `Clerk`). */
  readonly owners: readonly Span[];
  /** The date the line gives after the owner, if any. */
  readonly due?: DueDate;
}

/** The owner line the text is, or undefined. */
export function matchOwnerLine(text: string, options: DueOptions = {}): OwnerLine | undefined {
  if (text.length > 300) return undefined;
  const lead = LEAD.exec(text);
  if (!lead) return undefined;
  const os = lead[0].length;
  const field = text.indexOf(':', os) >= 0 ? DUE_FIELD.exec(text.slice(os)) : null;
  if (field) {
    // the field's cell, read whole: a date, a meeting, a term
    const cell = os + field.index + field[0].length;
    const d = readDueCell(text.slice(cell).trimEnd(), options);
    if (!d) return undefined;
    return ownerLineOf(text, lead, os, os + field.index, { ...d, start: d.start + cell, end: d.end + cell });
  }
  const tail = DUE_TAIL.exec(text.slice(os));
  let oe = tail ? os + tail.index : text.length;
  while (oe > os && /[ \t.;,]/.test(text[oe - 1])) oe--;
  if (oe <= os) return undefined;
  const due = tail ? findDueDate(text, options, oe) : undefined;
  // a tail that gives no date (`by the Clerk's office`) leaves the line as no owner line: it reads on
  if (tail && (!due || /\S/.test(text.slice(due.end).replace(/^[ \t]*\)?[ \t.;]*$/, '')))) return undefined;
  return ownerLineOf(text, lead, os, oe, due);
}

/** The owner line whose owners stand from `os` to `oe`, read as an `ACTION:` line's owner. */
function ownerLineOf(text: string, lead: RegExpExecArray, os: number, oe: number, due: DueDate | undefined): OwnerLine | undefined {
  while (oe > os && /[ \t.;,]/.test(text[oe - 1])) oe--;
  if (oe <= os) return undefined;
  const f = matchActionLine(AS_ACTION + text.slice(os, oe));
  if (!f || !f.ownerOnly || f.owners.length === 0 || f.statuses.length > 0 || f.due) return undefined;
  const by = os - AS_ACTION.length;
  const ks = lead[0].indexOf(lead[1]);
  let ke = os;
  while (ke > ks && /[ \t*_]/.test(text[ke - 1])) ke--;
  return {
    keyword: { start: ks, end: ke },
    owners: f.owners.map((o) => ({ start: o.start + by, end: o.end + by })),
    ...(due ? { due } : {}),
  };
}

/** The lead of an owner line whose due stands in its own field: `Lead:`, `Lead officer:`, `Responsible:`. */
const FIELD_LEAD = /^[ \t]*(?:\*\*|__)?(lead(?:[ \t]+officer)?|responsible)(?:\*\*|__)?[ \t]*:[ \t]*/i;

/** Whether the line opens with an owner line's field lead (FIELD_LEAD): the cheap first test of `matchOwnerDueLine`. */
export function opensWithFieldLead(text: string): boolean {
  return FIELD_LEAD.test(text);
}
/** The due's field after the owner: `   By: March 2026`, `; timescale: Q3 2026`, a wiki's ` · Due: end of April`. */
const NAMED_DUE_FIELD = /(?:[ \t]{2,}|\t|[ \t]*[,;·][ \t]*)(?:by|timescale|due(?:[ \t]+date)?)[ \t]*:[ \t]*/i;

/**
 * `Lead: Director of Highways and Transportation     By: March 2026`, `Responsible: Bursar;
 * timescale: May 2026 meeting`: the owner and the due in a field of its own; the due a cell
 * (`September meeting`, `Q3 2026`) or the meeting the words name (`report to the October 2026 meeting`).
 */
export function matchOwnerDueLine(text: string, options: DueOptions = {}): OwnerLine | undefined {
  if (text.length > 300) return undefined;
  const lead = FIELD_LEAD.exec(text);
  if (!lead) return undefined;
  const os = lead[0].length;
  const field = NAMED_DUE_FIELD.exec(text.slice(os));
  if (!field || field.index === 0) return undefined;
  const cell = os + field.index + field[0].length;
  const words = text.slice(cell).replace(/[ \t.;]+$/, '');
  const d = readDueCell(words, options) ?? findDueDate(words, options);
  // the cell read whole, or its last words (`report to the October 2026 meeting`)
  if (!d || d.end < words.length) return undefined;
  return ownerLineOf(text, lead, os, os + field.index, { ...d, start: d.start + cell, end: d.end + cell });
}
