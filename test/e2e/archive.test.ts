/**
 * Published minutes are an archive, in the real workbench (code-server in Chromium): last year's
 * published minutes opened as minutes show no PDF debris as problems and say they are an archive;
 * the Outline view and the breadcrumbs speak a clerk's words with fitting icons; the code lens says
 * where the open actions carried into a meeting come from. Screenshots go to test-results/e2e/.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORPUS, ROOT } from '../support/util';
import { openWorkbench, openFile, runCommand, goTo, goToLine, waitFor, focusEditor, openProblems, type Workbench, closeWorkbenches } from './workbench';
import { positionOf } from '../support/positions';

let wb: Workbench;
const LONG = { timeout: 240000 };

before(async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-archive-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  // last year's published minutes, as copied from the PDF
  fs.copyFileSync(path.join(CORPUS, 'spcb-2023-12-19-with-2024-01-agenda.txt'), path.join(folder, 'spcb-2023-12-19.txt'));
  // a meeting of 2020 in the folder, and none between it and July 2022
  fs.copyFileSync(path.join(CORPUS, 'spcb-2020-01-21.txt'), path.join(folder, '2020-01-21.minutes'));
  wb = await openWorkbench(folder, 'archive');
}, LONG);

after(closeWorkbenches);

/** Every row of the Outline view (a virtualised list, scrolled through): its text, its spoken label ("name (kind)") and its icon. */
async function outlineRows(list: ReturnType<Workbench['page']['locator']>): Promise<Array<{ text: string; label: string; icon: string }>> {
  const seen = new Map<string, { text: string; label: string; icon: string }>();
  await list.hover();
  let stable = 0;
  for (let i = 0; i < 60 && stable < 3; i++) {
    const before = seen.size;
    const found = await list.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => ({
      text: (e as HTMLElement).innerText, label: e.getAttribute('aria-label') ?? '', icon: e.querySelector('.outline-element-icon')?.className ?? '',
    })));
    for (const r of found) if (!seen.has(r.label + r.text)) seen.set(r.label + r.text, r);
    stable = seen.size === before ? stable + 1 : 0;
    await wb.page.mouse.wheel(0, 120);
    await new Promise((r) => setTimeout(r, 50));
  }
  return [...seen.values()];
}

async function lenses(): Promise<string[]> {
  return wb.page.locator('.editor-instance .codelens-decoration').allInnerTexts();
}

test('last year\'s published minutes opened as minutes: an archive, without "115/2 3 is not written as NNN/YY"', LONG, async () => {
  const { page } = wb;
  await openFile(wb, 'spcb-2023-12-19.txt');
  await runCommand(wb, 'Change Language Mode');
  const input = page.locator('.quick-input-widget input');
  await input.fill('Minutes');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Minutes' }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  // the lens above the title says why only numbering, references and actions are checked
  await focusEditor(wb);
  await goToLine(wb, 1, 1);
  const note = await waitFor('the archive lens', async () => (await lenses()).find((t) => t.startsWith('Archive (')), 60000);
  assert.match(note, /spcb-2023-12-19\.txt is published text, not a \.minutes file\): only numbering, references and actions are checked/);
  await openProblems(wb);
  const rows = await waitFor('the Problems panel', async () => {
    const panel = page.locator('.markers-panel-container');
    if (!(await panel.isVisible())) return undefined;
    return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  });
  const debris = rows.filter((r) => /not written as NNN\/YY|has no owner|has no due date|is not in the attendance lists/.test(r));
  assert.deepEqual(debris, [], 'nothing the clerk may not change');
  await wb.screenshot('archive-1-published-minutes');
  await runCommand(wb, 'View: Hide Panel');
});

test('the Outline view and the breadcrumbs: a clerk\'s words and fitting icons, no "(key)" or "(namespace)"', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-10-25.minutes');
  await runCommand(wb, 'Explorer: Focus on Outline View');
  const outline = page.locator('.pane:has(.pane-header:has-text("Outline")) .monaco-list').first();
  await outline.locator('.monaco-list-row').first().waitFor({ state: 'visible' });
  const rows = await waitFor('the outline to list the items', async () => {
    const r = await outlineRows(outline);
    return r.some((x) => /084\/22/.test(x.text)) ? r : undefined;
  });
  const labels = rows.map((r) => r.label);
  const icons = rows.map((r) => r.icon);
  const programmer = /\((key|namespace|module|array|field|object|package|class|struct|variable|function|method|string)\)/;
  assert.deepEqual(labels.filter((l) => programmer.test(l)), [], labels.join(' | '));
  assert.deepEqual(icons.filter((c) => /codicon-symbol-(key|namespace|module|array|field|object|package)\b/.test(c)), [], 'no code braces, brackets or key icons');
  assert.ok(labels.some((l) => /^Strategic Policing and Crime Board \(file\)$/.test(l)), labels.join(' | '));
  assert.ok(labels.some((l) => /^084\/22 .* \(number\)$/.test(l)), labels.join(' | '));
  assert.ok(icons.some((c) => /codicon-symbol-number/.test(c)), 'an item shows its number sign');
  const texts = rows.map((r) => r.text);
  assert.ok(texts.some((t) => /Present\s*\d+ people/.test(t)), texts.join(' | '));
  await wb.screenshot('archive-2-outline');
  // the breadcrumbs above the editor, with the cursor in an item
  await focusEditor(wb);
  await goTo(wb, positionOf(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', '2022-10-25.minutes'), 'utf8'), '085/22 Chief Constable Update'));
  const trail = await waitFor('the breadcrumbs to reach the item', async () => {
    const t = await page.locator('.breadcrumbs-control .monaco-breadcrumb-item').allInnerTexts();
    return t.some((x) => /\d{3}\/22/.test(x)) ? t : undefined;
  });
  const crumbIcons = await page.locator('.breadcrumbs-control .monaco-breadcrumb-item .codicon, .breadcrumbs-control .monaco-breadcrumb-item [class*="codicon-symbol"]').evaluateAll((els) => els.map((e) => e.className));
  assert.deepEqual(crumbIcons.filter((c) => /codicon-symbol-(key|namespace|module|array|field)\b/.test(c)), [], crumbIcons.join(' | '));
  assert.ok(crumbIcons.some((c) => /codicon-symbol-number/.test(c)), crumbIcons.join(' | '));
  assert.ok(trail.some((t) => /Strategic Policing and Crime Board/.test(t)), trail.join(' > '));
  await wb.screenshot('archive-3-breadcrumbs');
});

test('the code lens says where the open actions carried in come from, and counts apart those from before missing meetings', LONG, async () => {
  await openFile(wb, '2022-10-25.minutes');
  await focusEditor(wb);
  await goToLine(wb, 1, 1);
  const titles = await waitFor('the lenses above the title', async () => {
    const t = await lenses();
    return t.some((x) => /carried into this meeting/.test(x)) && t.some((x) => /not counted/.test(x)) ? t : undefined;
  }, 60000);
  assert.ok(titles.some((t) => /^2 open actions carried into this meeting from 26\/07\/2022 and 27\/09\/2022/.test(t)), titles.join(' | '));
  assert.ok(titles.some((t) => /open actions? from 21\/01\/2020 not counted: the meetings between 21\/01\/2020 and 26\/07\/2022 are not in the folder/.test(t)), titles.join(' | '));
  await wb.screenshot('archive-4-carried-in');
});
