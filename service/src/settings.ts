/** The settings the language service reads (`minutes.*` in VS Code, flags in the CLI). */
import type { DateOrder } from './dates';
import type { NumberingSetting } from './numbers';
import { isSchemeSetting, type SchemeSetting } from './numberSchemes';
import { findDate, isoDate } from './dates';
import type { ParseOptions } from './parse/index';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off' | 'default';

export interface MinutesSettings {
  readonly numbering: NumberingSetting;
  /**
   * `minutes.numbering` as the clerk chose it, any scheme of numberSchemes.ts (`prefixed`, `roman`,
   * `running` …); `numbering` above is its projection on the two schemes today's parser reads
   * (`auto` for a scheme it does not know, so that it follows the file).
   */
  readonly scheme: SchemeSetting;
  readonly dateOrder: DateOrder;
  /** Severity per rule name (the code without `minutes/`), e.g. `{ "empty-item": "off" }`. */
  readonly diagnostics: Readonly<Record<string, SeveritySetting>>;
  /** Bodies that may own actions besides acronyms such as WMP (e.g. "Finance Team"). */
  readonly bodies: readonly string[];
  /** How many members must be present for the meeting to be quorate: a number, or a fraction of the membership below 1 (`0.5`); 0 for no check. */
  readonly quorum: number;
  /** Declarations of interest: the kinds a board uses, and those that require the member to leave (unless a dispensation). */
  readonly interests?: { readonly kinds: readonly string[]; readonly mustLeave: readonly string[] };
  /** The reasons exempt business may be taken in private (by default the paragraphs of Schedule 12A): an `[exempt: …]` reason must cite one. */
  readonly exemptReasons?: readonly string[];
  /** Members attending remotely (`(remote)`) may vote and count to the quorum; false where the law counts only members in the room (English councils). */
  readonly remoteMayVote?: boolean;
  /** Files larger than this many megabytes are not checked (a message says so). */
  readonly maxFileSize: number;
  /** Renaming a person renames them in every meeting of the workspace, not only in this one. */
  readonly renameAcrossMeetings: boolean;
  /** The server keeps what it read of the workspace's meetings between sessions (in the editor's storage for it). */
  readonly saveIndex: boolean;
  /**
   * Which meetings are archives, whose findings that would change the record are not shown
   * (archive.ts): `none`, `marked` (a `Status: Approved …`/`Published` line), `published` (those
   * and published text, a `.txt` file), `approved` (those and every meeting a
   * later meeting of the folder approved).
   */
  readonly archive: ArchiveSetting;
  /** Meetings held before this day (`YYYY-MM-DD`) are archives too; undefined for none. */
  readonly archiveBefore?: string;
  /** How the published record is written (export and preview). */
  readonly publish: { readonly titleLine: string; readonly actionsTable: boolean; readonly dateStyle: 'long' | 'short' };
}

/** The kinds of interest of the English councils' code of conduct; boards set their own (`minutes.interests.kinds`). */
export const INTEREST_KINDS: readonly string[] = ['disclosable pecuniary', 'other registrable', 'non-registrable'];
/** A disclosable pecuniary interest requires the member to leave the room, unless a dispensation was granted. */
export const MUST_LEAVE: readonly string[] = ['disclosable pecuniary'];

/** The paragraphs of Part 1 of Schedule 12A to the Local Government Act 1972 (England); boards elsewhere set their own (`minutes.exemptReasons`). */
export const EXEMPT_REASONS: readonly string[] = [1, 2, 3, 4, 5, 6, 7].map((n) => `paragraph ${n} of Schedule 12A`);

export type ArchiveSetting = 'none' | 'marked' | 'published' | 'approved';
const ARCHIVE_SETTINGS: readonly ArchiveSetting[] = ['none', 'marked', 'published', 'approved'];

