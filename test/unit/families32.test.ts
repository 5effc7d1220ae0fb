/**
 * Forms met in new documents of the families (an NHS trust's board, a school's governors, a charity's
 * wiki, a North American council), each read as a clerk reads it. Names and bodies are invented, in
 * words other than the documents' own, with the near misses that must stay as they were.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, splitLinesForTests } from '#service';
import { reanalysesAsFull } from '../support/reanalysis';

test('a member sent apologies and someone stood in: the one who stood in is kept with the apology', () => {
  const cases: Array<[string, Array<[string, string, string]>]> = [
    ['Apologies: Ravi Shah (Director of Nursing), deputised by Dr Ama Boateng', [['Ravi Shah', 'Director of Nursing', 'substitutedBy=Dr Ama Boateng']]],
    ['Apologies: Cllr T Lowe, represented by Cllr J Finch, and Cllr P Grey', [['T Lowe', '', 'substitutedBy=Cllr J Finch'], ['P Grey', '', '']]],
    ['Apologies: Mo Reid (Chief Operating Officer), substituted by Kay Lund; Una Beck (Governor)', [['Mo Reid', 'Chief Operating Officer', 'substitutedBy=Kay Lund'], ['Una Beck', 'Governor', '']]],
    // near miss: a name after the comma is a second apology, not a stand-in
    ['Apologies: Ravi Shah (Director of Nursing), Ama Boateng', [['Ravi Shah', 'Director of Nursing', ''], ['Ama Boateng', '', '']]],
  ];
  for (const [line, want] of cases) {
    const m = parse(`ELMBRIDGE HEALTH TRUST\nMinutes of the Trust Board held on 4 May 2023\n\n${line}\n\n1. Welcome\nNone.\n`).meeting!;
    const apologies = m.people.find((b) => b.kind === 'apologies');
    assert.deepEqual(apologies?.people.map((p) => [p.name.display, p.role ?? '', (p.qualifiers ?? []).map((q) => `${q.kind}=${q.value ?? ''}`).join(' ')]), want, line);
  }
});

/** Each list of the meeting: its kind, then each person as `name | role | qualifiers`. */
function lists(text: string): string[] {
  return parse(text).meeting!.people.map((b) => `${b.kind}: ${b.people.map((p) => [p.name.display, p.role ?? '', ...(p.qualifiers ?? []).map((q) => q.kind)].join(' | ')).join('; ')}`);
}
function items(text: string): string[] {
  return parse(text).meeting!.items.map((i) => `${i.number?.written ?? ''} ${i.title}`);
}

test('staff printed along one line, each post after a dash and a column\'s gap, are each a person', () => {
  const head = 'TOWN OF BIRCH FALLS\nREGULAR COUNCIL MEETING MINUTES\nMarch 2, 2022\n\n';
  const tail = '\nI. PUBLIC COMMENT\nNone.\n\nII. ADJOURNMENT\nAdjourned at 7:40 p.m.\n';
  for (const gap of ['      ', '\t']) {
    const text = `${head}Present: Mayor Ivy Holt, Council Member Sam Noor\nStaff present:\nLena Park – Town Manager${gap}Omar Diaz – Town Attorney\n${tail}`;
    assert.deepEqual(lists(text), ['present: Ivy Holt | Mayor; Sam Noor | Council Member', 'inAttendance: Lena Park | Town Manager; Omar Diaz | Town Attorney'], JSON.stringify(gap));
    // and the first item after the blank line is the item, no name on the list
    assert.deepEqual(items(text), ['I PUBLIC COMMENT', 'II ADJOURNMENT']);
  }
  // near miss: one person with a fact beside them after a gap
  assert.deepEqual(lists(`${head}Staff present:\nLena Park – Town Manager      (from item II)\n${tail}`), ['inAttendance: Lena Park | Town Manager | from']);
});

