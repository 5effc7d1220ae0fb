/**
 * Navigation, rename, refactorings, formatting, code lenses and the new-meeting requests against
 * the real server, on a folder of three meetings (July, September, October 2022).
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, CodeLensRequest, DefinitionRequest, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DocumentFormattingRequest, DocumentHighlightRequest,
  DocumentRangeFormattingRequest, PrepareRenameRequest, ReferencesRequest, RenameRequest,
  type CodeAction, type CodeLens, type DocumentHighlight, type Location, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { startOnFixtureWorkspace, type TestServer } from '../support/lspClient';
import { applyEdits, corpusText, textIn, words } from '../support/util';
import { lineOf, positionOf, type Find, type Position } from '../support/positions';

let server: TestServer;
let folder: string;
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
const texts = new Map<string, string>();

let stop: () => Promise<void>;
before(async () => {
  ({ server, folder, stop } = await startOnFixtureWorkspace('minutes-navigation-'));
  for (const f of fs.readdirSync(folder)) texts.set(uriOf(f), fs.readFileSync(path.join(folder, f), 'utf8'));
});
after(() => stop());

let version = 1;
function open(name: string, text?: string): string {
  const uri = uriOf(name);
  const content = text ?? texts.get(uri)!;
  texts.set(uri, content);
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: version++, text: content } });
  return uri;
}
const at = (uri: string, position: Position) => ({ textDocument: { uri }, position });
/** Where `needle` stands in the text the server has of `uri` (see positionOf): found, never counted. */
const where = (uri: string, needle: string, find?: Find) => positionOf(texts.get(uri)!, needle, find);
const lineIn = (uri: string, needle: string) => lineOf(texts.get(uri)!, needle);
const textAt = (l: Location) => textIn(texts.get(l.uri)!, l.range);
const fileOf = (uri: string) => path.basename(new URL(uri).pathname);
function applied(edit: WorkspaceEdit | null, uri: string): string {
  return applyEdits(texts.get(uri)!, (edit?.changes?.[uri] ?? []) as TextEdit[]);
}

test('go to definition: an action reference opens the action in an earlier meeting; initials open the attendance line', async () => {
  const oct = open('2022-10-25.minutes');
  const action = (await server.connection.sendRequest(DefinitionRequest.type, at(oct, where(oct, '079/22-A1 DONE', { after: '079' })))) as Location[];
  assert.equal(action.length, 1);
  assert.equal(fileOf(action[0].uri), '2022-09-27.minutes');
  assert.match(textAt(action[0]), /^ACTION: Share the repeat-caller data/);
  const person = (await server.connection.sendRequest(DefinitionRequest.type, at(oct, where(oct, 'Presented by: VJ', { after: 'Presented by: V' })))) as Location[];
  assert.deepEqual(person.map((l) => [fileOf(l.uri), l.range.start.line, textAt(l)]), [['2022-10-25.minutes', lineIn(oct, 'Vanessa Jardine (VJ)'), 'Vanessa Jardine']]);
  assert.equal(await server.connection.sendRequest(DefinitionRequest.type, at(oct, where(oct, 'The Deputy Chief Constable gave', { after: 'The D' }))), null, 'plain text has no definition');
});

test('find references: a person in every meeting, by name and by initials; an action and the lines that report on it', async () => {
  const oct = open('2022-10-25.minutes');
  const refs = (await server.connection.sendRequest(ReferencesRequest.type, { ...at(oct, where(oct, 'Vanessa Jardine (VJ)', { after: 'Van' })), context: { includeDeclaration: true } })) as Location[];
  const seen = refs.map((l) => `${fileOf(l.uri)}:${l.range.start.line}:${textAt(l)}`);
  for (const f of ['2022-07-26', '2022-09-27', '2022-10-25']) assert.ok(seen.some((s) => s.startsWith(`${f}.minutes`) && s.endsWith('Vanessa Jardine')), seen.join('\n'));
  assert.ok(seen.includes(`2022-09-27.minutes:${lineIn(uriOf('2022-09-27.minutes'), 'Owner: VJ.')}:VJ`), 'the owner written as initials');
  assert.ok(seen.includes(`2022-10-25.minutes:${lineIn(oct, 'Presented by: VJ')}:VJ`), 'the presenter written as initials');
  const without = (await server.connection.sendRequest(ReferencesRequest.type, { ...at(oct, where(oct, 'Vanessa Jardine (VJ)', { after: 'Van' })), context: { includeDeclaration: false } })) as Location[];
  assert.equal(without.length, refs.length - 3, 'the three attendance lines are the declarations');
  const action = (await server.connection.sendRequest(ReferencesRequest.type, { ...at(oct, where(oct, '075/22-A1 CARRIED', { after: '07' })), context: { includeDeclaration: true } })) as Location[];
  assert.deepEqual(action.map((l) => [fileOf(l.uri), textAt(l).slice(0, 20)]), [['2022-07-26.minutes', 'ACTION: Report on fu'], ['2022-10-25.minutes', '075/22-A1']]);
});

