import { workspaceSymbols } from '#service';
import { toSymbolInformation } from '../convert';
import type { ServerContext } from '../context';
import { checkCancelled } from '../slices';

export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol((params, token) => { checkCancelled(token); return workspaceSymbols(ctx.index.entries(), params.query).map(toSymbolInformation); });
}
