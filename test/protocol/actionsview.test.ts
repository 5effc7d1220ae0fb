/**
 * The Actions view's requests against the real server on the fixture folder (July, September,
 * October 2022): a status written from the view changes the latest meeting's status line for the
 * action instead of contradicting it; the export lists what the view shows, grouped as it groups.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-protocol/node';
import { startOnFixtureWorkspace, type TestServer } from '../support/lspClient';
import { applyEdits, words } from '../support/util';
import { lineOf } from '../support/positions';
import { ExportRequest, SetActionStatusRequest } from '#protocol';

let server: TestServer;
let folder: string;
let stop: () => Promise<void>;
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
const textOf = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');

before(async () => {
  ({ server, folder, stop } = await startOnFixtureWorkspace('minutes-actionsview-'));
});
after(() => stop());

test('Dropped with a note from the view: the October meeting\'s CARRIED FORWARD line becomes DROPPED, its note kept and the new one added', async () => {
  const r = await server.connection.sendRequest(SetActionStatusRequest, { uri: uriOf('2022-07-26.minutes'), ref: '075/22-A1', status: 'dropped', note: 'the contract was cancelled' });
  assert.ok(!('error' in r), JSON.stringify(r));
  assert.equal(r.uri, uriOf('2022-10-25.minutes'));
  assert.equal(r.message, `Dropped 075/22-A1 in 2022-10-25.minutes: changed its CARRIED FORWARD line (line ${lineOf(textOf('2022-10-25.minutes'), '075/22-A1 CARRIED FORWARD') + 1}).`);
  const before = textOf('2022-10-25.minutes');
  const after = applyEdits(before, r.edits as TextEdit[]);
  assert.match(after, /^075\/22-A1 DROPPED: awaiting the fuel contract; the contract was cancelled$/m);
  assert.doesNotMatch(after, /CARRIED FORWARD/);
  assert.equal(after.split('\n').length, before.split('\n').length, 'no second status line');
  for (const w of words(before).filter((x) => x !== 'CARRIED' && x !== 'FORWARD:')) assert.ok(words(after).includes(w), `kept "${w}"`);
});

test('Mark Done on an action October already records as done, or on one written in October itself, is refused with a reason', async () => {
  const again = await server.connection.sendRequest(SetActionStatusRequest, { uri: uriOf('2022-09-27.minutes'), ref: '079/22-A1', status: 'done', note: '' });
  assert.ok('error' in again && again.error === `079/22-A1 is already done in 2022-10-25.minutes (line ${lineOf(textOf('2022-10-25.minutes'), '079/22-A1 DONE') + 1}).`, JSON.stringify(again));
  const own = await server.connection.sendRequest(SetActionStatusRequest, { uri: uriOf('2022-10-25.minutes'), ref: '085/22-A1', status: 'done' });
  assert.ok('error' in own && /085\/22-A1 was written in the latest meeting \(2022-10-25\.minutes\)/.test(own.error), JSON.stringify(own));
});

test('the export lists what the view shows: its groups in order, one owner\'s group alone', async () => {
  const groups = [
    { title: 'Mark Kenyon', actions: [{ uri: uriOf('2022-07-26.minutes'), ref: '075/22-A1' }] },
    { title: 'Chief Constable', actions: [{ uri: uriOf('2022-10-25.minutes'), ref: '085/22-A1' }] },
  ];
  const { text } = await server.connection.sendRequest(ExportRequest, { format: 'md', groupedBy: 'By owner', groups });
  assert.match(text, /^## Mark Kenyon\n\n\| Reference \| Action .*\n.*\n\| 075\/22-A1 \| Report on fuel costs\. \|[^\n]*\n\n## Chief Constable\n\n[^\n]*\n[^\n]*\n\| 085\/22-A1 \| Brief the Board/);
  assert.doesNotMatch(text, /079\/22-A1/, 'an action the view does not show is not exported');
  const csv = await server.connection.sendRequest(ExportRequest, { format: 'csv', groupedBy: 'By owner', groups: groups.slice(0, 1) });
  assert.equal(csv.text.split('\r\n')[0], 'By owner,Reference,Action,Owner,Due,Status,Meeting date');
  assert.match(csv.text.split('\r\n')[1], /^Mark Kenyon,075\/22-A1,Report on fuel costs\.,/);
  assert.equal(csv.text.split('\r\n').filter((l) => l).length, 2);
});
