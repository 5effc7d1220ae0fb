/** The Actions view's model: grouping, order, filters, badge count, decisions. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse, buildWorkspace } from '#service';
import { buildTree, buildDecisionTree, openCount, filterForView, actionNode } from '#client/actions/tree';

const text = (date: string, body: string) => `# Board\nDate: ${date}\n\nPresent:\nSimon Foster (SF) : Police and Crime Commissioner\nAndy Beard : Head of Force Contact\n\n${body}`;
const model = buildWorkspace([
  { uri: 'file:///july.minutes', doc: parse(text('26/07/2022', '075/22 Finance\nACTION: Report on fuel. Owner: Andy Beard. Due: 01/08/2022.\nACTION: Publish the budget. Owner: SF. Due: 30/12/2022.\nDECISION: Budget approved.\n')) },
  { uri: 'file:///sept.minutes', doc: parse(text('27/09/2022', '076/22 Actions\n075/22-A2 DONE\n\n077/22 Access\nACTION: Share the data. Due: 25/10/2022.\n')) },
], new Date(2022, 8, 30));

const labels = (nodes: Array<{ label: string; children: Array<{ label: string }> }>) => nodes.map((g) => [g.label, g.children.map((c) => c.label)]);

test('grouped by meeting: newest meeting first; in each, overdue first, then open, then done', () => {
  assert.deepEqual(labels(buildTree(model.actions, 'meeting', { onlyOpen: false })), [
    ['27/09/2022', ['077/22-A1']],
    ['26/07/2022', ['075/22-A1 · Andy Beard', '075/22-A2 · Simon Foster']],
  ]);
  const july = buildTree(model.actions, 'meeting', { onlyOpen: false })[1];
  assert.equal(july.description, 'Board · 1 open of 2');
  assert.deepEqual(july.children.map((c) => c.icon), ['overdue', 'done']);
});

test('grouped by owner (as people, "No owner" last) and by status (overdue first)', () => {
  assert.deepEqual(labels(buildTree(model.actions, 'owner', { onlyOpen: false })), [
    ['Andy Beard', ['075/22-A1 · Andy Beard']],
    ['Simon Foster', ['075/22-A2 · Simon Foster']],
    ['No owner named', ['077/22-A1']],
  ]);
  assert.deepEqual(buildTree(model.actions, 'status', { onlyOpen: false }).map((g) => g.label), ['Overdue', 'Open', 'Done']);
});

test('filters: only open, only mine; the badge counts open actions', () => {
  assert.deepEqual(filterForView(model.actions, { onlyOpen: true }).map((a) => a.ref).sort(), ['075/22-A1', '077/22-A1']);
  assert.deepEqual(filterForView(model.actions, { onlyOpen: false, mine: 'SF' }).map((a) => a.ref), ['075/22-A2']);
  assert.deepEqual(filterForView(model.actions, { onlyOpen: false, mine: 'simon foster' }).map((a) => a.ref), ['075/22-A2']);
  assert.equal(openCount(model.actions), 2);
});

test('each row shows reference and owner, then text and due date; the tooltip the item title and history', () => {
  const n = actionNode(model.actionsByRef.get('075/22-A1')!, 'g');
  assert.equal(n.label, '075/22-A1 · Andy Beard');
  assert.equal(n.description, 'Report on fuel. · due 01/08/2022 · OVERDUE');
  assert.match(n.tooltip, /^075\/22-A1 Report on fuel\.\n075\/22 Finance\nBoard, 26\/07\/2022\nOwner: Andy Beard\nDue: 01\/08\/2022/);
  const done = actionNode(model.actionsByRef.get('075/22-A2')!, 'g');
  assert.match(done.tooltip, /27\/09\/2022: done$/);
});

test('decisions grouped by meeting', () => {
  assert.deepEqual(buildDecisionTree(model.decisions).map((g) => [g.label, g.children.map((c) => `${c.label} (${c.description})`)]), [['26/07/2022 Board', ['Budget approved. (075/22 Finance)']]]);
});

test('tooltips and labels are plain text: the user\'s words are never Markdown or HTML', () => {
  const hostile = buildWorkspace([{ uri: 'file:///x.minutes', doc: parse(text('27/09/2022', '076/22 <b>Item</b>\nACTION: <script>x()</script> <img src=x onerror=y()> [a](javascript:z()). Owner: SF. Due: 25/10/2022.\n')) }], new Date(2022, 8, 30));
  const n = actionNode(hostile.actions[0], 'g');
  assert.equal(typeof n.tooltip, 'string');
  assert.ok(n.description.includes('<script>x()</script>') && n.description.includes('javascript:z()'), 'shown as written, not interpreted');
});

test('an action of an item whose number is not written yet reads "unnumbered item – action 1" and comes after the real references', () => {
  const oct = buildWorkspace([{ uri: 'file:///oct.minutes', doc: parse(text('25/10/2022', '078/22 Finance\nACTION: Report on fuel. Owner: Andy Beard. Due: 22/11/2022.\n\nItem - Chief Constable Update\nACTION: Brief the Board on overtime. Owner: SF. Due: 22/11/2022.\n\n079/22 Estates\nACTION: List the sites. Owner: SF. Due: 22/11/2022.\n')) }], new Date(2022, 9, 26));
  assert.deepEqual(labels(buildTree(oct.actions, 'meeting', { onlyOpen: false })), [
    ['25/10/2022', ['078/22-A1 · Andy Beard', '079/22-A1 · Simon Foster', 'unnumbered item – action 1 · Simon Foster']],
  ]);
});
