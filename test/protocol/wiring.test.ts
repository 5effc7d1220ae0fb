/**
 * Each method the server offers is wired: one thin question per LSP method on one small meeting,
 * at positions found from its words (test/support/positions.ts), and an answer (not "method not
 * found") from every custom `minutes/*` request. What each feature answers in depth is tested at
 * the service level and in the other protocol files; this file fails when the server offers a
 * method that nothing here asks.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  CodeActionRequest, CodeLensRequest, CompletionRequest, DefinitionRequest, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification,
  DocumentFormattingRequest, DocumentHighlightRequest, DocumentRangeFormattingRequest, DocumentSymbolRequest, ErrorCodes, FoldingRangeRequest, HoverRequest,
  PrepareRenameRequest, ReferencesRequest, RenameRequest, ResponseError, WorkspaceSymbolRequest,
  type CodeAction, type CodeLens, type CompletionItem, type DocumentHighlight, type DocumentSymbol, type Hover, type Location, type MarkupContent,
  type SymbolInformation, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import * as protocol from '#protocol';
import { startServer, type TestServer } from '../support/lspClient';
import { positionAfter, positionOf, rangeOf, type Position } from '../support/positions';
import { applyEdits, textIn } from '../support/util';

const uri = 'file:///wiring/2022-11-22.minutes';
const TEXT = `# Strategic Policing and Crime Board
Date: 22/11/2022

Present:
Simon Foster (SF) : Police and Crime Commissioner
Vanessa Jardine (VJ) : Deputy Chief Constable

086/22 Apologies
None.   

087/22 Fleet Update
Presented by: VJ
SF noted the fleet's fuel costs.
ACTION: Report on fuel costs. Owner: VJ. Due: 20/12/2022.
ACTION: Brief the Board. Owner: 
`;

let server: TestServer;
/** The diagnostics published when the meeting was opened. */
let opened: Diagnostic[];
before(async () => {
  server = await startServer();
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: TEXT } });
  opened = (await server.diagnostics(uri)).diagnostics;
});
after(() => server.stop());

const doc = { textDocument: { uri } };
const at = (position: Position) => ({ ...doc, position });
const options = { tabSize: 4, insertSpaces: true };

test('the server offers these methods, and each is asked below', () => {
  assert.deepEqual(Object.keys(server.capabilities).sort(), [
    'codeActionProvider', 'codeLensProvider', 'completionProvider', 'definitionProvider', 'documentFormattingProvider', 'documentHighlightProvider',
    'documentRangeFormattingProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'hoverProvider', 'referencesProvider', 'renameProvider',
    'textDocumentSync', 'workspaceSymbolProvider',
  ], 'a method added to the server needs its wiring check here');
});

test('textDocument/didOpen, didChange and didClose: diagnostics follow the text', async () => {
  const other = 'file:///wiring/typing.minutes';
  const text = '# Board\nDate: 22/11/2022\n\n001/22 Item\nText.\n';
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: other, languageId: 'minutes', version: 1, text } });
  await server.diagnostics(other, (p) => p.version === 1);
  const end = positionAfter(text, 'Text.\n');
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: other, version: 2 }, contentChanges: [{ range: { start: end, end }, text: 'ACTION: Tell the Board.' }] });
  const changed = await server.diagnostics(other, (p) => p.diagnostics.some((d) => d.code === 'minutes/action-without-owner'));
  assert.equal(changed.diagnostics.find((d) => d.code === 'minutes/action-without-owner')!.range.start.line, end.line);
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: other } });
  await server.diagnostics(other, (p) => p.diagnostics.length === 0);
});

test('textDocument/documentSymbol and foldingRange: the meeting and its items', async () => {
  const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, doc)) as DocumentSymbol[];
  assert.equal(symbols[0].name, 'Strategic Policing and Crime Board');
  assert.ok(JSON.stringify(symbols).includes('087/22 Fleet Update'));
  const folds = (await server.connection.sendRequest(FoldingRangeRequest.type, doc)) ?? [];
  assert.ok(folds.some((f) => f.startLine === positionOf(TEXT, '087/22 Fleet Update').line), JSON.stringify(folds));
});

