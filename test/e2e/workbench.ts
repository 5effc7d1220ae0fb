/**
 * The real VS Code workbench for end-to-end tests: code-server (from scripts/e2e-setup.sh) with
 * the packaged .vsix installed, in Debian's Chromium driven by playwright-core. Everything it
 * writes (settings, caches, sockets) stays under the tools folder. Every wait polls a condition.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../support/util';
import { setupTools, type Tools } from '../support/tools';

export const SCREENSHOTS = path.join(ROOT, 'test-results', 'e2e');

export interface Workbench {
  readonly page: Page;
  readonly folder: string;
  /** code-server's user data folder (settings, and each workspace's storage under User/workspaceStorage). */
  readonly userData: string;
  screenshot(name: string): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30000, everyMs = 100): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

let vsix: string | undefined;
/** Packages the extension once per run, as `npm run package` does. */
export function packageExtension(tools: Tools): string {
  if (vsix) return vsix;
  // one package per test process: the tools folder is shared, and another run may be packaging its own
  const out = path.join(tools.dir, 'e2e', `minutes-${process.pid}.vsix`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const r = spawnSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vsce package failed: ${r.stderr}${r.stdout}`);
  vsix = out;
  process.once('exit', () => fs.rmSync(out, { force: true }));
  return out;
}

/** What stops each workbench this test file opened and has not stopped yet. */
const opened = new Set<() => Promise<void>>();
/** Whether the test file's `after` hook has run. */
let closed = false;

/**
 * The test file's `after` hook: stops every workbench it opened. A workbench whose opening outlived
 * a timed-out `before` hook arrives after this hook has run; it stops itself (see openWorkbench),
 * else its browser and code-server would keep the file, and so the whole test run, alive.
 */
export async function closeWorkbenches(): Promise<void> {
  closed = true;
  await Promise.all([...opened].map((stop) => stop()));
}

export async function openWorkbench(folder: string, name: string): Promise<Workbench> {
  const tools = setupTools();
  const pkg = packageExtension(tools);
  const base = path.join(tools.dir, 'e2e', name);
  fs.rmSync(base, { recursive: true, force: true });
  const userData = path.join(base, 'user-data');
  const extensions = path.join(base, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'editor.minimap.enabled': false,
    'workbench.colorTheme': 'Default Dark Modern',
  }, null, 2));
  const env = { ...process.env, HOME: path.join(tools.dir, 'home'), TMPDIR: path.join(tools.dir, 'tmp'), XDG_CONFIG_HOME: path.join(base, 'config'), XDG_DATA_HOME: path.join(base, 'data') };
  const install = spawnSync(tools.codeServer, ['--install-extension', pkg, '--extensions-dir', extensions, '--user-data-dir', userData], { env, encoding: 'utf8', timeout: 120000 });
  if (install.status !== 0) throw new Error(`installing the .vsix into code-server failed: ${install.stderr}${install.stdout}`);
  const port = await freePort();
  const server: ChildProcess = spawn(tools.codeServer, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userData, '--extensions-dir', extensions, folder,
  ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  server.stdout?.on('data', (d) => log.push(String(d)));
  server.stderr?.on('data', (d) => log.push(String(d)));
  const kill = (): void => { try { if (server.pid) process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ } };
  let browser: Browser | undefined;
  try {
    await waitFor('code-server /healthz', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok).catch(() => false)) || undefined, 60000, 200);
    browser = await chromium.launch({
      executablePath: tools.chromium, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const b = browser;
    const stop = async (): Promise<void> => {
      opened.delete(stop);
      await b.close().catch(() => undefined);
      kill();
    };
    if (closed) {
      await stop();
      throw new Error('the workbench opened after this test file had ended (its before hook timed out): it was stopped');
    }
    opened.add(stop);
    return {
      page, folder, userData,
      screenshot: async (shot) => { await page.screenshot({ path: path.join(SCREENSHOTS, `${shot}.png`) }); },
      stop,
    };
  } catch (e) {
    await browser?.close().catch(() => undefined);
    kill();
    throw new Error(`${(e as Error).message}\ncode-server said:\n${log.join('').slice(-3000)}`);
  }
}

/** Opens a file with Quick Open and waits for its editor tab. */
export async function openFile(wb: Workbench, name: string): Promise<void> {
  const { page } = wb;
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await waitFor(`Quick Open to list ${name}`, async () => (await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).count()) > 0 || undefined);
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab', { hasText: name }).waitFor({ state: 'visible' });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

/** Runs a command from the command palette by its title. */
export async function runCommand(wb: Workbench, title: string): Promise<void> {
  const { page } = wb;
  const input = page.locator('.quick-input-widget input');
  // (a quick input the step before closed may still be going on a busy workbench: F1 pressed into it is lost, and the
  // palette's box, seen for a moment, hides under the fill; so wait for it to go, then open the palette, and try again
  // from the start when it closes before it is filled)
  for (let attempt = 1; ; attempt++) {
    await input.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => page.keyboard.press('Escape'));
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 20_000 });
      await input.fill(`>${title}`, { timeout: 10_000 });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** Moves the cursor to a position found from the text (0-based, as `test/support/positions` gives it) with Go to Line. */
export async function goTo(wb: Workbench, at: { line: number; character: number }): Promise<void> {
  await goToLine(wb, at.line + 1, at.character + 1);
}

/** Moves the cursor to a line (1-based) with Go to Line. */
export async function goToLine(wb: Workbench, line: number, column = 1): Promise<void> {
  const { page } = wb;
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitFor(`the cursor on line ${line}`, async () => (await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).count()) > 0 || undefined);
}

/**
 * Opens the Problems panel unless it is showing, and waits until it shows. Ctrl+Shift+M toggles
 * the panel: pressed again while a busy workbench is still opening it, it closes it again, and a
 * panel that opens late takes the keyboard from the editor the test has gone on typing in.
 */
export async function openProblems(wb: Workbench): Promise<void> {
  const panel = wb.page.locator('.markers-panel-container');
  if (await panel.isVisible().catch(() => false)) return;
  await wb.page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: 30000 });
}

/** The Problems panel's rows, each on one line, the panel opened first if it is not showing. */
export async function problemRows(wb: Workbench): Promise<string[]> {
  await openProblems(wb);
  return (await wb.page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
}

/** The text of the active editor, read through the DOM of its visible lines. */
export async function editorLines(wb: Workbench): Promise<string[]> {
  return wb.page.locator('.editor-instance .monaco-editor .view-lines .view-line').allInnerTexts().then((ls) => ls.map((l) => l.replace(/\u00a0/g, ' ')));
}

/** The texts of every row of a virtualised tree or list, scrolling through it. */
export async function allRows(wb: Workbench, container: string): Promise<string[]> {
  const { page } = wb;
  const list = page.locator(container).first();
  await list.waitFor({ state: 'visible' });
  const seen: string[] = [];
  let stable = 0;
  await list.hover();
  for (let i = 0; i < 60 && stable < 3; i++) {
    const before = seen.length;
    for (const t of await list.locator('.monaco-list-row').allInnerTexts()) if (!seen.includes(t)) seen.push(t);
    stable = seen.length === before ? stable + 1 : 0;
    await page.mouse.wheel(0, 120);
    await new Promise((r) => setTimeout(r, 50));
  }
  return seen;
}

/** Puts the keyboard focus back in the active editor, where the cursor was. */
export async function focusEditor(wb: Workbench): Promise<void> {
  await runCommand(wb, 'View: Focus Active Editor Group');
  await wb.page.locator('.editor-instance .monaco-editor.focused').first().waitFor({ state: 'visible' });
}

/**
 * Puts the cursor at the end of the active editor, and waits until it is there: the line in the
 * status bar is the last line number in the gutter. (A key pressed while focus is still on its way
 * back to the editor is lost, and the words typed next would land where the cursor was.)
 */
export async function goToEnd(wb: Workbench): Promise<void> {
  const { page } = wb;
  await waitFor('the cursor at the end of the file', async () => {
    await page.keyboard.press('Control+End');
    await new Promise((r) => setTimeout(r, 150));
    const status = await page.locator('.statusbar-item', { hasText: /^Ln \d+, Col \d+/ }).first().innerText().catch(() => '');
    const line = Number(/Ln (\d+)/.exec(status)?.[1] ?? 0);
    const numbers = (await page.locator('.editor-instance .monaco-editor .margin-view-overlays .line-numbers').allInnerTexts()).map(Number).filter((n) => n > 0);
    return (line > 5 && line === Math.max(0, ...numbers)) || undefined;
  }, 30000, 300);
}

/** The rows of the suggestion list, while it is open. */
export const SUGGESTION_ROWS = '.editor-widget.suggest-widget.visible .monaco-list-row';

/**
 * Selects the suggestion whose row shows `words` (a snippet's row only, with `snippet`), opening the
 * list with Control+Space whenever it is not showing that row. On a busy machine the first list can
 * be an answer given before the server had the last keystrokes, or "No suggestions": a clerk then
 * asks again, and so does this. The row is chosen once it has stayed selected for two looks, so
 * that Enter accepts it rather than starting a new line under a list that is being refreshed.
 */
export async function chooseSuggestion(wb: Workbench, words: string | RegExp, options: { snippet?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const { page } = wb;
  let row = page.locator(SUGGESTION_ROWS, { hasText: words });
  if (options.snippet) row = row.filter({ has: page.locator('.codicon-symbol-snippet') });
  const first = row.first();
  let asked = 0;
  let lastAsked = 0;
  let focusedOnce = false;
  try {
    await waitFor(`the suggestion ${String(words)}`, async () => {
      if (await first.isVisible()) {
        if ((await first.getAttribute('class'))?.includes('focused')) {
          if (focusedOnce) return true;
          focusedOnce = true;
          return undefined;
        }
        focusedOnce = false;
        await page.keyboard.press('ArrowDown');
        return undefined;
      }
      focusedOnce = false;
      if (Date.now() - lastAsked > 3000) {
        if ((await page.locator(SUGGESTION_ROWS).count()) > 0) await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Space');
        lastAsked = Date.now();
        asked++;
      }
      return undefined;
    }, options.timeoutMs ?? 60000, 250);
  } catch (e) {
    await wb.screenshot(`failed-suggestion-${String(words).replace(/[^\w]+/g, '-')}`).catch(() => undefined);
    const shown = await page.locator(SUGGESTION_ROWS).allInnerTexts().catch(() => []);
    const message = await page.locator('.editor-widget.suggest-widget .message').innerText().catch(() => '');
    throw new Error(`${(e as Error).message}\nthe list showed: ${JSON.stringify(shown)} ${message}; Control+Space pressed ${asked} times\nthe editor shows: ${JSON.stringify((await editorLines(wb)).slice(-6))}`);
  }
}

/** Waits for a condition on the editor's lines; on failure says what the last lines were. */
export async function waitForLines(wb: Workbench, what: string, probe: (lines: string[]) => boolean, timeoutMs = 30000): Promise<void> {
  await waitFor(what, async () => probe(await editorLines(wb)) || undefined, timeoutMs).catch(async (e: Error) => {
    await wb.screenshot(`failed-${what.replace(/[^\w]+/g, '-').slice(0, 60)}`).catch(() => undefined);
    throw new Error(`${e.message}\nthe editor shows: ${JSON.stringify((await editorLines(wb)).slice(-8))}`);
  });
}
