/**
 * Forms met in the thirty-sixth session's new documents of the families (written blind, `famcheck-39`), and left
 * from the thirty-fifth's, each read as a clerk reads it. Names and bodies are invented, in words other than the
 * documents' own, with the near misses that must stay as they were.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildWorkspace, parse, renderMarkdown, renderMeeting } from '#service';
import { withholding } from '#service/confidential';
import { rewriteNumber } from '#service/numbers';

/** Each item of the meeting: `number title`. */
function items(text: string): string[] {
  return parse(text).meeting!.items.map((i) => `${i.number?.written ?? ''} ${i.title}`.trim());
}

/** Each list of the meeting: its kind, then each person's name. */
function lists(text: string): string[] {
  return parse(text).meeting!.people.filter((b) => b.people.length > 0).map((b) => `${b.kind}: ${b.people.map((p) => p.name.display).join('; ')}`);
}

const US_HEADING = (venue: string[], numbers: string[]): string => [
  'VILLAGE OF OAK HOLLOW', 'BOARD OF TRUSTEES REGULAR MEETING MINUTES', 'Monday, February 9, 2026 – 6:30 p.m.', ...venue, '',
  'Present: President Mara Quill; Trustees Ned Farrow, Ivy Stroud and Omar Patel',
  'Absent: Trustee Lena Voss (excused)', '',
  `${numbers[0]} CALL TO ORDER`, 'President Quill called the meeting to order at 6:30 p.m.', '',
  `${numbers[1]} PUBLIC COMMENT`, 'None.', '',
].join('\n');

test('a venue\'s street address under its place is no item, and the lists above the first item stay the meeting\'s', () => {
  const text = US_HEADING(['Village Hall Board Room', '212 West Maple Avenue, Oak Hollow, Illinois'], ['1.', '2.']);
  assert.deepEqual(items(text), ['1. CALL TO ORDER', '2. PUBLIC COMMENT']);
  assert.deepEqual(lists(text), ['present: Mara Quill; Ned Farrow; Ivy Stroud; Omar Patel', 'absent: Lena Voss']);
  // the same with a suite and an abbreviated street
  const suite = US_HEADING(['4400 Harbor Blvd. Suite 200'], ['1.', '2.']);
  assert.deepEqual(items(suite), ['1. CALL TO ORDER', '2. PUBLIC COMMENT']);
});

test('near misses: an item titled by a street, in its place in the order or written with its point, stays an item', () => {
  // the next item's number, bare: `3 Station Road` is the third item
  const inOrder = US_HEADING(['Village Hall'], ['1', '2']) + '\n3 Station Road, Oak Hollow\nThe Board discussed parking.\n';
  assert.deepEqual(items(inOrder), ['1 CALL TO ORDER', '2 PUBLIC COMMENT', '3 Station Road, Oak Hollow']);
  // written with its point: a parish's `7. High Street` item
  const dotted = US_HEADING(['Village Hall'], ['1.', '2.']) + '\n7. High Street\nThe Board discussed parking.\n';
  assert.deepEqual(items(dotted), ['1. CALL TO ORDER', '2. PUBLIC COMMENT', '7. High Street']);
});

test('a US school board\'s section numbers `1.00`: items 1, 2, …, renumbered in the same form', () => {
  const text = [
    'CEDAR FALLS PUBLIC SCHOOLS', 'Minutes of the Regular Meeting of the Board of Education', 'Tuesday, March 9, 2021', '',
    'BOARD PRESENT:    Chair Ada Kwan, Vice Chair Ben Olsen, Director Cy Reyes', 'BOARD ABSENT:     Director Dee Moss (excused)',
    'STUDENT REP:      Eli Park (non-voting)', '',
    '1.00 CALL TO ORDER', 'Chair Kwan called the meeting to order at 6:30 p.m.', '',
    '2.00 FUTURE AGENDA ITEMS', 'The calendar will be placed on the March', '23 work session agenda.', '',
    '3.00 ADJOURNMENT', 'The meeting adjourned at 7:40 p.m.', '',
  ].join('\n');
  assert.deepEqual(items(text), ['1.00 CALL TO ORDER', '2.00 FUTURE AGENDA ITEMS', '3.00 ADJOURNMENT']);
  const first = parse(text).meeting!.items[0].number!;
  assert.equal(rewriteNumber(first, { ...first, seq: 4 }), '4.00');
  // the board's own roll call labels, and its student member, who attends without a vote
  assert.deepEqual(lists(text), ['present: Ada Kwan; Ben Olsen; Cy Reyes', 'absent: Dee Moss', 'inAttendance: Eli Park']);
});

