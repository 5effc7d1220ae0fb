/**
 * A parish council's attendance in sentences under a heading of its own, met in the eleventh held-out
 * set (recognisers/peopleBlocks.ts, forms/inline.ts): `Attendance` ⏎ `Present were Councillors A
 * (Chairman), B … Also in attendance were …, together with six members of the public.` Invented examples,
 * and a near miss.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchPresentProse } from '#service/forms/inline';

const lists = (text: string): string[] => (parse(text).meeting?.people ?? []).map((b) => `${b.kind}: ${b.people.map((p) => p.written).join(', ')}`);

const head = ['BRAMLEY PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on Monday 9 March 2026 at 7.30pm', ''];
const items = ['', '101\tAPOLOGIES', 'The apologies above were noted.'];

test('attendance in sentences under an Attendance heading is read as it is without the heading', () => {
  const prose = ['Present were Councillors Ann Webb (Chairman), Tom Lee (Vice-Chairman), Sue', 'Hart and Raj Patel. Also in attendance were Mrs Eve Cole (Clerk), together with two members of the public.'];
  const without = lists([...head, ...prose, ...items].join('\n'));
  assert.deepEqual(without, ['present: Ann Webb, Tom Lee, Sue Hart, Raj Patel', 'inAttendance: Mrs Eve Cole']);
  assert.deepEqual(lists([...head, 'Attendance', ...prose, ...items].join('\n')), without);
  // and a list one a line under the heading is still its list
  assert.deepEqual(lists([...head, 'Attendance', 'Ann Webb (Chairman)', 'Tom Lee', ...items].join('\n')), ['present: Ann Webb, Tom Lee']);
});

test('those a sentence counts rather than names end its list', () => {
  const text = 'Also in attendance were Mrs Eve Cole (Clerk) and PCSO Dan Kirby, together with six members of the public.';
  const [m] = matchPresentProse(text);
  assert.deepEqual(m.people.map((p) => text.slice(p.start, p.end)), ['Mrs Eve Cole (Clerk)', 'PCSO Dan Kirby']);
  // a sentence that counts no one reads to its end as before
  const all = 'Present were Councillors Ann Webb (Chairman) and Tom Lee.';
  assert.deepEqual(matchPresentProse(all)[0].people.map((p) => all.slice(p.start, p.end)), ['Ann Webb (Chairman)', 'Tom Lee']);
});

test('a review line that names its minute first and closes with its status in brackets', () => {
  const reviews = (text: string) => (parse(text).meeting?.statusReviews ?? []).map((r) => `${r.ref} ${r.status} (${r.written})`);
  // (running numbers are told from other numbers by their run: two items before the review)
  const before = ['', '1464\tAPOLOGIES', 'None.', '', '1465\tDECLARATIONS OF INTEREST', 'None were declared.'];
  const review = [...before, '', '1466\tPROGRESS ON ACTIONS FROM PREVIOUS MINUTES', 'The Clerk reported on the actions recorded at the last meeting:',
    'Min 1449 – Replacement bench, Church Green: installed 2 October. (Completed)', 'Min 1451 – Overhanging hedge: owner written to twice. (Ongoing)',
    'Minute 1453 – Quotation for noticeboard: one quote only. (Carried forward to November)', '1455 – Litter pick: the school ran its own. (Withdrawn)'];
  // (the minute keeps its word as printed: `Min 1449`, `Minute 1453`)
  assert.deepEqual(reviews([...head, 'Present: Cllr Ann Webb', ...review].join('\n')), [
    'Min 1449 done (Completed)', 'Min 1451 open (Ongoing)', 'Minute 1453 carried forward (Carried forward to November)', '1455 dropped (Withdrawn)',
  ]);
  // a bracket that is no status, and the same line in an item that reviews nothing, are no review
  assert.deepEqual(reviews([...head, 'Present: Cllr Ann Webb', ...before, '', '1466\tPROGRESS ON ACTIONS FROM PREVIOUS MINUTES', 'Min 1449 – Replacement bench: see the Clerk\'s note. (Appendix A)'].join('\n')), []);
  assert.deepEqual(reviews([...head, 'Present: Cllr Ann Webb', ...before, '', '1466\tPLANNING', 'Min 1449 – Replacement bench: installed. (Completed)'].join('\n')), []);
});
