/**
 * An action whose label is followed by its owners in brackets, then a colon and the task: the form a
 * standards body's scribe (`New action item #0412 (Maria Keller, Tom Ruiz): publish the errata …`,
 * the tracker's number after the label) and a project's notes (`→ **Follow-up** (@jdoe): open the
 * tracking issue — before 2026-04-02`) write, an NHS committee's `Action (JD, PG): restate the gaps … –
 * July 2026 meeting` (the owners' initials), a standards working group's `AI 27-01 (A. Sato): prepare
 * WD 4 …, before the 28th meeting` (the abbreviation in capitals, the tracker's year and number). The label says it is new business, not a review of
 * earlier actions. The owners are names as the scribe writes them (a first and last name, a handle,
 * initials, a role); the due, the words after `by`/`before` in the task; a due set off after a long
 * dash (`— by 2026-04-02`) is not the task's.
 * Pure; never throws.
 */
import { findDueDate, taskEndBefore, type DueDate } from './dueDates';
import { isOwnerOrName, type ActionForm, type FormOptions } from './actions';
import { splitOwners } from './owners';

/**
 * A list marker or an arrow, bold marks, the label (`New action item`, `Action item`, `Action`,
 * `Follow-up`, `AI`), the tracker's number (`#0412`, `A-17`, `27-01`), the owners in brackets, a colon.
 */
const LABELLED = /^[ \t]*(?:(?:[-*•+]|→|->|=>)[ \t]*)?(\*\*|__)?((?:new[ \t]+)?action(?:[ \t]+items?)?|follow[- ]?ups?|ai)(?:[ \t]+#?[A-Z]{0,4}-?\d{1,6}(?:[-/]\d{1,4})?)?(?:\*\*|__)?[ \t]*\([ \t]*([^()]{1,100}?)[ \t]*\)[ \t]*:[ \t]*/i;
export function matchBracketedOwnerAction(text: string, options: FormOptions = {}): ActionForm | undefined {
  if (text.length > 2000) return undefined;
  const m = LABELLED.exec(text);
  // `AI` only as the abbreviation in capitals (`Ai (…)` is no label)
  if (!m || (m[2].length === 2 && m[2] !== 'AI')) return undefined;
  const owners = m[3];
  const os = m[0].indexOf(owners, m[0].indexOf('(') + 1);
  const spans = splitOwners(text, os, os + owners.length);
  if (spans.length === 0 || !spans.every((s) => isOwnerOrName(text.slice(s.start, s.end), options))) return undefined;
  const t = m[0].length;
  let e = text.length;
  while (e > t && /[\s.;,]/.test(text[e - 1])) e--;
  if (e <= t) return undefined;
  const kw = m[0].indexOf(m[2]);
  const due: DueDate | undefined = findDueDate(text.slice(0, e), options, t);
  let taskEnd = e;
  if (due) {
    const cut = taskEndBefore(text, t, due.start);
    if (cut >= 0) taskEnd = cut;
  }
  return { start: kw, end: e, keyword: { start: kw, end: kw + m[2].length }, owners: spans, task: { start: t, end: taskEnd }, ownerOnly: false, due, statuses: [], tracker: undefined };
}
