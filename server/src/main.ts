/**
 * Entry point of the language server process. `--stdio` for any LSP client
 * (`minutes-language-server --stdio`, and VS Code's client); `--node-ipc` and `--socket` work too.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { rawJsonEncoder } from './rawJson';

const fixedToday = process.env.MINUTES_TODAY;
const today = fixedToday && /^\d{4}-\d{2}-\d{2}$/.test(fixedToday)
  ? (): Date => { const [y, m, d] = fixedToday.split('-').map(Number); return new Date(y, m - 1, d); }
  : undefined;

function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // Over stdio the writer is ours, to write the JSON the server keeps (rawJson.ts) as it is; stdin
  // as a stream, so that the library ends the process when the client closes it.
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: rawJsonEncoder });
  // The library takes a stream and a writer together (it wraps each argument on its own), but its
  // typings pair streams with streams and writers with readers.
  const connection = createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
  // stdout carries the protocol: anything written to the console goes to the client's log instead
  const log = (...args: unknown[]): void => connection.console.log(format(...args));
  console.log = log;
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = log;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.dir = (obj: unknown) => connection.console.log(format('%O', obj));
  console.trace = (...args: unknown[]) => connection.console.log(`${format(...args)}\n${new Error().stack ?? ''}`);
  return connection;
}

const connection = connect();
process.on('uncaughtException', (e) => connection.console.error(`Unexpected error, still serving: ${e.stack ?? e.message}`));
startServer(connection, { today });
