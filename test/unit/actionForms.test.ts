/**
 * The published forms of actions, decisions, votes, due dates and statuses (service/src/forms/):
 * invented lines in each family's form and lines of the layouts, with what a clerk reads in them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findActionLines, matchActionLine, matchActionReview, matchOwnerColumn, matchTaskAction, matchTightRoleCell, matchToAction, matchTrackerCreated, matchOwnerRow, matchOwnerColonRow } from '#service/forms/actions';
import { findUndertakings, mayHoldUndertaking } from '#service/forms/undertakings';
import { findRequests } from '#service/forms/requests';
import { readActionTable, matchActionTableHeader } from '#service/forms/actionTables';
import { dueWordsStart, findDueDate, isNextMeeting, readDueCell } from '#service/forms/dueDates';
import { findActionTables, isActionsListTitle } from '#service/forms/closingActionTable';

/** The last action table under its title (the one a board prints after its last item). */
const findClosingActionTable = (lines: readonly string[]) => findActionTables(lines).at(-1);
import { matchCheckbox, readStatusCell, statusOfWord, matchStatusTagAt, isStruckThrough, reviewStatus } from '#service/forms/statuses';
import { matchDecision, matchDecisionHeading, matchHeadingParagraph, readResolutionParts } from '#service/forms/decisions';
import { matchPlusOne, matchVote, matchVoteAfter } from '#service/forms/votes';
import { matchStatusUpdate } from '#service/constructs';
import { withoutCodeMarks } from '#service/text';
import { parse, resolveMention } from '#service';

type S = { start: number; end: number };
const cut = (text: string, s: S | undefined): string | undefined => (s ? text.slice(s.start, s.end) : undefined);
const cuts = (text: string, spans: S[] | undefined): string[] | undefined => spans?.map((s) => text.slice(s.start, s.end));
const LAYOUTS = path.join(__dirname, '..', '..', 'test', 'fixtures', 'layouts');
const layout = (name: string): string => fs.readFileSync(path.join(LAYOUTS, name), 'utf8');
const known = (...names: string[]) => (n: string): boolean => names.includes(n);

// ---- ACTION: lines -------------------------------------------------------------------------------

const ACTION_LINES: Array<{ line: string; owners: string[]; task?: string; due?: string; dueDate?: string; ownerOnly?: boolean; statuses?: string[]; isPerson?: string[] }> = [
  { line: 'ACTION: Director of Transport', owners: ['Director of Transport'], ownerOnly: true },
  { line: 'ACTION: Head of Bus Reform – report on cycle parking by July 2025', owners: ['Head of Bus Reform'], task: 'report on cycle parking by July 2025', due: 'July 2025', dueDate: '2025-07-31' },
  { line: 'ACTION: Clerk to obtain two quotes\nfor a self-closing hinge before the July meeting and to put up a temporary notice.', owners: ['Clerk'], task: 'obtain two quotes\nfor a self-closing hinge before the July meeting and to put up a temporary notice', due: 'the July meeting' },
  { line: 'ACTION: MD', owners: ['MD'], ownerOnly: true },
  { line: 'ACTION: Head of Looked After Children in Care', owners: ['Head of Looked After Children in Care'], ownerOnly: true }, // `in` inside the office's name
  { line: 'Action: Director of Estates (carbon trajectory, February 2025)', owners: ['Director of Estates'], ownerOnly: true, due: 'February 2025', dueDate: '2025-02-28' },
  { line: 'Action: Director of Estates and Chief Financial Officer', owners: ['Director of Estates', 'Chief Financial Officer'], ownerOnly: true },
  { line: 'Action : Acting Chief Executive', owners: ['Acting Chief Executive'], ownerOnly: true },
  // `in` inside a role that names a service's charge; a role never ends in it
  { line: 'ACTION: Head of Adults in Transition', owners: ['Head of Adults in Transition'], ownerOnly: true },
  // a role that serves a body (family 7): its `to the` is no task's infinitive; a task after it still is one
  { line: 'Action: Secretary to the Council', owners: ['Secretary to the Council'], ownerOnly: true },
  { line: 'ACTION: Clerk to the Governors to circulate the revised terms of reference', owners: ['Clerk to the Governors'], task: 'circulate the revised terms of reference' },
  { line: 'ACTION: Clerk to write to the auditors', owners: ['Clerk'], task: 'write to the auditors' },
  { line: 'action - Treasurer to chase the insurer by 31 March 2024', owners: ['Treasurer'], task: 'chase the insurer by 31 March 2024', due: '31 March 2024', dueDate: '2024-03-31' },
  // names the lists do not give, a dash and a task opening with its verb; a topic before a dash is no owner
  { line: 'Action: Ann Lee and Raj Patel – draft the open day rota by 3 May 2026.', owners: ['Ann Lee', 'Raj Patel'], task: 'draft the open day rota by 3 May 2026', due: '3 May 2026', dueDate: '2026-05-03' },
  { line: 'Action: Mill Lane – Clerk to ask for a speed survey', owners: [], task: 'Mill Lane – Clerk to ask for a speed survey' },
  { line: '    ACTION: MF – order the scanner and kit (by 29 Feb)', owners: ['MF'], task: 'order the scanner and kit (by 29 Feb)', due: '29 Feb', dueDate: '2020-02-29' },
  { line: '* **ACTION ITEM**: @tobi-r to update #801 with the decision before 2026-01-28.', owners: ['@tobi-r'], task: 'update #801 with the decision before 2026-01-28', due: '2026-01-28', dueDate: '2026-01-28' },
  { line: '   ACTION: Amara to write the spec text for issue 212, with an example of', owners: ['Amara'], task: 'write the spec text for issue 212, with an example of' },
  { line: '   [PENDING] ACTION-44: Luis to collect fare capping examples from two', owners: ['Luis'], task: 'collect fare capping examples from two', statuses: ['carried forward'] },
  { line: '   [DONE] ACTION-41: Chen to check licence of the sample feeds', owners: ['Chen'], task: 'check licence of the sample feeds', statuses: ['done'] },
  { line: 'ACTION: MF Yes check.svg Done – agreed in principle; draft lease expected in April', owners: ['MF'], ownerOnly: true, statuses: ['done'] },
  { line: 'ACTION: PN Yes check.svg Done; TW X mark.svg Cancelled – not needed after the damp survey', owners: ['PN', 'TW'], ownerOnly: true, statuses: ['done', 'dropped'] },
  { line: 'ACTION: KA Go-next-red.svg Carried forward', owners: ['KA'], ownerOnly: true, statuses: ['carried forward'] },
  { line: 'ACTION: Report on fuel. Owner: Andy Beard. Due: 01/08/2022.', owners: ['Andy Beard'], task: 'Report on fuel.', due: '01/08/2022', dueDate: '2022-08-01' },
  // a line in capitals' `TO` after the owner's initials; an imperative before `TO` is still the task
  { line: 'ACTION: RB TO order a new waymark before the April meeting.', owners: ['RB'], task: 'order a new waymark before the April meeting', due: 'the April meeting' },
  { line: 'ACTION: Write TO the county about the verge', owners: [], task: 'Write TO the county about the verge' },
  // a governing board's `ACTION – initials: task` (two owners by a slash); words before a colon that are no owner are the task
  { line: '\tACTION – PR: send the revised lettings policy to staff by 14/03/25.', owners: ['PR'], task: 'send the revised lettings policy to staff by 14/03/25', due: '14/03/25' },
  { line: 'ACTION – KT/DW: join a forest school session before Easter.', owners: ['KT', 'DW'], task: 'join a forest school session before Easter', due: 'Easter' },
  // a council's web page: the owner, a dash, the task in the infinitive; `to the …` after the dash is the task's own words
  { line: 'Action: Head of Planning – to publish the revised validation checklist by 31 May 2026.', owners: ['Head of Planning'], task: 'publish the revised validation checklist by 31 May 2026', due: '31 May 2026', dueDate: '2026-05-31' },
  { line: 'ACTION: Treasurer – to the bank with the new mandate', owners: ['Treasurer'], task: 'to the bank with the new mandate' },
  { line: 'ACTION: Note: the hall is booked for the summer fair', owners: [], task: 'Note: the hall is booked for the summer fair' },
  // an imperative is the task, not an owner
  { line: 'ACTION: Write to the school about parking', owners: [], task: 'Write to the school about parking' },
  // two or three people by the names the scribe gives them, joined
  { line: '   ACTION: Tomasz and Jun to draft the test plan for the new region', owners: ['Tomasz', 'Jun'], task: 'draft the test plan for the new region' },
  { line: 'ACTION: Amara, Chen & Luis to review the glossary before the next call', owners: ['Amara', 'Chen', 'Luis'], task: 'review the glossary before the next call', due: 'the next call' },
  // Markdown notes (`- **Action:** …`, as the segment reads it, its bold marks set aside): the task
  // first, its owner by a handle in code marks after a dash, its due in brackets
  { line: '- Action: open the release branch and tag the beta — `@rkoval` (by 2026-04-02)', owners: ['@rkoval'], task: 'open the release branch and tag the beta', due: '2026-04-02', dueDate: '2026-04-02' },
  { line: '- Action: ask the sponsor for the venue in writing — `@mtan`', owners: ['@mtan'], task: 'ask the sponsor for the venue in writing' },
  // near misses: what follows a dash at the end that is no owner stays the task's
  { line: 'ACTION: Publish the budget — in time for the AGM', owners: [], task: 'Publish the budget — in time for the AGM', due: 'the AGM' }, // (the AGM: a meeting by its letters, forms/dueDates.ts)
  // near misses: an imperative among them, or a lower-case word, keeps the task ownerless
  { line: 'ACTION: Draft and Circulate to update the page', owners: [], task: 'Draft and Circulate to update the page' },
  { line: 'ACTION: Chen and the group to update the page', owners: [], task: 'Chen and the group to update the page' },
  // a project's notes: the task, a long dash, its owner last (a handle in code marks), the due in brackets of its own
  { line: '- Action: print the new rota and pin it up — `@mkoval` (by 2026-04-02)', owners: ['@mkoval'], task: 'print the new rota and pin it up', due: '2026-04-02', dueDate: '2026-04-02' },
  { line: 'Action: draft the upgrade notes – Priya Nair (before the 2.0 release)', owners: ['Priya Nair'], task: 'draft the upgrade notes', due: 'the 2.0 release' },
  { line: 'ACTION: tag the release — @kmori (May meeting)', owners: ['@kmori'], task: 'tag the release', due: 'May meeting' },
  // near misses: words after the dash that are no owner; a hyphen joins the task's own words
  { line: 'ACTION: review the budget lines — all of them', owners: [], task: 'review the budget lines — all of them' },
  { line: 'ACTION: review the 2025 - Clerk budget', owners: [], task: 'review the 2025 - Clerk budget' },
];

