import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver/node';
import { completions, type Completion } from '../service/index';
import type { ServerContext } from '../context';

const KIND: Record<Completion['kind'], CompletionItemKind> = {
  number: CompletionItemKind.Value, keyword: CompletionItemKind.Keyword, person: CompletionItemKind.Variable, date: CompletionItemKind.Constant, item: CompletionItemKind.Reference, snippet: CompletionItemKind.Snippet,
};

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion((params): CompletionItem[] | null => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const a = ctx.analysis(doc);
    const s = ctx.cache.currentSettings;
    return completions(a.doc, a.lines, params.position.line, params.position.character, doc.uri, ctx.today(), s.dateOrder, ctx.index.model(), s)
      .map((c) => ({ label: c.label, kind: KIND[c.kind], detail: c.detail, filterText: c.filterText, sortText: c.sortText, textEdit: { range: c.range, newText: c.insertText }, ...(c.kind === 'snippet' ? { insertTextFormat: InsertTextFormat.Snippet } : {}) }));
  });
}
