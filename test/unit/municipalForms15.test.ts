/**
 * A municipal district's meeting in the fifteenth held-out set, in other councils' words (Irish,
 * Scottish and English): the mover's and seconder's lines over `And agreed that …` (never headings),
 * `… seconded by Councillor Y, it was agreed to …` and `After discussion, it was agreed that …`, a
 * title in capitals wrapped onto an indented line, a decision whose sentence runs over a page's footer.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { opensWithMover } from '#service/forms/motions';
import { readStatusPhrase, reviewStatus } from '#service/forms/statuses';
import { readQualifier } from '#service/forms/qualifiers';
import { officeBeforeTitle } from '#service/people';
import { opensPluralRun } from '#service/forms/inline';
import { readActionTable } from '#service/forms/actionTables';

const HEAD = ['CARRAIGMORE MUNICIPAL DISTRICT', '', 'Minutes of the June Meeting of Carraigmore Municipal District held on Tuesday 9th June 2026 at 2.30 p.m.', '',
  'Present:\tCllrs Róisín Deasy, Liam Carey and Eoin Grogan', ''];

test('`Proposed by …` over `Seconded by …` over `And agreed that …`: the motion\'s record and the decision, no item of its own', () => {
  const m = parse([...HEAD,
    '101/26\tHOUSING ESTATES TAKEN IN CHARGE', '', 'Ms Deasy outlined the report on the estates at Ardmore.', '',
    'Proposed by Cllr Liam Carey', 'Seconded by Cllr Eoin Grogan', '',
    'And agreed that the estates listed be taken in charge.', '',
    '102/26\tBURIAL GROUNDS', '', 'Moved by Councillor Grogan', 'Seconded by Councillor Deasy', '', 'AND AGREED that the fees be held at 2025 levels.', '',
  ].join('\n')).meeting!;
  assert.deepEqual(m.items.map((i) => i.number?.written), ['101/26', '102/26']);
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => d.text)), [
    ['that the estates listed be taken in charge.'],
    ['that the fees be held at 2025 levels.'],
  ]);
  assert.equal(opensWithMover('Seconded by Councillor Anne Moir'), true);
  assert.equal(opensWithMover('Moved: Cr Lee'), true);
  // a heading that only starts with the word is none (`Proposals for the Town Park`), nor a sentence about a proposal
  assert.equal(opensWithMover('Proposals for the Town Park'), false);
  assert.equal(opensWithMover('Proposed budget 2027'), false);
});

test('`it was agreed` after a comma, on the line or closing it: the meeting\'s decision; a person after a comma is not', () => {
  const m = parse([...HEAD,
    '103/26\tROADS PROGRAMME', '',
    'On the motion of Councillor Carey, seconded by Councillor Grogan, it was', 'agreed to approve the programme as circulated.', '',
    '104/26\tPLAYGROUNDS', '', 'Following discussion, it was agreed that a report come to the September meeting.', '',
    '105/26\tLITTER', '', 'Having heard the update, Ms Deasy agreed to write to the Tidy Towns committee.', '',
  ].join('\n')).meeting!;
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => d.text)), [
    ['to approve the programme as circulated.'],
    ['that a report come to the September meeting.'],
    [],
  ]);
});

test('a title in capitals wrapped onto an indented line, a blank line after: one title; a paragraph is never taken', () => {
  const m = parse([...HEAD,
    '014/26\tREVIEW OF THE ANNUAL GOVERNANCE STATEMENT AND', '\tRISK REGISTER', '', 'The Clerk presented the review.', '',
    '015/26\tCOMMUNITY COUNCIL ELECTIONS', '\tThe returning officer reported.', '',
    '016/26\tWINTER MAINTENANCE', '\tNOTED', 'The plan was noted.', '',
  ].join('\n')).meeting!;
  assert.deepEqual(m.items.map((i) => i.title), ['REVIEW OF THE ANNUAL GOVERNANCE STATEMENT AND RISK REGISTER', 'COMMUNITY COUNCIL ELECTIONS', 'WINTER MAINTENANCE']);
});

test('a decision whose sentence the page broke at its footer reads on past it', () => {
  const foot = (p: number): string => `Strathbeg Area Committee – 3rd June 2026\t\t\t\tPage ${p} of 3`;
  const m = parse(['STRATHBEG AREA COMMITTEE', '', 'Minutes of the meeting held on 3rd June 2026.', '', 'Present:\tCouncillors Ann Moir, Ben Reid and Cal Shaw', '',
    '7/26\tSCHOOL TRANSPORT', '', 'Councillor Moir raised the matter of the Glenbeg route.', '', foot(1), '',
    'After discussion, it was agreed that the matter be referred to the Education and', '', foot(2), '',
    'Children\'s Services Committee.', '', 'Councillor Reid asked about the timetable.', '',
    '8/26\tANY OTHER BUSINESS', '', 'None.', '', foot(3),
  ].join('\n')).meeting!;
  assert.deepEqual(m.items[0].decisions.map((d) => d.text), ['that the matter be referred to the Education and Children\'s Services Committee.']);
});

test('a review\'s update cell: `On-going` is still open, a deferral to a year or a year\'s programme keeps where it goes, wrapped too', () => {
  assert.deepEqual(['On-going', 'ON-GOING – awaiting Scottish Water', 'Deferred to 2027', 'Carried forward to the 2027 budget', 'Deferred to 2026/27'].map((t) => {
    const m = readStatusPhrase(t);
    return m && [t.slice(m.start, m.end), reviewStatus(m)];
  }), [['On-going', 'open'], ['ON-GOING', 'open'], ['Deferred to 2027', 'carried forward'], ['Carried forward to the 2027 budget', 'carried forward'], ['Deferred', 'carried forward']]);
  const m = parse([...HEAD,
    '106/26\tREVIEW OF ACTIONS FROM PREVIOUS MEETINGS', '',
    'Ref\t\tAction\t\t\t\t\tOfficer\t\tUpdate',
    'RD-25-11\tGully cleaning at Ballyhale\t\tDE\t\tDeferred to 2027',
    '\t\tcross\t\t\t\t\t\t\t\tprogramme',
    'RD-25-12\tBus shelter at the church\t\tSEO\t\tOn-going',
    '', '107/26\tANY OTHER BUSINESS', '', 'None.',
  ].join('\n')).meeting!;
  assert.deepEqual((m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [
    ['RD-25-11', 'carried forward', 'Deferred to 2027 programme'],
    ['RD-25-12', 'open', 'On-going'],
  ]);
});

test('`Officials in Attendance:` (or `Officials present:`), wrapped in its column or not: the council\'s staff in attendance', () => {
  const kinds = (lines: readonly string[]): string[] => parse([...lines, '', '1/26\tAPOLOGIES', '', 'None.'].join('\n')).meeting!.people.flatMap((b) => b.people.map((p) => `${b.kind} ${p.name.display}`));
  assert.deepEqual(kinds(['Present:\tCllrs Ann Roe and Bo Lee', '', 'Officials in\t\tMr Cian Hayes, District Manager', 'Attendance:\t\tMs Orla Dunne, Administrative Officer']),
    ['present Ann Roe', 'present Bo Lee', 'inAttendance Cian Hayes', 'inAttendance Orla Dunne']);
  assert.deepEqual(kinds(['Present:\tCllrs Ann Roe and Bo Lee', '', 'Officials present:\tMr Cian Hayes, District Manager']), ['present Ann Roe', 'present Bo Lee', 'inAttendance Cian Hayes']);
});

test('`(remotely via MS Teams)`, `(online by Zoom)` after a name: how the member took part, no role', () => {
  for (const w of ['remotely via MS Teams', 'online by Zoom', 'virtually on Microsoft Teams', 'remotely by telephone']) assert.equal(readQualifier(w)?.kind, 'remote', w);
  // an office is still an office
  assert.equal(readQualifier('Remote Working Coordinator'), undefined);
  const p = parse([...HEAD.slice(0, 4), 'Present:\tCllr Róisín Deasy, Cllr Liam Carey (remotely via MS Teams)', '', '1/26\tAPOLOGIES', '', 'None.'].join('\n')).meeting!.people[0].people;
  assert.deepEqual(p.map((x) => [x.name.display, x.role, (x.qualifiers ?? []).map((q) => q.kind)]), [['Róisín Deasy', undefined, []], ['Liam Carey', undefined, ['remote']]]);
});

test('an office written before the title and the name (`Cathaoirleach Cllr …`, `Chair Cllr …`, `Mayor Cllr …`): the office is the role, the title apart', () => {
  const people = (lines: readonly string[]): Array<[string, string | undefined, string | undefined, string[]]> =>
    parse([...HEAD.slice(0, 4), ...lines, '', '1/26\tAPOLOGIES', '', 'None.'].join('\n')).meeting!.people.flatMap((b) => b.people.map((p) => [p.name.display, p.title, p.role, (p.qualifiers ?? []).map((q) => q.text)] as [string, string | undefined, string | undefined, string[]]));
  // an Irish district: the chair's office in Irish, the members after `Cllrs` on the next lines, the last one's bracket hers alone
  assert.deepEqual(people(['Present:\t\tCathaoirleach Cllr Róisín Deasy', '\t\t\tCllrs Liam Carey, Eoin Grogan and', '\t\t\tNiamh Tobin (remotely via MS Teams)']), [
    ['Róisín Deasy', 'Cllr', 'Cathaoirleach', []], ['Liam Carey', 'Cllr', undefined, []], ['Eoin Grogan', 'Cllr', undefined, []], ['Niamh Tobin', 'Cllr', undefined, ['remotely via MS Teams']]]);
  // the vice-chair's office, its initial softened after `Leas` or not, on a line of its own
  assert.deepEqual(people(['Present:\tCathaoirleach Councillor Seán Ó Dónaill', '\t\tLeas-Chathaoirleach Cllr Mary Ryan', '\t\tLeas Cathaoirleach Cllr Pól Ó Sé', '\t\tCllr Nóra Ní Bhriain']), [
    ['Seán Ó Dónaill', 'Councillor', 'Cathaoirleach', []], ['Mary Ryan', 'Cllr', 'Leas-Chathaoirleach', []], ['Pól Ó Sé', 'Cllr', 'Leas Cathaoirleach', []], ['Nóra Ní Bhriain', 'Cllr', undefined, []]]);
  // an English parish's and a Scottish committee's chairs, and a town's mayors (an elected office that is a title too)
  assert.deepEqual(people(['Present:\tChair Cllr Ann Roe', '\t\tVice-Chair Councillor Bo Lee', '\t\tCllrs Cal Day and Dee Eke']), [
    ['Ann Roe', 'Cllr', 'Chair', []], ['Bo Lee', 'Councillor', 'Vice-Chair', []], ['Cal Day', 'Cllr', undefined, []], ['Dee Eke', 'Cllr', undefined, []]]);
  assert.deepEqual(people(['Present:\tMayor Cllr Ann Roe', '\t\tDeputy Mayor Councillor Bo Lee', '\t\tCouncillors Cal Day and Dee Eke']), [
    ['Ann Roe', 'Cllr', 'Mayor', []], ['Bo Lee', 'Councillor', 'Deputy Mayor', []], ['Cal Day', 'Councillor', undefined, []], ['Dee Eke', 'Councillor', undefined, []]]);
  // in a sentence's list, and the office in a bracket after the name, as before
  assert.deepEqual(people(['Present: Cathaoirleach Cllr Seán Ó Dónaill, Cllrs Mary Ryan and Pól Ó Sé.']), [['Seán Ó Dónaill', 'Cllr', 'Cathaoirleach', []], ['Mary Ryan', 'Cllr', undefined, []], ['Pól Ó Sé', 'Cllr', undefined, []]]);
  assert.deepEqual(people(['Present:\tCllr Seán Ó Dónaill (Cathaoirleach)', '\t\tCllr Mary Ryan (Leas-Chathaoirleach)']), [['Seán Ó Dónaill', 'Cllr', 'Cathaoirleach', []], ['Mary Ryan', 'Cllr', 'Leas-Chathaoirleach', []]]);
  // a mayor with no other title holds the office as before; an alderman among councillors is addressed so, no office
  assert.deepEqual(people(['Present:\tMayor Dana Whitcombe', '\t\tAlderman Cllr Bo Lee', '\t\tCllr Cal Day']), [['Dana Whitcombe', undefined, 'Mayor', []], ['Bo Lee', 'Alderman Cllr', undefined, []], ['Cal Day', 'Cllr', undefined, []]]);
  assert.deepEqual(officeBeforeTitle('Deputy Mayor  Councillor'), { office: 'Deputy Mayor', title: 'Councillor' });
  assert.equal(officeBeforeTitle('Mayor'), undefined);
  assert.equal(officeBeforeTitle('Cllr'), undefined);
  assert.equal(officeBeforeTitle('Mayor Dana'), undefined);
  // a title in the plural before a run of names is a list's, never one person and a role
  assert.equal(opensPluralRun('\t\tCllrs Áine Moloney, Pat Hegarty and'), true);
  assert.equal(opensPluralRun('Councillors A Roe and B Lee'), true);
  assert.equal(opensPluralRun('Cllr A Roe, Chair'), false);
  assert.equal(opensPluralRun('Members of the public and press'), false);
});

test('an action log\'s update the PDF wrapped a tab stop short, under the officer\'s cell: the deferral keeps where it goes, the next row, footer and item their own', () => {
  const foot = 'Kilcoole Area Committee – 9th June 2026\t\t\t\tPage 1 of 3';
  const read = (lines: readonly string[]): { reviews: string[][]; items: string[] } => {
    const m = parse([...HEAD, ...lines].join('\n')).meeting!;
    return { reviews: (m.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), items: m.items.map((i) => i.number?.written ?? '') };
  };
  assert.deepEqual(read(['12/26\tACTION LOG FROM PREVIOUS MEETINGS', '', 'Ref\t\tAction\t\t\t\t\tOfficer\t\tUpdate',
    'KA-26-02\tResurfacing at Church Road\t\tAE\t\tDeferred to 2027',
    '\t\tnear the school\t\t\t\t\tbudget',
    'KA-26-04\tBench at the green\t\t\tAO\t\tComplete',
    '', foot, '', '13/26\tANY OTHER BUSINESS', '', 'None.']), {
    reviews: [['KA-26-02', 'carried forward', 'Deferred to 2027 budget'], ['KA-26-04', 'done', 'Complete']], items: ['12/26', '13/26'] });
  // (a status column, a deferral asking for its meeting on the wrapped line, in capitals)
  assert.deepEqual(read(['12/26\tREVIEW OF ACTIONS', '', 'Ref\t\tAction\t\t\t\t\tOfficer\t\tStatus',
    'KA-26-05\tDog fouling signs at the pier\tAO\t\tCarried forward to',
    '\t\tand slipway\t\t\t\t\tJuly meeting',
    'KA-26-06\tBench at the green\t\t\tAO\t\tOn-going', '', foot, '', '13/26\tANY OTHER BUSINESS', '', 'None.']), {
    reviews: [['KA-26-05', 'carried forward', 'Carried forward to July meeting'], ['KA-26-06', 'open', 'On-going']], items: ['12/26', '13/26'] });
  // the next item's head right under the log, no blank between: the item's, no row of the log
  assert.deepEqual(read(['11/26\tROADS', '', 'Noted.', '', '12/26\tACTION LOG FROM PREVIOUS MEETINGS', '', 'Ref\t\tAction\t\t\t\t\tOfficer\t\tUpdate',
    'KA-26-02\tResurfacing at Church Road\t\tAE\t\tCarried forward to',
    '\t\tnear the school\t\t\t\t\tJuly meeting',
    '13/26\tANY OTHER BUSINESS', '', 'None.', '', '14/26\tNEXT MEETING', '', 'July.']), {
    reviews: [['KA-26-02', 'carried forward', 'Carried forward to July meeting']], items: ['11/26', '12/26', '13/26', '14/26'] });
  // … while a log by the minutes that set its actions keeps every row, a sub-item's reference too
  assert.deepEqual(read(['11/26\tROADS', '', 'Noted.', '', '12/26\tPROGRESS ON ACTIONS', 'Minute\tAction\tOwner\tStatus',
    '048/26\tBus shelter survey\tAE\tCompleted', '051/26(b)\tRevise the parking bye-laws\tAO\tNot yet due', '053/26\tPier lighting\tAE\tDeferred to January 2027',
    '', '13/26\tANY OTHER BUSINESS', '', 'None.']).reviews.map((r) => r[0]), ['048/26', '051/26(b)', '053/26']);
  // an officer's cell wrapped in capitals stays the officer's: a status that asks for nothing more is whole
  const text = ['Ref\t\tAction\t\t\t\t\tOfficer\t\tUpdate', 'KA-26-07\tFootpath at Main Street\t\tSEE /\t\tDeferred to 2027', '\t\tKilnagross\t\t\t\t\tRoads'].join('\n');
  const row = readActionTable(text, 0)!.rows[0];
  assert.deepEqual(row.cells.map((c) => c.map((s) => text.slice(s.start, s.end))), [['KA-26-07'], ['Footpath at Main Street', 'Kilnagross'], ['SEE /', 'Roads'], ['Deferred to 2027']]);
});
