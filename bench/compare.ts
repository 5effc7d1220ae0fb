/**
 * `node out-bench/compare.js --base=/path/to/worktree[,/path/to/another] [--runs=11] [--only=parish]`:
 * parse + all diagnostics of the same generated 1 MB texts (our markup and the families of
 * bench/families.ts) in this build and in other builds of the service (older commits built with
 * `npx tsc -b`), in one process, taking turns so that the load of the machine falls on all alike;
 * prints the medians and each ratio ours ÷ other (processor time, see `timeOnce`). For a before/after of a speed change (docs/performance.md).
 */
import * as path from 'node:path';
import * as ours from '#service';
import { single } from './generate';
import { FAMILIES } from './families';

type Service = Pick<typeof ours, 'analyzeText' | 'DEFAULT_SETTINGS'>;

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const baseDir = arg('base');
const runs = Number(arg('runs') ?? 11);
const only = arg('only');
const SIZE = 1024 * 1024;

function load(dir: string): Service {
  // another build of the service, chosen on the command line
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is only known at run time
  return require(path.resolve(dir, 'server', 'out', 'service', 'index')) as Service;
}

/**
 * The processor time of one parse + all diagnostics, in ms: on a machine shared with other work the
 * wall clock counts the time the process waited for a core, the processor time only what it did.
 */
function timeOnce(s: Service, text: string): number {
  const settings = { ...s.DEFAULT_SETTINGS, maxFileSize: 64 };
  const t = process.cpuUsage();
  s.analyzeText('file:///c.minutes', 1, text, settings, new Date());
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e3;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main(): void {
  const builds: Array<[string, Service]> = [['ours', ours]];
  for (const dir of baseDir ? baseDir.split(',') : []) builds.push([path.basename(path.resolve(dir)), load(dir)]);
  const texts: Array<[string, string]> = [['our markup', single(SIZE, 20261122)], ...Object.entries(FAMILIES).map(([name, make]): [string, string] => [name, make(SIZE)])];
  for (const [name, text] of texts) {
    if (only && !name.includes(only)) continue;
    const samples = new Map<string, number[]>(builds.map(([b]) => [b, []]));
    for (const [, s] of builds) timeOnce(s, text); // warm-up
    for (let i = 0; i < runs; i++) {
      // alternate the order too, so that neither build always runs after the other's garbage
      const order = i % 2 ? [...builds].reverse() : builds;
      for (const [b, s] of order) samples.get(b)!.push(timeOnce(s, text));
    }
    const m = new Map([...samples].map(([b, xs]) => [b, median(xs)]));
    // the fastest run too: on a loaded machine the least disturbed one
    const least = new Map([...samples].map(([b, xs]) => [b, Math.min(...xs)]));
    const mb = text.length / SIZE;
    const line = builds.map(([b]) => `${b} ${(m.get(b)! / mb).toFixed(1)} ms/MB (fastest ${(least.get(b)! / mb).toFixed(1)})`).join(', ');
    const ratios = builds.slice(1).map(([b]) => `ours ÷ ${b} ${(m.get('ours')! / m.get(b)!).toFixed(2)}× (fastest ${(least.get('ours')! / least.get(b)!).toFixed(2)}×)`);
    process.stdout.write(`${name.padEnd(18)} ${[line, ...ratios].join('; ')}\n`);
  }
}

main();
