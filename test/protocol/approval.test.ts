/**
 * Protocol: Record Approval over the real server (issue 21 §3). `minutes/approvalDefaults` reads
 * from the folder who approved a meeting's minutes; `minutes/recordApproval` gives the edit that
 * writes the approval and its fingerprint; an edit of the approved text afterwards is a warning.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startServer, until, type TestServer } from '../support/lspClient';
import { ROOT, applyEdits } from '../support/util';
import { lineOf } from '../support/positions';

let server: TestServer;
let folder: string;

before(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-approval-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  server = await startServer(folder);
});

after(async () => {
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

interface Defaults { date?: string; minute?: string; signedBy?: string; error?: string }
interface Recorded { edits?: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>; status?: string; error?: string }

test('Record Approval on July\'s minutes: September\'s meeting approved them under 078/22; the approval is written and a later edit is flagged', async () => {
  const uri = pathToFileURL(path.join(folder, '2022-07-26.minutes')).toString();
  const text = fs.readFileSync(path.join(folder, '2022-07-26.minutes'), 'utf8');
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  // the folder is read in the background: the defaults come once September's meeting is known
  const defaults = await until('the approving meeting', async () => {
    const d: Defaults = await server.connection.sendRequest('minutes/approvalDefaults', { uri });
    return d.minute ? d : undefined;
  });
  assert.deepEqual(defaults, { date: '27/09/2022', minute: '078/22', signedBy: 'Simon Foster' });
  const r: Recorded = await server.connection.sendRequest('minutes/recordApproval', { uri, date: defaults.date, minute: defaults.minute, signedBy: 'Simon Foster, Chair' });
  assert.ok(r.edits, r.error);
  assert.match(r.status!, /^Approved at the meeting of 27\/09\/2022, minute 078\/22, signed by Simon Foster, Chair\. Fingerprint sha256:[0-9a-f]{64} \(/);
  const approved = applyEdits(text, r.edits);
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: approved }] });
  const quiet = await server.diagnostics(uri, (p) => p.version === 2 || p.diagnostics.every((d) => d.code !== 'minutes/approved-changed'));
  assert.ok(!quiet.diagnostics.some((d) => d.code === 'minutes/approved-changed'));
  // one word of the approved text changed afterwards
  const edited = approved.replace(/^(\d{3}\/22 .*\n)(.+)$/m, '$1$2 Later amended.');
  const head = /^(\d{3}\/22) /m.exec(approved)![1];
  server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 3 }, contentChanges: [{ text: edited }] });
  const p = await server.diagnostics(uri, (x) => x.diagnostics.some((d) => d.code === 'minutes/approved-changed'));
  const d = p.diagnostics.find((x) => x.code === 'minutes/approved-changed')!;
  assert.equal(d.range.start.line, lineOf(edited, r.status!), 'on the Status line');
  assert.match(String(d.message), new RegExp(`minute ${head.replace('/', '\\/')} changed.*record any correction as a minute of the next meeting`));
});

test('Record Approval says what to type instead of a date it cannot read, and asks for the meeting to be open', async () => {
  const uri = pathToFileURL(path.join(folder, '2022-10-25.minutes')).toString();
  const closed: Recorded = await server.connection.sendRequest('minutes/recordApproval', { uri, date: '22/11/2022', minute: '090/22', signedBy: 'Simon Foster' });
  assert.match(closed.error ?? '', /Open the minutes/);
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: 1, text: fs.readFileSync(path.join(folder, '2022-10-25.minutes'), 'utf8') } });
  const bad: Recorded = await server.connection.sendRequest('minutes/recordApproval', { uri, date: 'soon', minute: '090/22', signedBy: 'Simon Foster' });
  assert.match(bad.error ?? '', /type the date of the meeting that approved these minutes/);
});
