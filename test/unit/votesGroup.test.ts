/**
 * The Actions view's "Decisions with votes" group (issue 20): every decision the minutes record a
 * vote on, with its result and counts. Expectations written by reading the council's March and
 * April meetings (test/fixtures/council/) and a US city's published minutes as a clerk would.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildWorkspace, parse, votedDecisions } from '#service';
import { buildVotesGroup } from '#client/actions/tree';
import { ROOT } from '../support/util';

const COUNCIL = path.join(ROOT, 'test', 'fixtures', 'council');
const file = (name: string) => ({ uri: `file:///${name}`, doc: parse(fs.readFileSync(path.join(COUNCIL, name), 'utf8')) });

test('each motion with a recorded vote, newest meeting first: result and counts; a motion not put to a vote is left out', () => {
  const march = file('2025-03-04.minutes');
  const april = file('2025-04-01.minutes');
  // a motion withdrawn before any vote is no decision with a vote
  const withdrawn = { uri: 'file:///x.minutes', doc: parse(fs.readFileSync(path.join(COUNCIL, '2025-05-06.minutes'), 'utf8').replace(/^(?:Vote|For|Against): .*\n/gm, '')) };
  const model = buildWorkspace([march, april, withdrawn], new Date(2025, 5, 1));
  const got = votedDecisions(model.meetings).map((d) => [d.item, d.kind, d.result, d.for, d.against, d.abstain, d.unanimous ?? false]);
  assert.deepEqual(got, [
    // 1 April 2025
    // none against and none abstaining is unanimous, as the published minutes print it
    ['043/25', 'motion', 'carried', 7, 0, 0, true],
    ['044/25', 'motion', 'carried', 5, 2, 0, false],
    ['045/25', 'motion', 'carried', 8, 0, 0, true],
    ['046/25', 'amendment', 'lost', 3, 4, 0, false],
    ['046/25', 'motion', 'carried', 7, 0, 0, true],
    // 4 March 2025: the minutes carried unanimously (no counts), the casting vote's 3-3, the exempt lease
    ['033/25', 'motion', 'carried', undefined, undefined, undefined, true],
    ['034/25', 'motion', 'carried', 5, 1, 1, false],
    ['035/25', 'motion', 'carried', 3, 3, 0, false],
    ['037/25', 'motion', 'carried', 6, 0, 1, false],
  ]);
  const lease = votedDecisions(model.meetings).find((d) => d.item === '037/25');
  assert.equal(lease?.confidential, true, 'the exempt item is marked, as its decisions are');
  assert.equal(lease?.outcome, 'For 6, Against 0, Abstain 1. CARRIED.');
});

test('a decision whose published sentence records a vote is one too', () => {
  const text = 'CITY OF ELM RAPIDS\nREGULAR CITY COUNCIL MEETING\nMarch 3, 2021 – 7:00 P.M.\nI. CALL TO ORDER\nMayor Ferris called the meeting to order.\nII. NEW BUSINESS\nMotion made by Council Member Ruiz and seconded by Council Member Baptiste to adopt\nOrdinance No. 88. Ayes: Ruiz, Baptiste, Cole. Nays: None. Motion passed 3-0.\nIII. ADJOURNMENT\nThe meeting adjourned at 8:10 p.m.\n';
  const model = buildWorkspace([{ uri: 'file:///elm.minutes', doc: parse(text) }], new Date(2021, 3, 1));
  const [d] = votedDecisions(model.meetings);
  assert.deepEqual([d?.kind, d?.result, d?.for, d?.against], ['decision', 'carried', 3, 0]);
});

test('the group shows each vote\'s item, result and tally, and says how many were lost', () => {
  const model = buildWorkspace([file('2025-04-01.minutes')], new Date(2025, 5, 1));
  const group = buildVotesGroup(votedDecisions(model.meetings));
  assert.equal(group?.label, 'Decisions with votes');
  assert.equal(group?.description, '5 · 1 lost');
  assert.deepEqual(group?.children.map((c) => c.label), ['043/25 · Carried 7–0–0', '044/25 · Carried 5–2–0', '045/25 · Carried 8–0–0', '046/25 · Lost 3–4–0', '046/25 · Carried 7–0–0']);
  assert.equal(group?.children[3].description, 'That the grant to the Ashby Youth Club be increased to £1,500');
  assert.match(group?.children[3].tooltip ?? '', /^Amendment: That the grant .*\nFor 3, Against 4, Abstain 0\. LOST\.\n046\/25 Grants to local groups\n/);
  assert.equal(buildVotesGroup([]), undefined, 'no group when no vote is recorded');
});