for (const c of ACTION_LINES) {
  test(`action line: ${c.line.trim().slice(0, 60)}`, () => {
    const a = matchActionLine(c.line, { year: 2020, isPerson: c.isPerson ? known(...c.isPerson) : undefined });
    assert.ok(a, 'an action');
    assert.deepEqual(cuts(c.line, a.owners), c.owners);
    assert.equal(cut(c.line, a.task), c.task);
    assert.equal(a.ownerOnly, c.ownerOnly ?? false);
    assert.equal(a.due?.text, c.due);
    if (c.dueDate) assert.equal(a.due?.date, c.dueDate);
    if (c.due) assert.equal(cut(c.line, a.due), c.due, 'the due span covers the words');
    assert.deepEqual(a.statuses.map((s) => s.mark.status), c.statuses ?? []);
    assert.ok(a.start >= 0 && a.end <= c.line.length && a.start < a.end);
  });
}

test('action line: not an action', () => {
  for (const line of ['Action 17 (audit of step-free bus stops, Minute 28) – Complete;', 'No further action was required.', 'Actions arising', 'The action log was reviewed:', 'Marit: action-41, Chen to check licence']) {
    assert.equal(matchActionLine(line), undefined, line);
  }
});

test('inline ACTION after a sentence (parish minutes): the owner initials, no task of their own', () => {
  const p = '(a) Speed indicator device: Cllr Daventry to ask the Borough Council about the loan\nscheme and report back in July. ACTION: MD';
  const found = findActionLines(p);
  assert.equal(found.length, 1);
  assert.deepEqual(cuts(p, found[0].owners), ['MD']);
  assert.equal(found[0].ownerOnly, true);
  assert.deepEqual(findActionLines('We took no action: it was not needed.'), []);
});

test('owner initials from a right-hand Action column: alone, or far right after a gap', () => {
  const cases: Array<[string, string[] | undefined, boolean?]> = [
    ['LS', ['LS'], true],
    ['  JH/SG  ', ['JH', 'SG'], true],
    ['trajectory would come to the December meeting.                                  LS', ['LS'], false],
    ['Report circulated\t\tRK/LS', ['RK', 'LS'], false],
    ['DRAFT', undefined],
    ['NHS', undefined],
    ['The Board NOTED the report LS', undefined],
    ['Minute                                                                          Action', undefined],
  ];
  for (const [line, owners, alone] of cases) {
    const m = matchOwnerColumn(line);
    assert.deepEqual(cuts(line, m?.owners), owners, line);
    if (m) assert.equal(m.alone, alone, line);
  }
  // with the lists known, initials of no one are not an owner
  assert.equal(matchOwnerColumn('XQ', known('LS')), undefined);
  assert.ok(matchOwnerColumn('LS', known('LS')));
  // a parish's Action column writes a role word, read for someone of the lists only and after a wide gap
  const role = 'meeting.                                                        Chair';
  assert.deepEqual(cuts(role, matchOwnerColumn(role, known('Chair'))?.owners), ['Chair']);
  assert.equal(matchOwnerColumn(role), undefined);
  assert.equal(matchOwnerColumn(role, known('LS')), undefined);
  assert.equal(matchOwnerColumn('The item was deferred, said the Clerk', known('Clerk')), undefined);
  assert.equal(matchOwnerColumn('meeting.                    Tuesday', known('Tuesday')), undefined);
  assert.equal(matchOwnerColumn('Mayor                                  Clerk', known('Clerk')), undefined);
  // councillors by title and surname, each someone of the lists
  const cllr = 'before the May meeting.                                  Cllr Pennock';
  assert.deepEqual(cuts(cllr, matchOwnerColumn(cllr, known('Pennock'))?.owners), ['Pennock']);
  const cllrs = 'the bank statements.                          Cllrs Oldroyd/Pennock';
  assert.deepEqual(cuts(cllrs, matchOwnerColumn(cllrs, known('Oldroyd', 'Pennock'))?.owners), ['Oldroyd', 'Pennock']);
  assert.equal(matchOwnerColumn(cllrs, known('Pennock')), undefined);
  assert.equal(matchOwnerColumn('Cllr Pennock', known('Pennock')), undefined);
  // `All` in the column: the whole board, whoever the lists hold
  const all = 'of the summer term.                                             All';
  assert.deepEqual(cuts(all, matchOwnerColumn(all, known('LS'))?.owners), ['All']);
  assert.equal(matchOwnerColumn('of the summer term.                                             Allan', known('LS')), undefined);
  // the column's role word one blank after the sentence's stop, where the sentence ran up to the column
  const tight = 'to the members by 14th March 2025 for the April meeting. Clerk';
  assert.deepEqual(cuts(tight, matchTightRoleCell(tight, known('Clerk'))?.owners), ['Clerk']);
  assert.equal(matchTightRoleCell(tight, known('LS')), undefined);
  assert.equal(matchTightRoleCell('the report was sent on to the Clerk', known('Clerk')), undefined);
});

test('"Clerk to action": an owner for the paragraph above', () => {
  const line = 'Clerk to action.';
  assert.deepEqual(cuts(line, matchToAction(line)?.owners), ['Clerk']);
  assert.equal(matchToAction('Members agreed to action.'), undefined);
});

// ---- prose undertakings ---------------------------------------------------------------------------

const PROSE: Array<{ text: string; found: Array<[subject: string, task: string, due?: string]>; isPerson?: string[] }> = [
  { text: 'Clerk to report to County Highways.', found: [['Clerk', 'report to County Highways']] },
  { text: "Cllr O'Hare to inspect the footpath at Mill Lane before the next meeting.", found: [["Cllr O'Hare", 'inspect the footpath at Mill Lane before the next meeting', 'the next meeting']] },
  { text: 'Ms Oduwole agreed to share a draft with the Panel\'s support officer by the end of February, 2024.', found: [['Ms Oduwole', "share a draft with the Panel's support officer by the end of February, 2024", 'the end of February, 2024']] },
  { text: '2251.3  that members asked about the fee cap, and that the Vice-Chancellor undertook to bring a scenario paper to the February meeting.', found: [['the Vice-Chancellor', 'bring a scenario paper to the February meeting', 'the February meeting']] },
  { text: 'Consensus was to proceed. Staff were directed to bring back a written plan,\nincluding a drop box for utility payments, at the July 7 meeting.', found: [['Staff', 'bring back a written plan,\nincluding a drop box for utility payments, at the July 7 meeting', 'the July 7 meeting']] },
  { text: 'B. City Engineer – the Cedar Street ditch will be inspected this week; Patel will report\nfindings to Council by e-mail by June 26.', isPerson: ['Patel'], found: [['Patel', 'report\nfindings to Council by e-mail by June 26', 'June 26']] },
  { text: 'Governors agreed to appoint if the candidate meets the criteria; KA and TR to meet the\ncandidate before the next meeting.', found: [['KA and TR', 'meet the\ncandidate before the next meeting', 'the next meeting']] },
  { text: 'Council Member Haney asked for a summary. Administrator Pratt agreed\nto add this to the staff report template.', found: [['Administrator Pratt', 'add this to the staff report template']] },
  { text: 'consulted on stop locations before the trial began, which the\n                Director agreed to arrange.', found: [['the\n                Director', 'arrange']] },
  { text: 'LH will look at a volunteer recruitment day.', found: [['LH', 'look at a volunteer recruitment day']] },
  // not actions: a noting, a body, a passive, a subject that is no one, reported speech
  { text: 'Members were asked to note the report.', found: [] },
  { text: 'The Committee agreed to note the update.', found: [] },
  { text: 'The next meeting will be held on Thursday, 1st February, 2024.', found: [] },
  { text: 'Work will begin in May.', found: [] },
  { text: 'Governors will revisit this in the spring.', found: [] },
  { text: 'Patel will report findings by June 26.', found: [] }, // Patel is no one of the lists here
  { text: 'authority be delegated to the Director of Transport, in consultation with the Chair, to move up to £250,000', found: [] },
  { text: 'The Chair reported that the Sub-Committee had met and that the complaint had been resolved.', found: [] },
  { text: 'Mr Whitlock said that reserves would be used for one year only.', found: [] },
  // reported in the third person: the one who said it owns it; a wish is no task
  { text: 'The Commissioner said that a review was under way and that he would report its outcome to the Panel.', found: [['The Commissioner', 'report its outcome to the Panel']] },
  { text: 'The Chair said that she would like to thank the crews.', found: [] },
  // a university's officer by office and name
  { text: 'The Provost did not have the figure. Provost\nKeel will report the spring figures to the Senate.', found: [['Provost\nKeel', 'report the spring figures to the Senate']] },
  // the sentence's subject owns its second verb phrase (`… and agreed to`, `…, and undertook to`); another clause's subject stands between in the near misses
  { text: 'Members asked about fees. In reply, the Director of Finance outlined the options, and undertook to circulate a costed\nplan before the March meeting.', found: [['the Director of Finance', 'circulate a costed\nplan before the March meeting', 'the March meeting']] },
  { text: 'Dr. Amis explained the delay and agreed to report progress at the next meeting.', found: [['Dr. Amis', 'report progress at the next meeting', 'the next meeting']] },
  { text: 'The Chair thanked Ms Reid, who explained the figures and agreed to circulate them.', found: [] },
  { text: 'The Committee discussed the report and agreed to review the policy in June.', found: [] },
  { text: 'Cllr Marsh reported that the plan would open in May and offered to attend a session in the village.', found: [] },
  // reported with `would` after the officer: what the officer undertook; a forecast, a wish or a passive is none
  { text: 'Members asked about the rise in void repairs; the Head of Housing would bring a breakdown by estate to the January meeting.', found: [['the Head of Housing', 'bring a breakdown by estate to the January meeting', 'the January meeting']] },
  { text: 'C/25/14.3 The Chief Financial Officer would bring a revised plan to the June\nmeeting.', found: [['The Chief Financial Officer', 'bring a revised plan to the June\nmeeting', 'the June\nmeeting']] },
  { text: 'The Leader replied that resurfacing would finish in November.', found: [] },
  { text: 'The Clerk would like the dates confirmed. The Director would be happy to help.', found: [] },
  // one's own presence at the meeting (family 4's first item) is no task; joining something else is
  { text: 'Apologies were noted; Dr Ann Vale would join the meeting from agenda item 6 and JB will leave after item 9.', isPerson: ['Ann Vale'], found: [] },
  { text: 'Dr Ann Vale would join the estates working group as the clinical lead.', isPerson: ['Ann Vale'], found: [['Dr Ann Vale', 'join the estates working group as the clinical lead']] },
  // a resolution's part that directs, in the subjunctive; a part in the passive or a noting owns nothing
  { text: '(b)  the Chief Finance Officer circulate the savings options before the precept meeting on 1st February, 2024;', found: [['the Chief Finance Officer', 'circulate the savings options before the precept meeting on 1st February, 2024', '1st February, 2024']] },
  { text: '(a)  the initial briefing be noted;\n\n(c)  the Panel notes the report.', found: [] },
  // a North American council's labelled direction, in the subjunctive; a police rank before the surname owns an undertaking
  { text: 'Direction to staff: That the Town Engineer prepare a costed\nplan for Council by March 3, 2025.', found: [['the Town Engineer', 'prepare a costed\nplan for Council by March 3, 2025', 'March 3, 2025']] },
  { text: 'Direction to staff: That the report be received.', found: [] },
  { text: 'Sgt Okoye undertook to review the crossing signage.', found: [['Sgt Okoye', 'review the crossing signage']] },
  // an executive councillor by office owns an undertaking; a part asking them in the passive directs nobody here
  { text: 'The Portfolio Holder for Leisure undertook to send Ms Rowe a written reply by 2nd May, 2025.', found: [['The Portfolio Holder for Leisure', 'send Ms Rowe a written reply by 2nd May, 2025', '2nd May, 2025']] },
  { text: '(3) That the Cabinet Member for Parks be asked to report on the lido in July.', found: [] },
  // a reported clause whose `that` is left out: its own subject owns it (a district's `… said staff would …`)
  { text: 'Director Vance asked about leaks. District Engineer Holm said staff would survey the\nnorth mains by July 15.', found: [['staff', 'survey the\nnorth mains by July 15', 'July 15']] },
  { text: 'The Treasurer said reserves would cover the gap.', found: [] },
  // a paragraph's own number opens the sentence; the whole board owns a task (`All governors`), a body of others does not
  { text: '4.3   TR to book the minibus for the Year 8 trip.', found: [['TR', 'book the minibus for the Year 8 trip']] },
  { text: '8.2   All trustees to read the revised risk register before the next meeting.', found: [['All trustees', 'read the revised risk register before the next meeting', 'the next meeting']] },
  { text: 'All pupils to wear their lanyards on site.', found: [] },
  // a pronoun opening the next sentence owns its undertaking as the one before's subject does; an adverb after `will` is no word of the task
  { text: 'Mr. Okafor will send the survey by May 2. He will also book the hall before the end of May.', found: [['Mr. Okafor', 'send the survey by May 2', 'May 2'], ['He', 'book the hall before the end of May', 'the end of May']] },
  { text: 'The roof was repaired. She will also check the gutters.', found: [] },
  { text: 'The Clerk will write to the residents. They will then reply.', found: [['The Clerk', 'write to the residents']] },
];

