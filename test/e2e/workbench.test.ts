/**
 * End-to-end scenarios in the real VS Code workbench (code-server in Chromium), each asserting
 * what the user sees on screen. One workbench serves all scenarios, in order, on a copy of the
 * fixture workspace of three meetings. Screenshots go to test-results/e2e/.
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../support/util';
import { openWorkbench, openFile, runCommand, goTo, goToLine, waitFor, allRows, focusEditor, editorLines, goToEnd, chooseSuggestion, waitForLines, SCREENSHOTS, openProblems, problemRows, type Workbench, closeWorkbenches } from './workbench';
import { positionOf, type Position } from '../support/positions';

let wb: Workbench;
const LONG = { timeout: 180000 };
/** The fixture meetings as the workbench first shows them: positions are found in their words, never counted. */
const fixture = (name: string): string => fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', name), 'utf8');
const JULY = fixture('2022-07-26.minutes');
const SEPTEMBER = fixture('2022-09-27.minutes');
const OCTOBER = fixture('2022-10-25.minutes');
/** The status bar's words for a cursor at the start of `needle`. */
const lnCol = (text: string, needle: string): string => { const p = positionOf(text, needle); return `Ln ${p.line + 1}, Col ${p.character + 1}`; };

before(async () => {
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-e2e-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  wb = await openWorkbench(folder, 'workbench');
}, LONG);

after(closeWorkbenches);

const problems = (): Promise<string[]> => problemRows(wb);

test('the Problems panel lists the unnumbered item, and the light bulb fix inserts 080/22', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-09-27.minutes');
  await openProblems(wb);
  const row = await waitFor('the warning in the Problems panel', async () => (await problems()).find((t) => t.includes('This item has no minute number')));
  assert.match(row, /Start the line with the next number, 080\/22\./);
  await wb.screenshot('1-problems-panel');
  await focusEditor(wb);
  await goTo(wb, positionOf(SEPTEMBER, 'Item 6 – Fairness and Belonging'));
  await page.keyboard.press('Control+.');
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Insert minute number 080/22' });
  await fix.waitFor({ state: 'visible' });
  await wb.screenshot('2-quick-fix');
  // choose it with the keyboard, as the list takes no clicks while it opens
  await waitFor('the fix to be selected', async () => {
    if ((await fix.getAttribute('class'))?.includes('focused')) return true;
    await page.keyboard.press('ArrowDown');
    return undefined;
  }, 10000, 150);
  await page.keyboard.press('Enter');
  await waitFor('the inserted number on screen', async () => (await page.locator('.view-line', { hasText: '080/22 Item 6 – Fairness and Belonging' }).count()) > 0 || undefined);
  await waitFor('the warning to leave the Problems panel', async () => !(await problems()).some((t) => t.includes('This item has no minute number')) || undefined);
  await wb.screenshot('3-after-fix');
});

test('the Outline view shows the sections, items and actions of the meeting', LONG, async () => {
  const { page } = wb;
  await runCommand(wb, 'View: Hide Panel');
  await runCommand(wb, 'Explorer: Focus on Outline View');
  const outline = '.pane:has(.pane-header:has-text("Outline")) .monaco-list';
  await page.locator(`${outline} .monaco-list-row`).first().waitFor({ state: 'visible' });
  const texts = await waitFor('the outline to list the items', async () => {
    const t = await allRows(wb, outline);
    return t.some((x) => x.includes('079/22 Access to Police Services')) && t.some((x) => x.startsWith('Action 1')) ? t : undefined;
  });
  for (const expected of ['Present', 'Apologies', 'Police and Crime Plan', '077/22 Apologies and PCC Update', 'Regular Items', '081/22 Date of Next Meeting']) {
    assert.ok(texts.some((t) => t.includes(expected)), `the outline shows ${expected}: ${texts.join(' | ')}`);
  }
  assert.ok(texts.some((t) => t.includes('Action 1: Share the repeat-caller data')));
  assert.ok(texts.some((t) => t.includes('Decision: The notes are approved.')));
  await wb.screenshot('4-outline');
});

