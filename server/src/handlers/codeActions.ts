import { fixesAt, toDiagnostics } from '../service/index';
import { toCodeAction, toLspDiagnostic } from '../convert';
import type { ServerContext } from '../context';
import { findingsOf } from './diagnostics';

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const settings = ctx.cache.currentSettings;
    return fixesAt(findingsOf(ctx, doc), params.range, settings).map((fix) => {
      const [d] = toDiagnostics([fix.finding], settings);
      return toCodeAction(fix, doc.uri, toLspDiagnostic(d, doc.uri));
    });
  });
}
