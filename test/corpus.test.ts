/**
 * The parser finds in each corpus file what a person reading it finds: every printed minute
 * number, the date, attendees and apologies with roles, the presenters of each item, the
 * actions (ACTION/Action lines and the bold ones), and the agenda that opens the 2023 file.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, numberLabel, resolveMention, type MinutesDocument } from '#service';
import { corpusText } from './support/util';
import { assertRangesInside } from './support/ranges';

function load(name: string): { doc: MinutesDocument; text: string } {
  const text = corpusText(name);
  return { doc: parse(text), text };
}

function numbers(doc: MinutesDocument): string[] {
  return doc.meeting!.items.map((i) => (i.number ? numberLabel(i.number) : '?'));
}

function seq(from: number, to: number, yy: string): string[] {
  return Array.from({ length: to - from + 1 }, (_, k) => `${String(from + k).padStart(3, '0')}/${yy}`);
}

function people(doc: MinutesDocument, kind: string): string[] {
  return doc.meeting!.people.filter((b) => b.kind === kind).flatMap((b) => b.people.map((p) => `${p.name.display} : ${p.role}`));
}

function item(doc: MinutesDocument, label: string) {
  const it = doc.meeting!.items.find((i) => i.number && numberLabel(i.number) === label);
  assert.ok(it, `item ${label} is found`);
  return it;
}

function presenters(doc: MinutesDocument, label: string): string[] {
  return item(doc, label).presenters.flatMap((p) => p.names.map((n) => n.text));
}

test('January 2020: items 001/20 to 016/20, attendees, presenters, actions', () => {
  const { doc, text } = load('spcb-2020-01-21.txt');
  assert.equal(doc.kind, 'minutes');
  const m = doc.meeting!;
  assert.equal(m.title?.value, 'STRATEGIC POLICING AND CRIME BOARD');
  assert.equal(m.date?.iso, '2020-01-21');
  assert.equal(m.location?.value, 'Main Conference room (G2), Lloyd House');
  assert.deepEqual(numbers(doc), seq(1, 16, '20'));
  assert.ok(m.items.every((i) => !i.number?.malformed));
  const present = people(doc, 'present');
  assert.equal(present.length, 15);
  assert.ok(present.includes('Richard Agar : Superintendent'));
  assert.ok(present.includes('Sarah Marwick : Board Member'));
  assert.ok(present.includes('David Thompson : Chief Constable'));
  assert.ok(present.includes('Nicola Price : Director of People & Organisation Development'));
  // written as prose in item 003/20, carried on in the table's next cell: a reader counts them as the apologies
  // (issue 18, point 2; test/fixtures/corpus/spcb-2020-01-21.expect.json)
  assert.deepEqual(people(doc, 'apologies'), ['Johnson : undefined', 'Meir : undefined', 'Southern : undefined', 'Thomas McNeil : undefined', 'Mark Kenyon : undefined']);
  assert.deepEqual(people(doc, 'inAttendance'), ['Alison Parker : undefined', 'Jim Skidmore : undefined']);
  assert.equal(item(doc, '003/20').title, 'Apologies');
  assert.deepEqual(presenters(doc, '004/20'), ['ACC Vanessa Jardine']);
  assert.deepEqual(presenters(doc, '010/20'), ['Supt Sean Kent', 'Det Chief Supt Rich Baker']);
  assert.deepEqual(presenters(doc, '011/20'), ['DDC Louisa Rolfe', 'Richard Agar']);
  assert.deepEqual(presenters(doc, '012/20'), ['DCC Louisa Rolfe', 'Nick Walton']);
  assert.deepEqual(presenters(doc, '013/20'), ['the DCC Louisa Rolfe']);
  assert.deepEqual(presenters(doc, '014/20'), ['Alethea Fuller']);
  assert.equal(item(doc, '014/20').title, 'Strategic Policing and Crime Board Work Plan');
  // presenters resolve to the people in the list, whatever rank is written before them
  const resolved = (t: string) => { const r = resolveMention(t, m); return r.kind === 'person' ? r.person.name.display : r.kind; };
  assert.equal(resolved('Det Chief Supt Rich Baker'), 'Richard Baker');
  assert.equal(resolved('the DCC Louisa Rolfe'), 'Louisa Rolfe');
  assert.equal(resolved('Alethea Fuller'), 'unknown');
  assert.ok(m.boldActions, 'the note says actions are in bold');
  const actions = m.items.flatMap((i) => i.actions.map((a) => ({ item: numberLabel(i.number!), text: a.text, bold: a.bold })));
  assert.deepEqual(actions.map((a) => [a.item, a.bold]), [['004/20', true], ['009/20', false]]);
  assert.match(actions[0].text, /^There is a meeting with the coroner on 27\/01\/2020/);
  assert.equal(actions[1].text, 'month by month data to be provided.');
  assert.deepEqual(m.sections.map((s) => s.title), ['EMERGING ITEMS', 'Police and Crime Plan Priorities', 'REGULAR ITEMS']);
  assert.equal(m.sections[item(doc, '010/20').section!].title, 'EMERGING ITEMS');
  assert.deepEqual(item(doc, '009/20').questions.filter((q) => q.asker).map((q) => q.asker!.text),
    ['David Jamieson', 'Waheed Saleem', 'Gurinder Singh Josan', 'Waheed Saleem', 'Brendan Connor']);
  assertRangesInside(doc, text.split(/\r\n|\r|\n/));
});

test('September 2022: items 077/22 to 088/22, attendees and apologies, presenters, the Action line', () => {
  const { doc, text } = load('spcb-2022-09-27.txt');
  const m = doc.meeting!;
  assert.equal(m.date?.iso, '2022-09-27');
  assert.equal(m.time?.value, '1000 – 1300 hrs');
  assert.deepEqual(numbers(doc), seq(77, 88, '22'));
  const present = people(doc, 'present');
  assert.equal(present.length, 17);
  assert.equal(present[0], 'Simon Foster : Police and Crime Commissioner, OPCC');
  assert.ok(present.includes('Toni Williams-Long : Director of POD'));
  assert.ok(present.includes('Caroline Ryder : Partnerships - Long Term Contractor, OPCC'));
  assert.deepEqual(people(doc, 'apologies'), [
    'David Thompson : Chief Constable', 'Tom McNeil : Assistant Police and Crime Commissioner', 'Nicky Brennan : Victims Commissioner',
    'Bhupinder Gakhal : Board Member', 'Charmaine Burton : Board Member', 'Caroline Marsh : Assistant Chief Constable',
  ]);
  assert.deepEqual(presenters(doc, '081/22'), ['Andy Beard', 'Andy Parsons']);
  assert.deepEqual(presenters(doc, '082/22'), ['Alethea Fuller', 'Toni Williams-Long', 'Darren Ralph']);
  assert.deepEqual(presenters(doc, '083/22'), ['Matt Ward', 'Gareth Morris', 'Nikki Penniston']);
  assert.deepEqual(presenters(doc, '084/22'), ['Nikki Penniston', 'Caroline Ryder', 'Daryl Lyon']);
  assert.deepEqual(presenters(doc, '085/22'), ['Mark Kenyon']);
  for (const label of ['077/22', '078/22', '079/22', '080/22', '086/22', '087/22', '088/22']) assert.deepEqual(presenters(doc, label), [], `${label} has no presenter`);
  assert.equal(item(doc, '081/22').title, 'Access to Police Services');
  assert.equal(item(doc, '077/22').title, 'Apologies and PCC Update');
  const actions = m.items.flatMap((i) => i.actions.map((a) => `${numberLabel(i.number!)} ${a.text}`));
  assert.deepEqual(actions, ['083/22 The findings of trends and data over the summer period are to be presented at a future meeting.']);
  assert.equal(m.nextMeeting?.iso, '2022-10-25');
  assert.deepEqual(m.sections.map((s) => s.title), ['Police and Crime Plan', 'Partnership Presentation', 'Regular Items']);
  assert.deepEqual(item(doc, '080/22').questions.filter((q) => q.asker).map((q) => q.asker!.text), ['the Commissioner', 'the Commissioner']);
  assertRangesInside(doc, text.split(/\r\n|\r|\n/));
});

test('December 2023: the January 2024 agenda first, then items 115/23 to 125/23 from split numbers', () => {
  const { doc, text } = load('spcb-2023-12-19-with-2024-01-agenda.txt');
  assert.equal(doc.kind, 'minutes');
  assert.equal(doc.agendas.length, 1, 'the opening agenda is recognised as an agenda');
  const agenda = doc.agendas[0];
  assert.equal(agenda.date?.iso, '2024-01-23');
  assert.equal(agenda.items.length, 11);
  assert.deepEqual(agenda.items.map((i) => i.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.equal(agenda.items[3].title, 'Increased Confidence in WMP: Fairness and Belonging');
  assert.deepEqual(agenda.items[3].presenters.map((p) => p.text), ['Deputy Chief Constable Scott Green']);
  assert.deepEqual(agenda.items[4].presenters.map((p) => p.text), ['ACC Claire Bell', 'Supt Martin Hurcomb']);
  assert.equal(agenda.items[3].kind, 'Written Report');
  const m = doc.meeting!;
  assert.equal(m.date?.iso, '2023-12-19', 'the meeting date, not the agenda date');
  assert.deepEqual(numbers(doc), seq(115, 125, '23'));
  // every number is printed split by the PDF (`115/2 3`): the break is debris, so none is malformed
  assert.ok(m.items.every((i) => i.number?.printed !== undefined && !i.number.malformed), 'every number is written split');
  assert.equal(item(doc, '119/23').number?.range.end.line, item(doc, '119/23').number!.range.start.line + 1, '119/2 and 3 on two lines');
  assert.equal(item(doc, '119/23').title, 'Rebuilding Community Policing: Part One');
  assert.equal(item(doc, '121/23').title, 'Custody Visiting and Appropriate Adult Update');
  assert.equal(people(doc, 'present').length, 17);
  assert.ok(people(doc, 'present').includes('Catherine Hannon : Board Member'));
  assert.ok(people(doc, 'present').includes("Mike O'Hara : Assistant Chief Constable"));
  assert.deepEqual(people(doc, 'apologies'), ['Craig Guildford : Chief Constable']);
  assert.deepEqual(presenters(doc, '117/23'), ['PCC Simon Foster']);
  assert.deepEqual(presenters(doc, '119/23'), ['ACC Bell', 'C/Supt Anthony Tagg', 'Sam Booth']);
  assert.deepEqual(presenters(doc, '120/23'), ['Alison Caddick']);
  assert.deepEqual(presenters(doc, '121/23'), ['Jenson Bloomer', 'Andrea Gabbitas']);
  assert.deepEqual(presenters(doc, '122/23'), ['Supt Simon Inglis', 'Suki Sanghera', 'Harjeet Chakira', 'Imogen Cheatham']);
  const r = resolveMention('ACC Bell', m);
  assert.ok(r.kind === 'person' && r.person.name.display === 'Claire Bell');
  const actions = m.items.flatMap((i) => i.actions.map((a) => ({ item: numberLabel(i.number!), text: a.text, bold: a.bold, owners: a.owners.map((o) => o.text) })));
  assert.deepEqual(actions.map((a) => a.item), ['117/23', '119/23', '119/23']);
  assert.ok(actions.every((a) => a.bold));
  assert.equal(actions[0].text, 'WMP will pick up a discussion with the Local Authority around Speed Enforcement Cameras.');
  assert.deepEqual(actions[0].owners, ['WMP']);
  assert.match(actions[2].text, /^Further details on the 2 apps/);
  assert.equal(m.nextMeeting?.iso, '2024-01-23');
  assert.deepEqual(m.sections.map((s) => s.title), ['Police and Crime Plan', 'Regular Item', 'Partnership Presentation']);
  assertRangesInside(doc, text.split(/\r\n|\r|\n/));
});