test('near miss: a month at a line\'s end before the next item\'s number ends nothing; the item is read', () => {
  const text = [
    'PARISH COUNCIL', 'Minutes of the meeting held on 4 March 2025', '',
    '1. Minutes', 'The minutes of the meeting held in March', '2. Finance', 'Noted.', '',
  ].join('\n');
  assert.deepEqual(items(text), ['1. Minutes', '2. Finance']);
});

test('an ICB\'s `Non-voting participants` and a council\'s `Officer:` are lists of those who attend without a vote', () => {
  const text = [
    'NHS Westmoor Integrated Care Board', 'Minutes of the Board meeting held on Wednesday 10 January 2024', '',
    'Present:', 'Ann Lowe (AL)          Chair', 'Non-voting participants', 'Sam Pike (SP)          Director of Strategy', '',
    'Officer: Mrs J Fenton (Board Secretary)', '',
    'GBP/2324/086   WELCOME', 'The Chair welcomed members.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Ann Lowe', 'inAttendance: Sam Pike', 'inAttendance: J Fenton']);
});

test('apologies under their label written as the prose opens them: every name after `received from`', () => {
  const text = [
    'PLANNING COMMITTEE', 'Minutes of the meeting held on Tuesday 4 June 2024 at 6.30pm', '',
    'PRESENT:  Councillor A Brown (Chair), Councillors C Dee and E Fox', '',
    'APOLOGIES:  Apologies for absence were received from Councillors K Yates', '            and B Quarrie.', '',
    '22.  MINUTES', 'RESOLVED: That the minutes be approved.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: A Brown; C Dee; E Fox', 'apologies: K Yates; B Quarrie']);
  // near miss: the label over the names themselves, as before
  assert.deepEqual(lists(text.replace('Apologies for absence were received from ', '')), ['present: A Brown; C Dee; E Fox', 'apologies: K Yates; B Quarrie']);
});

const CABINET = (parts: string[]): string => [
  'CABINET', 'Minutes of the meeting held on Tuesday 4 June 2024 at 6.30pm', '', 'Present: Councillor A Brown (Chair)', '',
  '37.  HOUSEHOLD SUPPORT FUND', '     Members discussed the scheme.', '', '     RESOLVED:', '', ...parts, '',
  '38.  DATE OF NEXT MEETING', '     2 July 2024.', '',
].join('\n');

test('a resolution\'s parts below its keyword, lettered in their own column: every part in the register, the outline and the published minutes', () => {
  const text = CABINET([
    '     A   That the allocation of the grant be approved.', '',
    '     B   That the Head of Housing be authorised to vary the allocation', '         by up to 10%.',
  ]);
  const doc = parse(text);
  const model = buildWorkspace([{ uri: 'file:///cab.minutes', doc }], new Date(2024, 5, 5));
  const words = 'A That the allocation of the grant be approved. B That the Head of Housing be authorised to vary the allocation by up to 10%.';
  assert.deepEqual(model.decisions.map((d) => d.text), [words]);
  const md = renderMarkdown(renderMeeting(doc, text.split('\n'))!);
  assert.match(md, /by up to 10%/, 'part B is published');
  // the same with bracketed letters, each part a paragraph: part (b) was lost from the published minutes
  const bracketed = CABINET(['     (a) That the allocation of the grant be approved.', '', '     (b) That the Head of Housing be authorised.']);
  const bdoc = parse(bracketed);
  assert.match(renderMarkdown(renderMeeting(bdoc, bracketed.split('\n'))!), /\(b\) That the Head of Housing be authorised\./);
  assert.deepEqual(buildWorkspace([{ uri: 'file:///b.minutes', doc: bdoc }], new Date(2024, 5, 5)).decisions.map((d) => d.text), ['(a) That the allocation of the grant be approved. (b) That the Head of Housing be authorised.']);
});

