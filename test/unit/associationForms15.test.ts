/**
 * Forms of community groups' and associations' minutes (heldOut15, a tenants' association's AGM
 * from its web page), read in other groups' words: an action said in a sentence with the owner's
 * first name (`Tom agreed to …`, `Alan to book …`), its day `on 19th April` with no year, a review of
 * last year's actions whose bullet ends with the sentence that gives its outcome (`… Carried forward
 * to the incoming committee.`), and the notes' task that records what its owner said just above it.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, resolveMention, type Meeting } from '#service';
import { findDueDate } from '#service/forms/dueDates';
import { statusAfterAction, statusAfterBullet, statusOfWord } from '#service/forms/statuses';

/** Each action as a reader lists it: the owners resolved to the listed people, the task's first words, the due. */
function actions(m: Meeting): Array<[string, string, string]> {
  const all = [...m.items.flatMap((it) => it.actions), ...((m as { actions?: Meeting['items'][number]['actions'] }).actions ?? [])];
  return all.map((a) => [
    a.owners.map((o) => { const r = resolveMention(o.text, m); return r.kind === 'person' ? r.person!.name.display : o.text; }).join(' & '),
    a.text,
    a.due?.text ?? '',
  ]);
}

const BOWLS = [
  'Riverside Bowls Club',
  'Committee Meeting',
  'Monday 3rd March 2025, 7.30pm, Clubhouse',
  '',
  'Present: Gwen Harris (Chair), Tom Price (Secretary), Priya Shah (Treasurer), Alan Reid',
  'Apologies: Beth Lowe',
  '',
  '1. Greens',
  'The groundsman reported moss on the top rink. Tom agreed to get two quotes for scarifying by the end of April.',
  'Alan to book the roller for the opening day on 19th April.',
  'Priya undertook to check the insurance cover for the new shed.',
  '',
  '2. Open day',
  'Gwen will need six helpers for the teas. Everyone welcome.',
].join('\n');

test("a group's sentence names the owner by first name, the one listed person of that name", () => {
  const m = parse(BOWLS).meeting!;
  assert.deepEqual(actions(m), [
    ['Tom Price', 'get two quotes for scarifying by the end of April', 'end of April'],
    ['Alan Reid', 'book the roller for the opening day on 19th April', '19th April'],
    ['Priya Shah', 'check the insurance cover for the new shed', ''],
  ]);
});

test('a first name two listed people share owns nothing; a need told with `will` is no task', () => {
  const src = [
    'Elm Street Allotments Society',
    'Committee Meeting',
    'Thursday 6th November 2025, 7pm, the Hut',
    '',
    'Present: Sam Cole (Chair), Sam Okafor, Jo Bright (Secretary)',
    '',
    '1. Water troughs',
    'Sam to ring the water board about the leaking trough.',
    'Jo will need the keys back by Friday.',
    'Jo will write to the plot holders on 14 November.',
    '',
    '2. Any other business',
    'None.',
  ].join('\n');
  assert.deepEqual(actions(parse(src).meeting!), [['Jo Bright', 'write to the plot holders on 14 November', '14 November']]);
});

test('`on` leads to a day and month without its year only where it ends the sentence', () => {
  const due = (t: string) => findDueDate(t)?.text;
  assert.equal(due('raise it at the residents’ panel on 12th November.'), '12th November');
  assert.equal(due('present it to the parents on March 3;'), 'March 3');
  assert.equal(due('report on 12th November arrivals to the hall'), undefined);
  // a whole date and a `by` still come first
  assert.equal(due('send it by 30 June on 12th November.'), '30 June');
});

