/**
 * An action's parts where the boards of the tenth held-out set put them (forms/actions.ts,
 * forms/ownerLines.ts, forms/dueDates.ts, forms/undertakings.ts): an owner line with its due under
 * the task (`Lead officer: …  Timescale: …`, `Lead: … · Due: …` under `Action A26/06: …`), a bullet's
 * owners before a colon (`► SK/JW: …  – July board`), a task list's owner and due after a dash
 * (`— @handle, by date`), a passive task with its owners and due in the brackets closing its
 * sentence, and a due in brackets of its own. Invented examples of each family, and their near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchOwnerDueLine } from '#service/forms/ownerLines';
import { matchActionLine, matchOwnerColonTask, matchTaskAction } from '#service/forms/actions';
import { findDueDate } from '#service/forms/dueDates';
import { findUndertakings } from '#service/forms/undertakings';

const actions = (text: string): string[] => (parse(text).meeting?.items ?? []).flatMap((i) =>
  i.actions.map((a) => `${i.title} | ${a.text} | ${a.owners.map((o) => o.text).join(' + ')}${a.due ? ` | due ${a.due.text}` : ''}`));

const head = ['WESTBURY BOROUGH COUNCIL', '', 'Minutes of the meeting held on Tuesday 10 March 2026', '', 'Present: Cllr A Hale (Chair), Cllr B Moss.', ''];

test('an owner line with its due in a field of its own: `Lead officer:` and `Timescale:`, a wiki\'s ` · Due:`', () => {
  const read = (t: string): string | undefined => {
    const f = matchOwnerDueLine(t);
    return f && [...f.owners.map((o) => t.slice(o.start, o.end)), `due ${t.slice(f.due!.start, f.due!.end)}`].join(' | ');
  };
  assert.equal(read('      Lead officer: Head of Parks      Timescale: October 2026'), 'Head of Parks | due October 2026');
  assert.equal(read('Lead: AB, CD · Due: next meeting'), 'AB | CD | due next meeting');
  assert.equal(read('Lead: SO / CM\t\tDue: July Committee'), 'SO | CM | due July Committee');
  // no due field: who presents, no owner line
  assert.equal(read('Lead officer: Head of Parks'), undefined);
});

test('`Lead officer:` under a resolution: the resolution is the task', () => {
  const text = [
    ...head,
    '116   PARKS PERFORMANCE',
    '',
    '      RESOLVED – That the review of the bowling green fees be brought to the',
    '      Committee in October 2026.',
    '',
    '      Lead officer: Head of Parks      Timescale: October 2026', '', '117   ANY OTHER BUSINESS', '', '      There was none.',
  ].join('\n');
  assert.deepEqual(actions(text), ['PARKS PERFORMANCE | That the review of the bowling green fees be brought to the Committee in October 2026. | Head of Parks | due October 2026']);
});

test('`Action:` with no owner, then `Lead: … Due: …` on the next line: the line completes that action (one action)', () => {
  const text = [
    'ESTATES COMMITTEE', '', 'Minutes of the meeting held on Thursday 12 March 2026', '', 'Present:', 'AB\tAnn Baker\tChair', 'CD\tCarl Dunn\tDirector of Estates', '',
    '5.\tWelcome',
    '5.1\tAB welcomed members.',
    '6.\tBackup generators',
    '6.1\tAB reported that the generator test had failed twice.',
    '\tAction: Bring a replacement plan for the generators to the',
    '\tCommittee.',
    '\tLead: AB / CD\t\tDue: July Committee',
    '6.2\tThe Committee NOTED the report.',
  ].join('\n');
  assert.deepEqual(actions(text), ['Backup generators | Bring a replacement plan for the generators to the Committee | AB + CD | due July Committee']);
});

test('`Action A26/06:` (the board\'s own number for the new action) reads as `Action:`; a review\'s status line stays no action', () => {
  const f = matchActionLine('Action B12/04: Book the minibus for the open day.');
  assert.ok(f && f.task);
  assert.equal('Action B12/04: Book the minibus for the open day.'.slice(f.task.start, f.task.end), 'Book the minibus for the open day');
  const text = [
    '# Committee meeting 4 March 2026', '',
    '## 034/26 Vehicles', '',
    'The minibus is due its service.', '',
    'Action B12/04: Book the minibus into the garage.',
    'Lead: RK · Due: end of April', '',
  ].join('\n');
  assert.deepEqual(actions(text), ['Vehicles | Book the minibus into the garage | RK | due end of April']);
});

test('a bullet of owners, a colon and a task opening with its verb, the due set off after a dash; a speaker\'s bullet is none', () => {
  const read = (t: string): string | undefined => {
    const f = matchOwnerColonTask(t);
    return f && [...f.owners.map((o) => t.slice(o.start, o.end)), t.slice(f.task!.start, f.task!.end), f.due ? `due ${t.slice(f.due.start, f.due.end)}` : ''].join(' | ');
  };
  assert.equal(read('AB/CD: draft a staffing plan for the new class – July board'), 'AB | CD | draft a staffing plan for the new class | due July board');
  assert.equal(read('EF: circulate the policy – by half-term'), 'EF | circulate the policy | due half-term');
  assert.equal(read('Dev: #2296 is the Windows path bug'), undefined);
  assert.equal(read('Note: the hall is booked'), undefined);
  const text = [
    'Hillside Learning Trust', 'Minutes of the Board of Trustees held on 24 March 2026', '',
    '26/21\tGovernance',
    'EF reported on the scheme of delegation.',
    '► GH: review the scheme of delegation against the handbook – by end',
    'of spring term',
    '► EF: circulate the register of interests – by half-term',
  ].join('\n');
  const [first, second] = actions(text);
  assert.equal(first, 'Governance | review the scheme of delegation against the handbook | GH | due end of spring term');
  assert.equal(second, 'Governance | circulate the register of interests | EF | due half-term');
});

test('an open task with its owner after a long dash and the due after a comma: `— @handle, by date`', () => {
  const line = '- [ ] Post the timeline on the forum — @mira, by 2026-04-02';
  const f = matchTaskAction(line);
  assert.ok(f && f.task && f.due);
  assert.equal(line.slice(f.task.start, f.task.end), 'Post the timeline on the forum');
  assert.deepEqual(f.owners.map((o) => line.slice(o.start, o.end)), ['@mira']);
  assert.equal(line.slice(f.due.start, f.due.end), '2026-04-02');
  // a comma that gives no due is no owner's tail
  assert.equal(matchTaskAction('- [ ] Post the timeline — @mira, with the notes'), undefined);
});

test('a passive task whose sentence closes with its owners and due in brackets, wrapped or not', () => {
  const read = (t: string): string[] => findUndertakings(t).map((u) => [t.slice(u.task.start, u.task.end).replace(/\s+/g, ' '), ...u.owners.map((o) => t.slice(o.start, o.end).replace(/\s+/g, ' ')), u.due ? `due ${u.due.text.replace(/\s+/g, ' ')}` : ''].join(' | '));
  assert.deepEqual(read('The gate was repaired. New hinges to be ordered for the kissing gate (Clerk – by 30\nJune).'), ['New hinges to be ordered for the kissing gate | Clerk | due 30 June']);
  assert.deepEqual(read('A site visit to be arranged with the tree officer (Cllr Moss and\nClerk – October meeting).'), ['A site visit to be arranged with the tree officer | Cllr Moss | Clerk | due October meeting']);
  // brackets that name no owner
  assert.deepEqual(read('Two quotes to be obtained for the swing seats (see minute 63).'), []);
});

test('a due in brackets of its own closing the task\'s line; a meeting named by its session or its body', () => {
  // a county court's session; another body's meeting named, and the board's own (`of the Committee`): the meeting alone;
  // brackets that are no due
  const cases: ReadonlyArray<{ readonly line: string; readonly due?: string }> = [
    { line: 'Head of ICT to report the results (June meeting)', due: 'June meeting' },
    { line: 'Committee Officer to add it to the work programme (next meeting)\nRESOLVED: That the report be noted.', due: 'next meeting' },
    { line: 'Engineer to bring back a schedule by the March 9 regular session.', due: 'the March 9 regular session' },
    { line: 'to write to the residents before the June meeting of Council', due: 'the June meeting of Council' },
    { line: 'to bring a revised method to the November meeting of the Committee', due: 'the November meeting' },
    { line: 'to report on the costs (see appendix)' },
  ];
  for (const c of cases) assert.equal(findDueDate(c.line, { year: 2026 })?.text, c.due, c.line);
});

test('no undertaking: a part one takes at the next meeting, a courtesy about someone absent', () => {
  const subjects = (t: string): string[] => findUndertakings(t).map((u) => t.slice(u.task.start, u.task.end));
  assert.deepEqual(subjects('The next meeting is on 18 March. OKN will take notes with PLR.'), []);
  assert.deepEqual(subjects('Apologies from Ann Lee were accepted; Ben Fox had sent none; the Chair will contact him.'), []);
  assert.deepEqual(subjects('Cy Dale had not been in touch; the Chair will write to her.'), []);
  assert.deepEqual(subjects('The Chair will contact the landlord about the lease.'), ['contact the landlord about the lease']);
});

test('an American board\'s direction to an office: `County Auditor to report …` (an auditor owns as an engineer does)', () => {
  const text = [
    'HARLOW COUNTY COMMISSIONERS COURT', '', 'Minutes of the regular session of Monday, March 9, 2026', '',
    'Also present: Dana Pike, County Auditor; Ray Ortiz, County Engineer.', '',
    'I. CALL TO ORDER', 'Judge Lowe called the meeting to order.', '',
    'II. FINANCE', 'A. Monthly report',
    'DIRECTION TO STAFF: County Auditor to report fuel card spending against budget',
    'at the first meeting of each month.', '',
    'III. ADJOURNMENT', '',
  ].join('\n');
  assert.deepEqual(actions(text).map((a) => a.split(' | ').slice(1, 3).join(' | ')), ['report fuel card spending against budget at the first meeting of each month | County Auditor']);
  // a word that owns nothing before `to` is no owner
  assert.deepEqual(actions(text.replace('County Auditor to report', 'County Fair to report')), []);
});

test('a passive task the page wrapped after its `to` is still read by the parse (the line\'s first test takes the break)', () => {
  const text = (wrap: string): string => `PARISH COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n41. Play area\nThe gate was repaired. New hinges ${wrap} ordered for the kissing gate (Clerk – by 30 June).\n\n42. Close\nThe meeting closed at 8pm.\n`;
  for (const wrap of ['to be', 'to\nbe', 'to be\n']) {
    const actions = (parse(text(wrap)).meeting?.items ?? []).flatMap((i) => i.actions);
    assert.deepEqual(actions.map((a) => a.text.replace(/\s+/g, ' ')), ['New hinges to be ordered for the kissing gate'], JSON.stringify(wrap));
  }
});
