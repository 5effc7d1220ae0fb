/**
 * A university senate's forms (layouts/README.md §7), met in the eleventh held-out set (people.ts,
 * forms/personLine.ts, forms/qualifiers.ts, forms/meetingHeading.ts, parse/recognisers/itemTitle.ts):
 * members listed surname first in capitals (`LOVELL, Dr Maya<TAB>Dean, Faculty of Law`), read in the
 * natural order with the title apart; a faculty or school after the office's comma as the body they sit
 * for; the table's Action column header after the first item's title. Invented examples, and near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { naturalOrder, parseName } from '#service/people';
import { looksLikeBody } from '#service/forms/qualifiers';
import { beforeColumnHeader } from '#service/forms/meetingHeading';

/** A senate's heading and the first member of its list, surname first. */
const SENATE_HEAD = ['UNIVERSITY OF NORTHAVEN', 'SENATE', 'Minutes of the meeting held on Wednesday 4 March 2026', '', 'Members present', 'LOVELL, Dr Maya\tDean, Faculty of Law'];

const people = (text: string): string[] => (parse(text).meeting?.people ?? []).flatMap((b) => b.people.map((p) =>
  [b.kind, p.name.display, p.title ? `title ${p.title}` : '', `written ${p.written}`, p.role ? `role ${p.role}` : '', p.organisation ? `org ${p.organisation}` : '',
    ...(p.qualifiers ?? []).map((q) => `(${q.text})`)].filter((x) => x !== '').join(' | ')));

test('a name printed surname first in capitals is read in the natural order, the title apart', () => {
  assert.equal(naturalOrder('LOVELL, Dr Maya'), 'Dr Maya LOVELL');
  assert.equal(naturalOrder('PRYCE-EVANS, Professor Tom'), 'Professor Tom PRYCE-EVANS');
  assert.equal(naturalOrder("O'NEILL, Ms Cara"), "Ms Cara O'NEILL");
  assert.equal(naturalOrder('McKAY, Mr Rob'), 'Mr Rob McKay');
  assert.equal(naturalOrder('QUINN, Ruth'), 'Ruth QUINN');
  assert.deepEqual(parseName('PRYCE-EVANS, Professor Tom')?.words, ['Tom', 'Pryce-Evans']);
  assert.deepEqual(parseName('McKAY, Mr Rob')?.words, ['Rob', 'McKay']);
  // near misses: surnames in prose, two surnames in capitals, a name in ordinary capitals before a comma, no comma
  assert.equal(naturalOrder('Lovell, Quinn and Pryce'), 'Lovell, Quinn and Pryce');
  assert.equal(naturalOrder('LOVELL, QUINN'), 'LOVELL, QUINN');
  assert.equal(naturalOrder('Maya Lovell, Dean'), 'Maya Lovell, Dean');
  assert.equal(naturalOrder('LOVELL Maya'), 'LOVELL Maya');
});

test('a senate\'s lists printed surname first: name, title, the office and the faculty apart, the qualifier in its bracket', () => {
  const text = [
    ...SENATE_HEAD,
    'PRYCE-EVANS, Professor Tom\tVice-Chancellor (Chair)',
    'QUINN, Ms Ruth\tElected member, School of Music (from minute 12/26)',
    'Apologies',
    'STROUD, Mr Ben\tAcademic Registrar',
    '',
    '11/26\tWELCOME\t\t\tAction',
    'The Chair welcomed members.',
  ].join('\n');
  assert.deepEqual(people(text), [
    'present | Maya Lovell | title Dr | written LOVELL, Dr Maya | role Dean, Faculty of Law | org Faculty of Law',
    'present | Tom Pryce-Evans | title Professor | written PRYCE-EVANS, Professor Tom | role Vice-Chancellor (Chair)',
    'present | Ruth Quinn | title Ms | written QUINN, Ms Ruth | role Elected member, School of Music | org School of Music | (from minute 12/26)',
    'apologies | Ben Stroud | title Mr | written STROUD, Mr Ben | role Academic Registrar',
  ]);
  assert.deepEqual(parse(text).meeting?.items.map((i) => i.title), ['WELCOME']);
});

test('a faculty, school or department by what it is of is a body; an office of one is not', () => {
  assert.equal(looksLikeBody('Faculty of Arts and Humanities'), true);
  assert.equal(looksLikeBody('School of Law'), true);
  assert.equal(looksLikeBody('Department of Physics'), true);
  assert.equal(looksLikeBody('Dean of the Faculty'), false);
  assert.equal(looksLikeBody('Head of School'), false);
});

