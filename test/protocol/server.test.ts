/** Protocol tests: the real server process, spoken to over stdio as any LSP client would. */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DocumentSymbolRequest,
  FoldingRangeRequest, WorkspaceSymbolRequest, CodeActionRequest, DidChangeWatchedFilesNotification, FileChangeType,
  type DocumentSymbol, type CodeAction, type SymbolInformation, type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { copyBundle, startServer, type TestServer } from '../support/lspClient';
import { ExportMeetingRequest } from '#protocol';
import { MEETING, applyEdits, corpusText } from '../support/util';

let server: TestServer;
let folder: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-protocol-'));
  fs.mkdirSync(path.join(folder, '2020'));
  fs.writeFileSync(path.join(folder, '2020', '2020-01-21.minutes'), corpusText('spcb-2020-01-21.txt'));
  fs.writeFileSync(path.join(folder, 'notes.txt'), '999/99 Not minutes\n');
  server = await startServer(folder);
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
let version = 1;

function open(uri: string, text: string): void {
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: version++, text } });
}

test('didOpen publishes diagnostics with codes, severities and clerk-readable messages', async () => {
  const uri = uriOf('live.minutes');
  open(uri, `${MEETING}\n081/22 Access to Police Services\nText.\n\nItem 6 – Fairness and Belonging\nACTION: Publish the data.\n`);
  const p = await server.diagnostics(uri);
  const byCode = new Map(p.diagnostics.map((d) => [d.code, d]));
  const unnumbered = byCode.get('minutes/unnumbered-item');
  assert.ok(unnumbered);
  assert.equal(unnumbered.severity, 2);
  assert.equal(unnumbered.source, 'minutes');
  assert.match(String(unnumbered.message), /no minute number.*082\/22/);
  assert.equal(byCode.get('minutes/action-without-owner')?.severity, 2);
  assert.equal(byCode.get('minutes/action-without-due-date')?.severity, 3);
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
});

test('didChange (incremental) updates the diagnostics as the user types', async () => {
  const uri = uriOf('typing.minutes');
  const text = `${MEETING}\n081/22 Access to Police Services\nText.\n`;
  open(uri, text);
  const first = await server.diagnostics(uri);
  assert.equal(first.diagnostics.filter((d) => d.severity! <= 2).length, 0);
  const line = text.split('\n').length - 1;
  // type an action with no owner at the end, in two keystrokes' worth of edits
  const typed = ['ACTION: Circ', 'ulate the data.'];
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: typed[0] }] });
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: { line, character: typed[0].length }, end: { line, character: typed[0].length } }, text: typed[1] }] });
  const after = await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'minutes/action-without-owner'));
  const d = after.diagnostics.find((x) => x.code === 'minutes/action-without-owner')!;
  assert.equal(d.range.start.line, line);
  // and fixing it makes the warning go away
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: { line, character: typed.join('').length }, end: { line, character: typed.join('').length } }, text: ' Owner: Andy Beard. Due: next meeting.' }] });
  await server.diagnostics(uri, (p) => !p.diagnostics.some((x) => x.code === 'minutes/action-without-owner'));
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  const closed = await server.diagnostics(uri, (p) => p.diagnostics.length === 0);
  assert.deepEqual(closed.diagnostics, []);
});

test('documentSymbol gives the outline of a published meeting', async () => {
  const uri = uriOf('2022-09-27.minutes');
  open(uri, corpusText('spcb-2022-09-27.txt'));
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  assert.equal(symbols.length, 1);
  const meeting = symbols[0];
  assert.equal(meeting.name, 'STRATEGIC POLICING AND CRIME BOARD');
  assert.equal(meeting.detail, 'Tuesday 27 September 2022');
  const names = meeting.children!.map((c) => c.name);
  assert.deepEqual(names.slice(0, 2), ['Present', 'Apologies']);
  const plan = meeting.children!.find((c) => c.name === 'Police and Crime Plan')!;
  assert.deepEqual(plan.children!.map((c) => c.name), ['081/22 Access to Police Services', '082/22 Fairness and Belonging', '083/22 Reducing Violence']);
  const violence = plan.children![2];
  assert.equal(violence.children![0].name.startsWith('Action 1: The findings of trends'), true);
});

test('foldingRange folds people blocks, sections and items', async () => {
  const uri = uriOf('2022-09-27.minutes');
  const folds = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
  assert.ok(folds);
  const text = corpusText('spcb-2022-09-27.txt').split('\n');
  const line = (s: string) => text.findIndex((l) => l.startsWith(s));
  assert.ok(folds.some((f) => f.startLine === line('081/22')), 'item 081/22 folds');
  assert.ok(folds.some((f) => f.startLine === line('Police and Crime Plan')), 'the section folds');
  assert.ok(folds.some((f) => f.startLine === line('Attendees:')), 'the attendees fold');
});

