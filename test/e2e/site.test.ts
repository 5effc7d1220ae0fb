/**
 * The public website in the real browser of the editor tests (Debian's Chromium, headless, driven
 * by playwright-core; no workbench needed): every page type checked with axe-core against WCAG 2.2
 * AA (zero violations), reached by keyboard (skip link first, focus visible), with its landmarks;
 * no request leaves the site; the registers work with JavaScript off and filter with it; search
 * finds offline; a phone's width needs no sideways scrolling; print leaves the navigation out.
 * One screenshot per page type (test-results/e2e/site-*.png; docs/images has copies).
 */
import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { setupTools } from '../support/tools';
import { CORPUS, ROOT } from '../support/util';
import { SCREENSHOTS } from './workbench';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json' };

let browser: Browser;
let server: http.Server;
let origin: string;
let out: string;
/** The corpus (published minutes of three meetings) as a second site, served beside the first. */
let corpusOut: string;
/** Every URL the pages asked for: none may leave the site. */
const requested: string[] = [];
/** What the browser reported: a refused script or style (Content-Security-Policy) would be here. */
const consoleErrors: string[] = [];

before(async () => {
  const tools = setupTools();
  // the fixture board's three meetings, and one with a confidential item (test/fixtures/publish)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-e2e-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'workspace'))) fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', f), path.join(folder, f));
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), path.join(folder, '2022-11-22.minutes'));
  out = path.join(folder, 'site');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'site', folder, '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const corpus = path.join(folder, 'corpus');
  fs.mkdirSync(corpus);
  for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) fs.copyFileSync(path.join(CORPUS, f), path.join(corpus, f.replace(/\.txt$/, '.minutes')));
  corpusOut = path.join(out, 'corpus-site');
  const c = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), 'site', corpus, '--out', corpusOut], { encoding: 'utf8' });
  assert.equal(c.status, 0, c.stderr);
  server = http.createServer((req, res) => {
    const p = path.join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!p.startsWith(out) || !fs.existsSync(p) || !fs.statSync(p).isFile()) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(p)] ?? 'application/octet-stream' });
    res.end(fs.readFileSync(p));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: tools.chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'] });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await new Promise((resolve) => server?.close(resolve));
});

