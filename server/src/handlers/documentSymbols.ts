import { approvalNote, documentSymbols } from '#service';
import { toDocumentSymbol } from '../convert';
import type { ServerContext } from '../context';

export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? documentSymbols(ctx.analysis(doc).doc, approvalNote(ctx.index.model(), doc.uri)).map(toDocumentSymbol) : null;
  });
}
