/**
 * Long requests against the real server (issue 17 §3): while an import or a format of tens of
 * thousands of items runs, the server still answers; a long request the client cancels is
 * answered with LSP's RequestCancelled error. No timings are asserted: the benchmark measures them.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  CancellationTokenSource, CodeActionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentSymbolRequest,
  LSPErrorCodes, ReferencesRequest, RenameRequest, ResponseError, WorkspaceSymbolRequest, type CancellationToken, type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/lspClient';
import { positionOf } from '../support/positions';
import { ActionTableRequest, ImportPublishedRequest } from '#protocol';

let server: TestServer;
before(async () => {
  server = await startServer();
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: SMALL, languageId: 'minutes', version: 1, text: '# Board\nDate: 27/09/2022\n\n077/22 Apologies\nNone.\n' } });
});
after(() => server.stop());

const SMALL = 'file:///hangs/small.minutes';
const BIG = 'file:///hangs/big.minutes';

/** Published minutes of `count` items: tabs, `<p>` debris and unpadded numbers for import to rewrite. */
function published(count: number): string {
  return ['STRATEGIC POLICING AND CRIME BOARD', 'Tuesday 27 September 2022', '', 'Attendees:', 'Simon Foster\t:\tPolice and Crime Commissioner', '',
    ...Array.from({ length: count }, (_, i) => `${(i % 999) + 1}/22\t<p>Item ${i} - Topic:</p> <p>The Board noted the report.</p>   `), ''].join('\n');
}

/** A cheap question the server answers at once when it is free: the outline of a small meeting. */
async function outline(): Promise<string[]> {
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SMALL } })) as DocumentSymbol[];
  const names = (list: readonly DocumentSymbol[]): string[] => list.flatMap((s) => [s.name, ...names(s.children ?? [])]);
  return names(symbols);
}


test('the server answers other requests while it imports 10,000 items, and the import keeps every item', async () => {
  let imported = false;
  const importing = server.connection.sendRequest(ImportPublishedRequest, { text: published(10_000) }).then((r) => { imported = true; return r; });
  const names = await outline();
  assert.equal(imported, false, 'the outline waited for the whole import');
  assert.ok(names.some((n) => n.includes('077/22')), names.join(', '));
  const r = await importing;
  assert.ok(!('error' in r), 'error' in r ? r.error : '');
  const { text } = r;
  assert.match(text, /^001\/22 Item 0 - Topic:$/m); // the title joined to its number
  assert.match(text, /^999\/22 Item 9989 - Topic:$/m);
  assert.equal(text.match(/The Board noted the report\./g)?.length, 10_000);
});

test('an import the client cancels is answered with RequestCancelled, and the server goes on answering', async () => {
  const source = new CancellationTokenSource();
  const importing = server.connection.sendRequest(ImportPublishedRequest, { text: published(10_000) }, source.token);
  await outline(); // the import has started and lets other messages in
  source.cancel();
  await assert.rejects(importing, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
  assert.ok((await outline()).some((n) => n.includes('077/22')));
});

test('a format of 40,000 items the client cancels is answered with RequestCancelled; not cancelled, it formats every item', async () => {
  const text = ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', '', ...Array.from({ length: 40_000 }, (_, i) => `${(i % 999) + 1}/2 2 Topic ${i}   \nThe Board noted the report.`), ''].join('\n');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: BIG, languageId: 'minutes', version: 1, text } });
  await server.diagnostics(BIG, () => true, 120_000); // the meeting read and checked: what follows is the format's own work
  const source = new CancellationTokenSource();
  const formatting = server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: BIG }, options: { tabSize: 2, insertSpaces: true } }, source.token);
  await outline();
  source.cancel();
  await assert.rejects(formatting, (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
  const edits = await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: BIG }, options: { tabSize: 2, insertSpaces: true } });
  // each item's number written 001/22 … and its trailing spaces gone, a blank line before it
  const numbers = (edits ?? []).map((e) => /^\n?(\d{3}\/22) Topic \d+\n$/.exec(e.newText)?.[1]).filter((n) => n !== undefined);
  assert.equal(numbers.length, 40_000);
});

test('references, workspace symbols, the action log, rename and code actions cancelled while the server is busy are answered with RequestCancelled', async () => {
  // a big meeting opened and asked for its outline: the server is busy reading it while the questions come in
  const BUSY = 'file:///hangs/busy.minutes';
  const text = ['# Strategic Policing and Crime Board', 'Date: 27/09/2022', '', ...Array.from({ length: 40_000 }, (_, i) => `${String((i % 999) + 1).padStart(3, '0')}/22 Topic ${i}\nThe Board noted the report.`), ''].join('\n');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: BUSY, languageId: 'minutes', version: 1, text } });
  const busy = server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: BUSY } });
  const at = { textDocument: { uri: BUSY }, position: positionOf(text, '001/22 Topic 0\n', { after: '0' }) };
  const asked: Array<[string, (token: CancellationToken) => Promise<unknown>]> = [
    ['references', (token) => server.connection.sendRequest(ReferencesRequest.type, { ...at, context: { includeDeclaration: true } }, token)],
    ['workspace symbols', (token) => server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Topic' }, token)],
    ['action log', (token) => server.connection.sendRequest(ActionTableRequest, {}, token)],
    ['rename', (token) => server.connection.sendRequest(RenameRequest.type, { ...at, newName: '002/22' }, token)],
    ['code actions', (token) => server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: BUSY }, range: { start: at.position, end: at.position }, context: { diagnostics: [] } }, token)],
  ];
  const answers = asked.map(([name, ask]) => {
    const source = new CancellationTokenSource();
    const answer = ask(source.token).then(() => `${name}: answered`, (e: unknown) => (e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled ? `${name}: cancelled` : `${name}: ${String(e)}`));
    source.cancel();
    return answer;
  });
  assert.deepEqual(await Promise.all(answers), asked.map(([name]) => `${name}: cancelled`));
  await busy;
});

test('2,000 items of one minute number: the editor lists 500 duplicates and one line saying how many more', async () => {
  const uri = 'file:///hangs/same-number.minutes';
  const text = ['# Board', 'Date: 27/09/2022', '', ...Array.from({ length: 2000 }, (_, i) => `001/22 Topic ${i}\nThe Board noted the report.\n`)].join('\n');
  const published = server.diagnostics(uri, (p) => p.diagnostics.length > 0, 60_000);
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  const { diagnostics } = await published;
  const duplicates = diagnostics.filter((d) => d.code === 'minutes/duplicate-number');
  assert.equal(duplicates.length, 501);
  // 1,499 here, and more when other open meetings of the server carry the number too
  const more = /^([\d,]+) more like the 500 listed above \(Two items carry the same minute number/.exec(String(duplicates[500].message));
  assert.ok(more && Number(more[1].replace(/,/g, '')) >= 1499, String(duplicates[500].message));
  // the line stands where the first unlisted duplicate is
  assert.ok(duplicates[500].range.start.line > duplicates[499].range.start.line);
});
