// `npm run fuzz`: the property tests (test/unit/properties.test.ts, incremental.test.ts:
// re-analysis and workspace updates against full builds; familyProperties.test.ts: the layouts
// and corpus files of every family, mutated; words.test.ts: words in angle brackets, renames,
// encodings, invisible characters; confidentialProperties.test.ts: no generated mark of
// confidential business lets its item reach a public output) run again and again with new seeds
// until the time is up (MINUTES_FUZZ_MINUTES, default 10). Stops at the first failure, printing
// the seed that reproduces it. Prints the totals at the end.
//
// It prints each test as it passes, and ends on time: a round starts with MINUTES_FUZZ_RUNS runs a
// property (default 300, what CI runs), doubles them while a round takes under two minutes (up to
// MINUTES_FUZZ_MAX_RUNS, default 5000), and a round still running when the time is up is stopped
// (and said so: it is not a failure). Before, every round ran 3000 runs a property in one silent
// child process and the clock was read only between rounds: one round took longer than 20 minutes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROPERTY_TESTS = ['out/unit/properties.test.js', 'out/unit/incremental.test.js', 'out/unit/familyProperties.test.js', 'out/unit/words.test.js', 'out/unit/confidentialProperties.test.js'];
const minutes = Number(process.env.MINUTES_FUZZ_MINUTES ?? 10);
let runs = Number(process.env.MINUTES_FUZZ_RUNS ?? 300);
const maxRuns = Number(process.env.MINUTES_FUZZ_MAX_RUNS ?? 5000);
const started = Date.now();
const end = started + minutes * 60000;
const reportFile = join(mkdtempSync(join(tmpdir(), 'minutes-fuzz-')), 'report.jsonl');
let seed = Number(process.env.MINUTES_FUZZ_SEED ?? Date.now() % 1e9);
const firstSeed = seed;
let rounds = 0;
let cut = false;
const clock = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const say = (line) => process.stdout.write(`[${clock()}] ${line}\n`);

/** Runs one test file; resolves with its exit status, its output, and whether the time limit stopped it. */
function runFile(file, seedNow, runsNow) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', file], {
      env: { ...process.env, MINUTES_FUZZ_RUNS: String(runsNow), MINUTES_FUZZ_SEED: String(seedNow), MINUTES_FUZZ_REPORT: reportFile },
    });
    let output = '';
    let pending = '';
    let stopped = false;
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      output += chunk;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      // progress: each test of a file as it ends ("ok 3 - …" / "not ok 3 - …", at the top level of the TAP stream)
      for (const l of lines) if (/^(?:not )?ok \d+ - /.test(l)) say(`  ${l}`);
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const timer = setTimeout(() => { stopped = true; child.kill('SIGKILL'); }, Math.max(0, end - Date.now()));
    child.on('close', (status) => { clearTimeout(timer); resolve({ status, output, stopped, file }); });
  });
}

while (Date.now() < end) {
  rounds++;
  const began = Date.now();
  say(`round ${rounds}: seed ${seed}, ${runs} runs a property, ${Math.round((end - began) / 1000)} s left`);
  // one file at a time: each test is printed as it passes (files run side by side report only at their end)
  let r;
  for (const file of PROPERTY_TESTS) {
    r = await runFile(file, seed, runs);
    if (r.stopped || r.status !== 0) break;
  }
  if (r.stopped) {
    say(`round ${rounds} stopped at the time limit (not a failure; its finished tests are counted)`);
    cut = true;
    break;
  }
  if (r.status !== 0) {
    process.stdout.write(r.output);
    process.stdout.write(`\nFailed with seed ${seed}. Reproduce: MINUTES_FUZZ_SEED=${seed} MINUTES_FUZZ_RUNS=${runs} node --test ${r.file}\n`);
    process.exit(1);
  }
  const took = Date.now() - began;
  say(`round ${rounds} passed in ${(took / 1000).toFixed(0)} s`);
  if (took < 120000) runs = Math.min(maxRuns, runs * 2);
  seed++;
}
const totals = {};
if (existsSync(reportFile)) for (const line of readFileSync(reportFile, 'utf8').split('\n').filter(Boolean)) { const x = JSON.parse(line); totals[x.what] = (totals[x.what] ?? 0) + x.count; }
process.stdout.write(`Fuzzed for ${((Date.now() - started) / 60000).toFixed(1)} min (limit ${minutes}): ${rounds} rounds${cut ? ' (the last stopped at the limit)' : ''}, seeds ${firstSeed}–${cut ? seed : seed - 1}; ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ')}; failures: 0\n`);
