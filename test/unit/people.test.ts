import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, resolveMention } from '#service';
import { opensWithOffice, stripTitles } from '#service/people';

const block = (lines: string) => parse(`# Board\nDate: 01/02/2024\n\nPresent:\n${lines}\n\n001/24 Apologies\nNone.\n`).meeting!.people[0].people;

test('attendance lines: Name : Role, Name (Role), Name - Role, tabs, initials, capital surnames', () => {
  const p = block('Simon Foster (SF) : Police and Crime Commissioner\nAndy Beard (Head of Force Contact)\nAndy Parsons - Head of Force Response\nRichard AGAR\t:\tSuperintendent\nDr. Catherine Hannon : Board Member\nJane Heppel');
  assert.deepEqual(p.map((x) => [x.name.display, x.role ?? '', x.initials ?? '', x.form]), [
    ['Simon Foster', 'Police and Crime Commissioner', 'SF', 'colon'],
    ['Andy Beard', 'Head of Force Contact', '', 'paren'],
    ['Andy Parsons', 'Head of Force Response', '', 'dash'],
    ['Richard Agar', 'Superintendent', '', 'colon'],
    ['Catherine Hannon', 'Board Member', '', 'colon'],
    ['Jane Heppel', '', '', 'bare'],
  ]);
});

test('extraction debris does not break the list: table rules, joined and split lines, notes', () => {
  const p = block('Simon Foster : Police and Crime Commissioner Wasim Ali : Assistant Police and Crime Commissioner\n-----------------\t---\t-----------------\nToni Williams-Long : Director of\nPeople and Organisation Development\nCraig Guildford : Chief Constable\n\nPlus, one webcaster and four observers.');
  assert.deepEqual(p.map((x) => `${x.name.display} : ${x.role}`), [
    'Simon Foster : Police and Crime Commissioner',
    'Wasim Ali : Assistant Police and Crime Commissioner',
    'Toni Williams-Long : Director of People and Organisation Development',
    'Craig Guildford : Chief Constable',
  ]);
});

test('a mention resolves by full name, surname with rank, initials, shortened first name, role or body', () => {
  const m = parse('# Board\nDate: 01/02/2024\n\nPresent:\nSimon Foster (SF) : Police and Crime Commissioner\nCatherine Hannon : Board Member\nClaire Bell : Assistant Chief Constable\n\n001/24 One\nText.\n').meeting!;
  const who = (t: string) => { const r = resolveMention(t, m); return r.kind === 'person' || r.kind === 'role' ? `${r.kind}:${r.person?.name.display ?? '(title)'}` : r.kind; };
  assert.equal(who('Simon Foster'), 'person:Simon Foster');
  assert.equal(who('ACC Bell'), 'person:Claire Bell');
  assert.equal(who('SF'), 'person:Simon Foster');
  assert.equal(who('Cath Hannon'), 'person:Catherine Hannon');
  assert.equal(who('Police and Crime Commissioner'), 'role:Simon Foster');
  assert.equal(who('WMP'), 'body');
  assert.equal(who('Chief Constable'), 'role:(title)', 'a role nobody here holds still owns an action');
  assert.equal(who('Head of Force Contact'), 'role:(title)');
  assert.equal(who('Birmingham City Council'), 'body');
  // a post of three words or more by its letters (`the CAO`); a post of two words, or letters nobody's post has, stay a body
  const twp = parse('# Council\nDate: 01/02/2024\n\nStaff Present:\nErin Kowal : Chief Administrative Officer\nJoel Fortin : Town Treasurer\n\n001/24 One\nText.\n').meeting!;
  const post = (t: string) => { const r = resolveMention(t, twp); return r.kind === 'role' ? r.person?.name.display : r.kind; };
  assert.equal(post('the CAO'), 'Erin Kowal');
  assert.equal(post('CAO'), 'Erin Kowal');
  assert.equal(post('TT'), 'body');
  assert.equal(post('CFO'), 'body');
  // a second post after a comma names its holder too; an organisation there names no one
  const two = parse('# Senate\nDate: 01/02/2024\n\nIn attendance:\nRuth Okon : Governance Officer, Clerk to Council\nLeon Vidal : Chief Executive, Northgate Trust\n\n001/24 One\nText.\n').meeting!;
  const holder = (t: string) => { const r = resolveMention(t, two); return r.kind === 'role' || r.kind === 'person' ? r.person?.name.display : r.kind; };
  assert.equal(holder('Clerk to Council'), 'Ruth Okon');
  assert.equal(holder('Governance Officer'), 'Ruth Okon');
  assert.notEqual(holder('Northgate Trust'), 'Leon Vidal');
  const unknown = resolveMention('Claire Bel', m);
  assert.ok(unknown.kind === 'unknown' && unknown.suggestion?.name.display === 'Claire Bell');
});