test('typing an action with no owner shows the warning as the note taker types', LONG, async () => {
  const { page } = wb;
  await openProblems(wb);
  await focusEditor(wb);
  // the lines above were not added to or taken from: the fixture's positions hold
  await goTo(wb, positionOf(SEPTEMBER, 'The Board discussed the strategy.'));
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ACTION: Publish the strategy.', { delay: 15 });
  await waitFor('the owner warning', async () => (await problems()).some((t) => t.includes('This action has no owner')) || undefined);
  await wb.screenshot('5-typing-action');
  await page.keyboard.type(' Owner: Alethea Fuller. Due: next meeting.', { delay: 10 });
  await waitFor('the owner warning to go', async () => !(await problems()).some((t) => t.includes('This action has no owner')) || undefined);
  await wb.screenshot('6-action-with-owner');
});

test('highlighting: the minute number and ACTION carry the grammar scopes and their colours', LONG, async () => {
  const { page } = wb;
  const scopesAt = async (at: Position): Promise<string> => {
    await focusEditor(wb);
    await goTo(wb, at);
    await runCommand(wb, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible' });
    const text = await widget.innerText();
    await page.keyboard.press('Escape');
    return text;
  };
  const number = await scopesAt(positionOf(SEPTEMBER, '079/22 Access', { after: '0' }));
  assert.match(number, /constant\.numeric\.minute-number\.minutes/);
  await wb.screenshot('7-token-scopes');
  const action = await scopesAt(positionOf(SEPTEMBER, 'ACTION: Share', { after: 'A' }));
  assert.match(action, /keyword\.control\.action\.minutes/);
  // the tokens are coloured by the theme, unlike plain text
  const colours = await page.evaluate(() => {
    const spans = [...document.querySelectorAll('.editor-instance .view-line span span')] as HTMLElement[];
    const textOf = (x: HTMLElement) => (x.textContent ?? '').replace(/\u00a0/g, ' '); // Monaco renders spaces as no-break spaces
    const colourOf = (text: string) => { const s = spans.find((x) => textOf(x) === text); return s ? getComputedStyle(s).color : undefined; };
    const plain = spans.find((x) => textOf(x).startsWith('Could the Force advise'));
    return { number: colourOf('079/22'), action: colourOf('ACTION'), plain: plain ? getComputedStyle(plain).color : undefined };
  });
  assert.ok(colours.number && colours.action && colours.plain, JSON.stringify(colours));
  assert.notEqual(colours.number, colours.plain);
  assert.notEqual(colours.action, colours.plain);
});

test('Go to Symbol in Workspace finds an item of another meeting and opens it', LONG, async () => {
  const { page } = wb;
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('#finance');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '075/22 Finance and Budget Update' });
  await row.waitFor({ state: 'visible' });
  await wb.screenshot('8-workspace-symbols');
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: '2022-07-26.minutes' }).waitFor({ state: 'visible' });
});

const ACTIONS = '.pane:has(.pane-header:has-text("Actions")) .monaco-list';


async function actionRows(): Promise<string[]> {
  return wb.page.locator(`${ACTIONS} .monaco-list-row`).allInnerTexts();
}

async function badge(): Promise<number> {
  const t = await wb.page.locator('.activitybar .action-item:has(.action-label[aria-label^="Minutes"]) .badge-content').first().innerText().catch(() => '0');
  return Number(t) || 0;
}

test('the Actions view lists the actions of every meeting with their status, and a click opens the line', LONG, async () => {
  const { page } = wb;
  await runCommand(wb, 'Minutes: Focus on Actions View');
  const rows = await waitFor('the Actions view to list the actions', async () => {
    const r = await actionRows();
    return r.some((x) => x.includes('075/22-A1 · Mark Kenyon')) && r.some((x) => x.includes('079/22-A1')) ? r : undefined;
  });
  const fuel = rows.find((r) => r.includes('075/22-A1'))!;
  assert.match(fuel, /075\/22-A1 · Mark Kenyon\s*Report on fuel costs\. · due 27\/09\/2022 · OVERDUE/);
  assert.match(rows.find((r) => r.includes('079/22-A1'))!, /079\/22-A1 · Vanessa Jardine\s*Share the repeat-caller data with the Board\. · due 25\/10\/2022 · done/);
  assert.ok(rows.some((r) => r.includes('26/07/2022')) && rows.some((r) => r.includes('25/10/2022')), 'grouped by meeting');
  await wb.screenshot('9-actions-view');
  await page.locator(`${ACTIONS} .monaco-list-row`, { hasText: '079/22-A1' }).click();
  await page.locator('.tabs-container .tab.active', { hasText: '2022-09-27.minutes' }).waitFor({ state: 'visible' });
  await waitFor('the cursor on the action line', async () => (await page.locator('.statusbar-item', { hasText: lnCol(SEPTEMBER, 'ACTION: Share the repeat-caller data') }).count()) > 0 || undefined);
});

