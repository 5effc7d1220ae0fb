/**
 * Keeps the workspace index in step with the disk. The host (`createMinutesService`) reads the
 * `.minutes` files of the workspace folders through the `NodeWorkspace` once the client is ready,
 * with the saved index (`indexStore.ts`) for the files unchanged since the last start; this module
 * shows its progress, asks the editor to watch the files, and passes the watcher's news to the
 * workspace as change events, which the host reads into the index.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, MessageType, ShowMessageNotification, type WorkDoneProgressServerReporter, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { LoadProgress } from '#service';
import type { ServerContext } from '../context';
import type { NodeWorkspace } from '../nodeWorkspace';
import { isMinutesUri, MAX_FILES } from '../workspaceFiles';

export function registerWorkspace(ctx: ServerContext, workspace: NodeWorkspace, outside: Set<string>, folders: () => WorkspaceFolder[], canWatch: () => boolean, canWatchOne: () => boolean = () => false): { load(): Promise<void>; save(): Promise<void> } {
  let watching = false;
  const watchedOutside = new Set<string>();

  // `outside`: files opened this session from outside the workspace folders. Once closed they stay
  // in the index, read from disk, like the folders' files (their actions, lens counts and numbers
  // do not vanish with the editor tab), until they are deleted; the workspace lists them too.
  ctx.documents.onDidClose((e) => {
    const uri = e.document.uri;
    // read again at each close: saved while open, it may differ from what was read before
    if (!uri.startsWith('file:') || !isMinutesUri(uri) || (ctx.index.has(uri) && !outside.has(uri))) return;
    outside.add(uri);
    workspace.fire({ kind: 'changed', uri });
    const dir = uri.slice(0, uri.lastIndexOf('/'));
    if (canWatchOne() && !watchedOutside.has(dir)) {
      watchedOutside.add(dir);
      // the folders' watcher does not see it: one for its folder (a file name may hold glob
      // characters, `[v2]`), whose other files' events are passed over below
      ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: dir, pattern: '*.minutes' } }] })
        .catch((err: Error) => ctx.log(`Could not ask the editor to watch ${dir}: ${err.message}`));
    }
  });

  ctx.connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (!isMinutesUri(change.uri)) continue;
      // beside a file kept from outside the folders: not part of the workspace
      if (!outside.has(change.uri) && !folders().some((f) => change.uri.startsWith(`${f.uri.replace(/\/$/, '')}/`))) continue;
      if (change.type === FileChangeType.Deleted) outside.delete(change.uri);
      workspace.fire({ kind: change.type === FileChangeType.Deleted ? 'deleted' : change.type === FileChangeType.Created ? 'created' : 'changed', uri: change.uri });
    }
  });

  /** The editor's progress bar while a large archive is read; requests are served meanwhile. */
  const progress = (): LoadProgress => {
    let bar: WorkDoneProgressServerReporter | undefined;
    return {
      begin: async (total, listing) => {
        if (!listing.complete) {
          // said where the clerk looks: meetings beyond the limit are neither checked nor in the action log
          const why = `This workspace has more than ${MAX_FILES} minutes files: Minutes read the first ${MAX_FILES} and skipped the rest, so their meetings are not checked against the others and their actions are not in the Actions view. Open the folder of one board or a few years instead.`;
          ctx.log(why);
          // a notification, not a request: nothing to wait for, and no client left to answer it
          void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: why });
        }
        bar = await ctx.connection.window.createWorkDoneProgress();
        bar.begin('Reading minutes', 0, `0 of ${total} meetings`, false);
      },
      report: (done, total) => bar?.report(Math.round((100 * done) / total), `${done} of ${total} meetings`),
      end: () => bar?.done(),
    };
  };

  return {
    async load(): Promise<void> {
      if (canWatch() && !watching) {
        watching = true;
        // not awaited: reading the folder must not wait on the client's answer
        ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.minutes' }] })
          .catch((e: Error) => ctx.log(`Could not ask the editor to watch .minutes files: ${e.message}`));
      }
      await ctx.service.load(progress());
    },
    save: () => ctx.service.save(),
  };
}