const REVIEW = [
  'Millbrook Village Hall Association',
  'Annual General Meeting',
  'Wednesday 15th October 2025, 7.30pm, Main Hall',
  '',
  'Trustees present: Carol Dean (Chair), Imran Aziz (Secretary), Ruth Ellis (Treasurer)',
  '',
  '1. Matters arising',
  'From the last AGM:',
  '- Defibrillator outside the hall – quotes received, grant bid in. Carried forward to the incoming committee.',
  '- Litter pick kit – done, stored in the cupboard.',
  '- Hedge cutting rota – still waiting, the parish council has not replied.',
  '- Car park lines – repainted in May. Completed.',
  '',
  '2. Election of officers',
  'All officers were re-elected.',
].join('\n');

test("a review of last year's actions: a bullet's last sentence is its outcome, a running word alone leaves it open", () => {
  const reviews = parse(REVIEW).meeting!.statusReviews ?? [];
  assert.deepEqual(reviews.map((r) => [r.ref.split(' – ')[0], r.status, r.written]), [
    ['Defibrillator outside the hall', 'carried forward', 'Carried forward to the incoming committee'],
    ['Litter pick kit', 'done', 'done'],
    ['Hedge cutting rota', 'open', 'still waiting'],
    ['Car park lines', 'done', 'Completed'],
  ]);
});

test("a sentence's end parts a status only in a review's bullet; a line of a tracker reads as before", () => {
  const t = 'Noticeboards – still waiting, the landlord says "this year". Carried forward to the new committee.';
  const b = statusAfterBullet(t, 0)!;
  assert.equal(t.slice(b.start, b.end), 'Carried forward to the new committee');
  const a = statusAfterAction(t, 0)!;
  assert.equal(t.slice(a.start, a.end), 'still waiting');
  assert.equal(statusOfWord('Still waiting'), 'carried forward');
  // a sentence opening with a status word that is no status (`New`, `Open day`) gives none
  assert.equal(statusAfterBullet('Survey of members. New questions were added.', 0), undefined);
  const long = `Bins – x.${' '.repeat(50000)}Done`;
  const started = Date.now();
  statusAfterBullet(long.slice(0, 1999), 0);
  statusAfterBullet(`${'. A'.repeat(600)}`, 0);
  assert.ok(Date.now() - started < 1000);
});

test("the notes' task records what its owner said just above it: one action, the task's", () => {
  const src = [
    '# Community garden sync — 2026-03-02',
    '',
    'Attendees: Nadia Farouk, Oscar Lind, Wen Li',
    '',
    '## Compost',
    '',
    '- Wen will ask the school about the watering rota.',
    '- Oscar will sort out the second bay.',
    '- [ ] Oscar: price a second compost bay — by 2026-03-16',
    '',
    '## Tools',
    '',
    '- Nadia will oil the shears.',
    '',
    '- [ ] Nadia: replace the broken spade',
  ].join('\n');
  assert.deepEqual(actions(parse(src).meeting!).map(([who, what]) => [who, what]), [
    // (someone else's undertaking just above the task is their own action)
    ['Wen Li', 'ask the school about the watering rota'],
    ['Oscar Lind', 'price a second compost bay'],
    // (a blank line between: the undertaking is the discussion's own, not the task's words)
    ['Nadia Farouk', 'oil the shears'],
    ['Nadia Farouk', 'replace the broken spade'],
  ]);
});

test("a closing list's row may set down two of an owner's tasks, parted by a semicolon", () => {
  const src = [
    '# Friends of Ash Park sync — 2026-04-07',
    '',
    'Attendees: Nadia Farouk, Oscar Lind',
    '',
    '### 1. Funding',
    '',
    '- [ ] Nadia: draft the grant bid',
    '',
    '### 2. Council liaison',
    '',
    '- Nadia will ping the council again this week.',
    '',
    '---',
    '',
    '## Action items (carried to next sync)',
    '',
    '- [ ] Nadia — draft the grant bid; ping council',
    '- [ ] Oscar — book the hall for the plant sale',
  ].join('\n');
  assert.deepEqual(actions(parse(src).meeting!).map(([who, what]) => [who, what]), [
    ['Nadia Farouk', 'draft the grant bid; ping council'],
    ['Oscar Lind', 'book the hall for the plant sale'],
  ]);
});
