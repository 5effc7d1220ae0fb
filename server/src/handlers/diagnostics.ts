/**
 * Pushes diagnostics (textDocument/publishDiagnostics) for open documents, after a short pause
 * while the user types. Push only, no pull: every client gets them, and the work is done once.
 * A change anywhere in the workspace can change another meeting's diagnostics (numbering runs
 * across meetings), so every open document is looked at again; only those whose diagnostics
 * changed are published.
 */
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
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
  // a pending publication: a timer for the typing pause, or an immediate (a zero timer waits a millisecond or more)
  let timer: { cancel(): void } | undefined;
  const published = new Map<string, LspDiagnostic[]>();

  const publish = (doc: TextDocument): void => {
    const diagnostics = toDiagnostics(findingsOf(ctx, doc), ctx.cache.currentSettings).map((d) => toLspDiagnostic(d, doc.uri));
    const before = published.get(doc.uri);
    if (before && sameDiagnostics(before, diagnostics) && !PUBLISH_UNCHANGED) return;
    published.set(doc.uri, diagnostics);
    void ctx.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  };
  const publishAll = (): void => {
    timer = undefined;
    for (const d of ctx.documents.all()) publish(d);
  };
  const schedule = (delay: number): void => {
    timer?.cancel();
    if (delay > 0) {
      const t = setTimeout(publishAll, delay);
      timer = { cancel: () => clearTimeout(t) };
    } else {
      const t = setImmediate(publishAll);
      timer = { cancel: () => clearImmediate(t) };
    }
  };

  ctx.documents.onDidOpen((e) => { ctx.index.changed(e.document.uri); schedule(0); });
  ctx.documents.onDidChangeContent((e) => { ctx.index.changed(e.document.uri); schedule(TYPING_PAUSE_MS); });
  ctx.documents.onDidClose((e) => {
    published.delete(e.document.uri);
    ctx.cache.delete(e.document.uri);
    ctx.index.changed();
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  // files created, changed or deleted on disk, and new settings
  ctx.index.onDidChange(() => { if (!timer) schedule(TYPING_PAUSE_MS); });
}

/** Field by field, without building strings: most diagnostics of a long meeting are the same objects as last time. */
function sameDiagnostics(a: readonly LspDiagnostic[], b: readonly LspDiagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message || !sameRange(x.range, y.range)) return false;
    const rx = x.relatedInformation ?? [];
    const ry = y.relatedInformation ?? [];
    if (rx.length !== ry.length) return false;
    for (let k = 0; k < rx.length; k++) if (rx[k].message !== ry[k].message || rx[k].location.uri !== ry[k].location.uri || !sameRange(rx[k].location.range, ry[k].location.range)) return false;
  }
  return true;
}

function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  return a === b || (a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character);
}
