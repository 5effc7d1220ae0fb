/**
 * `MinutesWorkspace`: the one interface through which the host reads files (list, read, stat,
 * change events). The server and the command line give a Node implementation
 * (`server/src/nodeWorkspace.ts`); tests give `memoryWorkspace` below. Pure: the service never
 * touches a file itself, it asks the workspace, and every reader decodes through `encoding.ts`.
 */
import { decodeText, encodingNote } from '../encoding';

/** What says a file is unchanged since it was last read: its size and modification time. */
export interface FileStamp { readonly size: number; readonly mtimeMs: number }

/** The files a workspace holds; `complete` false when there were more than it lists. */
export interface WorkspaceListing { readonly uris: readonly string[]; readonly complete: boolean }

/** A file created, changed or deleted outside the editor. */
export interface WorkspaceChange { readonly kind: 'created' | 'changed' | 'deleted'; readonly uri: string }

export interface Disposable { dispose(): void }

export interface MinutesWorkspace {
  /** The minutes files of the workspace. */
  list(): Promise<WorkspaceListing>;
  /** The file's content: bytes (decoded by the host through `encoding.ts`) or text; throws when it cannot be read. */
  read(uri: string): Promise<Uint8Array | string>;
  /** The file's stamp, or undefined when it is not a file that can be read. */
  stat(uri: string): Promise<FileStamp | undefined>;
  onDidChange(listener: (change: WorkspaceChange) => void): Disposable;
  /** The file as the clerk knows it (a path), for what the host tells of it; the uri when absent. */
  name?(uri: string): string;
}

/**
 * The largest file read into the workspace index at all (its stamp is looked at first): beyond
 * it the file is skipped unread, whatever the settings' `maxFileSize` (which is checked on the text).
 */
export const MAX_READ_BYTES = 20 * 1024 * 1024;

/** The text of what `read` gave, and what to tell the clerk about its encoding (`name` is the file as the clerk knows it). */
export function textOf(content: Uint8Array | string, name: string): { text: string; note?: string } {
  if (typeof content === 'string') return { text: content };
  const decoded = decodeText(content);
  return { text: decoded.text, note: encodingNote(name, decoded) };
}

/** An in-memory workspace, for tests and for hosts without files: `set` and `delete` fire change events. */
export interface MemoryWorkspace extends MinutesWorkspace {
  set(uri: string, content: string | Uint8Array): void;
  delete(uri: string): void;
}

export function memoryWorkspace(files: Iterable<readonly [string, string | Uint8Array]> = []): MemoryWorkspace {
  const contents = new Map<string, { content: string | Uint8Array; mtimeMs: number }>();
  const listeners = new Set<(change: WorkspaceChange) => void>();
  // a counter, not a clock: each write gives a new stamp
  let tick = 0;
  const sizeOf = (c: string | Uint8Array): number => (typeof c === 'string' ? new TextEncoder().encode(c).length : c.length);
  const fire = (change: WorkspaceChange): void => { for (const l of [...listeners]) l(change); };
  for (const [uri, content] of files) contents.set(uri, { content, mtimeMs: ++tick });
  return {
    list: () => Promise.resolve({ uris: [...contents.keys()], complete: true }),
    read: (uri) => {
      const c = contents.get(uri);
      return c ? Promise.resolve(c.content) : Promise.reject(new Error(`no such file: ${uri}`));
    },
    stat: (uri) => {
      const c = contents.get(uri);
      return Promise.resolve(c && { size: sizeOf(c.content), mtimeMs: c.mtimeMs });
    },
    onDidChange: (listener) => {
      listeners.add(listener);
      return { dispose: () => { listeners.delete(listener); } };
    },
    set: (uri, content) => {
      const kind = contents.has(uri) ? 'changed' : 'created';
      contents.set(uri, { content, mtimeMs: ++tick });
      fire({ kind, uri });
    },
    delete: (uri) => {
      if (contents.delete(uri)) fire({ kind: 'deleted', uri });
    },
  };
}
