/**
 * The parser: text → MinutesDocument. Layout detection once (`layout.ts`), then one pass over the
 * segments of the text layer (`driver.ts`) asking the recognisers of one table (`table.ts`) in
 * precedence order, with a parse state of its own (`state.ts`). It understands the canonical
 * markup and the published minutes it was modelled on, debris and all.
 *
 * Architecture invariant: `parse` never throws, and every range it reports lies inside the text.
 */
import { segmentDocument, segmentDocumentSteps, splitLines, type BoldState, type Segment } from '../text';
import type { DateOrder } from '../dates';
import type { NumberingScheme, NumberingSetting } from '../numbers';
import type { MinutesDocument, Variant } from '../model';
import type { ItemBuilder, MeetingBuilder, SectionBuilder } from './builders';
import { finish as runThrough, type Sliced } from '../slices';
import { logCaught } from '../logger';
import type { SchemeSetting } from '../numberSchemes';
import { ParseState } from './state';
import { detectLayout, detectLayoutSteps } from './layout';
import { finish, walk, walkSteps } from './driver';
import type { Layout } from './layout';
import { recordMargins } from './margin';
import { beside } from '../beside';

export { detectScheme, detectLayout, type Layout } from './layout';

export interface ParseOptions {
  /** `auto` (the default) detects the scheme a file already uses and falls back to `year`. */
  readonly numbering?: NumberingSetting;
  /** `minutes.numbering` whole: a scheme of numberSchemes.ts (`prefixed`, `roman` …) or `auto`. */
  readonly scheme?: SchemeSetting;
  readonly dateOrder?: DateOrder;
}

export function parse(text: string, options: ParseOptions = {}): MinutesDocument {
  try {
    return parseOrThrow(text, options);
  } catch (e) {
    logCaught(PARSER_FAILED, e);
    return emptyDocument(text);
  }
}

const PARSER_FAILED = 'The parser failed on a document and read it as empty (a bug of the parser)';

/** A parser bug must never take the editor down: an empty model keeps every feature serving. */
function emptyDocument(text: string): MinutesDocument {
  const lines = splitLines(text);
  return { kind: 'empty', scheme: 'year', agendas: [], variants: [], debris: [], lineCount: lines.length, lineLengths: Int32Array.from(lines, (l) => l.length) };
}

/** The state of a whole-document parse, its layout read. */
export function documentState(lines: string[], lineLengths: Int32Array, options: ParseOptions, segs: Segment[] = segmentDocument(lines)): ParseState {
  return runThrough(documentStateSteps(lines, lineLengths, options, segs));
}

/** `documentState`, pausing while the layout is read (see `Sliced`). */
function* documentStateSteps(lines: string[], lineLengths: Int32Array, options: ParseOptions, segs: Segment[]): Sliced<ParseState> {
  return new ParseState(lines, lineLengths, segs, yield* detectLayoutSteps(segs, options.numbering, undefined, { lines, order: options.dateOrder }, options.scheme), options.dateOrder ?? 'dmy');
}

/**
 * `parse`, pausing every SLICE lines and segments (see `Sliced`), with the same result: import
 * and formatting parse texts of 100,000 lines without holding the server for the whole parse.
 */
export function* parseSteps(text: string, options: ParseOptions = {}): Sliced<MinutesDocument> {
  try {
    const lines = splitLines(text);
    const lineLengths = lengthsOf(lines);
    const segs = yield* segmentDocumentSteps(lines);
    const state = yield* documentStateSteps(lines, lineLengths, options, segs);
    yield* walkSteps(state);
    return read(state);
  } catch (e) {
    logCaught(PARSER_FAILED, e);
    return emptyDocument(text);
  }
}

/** `parse` without the safety net, so that tests and fuzzing see a parser bug instead of an empty model. */
export function parseOrThrow(text: string, options: ParseOptions = {}): MinutesDocument {
  return parseLinesOrThrow(splitLines(text), options, text);
}

/**
 * `parse` of a text already split into lines (`splitLines`): `analyzeText` splits the text once for
 * the parse and the rules (a second split was some 2% of a full parse). The lines are only read.
 * `text`, when given, is the text they were split from (the signature reads its characters there).
 */
export function parseLines(lines: string[], options: ParseOptions = {}, text?: string): MinutesDocument {
  try {
    return parseLinesOrThrow(lines, options, text);
  } catch (e) {
    logCaught(PARSER_FAILED, e);
    return emptyDocument(lines.join('\n'));
  }
}

