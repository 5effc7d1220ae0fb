/**
 * Forms met in new documents of the council, web page, NHS, university and North American families, each read as a
 * clerk reads it. Names and bodies are invented, in words other than the documents' own, with the near misses that
 * must stay as they were.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, DEFAULT_SETTINGS, parse } from '#service';
import { debrisKind, findDebris } from '#service/forms/debris';
import { matchActionLine } from '#service/forms/actions';
import { TODAY } from '../support/util';

/** Each list of the meeting: its kind, then each person as `name | role | qualifiers as kind=value`. */
function lists(text: string): string[] {
  return parse(text).meeting!.people.map((b) => `${b.kind}: ${b.people.map((p) => [p.name.display, p.role ?? '', (p.qualifiers ?? []).map((q) => `${q.kind}=${q.value ?? q.text}`).join(' ')].join(' | ')).join('; ')}`);
}

/** Each decision of the meeting: its words, then its parts and its vote when it has them. */
function decisions(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.decisions.map((d) => [d.text, ...(d.parts ?? []).map((p) => `  ${p}`), ...(d.vote ? [`  vote ${d.vote.for ?? '-'}/${d.vote.against ?? '-'}/${d.vote.abstentions ?? '-'}`] : [])].join('\n')));
}

/** Each action of the meeting: `owners: task (due)`. */
function actions(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join(' + ')}: ${a.text}${a.due ? ` (${a.due.text})` : ''}`));
}

const COMMITTEE = [
  'PLANNING AND LICENSING COMMITTEE', '', 'Minutes of the meeting held on 12 March 2025', '',
  '   41/25     MARKET STALL CHARGES', '',
  '             The Markets Officer presented the report on the charges.', '',
  '             RESOLVED – (1) That the charges at Appendix 1 be',
  '                         approved from 1 April 2025.', '',
  '                         (2) That the Markets Officer review the winter',
  '                         discount and report to the June 2025 meeting.', '',
  '             ACTION: Markets Officer', '',
  '   42/25     TAXI TARIFF', '',
  '             RESOLVED – (1) That the objections be noted.', '',
  '                         (2) That the tariff come into force on 1 May 2025.', '',
  '             (Voting: 7 for, 1 against, 2 abstentions)', '',
  '   43/25     ANY OTHER BUSINESS', '', '             None.', '',
].join('\n');

test('a resolution\'s parts each a paragraph, the first on the keyword\'s line: all its parts, and the count in brackets below them its vote', () => {
  assert.deepEqual(decisions(COMMITTEE), [
    '(1) That the charges at Appendix 1 be approved from 1 April 2025.\n  (1) That the charges at Appendix 1 be approved from 1 April 2025.\n  (2) That the Markets Officer review the winter discount and report to the June 2025 meeting.',
    '(1) That the objections be noted.\n  (1) That the objections be noted.\n  (2) That the tariff come into force on 1 May 2025.\n  vote 7/1/2',
  ]);
  // near miss: a paragraph labelled out of sequence after a blank line is the item's own, no part
  const other = COMMITTEE.replace('(2) That the tariff', '(4) That the tariff');
  assert.deepEqual(decisions(other)[1], '(1) That the objections be noted.');
});

test('an owner alone under a resolution whose parts are paragraphs: the whole resolution is the task', () => {
  assert.deepEqual(actions(COMMITTEE), ['Markets Officer: (1) That the charges at Appendix 1 be approved from 1 April 2025. (2) That the Markets Officer review the winter discount and report to the June 2025 meeting.']);
});

const SENATE = [
  'UNIVERSITY OF ESKDALE', '', 'SENATE', '', 'Minutes of the meeting held on Wednesday 4 December 2024 at 14:00', '', '',
  'Membership (A = apologies; * = attended part of the meeting)', '',
  'Ex officio',
  'Professor Ruth Ambler, Vice-Chancellor (Chair)',
  'Professor Idris Vane, Pro Vice-Chancellor (Research)      A',
  'Professor Lena Hart, Executive Dean, Faculty of Engineering', '',
  'Elected members of the academic staff',
  'Dr Tomas Brandt',
  'Dr Aiko Mori*',
  'Dr Ewan Lusk                                                        A', '',
  'In attendance',
  'Dr Carys Penhale, Academic Registrar (Secretary)',
  'Neil Okoro, Director of Planning (for item S.24.30 only)', '',
  'Dr Aiko Mori joined the meeting at S.24.28. Dr Tomas Brandt left the meeting after S.24.30.', '', '',
  'S.24.26  WELCOME AND APOLOGIES',
  'Apologies were NOTED as indicated above. Dr Rhian Cole, Associate Dean, attended for Professor Vane.', '',
  'S.24.27  QUALITY REPORT',
  'Senate NOTED the outcomes of the review. Senate APPROVED the report for submission to Council.',
  'Professor Hart to report to the next meeting on the three programmes.',
  'Action: Executive Dean, Faculty of Engineering', '',
  'S.24.28  RECRUITMENT',
  'Senate asked the Director of Planning to bring a revised paper to the February meeting.',
  'Action: Director of Planning (due 5 February 2025)', '',
  'S.24.29  REPORTS OF FACULTY BOARDS',
  'RECEIVED without discussion.', '',
  'RESERVED BUSINESS',
  '(Student members withdrew for the following item.)', '',
  'S.24.30  HONORARY DEGREES – RESERVED',
  'Recorded in the reserved minutes.', '',
  'S.24.31  DATE OF NEXT MEETING',
  'Wednesday 5 February 2025 at 14:00.', '',
  'Dr Carys Penhale',
  'Academic Registrar and Secretary to Senate',
  'December 2024', '',
].join('\n');

test('a university\'s membership: its groups, the marks its heading\'s legend explains, a post after the comma, who came and went', () => {
  assert.deepEqual(lists(SENATE), [
    'present: Ruth Ambler | Vice-Chancellor (Chair) | ; Lena Hart | Executive Dean, Faculty of Engineering | ; Tomas Brandt |  | until=S.24.30; Aiko Mori |  | part=attended part of the meeting from=S.24.28',
    'apologies: Idris Vane | Pro Vice-Chancellor | ; Ewan Lusk |  | ',
    'inAttendance: Carys Penhale | Academic Registrar | ; Neil Okoro | Director of Planning | only=S.24.30',
    'present: Rhian Cole | Associate Dean | substitute=for Professor Vane',
  ]);
  // near miss: a list of two names on one line stays two people; two names after the comma are no post
  assert.deepEqual(lists(SENATE.replace('Dr Carys Penhale, Academic Registrar (Secretary)', 'Carys Penhale, Neil Okoro')).find((l) => l.startsWith('inAttendance'))?.split('; ').length, 3);
  assert.equal(parse(SENATE.replace('Dr Rhian Cole, Associate Dean, attended', 'Ann Roe, Ben Lee, attended')).meeting!.people.length, 3);
});

test('an owner\'s post with the body after its comma is one owner; a bracket holding the due alone leaves the task above', () => {
  const m = parse(SENATE).meeting!;
  assert.deepEqual(m.items[1].actions.map((a) => [a.owners.map((o) => o.text), a.text]), [[['Executive Dean, Faculty of Engineering'], 'report to the next meeting on the three programmes']]);
  assert.deepEqual(m.items[2].actions.map((a) => [a.owners.map((o) => o.text), a.text, a.due?.text]), [[['Director of Planning'], 'Senate asked the Director of Planning to bring a revised paper to the February meeting.', '5 February 2025']]);
  const owners = (l: string): string[] => { const f = matchActionLine(l)!; return f.owners.map((o) => l.slice(o.start, o.end)); };
  // near misses: two posts, or a post and a name, are two owners
  assert.deepEqual(owners('Action: Clerk, Treasurer'), ['Clerk', 'Treasurer']);
  assert.deepEqual(owners('Action: Head of Estates, Ann Roe'), ['Head of Estates', 'Ann Roe']);
  // the owner listed by that post is no stranger
  const findings = analyzeText('file:///s.minutes', 1, SENATE, DEFAULT_SETTINGS, TODAY).findings;
  assert.ok(!findings.some((f) => /not in the attendance/.test(f.message)), findings.map((f) => f.message).join('\n'));
});

test('two decisions on one line, each its own sentence', () => {
  assert.deepEqual(parse(SENATE).meeting!.items[1].decisions.map((d) => `${d.keyword.value} | ${d.text}`), ['Senate NOTED | the outcomes of the review.', 'Senate APPROVED | the report for submission to Council.']);
  const one = (line: string): string[] => parse(SENATE.replace('Senate NOTED the outcomes of the review. Senate APPROVED the report for submission to Council.', line)).meeting!.items[1].decisions.map((d) => `${d.keyword.value} | ${d.text}`);
  assert.deepEqual(one('The annual report was RECEIVED. Senate APPROVED the revised procedure.'), ['The annual report was RECEIVED | The annual report was RECEIVED', 'Senate APPROVED | the revised procedure.']);
  // near misses: a sentence that decides nothing, and a clause after a semicolon, stay the decision's words
  assert.deepEqual(one('Senate NOTED the report. The Chair thanked the panel.'), ['Senate NOTED | the report. The Chair thanked the panel.']);
  assert.deepEqual(one('Senate NOTED the report; Senate APPROVED the plan.'), ['Senate NOTED | the report; Senate APPROVED the plan.']);
});

test('a heading of reserved business with a sentence of who withdrew under it heads the items below, never the item above', () => {
  const findings = analyzeText('file:///s.minutes', 1, SENATE, DEFAULT_SETTINGS, TODAY).findings.filter((f) => f.code === 'minutes/confidential-marker');
  assert.deepEqual(findings.map((f) => f.range.start.line), [SENATE.split('\n').indexOf('RESERVED BUSINESS')]);
  assert.match(findings[0].message, /S\.24\.30, S\.24\.31/);
  assert.doesNotMatch(findings[0].message, /S\.24\.29/);
});

test('the clerk\'s name, post and month closing the file are its signature; the same lines elsewhere are not', () => {
  const lines = SENATE.split('\n');
  const signed = findDebris(lines).filter((d) => d.kind === 'signature').map((d) => d.line);
  assert.deepEqual(signed, [lines.length - 4, lines.length - 3, lines.length - 2]);
  // near misses: a line after them, or a post that signs nothing (`Director of Estates`), and they are the item's text
  assert.deepEqual(findDebris([...lines.slice(0, -1), 'The meeting closed at 16:00.', '']).filter((d) => d.kind === 'signature'), []);
  assert.deepEqual(findDebris(SENATE.replace('Academic Registrar and Secretary to Senate', 'Director of Estates').split('\n')).filter((d) => d.kind === 'signature'), []);
});

const DISTRICT = [
  'LAKEVIEW UNIFIED SCHOOL DISTRICT', 'BOARD OF EDUCATION', 'REGULAR MEETING MINUTES', 'April 9, 2024', '',
  '1. CALL TO ORDER', 'President Ana Reyes called the meeting to order at 6:00 p.m.', '',
  '2. ROLL CALL', 'Present: President Ana Reyes, Clerk Tom Hale, Trustee Jo Park',
  'Staff Present: Dr. Mia Lund, Superintendent; Raj Patel, Assistant Superintendent, Educational Services; Kim Soto, Executive Assistant (recording)', '',
  '3. ACTION ITEMS',
  'Motion by Trustee Park, second by Clerk Hale, to award the contract to Bayside Paving, Inc. and authorize the Superintendent to sign the', '',
  'Lakeview Unified School District        Board of Education Minutes        April 9, 2024        Page 2',
  '215 Harbor Road, Lakeview, CA 95111  (555) 310-2200', '',
  'agreement.', 'Motion carried 3-0.', '',
  '4. ADJOURNMENT', 'Motion by Trustee Park, second by Clerk Hale, to adjourn.', 'Unanimously carried by voice vote.', '',
].join('\n');

test('a North American board: staff parted by semicolons with a comma in a post, the address under a page\'s footer, a voice vote', () => {
  assert.deepEqual(lists(DISTRICT)[1], 'inAttendance: Mia Lund | Superintendent | ; Raj Patel | Assistant Superintendent, Educational Services | ; Kim Soto | Executive Assistant | minutes=recording');
  const m = parse(DISTRICT).meeting!;
  assert.deepEqual(m.items.map((i) => i.number?.written), ['1.', '2.', '3.', '4.']);
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => `${d.vote?.result} ${d.vote?.unanimous}`)), [[], [], ['carried true'], ['carried true']]);
  // near miss: an address in the minutes' own words, no footer beside it, is text
  const lines = DISTRICT.split('\n');
  assert.deepEqual(findDebris(lines.map((l) => (l.includes('Page 2') ? 'The contract covers the yard at' : l))).filter((d) => d.kind === 'page-footer'), []);
});

test('officers one a line under the label\'s, each with their post in brackets; a list of substitutes, each for whom they came', () => {
  const text = [
    'PLANNING COMMITTEE', '', '   Minutes of a meeting held on Tuesday, 8 October 2024 at 6.30 pm', '',
    '   PRESENT:    Councillor Ann Roe (Chairman)', '',
    '   Substitutes:  Councillor Ben Lee (for Councillor Cy Dee)', '',
    '   Officers:     Di Fox (Head of Planning)', '                 Ed Gale (Planning Manager)', '                 Flo Hunt (Democratic Services Officer)', '',
    '   Apologies:    Councillor Cy Dee', '', '',
    '   12/24     APOLOGIES', '', '              None.', '', '   13/24     MINUTES', '', '              Approved.', '',
  ].join('\n');
  assert.deepEqual(lists(text), [
    'present: Ann Roe | Chairman | ', 'present: Ben Lee |  | substitute=Councillor Cy Dee',
    'inAttendance: Di Fox | Head of Planning | ; Ed Gale | Planning Manager | ; Flo Hunt | Democratic Services Officer | ',
    'apologies: Cy Dee |  | ',
  ]);
  // near miss: a bracket wrapped from the entry above (`(Head of` ⏎ `Planning)`) stays that entry's
  assert.deepEqual(lists(text.replace('Di Fox (Head of Planning)', 'Di Fox (Head of').replace('                 Ed Gale (Planning Manager)', '                 Planning)')).find((l) => l.startsWith('inAttendance')), 'inAttendance: Di Fox | Head of Planning | ; Flo Hunt | Democratic Services Officer | ');
});

test('a table of the board whose role cell wrapped onto a line of its own, its empty cells\' tabs lost: the role whole, the initials the row\'s', () => {
  const text = [
    'Ashmoor Hospitals NHS Foundation Trust', 'MINUTES OF THE TRUST BOARD MEETING HELD IN PUBLIC', 'Wednesday 4 September 2024, 10:00', 'Present:',
    'Name\tRole\tInitials', 'Ann Roe\tTrust Chair\tAR', 'Ben Lee\tChief Nurse and Director of Infection', 'Prevention and Control\tBL', 'Cy Dee\tNon-Executive Director\tCD', '',
    'TB/24/061\tWelcome\t', '061.1\tThe Chair welcomed members.\t', 'TB/24/062\tClose\t', '062.1\tClosed.\t', '',
  ].join('\n');
  const people = parse(text).meeting!.people[0].people;
  assert.deepEqual(people.map((p) => [p.name.display, p.role, p.initials]), [['Ann Roe', 'Trust Chair', 'AR'], ['Ben Lee', 'Chief Nurse and Director of Infection Prevention and Control', 'BL'], ['Cy Dee', 'Non-Executive Director', 'CD']]);
  // near miss: a member whose row is whole, the next line another member with initials, is two people
  const two = parse(text.replace('Chief Nurse and Director of Infection', 'Chief Nurse\tBL').replace('Prevention and Control\tBL', 'Dan Eve\tDE')).meeting!.people[0].people;
  assert.deepEqual(two.map((p) => p.name.display), ['Ann Roe', 'Ben Lee', 'Dan Eve', 'Cy Dee']);
});

test('a council web page\'s attendance details after the items, each list under its label: the meeting\'s lists, and the last item ends above them', () => {
  const text = [
    'Agenda and minutes', 'Licensing Panel - Thursday, 21st November, 2024 2.00 pm', 'Venue: Room 4, Town Hall, High Street, Ashby, AB1 2CD. View directions', '',
    '12.', 'Apologies for Absence', 'Minutes:', 'Apologies were received from Councillor Ed Gale. Flo Hunt attended as substitute for Councillor Gale.', ' ',
    '13.', 'Date of Next Meeting', 'Minutes:', 'Thursday 23 January 2025 at 2.00 pm.', ' ',
    'Attendance details', 'Present:', 'Councillor Ann Roe (Chair), Councillor Ben Lee, Dr Cy Dee, Flo Hunt (Substitute)', 'Also Present:', 'Di Fox',
    'Apologies:', 'Councillor Ed Gale', 'Substitutes:', 'Flo Hunt (for Councillor Ed Gale)', 'Back to top', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Ann Roe | Chair | ; Ben Lee |  | ; Cy Dee |  | ; Flo Hunt |  | substitute=Substitute', 'inAttendance: Di Fox |  | ', 'apologies: Ed Gale |  | ']);
  const m = parse(text).meeting!;
  assert.equal(m.items[1].range.end.line, 12);
  assert.equal(m.location?.value, 'Room 4, Town Hall, High Street, Ashby, AB1 2CD.');
  // near miss: a heading of that name with a sentence under it, no list's label, is the minutes' text
  assert.equal(parse(text.replace('Present:\n', 'The following were present.\n')).meeting!.items[1].range.end.line > 12, true);
});

test('an action log after the items whose cells wrapped onto the next line, the empty cells\' tabs lost: every row\'s status by its letter in the key', () => {
  const text = [
    'Ashmoor Hospitals NHS Foundation Trust', 'MINUTES OF THE TRUST BOARD MEETING HELD IN PUBLIC', 'Wednesday 4 September 2024, 10:00', '',
    'TB/24/070\tAny other business\t', '070.1\tThere was no other business.\t',
    'Appendix 1 – Board action log (public)',
    'Ref\tMeeting\tMinute\tAction\tLead\tDue\tUpdate\tStatus',
    'TB/24/041.3\t8 May 2024\tMaternity\tCirculate the survey benchmarking\tDP\tJul 2024\tCirculated 20 June\tB',
    'TB/24/050.2\t3 July 2024\tWorkforce\tPresent the recruitment', 'evaluation\tOM\tNov 2024\tOn track\tG',
    'TB/24/036.4\t6 March 2024\tDigital\tTraining compliance to 95%\tJW\tJun 2024', 'Revised to Oct 2024\tCompliance 88%\tA',
    'Key: B = complete; G = on track; A = at risk of delay; R = overdue', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual((m.statusReviews ?? []).map((r) => `${r.ref} ${r.status} ${r.written}`), ['TB/24/041.3 done B', 'TB/24/050.2 open G', 'TB/24/036.4 open A']);
  // near miss: a row whose next line opens with a reference is a row of its own
  const own = parse(text.replace('Revised to Oct 2024\tCompliance 88%\tA', 'TB/24/036.5\tCompliance 88%\tA')).meeting!;
  assert.ok(!(own.statusReviews ?? []).some((r) => r.ref === 'TB/24/036.4' && r.written === 'A'));
});

test('a decision\'s sentence, then one of who came or went: the decision ends before it, the coming is the item\'s', () => {
  const text = ['GOVERNING BOARD', '', 'Minutes of the meeting held on 13 November 2024', '', '1. PAY', 'Governors RATIFIED the pay committee decisions. Mr Okafor returned to the meeting.', '', '2. OTHER', 'None.', ''].join('\n');
  const item = parse(text).meeting!.items[0];
  assert.deepEqual(item.decisions.map((d) => d.text), ['the pay committee decisions.']);
  assert.deepEqual(item.arrivals.map((a) => `${a.name.text} ${a.kind}`), ['Mr Okafor joined']);
  // near miss: a sentence of anything else stays the decision's words
  assert.deepEqual(parse(text.replace('Mr Okafor returned to the meeting.', 'The Chair thanked the Bursar.')).meeting!.items[0].decisions.map((d) => d.text), ['the pay committee decisions. The Chair thanked the Bursar.']);
});

test('a project\'s notes that set each topic as a bullet in bold under its agenda: the topics are the items, the agenda their contents', () => {
  const text = [
    '# Lumen TSC Meeting Notes', '', '## 2025-09-24', '', '### Attendance:', '', '* [x] Ada Roe, Independent (chair)', '* [x] Ben Lee, Kestrel', '',
    '### Agenda:', '', '1. Review of action items', '2. Release status', '3. Next meeting', '',
    '### Notes:', '',
    '* **Review of action items**', '  * ~~Ben: update the guide~~ — done, merged in #140', '  * ~~Ada: ask about the budget~~ — dropped, no longer needed', '  * Ada: book the room — still open', '',
    '* **Release status**', '  * **Decision:** #143 moved to the next milestone.', '  * AI: Ben to cut the release branch on Oct 1.', '',
    '* **Next meeting**', '  * 2025-10-08, 16:00 UTC.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => `${i.number?.written ?? '-'} ${i.title}`), ['- Review of action items', '- Release status', '- Next meeting']);
  assert.deepEqual(m.items[1].decisions.map((d) => d.text), ['#143 moved to the next milestone.']);
  assert.deepEqual(m.items[1].actions.map((a) => `${a.owners.map((o) => o.text).join('+')}: ${a.text}`), ['Ben: cut the release branch on Oct 1']);
  // a task struck through with the word done after it was done; with another word, dropped
  assert.deepEqual((m.statusReviews ?? []).map((r) => `${r.status} ${r.written}`), ['done done', 'dropped dropped', 'open still open']);
  // near miss: bold bullets with nothing set in under them are a list's entries, and the numbered agenda stays the items
  const flat = parse(text.replace(/\n  \* [^\n]*/g, '')).meeting!;
  assert.deepEqual(flat.items.map((i) => i.number?.written), ['1.', '2.', '3.']);
});

test('a parish\'s apologies sent too, a guest present from a time until a minute, in words the list wraps', () => {
  const text = [
    'ASHWELL PARISH COUNCIL', 'Minutes of the meeting held on 5 March 2024', '',
    'In attendance: Mr G Fenn (Clerk and RFO); County Councillor H Oduya (from 7.40pm until', '24/117); PCSO C Ridley (until 24/114).', '',
    '24/112\tAPOLOGIES FOR ABSENCE', 'Apologies were received from Cllr B Rigby. District Councillor F Palmer had also sent apologies.', '',
    '24/113\tDECLARATIONS', 'None.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['inAttendance: G Fenn | Clerk and RFO | ; H Oduya |  | from=7.40pm until=24/117; C Ridley |  | until=24/114', 'apologies: B Rigby |  | ', 'apologies: F Palmer |  | ']);
});

test('near misses of the session\'s forms, each read as a clerk reads it (review)', () => {
  const head = 'TOWN COUNCIL\nMinutes of the meeting held on 3 March 2025\n\n';
  // members of the public under the members present are no members
  assert.deepEqual(lists(`${head}Present:\nCllr A Roe (Chair)\nCllr B Lee\n\nMembers of the public\nMr J Smith\n\n1. Apologies\n\nNone.\n\n2. Close\n\nClosed.\n`)[0], 'present: A Roe | Chair | ; B Lee |  | ');
  // a surname that is an office's word is a person's, after a comma as in a list
  assert.deepEqual(lists(`${head}Present:\nAnn Roe, Ben Lee, Cy Dee\nEd Gee, Mary Dean\n\n1. Apologies\n\nNone.\n\n2. Close\n\nClosed.\n`)[0].split('; ').length, 5);
  // two owners' lines in a row share the paragraph above; an owner's line straight under the heading takes the item
  const owned = parse(`${head}1. Estates\n\nThe Board asked for a revised estates strategy and a costed plan.\nAction: Director of Planning (due 5 February 2025)\nAction: Director of Finance (due 12 February 2025)\n\n2. Finance\n\nAction: Treasurer (by next meeting)\n\n3. AOB\n\nNone.\n`).meeting!;
  assert.deepEqual(owned.items.flatMap((i) => i.actions.map((a) => `${a.owners[0].text}: ${a.text} (${a.due?.text})`)), ['Director of Planning: The Board asked for a revised estates strategy and a costed plan. (5 February 2025)', 'Director of Finance: The Board asked for a revised estates strategy and a costed plan. (12 February 2025)', 'Treasurer: Finance (next meeting)']);
  // a next meeting's lines closing the file, the clerk's task among them, are the minutes', no signature
  assert.deepEqual(findDebris('1. Minutes\n\nApproved.\n\n2. Date of next meeting\n\nSummer Term Meeting\nClerk to the Governors to circulate papers\nTuesday 14 May 2025\n'.split('\n')).filter((d) => d.kind === 'signature'), []);
  // a planning application's address beside a page's footer is the minutes'
  assert.deepEqual(findDebris(['5. Planning', '', '12 High Street, Ashby, LE65 1AB – two-storey rear extension', 'Page 2 of 4', '\f', '4 Mill Lane – new dwelling.'], ).filter((d) => d.line === 2), []);
  // four deciding sentences on a line are four decisions
  assert.equal(parse('SENATE\nMinutes of the meeting held on 3 March 2025\n\nS.24.01 Report\n\nThe report was RECEIVED. Senate APPROVED the procedure. Senate NOTED the timetable. Senate AGREED the terms.\n\nS.24.02 Close\n\nClosed.\n').meeting!.items[0].decisions.length, 4);
  // a minute's number after the verb is no time; a financial year is no minute
  assert.deepEqual(lists(`${head}Present: Councillor A Roe (Chair), Councillor B Lee, Councillor C Dee\n\nCouncillor C Dee joined the meeting at 24/116. Councillor B Lee left the meeting after 24/117. Councillor A Roe joined the meeting at 2024/25.\n\n24/116 Minutes\n\nApproved.\n\n24/117 Close\n\nClosed.\n`)[0], 'present: A Roe | Chair | ; B Lee |  | until=24/117; C Dee |  | from=24/116');
  // a list at the page's foot the page wrapped, and a title in the plural before the names
  assert.deepEqual(lists(`${head}1. Minutes\n\nApproved.\n\n2. Budget\n\nRESOLVED that the budget be recommended.\n\nAttendance details\nPresent:\nCouncillor A Roe (Chair), Councillor B Lee,\nCouncillor D Gee and Councillor F Hill\nApologies:\nCouncillors E Fox and H Ink\n`), ['present: A Roe | Chair | ; B Lee |  | ; D Gee |  | ; F Hill |  | ', 'apologies: E Fox |  | ; H Ink |  | ']);
  // a parish's lettered applications after a resolution's first part are no parts of it
  const planning = parse(`${head}5. Planning\n\nRESOLVED (a) That the council supports application 24/0031.\n\n(b) 24/0033 – 12 High Street – erection of garage. No objection.\n\n6. Finance\n\nOK.\n`).meeting!;
  assert.equal(planning.items[0].decisions[0].parts, undefined);
});

test('a wiki\'s action templates, a list of those who joined late, a parish\'s footer with its signature space, a vote after a body\'s resolution', () => {
  const wiki = [
    'Board/Minutes/2023-06-07', '', 'Meeting of the Trustees of Ashfell Rescue Trust, Wednesday 7 June 2023, 19:30.', '',
    'Attendance[edit]', '', '    Trustees present: Cat Bell (CB, chair); Ham Pryor (HP, treasurer)', '    Joined late: Fen Ware (FW)', '    Apologies: Ian Cass (IC)', '',
    'Finance[edit]', '', 'The accounts were noted.', '',
    'Actions from this meeting[edit]', '',
    '    {{Action|HP, FW|Vehicle quotes, report to July meeting|July meeting}}', '    {{Action|CB|Foundation application|30 June 2023}}', '    {{Action|CB|Expenses policy (carried forward)|}}', '',
  ].join('\n');
  const m = parse(wiki).meeting!;
  assert.deepEqual(m.items.flatMap((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join('+')}: ${a.text} (${a.due?.text ?? '-'})`)), ['HP+FW: Vehicle quotes, report to July meeting (July meeting)', 'CB: Foundation application (30 June 2023)', 'CB: Expenses policy (carried forward) (-)']);
  assert.deepEqual(lists(wiki).map((l) => l.split(':')[0]), ['present', 'present', 'apologies']);
  // near miss: a template of another name is no action
  assert.equal(parse(wiki.replace(/\{\{Action\|/g, '{{Note|')).meeting!.items.flatMap((i) => i.actions).length, 0);
  // a parish's footer, the chairman's signature space before its page number
  assert.equal(debrisKind('Ashby Parish Council Minutes 5 March 2025            Signed ………… Page 2 of 3'), 'page-footer');
  assert.equal(debrisKind('The Clerk signed ………… the page 2 of the lease'), undefined);
  // a body's resolution with its count after it in brackets
  const voted = parse('ASHBY PARISH COUNCIL\nMinutes of the meeting held on 5 March 2025\n\n1. PLANNING\nThe Council resolved to object on the grounds of overlooking. (4 for, 1 against, 1 abstention)\n\n2. CLOSE\nClosed.\n').meeting!;
  assert.deepEqual(voted.items[0].decisions.map((d) => [d.text, d.vote?.for, d.vote?.against, d.vote?.abstentions]), [['to object on the grounds of overlooking.', 4, 1, 1]]);
});

