/**
 * Long work written as a generator that yields now and then: a server runs it a slice at a time,
 * answering other requests (and typing) in between and stopping when the request is cancelled;
 * the command line and the tests run it through at once with `finish`. The service stays pure:
 * a yield says only "a good moment to pause", never when or how.
 */
export type Sliced<T> = Generator<void, T, undefined>;

/** Runs the work through without pausing. */
export function finish<T>(work: Sliced<T>): T {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}

/** How many units of a loop (lines, items, findings) between two pauses. */
export const SLICE = 2000;
