/**
 * Published minutes are an archive, over the protocol: the real server on a copy of the fixture
 * workspace, with last year's published minutes opened as minutes, a meeting marked
 * `Status: Published`, and the outline's kinds (icons) and words.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, DocumentSymbolRequest, CodeLensRequest, SymbolKind, type CodeLens, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/lspClient';
import { CORPUS, ROOT } from '../support/util';

let server: TestServer;
let folder: string;
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-archive-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  fs.copyFileSync(path.join(CORPUS, 'spcb-2023-12-19-with-2024-01-agenda.txt'), path.join(folder, 'spcb-2023-12-19-with-2024-01-agenda.txt'));
  server = await startServer(folder);
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

function open(name: string, text = fs.readFileSync(path.join(folder, name), 'utf8')): string {
  const uri = uriOf(name);
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  return uri;
}

test('last year\'s published minutes opened as minutes: no PDF debris in numbers, no owners to add, and a lens says why', async () => {
  const uri = open('spcb-2023-12-19-with-2024-01-agenda.txt');
  const p = await server.diagnostics(uri);
  const codes = p.diagnostics.map((d) => String(d.code));
  for (const quiet of ['minutes/malformed-number', 'minutes/action-without-owner', 'minutes/action-without-due-date', 'minutes/unknown-person', 'minutes/non-canonical']) {
    assert.ok(!codes.includes(quiet), `${quiet} on an archive: ${p.diagnostics.map((d) => d.message).join(' | ')}`);
  }
  const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
  assert.ok(lenses.some((l) => /^Archive \(.*published text.*\): only numbering, references and actions are checked$/.test(l.command?.title ?? '')), lenses.map((l) => l.command?.title).join(' | '));
});

test('a .minutes file whose header says "Status: Published" is an archive; its numbers used twice are still reported', async () => {
  const text = fs.readFileSync(path.join(folder, '2022-09-27.minutes'), 'utf8');
  // as written, the September meeting has an item with no number
  const draft = await server.diagnostics(open('2022-09-27.minutes'), (p) => p.diagnostics.some((d) => d.code === 'minutes/unnumbered-item'));
  assert.ok(draft.diagnostics.length > 0);
  const published = text.replace('Chair: Simon Foster\n', 'Chair: Simon Foster\nStatus: Published\n').replace(/^079\/22/m, '078/22');
  const uri = open('2022-09-27-copy.minutes', published);
  const p = await server.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'minutes/duplicate-number'));
  // the item with no number, the spelling of names: nothing to say on a published record; the numbering still counts
  const codes = [...new Set(p.diagnostics.map((d) => String(d.code)))];
  assert.ok(codes.every((c) => ['minutes/duplicate-number', 'minutes/number-out-of-sequence'].includes(c)), codes.join(', '));
});

test('the outline: icons that fit (a page, lists, a number, a bolt) and no kind a programmer would name', async () => {
  const uri = open('2022-10-25.minutes');
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
  const all = (s: DocumentSymbol[]): DocumentSymbol[] => s.flatMap((x) => [x, ...all(x.children ?? [])]);
  const kinds = new Map(all(symbols).map((s) => [s.name, s.kind]));
  assert.equal(symbols[0].kind, SymbolKind.File, 'the meeting is a page of minutes');
  assert.equal(kinds.get('Present'), SymbolKind.Enum, 'a list of people');
  assert.equal(kinds.get('Simon Foster'), SymbolKind.EnumMember, 'one of the list');
  const item = all(symbols).find((s) => /^\d{3}\/22 /.test(s.name))!;
  assert.equal(item.kind, SymbolKind.Number, 'an item is its minute number');
  const action = all(symbols).find((s) => s.name.startsWith('Action 1'))!;
  assert.equal(action.kind, SymbolKind.Event);
  // the tooltip names the kind: "(key)", "(namespace)", "(module)", "(array)", "(field)" are a programmer's words
  for (const s of all(symbols)) assert.ok(![SymbolKind.Key, SymbolKind.Namespace, SymbolKind.Module, SymbolKind.Array, SymbolKind.Field, SymbolKind.Object, SymbolKind.Package].includes(s.kind as never), `${s.name}: kind ${s.kind}`);
});
