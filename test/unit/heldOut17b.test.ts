/**
 * What the blind set heldOut17 showed missed in a trade union branch's and an EU agency board's
 * minutes (documents 03 and 04): each construct in other bodies' words, names and numbers, with near
 * misses that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { matchBodyAdopted, matchBodyNoted } from '#service/forms/decisions';
import { annexGroup, isAttendanceAnnex } from '#service/forms/attendanceAnnex';
import { matchPersonLine } from '#service/forms/personLine';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}
const decisions = (m: Meeting): string[] => m.items.flatMap((i) => i.decisions.map((d) => d.text));

/** A board's record: its name, the meeting, numbered items; `body` is item 2's text. */
function board(body: readonly string[]): string {
  return [
    'NORDIC MARITIME TRAINING FOUNDATION',
    'Minutes of the meeting of the Governing Council held on 12 February 2026',
    '1.\tOpening of the meeting',
    'The Chair opened the meeting at 10.00.',
    '2.\tBusiness',
    ...body,
    '3.\tClosing',
    'The meeting closed at 12.30.',
  ].join('\n');
}

test('heldOut17 04/03: the body decides in its own voice, lower case, with its own name before the body\'s word', () => {
  const m = meetingOf(board([
    'The Executive Council adopted the work programme for 2026 (doc. GC/26/03) as presented.',
    'The Audit and Risk Committee endorsed the revised risk register.',
    'The council approved a grant of €4,000 to the Harbour Rowing Club (proposed by',
    'Ms Lund, seconded by Mr Aho, carried).',
    'The Governing Council unanimously ratified the appointment of the new Rector.',
    'The Board adopted unanimously Resolution 2026/4 on the fee scale.',
    'The Finance Committee noted the internal auditor\'s observations, and asked for a follow-up.',
  ]));
  assert.deepEqual(decisions(m), [
    'the work programme for 2026 (doc. GC/26/03) as presented',
    'the revised risk register',
    'a grant of €4,000 to the Harbour Rowing Club (proposed by Ms Lund, seconded by Mr Aho, carried)',
    'the appointment of the new Rector',
    'Resolution 2026/4 on the fee scale',
    "the internal auditor's observations, and asked for a follow-up",
  ]);
});

test('heldOut17 04/03 near misses: a person\'s verb, a thought, a past act, a verb a phrase follows stay unread', () => {
  const m = meetingOf(board([
    'The Chief Executive approved the travel claims before the meeting.',
    'The Board Secretary adopted the new template for papers.',
    'The Chair noted that 11 of the 14 members were present.',
    'The Council noted that the audit had started.',
    'The Committee approved of the approach taken by officers.',
    'The Board accepted that the timetable was tight.',
    'Members recalled that the Board had adopted the strategy in 2019.',
    'The Panel approved in principle a change to the terms.',
  ]));
  assert.deepEqual(decisions(m), []);
  assert.equal(matchBodyAdopted('The Executive Director adopted the plan.'), undefined);
  assert.equal(matchBodyAdopted('when the Board adopted the plan last year'), undefined);
  assert.equal(matchBodyNoted('The Chief Executive noted the report.'), undefined);
});

test('heldOut17 03: a motion quoted in full over its mover, seconder, count and result is the decision, once carried', () => {
  const m = meetingOf(board([
    'The Secretary moved the emergency motion below.',
    '“That this Annual General Meeting instructs the Committee to affiliate to the',
    'county association of tenants’ groups.”',
    'Moved by Priya Shah, seconded by Owen Lloyd.',
    'Carried nem. con.',
    '',
    'The following resolution was put to the meeting:',
    '"This Society calls on the Council to restore the Sunday bus service."',
    'Proposer: Jan Kowal\tSeconder: Ruth Ames',
    'Votes for 12, against 3. Agreed.',
  ]));
  assert.deepEqual(decisions(m), [
    'That this Annual General Meeting instructs the Committee to affiliate to the county association of tenants’ groups.',
    'This Society calls on the Council to restore the Sunday bus service.',
  ]);
});

test('heldOut17 03 near misses: a quotation no carried result follows, or one that was lost, is no decision', () => {
  const m = meetingOf(board([
    '"That the branch ballots members on industrial action."',
    'Proposed: KM\tSeconded: TD',
    'For 3, against 9. LOST.',
    '',
    '"That the office closes on Fridays" was the subject of a letter from a member.',
    '',
    'The member said:',
    '"We will not accept the new rota, and it should be carried no further."',
    'Carried away by the debate, the meeting overran.',
  ]));
  assert.deepEqual(decisions(m), []);
});

/** A union branch's minutes: its committee, the members with initials and offices, running minute numbers. */
function branch(people: readonly string[], body: readonly string[], closing: readonly string[] = []): string {
  return [
    'MINUTES OF THE BRANCH COMMITTEE',
    'Wednesday 4 March 2026, 6.00pm, Trades Hall',
    '',
    'Present:',
    ...people,
    '',
    '212.\tMINUTES OF THE LAST MEETING',
    'The minutes were agreed as a true record.',
    '',
    '213.\tMATTERS ARISING',
    ...body,
    '',
    '214.\tDATE OF NEXT MEETING',
    'Wednesday 1 April 2026.',
    '',
    ...closing,
  ].join('\n');
}

