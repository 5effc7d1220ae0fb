/**
 * Keeps the workspace index in step with the disk: reads every `.minutes` file of the workspace
 * folders once the client is ready, then follows created, changed and deleted files. With a
 * folder to keep it in (from the editor), the index is saved for the next start, which then
 * parses only the files changed since (`indexStore.ts`).
 */
import { DidChangeWatchedFilesNotification, FileChangeType, MessageType, ShowMessageNotification, type WorkspaceFolder } from 'vscode-languageserver/node';
import type { ServerContext } from '../context';
import { IndexStore } from '../indexStore';
import { isMinutesUri, listMinutesFolder, MAX_FILES, readMinutesFile, statMinutesFile, type FileStamp } from '../workspaceFiles';

export function registerWorkspace(ctx: ServerContext, folders: () => WorkspaceFolder[], canWatch: () => boolean, storeFolder: () => string | undefined, canWatchOne: () => boolean = () => false): { load(): Promise<void>; save(): Promise<void> } {
  let store: IndexStore | undefined;
  let watching = false;
  /**
   * Files opened this session from outside the workspace folders: once closed they stay in the
   * index, read from disk, like the folders' files (their actions, lens counts and numbers do not
   * vanish with the editor tab), until they are deleted.
   */
  const outside = new Set<string>();
  const watchedOutside = new Set<string>();

  /** A file gone or unreadable: out of the index and of the saved index. */
  const forget = (uri: string): void => {
    outside.delete(uri);
    ctx.index.delete(uri);
    store?.remove(uri);
  };

  /** Reads one file into the index: from the saved index when unchanged (true), else parsed. */
  const refresh = async (uri: string, notify = true, known?: { stamp: FileStamp | undefined }): Promise<boolean> => {
    const stamp = known ? known.stamp : await statMinutesFile(uri, ctx.log);
    const kept = stamp && store?.lookup(uri, stamp);
    if (kept) { ctx.index.setView(uri, kept, notify); return true; }
    const text = stamp && await readMinutesFile(uri, ctx.log, stamp);
    if (!stamp || text === undefined) { forget(uri); return false; }
    const view = ctx.index.setFromDisk(uri, text, notify);
    // a file not checked (too large, not text) has no view to save
    if (view) store?.put(uri, stamp, view);
    else store?.remove(uri);
    return false;
  };

  ctx.documents.onDidClose((e) => {
    const uri = e.document.uri;
    // read again at each close: saved while open, it may differ from what was read before
    if (!uri.startsWith('file:') || !isMinutesUri(uri) || (ctx.index.has(uri) && !outside.has(uri))) return;
    outside.add(uri);
    void refresh(uri).then(() => store?.saveSoon());
    const dir = uri.slice(0, uri.lastIndexOf('/'));
    if (canWatchOne() && !watchedOutside.has(dir)) {
      watchedOutside.add(dir);
      // the folders' watcher does not see it: one for its folder (a file name may hold glob
      // characters, `[v2]`), whose other files' events are passed over below
      ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: { baseUri: dir, pattern: '*.minutes' } }] })
        .catch((err: Error) => ctx.log(`Could not ask the editor to watch ${dir}: ${err.message}`));
    }
  });

  ctx.connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      if (!isMinutesUri(change.uri)) continue;
      // beside a file kept from outside the folders: not part of the workspace
      if (!outside.has(change.uri) && !folders().some((f) => change.uri.startsWith(`${f.uri.replace(/\/$/, '')}/`))) continue;
      if (change.type === FileChangeType.Deleted) forget(change.uri);
      else await refresh(change.uri);
    }
    store?.saveSoon();
  });

  return {
    async load(): Promise<void> {
      if (canWatch() && !watching) {
        watching = true;
        // not awaited: reading the folder must not wait on the client's answer
        ctx.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.minutes' }] })
          .catch((e: Error) => ctx.log(`Could not ask the editor to watch .minutes files: ${e.message}`));
      }
      const started = Date.now();
      const folder = storeFolder();
      const settings = ctx.cache.currentSettings;
      await store?.close();
      const listed: string[] = [];
      let complete = true;
      for (const f of folders()) {
        const l = await listMinutesFolder(f.uri, ctx.log, Math.max(0, MAX_FILES - listed.length));
        listed.push(...l.uris);
        complete &&= l.complete;
      }
      if (!complete) {
        // said where the clerk looks: meetings beyond the limit are neither checked nor in the action log
        const why = `This workspace has more than ${MAX_FILES} minutes files: Minutes read the first ${MAX_FILES} and skipped the rest, so their meetings are not checked against the others and their actions are not in the Actions view. Open the folder of one board or a few years instead.`;
        ctx.log(why);
        // a notification, not a request: nothing to wait for, and no client left to answer it
        void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: why });
      }
      // folders nested in one another (or one through a link) list a file once; files kept from outside them are read again too
      const uris = [...new Set([...listed, ...outside])];
      // each file's stamp, taken once: the sizes also bound what each part of the saved index may weigh
      const stamps = new Map<string, FileStamp | undefined>();
      let nextStat = 0;
      await Promise.all(Array.from({ length: Math.min(8, uris.length) }, async () => {
        while (nextStat < uris.length) { const uri = uris[nextStat++]; stamps.set(uri, await statMinutesFile(uri, ctx.log)); }
      }));
      // keyed by the settings that change parsing: opened again when they change
      store = folder !== undefined && settings.saveIndex ? await IndexStore.open(folder, settings, ctx.log, stamps) : undefined;
      // the clerk asked for no copy of the meetings outside the folder: none is left from before
      if (folder !== undefined && !settings.saveIndex) await IndexStore.remove(folder, ctx.log);
      // the editor shows progress while a large archive is read; requests are served meanwhile
      const progress = await ctx.connection.window.createWorkDoneProgress();
      progress.begin('Reading minutes', 0, `0 of ${uris.length} meetings`, false);
      let done = 0;
      let next = 0;
      let unchanged = 0;
      const worker = async (): Promise<void> => {
        while (next < uris.length) {
          const uri = uris[next++];
          if (await refresh(uri, false, { stamp: stamps.get(uri) })) unchanged++;
          done++;
          if (done % 200 === 0) progress.report(Math.round((100 * done) / uris.length), `${done} of ${uris.length} meetings`);
        }
      };
      // a few reads in flight keep the disk busy while the previous file is parsed
      await Promise.all(Array.from({ length: Math.min(8, uris.length) }, worker));
      progress.done();
      ctx.index.changed();
      const saved = store ? ` (${unchanged} unchanged since the index was saved)` : '';
      ctx.log(`Read ${ctx.index.size} minutes files in ${Date.now() - started} ms${saved}.`);
      if (store) {
        store.retain(uris);
        void store.save();
      }
    },
    save: () => store?.save() ?? Promise.resolve(),
  };
}
