/**
 * A health and care committee's minutes as a Word table printed to PDF (the fourteenth held-out set):
 * its numbers with the year in brackets, its item text indented under the title by tabs, its
 * decisions whose sentence wraps in the cell. Lines in other boards' words.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { findActionTables, isActionsListTitle, namesEarlierMeetingActions } from '#service/forms/closingActionTable';
import { matchMinuteReview, matchStatusRow, reviewStatus } from '#service/forms/statuses';
import { findProseStatuses } from '#service/forms/statusProse';
import { matchRecalledAction } from '#service/forms/priorActions';
import { looksLikeBody, readQualifier } from '#service/forms/qualifiers';

const CELL = [
  'MINUTES OF THE WORKFORCE COMMITTEE',
  'Date of Meeting:\t2.00pm, Tuesday 4 March 2025',
  '',
  'HRC(25)07\tPEOPLE PLAN',
  '\t\tThe Director of People presented the plan for the year ahead and its',
  '\t\tmeasures of staff experience.',
  '\t\tThe Committee APPROVED the Workforce and Wellbeing People',
  '\t\tStrategy 2025–2030 and its first year plan.',
  '\t\tMs Quayle left the meeting.',
  '',
  'HRC(25)08\tFREEDOM TO SPEAK UP',
  '\t\tThe Committee ENDORSED the revised Speak Up',
  '\t\tPolicy 2025/26.',
  '\t\tThe Committee NOTED the report',
  '\t\tDr Faragher left the meeting.',
  '',
].join('\n');

test('a decision whose sentence wraps in a table\'s cell before a plan\'s name and year goes on to its end; a name\'s line below an open sentence is no part of it', () => {
  const doc = parse(CELL);
  const items = doc.meeting!.items;
  assert.deepEqual(items.map((i) => i.title), ['PEOPLE PLAN', 'FREEDOM TO SPEAK UP']);
  const texts = items.flatMap((i) => i.decisions.map((d) => d.text));
  assert.ok(texts.some((t) => t === 'the Workforce and Wellbeing People Strategy 2025–2030 and its first year plan.'), JSON.stringify(texts));
  assert.ok(texts.some((t) => t === 'the revised Speak Up Policy 2025/26.'), JSON.stringify(texts));
  // (near miss: `Dr Faragher left the meeting.` under `NOTED the report` is the next sentence)
  assert.ok(texts.some((t) => t === 'the report'), JSON.stringify(texts));
});

const CLOSING = [
  'HRC(25)09\tDATE OF NEXT MEETING',
  '\t\t2.00pm, Tuesday 6 May 2025.',
  '',
  '',
  'SCHEDULE OF ACTIONS ARISING FROM THE WORKFORCE COMMITTEE',
  'MEETING HELD ON 4 MARCH 2025',
  '',
  'Minute\t\tAction\t\t\t\t\tLead\t\t\tTimescale',
  'Ref.',
  'HRC(25)07\tPublish the staff survey results\tDr Aoife Quilliam-\tMay 2025',
  '\t\tfor each directorate\t\tBrennan',
  'HRC(25)08\tReview the Speak Up guardian\'s\t\tMr Paul Corkish /\tNext meeting',
  '\t\tcapacity\t\t\t\tMs Jo Kaighin-',
  '\t\t\t\t\t\t\tWatterson',
  'HRC(25)08\tReport the exit interview themes\tMs Jo Kaighin\tBy end of',
  '\t\tto the Committee\t\t\t\t\tJune 2025',
].join('\n');

test('a closing table named with its meeting, over two lines, read by where its cells stand: names split at their hyphen made whole, two leads, a due wrapped', () => {
  const lines = CLOSING.split('\n');
  const found = findActionTables(lines);
  assert.equal(found.length, 1);
  assert.equal(found[0].title, 4);
  const { table } = found[0];
  const text = lines.slice(found[0].header).join('\n');
  const cellText = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  assert.deepEqual(table.rows.map((r) => r.task!.map(cellText).join(' ')), ['Publish the staff survey results for each directorate', 'Review the Speak Up guardian\'s capacity', 'Report the exit interview themes to the Committee']);
  assert.deepEqual(table.rows.map((r) => r.owners.map((o) => o.written ?? cellText(o))), [['Dr Aoife Quilliam-Brennan'], ['Mr Paul Corkish', 'Ms Jo Kaighin-Watterson'], ['Ms Jo Kaighin']]);
  assert.deepEqual(table.rows.map((r) => r.due?.text), ['May 2025', 'Next meeting', 'end of June 2025']);
  const doc = parse(`MINUTES OF THE WORKFORCE COMMITTEE\nDate of Meeting:\t2.00pm, Tuesday 4 March 2025\n\n${CLOSING}\n`);
  assert.deepEqual((doc.meeting!.actions ?? []).map((a) => a.owners.map((o) => o.text)), [['Dr Aoife Quilliam-Brennan'], ['Mr Paul Corkish', 'Ms Jo Kaighin-Watterson'], ['Ms Jo Kaighin']]);
});

test('a table titled with the previous meeting\'s actions, or a title with no table under it, is no closing list', () => {
  assert.equal(isActionsListTitle('TABLE OF ACTIONS FROM THE MEETING HELD ON 4 DECEMBER 2025'), true);
  assert.equal(isActionsListTitle('Table of actions from the previous meeting'), false);
  assert.equal(isActionsListTitle('Schedule of outstanding actions from earlier meetings'), false);
  assert.equal(isActionsListTitle('Table of contents'), false);
  assert.deepEqual(findActionTables(['TABLE OF ACTIONS FROM THE MEETING HELD ON 4 DECEMBER 2025', '\t\tAn update was provided on the actions, as follows:', '\t\tAll were complete.']), []);
});

test('a list\'s label wrapped in its column (`In` ⏎ `Attendance:`) names the list, and the words beside its second half are the first entry\'s role, wrapped', () => {
  const doc = parse([
    'MINUTES OF THE AUDIT AND RISK COMMITTEE',
    'Date of Meeting:\t10.00am, Monday 3 March 2025',
    '',
    'Present:\tMr Juan Quayle, Non-Executive Director (Chair)',
    '\t\tMs Ada Corkill, Non-Executive Director',
    'In\t\tMs Nora Kelly, Director of Finance, Estates and Capital',
    'Attendance:\tPlanning',
    '\t\tMr Ray Teare, Company Secretary',
    'Apologies:\tDr Lee Moore, Medical Director',
    '',
    'ARC(25)01\tAPOLOGIES',
    '\t\tApologies were noted as above.',
    '',
    'ARC(25)02\tINTERNAL AUDIT',
    '\t\tThe Committee NOTED the report.',
    '',
  ].join('\n'));
  const lists = doc.meeting!.people.map((b) => `${b.kind}: ${b.people.map((p) => `${p.name.display} (${p.role ?? ''})`).join('; ')}`);
  assert.deepEqual(lists, [
    'present: Juan Quayle (Non-Executive Director (Chair)); Ada Corkill (Non-Executive Director)',
    'inAttendance: Nora Kelly (Director of Finance, Estates and Capital Planning); Ray Teare (Company Secretary)',
    'apologies: Lee Moore (Medical Director)',
  ]);
});

test('a bracket on a line of its own holding an item\'s number in brackets (`(for item 7(b))`) is the person\'s, and the list goes on under it', () => {
  const doc = parse([
    'MINUTES OF THE FINANCE COMMITTEE',
    'Date of Meeting:\t10.00am, Monday 3 March 2025',
    '',
    'Present:\tMr Juan Quayle, Non-Executive Director (Chair)',
    '\t\tDr Ada Corkill, Head of Estates, Capital and',
    '\t\t(for item FIN(25)07)',
    '\t\tMs Nora Kelly, Company Secretary',
    '',
    'FIN(25)06\tAPOLOGIES',
    '\t\tNone.',
    '',
    'FIN(25)07\tESTATES',
    '\t\tThe Committee NOTED the report.',
    '',
  ].join('\n'));
  assert.deepEqual(doc.meeting!.people[0].people.map((p) => p.name.display), ['Juan Quayle', 'Ada Corkill', 'Nora Kelly']);
});

test('beside a name: an item with the year in brackets is what they came for, an office with `and` in it stays the office, a body known by its country or island is their organisation', () => {
  assert.deepEqual(readQualifier('for item FIN(24)07'), { kind: 'only', value: 'FIN(24)07' });
  assert.deepEqual(readQualifier('for minute HRC (25) 12'), { kind: 'only', value: 'HRC (25) 12' });
  assert.deepEqual(readQualifier('from item ARC(2025)4'), { kind: 'from', value: 'ARC(2025)4' });
  // an office that opens with a reason's word is the office, wherever its office's word stands
  for (const office of ['Medical Director and Deputy Chief Executive', 'Personal Assistant to the Chief Executive', 'Medical Director and Caldicott Guardian (Chair)']) assert.equal(readQualifier(office), undefined, office);
  // (near miss: a reason for absence stays one)
  for (const reason of ['family commitments', 'medical appointment', 'work commitments abroad']) assert.equal(readQualifier(reason)?.kind, 'note', reason);
  for (const body of ['Patient Voice Isle of Man', 'Age UK', 'Public Health Wales', 'Citizens Advice Jersey', 'Carers Support Guernsey']) assert.ok(looksLikeBody(body), body);
  // (near miss: a region a post covers, a portfolio, an office named with a country)
  for (const role of ['North Wales', 'South West England', 'Quality and Safety', 'Chief Nurse Wales', 'Head of Operations Scotland']) assert.ok(!looksLikeBody(role), role);
  const doc = parse([
    'MINUTES OF THE PATIENT SAFETY COMMITTEE',
    'Date of Meeting:\t2.00pm, Wednesday 5 March 2025',
    '',
    'Present:\tMrs Ada Corkill, Non-Executive Director (Chair)',
    'In\t\tDr Lee Moore, Medical Director and Deputy Chief Executive',
    'Attendance:\tMs Nora Kelly, Associate Director, Quality and Safety',
    '\t\t(for item PSC(25)14)',
    '\t\tMr Ray Teare, Chief Executive, Citizens Advice Jersey',
    '',
    'PSC(25)13\tAPOLOGIES',
    '\t\tNone.',
    '',
    'PSC(25)14\tINCIDENTS',
    '\t\tThe Committee NOTED the report.',
    '',
  ].join('\n'));
  const seen = doc.meeting!.people[1].people.map((p) => [p.name.display, p.role, p.organisation, p.qualifiers?.map((q) => `${q.kind} ${q.value ?? q.text}`)]);
  assert.deepEqual(seen, [
    ['Lee Moore', 'Medical Director and Deputy Chief Executive', undefined, undefined],
    ['Nora Kelly', 'Associate Director, Quality and Safety', undefined, ['only PSC(25)14']],
    ['Ray Teare', 'Chief Executive, Citizens Advice Jersey', 'Citizens Advice Jersey', undefined],
  ]);
});

test('an item titled as the table of an earlier meeting\'s actions is its review: references with the year in brackets, Word\'s private-use bullets, a status wrapped under its action', () => {
  const minutes = (title: string) => parse([
    'MINUTES OF THE FINANCE AND PERFORMANCE COMMITTEE',
    'Date of Meeting:\t10.00am, Tuesday 1 July 2025',
    '',
    'FPC(25)30\tAPOLOGIES',
    '\t\tNone.',
    '',
    `FPC(25)31\t${title}`,
    '\t\tUpdates were given as follows:',
    '\t\t\uF0B7\tFPC(25)18 – refresh of the treasury management policy: complete.',
    '\t\t\uF0B7\tFPC(25)21 – benchmarking of agency spend against other',
    '\t\t\tboards: carried forward to the September meeting.',
    '\t\t\uF0B7\tFPC(25)24 – business case for the new',
    '\t\t\tpharmacy system: no longer required.',
    '',
    'FPC(25)32\tFINANCE REPORT',
    '\t\tThe Committee NOTED the report.',
    '',
  ].join('\n')).meeting!;
  const read = (m: ReturnType<typeof minutes>) => (m.statusReviews ?? []).map((s) => [s.ref, s.status, s.written]);
  const want = [
    ['FPC(25)18', 'done', 'complete'],
    ['FPC(25)21', 'carried forward', 'carried forward to the September meeting'],
    ['FPC(25)24', 'dropped', 'no longer required'],
  ];
  assert.deepEqual(read(minutes('SCHEDULE OF ACTIONS ARISING FROM THE BOARD MEETING OF 3 JUNE 2025')), want);
  assert.deepEqual(read(minutes('Table of actions from the meeting held on 6 May 2025')), want);
  // near miss: the same title with this meeting's date is its own list, no review
  assert.deepEqual(read(minutes('TABLE OF ACTIONS FROM THE MEETING HELD ON 1 JULY 2025')), []);
  assert.equal(namesEarlierMeetingActions('LOG OF ACTIONS FROM THE AUDIT COMMITTEE MEETING HELD ON 12 MARCH 2024', '2024-06-11'), true);
  assert.equal(namesEarlierMeetingActions('LOG OF ACTIONS FROM THE AUDIT COMMITTEE MEETING HELD ON 11 JUNE 2024', '2024-06-11'), false);
  // (no date in the title, or none known for the meeting: nothing tells whose actions they are)
  assert.equal(namesEarlierMeetingActions('Table of actions from the Board meeting', '2024-06-11'), false);
  assert.equal(namesEarlierMeetingActions('Table of actions from the meeting held on 12 March 2024', undefined), false);
});

test('a reference with the committee\'s year in brackets read where a review prints it: a paragraph, a row of cells, a sentence, a recalled item', () => {
  const review = (line: string) => { const r = matchMinuteReview(line); return r && [line.slice(r.ref.start, r.ref.end), reviewStatus(r.mark), line.slice(r.mark.start, r.mark.end)]; };
  assert.deepEqual(review('HRC(24)07 – exit interview themes: complete.'), ['HRC(24)07', 'done', 'complete']);
  assert.deepEqual(review('Minute ARC (2025) 12 (internal audit of payroll): in progress.'), ['Minute ARC (2025) 12', 'open', 'in progress']);
  const row = 'QSC(25)14\tPublish the survey results\tHead of Quality\tComplete';
  const r = matchStatusRow(row);
  assert.deepEqual(r && [row.slice(r.ref.start, r.ref.end), r.mark.status], ['QSC(25)14', 'done']);
  const prose = 'The Secretary reported that minute FIN(24)07 had been completed.';
  assert.deepEqual(findProseStatuses(prose).map((s) => [prose.slice(s.ref.start, s.ref.end), s.status]), [['FIN(24)07', 'done']]);
  const recalled = 'Item SC(25)112: The Director to circulate the staffing figures.';
  const a = matchRecalledAction(recalled);
  assert.equal(a && recalled.slice(a.item.start, a.item.end), 'Item SC(25)112');
  // (near miss: a word before a bracketed year is no committee's letters)
  assert.equal(matchMinuteReview('Plan (2025) 3 – targets for the year: complete.'), undefined);
});
