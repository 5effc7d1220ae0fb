/**
 * Attendance forms met in the seventh blind set (heldOut7), each with an invented example of its family
 * and a near miss: a notes tool's status cells, a register after the items, a roster written with spaces,
 * a council panel's PDF (role labels, a star's footnote, posts before names), a US roll call's labels.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { matchGridHeader, matchGridKey, readGridRow, readQualifier, looksLikeBody, matchInlineList, matchApologiesProse, matchAbsenceProse, matchListNote, observersHeading } from '#service/forms/index';
import { readAttendanceCell, matchGroupRow } from '#service/forms/attendanceCells';
import { matchCategoryGroups } from '#service/forms/categoryGroups';
import { parse } from '#service';

/** Each person of a parsed meeting as `list | name | title | role | org | category | initials | qualifiers`, only what is there. */
function everything(text: string): string[] {
  return parse(text).meeting!.people.flatMap((b) => b.people.map((p) => [b.kind, p.name.display, p.title ? `title=${p.title}` : '', p.role ? `role=${p.role}` : '', p.organisation ? `org=${p.organisation}` : '',
    p.category ? `category=${p.category}` : '', p.initials ? `initials=${p.initials}` : '', ...(p.qualifiers ?? []).map((q) => q.text)].filter((s) => s !== '').join(' | ')));
}

test('a notes tool\'s attendance cells: an icon and a word say the list (`✉️ Apologies`), `Remote` is present and a qualifier, a bracket after the word a qualifier', () => {
  const cell = (t: string): string => { const c = readAttendanceCell(t, { start: 0, end: t.length }); return c ? [c.kind, ...c.qualifiers.map((q) => t.slice(q.start, q.end))].join(' | ') : 'none'; };
  // (near miss: a cell with no status word is none)
  assert.deepEqual(['✅ Present', '💻 Remote', '✉️ Apologies', '❌ Absent', '✅ Present (left after 12)', '🙂 Treasurer'].map(cell),
    ['present', 'present | Remote', 'apologies', 'absent', 'present | left after 12', 'none']);
  const text = '# Riverside Allotments — Committee, 4 March 2026\n\n## Attendance\n\n| Name | Role | Attendance |\n| --- | --- | --- |\n| Ann Roe | Chair | ✅ Present |\n| Ben Tate | Treasurer | 💻 Remote |\n| Cy Voss | Member | ✉️ Apologies |\n| Di Ward | Member | ❌ Absent |\n\n## 12. Welcome\nThe Chair welcomed everyone.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=Chair', 'present | Ben Tate | role=Treasurer | Remote', 'apologies | Cy Voss | role=Member', 'absent | Di Ward | role=Member']);
});

test('an NHS committee\'s columns: a list carried over a page break (`(continued)`), `Observers` each an observer, `(MS Teams)` remote, a role\'s bracket in small letters kept in the role', () => {
  assert.equal(matchListNote('Members present (continued)')?.end, 'Members present'.length);
  assert.deepEqual(observersHeading('Observers'), { start: 0, end: 8 });
  // near miss: a heading that is not the observers' gives no one that qualifier
  assert.equal(observersHeading('Observers present today'), undefined);
  const text = 'FINANCE COMMITTEE\n\nMinutes of the meeting held on Tuesday 3 March 2026\n\nMembers present\nAnn Roe                Non-Executive Director (Chair)          AR\nBen Tate               Chief Finance Officer (MS Teams)        BT\n\nMembers present (continued)\nCy Voss                Director of Estates                     CV\n\nIn attendance\nDi Ward                Head of Governance (secretary)          DW\n\nObservers\nEve Hale               Healthwatch Westshire                   EH\n\n010/26    WELCOME\n          The Chair welcomed members.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=Non-Executive Director (Chair) | initials=AR', 'present | Ben Tate | role=Chief Finance Officer | initials=BT | MS Teams',
    'present | Cy Voss | role=Director of Estates | initials=CV', 'inAttendance | Di Ward | role=Head of Governance (secretary) | initials=DW', 'inAttendance | Eve Hale | org=Healthwatch Westshire | initials=EH | Observer']);
});

test('qualifiers: the way of taking part with its verb or the tool alone, minutes from one to another, a reason with its preposition, without apology', () => {
  assert.equal(readQualifier('MS Teams')?.kind, 'remote');
  assert.equal(readQualifier('attended by video link')?.kind, 'remote');
  assert.equal(readQualifier('attended remotely')?.kind, 'remote');
  assert.deepEqual(readQualifier('012/26 to 014/26'), { kind: 'only', value: '012/26 to 014/26' });
  assert.equal(readQualifier('on holiday')?.kind, 'note');
  assert.equal(readQualifier('without apology')?.kind, 'excused');
  // near miss: a count from one to another is no minutes' range, a team is no way of taking part
  assert.equal(readQualifier('2 to 3'), undefined);
  assert.equal(readQualifier('Teams Lead'), undefined);
});

