/**
 * Protocol: `minutes/exportMeeting` with `template` (issue 21 §4), over the real server: the Word
 * document takes the template's header; a template that is not one is said, not ignored.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { Document, Header, Packer, Paragraph } from 'docx';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';

let server: TestServer;
let folder: string;
let uri: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-word-template-'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), path.join(folder, '2022-11-22.minutes'));
  server = await startServer(folder);
  uri = pathToFileURL(path.join(folder, '2022-11-22.minutes')).toString();
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: fs.readFileSync(path.join(folder, '2022-11-22.minutes'), 'utf8') } });
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('minutes/exportMeeting with a template: the public minutes in the board\'s letterhead', async () => {
  const template = await Packer.toBuffer(new Document({ sections: [{ headers: { default: new Header({ children: [new Paragraph('Testshire Police and Crime Panel')] }) }, children: [] }] }));
  const r: { base64?: string; error?: string } = await server.connection.sendRequest('minutes/exportMeeting', { uri, to: 'docx', version: 'public', template: Buffer.from(template).toString('base64') });
  assert.ok(r.base64, r.error);
  const all = Object.values(unzipSync(Buffer.from(r.base64, 'base64'))).map((b) => strFromU8(b)).join('\n');
  assert.match(all, /Testshire Police and Crime Panel/);
  assert.match(all, /Finance and Budget Update/);
  assert.ok(!all.includes('Northgate'));
  const bad: { base64?: string; error?: string } = await server.connection.sendRequest('minutes/exportMeeting', { uri, to: 'docx', version: 'public', template: Buffer.from('not Word').toString('base64') });
  assert.match(bad.error ?? '', /^The Word template is not a Word document or template/);
});
