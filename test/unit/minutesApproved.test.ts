/**
 * The approval of the last meeting's minutes as other boards write it (parse/content/approvals.ts):
 * the sentence the page broke over two lines, a date written without its year (the meeting
 * approved is the last such day on or before this one), no date at all (the previous meeting),
 * and the sentences that are no approval.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

const approvals = (text: string): string[] => {
  const lines = text.split('\n');
  return (parse(text).meeting?.approvals ?? []).map((a) => {
    const r = a.range;
    const words = r.start.line === r.end.line ? lines[r.start.line].slice(r.start.character, r.end.character)
      : `${lines[r.start.line].slice(r.start.character)} / ${lines[r.end.line].slice(0, r.end.character)}`;
    return `${words} | ${a.meetingDate ?? 'the previous meeting'}`;
  });
};

const parish = (body: string[]): string => [
  'LOWER HAMBLEY PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 9th September 2025', '',
  'Present: Cllr B Okafor (Chair), Cllr S Ventham.', '',
  'PC25/116 MINUTES', ...body, '',
  'PC25/117 FINANCE', 'Members agreed that a true record of the hall bookings be kept by the Clerk.', '',
].join('\n');

test('a parish council: the sentence the page broke, the date with its year and without', () => {
  assert.deepEqual(approvals(parish(['The minutes of the meeting held on 8 July 2025 were agreed as a true', 'record and signed by the Chair.'])),
    ['minutes of the meeting held on 8 July 2025 were agreed as a true / record | 2025-07-08']);
  assert.deepEqual(approvals(parish(['The minutes of the meeting held on 3 March were agreed as a true record.'])),
    ['minutes of the meeting held on 3 March were agreed as a true record | 2025-03-03']);
  assert.deepEqual(approvals(parish(['Minutes of the last meeting were agreed as a true and accurate record and signed by the Chair'])),
    ['Minutes of the last meeting were agreed as a true and accurate record | the previous meeting']);
});

test('a school board in February: a day of November is last year\'s; a number that is no date gives none', () => {
  const school = (line: string) => [
    'ST ANNE\'S CE PRIMARY SCHOOL', 'Full Governing Board', 'Minutes of the meeting held on 9 February 2026', '',
    'Present: Mrs K Adeyemi [KA] Chair; Mr T Rowe [TR]', '',
    '1. Welcome and apologies', 'The Chair welcomed governors. There were no apologies.', '',
    '2. Declarations of interest', 'None were declared.', '',
    '3. Minutes of the last meeting', line, '',
  ].join('\n');
  assert.deepEqual(approvals(school('The minutes of the meeting of 14th November were approved as a correct record.')),
    ['minutes of the meeting of 14th November were approved as a correct record | 2025-11-14']);
  assert.deepEqual(approvals(school('The minutes (4 pages, 12 items) were approved as a correct record.')),
    ['minutes (4 pages, 12 items) were approved as a correct record | the previous meeting']);
});

test('what is no approval: "agreed" about something else, a record that is not the minutes\', an approval read once', () => {
  assert.deepEqual(approvals(parish(['Members agreed the budget; the Clerk will keep a record of', 'spending against it.'])), []);
  assert.deepEqual(approvals(parish(['The minutes of the planning committee were received. Members', 'agreed a record of the site visit be circulated.'])), []);
  // the approval wholly on the line above is read there, once; the line below carries on another sentence
  assert.deepEqual(approvals(parish(['The minutes of the meeting held on 8 July 2025 were agreed as a correct record, and', 'record cards for the allotments were handed out.'])),
    ['minutes of the meeting held on 8 July 2025 were agreed as a correct record | 2025-07-08']);
});

test('an approval that is also a decision: AGREED in capitals, RESOLVED on one line; both the approval and the decision', () => {
  const agreed = parish(['The minutes of the meeting held on 8 July 2025 were AGREED as a true record.']);
  assert.deepEqual(approvals(agreed), ['minutes of the meeting held on 8 July 2025 were AGREED as a true record | 2025-07-08']);
  assert.equal(parse(agreed).meeting?.items[0].decisions.length, 1, 'still the decision of the item');
  const resolved = parish(['RESOLVED – That the minutes of the meeting held on 8 July 2025 be approved as a correct record.']);
  assert.deepEqual(approvals(resolved), ['minutes of the meeting held on 8 July 2025 be approved as a correct record | 2025-07-08']);
  assert.equal(parse(resolved).meeting?.items[0].decisions.length, 1);
  // a resolution about another record approves no minutes
  assert.deepEqual(approvals(parish(['RESOLVED – That the asset register be approved as a correct record of the Council\'s property.'])), []);
});
