/**
 * The server's launcher (server/src/launch.ts): V8's compiled code kept between starts in the
 * folder the client gives, taken back by the next server, read only when it is the user's own and
 * whole, and never in the way of serving. What the launcher did is read from its trace
 * (`MINUTES_LAUNCH_TRACE=1`, on the standard error).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { BIN_SERVER, BUNDLED_SERVER, startServer } from '../support/lspClient';
import { MEETING } from '../support/util';
import { ImportPublishedRequest } from '#protocol';

process.env.MINUTES_LAUNCH_TRACE = '1';
const CACHE_NAME = /^server-[0-9a-f]{24}\.bin$/;
const POSIX = process.platform !== 'win32';

/**
 * A server started with the cache in `folder` checks a meeting, as a clerk's first opening of a
 * file asks, and ends; with `importPage`, it also imports a web page (its reader is a file of its
 * own, imported by the server on first use, which a server run from a cache must still be able to
 * do). The launcher's trace lines.
 */
async function serveOnce(folder: string, importPage = false): Promise<string[]> {
  const server = await startServer(undefined, {}, BIN_SERVER, undefined, [`--code-cache=${folder}`]);
  let said = '';
  server.process.stderr!.on('data', (d: Buffer) => { said += d.toString('utf8'); });
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
  return said.split('\n').filter((l) => l.startsWith('[minutes launch] ')).map((l) => l.slice('[minutes launch] '.length));
}

const has = (lines: readonly string[], start: string): boolean => lines.some((l) => l.startsWith(start));

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

/** A good cache for this build, written by a server in a folder of its own: its path. */
async function goodCache(folder: string): Promise<string> {
  const said = await serveOnce(folder);
  assert.ok(has(said, 'written: '), said.join('\n'));
  const [name] = fs.readdirSync(folder).filter((f) => CACHE_NAME.test(f));
  return path.join(folder, name);
}

test('a server keeps its compiled code when it ends, and the next one starts from it without writing it again', withFolder('code-cache', async (folder) => {
  const first = await serveOnce(folder);
  assert.ok(!has(first, 'taken'), first.join('\n'));
  assert.ok(has(first, 'written: '), first.join('\n'));
  const files = fs.readdirSync(folder);
  assert.equal(files.length, 1, `one cache file and nothing left half-written: ${files.join(', ')}`);
  assert.match(files[0], CACHE_NAME);
  const file = path.join(folder, files[0]);
  const written = fs.statSync(file);
  // the code of reading a meeting is in it, not only the server's start (the start alone is about 0.3 MB)
  assert.ok(written.size > 600_000, `cache of ${written.size} bytes`);
  if (POSIX) {
    assert.equal(fs.statSync(folder).mode & 0o077, 0, 'the folder is the user\'s alone');
    assert.equal(written.mode & 0o077, 0, 'the file is the user\'s alone');
  }
  const second = await serveOnce(folder, true);
  assert.ok(has(second, `taken: ${file}`), second.join('\n'));
  assert.ok(!has(second, 'written'), second.join('\n'));
  assert.equal(fs.statSync(file).mtimeMs, written.mtimeMs, 'not written again');
  assert.deepEqual(fs.readdirSync(folder), files);
}));

test('a cache damaged inside (V8 checks only its header) is not read: the server serves as without it, and writes a good one', withFolder('code-cache-damaged', async (folder) => {
  const file = await goodCache(folder);
  const bytes = fs.readFileSync(file);
  // a few bytes in the middle of the compiled code, the header and the length untouched
  for (const at of [100_000, 200_000, 300_000]) bytes[at] ^= 0xff;
  fs.writeFileSync(file, bytes);
  const said = await serveOnce(folder);
  assert.ok(has(said, `not read: ${file} is damaged`), said.join('\n'));
  assert.ok(!has(said, 'taken'), said.join('\n'));
  assert.ok(has(said, 'written: '), said.join('\n'));
  assert.notDeepEqual(fs.readFileSync(file), bytes, 'written anew');
  const next = await serveOnce(folder);
  assert.ok(has(next, `taken: ${file}`), next.join('\n'));
}));