function parseLinesOrThrow(lines: string[], options: ParseOptions, text?: string): MinutesDocument {
  const lineLengths = lengthsOf(lines);
  const state = documentState(lines, lineLengths, options);
  // (a carriage return parts lines with one or two characters: the lines' starts are then not their lengths';
  // and a text that is not these lines joined, which no caller gives, is never read in place)
  if (text !== undefined && text.indexOf('\r') < 0 && joinedLength(lineLengths) === text.length) state.source = text;
  walk(state);
  return read(state);
}

/** The length of the lines joined by one character each. */
function joinedLength(lineLengths: Int32Array): number {
  let n = Math.max(0, lineLengths.length - 1);
  for (let l = 0; l < lineLengths.length; l++) n += lineLengths[l];
  return n;
}

/** The document a whole parse read, with what an edit's re-parse asks of it: its layout, the lines it asked the page's margin about. */
function read(state: ParseState): MinutesDocument {
  const doc = withLayout(finish(state), state.layout);
  if (state.marginLines.length > 0) recordMargins(doc, state.marginLines);
  return doc;
}

/** Each line's length: a loop, not `Int32Array.from(lines, fn)`, which walks the array as an iterator (25 times slower). */
function lengthsOf(lines: readonly string[]): Int32Array {
  const out = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) out[i] = lines[i].length;
  return out;
}

/**
 * The file-wide facts a whole-document parse detected (a board's own numbering, its head lines and
 * their matches, each kept only for a line whose text is still the one read; the debris), kept beside the document (not in it: the model stays what it is) so that an edit's
 * one-item re-parse (`reparse.ts`) reads the region in the same layout when the edit leaves it as it was.
 */
export type DocumentLayout = Pick<Layout, 'numbering' | 'heads' | 'headMatches' | 'debris' | 'debrisLines' | 'closingActions' | 'closingAttendance' | 'printedAttendance' | 'printedNames' | 'itemActions' | 'shortNumbers' | 'contentsLines'>;
const layouts = beside<MinutesDocument, DocumentLayout>('minutes.layout');

/** Records the layout a document was read in (a re-parsed document keeps its predecessor's). */
export function withLayout(doc: MinutesDocument, layout: DocumentLayout): MinutesDocument {
  layouts.set(doc, layout);
  return doc;
}

/** The layout a document was read in, if it was parsed here. */
export function layoutOf(doc: MinutesDocument): DocumentLayout | undefined {
  return layouts.get(doc);
}

/**
 * Where a parse of part of a document starts: lines [from, to) hold one item's head line and
 * everything up to the next item or section; `meeting` is the parser's meeting as it stood at
 * `from` (a copy: the parse adds to it); `openItem` whether an item was open just before.
 */
export interface RegionStart {
  readonly from: number;
  readonly to: number;
  readonly scheme: NumberingScheme;
  readonly meeting: MeetingBuilder;
  /** The meeting's last section, when the region is in one: a copy, which the parse extends. */
  readonly section?: SectionBuilder;
  readonly openItem: boolean;
  /** The document's own numbering and debris, when the edit left them as the whole document has them. */
  readonly layout?: DocumentLayout;
}

/** What a parse of a region found, and whether it ended in a state the lines after it do not depend on. */
export interface RegionParse {
  readonly meeting: MeetingBuilder;
  readonly variants: Variant[];
  readonly agendas: number;
  /** False when the region left a `**` open, or an item number waiting for its title. */
  readonly closed: boolean;
  /** The lines the region's parse asked the page's margin about (`margin.ts`). */
  readonly marginLines: readonly number[];
}

/** Parses lines [from, to) of a document as the full parse would have, given the state at `from`. */
export function parseRegion(lines: string[], lineLengths: Int32Array, options: ParseOptions, region: RegionStart): RegionParse {
  const boldAfter: BoldState = { open: false };
  const segs = segmentDocument(lines, region.from, region.to, boldAfter);
  const regionEnd = segs.length;
  // the next line too: a heading-like last line starts a section only if an item follows it
  if (region.to < lines.length) segs.push(...segmentDocument(lines, region.to, region.to + 1));
  const layout = detectLayout(segs, options.numbering, region.scheme);
  const state = new ParseState(lines, lineLengths, segs, region.layout ? { ...layout, ...region.layout } : layout, options.dateOrder ?? 'dmy');
  state.meeting = region.meeting;
  state.section = region.section;
  state.phase = 'body';
  if (region.openItem) state.item = openItemPlaceholder(region.meeting);
  walk(state, regionEnd);
  return { meeting: state.meeting!, variants: state.variants, agendas: state.agendas.length, closed: !boldAfter.open && !state.pendingTitle, marginLines: state.marginLines };
}

/** The item open before the region: only its being open matters (content goes to it, not to a new one). */
function openItemPlaceholder(meeting: MeetingBuilder): ItemBuilder {
  return { headRange: meeting.range, title: '', range: meeting.range, content: 0, presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [] };
}
