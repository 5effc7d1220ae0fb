/**
 * `node --expose-gc out-bench/compare.js --base=/path/to/worktree[,/path/to/another] [--runs=11] [--only=parish]`:
 * the three figures issue 18 compares, in this build and in other builds of the service (older
 * commits built with `npx tsc -b`), in one process, taking turns so that the load of the machine
 * falls on all alike; prints the medians and each ratio ours ÷ other (processor time, see
 * `timeOnce`). For a before/after of a speed change (docs/performance.md):
 * - parse + all diagnostics of the same generated 1 MB texts (our markup and the families of
 *   bench/families.ts);
 * - a keystroke: one character typed in a paragraph in the middle of each 1 MB text, the
 *   document analysed again as the server does (`reanalyze`: one item parsed again, the rules run);
 * - the cold index's work: every meeting of a generated workspace parsed, its index view taken,
 *   and the workspace model built (what the server does before "Read N minutes files", less the
 *   reading of the files, which is the same for every build).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as ours from '#service';
import { single, workspace } from './generate';
import { FAMILIES } from './families';

type Service = Pick<typeof ours, 'analyzeText' | 'DEFAULT_SETTINGS' | 'reanalyze' | 'parse' | 'indexView' | 'buildWorkspace'>;

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const baseDir = arg('base');
const runs = Number(arg('runs') ?? 11);
const only = arg('only');
const SIZE = 1024 * 1024;

function load(dir: string): Service {
  // another build of the service, chosen on the command line; the service has its own package
  // since issue 19, before it was built inside the server's
  const own = path.resolve(dir, 'service', 'out', 'index.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is only known at run time
  return require(fs.existsSync(own) ? own : path.resolve(dir, 'server', 'out', 'service', 'index')) as Service;
}

/**
 * The processor time of one parse + all diagnostics, in ms: on a machine shared with other work the
 * wall clock counts the time the process waited for a core, the processor time only what it did.
 */
