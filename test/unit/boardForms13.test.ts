/**
 * heldOut13's boards in other boards' words: an NHS board's lists parted by the vote, rows of
 * `Name<TAB>Role<TAB>Initials` whose role cell holds a seat and the kind of body it is for after a
 * dash, and wraps onto lines that open with a tab (the rest of the role, a bracket naming the seat,
 * a fact about the attendance in its bracket).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, resolveMention } from '#service';
import { isPostNominal, lettersAfterNames, parseName } from '#service/people';
import { blockWordKind } from '#service/markup';
import { readPerson } from '#service/forms/personLine';

const cut = (text: string, s: { start: number; end: number } | undefined): string | undefined => (s ? text.slice(s.start, s.end) : undefined);

test('a list parted by the vote is the list its word names; voting members are never those in attendance', () => {
  assert.equal(blockWordKind('Present (voting members)'), 'present');
  assert.equal(blockWordKind('Participants (non-voting)'), 'present');
  assert.equal(blockWordKind('Trustees present (Voting Members)'), 'present');
  assert.equal(blockWordKind('Apologies (voting)'), 'apologies');
  assert.equal(blockWordKind('Also in attendance (not voting)'), 'inAttendance');
  assert.equal(blockWordKind('Members in attendance (voting)'), undefined);
  assert.equal(blockWordKind('Present (see over)'), undefined);
  assert.equal(blockWordKind('Budget (voting)'), undefined);
});

test('a seat and the kind of body it is for, after a dash in the role cell, are one role; a body by its name stays whom they come from', () => {
  const seat = 'Ana Roe\tPartner Member – Local Authorities\tAR';
  assert.equal(cut(seat, readPerson(seat)!.role), 'Partner Member – Local Authorities');
  const sector = 'Ben Lowe\tGovernor – Voluntary Sector\tBL';
  assert.equal(cut(sector, readPerson(sector)!.role), 'Governor – Voluntary Sector');
  const body = 'Carl Moss\tChief Executive – Avonvale Council\tCM';
  assert.deepEqual([cut(body, readPerson(body)!.role), cut(body, readPerson(body)!.org)], ['Chief Executive', 'Avonvale Council']);
  // (not in a cell: after the name's own dash, the body reads as before)
  const line = 'Cllr Dee Park – Avonvale Council';
  assert.equal(cut(line, readPerson(line)!.org), 'Avonvale Council');
});

test('a role cell wrapped onto lines that open with a tab: its words, a bracket naming the seat, a fact in a bracket', () => {
  const text = ['MIDSHIRE HEALTH PARTNERSHIP BOARD', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'Members (voting):',
    'Ann Roe\tChair\tAR',
    'Bea Lund\tLay Member\tBL', '\t(Finance and Investment)',
    'Carl Moss\tStakeholder Member – Community\tCM', '\tPharmacy Contractors (by telephone)',
    'Dee Park\tStakeholder Member – Primary\tDP', '\tCare Networks',
    'Eve Holt\tChief Officer – Westvale\tEH', '\tBorough Council',
    'Fay Gill\tStakeholder Member – Hospices\tFG', '\t(substituting for Gus Hale)',
    '', 'Attendees (non-voting):', 'Hal Ives\tHead of Governance\tHI', '',
    'MHP/26/01\tWELCOME', 'The Chair welcomed members.'].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.map((b) => b.kind), ['present', 'present']);
  const people = m.people.flatMap((b) => b.people);
  assert.deepEqual(people.map((p) => [p.written, p.role, p.organisation, p.initials, p.qualifiers?.map((q) => q.text)]), [
    ['Ann Roe', 'Chair', undefined, 'AR', undefined],
    ['Bea Lund', 'Lay Member (Finance and Investment)', undefined, 'BL', undefined],
    ['Carl Moss', 'Stakeholder Member – Community Pharmacy Contractors', undefined, 'CM', ['by telephone']],
    ['Dee Park', 'Stakeholder Member – Primary Care Networks', undefined, 'DP', undefined],
    ['Eve Holt', 'Chief Officer', 'Westvale Borough Council', 'EH', undefined],
    ['Fay Gill', 'Stakeholder Member – Hospices', undefined, 'FG', ['substituting for Gus Hale']],
    ['Hal Ives', 'Head of Governance', undefined, 'HI', undefined],
  ]);
});

test('a line of `Minutes of the … Meeting held in Public` under the body names no body: the body is the title', () => {
  for (const [body, line] of [['NHS Severnvale Integrated Care Board', 'Minutes of the Board Meeting held in Public'], ['KESTREL VALLEY PARISH COUNCIL', 'Minutes of the Council Meeting held in Public'],
    ['Harbour Housing Group', 'Minutes of the Meeting held on']]) {
    const text = [body, line, 'Wednesday 21 January 2026, 10:00', '', 'HB 26/01\tWelcome', 'The Chair welcomed members.'].join('\n');
    assert.equal(parse(text).meeting!.title?.value, body, line);
  }
});

test('a due that ends its line goes on over the next; a due in a bracket after `due:`; a deferral to a body\'s meeting keeps where it goes', () => {
  const text = ['AUDIT COMMITTEE', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'AC/26/01\tFINANCE REPORT', 'The Committee NOTED the report.',
    'ACTION: Director of Finance to circulate the revised forecast to members by 13 March', '2026.',
    'ACTION: JL/PM to agree the tender timetable with the contractor by 27 March', '2026.',
    'ACTION: Head of Risk to refresh the risk register for the autumn review (due: Q3 2026/27).',
    'ACTION: Clerk to update the terms of reference (due: 30 April 2026)', '',
    'AC/26/02\tACTION LOG', 'Ref\tAction\tLead\tStatus', 'A1\tReview the policy\tClerk\tDeferred to June Committee', 'A2\tPublish the plan\tClerk\tComplete', ''].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items[0].actions.map((a) => a.due?.text), ['13 March 2026', '27 March 2026', 'Q3 2026/27', '30 April 2026']);
  assert.deepEqual((m.statusReviews ?? []).map((s) => s.written), ['Deferred to June Committee', 'Complete']);
});

test('letters after a full name are no part of it: honours, degrees, a professional body\'s grades, in their shape', () => {
  for (const w of ['FIAE', 'MIAE', 'OBE', 'KC', 'CEng', 'MSc', 'PhD', 'DPhil', 'FRCPath', 'MBChB', 'FREng']) assert.equal(isPostNominal(w), true, w);
  for (const w of ['Smith', 'McKay', 'MacLeod', 'DeVries', 'III', 'O\'Neill', 'Okafor']) assert.equal(isPostNominal(w), false, w);
  assert.equal(parseName('Dr Naomi Feld CPsychol FBPsS')?.display, 'Naomi Feld');
  assert.equal(parseName('Peter Lisle KC')?.display, 'Peter Lisle');
  assert.equal(parseName('Sarah MARWICK')?.display, 'Sarah Marwick');
  assert.equal(parseName('Jean-Luc DUPONT')?.display, 'Jean-Luc Dupont');
  assert.equal(parseName('Dev Patel MBA')?.display, 'Dev Patel');
  // a surname some boards print in capitals, after two given names, is no letters: a word in capitals alone counts as
  // letters only when a reader knows it or it follows letters (`CEng FIAE`), as letters come after the surname
  for (const [written, name] of [['Mary Anne SMITH', 'Mary Anne Smith'], ['Mary Anne SMITH OBE', 'Mary Anne Smith'], ['Anna Maria DE SOUSA', 'Anna Maria De Sousa'],
    ['Gillian Sayer CEng FIAE', 'Gillian Sayer'], ['Peter Lee MBE FRCP', 'Peter Lee']]) assert.equal(parseName(written)?.display, name, written);
  // a society's own letters, told by the text printing them after several names; one name printed so, however often, is no evidence
  const letters = lettersAfterNames(['President\tAnjali Mehta FIAE', 'Kwame Asante FIAE, Ruth Delacourt MIAE', 'Tomasz Nowicki MIAE', 'Present: Mary Anne SMITH', 'Mary Anne SMITH presented the report.']);
  assert.deepEqual([...letters].sort(), ['FIAE', 'MIAE']);
  assert.equal(parseName('Anjali Mehta FIAE', letters)?.display, 'Anjali Mehta');
  assert.equal(parseName('Mary Anne SMITH', letters)?.display, 'Mary Anne Smith');
  const text = ['THE SOCIETY OF RURAL SURVEYORS', 'BOARD OF TRUSTEES', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'Present', 'Role\tName',
    'Chair\tDr Naomi Feld CPsychol FRSS', 'Hon Secretary\tOwen Price MSc MRSS', 'Hon Treasurer\tLiam Roe FCA', '', 'Apologies: Priya Nair PhD MRSS, Tom Ellis OBE', '',
    'T26/01 Welcome', 'The Chair welcomed trustees.', '', 'T26/02 Accounts', 'The trustees NOTED the accounts.', '',
    'Summary of actions', '| Minute | Action | Responsibility | Deadline |', '|---|---|---|---|',
    '| T26/02 | Circulate the signed accounts to trustees | Hon Treasurer | July 2026 Board |', '| T26/02 | File the annual return | Hon. Secretary | 30 April 2026 |', ''].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.people.flatMap((b) => b.people.map((p) => p.name.display)), ['Naomi Feld', 'Owen Price', 'Liam Roe', 'Priya Nair', 'Tom Ellis']);
  const actions = [...m.items.flatMap((it) => it.actions), ...(m.actions ?? [])];
  assert.deepEqual(actions.map((a) => [a.owners.map((o) => { const r = resolveMention(o.text, m); return ('person' in r ? r.person?.name.display : undefined) ?? o.text; }), a.due?.text]), [
    [['Liam Roe'], 'July 2026 Board'], [['Owen Price'], '30 April 2026'],
  ]);
});
