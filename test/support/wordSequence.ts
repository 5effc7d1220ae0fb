/**
 * "No word lost": the words of a text in order, whitespace and punctuation set aside, and where the
 * words of a source stop appearing, in order, in another text (an import of it).
 */

/** The words of `text`: runs of letters, digits and marks, lower-cased; everything else separates. */
export function wordsOf(text: string): string[] {
  return (text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
}

/**
 * Undefined when every word of `source` appears in `result` in the same order (other words may
 * stand between them: markup's `Owner:`, `DECISION:`); otherwise a sentence naming the first word
 * missing, with the words before it, for the failing test's message.
 */
export function firstLostWord(source: string, result: string): string | undefined {
  const want = wordsOf(source);
  const have = wordsOf(result);
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    while (j < have.length && have[j] !== want[i]) j++;
    if (j === have.length) return `word ${i + 1} of ${want.length}, "${want[i]}", is lost (after: "${want.slice(Math.max(0, i - 8), i).join(' ')}")`;
    j++;
  }
  return undefined;
}