test('a cache in a folder others may write to is not read: what it holds would be run as code', { skip: POSIX ? false : 'no owners and modes to compare on Windows' }, withFolder('code-cache-shared', async (folder) => {
  const good = await goodCache(`${folder}-own`);
  fs.mkdirSync(folder);
  fs.chmodSync(folder, 0o777);
  fs.copyFileSync(good, path.join(folder, path.basename(good)));
  const said = await serveOnce(folder);
  assert.ok(has(said, `not used: ${folder}`), said.join('\n'));
  assert.ok(!has(said, 'taken'), said.join('\n'));
  assert.deepEqual(fs.readdirSync(folder), [path.basename(good)], 'nothing written into it');
  fs.rmSync(`${folder}-own`, { recursive: true, force: true });
}));

test('a cache file others may write to, or a link in its place, is not read', { skip: POSIX ? false : 'no owners and modes to compare on Windows' }, withFolder('code-cache-file', async (folder) => {
  const file = await goodCache(folder);
  fs.chmodSync(file, 0o666);
  const open = await serveOnce(folder);
  assert.ok(has(open, `not read: ${file} is not this user's own file`), open.join('\n'));
  assert.ok(!has(open, 'taken'), open.join('\n'));
  // the good cache moved aside, a link to it in its place
  const aside = `${file}.aside`;
  fs.rmSync(file);
  const good = await goodCache(folder);
  fs.renameSync(good, aside);
  fs.symlinkSync(aside, file);
  const linked = await serveOnce(folder);
  assert.ok(has(linked, `not read: ${file}`), linked.join('\n'));
  assert.ok(!has(linked, 'taken'), linked.join('\n'));
}));

test('when it writes its cache, the server removes other versions\' caches not written for a month and partial writes a day old, and keeps the others', withFolder('code-cache-prune', async (folder) => {
  fs.mkdirSync(folder, { mode: 0o700 });
  const stale = path.join(folder, `server-${'a'.repeat(24)}.bin`);
  const recent = path.join(folder, `server-${'b'.repeat(24)}.bin`);
  const partial = path.join(folder, `server-${'c'.repeat(24)}.bin.4242.tmp`);
  const notOurs = path.join(folder, 'notes.txt');
  for (const f of [stale, recent, partial, notOurs]) fs.writeFileSync(f, 'x');
  const fortyDaysAgo = new Date(Date.now() - 40 * 24 * 3600 * 1000);
  for (const f of [stale, partial, notOurs]) fs.utimesSync(f, fortyDaysAgo, fortyDaysAgo);
  const said = await serveOnce(folder);
  assert.ok(has(said, 'written: '), said.join('\n'));
  const left = fs.readdirSync(folder).sort();
  assert.equal(left.filter((f) => CACHE_NAME.test(f)).length, 2, left.join(', '));
  assert.ok(!left.includes(path.basename(stale)), 'the month-old cache of another version is removed');
  assert.ok(!left.includes(path.basename(partial)), 'an old partial write is removed');
  assert.ok(left.includes(path.basename(recent)), 'another version\'s cache in use is kept');
  assert.ok(left.includes('notes.txt'), 'a file Minutes did not write is left alone');
}));

test("the server's code is kept as one string a byte a character, already in the loader's function: no second copy, no two bytes a character for one dash in a pattern", () => {
  const code = fs.readFileSync(path.join(path.dirname(BUNDLED_SERVER), 'serverCode.js'));
  const wide = code.findIndex((b) => b >= 0x80);
  assert.equal(wide, -1, `a character beyond ASCII at byte ${wide}: ${code.subarray(Math.max(0, wide - 40), wide + 10).toString('utf8')}`);
  assert.ok(code.subarray(0, 80).toString('latin1').startsWith('(function (exports, require, module, __filename, __dirname) {'));
});
