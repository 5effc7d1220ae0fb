/**
 * A council committee's minutes printed to PDF (layouts README, "UK council committees printed to PDF"),
 * heldOut12/01's family: an attendance register written with spaces (`Member | Appointed by | Attendance`)
 * whose cells wrap, a task closed by its owner and due in round brackets, a tracker reviewed in prose, and
 * a short minute number carrying on a wrapped sentence.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchGridHeader, readGridRow, readSpacedWrap } from '#service/forms/grid';
import { findActionLines } from '#service/forms/actions';
import { findTrackerEntries } from '#service/forms/statusProse';

const cut = (text: string, s: { start: number; end: number } | undefined): string | undefined => (s ? text.slice(s.start, s.end) : undefined);

const HEAD = 'Member                    Appointed by               Attendance';

test('a register written with spaces: the appointing body, a seat there as the role, a substitute present', () => {
  const h = matchGridHeader(HEAD)!;
  assert.equal(h.spaced, true);
  assert.equal(h.org, 1);
  const row = 'Councillor Ann Roe        Ashby Borough Council      Apologies';
  const r = readGridRow(row, h)!;
  assert.deepEqual([r.kind, cut(row, r.org), r.role], ['apologies', 'Ashby Borough Council', undefined]);
  const lay = 'Mr Tom Vale               Independent lay member     Present';
  const v = readGridRow(lay, h)!;
  assert.deepEqual([v.kind, cut(lay, v.role), v.org], ['present', 'Independent lay member', undefined]);
  const sub = 'Councillor Ben Hale       Ashby Borough Council      Substitute for';
  const s = readGridRow(sub, h)!;
  assert.deepEqual([s.kind, cut(sub, s.qualifier)], ['present', 'Substitute for']);
});

test("a spaced register's cell wrapped onto the next line is placed by its column", () => {
  const h = matchGridHeader(HEAD)!;
  const role = '(Vice-Chair)';
  assert.equal(cut(role, readSpacedWrap(role, h, 0)?.role), 'Vice-Chair');
  const rest = 'Cllr Roe';
  assert.equal(cut(rest, readSpacedWrap(rest, h, 54)?.attendance), 'Cllr Roe');
  // (a name carried on, with no bracket, and words between the columns are no wrap)
  assert.equal(readSpacedWrap('Roe-Hale', h, 0), undefined);
  assert.equal(readSpacedWrap('Cllr Roe', h, 15), undefined);
  const text = ['ASHBY JOINT COMMITTEE', 'MINUTES of the meeting held on Tuesday, 3 March 2026', '', 'Attendance register', '', HEAD,
    'Councillor Ann Roe        Ashby Borough Council      Present', '(Chair)',
    'Councillor Cara Moss      Ledwell District Council   Apologies',
    'Councillor Ben Hale       Ledwell District Council   Substitute for', '                                                     Cllr Moss',
    'Mr Tom Vale               Independent lay member     Present (remote)', '',
    '12/26       MINUTES', '', '            RESOLVED – That the minutes be confirmed.'].join('\n');
  const people = parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.role, p.organisation, p.qualifiers?.map((q) => q.text)]));
  assert.deepEqual(people, [
    ['present', 'Ann Roe', 'Chair', 'Ashby Borough Council', undefined],
    ['present', 'Ben Hale', undefined, 'Ledwell District Council', ['Substitute for Cllr Moss']],
    ['present', 'Tom Vale', 'Independent lay member', undefined, ['remote']],
    ['apologies', 'Cara Moss', undefined, 'Ledwell District Council', undefined],
  ]);
});

test('a tag in round brackets closing the task it is for names the owner and, after a dash, the due', () => {
  const t = 'A reply to be sent to the resident. (Action: Head of Planning – by 4 May 2026)';
  const [f] = findActionLines(t);
  assert.deepEqual([f.owners.map((o) => cut(t, o)), cut(t, f.due), f.ownerOnly], [['Head of Planning'], '4 May 2026', true]);
  const w = 'A site visit to be arranged. (Action: Clerk – w/c 8 June 2026)';
  assert.equal(cut(w, findActionLines(w)[0].due), 'w/c 8 June 2026');
  // (a bracket that opens no sentence's tag is none: `(action: see below)` in the sentence's words)
  assert.deepEqual(findActionLines('The clerk noted the list (Action: see below) and moved on.'), []);
  const text = ['ASHBY JOINT COMMITTEE', 'MINUTES of the meeting held on Tuesday, 3 March 2026', '', '14/26       PLANNING', '',
    '            A written reply on the parking survey to be sent to the', '            residents. (Action: Head of Planning – by the June 2026 meeting)'].join('\n');
  const [a] = parse(text).meeting!.items[0].actions;
  assert.deepEqual([a.text, a.owners.map((o) => o.text), a.due?.text], ['A written reply on the parking survey to be sent to the residents', ['Head of Planning'], 'June 2026 meeting']);
});

test("a tracker reviewed in prose: each entry's status its last short sentence", () => {
  const t = 'Action 07/26 (Clerk to book the hall): the hall was booked. Completed. Action 09/26 (Chair to write to the trust): '
    + 'a draft is with the Chair. In progress. Action 10/26 (Officer to map the sites): Carried forward to the May 2026 meeting. '
    + 'Action 11/26 (Clerk to check the lease): the Clerk completed the survey of the lease on 2 May.';
  assert.deepEqual(findTrackerEntries(t).map((s) => [cut(t, s.ref), cut(t, s.written), s.status]), [
    ['07/26', 'Completed', 'done'], ['09/26', 'In progress', 'open'], ['10/26', 'Carried forward to the May 2026 meeting', 'carried forward'],
  ]);
  const text = ['ASHBY JOINT COMMITTEE', 'MINUTES of the meeting held on Tuesday, 3 March 2026', '', '15/26       ACTION TRACKER', '',
    '            Action 07/26 (Clerk to book the hall for the open day): the', '            hall was booked for 9 May. Completed.',
    '            Action 08/26 (Officer to survey the verges): the survey is due', '            in April. Carried forward to the May', '            2026 meeting.',
    '            Action 09/26 (Chair to write to the trust): overtaken by the', '            review. Withdrawn.'].join('\n');
  assert.deepEqual((parse(text).meeting!.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]), [
    ['07/26', 'done', 'Completed'], ['08/26', 'carried forward', 'Carried forward to the May 2026 meeting'], ['09/26', 'dropped', 'Withdrawn'],
  ]);
});

test('a short minute number carrying on a sentence in lower case is a reference, not an item', () => {
  const text = ['ASHBY JOINT COMMITTEE', 'MINUTES of the meeting held on Tuesday, 3 March 2026', '', '21/26       DECLARATIONS OF INTEREST', '',
    '            Councillor Roe declared an interest in minute', '            24/26 as a governor of the school.', '',
    '22/26       MINUTES', '', '            RESOLVED – That the minutes be confirmed.'].join('\n');
  assert.deepEqual(parse(text).meeting!.items.map((it) => it.number?.written), ['21/26', '22/26']);
});