const peopleOf = (m: Meeting): string[] => m.people.flatMap((b) => b.people.map((p) => `${p.name.display} | ${p.role ?? ''} | ${p.organisation ?? ''}`));

test('heldOut17 03: a union representative\'s office with the workplace they stand for after its comma: the workplace is their organisation', () => {
  const m = meetingOf(branch([
    'Carol Dunne (CD)\t\tBranch Chair',
    'Femi Adeyemi (FA)\t\tShop Steward, Bus Garage',
    'Rhys Morgan (RM)\t\tWorkplace Rep, Social Care',
    'Ann Loy (AL)\t\tConvenor, Civic Centre',
    'Ben Hart (BH)\t\tTreasurer, Finance',
    'Sue Kemp (SK)\t\tSecretary, Sports Club',
  ], ['None.']));
  assert.deepEqual(peopleOf(m), [
    'Carol Dunne | Branch Chair | ',
    'Femi Adeyemi | Shop Steward, Bus Garage | Bus Garage',
    'Rhys Morgan | Workplace Rep, Social Care | Social Care',
    'Ann Loy | Convenor, Civic Centre | Civic Centre',
    // (near misses: an officer's post with a comma is no representative's, its second part no workplace they stand for)
    'Ben Hart | Treasurer, Finance | ',
    'Sue Kemp | Secretary, Sports Club | ',
  ]);
});

const reviews = (m: Meeting): string[] => (m.statusReviews ?? []).map((s) => `${s.ref} ${s.status} (${s.written})`);

test('heldOut17 03: a review table\'s `Carry forward to <meeting>` keeps where the action goes in its words', () => {
  const m = meetingOf(branch(['Carol Dunne (CD)\t\tBranch Chair', 'Femi Adeyemi (FA)\t\tBranch Secretary'], [
    'Min\tAction\t\t\tWho\tUpdate',
    '201\tRenew the hall booking\t\tCD\tDone',
    '204\tOrder new leaflets\t\tFA\tCarry forward to April',
    '206\tWrite to the depot manager\tCD\tCarry forward',
  ]));
  assert.deepEqual(reviews(m), ['201 done (Done)', '204 carried forward (Carry forward to April)', '206 carried forward (Carry forward)']);
});

const actions = (m: Meeting): string[] => [...m.items.flatMap((i) => i.actions), ...(m.actions ?? [])].map((a) => `${a.owners.map((o) => o.text).join(', ')}: ${a.text}${a.due ? ` (by ${a.due.text})` : ''}`);

test('heldOut17 03: an item\'s action the closing table restates in other words, the same owner and the same day, is the table\'s row; one due with no day is not', () => {
  const m = meetingOf(branch(['Carol Dunne (CD)\t\tBranch Chair', 'Femi Adeyemi (FA)\t\tBranch Secretary'], [
    'It was agreed to object to the parking charges. CD to write to the Council by 20 March.',
    'FA to phone the depot manager about the rota before the next meeting.',
  ], [
    'ACTION POINTS',
    'Action\t\t\t\t\tWho\tBy when',
    'Objection letter re parking charges\tCD\t20 March',
    'Leaflet order for the AGM\t\tFA\tnext meeting',
  ]));
  assert.deepEqual(actions(m), [
    'FA: phone the depot manager about the rota before the next meeting (by next meeting)',
    'CD: Objection letter re parking charges (by 20 March)',
    'FA: Leaflet order for the AGM (by next meeting)',
  ]);
});

test('heldOut17 04: `Summary record of the Nth meeting` under the body\'s name names no body: the body is the title', () => {
  const m = meetingOf([
    'EUROPEAN RAIL INTEROPERABILITY OFFICE',
    'EXECUTIVE BOARD',
    '',
    'Summary record of the 23rd meeting',
    'held in Lille on 5 February 2026',
    '',
    '1.\tAdoption of the agenda',
    'The Executive Board adopted the agenda.',
    '2.\tAny other business',
    'None.',
  ].join('\n'));
  assert.equal(m.title?.value, 'EXECUTIVE BOARD');
  assert.equal(m.date?.iso, '2026-02-05');
  // (a near miss: a record that names its body after `of` keeps it)
  const n = meetingOf(['Record of the Audit Panel', 'held on 5 February 2026', '', '1.\tMinutes', 'Agreed.', '2.\tClose', 'None.'].join('\n'));
  assert.equal(n.title?.value, 'Audit Panel');
});

const listed = (m: Meeting): string[] => m.people.flatMap((b) => b.people.map((p) => `${b.kind}: ${p.title ? `${p.title} ` : ''}${p.name.display}${p.role ? ` | ${p.role}` : ''}${p.organisation ? ` | ${p.organisation}` : ''}${(p.qualifiers ?? []).map((q) => ` (${q.text})`).join('')}`));

