/**
 * Publishing scenarios in the real workbench (code-server in Chromium): Import Published Minutes
 * asks where the new file goes (the folder of the board's meetings by default, named for the
 * meeting's date) and, when the meeting is already in the workspace, offers to open it, replace it
 * or keep both; it never adds a second copy without being asked.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/util';
import { openWorkbench, openFile, runCommand, waitFor, editorLines, type Workbench, closeWorkbenches } from './workbench';

let wb: Workbench;
const LONG = { timeout: 240000 };
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-publishing-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  // the published PDFs' text, kept apart from the board's meetings
  fs.mkdirSync(path.join(folder, 'published'));
  for (const f of ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt']) fs.copyFileSync(path.join(CORPUS, f), path.join(folder, 'published', f));
  wb = await openWorkbench(folder, 'publishing');
  // a meeting open, as the clerk has: the extension is loaded and the server has read the workspace
  await openFile(wb, '2022-10-25.minutes');
  await waitFor('the server to have read the meetings', async () => (await wb.page.locator('.statusbar-item', { hasText: / open/ }).count()) > 0 || undefined, 90000);
}, LONG);

after(closeWorkbenches);

const input = () => wb.page.locator('.quick-input-widget input');
const minutesFiles = (dir = wb.folder): string[] => fs.readdirSync(dir).filter((f) => f.endsWith('.minutes')).sort();

/** Runs the import and picks `file` in the open dialog (VS Code's own dialog in the browser: a path to type). */
async function importFile(file: string): Promise<void> {
  await runCommand(wb, 'Minutes: Import Published Minutes');
  await waitFor('the open dialog', async () => (await input().isVisible()) && (await input().inputValue()).startsWith('/') || undefined, 60000);
  // the dialog may still be reading its start folder and put that path back over the one typed: type it again until it stays
  await waitFor('the dialog to take the path', async () => {
    if ((await input().inputValue()) === file) return true;
    await input().fill(file);
    return undefined;
  }, 30000, 1000).catch(async (e: Error) => { await wb.screenshot('publishing-open-dialog-path'); throw new Error(`${e.message}; the dialog shows ${await input().inputValue().catch(() => '?')}`); });
  await waitFor('the dialog to list the file', async () => (await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: path.basename(file) }).count()) > 0 || undefined, 30000);
  // the dialog reads the folder as the path is typed, and takes Enter only once it has: press until it closes
  const title = wb.page.locator('.quick-input-widget .quick-input-title');
  await waitFor('the open dialog to accept the file', async () => {
    if (!(await input().isVisible()) || !/Import published minutes/.test(await title.innerText().catch(() => ''))) return true;
    await wb.page.keyboard.press('Enter');
    return undefined;
  }, 60000, 3000).catch(async (e: Error) => { await wb.screenshot('publishing-open-dialog-stuck'); throw new Error(`${e.message}; the dialog shows ${await input().inputValue().catch(() => '?')}`); });
}

/** The save dialog's proposed path, once it is shown. */
async function saveDialogPath(): Promise<string> {
  let seen = '';
  try {
    return await waitFor('the save dialog with its proposed file', async () => {
      const title = await wb.page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '');
      const value = await input().inputValue().catch(() => '');
      seen = `${title} | ${value}`;
      return /Save the imported minutes/.test(title) && value.endsWith('.minutes') ? value : undefined;
    }, 60000);
  } catch (e) {
    await wb.screenshot('publishing-save-dialog-missing');
    throw new Error(`${(e as Error).message}; the dialog showed: ${seen}`);
  }
}

test('importing a meeting the workspace does not hold asks where to save it, in the folder of the board\'s meetings, named for its date', LONG, async () => {
  const before = minutesFiles();
  await importFile(path.join(wb.folder, 'published', 'spcb-2020-01-21.txt'));
  const proposed = await saveDialogPath();
  assert.equal(proposed, path.join(wb.folder, '2020-01-21.minutes'), 'beside the meetings, not beside the PDF text');
  assert.deepEqual(minutesFiles(), before, 'nothing is written before the clerk says where');
  await wb.screenshot('publishing-1-save-dialog');
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.tabs-container .tab.active', { hasText: '2020-01-21.minutes' }).waitFor({ state: 'visible', timeout: 60000 });
  assert.deepEqual(minutesFiles(), [...before, '2020-01-21.minutes'].sort());
  assert.deepEqual(minutesFiles(path.join(wb.folder, 'published')), [], 'no copy beside the source');
  await waitFor('the imported minutes in the editor', async () => (await editorLines(wb)).some((l) => l.startsWith('Present:')) || undefined);
  assert.match(fs.readFileSync(path.join(wb.folder, '2020-01-21.minutes'), 'utf8'), /^004\/20 Item 3 - Sex Offender Management/m);
});

