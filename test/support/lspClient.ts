/** Starts the real language server process over stdio and speaks LSP to it, for protocol tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  PublishDiagnosticsNotification, type ProtocolConnection, type PublishDiagnosticsParams, type ClientCapabilities, type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './util';

export interface TestServer {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  /** What the server said it offers, in its answer to `initialize`. */
  readonly capabilities: ServerCapabilities;
  /** How many times the server has said the action log changed. */
  readonly actionsChanged: () => number;
  /** The server's log lines (`window/logMessage`) so far. */
  readonly logs: string[];
  /** What the server showed the user (`window/showMessage`) so far. */
  readonly shown: string[];
  /** Resolves with the next diagnostics published for `uri` that satisfy `until`. */
  diagnostics(uri: string, until?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<void>;
}

/** The server as the `bin` runs it: the bundle the .vsix carries, through its launcher (server/src/launch.ts). */
export const BIN_SERVER = path.join(ROOT, 'bin', 'minutes-language-server.js');
/** The launcher the .vsix starts; `BUNDLE_FILES` are the files of the server beside it. */
export const BUNDLED_SERVER = path.join(ROOT, 'dist', 'server.js');
export const BUNDLE_FILES: readonly string[] = ['server.js', 'serverCode.js'];
/** The server as tsc writes it, module by module, its libraries from node_modules. */
export const TSC_SERVER = path.join(ROOT, 'server', 'out', 'main.js');

/** Copies the bundled server's files into `folder`; the path of its launcher there. */
export function copyBundle(folder: string): string {
  for (const file of BUNDLE_FILES) fs.copyFileSync(path.join(path.dirname(BUNDLED_SERVER), file), path.join(folder, file));
  return path.join(folder, 'server.js');
}

export async function startServer(folder?: string, capabilities: ClientCapabilities = {}, script = BIN_SERVER, initializationOptions?: object, args: readonly string[] = []): Promise<TestServer> {
  const child = spawn(process.execPath, [script, '--stdio', ...args], {
    env: { ...process.env, MINUTES_TODAY: '2026-11-22' }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: Array<{ uri: string; until: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    latest.set(p.uri, p);
    for (const w of [...waiters]) if (w.uri === p.uri && w.until(p)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
  });
  let changes = 0;
  connection.onNotification('minutes/actionsChanged', () => { changes++; });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
  const shown: string[] = [];
  connection.onNotification('window/showMessage', (p: { message: string }) => { shown.push(p.message); });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
  connection.listen();
  const folderUri = folder ? pathToFileURL(folder).toString() : null;
  const { capabilities: offered } = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: folderUri, capabilities,
    workspaceFolders: folderUri ? [{ uri: folderUri, name: 'meetings' }] : null, initializationOptions,
  });
  connection.sendNotification(InitializedNotification.type, {});
  return {
    connection, process: child, capabilities: offered, actionsChanged: () => changes, logs, shown,
    diagnostics(uri, until = () => true, timeoutMs = 10000) {
      const now = latest.get(uri);
      if (now && until(now)) { latest.delete(uri); return Promise.resolve(now); }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, until, resolve: (p) => { clearTimeout(timer); latest.delete(uri); resolve(p); } });
      });
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        connection.sendNotification('exit');
      } catch { /* already gone */ }
      connection.dispose();
      if (child.exitCode === null) await new Promise<void>((r) => { const t = setTimeout(() => { child.kill(); r(); }, 2000); child.once('exit', () => { clearTimeout(t); r(); }); });
    },
  };
}

/**
 * The server on a fresh copy of the three-meeting fixture folder, once it has read all three
 * (their three actions are in the log). `stop` also removes the copy.
 */
export async function startOnFixtureWorkspace(prefix: string): Promise<{ server: TestServer; folder: string; stop(): Promise<void> }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  const server = await startServer(folder);
  for (let i = 0; i < 200; i++) {
    const a = (await server.connection.sendRequest('minutes/actions', {})) as unknown[];
    if (a.length === 3) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return { server, folder, stop: async () => { await server.stop(); fs.rmSync(folder, { recursive: true, force: true }); } };
}

/** Polls `probe` until it gives a value (every 25 ms, 10 s at most): a condition, never a sleep. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