test('a police rank in capitals before initials is a title: PC N Hale is N Hale; capitals that are no rank stay', () => {
  const p = block('PC J Ferrer (to 004/24)\nPCSO R Dunn\nSgt A Khan\nRevd M Osei');
  assert.deepEqual(p.map((x) => [x.name.display, x.title ?? '']), [['J Ferrer', 'PC'], ['R Dunn', 'PCSO'], ['A Khan', 'Sgt'], ['M Osei', 'Revd']]);
  // initials as the whole name, or before a lower-case word, are no title
  for (const t of ['TB to report', 'KA', 'PC']) assert.equal(stripTitles(t), t);
});

test('a line that opens with an elected office before a name starts a new person of a wrapped list', () => {
  for (const t of ['Deputy Mayor Tracy Moen', '   Mayor Ilse Varga', 'Councilmembers Dale Oduya, Rita Sun', 'Vice Mayor Lu']) assert.ok(opensWithOffice(t), t);
  // near misses: an office in running words, the office alone, a lower-case word after it
  for (const t of ['the Mayor Ilse Varga', 'Mayor', 'Mayor and Council', 'Mayoral Office', 'Deputy Clerk Ann Roe']) assert.ok(!opensWithOffice(t), t);
});

test('an office of address before a surname (`Secretary Abiola`) is the one listed person of that surname, whatever the list gives as their role', () => {
  const m = parse([
    'UNIVERSITY SENATE', 'Minutes of Meeting 12', 'Wednesday, October 15, 2025', '',
    'Senators present: Gordon Abiola (English), Ruth Atwood (Biology), Mei Chu (Civil Engineering), Tom Chu (Physics)', '',
    '1. CALL TO ORDER', 'The meeting was called to order.', '', '2. ADJOURNMENT', 'The meeting adjourned.',
  ].join('\n')).meeting!;
  const who = (t: string) => { const r = resolveMention(t, m); return r.kind === 'person' ? r.person!.name.display : r.kind; };
  assert.equal(who('Secretary Abiola'), 'Gordon Abiola');
  assert.equal(who('Vice Provost Atwood'), 'Ruth Atwood');
  // two listed people share the surname: the office does not say which
  assert.notEqual(who('Senator Chu'), 'Mei Chu');
  assert.notEqual(who('Senator Chu'), 'Tom Chu');
  // a first name, not an office, before another person's surname is not that person
  assert.notEqual(who('Peter Abiola'), 'Gordon Abiola');
});

test('a member\'s seat before a surname (`Trustee Delgado`, `Ald. Okafor`, `Supervisor Tate`) is the one listed person of that surname', () => {
  const m = parse([
    'BOARD OF SUPERVISORS', 'Regular Meeting Minutes', 'Tuesday, March 3, 2026', '',
    'Present: Ana Delgado, Samuel Okafor, Lena Tate, Chris Moy, Pat Moy', '',
    'A. CALL TO ORDER', 'The meeting was called to order at 6:00 p.m.', '', 'B. ADJOURNMENT', 'The meeting adjourned.',
  ].join('\n')).meeting!;
  const who = (t: string) => { const r = resolveMention(t, m); return r.kind === 'person' ? r.person!.name.display : r.kind; };
  for (const [t, name] of [['Trustee Delgado', 'Ana Delgado'], ['Ald. Okafor', 'Samuel Okafor'], ['Alderperson Okafor', 'Samuel Okafor'], ['Supervisor Tate', 'Lena Tate'], ['Member Tate', 'Lena Tate']]) assert.equal(who(t), name, t);
  // two listed people share the surname: the seat does not say which
  assert.notEqual(who('Supervisor Moy'), 'Chris Moy');
  assert.notEqual(who('Supervisor Moy'), 'Pat Moy');
  // a seat before a surname no one listed has is no listed person
  assert.notEqual(who('Trustee Brennan'), 'Ana Delgado');
});

test('a post in the plural (`Deans` in an Action column, `Clerks`) names its holders together: a body, never an unknown person; a listed person of that name is still that person', () => {
  const m = parse([
    'UNIVERSITY SENATE', 'Minutes', 'Wednesday, October 15, 2025', '',
    'Present: Gordon Abiola (Dean of Arts), Ruth Atwood (Registrar), Ian Clerks (Student Union)', '',
    '1. ASSESSMENT', 'Faculties to audit each programme.\tDeans', '', '2. ADJOURNMENT', 'The meeting adjourned.',
  ].join('\n')).meeting!;
  assert.equal(resolveMention('Deans', m).kind, 'body');
  assert.equal(resolveMention('Directors', m).kind, 'body');
  // an officer by post, as a university council's `Action: Director of Estates` names one: a post, never an unknown person
  assert.equal(resolveMention('Director of Estates', m).kind, 'role');
  assert.equal(resolveMention('Head of Estates', m).kind, 'role');
  // a surname that is a post's plural: the listed person
  const r = resolveMention('Clerks', m);
  assert.equal(r.kind === 'person' ? r.person!.name.display : r.kind, 'Ian Clerks');
});
