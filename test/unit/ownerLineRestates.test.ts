/**
 * An owner's line standing alone under a paragraph whose sentence undertakes a task by that owner,
 * named another way in the paragraph than on the line (the name and the post, the full name and the
 * initial): the task is the undertaking's words, as where both name the owner alike
 * (test/support/readerExpectations.ts; heldOut4/07, heldOut13/03, heldOut17/02). Tried in other
 * boards' words, with the near misses that keep the paragraph.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';

const board = (paragraph: string, owner: string): string => [
  'Riverside Housing Trust', 'Minutes of the Board meeting held on 12 May 2026', '',
  'Board members present: Helen Marsh (Chair); Tariq Aziz', 'Executive team in attendance: Grace Obi – Director of Assets; Paul Venn – Company Secretary', '',
  '26/40   RETROFIT PROGRAMME', ...paragraph.split('\n').map((l) => `        ${l}`), `        ${owner}`, '',
  '26/41   CLOSE', '        The meeting closed at 8.10 pm.', ''].join('\n');
const actions = (text: string): string[] =>
  (parse(text).meeting?.items ?? []).flatMap((i) => i.actions.map((a) => `${a.text.replace(/\s+/g, ' ').slice(0, 40)}|${a.owners.map((o) => o.text).join('+')}|${a.due?.text ?? ''}`));

test('an owner\'s line under an undertaking by the same person named another way takes the undertaking\'s words', () => {
  assert.deepEqual(actions(board('Members asked about the pilot homes. The Director of Assets would bring a\nrevised retrofit plan to the Board by the July meeting.', 'Action: GO')),
    ['bring a revised retrofit plan to the Boa|GO|July meeting']);
  assert.deepEqual(actions(board('Members asked about the pilot homes. Grace Obi will draft a tenant\nguide to the works.', 'ACTION: G. Obi')),
    ['draft a tenant guide to the works|G. Obi|']);
});

test('near misses: a paragraph that undertakes nothing, is the undertaking alone, or is another person\'s undertaking, stays the owner line\'s task whole', () => {
  assert.deepEqual(actions(board('The Board discussed the pilot homes and the contractor\'s\nprogramme for the summer.', 'Action: GO')),
    ['The Board discussed the pilot homes and |GO|']);
  // (the undertaking as the paragraph's one sentence: the paragraph, as written, whole)
  assert.deepEqual(actions(board('Grace Obi will draft a tenant guide to the works.', 'ACTION: G. Obi')),
    ['Grace Obi will draft a tenant guide to t|G. Obi|']);
  const other = actions(board('Members asked about the pilot homes. The Company Secretary would\ncirculate the contract to members.', 'Action: GO'));
  assert.ok(other.some((a) => a.startsWith('Members asked about the pilot homes') && a.includes('|GO|')), other.join('\n'));
});