test('typing a new ACTION line adds it to the Actions view and to the count of open actions', LONG, async () => {
  const { page } = wb;
  const before = await waitFor('a count badge', async () => (await badge()) || undefined);
  await focusEditor(wb);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('ACTION: Circulate the survey results. Owner: Cath Hannon. Due: 25/10/2022.', { delay: 5 });
  await waitFor('the new action in the view', async () => (await actionRows()).some((r) => /079\/22-A2 · Cath Hannon\s*Circulate the survey results\./.test(r)) || undefined);
  await waitFor('the badge to count it', async () => ((await badge()) === before + 1) || undefined);
  await runCommand(wb, 'Minutes: Group by Owner');
  await waitFor('actions grouped by owner', async () => (await actionRows()).some((r) => r.trim().startsWith('Cath Hannon')) || undefined);
  await wb.screenshot('10-actions-by-owner');
});

test('the status bar counts this meeting\'s items and open actions; Go to Action finds an action by its words', LONG, async () => {
  const { page } = wb;
  const item = page.locator('.statusbar-item', { hasText: /\d+ items/ });
  await waitFor('the status bar item', async () => ((await item.count()) > 0 ? await item.first().innerText() : undefined));
  assert.match(await item.first().innerText(), /5 items\s+2 open\s+2 overdue/);
  await runCommand(wb, 'Minutes: Go to Action…');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill('fuel');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '075/22-A1' }).waitFor({ state: 'visible' });
  await wb.screenshot('11-go-to-action');
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: '2022-07-26.minutes' }).waitFor({ state: 'visible' });
  await waitFor('the cursor on the action line', async () => (await page.locator('.statusbar-item', { hasText: lnCol(JULY, 'ACTION: Report on fuel costs.') }).count()) > 0 || undefined);
});

/** The parts of the workspace index the server saved in the workspace storage VS Code gave the extension. */
function savedIndexParts(): string[] {
  const storage = path.join(wb.userData, 'User', 'workspaceStorage');
  if (!fs.existsSync(storage)) return [];
  return fs.readdirSync(storage).flatMap((w) => {
    const dir = path.join(storage, w, 'minutes-team.minutes', 'index');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  });
}

test('if the language server dies, the client starts a new one and the Actions view and diagnostics recover', LONG, async () => {
  const { page } = wb;
  // the new server will read the unchanged meetings from the index the first one saved
  await waitFor('the workspace index saved in the extension\'s workspace storage', () => savedIndexParts().length > 0 || undefined, 60000);
  const pids = spawnSync('pgrep', ['-f', 'minutes-team.minutes.*dist/server.js'], { encoding: 'utf8' }).stdout.trim().split('\n').filter((x) => x.length > 0);
  assert.ok(pids.length > 0, 'the server process is running');
  for (const pid of pids) process.kill(Number(pid), 'SIGKILL');
  await waitFor('a new server process', () => {
    const now = spawnSync('pgrep', ['-f', 'minutes-team.minutes.*dist/server.js'], { encoding: 'utf8' }).stdout.trim().split('\n').filter((x) => x.length > 0);
    return now.length > 0 && now.every((p) => !pids.includes(p)) ? now : undefined;
  }, 60000);
  await openFile(wb, '2022-10-25.minutes');
  await focusEditor(wb);
  await goToEnd(wb);
  await page.keyboard.press('Enter');
  await page.keyboard.type('ACTION: Check the restart. Due: next meeting.', { delay: 5 });
  await waitFor('the new action in the view, from the new server', async () => (await actionRows()).some((r) => r.includes('Check the restart.')) || undefined, 60000)
    .catch(async (e: Error) => {
      await wb.screenshot('failed-restart');
      throw new Error(`${e.message}\nThe view shows: ${JSON.stringify(await actionRows())}\nThe editor shows: ${JSON.stringify((await editorLines(wb)).slice(-5))}`);
    });
  await openProblems(wb);
  await waitFor('diagnostics from the new server', async () => (await problems()).some((t) => t.includes('This action has no owner')) || undefined, 60000);
  await wb.screenshot('12-after-restart');
});

