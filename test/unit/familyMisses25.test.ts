/**
 * What a reader found missed in new minutes of known layout families (fam25): each construct in
 * other boards' words, names and numbers than the probe that showed it, with a near miss that must
 * stay as it was read.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { readInlineParts, readResolutionParts } from '#service/forms/decisions';
import { findUndertakings } from '#service/forms/undertakings';

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}
const decisions = (m: Meeting): Array<[string, string[]]> => m.items.flatMap((i) => i.decisions.map((d): [string, string[]] => [d.text, [...(d.parts ?? [])]]));
const actions = (m: Meeting): string[] => [...m.items.flatMap((i) => i.actions), ...(m.actions ?? [])].map((a) => `${a.owners.map((o) => o.text).join(', ')}: ${a.text}${a.due ? ` (by ${a.due.text})` : ''}`);

/** A committee's minutes printed to PDF: the authority, the committee, the members and officers, then its minutes. */
function committee(body: readonly string[]): string {
  return [
    'Eastwold Valley Joint Waste Board',
    'Minutes of the meeting of the Operations Committee held on Monday, 9 March 2026 at 2.00 pm',
    'Present:',
    'Councillor Imran Castell\tHaybridge (Chair)',
    'Councillor Pia Moreau\tSt Ilan',
    'Officers: Lorna Vickery – Head of Contracts; Tom Adeyemi – Finance Lead',
    '41. DECLARATIONS OF INTEREST',
    'None were declared.',
    '42. CONTRACT MONITORING',
    ...body,
    '43. ANY OTHER BUSINESS',
    'None.',
  ].join('\n');
}

test('fam25 01: a resolution whose numbered parts stand under `RESOLVED –` has every part; an owner below takes the whole resolution', () => {
  const m = meetingOf(committee([
    'The Head of Contracts reported that missed collections had fallen to 0.3%.',
    'RESOLVED –',
    '(1) That the monitoring report be noted.',
    '(2) That the Head of Contracts negotiate a revised bulky waste',
    'schedule with the contractor.',
    '(3) That a progress report be brought to the June meeting.',
    'ACTION: Head of Contracts',
  ]));
  assert.deepEqual(decisions(m), [['(1) That the monitoring report be noted.', [
    '(1) That the monitoring report be noted.',
    '(2) That the Head of Contracts negotiate a revised bulky waste schedule with the contractor.',
    '(3) That a progress report be brought to the June meeting.',
  ]]]);
  assert.deepEqual(actions(m), ['Head of Contracts: (1) That the monitoring report be noted. (2) That the Head of Contracts negotiate a revised bulky waste schedule with the contractor. (3) That a progress report be brought to the June meeting.']);
});

test('fam25 01: lettered parts with blank lines between, and the minutes going on after the last part, are no part of it', () => {
  const m = meetingOf(committee([
    'RESOLVED that',
    '',
    '(a) the update be noted;',
    '',
    '(b) officers review the depot lease before renewal.',
    'Councillor Moreau left the meeting at 3.10 pm.',
  ]));
  assert.deepEqual(decisions(m), [['that (a) the update be noted;', ['(a) the update be noted;', '(b) officers review the depot lease before renewal.']]]);
  // the last part left without its full stop ends before the next item's head all the same
  const open = meetingOf(committee(['The report was presented.', 'RESOLVED –', '(1) That the report be noted;', '(2) That officers report again in June']));
  assert.deepEqual(decisions(open).map(([, parts]) => parts), [['(1) That the report be noted;', '(2) That officers report again in June']]);
  // near miss: a lone part under the keyword is the resolution's one part, as it was read
  const one = meetingOf(committee(['The report was presented.', 'RESOLVED –', '(1) That the report be noted.', 'The Chair thanked officers.']));
  assert.deepEqual(decisions(one), [['(1) That the report be noted.', ['(1) That the report be noted.']]]);
});