test('importing a meeting already in the workspace says so and offers to open it, replace it or keep both; opening it writes nothing', LONG, async () => {
  const { page } = wb;
  const before = minutesFiles();
  const original = fs.readFileSync(path.join(wb.folder, '2022-09-27.minutes'), 'utf8');
  await importFile(path.join(wb.folder, 'published', 'spcb-2022-09-27.txt'));
  const title = await waitFor('the question about the existing meeting', async () => {
    const t = await page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '');
    return /already in the workspace/.test(t) ? t : undefined;
  }, 60000);
  assert.match(title, /The meeting of 27\/09\/2022 is already in the workspace: 2022-09-27\.minutes/);
  const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
  assert.ok(rows.some((r) => r.startsWith('Open 2022-09-27.minutes')), rows.join(' | '));
  assert.ok(rows.some((r) => r.startsWith('Replace 2022-09-27.minutes')), rows.join(' | '));
  assert.ok(rows.some((r) => r.startsWith('Keep both')), rows.join(' | '));
  await wb.screenshot('publishing-2-existing-meeting');
  await input().fill('Open');
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: '2022-09-27.minutes' }).waitFor({ state: 'visible', timeout: 60000 });
  assert.deepEqual(minutesFiles(), before, 'no second copy');
  assert.equal(fs.readFileSync(path.join(wb.folder, '2022-09-27.minutes'), 'utf8'), original, 'the meeting is left as it was');
});

test('keeping both saves the import under a name of its own, beside the meeting, only once the clerk confirms where', LONG, async () => {
  const { page } = wb;
  const before = minutesFiles();
  const original = fs.readFileSync(path.join(wb.folder, '2022-09-27.minutes'), 'utf8');
  await importFile(path.join(wb.folder, 'published', 'spcb-2022-09-27.txt'));
  await waitFor('the question about the existing meeting', async () => /already in the workspace/.test(await page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '')) || undefined, 60000);
  await input().fill('Keep both');
  await page.keyboard.press('Enter');
  const proposed = await saveDialogPath();
  assert.equal(proposed, path.join(wb.folder, '2022-09-27 (2).minutes'));
  assert.deepEqual(minutesFiles(), before);
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: '2022-09-27 (2).minutes' }).waitFor({ state: 'visible', timeout: 60000 });
  assert.deepEqual(minutesFiles(), [...before, '2022-09-27 (2).minutes'].sort());
  assert.equal(fs.readFileSync(path.join(wb.folder, '2022-09-27.minutes'), 'utf8'), original, 'the meeting is left as it was');
});

test('replacing the meeting writes the import into its file, and adds none', LONG, async () => {
  const { page } = wb;
  const before = minutesFiles();
  await importFile(path.join(wb.folder, 'published', 'spcb-2022-09-27.txt'));
  const title = await waitFor('the question about the existing meeting', async () => {
    const t = await page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '');
    return /already in the workspace/.test(t) ? t : undefined;
  }, 60000);
  assert.match(title, /: 2022-09-27\.minutes$/, 'the meeting\'s own file, not the copy kept before');
  await input().fill('Replace');
  await page.keyboard.press('Enter');
  await waitFor('the import written into the meeting', async () => /^077\/22\tItem 1 - Apologies and PCC Update/m.test(fs.readFileSync(path.join(wb.folder, '2022-09-27.minutes'), 'utf8')) || undefined, 60000);
  await page.locator('.tabs-container .tab.active', { hasText: '2022-09-27.minutes' }).waitFor({ state: 'visible', timeout: 60000 });
  assert.deepEqual(minutesFiles(), before, 'no file added');
});