test('a list under its label inside the roll call item is read, up to the next item', () => {
  const text = [
    'VILLAGE OF ASHCOMBE', 'BOARD OF TRUSTEES MINUTES', 'June 14, 2022', '',
    'I. CALL TO ORDER', 'President Kemp called the meeting to order at 7:00 p.m.', '',
    'II. ROLL CALL', 'Present:', 'Nora Kemp – Village President', 'Eli Brandt – Trustee', 'Absent:', 'Tess Moran – Trustee', 'Staff present:', 'Raj Mehta – Village Administrator      Lou Ortiz – Village Clerk',
    'III. NEW BUSINESS', 'Village Administrator Mehta will report on the pool repairs by July 1.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Nora Kemp | Village President; Eli Brandt | Trustee', 'absent: Tess Moran | Trustee', 'inAttendance: Raj Mehta | Village Administrator; Lou Ortiz | Village Clerk']);
  assert.deepEqual(items(text), ['I CALL TO ORDER', 'II ROLL CALL', 'III NEW BUSINESS']);
  // the list's lines are the list's: no action or decision of the item is read from them
  const m = parse(text).meeting!;
  assert.deepEqual(m.items[1].actions.length + m.items[1].decisions.length, 0);
  assert.equal(m.items[2].actions.length, 1);
  // near miss: a label alone in an item about something else heads no list
  const other = text.replace('II. ROLL CALL', 'II. PARKS REPORT');
  assert.equal(parse(other).meeting!.people.filter((b) => b.kind === 'inAttendance').length, 0);
});

test('a wiki page with no heading of its own: the page\'s name is the title, never its table of contents\' label', () => {
  const page = (top: string) => [top, 'Jump to navigation Jump to search', 'These minutes were approved at the committee meeting on 9 May 2019.', '',
    'Contents', '1 Attendance', '2 Treasurer', '', 'Attendance[edit | edit source]', 'Present: Ann Cole (AC) (Chair); Ben Hart (BH)', '',
    'Treasurer[edit | edit source]', 'BH presented the accounts.', ''].join('\n');
  const m = parse(page('Committee/2019-04-11')).meeting!;
  assert.equal(m.title?.value, 'Committee/2019-04-11');
  assert.equal(m.date?.iso, '2019-04-11');
  // near miss: the site named under the page's name is the title, as before
  const site = parse(page('Committee/2019-04-11\nFrom Holm Valley Rowing Club')).meeting!;
  assert.equal(site.title?.value, 'Holm Valley Rowing Club');
});