test('document highlights: every mention of the person in this meeting, the attendance line as the definition', async () => {
  const oct = open('2022-10-25.minutes');
  const hl = (await server.connection.sendRequest(DocumentHighlightRequest.type, at(oct, where(oct, 'Presented by: VJ', { after: 'Presented by: ' })))) as DocumentHighlight[];
  assert.deepEqual(hl.map((h) => [h.range.start.line, h.kind]), [[lineIn(oct, 'Vanessa Jardine (VJ)'), 3], [lineIn(oct, 'Presented by: VJ'), 2]]);
});

test('rename an item number: the item and every reference to it and its actions, in every meeting', async () => {
  const sep = open('2022-09-27.minutes');
  const item = where(sep, '079/22 Access', { after: '07' });
  const prep = (await server.connection.sendRequest(PrepareRenameRequest.type, at(sep, item))) as { range: unknown; placeholder: string };
  assert.equal(prep.placeholder, '079/22');
  const edit = (await server.connection.sendRequest(RenameRequest.type, { ...at(sep, item), newName: '090/22' })) as WorkspaceEdit;
  assert.match(applied(edit, sep), /^090\/22 Access to Police Services$/m);
  const oct = uriOf('2022-10-25.minutes');
  assert.match(applied(edit, oct), /^090\/22-A1 DONE: data circulated 01\/10\/2022$/m, 'the status line follows its action');
  await assert.rejects(server.connection.sendRequest(RenameRequest.type, { ...at(sep, item), newName: '9022' }), /not a minute number: type it as 080\/22/);
  await assert.rejects(server.connection.sendRequest(RenameRequest.type, { ...at(sep, item), newName: '081/22' }), /Item 081\/22 already exists/);
  await assert.rejects(server.connection.sendRequest(PrepareRenameRequest.type, at(oct, where(oct, '079/22-A1 DONE', { after: '079' }))), /rename item 079\/22 instead/);
});

test('rename a person: the attendance line and mentions by name; initials and roles stay; running text too', async () => {
  const text = texts.get(uriOf('2022-09-27.minutes'))!.replace('The Board discussed the strategy.', 'Alethea Fuller thanked the Board. ACTION: Publish it. Owner: Alethea Fuller. Due: next meeting.');
  const sep = open('2022-09-27.minutes', text);
  const alethea = where(sep, 'Alethea Fuller : Deputy', { after: 'Ale' });
  const edit = (await server.connection.sendRequest(RenameRequest.type, { ...at(sep, alethea), newName: 'Alethea Brown' })) as WorkspaceEdit;
  const after = applied(edit, sep);
  assert.equal(after.match(/Alethea Brown/g)?.length, 4, after);
  assert.doesNotMatch(after, /Alethea Fuller/);
  assert.deepEqual(Object.keys(edit.changes ?? {}), [sep], 'one meeting unless minutes.renameAcrossMeetings is set');
  const vj = (await server.connection.sendRequest(RenameRequest.type, { ...at(sep, where(sep, 'Owner: VJ.', { after: 'Owner: V' })), newName: 'Vanessa Smith' })) as WorkspaceEdit;
  const renamed = applied(vj, sep);
  assert.match(renamed, /^Vanessa Smith \(VJ\) : Deputy Chief Constable$/m);
  assert.match(renamed, /Owner: VJ\./, 'initials are left as written');
  await assert.rejects(server.connection.sendRequest(RenameRequest.type, { ...at(sep, alethea), newName: 'Name: Role' }), /not a name/);
});

test('code actions: renumber all items in order (an unnumbered one too), with the references of other meetings', async () => {
  const sep = open('2022-09-27.minutes');
  const onItem = where(sep, '079/22 Access');
  const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: sep }, range: { start: onItem, end: onItem }, context: { diagnostics: [] } })) as CodeAction[];
  const renumber = actions.find((a) => a.title === 'Renumber all items in order from 077/22');
  assert.ok(renumber, actions.map((a) => a.title).join(' | '));
  assert.equal(renumber.kind, 'refactor');
  const after = applied(renumber.edit!, sep);
  assert.deepEqual(after.split('\n').filter((l) => /^\d{3}\/22 /.test(l)).map((l) => l.slice(0, 6)), ['077/22', '078/22', '079/22', '080/22', '081/22']);
  assert.match(after, /^080\/22 Item 6 – Fairness and Belonging$/m, 'the unnumbered item takes its place, its agenda words kept');
  assert.deepEqual(words(after).filter((w) => !/^\d{3}\/22$/.test(w)), words(texts.get(sep)!).filter((w) => !/^\d{3}\/22$/.test(w)), 'only numbers change');
});

