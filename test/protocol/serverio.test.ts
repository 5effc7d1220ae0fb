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
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, HoverRequest, ResponseError } from 'vscode-languageserver-protocol/node';
import { startServer, BIN_SERVER, until, type TestServer } from '../support/lspClient';
import { MEETING, ROOT } from '../support/util';
import { positionOf } from '../support/positions';
import type { ActionEntry } from '#protocol';

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
  // no version at all: applied too; Format now finds the number to write out
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: null as unknown as number }, contentChanges: [{ text: before }] });
  const again = ((await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) ?? []) as TextEdit[];
  assert.match(TextDocument.applyEdits(TextDocument.create(uri, 'minutes', 1, before), again), /\n081\/22 Estates Update\nText\.\n$/);
});

test('a request before initialize is refused with ServerNotInitialized (-32002), and a notification before it is dropped', async () => {
  const child = spawn(process.execPath, [BIN_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  try {
    const uri = pathToFileURL(path.join(root, 'early.minutes')).toString();
    const title = positionOf(MEETING, '# Strategic Policing', { after: '# S' });
    connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: MEETING } });
    for (const ask of [
      () => connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: title }),
      () => connection.sendRequest('minutes/actions', {}),
    ]) {
      await assert.rejects(ask(), (e: unknown) => e instanceof ResponseError && e.code === -32002 && /not initialized/.test(e.message));
    }
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    connection.sendNotification('initialized', {});
    // served now; the document opened too early was not taken in
    assert.deepEqual(await connection.sendRequest('minutes/actions', {}), []);
    assert.equal(await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: title }), null);
  } finally {
    connection.dispose();
    child.kill();
  }
});

test('export with an unknown format or version is an error that says what to ask for, never Markdown or the full version instead', async () => {
  const server = await start();
  const uri = pathToFileURL(path.join(root, 'export.minutes')).toString();
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: `${MEETING}\n081/22 Estates Update\nText.\n` } });
  assert.deepEqual(await server.connection.sendRequest('minutes/exportMeeting', { uri, to: 'pdf', version: 'public' }), { error: 'Minutes can be exported as html, docx, md, notice-html, notice-docx, notice-md, not "pdf".' });
  assert.deepEqual(await server.connection.sendRequest('minutes/exportMeeting', { uri, to: 'md', version: 'publc' }), { error: 'The version is public or full, not "publc".' });
  assert.ok('base64' in ((await server.connection.sendRequest('minutes/exportMeeting', { uri, to: 'md', version: 'public' })) as object));
});

