/**
 * A tracker's action number as a scribe's tool writes it (`action-17`, `ACTION-203`): the one form
 * every reader of a tracker's reviews, summaries and closings builds its pattern on.
 */
const DIGITS = String.raw`\d{1,5}`;
export const TRACKER_NUMBER = `action-${DIGITS}`;
/** The same, its digits captured (`203` of `ACTION-203`). */
export const TRACKER_NUMBER_DIGITS = `action-(${DIGITS})`;