function timeOnce(s: Service, text: string): number {
  const settings = { ...s.DEFAULT_SETTINGS, maxFileSize: 64 };
  return cpu(() => { s.analyzeText('file:///c.minutes', 1, text, settings, new Date()); });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The garbage collector, where node runs with `--expose-gc`. */
const collect = (globalThis as { gc?: () => void }).gc;

/**
 * The processor time of `f`, in ms. With `--expose-gc` the garbage of what ran before is collected
 * first, so that no build is charged for another's (the processor time counts the collector's
 * threads too: without it the same build's runs differ by half).
 */
function cpu(f: () => void): number {
  collect?.();
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e3;
}

/** A line of prose near the middle of the text: where a clerk types in an item's discussion. */
function proseLineNear(lines: readonly string[], at: number): number {
  for (let l = at; l < lines.length; l++) if (/^[A-Z][a-z]+ [a-z]+ [a-z]+ .{40,}[a-z]\.$/.test(lines[l])) return l;
  return at;
}

/** One keystroke: a letter typed before the full stop of a prose line, analysed again as the server does. */
function keystrokeOnce(s: Service, text: string): number {
  const settings = { ...s.DEFAULT_SETTINGS, maxFileSize: 64 };
  const prev = s.analyzeText('file:///k.minutes', 1, text, settings, new Date());
  const lines = text.split('\n');
  const l = proseLineNear(lines, Math.floor(lines.length / 2));
  const edited = lines.slice();
  edited[l] = `${lines[l].slice(0, -1)}s.`;
  const source = { count: edited.length, length: text.length + 1, at: (i: number) => edited[i] };
  let next: unknown;
  const ms = cpu(() => { next = s.reanalyze(prev, 2, { first: l, last: l }, source, settings, new Date()); });
  // a build that re-parses the whole document instead counts as that (it says so by undefined)
  return next === undefined ? ms + timeOnce(s, edited.join('\n')) : ms;
}

/** The cold index's work on `files`: each parsed and viewed, then the workspace model built. */
function indexOnce(s: Service, files: readonly { name: string; text: string }[]): number {
  const today = new Date();
  return cpu(() => {
    const docs = files.map((f) => ({ uri: `file:///ws/${f.name}`, doc: s.indexView(s.parse(f.text, {})) }));
    s.buildWorkspace(docs, today);
  });
}

/** One row: `once` of each build, `runs` times taking turns; the medians and fastest runs per `per`, with `digits` decimals, and the ratios. */
function compareRow(name: string, builds: ReadonlyArray<[string, Service]>, runs: number, once: (s: Service) => number, unit: string, per: number, digits = 2): void {
  const samples = new Map<string, number[]>(builds.map(([b]) => [b, []]));
  for (const [, s] of builds) once(s); // warm-up
  for (let i = 0; i < runs; i++) {
    // alternate the order too, so that neither build always runs after the other's garbage
    const order = i % 2 ? [...builds].reverse() : builds;
    for (const [b, s] of order) samples.get(b)!.push(once(s));
  }
  report(name, builds.map(([b]) => b), samples, unit, per, digits);
}

/** One row of the table: each build's median and fastest, and ours ÷ each other build. */
function report(name: string, builds: readonly string[], samples: ReadonlyMap<string, number[]>, unit: string, per: number, digits: number): void {
  const m = new Map([...samples].map(([b, xs]) => [b, median(xs)]));
  // the fastest run too: on a loaded machine the least disturbed one
  const least = new Map([...samples].map(([b, xs]) => [b, Math.min(...xs)]));
  const line = builds.map((b) => `${b} ${(m.get(b)! / per).toFixed(digits)} ${unit} (fastest ${(least.get(b)! / per).toFixed(digits)})`).join(', ');
  const ratios = builds.slice(1).map((b) => `ours ÷ ${b} ${(m.get('ours')! / m.get(b)!).toFixed(2)}× (fastest ${(least.get('ours')! / least.get(b)!).toFixed(2)}×)`);
  process.stdout.write(`${name.padEnd(28)} ${[line, ...ratios].join('; ')}\n`);
}

interface Row {
  readonly name: string;
  readonly once: (s: Service) => number;
  readonly unit: string;
  readonly digits: number;
  /** Its runs in the same process: the cold index's take longer. */
  readonly runs: number;
}

/** The rows, in order: parse + all diagnostics of each text, a keystroke in each, the cold index. Texts made when first asked. */
function rowsOf(): Row[] {
  const texts: Array<[string, () => string]> = [['our markup', () => single(SIZE, 20261122)], ...Object.entries(FAMILIES).map(([name, make]): [string, () => string] => [name, () => make(SIZE)])];
  const memo = new Map<string, string>();
  const text = (name: string, make: () => string): string => { let t = memo.get(name); if (t === undefined) memo.set(name, t = make()); return t; };
  const out: Row[] = [];
  for (const [name, make] of texts) {
    if (only && !name.includes(only)) continue;
    out.push({ name, once: (s) => timeOnce(s, text(name, make)), unit: 'ms/MB', digits: 1, runs });
  }
  if (arg('parts') === 'parse') return out;
  for (const [name, make] of texts) {
    if (only && !name.includes(only)) continue;
    out.push({ name: `keystroke, ${name}`, once: (s) => keystrokeOnce(s, text(name, make)), unit: 'ms', digits: 2, runs });
  }
  if (only) return out;
  let files: Array<{ name: string; text: string }> | undefined;
  const ws = (): Array<{ name: string; text: string }> => (files ??= [...workspace(200, 20261122)]);
  // 200 meetings of about 34 KB: the figure per MB
  out.push({ name: 'cold index, 200 meetings', once: (s) => indexOnce(s, ws()), unit: 'ms/MB', digits: 2, runs: Math.max(5, Math.ceil(runs / 2)) });
  return out;
}

/** The MB a row's figure is per: the text's size (1 MB, give or take) or the workspace's. */
function perOf(row: Row): number {
  if (row.unit === 'ms') return 1;
  if (row.name.startsWith('cold index')) return [...workspace(200, 20261122)].reduce((n, f) => n + f.text.length, 0) / SIZE;
  return row.name === 'our markup' ? single(SIZE, 20261122).length / SIZE : FAMILIES[row.name as keyof typeof FAMILIES](SIZE).length / SIZE;
}

/**
 * `--separate`: each build timed in processes of its own, as a server parses (its heap sized by the
 * work it did, no collection forced before a run, no other build's garbage): a child per build and
 * round, taking turns, each warmed up and then timed `PER_CHILD` times; the figures are the medians of
 * all its runs. The in-process table above forces a collection before each run (`--expose-gc`) so that
 * the builds do not pay for each other's garbage, and then charges each run with the collector's work
 * that collection leaves behind on its helper threads and with growing a heap shrunk to nothing.
 */
const PER_CHILD = 5;

function separate(bases: readonly string[]): void {
  const builds: Array<[string, string]> = [['ours', ''], ...bases.map((d): [string, string] => [path.basename(path.resolve(d)), path.resolve(d)])];
  for (const row of rowsOf()) {
    const samples = new Map<string, number[]>(builds.map(([b]) => [b, []]));
    const rounds = Math.max(2, Math.ceil(row.runs / PER_CHILD) + 1);
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 ? [...builds].reverse() : builds;
      for (const [b, dir] of order) {
        const r = spawnSync(process.execPath, [__filename, `--child=${dir}`, `--row=${row.name}`, ...process.argv.slice(2).filter((a) => /^--(?:runs|only|parts)=/.test(a))], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (r.status !== 0) throw new Error(`${b}, ${row.name}: ${r.stderr}`);
        samples.get(b)!.push(...(JSON.parse(r.stdout) as number[]));
      }
    }
    report(row.name, builds.map(([b]) => b), samples, row.unit, perOf(row), row.digits);
  }
}

/** In a child: one build's runs of one row, after two to warm up; the times on standard output. */
function child(dir: string, name: string): void {
  const s = dir === '' ? ours : load(dir);
  const row = rowsOf().find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name}`);
  row.once(s);
  row.once(s);
  const xs: number[] = [];
  for (let i = 0; i < PER_CHILD; i++) xs.push(row.once(s));
  process.stdout.write(JSON.stringify(xs));
}

function main(): void {
  const childDir = arg('child');
  if (childDir !== undefined) { child(childDir, arg('row') ?? ''); return; }
  if (process.argv.includes('--separate')) { separate(baseDir ? baseDir.split(',') : []); return; }
  const builds: Array<[string, Service]> = [['ours', ours]];
  for (const dir of baseDir ? baseDir.split(',') : []) builds.push([path.basename(path.resolve(dir)), load(dir)]);
  const texts: Array<[string, string]> = [['our markup', single(SIZE, 20261122)], ...Object.entries(FAMILIES).map(([name, make]): [string, string] => [name, make(SIZE)])];
  for (const [name, text] of texts) {
    if (only && !name.includes(only)) continue;
    compareRow(name, builds, runs, (s) => timeOnce(s, text), 'ms/MB', text.length / SIZE, 1);
  }
  if (arg('parts') === 'parse') return;
  for (const [name, text] of texts) {
    if (only && !name.includes(only)) continue;
    compareRow(`keystroke, ${name}`, builds, runs, (s) => keystrokeOnce(s, text), 'ms', 1);
  }
  if (only) return;
  const files = [...workspace(200, 20261122)];
  const mb = files.reduce((n, f) => n + f.text.length, 0) / SIZE;
  compareRow(`cold index, ${files.length} meetings`, builds, Math.max(5, Math.ceil(runs / 2)), (s) => indexOnce(s, files), 'ms/MB', mb);
}

main();
