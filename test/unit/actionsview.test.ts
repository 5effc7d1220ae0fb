/**
 * An action's status written from the Actions view or by "Mark … done": the latest meeting says one
 * thing of each action (its status line is changed, not contradicted), and two status lines for one
 * action in one meeting are flagged with a fix that keeps every word.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyzeText, buildWorkspace, DEFAULT_SETTINGS, setStatusInLatest } from '#service';
import { actionNode, buildTree } from '#client/actions/tree';
import { MEETING, applyEdits, findings, fixed, words, TODAY } from '../support/util';

const body = (s: string) => `${MEETING}\n${s}`;

test('two status lines for one action in one meeting: flagged on the earlier, the fix merges its note into the later', () => {
  const text = body('084/22 Actions from Previous Meetings\n075/22-A1 CARRIED FORWARD: awaiting the fuel contract\n079/22-A1 DONE: data circulated\n075/22-A1 DONE: contract signed\n');
  const f = findings(text, 'duplicate-status-line');
  assert.equal(f.length, 1);
  assert.equal(f[0].range.start.line, 16);
  assert.match(f[0].message, /^075\/22-A1 has two status lines in this meeting: CARRIED FORWARD here and DONE on line 19\./);
  const after = fixed(text, 'duplicate-status-line');
  // the earlier status stays as words of the note: it is part of the record
  assert.match(after, /\n079\/22-A1 DONE: data circulated\n075\/22-A1 DONE: carried forward – awaiting the fuel contract; contract signed\n$/);
  assert.doesNotMatch(after, /CARRIED FORWARD/);
  const kept = words(after).map((w) => w.toLowerCase().replace(/[:;]$/, ''));
  for (const w of words(text).filter((x) => x !== '075/22-A1')) assert.ok(kept.includes(w.toLowerCase().replace(/[:;]$/, '')), `kept "${w}"`);
  assert.deepEqual(findings(after, 'duplicate-status-line'), [], 'one line left');
});

test('two status lines, the later with no note, and the earlier with none: the fix gives the note to the later or removes the earlier', () => {
  const noted = body('084/22 Actions\n075/22-A1 CARRIED FORWARD: awaiting the fuel contract\n075/22-A1 DONE\n');
  assert.match(fixed(noted, 'duplicate-status-line'), /\n084\/22 Actions\n075\/22-A1 DONE: carried forward – awaiting the fuel contract\n$/);
  const bare = body('084/22 Actions\n075/22-A1 CARRIED FORWARD\n075/22-A1 DROPPED: superseded\n');
  const f = findings(bare, 'duplicate-status-line');
  assert.equal(f[0].fixes[0].title, 'Merge into the DROPPED line (line 18), keeping the note "carried forward"');
  assert.match(fixed(bare, 'duplicate-status-line'), /\n084\/22 Actions\n075\/22-A1 DROPPED: carried forward; superseded\n$/);
  const same = body('084/22 Actions\n075/22-A1 DONE\n075/22-A1 DONE: contract signed\n');
  assert.equal(findings(same, 'duplicate-status-line')[0].fixes[0].title, 'Remove this line: the DONE line (line 18) says the same');
  assert.deepEqual(findings(body('084/22 Actions\n075/22-A1 DONE: ok\n075/22-A2 DONE: ok\n'), 'duplicate-status-line'), [], 'two actions, one line each');
});

test('two DONE lines for one action amid mixed line endings (fuzz soak, seed 172141253): the earlier line goes, its whole note reaches the later line', () => {
  const head = ' : Due: é😀\t:\t\r\n';
  const rest = '**Regular ItemsActions arising are highlighted in bold text.Owner: ofwords : This paper was presented by \r\n</b>&amp;Owners: </b>Simon Foster\n081/2022 ACTION: Item: \t:\t081/22-A2 CARRIED FORWARDPresented by: Presented by: **\n';
  const tail = '\rnext meetingThe notes were agreed as a correct record.DECISION: \nTuesday 27 September 2022(SF)• \n\n';
  const text = `${head}081/22-A1 DONE: éItem 5 – \r\n${rest}081/22-A1 DONE: é.</p>&amp;AGENDA${tail}`;
  const f = findings(text, 'duplicate-status-line');
  assert.equal(f.length, 1);
  assert.equal(f[0].fixes[0].title, 'Merge into the DONE line (line 6), keeping the note "éItem 5 –"');
  // every line but the earlier DONE line is as it was, each with its own line ending; the later line holds both notes
  assert.equal(fixed(text, 'duplicate-status-line'), `${head}${rest}081/22-A1 DONE: éItem 5 –; é.</p>&amp;AGENDA${tail}`);
});

const JUL = '# Board\nDate: 26/07/2022\n\nPresent:\nMark Kenyon : Chief Finance Officer\n\n075/22 Fuel\nACTION: Report on fuel costs. Owner: Mark Kenyon. Due: 27/09/2022.\nACTION: Review the fleet. Owner: Chief Finance Officer. Due: 27/09/2022.\n';
const OCT = '# Board\nDate: 25/10/2022\n\nPresent:\nMark Kenyon : Chief Finance Officer\n\n084/22 Actions from Previous Meetings\n075/22-A1 CARRIED FORWARD: awaiting the fuel contract\n\n085/22 Other\nText.\n';

function workspace(files: Record<string, string>) {
  const analyses = Object.entries(files).map(([uri, text]) => analyzeText(uri, 1, text, DEFAULT_SETTINGS, TODAY));
  const model = buildWorkspace(analyses.map((a) => ({ uri: a.uri, doc: a.doc })), TODAY);
  const lines = (uri: string, line: number) => files[uri]?.split('\n')[line];
  return { model, lines };
}

test('a status set in the latest meeting changes the line it already has there, keeping its note and adding the new one', () => {
  const { model, lines } = workspace({ 'file:///w/2022-07-26.minutes': JUL, 'file:///w/2022-10-25.minutes': OCT });
  const done = setStatusInLatest(model, '075/22-A1', 'dropped', 'superseded by the new contract', lines);
  assert.ok(!('error' in done), JSON.stringify(done));
  assert.equal(done.file, '2022-10-25.minutes');
  assert.match(done.message, /^Dropped 075\/22-A1 in 2022-10-25\.minutes: changed its CARRIED FORWARD line \(line 8\)\.$/);
  const after = applyEdits(OCT, done.edits);
  assert.match(after, /\n075\/22-A1 DROPPED: awaiting the fuel contract; superseded by the new contract\n\n085\/22/);
  assert.doesNotMatch(after, /CARRIED FORWARD/);
  // an action the latest meeting does not mention yet gets a line after the other status lines
  const added = setStatusInLatest(model, '075/22-A2', 'done', '', lines);
  assert.ok(!('error' in added));
  assert.match(applyEdits(OCT, added.edits), /\n075\/22-A1 CARRIED FORWARD: awaiting the fuel contract\n075\/22-A2 DONE\n\n085\/22/);
  assert.match(added.message, /added "075\/22-A2 DONE" \(line 9\)/);
  const again = setStatusInLatest(model, '075/22-A1', 'carried forward', '', lines);
  assert.ok('error' in again && /already carried forward in 2022-10-25\.minutes \(line 8\)/.test(again.error));
  const latestOwn = workspace({ 'file:///w/2022-07-26.minutes': JUL });
  const own = setStatusInLatest(latestOwn.model, '075/22-A1', 'done', '', latestOwn.lines);
  assert.ok('error' in own && /written in the latest meeting \(2022-07-26\.minutes\)/.test(own.error), JSON.stringify(own));
});

test('Actions view rows: reference and owner as the label, the text in the description and tooltip; never "Owner: no owner"', () => {
  const { model } = workspace({ 'file:///w/2022-07-26.minutes': JUL + 'ACTION: Tidy the depot.\n', 'file:///w/2022-10-25.minutes': OCT });
  const fuel = actionNode(model.actionsByRef.get('075/22-A1')!, 'g');
  assert.equal(fuel.label, '075/22-A1 · Mark Kenyon');
  assert.match(fuel.description, /^Report on fuel costs\. · due 27\/09\/2022/);
  assert.match(fuel.tooltip, /^075\/22-A1 Report on fuel costs\.\n/);
  const nobody = actionNode(model.actionsByRef.get('075/22-A3')!, 'g');
  assert.equal(nobody.label, '075/22-A3');
  assert.match(nobody.tooltip, /\nNo owner named\n/);
  assert.doesNotMatch(nobody.tooltip, /no owner$/m);
});

test('an owner given by a post is grouped with the person who holds it, the group saying both', () => {
  const { model } = workspace({ 'file:///w/2022-07-26.minutes': JUL, 'file:///w/2022-10-25.minutes': OCT });
  const groups = buildTree(model.actions, 'owner', { onlyOpen: false });
  assert.deepEqual(groups.map((g) => [g.label, g.children.map((c) => c.action.ref)]), [['Mark Kenyon (Chief Finance Officer)', ['075/22-A1', '075/22-A2']]]);
  assert.equal(actionNode(model.actionsByRef.get('075/22-A2')!, 'g').label, '075/22-A2 · Mark Kenyon (Chief Finance Officer)');
});
