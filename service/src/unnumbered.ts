/**
 * How an item with no minute number yet, and its actions, are named in the workspace's lists
 * (action log, item index, outline): one sentinel, so that the Actions view can tell such an
 * action from a real reference and name it in a clerk's words.
 */
export const NO_NUMBER = '(no number)';

/** The stand-in reference of action `index` of an unnumbered item: `(no number)-A1`. */
export function unnumberedActionRef(index: number): string {
  return `${NO_NUMBER}-A${index}`;
}

/** True for the stand-in reference of an action of an unnumbered item: no reference a clerk could type, so no index or link holds it. */
export function isUnnumberedRef(ref: string): boolean {
  return ref.startsWith(NO_NUMBER);
}

/** The action's place in its unnumbered item (1 for `(no number)-A1`), or undefined for a real reference. */
export function unnumberedActionIndex(ref: string): number | undefined {
  if (!ref.startsWith(`${NO_NUMBER}-A`)) return undefined;
  const n = Number(ref.slice(NO_NUMBER.length + 2));
  return Number.isInteger(n) ? n : undefined;
}

/**
 * How a reference is shown to a clerk (Actions view, action log exports, `minutes actions`): as
 * written (`081/22-A1`), or, for an action of an item whose minute number is not written yet,
 * "unnumbered item – action 1" (the stand-in reference is no reference a clerk could type).
 */
export function shownActionRef(ref: string): string {
  const index = unnumberedActionIndex(ref);
  return index === undefined ? ref : `unnumbered item – action ${index}`;
}
