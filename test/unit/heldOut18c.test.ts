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
const council = (lists: readonly string[], body: readonly string[] = ['The Chair welcomed members.']): string => [
  'CYNGOR TREF LLANYMDDYFRI', 'LLANDOVERY TOWN COUNCIL', '', 'Cofnodion / Minutes of the meeting held on 3 March 2025', '',
  ...lists, '', '40/25\tCroeso / Welcome', ...body, '', '41/25\tDyddiad y Cyfarfod Nesaf / Date of Next Meeting', 'Monday 7 April 2025.',
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