test('a numbered resolution after a sentence, its mover, seconder and count under it, and a proposal agreed', () => {
  const text = [
    'Meetings/2022-03-02', 'Jump to navigation Jump to search', '',
    'Finance[edit | edit source]', 'AC presented the budget. RESOLUTION 2022/04: the Board adopts the budget for 2022/23.', 'Moved: AC Seconded: BH For 4, against 1, abstentions 0', '',
    'Premises[edit | edit source]', 'RESOLUTION 2022/05: the Board renews the lease of the boathouse.', '', 'Moved: BH. Seconded: AC. For 5, against 0, abstentions 0.', '',
    'Events[edit | edit source]', 'BH suggested a regatta in August. Agreed.', 'AC asked for a cake stall. Agreed.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  const decisions = m.items.flatMap((i) => i.decisions.map((d) => [i.title, d.keyword.value, d.text, d.vote ? `${d.vote.mover?.value}/${d.vote.seconder?.value} ${d.vote.for}-${d.vote.against}-${d.vote.abstentions}` : '']));
  assert.deepEqual(decisions, [
    ['Finance', 'RESOLUTION 2022/04', 'the Board adopts the budget for 2022/23.', 'AC/BH 4-1-0'],
    ['Premises', 'RESOLUTION 2022/05:', 'the Board renews the lease of the boathouse.', 'BH/AC 5-0-0'],
    // (a request, `asked`, agreed by one person or the meeting, is no proposal: not read)
    ['Events', 'Agreed', 'BH suggested a regatta in August', ''],
  ]);
  // near misses: a mover's line with no count is no vote; `RESOLUTION` in small letters mid-line is a word of the sentence
  const bare = parse(text.replace('Moved: AC Seconded: BH For 4, against 1, abstentions 0', 'Moved: AC Seconded: BH')).meeting!;
  assert.equal(bare.items[0].decisions[0].vote, undefined);
  const small = parse(text.replace('RESOLUTION 2022/04:', 'the resolution 2022/04 says')).meeting!;
  assert.equal(small.items[0].decisions.length, 0);
});

test('an edit on any line of these forms re-analyses to exactly what a full analysis gives', () => {
  const texts = [
    ['VILLAGE OF ASHCOMBE', 'BOARD OF TRUSTEES MINUTES', 'June 14, 2022', '', 'I. CALL TO ORDER', 'Called to order at 7:00 p.m.', '', 'II. ROLL CALL', 'Present:', 'Nora Kemp – Village President',
      'Eli Brandt – Trustee', 'Staff present:', 'Raj Mehta – Village Administrator      Lou Ortiz – Village Clerk', 'III. NEW BUSINESS', 'Village Administrator Mehta will report on the pool by July 1.', ''].join('\n'),
    ['Meetings/2022-03-02', 'Jump to navigation Jump to search', '', 'Attendance[edit | edit source]', 'Apologies: Ann Cole (Treasurer), deputised by Ben Hart', '',
      'Finance[edit | edit source]', 'AC presented the budget. RESOLUTION 2022/04: the Board adopts the budget.', 'Moved: AC Seconded: BH For 4, against 1, abstentions 0', '',
      'Events[edit | edit source]', 'BH suggested a regatta in August. Agreed.', ''].join('\n'),
    // (a council page whose table of attendance at its foot holds the lists: an edit of its heading, typed or broken, is a full parse)
    ['Licensing Panel - Tuesday, 5th March, 2024 6.30 pm', 'Items', '7.\tApologies for Absence', 'Minutes:', 'Apologies were received from Councillors T. Hale and M. Orr.',
      '8.\tTaxi Fares', 'Minutes:', 'RESOLVED: That the fares be approved.', ' ', 'Attendance detail', 'Attendee\tRole\tAttendance', 'Councillor Ruth Lane\tChair\tPresent',
      'Councillor Tom Hale\tCommittee Member\tApologies', ''].join('\n'),
  ];
  let compared = 0;
  for (const before of texts) {
    const n = splitLinesForTests(before).length;
    for (let line = 0; line < n; line++) {
      for (const edit of [{ line, at: 1000, length: 0, text: 'x' }, { line, at: 1000, length: 0, text: 's' }, { line, at: 0, length: 1, text: '' }, { line, at: 3, length: 0, text: ' ' }]) {
        if (reanalysesAsFull(before, edit)) compared++;
      }
    }
  }
  // (some edits must take the one-item path, or the comparison proves nothing of it)
  // (the roll call's item body and the lines after the list take it: the forms' own lines mostly ask for a full parse, which is safe)
  assert.ok(compared >= 3, `only ${compared} edits re-analysed without a full parse`);
});

test('a number opening a line that carries on the sentence above, out of the items\' order, is a reference or a figure, never an item', () => {
  const council = [
    'ELMSIDE DISTRICT COUNCIL', 'LICENSING COMMITTEE', 'Minutes of the meeting held on Tuesday, 5 March 2024 at 7.00 pm.', '',
    '31/24\tAPOLOGIES', '\tNone.', '32/24\tDECLARATIONS OF INTEREST', '\tCouncillor Vane declared an interest in Minute', '\t35/24 (Taxi Fares) as a licensed driver.',
    '33/24\tMINUTES', '\tRESOLVED – That the minutes be signed.', '34/24\tTAXI FARES', '\tNone.', '',
  ].join('\n');
  assert.deepEqual(items(council), ['31/24 APOLOGIES', '32/24 DECLARATIONS OF INTEREST', '33/24 MINUTES', '34/24 TAXI FARES']);
  const board = [
    'VILLAGE OF OAK RUN', 'BOARD OF TRUSTEES MINUTES', 'May 1, 2023', '', '1. CALL TO ORDER', 'Called to order.', '2. EXECUTIVE SESSION',
    'Trustee Ames moved to enter executive session under', '5 ILCS 120/2(c)(1) at 8:02 p.m. Motion carried.', '3. ADJOURNMENT', 'Adjourned.', '',
  ].join('\n');
  assert.deepEqual(items(board), ['1. CALL TO ORDER', '2. EXECUTIVE SESSION', '3. ADJOURNMENT']);
  // near miss: the next item in order, under a line that ends on a small word, is the item
  assert.deepEqual(items(council.replace('\tNone.\n32/24', '\tReceived from the Chair of\n32/24')), ['31/24 APOLOGIES', '32/24 DECLARATIONS OF INTEREST', '33/24 MINUTES', '34/24 TAXI FARES']);
});

test('a page\'s head between the halves of a sentence, its footer with the page\'s number under the body\'s name, is no item', () => {
  const text = [
    'TOWN OF LARKSPUR', 'TOWN COUNCIL MINUTES', 'June 5, 2023', '', '1. CALL TO ORDER', 'Called to order at 7:00 p.m.', '2. STREETS',
    'Councilor Weiss asked about the repaving schedule. Town Manager Ruiz', '', 'Town of Larkspur Town Council', 'Regular Meeting – June 5, 2023\t\t\tPage 2 of 3', '',
    'said it would start in July.', '3. ADJOURNMENT', 'Adjourned at 8:10 p.m.', '',
  ].join('\n');
  assert.deepEqual(items(text), ['1. CALL TO ORDER', '2. STREETS', '3. ADJOURNMENT']);
  // and with no sentence cut by it: the body's name right over the footer is the page's head
  const whole = text.replace('Town Manager Ruiz\n', 'Town Manager Ruiz agreed.\n').replace('\nsaid it would start in July.', '\nThe repaving starts in July.');
  assert.deepEqual(items(whole), ['1. CALL TO ORDER', '2. STREETS', '3. ADJOURNMENT']);
  // near miss: a heading of the minutes' own with a blank line before the footer stays a heading
  const heading = whole.replace('Town of Larkspur Town Council\n', 'Town Centre Parking\n\n');
  assert.deepEqual(items(heading), ['1. CALL TO ORDER', '2. STREETS', ' Town Centre Parking', '3. ADJOURNMENT']);
});

test('a lettered part whose title the page wrapped between a date\'s day and its year is one part, its title whole', () => {
  const text = [
    'CITY OF BRANT', 'CITY COUNCIL MINUTES', 'April 3, 2023', '', '1. CALL TO ORDER', 'Called to order.', '2. ORDINANCES',
    'A. Ordinance No. 2023-11, An Ordinance Adopting the Budget for the Fiscal Year Beginning July 1,', '2023 and Ending June 30, 2024',
    'Council Member Ruiz moved to adopt Ordinance No. 2023-11. Motion carried 5-0.', 'B. Ordinance No. 2023-12, amending the parking code', 'Motion carried 5-0.', '3. ADJOURNMENT', 'Adjourned.', '',
  ].join('\n');
  assert.deepEqual(parse(text).meeting!.items[1].subItems?.map((s) => s.title), [
    'Ordinance No. 2023-11, An Ordinance Adopting the Budget for the Fiscal Year Beginning July 1, 2023 and Ending June 30, 2024', 'Ordinance No. 2023-12, amending the parking code']);
});

test('a membership list by groups under a legend of marks: each member the mark follows is on the legend\'s list, no mark in a name', () => {
  const text = [
    'UNIVERSITY OF ASHFORD', 'COUNCIL', 'Minutes of the meeting held on 4 March 2024', '', 'Membership (A = apologies received)',
    'Ex officio: Professor Ann Roe (Vice-Chancellor, Chair); Professor Ben Lee (Provost) A; Dr Cy Dee (Dean)', 'Elected staff: Dr Di Fox; Professor Ed Gale A; Dr Flo Hart A',
    '', 'C.24.1 Welcome', 'Noted.', '', 'C.24.2 Close', 'Noted.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Ann Roe | Vice-Chancellor, Chair; Cy Dee | Dean; Di Fox | ', 'apologies: Ben Lee | Provost; Ed Gale | ; Flo Hart | ']);
  // near miss: with no legend, a capital after a name is no mark: one list, as before
  assert.deepEqual(lists(text.replace('Membership (A = apologies received)', 'Present:')).map((l) => l.split(':')[0]), ['present']);
});

