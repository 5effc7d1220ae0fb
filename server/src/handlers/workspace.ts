/**
 * Keeps the workspace index in step with the disk: reads every `.minutes` file of the workspace
 * folders once the client is ready, then follows created, changed and deleted files.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import { isMinutesUri, listMinutesFiles, readMinutesFile } from '../workspaceFiles';

export function registerWorkspace(ctx: ServerContext, folders: () => WorkspaceFolder[], canWatch: () => boolean): { load(): Promise<void> } {
  const refresh = async (uri: string, notify = true): Promise<void> => {
    const text = await readMinutesFile(uri, ctx.log);
    if (text === undefined) ctx.index.delete(uri);
    else ctx.index.setFromDisk(uri, text, notify);
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
      const uris: string[] = [];
      for (const folder of folders()) uris.push(...await listMinutesFiles(folder.uri, ctx.log));
      // the editor shows progress while a large archive is read; requests are served meanwhile
      const progress = await ctx.connection.window.createWorkDoneProgress();
      progress.begin('Reading minutes', 0, `0 of ${uris.length} meetings`, false);
      let done = 0;
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < uris.length) {
          const uri = uris[next++];
          await refresh(uri, false);
          done++;
          if (done % 200 === 0) progress.report(Math.round((100 * done) / uris.length), `${done} of ${uris.length} meetings`);
        }
      };
      // a few reads in flight keep the disk busy while the previous file is parsed
      await Promise.all(Array.from({ length: Math.min(8, uris.length) }, worker));
      progress.done();
      ctx.index.changed();
      ctx.log(`Read ${ctx.index.size} minutes files in ${Date.now() - started} ms.`);
    },
  };
}
