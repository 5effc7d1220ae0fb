/** The host (`createMinutesService`) over an in-memory workspace: the findings across meetings follow the files. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createMinutesService, memoryWorkspace, DEFAULT_SETTINGS, MAX_READ_BYTES, type FileStamp, type IndexStore, type MinutesDocument, type MinutesService, type MinutesWorkspace } from '#service';
import { TODAY } from '../support/util';

const JULY = `# Board
Date: 26/07/2022

074/22 Apologies
None.

075/22 Finance
The budget was noted.
`;
const SEPTEMBER = (first: string, approval: string): string => `# Board
Date: 27/09/2022

${first} Notes of the Last Meeting
The notes of the meeting held on 26 July 2022 ${approval}.
`;
const AGREED = 'were agreed as a correct record';

function service(files: Array<[string, string | Uint8Array]>): { svc: MinutesService; ws: ReturnType<typeof memoryWorkspace>; logged: string[] } {
  const ws = memoryWorkspace(files);
  const logged: string[] = [];
  const svc = createMinutesService({ workspace: ws, settings: DEFAULT_SETTINGS, clock: () => TODAY, logger: { info: (m) => logged.push(m), error: (m) => logged.push(m) } });
  return { svc, ws, logged };
}
const codes = (svc: MinutesService, uri: string): string[] => svc.findingsOf(uri).map((f) => f.code).filter((c) => c === 'minutes/not-approved' || c === 'minutes/number-out-of-sequence');

test('an open meeting is checked against the files of the workspace; an edit and a deletion on disk change its findings', async () => {
  const { svc, ws } = service([['file:///b.minutes', SEPTEMBER('076/22', 'were discussed')]]);
  await svc.load();
  svc.open({ uri: 'file:///a.minutes', version: 1, getText: () => JULY });
  // September follows July but does not agree its minutes
  assert.deepEqual(codes(svc, 'file:///a.minutes'), ['minutes/not-approved']);
  ws.set('file:///b.minutes', SEPTEMBER('076/22', AGREED));
  await svc.settled();
  assert.deepEqual(codes(svc, 'file:///a.minutes'), [], 'agreed at the next meeting');
  ws.set('file:///b.minutes', SEPTEMBER('076/22', 'were discussed'));
  await svc.settled();
  assert.deepEqual(codes(svc, 'file:///a.minutes'), ['minutes/not-approved']);
  ws.delete('file:///b.minutes');
  await svc.settled();
  assert.deepEqual(codes(svc, 'file:///a.minutes'), [], 'July is the latest meeting again: it awaits the next');
  assert.deepEqual(svc.model().meetings.map((m) => m.date), ['2022-07-26']);
  svc.dispose();
});

test('several open meetings: a new version of one changes the findings of the next', () => {
  const { svc } = service([]);
  svc.open({ uri: 'file:///a.minutes', version: 1, getText: () => JULY });
  svc.open({ uri: 'file:///b.minutes', version: 1, getText: () => SEPTEMBER('077/22', AGREED) });
  // July ended at 075/22: September's first item should be 076/22
  assert.deepEqual(codes(svc, 'file:///b.minutes'), ['minutes/number-out-of-sequence']);
  assert.deepEqual(codes(svc, 'file:///b.minutes'), ['minutes/number-out-of-sequence'], 'asked again, the same');
  svc.open({ uri: 'file:///a.minutes', version: 2, getText: () => JULY.replace('075/22 Finance', '075/22 Finance\n\n076/22 Any Other Business\nNone.') });
  assert.deepEqual(codes(svc, 'file:///b.minutes'), [], 'now July ends at 076/22: 077/22 follows it');
  svc.open({ uri: 'file:///b.minutes', version: 2, getText: () => SEPTEMBER('078/22', AGREED) });
  assert.match(svc.findingsOf('file:///b.minutes').find((f) => f.code === 'minutes/number-out-of-sequence')!.message, /ended at 076\/22, so this meeting's first item should be 077\/22, not 078\/22/);
  svc.close('file:///a.minutes');
  assert.deepEqual(codes(svc, 'file:///b.minutes'), [], 'alone, September is not checked against July');
  assert.deepEqual(svc.findingsOf('file:///a.minutes'), [], 'a closed document has no findings to show');
});

test('a file is read through the one decoder: UTF-16 reads as the text, and the clerk is told', async () => {
  const utf16 = new Uint8Array([0xff, 0xfe, ...[...SEPTEMBER('076/22', 'were discussed')].flatMap((c) => [c.charCodeAt(0), 0])]);
  const { svc, logged } = service([['file:///b.minutes', utf16]]);
  await svc.load();
  svc.open({ uri: 'file:///a.minutes', version: 1, getText: () => JULY });
  assert.deepEqual(codes(svc, 'file:///a.minutes'), ['minutes/not-approved']);
  assert.ok(logged.some((m) => /b\.minutes is saved in UTF-16LE/.test(m)), logged.join('\n'));
});

test('new settings analyse every open document again', () => {
  const { svc } = service([]);
  svc.open({ uri: 'file:///a.minutes', version: 1, getText: () => JULY });
  svc.open({ uri: 'file:///b.minutes', version: 1, getText: () => SEPTEMBER('076/22', 'were discussed') });
  const before = svc.analysis('file:///a.minutes');
  assert.equal(svc.analysis('file:///a.minutes'), before, 'the same version is analysed once');
  svc.setSettings({ ...DEFAULT_SETTINGS, numbering: 'per-meeting' });
  assert.notEqual(svc.analysis('file:///a.minutes'), before);
  assert.deepEqual(codes(svc, 'file:///a.minutes'), ['minutes/not-approved']);
});

/** A saved index in memory, as the server's on disk behaves: a view comes back while the file's stamp is the one saved. */
function memoryStore(): { store: IndexStore; saved: Map<string, { stamp: FileStamp; view: MinutesDocument }>; saves: number[] } {
  const saved = new Map<string, { stamp: FileStamp; view: MinutesDocument }>();
  const saves: number[] = [];
  const store: IndexStore = {
    open: () => Promise.resolve({
      lookup: (uri, stamp) => { const e = saved.get(uri); return e && e.stamp.size === stamp.size && e.stamp.mtimeMs === stamp.mtimeMs ? e.view : undefined; },
      put: (uri, stamp, view) => { saved.set(uri, { stamp, view }); },
      remove: (uri) => { saved.delete(uri); },
      retain: (uris) => { const keep = new Set(uris); for (const uri of [...saved.keys()]) if (!keep.has(uri)) saved.delete(uri); },
      saveSoon: () => { saves.push(saved.size); },
      save: () => { saves.push(saved.size); return Promise.resolve(); },
      close: () => Promise.resolve(),
    }),
  };
  return { store, saved, saves };
}