test('a town council\'s sentences: a ward wrapped over the line is one, `and RFO` a second post, an apology\'s reason as its own clause, absent without apology', () => {
  const text = 'WESTBY TOWN COUNCIL\n\nMinutes of the meeting of the Full Council held on Monday 2nd March 2026 at 7.00pm\n\nMembers present: Councillors A Roe (Mill Ward) – Town Mayor, in the Chair; B Tate (North\nWard) and C Voss (Mill Ward).\n\nOfficers present: Mrs D Ward, Town Clerk; Mr E Hale, Deputy Town Clerk and RFO.\n\nTC/25/10\tAPOLOGIES FOR ABSENCE\nApologies were received from Councillor F Ives (Mill Ward), who was unwell, and from\nCouncillor G Lunn (North Ward), on holiday. Councillor H Moss (North Ward) was absent without apology.\n\nTC/25/11\tMINUTES\nApproved.\n';
  assert.deepEqual(everything(text), ['present | A Roe | title=Councillor | role=Town Mayor | org=Mill Ward | in the Chair', 'present | B Tate | title=Councillor | org=North Ward', 'present | C Voss | title=Councillor | org=Mill Ward',
    'inAttendance | D Ward | title=Mrs | role=Town Clerk', 'inAttendance | E Hale | title=Mr | role=Deputy Town Clerk and RFO',
    'apologies | F Ives | title=Councillor | org=Mill Ward | unwell', 'apologies | G Lunn | title=Councillor | org=North Ward | on holiday', 'absent | H Moss | title=Councillor | org=North Ward | without apology']);
  // near miss: a second person after `and` is a person still
  assert.equal(matchInlineList('Officers present: Mrs D Ward, Town Clerk; Mr E Hale, Deputy Clerk and Mrs F Ives.')!.people.length, 3);
  assert.equal(matchApologiesProse('Apologies were received from Councillor F Ives, who was unwell.')[0].people[0].qualifiers.length, 1);
  assert.equal(matchAbsenceProse('Councillor H Moss was absent.')[0].people[0].qualifiers.length, 0);
});

test('a council panel\'s PDF: `Chair:` under PRESENT is a member, the bracket the ward; a star points to the footnote; `Councillors:` each one\'s title; officers with the post first', () => {
  const text = '                 WESTSHIRE COUNTY COUNCIL\n\n                 ADOPTION PANEL\n\n   Minutes of the meeting held on Wednesday, 4 March 2026 at 2.00 pm\n\n   PRESENT\n\n   Chair:          Councillor Ann Roe (Mill East)\n\n   Councillors:    Ben Tate (Riverside)*, Cy Voss (North\n                   Fell) and Di Ward (Moorend)\n\n   * attended remotely\n\n   Officers:       Director of Adult Services – Eve Hale\n                   Panel Adviser – Dr Fay Ives\n\n   12.     APOLOGIES\n\n           None.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | title=Councillor | role=Chair | org=Mill East', 'present | Ben Tate | title=Councillor | org=Riverside | attended remotely',
    'present | Cy Voss | title=Councillor | org=North Fell', 'present | Di Ward | title=Councillor | org=Moorend', 'inAttendance | Eve Hale | role=Director of Adult Services', 'inAttendance | Fay Ives | title=Dr | role=Panel Adviser']);
  // near miss: a ward's councillor before a dash and a ward after it: the name first as written
  assert.deepEqual(everything('Minutes of the meeting held on 4 March 2026\n\nIn attendance:\nAnn Roe – Ward Councillor\nBen Tate – Parish Clerk\n\n1. Apologies\nNone.\n'),
    ['inAttendance | Ann Roe | role=Ward Councillor', 'inAttendance | Ben Tate | role=Parish Clerk']);
});

test('a US council\'s roll call: `Alderpersons` each one\'s office, `ABSENT AT ROLL CALL:` absent, `EXCUSED:` absent and excused', () => {
  const text = 'CITY OF EASTON\nCOMMON COUNCIL\nProceedings of the Regular Meeting – Monday, March 2, 2026\n\nI. CALL TO ORDER\nMayor Roe called the meeting to order.\n\nII. ROLL CALL\nPRESENT: Mayor Ann Roe; Alderpersons Ben Tate (District 1) and Cy Voss (District 2).\nABSENT AT ROLL CALL: Alderperson Di Ward (District 3).\nEXCUSED: Alderperson Eve Hale (District 4).\n\nIII. MINUTES\nApproved.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=Mayor', 'present | Ben Tate | role=Alderperson | org=District 1', 'present | Cy Voss | role=Alderperson | org=District 2',
    'absent | Di Ward | role=Alderperson | org=District 3', 'absent | Eve Hale | role=Alderperson | org=District 4 | EXCUSED']);
  // near miss: a senate's `Senators excused` are its apologies
  assert.deepEqual(everything('FACULTY SENATE\nMinutes of March 2, 2026\n\nSenators excused: Ann Roe, Ben Tate\n\n1. Minutes\nApproved.\n').map((s) => s.split(' | ')[0]), ['apologies', 'apologies']);
});

