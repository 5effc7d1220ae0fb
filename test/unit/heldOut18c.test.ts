/**
 * Forms a clerk read in a Welsh community council's bilingual minutes, in other councils' words:
 * attendance labels in two languages (either first, wrapped in the label column), a title or a post
 * printed in both languages inside the list, and `Proposed by Cllr X, seconded by Cllr Y and agreed
 * that / to …` as English parish and Welsh community councils record a decision.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

type Row = { list: string; name: string; title?: string; role?: string; org?: string; q?: string[] };
const people = (text: string): Row[] => (parse(text).meeting?.people ?? []).flatMap((b) => b.people.map((p) => ({
  list: b.kind, name: p.name.display, title: p.title, role: p.role, org: p.organisation, q: (p.qualifiers ?? []).map((x) => x.text),
})));
// (a PDF's pages, its bilingual footer under each: a council's printed minutes, whose prose is read for its undertakings)
const council = (lists: readonly string[], body: readonly string[] = ['The Chair welcomed members.']): string => [
  'CYNGOR TREF LLANYMDDYFRI', 'LLANDOVERY TOWN COUNCIL', '', 'Cofnodion / Minutes of the meeting held on 3 March 2025', '',
  ...lists, '', '40/25\tAdroddiadau / Reports', ...body, '', '41/25\tDyddiad y Cyfarfod Nesaf / Date of Next Meeting', 'Monday 7 April 2025.', '',
  'Cofnodion / Minutes 03.03.25\t\t\t\tTudalen 1 o 1 / Page 1 of 1',
].join('\n');

test('bilingual attendance labels, the other language first: the list the English half names, a label wrapped in its column', () => {
  const text = council([
    'Yn bresennol / Present:\tCllr Aled Bowen (Mayor), Cllr Non Griffiths, Cllr Tegid',
    '\t\t\tPowell (from minute 41/25)',
    'Hefyd yn bresennol /\tAelod Sir / County Cllr Menna Rhys (Cilycwm Ward);',
    'Also present:\t\tMr Iolo Harries, Clerc y Dref / Town Clerk;',
    '\t\t\ttwo members of the public',
    'Ymddiheuriadau /\tCllr Elwyn Pugh (holiday); Cllr Gwen Ifans (family commitments)',
    'Apologies:',
  ]);
  assert.deepEqual(people(text), [
    { list: 'present', name: 'Aled Bowen', title: 'Cllr', role: 'Mayor', org: undefined, q: [] },
    { list: 'present', name: 'Non Griffiths', title: 'Cllr', role: undefined, org: undefined, q: [] },
    { list: 'present', name: 'Tegid Powell', title: 'Cllr', role: undefined, org: undefined, q: ['from minute 41/25'] },
    // of a title or a post printed in both languages, the half that is the minutes' own
    { list: 'inAttendance', name: 'Menna Rhys', title: 'County Cllr', role: undefined, org: 'Cilycwm Ward', q: [] },
    { list: 'inAttendance', name: 'Iolo Harries', title: 'Mr', role: 'Town Clerk', org: undefined, q: [] },
    { list: 'apologies', name: 'Elwyn Pugh', title: 'Cllr', role: undefined, org: undefined, q: ['holiday'] },
    { list: 'apologies', name: 'Gwen Ifans', title: 'Cllr', role: undefined, org: undefined, q: ['family commitments'] },
  ]);
});

test('bilingual labels with English first, the other language after the slash, wrapped or not', () => {
  const text = council([
    'Present / Yn bresennol:\tCllr Rhian Lewis (Chair), Cllr Owen Morgan',
    'Apologies /\t\tCllr Huw Daniel (work)',
    'Ymddiheuriadau:',
  ]);
  assert.deepEqual(people(text).map((p) => [p.list, p.name, p.role]), [['present', 'Rhian Lewis', 'Chair'], ['present', 'Owen Morgan', undefined], ['apologies', 'Huw Daniel', undefined]]);
});

test('near misses: a slash in a label or a post that is no second language', () => {
  // two lists' words either side of the slash name no one list; a post of two offices stays as written
  const lists = council(['Present / Apologies:\tCllr Rhian Lewis, Cllr Owen Morgan', 'In attendance: Mrs Ann Roe, Clerk / RFO']);
  assert.deepEqual(people(lists).map((p) => [p.list, p.name, p.role]), [['inAttendance', 'Ann Roe', 'Clerk / RFO']]);
  // in minutes printed in one language a slash in a post joins two posts: kept as written
  const english = ['HOLLOWDENE PARISH COUNCIL', 'Minutes of the meeting held on 3 March 2025', '', 'Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan', 'In attendance: Mrs Ann Roe, Finance / HR Manager; Mr Ben Day, Clerk', '', '1.\tWelcome', 'Hello.', '', '2.\tClose', 'Bye.'].join('\n');
  assert.deepEqual(people(english).slice(2).map((p) => [p.name, p.role]), [['Ann Roe', 'Finance / HR Manager'], ['Ben Day', 'Clerk']]);
  // an item's words before the slash are no other language's label
  assert.deepEqual(people(council(['Item 4 / Members:\tCllr Rhian Lewis, Cllr Owen Morgan'])).length, 0);
});

const decisions = (text: string) => parse(text).meeting!.items.flatMap((i) => [...i.decisions, ...(i.subItems ?? []).flatMap((s) => s.decisions)]).map((d) => [d.text, d.vote?.mover?.value, d.vote?.seconder?.value]);

test('`Proposed by …, seconded by … and agreed that / to …`: the council\'s word ends the record, the decision starts at `that` / `to`', () => {
  const text = council(['Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan, Cllr Huw Daniel'], [
    'Proposed by Cllr Morgan, seconded by Cllr Daniel and agreed that the minutes of 3 February 2025 be signed as a true record.',
    'Proposed by Councillor Lewis, seconded by Councillor Morgan and RESOLVED to accept the quote of £640 for the',
    'repair of the bus shelter.',
    'It was proposed by Cllr Daniel and seconded by Cllr Lewis and unanimously agreed to support the application.',
  ]);
  assert.deepEqual(decisions(text), [
    ['that the minutes of 3 February 2025 be signed as a true record', 'Cllr Morgan', 'Cllr Daniel'],
    ['to accept the quote of £640 for the repair of the bus shelter', 'Councillor Lewis', 'Councillor Morgan'],
    ['to support the application', 'Cllr Daniel', 'Cllr Lewis'],
  ]);
  // near miss: a record whose council word has no `that` or `to` after it starts no decision's words at the seconder
  const bare = council(['Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan'], ['Proposed by Cllr Lewis, seconded by Cllr Morgan and agreed in January, the scheme was noted.']);
  assert.deepEqual(decisions(bare), []);
});

const actions = (text: string) => {
  const m = parse(text).meeting!;
  const placed = [...m.items.flatMap((i) => [...i.actions, ...(i.subItems ?? []).flatMap((s) => s.actions)].map((a) => [i.number?.written ?? null, a] as const)), ...(m.actions ?? []).map((a) => [null, a] as const)];
  return placed.map(([item, a]) => [item, a.text, a.owners.map((o) => o.text), a.due?.text]);
};

test('a closing table of actions under a title in two languages, either first: its rows the meeting\'s actions, the items\' promises kept once', () => {
  const minutes = (title: string) => council(['Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan', 'In attendance: Mr Iolo Harries (Clerk)'], [
    'The Clerk will write to the county about the gully by 30 April 2025.', '', '41/25\tGohebiaeth / Correspondence', 'Cllr Morgan to contact the school about the crossing.', '',
    title, 'Ref\tAction\t\t\t\tLead\t\tBy', 'B04\tWrite to county about the gully\tClerk\t\t30/04/25', 'B05\tContact the school about crossing\tCllr Morgan\tnext meeting', '', 'The meeting closed at 8.40pm.',
  ]).replace('41/25\tDyddiad y Cyfarfod Nesaf / Date of Next Meeting\nMonday 7 April 2025.', '');
  for (const title of ['Rhestr Gweithredu / Action List', 'Action List / Rhestr Gweithredu', 'Camau Gweithredu / Actions Arising']) {
    assert.deepEqual(actions(minutes(title)), [
      [null, 'Write to county about the gully', ['Clerk'], '30/04/25'],
      [null, 'Contact the school about crossing', ['Cllr Morgan'], 'next meeting'],
    ], title);
  }
  // near miss: a heading in two languages that names no list of actions heads no table of them
  assert.equal(actions(minutes('Gohebiaeth / Correspondence Log')).some((a) => a[0] === null), false);
});

test('a police officer\'s undertaking at a parish meeting: `PCSO Lane agreed to …`, `Sergeant Pryce will …` are actions of the officer', () => {
  const text = council(['Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan', 'In attendance: PCSO Carys Lane, Sergeant Dewi Pryce (Dyfed-Powys Police)'], [
    'Members raised speeding on the B4302; PCSO Lane agreed to arrange a speed check.', 'Sergeant Pryce will share the crime figures with the Clerk by 1 May 2025.',
  ]);
  assert.deepEqual(actions(text), [['40/25', 'arrange a speed check', ['PCSO Lane'], undefined], ['40/25', 'share the crime figures with the Clerk by 1 May 2025', ['Sergeant Pryce'], '1 May 2025']]);
});

test('a member to attend an event on a day: the day is the event\'s, no due; a task done on a day keeps it', () => {
  const text = council(['Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan'], [
    'Cllr Morgan to attend the Area Committee on 12 May 2025.', 'Cllr Lewis to present the petition to the county on 14 May 2025.',
  ]);
  assert.deepEqual(actions(text), [['40/25', 'attend the Area Committee on 12 May 2025', ['Cllr Morgan'], undefined], ['40/25', 'present the petition to the county on 14 May 2025', ['Cllr Lewis'], '14 May 2025']]);
});

test('planning applications as an item\'s lettered parts, a Welsh authority\'s reference first (`C24/1123/42/LL – site – proposal`): each a sub-item', () => {
  const text = council(['Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan'], [
    'The Chair welcomed members.', '', '40A/25\tCynllunio / Planning',
  ]).replace('40A/25\tCynllunio / Planning', '').replace('41/25\tDyddiad y Cyfarfod Nesaf / Date of Next Meeting\nMonday 7 April 2025.', [
    '41/25\tCynllunio / Planning',
    '(a)\tC24/1123/42/LL – Bryn Teg, Ffordd Caernarfon – single-storey rear extension', '\tProposed by Cllr Morgan, seconded by Cllr Lewis and agreed to support the application.',
    '(b)\tNP/25/0456/FUL – Yr Hen Ysgol, Llanbedr – change of use to a dwelling', '\tIt was agreed to raise no objection.', '',
    '42/25\tGohebiaeth / Correspondence',
    '(a)\tOne Voice Wales – notice of the spring conference. Cllr Lewis to attend on 12 May.',
  ].join('\n'));
  const subs = parse(text).meeting!.items.map((i) => [i.number?.written, (i.subItems ?? []).map((s) => [s.number?.written, s.title])]);
  assert.deepEqual(subs, [
    ['40/25', []],
    ['41/25', [['(a)', 'C24/1123/42/LL – Bryn Teg, Ffordd Caernarfon – single-storey rear extension'], ['(b)', 'NP/25/0456/FUL – Yr Hen Ysgol, Llanbedr – change of use to a dwelling']]],
    // near miss: a lettered paragraph of correspondence, a sentence after its dash, is no heading
    ['42/25', []],
  ]);
});

test('a heading in two languages: the body\'s name in the minutes\' language is the title, whichever language is printed first', () => {
  const title = (head: readonly string[]) => parse([...head, '', 'Present: Cllr Rhian Lewis (Chair), Cllr Owen Morgan', '', '40/25\tCroeso / Welcome', 'Hello.', '', '41/25\tCau / Close', 'Bye.'].join('\n')).meeting?.title?.value;
  assert.equal(title(['CYNGOR TREF LLANYMDDYFRI', 'LLANDOVERY TOWN COUNCIL', '', 'Cofnodion y Cyfarfod Blynyddol / Minutes of the Annual Meeting', 'Nos Fawrth 13 Mai 2025 / Tuesday 13 May 2025']), 'LLANDOVERY TOWN COUNCIL');
  assert.equal(title(['PENMAEN COMMUNITY COUNCIL', 'CYNGOR CYMUNED PENMAEN', '', 'Minutes of the Ordinary Meeting / Cofnodion y Cyfarfod Cyffredin', 'Monday 3 March 2025 / Nos Lun 3 Mawrth 2025']), 'PENMAEN COMMUNITY COUNCIL');
  // the body named in the `Minutes of …` half is the title, the other half left out
  assert.equal(title(['Cofnodion Cyfarfod Cyngor Cymuned Penmaen / Minutes of the Meeting of Penmaen Community Council', 'Monday 3 March 2025']), 'Penmaen Community Council');
  // near miss: a heading in one language keeps its lines as before (the body's line, then a group of it under it)
  assert.equal(title(['PENMAEN COMMUNITY COUNCIL', 'PLANNING SUB-GROUP', '', 'Minutes of the meeting', 'Monday 3 March 2025']), 'PLANNING SUB-GROUP');
});

test('offices in brackets in two languages, and a list in two languages under another on its label\'s line', () => {
  const text = council([
    'Yn bresennol / Present:\tCllr Aled Bowen (Cadeirydd / Chair), Cllr Non Griffiths (Is-Gadeirydd / Vice-Chair),',
    '\t\t\tCllr Tegid Powell',
    'Yn absennol / Absent:\tCllr Huw Daniel',
  ]);
  assert.deepEqual(people(text).map((p) => [p.list, p.name, p.role]), [['present', 'Aled Bowen', 'Chair'], ['present', 'Non Griffiths', 'Vice-Chair'], ['present', 'Tegid Powell', undefined], ['absent', 'Huw Daniel', undefined]]);
});
