#!/usr/bin/env node
/**
 * Entry point of the language server process. `--stdio` for any LSP client
 * (`minutes-language-server --stdio`); VS Code's client starts it over node IPC.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const fixedToday = process.env.MINUTES_TODAY;
const today = fixedToday && /^\d{4}-\d{2}-\d{2}$/.test(fixedToday)
  ? (): Date => { const [y, m, d] = fixedToday.split('-').map(Number); return new Date(y, m - 1, d); }
  : undefined;

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error, still serving: ${e.stack ?? e.message}`));
startServer(connection, { today });
