/**
 * What is kept beside an object without being part of it: a re-parse's notes on the document it
 * follows (its layout, the lines it asked the page's margin about). Held on the object under a
 * symbol no one else has, not enumerable (JSON, the index codec and `deepStrictEqual` see the model
 * as it is), and gone with the object.
 *
 * Not a WeakMap: V8's young-generation collector keeps a weak map's values alive while their keys
 * are young, and moves them to the old space, where only a full collection frees them. Every parse's
 * document kept in a module's WeakMap promoted 61 MB over the bench's 1,000 meetings (3 MB without)
 * and raised the server's peak memory by a quarter (docs/performance.md, nineteenth session).
 */
export interface Beside<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

export function beside<K extends object, V>(name: string): Beside<K, V> {
  const slot = Symbol(name);
  // an object that may not take a property (frozen by a caller) keeps its note in a weak map: rare, and correct
  const frozen = new WeakMap<K, V>();
  return {
    get: (key) => (Object.prototype.hasOwnProperty.call(key, slot) ? (key as Record<symbol, V>)[slot] : frozen.get(key)),
    set: (key, value) => {
      if (Object.prototype.hasOwnProperty.call(key, slot)) (key as Record<symbol, V>)[slot] = value;
      else if (Object.isExtensible(key)) Object.defineProperty(key, slot, { value, writable: true, configurable: true, enumerable: false });
      else frozen.set(key, value);
    },
  };
}