test('a roster written with spaces (Name  Company  Role  Att.) in a roll-call item, the key under it after a blank line', () => {
  const h = matchGridHeader('Name          Company          Role          Att.');
  assert.ok(h?.spaced);
  assert.equal(readGridRow('Ann Roe       Acme Ltd         Chair         P', h!)?.mark, 'P');
  // near miss: a row with a cell left empty shifts the others: no row; two words side by side are no heading
  assert.equal(readGridRow('Ann Roe       Acme Ltd         P', h!), undefined);
  assert.equal(matchGridHeader('Name          Attendance'), undefined);
  assert.deepEqual([...matchGridKey('P = present, R = regrets sent, A = absent without regrets')!].map(([k, v]) => [k, v.kind]), [['P', 'present'], ['R', 'apologies'], ['A', 'absent']]);
  const text = 'Subject: Minutes of the XYZ TC call, 4 March 2026\n\n1. Call to order\n\nAnn called the meeting to order.\n\n2. Roll call\n\n  Name           Company            Role            Att.\n  Ann Roe        Acme Ltd           Chair           P\n  Ben Tate       Individual         Voting Member   R\n  Cy Voss        Beta Inc.          Voting Member   A\n\n  P = present, R = regrets sent, A = absent without regrets\n\n3. Agenda\n\nApproved.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=Chair | org=Acme Ltd', 'apologies | Ben Tate | role=Voting Member | org=Individual', 'absent | Cy Voss | role=Voting Member | org=Beta Inc.']);
});

test('a register of attendance after the items: its rows, `In attendance:` between them, `Ap` in the key; initials an item listed alone are the member it names', () => {
  const text = 'Westshire Academy – Local Governing Committee\n\nMINUTES OF THE MEETING HELD ON WEDNESDAY 4 MARCH 2026\n\n1.\tWelcome and apologies\n\tAR welcomed everyone. Apologies had been received from BT.\n\n2.\tAny other business\n\tNone.\n\nRegister of attendance\nName\tInitials\tGovernor type\tRole\tAttendance\nMrs Ann Roe\tAR\tParent\tChair\tP\nMr Ben Tate\tBT\tStaff\t\tAp (consented)\nDr Cy Voss\tCV\tParent\t\tA\nIn attendance:\nMrs Di Ward\tDW\t\tClerk\tP\nKey: P = present; Ap = apologies; A = absent\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | title=Mrs | role=Chair | category=Parent | initials=AR', 'apologies | Ben Tate | title=Mr | category=Staff | initials=BT | consented',
    'absent | Cy Voss | title=Dr | category=Parent | initials=CV', 'inAttendance | Di Ward | title=Mrs | role=Clerk | initials=DW']);
  // near miss: a table of actions at the end is no register
  assert.equal(matchGridHeader('No.\tAction\tOwner\tStatus'), undefined);
  // near miss: a numbered paragraph whose words name members, declined by its cells before they are read
  assert.equal(matchGridHeader('4.1\tMembers noted the name of the new governor.'), undefined);
  assert.equal(matchGridHeader('  Name \tInitials\tAttendance')?.name, 0);
});

test('a list under its membership categories, each less indented than its members, two a line, a mark\'s legend under it; `Observer:` one attending as an observer', () => {
  const text = 'WESTSHIRE COLLEGE\n\nBOARD\n\nMinutes of the meeting held on Thursday 5 March 2026\n\nPresent:\n  Ex officio\n    Professor Ann Roe (Principal)\n  Independent members\n    Ms Ben Tate (Chair)             Mr Cy Voss (v)\n    Dr Di Ward [from 12/26]\n  Staff member\n    Mr Eve Hale (v)\n\n  (v) = attended by video link\n\nObserver:    Ms Fay Ives (governor designate)\n\n10/26    WELCOME\n         The Chair welcomed members.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | title=Professor | role=Principal | category=Ex officio', 'present | Ben Tate | title=Ms | role=Chair | category=Independent members',
    'present | Cy Voss | title=Mr | category=Independent members | attended by video link', 'present | Di Ward | title=Dr | category=Independent members | from 12/26',
    'present | Eve Hale | title=Mr | category=Staff member | attended by video link', 'inAttendance | Fay Ives | title=Ms | role=governor designate | observer']);
  // near miss: a sentence under the heading is no category
  assert.equal(matchCategoryGroups(['  The members present', '    Ann Roe'], [2, 4]), undefined);
});

