/**
 * What a meeting shows other meetings is defined once (service/src/acrossMeetings.ts, issue 19
 * point 3): the findings across meetings are kept by it (`sameAcrossMeetings`) and the workspace
 * model is updated in place by it (`updateWorkspace`). Each fact it lists, changed, is seen by both;
 * a word of the discussion is seen by neither.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, buildWorkspace, sameAcrossMeetings, updateWorkspace, DEFAULT_SETTINGS, type Meeting, type MinutesDocument } from '#service';
import { modelAsMaps, TODAY } from '../support/util';

const URI = 'file:///board/2022-10-25.minutes';
const BASE = [
  '# Strategic Policing and Crime Board',
  'Date: 25/10/2022',
  'Chair: Simon Foster',
  'Status: Draft',
  '',
  '082/22 Notes of the Last Meeting',
  'The notes of the meeting held on 27 September 2022 were agreed as a correct record.',
  '',
  '083/22 Matters Arising',
  '079/22-A1 DONE: data circulated 01/10/2022',
  'See 079/22 for the strategy.',
  'The Board discussed the plan.',
  '',
  '084/22 Finance',
  'ACTION: Report back on the budget. Owner: WMP',
  '',
  '085/22 Date of Next Meeting',
  'Next meeting: 22/11/2022',
  '',
].join('\n');

function docOf(text: string, version = 1): MinutesDocument {
  return analyzeText(URI, version, text, DEFAULT_SETTINGS, TODAY).doc;
}

function edited(from: string, to: string): MinutesDocument {
  assert.ok(BASE.includes(from), `the minutes hold "${from}"`);
  return docOf(BASE.replace(from, to), 2);
}

const base = docOf(BASE);
const m = (d: MinutesDocument): Meeting => d.meeting!;

test('the minutes read as a clerk wrote them: each fact other meetings read is there', () => {
  const x = m(base);
  assert.equal(x.date?.iso, '2022-10-25');
  assert.equal(x.title?.value, 'Strategic Policing and Crime Board');
  assert.equal(x.status?.value, 'Draft');
  assert.equal(x.nextMeeting?.iso, '2022-11-22');
  assert.deepEqual(x.items.map((i) => i.number?.written), ['082/22', '083/22', '084/22', '085/22']);
  assert.deepEqual(x.items.map((i) => i.actions.length), [0, 0, 1, 0]);
  assert.deepEqual(x.items[1].references.map((r) => r.target.seq), [79]);
  assert.deepEqual(x.statusUpdates.map((u) => [u.target.seq, u.action, u.status]), [[79, 1, 'done']]);
  assert.deepEqual(x.approvals.map((a) => a.meetingDate), ['2022-09-27']);
});

/**
 * Each fact listed in acrossMeetings.ts, changed by an edit a clerk could make; the fact as the edit
 * leaves it; and whether the workspace model holds it (else only the rules read it of the meeting itself).
 */
const LISTED: ReadonlyArray<readonly [string, string, string, (x: Meeting) => unknown, boolean]> = [
  ['the date', 'Date: 25/10/2022', 'Date: 26/10/2022', (x) => x.date?.iso, true],
  ['the date as written', 'Date: 25/10/2022', 'Date: 25 October 2022', (x) => x.date?.text, false],
  ['the title', '# Strategic Policing and Crime Board', '# Police and Crime Board', (x) => x.title?.value, true],
  ['the Status: line', 'Status: Draft', 'Status: Approved 22/11/2022', (x) => x.status?.value, false],
  ['the next meeting\'s date', 'Next meeting: 22/11/2022', 'Next meeting: 29/11/2022', (x) => x.nextMeeting?.iso, false],
  ['an item\'s number', '084/22 Finance', '086/22 Finance', (x) => x.items[2].number?.written, true],
  ['the actions an item has', 'The Board discussed the plan.', 'ACTION: Circulate the plan. Owner: SF', (x) => x.items[1].actions.length, true],
  ['a reference', 'See 079/22 for', 'See 078/22 for', (x) => x.items[1].references[0]?.target.seq, false],
  ['a status line\'s status', '079/22-A1 DONE:', '079/22-A1 DROPPED:', (x) => x.statusUpdates[0]?.status, true],
  ['a status line\'s note', 'data circulated 01/10/2022', 'data circulated 02/10/2022', (x) => x.statusUpdates[0]?.note, true],
  ['the action a status line names', '079/22-A1 DONE:', '079/22-A2 DONE:', (x) => x.statusUpdates[0]?.action, true],
  ['the meeting an approval approves', 'held on 27 September 2022', 'held on 28 September 2022', (x) => x.approvals[0]?.meetingDate, true],
];

for (const [what, from, to, fact, held] of LISTED) {
  test(`${what}, changed, is seen by the findings across meetings and, through the same definition, by the workspace model`, () => {
    const after = edited(from, to);
    assert.notDeepEqual(fact(m(after)), fact(m(base)), `the edit changes ${what}`);
    assert.equal(sameAcrossMeetings(base, after), false);
    const updated = updateWorkspace(buildWorkspace([{ uri: URI, doc: base }], TODAY), URI, after, TODAY);
    // the model is built again when it holds the fact, else updated in place: either way as a build from scratch makes it
    if (held) assert.equal(updated, undefined);
    else {
      assert.ok(updated);
      assert.deepEqual(modelAsMaps(updated), modelAsMaps(buildWorkspace([{ uri: URI, doc: after }], TODAY)));
    }
  });
}

test('a word of the discussion, an item\'s title or an action\'s words are the meeting\'s own: neither sees them change', () => {
  for (const [from, to] of [['discussed the plan', 'discussed the budget'], ['084/22 Finance', '084/22 Budget'], ['Report back on the budget', 'Report back on the reserves']]) {
    const after = edited(from, to);
    assert.equal(sameAcrossMeetings(base, after), true, `${from} → ${to}`);
    const prev = buildWorkspace([{ uri: URI, doc: base }], TODAY);
    const updated = updateWorkspace(prev, URI, after, TODAY);
    assert.ok(updated, `${from} → ${to}: the workspace model is updated in place`);
    assert.deepEqual(modelAsMaps(updated), modelAsMaps(buildWorkspace([{ uri: URI, doc: after }], TODAY)));
  }
});

test('a line added above what a meeting shows only moves it: the findings are worked out again (they point at places), the workspace model is updated in place', () => {
  const after = edited('\n083/22 Matters Arising', '\n\n083/22 Matters Arising');
  assert.equal(m(after).statusUpdates[0].range.start.line, m(base).statusUpdates[0].range.start.line + 1);
  assert.equal(sameAcrossMeetings(base, after), false);
  const updated = updateWorkspace(buildWorkspace([{ uri: URI, doc: base }], TODAY), URI, after, TODAY);
  assert.ok(updated);
  assert.deepEqual(modelAsMaps(updated), modelAsMaps(buildWorkspace([{ uri: URI, doc: after }], TODAY)));
});
