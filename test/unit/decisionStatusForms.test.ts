/**
 * Decisions and statuses of earlier actions in the forms of the layout families (issue 18, the
 * held-out documents' misreadings), each in another board's words and numbers than the document
 * that showed it, with a near miss that must stay unread.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, type Meeting } from '#service';
import { matchDecision } from '#service/forms/decisions';
import { matchMotion } from '#service/forms/motions';
import { findEndingStatus, findProseStatuses } from '#service/forms/statusProse';
import { matchMinuteReview, matchTrackerRow, readStatusCell, readStatusPhrase, reviewStatus, withDeferral } from '#service/forms/statuses';
import { matchIssueRecall, matchTrackerRecall, readReplyStatus } from '#service/forms/priorActions';
import { matchActionTableHeader, readActionTable } from '#service/forms/actionTables';

/** A status cell read: our status word and the words the cell gives it in. */
function statusOfCell(cell: string): unknown {
  const m = readStatusCell(cell);
  return m && [reviewStatus(m), cell.slice(m.start, m.end)];
}

function meetingOf(text: string): Meeting {
  const m = parse(text).meeting;
  assert.ok(m, text);
  return m;
}
const cut = (t: string, s: { start: number; end: number } | undefined): string | undefined => (s ? t.slice(s.start, s.end) : undefined);
const decisions = (m: Meeting): string[][] => m.items.map((i) => i.decisions.map((d) => d.text));
const reviews = (m: Meeting): string[] => (m.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);

test('a body resolved in capitals, and a passive verb with nothing after it, after a paragraph number', () => {
  assert.equal(matchDecision('SEN/25/04.3 Senate RESOLVED that the revised regulations be adopted.')?.verb, 'resolved');
  const d = matchDecision('SEN/25/07.2 The annual report was RECEIVED.');
  assert.equal(d?.verb, 'received');
  assert.equal(d && 'SEN/25/07.2 The annual report was RECEIVED.'.slice(d.keyword.start, d.keyword.end), 'The annual report was RECEIVED');
  // a council resolving in lower case mid-sentence was always read; a word in capitals that is no verb is none
  assert.equal(matchDecision('Members asked whether the Council RESOLVES disputes.'), undefined);
});

test('family 7: paragraphs of a slash-numbered council record decisions in a sentence, the page wrapping them', () => {
  const m = meetingOf([
    'GOVERNING BODY', '', 'Minutes of the meeting held on 3 March 2025.', '', 'Present: Dr Ann Vale (Chair), Mr Tom Reed.', '',
    'GB/25/08 ESTATES STRATEGY (GB/25/31)',
    'GB/25/08.1 The Director of Estates presented the strategy. Members asked about the timetable for the new science',
    'building; the Director said that the contract would be let in the summer of the coming year.',
    'GB/25/08.2 The Governing Body RESOLVED that the University enter into a contract with Hallam Building',
    'Services on the terms set out in the paper.',
    '',
    'GB/25/09 REPORT OF THE FINANCE COMMITTEE (GB/25/32)',
    'The report of the Finance Committee, including the forecast for the year and the loan covenants,',
    'was RECEIVED.',
    '',
    'GB/25/10 RISK REGISTER (GB/25/33)',
    'GB/25/10.1 The register was NOTED.',
    '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [
    ['that the University enter into a contract with Hallam Building Services on the terms set out in the paper.'],
    ['The report of the Finance Committee, including the forecast for the year and the loan covenants, was RECEIVED'],
    ['The register was NOTED'],
  ]);
  // a short line ends where its writer ended it: the capital below starts a sentence of its own
  const short = meetingOf('SENATE\n\nMinutes of the meeting held on 3 March 2025.\n\nSEN/25/11 BUDGET\nSEN/25/11.1 Senate RESOLVED to approve the budget\nThe Chair thanked the Treasurer.\n\nSEN/25/12 ESTATES\nSEN/25/12.1 Senate RESOLVED to approve the estates plan for the coming five years with the changes\nThe Chair thanked the Director of Estates.\n');
  assert.deepEqual(decisions(short), [['to approve the budget'], ['to approve the estates plan for the coming five years with the changes']]);
});

