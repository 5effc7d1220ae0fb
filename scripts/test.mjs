#!/usr/bin/env node
/**
 * Runs the tests after the build and the lint (`npm test`), in two groups:
 *
 *  - the service, corpus, reading, grammar, CLI and protocol tests, two files at a time (they need
 *    only Node, and a machine has two cores or more);
 *  - the editor tests (the workbench in code-server and Chromium, Neovim, LibreOffice), one file at
 *    a time, after them: each starts a browser or an editor, and two at once on two cores make
 *    their waits flaky.
 *
 * The editor tests' tools are installed (idempotently, cached in `.tools/`) by `scripts/e2e-setup.sh`
 * and `scripts/office-setup.sh`, started here in the background while the first group runs. Run by
 * the tests themselves, the first install (several minutes on a new machine) fell inside a test's
 * `before` hook and outran its timeout.
 *
 *   node scripts/test.mjs            both groups
 *   node scripts/test.mjs service    the first group only
 *   node scripts/test.mjs editor     the editor tests only (their tools first)
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(ROOT);

const SETUP_LOG = path.join('.tools', 'setup.log');
/** Longer than the slowest first install seen (Chromium, LibreOffice and code-server on a new machine). */
const SETUP_TIMEOUT_MS = 30 * 60 * 1000;

function testFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFiles(p));
    else if (entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

const isEditorTest = (f) => f.startsWith(path.join('out', 'e2e') + path.sep) || f === path.join('out', 'neovim.test.js');

/** Runs a command with the terminal as its output; resolves to its exit status. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(`could not start ${cmd}: ${e.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** The editor tests' tools, installed in the background, their output kept in .tools/setup.log. */
function setupTools() {
  fs.mkdirSync('.tools', { recursive: true });
  const log = fs.openSync(SETUP_LOG, 'w');
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', 'bash scripts/e2e-setup.sh && bash scripts/office-setup.sh'], { stdio: ['ignore', log, log] });
    const timer = setTimeout(() => {
      fs.writeSync(log, `\nstopped after ${SETUP_TIMEOUT_MS / 60000} minutes\n`);
      child.kill('SIGTERM');
    }, SETUP_TIMEOUT_MS);
    child.on('error', () => resolve(1));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fs.closeSync(log);
      resolve(code ?? 1);
    });
  });
}

const nodeTest = (concurrency, files) => run(process.execPath, ['--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files]);

async function main(which) {
  const files = testFiles('out');
  const editor = files.filter(isEditorTest);
  const service = files.filter((f) => !isEditorTest(f));
  const failed = [];
  const setup = which === 'service' ? Promise.resolve(0) : setupTools();
  if (which !== 'editor') {
    if ((await nodeTest(2, service)) !== 0) failed.push('the service, protocol and command-line tests');
  }
  if (which !== 'service') {
    if ((await setup) !== 0) {
      console.error(`\nThe editor tests were not run: installing their tools failed. What the installers said:\n`);
      console.error(fs.readFileSync(SETUP_LOG, 'utf8').split('\n').slice(-40).join('\n'));
      failed.push('the editor tests (their tools could not be installed)');
    } else if ((await nodeTest(1, editor)) !== 0) failed.push('the editor tests');
  }
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join('; ')}.`);
    process.exit(1);
  }
}

const which = process.argv[2] ?? 'all';
if (!['all', 'service', 'editor'].includes(which)) {
  console.error(`unknown group "${which}": say service, editor, or nothing for both`);
  process.exit(2);
}
await main(which);
