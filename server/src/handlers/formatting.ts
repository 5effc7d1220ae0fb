/** Format Document and Format Selection: numbers, aligned lists, blank lines, trailing spaces; never a word. */
import { formatSteps } from '#service';
import type { ServerContext } from '../context';
import { runSliced } from '../slices';

export function registerFormatting(ctx: ServerContext): void {
  // in slices: typing and other requests are answered while a long document is formatted
  ctx.connection.onDocumentFormatting((params, token) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? runSliced(formatSteps(ctx.analysis(doc).doc, doc.getText(), ctx.today()), token) : null;
  });
  ctx.connection.onDocumentRangeFormatting((params, token) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? runSliced(formatSteps(ctx.analysis(doc).doc, doc.getText(), ctx.today(), params.range), token) : null;
  });
}
