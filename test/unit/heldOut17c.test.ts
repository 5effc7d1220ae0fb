/**
 * Forms a clerk read in a US land trust's board minutes posted on its website, in other boards'
 * words: title-case headings alone on their lines as the items (no numbers), short motions with
 * the mover and seconder in brackets, a review of earlier actions `Name – task – status`, and a
 * closing `Action Items:` list `Owner – task – by date`.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

const items = (text: string): Array<[string | undefined, string]> => parse(text).meeting!.items.map((i) => [i.number?.written, i.title]);

test('title-case headings alone on their lines, from the call to order to the adjournment, are the items', () => {
  const text = [
    'Log In', 'Cart (0)', '', 'Lakeside Food Pantry – Board Minutes', 'Posted March 3, 2024', '',
    'LAKESIDE FOOD PANTRY', 'Board of Trustees', 'Minutes of the Regular Meeting, February 20, 2024', '',
    'Present: Ana Ruiz (Chair), Bill Oakes, Carla Dent', '',
    'Meeting Called to Order', 'The Chair opened the meeting at 7:00 p.m.', '',
    'Volunteer Coordinator Update', 'Carla Dent said that forty volunteers had signed up for the spring drive.', '',
    'Warehouse Lease', 'The board discussed the renewal of the lease with the landlord.', '',
    'Adjourn', 'The meeting ended at 8:15 p.m.', '',
    'Lakeside Food Pantry', '14 Shore Road, Lakeside, MN 55000', '',
  ].join('\n');
  assert.deepEqual(items(text), [[undefined, 'Meeting Called to Order'], [undefined, 'Volunteer Coordinator Update'], [undefined, 'Warehouse Lease'], [undefined, 'Adjourn']]);
  assert.equal(parse(text).scheme, 'none');
});

test('near misses: no opening or closing business, sentences, labels and lines in capitals are no heading items', () => {
  // title-case lines but neither the opening nor the closing business: a letter's paragraphs, not minutes' items
  const letter = ['Dear Members', 'We write to tell you about the spring drive.', '', 'Spring Drive Dates', 'The drive runs from April to May this year.', '', 'How to Help', 'Please sign up at the front desk.'].join('\n');
  assert.equal(parse(letter).scheme === 'none' && parse(letter).meeting!.items.length > 0, false);
  // a sentence, a label with its colon and a heading in capitals are not the title-case form
  const text = [
    'Call to Order', 'The President called the meeting to order at 6:30 PM.', '',
    'The board thanked the volunteers', 'for their work at the gala.', '',
    'Finance Committee:', 'the committee met twice in June.', '',
    'OLD BUSINESS', 'There was no old business.', '',
    'Grant Report', 'Staff reported that the grant was renewed.', '',
    'Adjournment', 'The meeting adjourned at 8:00 PM.',
  ].join('\n');
  assert.deepEqual(items(text).map((i) => i[1]), ['Call to Order', 'Grant Report', 'Adjournment']);
});

const decisions = (text: string) => parse(text).meeting!.items.flatMap((i) => i.decisions.map((d) => ({ text: d.text, mover: d.vote?.mover?.value, seconder: d.vote?.seconder?.value, for: d.vote?.for, against: d.vote?.against, abstentions: d.vote?.abstentions, unanimous: d.vote?.unanimous })));
const minutes = (...body: string[]): string => ['Harbor Arts Council', 'Board Meeting, April 8, 2025', '', '1. Business', ...body, '', '2. Close', 'The meeting closed.'].join('\n');

test('a short motion with its mover and seconder bracketed after its words: the words, the mover, the seconder and the count', () => {
  assert.deepEqual(decisions(minutes('Motion to adopt the 2025-26 budget as amended (Okoro/Lindqvist). Motion passed 5-1-1 (Perez abstained).')),
    [{ text: 'to adopt the 2025-26 budget as amended', mover: 'Okoro', seconder: 'Lindqvist', for: 5, against: 1, abstentions: 1, unanimous: false }]);
  // the result in the motion's own sentence, and a result the page wrapped onto the next line
  assert.deepEqual(decisions(minutes('Motion to recess (Van Dyke/Chu) carried unanimously.')).map((d) => [d.text, d.mover, d.seconder, d.unanimous]), [['to recess', 'Van Dyke', 'Chu', true]]);
  assert.deepEqual(decisions(minutes('Motion to accept the audit report (Ng/Farrow). Motion carried', 'unanimously.')).map((d) => [d.text, d.unanimous]), [['to accept the audit report', true]]);
  // near misses: a bracket of other words is part of the motion, and a motion nobody seconded or voted on is none
  assert.deepEqual(decisions(minutes('Motion to approve the lease (see Attachment B/Exhibit 2). Motion passed 4-0.')).map((d) => [d.text, d.mover]), [['to approve the lease (see Attachment B/Exhibit 2)', undefined]]);
  assert.deepEqual(decisions(minutes('Motion to table the item (Yes/No) was discussed at length.')), []);
  assert.deepEqual(decisions(minutes('A motion to adjourn was suggested but nobody moved it.')), []);
});

test('a motion by a mover, seconded by a seconder, and the body\'s verb: the decision is what it adopted', () => {
  assert.deepEqual(decisions(minutes('Upon motion by Ferreira, seconded by Oduya, the Trustees approved the 2026 capital plan for the pool. Motion passed 6-0.')),
    [{ text: 'the 2026 capital plan for the pool', mover: 'Ferreira', seconder: 'Oduya', for: 6, against: 0, abstentions: undefined, unanimous: true }]);
  assert.deepEqual(decisions(minutes('On motion by Director Haas and seconded by Director Lum, the Board voted to renew the lease.')).map((d) => [d.text, d.mover, d.seconder]), [['to renew the lease', 'Director Haas', 'Director Lum']]);
  // near misses: a motion mentioned in discussion, and one with no seconder, decide nothing here
  assert.deepEqual(decisions(minutes('Members asked whether, upon motion by Ferreira, seconded by Oduya, the Trustees approved the plan.')), []);
  assert.deepEqual(decisions(minutes('Upon motion by Ferreira, the Trustees discussed the plan.')), []);
});

const page = (body: readonly string[], after: readonly string[] = []): string => [
  'Eastside Youth Soccer League', 'Board of Directors', 'Minutes of the Board Meeting, May 6, 2025', '',
  'Present: Grace Obi (President), Tomas Reyes (Treasurer), Lena Marsh, Omar Haddad', '', 'Call to Order', 'The President called the meeting to order at 7:02 PM.', '',
  ...body, '', 'Adjournment', 'The meeting adjourned at 8:30 PM.', '', ...after,
].join('\n');
const reviews = (text: string) => (parse(text).meeting!.statusReviews ?? []).map((r) => [r.ref, r.status, r.written]);

test('a review of earlier actions as `Name – task – status`: the task is the reference, the owner before it left out', () => {
  const text = page(['Review of Action Items from April', '• Tomas – Renew the field permits with the city – Done', '• Lena Marsh & Omar Haddad – Order the new goal nets – In progress', '• Website – update the registration page – Done']);
  assert.deepEqual(reviews(text), [
    ['Renew the field permits with the city', 'done', 'Done'],
    ['Order the new goal nets', 'open', 'In progress'],
    // near miss: words before the dash that are nobody on the lists stay the action's words
    ['Website – update the registration page', 'done', 'Done'],
  ]);
});

test('a closing `Action Items:` list `Owner – task – by date`, two owners joined by `&`, a due wrapped onto the next line', () => {
  const text = page(['Field Report', 'Omar Haddad reported on the spring fields.'], ['Action Items:', '• Tomas Reyes – File the annual report with the state – by June 15, 2025', '• Lena Marsh & Omar Haddad – Recruit referees for the fall season – by', 'August 1', '- Grace Obi – Present the budget – June board meeting', '', 'Respectfully submitted,', 'Lena Marsh, Secretary']);
  const m = parse(text).meeting!;
  assert.deepEqual((m.actions ?? []).map((a) => [a.text, a.owners.map((o) => o.text), a.due?.text]), [
    ['File the annual report with the state', ['Tomas Reyes'], 'June 15, 2025'],
    ['Recruit referees for the fall season', ['Lena Marsh', 'Omar Haddad'], 'August 1'],
    ['Present the budget', ['Grace Obi'], 'June board meeting'],
  ]);
});

test('near misses: a list whose last parts are statuses or notes, or whose first parts are nobody, is no closing list of actions', () => {
  const statuses = page(['Field Report', 'Omar Haddad reported on the spring fields.'], ['Action Items:', '• Tomas Reyes – File the annual report – Done', '• Lena Marsh – Recruit referees – In progress']);
  assert.deepEqual(parse(statuses).meeting!.actions ?? [], []);
  const notes = page(['Field Report', 'Omar Haddad reported on the spring fields.'], ['Action Items:', '• Fields – the grass is long near goal two – see photos', '• Uniforms – the order came late this year – ask vendor']);
  assert.deepEqual(parse(notes).meeting!.actions ?? [], []);
});

test('a guest `Name, Post, Firm (fact)`: the words between the name and the firm are the post, the firm the organisation', () => {
  const people = (line: string) => parse(['Lakeview Library Foundation', 'Board of Trustees', 'Minutes of the meeting of June 3, 2025', '', 'Present: Ana Ruiz, Bill Oakes', line, '', '1. Audit', 'The audit was presented.'].join('\n')).meeting!.people
    .flatMap((b) => b.people.map((p) => ({ list: b.kind, name: p.name.display, role: p.role, org: p.organisation, q: p.qualifiers?.map((x) => x.text) })));
  assert.deepEqual(people('Guest: Rosa Lind, Engagement Partner, Lind & Park LLC (for item 1)').slice(2), [{ list: 'inAttendance', name: 'Rosa Lind', role: 'Engagement Partner', org: 'Lind & Park LLC', q: ['for item 1'] }]);
  assert.deepEqual(people('Also Present: Sam Hale, Audit Senior, Hale & Hart Inc.').slice(2).map((p) => [p.name, p.role, p.org]), [['Sam Hale', 'Audit Senior', 'Hale & Hart Inc']]);
  // near miss: with no firm after them, names parted by commas stay people
  assert.deepEqual(people('Guests: Rosa Lind, Mark Stone, Dee Park').slice(2).map((p) => p.name), ['Rosa Lind', 'Mark Stone', 'Dee Park']);
});
