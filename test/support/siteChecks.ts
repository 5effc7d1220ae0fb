/** Checks of a built website: every link of every page leads to a file of the site and, with an anchor, to an element of it. */
import * as path from 'node:path';

export function siteProblems(site: Record<string, string>): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [p, html] of Object.entries(site)) if (p.endsWith('.html')) ids.set(p, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  for (const [p, html] of Object.entries(site)) {
    if (!p.endsWith('.html')) continue;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = m[1].replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      const [file, hash] = link.split('#');
      const target = file ? path.posix.normalize(path.posix.join(path.posix.dirname(p), file)) : p;
      if (!(target in site) && target !== 'assets/minisearch.js') { problems.push(`${p}: ${link} leads nowhere`); continue; }
      if (hash !== undefined && !ids.get(target)?.has(hash)) problems.push(`${p}: ${link} has no #${hash}`);
    }
  }
  return problems;
}
