/**
 * A council committee's attendance in the fourteenth held-out set, in other councils' words: who presided
 * on a line of its own (`In the Chair:`), members by rank in the plural (`Aldermen … Councillors …`), lists
 * labelled by how their members attend (a bracket in the label or wrapped under it in its column,
 * `Attending remotely:`), and a label wrapped over two rows of a table of officers.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { labelWay, matchWrappedLabel } from '#service/forms/headings';
import { readActionTable } from '#service/forms/actionTables';

function people(lines: readonly string[]): Array<[string, string, string | undefined, string | undefined, string]> {
  const text = ['MINUTES OF THE PLANNING COMMITTEE', 'Held on Monday 9 March 2026 at 6.30 pm', '', ...lines, '', 'PL/41/26\tApologies', 'None were received.'].join('\n');
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p): [string, string, string | undefined, string | undefined, string] => [b.kind, p.name.display, p.title, p.role, (p.qualifiers ?? []).map((q) => q.text).join('|')]));
}

test('`In the Chair:` names who presided: present, the Chair their role', () => {
  assert.deepEqual(people(['In the Chair:\t\tCllr Priya Nandra', '', 'Present:\tCllr Tom Webb, Cllr Ruth Ames']), [
    ['present', 'Priya Nandra', 'Cllr', 'Chair', ''],
    ['present', 'Tom Webb', 'Cllr', undefined, ''],
    ['present', 'Ruth Ames', 'Cllr', undefined, ''],
  ]);
  assert.deepEqual(people(['In the chair: Alderman Dorothy Kerr', 'Also present: Councillor Sam Ogle']).slice(0, 1), [['present', 'Dorothy Kerr', 'Alderman', 'Chair', '']]);
});

test('a bracket wrapped under the label in its column says how everyone on the list attends', () => {
  assert.deepEqual(people(['Members Present:\tAldermen R. Patton and S. Kyle', '(in the chamber)\tCouncillors A. Bell, D. Ross', '\t\tand M. Shaw', '', 'Members Present:\tCouncillor J. Hart', '(via Teams)']), [
    ['present', 'R. Patton', 'Alderman', undefined, 'in the chamber'],
    ['present', 'S. Kyle', 'Alderman', undefined, 'in the chamber'],
    ['present', 'A. Bell', 'Councillor', undefined, 'in the chamber'],
    ['present', 'D. Ross', 'Councillor', undefined, 'in the chamber'],
    ['present', 'M. Shaw', 'Councillor', undefined, 'in the chamber'],
    ['present', 'J. Hart', 'Councillor', undefined, 'via Teams'],
  ]);
  // a bracket that says no way of attending is no label's: the one person's, as before
  assert.equal(labelWay('continued'), undefined);
  assert.equal(labelWay('In Person'), 'note');
  assert.equal(labelWay('Remotely'), 'remote');
});

test('a way of attending in the label itself (`Present (in person):`, `Attending remotely:`) holds for each on the list', () => {
  assert.deepEqual(people(['Present (in person): Cllr Ana Roe, Cllr Ben Lee.', 'Attending remotely: Cllr Cara Day.']), [
    ['present', 'Ana Roe', 'Cllr', undefined, 'in person'],
    ['present', 'Ben Lee', 'Cllr', undefined, 'in person'],
    ['present', 'Cara Day', 'Cllr', undefined, 'remotely'],
  ]);
});

test('an alderman among councillors holds the title; an American alderman with no councillor beside holds the office', () => {
  assert.deepEqual(people(['Apologies:\t\tAlderman W. Orr', '\t\t\tCouncillor E. Quigley']), [
    ['apologies', 'W. Orr', 'Alderman', undefined, ''],
    ['apologies', 'E. Quigley', 'Councillor', undefined, ''],
  ]);
  assert.deepEqual(people(['Present: Mayor Jane Ortiz, Alderman Tom Becker.']), [
    ['present', 'Jane Ortiz', undefined, 'Mayor', ''],
    ['present', 'Tom Becker', undefined, 'Alderman', ''],
  ]);
});

test('a label wrapped over two rows of a table of officers names the list of all its rows', () => {
  assert.deepEqual(matchWrappedLabel('Staff in\t\tMs R. Adeyemi\tClerk', 'Attendance:\t\tMr T. Boyle\tFinance Officer'), { kind: 'inAttendance', rests: [10, 13] });
  // a first cell that names a list alone is its own label; a second row with no colon is no label's rest
  assert.equal(matchWrappedLabel('Present\t\tMs R. Adeyemi', 'Attendance:\t\tMr T. Boyle'), undefined);
  assert.equal(matchWrappedLabel('Staff in\t\tMs R. Adeyemi', 'Attendance\t\tMr T. Boyle'), undefined);
  assert.deepEqual(people(['Present:\tCllr Tom Webb, Cllr Ruth Ames', '', 'Staff in\t\tMs R. Adeyemi\tClerk to the Council', 'Attendance:\t\tMr T. Boyle\tFinance Officer (for', '\t\t\t\tPL/44/26)', '\t\t\tMrs J. Kaur\tPlanning Officer']).slice(2), [
    ['inAttendance', 'R. Adeyemi', 'Ms', 'Clerk to the Council', ''],
    ['inAttendance', 'T. Boyle', 'Mr', 'Finance Officer', 'for PL/44/26'],
    ['inAttendance', 'J. Kaur', 'Mrs', 'Planning Officer', ''],
  ]);
});

test('an action sheet printed at tab stops: each cell under its header, a status that asks for more takes the next line', () => {
  // a parish's matters-arising log in its own words, its cells wrapped onto lines of tabs
  const text = [
    'Ref\t\tAction\t\t\t\t\tLead\t\tStatus',
    'PC/088/25\tRepaint the bus shelter on\t\tRFO\t\tDone',
    '\t\tStation Road',
    'PC/091/25\tQuotes for the war memorial\t\tClerk\t\tDeferred until',
    '\t\tcleaning\t\t\t\t\tthe spring',
    'PC/002/26\tSpeed watch volunteers\t\t\tClerk\t\tPostponed to',
    '\t\trecruited\t\t\t\t\tJune 2026',
    '',
  ].join('\n');
  const t = readActionTable(text, 0)!;
  const cell = (s: { start: number; end: number }[]): string => s.map((c) => text.slice(c.start, c.end)).join(' ');
  assert.deepEqual(t.rows.map((r) => r.cells.map(cell)), [
    ['PC/088/25', 'Repaint the bus shelter on Station Road', 'RFO', 'Done'],
    ['PC/091/25', 'Quotes for the war memorial cleaning', 'Clerk', 'Deferred until the spring'],
    ['PC/002/26', 'Speed watch volunteers recruited', 'Clerk', 'Postponed to June 2026'],
  ]);
  // one tab between cells: an empty cell is a cell, as before
  const plain = 'Ref\tAction\tLead\tStatus\nQC/12\tAudit of letters\t\tComplete\n';
  assert.deepEqual(readActionTable(plain, 0)!.rows.map((r) => r.cells.map((s) => s.map((c) => plain.slice(c.start, c.end)).join(' '))), [['QC/12', 'Audit of letters', '', 'Complete']]);
});

test('a title left open on a small word goes on on the next line, indented under its column; a resolution so wrapped reads on too', () => {
  const text = [
    'TOWN COUNCIL', 'Minutes of the meeting of the Finance Committee held on 4 March 2026', '', 'Present:\tCllr A Roe, Cllr B Lee', '',
    'FC/031/26\tApologies', 'None.', '',
    'FC/032/26\tReport of the Working Group on the Future of', '\t\tthe Market Hall', '',
    'Resolved – That the report of the Working Group received on', 'Monday 2 March 2026 be noted.', '',
    'FC/033/26\tAudit Plan for', 'the auditors attended.', '',
    'FC/034/26\tClosure', 'The meeting closed at 8.10 pm.',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((it) => it.title), ['Apologies', 'Report of the Working Group on the Future of the Market Hall', 'Audit Plan for', 'Closure']);
  assert.deepEqual(m.items[1].decisions.map((d) => d.text.startsWith('That the report of the Working Group received on Monday 2 March 2026 be noted')), [true]);
});

test('a heading whose sentence carries on with the place, its date wrapped further down: the body named before `held` is the title', () => {
  const text = ['KELBROOK DISTRICT COUNCIL', '', 'Minutes of a Meeting of the Licensing Panel held at the', 'Guildhall, High Street, Kelbrook on Wednesday', '4 March 2026 at 10.00 am', '', 'Present:\tCllr A Roe, Cllr B Lee', '', 'LP/07/26\tApologies', 'None.'].join('\n');
  const m = parse(text).meeting!;
  assert.equal(m.title?.value, 'Licensing Panel');
  assert.equal(m.date?.iso, '2026-03-04');
});