test('the Action column\'s header after a title is cut; a title\'s own words are kept', () => {
  const cut = (t: string): string => t.slice(0, beforeColumnHeader(t, 0, t.length));
  assert.equal(cut('WELCOME AND APOLOGIES\t\t\t\tAction'), 'WELCOME AND APOLOGIES');
  assert.equal(cut('MINUTES\tAction by'), 'MINUTES');
  assert.equal(cut('FINANCE REPORT\tLead\tOwner'), 'FINANCE REPORT');
  assert.equal(cut('Review of actions'), 'Review of actions');
  assert.equal(cut('Action'), 'Action');
  assert.equal(cut('Budget\tMarch 2026'), 'Budget\tMarch 2026');
});

test('the Action column one tab after the sentence: a post by its letters, someone\'s role, officers of a kind; the task the sentence it ends', () => {
  const text = [
    ...SENATE_HEAD,
    'PRYCE-EVANS, Professor Tom\tPro Vice-Chancellor (Research)',
    'STROUD, Mr Ben\tAcademic Registrar',
    '',
    '11/26\tRESEARCH REPORT\t\t\tAction',
    'The report was received. Members welcomed the growth in grants.',
    'A summary for the website to be prepared by 30 April 2026.\tPVC(R)',
    '',
    '12/26\tREGULATIONS',
    'The revised regulations to be circulated to schools.\tAR',
    'Faculties to review their handbooks by the end of Semester 1.\tDeans',
    'Members noted the figures for 2025.\tTotal',
  ].join('\n');
  const found = (parse(text).meeting?.items ?? []).flatMap((it) => it.actions.map((a) => [it.number?.written, a.text, a.owners.map((o) => o.text).join('/'), a.due?.text ?? ''].join(' | ')));
  assert.deepEqual(found, [
    '11/26 | A summary for the website to be prepared by 30 April 2026 | PVC(R) | 30 April 2026',
    '12/26 | The revised regulations to be circulated to schools | AR | ',
    '12/26 | Faculties to review their handbooks by the end of Semester 1 | Deans | end of Semester 1',
  ]);
});

test('a post by its letters names its holder; who chaired is no letter of the post', async () => {
  const { lettersOf } = await import('#service/attendance');
  assert.equal(lettersOf('Deputy Vice-Chancellor (Education)'), 'dvc(e)');
  assert.equal(lettersOf('Academic Registrar'), undefined);
  assert.equal(lettersOf('Academic Registrar', 2), 'ar');
  assert.equal(lettersOf('Vice-Chancellor (Chair)', 2), 'vc');
  assert.equal(lettersOf('Chief Administrative Officer'), 'cao');
  assert.equal(lettersOf('Clerk'), undefined);
});

test('the legend of abbreviations at the minutes\' end: the Action column\'s letters name whoever holds what they stand for', async () => {
  const { resolveMention } = await import('#service/attendance');
  const { readAbbreviations } = await import('#service/forms/legend');
  assert.deepEqual(readAbbreviations(['Abbreviations: AR – Academic Registrar; DVC(E) – Deputy Vice-Chancellor', '(Education); SEC = Secretary to Senate.']),
    { AR: 'Academic Registrar', 'DVC(E)': 'Deputy Vice-Chancellor (Education)', SEC: 'Secretary to Senate' });
  // near misses: a sentence that names the legend, a label with no entries
  assert.equal(readAbbreviations(['Abbreviations used in the Action column are listed at the end of these minutes.']), undefined);
  assert.equal(readAbbreviations(['Abbreviations: none']), undefined);
  // the label in capitals, as a heading prints it, and a glossary's
  assert.deepEqual(readAbbreviations(['ABBREVIATIONS: DF – Director of Finance; CEO – Chief Executive']), { DF: 'Director of Finance', CEO: 'Chief Executive' });
  assert.deepEqual(readAbbreviations(['  GLOSSARY USED: RFO = Responsible Financial Officer']), { RFO: 'Responsible Financial Officer' });
  const text = [...SENATE_HEAD, 'STROUD, Mr Ben\tAcademic Registrar', 'TATE, Ms Jo\tTown Treasurer', '', '11/26\tREGULATIONS', 'The regulations to be circulated.\tAR', '',
    'Abbreviations: AR – Academic Registrar; DL – Dean of Law.'].join('\n');
  const m = parse(text).meeting!;
  const who = (t: string): string => { const r = resolveMention(t, m); return r.kind === 'person' || r.kind === 'role' ? r.person?.name.display ?? r.kind : r.kind; };
  assert.equal(who('AR'), 'Ben Stroud');
  // (letters the legend does not spell out, a post of two words: no one)
  assert.equal(who('TT'), 'body');
});
