/**
 * The language server's entry in the .vsix and for `minutes-language-server` (dist/server.js):
 * it runs the bundled server (dist/serverCode.js, beside it) through V8's code cache.
 *
 * Why: the server is 3 MB of code. A process that starts parses and compiles it afresh, and
 * compiles again each function the first reading of a meeting runs; that is most of a start, and a
 * good part of the first opening of a folder. V8 can save what it compiled and take it back in a
 * later process (what Node 22's `module.enableCompileCache` does for every module). So the first
 * server to run writes the cache, and each later one starts from it.
 *
 * Where: `--code-cache=<folder>` (VS Code's client gives the extension's own storage), or else, on
 * Linux and macOS, a folder of the user's own in the system's temporary folder (on Windows, whose
 * temporary folder may be shared, only the folder given). What a cache holds is run as code, so it
 * is read only from a folder, and as a file, that belong to this user, that no one else may write
 * to, and that are no symbolic links; and only when the digest written beside it matches (V8 checks a
 * cache's header, not its body). Its name carries a hash of the server's code and of the engine's
 * flags, so another version or a debugging run never reads it.
 *
 * Nothing here may stop the server: a cache that cannot be read, written or used is passed over.
 * `MINUTES_LAUNCH_TRACE=1` writes what was done with the cache to the standard error (the
 * server's log in VS Code).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as vm from 'node:vm';
import { READER_IMPORT } from './extract/readerFiles';

const CODE = path.join(__dirname, 'serverCode.js');
/** Written again when the process compiled this much more than the cache it read held. */
const GROWTH = 1.1;
/** A server that found no cache it could take writes one this long after its start, as well as when it ends. */
const WRITE_AFTER_MS = 10_000;
/** What this launcher names its caches; another version's not written for STALE_MS is removed, as is a partial write a day old. */
const CACHE_FILE = /^server-[0-9a-f]{24}\.bin$/;
const PARTIAL_FILE = /^server-[0-9a-f]{24}\.bin\.\d+\.tmp$/;
const STALE_MS = 30 * 24 * 3600 * 1000;
const PARTIAL_STALE_MS = 24 * 3600 * 1000;
/** The digest of the cache's body, written before it. */
const DIGEST_BYTES = 32;

/** How scripts/bundle.mjs opens the server's code: Node's loader's function around a CommonJS module. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';
/** Module.wrap's signature, as Node's own loader calls a CommonJS module. */
type Wrapped = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

const trace = process.env.MINUTES_LAUNCH_TRACE === '1'
  ? (line: string): void => { process.stderr.write(`[minutes launch] ${line}\n`); }
  : (): void => undefined;

const posix = typeof process.getuid === 'function';
const digest = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

function cacheFolder(): string | undefined {
  const given = process.argv.find((a) => a.startsWith('--code-cache='))?.slice('--code-cache='.length);
  if (given) return given;
  return posix ? path.join(os.tmpdir(), `minutes-code-cache-${process.getuid!()}`) : undefined;
}

/** Owned by this user, and no one else may write to it (on Windows: no owners to compare). */
function isOwn(st: fs.Stats): boolean {
  return !posix || (st.uid === process.getuid!() && (st.mode & 0o022) === 0);
}

/** The folder, made if need be, when it is this user's alone and no link; undefined otherwise. */
function ownFolder(folder: string): string | undefined {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(folder);
    if (st.isDirectory() && isOwn(st)) return folder;
    trace(`not used: ${folder} is ${st.isDirectory() ? 'a folder others may write to, or not this user\'s' : 'no folder'}`);
  } catch (e) {
    trace(`not used: ${folder}: ${(e as Error).message}`);
  }
  return undefined;
}

