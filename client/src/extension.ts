/**
 * The VS Code client: starts the Minutes language server and owns the UI (the Actions and
 * Decisions views, commands, the status bar). It holds no knowledge of the markup: everything
 * it shows comes from the server.
 */
import * as path from 'node:path';
import { EventEmitter, type ExtensionContext } from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ActionsView } from './actions/view';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';
import { ActionsChangedNotification } from '../../server/out/protocol';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  // the bundled server (scripts/bundle.mjs) travels in the .vsix; node IPC, no port, no network
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'minutes' }],
    // the server pulls `minutes.*` settings; this makes the client tell it when they change
    synchronize: { configurationSection: 'minutes' },
    outputChannelName: 'Minutes',
  };
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  await client.start();
  // one handler per notification method (a second would replace the first): fan it out here
  const logChanged = new EventEmitter<void>();
  context.subscriptions.push(logChanged, client.onNotification(ActionsChangedNotification, () => logChanged.fire()));
  // if the server dies, the client starts a new one (up to four times in three minutes); the views ask it again
  context.subscriptions.push(client.onDidChangeState((e) => { if (e.newState === State.Running) logChanged.fire(); }));
  const view = new ActionsView(client, context.workspaceState, logChanged.event);
  context.subscriptions.push(view, ...registerCommands(client), ...createStatusBar(client, logChanged.event));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
