/**
 * Typing help in the real workbench (code-server in Chromium), as a clerk minutes a meeting live:
 * snippets that appear as their prefix is typed and write this meeting's number and people,
 * prose that types without a list popping up, and Enter on an empty bullet ending the list.
 * One workbench for the file, on a copy of the fixture workspace.
 */
import { test, before, after, afterEach } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../support/util';
import { openWorkbench, openFile, waitFor, focusEditor, editorLines, goToEnd, SUGGESTION_ROWS, type Workbench, closeWorkbenches } from './workbench';

let wb: Workbench;
const LONG = { timeout: 240000 };

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-typing-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  wb = await openWorkbench(folder, 'typing');
}, LONG);

afterEach(async (t) => {
  // what was on screen when a scenario failed
  if (wb && (t as unknown as { passed?: boolean }).passed === false) await wb.screenshot(`typing-failed-${t.name.slice(0, 30).replace(/\W+/g, '-')}`);
});

after(closeWorkbenches);

/** Opens the meeting of 25/10/2022 (each scenario can run alone) and puts the cursor on a new line at its end. */
async function newLineAtEnd(): Promise<void> {
  await openFile(wb, '2022-10-25.minutes');
  await focusEditor(wb);
  await goToEnd(wb);
  await wb.page.keyboard.press('End');
  await wb.page.keyboard.press('Enter');
}

const suggestRows = () => wb.page.locator(SUGGESTION_ROWS);

/** Polls for `ms` that the suggestion list stays closed (a list must not open while prose is typed). */
async function listStaysClosed(ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    assert.equal(await suggestRows().count(), 0, 'a suggestion list opened while the clerk typed prose');
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('typing "item" at the start of a line shows the snippet by itself; it writes the next minute number, 086/22', LONG, async () => {
  const { page } = wb;
  await newLineAtEnd();
  // the server has read the meeting (its code lens is there) before the clerk types; the first test of the file waits
  // for the server's start too, which compiles its code afresh in a new profile (over a minute on a busy machine)
  await waitFor('the code lenses of the meeting', async () => (await page.locator('.codelens-decoration', { hasText: /open actions? carried into this meeting/ }).count()) > 0 || undefined, 150000);
  await page.keyboard.press('Enter');
  await page.keyboard.type('item', { delay: 60 });
  // no Ctrl+Space: the list opens as the prefix is typed, with nothing selected (Enter stays a new line)
  const row = suggestRows().filter({ hasText: /^item/ }).first();
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await wb.screenshot('typing-1-item-prefix');
  await page.keyboard.press('ArrowDown');
  await waitFor('the item snippet selected', async () => ((await row.getAttribute('class'))?.includes('focused') ? true : undefined), 10000);
  await page.keyboard.press('Enter');
  await waitFor('the item written with the next number', async () => (await editorLines(wb)).includes('086/22 Title') || undefined);
  await page.keyboard.type('Any Other Business', { delay: 5 });
  await waitFor('the title typed over the placeholder', async () => (await editorLines(wb)).includes('086/22 Any Other Business') || undefined);
  assert.ok(!(await editorLines(wb)).some((l) => l.startsWith('001/')), 'no 001 number');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
});

test('prose typed in the middle of a line opens no list, even with words such as "action" and "next"', LONG, async () => {
  const { page } = wb;
  await newLineAtEnd();
  await page.keyboard.type('The Board asked for an action plan before the next', { delay: 20 });
  await waitFor('the sentence on screen', async () => (await editorLines(wb)).some((l) => l.endsWith('before the next')) || undefined);
  await listStaysClosed(1500);
});

test('the action snippet offers this meeting\'s people as owners and real dates, never $CURRENT_DATE', LONG, async () => {
  const { page } = wb;
  await newLineAtEnd();
  await page.keyboard.type('action', { delay: 60 });
  const row = suggestRows().filter({ hasText: /^action/ }).first();
  await row.waitFor({ state: 'visible', timeout: 30000 });
  await page.keyboard.press('ArrowDown');
  await waitFor('the action snippet selected', async () => ((await row.getAttribute('class'))?.includes('focused') ? true : undefined), 10000);
  await page.keyboard.press('Enter');
  await waitFor('the action written', async () => (await editorLines(wb)).some((l) => l.startsWith('ACTION: What is to be done.')) || undefined);
  await page.keyboard.type('Report on overtime', { delay: 5 });
  await page.keyboard.press('Tab');
  // the owner is a choice of this meeting's people, present first
  await waitFor('the owners offered', async () => (await suggestRows().count()) >= 3 || undefined);
  const owners = await suggestRows().allInnerTexts();
  await wb.screenshot('typing-2-action-owner');
  assert.match(owners[0], /Simon Foster/);
  assert.ok(owners.some((o) => o.includes('Vanessa Jardine')) && owners.some((o) => o.includes('Mark Kenyon')), owners.join(' | '));
  // the due date is a real choice, written out: never $CURRENT_DATE/$CURRENT_MONTH/$CURRENT_YEAR
  const line = (await editorLines(wb)).find((l) => l.startsWith('ACTION: Report on overtime.'));
  assert.match(line ?? '', /Due: next meeting\.$/);
  assert.ok(!(await editorLines(wb)).some((l) => l.includes('$')), 'no snippet variable on screen');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await waitFor('the action line complete', async () => (await editorLines(wb)).some((l) => /^ACTION: Report on overtime\. Owner: Vanessa Jardine\. Due: next meeting\.$/.test(l)) || undefined);
});

test('Enter on an empty bullet ends the list: no line holding only "-" is left', LONG, async () => {
  const { page } = wb;
  await newLineAtEnd();
  await page.keyboard.type('Will the overtime figures be published?', { delay: 5 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Yes, in the November report.', { delay: 5 });
  await page.keyboard.press('Enter');
  // the bullet continues by itself
  await waitFor('a new bullet', async () => { const ls = await editorLines(wb); return ls[ls.length - 1].trim() === '-' || undefined; });
  await page.keyboard.press('Enter');
  // typed on at once, as a clerk does
  await page.keyboard.type('DECISION: The update was noted.', { delay: 5 });
  const lines = await waitFor('the decision typed and the empty bullet gone', async () => { const ls = await editorLines(wb); return ls.includes('DECISION: The update was noted.') && !ls.some((l) => l.trim() === '-') ? ls : undefined; });
  await wb.screenshot('typing-3-bullets');
  const at = lines.indexOf('DECISION: The update was noted.');
  assert.equal(lines[at - 1], '- Yes, in the November report.');
  assert.ok(!lines.some((l) => l.trim() === '-'), `a line holding only "-": ${JSON.stringify(lines.slice(-5))}`);
});
