/**
 * The workspace index saved between sessions (`initializationOptions.indexFolder`): the real
 * server saves it, a restart reads unchanged files from it and parses the changed, new and
 * deleted ones from the disk, and a damaged save is read around, never trusted.
 */
import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, BIN_SERVER, until, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';
import type { ActionEntry } from '#protocol';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-saved-index-'));
const folder = path.join(root, 'meetings');
const indexFolder = path.join(root, 'storage');
fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
const started: TestServer[] = [];
// a failed assertion must not leave a server running (the test process would wait for it)
after(async () => {
  for (const s of started) await s.stop();
  fs.rmSync(root, { recursive: true, force: true });
});


/** Starts the server on the folder, waits for it to have read it, and returns it with its "Read …" line. */
async function open(): Promise<{ server: TestServer; read: string }> {
  const server = await startServer(folder, {}, BIN_SERVER, { indexFolder });
  started.push(server);
  const read = await until('the folder to be read', () => server.logs.find((l) => l.startsWith('Read ')));
  return { server, read };
}

const refsAndTexts = async (server: TestServer): Promise<string[]> =>
  ((await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[]).map((a) => `${a.ref} ${a.status}: ${a.text}`).sort();

test('a restart reads unchanged meetings from the saved index, and changed, new and deleted files from the disk', async () => {
  let { server, read } = await open();
  assert.match(read, /^Read 3 minutes files in \d+ ms \(0 unchanged since the index was saved\)\.$/);
  const first = await refsAndTexts(server);
  assert.equal(first.length, 3);
  await until('the index to be saved', () => server.logs.find((l) => l.startsWith('Saved the index of 3 minutes files')));
  await server.stop();
  assert.ok(fs.readdirSync(path.join(indexFolder, 'index')).some((f) => f.endsWith('.json')), 'the index is saved in the folder given');

  // nothing changed: every meeting from the saved index, and the same log
  ({ server, read } = await open());
  assert.match(read, /\(3 unchanged since the index was saved\)/);
  assert.deepEqual(await refsAndTexts(server), first);
  await server.stop();

  // one meeting edited (its action reworded), one deleted, one added, while the server was away
  const september = path.join(folder, '2022-09-27.minutes');
  fs.writeFileSync(september, fs.readFileSync(september, 'utf8').replace('Share the repeat-caller data', 'Publish the repeat-caller figures'));
  fs.rmSync(path.join(folder, '2022-07-26.minutes'));
  fs.writeFileSync(path.join(folder, '2022-11-29.minutes'), '# Board\nDate: 29/11/2022\n\n086/22 Estates Update\nACTION: Survey the custody suites. Owner: Mark Kenyon. Due: 31/01/2023.\n');
  ({ server, read } = await open());
  assert.match(read, /^Read 3 minutes files .*\(1 unchanged since the index was saved\)/, 'only October is unchanged');
  // September's action as reworded, July's gone with its file, November's new
  assert.deepEqual(await refsAndTexts(server), [
    '079/22-A1 done: Publish the repeat-caller figures with the Board.',
    '085/22-A1 open: Brief the Board on the Conservative Party Conference.',
    '086/22-A1 open: Survey the custody suites.',
  ]);
  await until('the index to be saved', () => server.logs.find((l) => l.startsWith('Saved the index of 3 minutes files')));
  await server.stop();
});

test('a damaged saved index is read around: every file is parsed again, the server says so, and the index is written anew', async () => {
  const dir = path.join(indexFolder, 'index');
  const parts = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(parts.length > 0);
  // cut short, as a crash or a full disk leaves a file
  for (const f of parts) { const file = path.join(dir, f); fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 60)); }
  const expected = [...parts];
  let { server, read } = await open();
  assert.match(read, /\(0 unchanged since the index was saved\)/);
  assert.ok(server.logs.some((l) => l.includes(`${expected.length} of 64 parts of the saved index of this workspace are damaged`)), server.logs.join('\n'));
  assert.equal((await refsAndTexts(server)).length, 3);
  await until('the index to be saved', () => server.logs.find((l) => l.startsWith('Saved the index')));
  await server.stop();
  ({ server, read } = await open());
  assert.match(read, /\(3 unchanged since the index was saved\)/, 'the rewritten index is whole again');
  await server.stop();
});

test('a change of date order reads the folder again: the files and the saved index were read the other way', async () => {
  const { server } = await open();
  const before = (await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[];
  assert.equal(before.find((a) => a.ref === '085/22-A1')?.meetingDate, '2022-10-25');
  server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: { dateOrder: 'mdy' } } });
  const again = await until('the folder to be read again', () => server.logs.filter((l) => l.startsWith('Read '))[1]);
  assert.match(again, /\(0 unchanged since the index was saved\)/, 'views parsed day first are not used month first');
  assert.ok(server.logs.some((l) => l.includes('with other settings')), server.logs.join('\n'));
  // 25/10/2022 is no date month first: the meeting has no date now
  const after = (await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[];
  assert.equal(after.find((a) => a.ref === '085/22-A1')?.meetingDate, undefined);
  await server.stop();
});

test('with minutes.saveIndex off the saved index is deleted and none is written; back on, it is saved again', async () => {
  const dir = path.join(indexFolder, 'index');
  const { server } = await open();
  assert.ok(fs.existsSync(dir));
  server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: { saveIndex: false } } });
  const again = await until('the folder to be read again', () => server.logs.filter((l) => l.startsWith('Read '))[1]);
  assert.doesNotMatch(again, /unchanged since/, 'no saved index is read');
  assert.equal(fs.existsSync(dir), false, 'no copy of the meetings is left in the editor\'s storage');
  assert.equal(((await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[]).length, 3, 'the action log is whole all the same');
  const saves = server.logs.filter((l) => l.startsWith('Saved the index')).length;
  server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { minutes: { saveIndex: true } } });
  await until('the index to be saved', () => server.logs.filter((l) => l.startsWith('Saved the index'))[saves]);
  assert.ok(fs.readdirSync(dir).length > 0);
  await server.stop();
});

test('where the index cannot be saved the log says so, and the meetings are read all the same', async () => {
  // a file where the storage folder should be: nothing can be written under it
  const blocked = path.join(root, 'not-a-folder');
  fs.writeFileSync(blocked, 'a file, not a folder');
  const server = await startServer(folder, {}, BIN_SERVER, { indexFolder: blocked });
  started.push(server);
  await until('the folder to be read', () => server.logs.find((l) => l.startsWith('Read 3 minutes files')));
  const why = await until('the failure to be logged', () => server.logs.find((l) => l.startsWith('Could not save the workspace index')));
  assert.ok(why.includes(blocked), why);
  assert.equal(((await server.connection.sendRequest('minutes/actions', {})) as ActionEntry[]).length, 3);
  await server.stop();
});