test('text from the minutes is never live HTML: <script>, <img onerror> and javascript: links stay text', LONG, async () => {
  const { page } = wb;
  await focusEditor(wb);
  await goToEnd(wb);
  await page.keyboard.press('Enter');
  await page.keyboard.type('ACTION: <script>window.__minutesXss = 1</script> <img src=x onerror="window.__minutesXss = 2"> [see](javascript:window.__minutesXss=3). Owner: VJ. Due: next meeting.', { delay: 2 });
  await waitFor('the action in the view, as text', async () => (await actionRows()).some((r) => r.includes('<script>window.__minutesXss = 1</script>')) || undefined, 30000);
  const row = page.locator(`${ACTIONS} .monaco-list-row`, { hasText: '__minutesXss' }).first();
  await row.hover();
  const live = await page.evaluate(() => ({
    flag: (window as unknown as { __minutesXss?: number }).__minutesXss,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__minutesXss')).length,
    images: [...document.querySelectorAll('img')].filter((i) => (i.getAttribute('onerror') ?? '').includes('__minutesXss')).length,
    links: [...document.querySelectorAll('a')].filter((a) => (a.getAttribute('href') ?? '').startsWith('javascript:')).length,
  }));
  assert.deepEqual(live, { flag: undefined, scripts: 0, images: 0, links: 0 });
  await wb.screenshot('13-html-stays-text');
});

test('completion at the start of a line offers the next minute number, continuing the meeting', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-10-25.minutes');
  await focusEditor(wb);
  await goToEnd(wb);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  // the number is offered at the start of a line: the clerk asks for it with Control+Space
  await chooseSuggestion(wb, '086/22');
  await wb.screenshot('14-completion');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Any Other Business', { delay: 5 });
  await waitForLines(wb, 'the new item on screen', (lines) => lines.includes('086/22 Any Other Business'));
});

test('F12 on an action reference opens the action in the meeting that minuted it; a code lens counts the actions carried in', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-10-25.minutes');
  await focusEditor(wb);
  await goToLine(wb, 1, 1);
  await waitFor('the code lens above the title', async () => {
    const lenses = await page.locator('.editor-instance .codelens-decoration').allInnerTexts();
    return lenses.some((t) => /open actions? carried into this meeting/.test(t)) || undefined;
  });
  await goTo(wb, positionOf(OCTOBER, '079/22-A1 DONE', { after: '07' }));
  await page.keyboard.press('F12');
  await page.locator('.tabs-container .tab.active', { hasText: '2022-09-27.minutes' }).waitFor({ state: 'visible' });
  await waitFor('the cursor on the action line', async () => (await page.locator('.statusbar-item', { hasText: lnCol(SEPTEMBER, 'ACTION: Share the repeat-caller data') }).count()) > 0 || undefined);
  await wb.screenshot('15-go-to-definition');
});

test('F2 on a name renames the person in the attendance list and where the minutes name them', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-09-27.minutes');
  await focusEditor(wb);
  await goTo(wb, positionOf(SEPTEMBER, 'Cath Hannon : Board Member', { after: 'Ca' }));
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input');
  await input.waitFor({ state: 'visible' });
  assert.equal(await input.inputValue(), 'Cath Hannon');
  await input.fill('Catherine Hannon');
  await wb.screenshot('16-rename');
  await page.keyboard.press('Enter');
  await waitFor('the new name in the list', async () => (await editorLines(wb)).some((l) => l === 'Catherine Hannon : Board Member') || undefined);
  // the action typed earlier with "Owner: Cath Hannon" now has the new name: the view groups it so
  await waitFor('the owner renamed in the Actions view', async () => (await actionRows()).some((r) => r.trim().startsWith('Catherine Hannon')) || undefined);
  await goTo(wb, positionOf(SEPTEMBER, '(Asked by Cath Hannon)'));
  await waitFor('the new name where she asked a question', async () => (await editorLines(wb)).includes('(Asked by Catherine Hannon)') || undefined);
});

