/** The host (`createMinutesService`) over an in-memory workspace: the findings across meetings follow the files. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createMinutesService, memoryWorkspace, DEFAULT_SETTINGS, type MinutesService } from '#service';
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
