/**
 * The approval trail in the real workbench (code-server in Chromium), as a clerk does it: in July's
 * minutes, *Minutes: Record Approval…* offers what the folder says (September's meeting approved
 * them under minute 078/22, chaired by Simon Foster), writes the approval and the fingerprint on
 * the Status line and saves; an edit of the approved text afterwards is a problem naming the
 * minute that changed. Screenshots go to test-results/e2e/.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/util';
import { openWorkbench, openFile, runCommand, goToLine, waitFor, focusEditor, openProblems, type Workbench, closeWorkbenches } from './workbench';

let wb: Workbench;
const LONG = { timeout: 240000 };
const JULY = '2022-07-26.minutes';

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-approval-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  wb = await openWorkbench(folder, 'approval');
}, LONG);

after(closeWorkbenches);

const input = () => wb.page.locator('.quick-input-widget input');

/** Accepts the input box's offered value, once it is the one expected. */
async function accept(expected: string): Promise<void> {
  await input().waitFor({ state: 'visible' });
  const value = await waitFor(`the input box to offer ${expected}`, async () => (await input().inputValue()) || undefined, 60000);
  assert.equal(value, expected);
  await wb.page.keyboard.press('Enter');
}

test('Record Approval in July\'s minutes: the approval and its fingerprint are written and saved; a later edit is a problem', LONG, async () => {
  const { page } = wb;
  const file = path.join(wb.folder, JULY);
  await openFile(wb, JULY);
  // the folder is read in the background: the command's offers come from September's meeting once it
  // is read, so the command is asked again (Escape, run) until it offers the approving meeting's date
  await waitFor('Record Approval to offer the approving meeting', async () => {
    await runCommand(wb, 'Minutes: Record Approval');
    await input().waitFor({ state: 'visible' });
    const offered = await waitFor('an offer', async () => (await input().inputValue()) || undefined, 3000).catch(() => undefined);
    if (offered) return true;
    await page.keyboard.press('Escape');
    return undefined;
  }, 120000, 2000);
  await accept('27/09/2022');
  await accept('078/22');
  await accept('Simon Foster');
  const status = await waitFor('the approval saved', () => fs.readFileSync(file, 'utf8').split(/\r?\n/).find((l) => l.startsWith('Status: Approved')), 60000, 300);
  assert.match(status, /^Status: Approved at the meeting of 27\/09\/2022, minute 078\/22, signed by Simon Foster\. Fingerprint sha256:[0-9a-f]{64} \(heading [0-9a-f]{6}; /);
  await wb.screenshot('approval-1-recorded');
  // one word added to the first minute's text
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const head = lines.findIndex((l) => /^\d{3}\/22 /.test(l));
  const minute = lines[head].slice(0, 6);
  await focusEditor(wb);
  await goToLine(wb, head + 2, 1);
  await page.keyboard.press('End');
  await page.keyboard.type(' Amended later.', { delay: 30 });
  await openProblems(wb);
  const row = await waitFor('the approved-changed problem', async () => {
    const rows = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    return rows.find((r) => r.includes('approved as a correct record and have changed since'));
  }, 60000);
  assert.ok(row.includes(`minute ${minute} changed`), row);
  assert.match(row, /record any correction as a minute of the next meeting/);
  await wb.screenshot('approval-2-changed');
});
