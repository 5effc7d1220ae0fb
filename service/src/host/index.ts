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
import { textOf, type Disposable, type MinutesWorkspace, type WorkspaceChange, type WorkspaceListing } from './workspace';
import { WorkspaceIndex } from './workspaceIndex';

export { memoryWorkspace, textOf, type MemoryWorkspace, type MinutesWorkspace, type FileStamp, type WorkspaceChange, type WorkspaceListing, type Disposable } from './workspace';
export { WorkspaceIndex, type IndexHost } from './workspaceIndex';

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
  /** Reads every file the workspace lists into the index; one change is signalled at the end. */
  load(): Promise<WorkspaceListing>;
  /** The text of a file, read through the workspace and decoded by `encoding.ts`; a note on its encoding is logged. Throws when it cannot be read. */
  readText(uri: string, name?: string): Promise<string>;
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

  const readText = async (uri: string, name = uri): Promise<string> => {
    const { text, note } = textOf(await workspace.read(uri), name);
    if (note) logger.info(note);
    return text;
  };

  // files changed on disk: read again (an open document keeps the editor's text), in order
  let pending: Promise<void> = Promise.resolve();
  const onChange = (change: WorkspaceChange): void => {
    pending = pending.then(async () => {
      if (change.kind === 'deleted') { index.delete(change.uri); return; }
      let text: string;
      try { text = await readText(change.uri); } catch (e) { logger.info(`Could not read ${change.uri}: ${(e as Error).message}`); return; }
      index.setFromDisk(change.uri, text);
    });
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
    load: async () => {
      const listing = await workspace.list();
      for (const uri of listing.uris) {
        let text: string;
        try { text = await readText(uri); } catch (e) { logger.info(`Could not read ${uri}: ${(e as Error).message}`); continue; }
        index.setFromDisk(uri, text, false);
      }
      index.changed();
      return listing;
    },
    readText,
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
    dispose: () => subscription.dispose(),
  };
  return service;
}
