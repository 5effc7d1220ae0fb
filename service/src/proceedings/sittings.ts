/**
 * When the meeting was sitting (issue 20): its adjournments in the order of the text, each with
 * the line where it was reconvened (if it was), and the line of the close ("The meeting closed
 * at 21:15."). The checks of the adjournments ask here. Pure; never throws.
 */
import type { Meeting } from '../model';
import type { Adjournment } from './adjournment';
import { matchClosingLine } from '../constructs';

export interface Pause {
  readonly adjournment: Adjournment;
  /** The index of the item it is written in. */
  readonly index: number;
  /** Where the meeting reconvened: the sentence (the adjournment's own when it says both), absent when the minutes do not say. */
  readonly reconvened?: Adjournment;
  /** What came before any reconvening: the next item (its index), the close, or nothing (the adjournment is how the meeting ended). */
  readonly unresolvedBy?: { readonly item: number } | { readonly close: number };
}

export interface Sittings {
  readonly pauses: readonly Pause[];
  /** The line of "The meeting closed at …" (the first), if written. */
  readonly closeLine?: number;
}

/** The line of "The meeting closed at …" (the first closing line that closes the meeting), if written. */
export function closeLineOf(meeting: Meeting): number | undefined {
  return meeting.closing.find((c) => matchClosingLine(c.value) === 'closed')?.range.start.line;
}

export function sittingsOf(meeting: Meeting): Sittings {
  const closeLine = closeLineOf(meeting);
  const pauses: Pause[] = [];
  let open: { adjournment: Adjournment; index: number } | undefined;
  const settle = (by: Pause['unresolvedBy']): void => { if (open) pauses.push({ ...open, ...(by ? { unresolvedBy: by } : {}) }); open = undefined; };
  meeting.items.forEach((item, index) => {
    if (open) settle(closeLine !== undefined && closeLine < item.headRange.start.line ? { close: closeLine } : { item: index });
    for (const a of item.adjournments ?? []) {
      if (open && closeLine !== undefined && closeLine < a.range.start.line) settle({ close: closeLine });
      if (a.adjourned) {
        settle(open ? { item: index } : undefined); // adjourned again without reconvening: the first is unresolved
        if (a.reconvened) pauses.push({ adjournment: a, index, reconvened: a });
        else open = { adjournment: a, index };
      } else if (a.reconvened && open) {
        pauses.push({ ...open, reconvened: a });
        open = undefined;
      }
    }
  });
  if (open) settle(closeLine !== undefined && closeLine > open.adjournment.range.start.line ? { close: closeLine } : undefined);
  return { pauses, ...(closeLine !== undefined ? { closeLine } : {}) };
}
