/**
 * Open data and calendars in the real workbench (code-server in Chromium): *Minutes: Export
 * Calendar…* and *Minutes: Export Open Data…* ask whose actions or which format, the version and
 * where to save (the workspace folder, named for what it is), and write files that hold the
 * folder's record and nothing the public minutes withhold.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/util';
import { unfoldIcs } from '../support/publicOutputs';
import { openWorkbench, openFile, runCommand, waitFor, type Workbench, closeWorkbenches } from './workbench';

let wb: Workbench;
const LONG = { timeout: 240000 };

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-opendata-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), path.join(folder, '2022-11-22.minutes'));
  wb = await openWorkbench(folder, 'opendata');
  await openFile(wb, '2022-11-22.minutes');
  await waitFor('the server to have read the meetings', async () => (await wb.page.locator('.statusbar-item', { hasText: / open/ }).count()) > 0 || undefined, 90000);
}, LONG);

after(closeWorkbenches);

const input = () => wb.page.locator('.quick-input-widget input');
const title = async (): Promise<string> => wb.page.locator('.quick-input-widget .quick-input-title').innerText().catch(() => '');

/** Picks the quick pick's row starting with `label` once the pick titled `heading` shows. */
async function pick(heading: RegExp, label: string): Promise<void> {
  await waitFor(`the pick "${heading.source}"`, async () => heading.test(await title()) || undefined, 60000);
  await input().fill(label);
  await waitFor(`the row "${label}"`, async () => (await wb.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).count()) > 0 || undefined);
  await wb.page.keyboard.press('Enter');
}

/** Accepts the save dialog titled `heading` with the path it proposes (a file ending in `ext`), and returns that path. */
async function save(heading: RegExp, ext: string): Promise<string> {
  const proposed = await waitFor('the save dialog', async () => {
    const value = await input().inputValue().catch(() => '');
    // the dialog writes its path in as it reads the folder: the whole path ends with the file's name
    return heading.test(await title()) && value.startsWith('/') && value.endsWith(ext) ? value : undefined;
  }, 60000).catch(async (e: Error) => { await wb.screenshot('opendata-save-dialog-missing'); throw e; });
  // the dialog takes Enter once it has read the folder: press until it closes
  await waitFor('the save dialog to close', async () => {
    if (!heading.test(await title()) || !(await input().isVisible())) return true;
    await wb.page.keyboard.press('Enter');
    return undefined;
  }, 60000, 3000);
  return proposed;
}

test('Export Calendar… writes the open actions\' due dates, one owner\'s on request, public by default', LONG, async () => {
  await runCommand(wb, 'Minutes: Export Calendar…');
  await pick(/whose actions/, 'Mark Kenyon');
  await pick(/Which version of the calendar/, 'Public version');
  const file = await save(/Save the calendar/, '.ics');
  assert.equal(file, path.join(wb.folder, 'minutes-calendar.public.Mark-Kenyon.ics'));
  const ics = unfoldIcs(await waitFor('the calendar file', () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined), 30000));
  const summaries = [...ics.matchAll(/\r\nSUMMARY:(.*)\r\n/g)].map((m) => m[1]);
  assert.deepEqual(summaries, ['075/22-A1 · Mark Kenyon: Report on fuel costs.', '087/22-A1 · Mark Kenyon: Circulate the overtime figures by department.']);
  assert.match(ics, /\r\nUID:action-075-22-a1\.strategic-policing-and-crime-board@minutes\r\n/);
});

test('Export Open Data… writes the record as JSON, without what the public minutes withhold', LONG, async () => {
  await runCommand(wb, 'Minutes: Export Open Data…');
  await pick(/Export the record as open data/, 'JSON');
  await pick(/Which version of the record/, 'Public version');
  const file = await save(/Save the open data/, '.json');
  assert.equal(file, path.join(wb.folder, 'minutes-record.public.json'));
  const text = await waitFor('the data file', () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined), 30000);
  const data = JSON.parse(text) as { meetings: Array<{ id: string }>; items: Array<{ id: string; withheld: boolean }> };
  assert.deepEqual(data.meetings.map((m) => m.id), ['2022-07-26', '2022-09-27', '2022-10-25', '2022-11-22']);
  assert.deepEqual(data.items.filter((i) => i.withheld).map((i) => i.id), ['088/22']);
  assert.ok(!text.includes('Fleetwise'));
});

test('the Actions view\'s title menu has Export Calendar…: the full version holds the confidential item\'s actions', LONG, async () => {
  const { page } = wb;
  await runCommand(wb, 'Minutes: Focus on Actions View');
  const header = page.locator('.pane-header', { hasText: /Actions/ }).first();
  const more = header.locator('.actions .action-label[aria-label^="More Actions"], .actions .action-label[aria-label^="Views and More Actions"]').first();
  const item = page.locator('.monaco-menu .action-label', { hasText: 'Export Calendar…' });
  // the menu opens on a click once the header shows its actions; a click while it lays out may miss: try until the pick shows
  await waitFor('Export Calendar… from the view\'s title menu', async () => {
    if (/whose actions/.test(await title())) return true;
    if (await item.isVisible().catch(() => false)) {
      await wb.screenshot('opendata-title-menu');
      await item.click({ timeout: 5000 }).catch(() => undefined);
    } else {
      await header.hover().catch(() => undefined);
      await more.click({ timeout: 5000 }).catch(() => undefined);
    }
    return undefined;
  }, 90000, 2000).catch(async (e: Error) => { await wb.screenshot('opendata-title-menu-missing'); throw e; });
  await pick(/whose actions/, 'Everyone');
  await pick(/Which version of the calendar/, 'Full version');
  const file = await save(/Save the calendar/, '.ics');
  assert.equal(file, path.join(wb.folder, 'minutes-calendar.ics'));
  const ics = unfoldIcs(await waitFor('the calendar file', () => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined), 30000));
  assert.match(ics, /\r\nSUMMARY:088\/22-A1 · Vanessa Jardine: Negotiate the Fleetwise maintenance clause\.\r\n/);
});
