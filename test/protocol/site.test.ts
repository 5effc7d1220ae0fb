/**
 * Protocol: `minutes/buildSite` (*Minutes: Build Public Website…*) over the real bundled server:
 * the meetings of the folder (an open document as the editor holds it, unsaved words included)
 * made into the public website in the folder the client chose, the search library copied from
 * beside the bundle, and nothing of a confidential item in any file.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { BUNDLED_SERVER, startServer, type TestServer } from '../support/lspClient';
import { meetingWith, SECRET_WORDS } from '../support/publicOutputs';
import { ROOT } from '../support/util';

let server: TestServer;
let folder: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-proto-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'workspace'))) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', f), path.join(folder, f));
  const text = meetingWith('088/22 [confidential] Quillfeather Tender').replace('Date: 27/09/2022', 'Date: 22/11/2022');
  const file = path.join(folder, '2022-11-22.minutes');
  fs.writeFileSync(file, text);
  server = await startServer(folder, {}, BUNDLED_SERVER);
  // typed in the editor, not saved yet: the site is built from what the clerk sees
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: pathToFileURL(file).toString(), languageId: 'minutes', version: 1, text: text.replace('The Chair welcomed everyone.', 'The Chair welcomed everyone to Hollowmere.') } });
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('minutes/buildSite writes the public website of the folder where the client asks', async () => {
  const out = path.join(folder, 'public-site');
  const r: { meetings: number; files: number; index: string } = await server.connection.sendRequest('minutes/buildSite', { folder: pathToFileURL(folder).toString(), out: pathToFileURL(out).toString() });
  assert.equal(r.meetings, 4);
  assert.equal(r.index, `${pathToFileURL(out).toString()}/index.html`);
  const files = fs.readdirSync(out, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(out, f)).isFile());
  assert.equal(files.length, r.files);
  assert.match(fs.readFileSync(path.join(out, 'assets', 'minisearch.js'), 'utf8'), /MiniSearch/);
  assert.match(fs.readFileSync(path.join(out, 'meetings', '2022-11-22.html'), 'utf8'), /welcomed everyone to Hollowmere/);
  for (const f of files) {
    const content = fs.readFileSync(path.join(out, f), 'utf8').toLowerCase();
    for (const w of SECRET_WORDS) assert.ok(!content.includes(w.toLowerCase()), `"${w}" in ${f}`);
  }
});

test('minutes/buildSite says what to choose when the folder holds no meetings', async () => {
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-empty-'));
  const r: { error: string } = await server.connection.sendRequest('minutes/buildSite', { folder: pathToFileURL(empty).toString(), out: pathToFileURL(path.join(empty, 'site')).toString() });
  assert.match(r.error, /holds no \.minutes files: choose the folder of the board's meetings/);
  assert.ok(!fs.existsSync(path.join(empty, 'site')));
});
