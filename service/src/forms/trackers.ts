/**
 * A tracker's action number as a scribe's tool writes it (`action-17`, `ACTION-203`): the one form
 * every reader of a tracker's reviews, summaries and closings builds its pattern on.
 */
const DIGITS = String.raw`\d{1,5}`;
export const TRACKER_NUMBER = `action-${DIGITS}`;
/** The same, its digits captured (`203` of `ACTION-203`). */
export const TRACKER_NUMBER_DIGITS = `action-(${DIGITS})`;
/** The same in a pattern read with case (`action-17`, `Action-17`, `ACTION-17`), where the rest of the pattern must keep its case. */
export const TRACKER_NUMBER_CASED = `(?:action|Action|ACTION)-${DIGITS}`;
