/**
 * A board that carries its outstanding actions forward, and the review lines that give an action's
 * origin instead of its status.
 *
 * - `The notes carry forward any outstanding actions from previous Board meetings` (a police and
 *   crime board's agenda, a panel's standing note): in such a board an action still under way
 *   (`Pending`, `Outstanding`, `Ongoing`) is carried forward, not merely open (readerExpectations.ts).
 *   Found once by the layout (`parse/layout.ts`).
 * - `Action 4 – From November 2023 meeting` under `There are currently 5 actions outstanding`: the
 *   line says where the action came from; its status is the one the lead sentence gives the list.
 * Pure; never throws.
 */

/** The board's own words that it carries outstanding actions forward. */
const DECLARES = /\bcarr(?:y|ies|ied)[ \t]+forward[ \t]+(?:any|all|the)?[ \t]*(?:outstanding|open|uncompleted|incomplete)[ \t]+actions\b|\b(?:outstanding|open|uncompleted|incomplete)[ \t]+actions[ \t]+(?:are|will[ \t]+be|have[ \t]+been)[ \t]+carried[ \t]+forward\b/i;

/** Whether a line says the board carries its outstanding actions forward (cheap test first: most lines lack `forward`). */
export function declaresCarryForward(text: string): boolean {
  return text.length < 4000 && /forward/i.test(text) && DECLARES.test(text);
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** `Action 4 – From November 2023 meeting`, `Action no. 7: from the October meeting`, `Action 12 - Raised at the 3 May 2024 meeting`. */
const ORIGIN = new RegExp(String.raw`^action[ \t]+(?:no\.?[ \t]*)?([A-Z]{0,3}\d{1,4})[ \t]*[-–—:][ \t]*(?:from|raised[ \t]+(?:at|in))[ \t]+(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:${MONTHS})(?:[ \t]+\d{4})?[ \t]+(?:board[ \t]+|panel[ \t]+|committee[ \t]+)?meeting\b[ \t.;]*$`, 'i');

/** A review line that gives only the action's origin: the action's reference (`4`), or undefined. */
export function matchOriginReview(text: string): string | undefined {
  if (text.length > 300) return undefined;
  return ORIGIN.exec(text)?.[1];
}

/** `There are currently 5 actions outstanding`, `Outstanding actions:`, `3 actions remain outstanding`: the word that gives the list its status. */
const STANDING = /\b(?:\d+|several|some|the(?:se)?|all)?[ \t]*actions?[ \t]+(?:are[ \t]+|remain[ \t]+|still[ \t]+)?(?:currently[ \t]+)?(outstanding)\b|^[ \t]*(outstanding)[ \t]+actions\b/i;

/** The status word a review list's lead sentence gives every action under it (`outstanding`), or undefined. */
export function standingStatusWord(text: string): string | undefined {
  if (text.length > 2000 || !/outstanding/i.test(text)) return undefined;
  const m = STANDING.exec(text);
  return m ? (m[1] ?? m[2]).toLowerCase() : undefined;
}
