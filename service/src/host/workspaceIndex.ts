/**
 * The workspace index: every meeting of the workspace, the open documents first-hand and the
 * files read through the `MinutesWorkspace` as index views, with the workspace model rebuilt only
 * after a change (one meeting changed updates the model; more rebuild it). Moved here from the
 * server's `context.ts` so that every host keeps it the same way. Pure.
 */
import { notCheckedBecause } from '../analysis';
import { parse } from '../parse/index';
import { buildWorkspace, indexView, updateWorkspace, type WorkspaceModel } from '../workspace';
import type { MinutesDocument } from '../model';
import { parseOptionsOf, type MinutesSettings } from '../settings';

/** What the index needs of its host: the settings, the date, a log, and the open documents. */
export interface IndexHost {
  settings(): MinutesSettings;
  today(): Date;
  log(message: string): void;
  /** The open documents' uris, in the order they were opened. */
  openUris(): Iterable<string>;
  /** The meeting of an open document (its analysis of the current version), or undefined when not open. */
  openDoc(uri: string): MinutesDocument | undefined;
}

export class WorkspaceIndex {
  /** Parsed files read from disk; open documents are read from the analysis cache instead. */
  private readonly onDisk = new Map<string, MinutesDocument>();
  private readonly listeners: Array<() => void> = [];
  private generation = 0;
  /** The latest change, and the latest before it that came from another meeting (or from none). */
  private latest: { uri: string | undefined; generation: number } = { uri: undefined, generation: 0 };
  private latestFromAnother = 0;
  private built: { generation: number; model: WorkspaceModel } | undefined;
  /** What changed since the model was built: one meeting is updated in the model, more rebuild it. */
  private dirty: Set<string> | 'all' = 'all';

  constructor(private readonly host: IndexHost) {}

  /**
   * The file's meeting, parsed from its text; the view kept, or undefined when the file is not
   * checked. `notify` false while a whole folder is read: one change is signalled at the end.
   */
  setFromDisk(uri: string, text: string, notify = true): MinutesDocument | undefined {
    const s = this.host.settings();
    const why = notCheckedBecause(text, s);
    let view: MinutesDocument | undefined;
    if (why) {
      this.host.log(`Not reading ${uri} into the workspace: ${why}`);
      this.onDisk.delete(uri);
    } else {
      view = indexView(parse(text, parseOptionsOf(s)));
      this.onDisk.set(uri, view);
    }
    if (notify) this.changed(uri);
    return view;
  }
  /** The file's meeting as the saved index has it (the file is unchanged since). */
  setView(uri: string, view: MinutesDocument, notify = true): void {
    this.onDisk.set(uri, view);
    if (notify) this.changed(uri);
  }
  delete(uri: string): void {
    if (this.onDisk.delete(uri)) this.changed();
  }
  get size(): number { return this.onDisk.size; }
  /** The file's meeting is in the index as read from disk. */
  has(uri: string): boolean { return this.onDisk.has(uri); }

  /**
   * Something in the workspace changed: the meeting of `uri` (an open document, a file on disk),
   * or, without a uri, anything (a file deleted, the settings).
   */
  changed(uri?: string): void {
    this.generation++;
    if (uri === undefined || uri !== this.latest.uri) this.latestFromAnother = this.latest.generation;
    this.latest = { uri, generation: this.generation };
    if (uri === undefined || this.dirty === 'all') this.dirty = 'all';
    else this.dirty.add(uri);
    for (const l of this.listeners) l();
  }
  onDidChange(listener: () => void): void { this.listeners.push(listener); }

  /**
   * A number that changes whenever anything in the workspace changes other than the meeting of
   * `uri` (another meeting, a file deleted, the settings): what that meeting's findings across
   * meetings may depend on, besides the meeting itself.
   */
  othersGeneration(uri: string): number {
    return this.latest.uri === uri ? this.latestFromAnother : this.latest.generation;
  }

  /** Every meeting of the workspace, open documents first-hand. */
  *entries(): Iterable<readonly [string, MinutesDocument]> {
    const open = new Set<string>();
    for (const uri of this.host.openUris()) {
      const doc = this.host.openDoc(uri);
      if (!doc) continue;
      open.add(uri);
      yield [uri, doc] as const;
    }
    for (const [uri, doc] of this.onDisk) if (!open.has(uri)) yield [uri, doc] as const;
  }

  /** The workspace model (meetings in date order, action log, decisions), rebuilt only after a change. */
  model(): WorkspaceModel {
    if (!this.built || this.built.generation !== this.generation) {
      const today = this.host.today();
      let model: WorkspaceModel | undefined;
      if (this.built && this.dirty !== 'all' && this.dirty.size === 1) {
        const [uri] = this.dirty;
        const doc = this.docOf(uri);
        if (doc) model = updateWorkspace(this.built.model, uri, doc, today);
      }
      model ??= buildWorkspace([...this.entries()].map(([uri, doc]) => ({ uri, doc })), today);
      this.built = { generation: this.generation, model };
      this.dirty = new Set();
    }
    return this.built.model;
  }

  /** The meeting of `uri` as the model reads it: the editor's if open, else the file's. */
  private docOf(uri: string): MinutesDocument | undefined {
    return this.host.openDoc(uri) ?? this.onDisk.get(uri);
  }
}
