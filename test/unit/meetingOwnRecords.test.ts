/**
 * Actions and decisions the minutes write outside any item (before the first item, in a closing
 * action table or summary: `meeting.actions`, `meeting.decisions`) are the meeting's own, and the
 * action log and decisions register list them like any other (issue 18, point 3).
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from '#service';
import { buildWorkspace } from '#service/workspace';

const TEXT = `HERITAGE TRUST BOARD\n\nMinutes of the meeting held on 3 March 2025\n\nDECISION: the Board approves the spending on the scanner.\n\nACTION: Clerk to book the hall for the open day. Owner: Clerk. Due: 31 March 2025\n\n081/25 Finance report\nThe report was noted.\n`;

test('the action log and the decisions register list what the minutes write outside any item', () => {
  const doc = parse(TEXT);
  const m = doc.meeting!;
  assert.equal(m.actions?.length, 1, 'the parser keeps the action outside the items');
  assert.equal(m.decisions?.length, 1, 'and the decision');
  const ws = buildWorkspace([{ uri: 'file:///board/2025-03-03.minutes', doc }], new Date('2025-03-10'));
  const action = ws.actions.find((a) => a.text.startsWith('Clerk to book the hall') || a.text.startsWith('book the hall'));
  assert.ok(action, `the log lists the action: ${JSON.stringify(ws.actions.map((a) => a.text))}`);
  assert.deepEqual([action.owners, action.due, action.status], [['Clerk'], '31 March 2025', 'open']);
  assert.ok(ws.decisions.some((d) => d.text.startsWith('the Board approves the spending')), `the register lists the decision: ${JSON.stringify(ws.decisions.map((d) => d.text))}`);
});