const UNIVERSITY = (close: string[]): string => [
  'UNIVERSITY OF EASTLEIGH', 'COUNCIL', 'Minutes of the meeting held on 2 July 2024', '', 'Present: Mr A Hale (Chair), Dr B Rowe', '',
  'C.24.56 Any other business', 'None.', '', 'C.24.57 Dates of meetings 2024/25', '14 October 2024 and 2 December 2024.', '', ...close, '',
].join('\n');

test('`Reserved business` withholds what follows it, even under a note that it is minuted elsewhere (withholding fails safe)', () => {
  // (a review found the note's exception published whatever followed the note: `Council approved the sale … for £4.2m.`)
  for (const close of [
    ['Reserved business', 'Council considered two items of reserved business, recorded in reserved minutes', 'C.24.R7 and C.24.R8.'],
    ['Reserved business', 'Recorded in the reserved minutes.', '', 'Council approved the sale of the Mill Road site for £4.2m.'],
    ['Reserved business', 'Council approved the sale of the Mill Road site to the preferred bidder.'],
  ]) {
    const m = parse(UNIVERSITY(close)).meeting!;
    assert.notEqual(withholding(m.items[1], m), undefined, close.join(' / '));
  }
});

test('a resolution\'s result set at the page\'s right (`CARRIED`) is its result, never a heading over the items below', () => {
  const text = [
    'Minutes of a meeting of the Harbourside Local Board held on Thursday, 11 March 2021 at 10.00am', '',
    '2    Apologies', '     MOVED by Chairperson G Brown, seconded by Member A Dunn:', '     That the Harbourside Local Board:',
    '     a)   accept the apology from Member A Poppel for absence.',
    '                                                                            CARRIED', '',
    '3    Declaration of Interest', '     There were no declarations of interest.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.sections.map((s) => s.title), []);
  assert.deepEqual(items(text), ['2 Apologies', '3 Declaration of Interest']);
  assert.equal(m.items[0].decisions[0].vote?.result, 'carried');
});

/** Each action of the meeting: `owners: task (due)`. */
function actions(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.actions.map((a) => `${a.owners.map((o) => o.text).join(' + ')}: ${a.text}${a.due ? ` (${a.due.text})` : ''}`));
}

test('`Action: <office>, <when>` under a paragraph: the office owns the paragraph\'s task, due then', () => {
  const text = [
    'UNIVERSITY OF EASTLEIGH', 'COUNCIL', 'Minutes of the meeting held on 2 July 2024', '', 'Present: Mr A Hale (Chair), Dr B Rowe', '',
    'C.24.51 Student residences', 'The Chief Operating Officer said a revised programme would be available by the end of August.',
    'Action: Chief Operating Officer, 31 August 2024', '',
    'C.24.52 Recruitment', 'A cost-reduction plan would come to the Finance Committee.', 'Action: Vice-Chancellor / Chief Operating Officer, September 2024', '',
  ].join('\n');
  assert.deepEqual(actions(text), [
    'Chief Operating Officer: The Chief Operating Officer said a revised programme would be available by the end of August. (31 August 2024)',
    'Vice-Chancellor + Chief Operating Officer: A cost-reduction plan would come to the Finance Committee. (September 2024)',
  ]);
  // near miss: words after the comma that are no date stay the task's, as before
  const task = text.replace('Action: Chief Operating Officer, 31 August 2024', 'Action: Chief Operating Officer, to report to the Finance Committee');
  assert.equal(actions(task)[0].includes('(31 August 2024)'), false);
});

test('an action\'s due date whose month the page carried to the next line: the whole date, and the task\'s last words', () => {
  const text = [
    'TOWN COUNCIL', 'Minutes of the meeting held on 9 December 2024', '',
    '120. Budget', 'The Council set the precept.', 'ACTION: Town Clerk to notify the District Council of the precept by 17th', 'January 2025.', '',
    '121. Correspondence', 'None.', '',
  ].join('\n');
  assert.deepEqual(actions(text), ['Town Clerk: notify the District Council of the precept by 17th January 2025 (17th January 2025)']);
});