for (const c of PROSE) {
  test(`undertaking: ${c.text.slice(0, 60).replace(/\n/g, ' ')}`, () => {
    const found = findUndertakings(c.text, { year: 2020, isPerson: c.isPerson ? known(...c.isPerson) : undefined });
    assert.deepEqual(found.map((u) => [cut(c.text, u.subject), cut(c.text, u.task), ...(u.due ? [u.due.text] : [])]), c.found);
    for (const u of found) assert.ok(u.start >= 0 && u.end <= c.text.length);
  });
}

test('requests: a resolution\'s part asks in the base form (`2. request the … to prepare`); a body asked is no owner', () => {
  const cases: Array<[string, Array<[string, string, string?]>]> = [
    ['That Council:\n1.   adopt the Review; and\n2.   request the Director Engineering to prepare a costed plan for the March 2026 meeting.', [['Director Engineering', 'prepare a costed plan for the March 2026 meeting', 'the March 2026 meeting']]],
    ['That the Committee requests the Head of Finance to circulate the figures.', [['Head of Finance', 'circulate the figures']]],
    ['That Council request the Minister to fund the bridge.', []],
    ['Members will ask Council to note the report.', []],
    // the body's own request, in the subjunctive; one member's wish is not the body's
    ['The Panel asked that the Head of Housing report the void figures to the March meeting.', [['Head of Housing', 'report the void figures to the March meeting', 'the March meeting']]],
    ['The Board requested that the Chief Executive attend the next meeting to present the plan.', [['Chief Executive', 'attend the next meeting to present the plan', 'the next meeting']]],
    ['Councillor Tolley asked that the contract manager attend the next meeting.', []],
    // the officers as a body, in small letters
    ['Chair Ortiz asked staff to send the tenants a written update.', [['staff', 'send the tenants a written update']]],
    // a motion's direction to the body's staff, in the base form
    ['M/S: Holm/Reyes to approve the rebate and direct staff to return with guidelines at the June 10, 2025\nmeeting.', [['staff', 'return with guidelines at the June 10, 2025\nmeeting', 'the June 10, 2025\nmeeting']]],
    ['The Board asked staff members about the figures.', []],
    ['The Committee requested that the Clerk be invited to the next meeting.', []],
  ];
  for (const [text, found] of cases) {
    const got = findRequests(text, { year: 2025 });
    assert.deepEqual(got.map((u) => [cut(text, u.subject), cut(text, u.task), ...(u.due ? [u.due.text] : [])]), found, text);
    assert.deepEqual(gateMisses(text), [], text);
  }
});

// ---- the undertaking reader's first test ---------------------------------------------------------

/** Every undertaking and request found in `text`, with the line its verb stands on, asked of the gate. */
function gateMisses(text: string, isPerson?: (n: string) => boolean, isPersonEnd?: (w: string) => boolean): string[] {
  const options = { year: 2025, isPerson };
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) { starts.push(at); at += l.length + 1; }
  const misses: string[] = [];
  for (const u of [...findUndertakings(text, options), ...findRequests(text, options)]) {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1] <= u.verb.start) k++;
    if (!mayHoldUndertaking(lines[k], isPersonEnd)) misses.push(lines[k]);
  }
  return misses;
}

test('the undertaking reader\'s first test holds on every line where an undertaking\'s verb stands (the forms above, the fixtures)', () => {
  for (const c of PROSE) assert.deepEqual(gateMisses(c.text, c.isPerson ? known(...c.isPerson) : undefined, c.isPerson ? known(...c.isPerson) : undefined), [], c.text);
  const root = path.join(__dirname, '..', '..', 'test', 'fixtures');
  let paragraphs = 0;
  for (const dir of ['layouts', 'otherFamilies', 'heldOut', 'corpus']) {
    const folder = path.join(root, dir);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => /\.(?:txt|minutes|md)$/.test(f))) {
      // each paragraph as the reader joins it; the people of the lists stand in for none (the words alone)
      for (const para of fs.readFileSync(path.join(folder, file), 'utf8').split(/\r?\n[ \t]*\r?\n/)) {
        paragraphs++;
        assert.deepEqual(gateMisses(para.replace(/\r/g, '')), [], `${file}: ${para.slice(0, 80)}`);
      }
    }
  }
  assert.ok(paragraphs > 1000, `the documents were read (${paragraphs} paragraphs)`);
});

test('the undertaking reader\'s first test: the word before the verb', () => {
  const yes = [
    'Clerk to write to the landowner.', 'KA will ask the school.', 'Staff were directed to bring back a plan', 'the Director agreed to arrange a visit',
    'to write to the County', 'the Clerk, to be fair,', 'Mayor Lindqvist asked the City', '(b)  the Chief Finance Officer circulate the options',
    'The Commissioner said that he would report back', 'the officers to look again at it', 'Cllr van der Berg to', 'JH/SG to chase the contractor',
  ];
  const no = [
    'The Chair welcomed everyone to the meeting.', 'RESOLVED to approve the accounts.', 'Agreed to defer the item.', 'the budget is on track and the reserves are healthy',
    'Members asked about the fee cap.', 'the item – to be confirmed', 'hours from 8 to 10 per week',
  ];
  for (const l of yes) assert.ok(mayHoldUndertaking(l), l);
  for (const l of no) assert.ok(!mayHoldUndertaking(l), l);
  // someone of the lists whose name is written in small letters (a chat handle), or named as a decision's word
  assert.ok(mayHoldUndertaking('tomasz to collect examples', (w) => w === 'tomasz'));
  assert.ok(!mayHoldUndertaking('tomasz to collect examples', () => false));
});

// ---- due dates --------------------------------------------------------------------------------------

