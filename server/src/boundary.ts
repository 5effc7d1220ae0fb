/**
 * What every message from the client passes through before a handler sees it, in one place:
 * nothing but `initialize` is served before `initialize` (LSP: requests get ServerNotInitialized,
 * notifications other than `exit` are dropped), and the parameters of every request and
 * notification go through `params` (the server's one normalisation of URIs). Handlers register
 * on the connection this returns exactly as on the connection itself.
 */
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import type { UriBoundary } from './uris';

/** Registrations of notification handlers (the rest register request handlers). */
const NOTIFICATIONS = /^on(Did|Notification$|Initialized$|Exit$|WillSaveTextDocument$|Progress$)/;
/** Served whatever the state. */
const ALWAYS = new Set(['onInitialize', 'onExit']);

export function boundary(connection: Connection, uris: UriBoundary, versionOf: (uri: string) => number | undefined = () => undefined): Connection {
  let initialized = false;
  const wrap = (name: string, handler: (...args: unknown[]) => unknown) => (...args: unknown[]): unknown => {
    if (!initialized && !ALWAYS.has(name)) {
      if (NOTIFICATIONS.test(name)) return undefined;
      throw new ResponseError(ErrorCodes.ServerNotInitialized, 'The server is not initialized: send "initialize" first.');
    }
    if (typeof args[0] === 'object') args[0] = uris.incoming(name, args[0]);
    // a change without a version number is applied as well (the document library would drop it)
    const changed = name === 'onDidChangeTextDocument' ? (args[0] as { textDocument?: { uri?: unknown; version?: unknown } } | undefined)?.textDocument : undefined;
    if (changed && typeof changed.uri === 'string' && (typeof changed.version !== 'number' || !Number.isFinite(changed.version))) changed.version = versionOf(changed.uri) ?? 0;
    const r = handler(...args);
    if (name === 'onInitialize') initialized = true;
    if (NOTIFICATIONS.test(name)) { uris.handled(name, args[0]); return r; }
    // results about open documents go back under the URIs the client gave them
    return r instanceof Promise ? r.then((x) => uris.outgoing(x)) : uris.outgoing(r);
  };
  return new Proxy(connection, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || !/^on[A-Z]/.test(prop) || typeof value !== 'function') return value;
      // the handler is the last argument (`onRequest(type, handler)`, `onHover(handler)`)
      return (...args: unknown[]) => {
        const last = args.length - 1;
        if (typeof args[last] === 'function') args[last] = wrap(prop, args[last] as (...a: unknown[]) => unknown);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