export const DEFAULT_SETTINGS: MinutesSettings = { numbering: 'auto', scheme: 'auto', dateOrder: 'dmy', diagnostics: {}, bodies: [], quorum: 0, maxFileSize: 5, renameAcrossMeetings: false, saveIndex: true, archive: 'published', publish: { titleLine: '{title}', actionsTable: true, dateStyle: 'long' } };

/** Reads settings from untrusted JSON (a client's configuration, a CLI flag), keeping only valid values. */
export function readSettings(raw: unknown): MinutesSettings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const scheme = isSchemeSetting(o.numbering) ? o.numbering : DEFAULT_SETTINGS.scheme;
  const numbering = scheme === 'year' || scheme === 'per-meeting' ? scheme : scheme === 'item-word' ? 'per-meeting' : 'auto';
  const dateOrder = o.dateOrder === 'mdy' || o.dateOrder === 'dmy' ? o.dateOrder : DEFAULT_SETTINGS.dateOrder;
  const diagnostics: Record<string, SeveritySetting> = {};
  if (o.diagnostics && typeof o.diagnostics === 'object') {
    for (const [k, v] of Object.entries(o.diagnostics as Record<string, unknown>)) {
      if (v === 'error' || v === 'warning' || v === 'information' || v === 'hint' || v === 'off' || v === 'default') diagnostics[k.replace(/^minutes\//, '')] = v;
    }
  }
  const bodies = Array.isArray(o.bodies) ? o.bodies.filter((b): b is string => typeof b === 'string') : [];
  const quorum = typeof o.quorum === 'number' && Number.isFinite(o.quorum) && o.quorum > 0 ? (o.quorum < 1 ? o.quorum : Math.floor(o.quorum)) : 0;
  const i = (o.interests && typeof o.interests === 'object' ? o.interests : {}) as Record<string, unknown>;
  const words = (v: unknown, d: readonly string[]): readonly string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : d);
  const interests = { kinds: words(i.kinds, INTEREST_KINDS), mustLeave: words(i.mustLeave, MUST_LEAVE) };
  const exemptReasons = words(o.exemptReasons, EXEMPT_REASONS);
  const remoteMayVote = o.remoteMayVote !== false;
  const maxFileSize = typeof o.maxFileSize === 'number' && o.maxFileSize > 0 ? o.maxFileSize : DEFAULT_SETTINGS.maxFileSize;
  const renameAcrossMeetings = o.renameAcrossMeetings === true;
  const saveIndex = o.saveIndex !== false;
  const p = (o.publish && typeof o.publish === 'object' ? o.publish : {}) as Record<string, unknown>;
  const publish = {
    titleLine: typeof p.titleLine === 'string' && p.titleLine.trim() !== '' ? p.titleLine : DEFAULT_SETTINGS.publish.titleLine,
    actionsTable: p.actionsTable !== false,
    dateStyle: p.dateStyle === 'short' ? 'short' as const : 'long' as const,
  };
  const archive = ARCHIVE_SETTINGS.find((a) => a === o.archive) ?? DEFAULT_SETTINGS.archive;
  // a date as the clerk writes it (27/09/2022, 27 September 2022) or ISO (2022-09-27)
  const before = typeof o.archiveBefore === 'string' ? o.archiveBefore.trim() : '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(before);
  const d = iso ? undefined : findDate(before, dateOrder);
  const archiveBefore = iso ? before : d && !d.problem ? isoDate(d.year, d.month, d.day) : undefined;
  return { numbering, scheme, dateOrder, diagnostics, bodies, quorum, interests, exemptReasons, remoteMayVote, maxFileSize, renameAcrossMeetings, saveIndex, archive, ...(archiveBefore ? { archiveBefore } : {}), publish };
}

/** What of the settings the parser reads (the numbering, the scheme and the order of dates in a date): one place, for every host that parses. */
export function parseOptionsOf(settings: MinutesSettings): ParseOptions {
  return { numbering: settings.numbering, scheme: settings.scheme, dateOrder: settings.dateOrder };
}
