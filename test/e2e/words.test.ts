/**
 * What the clerk sees of issue 17's lost words in the editor: an invisible character pasted into
 * a minute number is a warning in the Problems panel whose light bulb fix removes it; F2 on a
 * name renames that person and not the one whose name holds theirs.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openWorkbench, openFile, goTo, waitFor, focusEditor, editorLines, openProblems, problemRows, type Workbench, closeWorkbenches } from './workbench';
import { positionOf } from '../support/positions';

let wb: Workbench;
const LONG = { timeout: 180000 };

const MEETING = `# Strategic Policing and Crime Board
Date: 27/09/2022

Present:
Andy Beard : Head of Force Contact
Andy Beard-Smith : Head of Force Response

080/22 Contact
Presented by: Andy Beard-Smith
Text.

081/2\u200b2 Response
Presented by: Andy Beard
Andy Beard thanked Andy Beard-Smith.
`;

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-words-'));
  fs.writeFileSync(path.join(folder, '2022-09-27.minutes'), MEETING);
  wb = await openWorkbench(folder, 'words');
}, LONG);

after(closeWorkbenches);

const problems = (): Promise<string[]> => problemRows(wb);

test('a zero-width space in a minute number: the item is still 081/22, the Problems panel says so, and the light bulb removes it', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-09-27.minutes');
  await openProblems(wb);
  const row = await waitFor('the warning in the Problems panel', async () => (await problems()).find((t) => t.includes('has an invisible character in it')), 60000);
  assert.match(row, /Minute number 081\/22 has an invisible character in it: zero-width space \(U\+200B\)/);
  // read as the item it is: no warning that the number is missing or out of sequence
  assert.ok(!(await problems()).some((t) => /no minute number|out of sequence/i.test(t)), (await problems()).join('\n'));
  await wb.screenshot('words-1-invisible');
  await focusEditor(wb);
  await goTo(wb, positionOf(MEETING, '081/2\u200b2 Response'));
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Remove the invisible character' });
  await fix.waitFor({ state: 'visible' });
  await waitFor('the fix to be selected', async () => {
    if ((await fix.getAttribute('class'))?.includes('focused')) return true;
    await page.keyboard.press('ArrowDown');
    return undefined;
  }, 10000, 150);
  await page.keyboard.press('Enter');
  await waitFor('the number without the character', async () => (await editorLines(wb)).includes('081/22 Response') || undefined);
  await waitFor('the warning to leave the Problems panel', async () => !(await problems()).some((t) => t.includes('invisible character')) || undefined);
});

test('F2 on Andy Beard renames him, and Andy Beard-Smith stays as written', LONG, async () => {
  const { page } = wb;
  await focusEditor(wb);
  // the fix above changed a later line only: the attendance line stands where MEETING has it
  await goTo(wb, positionOf(MEETING, 'Andy Beard : Head', { after: 'An' }));
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input');
  await input.waitFor({ state: 'visible' });
  assert.equal(await input.inputValue(), 'Andy Beard');
  await input.fill('Zed Person');
  await page.keyboard.press('Enter');
  await waitFor('the new name in the list', async () => (await editorLines(wb)).includes('Zed Person : Head of Force Contact') || undefined);
  await waitFor('the renamed presenter and text', async () => { const l = await editorLines(wb); return (l.includes('Presented by: Zed Person') && l.includes('Zed Person thanked Andy Beard-Smith.')) || undefined; });
  const lines = await editorLines(wb);
  assert.ok(lines.includes('Andy Beard-Smith : Head of Force Response'), lines.join('\n'));
  assert.ok(lines.includes('Presented by: Andy Beard-Smith'));
  await wb.screenshot('words-2-rename');
});
