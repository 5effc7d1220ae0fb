/**
 * Forms a clerk read in an Ontario Catholic school board's minutes and a British Columbia strata
 * council's minutes issued by its property manager (heldOut17, 01 and 02), each tried in other
 * boards' words, with the near misses that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchMotion } from '#service/forms/motions';
import { parse } from '#service';
import { blockWordKind } from '#service/markup';
import { matchActionLine } from '#service/forms/actions';
import { isActor } from '#service/forms/owners';
import { meetingHeading } from '#service/forms/meetingHeading';

const motionOf = (line: string): { mover?: string; seconder?: string; text: string } | undefined => {
  const m = matchMotion(line);
  if (!m) return undefined;
  return { mover: m.mover && line.slice(m.mover.start, m.mover.end), seconder: m.seconder && line.slice(m.seconder.start, m.seconder.end), text: line.slice(m.text.start, m.text.end) };
};

test('a strata council\'s motion, each name bracketed after its verb, is a motion from `to` / `THAT`', () => {
  assert.deepEqual(motionOf('It was MOVED (Okafor) and SECONDED (Lindgren) to approve the landscaping contract renewal.'),
    { mover: 'Okafor', seconder: 'Lindgren', text: 'to approve the landscaping contract renewal' });
  // owners standing for their strata lots, a slash between, the words in capitals after them
  assert.deepEqual(motionOf('MOVED (SL 12) / SECONDED (Unit 403) THAT the window cleaning quote be accepted.'),
    { mover: 'SL 12', seconder: 'Unit 403', text: 'THAT the window cleaning quote be accepted' });
  assert.deepEqual(motionOf('Moved (Da Silva), seconded (Chow), that the council ratify the e-mail vote.')?.seconder, 'Chow');
  // after another sentence on the line
  assert.equal(motionOf('Quorum was confirmed. It was MOVED (Park) and SECONDED (Ruiz) to adopt the agenda.')?.mover, 'Park');
  // near misses: a bracket of something else, a mover alone, a seconder's bracket with no motion's words after it
  assert.equal(motionOf('The gate was moved (at owner request) and seconded (sic) by the fence.'), undefined);
  assert.equal(motionOf('It was MOVED (Park) to adopt the agenda.'), undefined);
  assert.equal(motionOf('It was MOVED (Park) and SECONDED (Ruiz). CARRIED'), undefined);
});

const decisionsIn = (lines: readonly string[]): string[] => {
  const text = ['NORTHFIELD REGIONAL COUNCIL', 'Minutes of the meeting held on Monday, March 2, 2026', '', '1.\tCALL TO ORDER', 'The Mayor called the meeting to order at 7:00 p.m.', '',
    '2.\tFINANCE', ...lines, '', '3.\tADJOURNMENT', 'The meeting adjourned at 8:10 p.m.'].join('\n');
  return (parse(text).meeting?.items ?? []).flatMap((i) => i.decisions.map((d) => d.text));
};

test('a report received for information is a decision, its words what it was received as, wherever its sentence stands', () => {
  assert.deepEqual(decisionsIn(['The Treasurer presented the quarterly variance figures for the', 'second quarter. The report was received for information.']), ['for information']);
  assert.deepEqual(decisionsIn(['The correspondence from the Conservation Authority was received as information.']), ['as information']);
  assert.deepEqual(decisionsIn(['Ms. Vance spoke to the item. These minutes were received for information; no action was required.']), ['for information']);
  // near misses: information received, a person receiving it, a report for information not yet received
  assert.deepEqual(decisionsIn(['The Clerk received information from the Province about the grant.']), []);
  assert.deepEqual(decisionsIn(['Further information was received for the file.']), []);
  assert.deepEqual(decisionsIn(['The report for information will be received in April.']), []);
});

const reviewsIn = (title: string, lines: readonly string[]): Array<[string, string, string]> => {
  const text = ['THE OWNERS, STRATA PLAN LMS2290', 'MINUTES OF THE COUNCIL MEETING', 'HELD: Tuesday, April 14, 2026 at 7:00 p.m.', '', '1.\tCALL TO ORDER', 'The meeting was called to order at 7:02 p.m.', '',
    `2.\t${title}`, ...lines, '', '3.\tTERMINATION', 'The meeting was terminated at 8:15 p.m.'].join('\n');
  return (parse(text).meeting?.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]);
};

test('business arising, each earlier action a sub-item closing with its status word, is a review by the sub-item\'s title', () => {
  assert.deepEqual(reviewsIn('BUSINESS ARISING FROM THE MINUTES', [
    '2.1\tFob Audit – The audit of lost fobs was finished in March. COMPLETED.',
    '2.2\tRoof Drain Cleaning – The contractor is booked for May; see item',
    '\t4.2. IN PROGRESS.',
    '2.3\tPool Heater – Council will revisit this in the fall. DEFERRED.',
  ]), [['Fob Audit', 'done', 'COMPLETED'], ['Roof Drain Cleaning', 'open', 'IN PROGRESS'], ['Pool Heater', 'carried forward', 'DEFERRED']]);
  assert.deepEqual(reviewsIn('Business Arising', ['2.1\tHallway Carpets – The quotes were circulated. Ongoing.']), [['Hallway Carpets', 'open', 'Ongoing']]);
  // near misses: the same sub-items under new business, a status word inside its sentence, a sub-item number after no reference's word
  assert.deepEqual(reviewsIn('NEW BUSINESS', ['2.1\tFob Audit – The audit of lost fobs was finished in March. COMPLETED.']), []);
  assert.deepEqual(reviewsIn('BUSINESS ARISING', ['2.1\tFob Audit – The audit is COMPLETED except for the gym doors.']), []);
  assert.deepEqual(reviewsIn('BUSINESS ARISING', ['2.1\tFob Audit – The audit of lost fobs began in', '2.2\tRoof Drains – Booked for May. ONGOING.']), [['Roof Drains', 'open', 'ONGOING']]);
});

const peopleIn = (lines: readonly string[]): Array<[string, string, string | undefined, string | undefined]> => {
  const text = ['THE OWNERS, STRATA PLAN VR 1123', 'MINUTES OF THE COUNCIL MEETING', 'HELD:\t\tMonday, May 4, 2026 at 7:00 p.m.', '', ...lines, '',
    '1.\tCALL TO ORDER', 'The meeting was called to order at 7:03 p.m.', '', '2.\tTERMINATION', 'The meeting was terminated at 8:00 p.m.'].join('\n');
  return (parse(text).meeting?.people ?? []).flatMap((b) => b.people.map((p): [string, string, string | undefined, string | undefined] => [b.kind, p.name.display, p.role, p.organisation]));
};

test('a strata council in attendance, its agent and the agent\'s company on the line under: the council present, the agent in attendance', () => {
  assert.equal(blockWordKind('COUNCIL IN ATTENDANCE'), 'present');
  assert.equal(blockWordKind('Board members in attendance'), 'present');
  assert.equal(blockWordKind('Strata Agent'), 'inAttendance');
  assert.equal(blockWordKind('Property Manager'), 'inAttendance');
  // near misses: a UK council's other members in attendance, and words that name no list
  assert.equal(blockWordKind('Members in attendance'), 'inAttendance');
  assert.equal(blockWordKind('Strata Lot'), undefined);
  assert.equal(blockWordKind('Agent'), undefined);
  assert.deepEqual(peopleIn([
    'STRATA COUNCIL IN ATTENDANCE:\tMaria Santos\t\tPresident', '\t\t\tTom Becker\t\tTreasurer', '',
    'REGRETS:\t\tLi Na\t\tSecretary', '',
    'PROPERTY MANAGER:\tJane Holt, Senior Property Manager', '\t\t\tFirstService Residential BC Ltd.',
  ]), [
    ['present', 'Maria Santos', 'President', undefined], ['present', 'Tom Becker', 'Treasurer', undefined],
    ['apologies', 'Li Na', 'Secretary', undefined], ['inAttendance', 'Jane Holt', 'Senior Property Manager', 'FirstService Residential BC Ltd.'],
  ]);
  // near miss: a firm under a person who holds no role is no one's company (read as the list reads it)
  assert.ok(!peopleIn(['STRATA AGENT:\t\tJane Holt', '\t\t\tFirstService Residential BC Ltd.']).some((p) => p[3] !== undefined));
});

test('a lettered sub-item whose title opens with the year it is for is a sub-item', () => {
  const text = ['NORTHFIELD CATHOLIC DISTRICT SCHOOL BOARD', 'Minutes of the Regular Board Meeting, Tuesday, March 3, 2026', '',
    'I.\tCALL TO ORDER', 'The Chair called the meeting to order at 7:00 p.m.', '',
    'II.\tREPORTS FOR DECISION', 'A.\t2026/27 Budget Timelines (Report 26-014)', 'Staff presented the timelines.', 'B.\tTransportation Policy Review', 'Staff presented the review.',
    'C.\t2025 was a difficult year for busing, staff said.', '', 'III.\tADJOURNMENT', 'The meeting adjourned at 8:00 p.m.'].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items[1].subItems?.map((s) => s.title), ['2026/27 Budget Timelines (Report 26-014)', 'Transportation Policy Review']);
});

test('an owner named by an initial and a surname under the task (`ACTION: A. Fitzgerald`) is an owner, no task', () => {
  for (const line of ['ACTION: A. Fitzgerald', 'ACTION: J.R. Okafor', 'ACTION: M. O\'Brien', 'ACTION: D. MacLeod-Hart']) {
    const f = matchActionLine(line);
    assert.ok(f?.ownerOnly, line);
    assert.equal(line.slice(f!.owners[0].start, f!.owners[0].end), line.slice(8));
  }
  // near misses: a lettered task, a task with the owner first, an initial alone
  for (const line of ['ACTION: A. Review the fire doors', 'ACTION: A. Fitzgerald to draft the policy', 'ACTION: B.']) assert.ok(!matchActionLine(line)?.ownerOnly, line);
  assert.ok(isActor('A. Fitzgerald'));
  assert.ok(!isActor('A. fitzgerald'));
  assert.ok(!isActor('A. B'));
});

const titleOf = (lines: readonly string[]): string | undefined => {
  const h = meetingHeading(lines);
  return h.title?.spans[h.title.spans.length - 1].text;
};

test('the title is the body, not a building\'s name in quotes, under a heading that names the meeting whole', () => {
  assert.equal(titleOf(['MINUTES OF THE ANNUAL GENERAL MEETING', 'THE OWNERS, STRATA PLAN LMS2290', '"HARBOUR VIEW"', '', 'HELD:\tTuesday, April 14, 2026 at 7:00 p.m.']), 'THE OWNERS, STRATA PLAN LMS2290');
  // near misses: a kind of meeting under the body stays the title, a quoted line alone, a heading carried on with `of`
  assert.equal(titleOf(['RIVERSIDE HOUSING CO-OPERATIVE', 'SPECIAL BOARD MEETING', 'Tuesday, June 9, 2026']), 'SPECIAL BOARD MEETING');
  assert.equal(titleOf(['"THE MERIDIAN"', 'Tuesday, June 9, 2026']), '"THE MERIDIAN"');
  assert.notEqual(titleOf(['Minutes of the Annual General Meeting', 'of the Friends of Dunmore Park', 'Tuesday, June 9, 2026']), 'of the Friends of Dunmore Park');
});

const listsIn = (lines: readonly string[]): Array<[string, string, string | undefined, string | undefined]> => {
  const text = ['LAKESHORE DISTRICT SCHOOL BOARD', 'REGULAR BOARD MEETING', 'Monday, March 2, 2026 – 7:00 p.m.', '', ...lines, '',
    'I.\tCALL TO ORDER', 'The Chair called the meeting to order at 7:00 p.m.', '', 'II.\tADJOURNMENT', 'The meeting adjourned at 8:00 p.m.'].join('\n');
  return (parse(text).meeting?.people ?? []).flatMap((b) => b.people.map((p): [string, string, string | undefined, string | undefined] => [b.kind, p.name.display, p.role, p.category]));
};

test('a list of those present in labelled groups: the members\' own word no category, a students\' seat their role, the staff in attendance', () => {
  assert.deepEqual(listsIn([
    'PRESENT:',
    'Trustees:\t\tNadia Qureshi (Chair), Owen Bright, Hélène Roy',
    'Student Trustees:\tMaya Lin, Tom Akande',
    'Senior Staff:\t\tRuth Okafor, Director of Education',
    '\t\t\tPeter Vance, Associate Director',
    'Recording Secretary:\tIrene Cho',
  ]), [
    ['present', 'Nadia Qureshi', 'Chair', undefined], ['present', 'Owen Bright', undefined, undefined], ['present', 'Hélène Roy', undefined, undefined],
    ['present', 'Maya Lin', 'Student Trustee', undefined], ['present', 'Tom Akande', 'Student Trustee', undefined],
    ['inAttendance', 'Ruth Okafor', 'Director of Education', undefined], ['inAttendance', 'Peter Vance', 'Associate Director', undefined],
    ['inAttendance', 'Irene Cho', 'Recording Secretary', undefined],
  ]);
  // near miss: groups that are categories of the members (a university court's) keep them, all present
  const court = listsIn(['Present:', 'Ex officio members: Professor Ann Roe (Principal), Professor Bo Lee', 'Lay members: Ms Cara Day, Mr Dev Eke']);
  assert.deepEqual(court.map((p) => [p[0], p[3]]), [['present', 'Ex officio members'], ['present', 'Ex officio members'], ['present', 'Lay members'], ['present', 'Lay members']]);
});

const logIn = (after: readonly string[]): Array<[string, string]> => {
  const footer = (n: number): string => `Lakeshore Township Council Minutes – May 4, 2026\t\t\t\tPage ${n} of 3`;
  const text = ['LAKESHORE TOWNSHIP COUNCIL', 'Minutes of the Regular Meeting, Monday, May 4, 2026', '', '1.\tCALL TO ORDER', 'The Mayor called the meeting to order at 7:00 p.m.', '',
    '2.\tBUSINESS ARISING – OUTSTANDING ITEMS LOG', 'Ref.\t\tRequest\t\t\t\tResponsibility\t\tStatus', 'OI-26-03\tCrosswalk study on Main Street\tEngineering\tComplete',
    'OI-26-05\tPark lighting upgrade\t\tParks\t\tIn Progress', '', footer(1), '', ...after, '',
    '3.\tADJOURNMENT', 'The meeting adjourned at 8:10 p.m.', '', footer(2), '', 'Council Clerk', '', footer(3)].join('\n');
  return (parse(text).meeting?.statusReviews ?? []).map((r) => [r.ref, r.status]);
};

test('a log of earlier actions goes on past the page\'s footer between its rows', () => {
  assert.deepEqual(logIn(['OI-26-07\tTree bylaw review\t\tPlanning\tWithdrawn']), [['OI-26-03', 'done'], ['OI-26-05', 'open'], ['OI-26-07', 'dropped']]);
  // near miss: a paragraph after the footer is no row of the log
  assert.deepEqual(logIn(['The Clerk noted that 26-07 would come back in June.']), [['OI-26-03', 'done'], ['OI-26-05', 'open']]);
});
