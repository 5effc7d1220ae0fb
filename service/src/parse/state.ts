/**
 * The state of one parse, kept apart from the rules that read the text (as markdown-it keeps
 * `StateBlock` apart from its block rules): the lines and their segments, the layout detected
 * before the pass, what is open (meeting, item, people block, agenda, an item number waiting for
 * its title), the phase, the variants found, and the helpers every recogniser needs to turn
 * clean-text offsets into document ranges.
 *
 * Only structural moves live here (open an item, start a section, close a block): what a line
 * means is decided by the recognisers in `recognisers/` and `content/`.
 */
import { col, type Segment } from '../text';
import { isoDate, type DateMatch, type DateOrder } from '../dates';
import { mentionsNextMeeting, isTableRule, matchField } from '../constructs';
import type { Agenda, DateValue, ItemNumber, Located, PeopleBlock, Variant } from '../model';
import type { AgendaBuilder, ItemBuilder, MeetingBuilder, PeopleBlockBuilder, PersonBuilder, SectionBuilder } from './builders';
import type { Position, Range } from '../types';
import type { Layout } from './layout';
import { PageMargins } from './margin';
import { readAbbreviations } from '../forms/legend';
import { lettersAfterNames, type LettersKnown } from '../people';

const NO_LINES: readonly number[] = [];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Where the parse stands. `header`: before anything else (title, date, fields); `people`: inside
 * a people block (`Present:` …); `agenda`: inside an agenda printed before the minutes; `body`:
 * after the first item or section. An open item implies `body`.
 */
export type Phase = 'header' | 'people' | 'agenda' | 'body';

/**
 * The name of something a reader works out once and keeps for the rest of its parse (`ParseState.kept`),
 * made once by the reader's module: a person's test of the meeting's names, the review an item is in.
 */
export interface ParseNote<T> { readonly name: string; readonly bit: number; readonly type?: T }
/**
 * `bit`: a context bit (content/context.ts) the state holds while something is kept under the note,
 * so that the inline recognisers that read on only while it is are gated on it; 0: none.
 */
export function parseNote<T>(name: string, bit = 0): ParseNote<T> { return { name, bit }; }

export class ParseState {
  readonly variants: Variant[] = [];
  readonly agendas: Agenda[] = [];
  meeting: MeetingBuilder | undefined;
  phase: Phase = 'header';
  /** The people block being read (`Present:` and its lines). */
  block: PeopleBlockBuilder | undefined;
  /** The item being read: content lines go to it. */
  item: ItemBuilder | undefined;
  /** An item whose number stood alone on its line: the next line may be its title. */
  pendingTitle: ItemBuilder | undefined;
  /** The last section of the meeting, which runs on to each line read after it (`extend`). */
  section: SectionBuilder | undefined;
  /** The agenda being read. */
  agenda: AgendaBuilder | undefined;
  /** The segment that gave the meeting its date (the line under it may name the place). */
  headerDateSeg = -1;
  /** The last person read, with their segment: a role the PDF split onto the next line joins them. */
  lastPerson: { person: PersonBuilder; seg: Segment } | undefined;

  /** The segment being read, and its `matchField`, worked out once for every recogniser that asks. */
  private fieldOf = -1;
  private fieldValue: ReturnType<typeof matchField>;
  private titleNext: { readonly title: string; readonly yes: boolean } | undefined;
  /** content/context.ts's bits of the last title it was asked, kept with the parse (a module's would keep the title, and with it its file's text, after the parse). */
  titleContext: { readonly title: string; readonly sub: string; readonly bits: number } | undefined;
  /** The people blocks this parse made: the only ones it may add to or take from (a re-parse's earlier blocks are the previous document's). */
  private readonly blocks = new Map<PeopleBlock, PeopleBlockBuilder>();
  /**
   * What readers keep for the rest of the parse, by their notes' names: in the state, which dies with the
   * parse, not in a module's WeakMap keyed by it (`beside.ts` says why: the young collector promoted
   * every such value to the old space).
   */
  private readonly notes = new Map<ParseNote<unknown>, unknown>();

