/**
 * Pushes diagnostics (textDocument/publishDiagnostics) for open documents, after a short pause
 * while the user types. Push only, no pull: every client gets them, and the work is done once.
 * Only a document whose diagnostics changed is published again.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostics } from '../service/index';
import { toLspDiagnostic } from '../convert';
import type { ServerContext } from '../context';

export const TYPING_PAUSE_MS = 120;

export function registerDiagnostics(ctx: ServerContext): { refreshAll(): void } {
  const timers = new Map<string, NodeJS.Timeout>();
  const published = new Map<string, string>();

  const publish = (doc: TextDocument): void => {
    const current = ctx.documents.get(doc.uri);
    if (!current) return;
    const a = ctx.analysis(current);
    const diagnostics = toDiagnostics(a.findings, ctx.cache.currentSettings).map((d) => toLspDiagnostic(d, current.uri));
    const key = JSON.stringify(diagnostics);
    if (published.get(current.uri) === key) return;
    published.set(current.uri, key);
    void ctx.connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
  };

  const schedule = (doc: TextDocument, delay: number): void => {
    clearTimeout(timers.get(doc.uri));
    timers.set(doc.uri, setTimeout(() => { timers.delete(doc.uri); publish(doc); }, delay));
  };

  ctx.documents.onDidOpen((e) => schedule(e.document, 0));
  ctx.documents.onDidChangeContent((e) => schedule(e.document, TYPING_PAUSE_MS));
  ctx.documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    published.delete(e.document.uri);
    ctx.cache.delete(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  return { refreshAll: () => { for (const d of ctx.documents.all()) schedule(d, 0); } };
}
