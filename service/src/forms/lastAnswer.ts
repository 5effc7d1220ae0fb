/**
 * A pure function of a text keeping its last answer: the readers of a line, or of an item's title,
 * ask it again of the same text in turn (each line of an item asks whether its title heads a review).
 */
export function lastAnswer<V>(f: (text: string) => V): (text: string) => V {
  let last: string | undefined;
  let answer: V;
  return (text) => {
    if (text !== last) { answer = f(text); last = text; }
    return answer;
  };
}
