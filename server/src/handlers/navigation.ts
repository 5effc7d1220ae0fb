/** Go to definition, find references and document highlights: what is under the cursor, and where else it stands. */
import { definition, highlights, occurrences, targetAt } from '#service';
import type { ServerContext } from '../context';
import { checkCancelled } from '../slices';
import { toDocumentHighlight, toLocation } from '../convert';

export function registerNavigation(ctx: ServerContext): void {
  const targetOf = (uri: string, position: { line: number; character: number }) => {
    const doc = ctx.documents.get(uri);
    const analysis = doc && ctx.analysis(doc);
    const meeting = analysis?.doc.meeting;
    return meeting ? targetAt(meeting, position, analysis.lines) : undefined;
  };

  ctx.connection.onDefinition((params) => {
    const t = targetOf(params.textDocument.uri, params.position);
    return t ? definition(ctx.index.model(), params.textDocument.uri, t).map(toLocation) : null;
  });

  ctx.connection.onReferences((params, token) => {
    checkCancelled(token);
    const t = targetOf(params.textDocument.uri, params.position);
    if (!t) return null;
    return occurrences(ctx.index.model(), t).filter((o) => params.context.includeDeclaration || !o.definition).map(toLocation);
  });

  ctx.connection.onDocumentHighlight((params) => {
    const t = targetOf(params.textDocument.uri, params.position);
    if (!t) return null;
    return highlights(ctx.index.model(), params.textDocument.uri, t).map(toDocumentHighlight);
  });
}
