/** What every handler needs: the connection, open documents, the analysis cache and the workspace index. */
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, parse, type Analysis, type MinutesDocument } from './service/index';

export class WorkspaceIndex {
  /** Parsed files read from disk; open documents are read from the analysis cache instead. */
  private readonly onDisk = new Map<string, MinutesDocument>();
  constructor(private readonly ctx: () => ServerContext) {}

  setFromDisk(uri: string, text: string): void {
    const s = this.ctx().cache.currentSettings;
    this.onDisk.set(uri, parse(text, { numbering: s.numbering, dateOrder: s.dateOrder }));
  }
  delete(uri: string): void { this.onDisk.delete(uri); }
  get size(): number { return this.onDisk.size; }

  /** Every meeting of the workspace, open documents first-hand. */
  *entries(): Iterable<readonly [string, MinutesDocument]> {
    const c = this.ctx();
    const open = new Set<string>();
    for (const d of c.documents.all()) {
      open.add(d.uri);
      yield [d.uri, c.analysis(d).doc] as const;
    }
    for (const [uri, doc] of this.onDisk) if (!open.has(uri)) yield [uri, doc] as const;
  }
}

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: AnalysisCache;
  readonly index: WorkspaceIndex;
  analysis(doc: TextDocument): Analysis;
  log(message: string): void;
}