test('the host reads the workspace with the saved index: a file unchanged since comes back unread, a changed one is read and saved again', async () => {
  const ws = memoryWorkspace([['file:///a.minutes', JULY], ['file:///b.minutes', SEPTEMBER('076/22', 'were discussed')]]);
  const reads: string[] = [];
  const counted: MinutesWorkspace = { list: () => ws.list(), stat: (uri) => ws.stat(uri), onDidChange: (l) => ws.onDidChange(l), read: (uri) => { reads.push(uri); return ws.read(uri); } };
  const { store, saved, saves } = memoryStore();
  const start = (): { svc: MinutesService; logged: string[] } => {
    const logged: string[] = [];
    const svc = createMinutesService({ workspace: counted, indexStore: store, settings: DEFAULT_SETTINGS, clock: () => TODAY, logger: { info: (m) => logged.push(m), error: (m) => logged.push(m) } });
    return { svc, logged };
  };
  const first = start();
  const shown: string[] = [];
  await first.svc.load({ begin: (total, listing) => { shown.push(`begin ${total} ${listing.complete}`); }, report: (done, total) => shown.push(`${done} of ${total}`), end: () => shown.push('end') });
  assert.deepEqual(shown, ['begin 2 true', 'end'], 'fewer than 200 files: no report between');
  assert.deepEqual(reads.sort(), ['file:///a.minutes', 'file:///b.minutes']);
  assert.ok(first.logged.some((m) => /^Read 2 minutes files in \d+ ms \(0 unchanged since the index was saved\)\.$/.test(m)), first.logged.join('\n'));
  assert.deepEqual([...saved.keys()].sort(), ['file:///a.minutes', 'file:///b.minutes']);
  assert.deepEqual(saves, [2], 'saved once the folder is read');
  first.svc.dispose();

  // the next start: September was agreed since; July is as it was
  ws.set('file:///b.minutes', SEPTEMBER('076/22', AGREED));
  reads.length = 0;
  const second = start();
  await second.svc.load();
  assert.deepEqual(reads, ['file:///b.minutes'], 'July comes from the saved index');
  assert.ok(second.logged.some((m) => /\(1 unchanged since the index was saved\)/.test(m)), second.logged.join('\n'));
  second.svc.open({ uri: 'file:///a.minutes', version: 1, getText: () => JULY });
  assert.deepEqual(codes(second.svc, 'file:///a.minutes'), [], 'the changed September, read again, agrees July');
  // a file deleted on disk leaves the index and the saved index
  ws.delete('file:///b.minutes');
  await second.svc.settled();
  assert.deepEqual([...saved.keys()], ['file:///a.minutes']);
  assert.deepEqual(second.svc.model().meetings.map((m) => m.date), ['2022-07-26']);
  second.svc.dispose();
});

test('a file larger than the host reads is skipped unread, and the clerk is told', async () => {
  const huge = new Uint8Array(MAX_READ_BYTES + 1).fill(0x41);
  const ws = memoryWorkspace([['file:///huge.minutes', huge], ['file:///a.minutes', JULY]]);
  const reads: string[] = [];
  const logged: string[] = [];
  const svc = createMinutesService({
    workspace: { list: () => ws.list(), stat: (uri) => ws.stat(uri), onDidChange: (l) => ws.onDidChange(l), read: (uri) => { reads.push(uri); return ws.read(uri); } },
    settings: DEFAULT_SETTINGS, clock: () => TODAY, logger: { info: (m) => logged.push(m), error: (m) => logged.push(m) },
  });
  await svc.load();
  assert.deepEqual(reads, ['file:///a.minutes']);
  assert.ok(logged.some((m) => m === 'Skipped file:///huge.minutes: 20.0 MB is larger than the 20 MB the workspace index reads.'), logged.join('\n'));
  assert.deepEqual(svc.model().meetings.map((m) => m.date), ['2022-07-26']);
  assert.equal(await svc.fileText('file:///huge.minutes'), undefined, 'nor read for a feature');
});
