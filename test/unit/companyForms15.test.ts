/**
 * A listed company's board minutes as its minutes book prints them (the fifteenth held-out set): items
 * numbered by the meeting's serial and the item's (`245.01`), the heading wrapped before `held`, a
 * Directors Present table with each director's DIN under the name, resolutions quoted as passed
 * (`"RESOLVED THAT … RESOLVED FURTHER THAT …"`), an Action Taken Report on earlier decisions, and
 * instructions to the Company Secretary, the CFO and the management. Lines in other companies' words.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { detectNumbering } from '#service/numberSchemes';
import { findDueDate } from '#service/forms/dueDates';
import { findRequests } from '#service/forms/requests';
import { matchBodyNoted, matchDecision } from '#service/forms/decisions';
import { isIdentifierLine, matchGridHeader, readGridRow } from '#service/forms/grid';
import { looksLikeBody, readQualifier } from '#service/forms/qualifiers';
import { columnOf } from '#service/forms/actionTables';
import { blockWordKind } from '#service/markup';

const BOOK = [
  '                    KAVERI TEXTILES PRIVATE LIMITED',
  '',
  'MINUTES OF THE 62ND MEETING OF THE BOARD OF DIRECTORS OF KAVERI TEXTILES',
  'PRIVATE LIMITED HELD ON MONDAY, 3RD MARCH, 2025 AT 3.30 P.M. AT THE CORPORATE',
  'OFFICE OF THE COMPANY',
  '',
  'DIRECTORS PRESENT:',
  'Sl. No.\tName\t\t\t\tDesignation\t\t\tMode of attendance',
  '1.\tMs. Lakshmi R. Iyengar\tChairperson\t\t\tIn person',
  '\t(DIN: 01122334)',
  '2.\tMr. Arun Pillai\t\tNominee Director (Life Insurance Corporation of India)\tVideo conference',
  '\t(DIN: 05566778)',
  '3.\tDr. Neha Joshi\t\tIndependent Director\t\tVideo conference',
  '\t(DIN: 09988776)',
  '',
  'IN ATTENDANCE:',
  'Mr. Rohan Das\t\tChief Financial Officer',
  'Ms. Farah Khan\t\tInternal Auditor, Khan Mistry & Co. (for Item No. 245.03)',
  '',
  'LEAVE OF ABSENCE:',
  'Mr. Gopal Rao, Executive Director (DIN: 04455667)',
  '',
  '245.01\tCHAIR AND QUORUM',
  '',
  'Ms. Lakshmi R. Iyengar took the Chair and confirmed that the quorum was present.',
  '',
  '245.02\tACTION TAKEN REPORT',
  '',
  'Sl. No.\tItem No.\tDecision\t\t\tAction taken / Status',
  '1\t243.07\t\tRelocation of the dye house\tPending – consent awaited',
  '2\t244.04\t\tRenewal of the term loan\tCompleted',
  '3\t244.09\t\tSale of the Erode land\t\tDropped – buyer withdrew',
  '',
  'The Board NOTED the Action Taken Report.',
  '',
  '245.03\tAUDITED ACCOUNTS FOR THE YEAR ENDED 31ST DECEMBER, 2024',
  '',
  'After discussion, the Board passed the following resolution:',
  '',
  '"RESOLVED THAT pursuant to Section 134 of the Companies Act, 2013 (the',
  'Act) and the rules made thereunder, the audited accounts be and are hereby approved.',
  '',
  'RESOLVED FURTHER THAT the Chairperson be and is hereby authorised to sign them."',
  '',
  'The Chairperson requested the CFO to file the accounts with the Registrar',
  'within 30 days of the meeting.',
  '',
  '245.04\tDISCLOSURES',
  '',
  'The Board noted the declarations of independence received from Dr. Neha Joshi in',
  'the form prescribed.',
  '',
  '245.05\tNEW WEAVING SHED',
  '',
  'The Board decided to defer the proposal for capital expenditure of Rs. 4 crore and',
  'requested the management to present a fresh estimate by 30th April, 2025.',
  '',
].join('\n');

test('a company numbers its minutes by the meeting\'s serial and the item\'s (`245.01`): one prefix, items afresh from 01; sums and times are no items', () => {
  const doc = parse(BOOK);
  const m = doc.meeting!;
  assert.deepEqual(m.items.map((i) => [i.number?.written, i.title]), [
    ['245.01', 'CHAIR AND QUORUM'], ['245.02', 'ACTION TAKEN REPORT'], ['245.03', 'AUDITED ACCOUNTS FOR THE YEAR ENDED 31ST DECEMBER, 2024'],
    ['245.04', 'DISCLOSURES'], ['245.05', 'NEW WEAVING SHED'],
  ]);
  const n = detectNumbering(['112.01\tWELCOME', 'Text.', '112.02\tMINUTES', 'Text.', '112.03\tFINANCE', 'Text.']);
  assert.equal(n.scheme, 'prefixed');
  assert.equal(n.prefix, '112.');
  assert.equal(n.count, 3);
  // near misses: two figures first are the year first (`21.44`), sums in a table rise by no step, `245.00` numbers nothing
  assert.equal(detectNumbering(['21.44 Planning', 'Text.', '21.45 Finance', 'Text.']).scheme, 'year-first');
  assert.equal(detectNumbering(['412.60\tREVENUE', 'Text.', '388.15\tCOSTS', 'Text.']).scheme, 'none');
  assert.equal(detectNumbering(['245.00\tOPENING', 'Text.', '245.00\tCLOSING', 'Text.']).scheme, 'none');
});

test('a heading that wraps the company\'s name before `held` keeps its last words: the board and the company whole', () => {
  const m = parse(BOOK).meeting!;
  assert.equal(m.title?.value, 'BOARD OF DIRECTORS OF KAVERI TEXTILES PRIVATE LIMITED');
  assert.equal(m.date?.iso, '2025-03-03');
  // near miss: a place after `held at`, wrapped, is no part of the name
  const other = parse(['MINUTES OF THE MEETING OF THE AUDIT COMMITTEE OF NILGIRI DAIRY', 'HELD ON FRIDAY, 7TH MARCH, 2025 AT PUNE', '', '1. APOLOGIES', 'None.', '2. ACCOUNTS', 'Noted.'].join('\n')).meeting!;
  assert.equal(other.title?.value, 'AUDIT COMMITTEE OF NILGIRI DAIRY');
});

test('a resolution quoted as passed is one decision from its `THAT`: its `RESOLVED FURTHER THAT` clause is its own authority, a bracket the line left open runs on', () => {
  const m = parse(BOOK).meeting!;
  const by = (n: string) => m.items.find((i) => i.number?.written === n)!.decisions.map((d) => d.text);
  const accounts = by('245.03');
  assert.equal(accounts.length, 1, JSON.stringify(accounts));
  assert.ok(accounts[0].startsWith('THAT pursuant to Section 134 of the Companies Act, 2013 (the Act) and the rules made thereunder'), accounts[0]);
  assert.equal(matchDecision('"RESOLVED THAT the borrowing limits be and are hereby increased.')?.text !== undefined, true);
  assert.equal(matchDecision('RESOLVED FURTHER THAT any Director be and is hereby authorised to file the forms.'), undefined);
  assert.equal(matchDecision('RESOLVED ALSO THAT the Secretary be authorised to sign.'), undefined);
  // the body noting a document in a sentence the page wrapped, a name's `Dr.` inside it
  assert.ok(by('245.04')[0].startsWith('the declarations of independence received from Dr. Neha Joshi in the form prescribed'), JSON.stringify(by('245.04')));
  // a sum in rupees ends no sentence
  assert.ok(by('245.05')[0].startsWith('to defer the proposal for capital expenditure of Rs. 4 crore'), JSON.stringify(by('245.05')));
  assert.equal(matchBodyNoted('The Committee noted the register of interests. Ms Roe left.')?.text !== undefined, true);
  // near miss: `noted that …` is a point of the discussion, and a colon leads a table
  assert.equal(matchBodyNoted('The Board noted that the register was up to date.'), undefined);
  assert.equal(matchBodyNoted('The Board noted the disclosures as follows: one, two.'), undefined);
});

test('instructions to officers: the management asked, a time counted from an event as the due', () => {
  const m = parse(BOOK).meeting!;
  const actions = m.items.flatMap((i) => i.actions.map((a) => [i.number?.written, a.text, a.owners.map((o) => o.text), a.due?.text]));
  assert.deepEqual(actions.map((a) => [a[0], a[2], a[3]]), [
    ['245.03', ['CFO'], 'within 30 days of the meeting'],
    ['245.05', ['management'], '30th April, 2025'],
  ]);
  assert.equal(findRequests('The Chair asked the management to circulate the plan.').length, 1);
  assert.equal(findDueDate('to upload the results within 30 minutes of the close of the meeting.')?.text, 'within 30 minutes of the close of the meeting');
  assert.equal(findDueDate('to send the notice within 48 hours.')?.text, 'within 48 hours');
  // near miss: `within the budget` counts no time
  assert.equal(findDueDate('to hold the costs within the budget.'), undefined);
});

test('a Directors Present table with a serial column, the designation and the mode: each director\'s DIN under the name left out, a nominee\'s body in brackets', () => {
  const m = parse(BOOK).meeting!;
  const lists = m.people.map((b) => `${b.kind}: ${b.people.map((p) => `${p.name.display} | ${p.role ?? ''} | ${p.organisation ?? ''} | ${(p.qualifiers ?? []).map((q) => q.text).join(', ')}`).join('; ')}`);
  assert.deepEqual(lists, [
    'present: Lakshmi R. Iyengar | Chairperson |  | In person; Arun Pillai | Nominee Director | Life Insurance Corporation of India | Video conference; Neha Joshi | Independent Director |  | Video conference',
    'inAttendance: Rohan Das | Chief Financial Officer |  | ; Farah Khan | Internal Auditor, Khan Mistry & Co | Khan Mistry & Co | for Item No. 245.03',
    'apologies: Gopal Rao | Executive Director |  | ',
  ]);
  const h = matchGridHeader('S. No.\tName\t\t\tDesignation\t\tMode', 'present')!;
  assert.ok(h && h.serial === 0 && h.name === 1 && h.role === 2 && h.mode === 3, JSON.stringify(h));
  assert.ok(readGridRow('4.\tMr. Ian Roe\tDirector\t\tThrough VC', h));
  // near miss: a serial cell holds a number, never a word
  assert.equal(readGridRow('Total\tMr. Ian Roe\tDirector\t\tThrough VC', h), undefined);
  assert.equal(isIdentifierLine('(DIN: 00112233)'), true);
  assert.equal(isIdentifierLine('(Membership No. 104523)'), true);
  assert.equal(isIdentifierLine('(Chair of the Audit Committee)'), false);
  assert.equal(blockWordKind('leave of absence'), 'apologies');
  assert.equal(looksLikeBody('Deloitte Haskins & Co.'), true);
  assert.equal(readQualifier('for Item No. 12.04')?.kind, 'only');
});

test('an Action Taken Report under a serial column: each row\'s status by the earlier item\'s number, a cell wrapped onto the lines below', () => {
  const m = parse(BOOK).meeting!;
  assert.deepEqual((m.statusReviews ?? []).map((s) => [s.ref, s.status, s.written]), [
    ['243.07', 'open', 'Pending'], ['244.04', 'done', 'Completed'], ['244.09', 'dropped', 'Dropped'],
  ]);
  assert.equal(columnOf('Sr. No.'), 'serial');
  assert.equal(columnOf('Item No.'), 'ref');
  assert.equal(columnOf('Decision'), 'action');
  assert.equal(columnOf('Action taken / Status'), 'status');
  const wrapped = parse([
    'MINUTES OF THE 18TH MEETING OF THE BOARD OF DIRECTORS OF ORCHID PHARMA',
    'HELD ON 4TH JUNE, 2025',
    '',
    '118.01\tAPOLOGIES',
    'None.',
    '',
    '118.02\tACTION TAKEN REPORT',
    '',
    'Sr.\tItem No.\tDecision\t\t\tAction taken / Status',
    '1\t117.05\t\tSale of the Vapi plant\t\tDeferred to the meeting',
    '\t\t\tto the buyer\t\t\t\t\tin September',
    '',
    'The Board NOTED the report.',
  ].join('\n')).meeting!;
  assert.deepEqual((wrapped.statusReviews ?? []).map((s) => [s.ref, s.status, s.written]), [['117.05', 'carried forward', 'Deferred to the meeting in September']]);
});