test('due dates in running text', () => {
  const cases: Array<[string, string | undefined, string?, string?]> = [
    ['send the letter by 31 March 2024', '31 March 2024', 'date', '2024-03-31'],
    ['update #801 before 2026-01-28.', '2026-01-28', 'date', '2026-01-28'],
    ['bring the options by the June meeting', 'the June meeting', 'meeting'],
    ['share a draft by the end of February, 2024', 'the end of February, 2024', 'month', '2024-02-29'],
    ['findings to be reported to the June meeting', 'the June meeting', 'meeting'],
    ['report findings to Council by e-mail by June 26.', 'June 26', 'date', '2025-06-26'],
    ['publish the figures ASAP', 'ASAP', 'asap'],
    ['report back in July', 'July', 'month', '2025-07-31'],
    // a month after the name of an occasion dates the occasion, not the task: a charity's stand at a show, a parish's fete, a school's open day
    ['approach the Show committee about a stand and a bat walk in August.', undefined],
    ['book the marquee for the village fete in July', undefined],
    ['invite parents to the open day in March 2026', undefined],
    ['circulate the draft to the events group in September', 'September', 'month', '2025-09-30'],
    ['report to the working party in July', 'July', 'month', '2025-07-31'],
    // …but a task done at the occasion it is taken to is due then
    ['present the findings to the staff conference in April', 'April', 'month', '2025-04-30'],
    ['bring the options to the open day in June', 'June', 'month', '2025-06-30'],
    ['Cllr Roe to visit in March', 'March', 'month', '2025-03-31'],
    ['to be considered at the next meeting', 'the next meeting', 'meeting'],
    ['ask officers to report back before the full business case is prepared', 'the full business case is prepared', 'event'],
    // a step of the work the task must come before, in other boards' words; a clause that is no passive, or a person after `by`, is none
    ['circulate the heads of terms until the lease has been signed', 'the lease has been signed', 'event'],
    ['share the draft policy before its consultation responses are published.', 'its consultation responses are published', 'event'],
    ['raise the matter before the meeting closes', undefined],
    ['check the accounts before the audit is complete', undefined],
    ['the payment was made by the Treasurer', undefined],
    ['circulate the options before the precept meeting on 1st February, 2025', '1st February, 2025', 'date', '2025-02-01'],
    // a working group meets by call
    ['collect examples of dense maps before the next call', 'the next call', 'meeting'],
    ['raise it at the next telecon', 'the next telecon', 'meeting'],
    ['we recalled it by then', undefined],
    // a meeting named by its month and year, or by its number (a senate numbers its meetings)
    ['prepare a report on the site for the February 2026 meeting.', 'the February 2026 meeting', 'meeting'],
    ['report the figures to the Senate at Meeting 518.', 'Meeting 518', 'meeting'],
    ['bring a written analysis to meeting no. 42', 'meeting no. 42', 'meeting'],
    ['the item was first raised at meeting rooms in town', undefined],
    // a season naming some other thing (`the summer round`): the date the sentence gives next, if any
    ['report back before the summer round opens in June 2025', 'June 2025', 'month', '2025-06-30'],
    ['circulate the bids before the autumn programme is set by 30 September', '30 September', 'date', '2025-09-30'],
    ['review the plans before the summer round opens', 'the summer', 'term'],
    ['report back by the summer term, in July', 'the summer term', 'term'],
    // a meeting the task attends is its due
    ['attend the April meeting to explain the plan', 'the April meeting', 'meeting'],
    // a North American council's meeting by its full date
    ['report back to Council at the March 4, 2025 meeting.', 'the March 4, 2025 meeting', 'meeting'],
    // a school's half term names its meeting; the end of a term is a term
    ['bring the revised plan to the Spring 2 meeting', 'the Spring 2 meeting', 'meeting'],
    ['complete the online module by the end of the Autumn term.', 'the end of the Autumn term', 'term'],
    // a quarter of the year, as a health board dates a task
    ['publish the audit by Q3 2026', 'Q3 2026', 'term'],
    ['report back to Council at the March 4, 2025 session.', undefined],
    // `on` dates a task only by a whole calendar day that ends its sentence, and only where no `by` does
    ['present the options to the Estates Committee on 14 October 2025.', '14 October 2025', 'date', '2025-10-14'],
    ['report on 3 March 2025 events to the board', undefined],
    ['write to the funder on 2 June 2025 and reply by 30 June 2025', '30 June 2025', 'date', '2025-06-30'],
    ['report on the accounts', undefined],
    // a project's milestone closing the task, as written; never one mid-sentence nor a moment that is no release
    ['rebase the storage patch before the 2.4 release.', 'the 2.4 release', 'event'],
    ['land the parser rewrite by v3.1', 'v3.1', 'event'],
    ['freeze the public API before the beta', 'the beta', 'event'],
    ['keep the flag until the 3.5 patch lands next week', undefined],
    ['tidy the docs before the meeting closes', undefined],
    // a project team's sync, a standards group's numbered meeting
    ['pin the runner image by next sync', 'next sync', 'meeting'],
    ['prepare the working draft before the 14th meeting', 'the 14th meeting', 'meeting'],
    // a time counted from an event closing the task, as written; never `within` the task's own words
    ['send the resolution to the secretariat within two weeks of the ballot closing', 'within two weeks of the ballot closing', 'event'],
    ['keep the spend within the budget', undefined],
    // a due set off after a long dash at the task's end, without `by`; a dash before other words is none
    ['restate the risk scores – March 2025 meeting', 'March 2025 meeting', 'meeting'],
    ['label the starter issues — w/c 10 March', 'w/c 10 March', 'date', '2025-03-10'],
    ['restate the risk scores – Finance Director', undefined],
  ];
  for (const [text, words, kind, date] of cases) {
    const d = findDueDate(text, { year: 2025 });
    assert.equal(d?.text, words, text);
    if (d) {
      assert.equal(cut(text, d), words);
      assert.equal(d.kind, kind, text);
      assert.equal(d.date, date, text);
    }
  }
  // the words a reader writes start after a leading `the`, also where the page wrapped the line after it
  for (const [text, words] of [['bring the costs by the June meeting', 'June meeting'], ['return with a phased estimate by the\nMay 12 meeting', 'May 12 meeting'], ['freeze the API before the beta', 'beta']]) {
    const d = findDueDate(text, { year: 2025 })!;
    assert.equal(d.text.slice(dueWordsStart(d)), words, text);
  }
});

test('a tracker bot\'s answer to an action: the owner it names and the due it sets, over the lines it wraps onto', () => {
  const line = '   <trackbot> Created ACTION-77 - Draft the glossary section [on Amara\n   Osei - due 2019-05-02].';
  const one = '<trackbot> Created ACTION-78 - Review the test suite [on Lena Vogt - due\n   2019-05-09].';
  const f = matchTrackerCreated(line);
  assert.equal(cut(line, f?.owner)?.replace(/\s+/g, ' '), 'Amara Osei'); // a name the wrap broke
  assert.equal(f?.due?.date, '2019-05-02');
  const g = matchTrackerCreated(one);
  assert.equal(cut(one, g?.owner), 'Lena Vogt');
  assert.equal(cut(one, g?.due), '2019-05-09');
  assert.equal(g?.due?.date, '2019-05-09');
  assert.equal(matchTrackerCreated('<trackbot> Closed ACTION-41 Draft the section.'), undefined);
  assert.equal(matchTrackerCreated('<amara> Created ACTION-9 - x [on Lena Vogt - due 2019-05-09]'), undefined); // a person's line, not the tracker's
});

test('due cells of action tables', () => {
  const cases: Array<[string, string | undefined, string?]> = [
    ['26/11/21', 'date', '2021-11-26'], ['Spring 1', 'term'], ['ASAP', 'asap'], ['end Jan 2022', 'month', '2022-01-31'],
    ['before 8/2/22', 'date', '2022-02-08'], ['Aug 22', 'month', '2022-08-31'], ['next meeting', 'meeting'], ['Feb 23', 'month', '2023-02-28'],
    ['Circulated to governors', undefined], ['', undefined],
    // a school's plan dates a task by its week (the week's first day); a week with no date is no due
    ['w/c 26/01/26', 'date', '2026-01-26'], ['week beginning 2 March 2026', 'date', '2026-03-02'], ['w/c', undefined],
    // a school's holiday is a time of its year (`Before Easter`, `by Christmas holidays`); an area named after a point of the compass is not
    ['Before Easter', 'term'], ['by Christmas holidays', 'term'], ['before the summer recess', 'term'], ['by the Christmas recess', 'term'], ['after the Whitsun break', undefined], ['Eastern region', undefined],
    // a quarter, or the quarter's report the task is to come to
    ['Q2 report', 'term'], ['Q4 2025/26', 'term'], ['QA review', undefined],
    // a season with its year is one due (`Spring 2026`, `autumn term 2026`)
    ['Spring 2026', 'term'], ['by the autumn term 2026', 'term'],
  ];
  for (const [cell, kind, date] of cases) {
    const d = readDueCell(cell);
    assert.equal(d?.kind, kind, cell);
    if (/\d{4}$/.test(cell) && d) assert.ok(d.text.endsWith(cell.slice(-4)), cell);
    assert.equal(d?.date, date, cell);
  }
});

test('an owner in the right margin (`Action: Clerk`) ends its sentence: the next line\'s undertaking has its own subject', () => {
  const text = 'Clerk to write to the landowner about the\nhedge on Mill Lane.                          Action: Clerk\nCllr Ray to inspect the footpath stile by 1 May.             Action: Cllr Ray';
  const subjects = findUndertakings(text).map((u) => text.slice(u.subject.start, u.subject.end));
  assert.deepEqual(subjects, ['Clerk', 'Cllr Ray']);
  // no margin owner: a line in the middle of a sentence opens no undertaking
  const mid = 'It was noted that the work would be done by the\nCllr Ray to inspect the footpath stile by 1 May.';
  assert.deepEqual(findUndertakings(mid).map((u) => mid.slice(u.subject.start, u.subject.end)), []);
});

test('a task list\'s row whose box and chips the copy lost: the owner, `to`, the task, the due chip\'s date last on the line', () => {
  const read = (line: string): [string[], string, string | undefined, string | undefined] | undefined => {
    const f = matchOwnerRow(line, { year: 2025 });
    return f && [f.owners.map((o) => line.slice(o.start, o.end)), line.slice(f.task!.start, f.task!.end), f.due && line.slice(f.due.start, f.due.end), f.due?.date];
  };
  assert.deepEqual(read('Greta Lind to book the hall for the spring lecture 14 Apr 2025'), [['Greta Lind'], 'book the hall for the spring lecture', '14 Apr 2025', '2025-04-14']);
  assert.deepEqual(read('Omar Haddad to price a new eyepiece for the May meeting'), [['Omar Haddad'], 'price a new eyepiece for the May meeting', 'the May meeting', undefined]);
  assert.deepEqual(read('Yuki Sato to write to the parish about the lights'), [['Yuki Sato'], 'write to the parish about the lights', undefined, undefined]);
  // a date inside the task is the task's own words, not the chip's
  assert.deepEqual(read('Omar Haddad to list the 12 Mar 2025 observations by type'), [['Omar Haddad'], 'list the 12 Mar 2025 observations by type', undefined, undefined]);
  assert.equal(read('Members agreed to book the hall'), undefined); // a sentence: its subject is no owner
  assert.equal(read('Write to the parish about the lights'), undefined);
});

test('a wiki\'s closing Action items list of such rows is the meeting\'s closing list of actions', () => {
  const lines = ['Action items', 'Greta Lind to book the hall for the spring lecture 14 Apr 2025', 'Omar Haddad to price a new eyepiece for the May meeting', '', 'No labels'];
  const t = findClosingActionTable(lines);
  assert.deepEqual([t?.title, t?.header, t?.end, t?.table.rows.length], [0, 1, 2, 2]);
  assert.equal(findClosingActionTable(['Action items', 'Greta Lind to book the hall', 'The hall is booked for May.', '']), undefined); // every line a row
});

test('a parish\'s closing ACTION SUMMARY: the owner, a colon, the task, its due in brackets last; a plural title is each name\'s', () => {
  const row = (t: string): string | undefined => {
    const f = matchOwnerColonRow(t);
    return f && `${f.owners.map((o) => t.slice(o.start, o.end)).join('+')} | ${t.slice(f.task!.start, f.task!.end)} | ${f.due ? t.slice(f.due.start, f.due.end) : ''}`;
  };
  assert.equal(row('Clerk: ask Highways to clear the drain (by 4 May)'), 'Clerk | ask Highways to clear the drain | 4 May');
  assert.equal(row('Cllr Dane: price a new bench (June meeting)'), 'Cllr Dane | price a new bench | June meeting');
  assert.equal(row('Cllrs Hart & Lowe: walk the footpaths (before 1 June)'), 'Hart+Lowe | walk the footpaths | 1 June');
  assert.equal(row('the bench was repaired: thanks were given'), undefined);
  const lines = ['ACTION SUMMARY', 'Clerk: ask Highways to clear the drain (by 4 May)', 'Cllr Dane: price a new bench (June meeting)', '', 'The meeting closed at 9pm.'];
  const t = findClosingActionTable(lines);
  assert.deepEqual([t?.title, t?.header, t?.end, t?.table.rows.length], [0, 1, 2, 2]);
});

