/**
 * Items whose title is their whole record: the pledge, a prayer, a land acknowledgement, a moment of
 * silence (`III. PLEDGE OF ALLEGIANCE`, `2. Invocation`, `Karakia`, `Acknowledgement of Country`).
 * Nothing is discussed or agreed under them, and minutes print the title alone. Pure.
 */

const ONE = String.raw`(?:pledge[ \t]+of[ \t]+allegiance|(?:flag[ \t]+)?salute(?:[ \t]+to[ \t]+the[ \t]+flag)?|invocation|(?:opening[ \t]+)?prayers?|moment[ \t]+of[ \t]+(?:silence|silent[ \t]+reflection|reflection)|national[ \t]+anthem|land[ \t]+acknowledge?ment|acknowledge?ment[ \t]+of[ \t]+(?:country|land|traditional[ \t]+owners)|welcome[ \t]+to[ \t]+country|(?:opening[ \t]+)?karakia(?:[ \t]+timatanga)?)`;
/** One ceremony, or two joined (`Invocation and Pledge of Allegiance`), the whole title. */
const CEREMONY = new RegExp(String.raw`^(?:the[ \t]+)?${ONE}(?:[ \t]*(?:,|and|&|\/|–|-)[ \t]*(?:the[ \t]+)?${ONE})?[ \t]*\.?$`, 'i');

/** Whether an item's title is a ceremony that is its own record (`Pledge of Allegiance`). */
export function isCeremony(title: string): boolean {
  return title.length <= 80 && CEREMONY.test(title.trim());
}
