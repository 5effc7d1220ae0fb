/**
 * The room as the clerk types, against the real server (issue 20, in the editor), on the council's
 * April meeting (test/fixtures/council/2025-04-01.minutes) with a quorum of half the membership:
 * completion after `Moved:` and `Seconded:` offers only the members present and eligible for the
 * item there; `minutes/roomAt` says who is in the room and whether the meeting is quorate; and
 * `minutes/recordMovement` writes a departure that the server then counts;
 * `minutes/decisionsWithVotes` lists the votes of the folder's three meetings.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CompletionRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, type CompletionItem } from 'vscode-languageserver-protocol/node';
import { startServer, until, BIN_SERVER, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';
import { positionOf } from '../support/positions';
import type { DecisionWithVote, RecordMovementResult, RoomAtResult } from '#protocol';

let server: TestServer;
let folder: string;
let uri: string;
let text: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-room-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'council'), folder, { recursive: true });
  server = await startServer(folder, {}, BIN_SERVER, { settings: { quorum: 0.5 } });
  uri = pathToFileURL(path.join(folder, '2025-04-01.minutes')).toString();
  text = fs.readFileSync(path.join(folder, '2025-04-01.minutes'), 'utf8');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const lines = (): string[] => text.split('\n');
/** The first line starting with `start` at or after the line starting with `after`. */
const lineOf = (start: string, after: string): number => { const ls = lines(); return ls.findIndex((l, i) => i >= ls.findIndex((x) => x.startsWith(after)) && l.startsWith(start)); };

async function offered(line: number, character: number): Promise<string[]> {
  const items = ((await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } })) ?? []) as CompletionItem[];
  return items.map((c) => c.label).sort();
}

test('completion after Moved: and Seconded: offers only the members who may vote on that item', async () => {
  // 044/25: Keswick left the room for a pecuniary interest; Hughes joined at 19:25, before the motion;
  // Evans seconded it, so he is not offered as its mover
  assert.deepEqual(await offered(lineOf('Moved:', '044/25'), 'Moved: '.length), ['Cllr Ahmed', 'Cllr Brown', 'Cllr Chen', 'Cllr Fisher', 'Cllr Hughes', 'Cllr Ortega']);
  // 046/25: Evans left the meeting at 20:05, in the item before; Keswick is back; the clerk is never
  // offered; Brown moved the amendment, so he is not offered as its seconder
  assert.deepEqual(await offered(lineOf('Seconded:', '046/25'), 'Seconded: '.length), ['Cllr Ahmed', 'Cllr Chen', 'Cllr Fisher', 'Cllr Hughes', 'Cllr Keswick', 'Cllr Ortega']);
});

test('minutes/roomAt and minutes/recordMovement: a departure recorded at the cursor is counted at once', async () => {
  const at = lineOf('Result:', '046/25');
  const room = (await server.connection.sendRequest('minutes/roomAt', { uri, position: { line: at, character: 0 } })) as RoomAtResult | null;
  assert.equal(room?.item?.number, '046/25');
  assert.deepEqual([room?.eligible.length, room?.quorum, room?.membership, room?.quorate], [7, 4, 8, true]);
  assert.ok(room?.inRoom.includes('Jo Marsh') && room.notVoting.includes('Jo Marsh'));
  assert.ok(room?.elsewhere.includes('Cllr Evans'), 'gone, so an arrival may name him');

  const r = (await server.connection.sendRequest('minutes/recordMovement', { uri, position: { line: at, character: 3 }, name: 'Cllr Ahmed', change: 'left', time: '20:30' })) as RecordMovementResult;
  assert.ok(!('error' in r), 'error' in r ? r.error : '');
  assert.equal(r.sentence, 'Cllr Ahmed left the meeting at 20:30.');
  const ls = lines();
  ls.splice(at + 1, 0, r.sentence);
  assert.deepEqual(r.edits, [{ range: { start: { line: at, character: lines()[at].length }, end: { line: at, character: lines()[at].length } }, newText: `\n${r.sentence}` }]);
  text = ls.join('\n');
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
  const after = (await server.connection.sendRequest('minutes/roomAt', { uri, position: { line: at + 2, character: 0 } })) as RoomAtResult | null;
  assert.deepEqual([after?.eligible.length, after?.inRoom.includes('Cllr Ahmed')], [6, false]);

  const refused = (await server.connection.sendRequest('minutes/recordMovement', { uri, position: positionOf(text, 'Time: 19:00'), name: 'Cllr Ahmed', change: 'left', time: '20:30' })) as RecordMovementResult;
  assert.match('error' in refused ? refused.error : '', /Put the cursor in the item/);
});

test('minutes/decisionsWithVotes: every vote of the folder, newest meeting first, with result and counts', async () => {
  const all = await until('the three meetings read', async () => {
    const r = (await server.connection.sendRequest('minutes/decisionsWithVotes', {})) as DecisionWithVote[];
    return new Set(r.map((d) => d.meetingDate)).size === 3 ? r : undefined;
  });
  assert.equal(all[0].meetingDate, '2025-05-06');
  const lost = all.filter((d) => d.result === 'lost').map((d) => [d.item, d.kind, d.for, d.against, d.outcome]);
  assert.deepEqual(lost, [['046/25', 'amendment', 3, 4, 'For 3, Against 4, Abstain 0. LOST.']]);
  assert.ok(all.some((d) => d.item === '037/25' && d.confidential === true), 'the exempt item\'s vote is marked');
});
