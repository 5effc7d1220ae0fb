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
