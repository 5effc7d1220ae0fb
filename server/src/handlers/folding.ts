import { foldingRanges } from '#service';
import { toFoldingRange } from '../convert';
import type { ServerContext } from '../context';

export function registerFolding(ctx: ServerContext): void {
  ctx.connection.onFoldingRanges((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    return doc ? foldingRanges(ctx.analysis(doc).doc).map(toFoldingRange) : null;
  });
}
