/**
 * One name for each file. The same meeting reaches the server under many URIs: VS Code
 * percent-encodes `( ) ' & , ! @ + = [` where Node's `pathToFileURL` does not, a URI may hold
 * `..`, and a folder may be reached through a symbolic link. Counted under two names, a meeting
 * is a duplicate of itself. Every URI that comes in (`boundary.ts`) and every file the server
 * lists is turned into one canonical form: the real path (links and `..` resolved), written as
 * VS Code writes a file URI. What the server says about an open document goes back under the
 * URI the client opened it with.
 */
import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();
const CACHE_LIMIT = 50000;

/** The canonical URI of a `file:` URI; any other URI (or one that is no path) as it is. */
export function canonicalUri(uri: string): string {
  if (!/^file:/i.test(uri)) return uri;
  const hit = cache.get(uri);
  if (hit !== undefined) return hit;
  let out = uri;
  try {
    out = fileUri(realPath(path.resolve(fileURLToPath(uri))));
  } catch { /* not a path on this system: left as it is */ }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(uri, out);
  return out;
}

/** The path with links resolved; for a file that is not there (deleted, not yet saved), its folder's. */
function realPath(p: string): string {
  try { return realpathSync.native(p); } catch { /* not there */ }
  try { return path.join(realpathSync.native(path.dirname(p)), path.basename(p)); } catch { return p; }
}

/** A file URI for an absolute path, encoded as VS Code's `URI.file(p).toString()` encodes it. */
export function fileUri(p: string): string {
  let s = p;
  if (path.sep === '\\') {
    s = s.replace(/\\/g, '/');
    // VS Code writes the drive letter in lower case: file:///c%3A/…
    if (/^[A-Za-z]:/.test(s)) s = `/${s[0].toLowerCase()}${s.slice(1)}`;
  }
  let out = 'file://';
  for (const ch of s) {
    if (/^[A-Za-z0-9\-._~/]$/.test(ch)) out += ch;
    // encodeURIComponent leaves ! ' ( ) * as they are; VS Code encodes them
    else out += encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

/** Keys whose string values are document or folder URIs in what clients send. */
const URI_KEYS = new Set(['uri', 'rootUri']);

/**
 * The URIs of what a client sends made canonical, and the client's own URI kept for each open
 * document whose URI it wrote otherwise (to answer under it).
 */
export class UriBoundary {
  private readonly clientUris = new Map<string, string>();
  /** Workspace folders the client names otherwise (through a link): canonical prefix, client's prefix. */
  private readonly folders: Array<readonly [string, string]> = [];

  incoming(handler: string, params: unknown): unknown {
    if (handler === 'onInitialize') {
      const p = params as { rootUri?: unknown; workspaceFolders?: Array<{ uri?: unknown }> | null } | undefined;
      for (const uri of [p?.rootUri, ...(p?.workspaceFolders ?? []).map((f) => f?.uri)]) {
        if (typeof uri !== 'string') continue;
        const canonical = canonicalUri(uri);
        if (canonical !== uri) this.folders.push([`${canonical.replace(/\/$/, '')}/`, `${uri.replace(/\/$/, '')}/`]);
      }
    }
    if (handler === 'onDidOpenTextDocument') {
      const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
      if (typeof uri === 'string' && canonicalUri(uri) !== uri) this.clientUris.set(canonicalUri(uri), uri);
    }
    return canonicalise(params, 0);
  }

  /** After the handler: a closed document's own URI is forgotten (its diagnostics were cleared under it). */
  handled(handler: string, params: unknown): void {
    const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    if (handler === 'onDidCloseTextDocument' && typeof uri === 'string') this.clientUris.delete(uri);
  }

  /** The URI the client knows a document by: as it opened it, or under the folder as it named it. */
  toClient(uri: string): string {
    const open = this.clientUris.get(uri);
    if (open !== undefined) return open;
    for (const [canonical, client] of this.folders) if (uri.startsWith(canonical)) return client + uri.slice(canonical.length);
    return uri;
  }

  /** A result with documents' URIs written as the client knows them. */
  outgoing<T>(result: T): T {
    if (this.clientUris.size === 0 && this.folders.length === 0) return result;
    return this.rename(result, 0) as T;
  }

  private rename(v: unknown, depth: number): unknown {
    if (depth > 16 || v === null || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype && !Array.isArray(v)) return v;
    if (Array.isArray(v)) return v.map((x) => this.rename(x, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === 'uri' && typeof x === 'string') out[k] = this.toClient(x);
      // a WorkspaceEdit's `changes` are keyed by URI
      else if (k === 'changes' && x !== null && typeof x === 'object' && !Array.isArray(x)) {
        const changes: Record<string, unknown> = {};
        for (const [u, edits] of Object.entries(x as Record<string, unknown>)) changes[this.toClient(u)] = edits;
        out[k] = changes;
      } else out[k] = this.rename(x, depth + 1);
    }
    return out;
  }
}

function canonicalise(v: unknown, depth: number): unknown {
  if (depth > 8 || v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = canonicalise(v[i], depth + 1);
    return v;
  }
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (URI_KEYS.has(k) && typeof x === 'string') o[k] = canonicalUri(x);
    // a document's text and settings hold no URIs: not walked
    else if (typeof x === 'object' && k !== 'text' && k !== 'settings' && k !== 'contentChanges') o[k] = canonicalise(x, depth + 1);
  }
  return o;
}
