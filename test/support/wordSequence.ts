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

/**
 * The labels of the markup, which import writes and into which it rewrites a published label:
 * an action's or decision's keyword with its colon or dash (`RESOLVED:` becomes `DECISION:`),
 * `Owner:` and `Due:`, and a people block's label at the start of a line (`Members present:`
 * becomes `Present:`). They are the markup's punctuation: set aside on both sides, and nothing else
 * but the space inside a number the page broke (`115/2 3`), which the markup writes whole.
 */
const KEYWORD = /\b(?:action|decision|resolved|resolution|agreed|decided|owners?|due)\s*[:–—-]/giu;

function unlabelled(text: string, isBlockLabel: (label: string) => boolean): string {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const m = /^[\s#]*([^:#]{1,40}):/.exec(line);
    return (m && isBlockLabel(m[1].trim()) ? line.slice(m[0].length) : line).replace(KEYWORD, ' ');
  }).join('\n')
    // a number the page broke (`115/2 3`) is one number, written whole in the markup (`115/23`)
    .replace(/(\/\p{N}+)\s+(?=\p{N})/gu, '$1');
}

/**
 * Undefined when `result` (an import of `source`) keeps every word of `source` in order and adds
 * none of its own (the words of `known`, the source with its debris, may be kept) but the markup's labels, an owner or due date repeated from the source's words,
 * and the digits of a date written in the markup's form; otherwise a sentence naming the first
 * word lost or invented.
 */
export function lostOrInvented(source: string, result: string, isBlockLabel: (label: string) => boolean, known = ''): string | undefined {
  const want = unlabelled(source, isBlockLabel);
  const have = unlabelled(result, isBlockLabel);
  const lost = firstLostWord(want, have);
  if (lost) return lost;
  // the debris set aside from the source may be kept by the import, or not: `known` holds its words
  const words = new Set([...wordsOf(want), ...wordsOf(unlabelled(known, isBlockLabel))]);
  const invented = wordsOf(have).find((w) => !words.has(w) && !/^\p{N}+$/u.test(w) && !['next', 'meeting', 'owner', 'owners', 'due'].includes(w));
  return invented === undefined ? undefined : `"${invented}" is in the import but not in the minutes`;
}
