/** What the views show of the workspace (logsShown.ts): the server tells the client only when it changed. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { buildWorkspace, logsShown, parse, sameLogsShown, updateWorkspace } from '#service';
import { TODAY } from '../support/util';

const URI = 'file:///w/2024-03-05.minutes';
const BASE = [
  '# Finance Committee',
  'Date: 05/03/2024',
  '',
  'Present:',
  'Ann Lee (AL) : Chair',
  '',
  '012/24 Budget',
  'The committee discussed the budget.',
  'ACTION: Circulate the figures. Owner: AL. Due: 19/03/2024.',
  'DECISION: The budget is approved.',
  '',
].join('\n');

function shown(text: string, base = BASE) {
  const prev = buildWorkspace([{ uri: URI, doc: parse(base) }], TODAY);
  const next = updateWorkspace(prev, URI, parse(text), TODAY) ?? buildWorkspace([{ uri: URI, doc: parse(text) }], TODAY);
  return [logsShown(prev), logsShown(next)] as const;
}

test('a word typed in the discussion: the views show the same', () => {
  const [a, b] = shown(BASE.replace('discussed the budget', 'discussed the draft budget'));
  assert.equal(sameLogsShown(a, b), true);
});

test('what the views show changes with an action, a decision, an item, a line moved or the meeting date', () => {
  const cases: Array<[string, string]> = [
    ['an action added', BASE.replace('DECISION:', 'ACTION: Book the room. Owner: AL.\nDECISION:')],
    ['an action\'s words', BASE.replace('Circulate the figures', 'Circulate the revised figures')],
    ['an action\'s owner', BASE.replace('Owner: AL.', 'Owner: Ann Lee.')],
    ['a decision\'s words', BASE.replace('The budget is approved.', 'The budget is approved as amended.')],
    ['an item added', `${BASE}\n013/24 Any Other Business\nNone.\n`],
    ['a line above the action (its place in the file moves)', BASE.replace('The committee discussed the budget.', 'The committee discussed the budget.\nThe Chair thanked the treasurer.')],
    ['the meeting\'s date', BASE.replace('05/03/2024', '06/03/2024')],
  ];
  for (const [what, text] of cases) {
    const [a, b] = shown(text);
    assert.equal(sameLogsShown(a, b), false, what);
  }
});

test('the votes on a motion, which the Actions view lists with the decisions: a count changed is a change', () => {
  const voted = BASE.replace('DECISION: The budget is approved.', 'MOTION: That the budget be approved.\nVote: For 5, Against 0, Abstain 0\nResult: Carried');
  const [a, b] = shown(voted.replace('For 5, Against 0', 'For 4, Against 1'), voted);
  assert.equal(sameLogsShown(a, b), false);
  const [c, d] = shown(voted.replace('discussed the budget', 'discussed the draft budget'), voted);
  assert.equal(sameLogsShown(c, d), true, 'a word of the discussion is not');
});