test('a Word table\'s header `Item⇥Discussion⇥Lead` over the items is no section; an associate member attends', () => {
  const text = [
    'KESTREL MOOR SCHOOL', 'FULL GOVERNING BOARD', 'Minutes of the meeting held on Thursday 7 December 2023', '',
    'Present: Mr G Fairbairn (GF) Chair', 'Associate member: Mr R Delaney (RD) Deputy Headteacher', '',
    'Item\tDiscussion\tLead', 'Item 1\tWelcome\tGF', '\tThe Chair welcomed governors.', '', 'Item 2\tApologies\tGF', '\tNone.', '',
  ].join('\n');
  assert.deepEqual(parse(text).meeting!.sections.map((s) => s.title), []);
  assert.deepEqual(lists(text), ['present: G Fairbairn', 'inAttendance: R Delaney']);
});

/** Each decision of the meeting: its words, and the counts of its vote when it has them. */
function decisions(text: string): string[] {
  return parse(text).meeting!.items.flatMap((i) => i.decisions.map((d) => (d.vote?.for !== undefined ? `${decisionWordsOf(d)} [${d.vote.for}/${d.vote.against ?? '-'}]` : decisionWordsOf(d))));
}
function decisionWordsOf(d: { text: string }): string {
  return d.text.replace(/[ \t]+/g, ' ');
}

const DIVISION = (result: string): string => [
  'Minutes of a meeting of the Harbourside Local Board held on Thursday, 11 March 2021 at 10.00am', '',
  'Present: Chairperson G Brown, Member A Dunn, Member C Eve, Member D Fry', '',
  '12   Transport Fund', '     MOVED by Member A Dunn, seconded by Member C Eve:',
  '     That the Harbourside Local Board allocate $420,000 to the footpath extension.',
  '     A division was called for, voting on which was as follows:',
  '     For                     Against                 Abstained',
  '     Member A Dunn           Chairperson G Brown     Nil',
  '     Member C Eve            Member D Fry',
  `     The motion was declared ${result}.`, '',
  '13   Workshops', '     Noted.', '',
].join('\n');

test('a motion its division declares lost is no decision, the division\'s table between', () => {
  assert.deepEqual(decisions(DIVISION('LOST by 2 votes to 2 on the casting vote of the Chair')), []);
  // near miss: declared carried, it is the board's decision, its count read
  assert.deepEqual(decisions(DIVISION('CARRIED by 3 votes to 1')), ['That the Harbourside Local Board allocate $420,000 to the footpath extension [3/1]']);
});

test('a governors\' action log under a numbered lead inside the minutes\' item: each row\'s status from its Update cell', () => {
  const text = [
    'ACADEMY LOCAL GOVERNING BODY', 'Minutes of the meeting held on 5 March 2024', '', 'Present: Mrs H Vaughan (HV) Chair, Mr L Field (LF), Ms R Tembo (RT)', '',
    '3.\tMinutes of the previous meeting', '\t3.1 The minutes were AGREED.', '\t3.2 Matters arising – action log:', '\tRef\tAction\tOwner\tUpdate',
    '\t23/11-01\tChase trust for revised scheme of\tLF\tComplete', '\t\tdelegation', '\t23/11-02\tLink governor visit\tRT\tIn progress – visit',
    '\t\t\t\tarranged for 21 March', '\t23/11-04\tReview of lettings charges\tRT\tCarried forward to', '\t\t\t\tsummer term', '',
    '4.\tHeadteacher report', '\tNoted.', '',
  ].join('\n');
  assert.deepEqual((parse(text).meeting!.statusReviews ?? []).map((r) => `${r.ref} ${r.status}`), ['23/11-01 done', '23/11-02 open', '23/11-04 carried forward']);
  // near miss: the same table under a lead that reviews nothing (`3.2 Visits planned:`) is no review
  assert.deepEqual(parse(text.replace('Matters arising – action log:', 'Visits planned:')).meeting!.statusReviews ?? [], []);
});

