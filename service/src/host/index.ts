/**
 * The host: `createMinutesService({ workspace, settings, clock, logger })` owns what the language
 * service keeps between questions: the analysis of each open document's version
 * (`AnalysisCache`), the workspace index (every meeting, the files read through the
 * `MinutesWorkspace`), and the findings of each meeting, its own and those across meetings
 * (remembered while nothing they read changed). The server, the command line and the tests ask it
 * rather than orchestrating the service themselves. Pure: the workspace does the IO.
 */
import { AnalysisCache, type Analysis, type LineSource, type TextChange } from '../analysis';
import { analyzeAcrossMeetings, sameAcrossMeetings } from '../diagnostics';
import { shownFindings } from '../archive';
import { setServiceLogger } from '../logger';
import type { Finding } from '../rules/index';
import type { MinutesDocument } from '../model';
import type { MinutesSettings } from '../settings';
import type { WorkspaceModel } from '../workspace';
import { MAX_READ_BYTES, textOf, type Disposable, type FileStamp, type MinutesWorkspace, type WorkspaceChange, type WorkspaceListing } from './workspace';
import { WorkspaceIndex } from './workspaceIndex';
import type { IndexStore, SavedIndex } from './savedIndex';

export { memoryWorkspace, textOf, MAX_READ_BYTES, type MemoryWorkspace, type MinutesWorkspace, type FileStamp, type WorkspaceChange, type WorkspaceListing, type Disposable } from './workspace';
export { WorkspaceIndex, type IndexHost } from './workspaceIndex';
export type { IndexStore, SavedIndex } from './savedIndex';

/** Where the host writes: what it did (`info`) and the failures it caught and went on from (`error`). */
export interface HostLogger {
  info(message: string): void;
  error(message: string, cause: unknown): void;
}

/** A document the editor (or the command line) holds: its text is the editor's, not the file's. */
export interface OpenDocument {
  readonly uri: string;
  /** The version of the text; a new version is analysed again (after an edit within lines, from the previous). */
  readonly version: number;
  getText(): string;
  /** The lines without the whole text, for the analysis of an edit within lines. */
  lines?(): LineSource;
}

export interface MinutesServiceOptions {
  readonly workspace: MinutesWorkspace;
  readonly settings: MinutesSettings;
  /** Today, for what is overdue and what is due. */
  readonly clock: () => Date;
  readonly logger: HostLogger;
  /** The index saved between sessions (the Node side keeps it on disk): views of unchanged files come back without a parse. */
  readonly indexStore?: IndexStore;
}

/** What the clerk is shown while the workspace is read (the editor's progress bar). */
export interface LoadProgress {
  /** The workspace was listed: `total` files to read (`listing.complete` false when it had more than were listed). */
  begin(total: number, listing: WorkspaceListing): Promise<void> | void;
  /** `done` of the `total` files read (every 200 files). */
  report(done: number, total: number): void;
  end(): void;
}

export interface FindingsOptions {
  /** false: the meeting alone, as a file checked by itself (no findings across meetings, no workspace for the archive test). */
  readonly acrossMeetings?: boolean;
}

export interface MinutesService {
  readonly workspace: MinutesWorkspace;
  readonly cache: AnalysisCache;
  readonly index: WorkspaceIndex;
  settings(): MinutesSettings;
  /** New settings: every analysis is made again and the workspace model rebuilt. */
  setSettings(settings: MinutesSettings): void;
  today(): Date;
  /** A document opened (or its text changed): its analysis of this version. */
  open(doc: OpenDocument): Analysis;
  /**
   * An editor's document, held live: its version and text are read each time they are needed (the
   * editor keeps them), nothing is analysed until asked, and the host signals the change itself.
   */
  track(doc: OpenDocument): void;
  /** The editor changed a document from one version to the next (the analysis after it reuses the lines not touched). */
  noteChanges(uri: string, fromVersion: number, toVersion: number, changes: readonly TextChange[]): void;
  close(uri: string): void;
  isOpen(uri: string): boolean;
  /** The analysis of an open document's current version, or undefined when it is not open. */
  analysis(uri: string): Analysis | undefined;
  /**
   * Reads every file the workspace lists into the index (a file unchanged since the index was
   * saved from the saved index, the others parsed); one change is signalled at the end. Called
   * again (new settings), it reads the workspace again.
   */
  load(progress?: LoadProgress): Promise<WorkspaceListing>;
  /** Saves the saved index now (what is left to save before the server goes). */
  save(): Promise<void>;
  /** The text of a file, read through the workspace and decoded by `encoding.ts`; a note on its encoding is logged. Throws when it cannot be read. */
  readText(uri: string, name?: string): Promise<string>;
  /**
   * The text of a file for a feature that reads one not open (a website, a rename across meetings),
   * or undefined when it cannot be read or is larger than the workspace index reads (said in the log).
   */
  fileText(uri: string): Promise<string | undefined>;
  /** The workspace model (meetings in date order, action log, decisions). */
  model(): WorkspaceModel;
  /** The findings of an open document: its own and those across meetings, filtered for an archive. */
  findingsOf(uri: string, options?: FindingsOptions): Finding[];
  /** Resolves when the files changed on disk have been read into the index. */
  settled(): Promise<void>;
  dispose(): void;
}

