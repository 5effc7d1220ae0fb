/**
 * `minutes site FOLDER --out DIR`: the website built from a fixture folder and from the corpus
 * (published minutes, as .minutes files), written to disk, every link of every page leading to a
 * file and an anchor of the site, the search library copied beside it, the search index readable.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import MiniSearch from 'minisearch';
import { CORPUS, ROOT } from '../support/util';
import { siteProblems } from '../support/siteChecks';

function cli(...args: string[]): { code: number | null; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, err: r.stderr };
}

function readSite(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String)) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isFile()) out[f.split(path.sep).join('/')] = fs.readFileSync(p, 'utf8');
  }
  return out;
}

const searchOptions = { idField: 'id', fields: ['title', 'text', 'number', 'meeting'], storeFields: ['url', 'meeting', 'number', 'title'] };

test('minutes site builds the website of a folder of meetings, and rebuilds it in place', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-'));
  const r = cli('site', path.join('test', 'fixtures', 'workspace'), '--out', out, '--title', 'West Midlands <SPCB>');
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /wrote the website of 3 meetings/);
  const site = readSite(out);
  assert.ok(['index.html', 'decisions.html', 'actions.html', 'attendance.html', 'search.html', 'search-index.json', 'assets/site.css', 'assets/filter.js', 'assets/search.js', 'assets/minisearch.js',
    'meetings/2022-07-26.html', 'meetings/2022-09-27.html', 'meetings/2022-10-25.html'].every((f) => f in site), Object.keys(site).join(', '));
  // the browser build of the maintained library, as published, defining the MiniSearch global
  assert.match(site['assets/minisearch.js'], /MiniSearch/);
  assert.match(site['index.html'], /<title>Meetings – West Midlands &#60;SPCB&#62;<\/title>/);
  assert.deepEqual(siteProblems(site), []);
  // built again into the same folder: the site's own files are replaced, nothing else asked
  assert.equal(cli('site', path.join('test', 'fixtures', 'workspace'), '--out', out).code, 0);
});

test('minutes site links the open data files already in the folder (data/), and only those', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-'));
  fs.mkdirSync(path.join(out, 'data'));
  fs.writeFileSync(path.join(out, 'data', 'record.json'), '{}');
  fs.writeFileSync(path.join(out, 'data', 'actions.csv'), '');
  fs.writeFileSync(path.join(out, 'data', 'notes.txt'), '');
  assert.equal(cli('site', path.join('test', 'fixtures', 'workspace'), '--out', out).code, 0);
  const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  assert.match(home, /<h2>Open data<\/h2>[\s\S]*<li><a href="data\/actions.csv">data\/actions.csv<\/a><\/li><li><a href="data\/record.json">data\/record.json<\/a><\/li><\/ul>/);
  assert.doesNotMatch(home, /notes\.txt/);
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-'));
  assert.equal(cli('site', path.join('test', 'fixtures', 'workspace'), '--out', bare).code, 0);
  assert.doesNotMatch(fs.readFileSync(path.join(bare, 'index.html'), 'utf8'), /Open data/);
});

test('minutes site refuses a folder that holds other things, and never builds the full version', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-site-'));
  fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
  const r = cli('site', path.join('test', 'fixtures', 'workspace'), '--out', out);
  assert.equal(r.code, 2);
  assert.match(r.err, /is not empty and holds no website built before: choose an empty folder, or add --force/);
  assert.deepEqual(fs.readdirSync(out), ['notes.txt']);
  assert.match(cli('site', path.join('test', 'fixtures', 'workspace'), '--out', out, '--version', 'full').err, /built from the public version only/);
  assert.match(cli('site', path.join('test', 'fixtures', 'workspace')).err, /Name the folder to write the website into with --out DIR/);
  assert.equal(cli('site', path.join('test', 'fixtures', 'workspace'), '--out', out, '--force').code, 0);
  assert.equal(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8'), 'mine', 'no other file touched');
});

test('minutes site builds the corpus: every meeting, every link, and the search finds what the minutes say', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-corpus-'));
  for (const f of fs.readdirSync(CORPUS).filter((x) => x.endsWith('.txt'))) fs.copyFileSync(path.join(CORPUS, f), path.join(folder, f.replace(/\.txt$/, '.minutes')));
  const out = path.join(folder, 'site');
  const r = cli('site', folder, '--out', out);
  assert.equal(r.code, 0, r.err);
  const site = readSite(out);
  // the three boards' meetings of the corpus: 21 January 2020, 27 September 2022, 19 December 2023
  for (const y of ['2020', '2022', '2023']) assert.match(site['index.html'], new RegExp(`<h2 id="y${y}">${y}</h2>`));
  const sept = site['meetings/2022-09-27.html'];
  for (const id of ['077-22', '078-22', '079-22', '080-22']) assert.match(sept, new RegExp(`id="${id}"`));
  assert.deepEqual(siteProblems(site), []);
  // 080/22, questions from members of the Board: the Connect System and hit-and-run collisions
  const index = MiniSearch.loadJSON(site['search-index.json'], searchOptions);
  assert.equal(index.search('Connect System', { combineWith: 'AND' })[0]?.url, 'meetings/2022-09-27.html#080-22');
});
