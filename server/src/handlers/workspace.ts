/**
 * Keeps the workspace index in step with the disk: reads every `.minutes` file of the workspace
 * folders once the client is ready, then follows created, changed and deleted files.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import { isMinutesUri, listMinutesFiles, readMinutesFile } from '../workspaceFiles';

export function registerWorkspace(ctx: ServerContext, folders: () => WorkspaceFolder[], canWatch: () => boolean): { load(): Promise<void> } {
  const refresh = async (uri: string): Promise<void> => {
    const text = await readMinutesFile(uri, ctx.log);
    if (text === undefined) ctx.index.delete(uri);
    else ctx.index.setFromDisk(uri, text);
  };

  ctx.connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (!isMinutesUri(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) ctx.index.delete(change.uri);
      else await refresh(change.uri);
    }
  });

  return {
    async load(): Promise<void> {
      if (canWatch()) {
        // not awaited: reading the folder must not wait on the client's answer
        ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.minutes' }] })
          .catch((e: Error) => ctx.log(`Could not ask the editor to watch .minutes files: ${e.message}`));
      }
      const started = Date.now();
      for (const folder of folders()) {
        for (const uri of await listMinutesFiles(folder.uri, ctx.log)) await refresh(uri);
      }
      ctx.log(`Read ${ctx.index.size} minutes files in ${Date.now() - started} ms.`);
    },
  };
}
