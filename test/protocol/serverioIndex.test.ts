/**
 * The saved index against what it finds on disk (the real server): a folder with the clerk's own
 * files in it keeps every one of them, a part too large for its meetings is not read, and a part
 * of valid JSON but the wrong shape is read around; both are written anew.
 */
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer, BIN_SERVER, until, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';
import type { ActionEntry } from '#protocol';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-serverio-index-'));
const started: TestServer[] = [];
after(async () => {
  for (const s of started) await s.stop();
  fs.rmSync(root, { recursive: true, force: true });
});


function meetings(name: string): string {
  const folder = path.join(root, name);
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  return folder;
}

async function open(folder: string, indexFolder: string): Promise<TestServer> {
  const server = await startServer(folder, {}, BIN_SERVER, { indexFolder });
  started.push(server);
  await until('the folder to be read', () => server.logs.find((l) => l.startsWith('Read ')));
  return server;
}

const actionTexts = async (server: TestServer): Promise<string[]> =>
  ((await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[]).map((a) => `${a.ref}: ${a.text}`).sort();

test('an index folder holding the clerk\'s own files: none is deleted or written over, with the index saved or turned off', async () => {
  const folder = meetings('own-files');
  const storage = path.join(root, 'clerk-folder');
  const own = path.join(storage, 'index');
  fs.mkdirSync(own, { recursive: true });
  // the clerk's own: numbered JSON files, notes, and one with the very name of an index part
  const theirs: Record<string, string> = {
    '07.json': '{"budget": 1200}', '00.json': '{"members": 12}', 'notes.txt': 'Agenda ideas', 'minutes-index-05.json': '{"mine": true}',
  };
  for (const [name, text] of Object.entries(theirs)) fs.writeFileSync(path.join(own, name), text);
  const server = await open(folder, storage);
  await until('the index to be saved', () => server.logs.find((l) => l.startsWith('Saved the index')));
  for (const [name, text] of Object.entries(theirs)) assert.equal(fs.readFileSync(path.join(own, name), 'utf8'), text, `${name} kept as the clerk wrote it`);

  // the clerk turns the saved index off: the server's parts go, the clerk's files and folder stay
  const reads = server.logs.filter((l) => l.startsWith('Read ')).length;
  server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: { saveIndex: false } } });
  await until('the folder to be read again', () => server.logs.filter((l) => l.startsWith('Read '))[reads]);
  assert.deepEqual(fs.readdirSync(own).sort(), Object.keys(theirs).sort(), 'only the server\'s own parts were deleted');
  for (const [name, text] of Object.entries(theirs)) assert.equal(fs.readFileSync(path.join(own, name), 'utf8'), text);
  assert.ok(server.logs.some((l) => l.includes('that Minutes did not write')), server.logs.join('\n'));
  await server.stop();
});

/** The saved part holding `file`'s meeting, and that entry, after a first server has saved the index. */
function partOf(storage: string, file: string): { part: string; data: { entries: unknown[][] }; entry: unknown[] } {
  const uri = pathToFileURL(file).toString();
  const dir = path.join(storage, 'index');
  for (const name of fs.readdirSync(dir)) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as { entries: unknown[][] };
    const entry = data.entries.find((e) => e[0] === uri);
    if (entry) return { part: path.join(dir, name), data, entry };
  }
  throw new Error(`no part holds ${uri}`);
}

async function savedOnce(folder: string, storage: string): Promise<void> {
  const server = await open(folder, storage);
  await until('the index to be saved', () => server.logs.find((l) => l.startsWith('Saved the index')));
  await server.stop();
}

test('a part far larger than its meetings can need is not read (it would take all memory at every start), and is written anew', async () => {
  const folder = meetings('huge-part');
  const storage = path.join(root, 'huge-storage');
  await savedOnce(folder, storage);
  const { part, data, entry } = partOf(storage, path.join(folder, '2022-10-25.minutes'));
  // a forged view for the unchanged file, its action reworded, padded to 8 MB
  const view = JSON.parse(JSON.stringify(entry[3]).replace('Brief the Board on the Conservative Party Conference', 'Forged action')) as Record<string, unknown>;
  view.padding = 'x'.repeat(8 * 1024 * 1024);
  entry[3] = view;
  fs.writeFileSync(part, JSON.stringify(data));
  const server = await open(folder, storage);
  assert.ok(server.logs.some((l) => l.startsWith(`Part ${path.basename(part)} of the saved index is 8 MB, more than`) && l.includes('it is not read, and is written anew')), server.logs.join('\n'));
  assert.ok((await actionTexts(server)).includes('085/22-A1: Brief the Board on the Conservative Party Conference.'), 'the meeting is read from its file');
  await until('the part to be written anew', () => (fs.statSync(part).size < 1024 * 1024 ? true : undefined));
  await server.stop();
});

test('a part of valid JSON but the wrong shape (items: [null]) is read around: requests answer, diagnostics come, the part is written anew', async () => {
  const folder = meetings('bad-shape');
  const storage = path.join(root, 'shape-storage');
  await savedOnce(folder, storage);
  const { part, data, entry } = partOf(storage, path.join(folder, '2022-10-25.minutes'));
  (entry[3] as { meeting: { items: unknown[] } }).meeting.items = [null];
  fs.writeFileSync(part, JSON.stringify(data));
  const server = await open(folder, storage);
  assert.equal((await actionTexts(server)).length, 3, 'every meeting\'s action, October\'s from its file');
  const symbols = (await server.connection.sendRequest('workspace/symbol', { query: '' })) as unknown[];
  assert.ok(symbols.length > 0);
  const uri = pathToFileURL(path.join(folder, '2022-10-25.minutes')).toString();
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: fs.readFileSync(path.join(folder, '2022-10-25.minutes'), 'utf8') } });
  assert.ok(Array.isArray((await server.diagnostics(uri)).diagnostics), 'diagnostics are published');
  await until('the part to be written anew', () => (partOf(storage, path.join(folder, '2022-10-25.minutes')).entry[3] as { meeting: { items: unknown[] } }).meeting.items[0] !== null ? true : undefined);
  await server.stop();
});
