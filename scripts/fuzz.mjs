// `npm run fuzz`: the property tests (test/unit/properties.test.ts, incremental.test.ts:
// re-analysis and workspace updates against full builds; words.test.ts: words in angle
// brackets, renames, encodings, invisible characters; confidentialProperties.test.ts: no
// generated mark of confidential business lets its item reach a public output) run again and again with new
// seeds, many runs each, until the time is up (MINUTES_FUZZ_MINUTES, default 10). Stops at the
// first failure, printing the seed that reproduces it. Prints the totals at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROPERTY_TESTS = ['out/unit/properties.test.js', 'out/unit/incremental.test.js', 'out/unit/words.test.js', 'out/unit/confidentialProperties.test.js'];
const minutes = Number(process.env.MINUTES_FUZZ_MINUTES ?? 10);
const runs = Number(process.env.MINUTES_FUZZ_RUNS ?? 3000);
const end = Date.now() + minutes * 60000;
const reportFile = join(mkdtempSync(join(tmpdir(), 'minutes-fuzz-')), 'report.jsonl');
let seed = Number(process.env.MINUTES_FUZZ_SEED ?? Date.now() % 1e9);
let rounds = 0;
while (Date.now() < end) {
  const r = spawnSync(process.execPath, ['--test', ...PROPERTY_TESTS], {
    env: { ...process.env, MINUTES_FUZZ_RUNS: String(runs), MINUTES_FUZZ_SEED: String(seed), MINUTES_FUZZ_REPORT: reportFile },
    encoding: 'utf8',
  });
  rounds++;
  if (r.status !== 0) {
    process.stdout.write(r.stdout + r.stderr);
    process.stdout.write(`\nFailed with seed ${seed}. Reproduce: MINUTES_FUZZ_SEED=${seed} MINUTES_FUZZ_RUNS=${runs} node --test ${PROPERTY_TESTS.join(' ')}\n`);
    process.exit(1);
  }
  seed++;
}
const totals = {};
if (existsSync(reportFile)) for (const line of readFileSync(reportFile, 'utf8').split('\n').filter(Boolean)) { const x = JSON.parse(line); totals[x.what] = (totals[x.what] ?? 0) + x.count; }
process.stdout.write(`Fuzzed for ${minutes} min: ${rounds} rounds of ${runs} runs each, seeds up to ${seed - 1}; ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ')}; failures: 0\n`);
