/**
 * A board's review of the last meeting's actions in prose (forms/priorActions.ts,
 * parse/content/priorActions.ts): under a lead-in, each earlier action is recalled by the last
 * meeting's item and its words, and the response after it tells its status. Written as other
 * boards of the family write it (issue 18: build for the family, never for the file): other
 * lead-ins, item references, response wordings and bodies; and what is no review.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { isReviewTitle, matchRecalledAction, matchRecalledRef, matchReviewLead, readResponseStatus } from '#service/forms/priorActions';

const reviews = (text: string): string[] => (parse(text).meeting?.statusReviews ?? []).map((r) => `${r.ref} | ${r.status} | ${r.written}`);
const actions = (text: string): string[] => (parse(text).meeting?.items ?? []).flatMap((i) => i.actions.map((a) => a.text));

test('the lead-in, the recalled action and the response, each on its own', () => {
  assert.equal(matchReviewLead('Actions from the previous meeting: (item 3) …'), 'Actions from the previous meeting: '.length);
  assert.equal(matchReviewLead('Matters arising'), 'Matters arising'.length);
  assert.equal(matchReviewLead('Action log review'), 'Action log review'.length);
  assert.equal(matchReviewLead('The actions of the Board were discussed.'), undefined);
  const text = 'Item 8b: Clerk to obtain three quotes for the bench. Verbal update.';
  const r = matchRecalledAction(text)!;
  assert.equal(text.slice(r.item.start, r.item.end), 'Item 8b');
  assert.equal(text.slice(r.action.start, r.action.end), 'Clerk to obtain three quotes for the bench');
  assert.equal(matchRecalledAction('(minute 46) was discussed at length by members.'), undefined);
  assert.equal(matchRecalledAction('Minute 7 - Rural Crime Team Staffing'), undefined, 'a title, no task');
  assert.equal(matchRecalledAction('Members discussed item 7 and the bench.'), undefined, 'the reference does not open the paragraph');
  const said = (t: string) => { const s = readResponseStatus(t); return s && `${s.status}: ${t.slice(s.written.start, s.written.end)}`; };
  assert.equal(said('The Clerk confirmed the quotes had been circulated to members.'), 'done: The Clerk confirmed the quotes had been circulated to members');
  assert.equal(said('The report has not yet been received; it is awaited from the county.'), 'carried forward: it is awaited from the county');
  assert.equal(said('The Director explained the background to the scheme.'), undefined);
});

test('a police and crime panel: another lead-in, other items and words, done and carried forward', () => {
  const text = [
    'POLICE, FIRE AND CRIME PANEL', '', 'Notes of meeting held on Thursday, 12 March 2020', '',
    '021/20\t<p>Item 2 – Minutes of last meeting</p> <p>The minutes were agreed.</p> <p>Actions arising from the previous meeting (item 4) The Fire Service to provide figures on false alarms by station.</p> <p>The Chief Fire Officer provided the figures, which were noted.</p> <p>(item 6a) The Force to review the use of drones at events.</p> <p>Response from the Force: the review is ongoing and the Force will come back to the Panel in June.</p>',
    '022/20\t<p>Item 3 – Estates</p> <p>The Panel discussed the estate (item 4 of the agenda).</p>', '',
  ].join('\n');
  assert.deepEqual(reviews(text), [
    'The Fire Service to provide figures on false alarms by station | done | The Chief Fire Officer provided the figures, which were noted',
    'The Force to review the use of drones at events | carried forward | the review is ongoing and the Force will come back to the Panel in June',
  ]);
  assert.deepEqual(actions(text), [], 'a recalled action is the last meeting\'s, not a new one');
});

test('a parish council: `Matters arising` as the item\'s title, `Item N:` references on their own lines', () => {
  const text = [
    'LOWER HAMBLEY PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 9th September 2025', '',
    'Present: Cllr B Okafor (Chair), Cllr S Ventham.', '',
    'PC25/117 MATTERS ARISING',
    'Item 7: Clerk to obtain three quotes for the replacement bench.',
    'The Clerk reported that the quotes had been circulated before the meeting.',
    'Item 9: Cllr Ventham to ask the county about the footpath sign.',
    'Cllr Ventham had written twice; a reply is still awaited.', '',
    'PC25/118 PLANNING',
    'Item 12: Members asked whether the hedge at plot 4 would be cut; the Clerk responded that it would.', '',
  ].join('\n');
  assert.deepEqual(reviews(text), [
    'Clerk to obtain three quotes for the replacement bench | done | The Clerk reported that the quotes had been circulated before the meeting',
    'Cllr Ventham to ask the county about the footpath sign | carried forward | a reply is still awaited',
  ]);
});

test('an NHS board: `Action log review` leading `Minute N –` paragraphs, a response that waits is carried forward', () => {
  const text = [
    'Northmoor Community Health NHS Trust', 'Board of Directors (Public)', 'Minutes of the meeting held on Thursday 5 March 2026', '',
    'TB/26/021 Action log review', '',
    'Minute 46 – The Chief Nurse to bring the safe staffing review to the Board.', '',
    'The Chief Nurse advised there had been a delay in the national guidance; the review is to be provided in May.', '',
    'Minute 48 – The Director of Finance will circulate the capital plan to members.', '',
    'The plan was circulated on 2 February. Completed.', '',
    'TB/26/022 Chief Executive\'s report', '',
    'The Board noted the report.',
  ].join('\n');
  assert.deepEqual(reviews(text), [
    'The Chief Nurse to bring the safe staffing review to the Board | carried forward | the review is to be provided in May',
    'The Director of Finance will circulate the capital plan to members | done | Completed',
  ]);
});

test('what is no review: a mention of an item in discussion, a reference with no lead-in, a recalled action with no answer', () => {
  const head = 'Oakmere Academy\n\nMINUTES OF THE LOCAL GOVERNING BODY MEETING\n\nheld on Wednesday 2nd March 2022 at 5.30pm\n\n';
  // the item is mentioned inside the paragraph, under a review's lead-in: no action is recalled
  assert.deepEqual(reviews(`${head}1. Matters arising\nGovernors discussed item 7 at length; the Head responded that the survey was completed.\n\n2. Finance\nThe budget was received.\n`), []);
  // a paragraph opening with an item outside any review: the item of this meeting's agenda
  assert.deepEqual(reviews(`${head}1. Budget\nItem 7: Governors to review the budget monitoring report.\nThe Business Manager provided the report.\n`), []);
  // recalled, but the paragraphs after it tell no status
  assert.deepEqual(reviews(`${head}1. Actions from the last meeting\n(item 3) Governors to visit the nursery class.\nThe Chair thanked governors for their time.\n`), []);
  // the answer far below, after other business, is not the recalled action's response
  // (its last line, under the review's heading, reports something of its own done: not the visit)
  assert.deepEqual(reviews(`${head}1. Actions from the last meeting\n(item 3) Governors to visit the nursery class.\nThe nursery is full.\nThe roof was discussed.\nThe car park was discussed.\nThe survey was completed.\n`).filter((r) => r.includes('nursery')), []);
});

test('the reference alone on its line, the recalled action on the next: a police and crime panel, an NHS board, a parish council', () => {
  assert.deepEqual(matchRecalledRef('(item 7)'), { start: 1, end: 7 });
  assert.deepEqual(matchRecalledRef('Minute 46 –'), { start: 0, end: 9 });
  assert.equal(matchRecalledRef('Minute 46 – The Chief Nurse to bring the review.'), undefined, 'the action on the same line is matchRecalledAction\'s');
  assert.equal(matchRecalledRef('Members discussed item 7'), undefined);
  const panel = [
    'WYEMARSH POLICE AND CRIME PANEL', '', 'Minutes of the meeting held on Thursday, 7 December 2023', '',
    '21.\tMinutes of the last meeting', '',
    'Actions from the previous meeting', '',
    '(item 7)',
    'West Midlands Police to provide a paper on the staffing requirements of the rural crime team.',
    'The Chief Constable responded with the following information: the team is at full strength.', '',
    '(item 9)', '',
    'The Commissioner to write to the Home Office about the precept limit.',
    'There may be some delay; the Commissioner will come back with further details.', '',
    '22.\tBudget', '',
    '(item 4)',
    'The Panel noted the report.', '',
  ].join('\n');
  assert.deepEqual(reviews(panel), [
    'West Midlands Police to provide a paper on the staffing requirements of the rural crime team | done | The Chief Constable responded with the following information',
    'The Commissioner to write to the Home Office about the precept limit | carried forward | the Commissioner will come back with further details',
  ]);
  // (the response's own promise, "will come back with further details", is the one-line form's reading too)
  assert.deepEqual(actions(panel).filter((a) => /provide a paper|write to the Home Office/.test(a)), [], 'the recalled actions are the last meeting\'s, not new ones');
  const board = [
    'Northmoor Community Health NHS Trust', 'Board of Directors (Public)', 'Minutes of the meeting held on Thursday 5 March 2026', '',
    'TB/26/021 Action log review', '',
    'Minute 46 –',
    'The Chief Nurse to bring the safe staffing review to the Board.',
    'The Chief Nurse advised there had been a delay in the national guidance; the review is to be provided in May.', '',
    'Minute 48',
    'The Board discussed the capital plan at length.', '',
    'TB/26/022 Chief Executive\'s report', '',
    'The Board noted the report.',
  ].join('\n');
  assert.deepEqual(reviews(board), ['The Chief Nurse to bring the safe staffing review to the Board | carried forward | the review is to be provided in May'],
    'a reference over a line that sets no task recalls nothing');
  const parish = [
    'LOWER HAMBLEY PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 9th September 2025', '',
    'Present: Cllr B Okafor (Chair), Cllr S Ventham.', '',
    'PC25/116 PLANNING',
    'Item 7:',
    'Clerk to obtain three quotes for the replacement bench.',
    'The quotes were circulated before the meeting.', '',
    'PC25/117 MATTERS ARISING',
    'Item 7:',
    'Clerk to obtain three quotes for the replacement bench.',
    'The quotes were circulated before the meeting.', '',
  ].join('\n');
  assert.deepEqual(reviews(parish), ['Clerk to obtain three quotes for the replacement bench | done | The quotes were circulated before the meeting'],
    'only under a review: the same lines under `Planning` recall nothing');
});

test('a heading over a review of earlier actions, in the words of the families that review them as a list', () => {
  for (const t of ["Review of last meeting's actions", 'Review of action items from 2025-12-10', 'Carried forward actions', 'Actions from the previous meeting', 'Matters arising', 'Outstanding actions']) assert.ok(isReviewTitle(t), t);
  for (const t of ['Governance', 'Actions', 'Shader cache format', 'New actions', 'Any other business']) assert.ok(!isReviewTitle(t), t);
  // the actions' state between the word and the meeting they came from, in other boards' words and cases
  for (const t of ['ACTIONS OUTSTANDING FROM PREVIOUS MEETINGS', 'Actions outstanding from the last meeting', 'Action points open from the previous meeting', 'Actions pending from prior meetings']) assert.ok(isReviewTitle(t), t);
  for (const t of ['Actions outstanding', 'Actions outstanding from the audit', 'Actions open for comment']) assert.ok(!isReviewTitle(t), t);
  // a council's review of what members asked staff for: its open, pending or outstanding requests
  for (const t of ['City Administrator Fisk reviewed the open requests list:', 'The Town Manager went through the pending requests:', 'Outstanding Council requests', 'Review of member requests', 'Status of Council Requests', 'Status of actions']) assert.ok(isReviewTitle(t), t);
  for (const t of ['Requests for funding', 'Two requests were received for the hall:', 'Open forum', 'Status of the budget', 'Status of planning applications']) assert.ok(!isReviewTitle(t), t);
});

test('a list of statuses under `ACTIONS OUTSTANDING FROM PREVIOUS MEETINGS` reviews those actions', () => {
  const doc = parse([
    'PARISH COUNCIL', 'Minutes of the meeting held on 3 March 2025', '', 'Present: Cllr A Jones (Chair), Cllr B Smith', '',
    '1. Apologies', 'None.', '',
    '2. ACTIONS OUTSTANDING FROM PREVIOUS MEETINGS', '- Replace the noticeboard glass – Complete', '- Chase the highways team about the gully – In progress', '',
    '3. Planning', 'The council noted the application.',
  ].join('\n'));
  assert.deepEqual((doc.meeting?.statusReviews ?? []).map((r) => [r.ref, r.status]), [['Replace the noticeboard glass', 'done'], ['Chase the highways team about the gully', 'open']]);
});
