/** Converts language-service results into LSP types. The only place that knows both. */
import {
  CodeAction, CodeActionKind, Diagnostic as LspDiagnostic, DiagnosticSeverity, DocumentSymbol, FoldingRange,
  FoldingRangeKind, SymbolKind, SymbolInformation, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { CodeFix, Diagnostic, Fold, ItemSymbol, OutlineSymbol, Severity, SymbolKind as OutlineKind } from './service/index';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic, uri: string): LspDiagnostic {
  return {
    range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'minutes', message: d.message,
    relatedInformation: d.related?.map((r) => ({ location: { uri, range: r.range }, message: r.message })),
  };
}

const KIND: Record<OutlineKind, SymbolKind> = {
  meeting: SymbolKind.Namespace, agenda: SymbolKind.Namespace, people: SymbolKind.Array, person: SymbolKind.Field,
  section: SymbolKind.Module, item: SymbolKind.Key, action: SymbolKind.Event, decision: SymbolKind.Constant,
};

export function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return { name: s.name || ' ', detail: s.detail, kind: KIND[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}

export function toFoldingRange(f: Fold): FoldingRange {
  return { startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Region };
}

export function toSymbolInformation(s: ItemSymbol): SymbolInformation {
  return { name: s.name, kind: SymbolKind.Key, location: { uri: s.uri, range: s.range }, containerName: s.container };
}

export function toCodeAction(fix: CodeFix, uri: string, diagnostic: LspDiagnostic): CodeAction {
  return {
    title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred,
    edit: { changes: { [uri]: fix.edits.map((e) => ({ range: e.range, newText: e.newText })) } },
  };
}

/** Edits by file (rename, refactorings) as an LSP workspace edit. */
export function toWorkspaceEdit(edits: ReadonlyMap<string, ReadonlyArray<{ range: CodeFix['edits'][number]['range']; newText: string }>>): WorkspaceEdit {
  return { changes: Object.fromEntries([...edits].map(([uri, list]) => [uri, list.map((e) => ({ range: e.range, newText: e.newText }))])) };
}