test('an owner alone under a paragraph whose report was only received: the request after the report is the task', () => {
  const text = [
    'UNIVERSITY OF ASHFORD', 'SENATE', 'Minutes of the meeting held on 4 March 2024', '',
    'S.24.10 Registrar\'s report', 'Senate received the Registrar\'s report on admissions for 2024 and the position on clearing. RECEIVED',
    'Members asked for the admissions figures by school to be sent out with the May papers.', 'Action: Academic Registrar', '',
    'S.24.11 Estates', 'Senate approved the campus plan subject to one change. APPROVED', 'Action: Director of Estates', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.deepEqual(m.items.map((i) => i.actions.map((a) => [a.text, a.owners.map((o) => o.text).join('/')])), [
    [['Members asked for the admissions figures by school to be sent out with the May papers.', 'Academic Registrar']],
    // (what was approved is the task, as before)
    [['Senate approved the campus plan subject to one change', 'Director of Estates']],
  ]);
});

test('apologies told over wrapped lines, a substitute named in a clause between them: every member who sent them is read', () => {
  const text = [
    'BRAXTON DISTRICT COUNCIL', 'PLANNING COMMITTEE', 'Minutes of a meeting held on Tuesday, 9 April 2024 at 7.00 pm.', '',
    '61/24\tAPOLOGIES FOR ABSENCE', '\tApologies for absence were received from Councillor T Marsh, for whom', '\tCouncillor Okafor attended as substitute, and from Councillor',
    '\tJ Pell (no substitute).', '62/24\tMINUTES', '\tRESOLVED – That the minutes be signed.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['apologies: T Marsh | ; J Pell |  | note', 'present: Okafor |  | substitute']);
});

test('an agenda portal\'s name of the document over its text is no title; a roll call in columns is one person a cell', () => {
  const text = [
    'Minutes Acceptance: Minutes of Jun 5, 2023 7:00 PM (Consent Agenda)', 'VILLAGE OF ELM GROVE', 'BOARD OF TRUSTEES – REGULAR MEETING MINUTES', 'Monday, June 5, 2023 – Village Hall',
    '1. CALL TO ORDER', 'Called to order at 7:00 p.m.', '2. ROLL CALL', 'Present:\tPresident Lowe\t\tTrustee Amari', '\tTrustee Berg\t\tTrustee Cole', 'Absent:\tTrustee Dunn', '3. ADJOURNMENT', 'Adjourned.', '',
  ].join('\n');
  const m = parse(text).meeting!;
  assert.equal(m.title?.value, 'BOARD OF TRUSTEES – REGULAR MEETING MINUTES');
  assert.equal(m.date?.iso, '2023-06-05');
  assert.deepEqual(lists(text), ['present: Lowe | President; Amari | Trustee; Berg | Trustee; Cole | Trustee', 'absent: Dunn | Trustee']);
  // near miss: a list written as a sentence over two lines reads as before
  assert.deepEqual(lists(text.replace('Present:\tPresident Lowe\t\tTrustee Amari\n\tTrustee Berg\t\tTrustee Cole', 'Present: President Lowe, Trustee Amari,\nTrustee Berg and Trustee Cole')),
    ['present: Lowe | President; Amari | Trustee; Berg | Trustee; Cole | Trustee', 'absent: Dunn | Trustee']);
});

test('a council page\'s table of attendance at its foot holds the lists: the apologies item\'s sentence naming the same members adds none', () => {
  const text = [
    'Agenda and minutes', 'Licensing Panel - Tuesday, 5th March, 2024 6.30 pm', 'Venue: Room 4, Civic Centre', 'Items', 'No.\tItem',
    '7.\tApologies for Absence', 'Minutes:', 'Apologies were received from Councillors T. Hale and M. Orr. Councillor B. Kent attended as substitute for Councillor Hale.',
    '8.\tTaxi Fares', 'Minutes:', 'RESOLVED: That the fares be approved.', ' ',
    'Attendance details', 'Attendee\tRole\tAttendance', 'Councillor Ruth Lane\tChair\tPresent', 'Councillor Tom Hale\tCommittee Member\tApologies',
    'Councillor Mina Orr\tCommittee Member\tApologies', 'Councillor Ben Kent\tSubstitute\tPresent as substitute', 'Back to top', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Ruth Lane | Chair; Ben Kent | Substitute | note', 'apologies: Tom Hale | Committee Member; Mina Orr | Committee Member']);
  // near miss: with no table at the foot, the sentence gives the lists
  assert.deepEqual(lists(text.slice(0, text.indexOf('Attendance details'))), ['apologies: T. Hale | ; M. Orr | ', 'present: B. Kent |  | substitute']);
});

test('an NHS committee\'s Action column gives the owners and the date after a dash; a date the page wrapped after `by` carries the sentence on', () => {
  const text = [
    'Northvale Community NHS Trust', 'FINANCE AND PERFORMANCE COMMITTEE', 'Minutes of the meeting held on Tuesday 14 May 2024', '',
    'Present:', 'Name\tTitle\tInitials', 'Ruth Ames\tNon-Executive Director (Chair)\tRA', 'Tom Bell\tDirector of Finance\tTB', 'Ivy Cole\tChief Operating Officer\tIC', '',
    'FP/24/21\tFinance report\tDecision', '\tTB presented the month 1 position. Members asked for the agency spend by ward and TB agreed', '\tto bring it to the next meeting.\t\tTB – Jun 24',
    '\tThe Committee APPROVED the revised plan, subject to TB and IC confirming the savings by', '\t31 May 2024.\t\t\tTB/IC – 31.05.24',
    'FP/24/22\tAny other business', '\tNone.', '',
  ].join('\n');
  const actions = parse(text).meeting!.items[0].actions.map((a) => [a.text, a.owners.map((o) => o.text).join('/'), a.due?.text ?? '', a.due?.date?.iso ?? '']);
  assert.deepEqual(actions, [
    // (the task is the sentence the cell ends, as the column's reader gives it)
    ['Members asked for the agency spend by ward and TB agreed to bring it to the next meeting', 'TB', 'Jun 24', '2024-06-30'],
    ['The Committee APPROVED the revised plan, subject to TB and IC confirming the savings by 31 May 2024', 'TB/IC', '31.05.24', '2024-05-31'],
  ]);
});

test('a deputy named only in the apologies item\'s sentence, with a post in brackets, under a printed membership: present, for whom they came', () => {
  const text = [
    'UNIVERSITY OF ASHFORD', 'SENATE', 'Minutes of the meeting held on 4 March 2024', '', 'Membership (A = apologies received)',
    'Ex officio: Professor Ann Roe (Vice-Chancellor, Chair); Professor Ben Lee (Dean of Science) A; Dr Cy Dee (Dean of Arts)', '',
    'S.24.1 Welcome and apologies', 'Apologies were received from Professor Lee. Dr Eve Park (Associate Dean, Science) attended in place of Professor Lee. NOTED', '',
    'S.24.2 Close', 'Noted.', '',
  ].join('\n');
  assert.deepEqual(lists(text), ['present: Ann Roe | Vice-Chancellor, Chair; Cy Dee | Dean of Arts', 'apologies: Ben Lee | Dean of Science', 'present: Eve Park | Associate Dean, Science | substitute']);
  // near miss: a member of the printed list named again in the sentence is not listed twice
  assert.equal(lists(text.replace('Dr Eve Park (Associate Dean, Science) attended', 'Dr Cy Dee attended')).length, 2);
});

test('near misses of the session\'s forms, each read as before (review)', () => {
  const head = 'ASHBY TOWN COUNCIL\nMinutes of the meeting held on 5 March 2024\n\n';
  // a numbered list of members before the items is the list's
  const numbered = `${head}Present:\n1. Cllr Ann Roe (Chair)\n2. Cllr Ben Lee\n3. Cllr Cy Dee\n\nApologies:\n1. Cllr Di Fox\n2. Cllr Ed Gale\n\n1. Welcome\nNone.\n`;
  assert.deepEqual(lists(numbered), ['present: Ann Roe | Chair; Ben Lee | ; Cy Dee | ', 'apologies: Di Fox | ; Ed Gale | ']);
  assert.deepEqual(items(numbered), ['1. Welcome']);
  // a number skipped under the open item's own heading is the next item (`carriesOn` looks at a sentence, never a heading)
  assert.deepEqual(items(`${head}1. Apologies\nNone.\n2. Approval of Minutes\n4. Planning\nResolved to object to the application.\n5. Close\nClosed.\n`), ['1. Apologies', '2. Approval of Minutes', '4. Planning', '5. Close']);
  assert.deepEqual(items(`${head}1. Apologies\nNone.\n2. Reports\nThe report is at Appendix A\n4. Planning\nNone.\n5. Close\nClosed.\n`), ['1. Apologies', '2. Reports', '4. Planning', '5. Close']);
  // an item's heading right over a page's footer is the item
  assert.deepEqual(items(`${head}1. Streets\nNone.\n2. DATE OF NEXT MEETING\nRegular Meeting – March 5, 2024\t\t\tPage 2 of 3\n\nThe next meeting is on 2 April.\n3. Close\nClosed.\n`), ['1. Streets', '2. DATE OF NEXT MEETING', '3. Close']);
  // a mover's line with a motion of its own gives no vote to the decision above
  const moved = parse(`${head}1. Finance\nRESOLVED that the accounts be approved.\nMoved by Cllr Roe, seconded by Cllr Lee, that the grant to the youth club be paid. For 5, against 2.\n2. Close\nClosed.\n`).meeting!;
  assert.equal(moved.items[0].decisions[0].vote, undefined);
  // a motion agreed in a word is one decision; a proposal's adjective is none
  const motion = parse(`${head}1. Finance\nCllr Roe proposed and Cllr Lee seconded that the precept be set at £20,000. Agreed.\n2. Close\nClosed.\n`).meeting!;
  assert.equal(motion.items[0].decisions.length, 1);
  assert.equal(parse(`${head}1. Paths\nMembers discussed the proposed closure of the footpath. Agreed.\n2. Close\nClosed.\n`).meeting!.items[0].decisions.length, 0);
  // an owner under a resolution that is no mere noting takes the paragraph, as before
  const adopted = parse(`${head}1. Standing Orders\nThe Council ADOPTED the revised Standing Orders.\nCllr Roe abstained.\nAction: Clerk\n\n2. Close\nClosed.\n`).meeting!;
  assert.deepEqual(adopted.items[0].actions.map((a) => a.text), ['The Council ADOPTED the revised Standing Orders. Cllr Roe abstained.']);
  // a part's marker before `RESOLUTION`, or a title in capitals after it, is no resolution in a sentence
  const village = 'VILLAGE OF OAK RUN\nBOARD OF TRUSTEES MINUTES\nMay 1, 2023\n\n1. CALL TO ORDER\nCalled to order.\n2. RESOLUTIONS\n';
  assert.equal(parse(`${village}2.1. RESOLUTION 2023-45: Purchase of a Dump Truck\nMotion carried 5-0.\n3. ADJOURNMENT\nAdjourned.\n`).meeting!.items[1].decisions.filter((d) => d.keyword.value.startsWith('RESOLUTION')).length, 0);
  assert.equal(parse(`${village}The Clerk read the title. RESOLUTION 2023-45: A RESOLUTION AUTHORIZING THE PURCHASE\n3. ADJOURNMENT\nAdjourned.\n`).meeting!.items[1].decisions.length, 0);
  // the portal's words as a consent agenda's entry, below the heading, are the minutes' own
  const entry = parse(`${village.replace('2. RESOLUTIONS\n', '2. CONSENT AGENDA\n')}Minutes Acceptance: Minutes of Apr 17, 2023 7:00 PM (Regular Meeting)\nMotion carried 5-0.\n3. ADJOURNMENT\nAdjourned.\n`);
  assert.equal(entry.debris?.some((d) => d.range.start.line === 7) ?? false, false);
  // a fact after a column's gap is the person's, no second person
  assert.deepEqual(lists(`${head}Staff present:\nDana Roe – Town Manager      Arrived – 7:10 p.m.\n\n1. Welcome\nNone.\n`).map((l) => l.split(';').length), [1]);
});

test('near misses of the session\'s forms, a second reading (review)', () => {
  const head = 'ASHBY TOWN COUNCIL\nMinutes of the meeting held on 5 March 2024\n\n';
  // an item straight under a list of members (no blank line) is the item
  const under = `${head}Present:\nCllr Ann Roe (Chair)\nCllr Ben Lee\n1. Open Forum\nRESOLVED that the report be noted.\n2. Close\nClosed.\n`;
  assert.deepEqual(lists(under), ['present: Ann Roe | Chair; Ben Lee | ']);
  assert.deepEqual(items(under), ['1. Open Forum', '2. Close']);
  // a comma list under its label, each titled: everyone
  assert.deepEqual(lists(`${head}Present:\nCllr Ann Roe (Chair), Cllr Ben Lee, Cllr Cy Dee\n\n1. Welcome\nNone.\n2. Close\nClosed.\n`), ['present: Ann Roe | Chair; Ben Lee | ; Cy Dee | ']);
  // the portal's line under a blank or a viewer's `Loading...` is passed over too
  const portal = parse('\nMinutes Acceptance: Minutes of Oct 2, 2023 7:00 PM (Consent Agenda)\nVILLAGE OF OAK RUN\nBOARD OF TRUSTEES MINUTES\nOctober 16, 2023\n\n1. CALL TO ORDER\nCalled to order.\n2. ADJOURNMENT\nAdjourned.\n').meeting!;
  assert.equal(portal.date?.iso, '2023-10-16');
  // a sentence's apology or substitute the table at the page's foot does not list is kept
  const page = ['Agenda and minutes', 'Audit Committee - Thursday, 18th April, 2024 6.00 pm', 'Items', 'No.\tItem', '1.\tApologies for Absence', 'Minutes:',
    'Apologies were received from Councillor Tom Hale and from Mr Kiran Patel (Independent Person). Councillor Sam Vine attended as substitute for Councillor Hale.',
    '2.\tMinutes', 'Minutes:', 'RESOLVED: That the minutes be approved.', ' ', 'Attendance details', 'Attendee\tRole\tAttendance', 'Councillor Ruth Lane\tChair\tPresent', 'Councillor Tom Hale\tCommittee Member\tApologies', ''].join('\n');
  assert.deepEqual(lists(page), ['apologies: Kiran Patel | Independent Person', 'present: Sam Vine |  | substitute', 'present: Ruth Lane | Chair', 'apologies: Tom Hale | Committee Member']);
  // a mover's line `Moved by: …  Seconded by: …  Carried 5-0` is the decision's vote
  const vote = parse(`${head}1. Finance\nRESOLVED that the accounts be approved.\nMoved by: Cllr Roe  Seconded by: Cllr Lee  Carried 5-0\n2. Close\nClosed.\n`).meeting!;
  assert.deepEqual([vote.items[0].decisions[0].vote?.for, vote.items[0].decisions[0].vote?.against], [5, 0]);
  // a proposal agreed in a word, however its proposer is written
  for (const l of ['Cllr Roe proposed that an open day be held in September. Agreed.', 'It was proposed to hold an open day in September. Agreed.', 'Cllr Roe (Chair) proposed an open day. Agreed.']) {
    assert.equal(parse(`${head}1. Events\n${l}\n2. Close\nClosed.\n`).meeting!.items[0].decisions.length, 1, l);
  }
  // a resolution after a sentence that ends on a bracket, a capital or an acronym; words in capitals with small letters after them are what was resolved
  const wiki = (l: string): number => parse(`Meetings/2022-03-02\nJump to navigation Jump to search\n\nFinance[edit | edit source]\n${l}\n\nEvents[edit | edit source]\nNone.\n\nPremises[edit | edit source]\nNone.\n`).meeting!.items[0].decisions.length;
  assert.equal(wiki('AC presented the budget (see Appendix A). RESOLUTION 2022/04: the Board adopts the budget.'), 1);
  assert.equal(wiki('AC presented Paper B. RESOLUTION 2022/04: the Board adopts it.'), 1);
  assert.equal(wiki('AC presented the budget. RESOLUTION 2022/04: NHSE/ICB allocation to be accepted.'), 1);
  // staff whose posts start with a figure are people
  assert.deepEqual(lists('TOWN OF BIRCH FALLS\nREGULAR COUNCIL MEETING MINUTES\nMarch 2, 2022\n\nStaff present:\nLena Park – 1st Deputy Clerk      Omar Diaz – 2nd Deputy Clerk\n\nI. PUBLIC COMMENT\nNone.\nII. ADJOURNMENT\nDone.\n'),
    ['inAttendance: Lena Park | 1st Deputy Clerk; Omar Diaz | 2nd Deputy Clerk']);
  // a heading's title wrapped onto a line that opens with a figure is the heading's
  // (no item of its own: the items are 1, 2 and 3)
  assert.deepEqual(parse(`${head}1. Apologies\nNone.\n2. Review of the\n10 Year Capital Programme\nThe Clerk presented the programme.\n3. Close\nClosed.\n`).meeting!.items.map((i) => i.number?.written), ['1.', '2.', '3.']);
  // an owner's cell whose words after the dash are no date is no owner's cell
  const nhs = ['Northvale Community NHS Trust', 'FINANCE COMMITTEE', 'Minutes of the meeting held on Tuesday 14 May 2024', '', 'Present:', 'Name\tTitle\tInitials', 'Tom Bell\tDirector of Finance\tTB', '',
    'FP/24/21\tFinance report\tDecision', '\tTB presented the month 1 position and would come back with the agency spend.\t\tTB – TBC', 'FP/24/22\tAny other business', '\tNone.', ''].join('\n');
  assert.deepEqual(parse(nhs).meeting!.items[0].actions.map((a) => a.text), []);
});
