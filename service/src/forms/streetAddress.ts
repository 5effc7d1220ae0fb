/**
 * A street address after its house number (`305 North Cedar Street, Elm Ridge, Ohio`, `1200 Lakeview Ave.`,
 * `12 High Street`): the venue a heading prints under its place, never an item's title. One form for every
 * reader that must tell an address from a numbered line.
 */

// (a few capitalised words, then the street's kind, then the line's end, a comma, a directional suffix or a suite)
const STREET = /^(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,5}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Place|Pl\.?|Court|Ct\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Plaza|Square|Terrace|Circle|Trail|Pike)(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\.?)?(?=[ \t]*$|[ \t]*,|[ \t]+(?:Suite|Ste\.?|Room|Floor|#)\b)/u;

/** Whether `rest`, the words after a house number, are a street address. */
export function isStreetAddress(rest: string): boolean {
  return rest.length <= 160 && STREET.test(rest);
}