test('a closing summary of actions whose owners stand in a `Responsibility` column, its rows referring to paragraphs `042/25.3`', () => {
  const lines = ['SUMMARY OF ACTIONS', 'Minute\tAction\tResponsibility\tBy', '042/25.3\tRevise the fees schedule\tBursar\tMay 2026', '045/25.1\tBook the hall\tClerk\t1 June 2026', ''];
  const t = findClosingActionTable(lines);
  assert.deepEqual([t?.title, t?.header, t?.table.header.columns, t?.table.rows.length], [0, 1, ['ref', 'action', 'owner', 'due'], 2]);
});

test('titles of a closing list of actions: a school\'s `ACTION PLAN` among them; a plan of something else is not one', () => {
  for (const t of ['ACTION PLAN', 'Action plan', '**Action Plan**', 'ACTIONS ARISING', 'Action plan from this meeting', 'ACTION POINTS ARISING FROM THE MEETING', 'Action points arising']) assert.ok(isActionsListTitle(t), t);
  for (const t of ['School Development Plan', 'Action plan for the year ahead', 'Plan of actions']) assert.ok(!isActionsListTitle(t), t);
  // a note in brackets after the title, unless it says the actions are earlier ones (a review)
  assert.ok(isActionsListTitle('## Action items (to next call)'));
  assert.ok(!isActionsListTitle('## Action items (from last call)'));
});

test('a council\'s list of what members asked staff for is a list of the meeting\'s actions: `Follow-up items`, `FOLLOW UP ACTIONS`; a bare `Follow-ups` or those from the last meeting are no such title', () => {
  for (const t of ['Follow-up items', 'FOLLOW-UP ITEMS', 'Follow up actions', '**Follow-up list**', 'Follow-up requests', '## Followup items']) assert.ok(isActionsListTitle(t), t);
  for (const t of ['Follow-ups', 'Follow-up items from the last meeting', 'Follow-up on the audit', 'Follow-ups from 2026-01-28']) assert.ok(!isActionsListTitle(t), t);
  // its table: the request, whom it is assigned to, when it is due
  const lines = ['FOLLOW-UP ITEMS', 'Requests\tAssigned to\tDue date', 'Repaint the crossing on Elm Avenue\tStreets Superintendent\tSeptember 3', 'Quote for the library roof\tTown Manager\tAugust 20', 'ADJOURNMENT'];
  const t = findClosingActionTable(lines);
  assert.deepEqual([t?.title, t?.header, t?.end, t?.table.header.columns], [0, 1, 3, ['action', 'owner', 'due']]);
});

test('a council prints a follow-up table in several items, one directly under its head, and its closing list: each row is an action of its own item, or of the meeting', () => {
  // another town's words: `Follow-up requests` over `Request | Assigned to | Target date`, the title right under `6. STREETS`
  const src = [
    'TOWN OF CEDAR FALLS',
    'REGULAR COUNCIL MEETING MINUTES',
    'March 3, 2026',
    '',
    '5. CALL TO ORDER',
    'Mayor Dunn called the meeting to order at 7:00 p.m.',
    '6. STREETS AND SIDEWALKS',
    'FOLLOW-UP REQUESTS',
    'Request\tAssigned to\tTarget date',
    'Survey of the potholes on Birch Road\tStreets Superintendent\tMarch 17',
    'Crosswalk paint at the school\tTown Engineer\tApril 7',
    '7. COUNCIL COMMENTS',
    'Council Member Ray asked about the library hours.',
    'Follow-up requests',
    'Request\tAssigned to\tTarget date',
    'Library Sunday hours costed\tTown Manager\tMarch 17',
    '8. ADJOURNMENT',
    'The meeting adjourned at 8:10 p.m.',
    'ACTION ITEMS',
    'Action\tOwner\tDue',
    'Budget workshop booked\tFinance Director\tMarch 31',
  ].join('\n');
  const m = parse(src).meeting!;
  const read = (as: readonly { text: string; owners: readonly { text: string }[]; due?: { text: string } }[]) => as.map((a) => [a.text, a.owners.map((o) => o.text).join(), a.due?.text]);
  assert.deepEqual(m.items.map((x) => [x.number?.written, x.title]), [['5', 'CALL TO ORDER'], ['6', 'STREETS AND SIDEWALKS'], ['7', 'COUNCIL COMMENTS'], ['8', 'ADJOURNMENT']]);
  assert.deepEqual(read(m.items[1].actions), [['Survey of the potholes on Birch Road', 'Streets Superintendent', 'March 17'], ['Crosswalk paint at the school', 'Town Engineer', 'April 7']]);
  assert.deepEqual(read(m.items[2].actions), [['Library Sunday hours costed', 'Town Manager', 'March 17']]);
  assert.deepEqual(read(m.actions ?? []), [['Budget workshop booked', 'Finance Director', 'March 31']]);
  assert.deepEqual(findActionTables(src.split('\n')).map((t) => [t.title, t.end]), [[7, 10], [13, 15], [18, 20]]);
});

test('a town\'s follow-up table names its columns in its own words: `Follow-up`, `Staff assigned`, `Target date`', () => {
  const t = readActionTable('| Follow-up | Staff assigned | Target date |\n|---|---|---|\n| Trim the hedge at the library | Parks Foreman | October 1 |\n\nThe meeting closed.', 0);
  assert.deepEqual(t?.header.columns, ['action', 'owner', 'due']);
  assert.deepEqual(t?.rows.map((r) => r.due?.text), ['October 1']);
  assert.equal(matchActionTableHeader('Follow up\tAssigned\tBy when', 0)?.columns.join(), 'action,owner,due');
});

// ---- statuses -------------------------------------------------------------------------------------

test('status words of earlier actions map to our four statuses, the word as written kept', () => {
  const cases: Array<[string, string | undefined, string?]> = [
    ['Complete', 'done'], ['Completed', 'done'], ['Done', 'done'], ['Closed', 'done'], ['Propose closure', 'done'],
    ['Ongoing', 'carried forward'], ['In progress', 'carried forward'], ['Carried forward', 'carried forward'], ['cf', 'carried forward'], ['c/f', 'carried forward'],
    ['Not yet due', 'carried forward'], ['Overdue', 'carried forward'], ['Cancelled', 'dropped'], ['Withdrawn', 'dropped'],
    ['[PENDING]', 'carried forward'], ['[DONE]', 'done'], ['[NEW]', 'open'], ['{{done}}', 'done'], ['{{cf}}', 'carried forward'], ['{{canc}}', 'dropped'],
    ['Yes check.svg Done', 'done'], ['Go-next-red.svg Carried forward', 'carried forward'], ['X mark.svg Cancelled', 'dropped'],
    ['Symbol wait.svg Doing', 'carried forward'], ['Hourglass.png In progress', 'carried forward'], ['Symbol wait.png', 'carried forward'], ['Symbol keep.svg Keep', undefined],
    ['B', 'done'], ['G', 'carried forward'], ['A', 'carried forward'], ['R', 'carried forward'],
    ['Complete – Hallam Joinery instructed, £340', 'done', 'Hallam Joinery instructed, £340'],
    ['Carried forward to July', 'carried forward', 'to July'],
    // the day it was done after the word (`Completed 12/09`), never a figure that is no date
    ['Completed 12/09', 'done', '12/09'], ['Done 3/10/24', 'done', '3/10/24'], ['Done 12 items', undefined], ['completed 12 May', 'done', '12 May'], ['Done 3rd October', 'done', '3rd October'], ['Done 12 mayors', undefined],
    ['Complete the form', undefined], ['New governors', undefined], ['Circulated to governors', undefined], ['Delivery plan', undefined],
    // the one-word keys a list asks its owners to write; the verb with its object is no status
    ['carry (away)', 'carried forward'], ['drop, most preferred email', 'dropped', 'most preferred email'], ['Carry the motion', undefined], ['Drop off the leaflets', undefined],
    // a stage the work has reached: still under way; a matter laid on the table for good, with who laid it there
    ['in design, bids expected August', 'carried forward', 'bids expected August'], ['Under review', 'carried forward'], ['Out to tender – closes 4 May', 'carried forward', 'closes 4 May'], ['In review of the draft', undefined],
    ['Tabled indefinitely by the Board on 3 March', 'dropped'], ['postponed indefinitely', 'dropped'], ['Deferred indefinitely.', 'dropped'], ['Tabled at the meeting', undefined],
  ];
  for (const [cell, status, note] of cases) {
    const m = readStatusCell(cell);
    assert.equal(m?.status, status, cell);
    if (note) assert.equal(cut(cell, m?.note), note, cell);
  }
  assert.equal(statusOfWord('Carried  over'), 'carried forward');
  // a wiki's `{{doing}}` icon with its word is still under way in a board's review: open, as `Doing` alone is
  assert.equal(reviewStatus(readStatusCell('Symbol wait.svg Doing')!), 'open');
  assert.equal(reviewStatus(readStatusCell('Yes check.svg Done')!), 'done');
  // a board's review: a stage under way is open, a matter tabled for good dropped
  assert.equal(reviewStatus(readStatusCell('In design')!), 'open');
  assert.equal(reviewStatus(readStatusCell('under construction, opens in May')!), 'open');
  assert.equal(reviewStatus(readStatusCell('Tabled indefinitely')!), 'dropped');
  assert.equal(matchStatusTagAt('   [PENDING] ACTION-44: Luis', 3)?.status, 'carried forward');
});

test('checkboxes and strike-through of a Markdown review of actions', () => {
  const cases: Array<[string, string | undefined]> = [
    ['- [x] @mkovac to publish the 2026 meeting calendar (done, in README)', 'done'],
    ['- [ ] @tobi-r to draft the LTS policy document — carried over, draft is in #801', 'carried forward'],
    ['- [ ] @newbie to write the docs', 'open'],
    ['- [x] ~~@htanabe to survey downstream packagers~~ dropped, superseded by #801 discussion', 'dropped'],
    ['- the [x] axis', undefined],
  ];
  for (const [line, status] of cases) assert.equal(matchCheckbox(line)?.status, status, line);
  // the mark is the task as printed, its list marker with its box: what a reader quotes as the status written
  for (const line of ['- [x] @jweber to tag the 3.2 release', '  * [X] Nadia to book the venue']) {
    const c = matchCheckbox(line)!;
    assert.equal(line.slice(c.start, c.end), line.trim().slice(0, 5), line);
  }
});

