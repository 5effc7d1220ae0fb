/**
 * The meeting as it happens, in the real workbench (code-server in Chromium), issue 20: the clerk
 * minuting the council's April meeting (test/fixtures/council/2025-04-01.minutes) with a quorum of
 * seven members (`minutes.quorum` in the folder's settings). For item 046/25 seven members may
 * vote (Cllr Evans left during 045/25): the status bar says the meeting is quorate. The clerk
 * records with *Minutes: Record Departure…* that Cllr Brown left as the item began: the line is
 * written under the item's title, the status bar turns to NOT QUORATE and the Problems panel warns
 * that the item's decision was taken without a quorum.
 */
import { test, before, after, afterEach } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/util';
import { openWorkbench, openFile, runCommand, waitFor, goToLine, focusEditor, editorLines, problemRows, type Workbench, closeWorkbenches } from './workbench';

let wb: Workbench;
const LONG = { timeout: 300000 };
const MEETING = '2025-04-01.minutes';

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-proceedings-'));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'council', MEETING), path.join(folder, MEETING));
  fs.mkdirSync(path.join(folder, '.vscode'));
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'minutes.quorum': 7 }, null, 2));
  wb = await openWorkbench(folder, 'proceedings');
}, LONG);

afterEach(async (t) => {
  if (wb && (t as unknown as { passed?: boolean }).passed === false) await wb.screenshot(`proceedings-failed-${t.name.slice(0, 30).replace(/\W+/g, '-')}`);
});

after(closeWorkbenches);

/** The room's status bar item as the clerk reads it. */
async function roomStatus(): Promise<string | undefined> {
  const texts = await wb.page.locator('.statusbar-item').allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).find((t) => t.includes('in the room'));
}

const problems = (): Promise<string[]> => problemRows(wb);

test('the clerk records a departure that leaves item 046/25 without a quorum, and sees the warning appear', LONG, async () => {
  const { page } = wb;
  await openFile(wb, MEETING);
  await focusEditor(wb);
  const lines = fs.readFileSync(path.join(wb.folder, MEETING), 'utf8').split('\n');
  const title = lines.indexOf('046/25 Grants to local groups');
  assert.ok(title > 0);
  await goToLine(wb, title + 1, 1);
  await page.keyboard.press('End');
  // seven members may vote on 046/25, the quorum is seven
  const before = await waitFor('the room in the status bar', async () => {
    const s = await roomStatus();
    return s && /7 may vote · quorate/.test(s) ? s : undefined;
  }, 120000, 300);
  assert.match(before, /8 in the room · 7 may vote · quorate/);
  assert.ok(!(await problems()).some((r) => r.includes('fewer than the quorum')), 'quorate everywhere to begin with');
  await focusEditor(wb);

  await runCommand(wb, 'Minutes: Record Departure…');
  // the people in the room for the item are offered; Cllr Evans, who left during 045/25, is not
  const brown = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Cllr Brown' }).first();
  await brown.waitFor({ state: 'visible', timeout: 30000 });
  const offered = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).map((t) => t.trim());
  assert.ok(offered.some((t) => t.startsWith('Jo Marsh')) && !offered.some((t) => t.startsWith('Cllr Evans')), offered.join(' | '));
  await brown.click();

  // the line is written under the item's title, with the time now
  const written = await waitFor('the departure written in the editor', async () => (await editorLines(wb)).find((l) => /^Cllr Brown left the meeting at \d\d:\d\d\.$/.test(l)), 30000, 200);
  assert.ok(written);
  const status = await waitFor('NOT QUORATE in the status bar', async () => {
    const s = await roomStatus();
    return s && s.includes('NOT QUORATE') ? s : undefined;
  }, 60000, 300);
  assert.match(status, /7 in the room · 6 may vote · NOT QUORATE/);
  const warning = await waitFor('the quorum warning in the Problems panel', async () => (await problems()).find((r) => r.includes('fewer than the quorum of 7')), 90000, 500);
  assert.match(warning, /Only 6 members were present and eligible for item 046\/25/);
  await wb.screenshot('proceedings-inquorate');
});
