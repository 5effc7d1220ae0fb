/** Converts language-service results into LSP types. The only place that knows both. */
import {
  CodeAction, CodeActionKind, Diagnostic as LspDiagnostic, DiagnosticSeverity, DocumentSymbol, FoldingRange,
  FoldingRangeKind, SymbolKind, SymbolInformation, type WorkspaceEdit,
  CompletionItemKind, InsertTextFormat, MarkupKind, DocumentHighlightKind,
  type CodeLens, type CompletionItem, type DocumentHighlight, type Hover as LspHover, type Location,
} from 'vscode-languageserver/node';
import type { CodeFix, Diagnostic, Fold, ItemSymbol, OutlineSymbol, Severity, SymbolKind as OutlineKind } from '#service';
import type { Completion, Hover, Lens, Occurrence, Refactoring } from '#service';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic, uri: string): LspDiagnostic {
  return {
    range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'minutes', message: d.message,
    relatedInformation: d.related?.map((r) => ({ location: { uri, range: r.range }, message: r.message })),
  };
}

/**
 * The editor shows a kind as an icon and names it in the outline's tooltip ("Present (enumeration)"):
 * kinds are chosen for icons that fit and names that are plain words, never code ("key", "namespace",
 * braces): the meeting a page (file), a list of people or of items a list (enumeration), a person
 * one of its members, an item its number (#), an action a bolt (event), a decision a constant.
 */
const KIND: Record<OutlineKind, SymbolKind> = {
  meeting: SymbolKind.File, agenda: SymbolKind.File, people: SymbolKind.Enum, person: SymbolKind.EnumMember,
  section: SymbolKind.Enum, item: SymbolKind.Number, action: SymbolKind.Event, decision: SymbolKind.Constant,
};

export function toDocumentSymbol(s: OutlineSymbol): DocumentSymbol {
  return { name: s.name || ' ', detail: s.detail, kind: KIND[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toDocumentSymbol) };
}

export function toFoldingRange(f: Fold): FoldingRange {
  return { startLine: f.startLine, endLine: f.endLine, kind: FoldingRangeKind.Region };
}

export function toSymbolInformation(s: ItemSymbol): SymbolInformation {
  return { name: s.name, kind: KIND.item, location: { uri: s.uri, range: s.range }, containerName: s.container };
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

/** A refactoring (renumber all, mark done) as a code action: a quick fix or a refactor. */
export function toRefactoringAction(r: Refactoring): CodeAction {
  return {
    title: r.title, kind: r.kind === 'refactor' ? CodeActionKind.Refactor : CodeActionKind.QuickFix,
    edit: toWorkspaceEdit(r.edits),
  };
}

const COMPLETION_KIND: Record<Completion['kind'], CompletionItemKind> = {
  number: CompletionItemKind.Value, keyword: CompletionItemKind.Keyword, person: CompletionItemKind.Variable, date: CompletionItemKind.Constant, item: CompletionItemKind.Reference, snippet: CompletionItemKind.Snippet,
};

/** A completion as an LSP item: its text as an edit of its range; a snippet's placeholders marked as such. */
export function toCompletionItem(c: Completion): CompletionItem {
  return { label: c.label, kind: COMPLETION_KIND[c.kind], detail: c.detail, filterText: c.filterText, sortText: c.sortText, textEdit: { range: c.range, newText: c.insertText }, ...(c.kind === 'snippet' ? { insertTextFormat: InsertTextFormat.Snippet } : {}) };
}

/** A hover's Markdown (escaped by the service) over its range. */
export function toHover(h: Hover): LspHover {
  return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range };
}

/** Where a target stands, as a location (definition, references). */
export function toLocation(o: Occurrence): Location {
  return { uri: o.uri, range: o.range };
}

/** An occurrence in the document as a highlight: its definition written, the others read. */
export function toDocumentHighlight(o: Occurrence): DocumentHighlight {
  return { range: o.range, kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read };
}

/** A code lens; `showOpenActions`, the command that opens the Actions view; an empty command informs without being a link. */
export function toCodeLens(l: Lens, showOpenActions: string): CodeLens {
  return { range: l.range, command: { title: l.title, command: l.showOpenActions ? showOpenActions : '' } };
}