test('a governors\' grid whose row wrapped two cells (its category\'s bracket and its attendance): every governor after it, each on their list', () => {
  const text = [
    'BRACKENFIELD ACADEMY – LOCAL GOVERNING BODY', 'Minutes of the meeting held on Thursday 14 March 2024 at 5.30pm', '',
    'Name\tInitials\tCategory\tTerm of office ends\tAttendance',
    'Mrs Hana Vale\tHV\tCo-opted Governor (Chair)\t31/08/2025\tP',
    'Ms Ruth Tembe\tRT\tParent Governor (Vice\t12/10/2024\tP (from 5.50pm,', '\t\tChair)\t\titem 5)',
    'Mr Colm Ash\tCA\tTrust-appointed Governor\t31/08/2026\tP',
    'Dr Mira Pillay\tMP\tParent Governor\t03/02/2027\tA – apologies', '\t\t\t\tconsented',
    'Mr Owen Stur\tOS\tCo-opted Governor\t31/08/2024\tA – no apologies', '',
    '1.\tWelcome', '\tHV welcomed governors.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Hana Vale; Ruth Tembe; Colm Ash', 'apologies: Mira Pillay', 'absent: Owen Stur']);
  const people = parse(text).meeting!.people.flatMap((b) => b.people);
  assert.deepEqual(people.map((p) => `${p.role ?? ''}|${p.category ?? ''}`).slice(0, 2), ['Chair|Co-opted Governor', '|Parent Governor (Vice Chair)']);
});

test('review mends: an amount or a time at a line\'s start is no `N.00` item; a month above an item written with its point hides nothing', () => {
  const amounts = ['PARISH COUNCIL', 'Minutes of the meeting held on 4 March 2025', '', '7. Finance', 'The following were paid:', '45.00 Clerk expenses', '9.00 Set up in the Village Hall', '', '8. Close', 'Closed.', ''].join('\n');
  assert.deepEqual(items(amounts), ['7 Finance', '8 Close']);
  const month = ['PARISH COUNCIL', 'Minutes of the meeting held on 4 March 2025', '', '1. Minutes', 'The minutes of the meeting held in March', '3. Finance', 'Noted.', ''].join('\n');
  assert.deepEqual(items(month), ['1. Minutes', '3. Finance']);
});

test('an older wiki\'s headings with their edit link before them (`[edit] Hedgerow survey`): each an item, its words the title', () => {
  const text = [
    'Board meeting 13 September 2011', 'From Fenmoor Wiki', 'Jump to: navigation, search', '',
    '[edit] Attendance', '', 'Present: Jan Orme (Chair), Vik Lal (Treasurer), Hana Pirie', '',
    '[edit] Hedgerow survey contract', '', 'The Board accepted the quote from Marlow Ecology.', 'ACTION: VL to sign the contract by 23 September.', '',
    '[edit] Any other business', '', 'None.', '',
  ].join('\n');
  assert.deepEqual(parse(text).meeting!.items.map((i) => i.title), ['Hedgerow survey contract', 'Any other business']);
  assert.deepEqual(lists(text), ['present: Jan Orme; Vik Lal; Hana Pirie']);
  // near miss: a line opening with a bracket of other words is no chrome
  assert.equal(parse(text.replace('[edit] Any other business', '[draft] Any other business')).meeting!.items.some((i) => i.title === 'Any other business'), false);
});

