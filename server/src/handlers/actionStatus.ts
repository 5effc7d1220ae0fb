/**
 * `minutes/setActionStatus`: the Actions view's *Mark Done*, *Carried Forward* and *Dropped*. The
 * server works out the edit of the latest meeting (changing the status line it already has for
 * the action, else adding one); the client applies it, so the clerk can undo it.
 */
import { noSuchAction, setStatusInLatest, splitLines } from '#service';
import { SetActionStatusRequest, type SetActionStatusResult } from '#protocol';
import type { ServerContext } from '../context';

export function registerActionStatus(ctx: ServerContext): void {
  ctx.connection.onRequest(SetActionStatusRequest, async (params): Promise<SetActionStatusResult> => {
    const model = ctx.index.model();
    const record = model.actions.find((a) => a.ref === params.ref && a.uri === params.uri) ?? model.actionsByRef.get(params.ref);
    if (!record) return { error: noSuchAction(params.ref) };
    const latest = model.meetings[model.meetings.length - 1];
    const text = latest ? await ctx.textOf(latest.uri) : undefined;
    const lines = text === undefined ? undefined : splitLines(text);
    const set = setStatusInLatest(model, record.ref, params.status, params.note ?? '', (uri, line) => (latest && uri === latest.uri ? lines?.[line] : undefined));
    return 'error' in set ? set : { uri: set.uri, edits: set.edits, message: set.message };
  });
}