  /**
   * The file's text, when the parse was given it whole and its lines are parted by line feeds alone (parse/index.ts
   * `parseOrThrow`): the signature of a segment that is a plain slice of its line reads its characters there
   * (keywords.ts `segmentStarts`, at `lineStart`).
   */
  source: string | undefined;
  // where `lineStart` last found a line: the driver asks line after line, each found from the one before
  private startLine = 0;
  private startAt = 0;
  /** Where line `line` starts in `source`: the lengths of the lines before it, each with its line feed. */
  lineStart(line: number): number {
    if (line < this.startLine) { this.startLine = 0; this.startAt = 0; }
    while (this.startLine < line) this.startAt += this.lineLengths[this.startLine++] + 1;
    return this.startAt;
  }

  constructor(
    readonly lines: string[],
    readonly lineLengths: Int32Array,
    readonly segs: Segment[],
    readonly layout: Layout,
    readonly order: DateOrder,
  ) {}

  get scheme(): Layout['scheme'] { return this.layout.scheme; }

  /** What a reader kept under `note` in this parse, if anything. */
  kept<T>(note: ParseNote<T>): T | undefined { return this.notes.get(note) as T | undefined; }
  /** Keeps `value` under `note` for the rest of the parse; undefined forgets it. */
  keep<T>(note: ParseNote<T>, value: T | undefined): void {
    if (value === undefined) { this.notes.delete(note); this.noted &= ~note.bit; } else { this.notes.set(note, value); this.noted |= note.bit; }
  }
  /** The bits of the notes kept now (`ParseNote.bit`). */
  noted = 0;

  private letters: ReadonlySet<string> | undefined;
  /** The letters the text prints after several names (people.ts `lettersAfterNames`), found when a name first ends in a word in capitals. */
  readonly lettersAfterNames: LettersKnown = { has: (w) => (this.letters ??= lettersAfterNames(this.lines)).has(w) };

  private pageMargins: PageMargins | undefined;
  /** The page's right margin around each line (`margin.ts`), each line measured once in the parse: made when first asked, as few texts wrap at one. */
  get margins(): PageMargins { return (this.pageMargins ??= new PageMargins(this.lines, this.layout.debrisLines)); }
  /** The lines this parse asked the margin about (`margin.ts` `recordMargins`). */
  get marginLines(): readonly number[] { return this.pageMargins?.asked ?? NO_LINES; }

  // ---- ranges ----------------------------------------------------------------------------------

  /** The document range of clean-text offsets [a, b) of a segment. */
  r(seg: Segment, a: number, b: number): Range {
    return { start: { line: seg.line, character: col(seg, a) }, end: { line: seg.line, character: b >= seg.text.length ? col(seg, seg.text.length) : col(seg, b) } };
  }
  whole(seg: Segment): Range { return this.r(seg, 0, seg.text.length); }
  /** The document position of clean-text offset `i` (0 to `seg.text.length`) of a segment: `r(seg, i, i)`'s start and end, without the range. */
  pos(seg: Segment, i: number): Position { return { line: seg.line, character: col(seg, i) }; }
  lineEnd(line: number): { line: number; character: number } { return { line, character: this.lineLengths[line] }; }

  located(seg: Segment, a: number, b: number): Located<string> {
    return { value: seg.text.slice(a, b).trim(), range: this.r(seg, a, b) };
  }

