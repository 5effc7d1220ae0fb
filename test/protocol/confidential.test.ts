/**
 * Protocol: what the server publishes of a confidential item, over the real server. The action
 * log and decisions register exports (`minutes/export`) are public unless asked for in full; the
 * minutes (`minutes/exportMeeting`, the preview's `minutes/render` in its public mode) withhold
 * an item however its mark is written, and the clerk sees `minutes/confidential-marker` first.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startServer, type TestServer } from '../support/lspClient';
import { meetingWith } from '../support/publicOutputs';
import { positionOf } from '../support/positions';

let server: TestServer;
let folder: string;
let uri: string;
const TEXT = meetingWith('088/22 (confidential) Quillfeather Tender');

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-conf-'));
  const file = path.join(folder, '2022-09-27.minutes');
  fs.writeFileSync(file, TEXT);
  uri = pathToFileURL(file).toString();
  server = await startServer(folder);
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: TEXT } });
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function exported(params: object): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const r: { text: string } = await server.connection.sendRequest('minutes/export', { format: 'md', ...params });
    if (r.text.split('\n').length > 3) return r.text;
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('timed out waiting for the folder to be read');
}

test('minutes/export: the action log and decisions register are public unless version is full', async () => {
  for (const [what, word] of [['actions', 'Vexmoor'], ['decisions', 'Plumbrook']]) {
    const full = await exported({ what, version: 'full' });
    assert.ok(full.includes(word), `${what} in full: ${full}`);
    assert.match(full, /088\/22[^|]*\(confidential\)/);
    for (const version of [undefined, 'public']) {
      for (const format of ['md', 'csv']) {
        const r: { text: string } = await server.connection.sendRequest('minutes/export', { format, what, ...(version ? { version } : {}) });
        assert.ok(!r.text.includes(word), `${what} ${format} ${version ?? '(default)'} published "${word}"`);
      }
    }
  }
});

test('minutes/exportMeeting and the preview\'s public mode withhold the item, and the clerk is warned first', async () => {
  for (const to of ['html', 'md', 'docx']) {
    const r: { base64: string } = await server.connection.sendRequest('minutes/exportMeeting', { uri, to, version: 'public' });
    const bytes = Buffer.from(r.base64, 'base64');
    const text = to === 'docx' ? bytes.toString('latin1') : bytes.toString('utf8');
    if (to !== 'docx') assert.ok(!/Quillfeather|Vexmoor|Zanzibarco|Plumbrook/.test(text), `${to}: ${text}`);
    else assert.ok(bytes.length > 0);
  }
  const preview: { html: string } = await server.connection.sendRequest('minutes/render', { uri, version: 'public' });
  assert.ok(!/Quillfeather|Vexmoor|Zanzibarco|Plumbrook/.test(preview.html));
  assert.match(preview.html, /considered in private/);
  const published = await server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'minutes/confidential-marker'));
  const d = published.diagnostics.find((x) => x.code === 'minutes/confidential-marker')!;
  assert.equal(d.severity, 2, 'a warning');
  assert.equal(d.range.start.line, TEXT.split('\n').findIndex((l) => l.includes('Quillfeather')));
});

test('marking an item confidential while typing takes its action out of the public log at once; unmarking puts it back', async () => {
  const plain = TEXT.replace('(confidential) ', '');
  // just before the title's words, where the clerk types the mark
  const title = positionOf(plain, '088/22 Quillfeather', { after: '088/22 ' });
  let version = 1;
  const setText = (text: string): void => {
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  };
  const publicLog = async (want: (t: string) => boolean): Promise<string> => {
    for (let i = 0; i < 200; i++) {
      const r: { text: string } = await server.connection.sendRequest('minutes/export', { format: 'md' });
      if (want(r.text)) return r.text;
      await new Promise((res) => setTimeout(res, 25));
    }
    throw new Error('the public log did not follow the edit');
  };
  setText(plain);
  await publicLog((t) => t.includes('Vexmoor'));
  // one keystroke's worth: the mark typed into the title line
  server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: title, end: title }, text: '[ CONFIDENTIAL ] ' }] });
  await publicLog((t) => !t.includes('Vexmoor'));
  setText(TEXT);
  await publicLog((t) => !t.includes('Vexmoor'));
});