test('code actions: mark an action done on its status line, and from its own meeting into the latest one', async () => {
  const oct = open('2022-10-25.minutes');
  const status = where(oct, '075/22-A1 CARRIED', { after: '075' });
  const onStatus = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: oct }, range: { start: status, end: status }, context: { diagnostics: [] } })) as CodeAction[];
  const done = onStatus.find((a) => a.title === 'Mark 075/22-A1 done');
  assert.ok(done, onStatus.map((a) => a.title).join(' | '));
  assert.match(applied(done.edit!, oct), /^075\/22-A1 DONE: awaiting the fuel contract$/m);
  const jul = open('2022-07-26.minutes');
  const action = where(jul, 'ACTION: Report on fuel costs', { after: 'ACTIO' });
  const onAction = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: jul }, range: { start: action, end: action }, context: { diagnostics: [] } })) as CodeAction[];
  // the latest meeting already carries it forward: that line changes (its note kept), the title names the file
  const later = onAction.find((a) => a.title === 'Mark 075/22-A1 done in 2022-10-25.minutes (its CARRIED FORWARD line)');
  assert.ok(later, onAction.map((a) => a.title).join(' | '));
  const after = applied(later.edit!, oct);
  assert.match(after, /^075\/22-A1 DONE: awaiting the fuel contract$/m);
  assert.doesNotMatch(after, /075\/22-A1 CARRIED FORWARD/, 'the meeting does not say two things of one action');
  assert.equal(after.split('\n').length, texts.get(oct)!.split('\n').length, 'no line added');
});

test('formatting: canonical numbers, aligned lists, one blank line before items, no trailing spaces; every word kept', async () => {
  const messy = '# Board\nDate: 27/09/2022\n\nPresent:\nSimon Foster (SF)   :  Police and Crime Commissioner  \nAndy Beard: Head of Force Contact\n\n\n\n81/22 Apologies\nNone.   \n082/22 Update\nText.\n';
  const uri = open('format.minutes', messy);
  const edits = (await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
  const after = applyEdits(messy, edits);
  assert.equal(after, '# Board\nDate: 27/09/2022\n\nPresent:\nSimon Foster (SF) : Police and Crime Commissioner\nAndy Beard        : Head of Force Contact\n\n081/22 Apologies\nNone.\n\n082/22 Update\nText.\n');
  open('format.minutes', after);
  const again = (await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
  assert.deepEqual(again, [], 'formatting twice changes nothing more');
  open('format.minutes', messy);
  // the lines from "None.   " to the start of 082/22's
  const from = positionOf(messy, 'None.   ');
  const to = positionOf(messy, '082/22 Update');
  const range = (await server.connection.sendRequest(DocumentRangeFormattingRequest.type, { textDocument: { uri }, range: { start: from, end: to }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
  assert.ok(range.every((e) => e.range.start.line >= from.line && e.range.start.line <= to.line), JSON.stringify(range));
  for (const name of ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt', 'spcb-2023-12-19-with-2024-01-agenda.txt']) {
    const text = corpusText(name);
    const u = open(`corpus-${name}.minutes`, text);
    const e = (await server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: u }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
    // a number split over two lines (`119/2⏎3`) is joined: its year digits are one word again
    const fold = (t: string) => words(t.replace(/(\d{1,3})\s?\/\s?(\d)\s*(\d)/g, '$1/$2$3')).map((w) => (/^\d{1,3}\/\d{2,4}$/.test(w) ? 'N' : w));
    assert.deepEqual(fold(applyEdits(text, e)), fold(text), `${name}: a word changed`);
    server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: u } });
  }
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
});

test('code lenses: actions and decisions of each item, and the open actions carried into the meeting', async () => {
  // the rename test above left September open with an action of its own added: back as saved
  open('2022-09-27.minutes', fs.readFileSync(path.join(folder, '2022-09-27.minutes'), 'utf8'));
  const oct = open('2022-10-25.minutes');
  const lenses = ((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: oct } })) as CodeLens[]).map((l) => [l.range.start.line, l.command?.title, l.command?.command]);
  assert.deepEqual(lenses, [
    [lineIn(oct, '# Strategic Policing and Crime Board'), '2 open actions carried into this meeting from 26/07/2022 and 27/09/2022 (1 overdue)', 'minutes.actions.showOpen'],
    [lineIn(oct, '085/22 Chief Constable Update'), '085/22: 1 action', ''],
  ]);
});