test('fam25 01: the parts of a resolution stop at a paragraph after a part\'s full stop (readResolutionParts)', () => {
  const text = 'RESOLVED –\n(1) That the plan be approved.\n(2) That the budget be\n   increased.\nThe Treasurer left the meeting.';
  const parts = readResolutionParts(text, 'RESOLVED –'.length);
  assert.deepEqual(parts.map((p) => text.slice(p.start, p.end)), ['(1) That the plan be approved.', '(2) That the budget be\n   increased.']);
});

test('fam25 02: a resolution that lists its parts inside its sentence is split into them', () => {
  const seen = (t: string): string[] => readInlineParts(t).map((p) => t.slice(p.start, p.end));
  // the probe's words, then other boards'
  assert.deepEqual(seen('that (a) the outturn be noted; (b) the reserves strategy be referred to the September meeting.'), ['(a) the outturn be noted;', '(b) the reserves strategy be referred to the September meeting.']);
  assert.deepEqual(seen('to (1) approve the tender, (2) delegate the award to the Director and (3) report back in May.'), ['(1) approve the tender,', '(2) delegate the award to the Director and', '(3) report back in May.']);
  assert.deepEqual(seen('that: (i) the policy be adopted; and (ii) it be reviewed in 2027.'), ['(i) the policy be adopted; and', '(ii) it be reviewed in 2027.']);
  // near misses: a section of an Act, one part alone, labels out of sequence, a label with no list's joint before it
  assert.deepEqual(seen('that the press be excluded under Section 100A(4) and (5) of the Act.'), []);
  assert.deepEqual(seen('that (a) the report be noted.'), []);
  assert.deepEqual(seen('that (a) the report be noted; (c) the fee be waived.'), []);
  assert.deepEqual(seen('that (1) the report (2) the appendix be noted.'), []);
  const m = meetingOf(committee(['RESOLVED that (a) the contract variation be approved; and (b) the Finance Lead report the cost in June.']));
  assert.deepEqual(decisions(m), [['that (a) the contract variation be approved; and (b) the Finance Lead report the cost in June.', ['(a) the contract variation be approved; and', '(b) the Finance Lead report the cost in June.']]]);
});

test('fam25 01: a row of an action log that names its minute and what it was about gives one status, the minute its reference', () => {
  const log = (title: string, rows: readonly string[]): string[] => (meetingOf(committee(['None.', `43. ${title}`, ...rows]).replace('43. ANY OTHER BUSINESS\nNone.', '44. ANY OTHER BUSINESS\nNone.')).statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);
  assert.deepEqual(log('ACTION LOG', ['Minute 31 (depot roof survey) – Complete', 'Minute 36 (garden waste charges, phase two) – Carried forward']), [
    'Minute 31 | done | Complete', 'Minute 36 | carried forward | Carried forward',
  ]);
  // a row without a minute after one with it is a row of its own, never the row above wrapped
  assert.deepEqual(log('OUTSTANDING ACTIONS', ['Min 38 (fleet telematics) – Complete', 'Replacement of the weighbridge – Ongoing']), [
    'Min 38 | done | Complete', 'Replacement of the weighbridge | open | Ongoing',
  ]);
  // (under a title that reads the rows alone, the row's words before the dash are the reference: still one status a row)
  assert.deepEqual(log('ACTION TRACKER', ['Minute 31 (depot roof survey) – Complete', 'Minute 36 (garden waste) – Carried forward']), [
    'Minute 31 (depot roof survey) | done | Complete', 'Minute 36 (garden waste) | carried forward | Carried forward',
  ]);
});

