/**
 * What the blind set heldOut19 showed missed in an NHS integrated care board's public minutes
 * (document 03): each construct in other boards' words, names and numbers, with near misses.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { matchHead } from '#service/numberSchemes';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}

/** A trust board's public minutes in the family's table: `Ref⇥Minute⇥Action`, prefixed numbers, paragraphs. */
function trustBoard(rows: readonly string[]): string {
  return [
    'Fellbridge Community Health NHS Trust',
    'TRUST BOARD – MEETING IN PUBLIC',
    'MINUTES',
    'Date:\tThursday 14 May 2026',
    '',
    'Ref\tMinute\tAction',
    ...rows,
  ].join('\n');
}

test('a stray space after the year\'s slash is the extraction\'s: the number as the board numbers it, no warning', () => {
  const m = meetingOf(trustBoard([
    'TB/26/041\tWELCOME AND APOLOGIES',
    '041.1\tThe Chair welcomed members.',
    'TB/26/ 042\tQUALITY REPORT',
    '042.1\tThe Director of Nursing presented the report.',
    'TB/26/043\tANY OTHER BUSINESS',
    '043.1\tThere was none.',
  ]));
  assert.deepEqual(m.items.map((i) => i.number?.written), ['TB/26/041', 'TB/26/042', 'TB/26/043']);
  assert.deepEqual(m.items.map((i) => i.number?.malformed), [undefined, undefined, undefined]);
  // the head's range still covers the number as printed, space and all
  assert.equal(m.items[1].number!.range.end.character, 'TB/26/ 042'.length);
});

test('near misses: two spaces, or a space before the year, are no stray-space number', () => {
  assert.equal(matchHead('TB/26/  042\tQUALITY REPORT', 'prefixed'), undefined);
  assert.notEqual(matchHead('TB/ 26/042\tQUALITY REPORT', 'prefixed')?.written, 'TB/26/042');
  assert.equal(matchHead('QSC/2425/ 117 Quality Report', 'prefixed')?.written, 'QSC/2425/117');
});

/** Each decision of the meeting as `item | text`. */
const decisions = (m: Meeting): string[] => m.items.flatMap((i) => i.decisions.map((d) => `${i.number?.written} | ${d.text}`));

test('actions closed in the passive as the board reviews its log are its decision, from `as`', () => {
  const m = meetingOf(trustBoard([
    'TB/26/041\tACTION LOG',
    '041.1\tThe Board reviewed the log. Actions TB/26/07 and TB/26/09 were',
    '\tagreed as complete and closed. The Director of Finance noted a revised date.',
    'TB/26/042\tMATTERS ARISING',
    '042.1\tAction 12 was agreed as closed; no other matters arose.',
    'TB/26/043\tANY OTHER BUSINESS',
    '043.1\tThere was none.',
  ]));
  assert.deepEqual(decisions(m), ['TB/26/041 | as complete and closed', 'TB/26/042 | as closed']);
});

test('near misses: a record, a person, or a plan agreed as complete is no closed action', () => {
  const m = meetingOf(trustBoard([
    'TB/26/041\tPLANS',
    '041.1\tThe estates plan was agreed as complete by the contractor.',
    '041.2\tThe Director of Estates agreed as closed the matter of parking.',
    '041.3\tThe milestones were',
    '\tagreed as completed by the project team in March.',
    'TB/26/042\tANY OTHER BUSINESS',
    '042.1\tThere was none.',
  ]));
  assert.deepEqual(decisions(m), []);
});

/** A community trust's attendance table, `Name⇥Role⇥Initials` under the members' vote, then two minutes. */
function trustTable(rows: readonly string[], minutes: readonly string[] = []): string {
  return [
    'Ashvale Community Health NHS Trust',
    'TRUST BOARD – MEETING IN PUBLIC',
    'MINUTES',
    'Date:\tThursday 14 May 2026',
    '',
    ...rows,
    '',
    'Ref\tMinute\tAction',
    'TB/26/041\tWELCOME AND APOLOGIES',
    '041.1\tThe Chair welcomed members.',
    'TB/26/042\tOPERATIONAL REPORT',
    ...minutes,
    'TB/26/043\tANY OTHER BUSINESS',
    '043.1\tThere was none.',
  ].join('\n');
}

/** Each person as `list | name | role | organisation | initials | qualifiers`. */
const people = (m: Meeting): string[] => m.people.flatMap((b) => b.people.map((p) =>
  `${b.kind} | ${p.name.display} | ${p.role ?? '-'} | ${p.organisation ?? '-'} | ${p.initials ?? '-'} | ${(p.qualifiers ?? []).map((q) => q.text).join('; ')}`));

