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