test('an open Markdown task with its owner is an action; a checklist line without one is not', () => {
  const read = (line: string): [string[], string, string | undefined] | undefined => {
    const f = matchTaskAction(line);
    return f && [f.owners.map((o) => line.slice(o.start, o.end)), line.slice(f.task!.start, f.task!.end), f.due?.text];
  };
  assert.deepEqual(read('- [ ] @adaok to read the charter and propose edits'), [['@adaok'], 'read the charter and propose edits', undefined]);
  assert.deepEqual(read('[ ] Nadia Haas to book the venue by 12 March 2026'), [['Nadia Haas'], 'book the venue by 12 March 2026', '12 March 2026']);
  assert.deepEqual(read('- [ ] MF – order the scanner and kit'), [['MF'], 'order the scanner and kit', undefined]);
  // the owner, a colon, the task: a project's notes writing the assignee first
  assert.deepEqual(read('- [ ] @kmori: publish the 2.4 changelog by 2026-05-02'), [['@kmori'], 'publish the 2.4 changelog by 2026-05-02', '2026-05-02']);
  // the task first, its owner after a long dash, the due in brackets: a milestone is due as written
  assert.deepEqual(read('- [ ] Write the `CHANGES.md` entry — `@kmori` (before the beta)'), [['@kmori'], 'Write the `CHANGES.md` entry', 'the beta']);
  assert.equal(withoutCodeMarks('Write the `CHANGES.md` entry for `v2`'), 'Write the CHANGES.md entry for v2');
  assert.equal(withoutCodeMarks('a lone ` mark'), 'a lone ` mark');
  assert.equal(read('- [ ] Note: the venue is booked'), undefined); // the words before the colon are no owner
  assert.equal(read('- [ ] Book the room for March'), undefined); // a checklist: nobody owns it
  assert.equal(read('- [x] @adaok to read the charter'), undefined); // ticked: a review's, not a new action
  assert.equal(read('- the [ ] box'), undefined);
  assert.equal(isStruckThrough('~~@htanabe to survey~~ dropped'), true);
  assert.equal(isStruckThrough('no ~~strike~~ at the start'), false);
});

test('the canonical status line still reads its words (the vocabulary moved to forms/statuses.ts)', () => {
  assert.equal(matchStatusUpdate('081/22-A1 COMPLETED: data circulated')?.status, 'done');
  assert.equal(matchStatusUpdate('081/22-A1 CARRIED FORWARD')?.status, 'carried forward');
  assert.equal(matchStatusUpdate('081/22-A1 SUPERSEDED')?.status, 'dropped');
  assert.equal(matchStatusUpdate('081/22-A1 REOPENED')?.status, 'open');
});

// ---- action tables -------------------------------------------------------------------------------

test('action table, tabs, with a wrapped cell (school governors: matters arising)', () => {
  const text = layout('05-school-governing-board.txt');
  const t = readActionTable(text, text.indexOf('\tRef\tAction\tWho\tStatus'));
  assert.ok(t);
  assert.deepEqual(t.header.columns, ['ref', 'action', 'owner', 'status']);
  assert.deepEqual(t.rows.map((r) => [cut(text, r.ref), r.task!.map((s) => cut(text, s)).join(' '), cuts(text, r.owners), r.status?.status]), [
    ['21/09-1', 'Publish updated register of interests on website', ['JP'], 'done'],
    ['21/09-2', 'Phonics monitoring visit', ['LB'], 'carried forward'],
    ['21/09-3', 'Send induction links to new governors', ['JP'], 'done'],
    ['21/09-4', 'Review wording of admissions oversubscription criteria', ['KA', 'TR'], 'carried forward'],
  ]);
});

test('action table, tabs, its rows grouped under a caption of the meeting that set them (an action log appendix)', () => {
  const text = [
    'Ref\tMinute\tAction\tLead\tStatus',
    'Meeting of 3 March 2025',
    'QC/12\t25/014\tAudit of discharge letters\tRM\tComplete',
    'QC/13\t25/016\tFalls review\tTD\tIn progress',
    'Meeting of 5 May 2025',
    'QC/17\t25/031\tSepsis training figures\tRM\tClosed',
    '',
  ].join('\n');
  const t = readActionTable(text, 0);
  assert.ok(t);
  assert.deepEqual(t.rows.map((r) => [cut(text, r.ref), text.slice(r.status!.start, r.status!.end)]), [['QC/12', 'Complete'], ['QC/13', 'In progress'], ['QC/17', 'Closed']]);
  // a sentence after the log, above a tabbed line, is no caption: the log ends at it
  const after = readActionTable(['Ref\tAction\tLead\tStatus', 'QC/12\tAudit of letters\tRM\tComplete', 'The log was noted.', 'QC/13\tFalls review\tTD\tOpen', ''].join('\n'), 0);
  assert.equal(after?.rows.length, 1);
});

test('action table at tab stops, its rows grouped under a caption of the meeting that set them', () => {
  const text = [
    'Ref\t\tAction\t\t\t\t\tLead\t\tStatus',
    'Meeting of 3 March 2025',
    'QC/12\t\tAudit of discharge letters\t\tRM\t\tComplete',
    'Meeting of 5 May 2025',
    'QC/17\t\tSepsis training figures\t\t\tRM\t\tClosed',
    '',
  ].join('\n');
  const t = readActionTable(text, 0);
  assert.ok(t);
  assert.deepEqual(t.rows.map((r) => [cut(text, r.ref), cuts(text, r.owners), text.slice(r.status!.start, r.status!.end)]), [['QC/12', ['RM'], 'Complete'], ['QC/17', ['RM'], 'Closed']]);
});

test('action table, tabs: "No. Action Who By when" with due dates as schools write them', () => {
  const text = layout('05-school-governing-board.txt');
  const t = readActionTable(text, text.indexOf('No.\tAction\tWho\tBy when'));
  assert.ok(t);
  assert.deepEqual(t.rows.map((r) => [cut(text, r.ref), cuts(text, r.owners), r.due?.text, r.due?.kind, r.due?.date]), [
    ['1', ['TR'], '26/11/21', 'date', '2021-11-26'],
    ['2', ['LB'], 'Spring 1', 'term', undefined],
    ['3', ['JP'], 'ASAP', 'asap', undefined],
    ['4', ['FO'], 'end Jan 2022', 'month', '2022-01-31'],
    ['5', ['KA', 'TR'], '8/2/22', 'date', '2022-02-08'],
  ]);
});

test('action table, one cell per line (parish council action list)', () => {
  const text = layout('03-parish-council.txt');
  const t = readActionTable(text, text.indexOf('Ref\nAction\nWho\nStatus'));
  assert.ok(t);
  assert.equal(t.header.layout, 'cells');
  assert.deepEqual(t.rows.map((r) => [cut(text, r.ref), cuts(text, r.owners), r.status?.status, r.status?.word]), [
    ['PC24/031', ['Clerk'], 'done', 'complete'],
    ['PC24/044', ['MD'], 'carried forward', 'ongoing'],
    ['PC24/047', ['Clerk'], 'carried forward', 'carried forward'],
    ['PC24/052', ['JP'], 'done', 'complete'],
  ]);
});

test('action table, pipes (Markdown), and what is no table header', () => {
  const md = '| Ref | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| A1 | Send the letter | JH/SG | 31/03/2024 | Overdue |\n| A2 | Book the hall | Clerk | ASAP | Done |\n\nAfter the table.';
  const t = readActionTable(md, 0);
  assert.ok(t);
  assert.deepEqual(t.rows.map((r) => [cuts(md, r.owners), r.due?.date ?? r.due?.kind, r.status?.status, r.status?.word]), [
    [['JH', 'SG'], '2024-03-31', 'carried forward', 'overdue'],
    [['Clerk'], 'asap', 'done', 'done'],
  ]);
  assert.equal(t.end, md.indexOf('Done') + 4 + ' |'.length);
  for (const line of ['The action was due by the owner status', 'Action\nThe Board NOTED the report.', 'Minute\tAction', 'Name\tRole\tInitials']) {
    assert.equal(matchActionTableHeader(line, 0), undefined, line);
  }
});

test('a closing summary whose owner column is headed `Responsibility`, its task wrapped over two lines', () => {
  const lines = ['SUMMARY OF ACTIONS', 'Minute\tAction\tResponsibility\tBy', '12/26.3\tBenchmark the catering\tDirector of Estates\tMay 2026', '14/26.1\tReview the travel', '\tpolicy\tRegistrar\tAutumn 2026', ''];
  const t = findClosingActionTable(lines);
  assert.ok(t);
  const text = lines.slice(t.header).join('\n');
  assert.deepEqual(t.table.rows.map((r) => [r.task!.map((x) => cut(text, x)).join(' '), cuts(text, r.owners), r.due?.text]), [
    ['Benchmark the catering', ['Director of Estates'], 'May 2026'],
    ['Review the travel policy', ['Registrar'], 'Autumn 2026'],
  ]);
});

test('a pronoun opening the sentence after an undertaking owns its task as that undertaking\'s owner', () => {
  const text = 'Ms. Lund will circulate the draft by June 3. She will also brief the press.';
  const found = findUndertakings(text);
  assert.deepEqual(found.map((u) => u.owners.map((o) => cut(text, o))), [['Ms. Lund'], ['Ms. Lund']]);
});

// ---- decisions ------------------------------------------------------------------------------------