test('a Markdown note\'s `**ACTION ITEM**:` under a heading that is no item is still an action of the meeting, never dropped', () => {
  const text = [
    '# Steering meeting 2025-06-04', '', '## Attendees', '', '* Ann Roe', '* Ben Lee', '', '### project/TSC', '',
    '* CI reliability', '  * Ann: flaky runners.', '  * **ACTION ITEM**: @ann to send a costed request by 2025-06-18.', '',
    '## Other', '', '* None.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual((m.actions ?? []).map((a) => `${a.text} (${a.due?.text ?? ''})`), ['@ann to send a costed request by 2025-06-18. (2025-06-18)']);
  // near miss: `Action plan:` is a plan's heading, no action
  assert.deepEqual(parse(text.replace('**ACTION ITEM**: @ann to send', 'Action plan: the team will send')).meeting!.actions ?? [], []);
});

test('a New Zealand local board\'s attendance printed office first with blanks for columns: every member, the office of the rows under it', () => {
  const text = [
    'Minutes of a meeting of the Harbourside Local Board held on Thursday, 11 March 2021 at 10.00am', '',
    'PRESENT', 'Chairperson          Gary Brown', 'Deputy Chairperson   Vicky Tama', 'Members              Andy Dunn', '                     Leanne Petra', '',
    'ALSO PRESENT', 'Councillor           John Whit', 'Democracy Advisor    Ben Kauri', '',
    '1    Welcome', '     The Chair opened the meeting.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Gary Brown; Vicky Tama; Andy Dunn; Leanne Petra', 'inAttendance: John Whit; Ben Kauri']);
  assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people.map((p) => p.role ?? '')), ['Chairperson', 'Deputy Chairperson', 'Member', 'Member', 'Councillor', 'Democracy Advisor']);
  // near miss: a name then its council in a column (a UK committee's) is read as before, the council no office
  const uk = ['JOINT COMMITTEE', 'Minutes of the meeting held on 4 June 2024', '', 'Present:', 'Councillor Ruth Okafor               Ashby Metropolitan Borough Council', '', '1. Welcome', 'None.', ''].join('\n');
  assert.deepEqual(lists(uk), ['present: Ruth Okafor']);
});

test('the second review\'s mends: `Action items: none` outside an item is no action; `[edit] Please note …` is no wiki heading', () => {
  const text = ['# Steering meeting 2025-06-04', '', '## Notes', '', '* Action items: none this week.', '* Action points: see the tracker.', ''].join('\n');
  assert.deepEqual(parse(text).meeting!.actions ?? [], []);
  const wiki = ['Board meeting 13 September 2011', 'From Fenmoor Wiki', '', '[edit] Attendance', '', 'Present: Jan Orme (Chair)', '',
    '[edit] Please note that these minutes were corrected on 2 October.', '', '[edit] Hedgerow survey contract', '', 'Accepted.', '',
    '[edit] Any other business', '', 'None.', ''].join('\n');
  assert.deepEqual(parse(wiki).meeting!.items.map((i) => i.title), ['Hedgerow survey contract', 'Any other business']);
});

test('a senate\'s roll call by the unit each senator sits for: the brackets\' names are the people, their units their roles', () => {
  const text = [
    'UNIVERSITY SENATE', 'Minutes of Meeting 412, February 12, 2025', '',
    'Senators present: Applied Computing (Rui Santos), Biological Sciences (alternate: Kayla Duarte), Civil and Environmental Engineering (Patrick Dunleavy), Chemistry (Grace Oyelaran, by Zoom).',
    'Senators absent: Materials Science, School of Business (Teresa Voigt, excused).', '',
    '1. CALL TO ORDER', 'The meeting was called to order.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Rui Santos; Kayla Duarte; Patrick Dunleavy; Grace Oyelaran', 'absent: Teresa Voigt']);
  assert.deepEqual(parse(text).meeting!.people[0].people.map((p) => p.role), ['Applied Computing', 'Biological Sciences', 'Civil and Environmental Engineering', 'Chemistry']);
  // near misses: a person and her company under another label; titled members with their wards
  assert.deepEqual(lists(text.replace('Senators present:', 'Couldn\'t make it:').replace(/Senators absent:.*\n/, '')).slice(0, 1)[0].startsWith('apologies: Applied Computing'), true);
  assert.equal(lists(text.replace('Senators present: Applied Computing (Rui Santos), Biological Sciences (alternate: Kayla Duarte), Civil and Environmental Engineering (Patrick Dunleavy), Chemistry (Grace Oyelaran, by Zoom).', 'Senators present: Cllr Ann Roe (Ward One), Cllr Ben Lee (Ward Two).'))[0], 'present: Ann Roe; Ben Lee');
});