/** The cache's body, when the file is this user's own, no link, and its digest matches. */
function readCache(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW (where there is one): a link put in the cache's place is not followed
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    const st = fs.fstatSync(fd);
    if (!st.isFile() || !isOwn(st)) { trace(`not read: ${file} is not this user's own file`); return undefined; }
    const all = fs.readFileSync(fd);
    const body = all.subarray(DIGEST_BYTES);
    if (all.length <= DIGEST_BYTES || !digest(body).equals(all.subarray(0, DIGEST_BYTES))) { trace(`not read: ${file} is damaged`); return undefined; }
    return body;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') trace(`not read: ${file}: ${(e as Error).message}`);
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes the cache whole (its digest first) or not at all; whether it was written. */
function writeCache(file: string, data: Buffer): boolean {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(partial, Buffer.concat([digest(data), data]), { mode: 0o600, flag: 'wx' });
    // a rename replaces the file whole: a server starting meanwhile reads the old cache or the new
    fs.renameSync(partial, file);
    trace(`written: ${file} (${data.length} bytes)`);
    return true;
  } catch (e) {
    trace(`not written: ${file}: ${(e as Error).message}`);
    try { fs.rmSync(partial, { force: true }); } catch { /* nothing to tidy */ }
    return false;
  } finally {
    prune(file);
  }
}

/**
 * The caches of other versions of the server that no server has written for a month (after an
 * update, the old version's cache is never read again; a version still in use writes its own
 * again when it ends), and partial writes of a process that was stopped while writing.
 */
function prune(kept: string): void {
  const folder = path.dirname(kept);
  const now = Date.now();
  try {
    for (const name of fs.readdirSync(folder)) {
      const other = path.join(folder, name);
      const stale = CACHE_FILE.test(name) ? STALE_MS : PARTIAL_FILE.test(name) ? PARTIAL_STALE_MS : undefined;
      if (other === kept || stale === undefined) continue;
      if (fs.lstatSync(other).mtimeMs < now - stale) fs.rmSync(other, { force: true });
    }
  } catch { /* left for the next time */ }
}

function run(): void {
  // the bundle is ASCII, written inside the loader's function (scripts/bundle.mjs says why): read a
  // byte a character and compiled as read, the one copy of the server's text the process keeps
  const read = fs.readFileSync(CODE, 'latin1');
  const source = read.startsWith(WRAPPER) ? read : Module.wrap(read);
  const given = cacheFolder();
  const folder = given === undefined ? undefined : ownFolder(given);
  // the engine's flags too (`--nolazy` when debugging): V8 refuses a cache made with other flags
  const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 24);
  const file = folder && path.join(folder, `server-${key}.bin`);
  const cached = file ? readCache(file) : undefined;
  const script = new vm.Script(source, { filename: CODE, cachedData: cached });
  const taken = cached !== undefined && !script.cachedDataRejected;
  if (cached !== undefined) trace(`${taken ? 'taken' : 'refused by the engine'}: ${file}`);
  let held = taken ? cached.length : 0;
  if (file) {
    const save = (): void => {
      try {
        const data = script.createCachedData();
        if (data.length > held * GROWTH && writeCache(file, data)) held = data.length;
      } catch { /* no cache this time */ }
    };
    // a server that took a cache has its code compiled already: it compares only when it ends
    if (!taken) setTimeout(save, WRITE_AFTER_MS).unref();
    process.once('exit', save);
  }
  // the bundle is run as Node's loader would run it: its own module object, and a require that
  // resolves from its folder (it asks only for Node's own modules)
  const mod = new Module(CODE, module);
  mod.filename = CODE;
  // as Node's loader keeps it: the saved workspace index is keyed by the files of the loaded modules
  require.cache[CODE] = mod;
  (script.runInThisContext() as Wrapped).call(mod.exports, mod.exports, Module.createRequire(CODE), mod, CODE, path.dirname(CODE));
  mod.loaded = true;
}

// the readers of Word, PDF and web pages beside the bundle, imported by this module for the bundle
// (extract/readerFiles.ts says why)
(globalThis as Record<symbol, unknown>)[READER_IMPORT] = (file: string): Promise<unknown> => import(pathToFileURL(path.join(__dirname, file)).href);

run();
