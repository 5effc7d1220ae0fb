/** Format Document and Format Selection: numbers, aligned lists, blank lines, trailing spaces; never a word. */
import { formatDocument } from '../service/index';
import type { ServerContext } from '../context';

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? formatDocument(ctx.analysis(doc).doc, doc.getText(), ctx.today()) : null;
  });
  ctx.connection.onDocumentRangeFormatting((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? formatDocument(ctx.analysis(doc).doc, doc.getText(), ctx.today(), params.range) : null;
  });
}
