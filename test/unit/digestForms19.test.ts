/**
 * Minutes e-mailed by a standards working group's scribe (layouts family 9, the mail form): the
 * topics underlined (forms/headingItems.ts), a digest of them above `===== FULL MEETING MINUTES =====`
 * whose headings and resolutions are no items or decisions of their own, the Subject line as the
 * heading (forms/meetingHeading.ts), `Chair:`/`Scribe:` under the lists as roles of listed members,
 * a working group's dues (forms/dueDates.ts) and a chair closing an action `as no longer needed`.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { findDueDate } from '#service/forms/dueDates';
import { readReplyStatus } from '#service/forms/priorActions';

const MAIL = [
  'From: Lena Brandt <lena@tiles.example>',
  'Subject: [tileschema] Minutes Tile Schema Working Group telecon 2027-03-04 [zoom-levels]',
  'Date: Fri, 5 Mar 2027 09:00:00 +0000',
  '',
  '=====================================',
  '  These are the official TSWG minutes.',
  '=====================================',
  '',
  'Zoom levels',
  '-----------',
  '',
  '  - RESOLVED: Zoom levels start at 0.',
  '',
  '===== FULL MEETING MINUTES ======',
  '',
  'Present:',
  '  Lena Brandt',
  '  Oskar Lind',
  '  Maya Torres',
  '',
  'Regrets:',
  '  Felix Wu',
  '',
  'Chair: Oskar Lind',
  'Scribe: Lena Brandt',
  '',
  'Open actions',
  '============',
  '',
  '  oskar: #31, Maya, the tiling note?',
  '  maya: Still open.',
  '  oskar: #32, the old encoding survey. We dropped the encoding, so I am',
  '         closing it as no longer needed.',
  '',
  'Zoom levels',
  '===========',
  '',
  '  maya: Zero is what every renderer does.',
  '  RESOLVED: Zoom levels start at 0.',
  '  ACTION: Maya to update the zoom table, due 18 March',
  '',
  'Next call',
  '=========',
  '',
  '  oskar: Next call in two weeks.',
].join('\n');
/** The mail's one meeting, read as the service reads it. */
const meeting = () => parse(MAIL).meeting!;

test('an e-mailed digest: the underlined topics after the full-minutes marker are the items, the digest repeats them', () => {
  const m = meeting();
  assert.deepEqual(m.items.map((i) => [i.number, i.title]), [[undefined, 'Open actions'], [undefined, 'Zoom levels'], [undefined, 'Next call']]);
  // the digest's resolution is the one the minutes record, read once
  const decisions = [...(m.decisions ?? []), ...m.items.flatMap((i) => i.decisions)];
  assert.deepEqual(decisions.map((d) => d.text.replace(/\.$/, '')), ['Zoom levels start at 0']);
});

test("the mail's Subject gives the title and the meeting's date, not its Date header", () => {
  const m = meeting();
  assert.equal(m.title?.value, 'Tile Schema Working Group');
  assert.equal(m.date?.iso, '2027-03-04');
});

test('Chair: and Scribe: under the lists are roles of listed members, no new people', () => {
  const m = meeting();
  const present = m.people.find((b) => b.kind === 'present')!;
  assert.deepEqual(present.people.map((p) => [p.written, p.role]), [['Lena Brandt', 'Scribe'], ['Oskar Lind', 'Chair'], ['Maya Torres', undefined]]);
  assert.equal(m.people.some((b) => b.kind === 'inAttendance'), false);
});

test("a working group's dues: `, due 18 March`, `before the May face-to-face`", () => {
  assert.equal(findDueDate('update the zoom table, due 18 March')?.text, '18 March');
  assert.equal(findDueDate('write the tests before the May face-to-face')?.text, 'the May face-to-face');
  assert.equal(findDueDate('draft the note by the next F2F')?.kind, 'meeting');
  // `due to` gives a reason, no date
  assert.equal(findDueDate('delayed due to the holidays'), undefined);
});

test('a chair closing an action as no longer needed: dropped, written as the reason', () => {
  const text = 'closing it as no longer needed.';
  const mark = readReplyStatus(text, '#32')!;
  assert.equal(mark.status, 'dropped');
  assert.equal(text.slice(mark.start, mark.end), 'no longer needed');
  const close = 'so we can close it.';
  const done = readReplyStatus(close, '#32')!;
  assert.equal(done.status, 'done');
  const m = meeting();
  assert.deepEqual((m.statusReviews ?? []).map((s) => [s.ref, s.status, s.written]), [['#31', 'open', 'Still open'], ['#32', 'dropped', 'no longer needed']]);
});