test('heldOut17 04: an attendance annex after the items, grouped by the state each member represents, gives the meeting\'s lists', () => {
  const m = meetingOf([
    'JOINT UNDERTAKING FOR CLEAN SHIPPING',
    'GOVERNING BOARD',
    'Summary record of the 18th meeting',
    'held in Brussels on 9 October 2025',
    '',
    '1.\tAdoption of the agenda',
    'The Chair, Mr Lindqvist, opened the meeting. The Governing Board adopted the agenda.',
    '2.\tAny other business',
    'None.',
    '',
    'Annex 1: List of participants',
    '',
    'Members',
    'Sweden\t\tMr Olof LINDQVIST (Chair)',
    'Czech Republic\tMs Jana NOVÁKOVÁ (alternate)',
    'Portugal\tSra Inês COSTA (also representing Spain)',
    'Industry members',
    'European Commission',
    'DG RTD\t\tMr Marco ROSSI',
    'Excused',
    'Ireland\t\tDr Siobhán BRENNAN',
    'Programme Office staff',
    'Ms Anke MEIER, Executive Director',
  ].join('\n'));
  assert.deepEqual(listed(m), [
    'present: Mr Olof Lindqvist | Chair | Sweden',
    'present: Ms Jana Nováková | Czech Republic (alternate)',
    'present: Sra Inês Costa | Portugal (also representing Spain)',
    'present: Mr Marco Rossi | DG RTD',
    'apologies: Dr Siobhán Brennan | Ireland',
    'inAttendance: Ms Anke Meier | Executive Director',
  ]);
  assert.equal(m.title?.value, 'GOVERNING BOARD');
});

test('heldOut17 04 near misses: an annex heading with an item after it, a two-column list of names, a heading naming no list', () => {
  // (an annex of participants an item follows is no closing list: the items stand as they were read)
  const m = meetingOf([
    'AUDIT COMMITTEE',
    'Minutes of the meeting held on 9 October 2025',
    '1.\tList of participants',
    'Annex: list of participants',
    'Members',
    'Sweden\t\tMr Olof LINDQVIST',
    '2.\tAny other business',
    'None.',
  ].join('\n'));
  assert.deepEqual(m.items.map((i) => i.title), ['List of participants', 'Any other business']);
  assert.equal(listed(m).some((p) => p.includes('Sweden')), false);
  const two = matchPersonLine('Anna Berg\t\tMs Katrin HOLZER');
  assert.equal(two?.length, 2);
  assert.equal(annexGroup('Mr Olof LINDQVIST'), undefined);
  assert.equal(annexGroup('European Commission'), 'same');
  assert.equal(annexGroup('Observers'), 'inAttendance');
  assert.equal(isAttendanceAnnex('Attendance'), false); // a bare heading, with no annex's word
});

test('heldOut17 04: the secretariat or the Commission undertakes in prose with its day; a body\'s next step with no day is no action', () => {
  const m = meetingOf(board([
    'The Secretariat will send the revised rules of procedure to members by 30 April 2026.',
    'Ms Roos said the European Commission will publish the call for experts by the end of May 2026.',
    'The Commission will consider the appeal at its next meeting.',
    'The Planning Commission will hold a public workshop.',
  ]));
  assert.deepEqual(actions(m), [
    // (the owner as written; a reader leaves out its `the`)
    'The Secretariat: send the revised rules of procedure to members by 30 April 2026 (by 30 April 2026)',
    'the European Commission: publish the call for experts by the end of May 2026 (by end of May 2026)',
  ]);
});

test('heldOut17 02: the meeting\'s own body telling someone its decision is its task, due or not; the body\'s next step among itself, another body, a rule it keeps or an answer\'s words are none', () => {
  const trust = (body: readonly string[]): string => ['HARBOUR HOUSING TRUST', 'Minutes of the meeting of the Board held on 12 February 2026', '1.\tOpening', 'The Chair opened the meeting.', '2.\tBusiness', ...body, '3.\tClosing', 'The meeting closed.'].join('\n');
  const m = meetingOf(trust([
    'The Board heard the applicant. The Board will write to the applicant with its decision.',
    'Governors will revisit this in the spring.',
    'The Board will consider the matter again in June.',
    'The Board will write off the arrears of £2,400.',
    'Under the new protocol, the Board will inform the auditors of any related-party transaction.',
    'The Council will write to the residents about the car park.',
    'Reply (Cllr Ward): The Board will write to the transport authority about the route.',
    'The residents will contact the Chair directly.',
  ]));
  assert.deepEqual(actions(m), ['The Board: write to the applicant with its decision']);
  // a council\'s own minutes: `Council` is the meeting\'s body
  const council = meetingOf(board(['Council will notify the tenants of the new parking rules.']));
  assert.deepEqual(actions(council), ['Council: notify the tenants of the new parking rules']);
});
