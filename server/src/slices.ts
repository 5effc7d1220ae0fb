/**
 * Long requests run a slice at a time (issue 17 §3): between slices the server reads what came
 * in meanwhile (a keystroke, a hover, a cancellation), and a request the client cancelled stops
 * and is answered with LSP's RequestCancelled error instead of a late result.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';
import type { Sliced } from '#service';

/** How long one slice of work may hold the server before it lets other messages in. */
export const SLICE_MS = 20;

function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Stops a request the client has cancelled (throws LSP's RequestCancelled error). */
export function checkCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelled();
}

/** Lets the server handle the messages that arrived meanwhile, then goes on. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Runs sliced work, pausing about every SLICE_MS, and stops when the request is cancelled. */
export async function runSliced<T>(work: Sliced<T>, token: CancellationToken | undefined): Promise<T> {
  checkCancelled(token);
  let started = performance.now();
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
    if (performance.now() - started >= SLICE_MS) {
      await pause();
      if (token?.isCancellationRequested) {
        work.return(undefined as never);
        throw cancelled();
      }
      started = performance.now();
    }
  }
}