test('workspace/symbol: an item of an open meeting by its title', async () => {
  const found = ((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Fleet' })) ?? []) as SymbolInformation[];
  assert.ok(found.some((s) => s.name.includes('087/22 Fleet Update')), JSON.stringify(found));
});

test('textDocument/completion: the people of the meeting after "Owner:"', async () => {
  const items = ((await server.connection.sendRequest(CompletionRequest.type, at(positionAfter(TEXT, 'Brief the Board. Owner: ')))) ?? []) as CompletionItem[];
  assert.ok(items.some((i) => i.label.startsWith('Vanessa Jardine')), items.map((i) => i.label).join(' | '));
});

test('textDocument/hover: an item number shows its item', async () => {
  const h = (await server.connection.sendRequest(HoverRequest.type, at(positionOf(TEXT, '087/22 Fleet', { after: '08' })))) as Hover | null;
  assert.match((h?.contents as MarkupContent | undefined)?.value ?? '', /087\/22 Fleet Update/);
});

test('textDocument/definition, references and documentHighlight: initials lead to the attendance line', async () => {
  const initials = positionOf(TEXT, 'Presented by: VJ', { after: 'Presented by: V' });
  const defs = (await server.connection.sendRequest(DefinitionRequest.type, at(initials))) as Location[];
  assert.deepEqual(defs.map((l) => textIn(TEXT, l.range)), ['Vanessa Jardine']);
  assert.equal(defs[0].range.start.line, positionOf(TEXT, 'Vanessa Jardine (VJ)').line);
  const refs = (await server.connection.sendRequest(ReferencesRequest.type, { ...at(initials), context: { includeDeclaration: true } })) as Location[];
  assert.deepEqual(refs.map((l) => textIn(TEXT, l.range)).sort(), ['VJ', 'VJ', 'Vanessa Jardine']);
  const hl = (await server.connection.sendRequest(DocumentHighlightRequest.type, at(initials))) as DocumentHighlight[];
  assert.equal(hl.length, 3);
  // initials in the item's text: the server passes the document's lines
  const inText = (await server.connection.sendRequest(DefinitionRequest.type, at(positionOf(TEXT, 'SF noted', { after: 'S' })))) as Location[];
  assert.deepEqual(inText.map((l) => textIn(TEXT, l.range)), ['Simon Foster']);
});

test('textDocument/prepareRename and rename: an item number', async () => {
  const item = positionOf(TEXT, '087/22 Fleet', { after: '08' });
  const prep = (await server.connection.sendRequest(PrepareRenameRequest.type, at(item))) as { range: unknown; placeholder: string };
  assert.equal(prep.placeholder, '087/22');
  const edit = (await server.connection.sendRequest(RenameRequest.type, { ...at(item), newName: '090/22' })) as WorkspaceEdit;
  assert.match(applyEdits(TEXT, (edit.changes?.[uri] ?? []) as TextEdit[]), /^090\/22 Fleet Update$/m);
});

test('textDocument/codeAction: the fixes of a finding under the cursor', async () => {
  const empty = opened.find((d) => d.code === 'minutes/action-without-owner');
  assert.ok(empty, JSON.stringify(opened));
  assert.equal(empty.range.start.line, positionOf(TEXT, 'ACTION: Brief the Board.').line);
  const actions = ((await server.connection.sendRequest(CodeActionRequest.type, { ...doc, range: empty.range, context: { diagnostics: [empty] } })) ?? []) as CodeAction[];
  assert.ok(actions.some((a) => a.edit?.changes?.[uri] !== undefined), actions.map((a) => a.title).join(' | '));
});

test('textDocument/codeLens: the actions of an item', async () => {
  const lenses = ((await server.connection.sendRequest(CodeLensRequest.type, doc)) ?? []) as CodeLens[];
  const fleet = lenses.find((l) => l.range.start.line === positionOf(TEXT, '087/22 Fleet Update').line);
  assert.match(fleet?.command?.title ?? '', /^087\/22: 2 actions/, JSON.stringify(lenses));
});

test('textDocument/formatting and rangeFormatting: the trailing spaces go', async () => {
  const all = ((await server.connection.sendRequest(DocumentFormattingRequest.type, { ...doc, options })) ?? []) as TextEdit[];
  assert.match(applyEdits(TEXT, all), /^None\.$/m);
  const line = rangeOf(TEXT, 'None.   ');
  const some = ((await server.connection.sendRequest(DocumentRangeFormattingRequest.type, { ...doc, range: line, options })) ?? []) as TextEdit[];
  assert.match(applyEdits(TEXT, some), /^None\.$/m);
});

test('every custom minutes/* request of the protocol is answered, never "method not found"', async () => {
  const requests = Object.values(protocol as Record<string, unknown>).filter((v): v is { method: string } => typeof v === 'object' && v !== null && v.constructor.name === 'RequestType' && typeof (v as { method?: unknown }).method === 'string');
  assert.ok(requests.length >= 20, `only ${requests.length} requests found in #protocol`);
  for (const { method } of requests) {
    // the least each could be asked: an unknown meeting; a request that needs more answers with a reason or an error, but answers
    const answer = await server.connection.sendRequest(method, { uri: 'file:///wiring/none.minutes' }).then(() => 'answered', (e: unknown) => (e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound ? 'not wired' : 'answered'));
    assert.equal(answer, 'answered', method);
  }
});
