/**
 * The saved index: a cache of the workspace index kept between sessions, which the host asks
 * before it parses a file (a file unchanged since, by its size and modification time, gets its
 * index view back without a parse). The host declares what it needs; the Node side supplies it
 * (`server/src/indexStore.ts`: 64 parts in the folder the editor gives, keyed by the settings
 * that change parsing and the server's code). Optional: without one every file is parsed. Pure.
 */
import type { MinutesDocument } from '../model';
import type { MinutesSettings } from '../settings';
import type { FileStamp } from './workspace';

/** The index saved for one reading of the workspace (one set of settings). */
export interface SavedIndex {
  /** The view saved for `uri` when the file is as it was then (same stamp); undefined: parse it. */
  lookup(uri: string, stamp: FileStamp): MinutesDocument | undefined;
  put(uri: string, stamp: FileStamp, view: MinutesDocument): void;
  remove(uri: string): void;
  /** Forgets the files that are no longer in the workspace. */
  retain(uris: Iterable<string>): void;
  /** Saves a little later: a burst of file changes saves once. */
  saveSoon(): void;
  save(): Promise<void>;
  /** Stops saving (the workspace is read again into another): resolves once no save is under way. */
  close(): Promise<void>;
}

export interface IndexStore {
  /**
   * The index saved for these settings, with what an earlier session left read in; `stamps`, the
   * workspace's files, bound what it may weigh. Undefined when none is kept (the settings ask for
   * none, or there is nowhere to keep it).
   */
  open(settings: MinutesSettings, stamps: ReadonlyMap<string, FileStamp | undefined>): Promise<SavedIndex | undefined>;
}
