/**
 * Forms left from the thirty-fourth session's documents and met in the thirty-fifth's new ones, each read as a clerk
 * reads it. Names and bodies are invented, in words other than the documents' own, with the near misses that must stay
 * as they were.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { withholding } from '#service/confidential';

/** Each list of the meeting: its kind, then each person as `name | role | qualifiers as kind=value`. */
function lists(text: string): string[] {
  return parse(text).meeting!.people.filter((b) => b.people.length > 0).map((b) => `${b.kind}: ${b.people.map((p) => [p.name.display, p.role ?? '', (p.qualifiers ?? []).map((q) => `${q.kind}=${q.value ?? q.text}`).join(' ')].join(' | ')).join('; ')}`);
}

/** Each decision of the meeting: its words, then its vote (`for/against/abstentions`, mover, seconder, unanimity) when it has one. */
function decisions(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.decisions.map((d) => {
    const v = d.vote;
    return v ? `${d.text} [${v.for ?? '-'}/${v.against ?? '-'}/${v.abstentions ?? '-'}${v.mover ? ` moved ${v.mover.value}` : ''}${v.seconder ? ` seconded ${v.seconder.value}` : ''}${v.unanimous ? ' unanimous' : ''}]` : d.text;
  }));
}

/** Each action of the meeting: `owners: task (due)`. */
function actions(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join(' + ')}: ${a.text}${a.due ? ` (${a.due.text})` : ''}`));
}

/** The statuses of earlier actions: `ref status`. */
function reviews(text: string): string[] {
  return (parse(text).meeting!.statusReviews ?? []).map((r) => `${r.ref} ${r.status}`);
}

/** Who came or went in each item: `name kind`. */
function comings(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.arrivals.map((a) => `${a.name.text} ${a.kind}`));
}

const PARISH = (body: string[]): string => [
  'HOLLINGWORTH PARISH COUNCIL', 'Minutes of the meeting of the Parish Council held on 9 April 2025 at 7.30pm', '',
  'Present: Cllr M Amis (Chairman), Cllr T Boyd, Cllr P Cross, Cllr J Dunne.', '',
  '212.\tFINANCE', ...body, '', '213.\tCORRESPONDENCE', '\tNone.', '',
].join('\n');

test('a count in brackets the page wrapped after the decision\'s sentence: the whole count, its abstentions too', () => {
  const text = PARISH([
    '\tAfter discussion the Council resolved to object on the grounds of loss of the hedge. (5 for, 2 against,',
    '\t2 abstentions). Cllr Cross returned to the meeting.',
  ]);
  assert.deepEqual(decisions(text), ['to object on the grounds of loss of the hedge. [5/2/2]']);
  // near miss: a bracket that no line straight below closes is not read past the decision's line
  const open = PARISH([
    '\tAfter discussion the Council resolved to object on the grounds of loss of the hedge. (5 for, 2 against,', '',
    '\t2 abstentions).',
  ]);
  assert.deepEqual(decisions(open), ['to object on the grounds of loss of the hedge. [5/2/-]']);
});

test('mover, seconder and the count inside a bracket the page wrapped: the vote of the resolution', () => {
  const text = PARISH([
    '\tIt was RESOLVED to approve the schedule of payments (proposed Cllr Boyd,',
    '\tseconded Cllr Dunne, all in favour):',
    '\tHMRC\tPAYE March\t£212.40',
  ]);
  assert.deepEqual(decisions(text), ['to approve the schedule of payments (proposed Cllr Boyd, seconded Cllr Dunne, all in favour): [-/-/- moved Cllr Boyd seconded Cllr Dunne unanimous]']);
  // near miss: the same bracket on one line read as before
  const one = PARISH(['\tIt was RESOLVED to approve the schedule of payments (proposed Cllr Boyd, seconded Cllr Dunne, all in favour).']);
  assert.deepEqual(decisions(one), ['to approve the schedule of payments (proposed Cllr Boyd, seconded Cllr Dunne, all in favour). [-/-/- moved Cllr Boyd seconded Cllr Dunne unanimous]']);
});

test('a second resolution after a sentence of who left: both decisions, and the departure read', () => {
  const text = PARISH(['\tRESOLVED to pay the grass cutting invoice. Cllr Cross left the room. RESOLVED to renew the lease of the allotments.']);
  assert.deepEqual(decisions(text), ['to pay the grass cutting invoice.', 'to renew the lease of the allotments.']);
  assert.deepEqual(comings(text), ['Cllr Cross left']);
  // near miss: a sentence of the clerk's after the resolution is no second decision
  const other = PARISH(['\tRESOLVED to pay the grass cutting invoice. The Clerk reported that the bank mandate had been updated.']);
  assert.equal(decisions(other).length, 1);
});

const SCHOOL = (apologies: string[]): string => [
  'Thornbury Primary School – Full Governing Board', 'Minutes of the meeting held on Tuesday 18 March 2025 at 6pm', '',
  'Present:', 'Mrs Alison Kerr (AK) – Chair', 'Mr Ben Ojo (BO) – Headteacher', '',
  ...apologies, '',
  '1\tWelcome', 'The Chair welcomed governors.', '',
].join('\n');

test('an apology whose post the page wrapped after its first word: one person, no second named by the post\'s first word', () => {
  const text = SCHOOL([
    'Apologies: Apologies were received and accepted from Mr Dev Rana (DR), Foundation',
    'Governor. Mrs Ruth Lyle (RL), Parent Governor, had not sent apologies; her absence',
    'was not consented.',
  ]);
  assert.deepEqual(lists(text), [
    'present: Alison Kerr | Chair | ; Ben Ojo | Headteacher | ',
    'apologies: Dev Rana |  | ',
    'absent: Ruth Lyle |  | notConsented=absence was not consented',
  ]);
});

test('a governor who had not sent apologies is absent; one who had sent them for the next meeting is no apology for this one', () => {
  const text = SCHOOL(['Mr Colin Fry had not sent apologies. Mrs Ann Webb had also sent apologies for the next meeting.']);
  assert.deepEqual(lists(text), ['present: Alison Kerr | Chair | ; Ben Ojo | Headteacher | ', 'absent: Colin Fry |  | notConsented=had not sent apologies']);
  // near miss: apologies sent for this meeting are apologies
  const sent = SCHOOL(['Mrs Ann Webb had sent apologies for the meeting.']);
  assert.deepEqual(lists(sent)[1], 'apologies: Ann Webb |  | ');
});

test('(from 7.40pm until 212) after a name: when they came and when they went, two facts', () => {
  const text = PARISH(['\tNone.']).replace('Cllr J Dunne.', 'Cllr J Dunne (from 7.40pm until 212).');
  assert.deepEqual(lists(text), ['present: M Amis | Chairman | ; T Boyd |  | ; P Cross |  | ; J Dunne |  | from=7.40pm until=212']);
  // near miss: the time of coming alone
  const from = PARISH(['\tNone.']).replace('Cllr J Dunne.', 'Cllr J Dunne (from 7.40pm).');
  assert.deepEqual(lists(from), ['present: M Amis | Chairman | ; T Boyd |  | ; P Cross |  | ; J Dunne |  | from=7.40pm']);
});

const NOTES = (lines: string[]): string => [
  '# Lumen Toolkit steering meeting 2025-10-08', '', '## Attendees', '* Priya Nair', '* Tomasz Wolny', '', ...lines, '',
].join('\n');

test('`Joined late:` naming a member the list above holds: a fact of that member, no second entry', () => {
  assert.deepEqual(lists(NOTES(['Joined late: Tomasz Wolny'])), ['present: Priya Nair |  | ; Tomasz Wolny |  | arrived=joined late']);
  // near miss: someone the list does not hold is listed under the label
  assert.deepEqual(lists(NOTES(['Joined late: Ola Berg'])), ['present: Priya Nair |  | ; Tomasz Wolny |  | ', 'present: Ola Berg |  | ']);
});

test('a struck task said done in brackets is done; struck alone it was dropped', () => {
  const text = NOTES([
    '### Notes:', '* **Action items from last meeting**', '  * ~~Priya to tag the 2.1 release~~ (done)', '  * ~~Tomasz to port the docs theme~~', '* **Roadmap**', '  * Discussed the plan for 2.2.',
  ]);
  assert.deepEqual(reviews(text), ['Priya to tag the 2.1 release done', 'Tomasz to port the docs theme dropped']);
});

test('a wiki\'s action template with a status where the due goes: the board\'s word on an earlier action, no new one', () => {
  const text = [
    'Board/Minutes/2024-05-14', 'From Harrowdale Scouts Trust Wiki', '< Board | Minutes', 'Jump to navigation Jump to search', '',
    'Meeting of the Trustees of Harrowdale Scouts Trust, Tuesday 14 May 2024, 19:30, the hut.', '',
    'Attendance[edit]', '', '    Trustees present: Kim Lowe (KL, chair); Mo Brar (MB)', '',
    'Finance[edit]', '', '    The accounts were received.', '',
    'Actions from this meeting[edit]', '',
    '{{Action|KL|Book the village hall|Done}}', '{{Action|KL|Order the first-aid kits|Carried forward}}', '{{Action|MB|Renew the insurance|30 June 2024}}', '',
  ].join('\n');
  assert.deepEqual(actions(text), ['MB: Renew the insurance (30 June 2024)']);
  assert.deepEqual(reviews(text), ['Book the village hall done', 'Order the first-aid kits carried forward']);
});

const AUDIT = (body: string[]): string => [
  'HARTLEY BOROUGH COUNCIL', 'STANDARDS AND AUDIT COMMITTEE',
  '   MINUTES of the meeting of the Standards and Audit Committee held at the',
  '   Guildhall, Bridge Street, Hartley on Tuesday 3 December', '   2024 at 7.00pm.', '',
  '   Present: Councillor J.K. Lowther (Chair), Councillors A. Penrose (Vice-Chair),', '   R.T. Moyo and S. Quint.', '',
  '   SA24/51.  ACCOUNTS', '', ...body, '',
  '   SA24/52.  CLOSE', '', '             The meeting closed at 8.10pm.', '',
].join('\n');

test('a councillor written with the stops of their initials (`J.K. Lowther`) is one member, the list read on past them', () => {
  assert.deepEqual(lists(AUDIT(['             None.'])), ['present: J.K. Lowther | Chair | ; A. Penrose | Vice-Chair | ; R.T. Moyo |  | ; S. Quint |  | ']);
  assert.equal(parse(AUDIT(['             None.'])).meeting!.people[0].people[0].name.initials, 'JKL');
});

test('the meeting\'s date whose year the page wrapped onto the next line of the heading', () => {
  assert.equal(parse(AUDIT(['             None.'])).meeting!.date?.iso, '2024-12-03');
  // near miss: a line that ends on a day and month over a line that opens with no year keeps no date from it
  const other = AUDIT(['             None.']).replace('   2024 at 7.00pm.', '   at 7.00pm.');
  assert.equal(parse(other).meeting!.date?.iso, undefined);
});

test('a recorded vote by name, a side a line, before its resolution: the resolution\'s vote, its counts and names', () => {
  const text = AUDIT([
    '             A recorded vote was requested on the substantive motion:', '',
    '             For (3): Councillors Lowther, Penrose and', '',
    '             Moyo.', '             Against (1): Councillor Quint.', '             Abstention (0).', '',
    '             RESOLVED: That the statement of accounts be approved.',
  ]);
  const d = parse(text).meeting!.items[0].decisions[0];
  assert.equal(d.text, 'That the statement of accounts be approved.');
  assert.deepEqual([d.vote?.for, d.vote?.against, d.vote?.abstentions], [3, 1, 0]);
  assert.deepEqual(d.vote?.ayes?.map((n) => n.value), ['Lowther', 'Penrose', 'Moyo']);
  assert.deepEqual(d.vote?.nays?.map((n) => n.value), ['Councillor Quint']);
  // near miss: one side alone is no division
  const one = AUDIT(['             For: the proposal, as amended.', '', '             RESOLVED: That the statement of accounts be approved.']);
  assert.equal(parse(one).meeting!.items[0].decisions[0].vote, undefined);
});

test('a division under its motion, closed by its result (`Yeas (2): … Nays (1): … Carried (2 to 1)`): the motion\'s vote, however many its clauses', () => {
  const text = PARISH([
    '\tRESOLVED that the hedge be cut; and', '\tthat the Clerk write to the owner of the field; and', '\tthat the cost be met from reserves.',
    '\tA recorded vote was requested.', '\tYeas (2): Cllr Amis and Cllr', '\tBoyd', '\tNays (1): Cllr Cross', '\tCarried (2 to 1)',
  ]);
  const d = parse(text).meeting!.items[0].decisions[0];
  assert.deepEqual([d.vote?.for, d.vote?.against, d.vote?.result], [2, 1, 'carried']);
  assert.deepEqual(d.vote?.ayes?.map((n) => n.value), ['Cllr Amis', 'Cllr Boyd']);
});

test('a count in columns before its decision (`For: 6      Against: 1 (GP)      Abstentions: 0`) is the decision\'s; the label\'s count is no count against', () => {
  const text = PARISH(['\tThe Chair put the recommendation to a vote:', '\tFor: 6          Against: 1          Abstentions: 0', '\tThe Council APPROVED option B.']);
  const d = parse(text).meeting!.items[0].decisions[0];
  assert.deepEqual([d.vote?.for, d.vote?.against, d.vote?.abstentions], [6, 1, 0]);
});

test('`by 7 votes to 2, with 1 abstention`, `(3 votes to 2)`: the counts for and against', () => {
  assert.deepEqual(decisions(PARISH(['\tOn a vote, the proposals were APPROVED by 7 votes to 2, with 1 abstention.'])), ['On a vote, the proposals were APPROVED [7/2/1]']);
});

test('a mover and seconder with letters beyond English (`Cllr Áine Moloney`, `Cllr Siobhán Kiely`) are named whole', () => {
  const text = PARISH(['\tProposed by Cllr Áine Moloney', '\tSeconded by Cllr Siobhán Kiely', '', '\tAnd agreed that the grants be allocated as set out in the schedule.']);
  const v = parse(text).meeting!.items[0].decisions[0].vote;
  assert.deepEqual([v?.mover?.value, v?.seconder?.value], ['Cllr Áine Moloney', 'Cllr Siobhán Kiely']);
});

test('comings and goings in other words: a bare `withdrew.` and `returned.`, `arrived at 6.14pm`, `left the Chambers`, a clause between the name and the verb, `… and rejoined at`, a subject at the end of the line above', () => {
  const text = PARISH([
    '\tMr Quist withdrew. The Council discussed the lease. Mr Quist returned.',
    '\tCllr Dunne arrived at 7.44pm during the discussion.',
    '\tCllr Cross, having declared an interest, left the Chambers at 8:02 p.m.',
    '\tCllr Boyd left the meeting at 8:10 p.m. owing to a poor connection and rejoined at 8:15 p.m. The grant was discussed. Cllr Amis',
    '\tleft the meeting at 8.30pm.',
  ]);
  assert.deepEqual(comings(text), ['Mr Quist left', 'Mr Quist joined', 'Cllr Dunne joined', 'Cllr Cross left', 'Cllr Boyd left', 'Cllr Boyd joined', 'Cllr Amis left']);
  // near misses: a pronoun, and a thing returned, are no one coming or going
  assert.deepEqual(comings(PARISH(['\tHe left the Chamber for that item.', '\tThe report was returned.'])), []);
});

test('a wiki\'s voting pictograms and a status template it lacks are statuses of the numbered action above, one a owner, `LFe` an owner', () => {
  const text = [
    'Board/Minutes/2024-10-09', 'From Harbour Makers Wiki', '< Board | Minutes', 'Jump to navigation Jump to search', '',
    'Meeting of the Trustees of Harbour Makers, Wednesday 9 October 2024, 19:30, the workshop.', '',
    'Matters arising[edit]', '',
    '1. KM to move the reserves account.', '', 'ACTION: KM Pictogram voting keep-green.svg Done – moved on 30 September', '',
    '2. TR and LFe to write the rota.', '', 'ACTION: TR Pictogram voting keep-green.svg Done; LFe Go-next-red.svg Carried forward', '',
    '3. PV to register the charity.', '', 'ACTION: PV Template:Doing – form submitted', '',
    '4. IB to ask the landlord about a fire exit.', '', 'ACTION: IB Pictogram voting delete.svg Dropped – landlord will not agree', '',
    'Finance[edit]', '', 'The accounts were received.', '',
  ].join('\n');
  assert.deepEqual(reviews(text), ['1 done', '2 done', '2 carried forward', '3 open', '4 dropped']);
  assert.deepEqual(actions(text), []);
});

test('an NHS board\'s initials with a small letter (`JWh`, `SMu`) in the columns: the initials, the role after them, no person named by them', () => {
  const text = [
    'NHS EASTMOOR INTEGRATED CARE BOARD', 'Minutes of the Board meeting held in public on 16 January 2025', '',
    'Members present:', 'Adeline Marsh                 AM     ICB Chair', 'Joanne Whitely                JWh    Chief Nurse and Director of Quality', '',
    'In attendance:', 'Stewart Mullins               SMu    Deputy Chief Operating Officer', 'Lorna Fisher                  LF     Associate Director of Communications and', '                                     Engagement (item ICBP/2425/118 only)', '',
    'ICBP/2425/114   Welcome', '                SMu attended for AM.', '',
    'ICBP/2425/115   Quality report', '                JWh agreed to bring the figures to the March committee.   JWh', '',
  ].join('\n');
  assert.deepEqual(lists(text), [
    'present: Adeline Marsh | ICB Chair | ; Joanne Whitely | Chief Nurse and Director of Quality | ',
    'inAttendance: Stewart Mullins | Deputy Chief Operating Officer | ; Lorna Fisher | Associate Director of Communications and Engagement | only=ICBP/2425/118',
  ]);
  assert.deepEqual(parse(text).meeting!.people[0].people.map((p) => p.initials), ['AM', 'JWh']);
});

test('a due date written with its day of the week (`by Friday 11 October`)', () => {
  assert.deepEqual(actions(PARISH(['\tThe Clerk to circulate the skills audit by Friday 11 October.'])), ['The Clerk: circulate the skills audit by Friday 11 October (Friday 11 October)']);
});

const AUTHORITY = (part2: string): string => [
  'Agenda, decisions and minutes', ' ', 'Combined Authority Board - Wednesday, 26th March, 2025 10.30 am', 'Venue: Council Chamber, Civic Offices, Bridge Street, Dunmere. View directions', 'Items', 'No.\tItem', ' ',
  '1.', 'Part 1 - Governance Items', ' ', '1.1', 'Announcements, Apologies for Absence and Declarations of Interest', 'Minutes:', 'Apologies for absence were received from Councillor Imran Sadiq and from Gareth Lowther.', ' ',
  '1.2', 'Minutes of the Combined Authority Board held on 29th January 2025 pdf icon PDF 276 KB', 'Minutes:', 'The minutes were approved as a correct record.', ' ',
  '2.', part2, ' ', '2.1', 'Budget Monitoring Report - February 2025 pdf icon PDF 310 KB', 'Minutes:', 'The Board noted the report.', ' ',
  '3.', 'Part 3 - Combined Authority Decisions', ' ', '3.1', 'Local Transport Plan', 'Minutes:', 'The Board noted the plan.', '',
].join('\n');

test('`Part 2 - Finance` among parts numbered on to a third is a group of the business, no exempt part; `Part 2 - Exempt items` still is', () => {
  const held = (text: string): string[] => { const m = parse(text).meeting!; return m.items.filter((i) => withholding(i, m)).map((i) => i.title); };
  assert.deepEqual(held(AUTHORITY('Part 2 - Finance')), []);
  assert.deepEqual(held(AUTHORITY('Part 2 - Exempt Items')), ['Part 2 - Exempt Items']);
  // near miss: without a third part, `Part 2` is the council's exempt part, withheld as before
  assert.deepEqual(held(AUTHORITY('Part 2 - Finance').replace('Part 3 - Combined Authority Decisions', 'Other Decisions')), ['Part 2 - Finance']);
});

test('apologies told under a sub-item about attendance are the meeting\'s; a sub-item\'s title leaves out its paper link', () => {
  const text = AUTHORITY('Part 2 - Finance');
  assert.deepEqual(lists(text), ['apologies: Imran Sadiq |  | ; Gareth Lowther |  | ']);
  assert.deepEqual(parse(text).meeting!.items[0].subItems?.map((s) => s.title), ['Announcements, Apologies for Absence and Declarations of Interest', 'Minutes of the Combined Authority Board held on 29th January 2025']);
});

test('an owner\'s line in brackets under a resolution (`(ACTION: Corporate Risk Officer)`): the resolution is the task', () => {
  assert.deepEqual(actions(PARISH(['\tRESOLVED: That the risk register be reviewed before the March meeting.', '\t(ACTION: Corporate Risk Officer)'])), ['Corporate Risk Officer: That the risk register be reviewed before the March meeting. (March meeting)']);
});

test('a log\'s `AWAITING RESPONSE – chased 6/1` is a running action', () => {
  const text = PARISH([]).replace('212.\tFINANCE', '212.\tACTION LOG').replace('\n\n213.', '\n\tRef\tAction\tOwner\tStatus\n\t24/131\tLetter to the rail operator\tTown Clerk\tAWAITING RESPONSE – chased 6/1\n\t24/140\tNew bench\tClerk\tComplete\n\n213.');
  assert.deepEqual(reviews(text), ['24/131 open', '24/140 done']);
});

test('a police officer with a collar number in the list; two facts of the attendance in one bracket (`left 8.40pm, after 24/158`)', () => {
  const text = PARISH(['\tNone.']).replace('Cllr J Dunne.', 'Cllr J Dunne (left 8.40pm, after 24/158).\nIN ATTENDANCE:\nMr D Oyelowo – Clerk\nPCSO 7731 A Marchetti (to 24/158)\nCounty Cllr T Rusk');
  assert.deepEqual(lists(text), ['present: M Amis | Chairman | ; T Boyd |  | ; P Cross |  | ; J Dunne |  | left=8.40pm', 'inAttendance: D Oyelowo | Clerk | ; A Marchetti |  | until=24/158; T Rusk |  | ']);
});

test('a North American resolution\'s clauses (`THAT …; and` ⏎ `THAT …`) are its parts; a line that ends on `and` runs on', () => {
  const text = [
    'REGULAR COUNCIL MEETING', 'Tuesday, March 4, 2025', '', '5. Delegations', 'Resolution No. 2025-062', 'Moved by: Councillor Sandhu', 'Seconded by: Councillor Keddy',
    'THAT Council receive the delegation; and', 'THAT the request be referred to staff for a report.', 'Carried', '6. By-laws', 'Resolution No. 2025-066',
    'THAT By-law 2025-14, being a by-law to establish water rates, and', 'By-law 2025-15, being a by-law to appoint an official, be passed.', 'Carried', '7. Adjournment', 'The meeting adjourned.', '',
  ].join('\n');
  const ds = parse(text).meeting!.items.flatMap((i) => i.decisions);
  assert.deepEqual(ds[0].parts, ['THAT Council receive the delegation; and', 'THAT the request be referred to staff for a report.']);
  assert.equal(ds[1].text, 'THAT By-law 2025-14, being a by-law to establish water rates, and By-law 2025-15, being a by-law to appoint an official, be passed.');
  // near miss: a resolution of one clause has no parts
  assert.equal(parse(text.replace('; and\nTHAT the request', '.\nThe request')).meeting!.items[0].decisions[0]?.parts, undefined);
});

test('a scribe tool\'s page copied from the browser: its `Agenda` and `IRC log.` links are no agenda, a date alone is no item, its contents at the margin give the topics', () => {
  const text = [
    'W3C', 'Calendar Sync Community Group', '19 November 2024', '– DRAFT –', 'Calendar Sync CG Teleconference', '19 November 2024', 'Agenda', 'IRC log.',
    'Attendees', 'Present', 'ana_duarte, bjorn, cmoreau', 'Regrets', 'Femi', 'Chair', 'cmoreau', 'Scribe', 'bjorn',
    'Contents', 'Meeting minutes', 'Action items review', 'PR 12: time zones', 'AOB', 'Summary of action items',
    'Meeting minutes', '<cmoreau> scribe+ bjorn', 'Action items review', 'cmoreau: action #4 is done', 'PR 12: time zones', 'ana_duarte: the PR is ready',
    'RESOLVED: merge PR 12', 'AOB', 'None.', 'Summary of action items', 'ACTION: bjorn to write the test files', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.equal(m.date?.iso, '2024-11-19');
  assert.deepEqual(m.items.map((i) => i.title), ['Action items review', 'PR 12: time zones', 'AOB']);
  assert.equal(parse(text).agendas.length, 0);
});

test('a Markdown editor\'s container marks (`:::info` … `:::`) are the page\'s box, never the place', () => {
  const text = ['# Kestrel steering meeting, 2025-11-19', '', ':::info', '- **Date:** 2025-11-19', ':::', '', '## 1. Release', 'Discussed.', '', '## 2. AOB', 'None.', ''].join('\n');
  assert.notEqual(parse(text).meeting!.location?.value, ':::info');
  assert.ok((parse(text).debris ?? []).some((d) => d.range.start.line === 2));
});

test('review: `Part 2` stays withheld unless the agenda\'s parts one to three are each `Part <n> - <subject>`', () => {
  const text = [
    'DISTRICT COUNCIL', 'CABINET', 'Minutes of the meeting held on 4 March 2025', '',
    '101.\tPART 3 OF THE CONSTITUTION - SCHEME OF DELEGATION', '\tNoted.', '', '102.\tEXCLUSION OF THE PRESS AND PUBLIC', '\tRESOLVED – That the press and public be excluded.', '',
    'PART 2', '', '103.\tDISPOSAL OF LAND AT MILL LANE', '\tThe offer of £1.2m was accepted.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.filter((i) => withholding(i, m)).map((i) => i.number?.written), ['103']);
});

test('review: a division records the decision below it when one follows and it has no result; an amendment\'s records none', () => {
  const below = PARISH(['\tRESOLVED to approve the schedule of payments.', '', '\tA recorded vote was requested on the library motion:', '\tFor (3): Councillors Amis, Boyd and Cross.', '\tAgainst (1): Councillor Dunne.', '', '\tRESOLVED that the Council supports keeping the library open.']);
  assert.deepEqual(parse(below).meeting!.items[0].decisions.map((d) => d.vote?.for), [undefined, 3]);
  const amendment = PARISH(['\tA recorded vote was taken on the amendment:', '\tFor (1): Councillor Cross.', '\tAgainst (3): Councillors Amis, Boyd and Dunne.', '\tThe amendment was lost.', '\tRESOLVED that the precept be set at £45,000.']);
  assert.equal(parse(amendment).meeting!.items[0].decisions[0].vote, undefined);
});

test('review: a mover\'s line just under a decision and its result is that decision\'s; arguments under `For:` and `Against:` are no division; `failed 2 to 3 times` no count', () => {
  const mover = PARISH(['\tRESOLVED that the schedule of payments be approved.', '\tUnanimously carried.', '\tMoved by Cllr Amis, seconded by Cllr Boyd.', '', '\tRESOLVED that the grass cutting contract be renewed.']);
  assert.deepEqual(parse(mover).meeting!.items[0].decisions.map((d) => d.vote?.mover?.value), ['Cllr Amis', undefined]);
  const args = PARISH(['\tRESOLVED to consider two options at the next meeting.', '\tFor: Option A is cheaper, uses local contractors and could start in May.', '\tAgainst: Option A needs listed building consent.']);
  assert.equal(parse(args).meeting!.items[0].decisions[0].vote, undefined);
  assert.equal(parse(PARISH(['\tRESOLVED to write to the bus operator; the service failed 2 to 3 times a week.'])).meeting!.items[0].decisions[0].vote, undefined);
});

test('a due named as the next regular or scheduled meeting is the next meeting', () => {
  const a = parse(PARISH(['\tThe Clerk to report back by the next regular meeting.'])).meeting!.items[0].actions[0];
  assert.deepEqual([a.due?.text, a.due?.nextMeeting], ['next regular meeting', true]);
  // near miss: a regular session alone names no meeting
  assert.equal(parse(PARISH(['\tThe Clerk to report back at the regular session.'])).meeting!.items[0].actions[0]?.due, undefined);
});
