/**
 * A motion "duly made and seconded" (forms/dulyMade.ts, read by parse/content/motions.ts): the
 * mover and seconder where the minutes name them, and the decision the motion makes. Written as
 * a housing authority's board and a parish council write it, with the page's line
 * break inside the sentence, and the sentences that only mention a motion.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { matchDulyMade } from '#service/forms/dulyMade';

const decisions = (text: string): string[] => (parse(text).meeting?.items ?? []).flatMap((i) => i.decisions.map((d) => {
  const v = d.vote;
  const who = v ? ` | moved ${v.mover?.value ?? '-'}, seconded ${v.seconder?.value ?? '-'}${v.for !== undefined ? `, ${v.for}-${v.against ?? 0}` : ''}${v.unanimous ? ', unanimous' : ''}` : '';
  return `${i.title} | ${d.text}${who}`;
}));

test('the form alone: mover and seconder in brackets or after `by`, or none; the decision after the body\'s verb, else the clause', () => {
  const read = (t: string) => {
    const m = matchDulyMade(t);
    return m && [m.mover ? t.slice(m.mover.start, m.mover.end) : '-', m.seconder ? t.slice(m.seconder.start, m.seconder.end) : '-', t.slice(m.text.start, m.text.end)].join(' | ');
  };
  assert.equal(read('Upon motion duly made (Cllr Patel) and seconded (Cllr Ng), the Council resolved to award the grant of £500.'), 'Cllr Patel | Cllr Ng | to award the grant of £500');
  assert.equal(read('Upon motion duly made by Director Haas and seconded by Director Lum, the Board voted unanimously to adopt Resolution 2023-14.'), 'Director Haas | Director Lum | to adopt Resolution 2023-14');
  assert.equal(read('Upon a motion duly made and seconded, it was resolved that the hall lease be renewed for three years.'), '- | - | that the hall lease be renewed for three years');
  assert.equal(read('On a motion duly made and seconded, the agenda was approved as presented.'), '- | - | the agenda was approved as presented');
  assert.equal(read('Upon motion duly made (Member Ruiz) and seconded (Member Tan), the Board voted 6-0-1 to renew the lease.'), 'Member Ruiz | Member Tan | to renew the lease', 'the tally after the verb');
  // a motion mentioned, not minuted: the form must open its sentence
  assert.equal(read('Members asked whether a motion had been duly made and seconded at the last meeting.'), undefined);
  assert.equal(read('The Chair said that upon motion duly made and seconded, the matter would be put to a vote.'), undefined);
  assert.equal(read('Upon motion duly made, the item was deferred.'), undefined, 'no seconding: no motion of this form');
});

test('a housing authority\'s advisory board: bracketed names, a clause as the decision, and the vote lines after', () => {
  const text = [
    'MARSH COUNTY HOUSING AUTHORITY', 'RESIDENT ADVISORY BOARD', 'MINUTES OF THE MEETING OF JULY 12, 2023', '',
    'I. CALL TO ORDER', '', 'The meeting was called to order at 6:02 p.m.', '',
    'II. APPROVAL OF AGENDA', '',
    'Upon motion duly made (Ms Alvarez) and seconded (Mr Chen), the agenda was approved as presented.', '',
    'III. BUDGET', '',
    'Upon motion duly made by Member Ortiz and seconded by Member Blake, the Board voted to recommend the',
    'operating budget to the Commissioners.',
    'Ayes: Ortiz, Blake, Chen. Nays: None. Motion carried 3-0.', '',
    'IV. PUBLIC COMMENT', '',
    'A resident asked whether a motion had been duly made and seconded on the parking rules; staff will check.', '',
  ].join('\n');
  assert.deepEqual(decisions(text), [
    'APPROVAL OF AGENDA | the agenda was approved as presented | moved Ms Alvarez, seconded Mr Chen',
    'BUDGET | to recommend the operating budget to the Commissioners | moved Member Ortiz, seconded Member Blake, 3-0, unanimous',
  ]);
});

test('a parish council: `the Council resolved`, `it was resolved`, no one named', () => {
  const text = [
    'LOWER HAMBLEY PARISH COUNCIL', '', 'Minutes of the Meeting held on Tuesday 9th September 2025', '',
    'Present: Cllr B Okafor (Chair), Cllr R Patel, Cllr T Ng.', '',
    'PC25/119 GRANTS',
    'Upon motion duly made (Cllr Patel) and seconded (Cllr Ng), the Council resolved to award the grant of £500 to the playgroup.', '',
    'PC25/120 HALL',
    'Upon a motion duly made and seconded, it was resolved to renew the hall lease.', '',
  ].join('\n');
  assert.deepEqual(decisions(text), [
    'GRANTS | to award the grant of £500 to the playgroup | moved Cllr Patel, seconded Cllr Ng',
    'HALL | to renew the hall lease',
  ]);
});