  /**
   * A due date's day, from the ISO date a due-date reader gave (`forms/dueDates.ts` `DueDate.date`,
   * which for a month is its last day): only where the words name a day (`kind` `date`).
   */
  dueDay(text: string, range: Range, due: { readonly date?: string; readonly kind: string }): DateValue | undefined {
    const iso = due.kind === 'date' ? ISO_DAY.exec(due.date ?? '') : null;
    return iso ? { text, range, iso: iso[0], year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) } : undefined;
  }

  dateValue(seg: Segment, d: DateMatch, from = 0): DateValue {
    return {
      text: d.text, range: this.r(seg, from + d.start, from + d.end), year: d.year, month: d.month, day: d.day,
      problem: d.problem, iso: d.problem && !d.problem.includes(', not a ') ? undefined : isoDate(d.year, d.month, d.day),
    };
  }

  /**
   * The next segment after i with text (blank lines, table rules and debris skipped: a page footer
   * between a heading and its item, or inside a sentence, is not there for the reader), or -1.
   */
  nextNonBlank(i: number): number {
    const debris = this.layout.debrisLines;
    for (let k = i + 1; k < this.segs.length; k++) {
      const s = this.segs[k];
      if (s.text.length > 0 && !isTableRule(s.text) && (debris.size === 0 || !debris.has(s.line))) return k;
    }
    return -1;
  }

  /** `matchField` of segment i, asked by several recognisers for the same segment: worked out once. */
  field(i: number): ReturnType<typeof matchField> {
    if (this.fieldOf !== i) { this.fieldOf = i; this.fieldValue = matchField(this.segs[i].text); }
    return this.fieldValue;
  }

  /** `mentionsNextMeeting(item.title)`, asked for every paragraph of the item: worked out once per title. */
  titleMentionsNextMeeting(item: { readonly title: string }): boolean {
    const t = this.titleNext;
    if (t && t.title === item.title) return t.yes;
    const yes = mentionsNextMeeting(item.title);
    this.titleNext = { title: item.title, yes };
    return yes;
  }

  // ---- structure ---------------------------------------------------------------------------------

  ensureMeeting(seg: Segment): MeetingBuilder {
    if (!this.meeting) {
      this.meeting = {
        dateField: false, people: [], sections: [], items: [], dates: [], boldActions: false, statusUpdates: [], approvals: [], closing: [],
        range: { start: { line: seg.line, character: 0 }, end: this.lineEnd(seg.line) }, startLine: seg.line,
      };
      // the legend of abbreviations at the minutes' end says who the Action column's letters are, read before the items
      const abbreviations = readAbbreviations(this.lines);
      if (abbreviations) this.meeting.abbreviations = abbreviations;
    }
    return this.meeting;
  }

  openItem(seg: Segment, number: ItemNumber | undefined, headRange: Range): ItemBuilder {
    this.closeItem();
    this.closeBlock();
    this.pendingTitle = undefined;
    this.phase = 'body';
    const m = this.ensureMeeting(seg);
    const item: ItemBuilder = {
      number, headRange, title: '', range: { start: { line: seg.line, character: col(seg, 0) }, end: this.lineEnd(seg.line) },
      content: 0, presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [],
      section: m.sections.length > 0 ? m.sections.length - 1 : undefined,
    };
    m.items.push(item);
    this.item = item;
    return item;
  }

  closeItem(): void {
    this.item = undefined;
  }

  closeBlock(): void {
    this.block = undefined;
    this.lastPerson = undefined;
  }

  startSection(seg: Segment, canonical: boolean): void {
    this.closeItem();
    this.closeBlock();
    this.phase = 'body';
    const m = this.ensureMeeting(seg);
    const range = this.whole(seg);
    const section: SectionBuilder = { title: seg.text.replace(/:$/, '').trim(), headingRange: range, range: { start: range.start, end: this.lineEnd(seg.line) }, canonical };
    m.sections.push(section);
    this.section = section;
  }

  /** A people block this parse makes: `builtBlock` gives it back writable. */
  newBlock(block: PeopleBlockBuilder): PeopleBlockBuilder {
    this.blocks.set(block, block);
    return block;
  }

  /** The block writable, when this parse made it; undefined for a block of the document a re-parse started from. */
  builtBlock(block: PeopleBlock): PeopleBlockBuilder | undefined {
    return this.blocks.get(block);
  }

  /** The open item and the open section now run to the end of this segment's line. */
  extend(seg: Segment): void {
    const end = this.lineEnd(seg.line);
    if (this.item) this.item.range = { start: this.item.range.start, end };
    const s = this.section;
    if (s) s.range = { start: s.range.start, end };
  }
}
