/**
 * `minutes/attendance` and the item hover against the real server, on the council's three
 * meetings (test/fixtures/council/): attendance per member across meetings and item by item,
 * one meeting by its uri, the report as text; the diagnostics of the proceedings with the
 * quorum and the kinds of interest set by the client.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { startServer, until, BIN_SERVER, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';
import type { AttendanceResult } from '#protocol';

let server: TestServer;
let folder: string;
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-council-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'council'), folder, { recursive: true });
  server = await startServer(folder, {}, BIN_SERVER, { settings: { quorum: 0.5 } });
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('minutes/attendance: each member\'s meetings attended of meetings held, and each meeting item by item', async () => {
  const all = await until('the folder to be read', async () => {
    const r = (await server.connection.sendRequest('minutes/attendance', {})) as AttendanceResult;
    return r.report.meetings.length === 3 ? r : undefined;
  });
  const keswick = all.report.members.find((m) => m.name === 'Cllr Keswick');
  assert.deepEqual([keswick?.attended, keswick?.held], [1, 3]);
  assert.equal(all.text, undefined); // no format asked: the data alone
  const april = all.report.meetings[1];
  assert.deepEqual(april.items.find((i) => i.number === '044/25')?.withdrawn, ['Cllr Keswick']);
  // one meeting, as CSV
  const one = (await server.connection.sendRequest('minutes/attendance', { uri: uriOf('2025-05-06.minutes'), format: 'csv' })) as AttendanceResult;
  assert.deepEqual(one.report.meetings.map((m) => m.date), ['2025-05-06']);
  assert.match(one.text ?? '', /^member,meeting date,meeting,status,attended,held\n/);
  assert.ok(one.text?.includes('Cllr Evans,2025-05-06,Ashby Town Council: Planning and Licensing Committee,apologies,0,1'), one.text);
});

test('hover on an item number shows who was in the room for it; the proceedings\' checks reach the editor', async () => {
  const uri = uriOf('2025-05-06.minutes');
  const text = fs.readFileSync(path.join(folder, '2025-05-06.minutes'), 'utf8');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  const line = text.split('\n').indexOf('058/25 Date of next meeting');
  const h = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: 2 } })) as Hover | null;
  const md = (h?.contents as MarkupContent | undefined)?.value ?? '';
  assert.match(md, /Present and eligible to vote \(3\): Cllr Ortega, Cllr Chen, Cllr Patel/);
  assert.match(md, /Also present, not voting: Jo Marsh/);
  const diags = await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'minutes/inquorate-item'), 30000);
  const codes = diags.diagnostics.map((d) => String(d.code)).filter((c) => /voter-not-present|interest-participation|vote-count|inquorate-item|departure-without-time|arrival-not-listed/.test(c));
  assert.deepEqual(codes.sort(), ['minutes/arrival-not-listed', 'minutes/departure-without-time', 'minutes/inquorate-item', 'minutes/interest-participation', 'minutes/vote-count', 'minutes/vote-count', 'minutes/vote-count', 'minutes/voter-not-present']);
});
