/**
 * Where the language service reports a failure it caught and went on from: a parser bug (the
 * document read as empty, so that every feature keeps serving) or a rule that threw (its findings
 * left out, the other rules' kept). Such a failure is never swallowed in silence: the host passes
 * its logger in with `setServiceLogger` (the server writes to the LSP connection's console, the
 * command line to standard error). Pure: the service writes nowhere itself.
 */
export interface ServiceLogger {
  /** `message` says what failed and what the service did instead; `cause` is what was thrown. */
  error(message: string, cause: unknown): void;
}

let current: ServiceLogger | undefined;
/** Messages already logged: a failure repeated at every keystroke is told once. */
const told = new Set<string>();
const TOLD_AT_MOST = 200;

/** The host's logger for the failures the service catches; undefined to log nowhere (a test's own choice). */
export function setServiceLogger(logger: ServiceLogger | undefined): void {
  current = logger;
  told.clear();
}

/** Reports a failure the service caught; never throws (a logger that throws is itself left alone). */
export function logCaught(message: string, cause: unknown): void {
  if (!current) return;
  const key = `${message}\n${cause instanceof Error ? cause.message : String(cause)}`;
  if (told.has(key)) return;
  if (told.size >= TOLD_AT_MOST) told.clear();
  told.add(key);
  try { current.error(message, cause); } catch { /* the logger's own failure: nowhere left to report it */ }
}
