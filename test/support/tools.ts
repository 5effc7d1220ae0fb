/** Runs scripts/e2e-setup.sh (idempotent, cached) and returns the tools the editor tests use. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './util';

export interface Tools { dir: string; codeServer: string; chromium: string; nvim: string }

let cached: Tools | undefined;

export function setupTools(): Tools {
  if (cached) return cached;
  const r = spawnSync('bash', [path.join(ROOT, 'scripts', 'e2e-setup.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60 * 1000 });
  if (r.status !== 0) throw new Error(`scripts/e2e-setup.sh failed (status ${r.status}); the editor tests need its tools`);
  const vars = Object.fromEntries(r.stdout.trim().split('\n').map((l) => l.split('=', 2) as [string, string]));
  cached = { dir: vars.TOOLS, codeServer: vars.CODE_SERVER, chromium: vars.CHROMIUM, nvim: vars.NVIM };
  return cached;
}
