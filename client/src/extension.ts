/**
 * The VS Code client: starts the Minutes language server and owns the UI (the Actions and
 * Decisions views, commands, the status bar). It holds no knowledge of the markup: everything
 * it shows comes from the server.
 */
import * as path from 'node:path';
import { EventEmitter, type ExtensionContext } from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ActionsView } from './actions/view';
import { registerCommands } from './commands';
import { createStatusBar } from './statusBar';
import { createRoomStatus, registerRoomCommands } from './room';
import { registerNewMeetingCommands } from './newMeeting';
import { registerPreview } from './preview';
import { registerPublishCommands } from './publish';
import { registerListEnter } from './lists';
import { ActionsChangedNotification, type InitializationOptions } from '#protocol';

let client: LanguageClient | undefined;
let crashes: number[] = [];

export async function activate(context: ExtensionContext): Promise<void> {
  // The bundled server (scripts/bundle.mjs) travels in the .vsix. Over stdio, as for any other
  // client (no port, no network): there the server writes the JSON it keeps as it is (rawJson.ts).
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // where the server keeps V8's compiled code between starts (server/src/launch.ts): the
  // extension's own storage, removed with the extension
  const args = [`--code-cache=${path.join(context.globalStorageUri.fsPath, 'code-cache')}`];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, args },
    debug: { module, transport: TransportKind.stdio, args, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // the meetings on disk and the unsaved new ones: a saved copy shown by Compare with Saved, a
    // Git diff's old version, are the same meeting again, not another one using its minute numbers
    documentSelector: [{ language: 'minutes', scheme: 'file' }, { language: 'minutes', scheme: 'untitled' }],
    // the server pulls `minutes.*` settings; this makes the client tell it when they change
    synchronize: { configurationSection: 'minutes' },
    outputChannelName: 'Minutes',
    // the server keeps the workspace index here between sessions (no folder open: no storage, no saved index)
    initializationOptions: { indexFolder: context.storageUri?.fsPath } satisfies InitializationOptions,
    // A request that meets a dead server (a hover, say) must not make the client give up: keep
    // going on errors, start a new server when the process ends, and stop only after five
    // crashes in three minutes, saying so.
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        crashes = crashes.filter((t) => now - t < 3 * 60 * 1000);
        crashes.push(now);
        if (crashes.length > 5) {
          return { action: CloseAction.DoNotRestart, message: 'The Minutes language server stopped five times in three minutes and will not be restarted. Reload the window to try again, and please report the problem with the Minutes output log.' };
        }
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  client = new LanguageClient('minutes', 'Minutes', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  // Handlers go in before the client starts: the server announces the log as soon as it has read
  // the folder, and a notification with no handler yet would be lost. One handler per method
  // (a second would replace the first), fanned out to the views and the status bar.
  const logChanged = new EventEmitter<void>();
  context.subscriptions.push(logChanged, client.onNotification(ActionsChangedNotification, () => logChanged.fire()));
  // when a new server runs (at start, or after a crash) the views ask it again
  context.subscriptions.push(client.onDidChangeState((e) => { if (e.newState === State.Running) logChanged.fire(); }));
  // before the server starts: Enter continues a list, and on an empty bullet ends it, as soon as a minutes file is open
  context.subscriptions.push(registerListEnter(context.extensionPath));
  await client.start();
  const view = new ActionsView(client, context.workspaceState, logChanged.event);
  context.subscriptions.push(view, ...registerCommands(client, view), ...registerNewMeetingCommands(client), ...registerPreview(client), ...registerPublishCommands(client), ...createStatusBar(client, logChanged.event));
  context.subscriptions.push(...createRoomStatus(client, logChanged.event), ...registerRoomCommands(client));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
