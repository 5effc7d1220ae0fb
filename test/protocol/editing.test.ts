/** Completion and hover against the real server, on a folder of meetings. */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification, CompletionRequest, HoverRequest, type CompletionItem, type Hover, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { startOnFixtureWorkspace, type TestServer } from '../support/lspClient';
import { positionAfter, positionOf, withCursor, type Position } from '../support/positions';

let server: TestServer;
let folder: string;
const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();

let stop: () => Promise<void>;
before(async () => {
  ({ server, folder, stop } = await startOnFixtureWorkspace('minutes-editing-'));
});
after(() => stop());

let version = 1;
function open(name: string, text: string): string {
  const uri = uriOf(name);
  server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'minutes', version: version++, text } });
  return uri;
}
async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
  return ((await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) ?? []) as CompletionItem[];
}
async function hoverText(uri: string, position: Position): Promise<string | undefined> {
  const h = (await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position })) as Hover | null;
  return h ? (h.contents as MarkupContent).value : undefined;
}

const NOVEMBER = '# Strategic Policing and Crime Board\nDate: 22/11/2022\n\nPresent:\nSimon Foster (SF) : Police and Crime Commissioner\nVanessa Jardine (VJ) : Deputy Chief Constable\n\n';

test('at the start of a line: the next minute number, continuing from the previous meeting, and the keywords', async () => {
  const start = withCursor(`${NOVEMBER}$0`);
  const uri = open('2022-11-22.minutes', start.text);
  const items = await complete(uri, start.cursor);
  assert.equal(items[0].label, '086/22', 'the October meeting ended at 085/22');
  assert.equal((items[0].textEdit as { newText: string }).newText, '086/22 ');
  assert.ok(['ACTION:', 'DECISION:', 'Presented by:'].every((k) => items.some((i) => i.label === k)));
  const next = withCursor(`${NOVEMBER}086/22 Apologies\nNone.\n\n$0`);
  const later = open('2022-11-22b.minutes', next.text);
  assert.equal((await complete(later, next.cursor))[0].label, '087/22');
});

test('people after "Presented by:" and in "Owner:": this meeting first, matched by name, initials or role', async () => {
  const text = `${NOVEMBER}086/22 Apologies\nPresented by: \nACTION: Do it. Owner: SF, \n`;
  const uri = open('2022-11-22c.minutes', text);
  const presenters = await complete(uri, positionAfter(text, 'Presented by: '));
  const vj = presenters.find((i) => i.label === 'Vanessa Jardine : Deputy Chief Constable');
  assert.ok(vj, presenters.map((i) => i.label).join(' | '));
  assert.match(vj.filterText ?? '', /Deputy Chief Constable/, 'typing "Chief" finds her by role');
  assert.equal((vj.textEdit as { newText: string }).newText, 'Vanessa Jardine');
  assert.ok(presenters.some((i) => i.label.startsWith('Mark Kenyon') && i.sortText!.startsWith('1')), 'then people known from other meetings');
  const owners = await complete(uri, positionAfter(text, 'Owner: SF, '));
  assert.ok(owners.some((i) => i.label.startsWith('Vanessa Jardine')));
});

test('dates after "Due:": today, next meeting, and the coming weeks', async () => {
  const text = `${NOVEMBER}086/22 Apologies\nACTION: Do it. Owner: SF. Due: \n`;
  const uri = open('2022-11-22d.minutes', text);
  const items = await complete(uri, positionAfter(text, 'Due: '));
  assert.equal(items[0].label, '22/11/2026');
  assert.equal(items[0].detail, 'today');
  assert.ok(items.some((i) => i.label === 'next meeting'));
  assert.ok(items.some((i) => i.label === '29/11/2026' && /in 1 week/.test(i.detail ?? '')));
});

test('items after "see": the numbers that start so, with their titles', async () => {
  const text = `${NOVEMBER}086/22 Matters arising\nAs discussed, see 07\n`;
  const uri = open('2022-11-22e.minutes', text);
  const items = await complete(uri, positionAfter(text, 'see 07'));
  assert.deepEqual(items.map((i) => `${i.label} ${i.detail}`), ['074/22 Apologies and PCC Update', '075/22 Finance and Budget Update', '076/22 Date of Next Meeting', '077/22 Apologies and PCC Update', '078/22 Notes of the Last Meeting', '079/22 Access to Police Services']);
});

test('hover on an action reference, an item number and a person; the user\'s text is escaped', async () => {
  const october = fs.readFileSync(path.join(folder, '2022-10-25.minutes'), 'utf8');
  const uri = open('2022-10-25.minutes', october);
  const action = await hoverText(uri, positionOf(october, '079/22-A1 DONE', { after: '079' }));
  assert.match(action ?? '', /\*\*Action `079\/22-A1`\*\*/);
  assert.match(action ?? '', /\*\*done\*\*/);
  assert.match(action ?? '', /25\/10\/2022: done — data circulated 01\/10\/2022/);
  const julyText = fs.readFileSync(path.join(folder, '2022-07-26.minutes'), 'utf8');
  const july = open('2022-07-26.minutes', julyText);
  const item = await hoverText(july, positionOf(julyText, '075/22 Finance', { after: '07' }));
  assert.match(item ?? '', /\*\*075\/22 Finance and Budget Update\*\*/);
  assert.match(item ?? '', /Presented by Mark Kenyon/);
  assert.match(item ?? '', /`075\/22-A1` Report on fuel costs\\\. — Mark Kenyon, due 27\/09\/2022, \*\*carried forward, overdue\*\*/);
  const person = await hoverText(uri, positionOf(october, 'Presented by: VJ', { after: 'Presented by: V' }));
  assert.match(person ?? '', /^\*\*Vanessa Jardine\*\* — Deputy Chief Constable\n\nPresent at this meeting \(25\/10\/2022\)/);
  const hostileText = '# Board\nDate: 01/12/2022\n\n090/22 <img src=x onerror=alert(1)> [x](javascript:alert(1))\nText.\n';
  const hostile = open('2022-12-01.minutes', hostileText);
  const escaped = await hoverText(hostile, positionOf(hostileText, '090/22 <img', { after: '09' }));
  assert.ok(escaped && escaped.includes('\\<img'), escaped);
  assert.ok(!/(^|[^\\])</.test(escaped), 'no unescaped <: no HTML');
  assert.ok(!/(^|[^\\])\]\(/.test(escaped), 'no unescaped ](: no link');
});
