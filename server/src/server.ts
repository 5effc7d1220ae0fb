/**
 * The Minutes language server: maps LSP onto the language service. Each feature has one small
 * handler in `handlers/`; this file only wires them up, reads settings and starts the index.
 */
import {
  CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult, type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMinutesService, readSettings, DEFAULT_SETTINGS, type MinutesSettings } from '#service';
import type { ServerContext } from './context';
import { NodeWorkspace } from './nodeWorkspace';
import { registerDiagnostics } from './handlers/diagnostics';
import { registerActions } from './handlers/actions';
import { registerRecord } from './handlers/record';
import { registerApproval } from './handlers/approval';
import { registerActionStatus } from './handlers/actionStatus';
import { registerDocumentSymbols } from './handlers/documentSymbols';
import { registerFolding } from './handlers/folding';
import { registerWorkspaceSymbols } from './handlers/workspaceSymbols';
import { registerCodeActions } from './handlers/codeActions';
import { registerCompletion } from './handlers/completion';
import { registerHover } from './handlers/hover';
import { registerWorkspace } from './handlers/workspace';
import { registerNavigation } from './handlers/navigation';
import { registerRename } from './handlers/rename';
import { registerFormatting } from './handlers/formatting';
import { registerCodeLens } from './handlers/codeLens';
import { registerNewMeeting } from './handlers/newMeeting';
import { registerPublish } from './handlers/publish';
import { registerSite } from './handlers/site';
import { registerAttendance } from './handlers/attendance';
import { registerRoom } from './handlers/room';
import type { InitializationOptions } from '#protocol';
import { diskIndexStore, readingSettings } from './indexStore';
import { boundary } from './boundary';
import { UriBoundary } from './uris';

export interface ServerOptions {
  /** Fixed "today" for repeatable tests (MINUTES_TODAY=2026-11-22). */
  readonly today?: () => Date;
}

