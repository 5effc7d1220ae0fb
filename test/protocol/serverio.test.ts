/**
 * The server at its edges, against the real process: changes applied whatever version the
 * client gives them, one file under every name it may be given, requests before `initialize`
 * and unknown export formats refused, and a closed file outside the folders kept.
 */
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DocumentFormattingRequest, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, type TestServer } from '../support/lspClient';
import { MEETING } from '../support/util';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-serverio-'));
const started: TestServer[] = [];
after(async () => {
  for (const s of started) await s.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

async function start(folder?: string, init?: object): Promise<TestServer> {
  const s = await startServer(folder, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } }, undefined, init);
  started.push(s);
  return s;
}

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = await probe();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('a change sent without raising the version is applied, and Format works from the text as it is now', async () => {
  const server = await start();
  const uri = pathToFileURL(path.join(root, 'stale.minutes')).toString();
  // "81/22" is not written as NNN/YY: Format would write "081/22" over its five characters
  const before = `${MEETING}\n81/22 Estates Update\nText.\n`;
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: before } });
  await server.diagnostics(uri);
  // the clerk replaced the item with a sentence; the client kept version 1
  const now = before.replace('81/22 Estates Update\nText.', 'Agreed by all members present.');
  for (const version of [1, 0]) {
    server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: now }] });
  }
  const edits = ((await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) ?? []) as TextEdit[];
  const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'minutes', 1, now), edits);
  assert.ok(formatted.includes('Agreed by all members present.'), formatted);
  assert.ok(!formatted.includes('081/22'), 'nothing formatted from the text before the change');
  assert.ok(server.logs.some((l) => /a change came with version 0, not above 1; it is applied all the same/.test(l)), server.logs.join('\n'));
});
