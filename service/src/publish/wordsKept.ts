/**
 * Import's promise, checked edit by edit: no word of the minutes is lost. An edit that rewrites a
 * published form as the markup's may add the markup's labels (`ACTION:`, `Owner:`, `DECISION:`) and
 * rewrite a label as ours (`RESOLVED:` as `DECISION:`, `Attendees:` as `Present:`); every other word
 * of the text it replaces must stand in its new text, in order. An edit that would lose one is not
 * made: the words stay as they were written.
 */
import { BLOCK_WORDS } from '../markup';
import { foldLigatures, splitLines } from '../text';

/** A keyword of an action or decision line and its colon or dash: markup, not a word of the minutes. */
const KEYWORD_LABEL = /\b(?:action|decision|resolved|resolution|agreed|decided|owners?|due)\s*[:–—-]/giu;

/** The words of `text`, lower-cased: runs of letters, digits and marks; labels of the markup set aside. */
function words(text: string): string[] {
  // (a PDF's ligature is its letters: `ﬁrst`, written `first` by the import, is the same word)
  const unlabelled = splitLines(foldLigatures(text.normalize('NFC'))).map((line) => {
    // a people block's label at the start of a line (`Members present:` is written `Present:`)
    const m = /^[\s#]*([^:#]{1,40}):/.exec(line);
    const label = m && BLOCK_WORDS.some(([re]) => re.test(m[1].trim())) ? m[0].length : 0;
    return line.slice(label).replace(KEYWORD_LABEL, ' ');
  }).join('\n');
  return unlabelled.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** True when every word of `before` (labels aside) stands in `after`, in the same order. */
export function keepsWords(before: string, after: string): boolean {
  const want = words(before);
  if (want.length === 0) return true;
  const have = words(after);
  let j = 0;
  for (const w of want) {
    while (j < have.length && have[j] !== w) j++;
    if (j === have.length) return false;
    j++;
  }
  return true;
}
