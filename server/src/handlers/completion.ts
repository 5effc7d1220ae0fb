import type { CompletionItem } from 'vscode-languageserver/node';
import { completions } from '#service';
import type { ServerContext } from '../context';
import { toCompletionItem } from '../convert';

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion((params): CompletionItem[] | null => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const a = ctx.analysis(doc);
    const s = ctx.cache.currentSettings;
    return completions(a.doc, a.lines, params.position.line, params.position.character, doc.uri, ctx.today(), s.dateOrder, ctx.index.model(), s).map(toCompletionItem);
  });
}
