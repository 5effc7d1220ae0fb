import type { Hover } from 'vscode-languageserver/node';
import { hover } from '#service';
import type { ServerContext } from '../context';
import { toHover } from '../convert';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover((params): Hover | null => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const h = hover(ctx.analysis(doc).doc, params.position.line, params.position.character, doc.uri, ctx.index.model(), ctx.cache.currentSettings.dateOrder);
    return h ? toHover(h) : null;
  });
}
