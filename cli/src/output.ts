/**
 * Where the command line writes a file (`--out`, or next to the input): never over the file it
 * read, never over an existing file unless asked (`--force`), `-` is standard output, and a write
 * that fails (a full disk, no permission) is one line the clerk can act on, never a stack trace.
 */
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';

/** A file the command cannot write, said in one line; the command exits 2. */
export class OutputError extends Error {}

/** The output names standard output. */
export function isStdout(out: string): boolean {
  return out === '-';
}

/**
 * Writes `bytes` to `out` (`-`: standard output). Refuses when `out` is one of `inputs` (by the
 * file itself, whatever path names it: links and `..` included) and, without `force`, when
 * `out` is an existing file. A new or replaced file is written beside and renamed into place, so
 * a failed write leaves what was there before.
 */
export async function writeOutput(out: string, bytes: Uint8Array | string, inputs: readonly string[], force: boolean): Promise<void> {
  if (isStdout(out)) { await writeStdout(bytes); return; }
  // nothing there (the usual case): a new file; a folder that cannot be looked at fails at the write, said then
  const existing = await fs.stat(out).catch(() => undefined);
  if (existing) {
    for (const input of inputs) {
      // an input that is gone since it was read cannot be the output
      const s = await fs.stat(input).catch(() => undefined);
      if (s && sameFile(s, existing)) throw new OutputError(`${out} is the file being read (${input}): it is never written over. Choose another file with --out.`);
    }
    if (existing.isDirectory()) throw new OutputError(`${out} is a folder: name a file with --out.`);
    // a device or pipe (/dev/null, a FIFO) is written to, not replaced
    if (!existing.isFile()) { await writeDirect(out, bytes); return; }
    if (!force) throw new OutputError(`${out} already exists: add --force to replace it, or choose another file with --out.`);
  }
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, out);
  } catch (e) {
    // the write's failure is what the clerk is told; a temporary file that cannot be removed either is named too
    await fs.rm(tmp, { force: true }).catch((r: Error) => process.stderr.write(`minutes: could not delete ${tmp}: ${r.message}\n`));
    throw new OutputError(`could not write ${out}: ${reason(e)}.`);
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

async function writeDirect(out: string, bytes: Uint8Array | string): Promise<void> {
  try { await fs.writeFile(out, bytes); } catch (e) { throw new OutputError(`could not write ${out}: ${reason(e)}.`); }
}

/** Writes to standard output and waits until it is written (a failure is an OutputError). */
export function writeStdout(bytes: Uint8Array | string): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      process.stdout.write(bytes, (e) => (e ? reject(new OutputError(`could not write to standard output: ${reason(e)}.`)) : resolve()));
    } catch (e) {
      reject(new OutputError(`could not write to standard output: ${reason(e)}.`));
    }
  });
}

/** Why a write failed, in words. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC': return 'the disk is full';
    case 'EDQUOT': return 'the disk quota is used up';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'the disk is read-only';
    case 'ENOENT': return 'its folder does not exist';
    case 'ENOTDIR': return 'part of the path is not a folder';
    case 'EISDIR': return 'it is a folder';
    case 'EPIPE': return 'the reader closed the pipe';
    default: return (e as Error | undefined)?.message?.split('\n')[0] ?? String(e);
  }
}
