/**
 * Writing the public website (`service/site`): the command line and the server read the
 * meetings, the service makes the pages, and this writes them into the folder asked for, with the
 * search library copied beside them. It writes only the site's own files (no other file of the
 * folder is touched or deleted), each inside the folder.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SITE_ASSETS, type SiteFile } from '#service';

/**
 * The browser build of minisearch: beside the bundled server (`dist/minisearch.js`, copied by
 * scripts/bundle.mjs, since the .vsix carries no node_modules), or in node_modules.
 */
export async function searchLibrary(): Promise<string> {
  // not bundled (tests, the command line from out/): no copy beside, the one in node_modules is read
  const beside = await fs.readFile(path.join(__dirname, 'minisearch.js'), 'utf8').catch(() => undefined);
  // a name in a variable: the bundler leaves the lookup to run time (the bundle reads the copy beside it)
  const lib = 'minisearch';
  return beside ?? fs.readFile(path.join(path.dirname(require.resolve(lib)), '..', 'umd', 'index.js'), 'utf8');
}

/** The open data files already in the site's folder (`data/`, made by `minutes export`): the home page links them. */
export async function dataFilesIn(out: string): Promise<string[]> {
  // no data folder (the usual case): no open data files to link
  const names = await fs.readdir(path.join(out, 'data')).catch(() => [] as string[]);
  return names.filter((n) => /\.(json|csv|ics)$/i.test(n)).sort().map((n) => `data/${n}`);
}

/** Writes the site's files under `out` (made if missing) and the search library; returns how many files. */
export async function writeSite(out: string, files: readonly SiteFile[]): Promise<number> {
  const root = path.resolve(out);
  const all = [...files, { path: SITE_ASSETS.library, content: await searchLibrary() }];
  for (const f of all) {
    const target = path.resolve(root, f.path);
    // the service makes the paths; still, nothing is written outside the folder
    if (!target.startsWith(root + path.sep)) throw new Error(`${f.path} is outside ${out}`);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, f.content);
  }
  return all.length;
}
