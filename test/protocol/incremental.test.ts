/**
 * Incremental sync, as a property: a random sequence of incremental `didChange` edits leaves the
 * real server with the same outline as parsing the final text from scratch.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DidOpenTextDocumentNotification, DidChangeTextDocumentNotification, DocumentSymbolRequest, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { documentSymbols, parse, splitLinesForTests, type OutlineSymbol } from '#service';
import { startServer, type TestServer } from '../support/lspClient';
import { pieceDocument } from '../support/arbitraries';
import { applyEdits } from '../support/util';

let server: TestServer;
before(async () => { server = await startServer(); });
after(async () => { await server.stop(); });

type Shape = [string, number, number, number, number, Shape[]];
const shapeOf = (s: { name: string; range: { start: { line: number; character: number }; end: { line: number; character: number } }; children?: unknown[] }): Shape =>
  [s.name.trim(), s.range.start.line, s.range.start.character, s.range.end.line, s.range.end.character, ((s.children ?? []) as typeof s[]).map(shapeOf)];

const edit = fc.record({ a: fc.nat(), b: fc.nat(), text: fc.oneof(pieceDocument.map((d) => d.slice(0, 60)), fc.constantFrom('', '\n', '\r\n', 'x', '081/22 ', 'ACTION: ')) });

test('random incremental edits give the same outline as parsing the final text', async () => {
  let n = 0;
  await fc.assert(fc.asyncProperty(pieceDocument, fc.array(edit, { minLength: 1, maxLength: 15 }), async (initial, edits) => {
    const uri = `file:///incremental-${n++}.minutes`;
    let version = 1;
    let text = initial;
    server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version, text } });
    for (const e of edits) {
      const lines = splitLinesForTests(text);
      const l1 = e.a % lines.length;
      const l2 = Math.min(lines.length - 1, l1 + (e.b % 3));
      const c1 = e.a % (lines[l1].length + 1);
      const c2 = l2 === l1 ? Math.max(c1, e.b % (lines[l2].length + 1)) : e.b % (lines[l2].length + 1);
      const range = { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } };
      text = applyEdits(text, [{ range, newText: e.text }]);
      server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: e.text }] });
    }
    const fromServer = ((await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
    const fromScratch = documentSymbols(parse(text)).map((s: OutlineSymbol) => shapeOf(s));
    assert.deepEqual(fromServer.map(shapeOf), fromScratch);
  }), { numRuns: Number(process.env.MINUTES_FUZZ_RUNS ?? 60) > 60 ? 200 : 60, seed: 20261122 });
});
