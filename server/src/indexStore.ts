/**
 * The workspace index kept on disk between sessions, in the folder the editor gives the server
 * for this workspace (VS Code's workspace storage). Reopening a folder then parses only the
 * files that changed since: a file whose size and modification time are those recorded (the
 * test VS Code itself uses for a file's version) gets its index view back from the store.
 *
 * The views are in 64 shards chosen by a hash of the file's URI, so an edit rewrites one shard,
 * not the whole index; a shard is written to a temporary file and renamed over the old one, so a
 * crash mid-write leaves the previous shard whole. Each shard carries a key made of the format,
 * the settings that change parsing and the server's own code as loaded: a rebuilt or updated
 * server, or other settings, parse every file again. A damaged shard is ignored and rewritten.
 */
import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { decodeView, encodeView, INDEX_FORMAT, type MinutesDocument, type MinutesSettings } from './service/index';
import type { FileStamp } from './workspaceFiles';

const SHARDS = 64;

interface Entry { readonly stamp: FileStamp; readonly view: MinutesDocument }

export class IndexStore {
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<number>();
  private writing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  private constructor(private readonly dir: string, private readonly key: string, private readonly log: (m: string) => void) {}

  /** The store in `folder` for these settings, with what an earlier session left there read in. */
  static async open(folder: string, settings: MinutesSettings, log: (m: string) => void): Promise<IndexStore> {
    const store = new IndexStore(path.join(folder, 'index'), storeKey(settings), log);
    await store.read();
    return store;
  }

  /** Deletes the index saved in `folder`, if any. */
  static async remove(folder: string, log: (m: string) => void): Promise<void> {
    try {
      await fs.rm(path.join(folder, 'index'), { recursive: true, force: true });
    } catch (e) {
      log(`Could not delete the saved index in ${folder}: ${(e as Error).message}`);
    }
  }

  /** The view recorded for `uri` when the file is as it was then; the caller parses it otherwise. */
  lookup(uri: string, stamp: FileStamp): MinutesDocument | undefined {
    const e = this.entries.get(uri);
    return e && e.stamp.size === stamp.size && e.stamp.mtimeMs === stamp.mtimeMs ? e.view : undefined;
  }

  put(uri: string, stamp: FileStamp, view: MinutesDocument): void {
    this.entries.set(uri, { stamp, view });
    this.dirty.add(shardOf(uri));
  }

  remove(uri: string): void {
    if (this.entries.delete(uri)) this.dirty.add(shardOf(uri));
  }

  /** Forgets the files that are no longer in the workspace. */
  retain(uris: Iterable<string>): void {
    const keep = new Set(uris);
    for (const uri of [...this.entries.keys()]) if (!keep.has(uri)) this.remove(uri);
  }

  /** Writes the changed shards a little later: a burst of file changes writes each shard once. */
  saveSoon(delayMs = 2000): void {
    this.cancelPending();
    this.timer = setTimeout(() => { this.timer = undefined; void this.save(); }, delayMs);
  }

  /** Writes the shards changed since the last save; one save at a time, in order. */
  save(): Promise<void> {
    this.cancelPending();
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  /** Stops saving (the folder is read again into a new store): resolves once no write is under way. */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelPending();
    await this.writing;
  }

  private cancelPending(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async read(): Promise<void> {
    let stale = 0;
    let damaged = 0;
    // two parts at a time: all 64 at once held every part's text and JSON together (10,000
    // meetings peaked at 1.28 GB of memory against 0.79 GB for a cold start)
    let nextShard = 0;
    const readOne = async (shard: number): Promise<void> => {
      let text: string;
      try { text = await fs.readFile(this.fileOf(shard), 'utf8'); } catch { this.dirty.add(shard); return; }
      try {
        const data = JSON.parse(text) as { key?: unknown; entries?: unknown };
        if (data.key !== this.key || !Array.isArray(data.entries)) { stale++; this.dirty.add(shard); return; }
        for (const e of data.entries as unknown[]) {
          if (!Array.isArray(e) || typeof e[0] !== 'string' || typeof e[1] !== 'number' || typeof e[2] !== 'number') continue;
          const view = decodeView(e[3]);
          if (view) this.entries.set(e[0], { stamp: { size: e[1], mtimeMs: e[2] }, view });
        }
      } catch {
        damaged++;
        this.dirty.add(shard);
      }
    };
    await Promise.all([0, 1].map(async () => { while (nextShard < SHARDS) await readOne(nextShard++); }));
    if (stale > 0) this.log(`The saved index of this workspace was written by another version of Minutes or with other settings (${stale} of ${SHARDS} parts): their files are read again.`);
    if (damaged > 0) this.log(`${damaged} of ${SHARDS} parts of the saved index of this workspace are damaged: their files are read again, and the parts written anew.`);
  }

  private async write(): Promise<void> {
    if (this.dirty.size === 0 || this.closed) return;
    const started = Date.now();
    const shards = [...this.dirty];
    this.dirty.clear();
    const byShard = new Map<number, Array<[string, Entry]>>();
    for (const s of shards) byShard.set(s, []);
    for (const [uri, e] of this.entries) byShard.get(shardOf(uri))?.push([uri, e]);
    try {
      await fs.mkdir(this.dir, { recursive: true });
      for (const [shard, list] of byShard) {
        if (this.closed) return;
        const file = this.fileOf(shard);
        if (list.length === 0) { await fs.rm(file, { force: true }); continue; }
        const parts: string[] = [];
        for (const [uri, e] of list) {
          parts.push(JSON.stringify([uri, e.stamp.size, e.stamp.mtimeMs, encodeView(e.view)]));
          // a shard of a large archive takes tens of milliseconds to encode: let requests in between
          if (parts.length % 16 === 0) await new Promise((r) => setImmediate(r));
          if (this.closed) return;
        }
        const text = `{"key":${JSON.stringify(this.key)},"entries":[${parts.join(',')}]}`;
        const tmp = `${file}.${process.pid}.tmp`;
        await fs.writeFile(tmp, text);
        await fs.rename(tmp, file);
      }
      this.log(`Saved the index of ${this.entries.size} minutes files for the next start in ${Date.now() - started} ms.`);
    } catch (e) {
      // the index still works from memory; the next start reads the files again
      for (const s of shards) this.dirty.add(s);
      this.log(`Could not save the workspace index in ${this.dir}: ${(e as Error).message}`);
    }
  }

  private fileOf(shard: number): string {
    return path.join(this.dir, `${shard.toString().padStart(2, '0')}.json`);
  }
}

function shardOf(uri: string): number {
  // FNV-1a: stable across runs and machines, unlike anything seeded
  let h = 0x811c9dc5;
  for (let i = 0; i < uri.length; i++) h = Math.imul(h ^ uri.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** The settings that change what is read from a file on disk: when they change, every file is read again. */
export function readingSettings(s: MinutesSettings): string {
  return JSON.stringify([s.numbering, s.dateOrder, s.maxFileSize]);
}

/** What a view depends on besides the file: the format, the settings that change parsing, and the server's code. */
function storeKey(settings: MinutesSettings): string {
  const h = createHash('sha1');
  h.update(`${INDEX_FORMAT}\0${readingSettings(settings)}`);
  // every module file the server loaded (one file when bundled): any rebuild changes the key
  for (const file of Object.keys(require.cache).sort()) {
    try {
      const s = statSync(file);
      h.update(`\n${file}\0${s.size}\0${s.mtimeMs}`);
    } catch { /* a module loaded from memory has no file to stat */ }
  }
  return h.digest('hex');
}
