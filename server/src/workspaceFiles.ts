/**
 * Finds and reads the `.minutes` files of the workspace folders from disk. With `indexStore.ts`,
 * the server's only file-system code; it keeps to `.minutes` files, never follows symbolic links to folders
 * (no loops), and gives up on a folder it cannot read rather than failing.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUri } from './uris';
import { decodeText, encodingNote } from '#service/encoding';

const SKIP = new Set(['node_modules', '.git', '.hg', '.svn', 'out', '.vscode-test']);
/** The most files read from the workspace; MINUTES_MAX_FILES lowers it (tests of what happens beyond it). */
export const MAX_FILES = limitFrom(process.env.MINUTES_MAX_FILES, 20000);

function limitFrom(v: string | undefined, fallback: number): number {
  const n = v === undefined ? NaN : Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export function isMinutesUri(uri: string): boolean {
  return uri.toLowerCase().endsWith('.minutes');
}

export async function listMinutesFiles(folderUri: string, log: (m: string) => void): Promise<string[]> {
  return (await listMinutesFolder(folderUri, log)).uris;
}

/** The folder's `.minutes` files, at most `limit`; `complete` false when there were more (not listed). */
export async function listMinutesFolder(folderUri: string, log: (m: string) => void, limit = MAX_FILES): Promise<{ uris: string[]; complete: boolean }> {
  let root: string;
  try { root = fileURLToPath(folderUri); } catch { return { uris: [], complete: true }; }
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

/** What says a file is unchanged since it was last read: its size and modification time. */
export interface FileStamp { readonly size: number; readonly mtimeMs: number }

/** The stamp of a file, or undefined (with a log line) when it is not a file that can be read. */
export async function statMinutesFile(uri: string, log: (m: string) => void): Promise<FileStamp | undefined> {
  try {
    const stat = await fs.stat(fileURLToPath(uri));
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
  } catch (e) {
    log(`Could not read ${uri}: ${(e as Error).message}`);
    return undefined;
  }
}

/** The text of a minutes file, or undefined (with a log line) when it cannot or should not be read. */
export async function readMinutesFile(uri: string, log: (m: string) => void, stamp?: FileStamp): Promise<string | undefined> {
  try {
    const file = fileURLToPath(uri);
    // a stamp just taken saves a second look at the file
    const size = (stamp ?? await statMinutesFile(uri, log))?.size;
    if (size === undefined) return undefined;
    if (size > MAX_FILE_BYTES) { log(`Skipped ${file}: ${Math.round(size / 1048576)} MB is larger than the ${MAX_FILE_BYTES / 1048576} MB the workspace index reads.`); return undefined; }
    const decoded = decodeText(await fs.readFile(file));
    const note = encodingNote(file, decoded);
    if (note) log(note);
    return decoded.text;
  } catch (e) {
    log(`Could not read ${uri}: ${(e as Error).message}`);
    return undefined;
  }
}

/** Text from bytes, in the encoding `decodeText` finds (UTF-8, UTF-16 with or without a byte order mark, Windows-1252). */
export function decode(bytes: Buffer): string {
  return decodeText(bytes).text;
}
