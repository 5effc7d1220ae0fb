/** Code lenses: actions and decisions per item, the open actions carried into the meeting, and whether it is an archive. */
import { archiveReason, codeLenses } from '#service';
import { SHOW_OPEN_ACTIONS_COMMAND } from '#protocol';
import type { ServerContext } from '../context';
import { toCodeLens } from '../convert';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    const parsed = ctx.analysis(doc).doc;
    const settings = ctx.cache.currentSettings;
    const model = ctx.index.model();
    const archive = archiveReason(parsed.meeting, doc.uri, settings, () => model);
    return codeLenses(parsed, doc.uri, model, archive, settings.dateOrder).map((l) => toCodeLens(l, SHOW_OPEN_ACTIONS_COMMAND));
  });
}