/** Findings across meetings last worked out for an open document, and what they were worked out from. */
interface AcrossMeetings {
  readonly doc: MinutesDocument;
  readonly others: number;
  readonly settings: MinutesSettings;
  readonly findings: readonly Finding[];
}

export function createMinutesService(options: MinutesServiceOptions): MinutesService {
  const { workspace, clock, logger } = options;
  // the failures the service catches go to this host's logger (the service's one hook)
  setServiceLogger(logger);
  const cache = new AnalysisCache(options.settings, clock);
  const documents = new Map<string, OpenDocument>();
  const acrossMeetings = new Map<string, AcrossMeetings>();
  const analysisOf = (d: OpenDocument): Analysis => cache.get(d.uri, d.version, () => d.getText(), d.lines?.());
  const index = new WorkspaceIndex({
    settings: () => cache.currentSettings,
    today: clock,
    log: (m) => logger.info(m),
    openUris: () => documents.keys(),
    openDoc: (uri) => { const d = documents.get(uri); return d && analysisOf(d).doc; },
  });

  const nameOf = (uri: string): string => workspace.name?.(uri) ?? uri;
  const readText = async (uri: string, name = nameOf(uri)): Promise<string> => {
    const { text, note } = textOf(await workspace.read(uri), name);
    if (note) logger.info(note);
    return text;
  };

  /** The saved index of this reading of the workspace, when one is kept. */
  let saved: SavedIndex | undefined;
  /** A file gone or unreadable: out of the index and of the saved index. */
  const forget = (uri: string): void => {
    index.delete(uri);
    saved?.remove(uri);
  };
  /** The file's text, or undefined when it cannot be read or is too large to (said in the log). */
  const fileText = async (uri: string, known?: { stamp: FileStamp | undefined }): Promise<string | undefined> => {
    // the workspace says why a file it cannot stat is left out (a file gone, no permission)
    const stamp = known ? known.stamp : await workspace.stat(uri);
    if (!stamp) return undefined;
    if (stamp.size > MAX_READ_BYTES) {
      logger.info(`Skipped ${nameOf(uri)}: ${(stamp.size / 1048576).toFixed(1)} MB is larger than the ${MAX_READ_BYTES / 1048576} MB the workspace index reads.`);
      return undefined;
    }
    try { return await readText(uri); } catch (e) {
      logger.info(`Could not read ${nameOf(uri)}: ${(e as Error).message}`);
      return undefined;
    }
  };
  /**
   * Reads one file into the index: its view from the saved index when the file is unchanged since
   * (true), else its text parsed. A file that cannot be read, or is too large to, leaves the index.
   */
  const readIntoIndex = async (uri: string, notify: boolean, known?: { stamp: FileStamp | undefined }): Promise<boolean> => {
    const stamp = known ? known.stamp : await workspace.stat(uri);
    const kept = stamp && saved?.lookup(uri, stamp);
    if (kept) { index.setView(uri, kept, notify); return true; }
    const text = stamp && await fileText(uri, { stamp });
    if (!stamp || text === undefined) { forget(uri); return false; }
    const view = index.setFromDisk(uri, text, notify);
    // a file not checked (too large for the settings, not text) has no view to save
    if (view) saved?.put(uri, stamp, view);
    else saved?.remove(uri);
    return false;
  };

  // files changed on disk: read again (an open document keeps the editor's text), in order
  let pending: Promise<void> = Promise.resolve();
  const onChange = (change: WorkspaceChange): void => {
    pending = pending.then(async () => {
      if (change.kind === 'deleted') forget(change.uri);
      else await readIntoIndex(change.uri, true);
      saved?.saveSoon();
    }).catch((e: unknown) => logger.error(`Reading ${nameOf(change.uri)} into the workspace failed`, e));
  };
  const subscription: Disposable = workspace.onDidChange(onChange);

  const service: MinutesService = {
    workspace, cache, index,
    settings: () => cache.currentSettings,
    setSettings: (settings) => { cache.setSettings(settings); index.changed(); },
    today: clock,
    open: (doc) => {
      documents.set(doc.uri, doc);
      const a = analysisOf(doc);
      index.changed(doc.uri);
      return a;
    },
    track: (doc) => { documents.set(doc.uri, doc); },
    noteChanges: (uri, from, to, changes) => cache.noteChanges(uri, from, to, changes),
    close: (uri) => {
      if (!documents.delete(uri)) return;
      acrossMeetings.delete(uri);
      cache.delete(uri);
      index.changed();
    },
    isOpen: (uri) => documents.has(uri),
    analysis: (uri) => { const d = documents.get(uri); return d && analysisOf(d); },
    load: async (progress) => {
      const started = Date.now();
      await saved?.close();
      saved = undefined;
      const listing = await workspace.list();
      // folders nested in one another (or one through a link) list a file once
      const uris = [...new Set(listing.uris)];
      let unchanged = 0;
      await progress?.begin(uris.length, listing);
      try {
        // each file's stamp, taken once: the sizes also bound what the saved index may weigh
        const stamps = new Map<string, FileStamp | undefined>();
        await inParallel(uris, async (uri) => { stamps.set(uri, await workspace.stat(uri)); });
        saved = await options.indexStore?.open(cache.currentSettings, stamps);
        let done = 0;
        await inParallel(uris, async (uri) => {
          if (await readIntoIndex(uri, false, { stamp: stamps.get(uri) })) unchanged++;
          done++;
          if (done % 200 === 0) progress?.report(done, uris.length);
        });
      } finally {
        progress?.end();
      }
      index.changed();
      logger.info(`Read ${index.size} minutes files in ${Date.now() - started} ms${saved ? ` (${unchanged} unchanged since the index was saved)` : ''}.`);
      if (saved) {
        saved.retain(uris);
        void saved.save();
      }
      return listing;
    },
    save: () => saved?.save() ?? Promise.resolve(),
    readText,
    fileText: (uri) => fileText(uri),
    model: () => index.model(),
    findingsOf: (uri, opts = {}) => {
      const d = documents.get(uri);
      if (!d) return [];
      const own = analysisOf(d);
      const settings = cache.currentSettings;
      if (opts.acrossMeetings === false) return [...shownFindings(own.findings, own.doc.meeting, uri, settings)];
      const others = index.othersGeneration(uri);
      const last = acrossMeetings.get(uri);
      let across: readonly Finding[];
      if (last && last.others === others && last.settings === settings && sameAcrossMeetings(last.doc, own.doc)) {
        // typing in an item's text: nothing the rules across meetings read changed, here or elsewhere
        across = last.findings;
      } else {
        across = analyzeAcrossMeetings(index.model(), uri, settings);
      }
      acrossMeetings.set(uri, { doc: own.doc, others, settings, findings: across });
      // an archive (approved or published minutes) shows only what still matters there
      const shown = shownFindings(across.length === 0 ? own.findings : [...own.findings, ...across], own.doc.meeting, uri, settings, () => index.model());
      return shown === own.findings ? [...own.findings] : [...shown];
    },
    settled: () => pending,
    dispose: () => {
      subscription.dispose();
      void saved?.close();
    },
  };
  return service;
}

/** The work done for each item, a few at a time: the next files are read while one is parsed. */
async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>, width = 8): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}
