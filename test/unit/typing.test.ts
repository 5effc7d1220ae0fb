/** Typing help: the snippets the server offers at the start of a line, and completion in them. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { completions, renderMeeting, renderHtml, type Completion } from '#service';
import { MEETING, analyse } from '../support/util';

const TODAY = new Date(2022, 8, 27);

/** The completions at the end of `line` (0-based) of `text`. */
function at(text: string, line: number): Completion[] {
  const a = analyse(text);
  const lines = text.split('\n');
  return completions(a.doc, lines, line, lines[line].length, 'file:///m.minutes', TODAY, 'dmy');
}

/** A snippet as the editor writes it when the clerk accepts every default: a placeholder's text, a choice's first option. */
function expand(body: string): string {
  return body
    .replace(/\$\{\d+\|((?:[^|\\]|\\.)*?)(?:,(?:[^|\\]|\\.)*)*\|\}/g, (_m, first: string) => first.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, (_m, def: string) => def.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

function snippet(list: Completion[], label: string): Completion {
  const s = list.find((c) => c.kind === 'snippet' && c.label === label);
  assert.ok(s, `the ${label} snippet is offered`);
  return s;
}

const doc = `${MEETING}\n081/22 Access to Police Services\nPresented by: Andy Beard\nThe Board discussed the data.\n\n`;
const lastLine = doc.split('\n').length - 1;

test('the item snippet writes the next minute number of the meeting, not 001', () => {
  const item = snippet(at(`${doc}it`, lastLine), 'item');
  assert.match(item.insertText, /^082\/22 \$\{1:Title\}\nPresented by: /);
  assert.equal(item.range.start.character, 0);
  assert.doesNotMatch(item.insertText, /001|CURRENT_/);
});

test('the action snippet: no snippet variable in a choice, this meeting\'s people as owners, a date after the meeting', () => {
  const action = snippet(at(`${doc}act`, lastLine), 'action');
  assert.doesNotMatch(action.insertText, /\$[A-Z_]/, 'no variable such as $CURRENT_DATE, which a choice shows as written');
  const owners = /Owner: \$\{2\|([^|]*)\|\}/.exec(action.insertText);
  assert.ok(owners, action.insertText);
  // present first, then apologies
  assert.deepEqual(owners[1].split(','), ['Simon Foster', 'Andy Beard', 'Andy Parsons', 'Craig Guildford', 'Tom McNeil']);
  assert.match(action.insertText, /Due: \$\{3\|next meeting,25\/10\/2022\|\}\.\$0$/);
  // accepted as offered, the action raises no unknown-person warning
  const written = `${doc}${expand(action.insertText)}\n`;
  assert.match(written, /ACTION: What is to be done\. Owner: Simon Foster\. Due: next meeting\.\n$/);
  assert.deepEqual(analyse(written).findings.filter((f) => f.code === 'minutes/unknown-person'), []);
});

test('the presenter of the item snippet is one of the meeting\'s people: no unknown-person warning while it is unfilled', () => {
  const written = `${doc}${expand(snippet(at(`${doc}item`, lastLine), 'item').insertText)}`;
  assert.deepEqual(analyse(written).findings.filter((f) => f.code === 'minutes/unknown-person'), []);
});

test('completion at Owner: with nothing typed offers this meeting\'s people before anyone else', () => {
  const text = `${doc}ACTION: Publish the data. Owner: `;
  const people = at(text, lastLine).filter((c) => c.kind === 'person');
  assert.deepEqual(people.slice(0, 2).map((p) => p.insertText), ['Simon Foster', 'Andy Beard']);
});

test('every snippet writes the canonical forms, with the date in the settings\' order', () => {
  const all = at(`${doc}`, lastLine).filter((c) => c.kind === 'snippet');
  assert.deepEqual([...new Set(all.map((c) => c.label))].sort(), ['action', 'agreed', 'asked', 'decision', 'item', 'meeting', 'minutes', 'next', 'presented', 'presenter', 'question', 'resolved']);
  const text = all.map((c) => c.insertText).join('\n');
  for (const form of ['ACTION:', 'Owner:', 'Due:', 'DECISION:', 'Presented by:', 'Present:', 'Apologies:', 'In attendance:', 'Date:', '(Asked by', 'Next meeting:']) assert.ok(text.includes(form), form);
  assert.ok(!/\$[A-Z]/.test(text), 'no snippet variables: the server writes the dates');
  assert.match(snippet(all, 'next').insertText, /^Next meeting: \$\{1:25\/10\/2022\}/);
});

// ---- comings and goings: "Cllr Waseem Zaffar joined the meeting at 21:23" ----------------------

test('someone the minutes say joined the meeting owns an action without an unknown-person warning', () => {
  const text = `${MEETING}\n081/22 Police and Crime Plan\nCllr Waseem Zaffar joined the meeting at 21:23.\nThe Board discussed the plan.\n\n082/22 Estates\nACTION: Review the estate. Owner: Cllr Zaffar. Due: 25/10/2022.\n`;
  assert.deepEqual(analyse(text).findings.filter((f) => f.code === 'minutes/unknown-person').map((f) => f.message), []);
  // the sentence is the attendance fact: without it, the owner is unknown
  const without = text.replace('Cllr Waseem Zaffar joined the meeting at 21:23.\n', '');
  assert.equal(analyse(without).findings.filter((f) => f.code === 'minutes/unknown-person').length, 1);
  // someone who left is no reason to trust an unknown name, and an unrelated surname is still unknown
  const other = text.replace('Owner: Cllr Zaffar', 'Owner: Cllr Ahmed');
  assert.equal(analyse(other).findings.filter((f) => f.code === 'minutes/unknown-person').length, 1);
});

test('"X left the meeting during item 7" and "The Chief Constable arrived at 10:40" are read as comings and goings', () => {
  const text = `${MEETING}\n081/22 Police and Crime Plan\nThe Chief Constable arrived at 10:40. Cllr Waseem Zaffar left the meeting during item 7.\n`;
  const item = analyse(text).doc.meeting!.items[0];
  assert.deepEqual(item.arrivals.map((a) => [a.name.text, a.kind]), [['Chief Constable', 'joined'], ['Cllr Waseem Zaffar', 'left']]);
  assert.deepEqual(analyse(`${MEETING}\n081/22 Plan\nThe Board left the matter to the next meeting.\nit was left to the meeting to decide.\n`).doc.meeting!.items[0].arrivals, []);
});

test('"Add … to Present" writes the fullest name the minutes give, without the rank, and no placeholder when no role is known', () => {
  const text = `${MEETING}\n081/22 Police and Crime Plan\nPresented by: Cllr Waseem Zaffar\n\n082/22 Estates\nACTION: Review the estate. Owner: Cllr Zaffar. Due: 25/10/2022.\n`;
  const owner = analyse(text).findings.find((f) => f.code === 'minutes/unknown-person' && f.message.startsWith('Owner'));
  assert.ok(owner);
  const add = owner.fixes.find((f) => f.title.startsWith('Add'));
  assert.equal(add?.title, 'Add Waseem Zaffar to Present');
  assert.equal(add?.edits[0].newText, '\nWaseem Zaffar');
});

test('a role left empty or still "[role]" is never published', () => {
  const text = `${MEETING.replace('Craig Guildford : Chief Constable', 'Craig Guildford : Chief Constable\nWaseem Zaffar : [role]\nZaffar : ')}\n081/22 Plan\nThe Board discussed the plan.\n`;
  const a = analyse(text);
  const r = renderMeeting(a.doc, a.lines)!;
  const people = r.people.flatMap((b) => b.people);
  assert.deepEqual(people.filter((p) => /Zaffar/.test(p.name)).map((p) => [p.name, p.role]), [['Waseem Zaffar', undefined], ['Zaffar', undefined]]);
  assert.equal(people.find((p) => p.name === 'Craig Guildford')?.role, 'Chief Constable');
  assert.ok(!renderHtml(r).includes('[role]'));
});