test('New Meeting: the date offered, the text from the latest meeting with its open actions, numbering continued', async () => {
  const defaults = (await server.connection.sendRequest('minutes/newMeetingDefaults', {})) as { date: string; title: string };
  assert.deepEqual(defaults.date, '22/11/2022', 'four weeks after the latest meeting, which names no next meeting');
  assert.equal(defaults.title, 'Strategic Policing and Crime Board');
  const made = (await server.connection.sendRequest('minutes/newMeeting', { date: '22 November 2022' })) as { text: string; fileName: string; after: string };
  assert.equal(made.fileName, '2022-11-22.minutes');
  assert.equal(fileOf(made.after), '2022-10-25.minutes');
  // last time's members are a checklist to move from: nobody is written as present before the meeting starts
  assert.match(made.text, /^# Strategic Policing and Crime Board\nDate: 22\/11\/2022\nChair: Simon Foster\n\nMembers to confirm \(move each to Present or Apologies\):\nSimon Foster \(SF\) : Police and Crime Commissioner\n/);
  assert.match(made.text, /^Present:\n\nApologies:\n/m);
  assert.match(made.text, /^086\/22 Apologies$/m);
  assert.match(made.text, /^075\/22-A1 CARRIED FORWARD: Report on fuel costs\. \(Mark Kenyon, due 27\/09\/2022\)$/m);
  assert.match(made.text, /^085\/22-A1 CARRIED FORWARD: Brief the Board/m);
  assert.doesNotMatch(made.text, /079\/22-A1/, 'a done action is not chased');
  assert.match(((await server.connection.sendRequest('minutes/newMeeting', { date: '31/02/2023' })) as { error: string }).error, /February 2023 has 28 days|does not exist|not a real|has no/i);
  assert.match(((await server.connection.sendRequest('minutes/newMeeting', { date: '01/10/2022' })) as { error: string }).error, /must come after it/);
  // with the agenda of 22 November open, its items are the new meeting's, and the open actions go under its actions item
  const agenda = open('agenda-2022-11-22.txt', '## STRATEGIC POLICING AND CRIME BOARD\n\nTuesday 22nd November 2022\n1000 – 1300 hrs\n\n### AGENDA\n\n'
    + '1.\t10:00\t<b>Apologies</b>\tVerbal\n2.\t10:10\t<b>Notes of the Last Meeting</b>\t\n3.\t10:30\t<b>Fleet Strategy</b> To be presented by: Mark Kenyon\tWritten Report\n'
    + '4.\t11:00\t<b>Actions from Previous Meetings</b>\tFor Noting\n');
  const fromAgenda = (await server.connection.sendRequest('minutes/newMeeting', { date: '22/11/2022' })) as { text: string };
  assert.match(fromAgenda.text, /^088\/22 Fleet Strategy\nPresented by: Mark Kenyon\n\n089\/22 Actions from Previous Meetings\n075\/22-A1 CARRIED FORWARD: Report on fuel costs\./m);
  server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: agenda } });
});

test('New Meeting from Agenda: the corpus agenda becomes numbered items with presenters, in their sections', async () => {
  const made = (await server.connection.sendRequest('minutes/minutesFromAgenda', { uri: uriOf('agenda.txt'), text: corpusText('spcb-2023-12-19-with-2024-01-agenda.txt') })) as { text: string; fileName: string };
  assert.equal(made.fileName, '2024-01-23.minutes');
  assert.match(made.text, /^Date: 23\/01\/2024$/m);
  assert.match(made.text, /^## Police and Crime Plan\n\n004\/24 Increased Confidence in WMP: Fairness and Belonging\nPresented by: Deputy Chief Constable Scott Green$/m);
  assert.match(made.text, /^005\/24 Rebuilding Community Policing Part Two\nPresented by: ACC Claire Bell, Supt Martin Hurcomb$/m);
  assert.match(made.text, /^011\/24 Date of the Next Meeting\nNext meeting: 27\/02\/2024$/m);
  const none = (await server.connection.sendRequest('minutes/minutesFromAgenda', { uri: uriOf('x.txt'), text: 'Just some notes.' })) as { error: string };
  assert.match(none.error, /holds no agenda/);
});
