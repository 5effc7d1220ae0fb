/**
 * An NHS board's committee minutes (layouts README §4), heldOut11/02's family: a mark after a member's
 * name with its key under the lists, a role with a second office after a dash, an office and its firm
 * in a column, an action log grouped under status headings, and parts numbered with the item's own number.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { markAfterName, matchMarkKey } from '#service/forms/legend';
import { readPerson } from '#service/forms/personLine';
import { matchStatusHeading } from '#service/forms/statuses';

const cut = (text: string, s: { start: number; end: number } | undefined): string | undefined => (s ? text.slice(s.start, s.end) : undefined);

test('a mark after a name is no part of it; its key is read on a line of its own', () => {
  assert.equal(markAfterName('Ann Roe †'), 8);
  assert.equal(markAfterName('Ann Roe*'), 7);
  assert.equal(markAfterName('**Ann Roe**'), -1);
  assert.equal(markAfterName('Ann Roe'), -1);
  const line = 'Bea Lund ‡\t\tNon-Executive Director';
  const p = readPerson(line)!;
  assert.equal(cut(line, p.name), 'Bea Lund');
  assert.equal(cut(line, p.mark), '‡');
  assert.equal(cut(line, p.role), 'Non-Executive Director');
  const key = '‡ attended by video link';
  assert.equal(cut(key, matchMarkKey(key, '‡')), 'attended by video link');
  assert.equal(matchMarkKey('Bea Lund ‡', '‡'), undefined);
});

test('a second office after a dash stays in the role; an office then a firm after its comma in a column', () => {
  const chair = 'Ann Roe\t\tLay Member – Committee Chair';
  assert.equal(cut(chair, readPerson(chair)!.role), 'Lay Member – Committee Chair');
  // (a body in brackets, then the role after a dash, stay apart)
  const both = 'Ann Roe (Harbour Labs) – release lead';
  assert.deepEqual([cut(both, readPerson(both)!.role), cut(both, readPerson(both)!.org)], ['Harbour Labs', 'release lead']);
  const text = ['AUDIT COMMITTEE', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'Present:', 'Ann Roe\t\t\tLay Member – Committee Chair',
    'Bea Lund †\t\t\tDirector of Finance', 'In Attendance:', 'Carl Moss\t\t\tAudit Manager, Fenwick Lowe Partners', '† joined by telephone', '',
    'AC26/011\tWELCOME', 'The Chair welcomed members.'].join('\n');
  const people = parse(text).meeting!.people.flatMap((b) => b.people);
  assert.deepEqual(people.map((p) => [p.written, p.role, p.organisation, p.qualifiers?.map((q) => q.text)]), [
    ['Ann Roe', 'Lay Member – Committee Chair', undefined, undefined],
    ['Bea Lund', 'Director of Finance', undefined, ['joined by telephone']],
    ['Carl Moss', 'Audit Manager, Fenwick Lowe Partners', 'Fenwick Lowe Partners', undefined],
  ]);
});

test('a log grouped under status headings: each row takes its heading, without the note after the dash', () => {
  assert.equal(matchStatusHeading('Complete – propose closure')?.word, 'complete');
  assert.equal(matchStatusHeading('Deferred to March 2027')?.end, 22);
  assert.equal(matchStatusHeading('Complete – see the report attached.'), undefined);
  assert.equal(matchStatusHeading('The Board noted the actions in progress'), undefined);
  const text = ['QUALITY COMMITTEE', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'QC26/018\tWELCOME AND APOLOGIES', 'The Chair welcomed members.', '',
    'QC26/019\tMINUTES OF THE LAST MEETING', 'The minutes were APPROVED.', '', 'QC26/020\tACTION LOG AND MATTERS ARISING',
    'The Committee reviewed the action log:', 'Complete – propose closure', '\tQC25/101\tCirculate the audit plan\tBoard Secretary',
    '\tQC25/104\tUpdate the risk register\tDirector of Nursing', 'Deferred to May 2026', '\tQC25/107\tReview the complaints policy\tBoard Secretary',
    'The Committee NOTED the log.', '', 'QC26/021\tPATIENT SAFETY REPORT', 'The Committee RECEIVED the report.', '', 'QC26/022\tANY OTHER BUSINESS', 'None.'].join('\n');
  const reviews = parse(text).meeting!.statusReviews ?? [];
  assert.deepEqual(reviews.map((r) => [r.ref, r.status, r.written]), [
    ['QC25/101', 'done', 'Complete'], ['QC25/104', 'done', 'Complete'], ['QC25/107', 'carried forward', 'Deferred to May 2026'],
  ]);
});

test("a part numbered with the item's own number and a decimal is a sub-item", () => {
  const text = ['FINANCE COMMITTEE', 'Minutes of the meeting held on Tuesday 3 March 2026', '', 'FC26/030\tWELCOME', 'The Chair welcomed members.', '',
    'FC26/031\tCAPITAL BIDS', 'FC26/031.1\tWard refurbishment', 'The Committee APPROVED the bid.', 'FC26/031.2\tNew scanner',
    'The Committee NOTED the bid.', '', 'FC26/032\tANY OTHER BUSINESS', 'None.'].join('\n');
  const item = parse(text).meeting!.items.find((i) => i.number?.written === 'FC26/031')!;
  assert.deepEqual(item.subItems?.map((s) => [s.number?.written, s.title]), [['FC26/031.1', 'Ward refurbishment'], ['FC26/031.2', 'New scanner']]);
});
