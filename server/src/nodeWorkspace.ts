/**
 * The Node `MinutesWorkspace` (the host's one interface to files, `#service`'s `host/`): lists the
 * `.minutes` files of folders (`workspaceFiles.ts`) and files named, reads their bytes (the host
 * decodes them, `encoding.ts`) and stats them. Change events are fired by whoever watches the files
 * (the server's file watcher, `handlers/workspace.ts`); the command line reads once and fires none.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Disposable, FileStamp, MinutesWorkspace, WorkspaceChange, WorkspaceListing } from '#service';
import { listMinutesFolder, MAX_FILES } from './workspaceFiles';

export interface NodeWorkspaceRoots {
  /** Folders (file URIs) whose `.minutes` files are listed, at most `limit` in all. */
  readonly folders?: readonly string[];
  /** Files (file URIs) listed as they are, first. */
  readonly files?: readonly string[];
}

export class NodeWorkspace implements MinutesWorkspace {
  private readonly listeners = new Set<(change: WorkspaceChange) => void>();

  /** `roots` may be asked each time (the server's workspace folders are known after it starts). */
  constructor(private readonly roots: NodeWorkspaceRoots | (() => NodeWorkspaceRoots), private readonly log: (message: string) => void = () => undefined, private readonly limit = MAX_FILES) {}

  async list(): Promise<WorkspaceListing> {
    const roots = typeof this.roots === 'function' ? this.roots() : this.roots;
    const uris = [...(roots.files ?? [])];
    let complete = true;
    for (const folder of roots.folders ?? []) {
      const listed = await listMinutesFolder(folder, this.log, Math.max(0, this.limit - uris.length));
      complete &&= listed.complete;
      uris.push(...listed.uris);
    }
    return { uris, complete };
  }

  /** The file's bytes; throws (with Node's error, `ENOENT` …) when it cannot be read. */
  async read(uri: string): Promise<Uint8Array> {
    return fs.readFile(fileURLToPath(uri));
  }

  /** The file's stamp; undefined when it is not a file (a folder named `.minutes`), or cannot be looked at (said in the log). */
  async stat(uri: string): Promise<FileStamp | undefined> {
    try {
      const stat = await fs.stat(fileURLToPath(uri));
      return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : undefined;
    } catch (e) {
      this.log(`Could not read ${uri}: ${(e as Error).message}`);
      return undefined;
    }
  }

  /** The file's path, as the clerk knows it. */
  name(uri: string): string {
    // a uri that is not a file: the uri is its name
    try { return fileURLToPath(uri); } catch { return uri; }
  }

  onDidChange(listener: (change: WorkspaceChange) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => { this.listeners.delete(listener); } };
  }

  /** A file created, changed or deleted (the watcher's news). */
  fire(change: WorkspaceChange): void {
    for (const l of [...this.listeners]) l(change);
  }
}
