/**
 * Protocol tests on a workspace folder of several meetings: the custom requests (action log,
 * decisions, export, meeting summary), diagnostics across meetings, and the reaction to files
 * created, changed and deleted on disk.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, DidChangeWatchedFilesNotification, FileChangeType, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startServer, until, type TestServer } from '../support/lspClient';
import { ROOT } from '../support/util';
import { lineOf, rangeOf } from '../support/positions';
import { fromActionTable, type ActionEntry, type ActionTable, type DecisionEntry, type MeetingSummary } from '#protocol';

let server: TestServer;
let folder: string;
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  server = await startServer(folder, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

async function actions(params: object = {}): Promise<ActionEntry[]> {
  return server.connection.sendRequest('minutes/actions', params);
}


test('minutes/actions returns the log of the whole folder, read from disk, with statuses from later meetings', async () => {
  const log = await until('the folder to be read', async () => { const a = await actions(); return a.length === 3 ? a : undefined; });
  const byRef = new Map(log.map((a) => [a.ref, a]));
  assert.deepEqual([...byRef.keys()].sort(), ['075/22-A1', '079/22-A1', '085/22-A1']);
  const fuel = byRef.get('075/22-A1')!;
  assert.equal(fuel.status, 'carried forward');
  assert.equal(fuel.overdue, true, 'due 27/09/2022; today is 22/11/2026 in these tests');
  assert.equal(fuel.meetingDate, '2022-07-26');
  assert.equal(fuel.uri, uriOf('2022-07-26.minutes'));
  assert.deepEqual(fuel.owners, ['Mark Kenyon']);
  assert.equal(fuel.range.start.line, lineOf(fs.readFileSync(path.join(folder, '2022-07-26.minutes'), 'utf8'), 'ACTION: Report on fuel costs.'));
  assert.equal(byRef.get('079/22-A1')!.status, 'done');
  assert.equal(byRef.get('079/22-A1')!.overdue, false);
  assert.deepEqual((await actions({ status: ['open', 'carried forward'] })).map((a) => a.ref).sort(), ['075/22-A1', '085/22-A1']);
  assert.deepEqual((await actions({ owner: 'jardine' })).map((a) => a.ref), ['079/22-A1']);
});

test('minutes/actionTable carries the same log as minutes/actions, each meeting once', async () => {
  const log = await until('the folder to be read', async () => { const a = await actions(); return a.length === 3 ? a : undefined; });
  const table: ActionTable = await server.connection.sendRequest('minutes/actionTable', {});
  assert.equal(table.rows.length, 3);
  assert.equal(new Set(table.meetings.map(([uri]) => uri)).size, table.meetings.length, 'each meeting once');
  // the list form leaves out what is undefined; the table's decoder writes it as undefined
  assert.deepEqual(JSON.parse(JSON.stringify(fromActionTable(table))), log);
  const open: ActionTable = await server.connection.sendRequest('minutes/actionTable', { status: ['open', 'carried forward'] });
  assert.deepEqual(fromActionTable(open).map((a) => a.ref).sort(), ['075/22-A1', '085/22-A1']);
});

test('minutes/decisions, minutes/export and minutes/meetingSummary', async () => {
  const decisions: DecisionEntry[] = await server.connection.sendRequest('minutes/decisions', {});
  assert.deepEqual(decisions.map((d) => [d.meetingDate, d.item, d.text]), [['2022-09-27', '078/22', 'The notes are approved.']]);
  const md: { text: string } = await server.connection.sendRequest('minutes/export', { format: 'md', status: ['done'] });
  assert.equal(md.text, '| Reference | Action | Owner | Due | Status | Meeting date |\n| --- | --- | --- | --- | --- | --- |\n| 079/22-A1 | Share the repeat-caller data with the Board. | VJ | 25/10/2022 | done | 27/09/2022 |\n');
  const csv: { text: string } = await server.connection.sendRequest('minutes/export', { format: 'csv', what: 'decisions' });
  assert.equal(csv.text.split('\r\n')[1], '27/09/2022,078/22,Notes of the Last Meeting,The notes are approved.');
  const summary: MeetingSummary = await server.connection.sendRequest('minutes/meetingSummary', { uri: uriOf('2022-07-26.minutes') });
  assert.deepEqual(summary, { items: 3, actions: 1, openActions: 1, overdueActions: 1, date: '2022-07-26', approved: true, approvedOn: '2022-09-27' });
  assert.equal(await server.connection.sendRequest('minutes/meetingSummary', { uri: uriOf('nowhere.minutes') }), null);
});

test('the outline says whether the meeting\'s minutes were approved', async () => {
  const uri = uriOf('2022-07-26.minutes');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: fs.readFileSync(path.join(folder, '2022-07-26.minutes'), 'utf8') } });
  const symbols: Array<{ detail?: string }> = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].detail, '26/07/2022 · minutes approved 27/09/2022');
});

test('numbering across meetings: an open meeting whose first item does not follow the previous meeting', async () => {
  const uri = uriOf('2022-10-25.minutes');
  const text = fs.readFileSync(path.join(folder, '2022-10-25.minutes'), 'utf8').replace('082/22 Apologies', '086/22 Apologies');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  const across = (m: unknown) => String(m).startsWith('The meeting of');
  const p = await server.diagnostics(uri, (x) => x.diagnostics.some((d) => across(d.message)));
  const d = p.diagnostics.find((x) => across(x.message))!;
  assert.equal(d.code, 'minutes/number-out-of-sequence');
  assert.equal(d.message, "The meeting of 27/09/2022 ended at 081/22, so this meeting's first item should be 082/22, not 086/22.");
  // typing the right number clears it
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: rangeOf(text, '086/22'), text: '082/22' }] });
  await server.diagnostics(uri, (x) => !x.diagnostics.some((d2) => across(d2.message)));
});

test('files created, changed and deleted on disk update the log, the diagnostics and notify the client', async () => {
  const file = path.join(folder, '2022-11-22.minutes');
  const uri = pathToFileURL(file).toString();
  const notified = server.actionsChanged();
  fs.writeFileSync(file, '# Strategic Policing and Crime Board\nDate: 22/11/2022\n\nPresent:\nSimon Foster (SF) : Police and Crime Commissioner\n\n086/22 Actions from Previous Meetings\n085/22-A1 DONE: briefing given\n075/22-A1 DONE\n');
  server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created }] });
  await until('the new meeting to close both actions', async () => {
    const a = await actions({ status: ['done'] });
    return a.length === 3 ? a : undefined;
  });
  await until('the actionsChanged notification', async () => (server.actionsChanged() > notified ? true : undefined));
  // the October meeting's "next meeting" due date now resolves to the new meeting's date
  assert.equal((await actions()).find((a) => a.ref === '085/22-A1')!.dueDate, '2022-11-22');
  // changed: the new meeting takes back one of its updates
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('075/22-A1 DONE\n', ''));
  server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
  await until('075/22-A1 to be carried forward again', async () => ((await actions()).find((a) => a.ref === '075/22-A1')!.status === 'carried forward' ? true : undefined));
  // deleted: its updates go with it
  fs.rmSync(file);
  server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
  await until('085/22-A1 to be open again', async () => ((await actions()).find((a) => a.ref === '085/22-A1')!.status === 'open' ? true : undefined));
  // and an open meeting's diagnostics follow: the September meeting is no longer approved once October's approval is gone
  const october = uriOf('2022-10-25.minutes');
  const septemberUri = uriOf('2022-09-27.minutes');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: septemberUri, languageId: 'minutes', version: 1, text: fs.readFileSync(path.join(folder, '2022-09-27.minutes'), 'utf8') } });
  await server.diagnostics(septemberUri, (x) => !x.diagnostics.some((d) => d.code === 'minutes/not-approved'));
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: october, version: 3 }, contentChanges: [{ range: rangeOf(fs.readFileSync(path.join(folder, '2022-10-25.minutes'), 'utf8'), 'The notes of the meeting held on 27 September 2022 were agreed as a correct record.'), text: 'The notes were discussed.' }] });
  const p = await server.diagnostics(septemberUri, (x) => x.diagnostics.some((d) => d.code === 'minutes/not-approved'));
  assert.match(String(p.diagnostics.find((d) => d.code === 'minutes/not-approved')!.message), /never agreed as a correct record/);
});

test('the client is told the log changed when an action is added, not on a keystroke in a discussion', async () => {
  const uri = uriOf('2022-07-26.minutes');
  const text = fs.readFileSync(path.join(folder, '2022-07-26.minutes'), 'utf8');
  // opened afresh (an earlier test opened it)
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 10, text } });
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  // whatever earlier changes announced has arrived once the count holds for a while
  let seen = -1;
  await until('the notifications of earlier changes to settle', async () => { const n = server.actionsChanged(); if (n === seen) return true; seen = n; await pause(400); return undefined; });
  const line = lineOf(text, 'The Board discussed the budget.');
  const at = { line, character: 'The Board discussed the budget'.length };
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 11 }, contentChanges: [{ range: { start: at, end: at }, text: ' and the fuel costs' }] });
  // the outline answers once the change is read
  const outline: Array<{ children?: Array<{ name: string }> }> = await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(outline.length > 0);
  await pause(600); // four times the server's pause before it tells the client
  assert.equal(server.actionsChanged(), seen, 'typing in a discussion changes no action, decision or summary');
  const end = { line: line + 1, character: text.split('\n')[line + 1].length };
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 12 }, contentChanges: [{ range: { start: end, end }, text: '\nACTION: Circulate the fuel figures. Owner: VJ.' }] });
  await until('the actionsChanged notification', async () => (server.actionsChanged() > seen ? true : undefined));
  assert.ok((await actions()).some((a) => a.text.startsWith('Circulate the fuel figures')));
});