async function open(pagePath: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1100, height: 800 } });
  const page = await context.newPage();
  page.on('request', (r) => requested.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${pagePath}: ${m.text()}`); });
  await page.goto(`${origin}/${pagePath}`, { waitUntil: 'load' });
  return page;
}

/** axe-core, run in the page (evaluated by the test, not a script of the page: the page's policy stays as it is). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  }, WCAG);
  return violations;
}

const PAGE_TYPES: ReadonlyArray<readonly [string, string]> = [
  ['home', 'index.html'], ['meeting', 'meetings/2022-10-25.html'], ['decisions', 'decisions.html'], ['actions', 'actions.html'], ['attendance', 'attendance.html'], ['search', 'search.html?q=repeat-caller'],
];

for (const [type, pagePath] of PAGE_TYPES) {
  test(`${type} page: no WCAG 2.2 AA violation, landmarks, the skip link first and focus visible`, { timeout: 120000 }, async () => {
    const page = await open(pagePath);
    if (type === 'search') await page.waitForSelector('#results li', { timeout: 30000 });
    assert.deepEqual(await axeViolations(page), [], `${type} page`);
    const landmarks = await page.evaluate(() => ({
      banner: document.querySelectorAll('body > header').length, main: document.querySelectorAll('main').length,
      contentinfo: document.querySelectorAll('body > footer').length, siteNav: document.querySelectorAll('header nav[aria-label="Site"]').length,
      h1: document.querySelectorAll('h1').length, lang: document.documentElement.lang,
    }));
    assert.deepEqual(landmarks, { banner: 1, main: 1, contentinfo: 1, siteNav: 1, h1: 1, lang: 'en-GB' });
    // as a reader first sees it (before the keyboard moves anything)
    await page.screenshot({ path: path.join(SCREENSHOTS, `site-${type}.png`), fullPage: type !== 'actions' && type !== 'meeting' });
    // the first Tab reaches the skip link, shown with a visible focus ring; Enter moves focus to the content
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement;
      const r = a.getBoundingClientRect();
      const s = getComputedStyle(a);
      return { text: a.textContent, inView: r.left >= 0 && r.top >= 0 && r.width > 0, outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 };
    });
    assert.deepEqual(skip, { text: 'Skip to content', inView: true, outline: true });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    // the next Tab goes on into the content: a link or control there, its focus visible too
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => { const a = document.activeElement as HTMLElement; return { inMain: !!a.closest('main'), outline: getComputedStyle(a).outlineStyle !== 'none' }; });
    assert.deepEqual(next, { inMain: true, outline: true });
    await page.context().close();
  });
}

test('the corpus as a website: every page passes the WCAG 2.2 AA check', { timeout: 300000 }, async () => {
  const pages = fs.readdirSync(corpusOut, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
  assert.ok(pages.filter((p) => p.startsWith('meetings/')).length === 3, pages.join(', '));
  for (const p of pages) {
    const page = await open(`corpus-site/${p}`);
    if (p === 'search.html') await page.waitForSelector('#search-form:not([hidden])');
    assert.deepEqual(await axeViolations(page), [], p);
    await page.context().close();
  }
});

test('no request leaves the site and the Content-Security-Policy refuses nothing of ours', () => {
  assert.ok(requested.length > 0);
  assert.deepEqual(requested.filter((u) => !u.startsWith(origin)), []);
  assert.deepEqual(consoleErrors, []);
});

test('with JavaScript off the registers list everything and the meeting links work; with it, the filters narrow the list', { timeout: 120000 }, async () => {
  const off = await open('actions.html', { javaScript: false });
  const plain = await off.evaluate(() => ({ rows: document.querySelectorAll('#actions tbody tr').length, visible: [...document.querySelectorAll('#actions tbody tr')].filter((r) => (r as HTMLElement).offsetParent !== null).length, form: (document.querySelector('form.filters') as HTMLElement).offsetParent !== null }));
  assert.ok(plain.rows >= 3 && plain.visible === plain.rows && !plain.form, JSON.stringify(plain));
  const search = await open('search.html', { javaScript: false });
  assert.ok(await search.isVisible('#search-note'), 'without JavaScript the search page says how else to find a meeting');
  await off.context().close(); await search.context().close();

  const on = await open('actions.html');
  await on.waitForSelector('form.filters:not([hidden])');
  await on.selectOption('#f-status', 'done');
  const done = await on.evaluate(() => [...document.querySelectorAll('#actions tbody tr')].filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).dataset.status));
  assert.ok(done.length >= 1 && done.every((s) => s === 'done'), JSON.stringify(done));
  assert.match(await on.textContent('#actions-count') ?? '', /^\d+ of \d+ shown$/);
  // the reference in a later meeting leads to the minute of the meeting it names
  const meeting = await open('meetings/2022-10-25.html', { javaScript: false });
  await meeting.click('a[href="2022-09-27.html#079-22"]');
  await meeting.waitForURL(/2022-09-27\.html#079-22$/);
  assert.equal(await meeting.evaluate(() => document.querySelector(':target')?.id), '079-22');
  await on.context().close(); await meeting.context().close();
});

test('the search finds offline what the minutes say, and nothing of a confidential item', { timeout: 120000 }, async () => {
  const page = await open('search.html');
  await page.fill('#q', 'repeat-caller');
  await page.click('#search-form button');
  await page.waitForSelector('#results li a');
  assert.equal(await page.getAttribute('#results li a', 'href'), 'meetings/2022-09-27.html#079-22');
  // 088/22 of 22/11/2022 is confidential: its words are in no page and not in the index
  const secret = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), 'utf8').split('\n').find((l) => /^088\/22/.test(l))!;
  const word = secret.replace(/^088\/22\s*\[[^\]]*\]\s*/, '').split(/\s+/).find((w) => w.length > 5)!;
  await page.fill('#q', word);
  await page.click('#search-form button');
  await page.waitForFunction(() => /No minute matches|match/.test(document.getElementById('search-status')?.textContent ?? ''));
  assert.equal(await page.locator('#results li').count(), 0, `"${word}" found`);
  await page.context().close();
});

test('on a phone the pages need no sideways scrolling, and print leaves out the navigation and filters', { timeout: 120000 }, async () => {
  for (const [, p] of PAGE_TYPES) {
    const page = await open(p, { width: 360 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `${p} is ${overflow}px wider than a phone`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('header nav')!).display), 'none', p);
    await page.context().close();
  }
});
