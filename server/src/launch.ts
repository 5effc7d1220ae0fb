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
 * Where: `--code-cache=<folder>` (VS Code's client gives the extension's own storage), or else a
 * folder of the user's own in the system's temporary folder. A cache is only read from a folder
 * that belongs to this user and that no one else may write to (what it holds is run as code), and
 * its name carries a hash of the server's code, so another version never reads it. V8 itself
 * refuses a cache made by another V8 or with other flags, and then the server starts as without.
 *
 * Nothing here may stop the server: a cache that cannot be read, written or used is passed over.
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
/** A long-running server writes its cache this long after its start, as well as when it ends. */
const WRITE_AFTER_MS = 10_000;
/** What this launcher names its caches; another version's not written for STALE_MS is removed. */
const CACHE_FILE = /^server-[0-9a-f]{24}\.bin$/;
const STALE_MS = 30 * 24 * 3600 * 1000;

/** Module.wrap's signature, as Node's own loader calls a CommonJS module. */
type Wrapped = (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;

function cacheFolder(): string {
  const given = process.argv.find((a) => a.startsWith('--code-cache='))?.slice('--code-cache='.length);
  if (given) return given;
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : os.userInfo().username;
  return path.join(os.tmpdir(), `minutes-code-cache-${user}`);
}

/** The folder, made if need be, when it is this user's alone; undefined otherwise. */
function ownFolder(folder: string): string | undefined {
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const st = fs.statSync(folder);
    if (!st.isDirectory()) return undefined;
    // on Windows there are no owners to compare: the temporary folder is the user's own there
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeCache(file: string, data: Buffer): void {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(partial, data, { mode: 0o600 });
    // a rename replaces the file whole: a server starting meanwhile reads the old cache or the new
    fs.renameSync(partial, file);
  } catch {
    try { fs.rmSync(partial, { force: true }); } catch { /* nothing to tidy */ }
  }
  pruneOthers(file);
}

/**
 * The caches of other versions of the server that no server has written for a month: after an
 * update, the old version's cache is never read again. (A version still in use, a second
 * installation, say, writes its own again when it ends, so it is not removed while used.)
 */
function pruneOthers(kept: string): void {
  const folder = path.dirname(kept);
  const monthAgo = Date.now() - STALE_MS;
  try {
    for (const name of fs.readdirSync(folder)) {
      const other = path.join(folder, name);
      if (other === kept || !CACHE_FILE.test(name)) continue;
      if (fs.statSync(other).mtimeMs < monthAgo) fs.rmSync(other, { force: true });
    }
  } catch { /* left for the next time */ }
}

function run(): void {
  // the bundle opens with main.ts's `#!` line, which is no JavaScript inside the wrapper: a comment
  // of the same length keeps every position as it was
  const source = fs.readFileSync(CODE, 'utf8').replace(/^#!/, '//');
  const folder = ownFolder(cacheFolder());
  const key = createHash('sha256').update(source).update(process.version).update(process.arch).digest('hex').slice(0, 24);
  const file = folder && path.join(folder, `server-${key}.bin`);
  const cached = file ? readCache(file) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: CODE, cachedData: cached });
  let held = cached && !script.cachedDataRejected ? cached.length : 0;
  if (file) {
    const save = (): void => {
      try {
        const data = script.createCachedData();
        if (data.length > held * GROWTH) { writeCache(file, data); held = data.length; }
      } catch { /* no cache this time */ }
    };
    setTimeout(save, WRITE_AFTER_MS).unref();
    process.once('exit', save);
  }
  // the bundle is run as Node's loader would run it: its own module object, and a require that
  // resolves from its folder (it asks only for Node's own modules)
  const mod = new Module(CODE, module);
  mod.filename = CODE;
  // as Node's loader keeps it: the saved workspace index is keyed by the files of the loaded modules
  require.cache[CODE] = mod;
  (script.runInThisContext() as Wrapped)(mod.exports, Module.createRequire(CODE), mod, CODE, path.dirname(CODE));
  mod.loaded = true;
}

// the readers of Word, PDF and web pages beside the bundle, imported by this module for the bundle
// (extract/readerFiles.ts says why)
(globalThis as Record<symbol, unknown>)[READER_IMPORT] = (file: string): Promise<unknown> => import(pathToFileURL(path.join(__dirname, file)).href);

run();
