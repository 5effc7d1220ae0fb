/**
 * Files read from disk in the encoding they are saved in (issue 17 §2): the server's workspace
 * index reads Windows-1252 and UTF-16 files as written and says so in its log; import of a file's
 * bytes does the same and says which encoding it used.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, type TestServer } from '../support/lspClient';
import type { ActionEntry } from '#protocol';

const MEETING = (date: string, n: string) => `# Strategic Policing and Crime Board
Date: ${date}

Present:
Siân O’Neill : Board Member
Zoë Brontë : Chief Finance Officer

${n} Budget
The “precept” rises by £12.50 – agreed.
ACTION: Circulate the figures. Owner: Siân O’Neill. Due: next meeting.
`;

// Windows-1252 of the characters used above: ’ “ ” – are in 0x80–0x9F, the rest Latin-1
const CP1252: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };
const cp1252 = (t: string): Buffer => Buffer.from([...t].map((c) => CP1252[c] ?? c.charCodeAt(0)));
const utf16be = (t: string): Buffer => { const b = Buffer.from(t, 'utf16le'); b.swap16(); return b; };

let server: TestServer;
let folder: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-words-'));
  fs.writeFileSync(path.join(folder, '2022-07-26.minutes'), cp1252(MEETING('26/07/2022', '070/22')));
  fs.writeFileSync(path.join(folder, '2022-09-27.minutes'), Buffer.from(MEETING('27/09/2022', '081/22'), 'utf16le'));
  fs.writeFileSync(path.join(folder, '2022-10-25.minutes'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(MEETING('25/10/2022', '090/22'))]));
  server = await startServer(folder);
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

test('files saved in Windows-1252 and UTF-16 are read as written by the workspace index, and the log says how', async () => {
  let log: ActionEntry[] = [];
  for (let i = 0; i < 200 && log.length < 3; i++) {
    log = await server.connection.sendRequest('minutes/actions', {});
    if (log.length < 3) await new Promise((r) => setTimeout(r, 25));
  }
  assert.deepEqual(log.map((a) => a.ref).sort(), ['070/22-A1', '081/22-A1', '090/22-A1']);
  for (const a of log) assert.deepEqual(a.owners, ['Siân O’Neill'], `${a.ref}: the owner as written`);
  assert.ok(server.logs.some((l) => /2022-07-26\.minutes is saved in Windows-1252, not UTF-8/.test(l)), server.logs.join('\n'));
  assert.ok(server.logs.some((l) => /2022-09-27\.minutes is saved in UTF-16LE/.test(l)));
  assert.ok(server.logs.some((l) => /2022-10-25\.minutes is saved in UTF-16BE/.test(l)));
});

test('import of a file\'s bytes decodes them as the command line does and says which encoding it used', async () => {
  for (const [bytes, encoding] of [[cp1252(MEETING('26/07/2022', '070/22')), 'Windows-1252'], [Buffer.from(MEETING('26/07/2022', '070/22'), 'utf16le'), 'UTF-16LE']] as const) {
    const r: { text: string; note?: string } = await server.connection.sendRequest('minutes/importPublished', { base64: bytes.toString('base64'), name: 'notes.txt' });
    assert.ok(r.text.includes('Siân O’Neill') && r.text.includes('£12.50') && r.text.includes('“precept”'), r.text);
    assert.ok(!r.text.includes('\ufffd') && !r.text.includes('\u0000'));
    assert.match(r.note ?? '', new RegExp(`notes\\.txt is saved in ${encoding}, not UTF-8`));
  }
  const plain: { text: string; note?: string } = await server.connection.sendRequest('minutes/importPublished', { base64: Buffer.from(MEETING('26/07/2022', '070/22')).toString('base64') });
  assert.equal(plain.note, undefined, 'UTF-8 needs no word');
  const text: { text: string; note?: string } = await server.connection.sendRequest('minutes/importPublished', { text: MEETING('26/07/2022', '070/22') });
  assert.ok(text.text.includes('£12.50'));
});
