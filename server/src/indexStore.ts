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
 *
 * The folder may hold files that are not the server's (a setting pointed at the clerk's own
 * folder): the server deletes or replaces only a file with its part-file name that begins with
 * the marker it writes (`ownFile`), and removes the `index` folder only when nothing else is in it.
 * A part is read only when its size is one its meetings can need (`partBound`): a huge part would
 * take all memory at every start.
 *
 * The host (`#service`'s `createMinutesService`) asks it through the `IndexStore` it declares
 * (`diskIndexStore` below): it reads the workspace's files itself, and asks the saved index first.
 */
import { promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { decodeView, encodeView, INDEX_FORMAT, type FileStamp, type IndexStore, type MinutesDocument, type MinutesSettings, type SavedIndex } from '#service';

const SHARDS = 64;
/** What begins every part the server writes: with the file name, how it knows the file for its own. */
const MARKER = '{"minutesIndex":1,';
const PART_NAME = /^minutes-index-\d\d\.json(?:\.\d+\.tmp)?$/;
/** A part as versions before the marker wrote it (`07.json`, beginning with the key, a SHA-1). */
const LEGACY_NAME = /^\d\d\.json(?:\.\d+\.tmp)?$/;
const LEGACY_HEAD = /^\{"key":"[0-9a-f]{40}","entries":\[/;
/** The largest part read at all, whatever the meetings: parsing a part takes several times its size in memory. */
export const MAX_PART_BYTES = 128 * 1024 * 1024;
/**
 * The saved view of a meeting against its file's size: corpus meetings 0.3-0.5, a hostile file
 * of 5,000 one-line items 28; twice that is still far below what a forged part needs.
 */
const VIEW_PER_FILE_BYTE = 64;

interface Entry { readonly stamp: FileStamp; readonly view: MinutesDocument }

/**
 * The host's `IndexStore` on disk, in the folder the editor gives (asked at each reading): none
 * without a folder; with the clerk's `saveIndex` off, none, and any index saved before is deleted.
 */
export function diskIndexStore(folder: () => string | undefined, log: (m: string) => void): IndexStore {
  return {
    open: async (settings, stamps) => {
      const dir = folder();
      if (dir === undefined) return undefined;
      // the clerk asked for no copy of the meetings outside the folder: none is left from before
      if (!settings.saveIndex) { await DiskIndex.remove(dir, log); return undefined; }
      // keyed by the settings that change parsing: opened again when they change
      return DiskIndex.open(dir, settings, log, stamps);
    },
  };
}

export class DiskIndex implements SavedIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly dirty = new Set<number>();
  private writing: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  private constructor(private readonly dir: string, private readonly key: string, private readonly log: (m: string) => void) {}

  /** The store in `folder` for these settings, with what an earlier session left there read in. */
  static async open(folder: string, settings: MinutesSettings, log: (m: string) => void, files?: ReadonlyMap<string, FileStamp | undefined>): Promise<DiskIndex> {
    const store = new DiskIndex(path.join(folder, 'index'), storeKey(settings), log);
    await store.read(files);
    await store.removeLegacy();
    return store;
  }

  /**
   * Deletes the index saved in `folder`, if any: the parts the server wrote, and the `index`
   * folder when nothing else is left in it. Any other file there is the clerk's and stays.
   */
  static async remove(folder: string, log: (m: string) => void): Promise<void> {
    const dir = path.join(folder, 'index');
    let names: string[];
    // no folder: no index was saved, nothing to delete
    try { names = await fs.readdir(dir); } catch { return; }
    let kept = 0;
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        if (await ownFile(file)) await fs.rm(file, { force: true });
        else kept++;
      } catch (e) {
        kept++;
        log(`Could not delete ${file} of the saved index: ${(e as Error).message}`);
      }
    }
    if (kept > 0) log(`Left ${kept} file(s) in ${dir} that Minutes did not write.`);
    else await fs.rmdir(dir).catch((e: Error) => log(`Could not delete the folder ${dir} of the saved index: ${e.message}`));
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

  /** `files`: the workspace's files and their stamps, which bound what each part may weigh. */
  /** Parts written by versions before the marker are never read again: they go. */
  private async removeLegacy(): Promise<void> {
    // no folder yet: nothing left from before
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(this.dir, name);
      if (LEGACY_NAME.test(name) && await ownFile(file)) await fs.rm(file, { force: true }).catch((e: Error) => this.log(`Could not delete ${file}, left by an earlier version of Minutes: ${e.message}`));
    }
  }

  private async read(files?: ReadonlyMap<string, FileStamp | undefined>): Promise<void> {
    let stale = 0;
    let damaged = 0;
    const bound = partBounds(files);
    // two parts at a time: all 64 at once held every part's text and JSON together (10,000
    // meetings peaked at 1.28 GB of memory against 0.79 GB for a cold start)
    let nextShard = 0;
    const readOne = async (shard: number): Promise<void> => {
      const file = this.fileOf(shard);
      // no part (none saved yet, or this shard empty): written at the next save
      const size = (await fs.stat(file).catch(() => undefined))?.size;
      if (size === undefined) { this.dirty.add(shard); return; }
      if (size > bound[shard]) {
        this.log(`Part ${path.basename(file)} of the saved index is ${mb(size)}, more than the ${mb(bound[shard])} its meetings can need: it is not read, and is written anew.`);
        this.dirty.add(shard);
        return;
      }
      let text: string;
      try { text = await fs.readFile(file, 'utf8'); } catch (e) {
        this.log(`Could not read part ${path.basename(file)} of the saved index (its files are read again, and the part written anew): ${(e as Error).message}`);
        this.dirty.add(shard);
        return;
      }
      // not the server's writing: neither read nor ever written over (see write)
      if (!text.startsWith(MARKER)) { this.log(`${file} was not written by Minutes: it is not read, and left as it is.`); return; }
      try {
        const data = JSON.parse(text) as { key?: unknown; entries?: unknown };
        if (data.key !== this.key || !Array.isArray(data.entries)) { stale++; this.dirty.add(shard); return; }
        let refused = false;
        for (const e of data.entries as unknown[]) {
          const [uri, size, mtimeMs, saved] = Array.isArray(e) ? e as unknown[] : [];
          const view = typeof uri === 'string' && typeof size === 'number' && typeof mtimeMs === 'number' ? decodeView(saved) : undefined;
          if (view) this.entries.set(uri as string, { stamp: { size: size as number, mtimeMs: mtimeMs as number }, view });
          else refused = true;
        }
        // an entry that is not a view: its file is parsed, and the part written anew
        if (refused) { damaged++; this.dirty.add(shard); }
      } catch {
        // not JSON: counted, and said below with the other damaged parts
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
        // a file of that name the server did not write is the clerk's: left as it is, the part not saved
        if (!await ownOrAbsent(file)) { this.log(`Not saving part ${shard} of the index: ${file} was not written by Minutes and is left as it is.`); continue; }
        if (list.length === 0) { await fs.rm(file, { force: true }); continue; }
        const parts: string[] = [];
        for (const [uri, e] of list) {
          parts.push(JSON.stringify([uri, e.stamp.size, e.stamp.mtimeMs, encodeView(e.view)]));
          // a shard of a large archive takes tens of milliseconds to encode: let requests in between
          if (parts.length % 16 === 0) await new Promise((r) => setImmediate(r));
          if (this.closed) return;
        }
        const text = `${MARKER}"key":${JSON.stringify(this.key)},"entries":[${parts.join(',')}]}`;
        const tmp = `${file}.${process.pid}.tmp`;
        // what a crash of an earlier server with this process id left
        if (await ownOrAbsent(tmp)) await fs.rm(tmp, { force: true });
        try {
          await fs.writeFile(tmp, text, { flag: 'wx' });
          await fs.rename(tmp, file);
        } catch (e) {
          // only a file this write created is removed ('wx' never opens one that was there)
          // (a temporary file that cannot be removed either is named in the log; the write's own failure is logged below)
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') await fs.rm(tmp, { force: true }).catch((r: Error) => this.log(`Could not delete ${tmp}: ${r.message}`));
          throw e;
        }
      }
      this.log(`Saved the index of ${this.entries.size} minutes files for the next start in ${Date.now() - started} ms.`);
    } catch (e) {
      // the index still works from memory; the next start reads the files again
      for (const s of shards) this.dirty.add(s);
      this.log(`Could not save the workspace index in ${this.dir}: ${(e as Error).message}`);
    }
  }

  private fileOf(shard: number): string {
    return path.join(this.dir, `minutes-index-${shard.toString().padStart(2, '0')}.json`);
  }
}

/** The file has a part's name and begins with the marker the server writes: the server's own. */
async function ownFile(file: string): Promise<boolean> {
  const name = path.basename(file);
  const legacy = LEGACY_NAME.test(name);
  if (!legacy && !PART_NAME.test(name)) return false;
  let handle: import('node:fs/promises').FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    if (!(await handle.stat()).isFile()) return false;
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('latin1');
    return legacy ? LEGACY_HEAD.test(text) : text.startsWith(MARKER);
  } catch {
    // cannot be opened or read: not known to be the server's, so never deleted nor written over
    return false;
  } finally {
    await handle?.close();
  }
}

async function ownOrAbsent(file: string): Promise<boolean> {
  try { await fs.lstat(file); } catch (e) { return (e as NodeJS.ErrnoException).code === 'ENOENT'; }
  return ownFile(file);
}

/**
 * The most each part may weigh: what its meetings' views can need (by the files' sizes, when
 * known), never more than MAX_PART_BYTES.
 */
function partBounds(files?: ReadonlyMap<string, FileStamp | undefined>): number[] {
  if (!files) return new Array<number>(SHARDS).fill(MAX_PART_BYTES);
  const bytes = new Array<number>(SHARDS).fill(0);
  for (const [uri, stamp] of files) if (stamp) bytes[shardOf(uri)] += stamp.size;
  // a little room for the key, the stamps and a meeting of a few lines
  return bytes.map((b) => Math.min(MAX_PART_BYTES, 64 * 1024 + VIEW_PER_FILE_BYTE * b));
}

function mb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(0)} MB`;
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
