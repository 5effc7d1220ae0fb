/**
 * Pushes diagnostics (textDocument/publishDiagnostics) for open documents, after a short pause
 * while the user types. Push only, no pull: every client gets them, and the work is done once.
 * A change anywhere in the workspace can change another meeting's diagnostics (numbering runs
 * across meetings), so every open document is looked at again; only those whose diagnostics
 * changed are published.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeAcrossMeetings, toDiagnostics, type Finding } from '../service/index';
import { toLspDiagnostic } from '../convert';
import type { ServerContext } from '../context';

/** The pause after a keystroke before diagnostics are computed; MINUTES_TYPING_PAUSE_MS=0 lets the benchmark time the work itself. */
export const TYPING_PAUSE_MS = readNumber(process.env.MINUTES_TYPING_PAUSE_MS, 120);
/** The benchmark needs an answer to every keystroke: MINUTES_PUBLISH_UNCHANGED=1 publishes unchanged diagnostics too. */
const PUBLISH_UNCHANGED = process.env.MINUTES_PUBLISH_UNCHANGED === '1';

function readNumber(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** The findings of one open document: its own and those across meetings. */
export function findingsOf(ctx: ServerContext, doc: TextDocument): Finding[] {
  const own = ctx.analysis(doc).findings;
  const across = analyzeAcrossMeetings(ctx.index.model(), doc.uri, ctx.cache.currentSettings);
  return across.length === 0 ? [...own] : [...own, ...across];
}

export function registerDiagnostics(ctx: ServerContext): void {
  let timer: NodeJS.Timeout | undefined;
  const published = new Map<string, string>();

  const publish = (doc: TextDocument): void => {
    const diagnostics = toDiagnostics(findingsOf(ctx, doc), ctx.cache.currentSettings).map((d) => toLspDiagnostic(d, doc.uri));
    const key = JSON.stringify(diagnostics);
    if (published.get(doc.uri) === key && !PUBLISH_UNCHANGED) return;
    published.set(doc.uri, key);
    void ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };
  const publishAll = (): void => {
    timer = undefined;
    for (const d of ctx.documents.all()) publish(d);
  };
  const schedule = (delay: number): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(publishAll, delay);
  };

  ctx.documents.onDidOpen(() => { ctx.index.changed(); schedule(0); });
  ctx.documents.onDidChangeContent(() => { ctx.index.changed(); schedule(TYPING_PAUSE_MS); });
  ctx.documents.onDidClose((e) => {
    published.delete(e.document.uri);
    ctx.cache.delete(e.document.uri);
    ctx.index.changed();
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  // files created, changed or deleted on disk, and new settings
  ctx.index.onDidChange(() => { if (!timer) schedule(TYPING_PAUSE_MS); });
}