const DECISIONS: Array<[string, string | undefined, string?, string?]> = [
  // text, verb, keyword, decision text
  ['RESOLVED – That the minutes of the meeting held on 24 January 2025\nbe approved as a correct record.', 'resolved', 'RESOLVED –', 'That the minutes of the meeting held on 24 January 2025\nbe approved as a correct record.'],
  ['RESOLVED –', 'resolved', 'RESOLVED –', undefined],
  ['RESOLVED: no objection.', 'resolved', 'RESOLVED:', 'no objection.'],
  ['RESOLVED UNANIMOUSLY that the minutes be confirmed as a correct record.', 'resolved', 'RESOLVED UNANIMOUSLY', 'that the minutes be confirmed as a correct record.'],
  ['RESOLVED to accept the apologies.', 'resolved', 'RESOLVED', 'to accept the apologies.'],
  ['It was RESOLVED to defer the item.', 'resolved', 'It was RESOLVED', 'to defer the item.'],
  ['Cllr Sallis left the room. RESOLVED to object: the site lies outside', 'resolved', 'RESOLVED', 'to object: the site lies outside'],
  ['128.1 The Board resolved to exclude the press and public', 'resolved', 'Board resolved', 'to exclude the press and public'],
  ['118.3 The Board NOTED the patient story.', 'noted', 'The Board NOTED'],
  ['124.2 The Board APPROVED the winter plan 2022/23.', 'approved', 'The Board APPROVED'],
  ['125.2 The Board RECEIVED the BAF for assurance.', 'received', 'The Board RECEIVED'],
  ['The following were RATIFIED:', 'ratified', 'The following were RATIFIED'],
  ['AGREED that the budget be set at £12,000.', 'agreed', 'AGREED', 'that the budget be set at £12,000.'],
  ['HOMOLOGATED: the decision taken by e-mail on 3 May.', 'homologated', 'HOMOLOGATED:', 'the decision taken by e-mail on 3 May.'],
  ['   PROPOSED: the fare total is computed from unrounded leg amounts', 'proposed', 'PROPOSED:', 'the fare total is computed from unrounded leg amounts'],
  ['   RESOLUTION: minutes of 24 August approved', 'resolved', 'RESOLUTION:', 'minutes of 24 August approved'],
  ['RESOLUTION 2020/03: The Board approves spending of up to £1,150.', 'resolved', 'RESOLUTION 2020/03:', 'The Board approves spending of up to £1,150.'],
  ['* **Decision**: adopt a 6-month LTS cadence', 'decided', '**Decision**:', 'adopt a 6-month LTS cadence'],
  ['* No objections. **Resolved** by lazy consensus; the PR can land.', 'resolved', '**Resolved** by lazy consensus'],
  ['Approved as a true record. KA to sign when next in school.', 'approved', 'Approved', 'Approved as a true record.'],
  // a corporate board's comma before `that` (heldOut14): in bold or plain, the words from `that`
  ['**RESOLVED**, that the audit committee charter is adopted.', 'resolved', '**RESOLVED**,', 'that the audit committee charter is adopted.'],
  ['- RESOLVED, that the Treasurer may open a second account.', 'resolved', 'RESOLVED,', 'that the Treasurer may open a second account.'],
  // not decisions
  ['Resolved, the issue was closed by the reporter.', undefined],
  ['APPROVED: July 7, 2020', undefined],
  ['TB/22/128 RESOLUTION TO EXCLUDE THE PRESS AND PUBLIC', undefined],
  ['The Sub-Committee had considered one complaint, which had been resolved informally.', undefined],
  ['The Panel received the Commissioner\'s written responses to three questions.', undefined],
  ['Apologies were noted as set out above.', undefined],
];

for (const [text, verb, keyword, words] of DECISIONS) {
  test(`decision: ${text.trim().slice(0, 60)}`, () => {
    const d = matchDecision(text);
    assert.equal(d?.verb, verb);
    if (!d) return;
    assert.equal(cut(text, d.keyword), keyword);
    if (words !== undefined || /RESOLVED –$/.test(text)) assert.equal(cut(text, d.text), words);
    assert.equal(d.proposal, verb === 'proposed');
    assert.ok(d.start >= 0 && d.end <= text.length);
  });
}

test('a unanimous resolution and a resolution\'s number', () => {
  assert.equal(matchDecision('RESOLVED UNANIMOUSLY that the report be noted.')?.unanimous, true);
  assert.equal(matchDecision('RESOLVED to approve. Proposed Cllr Osei, seconded Cllr Fairlie; all in favour.')?.unanimous, true);
  const r = 'RESOLUTION 2020/03: The Board approves spending';
  assert.equal(cut(r, matchDecision(r)?.number), '2020/03');
});

test('decision headings and the "that …" paragraphs under them (university council)', () => {
  assert.equal(matchDecisionHeading('Noted')?.verb, 'noted');
  assert.equal(matchDecisionHeading('Resolved')?.verb, 'resolved');
  assert.equal(matchDecisionHeading('Received')?.verb, 'received');
  assert.equal(matchDecisionHeading('Noted that the report was late'), undefined);
  const p = '2249.1  that the unreserved minutes of the meeting held on 23 September 2024 be approved as a correct record.';
  const m = matchHeadingParagraph(p);
  assert.equal(cut(p, m?.number), '2249.1');
  assert.ok(cut(p, m?.text)?.startsWith('that the unreserved minutes'));
  assert.equal(matchHeadingParagraph('Professor Tallis joined the meeting.'), undefined);
});

test('resolution parts (1) (2) (3), wrapped, ending at the ACTION line (council committee PDF)', () => {
  const text = layout('01-council-committee-pdf.txt');
  const at = text.indexOf('RESOLVED –\n\n           (1)');
  const parts = readResolutionParts(text, at + 'RESOLVED –'.length);
  assert.deepEqual(parts.map((p) => cut(text, p.label)), ['(1)', '(2)', '(3)']);
  assert.match(cut(text, parts[0].text)!, /^That the 2025\/26 delivery programme set out at Appendix A be\s+approved\.$/);
  assert.match(cut(text, parts[2].text)!, /September 2025\.$/);
});

test('resolution parts (a) (b) (c) separated by blank lines, ending at the next item (council web page)', () => {
  const text = layout('02-moderngov-web-panel.txt');
  const at = text.indexOf('RESOLVED that\n');
  const parts = readResolutionParts(text, at + 'RESOLVED that'.length);
  assert.deepEqual(parts.map((p) => cut(text, p.label)), ['(a)', '(b)', '(c)']);
  assert.equal(cut(text, parts[2].text), 'the results of the public consultation be included in the precept report.');
});

test('resolution parts lettered A B C, and a paragraph that is no part', () => {
  const text = 'RESOLVED:\nA  To note the report.\nB  To approve the budget\n   for 2024/25.\nC  To delegate the award.\n\nThe meeting closed.';
  const parts = readResolutionParts(text, 'RESOLVED:'.length);
  assert.deepEqual(parts.map((p) => [cut(text, p.label), cut(text, p.text)]), [['A', 'To note the report.'], ['B', 'To approve the budget\n   for 2024/25.'], ['C', 'To delegate the award.']]);
  assert.deepEqual(readResolutionParts('RESOLVED – That the report be noted.\n\nA report was then presented.', 0), []);
  // a sequence that does not start at its first label is no list of parts
  assert.deepEqual(readResolutionParts('RESOLVED –\n(c) something', 10), []);
});

// ---- votes ----------------------------------------------------------------------------------------

test('votes: movers, seconders, counts, roll calls, results', () => {
  const cases: Array<{ text: string; mover?: string; seconder?: string; for?: number; against?: number; abstentions?: number; ayes?: string[]; nays?: string[]; abstainers?: string[]; result?: string; unanimous?: boolean }> = [
    { text: 'record and signed by the Chair. Proposed Cllr Osei, seconded Cllr Fairlie; all in favour.', mover: 'Cllr Osei', seconder: 'Cllr Fairlie', unanimous: true },
    { text: 'the proposed access joins the road on a blind bend. (4 for, 0 against)', for: 4, against: 0, unanimous: true },
    { text: 'Motion by Ortega, second by Haney, to adopt Resolution 2020-32 authorizing submission\nof the CDBG application. Roll call vote: Ayes: Ortega, Haney, Baptiste, Ruiz. Nays:\nNone. Motion carried 4-0.', mover: 'Ortega', seconder: 'Haney', for: 4, against: 0, ayes: ['Ortega', 'Haney', 'Baptiste', 'Ruiz'], nays: [], result: 'carried', unanimous: true },
    { text: 'Ayes: Ortega, Baptiste, Ruiz. Nays: Haney. Motion carried 3-1.', for: 3, against: 1, ayes: ['Ortega', 'Baptiste', 'Ruiz'], nays: ['Haney'], result: 'carried', unanimous: false },
    { text: 'Moved: RA. Seconded: PN. For 5, against 0, abstentions 1 (KA, who had not seen the quotes).', mover: 'RA', seconder: 'PN', for: 5, against: 0, abstentions: 1, abstainers: ['KA'], unanimous: false },
    { text: 'On being put to the vote (For 4, Against 0, Abstain 1) it was', for: 4, against: 0, abstentions: 1, unanimous: false },
    { text: 'Vote: 7 for, 0 against, 1 abstention (DA).', for: 7, against: 0, abstentions: 1, abstainers: ['DA'], unanimous: false },
    { text: '  * Vote: 5 in favour (@mkovac @tobi-r @adaeze @samok @ividal), 0 against, 1 abstention (@htanabe).', for: 5, against: 0, abstentions: 1, ayes: ['@mkovac', '@tobi-r', '@adaeze', '@samok', '@ividal'], abstainers: ['@htanabe'], unanimous: false },
    { text: 'The amendment was put to the vote and was Lost.', result: 'lost', unanimous: false },
    { text: 'Proposed by Cllr Daventry,\nseconded Cllr Osei. Unanimous.', mover: 'Cllr Daventry', seconder: 'Cllr Osei', unanimous: true },
  ];
  for (const c of cases) {
    const v = matchVote(c.text);
    assert.ok(v, c.text);
    assert.equal(cut(c.text, v.mover), c.mover, c.text);
    assert.equal(cut(c.text, v.seconder), c.seconder, c.text);
    assert.equal(v.for, c.for, c.text);
    assert.equal(v.against, c.against, c.text);
    assert.equal(v.abstentions, c.abstentions, c.text);
    assert.deepEqual(cuts(c.text, v.ayes), c.ayes, c.text);
    assert.deepEqual(cuts(c.text, v.nays), c.nays, c.text);
    assert.deepEqual(cuts(c.text, v.abstainers), c.abstainers, c.text);
    assert.equal(v.result, c.result, c.text);
    if (c.unanimous !== undefined) assert.equal(v.unanimous, c.unanimous, c.text);
  }
  for (const text of ['Moved to the next item.', 'the proposed access joins the road', 'There were 3 for the bus stop.', 'The report was carried over to March.', 'Members of the public: 4']) {
    assert.equal(matchVote(text), undefined, text);
  }
  // the vote after a decision's words, read in the rest alone: the same facts as with the words blanked, at the same places
  const decided = 'RESOLVED to grant £4,500 for 2026/27. Proposed Cllr A Roe, seconded Cllr B Tate; 6 for, 1 against.';
  const from = decided.indexOf(' Proposed');
  assert.deepEqual(matchVoteAfter(decided, from), matchVote(' '.repeat(from) + decided.slice(from)));
  assert.equal(cut(decided, matchVoteAfter(decided, from)?.mover), 'Cllr A Roe');
  assert.equal(matchVoteAfter(decided, from)?.for, 6);
});

