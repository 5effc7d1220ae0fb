/** Code lenses: actions and decisions per item, and the open actions carried into the meeting. */
import { codeLenses } from '../service/index';
import { SHOW_OPEN_ACTIONS_COMMAND } from '../protocol';
import type { ServerContext } from '../context';

export function registerCodeLens(ctx: ServerContext): void {
  ctx.connection.onCodeLens((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc) return null;
    return codeLenses(ctx.analysis(doc).doc, doc.uri, ctx.index.model()).map((l) => ({
      range: l.range,
      // a lens with an empty command informs without being a link
      command: { title: l.title, command: l.showOpenActions ? SHOW_OPEN_ACTIONS_COMMAND : '' },
    }));
  });
}
