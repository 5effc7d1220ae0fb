/** Messages written with JSON text the server kept (rawJson.ts): the same JSON as the library would write. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { JsonMemo, messageText, rawJson } from '#server/rawJson';
import type { Message } from 'vscode-languageserver/node';

const value = { uri: 'file:///m%20eeting.minutes', version: 7, diagnostics: [{ message: 'Minute "081/22" – twice\n', range: [1, 2] }] };

test('a response or a notification carrying kept JSON text reads back as the value, and as JSON.stringify writes it', () => {
  const response = { jsonrpc: '2.0', id: 12, result: rawJson<typeof value>(JSON.stringify(value)) } as Message;
  assert.deepEqual(JSON.parse(messageText(response)), { jsonrpc: '2.0', id: 12, result: value });
  assert.equal(messageText(response), JSON.stringify({ jsonrpc: '2.0', id: 12, result: value }));
  // any other serializer (another transport, message tracing) sees the value itself
  assert.equal(JSON.stringify(response), messageText(response));

  const notification = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: rawJson<typeof value>(JSON.stringify(value)) } as Message;
  assert.equal(messageText(notification), JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: value }));

  const request = { jsonrpc: '2.0', id: 'a', method: 'minutes/x', params: rawJson<typeof value>(JSON.stringify(value)) } as Message;
  assert.deepEqual(JSON.parse(messageText(request)), { jsonrpc: '2.0', id: 'a', method: 'minutes/x', params: value });
});

test('other messages are written by JSON.stringify', () => {
  for (const m of [
    { jsonrpc: '2.0', id: 1, result: value },
    { jsonrpc: '2.0', id: 2, result: null },
    { jsonrpc: '2.0', id: 3, error: { code: -32601, message: 'Unhandled method' } },
    { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'Read 3 minutes files' } },
  ]) assert.equal(messageText(m as Message), JSON.stringify(m));
});

test('JsonMemo encodes an object once per key', () => {
  const memo = new JsonMemo<object>();
  const a = { x: 1 };
  let calls = 0;
  const encode = (): string => { calls++; return JSON.stringify(a); };
  assert.equal(memo.get(a, 'error file:///a', encode), '{"x":1}');
  assert.equal(memo.get(a, 'error file:///a', encode), '{"x":1}');
  assert.equal(calls, 1);
  a.x = 2; // kept objects are immutable in the server; a new key is what asks for the text again
  assert.equal(memo.get(a, 'warning file:///a', encode), '{"x":2}');
  assert.equal(calls, 2);
});
