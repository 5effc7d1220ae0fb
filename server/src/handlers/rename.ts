/** Rename an item number (with every reference to it) or a person (with every mention by name). */
import { ResponseError, ErrorCodes, type WorkspaceEdit } from 'vscode-languageserver/node';
import { prepareRename, renameItem, renamePerson, targetAt, type RenameResult } from '#service';
import type { ServerContext } from '../context';
import { checkCancelled } from '../slices';
import { toWorkspaceEdit } from '../convert';

function renamed(r: RenameResult): WorkspaceEdit {
  // the clerk reads this message in the editor: say what to type instead
  if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
  return toWorkspaceEdit(r.edits);
}

export function registerRename(ctx: ServerContext): void {
  ctx.connection.onPrepareRename((params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    const meeting = doc && ctx.analysis(doc).doc.meeting;
    if (!meeting) return null;
    const r = prepareRename(meeting, params.position);
    if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
    return r;
  });

  ctx.connection.onRenameRequest(async (params, token) => {
    checkCancelled(token);
    const doc = ctx.documents.get(params.textDocument.uri);
    const meeting = doc && ctx.analysis(doc).doc.meeting;
    const target = meeting && targetAt(meeting, params.position);
    if (!doc || !target || target.kind === 'action' || target.kind === 'mention') return null;
    const model = ctx.index.model();
    if (target.kind === 'item') return renamed(renameItem(model, doc.uri, target, params.newName, ctx.cache.currentSettings.dateOrder));
    const across = ctx.cache.currentSettings.renameAcrossMeetings;
    const uris = across ? model.meetings.map((m) => m.uri) : [doc.uri];
    const texts = new Map<string, string>();
    for (const uri of uris) {
      const text = await ctx.textOf(uri);
      if (text !== undefined) texts.set(uri, text);
      checkCancelled(token); // each file read lets other messages in: a cancellation among them
    }
    return renamed(renamePerson(model, doc.uri, target, params.newName, { acrossMeetings: across, texts }));
  });
}