test('Minutes: New Meeting asks for the date and writes the next meeting from the latest, with its open actions', LONG, async () => {
  const { page } = wb;
  await runCommand(wb, 'Minutes: New Meeting');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await waitFor('the date offered', async () => /^\d{2}\/\d{2}\/\d{4}$/.test(await input.inputValue()) || undefined);
  await input.fill('22/11/2022');
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: '2022-11-22.minutes' }).waitFor({ state: 'visible' });
  await waitFor('the carried actions in the new meeting', async () => {
    const lines = await editorLines(wb);
    return (lines.includes('Date: 22/11/2022') && lines.some((l) => l.startsWith('075/22-A1 CARRIED FORWARD: Report on fuel costs.'))) || undefined;
  });
  assert.ok(fs.existsSync(path.join(wb.folder, '2022-11-22.minutes')), 'the file is written next to the latest meeting');
  await wb.screenshot('17-new-meeting');
});

test('the preview shows the meeting as published beside the editor; the minutes\' HTML stays text; a click reveals the item', LONG, async () => {
  const { page } = wb;
  await openFile(wb, '2022-10-25.minutes');
  await runCommand(wb, 'Minutes: Open Preview to the Side');
  // the webview is an iframe within an iframe; find the one that holds the published table
  const frame = await waitFor('the preview with the items', async () => {
    for (const f of page.frames()) {
      const ok = await f.evaluate(() => document.querySelector('table.items')?.textContent?.includes('Chief Constable Update') ?? false).catch(() => false);
      if (ok) return f;
    }
    return undefined;
  }, 60000);
  const inside = await frame.evaluate(() => ({
    text: document.body.textContent ?? '',
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    // ours carries the nonce; VS Code adds its own webview bootstrap; none may come from the text
    ours: [...document.querySelectorAll('script[nonce]')].length,
    fromText: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__minutesXss')).length,
    images: document.querySelectorAll('img').length,
    links: document.querySelectorAll('a').length,
    flag: (window as unknown as { __minutesXss?: number }).__minutesXss,
  }));
  assert.ok(inside.text.includes('<script>window.__minutesXss = 1</script>'), 'the typed HTML is shown as text');
  assert.deepEqual({ ours: inside.ours, fromText: inside.fromText, images: inside.images, links: inside.links, flag: inside.flag }, { ours: 1, fromText: 0, images: 0, links: 0, flag: undefined });
  assert.match(inside.csp, /default-src 'none'.*script-src 'nonce-/);
  await wb.screenshot('18-preview');
  fs.copyFileSync(path.join(SCREENSHOTS, '18-preview.png'), path.join(SCREENSHOTS, 'preview.png'));
  // the page may be redrawn under the pointer as the server answers; a clerk would click again
  await waitFor('the editor on the clicked item', async () => {
    await frame.locator('tr[data-line="15"]').click({ timeout: 5000 }).catch(() => undefined);
    return (await page.locator('.statusbar-item', { hasText: 'Ln 16, Col 1' }).count()) > 0 || undefined;
  }, 30000, 1000);
});

test('the exported HTML prints as the published minutes: title, attendance tables, numbered items, bold actions', LONG, async () => {
  const fixture = path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes');
  const out = path.join(os.tmpdir(), `minutes-export-${process.pid}.html`);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'export', fixture, '--to', 'html', '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const page = await wb.page.context().browser()!.newPage();
  try {
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.setContent(fs.readFileSync(out, 'utf8'));
    const seen = await page.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      numbers: [...document.querySelectorAll('table.items td.number')].map((td) => td.textContent),
      boldActions: [...document.querySelectorAll('p.action')].map((p) => getComputedStyle(p).fontWeight),
    }));
    assert.equal(seen.title, 'Strategic Policing and Crime Board');
    assert.deepEqual(seen.numbers, ['086/22', '087/22', '088/22', '089/22']);
    assert.ok(seen.boldActions.length === 2 && seen.boldActions.every((w) => Number(w) >= 700), JSON.stringify(seen.boldActions));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'export-html.png'), fullPage: true });
  } finally {
    await page.close();
  }
});
