/**
 * The server's launcher (server/src/launch.ts): V8's compiled code kept between starts in the
 * folder the client gives, taken back by the next server, and never in the way of serving.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { BIN_SERVER, startServer } from '../support/lspClient';
import { MEETING } from '../support/util';
import { ImportPublishedRequest } from '#protocol';

const CACHE_NAME = /^server-[0-9a-f]{24}\.bin$/;

/**
 * A server started with `args` checks a meeting, as a clerk's first opening of a file asks, and
 * ends; with `importPage`, it also imports a web page (its reader is a file of its own, imported by
 * the server on first use, which a server run from a cache must still be able to do).
 */
async function serveOnce(args: readonly string[], importPage = false): Promise<void> {
  const server = await startServer(undefined, {}, BIN_SERVER, undefined, args);
  try {
    const uri = 'file:///code-cache/meeting.minutes';
    server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: `${MEETING}\nItem: Any other business\nNone.\n` } });
    const published = await server.diagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(published.diagnostics.some((d) => d.code === 'minutes/unnumbered-item'), 'the server read the meeting');
    if (importPage) {
      const page = '<!doctype html><html><body><h1>Parish Council</h1><p>12. Apologies for absence</p><p>Cllr Ames sent apologies.</p></body></html>';
      const imported = await server.connection.sendRequest(ImportPublishedRequest, { base64: Buffer.from(page).toString('base64'), name: 'minutes.html' });
      assert.ok('text' in imported && imported.text.includes('Cllr Ames sent apologies'), JSON.stringify(imported));
    }
  } finally {
    await server.stop();
  }
}

function withFolder(name: string, run: (folder: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `minutes-${name}-`));
    try {
      await run(path.join(dir, 'code-cache'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('a server keeps its compiled code when it ends, and the next one starts from it without writing it again', withFolder('code-cache', async (folder) => {
  await serveOnce([`--code-cache=${folder}`]);
  const files = fs.readdirSync(folder);
  assert.equal(files.length, 1, `one cache file and nothing left half-written: ${files.join(', ')}`);
  assert.match(files[0], CACHE_NAME);
  const file = path.join(folder, files[0]);
  const first = fs.statSync(file);
  // the code of reading a meeting is in it, not only the server's start (the start alone is about 0.3 MB)
  assert.ok(first.size > 600_000, `cache of ${first.size} bytes`);
  if (process.platform !== 'win32') {
    assert.equal(fs.statSync(folder).mode & 0o077, 0, 'the folder is the user\'s alone');
    assert.equal(first.mode & 0o077, 0, 'the file is the user\'s alone');
  }
  await serveOnce([`--code-cache=${folder}`], true);
  // V8 took the cache (one it refused would be written anew when the server ends)
  assert.equal(fs.statSync(file).mtimeMs, first.mtimeMs, 'the second server took the cache and did not write it again');
  assert.deepEqual(fs.readdirSync(folder), files);
}));

test('a damaged cache is passed over: the server serves as without it, and writes a good one', withFolder('code-cache-damaged', async (folder) => {
  await serveOnce([`--code-cache=${folder}`]);
  const [name] = fs.readdirSync(folder);
  const file = path.join(folder, name);
  const size = fs.statSync(file).size;
  const damaged = Buffer.alloc(size, 0x5a);
  fs.writeFileSync(file, damaged);
  await serveOnce([`--code-cache=${folder}`]);
  assert.notDeepEqual(fs.readFileSync(file), damaged, 'written anew');
  // and the new one is taken by the next server
  const written = fs.statSync(file).mtimeMs;
  await serveOnce([`--code-cache=${folder}`]);
  assert.equal(fs.statSync(file).mtimeMs, written);
}));

test('a cache folder that others may write to is not used: what it holds would be run as code', { skip: process.platform === 'win32' ? 'no owners and modes to compare on Windows' : false }, withFolder('code-cache-shared', async (folder) => {
  fs.mkdirSync(folder);
  fs.chmodSync(folder, 0o777);
  await serveOnce([`--code-cache=${folder}`]);
  assert.deepEqual(fs.readdirSync(folder), [], 'nothing written into it');
}));

test('when it writes its cache, the server removes other versions\' caches not written for a month, and keeps the others', withFolder('code-cache-prune', async (folder) => {
  fs.mkdirSync(folder, { mode: 0o700 });
  const stale = path.join(folder, `server-${'a'.repeat(24)}.bin`);
  const recent = path.join(folder, `server-${'b'.repeat(24)}.bin`);
  const notOurs = path.join(folder, 'notes.txt');
  for (const f of [stale, recent, notOurs]) fs.writeFileSync(f, 'x');
  const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
  fs.utimesSync(stale, fortyDaysAgo, fortyDaysAgo);
  fs.utimesSync(notOurs, fortyDaysAgo, fortyDaysAgo);
  await serveOnce([`--code-cache=${folder}`]);
  const left = fs.readdirSync(folder).sort();
  assert.equal(left.filter((f) => CACHE_NAME.test(f)).length, 2, left.join(', '));
  assert.ok(!left.includes(path.basename(stale)), 'the month-old cache of another version is removed');
  assert.ok(left.includes(path.basename(recent)), 'another version\'s cache in use is kept');
  assert.ok(left.includes('notes.txt'), 'a file Minutes did not write is left alone');
}));