export function startServer(client: Connection, options: ServerOptions = {}): void {
  // every handler registers through the boundary: nothing served before initialize, one URI a file
  const uris = new UriBoundary();
  const connection = boundary(client, uris, (uri) => documents.get(uri)?.version);
  const today = options.today ?? (() => new Date());
  // the host: the analysis cache, the workspace index and each meeting's findings; its files are
  // those of the workspace folders and those kept from outside them (handlers/workspace.ts), read
  // with the index saved in the folder the client gives
  const outside = new Set<string>();
  const workspace = new NodeWorkspace(() => ({ folders: folders.map((f) => f.uri), files: [...outside] }), (m) => connection.console.log(m));
  const service = createMinutesService({
    workspace,
    indexStore: diskIndexStore(() => indexFolder, (m) => connection.console.log(m)),
    settings: DEFAULT_SETTINGS,
    clock: today,
    logger: {
      info: (message) => connection.console.log(message),
      // a failure the service catches and goes on from (a parser bug, a rule that throws) goes to the client's log
      error: (message, cause) => connection.console.error(`${message}: ${cause instanceof Error ? cause.stack ?? cause.message : String(cause)}`),
    },
  });
  const cache = service.cache;
  // The analysis is keyed by the server's own count of changes, not the client's version: a
  // client that sends a change without raising the version (or lowers it) still has the change
  // applied and analysed, and nothing (Format above all) works from the text before it.
  const revisions = new Map<string, number>();
  let lastRevision = 0;
  const documents = new TextDocuments<TextDocument>({
    create: (uri, languageId, version, text) => {
      revisions.set(uri, ++lastRevision);
      return TextDocument.create(uri, languageId, version, text);
    },
    update: (doc, changes, version) => {
      if (!(version > doc.version)) connection.console.warn(`${doc.uri}: a change came with version ${version}, not above ${doc.version}; it is applied all the same.`);
      const from = revisions.get(doc.uri) ?? 0;
      revisions.set(doc.uri, ++lastRevision);
      // the editor's changes go to the cache as well, so that typing within a line re-parses one item
      cache.noteChanges(doc.uri, from, lastRevision, changes.map((c) => ('range' in c ? { range: c.range, text: c.text } : { text: c.text })));
      return TextDocument.update(doc, changes, version);
    },
  });
  // the editor's documents are the host's open documents, held live (version and text read when needed)
  documents.onDidOpen((e) => {
    const uri = e.document.uri;
    service.track({
      uri,
      get version() { return revisions.get(uri) ?? documents.get(uri)?.version ?? 0; },
      getText: () => documents.get(uri)?.getText() ?? '',
      lines: () => { const doc = documents.get(uri)!; return { count: doc.lineCount, length: doc.getText().length, at: (n) => lineOf(doc, n) }; },
    });
  });
  documents.onDidClose((e) => revisions.delete(e.document.uri));
  let folders: WorkspaceFolder[] = [];
  let pullConfiguration = false;
  let canWatch = false;
  let canWatchOne = false;
  let indexFolder: string | undefined;
  let loaded = false;

  const ctx: ServerContext = {
    connection, documents, service, cache,
    index: service.index,
    analysis: (doc) => cache.get(doc.uri, revisions.get(doc.uri) ?? doc.version, () => doc.getText(), { count: doc.lineCount, length: doc.getText().length, at: (n) => lineOf(doc, n) }),
    today,
    log: (message) => connection.console.log(message),
    clientUri: (uri) => uris.toClient(uri),
    textOf: async (uri) => documents.get(uri)?.getText() ?? service.fileText(uri),
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    pullConfiguration = params.capabilities.workspace?.configuration === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canWatchOne = canWatch && params.capabilities.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    const init = params.initializationOptions as InitializationOptions | undefined;
    if (init?.settings) cache.setSettings(readSettings(init.settings));
    if (typeof init?.indexFolder === 'string' && init.indexFolder !== '') indexFolder = init.indexFolder;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Minutes' },
        foldingRangeProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor] },
        // no trigger characters: a list that pops up after "Owner:" would take the Enter of a fast typist
        completionProvider: {},
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'minutes-language-server', version: '0.1.0' },
    };
  });

  registerDiagnostics(ctx);
  registerActions(ctx);
  registerRecord(ctx);
  registerApproval(ctx);
  registerActionStatus(ctx);
  registerDocumentSymbols(ctx);
  registerFolding(ctx);
  registerWorkspaceSymbols(ctx);
  registerCodeActions(ctx);
  registerCompletion(ctx);
  registerHover(ctx);
  registerNavigation(ctx);
  registerRename(ctx);
  registerFormatting(ctx);
  registerCodeLens(ctx);
  registerNewMeeting(ctx);
  registerPublish(ctx);
  registerSite(ctx);
  registerAttendance(ctx);
  registerRoom(ctx);
  const reading = registerWorkspace(ctx, workspace, outside, () => folders, () => canWatch, () => canWatchOne);
  const load = async (): Promise<void> => {
    try {
      await reading.load();
      loaded = true;
    } catch (e) {
      ctx.log(`Reading the workspace's minutes failed: ${(e as Error).message}`);
    }
  };

  const loadSettings = async (): Promise<void> => {
    if (!pullConfiguration) return;
    try {
      const raw: unknown = await connection.workspace.getConfiguration('minutes');
      applySettings(readSettings(raw));
    } catch (e) {
      ctx.log(`Could not read the minutes settings, keeping the defaults: ${(e as Error).message}`);
    }
  };
  const applySettings = (s: MinutesSettings): void => {
    const was = cache.currentSettings;
    if (JSON.stringify(s) === JSON.stringify(was)) return;
    cache.setSettings(s);
    ctx.index.changed();
    // files read from disk were parsed with the old numbering and date order: read them again
    // (and with the index saved, or not, as now asked)
    if (loaded && (readingSettings(s) !== readingSettings(was) || s.saveIndex !== was.saveIndex)) void load();
  };

  connection.onInitialized(async () => {
    await loadSettings();
    await load();
  });
  // the index is saved shortly after each change; what is left is saved before the server goes
  connection.onShutdown(() => reading.save());
  connection.onDidChangeConfiguration(async (change) => {
    if (pullConfiguration) await loadSettings();
    else {
      const s = (change.settings as { minutes?: unknown } | undefined)?.minutes;
      if (s) applySettings(readSettings(s));
    }
  });

  documents.listen(connection);
  connection.listen();
}

/** Line `n` of an open document without its line end (the editor keeps the line offsets). */
function lineOf(doc: TextDocument, n: number): string {
  return doc.getText({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } }).replace(/(?:\r\n|\r|\n)$/, '');
}