test('family 2: a web page\'s `Decision:` label over `RESOLVED:` and its lettered parts is one decision', () => {
  const m = meetingOf([
    'Agenda and minutes', '', 'Executive - Tuesday, 4th March, 2025 10.00 am', '',
    '12.', 'LOCAL PLAN REVIEW', 'To consider the report of the Head of Planning.', 'Decision:', 'RESOLVED:',
    'A. That the draft Local Plan be published for consultation.', 'B. That the Head of Planning be authorised to make minor changes.',
    'Minutes:', 'The Leader introduced the report.', ' ',
    '13.', 'BUDGET MONITORING', 'Decision:', 'RESOLVED that the quarter 3 position be noted.', 'Minutes:', 'There were no questions.', '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [['A. That the draft Local Plan be published for consultation.'], ['that the quarter 3 position be noted.']]);
  // our own `DECISION:` with its words is a decision as ever
  assert.deepEqual(decisions(meetingOf('# Board\n\nDate: 2025-03-04\n\n## 001/25 Budget\n\nDECISION: Approve the budget.\n')), [['Approve the budget.']]);
});

test('family 3: a parish clerk\'s `X proposed, Y seconded, all in favour, that …`, wrapped', () => {
  const f = matchMotion('Cllr Dale proposed, Cllr Ivers seconded, all in favour, that the grant of £250 be paid.');
  assert.equal(f && 'Cllr Dale proposed, Cllr Ivers seconded, all in favour, that the grant of £250 be paid.'.slice(f.text.start, f.text.end), 'that the grant of £250 be paid');
  const m = meetingOf([
    'Ashdown Parish Council', '', 'Minutes of the meeting held on 2 April 2025.', '', 'Present: Cllr P Dale (Chair), Cllr R Ivers.', '',
    '25/051\tMINUTES', 'Cllr Ivers proposed, Cllr Dale seconded, all in favour, that the minutes of 5 March be approved', 'and signed.', '',
    '25/052\tGRANTS', 'Cllr Dale proposed, Cllr Ivers seconded, all in favour, that the grants totalling', '£600.00 be paid.', '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [['that the minutes of 5 March be approved and signed'], ['that the grants totalling £600.00 be paid']]);
  // who proposed something in passing moves nothing
  assert.equal(matchMotion('Cllr Dale proposed a site visit before the next meeting.'), undefined);
});

test('family 7: a senate\'s motion by its mover alone, its record after it; minutes approved as distributed', () => {
  const m = meetingOf([
    'FACULTY SENATE', '', 'Minutes of Meeting 88', 'Tuesday, March 3, 2026, 4:00 p.m., Room 210', '',
    '1. APPROVAL OF THE MINUTES', '', 'The minutes of Meeting 87 (February 3, 2026) were approved as presented.', '',
    '2. CURRICULUM', '', 'Trustee Ruiz moved to adopt the revised calendar as amended by the committee.', 'The motion was seconded. Motion carried 6-1.', '',
    'Senator Ames moved, seconded by Senator Lum, that the report be received. Carried.', '',
    'It was moved and seconded that the consent agenda be approved. The motion carried.', '',
    '3. OTHER BUSINESS', '', 'The Chair moved to item 4 of the list.', 'Senator Ames moved to table the report but withdrew the motion.', '',
    'The minutes were presented by the Secretary.', '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [
    ['as presented'],
    ['to adopt the revised calendar as amended by the committee', 'that the report be received', 'that the consent agenda be approved'],
    // moving on to an item, or a motion withdrawn before it was seconded, records no motion
    [],
  ]);
  const f = matchMotion('Senator Chu moved to approve the agenda as distributed.');
  assert.equal(f?.needsRecord, true);
  assert.equal(matchMotion('Senator Ames moved, seconded by Senator Lum, to approve the agenda.')?.needsRecord, undefined);
});

test('family 6: a proposal with its mover and seconder in brackets, carried on a later line', () => {
  const t = 'Motion (Jo Morrow, seconded by Kamal Dutt): that the hut be insured for £20,000.';
  const f = matchMotion(t);
  assert.deepEqual(f && [cut(t, f.text), cut(t, f.mover), cut(t, f.seconder)], ['that the hut be insured for £20,000', 'Jo Morrow', 'Kamal Dutt']);
  const m = meetingOf([
    'Riverside Gardeners', '', 'Minutes of the committee meeting held on 3 March 2025.', '', 'Present: Ann Bell (AB), Cy Dove (CD).', '',
    '1. SEEDS', '', 'Proposal (CD, seconded AB): buy the seed order from Marsh Seeds at £212,', 'paid from the general fund. Vote: for 5, against 0.', 'CARRIED.', '',
    // a proposal in passing, no mover and seconder in brackets, is no motion
    '2. TOOLS', '', 'Proposal (see attached): a new shed.', '',
  ].join('\n'));
  assert.deepEqual(m.items.map((i) => i.decisions.map((d) => d.text)).filter((d) => d.length > 0), [['buy the seed order from Marsh Seeds at £212, paid from the general fund']]);
  assert.equal(matchMotion('Proposal (CD): buy the seeds.'), undefined);
});

test('statuses told in prose: a tracker action that stays open, a sentence ending with its status', () => {
  const t = 'Chen: action-14 is still open, waiting on the i18n group';
  assert.deepEqual(findProseStatuses(t).map((s) => [t.slice(s.ref.start, s.ref.end), s.status, t.slice(s.written.start, s.written.end)]), [['action-14', 'open', 'is still open']]);
  const e = 'The survey of the car park had been started but remained in progress.';
  const s = findEndingStatus(e);
  assert.deepEqual(s && [e.slice(s.written.start, s.written.end), s.status], ['in progress', 'open']);
  // a status word that does not end the sentence, or one denied, is none
  assert.equal(findEndingStatus('The survey was completed in part only.'), undefined);
  assert.equal(findEndingStatus('The survey had not been completed.'), undefined);
  // the line's last word first (a sentence ending in none of the statuses' last words is searched no further),
  // with blanks, one full stop or mark, and blanks after it; a status of two or three words by its last
  const ends = (t: string) => { const x = findEndingStatus(t); return x && [t.slice(x.written.start, x.written.end), x.status]; };
  assert.deepEqual(ends('The hedge survey was no longer needed. \t'), ['no longer needed', 'dropped']);
  assert.deepEqual(ends('Repairs to the bus shelter were now in progress !'), ['in progress', 'open']);
  assert.deepEqual(ends('The grant claim had been canceled'), ['canceled', 'dropped']);
  assert.equal(ends('The grant claim was Done.'), undefined);
  assert.equal(ends('The grant claim was done..'), undefined);
  assert.equal(ends('The report on progress was received.'), undefined);
});

test('statuses told in prose: a list of actions sharing the verb, a deferral to the next year', () => {
  const seen = (t: string) => findProseStatuses(t).map((s) => [t.slice(s.ref.start, s.ref.end), s.status, t.slice(s.written.start, s.written.end)]);
  assert.deepEqual(seen('Members noted that actions CS/25/3 (bus shelter survey), CS/25/4 and CS/25/7 (verge cutting) had been completed.'), [
    ['CS/25/3', 'done', 'completed'], ['CS/25/4', 'done', 'completed'], ['CS/25/7', 'done', 'completed'],
  ]);
  assert.deepEqual(seen('Action 2231.4 (the estate survey) was postponed to the next financial year at the service\'s request.'), [['2231.4', 'carried forward', 'postponed to the next financial year']]);
  // near miss: one action, and a number later in the sentence that is no action of the list
  assert.deepEqual(seen('Action 17 (the 2 sites and 3 depots) was completed.'), [['17', 'done', 'completed']]);
});

test('statuses told in prose: a sentence that reports on several earlier actions, each named by its minute, its status after a dash', () => {
  const seen = (t: string) => findProseStatuses(t).map((s) => [t.slice(s.ref.start, s.ref.end), s.status, t.slice(s.written.start, s.written.end)]);
  assert.deepEqual(seen('The Clerk reported on the actions from the last meeting: minute HC/24/7 (dog bins on the green) – completed; minute HC/24/9 (bus shelter) – in progress; minute HC/24/12 (hedge survey) – carried forward to May, pending quotes; action 4 (web page) – cancelled, as the page had moved.'), [
    ['HC/24/7', 'done', 'completed'], ['HC/24/9', 'open', 'in progress'], ['HC/24/12', 'carried forward', 'carried forward to May'], ['4', 'dropped', 'cancelled'],
  ]);
  // near misses: a status word that opens a longer clause, a minute named in passing with no dash before its status
  assert.deepEqual(seen('Members asked: minute 31 (the grit bins) – complete the order by May?'), []);
  assert.deepEqual(seen('The report covered minute 31 (grit bins) which was noted; the hall – completed.'), []);
});

test('family 2: a council web page\'s action log minuted as one sentence naming each earlier action and its status (invented text)', () => {
  const m = meetingOf([
    'Agenda and minutes', 'Parks Scrutiny Panel - Tuesday, 3rd March, 2026 6.00 pm', 'Items', 'No.\tItem', '',
    'PK/26/04', 'ACTION LOG', 'To note progress on actions from previous meetings.', 'Minutes:',
    'The Panel Officer reported on the actions from the last meeting: minute PK/25/51 (play area fencing) – completed; minute PK/25/53 (tree survey) – ongoing.',
    '', 'PK/26/05', 'PARK BYELAWS', 'Minutes:', 'The Panel noted the report.',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['PK/25/51 | done | completed', 'PK/25/53 | open | ongoing']);
});

test('family 1: officer updates on earlier actions under a lead-in line, each row wrapped by the page', () => {
  const m = meetingOf([
    '                   LICENSING COMMITTEE', '', '   MINUTES of the meeting of the Licensing Committee held on Tuesday 4 March 2025', '',
    '   12/25  MINUTES', '', '          RESOLVED: That the Minutes of the meeting held on 4 February 2025 be approved.', '',
    '          Updates on actions from the last meeting:', '',
    '          Min 7/25(a) – Taxi fare review to be reported to the', '          Committee – Complete (see Minute 14/25)',
    '          Min 8/25    – Letter to the police on late night levy', '          figures – Pending; reply expected in April',
    '          Min 9/25 – Training on the new policy for members – Carried', '          forward to the autumn programme', '',
    '   13/25  STREET TRADING', '', '          The Committee noted the report. The consent fees had been reviewed and were done.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['Min 7/25(a) | done | Complete', 'Min 8/25 | open | Pending', 'Min 9/25 | carried forward | Carried forward']);
});

test('family 2: a decision the page gives under `Decision:` and again in the minute, after its motion, is one decision', () => {
  const m = meetingOf([
    'Agenda and minutes', 'Overview Panel - Monday, 3rd February, 2025 2.00 pm', 'Items', 'No.\tItem', '',
    '6.', 'CALL-IN: PARKING CHARGES', 'Decision:', 'That the decision be referred back to Cabinet.', 'Minutes:',
    'It was proposed by Councillor Ames and seconded by Councillor Bell that the decision be referred back to Cabinet. On being put to the vote there were 4 votes for and 2 against.',
    'RESOLVED: that the decision be referred back to Cabinet, with the Panel\'s comments.', ' ',
    '7.', 'BUDGET', 'Minutes:', 'RESOLVED: that the budget be noted.', 'RESOLVED: that the budget be noted.', '',
  ].join('\n'));
  // near miss: two resolutions alike are two decisions
  assert.deepEqual(decisions(m), [['that the decision be referred back to Cabinet, with the Panel\'s comments.'], ['that the budget be noted.', 'that the budget be noted.']]);
});

test('family 2: matters arising headed by the earlier minute, its status in the sentences under it', () => {
  const m = meetingOf([
    'Agenda and minutes', 'Scrutiny Panel - Monday, 3rd February, 2025 2.00 pm', 'Items', 'No.\tItem', '',
    '6.', 'APOLOGIES', 'Minutes:', 'There were none.', ' ',
    '7.', 'MINUTES', 'Minutes:', 'RESOLVED that the minutes be confirmed.',
    '7.1', 'Minute 3 - Play Areas', 'The officer said the inspections were done, so the action from minute 3 was completed.',
    '7.2', 'Minute 5 - Allotment Rents', 'The comparison with neighbouring councils was still being prepared and remained outstanding.',
    '7.3', 'Minute 6 - Bus Shelters', 'Members discussed the shelters.', ' ',
    '8.', 'BUDGET', 'Minutes:', 'RESOLVED that the budget be noted.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['Minute 3 | done | completed', 'Minute 5 | open | outstanding']);
});

test('family 7: a review paragraph names the minute, what it was, and its status', () => {
  const line = 'SEN/25/03.2 SEN/24/40.1 (review of assessment regulations): in progress; a draft in May.';
  const r = matchMinuteReview(line);
  assert.deepEqual(r && [line.slice(r.ref.start, r.ref.end), r.mark.status, line.slice(r.mark.start, r.mark.end)], ['SEN/24/40.1', 'carried forward', 'in progress']);
  assert.equal(matchMinuteReview('SEN/25/03.2 The Secretary reported progress on the review.'), undefined);
  const m = meetingOf([
    'SENATE', '', 'Minutes of the meeting held on 3 March 2025.', '', 'Present: Dr Ann Vale (Chair), Mr Tom Reed.', '',
    'SEN/25/03 MATTERS ARISING (SEN/25/11)',
    'SEN/25/03.1 SEN/24/38.2 (library opening hours): completed; the new hours began in January.',
    'SEN/25/03.2 SEN/24/40.1 (review of assessment regulations): in progress; a draft will come',
    'to the May meeting.',
    '',
    'SEN/25/04 ANY OTHER BUSINESS',
    'SEN/25/04.1 SEN/24/41.3 (the new portal): completed; it went live.',
    '',
  ].join('\n'));
  // only under a title that leads a review: elsewhere such a paragraph is business of the meeting
  assert.deepEqual(reviews(m), ['SEN/24/38.2 | done | completed', 'SEN/24/40.1 | open | in progress']);
});

test('family 10: an attendance list with ticked boxes is people, a struck-through action in the review is dropped', () => {
  const m = meetingOf([
    '# Widgets TSC Meeting – 2025-05-06', '', '## Attendance', '', '- [x] Ana Ruiz (@aruiz), Acme (chair)', '- [x] Bo Chen (@bchen)', '- [ ] Cy Dunn (@cdunn), Globex', '',
    '## Review of action items from 2025-04-22', '', '- [x] @aruiz to update the roadmap', '- ~~@bchen to port the old parser~~ – dropped, parser removed', '',
    '## AOB', '', '- ~~old text~~ kept for the record', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['@aruiz to update the roadmap | done | - [x]', '@bchen to port the old parser | dropped | dropped']);
});

test('family 10: a review whose bullets open with the status word in bold, a dash, then the action; a struck action with its word in bold', () => {
  const m = meetingOf([
    '# Gizmo Infra SIG — 2025-09-02', '', '**Attendees**: Ana Ruiz (@aruiz), Bo Chen (@bchen)', '',
    '## Action items from last meeting', '',
    '- **Complete**: @bchen to rotate the CI signing key',
    '- **Blocked** — @aruiz: move the mirrors to the new CDN (waiting on legal)',
    '- Ongoing - @aruiz: write the runbook for the release branch',
    '- **Deferred** — @bchen: benchmark the ARM builders',
    '- ~~@aruiz: port the nightly job to Buildkite~~ — **Withdrawn**, job retired', '',
    '## Releases', '', '- **Done** — nothing to report this week', '- Open — the 2.1 branch', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), [
    '@bchen to rotate the CI signing key | done | Complete',
    '@aruiz: write the runbook for the release branch | open | Ongoing',
    '@bchen: benchmark the ARM builders | carried forward | Deferred',
    '@aruiz: port the nightly job to Buildkite | dropped | Withdrawn',
  ]);
});

test('family 6: a wiki\'s carried-forward list, one status per owner, the wait icon still under way', () => {
  const m = meetingOf([
    'Board/Minutes/2025-05-06', 'From Hillside Wiki', 'Jump to navigation Jump to search', '', 'Hillside CIC – Board meeting, Tuesday 6 May 2025, 7pm', '',
    'Present: Ann Vale (AV) (Chair); Tom Reed (TR)', '', 'Actions carried forward[edit]', '',
    '    1. ACTION: TR to renew the insurance. Yes check.svg Done',
    '    2. ACTION: AV and TR to update the risk register. AV: Symbol wait.svg Doing; TR: Yes check.svg Done', '',
    'Finance[edit]', '', 'The accounts were presented.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['1 | done | Done', '2 | open | Doing', '2 | done | Done']);
});

test('family 6: a wiki\'s action log whose status cell keeps its icons as words, one status per owner in a cell', () => {
  const m = meetingOf([
    'Board/Minutes/2024-02-12', 'From Millbrook Wiki', '', 'Millbrook Allotments – Committee meeting, Monday 12 February 2024, 7.30pm', '',
    'Present: Ruth Gale (RG) (Chair); Peter Lomas (PL); Ken Abara (KA)', '', 'Review of actions[edit]', '',
    'No.\tAction\tOwner\tStatus',
    '1\tRepair the water trough\tPL\tTick.png Complete',
    '2\tOrder the manure delivery\tRG, KA\tRG Yes check.svg Done; KA Go-next-red.svg Carried forward – after the frost',
    '3\tRewrite the tenancy rules\tKA\tX mark.svg Withdrawn (no longer needed)', '',
    'Finance[edit]', '', 'The accounts were presented.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['1 | done | Complete', '2 | done | Done', '2 | carried forward | Carried forward', '3 | dropped | Withdrawn']);
  // a cell whose owners' statuses are no marks (`RG and KA`) is no review: a sentence, not a status per owner
  const near = meetingOf(['Allotments – Committee meeting, 12 February 2024', '', 'Present: Ruth Gale (RG)', '', 'Review of actions', '',
    'No.\tAction\tOwner\tStatus', '1\tOrder the manure\tRG\tRG to chase the farm', ''].join('\n'));
  assert.deepEqual(reviews(near), []);
});

test('family 8: an outstanding resolutions report under a sub-item, its columns parted by blanks; family 4: a log\'s status deferred to a month', () => {
  const m = meetingOf([
    'WARRAGUL RIDGE SHIRE COUNCIL', '', 'ORDINARY COUNCIL MEETING', '', 'MINUTES', '', 'Wednesday 12 March 2025, commencing at 6.00pm', '',
    'PRESENT:       Cr A Vale (Mayor), Cr T Reed', '', '1    OPENING OF MEETING', 'The Mayor declared the meeting open at 6.00pm.', '',
    '2    DIRECTOR\'S REPORTS', '2.1  Outstanding Council Resolutions', 'The report on resolutions not yet completed was tabled:',
    'OC24/311   Kerb and channel, Mill Road       Closed', 'OC25/012   Review of camping fees            Ongoing – survey under way',
    'OC25/040   Sale of Lot 4 Depot Lane         Deferred to April', '',
    '3    FINANCE', '3.1  Quarterly budget review', 'DA24/117   Two lots, Hill Street   Completed', '', '4    CLOSE', 'The meeting closed at 7.10pm.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['OC24/311 | done | Closed', 'OC25/012 | open | Ongoing', 'OC25/040 | carried forward | Deferred to April']);
  const t = readActionTable('Ref\tAction\tLead\tStatus\nAB/1\tNewsletter\tLP\tDeferred to March 2026 – print costs\nAB/2\tVisits\tTS\tDeferred – no date yet', 0);
  assert.deepEqual(t?.rows.map((r) => r.status?.word), ['deferred', 'deferred']);
  const row = 'AB/1\tNewsletter\tLP\tDeferred to March 2026 – print costs';
  assert.equal(t && row.slice(t.rows[0].status!.start - t.rows[0].start, t.rows[0].status!.end - t.rows[0].start), 'Deferred to March 2026');
});

test('family 8: a school board\'s log of members\' requests, its number\'s column headed as the request, a deferral to a work session wrapped past the last tab', () => {
  const m = meetingOf([
    'NORTH FORK SCHOOL DISTRICT', 'BOARD OF TRUSTEES', 'REGULAR MEETING MINUTES', 'Monday, April 6, 2026', '',
    'A. CALL TO ORDER', 'The President called the meeting to order at 6:00 p.m.', '',
    'B. REVIEW OF TRUSTEE REQUESTS', 'Request\tDate\tRaised by\tRequest\tAssigned to\tStatus',
    'TR-26-05\t2/2/26\tTrustee Ames\tBell schedule options\tJ. Ortiz\tCompleted',
    'TR-26-07\t3/2/26\tTrustee Bell\tLibrary hours survey\tK. Lund\tDeferred to May 4',
    '\t\t\t\t\t\twork session', 'TR-26-08\t3/2/26\tTrustee Ames\tField lighting\tJ. Ortiz\tWithdrawn', '',
    'C. ADJOURNMENT', 'The meeting adjourned at 7:30 p.m.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['TR-26-05 | done | Completed', 'TR-26-07 | carried forward | Deferred to May 4 work session', 'TR-26-08 | dropped | Withdrawn']);
  // the first of two columns named alike is the number's where no column is headed as one; a log with its `Request #` keeps its names
  assert.deepEqual(matchActionTableHeader('Request\tDate\tRequested by\tRequest\tAssigned to\tStatus', 0)?.columns, ['ref', 'meeting', 'minute', 'action', 'owner', 'status']);
  assert.deepEqual(matchActionTableHeader('Request #\tRequest\tAssigned to\tStatus', 0)?.columns, ['ref', 'action', 'owner', 'status']);
  assert.deepEqual(matchActionTableHeader('Action\tOwner\tStatus', 0)?.columns, ['action', 'owner', 'status']);
  assert.equal(readStatusPhrase('Carried to the June 9 study session')?.end, 'Carried to the June 9 study session'.length);
});

test('family 1: a tracker in a PDF, its columns parted by blanks, an officer column, a deferral wrapped onto the next line', () => {
  const m = meetingOf([
    '                                                                     Agenda Item 4', '', '                           NORTHFIELD BOROUGH COUNCIL', '', '                       STANDARDS COMMITTEE', '',
    '   Minutes of a meeting of the Standards Committee held in the', '   Council Chamber, Northfield on Tuesday, 4 March 2025 at 7.00 pm', '',
    '   Present:       Councillor Ann Vale (Chairman)', '                  Councillors Tom Reed and Bo Chen', '', '   Apologies:     Councillor Di Moss', '',
    '   12.    DECLARATIONS OF INTEREST', '', '          There were no declarations of interest.', '', '   13.    MINUTES', '', '          RESOLVED: That the minutes of the meeting held on 2 December 2024 be confirmed.', '',
    '   14.    ACTION LOG', '', '          Members noted the action log:', '',
    '          Ref      Action                        Lead Officer     Status',
    '          ST/4     Register of gifts review      Monitoring       Complete',
    '                                                Officer',
    '          ST/7     Training on the code          Democratic       Postponed until',
    '                   of conduct                   Services         June 2025',
    '          ST/8     Annual report                 Monitoring       Deferred – see',
    '                                                Officer          minute 16', '',
    '   15.    ANY OTHER BUSINESS', '', '          None.', '',
  ].join('\n'));
  assert.deepEqual(reviews(m), ['ST/4 | done | Complete', 'ST/7 | carried forward | Postponed until June 2025', 'ST/8 | carried forward | Deferred']);
});

test('family 9: a scribe goes through the open action items by issue number alone, the replies giving their status', () => {
  const m = meetingOf([
    '   W3C', '', '                          – DRAFT –', '                Timed Text Working Group', '', '                 16 January 2025', '',
    'Attendees', '', '   Present', '          Ana_Ruiz, Bo_Chen, Kenji_Sato', '', '   Chair', '          Ana', '', '   Scribe', '          Bo', '',
    'Contents', '', '    1. [1]Action items review', '    2. [2]Issue 120: fonts', '     __________________________________________________________________', '',
    'Action items review', '', '   Ana: #112 – Kenji, tile sets for the demo', '   Kenji: completed, pushed yesterday', '',
    '   <Ana> #118, Bo, glossary', '   ... Bo says the glossary is in progress', '',
    'Issue 120: fonts', '', '   Ana: #120, Bo, we need a test', '   Bo: done', '',
  ].join('\n'));
  assert.deepEqual(reviews(m).filter((r) => r.startsWith('#')), ['#112 | done | completed', '#118 | open | in progress']);
  assert.deepEqual(matchIssueRecall('Ana: #12 is blocked'), undefined);
  // the issue's status said after its verb is a recall answered on its own line
  assert.deepEqual(matchIssueRecall('Renata: #58 is done, the sample files are in'), { start: 8, end: 11 });
});

test('family 9: the chair keeps an issue open; a GitHub bot closing another issue is no reply of this one', () => {
  const m = meetingOf([
    '   W3C', '', '                          – DRAFT –', '                Timed Text Working Group', '', '                 16 January 2025', '',
    'Attendees', '', '   Present', '          Ana_Ruiz, Bo_Chen, Kenji_Sato', '', '   Chair', '          Ana', '', '   Scribe', '          Bo', '',
    'Contents', '', '    1. [1]Open actions', '    2. [2]AOB', '     __________________________________________________________________', '',
    'Open actions', '', '   Kenji: #40, the font samples, not yet', '', '   Ana: leave #40 with Kenji then', '',
    '   Bo: #41 was completed, the PR is merged', '', '   <gb> Closed -> action #41 [1]https://github.com/w3c/ttwg/issues/41', '',
    '   Kenji: #42, the profile table, nearly there', '', '   Ana: keep #42 open', '',
    'AOB', '', '   Ana: none', '',
  ].join('\n'));
  assert.deepEqual(reviews(m).filter((r) => r.startsWith('#')), ['#41 | done | completed', '#42 | open | open']);
  // near miss: a bot's line about another issue gives the one under review no status
  assert.equal(readReplyStatus('<gb> Closed -> action #41 https://github.com/w3c/ttwg/issues/41', '#40'), undefined);
  assert.equal(readReplyStatus('<gb> Closed -> action #40 https://github.com/w3c/ttwg/issues/40', '#40')?.status, 'done');
});

test('a decision in a plain sentence outside any item (a wiki page whose headings are no items) is the meeting\'s own', () => {
  const m = meetingOf('Board/Minutes/2025-05-06\nFrom Hillside Wiki\n\nPresent: Ann Vale (AV) (Chair); Tom Reed (TR)\n\nThe accounts were adopted.\n\nThe Board met in the hall.\n');
  assert.deepEqual((m.decisions ?? []).map((d) => d.text), ['The accounts were adopted']);
});

test('a decision told in the passive: approved, received, noted, more sentences after it (families 5 and 6)', () => {
  const m = meetingOf([
    'Riverside Learning Trust', '', 'Minutes of the Board meeting held on 4 June 2025', '', 'Present: Ann Vale (Chair), Tom Reed', '',
    '1\tMinutes of the last meeting', 'The minutes of 12 March were approved.', '',
    '2\tEstates report', 'The estates report was received. Two roofs were to be replaced over the summer.', '',
    '3\tApologies', 'Apologies were received from Tom Reed.', 'These minutes were approved at the Board meeting on 9 July 2025.', '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [['The minutes of 12 March were approved'], ['The estates report was received'], []]);
  // our markup writes its decisions as `DECISION:`: there the approval in prose stays prose
  assert.deepEqual(decisions(meetingOf('# Board\n\nDate: 2025-03-04\n\n## 001/25 Payments\n\nThe payments were approved.\n')), [[]]);
});

test('a resolution with its own number in a board\'s series, and a body that is a group (families 6 and 10)', () => {
  const r = 'RESOLUTION FC/24/07: The Committee recommends a service charge of £12 a week.';
  assert.equal(cut(r, matchDecision(r)?.number), 'FC/24/07');
  const n = 'Resolution No. 24-15: that the bid be accepted.';
  assert.equal(cut(n, matchDecision(n)?.number), '24-15');
  assert.equal(matchDecision('RESOLUTION TO EXCLUDE THE PRESS AND PUBLIC'), undefined);
  const g = 'The working group agreed to defer the vote to the next call.';
  assert.equal(cut(g, matchDecision(g)?.text), 'to defer the vote to the next call.');
  // a person's title is no body: an undertaking
  assert.equal(matchDecision('The Chief Executive agreed to circulate the paper.'), undefined);
  const notes = meetingOf('# Docs team meeting 2025-05-06\n\n## Attendees\n\n- Ana Ruiz\n\n## Style guide\n\n- Ana: the guide is out of date.\n- The team agreed to adopt the new glossary from June.\n');
  assert.deepEqual([...notes.items.flatMap((i) => i.decisions), ...(notes.decisions ?? [])].map((d) => d.text), ['to adopt the new glossary from June.']);
});

test('a resolution whose lead-in its parts finish, and a sentence the page wrapped before a code (families 2 and 4)', () => {
  const m = meetingOf([
    'Agenda and minutes', '', 'Cabinet - Tuesday, 4th March, 2025 10.00 am', '',
    '21/25', 'HOUSING STRATEGY', 'Minutes:', 'The Cabinet Member introduced the strategy.', '', 'RESOLVED: That Cabinet', '', '(1)\tadopts the housing strategy; and', '(2)\tasks officers to report in the autumn.', ' ',
    '22/25', 'PARKS', 'Minutes:', 'RESOLVED: That the report be noted', '', '(b)\tThe parks officer left the meeting.', ' ',
  ].join('\n'));
  assert.deepEqual(decisions(m), [['That Cabinet (1)\tadopts the housing strategy; and'], ['That the report be noted']]);
  const wrapped = meetingOf([
    'QUALITY COMMITTEE', '', 'Minutes of the meeting held on 3 March 2025', '', 'Present: Ann Vale (Chair), Tom Reed', '',
    '25/101\tACTION LOG',
    'The Committee reviewed the action log presented by the Head of Governance and AGREED to close actions',
    'GOV-12 and GOV-15.',
    '',
    '25/102\tANY OTHER BUSINESS',
    'The Committee reviewed the risk register presented by the Director of Nursing and AGREED to close risks',
    '25/103\tDATE OF NEXT MEETING',
  ].join('\n'));
  assert.deepEqual(decisions(wrapped).map((d) => d.map((t) => t.replace(/^.*AGREED /, ''))), [['to close actions GOV-12 and GOV-15.'], ['to close risks'], []]);
});

test('family 7: the verb in capitals at the end of a paragraph marks it a decision', () => {
  const m = meetingOf([
    'ACADEMIC BOARD', '', 'Minutes of the meeting held on 12 March 2025', '', 'Present: Ann Vale (Chair), Tom Reed', '',
    '512   Student survey (AB/25/09)', '',
    '      a) The Dean presented the survey results. Satisfaction had risen in',
    '         nine of twelve schools. APPROVED', '',
    '      b) Members asked for the results by campus.', '',
    '513   Estates', '',
    '      a) The Director of Estates reported on the new library.', '         NOTED', '', '      b) The Chair thanked the Director.', '',
    '514   Finance', '',
    '      a) The Board considered the forecast. RESOLVED', '', '      (1) That the forecast be approved.', '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [
    ['The Dean presented the survey results. Satisfaction had risen in nine of twelve schools'],
    ['The Director of Estates reported on the new library'],
    // the verb over a resolution's parts opens them: no mark
    [],
  ]);
});

test('family 2 and 7: a matters-arising paragraph names the minute in words, its status in a clause of its own', () => {
  const read = (line: string): unknown => { const r = matchMinuteReview(line); return r && [line.slice(r.ref.start, r.ref.end), reviewStatus(r.mark), line.slice(r.mark.start, r.mark.end)]; };
  assert.deepEqual(read('a) Minute 412 d) (library hours): closed; the new hours began in June.'), ['Minute 412 d)', 'done', 'closed']);
  assert.deepEqual(read('3. Item 12 – Allotments: quotes obtained; carried forward to the June meeting.'), ['Item 12', 'carried forward', 'carried forward to the June meeting']);
  assert.deepEqual(read('Minute 88 (CCTV review): the review remains in progress.'), ['Minute 88', 'open', 'in progress']);
  assert.deepEqual(read('(4). Minute 47(b) – Verges: on hold, awaiting the county.'), ['Minute 47(b)', 'open', 'on hold']);
  assert.deepEqual(read('Minute 49/24 – Home adaptations – Completed.'), ['Minute 49/24', 'done', 'Completed']);
  assert.equal(read('Minute 12 – Outstanding Debts: Members discussed the write-off policy.'), undefined); // a subject in capitals is no status
  assert.equal(read('Minute 12 – Outstanding Debts – the policy was noted.'), undefined);
  assert.equal(read('Minute 12 – Verges: the work was not completed in time for the show.'), undefined); // a status word inside a clause
  // a status whose clause `and` a clause with its own subject follows (family 7); `and` with no subject of its own goes on with the status's clause
  assert.deepEqual(read('a) Minute 402 b): the audit of laboratory safety had been completed and its findings would go to the Health and Safety Committee.'), ['Minute 402 b)', 'done', 'completed']);
  assert.equal(read('Minute 12 – Verges: the work was completed and invoiced by the contractor.'), undefined);
});

test('family 10: status emoji and short codes, with or without a word after them', () => {
  const read = statusOfCell;
  assert.deepEqual(read('✔️ complete – see #12'), ['done', 'complete']);
  assert.deepEqual(read('🟡'), ['open', '🟡']);
  assert.deepEqual(read(':x: cancelled, no longer needed'), ['dropped', 'cancelled']);
  assert.deepEqual(read('➡️'), ['carried forward', '➡️']);
  assert.equal(read('🎉 release party'), undefined);
});

test('family 9: a scribe recalls a tracker\'s action, and a reply gives its status', () => {
  const recall = (t: string): string | undefined => { const r = matchTrackerRecall(t); return r && t.slice(r.start, r.end); };
  assert.equal(recall('<chair> action-12: Kenji, tile sets'), 'action-12');
  assert.equal(recall('Marit: action #7 – Luis, capping examples'), '#7');
  assert.equal(recall('ACTION: Kenji to update the tile sets'), undefined); // a new action
  assert.equal(recall('Luis: action-44 is blocked on the data'), undefined); // a reply naming it, no recall
  const reply = (t: string, ref: string): unknown => { const m = readReplyStatus(t, ref); return m && [m.status, t.slice(m.start, m.end)]; };
  assert.deepEqual(reply('Chen: done, all feeds checked', 'action-41'), ['done', 'done']);
  assert.deepEqual(reply('<trackbot> Closed action-41.', 'action-41'), ['done', 'Closed']);
  assert.equal(reply('<trackbot> Closed action-40.', 'action-41'), undefined);
  assert.equal(reply('Marit: ... still open?', 'action-44'), undefined);
  assert.deepEqual(reply('Ana: nothing more to do, we can close it.', '#12'), ['done', 'close']);
});

test('family 3: a review table read one cell a line, a cell wrapped by the page', () => {
  const text = 'Ref\nAction\nOwner\nStatus\nA1\nChase the county re\npotholes\nClerk\nStill open – resurfacing in\nSeptember\nA2\nBench\nClerk\nClosed\n';
  const t = readActionTable(text, 0);
  assert.deepEqual(t?.rows.map((r) => [text.slice(r.ref!.start, r.ref!.end), r.task?.map((c) => text.slice(c.start, c.end)).join(' '), r.status && reviewStatus(r.status)]), [['A1', 'Chase the county re potholes', 'open'], ['A2', 'Bench', 'done']]);
});

test('a report on earlier actions by tracker number: the status after the last colon or a dash', () => {
  const read = (line: string, bulleted = false): unknown => { const r = matchTrackerRow(line, bulleted); return r && [line.slice(r.ref.start, r.ref.end), reviewStatus(r.mark), line.slice(r.mark.start, r.mark.end)]; };
  assert.deepEqual(read('   24/7-3  Registrar to circulate the exam timetable: completed.'), ['24/7-3', 'done', 'completed']);
  assert.deepEqual(read('   88-2  Dean to consult the faculties (see minute 4): deferred to March 2027.'), ['88-2', 'carried forward', 'deferred to March 2027']);
  assert.deepEqual(read('SC/12  Treasurer to chase the grant: still open (awaiting reply)'), ['SC/12', 'open', 'still open']);
  assert.deepEqual(read('212.4  Repair the gate at the allotments (Cllr Dunn) – in hand; quote received', true), ['212.4', 'open', 'in hand']);
  assert.deepEqual(read('97    Ask the county about the verge – withdrawn.', true), ['97', 'dropped', 'withdrawn']);
  // near misses: a bare number not in a bullet is an item's; a status that begins a sentence is none
  assert.equal(read('12.3  Review of fees: completed.'), undefined);
  assert.equal(read('24/7-3  Registrar to circulate the timetable: completed the draft and sent it'), undefined);
  assert.equal(read('24/7-3  Done: the registrar reported'), undefined);
});

test('a tracker\'s lettered references with a dash, a minute\'s part in brackets, a deferral and why after it', () => {
  const read = (line: string): unknown => { const r = matchTrackerRow(line); return r && [line.slice(r.ref.start, r.ref.end), reviewStatus(r.mark), line.slice(r.mark.start, r.mark.end)]; };
  assert.deepEqual(read('RQ-24-11   Lighting in the rear car park – Completed. New lamps fitted.'), ['RQ-24-11', 'done', 'Completed']);
  assert.deepEqual(read('24/07(c) Report on room bookings – postponed to September at the request of the chair.'), ['24/07(c)', 'carried forward', 'postponed to September']);
  assert.deepEqual(read('24/09    Trial of the new rota – withdrawn: the rota was kept.'), ['24/09', 'dropped', 'withdrawn']);
  assert.equal(read('24/07 Report on room bookings – completed.'), undefined, 'one blank after a bare reference: an item\'s head as often');
});

test('status words of more families: MoinMoin smileys, a part-done action, an action pushed or rolled over', () => {
  const read = statusOfCell;
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['(./) done – gate painted', ['done', 'done']], ['(!) in hand', ['open', 'in hand']],
    ['/!\\ carry forward – no reply yet', ['carried forward', 'carry forward']], ['{X}', ['dropped', '{X}']],
    ['Part actioned – see minute 12', ['open', 'Part actioned']], ['Partially achieved', ['open', 'Partially achieved']],
  ];
  for (const [c, want] of cases) assert.deepEqual(read(c), want, c);
  const cell = (c: string): unknown => { const m = readStatusCell(c); const w = m && withDeferral(c, m); return w && [reviewStatus(w), c.slice(w.start, w.end)]; };
  assert.deepEqual(cell('Pushed to next meeting'), ['carried forward', 'Pushed to next meeting']);
  assert.deepEqual(cell('Rolled over to Spring 2'), ['carried forward', 'Rolled over to Spring 2']);
  // where an action goes is part of its status as written, whichever word puts it off
  assert.deepEqual(cell('Carried forward to July – no reply yet'), ['carried forward', 'Carried forward to July']);
  assert.deepEqual(cell('carried over to Meeting 518'), ['carried forward', 'carried over to Meeting 518']);
  // the clerk's shorthand too: `c/f to April`, `C/F to November`
  assert.deepEqual(cell('c/f to April'), ['carried forward', 'c/f to April']);
  assert.deepEqual(cell('C/F to November – awaiting quote'), ['carried forward', 'C/F to November']);
  assert.equal(read('(!) see the note below'), undefined);
});

test('a matter put off to a meeting\'s agenda: where it goes is part of its status as written', () => {
  const cell = (c: string): unknown => { const m = readStatusCell(c); const w = m && withDeferral(c, m); return w && [reviewStatus(w), c.slice(w.start, w.end)]; };
  assert.deepEqual(cell('moved to the September 8 agenda'), ['carried forward', 'moved to the September 8 agenda']);
  assert.deepEqual(cell('Deferred to the next agenda – applicant absent'), ['carried forward', 'Deferred to the next agenda']);
  assert.deepEqual(cell('Postponed to the March agenda'), ['carried forward', 'Postponed to the March agenda']);
  assert.deepEqual(cell('Tabled to the October 6 agenda, awaiting the engineer'), ['carried forward', 'Tabled to the October 6 agenda']);
  assert.deepEqual(cell('tabled until the next meeting'), ['carried forward', 'tabled until the next meeting']);
  assert.equal(cell('Tabled at the meeting'), undefined);
  assert.equal(cell('Moved: Cllr Hart'), undefined);
});

test('a review table whose action cell the page wrapped with no tab before it, and one status per owner in plain words', () => {
  const text = '\tAction\tWho\tStatus\n\tPaint the railings by the\tJB\tDone\n\tpond\n\tBook the hall for the fair\tKL\tIn progress\n';
  const t = readActionTable(text, 0);
  assert.deepEqual(t?.rows.map((r) => [r.task?.map((c) => text.slice(c.start, c.end)).join(' '), r.status && reviewStatus(r.status)]), [['Paint the railings by the pond', 'done'], ['Book the hall for the fair', 'open']]);
  const m = meetingOf(['GARDEN GROUP', 'Minutes of 3 May 2026', '', '1. Review of last meeting\'s actions', '#\tAction\tOwner\tStatus', 'GG-4\tPrice the compost bins\tAna, Raj\tAna: complete; Raj: open', '', '2. Close', 'Closed at 8pm.'].join('\n'));
  assert.deepEqual(m.statusReviews?.map((r) => [r.ref, r.status, r.written]), [['GG-4', 'done', 'complete'], ['GG-4', 'open', 'open']]);
});

test('a signature block\'s labels are no approval: `APPROVED:` with `ATTEST:` beside it', () => {
  assert.equal(matchDecision('APPROVED:                         ATTEST:'), undefined);
  assert.equal(matchDecision('APPROVED: the hire of the minibus for the summer trip.')?.verb, 'approved');
});

test('`RESOLVED:` alone over its numbered parts, each a `That …` sentence: the first part is its words', () => {
  const m = meetingOf(['PLACES SCRUTINY PANEL', 'Minutes of 2 March 2026', '', 'PS/26/04', 'STREET LIGHTING', 'The officer presented the report.', '', 'RESOLVED:', '1. That the report be noted.', '2. That a further update come in June.', '', 'PS/26/05', 'WORK PROGRAMME', 'Noted.'].join('\n'));
  assert.deepEqual(m.items.flatMap((i) => i.decisions.map((d) => d.text)).slice(0, 1), ['1. That the report be noted.']);
});

test('a resolution the page wrapped before a date after `from`, or before an Act\'s year', () => {
  const m = meetingOf(['AUDIT PANEL', 'Minutes of 2 March 2026', '', '12/26 FEES', 'RESOLVED – That the new fees apply with effect from', '1 April 2026, subject to review.', '', '13/26 EXCLUSION', 'RESOLVED – That under Section 100A(4) of the Local Government Act', '1972 the press and public be excluded.', '', '14/26 CLOSE', 'Noted.'].join('\n'));
  assert.deepEqual(m.items.flatMap((i) => i.decisions.map((d) => d.text)).slice(0, 2), ['That the new fees apply with effect from 1 April 2026, subject to review.', 'That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded.']);
});

test('a chat\'s follow-ups: each owner\'s task, then its status after a dash', () => {
  const m = meetingOf(['# Storage SIG', '', '2026-03-04', '', '### Follow-ups from 2026-02-18', '', '* [Ana Ruiz](mailto:ana@example.org): write the upgrade notes — Done, see #88', '* Raj Patel: bisect the flaky test — Won\'t do (test removed)', '', '### Discussion', 'We talked.'].join('\n'));
  assert.deepEqual(m.statusReviews?.map((r) => [r.ref, r.status, r.written]), [['Ana Ruiz: write the upgrade notes', 'done', 'Done'], ['Raj Patel: bisect the flaky test', 'dropped', "Won't do"]]);
});

test('a numbered resolution over its mover\'s line and its `That …` sentence, its parts `1.` `2.` in lower case inside the item (an Australian shire, invented text)', () => {
  const text = [
    'ORDINARY COUNCIL MEETING', '', '1    OPENING OF MEETING', 'The Mayor opened the meeting at 6.00pm.', '',
    '2    WORKS REPORTS', '2.1  Tender T2024/07 – Depot Roof',
    'RESOLUTION OCM24/101', 'Moved: Cr Allen         Seconded: Cr Baird', 'That Council:',
    '1.   accept the tender from Roofline Pty Ltd; and', '2.   authorise the General Manager to sign the contract.', '                    CARRIED',
    '2.2  Footpath Renewal', 'RESOLUTION OCM24/102', 'That the report be received and noted.', '                    CARRIED', '',
    '3    CLOSE', 'The meeting closed at 7.00pm.',
  ].join('\n');
  const m = meetingOf(text);
  // the parts are no items: three items, and item 2 keeps its sub-items
  assert.deepEqual(m.items.map((i) => i.number?.seq), [1, 2, 3]);
  assert.deepEqual((m.items[1].subItems ?? []).map((s) => s.title), ['Tender T2024/07 – Depot Roof', 'Footpath Renewal']);
  const all = m.items.flatMap((i) => i.decisions.map((d) => d.text));
  assert.ok(all[0].startsWith('That Council: 1.   accept the tender'), all[0]);
  assert.ok(all[1].startsWith('That the report be received and noted.'), all[1]);
  // a near miss: `2. Finance` in capitals after a keyword alone is the next item, never the resolution's part
  const near = meetingOf('MINUTES\n\n1. Welcome\nRESOLVED:\n\n2. Finance\nThe budget was noted.\n');
  assert.deepEqual(near.items.map((i) => i.title), ['Welcome', 'Finance']);
});

test('the last minutes approved `without amendment`, a decision wrapped after its article, and `item 5).` wrapped from the line above is no item (invented text)', () => {
  const m = meetingOf('MINUTES\n\n1. Minutes\nThe minutes of 2 May 2024 were approved without amendment.\n\n2. Budget\nGovernors APPROVED the\nSFVS return for the year.\n   516-2  President to ask the Provost for the figures: done (see\n          item 2).\n\n3. Close\nThe meeting closed.\n');
  assert.deepEqual(decisions(m), [['without amendment'], ['the SFVS return for the year.'], []]);
  assert.deepEqual(m.items.map((i) => i.number?.seq), [1, 2, 3]);
  // a near miss: a sentence that ends (`APPROVED the budget.`) takes nothing from the next line
  const near = meetingOf('MINUTES\n\n1. Budget\nGovernors APPROVED the budget.\nSFVS return to follow.\n\n2. Close\nThe meeting closed.\n');
  assert.deepEqual(decisions(near), [['the budget.'], []]);
});

test('a log of earlier actions with an update column and no status column, under a review heading: the status that opens each update', () => {
  const text = [
    'Minutes of the Curriculum Committee', '', 'Present: A Jones (Chair)', '',
    '2.\tMinutes of the last meeting and action review',
    '\tRef\tAction\tWho\tUpdate',
    '\tCC/21\tShare the reading audit\tMB\tDone – shared 2nd March',
    '\tCC/22\tVisit the nursery\tRT\tCarried forward to June',
    '\tCC/23\tWrite to parents\tMB\tLetter drafted by the office',
    '',
    '3.\tCurriculum',
    '\tThe committee noted the report.', '',
  ].join('\n');
  assert.deepEqual(reviews(meetingOf(text)), ['CC/21 | done | Done', 'CC/22 | carried forward | Carried forward to June']);
  // a table of new actions with an update column, under no review heading, reviews nothing
  assert.deepEqual(reviews(meetingOf(text.replace('Minutes of the last meeting and action review', 'Curriculum plans'))), []);
});

test('family 1: `RESOLVED: That` over a blank line and parts lettered `A`, `B` in their own column (invented text)', () => {
  const m = meetingOf([
    'LICENSING SUB-COMMITTEE', '', 'Minutes of the meeting held on 4 March 2025', '',
    '   17/25  STREET TRADING POLICY', '', '          The Licensing Manager introduced the policy.', '',
    '          RESOLVED: That', '', '          A    the Street Trading Policy be approved; and', '          B    consent fees be reviewed in April.', '',
    '   18/25  CLOSE', '', '          The meeting closed at 8.10 pm.',
  ].join('\n'));
  assert.ok(decisions(m)[0][0]?.startsWith('That A    the Street Trading Policy be approved'), decisions(m)[0][0]);
  // a near miss: `A new policy …` with one space is a sentence, never a part: the decision stays as written
  const near = meetingOf(['LICENSING SUB-COMMITTEE', '', 'Minutes of the meeting held on 4 March 2025', '', '   17/25  POLICY', '', '          RESOLVED: That', '', '          A new policy be drafted.', '', '   18/25  CLOSE'].join('\n'));
  assert.deepEqual(decisions(near)[0], ['That']);
});

test('family 7: a verb alone at its labels\' column notes every part above; the minutes\' sentence a trailing verb marks; a second resolution joined on the next line; a passive subject two lines up (invented text)', () => {
  const m = meetingOf([
    'COURT OF THE UNIVERSITY', '', 'Minutes of the meeting held on 14 May 2025', '',
    '231.  MINUTES', '      The minutes of the meeting of 5 February 2025 were approved as a true record and signed',
    '      by the Chair. AGREED', '',
    '232.  MATTERS ARISING', '      (i)  Minute 219 b): the portrait had been hung in the Great Hall and this',
    '           action was closed.', '      (ii) Minute 224: the review of prizes remained in progress.', '      NOTED', '',
    '233.  ESTATES STRATEGY', '      The Court APPROVED the strategy for the Harbour Campus, with the changes',
    '      agreed at the meeting,', '      and RESOLVED that the Estates Committee oversee its delivery.', '',
    '234.  REPORTS', '      The annual reports of the Library, the Careers Service and the Students\'',
    '      Union (2023/24) were RECEIVED.', '',
  ].join('\n'));
  assert.deepEqual(decisions(m), [
    ['The minutes of the meeting of 5 February 2025 were approved as a true record and signed by the Chair'],
    ['Minute 219 b): the portrait had been hung in the Great Hall and this action was closed'],
    ['the strategy for the Harbour Campus, with the changes agreed at the meeting,', 'that the Estates Committee oversee its delivery.'],
    ['The annual reports of the Library, the Careers Service and the Students\' Union (2023/24) were RECEIVED'],
  ]);
  assert.equal(m.items[1].decisions[0].parts?.length, 2);
  // near misses: a verb under the words of the last part notes that part alone; the approval with no verb after it keeps its own words
  const near = meetingOf([
    'COURT OF THE UNIVERSITY', '', 'Minutes of the meeting held on 14 May 2025', '',
    '231.  MINUTES', '      The minutes of the meeting of 5 February 2025 were approved as a true record.', '',
    '232.  MATTERS ARISING', '      (i)  Minute 219 b): the portrait had been hung.', '      (ii) Minute 224: the review of prizes remained in progress.', '           NOTED', '',
  ].join('\n'));
  assert.deepEqual(decisions(near), [['as a true record'], ['Minute 224: the review of prizes remained in progress']]);
});

test('family 7: a verb alone under its lettered paragraph is that paragraph\'s decision, never a heading; a lettered paragraph\'s passive verb keeps its sentence (invented text)', () => {
  const m = meetingOf([
    'COUNCIL OF THE COLLEGE', '', 'Minutes of the meeting held on 9 April 2025', '',
    '87.  ESTATES UPDATE', '      a) The Bursar welcomed the new surveyor.', '      b) The Bursar reported that the lease of the boathouse had been',
    '         renewed for ten years.', '         RECEIVED', '',
    '88.  ANNUAL ACCOUNTS', '      a) The auditors presented their findings.', '      b) The accounts were APPROVED.', '',
    '89.  CLOSE', '      The meeting closed at 6.15 pm.',
  ].join('\n'));
  assert.deepEqual(m.sections, []);
  assert.deepEqual(decisions(m), [['The Bursar reported that the lease of the boathouse had been renewed for ten years'], ['The accounts were APPROVED'], []]);
  // a near miss: a verb in capitals alone after a blank line, over the next item, stays a heading of what follows
  const near = parse(['COUNCIL OF THE COLLEGE', '', 'Minutes of the meeting held on 9 April 2025', '', '87.  ESTATES', '      The surveyor was welcomed.', '', 'RECEIVED', '', '88.  CLOSE', '      The meeting closed.'].join('\n')).meeting!;
  assert.equal(near.items[0].decisions.length, 0);
});

/** The reviews (`reviewed`) or the items' decisions (`decided`) of a meeting given as its lines. */
const reviewed = (lines: readonly string[]): string[] => reviews(meetingOf(lines.join('\n')));
const decided = (lines: readonly string[]): string[][] => decisions(meetingOf(lines.join('\n')));

test('family 1 and 3: a review row opens with the earlier minute (a prefix apart from its number, or what it was with no mark), the status after a dash, a deferral wrapped with its reason', () => {
  // each line and what a review reads of it: reference, status, the status as written (near misses: a
  // word in capitals after the number is no prefix of it; a status in the middle of the clause tells none)
  const rows: ReadonlyArray<readonly [string, readonly string[] | undefined]> = [
    ['EXC 41(2) – letter to the rail operator about Sunday trains – completed; reply filed.', ['EXC 41(2)', 'done', 'completed']],
    ['EXC 47 – review of allotment rents – deferred to July 2026 pending the valuation.', ['EXC 47', 'carried forward', 'deferred to July 2026']],
    ['88/24 b) New litter bin at the recreation ground – completed, fitted 4th March.', ['88/24 b)', 'done', 'completed']],
    ['91/24 Hedge cutting: quotes requested – ongoing, one quote back.', ['91/24', 'open', 'ongoing']],
    ['HSC/25/04 – Superseded by the Trust\'s falls review', ['HSC/25/04', 'dropped', 'Superseded']],
    ['91/24 Hedge cutting was discussed at length.', undefined],
    ['EXC 47 – the completed survey was circulated to members', undefined],
  ];
  for (const [line, want] of rows) {
    const r = matchMinuteReview(line);
    assert.deepEqual(r && [cut(line, r.ref), reviewStatus(r.mark), cut(line, r.mark)], want, line);
  }

  assert.deepEqual(reviewed([
    '                   EXECUTIVE', '', '   MINUTES of the meeting of the Executive held on Tuesday 3 March 2026', '',
    '   EXC 52     PROGRESS ON EXECUTIVE RESOLUTIONS', '',
    '              The Head of Legal reported on the resolutions that needed follow-up:', '',
    '              •  EXC 41(2) – letter to the rail operator about Sunday', '                 trains – completed; reply filed.',
    '              •  EXC 44 – review of pest control charges – in progress;', '                 report in May.',
    '              •  EXC 47 – review of allotment rents – deferred to', '                 July 2026 pending the valuation.', '',
    '              RESOLVED – That the report be noted.', '',
    '   EXC 53     HOUSING', '', '              The Executive noted the report.', '',
  ]), ['EXC 41(2) | done | completed', 'EXC 44 | open | in progress', 'EXC 47 | carried forward | deferred to July 2026']);
});

test('family 4: a health board notes its rolling action plan, each action\'s reference with its status after a dash', () => {
  assert.deepEqual(reviewed([
    'NHS BORDERSHIRE', 'AUDIT AND RISK COMMITTEE', '', 'Minute of the meeting held on 12 February 2026', '',
    'Present:', 'Mr Iain Ross, Non-Executive Board Member (Chair)', 'Ms Eilidh Grant, Non-Executive Board Member', '',
    '1      WELCOME AND APOLOGIES', '', 'The Chair welcomed members.', '', '2      DECLARATIONS OF INTEREST', '', 'None were declared.', '',
    '3      MINUTE OF PREVIOUS MEETING AND ROLLING ACTION PLAN', '',
    'The Committee:', '•   Approved the Minute of the meeting held on 4 December 2025.',
    '•   Noted the Rolling Action Plan, with the following updates:', '       ARC/25/21 – Closed', '       ARC/25/24 – Open; revised date June 2026',
    '       ARC/25/27 – Superseded by the internal audit plan', '', '4      RISK REGISTER', '', 'The Committee noted the register.', '',
    '5      ANY OTHER BUSINESS', '', 'There was none.', '',
  ]), ['ARC/25/21 | done | Closed', 'ARC/25/24 | open | Open', 'ARC/25/27 | dropped | Superseded']);
});

test('family 5: a governors\' review restates each numbered action with its owner, the status after the last dash or semicolon', () => {
  assert.deepEqual(reviewed([
    'ST ANSELM\'S ACADEMY', 'Minutes of the Full Governing Body meeting held on 5th March 2026', '',
    '3.0   Minutes of the last meeting and matters arising', '3.1   Review of actions from 22nd January 2026:',
    '      Action 1 – Circulate the revised admissions policy to all', '      governors (JT) – complete',
    '      Action 2 – Arrange the health and safety walk (PR) – date', '      agreed with the site manager; carried forward',
    '      Action 3 – Update the governor skills matrix (LM) – in progress', '',
    '4.0   Headteacher\'s report', '4.1   The Headteacher presented her report.', '',
  ]), ['Action 1 | done | complete', 'Action 2 | carried forward | carried forward', 'Action 3 | open | in progress']);
});

test('family 10: a review whose bullets open with the linked issue, the status in square brackets; family 6: a log under its review heading; family 9: an action that can be dropped', () => {
  assert.deepEqual(reviewed([
    '---', 'title: Steering committee, 2026-03-04', '---', '', '# Steering committee meeting, 2026-03-04', '', '## Previous action items', '',
    '- [#88](https://github.com/example/gov/issues/88) Write the release checklist — `@ana` **[done]**, in the wiki',
    '- [#90](https://github.com/example/gov/issues/90) Ask about the CLA — `@bo` **[deferred to May]**',
    '- [#91](https://github.com/example/gov/issues/91) Move the mirror — `@cy` **[won\'t do]**: no longer hosted', '',
    '## Action items', '', '- [ ] Ask about the CLA ([#90](https://github.com/example/gov/issues/90), carried forward) — `@bo`', '',
  ]), ['#88 | done | done', '#90 | carried forward | deferred to May', '#91 | dropped | won\'t do']);
  assert.equal(readStatusCell('pending review by Ana')?.word, 'pending review');
  assert.equal(readStatusCell('complete by March'), undefined);
  const recall = (t: string): string | undefined => { const r = matchTrackerRecall(t); return r && t.slice(r.start, r.end); };
  assert.equal(recall('Ana: ACTION-77 can be dropped, out of scope'), 'ACTION-77');
  assert.deepEqual(reviewed([
    'Club committee meeting 2026-03-04', '', 'Actions from previous meetings', 'Action\tOwner\tDue\tStatus',
    'Order the new eyepieces\tAna Ruiz\t1 Mar 2026\tDONE', 'Repaint the dome\tBo Chen\t1 Apr 2026\tIN PROGRESS', '',
    'Discussion', 'The treasurer reported on the accounts.', '',
  ]), ['Order the new eyepieces | done | DONE', 'Repaint the dome | open | IN PROGRESS']);
});

test('family 4: `The Committee:` over bullets each opening with its verb, wrapped; the body noting a document in a sentence, wrapped after the verb; a body\'s agreement wrapped to its sentence\'s end', () => {
  assert.deepEqual(decided([
    'NHS BORDERSHIRE', 'STAFF GOVERNANCE COMMITTEE', '', 'Minute of the meeting held on 12 February 2026', '',
    'Present:', 'Mr Iain Ross, Non-Executive Board Member (Chair)', 'Ms Eilidh Grant, Non-Executive Board Member', '',
    '1      WELCOME AND APOLOGIES', '', 'The Chair welcomed members.', '',
    '2      DECLARATIONS OF INTEREST', '', 'Ms Grant declared an interest in item 3. The Committee agreed that this did', 'not prevent her from taking part.', '',
    '3      WORKFORCE REPORT', '', 'Mr Gray presented the report on vacancies.', '',
    'The Committee:', '•   Noted the report and took reasonable assurance.', '•   Approved the revised recruitment policy for', '    submission to the Board.', '',
    'Mr Gray reported on the register:', '•   Noted that two risks had closed.', '',
    '4      STAFF SURVEY', '', 'The response rate was 41%. The Committee noted', 'the summary.', '',
    '5      ANY OTHER BUSINESS', '', 'There was none.', '',
  ]), [
    [], ['that this did not prevent her from taking part.'], ['the report and took reasonable assurance.', 'the revised recruitment policy for submission to the Board.'], ['the summary'], [],
  ]);
});

test('family 1, 2 and 5: the last minutes approved in a sentence the page wrapped three ways; a web page\'s part `(1).` under `RESOLVED that`; a paragraph\'s number before `It was agreed that`', () => {
  assert.deepEqual(decided([
    '                   EXECUTIVE', '', '   MINUTES of the meeting of the Executive held on Tuesday 3 March 2026', '',
    '   EXC 50     MINUTES', '',
    '              The minutes of the meeting of the Executive held on 3 February', '              2026 were approved as a correct record and signed by the', '              Leader.', '',
    '   EXC 51     LEISURE CONTRACT', '',
    '              RESOLVED that', '              (1).\tthe contract with Avon Leisure be extended to 31st March, 2027; and', '              (2).\tthe Director be authorised to sign the variation.', '',
    '   EXC 52     POLICIES', '',
    '              52.3   It was agreed that the Clerk would review the Lettings', '              Policy against the county model before the summer.', '',
  ]), [
    ['as a correct record and signed by the Leader'],
    ['that (1).\tthe contract with Avon Leisure be extended to 31st March, 2027; and'],
    ['that the Clerk would review the Lettings Policy against the county model before the summer.'],
  ]);
  // the approval outside any item (a wiki's page, a table's cell), its words after the verb
  const loose = meetingOf(['Club committee meeting 2026-03-04', '', 'Minutes', '19:30\tLast minutes\tAna Ruiz\tThe minutes of 4 February were approved without amendment.', '', 'The notes of 12 January were approved without changes.', ''].join('\n'));
  assert.deepEqual((loose.decisions ?? []).map((d) => d.text), ['without amendment', 'without changes']);
});

test('status words of trackers and logs: an issue closed with its reason, an action moved or held to a date, not done and carried by its note', () => {
  const cell = (c: string): unknown => { const m = readStatusCell(c); const w = m && withDeferral(c, m); return w && [reviewStatus(w), c.slice(w.start, w.end)]; };
  const cases: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['Closed as completed', ['done', 'Closed as completed']], ['Closed as not planned', ['dropped', 'Closed as not planned']],
    ['Moved to the next meeting', ['carried forward', 'Moved to the next meeting']], ['Held to 14/09', ['carried forward', 'Held to 14/09']],
    ['Deferred to next call', ['carried forward', 'Deferred to next call']],
    ['Not done – carried forward to the summer term', ['carried forward', 'Not done']], ['Not done – no reply from the county', ['open', 'Not done']],
    ['Off track – new date June', ['open', 'Off track']], ['➜ In hand', ['open', 'In hand']], ['✗ Removed', ['dropped', 'Removed']],
  ];
  for (const [c, want] of cases) assert.deepEqual(cell(c), want, c);
  // near misses: a motion's mover, a day something was held
  assert.equal(readStatusCell('Moved: Cllr Hart'), undefined);
  assert.equal(readStatusCell('Held on 3 March at the library'), undefined);
});

test('action logs of more families: a done-or-not column, a tracker\'s ID, an issue tracked by number, a follow-up list by department', () => {
  const statuses = (lines: readonly string[]): string[] => reviews(meetingOf(['GARDEN GROUP', 'Minutes of 3 May 2026', '', '1. Review of actions from the last meeting', ...lines, '', '2. Close', 'Closed at 8pm.'].join('\n')));
  assert.deepEqual(statuses(['| Ref | Action | Owner | Open / Closed |', '|---|---|---|---|', '| GG-7 | Price the compost bins | Ana | Closed |', '| GG-8 | Ask the council about a tap | Raj | Open – chased 2 May |']),
    ['GG-7 | done | Closed', 'GG-8 | open | Open']);
  assert.deepEqual(statuses(['| ID | Action | Owner | Status | RAG |', '| --- | --- | --- | --- | --- |', '| T-3 | Order seed potatoes | Ana | Not started | 🔴 Red |']), ['T-3 | open | Not started']);
  assert.deepEqual(statuses(['| Action | Owner | Tracking issue | State |', '| --- | --- | --- | --- |', '| Fix the rota script | @ana | #41 | Closed as completed |', '| Port the site | @raj | #44 | Closed as not planned |']),
    ['#41 | done | Closed as completed', '#44 | dropped | Closed as not planned']);
  assert.deepEqual(statuses(['No.    Request                  Dept.       Requested   Open/Closed', 'R-12   Bins at the top gate     Works       02/03/26    Held to 09/09', 'R-13   Signs for the path       Works       02/03/26    Removed']),
    ['R-12 | carried forward | Held to 09/09', 'R-13 | dropped | Removed']);
});

test('an action log whose header wraps onto a second line, and a status note the page tabbed under the owner', () => {
  const statuses = (lines: readonly string[]): string[] => reviews(meetingOf(['GARDEN GROUP', 'Minutes of 3 May 2026', '', '1. Review of actions from the last meeting', ...lines, '', '2. Close', 'Closed at 8pm.'].join('\n')));
  assert.deepEqual(statuses([
    'Ref      Action                    Lead   Status        Date',
    '                                                        closed',
    'GG-21    Price the compost bins    AR     Complete      02.04.26',
    'GG-22    Ask about a water tap     RP     Not yet due',
  ]), ['GG-21 | done | Complete', 'GG-22 | open | Not yet due']);
  const tabbed = meetingOf(['GARDEN GROUP', 'Minutes of 3 May 2026', '', '1.\tApologies', '\tNone were received.', '', '2.\tMinutes of the last meeting and action log', '\tActions from the previous meeting:', '\tNo.\tAction\tOwner\tStatus', '\t1\tRepaint the shed door\tAR/RP\t✗ Not done – carried', '\t\t\tforward to the June meeting', '\t2\tOrder bark chips\tRP\t✓ Done', '', '3.\tClose', '\tClosed at 8pm.'].join('\n'));
  assert.deepEqual(reviews(tabbed), ['1 | carried forward | Not done', '2 | done | Done']);
});

test('a tracker\'s rows by issue number without a header, and a matters-arising paragraph whose status word the page wrapped', () => {
  const rows = meetingOf(['STANDARDS GROUP', 'Minutes of 3 May 2026', '', '4. Review of action items', '', 'Open items as of 1 May:', '', '  #0112  Write the glossary entry     Ana     ✓ closed', '  #0113  Ask the editors about IDs    Raj     deferred to next call', '', '5. Close', 'Closed at 8pm.'].join('\n'));
  assert.deepEqual(reviews(rows), ['#0112 | done | closed', '#0113 | carried forward | deferred to next call']);
  // near miss: the same rows under an item that reviews no actions
  assert.deepEqual(reviews(meetingOf(['STANDARDS GROUP', 'Minutes of 3 May 2026', '', '4. Editors\' report', '', '  #0112  Write the glossary entry     Ana     ✓ closed', '', '5. Close', 'Closed at 8pm.'].join('\n'))), []);
  const arising = meetingOf(['ASHFORD TOWN COUNCIL', 'Minutes of 3 May 2026', '', 'TC/26/40\tMATTERS ARISING', 'TC/26/12 Bus shelter on Mill Lane. The county has not replied to the letter the Clerk sent', 'in March. The Clerk to write to the county highways officer again. CARRIED',
    'FORWARD.', 'TC/26/15 Bench by the pond. Installed in April. CLOSED.', '', 'TC/26/41\tCLOSE', 'Closed at 8pm.'].join('\n'));
  assert.deepEqual(reviews(arising), ['TC/26/12 | carried forward | CARRIED FORWARD', 'TC/26/15 | done | CLOSED']);
});

test('family 2: a matters-arising paragraph a minute, its status in a sentence of its own after `Status:` (invented text)', () => {
  const review = (line: string): unknown => { const r = matchMinuteReview(line); return r && [line.slice(r.ref.start, r.ref.end), reviewStatus(r.mark), line.slice(r.mark.start, r.mark.end)]; };
  assert.deepEqual(review('(1). Minute 14/26 – Village hall boiler: quotes had been obtained. Status: Complete.'), ['Minute 14/26', 'done', 'Complete']);
  assert.deepEqual(review('(2). Minute 16/26 – Play area fencing: the contractor had been chosen. Status: Ongoing – works due in June.'), ['Minute 16/26', 'open', 'Ongoing']);
  assert.deepEqual(review('(3). Minute 19/26 – Verge cutting: no reply yet. Status: Carried forward to the July meeting.'), ['Minute 19/26', 'carried forward', 'Carried forward to the July meeting']);
  // near miss: a sentence about a status is none
  assert.equal(matchMinuteReview('(4). Minute 20/26 – Lease: the status of the lease was discussed at length.'), undefined);
});

test('status columns of more families: a school\'s term and a working group\'s next interim as where an action goes; `Blocked` only in a log\'s column (invented text)', () => {
  const cell = (c: string): unknown => { const m = readStatusCell(c); const w = m && withDeferral(c, m); return w && [reviewStatus(w), c.slice(w.start, w.end)]; };
  assert.deepEqual(cell('➡️ Carried forward to spring term'), ['carried forward', 'Carried forward to spring term']);
  assert.deepEqual(cell('✗ carried over to next interim'), ['carried forward', 'carried over to next interim']);
  const statuses = (title: string, lines: readonly string[]): string[] => reviews(meetingOf(['# Ferret WG — 2026-03-03', '', `## ${title}`, '', ...lines, '', '## AOB', '', '- Nothing.'].join('\n')));
  assert.deepEqual(statuses('1. Action items from 2026-02-17', ['| Action | Who | RAG | Status |', '|---|---|---|---|', '| Tag 1.3-rc1 | @ana | 🟢 | Done – tagged 20 Feb |', '| Write the threat model | @raj | 🔴 | Blocked – waiting on the audit |']),
    ['Tag 1.3-rc1 | done | Done', 'Write the threat model | open | Blocked']);
  assert.deepEqual(statuses('Action items from IETF 125', ['| Action | Owner | Done? |', '|---|---|---|', '| Post the milestones | Chairs | ✓ done |', '| Set up the test matrix | Ana | ✗ dropped |']),
    ['Post the milestones | done | done', 'Set up the test matrix | dropped | dropped']);
  // near misses: `blocked` in prose is a thing's state, and a table of new actions under another heading is no review
  assert.equal(readStatusCell('blocked'), undefined);
  assert.deepEqual(statuses('Action items', ['| Action | Owner | Status |', '|---|---|---|', '| Draft the FAQ | @ana | Blocked |']), []);
});

test('family 8: a board\'s referral log, its number, subject, department and a closed-or-open column (invented text)', () => {
  const m = meetingOf(['BOARD OF SUPERVISORS', 'Minutes of March 3, 2026', '', 'IV.   STAFF FOLLOW-UP ON REFERRALS',
    'Referral No.   Subject                          Department      Closed/Open', 'BR-26-03       Culvert on Old Mill Road         Public Works    Closed', 'BR-26-05       Library parking signs            Library         Open', '',
    'V.    ADJOURNMENT', 'The meeting adjourned at 8:10 p.m.'].join('\n'));
  assert.deepEqual(reviews(m), ['BR-26-03 | done | Closed', 'BR-26-05 | open | Open']);
});

test('family 10: a note\'s decisions after a callout\'s icon, and after an arrow from how the meeting got there; family 1: a resolution wrapped before a company\'s letters (invented text)', () => {
  const m = meetingOf(['# Ferret Maintainers — 2026-03-03', '', '## 1. Release', '', '- ✅ **Agreed**: to cut 1.3.0 next Tuesday.', '- Nobody objected → **Approved**: the new logo for the docs site.', '- Slides → approved later by email', '', '## 2. AOB', '', '- Nothing.'].join('\n'));
  assert.deepEqual(decisions(m), [['to cut 1.3.0 next Tuesday.', 'the new logo for the docs site.'], []]);
  const printed = meetingOf(['LICENSING COMMITTEE', '', 'Minutes of the meeting held on 3 March 2026', '', 'LC/12     PREMISES LICENCE – UPPER WHARF', '',
    '   RESOLVED – That a premises licence be granted to the applicant, Upper Wharf',
    '   Brewing CIC for Fridays and Saturdays, subject to the usual conditions.', '', 'LC/13     CLOSE', '', '   The meeting closed at 11.00 am.'].join('\n'));
  assert.deepEqual(decisions(printed)[0], ['That a premises licence be granted to the applicant, Upper Wharf Brewing CIC for Fridays and Saturdays, subject to the usual conditions.']);
});

test('heldOut9 status families: a `Complete?` column, a list web part by its `Title`, a schedule with its status first, dot leaders, a code-span status before the owner (invented text)', () => {
  const statuses = (title: string, lines: readonly string[]): string[] => reviews(meetingOf(['ORCHARD TRUST', 'Minutes of 3 May 2026', '', `1. ${title}`, ...lines, '', '2. Close', 'Closed at 8pm.'].join('\n')));
  // a column that asks whether each is done, answered yes or no; `On target` runs on
  assert.deepEqual(statuses('Actions from the last meeting', ['Ref\tAction\tWho\tComplete?', 'B1\tPrune the old pear tree\tKM\tYes', 'B2\tOrder the grease bands\tLT\tNot yet – supplier out of stock', 'B3\tRepair the gate latch\tKM\tNo']),
    ['B1 | done | Yes', 'B2 | open | Not yet', 'B3 | open | No']);
  assert.deepEqual(statuses('Outstanding actions', ['Ref     Minute   Action                  Response', 'C/12    41       Survey the hedges       On target – due June', 'C/14    44       Buy a ladder            Completed']),
    ['C/12 | open | On target', 'C/14 | done | Completed']);
  // a list web part flattened to tabs, each action by its title, under an action tracker
  assert.deepEqual(statuses('Minutes and action tracker', ['Trust action tracker', 'Title\tAssigned to\tDue date\tProgress', 'Mend the cider press\tLee Tan\t30/04/2026\tCompleted', 'Book the wassail band\tAna Ruiz\t01/05/2026\tDeferred to June', 'Showing 2 of 2 items']),
    ['Mend the cider press | done | Completed', 'Book the wassail band | carried forward | Deferred to June']);
  // the status printed first, in capitals, its deferral wrapped below it
  assert.deepEqual(statuses('SCHEDULE OF ACTIONS ARISING', ['Status       Ref        Action                          Responsible', 'CLOSED       OT/26/02   Insure the new barn             Treasurer', 'DEFERRED     OT/26/04   Survey the east boundary        Secretary', 'TO JUNE']),
    ['OT/26/02 | done | CLOSED', 'OT/26/04 | carried forward | DEFERRED TO JUNE']);
  // dot leaders before the status, a prefix apart from its number
  assert.deepEqual(statuses('Review of action items from the 11th meeting', ['  AI 11-01  K. Marsh   circulate the draft charter ........ completed (N 88)', '  AI 11-02  L. Tan     ask the registry about fees ........ carried over to the 13th meeting']),
    ['AI 11-01 | done | completed', 'AI 11-02 | carried forward | carried over to the 13th meeting']);
  // near miss: `Yes` outside such a column is no status
  assert.equal(readStatusCell('Yes'), undefined);
  const notes = reviews(meetingOf(['# Orchard sync — 2026-05-03', '', '## Carry-over from 2026-04-19', '', '- `DONE` Kim — publish the pruning guide (live since Monday)', '- `WIP` Lee — port the map to the new tiles', '- `CARRIED` Ana — price the new labels', '', '## AOB', '', '- Nothing.'].join('\n')));
  assert.deepEqual(notes, ['publish the pruning guide | done | DONE', 'port the map to the new tiles | open | WIP', 'price the new labels | carried forward | CARRIED']);
});

test('heldOut9 status families: RAG letters in a review are running actions, a letter the log\'s legend gives is read by it; `no longer required` in a review\'s prose (invented text)', () => {
  const m = meetingOf(['ORCHARD TRUST', 'Minutes of 3 May 2026', '', 'OT/26/20  ACTION LOG', '20.1  The Secretary presented the log. RAG key: B = complete; G = on track; A = at risk;', '      R = overdue; P = postponed by the Board.', '',
    'Ref          Action                          Lead   RAG', 'OT/25/31.1   Insure the new barn             KM     B', 'OT/25/33.2   Survey the east boundary        LT     A', 'OT/26/02.1   Replant the west row            KM     P', '', 'OT/26/21  CLOSE', 'Closed at 8pm.'].join('\n'));
  assert.deepEqual(reviews(m), ['OT/25/31.1 | done | B', 'OT/25/33.2 | open | A', 'OT/26/02.1 | carried forward | P']);
  // near miss: without a legend the letter is none
  const bare = meetingOf(['ORCHARD TRUST', 'Minutes of 3 May 2026', '', 'OT/26/20  ACTION LOG', '', 'Ref          Action                          Lead   RAG', 'OT/26/02.1   Replant the west row            KM     P', '', 'OT/26/21  CLOSE', 'Closed at 8pm.'].join('\n'));
  assert.deepEqual(reviews(bare), []);
  const prose = findProseStatuses('Action 7 had been completed, and action 8 was no longer required as the grant had ended.');
  assert.deepEqual(prose.map((p) => p.status), ['done', 'dropped']);
});

test('heldOut9 decision families: a motion\'s words under its label with its record below; a part below an open first part; a date and a body\'s name the wrap split; an agenda adopted; code marks left out (invented text)', () => {
  const board = meetingOf(['ORCHARD VALLEY SCHOOL DISTRICT', 'Regular Meeting', 'April 7, 2026', '', 'I. Approval of Agenda', 'Motion & Voting', 'Approve the agenda as amended.', 'Motion by Ana Ruiz, second by Lee Tan.', 'Final Resolution: Motion Carries', 'Yea: Ana Ruiz, Lee Tan',
    '', 'II. Field Trip', 'Motion & Voting', 'Approve the overnight trip to the coast.', 'Motion by Lee Tan, second by Ana Ruiz.', 'Final Resolution: Motion Fails', '', 'III. Adjournment', 'The meeting adjourned at 8:10 p.m.'].join('\n'));
  assert.deepEqual(decisions(board), [['Approve the agenda as amended.'], [], []]);
  const council = meetingOf(['ORCHARD COUNCIL', '', 'Minutes of the meeting held on 3 March 2026', '', '12.   BUS SHELTERS', '',
    '      RESOLVED that (1) the survey be noted; and', '      (2) the shelters at Mill End be replaced this year.', '', '13.   REPORTS', '',
    '      The Council RECEIVED the minutes of the Planning Committee of 14', '      February 2026 as printed and circulated to all members of the Council.', '', '14.   CLOSE', '', '      The meeting closed at 9.00 pm.'].join('\n'));
  assert.deepEqual(decisions(council).slice(0, 2), [['that (1) the survey be noted; and (2) the shelters at Mill End be replaced this year.'], ['the minutes of the Planning Committee of 14 February 2026 as printed and circulated to all members of the Council.']]);
  const wg = meetingOf(['# Orchard WG — 2026-03-03', '', '## 1. Agenda', '', 'The draft agenda (N 12) was adopted without change.', '', '## 2. Tiles', '', '- **Agreed:** keep `TileCache` behind the `experimental` flag.', '', '## 3. AOB', '', '- Nothing.'].join('\n'));
  assert.deepEqual(decisions(wg), [['without change'], ['keep TileCache behind the experimental flag.'], []]);
});

test('heldOut10 status families: a legend of symbols, a status in brackets closing an entry, a clerk\'s one-sentence report, an issue by its repository, a task\'s nested Status: bullet (invented text)', () => {
  // a legend of symbols with no `=`: each symbol read by its words
  const log = meetingOf(['HILLSIDE CHOIR', 'Minutes of 2 June 2026', '', '7/12\tAction log', 'Key: ✓ done  ◔ in hand  ⇒ carried forward  ✗ withdrawn', 'Ref\tAction\tOwner\tStatus',
    '7/03\tBook the church hall\tAB\t✓', '7/05\tPrice new folders\tCD\t◔', '7/06\tAsk about a second pianist\tEF\t⇒', '', '7/13\tClose', 'Closed at 9pm.'].join('\n'));
  assert.deepEqual(reviews(log), ['7/03 | done | ✓', '7/05 | open | ◔', '7/06 | carried forward | ⇒']);
  // near miss: without the legend the half-filled circle is none
  const bare = meetingOf(['HILLSIDE CHOIR', 'Minutes of 2 June 2026', '', '7/12\tAction log', 'Ref\tAction\tOwner\tStatus', '7/05\tPrice new folders\tCD\t◔', '', '7/13\tClose', 'Closed at 9pm.'].join('\n'));
  assert.deepEqual(reviews(bare), []);
  // a tracker's entries whose status closes them in brackets, the entry and the brackets wrapped
  const tracker = meetingOf(['LOWFORD TOWN COUNCIL', 'Minutes of 4 May 2026', '', '41   PROGRESS ON PREVIOUS RESOLUTIONS', '', '     22(1)  Quotes for the bus shelter – Town Clerk. Two received',
    '            on 3 April. [CLOSED]', '     25     Letter to the bus company about the timetable – Mayor.', '            [DEFERRED TO JULY MEETING]', '     Gb/26/03 survey of allotment holders [Deferred to the', '     2027 meeting]',
    // (a committee's letters with its year before the stroke, `Hw25/07`)
    '     Hw25/07 Quote for the footpath signs – Clerk. [CLOSED]', '', '42   CLOSE', '     Closed at 9pm.'].join('\n'));
  assert.deepEqual(reviews(tracker), ['22(1) | done | CLOSED', '25 | carried forward | DEFERRED TO JULY MEETING', 'Gb/26/03 | carried forward | Deferred to the 2027 meeting', 'Hw25/07 | done | CLOSED']);
  // a clerk's report, each action a clause of one sentence, by its minute in brackets or its subject
  const told = meetingOf(['ASHBY PARISH COUNCIL', 'Minutes of 6 May 2026', '', '031/26\tCLERK\'S REPORT ON ACTIONS FROM THE LAST MEETING', 'The Clerk reported that the gate repair (020/26) had been completed; that the', 'new bench (022/26) was still awaited from the supplier; and that the hedge survey was no',
    'longer needed, the landowner having done it.', '', '032/26\tCLOSE', 'Closed at 9pm.'].join('\n'));
  assert.deepEqual(reviews(told), ['020/26 | done | completed', '022/26 | open | still awaited', 'hedge survey | dropped | no longer needed']);
  // an issue by its repository, and a task's status on the bullet nested under it
  const notes = meetingOf(['# WG call 12', '2026-05-04', '', '## Action items from the 11th meeting', '', '- [wg/specs#40] AB: draft the errata — **carried to the 13th meeting**', '- [ ] Write the release notes — @cd', '  - Status: in progress, PR open', '- [x] Rotate the token — @ef', '  - Status: done', '', '## Close', '', 'Closed.'].join('\n'));
  assert.deepEqual(reviews(notes), ['wg/specs#40 | carried forward | carried to the 13th meeting', 'Write the release notes | open | in progress', 'Rotate the token | done | done']);
});

test('heldOut10 decisions: a scribe\'s `Approved without changes.` under the item that names the earlier notes; near misses (invented text)', () => {
  const notes = meetingOf(['# Docs WG — 2026-05-04', '', '## 1. Notes of 2026-04-20', '', 'Approved without changes.', '', '## 2. Release', '', 'Approved as circulated by the release team.', ''].join('\n'));
  assert.deepEqual(decisions(notes), [['without changes'], []]);
});
