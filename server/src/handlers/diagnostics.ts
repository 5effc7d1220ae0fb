/**
 * Pushes diagnostics (textDocument/publishDiagnostics) for open documents, after a short pause
 * while the user types. Push only, no pull: every client gets them, and the work is done once.
 * A change anywhere in the workspace can change another meeting's diagnostics (numbering runs
 * across meetings), so every open document is looked at again; only those whose diagnostics
 * changed are published.
 */
import { PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeAcrossMeetings, listedFindings, sameAcrossMeetings, severityOf, shownFindings, toDiagnostic, type Finding, type MinutesDocument, type MinutesSettings, type Severity } from '#service';
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

/** Findings across meetings last worked out for an open document, and what they were worked out from. */
interface AcrossMeetings {
  readonly doc: MinutesDocument;
  readonly others: number;
  readonly settings: MinutesSettings;
  readonly findings: readonly Finding[];
}
const acrossMeetingsOf = new WeakMap<ServerContext, Map<string, AcrossMeetings>>();
function acrossMeetings(ctx: ServerContext): Map<string, AcrossMeetings> {
  let m = acrossMeetingsOf.get(ctx);
  if (!m) { m = new Map(); acrossMeetingsOf.set(ctx, m); }
  return m;
}

/** The findings of one open document: its own and those across meetings. */
export function findingsOf(ctx: ServerContext, doc: TextDocument): Finding[] {
  const own = ctx.analysis(doc);
  const settings = ctx.cache.currentSettings;
  const others = ctx.index.othersGeneration(doc.uri);
  const last = acrossMeetings(ctx).get(doc.uri);
  let across: readonly Finding[];
  if (last && last.others === others && last.settings === settings && sameAcrossMeetings(last.doc, own.doc)) {
    // typing in an item's text: nothing the rules across meetings read changed, here or elsewhere
    across = last.findings;
  } else {
    across = analyzeAcrossMeetings(ctx.index.model(), doc.uri, settings);
  }
  acrossMeetings(ctx).set(doc.uri, { doc: own.doc, others, settings, findings: across });
  // an archive (approved or published minutes) shows only what still matters there
  const shown = shownFindings(across.length === 0 ? own.findings : [...own.findings, ...across], own.doc.meeting, doc.uri, settings, () => ctx.index.model());
  return shown === own.findings ? [...own.findings] : [...shown];
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
    acrossMeetings(ctx).delete(e.document.uri);
    ctx.cache.delete(e.document.uri);
    ctx.index.changed();
    void ctx.connection.sendDiagnostics({ uri: ctx.clientUri(e.document.uri), diagnostics: [] });
  });
  // files created, changed or deleted on disk, and new settings
  ctx.index.onDidChange(() => { if (!timer) schedule(TYPING_PAUSE_MS); });
}

/** Compared string by string: a diagnostic kept from last time is the same string, found equal at once. */
function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
