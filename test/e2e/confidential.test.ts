/**
 * Workbench scenarios: a confidential item in the editor. The clerk sees the warning about a mark
 * not written as documented before publishing, and *Minutes: Export Action Log…* and *Export
 * Decisions Register…* ask for the version: the public one leaves out the confidential item's
 * action and decision, the full one keeps them, marked.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, openFile, runCommand, waitFor, editorLines, openProblems, type Workbench, closeWorkbenches } from './workbench';
import { meetingWith } from '../support/publicOutputs';

let wb: Workbench;
const LONG = { timeout: 240000 };

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-conf-'));
  fs.writeFileSync(path.join(folder, '2022-09-27.minutes'), meetingWith('088/22 (confidential) Quillfeather Tender')
    .replace('The Chair welcomed everyone.', 'The Chair welcomed everyone.\nACTION: Circulate the agenda. Owner: Andy Beard. Due: 20/12/2022.\nDECISION: The agenda is agreed.'));
  wb = await openWorkbench(folder, 'confidential');
}, LONG);

after(closeWorkbenches);

/** Picks the row of the open quick pick that shows `label`. */
async function pick(label: string): Promise<void> {
  const { page } = wb;
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await page.locator('.quick-input-widget input').fill(label);
  await waitFor(`only "${label}" offered`, async () => (await page.locator('.quick-input-list .monaco-list-row').count()) === 1 || undefined, 10000);
  await page.keyboard.press('Enter');
}

test('the Problems panel warns that the item marked (confidential) is left out of the public version', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-09-27.minutes');
  await openProblems(wb);
  const row = await waitFor('the warning in the Problems panel', async () => (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).find((t) => t.includes('left out of the public version')), 60000);
  assert.match(row, /Item 088\/22 is left out of the public version/);
  await wb.screenshot('confidential-1-warning');
});

for (const [command, what, publicWord, secretWord] of [
  ['Minutes: Export Action Log…', 'actions', 'Circulate the agenda', 'Vexmoor'],
  ['Minutes: Export Decisions Register…', 'decisions', 'The agenda is agreed', 'Plumbrook'],
] as const) {
  test(`${command} asks for the version: public leaves out the confidential item's ${what}, full keeps them marked`, LONG, async () => {
    for (const version of ['Public version', 'Full version']) {
      await runCommand(wb, command);
      await pick('Markdown table');
      if (what === 'actions') await pick('All actions');
      await pick(version);
      const text = await waitFor(`the exported ${what} (${version})`, async () => {
        const t = (await editorLines(wb)).join('\n');
        return t.includes('| Reference |') || t.includes('| Meeting date |') ? t : undefined;
      }, 60000);
      if (version === 'Public version') {
        assert.ok(text.includes(publicWord), text);
        assert.ok(!text.includes(secretWord), `the public ${what} holds "${secretWord}": ${text}`);
      } else {
        assert.ok(text.includes(secretWord), text);
        assert.match(text, /088\/22[^|]*\(confidential\)/);
      }
      await wb.screenshot(`confidential-${what}-${version.split(' ')[0].toLowerCase()}`);
      await runCommand(wb, 'View: Revert and Close Editor');
    }
  });
}