test('a schools forum\'s groups in the attendance item: a group of one, a school in brackets before `(Chair)` the member\'s body, a board of education a body', () => {
  const text = 'Schools Forum - Thursday, 5th March, 2026 1.30 pm\n\n10/26\nMEMBERSHIP AND APOLOGIES\nMinutes:\nPresent:\nPrimary headteachers: Ann Roe (Mill Lane Primary) (Chair), Ben Tate (St Mary\'s CE Primary)\nSecondary governors: Cy Voss (Westby Academy)\nNon-school members: Di Ward (Early Years representative), Rev. Eve Hale (Diocesan Board of Education)\nOfficers: Fay Ives, Head of School Funding\n\n11/26\nMINUTES\nApproved.\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=Chair | org=Mill Lane Primary | category=Primary headteachers', 'present | Ben Tate | org=St Mary\'s CE Primary | category=Primary headteachers',
    'present | Cy Voss | org=Westby Academy | category=Secondary governors', 'present | Di Ward | role=Early Years representative | category=Non-school members',
    'present | Eve Hale | title=Rev. | org=Diocesan Board of Education | category=Non-school members', 'inAttendance | Fay Ives | role=Head of School Funding']);
  // near miss: an office of a board is no body
  assert.equal(looksLikeBody('Chair of the Board of Governors'), false);
});

test('a discussion page\'s register after the items: a group\'s icon and label, its people parted by `·`, the words after a dash an office or a fact', () => {
  const row = matchGroupRow('| 🔴 regrets | Ann Roe (@aroe) — travelling · Ben Tate (@btate) |');
  assert.equal(row?.kind, 'apologies');
  const text = '# Core team call — 2026-03-05\n\n> Notes from the call.\n\n## Release planning\n\n- The release is on track.\n\n## Triage rotation\n\n- Ben takes March.\n\n---\n\n## Attendance\n\n| | |\n| --- | --- |\n| 🟢 here | Ann Roe (@aroe) — chair · Ben Tate (@btate) — notes |\n| 🔴 regrets | Cy Voss (@cvoss) — travelling |\n| 👀 guest | Di Ward (@dward) — until Release planning |\n';
  assert.deepEqual(everything(text), ['present | Ann Roe | role=chair', 'present | Ben Tate | notes', 'apologies | Cy Voss | travelling', 'inAttendance | Di Ward | until Release planning']);
  // near miss: a row without an icon before its label is no group's
  assert.equal(matchGroupRow('| regrets | Ann Roe |'), undefined);
});

test('the one reader of attendance grids: a column for each list, a key that spells marks out, a next list under its own heading row', () => {
  // ticks in a column for each list: the column that holds the tick says the list
  const ticks = 'LITTLE MARSTON PARISH COUNCIL\n\nMINUTES OF THE MEETING HELD ON MONDAY 2 MARCH 2026\n\nCouncillor\tPresent\tApologies\tAbsent\nCllr A Roe (Chair)\t✓\t\t\nCllr B Tate\t\t✓\t\nCllr C Voss\t\t\t✓\n\n1.\tMINUTES\nApproved.\n';
  assert.deepEqual(everything(ticks), ['present | A Roe | title=Cllr | role=Chair', 'apologies | B Tate | title=Cllr', 'absent | C Voss | title=Cllr']);
  // letters a key under the grid spells out, one of them a way of being there (`V = by video`); a list without marks under its names' heading
  const key = 'Fenby Owl Trust\nTrustee Board – minutes of the meeting held on 3 March 2026\nTrustee\tRole\t3 Mar\nAnn Roe\tChair\tP\nBen Tate\tTreasurer\tV\nCy Voss\tTrustee\tAp\nKey: P = present, V = by video, Ap = apologies sent\nIn attendance\tRole\nDi Ward\tManager (minutes)\n\n1. Welcome\nThe Chair welcomed trustees.\n';
  assert.deepEqual(everything(key), ['present | Ann Roe | role=Chair', 'present | Ben Tate | role=Treasurer | by video', 'apologies | Cy Voss | role=Trustee', 'inAttendance | Di Ward | role=Manager | minutes']);
  assert.deepEqual(matchGridKey('Key: ✓ present   ✗ apologies   (T) joined by Teams')?.get('(T)'), { kind: 'present', say: 'joined by Teams' });
  // near miss: a key whose words name no list at all is no key; lists side by side are no grid
  assert.equal(matchGridKey('A = Alpha; B = Beta'), undefined);
  assert.equal(matchGridHeader('Present\tApologies\tAbsent'), undefined);
});
