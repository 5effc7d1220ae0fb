/**
 * Pushes diagnostics (textDocument/publishDiagnostics) for open documents, after a short pause
 * while the user types. Push only, no pull: every client gets them, and the work is done once.
 * A change anywhere in the workspace can change another meeting's diagnostics (numbering runs
 * across meetings), so every open document is looked at again; only those whose diagnostics
 * changed are published.
 */
import { PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { listedFindings, severityOf, toDiagnostic, type Finding, type Severity } from '#service';
import { toLspDiagnostic } from '../convert';
import type { ServerContext } from '../context';
import { JsonMemo, rawJson } from '../rawJson';

/** The pause after a keystroke before diagnostics are computed; MINUTES_TYPING_PAUSE_MS=0 lets the benchmark time the work itself. */
export const TYPING_PAUSE_MS = readNumber(process.env.MINUTES_TYPING_PAUSE_MS, 120);
/** The benchmark needs an answer to every keystroke: MINUTES_PUBLISH_UNCHANGED=1 publishes unchanged diagnostics too. */
const PUBLISH_UNCHANGED = process.env.MINUTES_PUBLISH_UNCHANGED === '1';

function readNumber(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

/** The findings of one open document: its own and those across meetings (the host keeps them, `createMinutesService`). */
export function findingsOf(ctx: ServerContext, doc: TextDocument): Finding[] {
  return ctx.service.findingsOf(doc.uri);
}

export function registerDiagnostics(ctx: ServerContext): void {
  // a pending publication: a timer for the typing pause, or an immediate (a zero timer waits a millisecond or more)
  let timer: { cancel(): void } | undefined;
  // what was last published for each document: the JSON text of each diagnostic
  const published = new Map<string, string[]>();
  // Findings of items a keystroke did not touch are the same objects as last time: so is their
  // text, and a publication of hundreds of diagnostics joins them instead of encoding them again.
  const diagnosticJson = new JsonMemo<Finding>();

  const publish = (doc: TextDocument): void => {
    const settings = ctx.cache.currentSettings;
    const keys = new Map<Severity, string>();
    const parts: string[] = [];
    for (const f of listedFindings(findingsOf(ctx, doc))) {
      const severity = severityOf(f.code, settings);
      if (!severity) continue;
      let key = keys.get(severity);
      if (key === undefined) { key = `${severity} ${doc.uri}`; keys.set(severity, key); }
      parts.push(diagnosticJson.get(f, key, () => JSON.stringify(toLspDiagnostic(toDiagnostic(f, severity), doc.uri))));
    }
    const before = published.get(doc.uri);
    if (before && sameTexts(before, parts) && !PUBLISH_UNCHANGED) return;
    published.set(doc.uri, parts);
    const params = rawJson<PublishDiagnosticsParams>(`{"uri":${JSON.stringify(ctx.clientUri(doc.uri))},"version":${doc.version},"diagnostics":[${parts.join(',')}]}`);
    void ctx.connection.sendNotification(PublishDiagnosticsNotification.type, params);
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
    // the host forgets its analysis and findings, and the workspace model reads the file again
    ctx.service.close(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: ctx.clientUri(e.document.uri), diagnostics: [] });
  });
  // files created, changed or deleted on disk, and new settings
  ctx.index.onDidChange(() => { if (!timer) schedule(TYPING_PAUSE_MS); });
}

/** Compared string by string: a diagnostic kept from last time is the same string, found equal at once. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
