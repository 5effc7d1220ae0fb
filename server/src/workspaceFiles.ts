/**
 * Finds the `.minutes` files of the workspace folders on disk (`nodeWorkspace.ts` lists, reads and
 * stats them for the host). It keeps to `.minutes` files, never follows symbolic links to folders
 * (no loops), and gives up on a folder it cannot read (said in the log) rather than failing.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri } from './uris';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'out', '.vscode-test']);
/** The most files read from the workspace; MINUTES_MAX_FILES lowers it (tests of what happens beyond it). */
export const MAX_FILES = limitFrom(process.env.MINUTES_MAX_FILES, 20000);

function limitFrom(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export function isMinutesUri(uri: string): boolean {
  return uri.toLowerCase().endsWith('.minutes');
}

/** The folder's `.minutes` files, at most `limit`; `complete` false when there were more (not listed). */
export async function listMinutesFolder(folderUri: string, log: (m: string) => void, limit = MAX_FILES): Promise<{ uris: string[]; complete: boolean }> {
  let root: string;
  try { root = fileURLToPath(folderUri); } catch (e) { log(`Could not read folder ${folderUri}: ${(e as Error).message}`); return { uris: [], complete: true }; }
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: import('node:fs').Dirent[];
    try { entries = await fs.readdir(dir, { withFileTypes: true }); } catch (e) { log(`Could not read folder ${dir}: ${(e as Error).message}`); continue; }
    for (const e of entries) {
      if (e.isDirectory()) { if (!SKIP.has(e.name) && !e.name.startsWith('.')) stack.push(path.join(dir, e.name)); }
      else if (e.isFile() && e.name.toLowerCase().endsWith('.minutes')) {
        // one file beyond the limit is enough to know the listing is not whole
        if (out.length >= limit) return { uris: out, complete: false };
        out.push(fileUri(path.join(dir, e.name)));
      }
    }
  }
  return { uris: out, complete: true };
}
