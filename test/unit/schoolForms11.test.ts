/**
 * A school governing board's and a charity's forms met in the eleventh held-out set (forms/grid.ts,
 * markup.ts, forms/dueDates.ts, forms/actions.ts, forms/statuses.ts): a governors' grid with the names
 * first and no attendance column under its list's heading (`Name⇥Governor category⇥Office / notes`), its
 * notes cell a time rather than an office, `Absent with consent:`; a trustees' grid whose attendance
 * cell says `Yes` or `No`; a tag closing a sentence, `[Action: LH – Spring 1 meeting]`; a term as a
 * due (`end of term`, `February half-term`); a legend of codes of two letters (`IP = in progress`).
 * Invented examples of each, and their near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchGridHeader, readGridRow } from '#service/forms/grid';
import { blockWordKind } from '#service/markup';
import { readDueCell } from '#service/forms/dueDates';
import { findActionLines } from '#service/forms/actions';
import { keyedStatus, readLetterKey } from '#service/forms/statuses';

const people = (text: string): string[] => (parse(text).meeting?.people ?? []).flatMap((b) => b.people.map((p) =>
  [b.kind, p.written, p.role ? `role ${p.role}` : '', p.category ? `category ${p.category}` : '', ...(p.qualifiers ?? []).map((q) => `(${q.text})`)].filter((x) => x !== '').join(' | ')));

test('a governors\' grid with the names first under its list\'s heading: the category and the office or notes columns, the lists under their own headings', () => {
  const text = [
    'OAKFIELD PRIMARY SCHOOL', 'Full Governing Board', 'Minutes of the meeting held on Tuesday 3 March 2026', '',
    'Governors present:',
    'Name\tGovernor category\tOffice / notes',
    'Ruth Ames (RA)\tCo-opted Governor\tChair',
    'Tom Bell (TB)\tStaff Governor\tjoined at item 3',
    'Ian Cole (IC)\tHeadteacher',
    'In attendance:',
    'Jo Dale (JD)\tClerk to Governors',
    'Absent with consent:',
    'Kim Eze (KE)\tParent Governor',
    'Absent without consent:',
    'Lee Fox (LF)\tParent Governor',
    '',
    'Item 1.\tWelcome and apologies',
    'RA welcomed governors.',
  ].join('\n');
  assert.deepEqual(people(text), [
    'present | Ruth Ames | role Chair | category Co-opted Governor',
    'present | Tom Bell | category Staff Governor | (joined at item 3)',
    'present | Ian Cole | category Headteacher',
    'inAttendance | Jo Dale | role Clerk to Governors',
    'apologies | Kim Eze | category Parent Governor',
    'absent | Lee Fox | category Parent Governor',
  ]);
  // the heading row is no member
  assert.ok(!people(text).some((p) => p.includes('Name')));
});

test('the headings of a grid\'s office column, and a grid with no column of attendance only under a list\'s heading', () => {
  for (const head of ['Office / notes', 'Role and notes', 'Notes', 'Office']) assert.ok(matchGridHeader(`Name\tGovernor category\t${head}`, 'present')?.role === 2, head);
  // with no list over it, names, a category and notes are no attendance grid (a table of something else)
  assert.equal(matchGridHeader('Name\tGovernor category\tOffice / notes'), undefined);
  assert.equal(matchGridHeader('Name\tCategory\tComments on the budget', 'present'), undefined);
});

test('a trustees\' grid whose attendance cell says Yes or No: present, or absent; what follows a Yes is kept', () => {
  const h = matchGridHeader('Trustee\tRole\tAttended');
  assert.ok(h);
  const row = (line: string) => { const r = readGridRow(line, h); return r && `${r.kind}${r.qualifier ? ` (${line.slice(r.qualifier.start, r.qualifier.end)})` : ''}`; };
  assert.equal(row('Maya Chen\tChair\tYes'), 'present');
  assert.equal(row('Tom Adair\tTreasurer\tYes (Zoom)'), 'present (Zoom)');
  assert.equal(row('Ollie Hart\tFleet trustee\tYes, left 8.30pm'), 'present (left 8.30pm)');
  assert.equal(row('Pete Lund\t\tNo'), 'absent');
  assert.equal(row('Sunita Rao\tSafeguarding trustee\tApologies'), 'apologies');
  // a word that is neither: no row of the grid
  assert.equal(row('Harbour dues\tFinance\tNotably higher'), undefined);
});

test('absent with or without consent: a school\'s apologies accepted, and its absences', () => {
  assert.equal(blockWordKind('Absent with consent'), 'apologies');
  assert.equal(blockWordKind('Absent with apologies'), 'apologies');
  assert.equal(blockWordKind('Apologies consented'), 'apologies');
  assert.equal(blockWordKind('Absent without consent'), 'absent');
  assert.equal(blockWordKind('Absent with the Chair\'s agreement to item 4'), undefined);
});

test('a term as a due: the end of term, a half term named by its month', () => {
  const due = (cell: string) => { const d = readDueCell(cell); return d && `${d.kind} ${d.text}`; };
  assert.equal(due('end of term'), 'term end of term');
  assert.equal(due('by the end of the school year'), 'term the end of the school year');
  assert.equal(due('by February half-term'), 'term February half-term');
  assert.equal(due('October half term'), 'term October half term');
  // a month alone stays a month, and a half term's words alone are no due of a month
  assert.equal(due('by February'), 'month February');
});

test('a tag closing a sentence names the owners and the due of the sentence it closes', () => {
  const forms = (text: string) => findActionLines(text, { isPerson: (w) => ['LH', 'BM', 'FI', 'KE'].includes(w) }).map((f) =>
    `${f.ownerOnly ? 'owners' : 'task'} ${f.owners.map((o) => text.slice(o.start, o.end)).join('+')}${f.due ? ` due ${f.due.text}` : ''}`);
  assert.deepEqual(forms('The data to be broken down by year group. [Action: LH – Spring 1 meeting]'), ['owners LH due Spring 1 meeting']);
  assert.deepEqual(forms('Link governors to arrange a visit. [Action: BM, FI – end of term]'), ['owners BM+FI due end of term']);
  assert.deepEqual(forms('The Clerk to book the audit. [Action: KE]'), ['owners KE']);
  // brackets that are no tag: a reference, and a tag whose due is no due
  assert.deepEqual(forms('The report was noted. [See minute 14]'), []);
  assert.deepEqual(forms('The plan was agreed. [Action: LH – see the plan]'), []);
  // and in a meeting: the sentence it closes is the task, as written, with the tag's due
  const text = ['HOLLY PRIMARY SCHOOL', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'Present: Lucy Hart (LH), Headteacher', '',
    'Item 4.\tHeadteacher\'s report', 'LH presented her report. Attendance is 95%.', 'The writing data to be broken down by year group and brought to the', 'next meeting. [Action: LH – Spring 1 meeting]'].join('\n');
  const [action] = parse(text).meeting!.items[0].actions;
  assert.equal(action.text, 'The writing data to be broken down by year group and brought to the next meeting');
  assert.deepEqual(action.owners.map((o) => o.text), ['LH']);
  assert.equal(action.due?.text, 'Spring 1 meeting');
});

test('a legend of codes of one to three letters: `IP = in progress`, `CF = carried forward`', () => {
  const key = readLetterKey('Status key: C = complete; IP = in progress; CF = carried forward; W = withdrawn');
  assert.deepEqual(key, { C: 'complete', IP: 'in progress', CF: 'carried forward', W: 'withdrawn' });
  assert.equal(keyedStatus('IP', key)?.word, 'in progress');
  assert.equal(keyedStatus('CF', key)?.word, 'carried forward');
  // a code the legend does not give is no status
  assert.equal(keyedStatus('XY', key), undefined);
});