test('fam25 03: an officer\'s own list of actions (`Clerk\'s action list`) heads a review: each row\'s status after its dash', () => {
  const parish = (title: string, rows: readonly string[]): string[] => (meetingOf([
    'BRAMLEY ST JOHN PARISH COUNCIL', 'Minutes of the Parish Council meeting held on Tuesday 4 March 2025 at 7.30pm',
    'Present: Cllr P Hale (Chair), Cllr D Moss', 'BSJ25/020 Apologies', 'None.', `BSJ25/021 ${title}`, ...rows, 'BSJ25/022 Correspondence', 'None.',
  ].join('\n')).statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);
  assert.deepEqual(parish("Clerk's action list", ['Bench at Mill Green – Complete', 'Grit bin order – Ongoing', 'Allotment rents – Carried forward']), [
    'Bench at Mill Green | done | Complete', 'Grit bin order | open | Ongoing', 'Allotment rents | carried forward | Carried forward',
  ]);
  assert.deepEqual(parish('Proper Officer’s action log', ['Defibrillator pads replaced – Done', 'Footpath 12 stile repair – In hand']), [
    'Defibrillator pads replaced | done | Done', 'Footpath 12 stile repair | open | In hand',
  ]);
  // near miss: an officer's report is no list of actions; its lines with a dash give no status
  assert.deepEqual(parish("Clerk's report", ['Bench at Mill Green – Complete', 'Grit bin order – Ongoing']), []);
});

test('fam25 01: a place in the column beside a member\'s name, the chair\'s bracket after it: the place is whom they sit for, the chair their role', () => {
  const people = (text: string): string[] => meetingOf(text).people.flatMap((b) => b.people.map((p) => `${b.kind}: ${p.name.display} | ${p.role ?? ''} | ${p.organisation ?? ''}`));
  const list = (rows: readonly string[]): string => ['Eastwold Valley Joint Waste Board', 'Minutes of the meeting of the Operations Committee held on Monday, 9 March 2026 at 2.00 pm', 'Present:', ...rows, '41. APOLOGIES', 'None.'].join('\n');
  assert.deepEqual(people(list(['Councillor Imran Castell\tHaybridge (Chair)', 'Councillor Pia Moreau\tSt Ilan'])), ['present: Imran Castell | Chair | Haybridge', 'present: Pia Moreau | St Ilan | ']);
  assert.deepEqual(people(list(['Councillor Ruth Okafor      Upper Tarrow Division (Vice-Chair)', 'Councillor Ben Sale        Lower Tarrow Division'])), ['present: Ruth Okafor | Vice-Chair | Upper Tarrow Division', 'present: Ben Sale |  | Lower Tarrow Division']);
  // near miss: an office before the bracket stays one role, as the list wrote it
  assert.deepEqual(people(list(['Dr Anna Levitt\tNon-Executive Member (Chair)', 'Mr Omar Sillah\tNon-Executive Member'])), ['present: Anna Levitt | Non-Executive Member (Chair) | ', 'present: Omar Sillah | Non-Executive Member | ']);
});

test('fam25 02: a pronoun that undertakes (`He agreed to …`) is the one the sentence before names speaking to the item', () => {
  const seen = (t: string): string[] => findUndertakings(t).map((u) => `${u.owners.map((o) => t.slice(o.start, o.end)).join(', ')}: ${t.slice(u.task.start, u.task.end)}${u.due ? ` (by ${t.slice(u.due.start, u.due.end)})` : ''}`);
  // the probe's sentence, then other boards' words: the name after the office, before it, an office alone, a councillor
  assert.deepEqual(seen('The Chief Fire Officer, Gareth Lund, presented the report. He agreed to circulate the overtime breakdown to members by 30 June 2025.'), ['Gareth Lund: circulate the overtime breakdown to members by 30 June 2025 (by 30 June 2025)']);
  assert.deepEqual(seen('Priya Shah, Head of Finance, introduced the budget. She undertook to provide a breakdown by ward before the next meeting.'), ['Priya Shah: provide a breakdown by ward before the next meeting (by the next meeting)']);
  assert.deepEqual(seen('The Head of Planning reported on the appeal. She would write to the objectors.'), ['The Head of Planning: write to the objectors']);
  assert.deepEqual(seen('Cllr Moss reported on the playground inspection. He will obtain two quotes for the fencing.'), ['Cllr Moss: obtain two quotes for the fencing']);
  // near misses: two who spoke, a subject that is no one, no sentence before, `They`
  assert.deepEqual(seen('Cllr Moss and Cllr Hale presented the report. He agreed to circulate it.'), []);
  assert.deepEqual(seen('The report was presented. He agreed to circulate it.'), []);
  assert.deepEqual(seen('He agreed to circulate the breakdown.'), []);
  assert.deepEqual(seen('The Head of Planning reported on the appeal. They would write to the objectors.'), []);
  const m = meetingOf(committee(['The Finance Lead, Tom Adeyemi, presented the quarterly figures. He agreed to circulate the variance analysis by 31 March 2026.']));
  assert.deepEqual(actions(m), ['Tom Adeyemi: circulate the variance analysis by 31 March 2026 (by 31 March 2026)']);
});