test('workspace/symbol finds items across the files of the workspace, read from disk', async () => {
  const find = async (query: string) => {
    for (let i = 0; i < 100; i++) {
      const r = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as SymbolInformation[];
      if (r.some((s) => s.location.uri.includes('/2020/'))) return r;
      await new Promise((res) => setTimeout(res, 50)); // the index fills after initialized
    }
    throw new Error('the 2020 file never appeared in the index');
  };
  const r = await find('004/20');
  assert.deepEqual(r.map((s) => s.name), ['004/20 Sex Offender Management – Lessons Learned']);
  assert.equal(r[0].location.uri, uriOf('2020/2020-01-21.minutes'));
  const words = await find('brexit');
  assert.equal(words[0].name, '010/20 Brexit and Policing');
  assert.equal((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '999/99' }) as SymbolInformation[]).length, 0, 'a .txt file is not read');
});

test('the index follows files created and deleted on disk', async () => {
  const file = path.join(folder, 'new.minutes');
  fs.writeFileSync(file, '# Board\nDate: 01/12/2026\n\n201/26 Zebra crossings\nText.\n');
  server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type: FileChangeType.Created }] });
  let found: SymbolInformation[] = [];
  for (let i = 0; i < 100 && found.length === 0; i++) {
    found = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zebra' })) as SymbolInformation[];
    if (found.length === 0) await new Promise((res) => setTimeout(res, 20));
  }
  assert.equal(found[0]?.name, '201/26 Zebra crossings');
  fs.rmSync(file);
  server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type: FileChangeType.Deleted }] });
  for (let i = 0; i < 100 && found.length > 0; i++) {
    found = (await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zebra' })) as SymbolInformation[];
    if (found.length > 0) await new Promise((res) => setTimeout(res, 20));
  }
  assert.equal(found.length, 0);
});

test('codeAction offers the quick fix, and its edit inserts the right number', async () => {
  const uri = uriOf('fix.minutes');
  const text = `${MEETING}\n081/22 Access to Police Services\nText.\n\nItem 6 – Fairness and Belonging\nText.\n`;
  open(uri, text);
  const p = await server.diagnostics(uri);
  const d = p.diagnostics.find((x) => x.code === 'minutes/unnumbered-item')!;
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const fix = actions.find((a) => a.title === 'Insert minute number 082/22');
  assert.ok(fix, `offered: ${actions.map((a) => a.title).join(', ')}`);
  assert.equal(fix.kind, 'quickfix');
  assert.equal(fix.isPreferred, true);
  assert.equal(fix.diagnostics?.[0].code, 'minutes/unnumbered-item');
  const edits = fix.edit!.changes![uri] as TextEdit[];
  assert.match(applyEdits(text, edits), /\n082\/22 Item 6 – Fairness and Belonging\n/);
});

test('requests for unknown documents answer empty, and the server keeps serving', async () => {
  const uri = uriOf('never-opened.minutes');
  assert.equal(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
  assert.equal(await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), null);
  const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('2022-09-27.minutes') } });
  assert.ok(Array.isArray(symbols) && symbols.length === 1);
});

test('malformed input from a client gets an error answer, and the server keeps serving', async () => {
  const uri = uriOf('hostile.minutes');
  open(uri, `${MEETING}\n081/22 Access\nText.\n`);
  await server.diagnostics(uri);
  // a change far outside the document: clamped, not a crash
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: version++ }, contentChanges: [{ range: { start: { line: 9999, character: 9999 }, end: { line: 10005, character: 0 } }, text: '\nACTION: Added at the end.' }] });
  await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'minutes/action-without-owner'));
  // an unknown method and a request with nonsense parameters: error answers
  await assert.rejects(server.connection.sendRequest('minutes/noSuchRequest', {}), /Unhandled method|not found/i);
  await assert.rejects(server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: null, context: { diagnostics: [] } } as never));
  // a request for a document that was closed
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  assert.equal(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), null);
  // and it still serves
  const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('2022-09-27.minutes') } });
  assert.ok(Array.isArray(symbols) && symbols.length === 1);
  assert.equal(server.process.exitCode, null);
});

test('the bundled server, the one file the .vsix carries, starts over stdio, checks a meeting and exports it to Word', async () => {
  // run from a folder with no node_modules above it, as in the installed extension
  const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-bundle-'));
  const bundled = await startServer(folder, {}, copyBundle(alone));
  try {
    const uri = uriOf('bundled.minutes');
    bundled.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: `${MEETING}\nItem: Any other business\nNone.\n` } });
    const published = await bundled.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d) => d.code === 'minutes/unnumbered-item'));
    // Word export loads its library on first use: it must be inside the bundle, not in a node_modules the .vsix lacks
    const word = await bundled.connection.sendRequest(ExportMeetingRequest, { uri, to: 'docx', version: 'full' });
    assert.ok('base64' in word, JSON.stringify(word));
    assert.equal(Buffer.from(word.base64, 'base64').subarray(0, 2).toString('latin1'), 'PK', 'a docx is a zip');
  } finally {
    await bundled.stop();
    fs.rmSync(alone, { recursive: true, force: true });
  }
});
