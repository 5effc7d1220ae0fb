/**
 * A hostile workspace on disk: 10,000 files of which a few are minutes, a symbolic link that loops,
 * a UTF-16 file, a binary file named .minutes, a file over the size limit, a file that cannot be
 * read as a file. The server reads what it should, says why it skips the rest, and keeps serving.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../support/util';

let folder: string;
let child: ChildProcess;
let conn: ProtocolConnection;
const logs: string[] = [];

const meeting = (n: number) => `# Board\nDate: ${String((n % 28) + 1).padStart(2, '0')}/01/2021\n\n${String(n).padStart(3, '0')}/21 Meeting item ${n}\nText.\n`;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-hostile-'));
  fs.mkdirSync(path.join(folder, 'notes'));
  for (let i = 0; i < 10000; i++) fs.writeFileSync(path.join(folder, 'notes', `note-${i}.txt`), 'ACTION: not a meeting\n');
  for (let i = 1; i <= 5; i++) fs.writeFileSync(path.join(folder, `m${i}.minutes`), meeting(i));
  fs.symlinkSync(folder, path.join(folder, 'loop'));
  fs.writeFileSync(path.join(folder, 'utf16.minutes'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(meeting(42).replace('Meeting item 42', 'Wide text item'), 'utf16le')]));
  fs.writeFileSync(path.join(folder, 'binary.minutes'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0x41]));
  fs.writeFileSync(path.join(folder, 'huge.minutes'), `${meeting(77)}${'x'.repeat(6 * 1024 * 1024)}\n`);
  fs.mkdirSync(path.join(folder, 'folder.minutes'));
  child = spawn(process.execPath, [path.join(ROOT, 'bin', 'minutes-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
  conn.listen();
  const uri = pathToFileURL(folder).toString();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'hostile' }], capabilities: {} });
  conn.sendNotification('initialized', {});
});

after(async () => {
  try { await conn.sendRequest('shutdown'); await conn.sendNotification('exit'); } catch { /* gone */ }
  conn.dispose();
  child.kill();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('reads the minutes among 10,000 other files, follows no symbolic link, and says why it skips a file', async () => {
  for (let i = 0; i < 400 && !logs.some((l) => l.startsWith('Read ')); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(logs.includes('Read 6 minutes files') || logs.some((l) => /^Read 6 minutes files in \d+ ms\.$/.test(l)), logs.join('\n'));
  assert.ok(logs.some((l) => /Not reading .*binary\.minutes into the workspace: This file does not look like text/.test(l)));
  assert.ok(logs.some((l) => /Not reading .*huge\.minutes into the workspace: This file is 6\.0 MB, more than the 5 MB/.test(l)));
  const symbols = (await conn.sendRequest('workspace/symbol', { query: 'item' })) as Array<{ name: string; location: { uri: string } }>;
  assert.deepEqual(symbols.map((s) => s.name).sort(), ['001/21 Meeting item 1', '002/21 Meeting item 2', '003/21 Meeting item 3', '004/21 Meeting item 4', '005/21 Meeting item 5', '042/21 Wide text item']);
  assert.ok(symbols.every((s) => !s.location.uri.includes('/loop/')), 'the symbolic link is not followed');
  assert.equal(child.exitCode, null);
});
