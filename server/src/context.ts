/**
 * What every handler needs: the connection, open documents, and the host (`createMinutesService`)
 * with its analysis cache and workspace index (`#service`'s `host/`).
 */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisCache, Analysis, MinutesService, WorkspaceIndex } from '#service';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The host: it holds the open documents, the files read and each meeting's findings. */
  readonly service: MinutesService;
  readonly cache: AnalysisCache;
  readonly index: WorkspaceIndex;
  analysis(doc: TextDocument): Analysis;
  today(): Date;
  log(message: string): void;
  /** The URI the client knows a document by (the server's is canonical, `uris.ts`). */
  clientUri(uri: string): string;
  /** The text of a meeting: the editor's if the file is open, else the file on disk. */
  textOf(uri: string): Promise<string | undefined>;
}