test('one meeting under every name it is given: VS Code\'s encoding, "..", a folder through a link; no duplicate of itself, no ghost after deletion', async () => {
  const folder = path.join(root, 'board');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  const file = path.join(folder, "2022-09-27 (draft) O'Hara & co, [v2]!.minutes");
  fs.renameSync(path.join(folder, '2022-09-27.minutes'), file);
  fs.mkdirSync(path.join(folder, 'sub'));
  fs.symlinkSync(folder, path.join(root, 'link'));
  const server = await start(folder);
  const actions = async (): Promise<ActionEntry[]> => (await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[];
  await until('the folder to be read', async () => ((await actions()).length === 3 ? true : undefined));
  const text = fs.readFileSync(file, 'utf8');
  const base = path.basename(file);
  // as VS Code writes it: every one of ( ) ' & , ! [ ] percent-encoded
  const vscode = `${pathToFileURL(folder).toString()}/${encodeURIComponent(base).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
  const dotted = pathToFileURL(path.join(folder, 'sub')).toString() + `/../${encodeURIComponent(base)}`;
  const linked = pathToFileURL(path.join(root, 'link', base)).toString();
  let version = 1;
  for (const uri of [vscode, dotted, linked]) {
    server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: version++, text } });
    // diagnostics come back under the name the client used, with no item a duplicate of itself
    const d = await server.diagnostics(uri);
    assert.deepEqual(d.diagnostics.filter((x) => x.code === 'minutes/duplicate-number'), [], `${uri}: ${JSON.stringify(d.diagnostics.map((x) => x.message))}`);
    assert.deepEqual((await actions()).map((a) => a.ref).sort(), ['075/22-A1', '079/22-A1', '085/22-A1'], `${uri}: each action once`);
    server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  // deleted on disk, reported under yet another spelling: gone, no ghost copy left
  fs.rmSync(file);
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: dotted, type: 3 }] });
  await until('the meeting to be gone', async () => ((await actions()).length === 2 ? true : undefined));
});

test('a workspace with more files than are read: the clerk is told what was skipped', async () => {
  const folder = path.join(root, 'many');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  process.env.MINUTES_MAX_FILES = '2';
  let server: TestServer;
  try { server = await start(folder); } finally { delete process.env.MINUTES_MAX_FILES; }
  const said = await until('the skipped files to be reported', () => server.shown.find((m) => m.startsWith('This workspace has more than 2 minutes files')));
  assert.match(said, /read the first 2 and skipped the rest/);
  assert.ok(server.logs.some((l) => l === said));
  await until('the folder to be read', () => server.logs.find((l) => l.startsWith('Read 2 minutes files')));
});

test('a meeting opened from outside the workspace folders keeps its actions and numbers in the workspace once closed, until it is deleted', async () => {
  const folder = path.join(root, 'kept');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  const elsewhere = path.join(root, 'downloads');
  fs.mkdirSync(elsewhere);
  const file = path.join(elsewhere, '2022-11-29.minutes');
  const text = '# Strategic Policing and Crime Board\nDate: 29/11/2022\n\n086/22 Estates Update\nACTION: Survey the custody suites. Owner: Mark Kenyon. Due: 31/01/2023.\n';
  fs.writeFileSync(file, text);
  const server = await startServer(folder, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } });
  started.push(server);
  const refs = async (): Promise<string[]> => ((await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[]).map((a) => a.ref).sort();
  await until('the folder to be read', async () => ((await refs()).length === 3 ? true : undefined));
  const uri = pathToFileURL(file).toString();
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  await server.diagnostics(uri);
  assert.ok((await refs()).includes('086/22-A1'));
  server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  // its diagnostics are cleared as for any closed file
  assert.deepEqual((await server.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics, []);
  // the clerk opens the next meeting: numbering continues after the closed one, and its action is still in the log
  const next = pathToFileURL(path.join(folder, '2022-12-20.minutes')).toString();
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: next, languageId: 'minutes', version: 1, text: '# Strategic Policing and Crime Board\nDate: 20/12/2022\n\n086/22 Apologies\nNone.\n' } });
  const d = await server.diagnostics(next);
  assert.ok(d.diagnostics.some((x) => x.code === 'minutes/duplicate-number'), `086/22 is taken by the closed meeting: ${JSON.stringify(d.diagnostics.map((x) => x.message))}`);
  assert.deepEqual(await refs(), ['075/22-A1', '079/22-A1', '085/22-A1', '086/22-A1']);
  // another file beside it, never opened, is no part of the workspace
  const other = path.join(elsewhere, 'unrelated.minutes');
  fs.writeFileSync(other, text.replace('086/22', '099/22'));
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(other).toString(), type: 1 }] });
  await server.connection.sendRequest('minutes/actions', {});
  assert.ok(!(await refs()).includes('099/22-A1'));
  // deleted: gone, nothing stale left
  fs.rmSync(file);
  server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
  await until('the meeting to be gone', async () => ((await refs()).length === 3 ? true : undefined));
});

test('a workspace folder given through a link: files are answered under the folder as the client named it', async () => {
  const real = path.join(root, 'real-board');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), real, { recursive: true });
  const link = path.join(root, 'board-link');
  fs.symlinkSync(real, link);
  const server = await start(link);
  const actions = async (): Promise<ActionEntry[]> => (await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[];
  await until('the folder to be read', async () => ((await actions()).length === 3 ? true : undefined));
  const uri = pathToFileURL(path.join(link, '2022-11-29.minutes')).toString();
  const text = '# Strategic Policing and Crime Board\nDate: 29/11/2022\n\n086/22 Matters Arising\nSee 079/22.\n';
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  await server.diagnostics(uri);
  const found = (await server.connection.sendRequest('textDocument/definition', { textDocument: { uri }, position: positionOf(text, 'See 079/22', { after: 'See 07' }) })) as Array<{ uri: string }>;
  assert.deepEqual(found.map((l) => l.uri), [pathToFileURL(path.join(link, '2022-09-27.minutes')).toString()]);
});
