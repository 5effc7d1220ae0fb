/**
 * Protocol: `minutes/exportRecord`, the workspace's record as open data (JSON, CSV tables) and as a
 * calendar, over the real server: public unless asked for in full, the calendar per owner.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';
import { unfoldIcs } from '../support/publicOutputs';

let server: TestServer;
let folder: string;

interface Files { files: Array<{ name: string; text: string }> }

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-record-'));
  for (const f of ['2022-07-26', '2022-09-27', '2022-10-25']) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', `${f}.minutes`), path.join(folder, `${f}.minutes`));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), path.join(folder, '2022-11-22.minutes'));
  server = await startServer(folder);
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** The JSON record, once the server has read the four meetings of the folder. */
async function recordJson(params: object): Promise<{ name: string; data: { version: string; meetings: unknown[]; actions: Array<{ id: string }> }; text: string }> {
  for (let i = 0; i < 400; i++) {
    const r: Files = await server.connection.sendRequest('minutes/exportRecord', { format: 'json', ...params });
    const data = JSON.parse(r.files[0].text) as { version: string; meetings: unknown[]; actions: Array<{ id: string }> };
    if (data.meetings.length === 4) return { name: r.files[0].name, data, text: r.files[0].text };
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('timed out waiting for the folder to be read');
}

test('minutes/exportRecord: the record as JSON, public unless version is full', async () => {
  const pub = await recordJson({});
  assert.equal(pub.name, 'minutes-record.public.json');
  assert.equal(pub.data.version, 'public');
  assert.deepEqual(pub.data.actions.map((a) => a.id), ['075/22-A1', '079/22-A1', '085/22-A1', '087/22-A1']);
  assert.ok(!pub.text.includes('Fleetwise'), 'a withheld action reached the public record');
  const full = await recordJson({ version: 'full' });
  assert.equal(full.name, 'minutes-record.json');
  assert.ok(full.data.actions.some((a) => a.id === '088/22-A1'));
});

test('minutes/exportRecord: one CSV table per kind, and a calendar per owner', async () => {
  await recordJson({});
  const csv: Files = await server.connection.sendRequest('minutes/exportRecord', { format: 'csv' });
  assert.deepEqual(csv.files.map((f) => f.name), ['meetings.csv', 'items.csv', 'people.csv', 'attendance.csv', 'actions.csv', 'action-history.csv', 'decisions.csv']);
  assert.ok(csv.files.every((f) => !f.text.includes('Fleetwise')));
  const ics: Files = await server.connection.sendRequest('minutes/exportRecord', { format: 'ics', owner: 'Kenyon' });
  assert.equal(ics.files[0].name, 'minutes-calendar.public.ics');
  const summaries = [...unfoldIcs(ics.files[0].text).matchAll(/\r\nSUMMARY:(.*)\r\n/g)].map((m) => m[1]);
  assert.deepEqual(summaries, ['075/22-A1 · Mark Kenyon: Report on fuel costs.', '087/22-A1 · Mark Kenyon: Circulate the overtime figures by department.']);
  const everyone: Files = await server.connection.sendRequest('minutes/exportRecord', { format: 'ics', version: 'full' });
  assert.match(unfoldIcs(everyone.files[0].text), /SUMMARY:088\/22-A1 · Vanessa Jardine: Negotiate the Fleetwise maintenance clause\./);
});
