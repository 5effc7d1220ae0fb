/**
 * minutes/approved-changed: approved minutes whose text changed after the approval was recorded
 * (the fingerprint on the Status line no longer matches); the message names each minute changed.
 * The fixtures are approved by Record Approval itself, so that the fingerprint is the real one.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { recordApproval, splitLines } from '#service';
import { applied, checkQuiet, checkRule, fixture, trimIndent } from '../../../support/fixture';

const MEETING = trimIndent(`
  # Strategic Policing and Crime Board
  Date: 27/09/2022

  Present:
  Simon Foster : Police and Crime Commissioner

  081/22 Budget
  The Board noted the budget.

  082/22 Fleet
  The Board noted the fleet report.
`);

/** The meeting as Record Approval leaves it: approved at the meeting of 25/10/2022, minute 090/22. */
function approved(): string {
  const f = fixture(MEETING);
  const r = recordApproval(f.main.analysis.doc, f.main.analysis.lines, { date: '25/10/2022', minute: '090/22', signedBy: 'Simon Foster, Chair' });
  assert.ok('edits' in r, 'the approval is recorded');
  return applied(f.main.text, r.edits);
}

test("a word of 082/22 changed after the approval: the Status line is told which minute changed, and the minute is pointed at", () => {
  const text = approved().replace('noted the fleet report', 'approved the fleet report');
  const status = splitLines(text)[2];
  assert.match(status, /^Status: Approved at the meeting of 25\/10\/2022, minute 090\/22, signed by Simon Foster, Chair\. Fingerprint sha256:/);
  checkRule('approved-changed', text, `
    ${status}
    ${' '.repeat(8)}${'^'.repeat(status.length - 8)} warning: These minutes were approved as a correct record and have changed since: minute 082/22 changed. Approved minutes are not edited: undo the change, and record any correction as a minute of the next meeting.
    082/22 Fleet
    ^^^^^^ related: Minute 082/22 changed since the approval
  `);
});

test("a fingerprint cut short cannot be read: the Status line says so", () => {
  const text = approved().replace(/(sha256:[0-9a-f]{8})[0-9a-f]+/, '$1');
  const status = splitLines(text)[2];
  checkRule('approved-changed', text, `
    ${status}
    ${' '.repeat(8)}${'^'.repeat(status.length - 8)} warning: The fingerprint on this Status line cannot be read, so nothing shows that these approved minutes are unchanged. Undo the change to the Status line, or record the approval again (Minutes: Record Approval) if the text is the one approved.
  `);
});

test('near misses: the approved text as it was, with trailing spaces and blank lines the editor added, and minutes approved without a fingerprint', () => {
  checkQuiet('approved-changed', approved().replace('The Board noted the budget.', 'The Board noted the budget.   ').concat('\n\n'));
  checkQuiet('approved-changed', MEETING.replace('Date: 27/09/2022', 'Date: 27/09/2022\nStatus: Approved 25/10/2022').replace('noted the fleet', 'approved the fleet'));
});
