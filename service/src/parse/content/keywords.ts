/**
 * The words of a line the inline recognisers' first tests look for, found in one scan of the line.
 * Every line of every item is asked by some twenty recognisers, each of which first tests the line
 * for a word it cannot do without (`action`, `motion`, `resolved` …): a scan of the line each. One
 * scan here tells them all which of their words the line holds at all; a recogniser whose word is
 * absent is done, and one whose word is there runs its own first test as before. So a word here is
 * only ever a necessary condition: the set of lines each recogniser reads is unchanged. A word a
 * recogniser's family writes must be here (test/unit/keywords.test.ts asks each gated recogniser, on
 * lines in other boards' words, to read the same with the gate as without it).
 */
import type { Line } from './inline';

/** `action` (any case). */
export const W_ACTION = 1;
/** `motion`, `moved`, `consensus`, `propos` (`Proposed by Cllr Ames, seconded by …`). */
export const W_MOTION = 2;
/** `agreed`, `resolved`, `decided`. */
export const W_AGREED = 4;
/** The words of a published decision: `resol`, `decisi`, `decided`, `agreed`, `ratified`, `homologated`, `approved`, `noted`, `endorsed`, `propos`, `received`, `adopted`. */
export const W_DECIDE = 8;
/** The status words of an action told in prose: `deferred`, `postponed`, `carried`, `complete`, `closed`, `done`, `progress`, `ongoing`, `outstanding`, `withdrawn`, `cancel` (`cancelled`, `canceled`), `actioned`, `discharged`, `achieved`, `finished`, `superseded`, `dropped`, `pending`, `overdue`, `delayed`. */
export const W_STATUS = 16;
/** `record`, `correction`, `amendment`. */
export const W_RECORD = 32;

/**
 * Each word with the groups it belongs to. A word that starts with another (`resolved`, `resol`) is
 * listed first and carries both groups: at one place the scan takes the first word that fits.
 */
const WORDS: ReadonlyArray<readonly [string, number]> = [
  ['actioned', W_ACTION | W_STATUS], ['action', W_ACTION],
  ['motion', W_MOTION], ['moved', W_MOTION], ['consensus', W_MOTION],
  ['resolved', W_AGREED | W_DECIDE], ['resol', W_DECIDE],
  ['decided', W_AGREED | W_DECIDE], ['decisi', W_DECIDE],
  ['agreed', W_AGREED | W_DECIDE],
  ['ratified', W_DECIDE], ['homologated', W_DECIDE], ['approved', W_DECIDE], ['noted', W_DECIDE], ['endorsed', W_DECIDE],
  ['propos', W_DECIDE | W_MOTION], ['received', W_DECIDE], ['adopted', W_DECIDE],
  ['deferred', W_STATUS], ['postponed', W_STATUS], ['carried', W_STATUS], ['complete', W_STATUS], ['closed', W_STATUS],
  ['done', W_STATUS], ['progress', W_STATUS], ['ongoing', W_STATUS], ['outstanding', W_STATUS], ['withdrawn', W_STATUS], ['cancel', W_STATUS],
  ['discharged', W_STATUS], ['achieved', W_STATUS], ['finished', W_STATUS], ['superseded', W_STATUS], ['dropped', W_STATUS],
  ['pending', W_STATUS], ['overdue', W_STATUS], ['delayed', W_STATUS],
  ['record', W_RECORD], ['correction', W_RECORD], ['amendment', W_RECORD],
];
const GROUPS = new Map(WORDS.map(([w, g]) => [w, g]));
/**
 * The words as a trie of one level, `a(?:ction|greed|…)|m(?:otion|oved)|…`, their order kept within
 * each first letter (words of different first letters never both fit at one place): the same
 * matches as the words' plain alternation, which the engine tried one by one at each character
 * (a quarter slower over the benchmark's texts).
 */
const SCAN = new RegExp(trie(WORDS.map(([w]) => w)), 'gi');

function trie(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const w of words) {
    const rests = byFirst.get(w[0]) ?? [];
    rests.push(w.slice(1));
    byFirst.set(w[0], rests);
  }
  return [...byFirst].map(([first, rests]) => `${first}(?:${rests.join('|')})`).join('|');
}

/** The groups of the words `text` holds, in any case. */
export function keywordsOf(text: string): number {
  let found = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    found |= GROUPS.get(m[0].toLowerCase()) ?? 0;
    // one place on: a word may start inside the one found (`unresolved`, `recorded` …)
    SCAN.lastIndex = m.index + 1;
  }
  return found;
}

/** Whether the line holds some word of the group (`line.words`, found once a line). */
export function mayHold(line: Line, group: number): boolean {
  return ((line.words ??= keywordsOf(line.body)) & group) !== 0;
}
