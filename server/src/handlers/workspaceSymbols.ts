import { workspaceSymbols } from '../service/index';
import { toSymbolInformation } from '../convert';
import type { ServerContext } from '../context';

export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol((params) => workspaceSymbols(ctx.index.entries(), params.query).map(toSymbolInformation));
}