test('a school\'s subtitle, a scribe\'s link line under the date, a project\'s bullets of one person each, a resolution in a sentence\'s second verb over its parts and its vote', () => {
  const school = 'Larkfield Academy – Local Governing Body\nPart of the Meridian Learning Trust\n\nMinutes of the meeting of the Local Governing Body held on Wednesday 12 March 2025\n\n1.\tWelcome\n\tHello.\n\n2.\tClose\n\tClosed.\n';
  assert.equal(parse(school).meeting!.title?.value, 'Larkfield Academy – Local Governing Body');
  // near miss: a committee's name under the body's is the title, as it was
  assert.equal(parse(school.replace('Part of the Meridian Learning Trust', 'Finance Committee')).meeting!.title?.value, 'Finance Committee');
  const scribed = 'Calendar Synchronisation Community Group\n\n19 Nov 2024\n\n   See also: [1]IRC log\n\nTopic: Welcome\n\nHello.\n\nTopic: Close\n\nBye.\n';
  assert.equal(parse(scribed).meeting!.location, undefined);
  assert.equal(parse(scribed.replace('   See also: [1]IRC log', 'Room 4, Town Hall')).meeting!.location?.value, 'Room 4, Town Hall');
  const notes = '# Lumen TSC Meeting Notes\n\n## 2025-09-24\n\n### Attendance:\n\n* Leon Brandt, Linux Foundation (program manager)\n* Chidi Eze, Northlight Studios\n\n### Notes:\n\n* **Release**\n  * Leon: fine.\n* **Close**\n  * Done.\n';
  assert.deepEqual(lists(notes), ['present: Leon Brandt | Linux Foundation (program manager) | ; Chidi Eze | Northlight Studios | ']);
  const parish = 'BRACKENSTALL PARISH COUNCIL\nMinutes of the meeting held on 5 March 2025\n\n141.\tFINANCE\n\tCouncillors considered the draft budget for 2025/26 and RESOLVED:\n\t(a) to adopt the budget as presented;\n\t(b) to set aside £2,000 of general reserves.\n\tProposed Cllr Kowalski, seconded Cllr Ashworth. 6 for, 0 against.\n\n142.\tCLOSE\n\tClosed.\n';
  const d = parse(parish).meeting!.items[0].decisions;
  assert.deepEqual(d.map((x) => [x.keyword.value, x.parts?.length, x.vote?.for, x.vote?.against, x.vote?.mover?.value]), [['RESOLVED', 2, 6, 0, 'Cllr Kowalski']]);
  // near miss: `resolved` in small letters inside a sentence is the body decision's own form, no second verb
  assert.equal(parse(parish.replace('and RESOLVED:', 'and noted it:')).meeting!.items[0].decisions.length, 0);
});

