/**
 * A pure function of a text keeping its last answer: the readers of a line, or of an item's title,
 * ask it again of the same text in turn (each line of an item asks whether its title heads a review).
 */
export function lastAnswer<V>(f: (text: string) => V): (text: string) => V {
  let last: string | undefined;
  let answer: V;
  forgetters.push(() => { last = undefined; });
  return (text) => {
    if (text !== last) { answer = f(text); last = text; }
    return answer;
  };
}

/**
 * Registers a cache of the last texts a module's reader was asked (`forget` empties it): each is
 * emptied by `forgetLastAnswers`.
 */
export function keepsLastAnswers(forget: () => void): void {
  forgetters.push(forget);
}
const forgetters: Array<() => void> = [];

/**
 * Empties every cache of last answers. A text a reader was last asked is most often a slice of a
 * file's text (an item's title), which keeps the whole text: once a file's index view is made
 * (workspace.ts `indexView`), nothing may keep its text (at 1,000 meetings, one text a cache).
 */
export function forgetLastAnswers(): void {
  for (const f of forgetters) f();
}