test('fam25 03: a number alone, its title, then `(a)` alone: the title is the title, `(a)` its first part, titled by the line under it', () => {
  const parish = (rows: readonly string[]): Array<[string, string, string[]]> => meetingOf([
    'ASHWELL MAGNA PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on Monday 12 May 2025 at 7.30pm',
    'Present: Cllr R Dunn (Chair), Cllr K Amos', 'AM25/040 Apologies', 'None.', ...rows, 'AM25/043 Close', 'The meeting closed at 9pm.',
  ].join('\n')).items.map((i): [string, string, string[]] => [i.number?.written ?? '', i.title, (i.subItems ?? []).map((c) => `${c.number?.written} ${c.title}`)]);
  assert.deepEqual(parish(['AM25/041', 'Planning matters', '(a)', 'DC/25/0112/FUL, Glebe Barn, Church Lane – conversion to a dwelling. RESOLVED to support the application.', '(b)', 'Appeals: none.', 'AM25/042 Highways', 'None.']), [
    ['AM25/040', 'Apologies', []],
    ['AM25/041', 'Planning matters', ['(a) DC/25/0112/FUL, Glebe Barn, Church Lane – conversion to a dwelling', '(b) Appeals']],
    ['AM25/042', 'Highways', []],
    ['AM25/043', 'Close', []],
  ]);
  // a qualifier in brackets under the title stays the title's (`(Key Decision)`)
  assert.deepEqual(parish(['AM25/041', 'BUDGET 2025/26', '(Key Decision)', 'The budget was set.', 'AM25/042 Highways', 'None.'])[1], ['AM25/041', 'BUDGET 2025/26 (Key Decision)', []]);
});

test('fam25 03: a part that opens its line with a short title and its full stop, the minute after it (`(i) Payments. RESOLVED …`)', () => {
  const subs = (rows: readonly string[]): string[] => meetingOf([
    'ASHWELL MAGNA PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on Monday 12 May 2025 at 7.30pm',
    'Present: Cllr R Dunn (Chair), Cllr K Amos', 'AM25/040 Apologies', 'None.', 'AM25/041 Finance', ...rows, 'AM25/042 Close', 'The meeting closed at 9pm.',
  ].join('\n')).items[1].subItems?.map((c) => `${c.number?.written} ${c.title}`) ?? [];
  assert.deepEqual(subs(['(i) Payments. RESOLVED to approve the payments listed (4 for, 0 against).', '(ii) Bank reconciliation. The Chair signed the March reconciliation.']), ['(i) Payments', '(ii) Bank reconciliation']);
  assert.deepEqual(subs(['(a) Grass cutting contract. Three quotes had been received; the lowest was accepted.']), ['(a) Grass cutting contract']);
  // near misses: a sentence before the stop (a verb in it) is the minute's paragraph, no title
  assert.deepEqual(subs(['(a) Cllr Amos reported. The verge had been cut.']), []);
  assert.deepEqual(subs(['(a) Apologies were received. None were accepted.']), []);
});