test('members under `Voting members⇥Role⇥Initials` and `Non-voting members` are both present; a wrapped role cell keeps its initials, a wrapped bracket its body', () => {
  const m = meetingOf(trustTable([
    'Voting members\tRole\tInitials',
    'Marian Oduya\tChair\tMO',
    'Declan Frewin\tNon-Executive Director (Finance) / Senior\t',
    '\tIndependent Director\tDFr',
    'Priya Anand\tPartner Member – Primary Care (Ashvale',
    '\tNorth Primary Care Network)\tPA',
    'Cllr Tom Brannigan\tPartner Member – Local Authorities',
    '\t(Ashvale Borough Council)\tTB',
    'Non-voting members',
    'Gwen Holloway\tDirector of Estates (part meeting – left after\tGH',
    '\tTB/26/042)',
    'In attendance',
    'Oskar Lind\tHead of Corporate Governance (minutes)\tOL',
  ]));
  assert.deepEqual(people(m), [
    'present | Marian Oduya | Chair | - | MO | ',
    'present | Declan Frewin | Non-Executive Director (Finance) / Senior Independent Director | - | DFr | ',
    'present | Priya Anand | Partner Member – Primary Care | Ashvale North Primary Care Network | PA | ',
    'present | Tom Brannigan | Partner Member – Local Authorities | Ashvale Borough Council | TB | ',
    'present | Gwen Holloway | Director of Estates | - | GH | part meeting – left after TB/26/042',
    'inAttendance | Oskar Lind | Head of Corporate Governance | - | OL | minutes',
  ]);
});

test('near misses: a portfolio in a wrapped bracket stays the role\'s; a wrapped line with words in the names\' column is a row', () => {
  const m = meetingOf(trustTable([
    'Voting members\tRole\tInitials',
    'Marian Oduya\tChair\tMO',
    'Declan Frewin\tNon-Executive Director (Quality',
    '\tand Safety)\tDF',
    'Priya Anand\tMedical Director\tPA',
    'Non-voting members present',
    'Gwen Holloway\tDirector of Estates\tGH',
  ]));
  assert.deepEqual(people(m), [
    'present | Marian Oduya | Chair | - | MO | ',
    'present | Declan Frewin | Non-Executive Director (Quality and Safety) | - | DF | ',
    'present | Priya Anand | Medical Director | - | PA | ',
    'inAttendance | Gwen Holloway | Director of Estates | - | GH | ',
  ]);
});

/** Each action as `item | text | owner | due`. */
const actions = (m: Meeting): string[] => m.items.flatMap((i) => i.actions.map((a) => `${i.number?.written} | ${a.text} | ${a.owners.map((o) => o.text).join('/')} | ${a.due?.text ?? '-'}`));

const BOARD = [
  'Voting members\tRole\tInitials',
  'Marian Oduya\tChair\tMO',
  'Gareth Pell\tDirector of Finance\tGP',
  'Helen Swift\tDirector of Nursing\tHS',
];

test('initials alone under a paragraph their owner opens take the paragraph from its first words; a paragraph naming the task in the column\'s letters gives those words', () => {
  const m = meetingOf(trustTable(BOARD, [
    '042.1\tGP reported a forecast overspend of £2.2m on agency staffing. A recovery',
    '\tplan would come to the July meeting.',
    '\t\tGP',
    '042.2\tHS presented the safer staffing review. The Board APPROVED the revised escalation',
    '\tpolicy. HS to publish the policy to all',
    '\twards by 30 June 2026.\tHS',
  ]));
  assert.deepEqual(actions(m), [
    'TB/26/042 | GP reported a forecast overspend of £2.2m on agency staffing. A recovery plan would come to the July meeting | GP | July meeting',
    'TB/26/042 | publish the policy to all wards by 30 June 2026 | HS | 30 June 2026',
  ]);
});

test('near misses: initials alone under a paragraph another opens take its closing request; a task in another\'s letters leaves the paragraph whole', () => {
  const m = meetingOf(trustTable(BOARD, [
    '042.1\tThe Director of Finance presented the forecast. MO asked for the agency figures to be shown by',
    '\tward from the next report.',
    '\t\tGP',
    '042.2\tHS presented the review. MO to write to the',
    '\tregulator by 30 June 2026.\tHS',
    '042.3\tGP reported the month 10 position. HS asked for a savings plan by ward.',
    '\t\tGP',
  ]));
  assert.deepEqual(actions(m).map((a) => a.split(' | ').slice(0, 3).join(' | ')), [
    'TB/26/042 | MO asked for the agency figures to be shown by ward from the next report | GP',
    'TB/26/042 | HS presented the review. MO to write to the regulator by 30 June 2026 | HS',
    // (the owner opens the paragraph, but another member's request closes it: the request is the task)
    'TB/26/042 | HS asked for a savings plan by ward | GP',
  ]);
});