test('+1 lines of scribed minutes', () => {
  const a = '   <Chen_Wei> +1';
  assert.deepEqual([cut(a, matchPlusOne(a)?.who), matchPlusOne(a)?.vote], ['Chen_Wei', 'for']);
  assert.equal(matchPlusOne('-1 too early')?.vote, 'against');
  assert.equal(matchPlusOne('   <Luis> I think +1 is fine'), undefined);
  assert.equal(matchPlusOne('1.5'), undefined);
});

// ---- never throws, every span inside the text --------------------------------------------------------

test('every matcher on every line of the layouts and corpus: no throw, spans inside the text', () => {
  const dirs = [LAYOUTS, path.join(__dirname, '..', '..', 'test', 'fixtures', 'corpus')];
  const inside = (text: string, v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach((x) => inside(text, x)); return; }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') assert.ok(o.start >= 0 && o.end <= text.length && o.start <= o.end, JSON.stringify(o));
    for (const x of Object.values(o)) inside(text, x);
  };
  for (const dir of dirs) {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const doc = fs.readFileSync(path.join(dir, f), 'utf8');
      let at = 0;
      for (const line of doc.split('\n')) {
        for (const r of [matchActionLine(line), findActionLines(line), matchOwnerColumn(line), matchToAction(line), findUndertakings(line), findDueDate(line), readDueCell(line), readStatusCell(line), matchCheckbox(line), matchDecision(line), matchDecisionHeading(line), matchHeadingParagraph(line), matchVote(line), matchPlusOne(line)]) inside(line, r);
        inside(doc, readActionTable(doc, at));
        inside(doc, readResolutionParts(doc, at));
        at += line.length + 1;
      }
    }
  }
  for (const weird of ['', ' ', 'ACTION:', 'ACTION: ', '**ACTION ITEM**:', 'RESOLVED', '(', '|||', '\t\t\t', 'Ayes:', '- [x]', '{{', '~~', '+1', 'by', 'Yes check.svg']) {
    for (const r of [matchActionLine(weird), findUndertakings(weird), findDueDate(weird), readStatusCell(weird), matchDecision(weird), matchVote(weird), readActionTable(weird, 0), readResolutionParts(weird, 0), readResolutionParts(weird, 99)]) inside(weird, r);
  }
});

test('no form can be driven into catastrophic backtracking: each gets a long worst case', () => {
  const n = 20000;
  const worst = [`ACTION: ${' '.repeat(n)}x`, `ACTION: a${' -'.repeat(n / 2)}`, `${'Clerk to '.repeat(n / 9)}`, `${'by '.repeat(n / 3)}`, `${'RESOLVED '.repeat(n / 9)}`,
    `${'(1) '.repeat(n / 4)}`, `Ayes: ${'a, '.repeat(n / 3)}`, `${'Proposed Cllr A '.repeat(n / 16)}`, `${'\t'.repeat(n)}JH`, `${' '.repeat(n)}JH`, `${'| Action '.repeat(n / 9)}`,
    `${'Complete '.repeat(n / 9)}`, `${'the end of '.repeat(n / 11)}`, `${'that '.repeat(n / 5)}`, `${'~~'.repeat(n / 2)}`, `${'4 for, '.repeat(n / 7)}`];
  for (const text of worst) {
    const started = Date.now();
    matchActionLine(text); findActionLines(text); matchOwnerColumn(text); findUndertakings(text); findDueDate(text); readDueCell(text); readStatusCell(text);
    matchDecision(text); readResolutionParts(text, 0); matchVote(text); readActionTable(text, 0); matchCheckbox(text);
    assert.ok(Date.now() - started < 3000, `${text.slice(0, 30)}… took ${Date.now() - started} ms`);
  }
});

test('reviews of earlier actions: a numbered action with its status (council action log, tracker bot)', () => {
  const cases: Array<[string, string | undefined, string?, string?]> = [
    ['           •  Action 17 (audit of step-free bus stops, Minute 28) – Complete;', 'done', 'Action 17', 'audit of step-free bus stops, Minute 28'],
    ['           •  Action 19 (brief for the fare cap evaluation, Minute 31) – In\n              progress; findings to be reported to the June meeting.', 'carried forward', 'Action 19', 'brief for the fare cap evaluation, Minute 31'],
    ['           •  Action 20 (letter to the rail operator about Sunday services,', undefined],
    ['   <trackbot> Closed action-41.', 'done', 'action-41'],
    ['Action 095 was marked amber with a revised date of February 2023.', undefined],
    ['Action 17 is to write to the operator.', undefined],
    ['(3).\tAction 9/26 (pool training plan) – still open; dates to follow.', 'open', 'Action 9/26', 'pool training plan'],
    ['2. Action 4 (letter to the fund manager) – completed.', 'done', 'Action 4', 'letter to the fund manager'],
    ['(3) The Committee noted Action 9/26 – still open.', undefined],
  ];
  for (const [line, status, ref, about] of cases) {
    const r = matchActionReview(line);
    assert.equal(r?.mark.status, status, line);
    if (!r) continue;
    assert.equal(cut(line, r.ref), ref);
    assert.equal(cut(line, r.about), about);
    assert.ok(r.end <= line.length);
  }
  const wrapped = cases[1][0];
  assert.equal(cut(wrapped, matchActionReview(wrapped)?.mark), 'In\n              progress');
});

test('resolution parts after a lead-in on the keyword\'s line ("RESOLVED – That the Committee:")', () => {
  const text = layout('01-council-committee-pdf.txt');
  const at = text.indexOf('RESOLVED – That the Committee:');
  const parts = readResolutionParts(text, at + 'RESOLVED –'.length);
  assert.deepEqual(parts.map((p) => cut(text, p.label)), ['(a)', '(b)', '(c)']);
  assert.match(cut(text, parts[2].text)!, /^asks officers to report back on cycle parking demand before the\s+full business case is prepared\.$/);
});

test('action table laid out by position with wide gaps (PDF text), a wrapped action continuing below', () => {
  const text = [
    'No.   Action                                Who      By when',
    '1     Circulate the draft self-evaluation   TR       26/11/21',
    '      to all governors',
    '2     Update the web page                   JP/KA    ASAP',
    '',
    'The meeting closed at 7.48pm.',
  ].join('\n');
  const t = readActionTable(text, 0);
  assert.ok(t);
  assert.equal(t.header.layout, 'spaces');
  assert.deepEqual(t.rows.map((r) => [cut(text, r.ref), r.task!.map((s) => cut(text, s)).join(' '), cuts(text, r.owners), r.due?.date ?? r.due?.kind]), [
    ['1', 'Circulate the draft self-evaluation to all governors', ['TR'], '2021-11-26'],
    ['2', 'Update the web page', ['JP', 'KA'], 'asap'],
  ]);
  assert.equal(matchActionTableHeader('The action  was due  by the owner', 0), undefined);
});

test('a due date that names the next meeting, in a board\'s or a working group\'s words', () => {
  for (const w of ['next meeting', 'the next meeting', 'next call', 'the next telecon', 'Next Teleconference']) assert.ok(isNextMeeting(w), w);
  for (const w of ['the March meeting', 'next week', 'a later call', 'the next recall']) assert.ok(!isNextMeeting(w), w);
});

test('a file of heading items: a table under its own `## Actions agreed` heading is that item\'s actions, and an item\'s labelled action the table sets down again is its row', () => {
  const doc = '# Kestrel Society committee, 2025-09-09\n\n## Present\n\n- Ana Lima @alima (Chair)\n- Bo Lund @blund (Treasurer)\n\n## Accounts\n\n- **Action:** @blund to send the accounts to the examiner by 2025-09-30.\n\n## Website\n\n- Ana will ask the host for a quote.\n\n## Actions agreed\n\n| Ref | Action | Owner | Due |\n|---|---|---|---|\n| 25-07 | Send the accounts to the examiner | @blund | 2025-09-30 |\n| 25-08 | Ask the host for a quote | @alima | before the October meeting |\n\nNext meeting: 2025-10-14.\n';
  const m = parse(doc).meeting!;
  const all = [...m.items.flatMap((it) => it.actions.map((a) => [it.title, a.text, a.owners.map((o) => o.text).join(), a.due?.text ?? ''])), ...(m.actions ?? []).map((a) => ['(none)', a.text])];
  assert.deepEqual(all, [
    ['Actions agreed', 'Send the accounts to the examiner', '@blund', '2025-09-30'],
    ['Actions agreed', 'Ask the host for a quote', '@alima', 'October meeting'],
  ]);
  // near miss: a heading over a list of tasks, not a table, is read as before (its tasks the item's own)
  const tasks = parse('# Kestrel Society committee, 2025-09-09\n\n## Accounts\n\nNoted.\n\n## Actions agreed\n\n- [ ] @blund — send the accounts by 2025-09-30\n- [ ] @alima — ask the host for a quote\n').meeting!;
  assert.equal(tasks.items.at(-1)!.actions.length, 2);
});

test('an Australasian council\'s undertakings: `the Mayor`, `the Deputy Mayor` and `Cr Roe` own what they undertook or will do', () => {
  const owner = (t: string): string[] | undefined => findUndertakings(t)[0]?.owners.map((o) => t.slice(o.start, o.end));
  assert.deepEqual(owner('The Mayor undertook to write to the Minister about the ferry timetable.'), ['The Mayor']);
  assert.deepEqual(owner('The Deputy Mayor will circulate the revised terms of reference.'), ['The Deputy Mayor']);
  assert.deepEqual(owner('Cr Ihaka undertook to meet the residents before the next meeting.'), ['Cr Ihaka']);
  const doc = 'MINUTES OF RIMU DISTRICT COUNCIL\nORDINARY MEETING\nHELD ON TUESDAY, 3 JUNE 2025 AT 10.00AM\n\nPRESENT:\tMayor Ana Roe, Crs Ben Tate and Cara Voss\n\n1\tPUBLIC FORUM\n\nMs Lee spoke about the footpath. The Mayor undertook to raise the footpath with the roading team.\n\n2\tREPORTS\n\nNoted.\n';
  const m = parse(doc).meeting!;
  const a = m.items[0].actions[0];
  assert.equal(a?.text, 'raise the footpath with the roading team');
  const r = resolveMention(a.owners[0].text, m);
  assert.equal(r.kind === 'person' || r.kind === 'role' ? r.person?.name.display : undefined, 'Ana Roe');
  // near misses: the office in a sentence that undertakes nothing, a word that only begins like the title
  assert.deepEqual(findUndertakings('The Mayor said the footpath was in the plan.'), []);
  assert.equal(owner('Crane hire to be arranged.'), undefined);
});