test('near misses of the second review', () => {
  const head = 'MINUTES OF THE MEETING OF ASHBY TOWN COUNCIL HELD ON 3 MAY 2024\n\n';
  // a page's own part in bold is no topic
  const parts = parse('# Team sync 2024-03-01\n\n* **Attendees**\n  * Alice Smith\n* **Release status**\n  * Agreed to ship.\n* **Next steps**\n  * Ship.\n').meeting!;
  assert.deepEqual(parts.items.map((i) => i.title), ['Release status', 'Next steps']);
  // members of the public present, under its own label, are no members
  assert.deepEqual(lists(`${head}Present:\nCllr Ann Roe (Chair)\nCllr Ben Lee\nMembers of the public present:\nMr Ed Gee\n\n1. Minutes\nAgreed.\n\n2. Close\nClosed.\n`)[0], 'present: Ann Roe | Chair | ; Ben Lee |  | ');
  // a department's name at the page's foot is no pair of people; a post after a comma is the person's
  assert.deepEqual(lists(`${head}24/101 Budget\nRESOLVED that the budget be recommended.\n\nAttendance details\nPresent:\nCouncillor A Roe (Chair), Councillor B Lee\nOfficers in attendance:\nPlanning and Regulatory Services\nMs J Dee, Head of Planning\nMr K Orr, Senior Planner\n`).slice(-1), ['inAttendance: J Dee | Head of Planning | ; K Orr | Senior Planner | ']);
  // a coming between two deciding sentences is cut from the first
  const three = parse(`${head}24/104 Pay\nGovernors RATIFIED the pay decisions. Mr Okafor returned. Governors NOTED the report.\n\n24/105 Close\nClosed.\n`).meeting!;
  assert.deepEqual(three.items[0].decisions.map((d) => d.text), ['the pay decisions.', 'the report.']);
  // a part that opens with other words than the first's is a part all the same
  const plan = parse(`${head}24/105 Plan\nRESOLVED – (1) That the Local Plan be approved.\n\n(2) The Head of Planning be authorised to amend.\n\n24/106 Close\nClosed.\n`).meeting!;
  assert.equal(plan.items[0].decisions[0].parts?.length, 2);
  // an owner's line under an action line with its own task shares that task
  const chased = parse(`${head}24/108 Trees\nThe tree survey is late.\nACTION: Clerk to chase the tree survey.\nAction: Cllr Jones (by 30 June)\n\n24/109 Close\nClosed.\n`).meeting!;
  assert.deepEqual(chased.items[0].actions.map((a) => `${a.owners[0].text}: ${a.text}`), ['Clerk: chase the tree survey', 'Cllr Jones: chase the tree survey']);
  // a template's named fields
  const named = parse(`${head}24/106 Actions\n{{Action|owner=JB|task=Renew insurance|due=1 July 2023}}\n\n24/107 Close\nClosed.\n`).meeting!;
  assert.deepEqual(named.items[0].actions.map((a) => [a.owners[0].text, a.text, a.due?.text]), [['JB', 'Renew insurance', '1 July 2023']]);
  // a contents line's dotted leader is no footer; a signature of a clerk named Close, to the governors
  assert.equal(debrisKind('1. Apologies ........ Page 1'), undefined);
  assert.deepEqual(findDebris('1. Minutes\n\nApproved.\n\nMrs Jane Close\nClerk to governors\nNovember 2024\n'.split('\n')).filter((d) => d.kind === 'signature').map((d) => d.line), [4, 5, 6]);
});
