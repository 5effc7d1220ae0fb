/**
 * The parser: text → MinutesDocument. One pass over the segments of the text layer, with a
 * small state machine (header → people blocks → agenda → items). It understands the canonical
 * markup and the published minutes it was modelled on, debris and all.
 *
 * Architecture invariant: `parse` never throws, and every range it reports lies inside the text.
 */
import { col, segmentDocument, splitLines, allBold, markupIn, type BoldState, type Segment } from './text';
import { findDate, findDates, findTimeRange, isoDate, type DateMatch, type DateOrder } from './dates';
import { matchYearNumber, matchPerMeetingNumber, matchItemWord, type NumberingScheme, type NumberingSetting } from './numbers';
import { parseAttendanceLine, parseName, joinedPersonStart, looksLikeName, splitNames } from './people';
import {
  matchPresenter, matchAsker, matchActionKeyword, splitActionFields, leadingSubject, matchDecisionKeyword,
  findReferences, isHeadingLike, isUnnumberedHeading, isTitleLike, declaresBoldActions, mentionsNextMeeting, isTableRule,
  isAgendaHeading, matchAgendaItem, matchField, matchStatusUpdate, matchApproval, matchClosingLine, type Span,
} from './constructs';
import { matchArrivals } from './arrivals';
import { BLOCK_WORDS, CANONICAL, type BlockKind } from './markup';
import type {
  Action, Agenda, DateValue, Item, ItemNumber, Located, Meeting, Mention, MinutesDocument, PeopleBlock, Person,
  Presenter, Question, Variant,
} from './model';
import type { Range } from './types';
import { SLICE, type Sliced } from './slices';
import { lineMarker } from './confidential';

export interface ParseOptions {
  /** `auto` (the default) detects the scheme a file already uses and falls back to `year`. */
  readonly numbering?: NumberingSetting;
  readonly dateOrder?: DateOrder;
}

export function parse(text: string, options: ParseOptions = {}): MinutesDocument {
  try {
    return parseOrThrow(text, options);
  } catch {
    return emptyDocument(text);
  }
}

/** A parser bug must never take the editor down: an empty model keeps every feature serving. */
function emptyDocument(text: string): MinutesDocument {
  const lines = splitLines(text);
  return { kind: 'empty', scheme: 'year', agendas: [], variants: [], lineCount: lines.length, lineLengths: Int32Array.from(lines, (l) => l.length) };
}

/**
 * `parse`, pausing every SLICE lines and segments (see `Sliced`), with the same result: import
 * and formatting parse texts of 100,000 lines without holding the server for the whole parse.
 */
export function* parseSteps(text: string, options: ParseOptions = {}): Sliced<MinutesDocument> {
  try {
    const lines = splitLines(text);
    const lineLengths = Int32Array.from(lines, (l) => l.length);
    // the text layer a slice of lines at a time: the open bold marker carries from one to the next
    const segs: Segment[] = [];
    const bold: BoldState = { open: false };
    for (let from = 0; from < lines.length; from += SLICE) {
      for (const seg of segmentDocument(lines, from, Math.min(lines.length, from + SLICE), bold)) segs.push(seg);
      yield;
    }
    return yield* new Parser(lines, lineLengths, options, undefined, segs).runSteps();
  } catch {
    return emptyDocument(text);
  }
}

/** `parse` without the safety net, so that tests and fuzzing see a parser bug instead of an empty model. */
export function parseOrThrow(text: string, options: ParseOptions = {}): MinutesDocument {
  const lines = splitLines(text);
  const lineLengths = Int32Array.from(lines, (l) => l.length);
  return new Parser(lines, lineLengths, options).run();
}

/** Which numbering a file uses: any `NNN/YY` item means the year scheme. */
export function detectScheme(segs: readonly Segment[], setting: NumberingSetting = 'auto'): NumberingScheme {
  if (setting !== 'auto') return setting;
  let perMeeting = 0;
  for (const s of segs) {
    if (!s.first) continue;
    if (matchYearNumber(s.text)) return 'year';
    const pm = matchPerMeetingNumber(s.text);
    if (pm && !matchAgendaItem(s.text) && isTitleLike(s.text.slice(pm.titleStart)) && !/^item/i.test(s.text) && /^\d{1,3}\./.test(s.text)) perMeeting++;
  }
  return perMeeting >= 2 ? 'per-meeting' : 'year';
}

type Phase = 'header' | 'people' | 'agenda' | 'body';

/**
 * Where a parse of part of a document starts: lines [from, to) hold one item's head line and
 * everything up to the next item or section; `meeting` is the parser's meeting as it stood at
 * `from` (a copy: the parse adds to it); `openItem` whether an item was open just before.
 */
export interface RegionStart {
  readonly from: number;
  readonly to: number;
  readonly scheme: NumberingScheme;
  readonly meeting: Meeting;
  readonly openItem: boolean;
}

/** What a parse of a region found, and whether it ended in a state the lines after it do not depend on. */
export interface RegionParse {
  readonly meeting: Meeting;
  readonly variants: Variant[];
  readonly agendas: number;
  /** False when the region left a `**` open, or an item number waiting for its title. */
  readonly closed: boolean;
}

/** Parses lines [from, to) of a document as the full parse would have, given the state at `from`. */
export function parseRegion(lines: string[], lineLengths: Int32Array, options: ParseOptions, start: RegionStart): RegionParse {
  return new Parser(lines, lineLengths, options, start).runRegion();
}

class Parser {
  private readonly segs: Segment[];
  private readonly scheme: NumberingScheme;
  private readonly order: DateOrder;
  private readonly variants: Variant[] = [];
  private readonly agendas: Agenda[] = [];
  private meeting: Meeting | undefined;
  private phase: Phase = 'header';
  private block: PeopleBlock | undefined;
  private item: Item | undefined;
  private pendingTitle: Item | undefined;
  private agenda: Agenda | undefined;
  private headerDateSeg = -1;
  private lastPerson: { person: Person; seg: Segment } | undefined;

  private readonly regionEnd: number = -1;
  private readonly boldAfter: BoldState = { open: false };

  constructor(private readonly lines: string[], private readonly lineLengths: Int32Array, options: ParseOptions, region?: RegionStart, segs?: Segment[]) {
    this.order = options.dateOrder ?? 'dmy';
    if (!region) {
      this.segs = segs ?? segmentDocument(lines);
      this.scheme = detectScheme(this.segs, options.numbering);
      return;
    }
    this.segs = segmentDocument(lines, region.from, region.to, this.boldAfter);
    this.regionEnd = this.segs.length;
    // the next line too: a heading-like last line starts a section only if an item follows it
    if (region.to < lines.length) this.segs.push(...segmentDocument(lines, region.to, region.to + 1));
    this.scheme = region.scheme;
    this.meeting = region.meeting;
    this.phase = 'body';
    if (region.openItem) this.item = { headRange: region.meeting.range, title: '', range: region.meeting.range, content: 0, presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [] };
  }

  runRegion(): RegionParse {
    for (let i = 0; i < this.regionEnd; i++) i += this.step(i);
    return { meeting: this.meeting!, variants: this.variants, agendas: this.agendas.length, closed: !this.boldAfter.open && !this.pendingTitle };
  }

  run(): MinutesDocument {
    for (let i = 0; i < this.segs.length; i++) {
      const skip = this.step(i);
      i += skip;
    }
    return this.end();
  }

  /** `run`, pausing every SLICE segments. */
  *runSteps(): Sliced<MinutesDocument> {
    for (let i = 0, next = SLICE; i < this.segs.length; i++) {
      i += this.step(i);
      if (i >= next) { next = i + SLICE; yield; }
    }
    return this.end();
  }

  /** The document, once every segment is read. */
  private end(): MinutesDocument {
    this.closeItem();
    this.closeBlock();
    const m = this.meeting;
    if (m) {
      const lastLine = this.lines.length - 1;
      m.range = { start: m.range.start, end: { line: lastLine, character: this.lineLengths[lastLine] } };
      for (const s of m.sections) if (s.range.end.line < s.range.start.line) s.range = { start: s.range.start, end: m.range.end };
    }
    const kind = m && (m.items.length > 0 || m.people.length > 0 || this.agendas.length === 0) && !this.isBare(m) ? 'minutes' : this.agendas.length > 0 ? 'agenda' : m ? 'minutes' : 'empty';
    return { kind, scheme: this.scheme, meeting: m, agendas: this.agendas, variants: this.variants, lineCount: this.lines.length, lineLengths: this.lineLengths };
  }

  private isBare(m: Meeting): boolean {
    return !m.title && !m.date && m.items.length === 0 && m.people.length === 0;
  }

  // ---- ranges ----------------------------------------------------------------------------------

  private r(seg: Segment, a: number, b: number): Range {
    return { start: { line: seg.line, character: col(seg, a) }, end: { line: seg.line, character: b >= seg.text.length ? col(seg, seg.text.length) : col(seg, b) } };
  }
  private whole(seg: Segment): Range { return this.r(seg, 0, seg.text.length); }
  private lineEnd(line: number): { line: number; character: number } { return { line, character: this.lineLengths[line] }; }

  private located(seg: Segment, a: number, b: number): Located<string> {
    return { value: seg.text.slice(a, b).trim(), range: this.r(seg, a, b) };
  }

  private dateValue(seg: Segment, d: DateMatch, from = 0): DateValue {
    return {
      text: d.text, range: this.r(seg, from + d.start, from + d.end), year: d.year, month: d.month, day: d.day,
      problem: d.problem, iso: d.problem && !d.problem.includes(', not a ') ? undefined : isoDate(d.year, d.month, d.day),
    };
  }

  private nextNonBlank(i: number): number {
    for (let k = i + 1; k < this.segs.length; k++) if (this.segs[k].text.length > 0 && !isTableRule(this.segs[k].text)) return k;
    return -1;
  }

  private ensureMeeting(seg: Segment): Meeting {
    if (!this.meeting) {
      this.meeting = {
        dateField: false, people: [], sections: [], items: [], dates: [], boldActions: false, statusUpdates: [], approvals: [], closing: [],
        range: { start: { line: seg.line, character: 0 }, end: this.lineEnd(seg.line) }, startLine: seg.line,
      };
    }
    return this.meeting;
  }

  // ---- one segment -------------------------------------------------------------------------------

  /** Handles segment i; returns how many following segments it consumed. */
  private step(i: number): number {
    const seg = this.segs[i];
    const t = seg.text;
    if (t.length === 0 || isTableRule(t)) return 0;
    const meeting = this.meeting;

    if (!this.item && declaresBoldActions(t)) this.ensureMeeting(seg).boldActions = true;

    // An agenda before the minutes (or a file that is only an agenda).
    if (!this.item && isAgendaHeading(t)) {
      this.startAgenda(seg);
      return 0;
    }
    if (this.phase === 'agenda') {
      if (this.agendaStep(i)) return 0;
    }

    // Closing lines (next meeting, close of meeting, signature) belong to the meeting, not to the
    // item above them: not counted as its content, nor within its range (the published record
    // prints them after the items, and withholding the item never withholds them).
    const field = matchField(t);
    if (this.item && !this.pendingTitle) {
      const nextMeeting = field?.name === 'nextMeeting' && !this.titleMentionsNextMeeting(this.item);
      if (nextMeeting || matchClosingLine(t)) {
        if (nextMeeting) this.fieldStep(seg, 'nextMeeting', field.valueStart);
        this.meeting!.closing.push(this.located(seg, 0, t.length));
        return 0;
      }
    }

    // Header fields: Date:, Time:, Location:, Chair:, Next meeting:
    if (field && (field.name === 'nextMeeting' || !this.item)) {
      this.fieldStep(seg, field.name, field.valueStart);
      return 0;
    }

    // People blocks, before the first item.
    if (!this.item && (!meeting || meeting.items.length === 0)) {
      const blockKind = this.blockHeading(t);
      if (blockKind) {
        this.startBlock(seg, blockKind);
        return 0;
      }
      if (this.phase === 'people' && this.block) {
        if (this.personStep(seg)) return 0;
        this.closeBlock();
        this.phase = 'header';
      }
    }

    // A later meeting's word on an action, wherever it stands: `081/22-A1 DONE: …`
    const su = matchStatusUpdate(t);
    if (su) {
      const m = this.ensureMeeting(seg);
      m.statusUpdates.push({
        target: { seq: su.seq, year: su.year }, action: su.index, status: su.status, note: t.slice(su.noteStart).trim(),
        range: this.whole(seg), refRange: this.r(seg, 0, su.refEnd),
      });
      if (this.item) { this.item.content++; this.extend(seg); }
      return 0;
    }

    // Items.
    const consumed = this.itemStart(i);
    if (consumed >= 0) return consumed;

    // A title for an item whose number stood alone.
    if (this.pendingTitle) {
      const item = this.pendingTitle;
      this.pendingTitle = undefined;
      if (seg.heading > 0 || allBold(seg) || /^item\b/i.test(t) || isTitleLike(t)) {
        this.setTitle(item, seg, 0);
        return 0;
      }
    }

    // Sections: `## Heading`, or a published heading line just before an item.
    if (seg.heading > 0 && (this.meeting?.title || this.item || this.phase !== 'header')) {
      if (!this.meeting?.title && !this.item) { this.setTitle2(seg); return 0; }
      this.startSection(seg, true);
      return 0;
    }
    if (seg.only && isHeadingLike(t) && (this.meeting?.title || this.item)) {
      const nx = this.nextNonBlank(i);
      if (nx >= 0 && this.startsItem(this.segs[nx])) {
        this.startSection(seg, false);
        return 0;
      }
    }

    if (this.headingItem(i)) return 0;

    if (!this.item) {
      this.headerStep(i);
      return 0;
    }
    this.contentStep(seg);
    return 0;
  }

  // ---- header ------------------------------------------------------------------------------------

  private setTitle2(seg: Segment): void {
    const m = this.ensureMeeting(seg);
    m.title = this.located(seg, 0, seg.text.length);
  }

  private headerStep(i: number): void {
    const seg = this.segs[i];
    const t = seg.text;
    const m = this.ensureMeeting(seg);
    if (!m.title && (seg.heading > 0 || (t === t.toUpperCase() && /[A-Z]{3}/.test(t) && t.length <= 100) || isHeadingLike(t))) {
      m.title = this.located(seg, 0, t.length);
      return;
    }
    if (!m.date) {
      const d = findDate(t, this.order);
      if (d) {
        m.date = this.dateValue(seg, d);
        m.dates.push(m.date);
        this.headerDateSeg = i;
        const tr = findTimeRange(t.slice(d.end));
        if (tr && !m.time) m.time = this.located(seg, d.end + tr.start, d.end + tr.end);
        return;
      }
    }
    const tr = findTimeRange(t);
    if (tr && !m.time && tr.start === 0) {
      m.time = this.located(seg, 0, t.length);
      return;
    }
    // The line under a published date line names the place ("Main Conference room (G2), Lloyd House").
    if (this.headerDateSeg >= 0 && this.nextNonBlank(this.headerDateSeg) === i && !m.location && isTitleLike(t) && !findTimeRange(t)) {
      m.location = this.located(seg, 0, t.length);
    }
  }

  private fieldStep(seg: Segment, name: string, valueStart: number): void {
    const m = this.ensureMeeting(seg);
    const value = this.located(seg, valueStart, seg.text.length);
    switch (name) {
      case 'date': {
        const d = findDate(seg.text.slice(valueStart), this.order);
        m.dateField = true;
        if (d) {
          m.date = this.dateValue(seg, d, valueStart);
          m.dates.push(m.date);
        }
        return;
      }
      case 'time': m.time = value; return;
      case 'location': m.location = value; return;
      case 'chair': m.chair = value; return;
      case 'status': m.status = value; return; // read by archive.ts (Approved …, Published, Draft)
      case 'nextMeeting': {
        const d = findDate(seg.text.slice(valueStart), this.order);
        if (d) {
          m.nextMeeting = this.dateValue(seg, d, valueStart);
          m.dates.push(m.nextMeeting);
        }
        if (this.item && this.titleMentionsNextMeeting(this.item)) this.item.content++;
        return;
      }
    }
  }

  // ---- agenda ------------------------------------------------------------------------------------

  private startAgenda(seg: Segment): void {
    // The header read so far (title, date) belongs to the agenda, not to minutes.
    const m = this.meeting;
    const agenda: Agenda = { title: m?.title, date: m?.date, items: [], sections: [], range: this.whole(seg) };
    if (m) agenda.range = { start: m.range.start, end: this.lineEnd(seg.line) };
    this.agendas.push(agenda);
    this.agenda = agenda;
    this.meeting = undefined;
    this.headerDateSeg = -1;
    this.phase = 'agenda';
  }

  /** Returns true when the segment belongs to the agenda. */
  private agendaStep(i: number): boolean {
    const seg = this.segs[i];
    const agenda = this.agenda!;
    const t = seg.text;
    const ai = matchAgendaItem(t);
    if (ai) {
      const rest = t.slice(ai.rest);
      const fields = rest.split(/\t+| {2,}/).map((f) => f.trim()).filter((f) => f.length > 0);
      const bold = seg.bold.find(([a]) => a >= ai.rest);
      let title = bold ? t.slice(bold[0], bold[1]).trim() : fields[0] ?? '';
      title = title.replace(/:$/, '');
      const presenters: Mention[] = [];
      const p = matchPresenter(t);
      if (p) for (const n of p.names) presenters.push({ text: t.slice(n.start, n.end), range: this.r(seg, n.start, n.end) });
      const last = fields[fields.length - 1];
      const kind = fields.length > 1 && last && /^(?:verbal|written|for noting|presentation|report|verbal update|written report)/i.test(last) ? last : undefined;
      agenda.items.push({ number: ai.number, time: ai.time, title, presenters, kind, range: this.whole(seg) });
      agenda.range = { start: agenda.range.start, end: this.lineEnd(seg.line) };
      return true;
    }
    // A new title line ends the agenda: the minutes begin.
    if (seg.heading > 0 || (t === t.toUpperCase() && /[A-Z]{4}/.test(t))) {
      this.agenda = undefined;
      this.phase = 'header';
      return false;
    }
    if (this.blockHeading(t)) {
      this.agenda = undefined;
      this.phase = 'header';
      return false;
    }
    if (isHeadingLike(t)) agenda.sections.push(this.located(seg, 0, t.length));
    else if (agenda.items.length === 0 && !agenda.date) {
      const d = findDate(t, this.order);
      if (d) (agenda as { date?: DateValue }).date = this.dateValue(seg, d);
    }
    agenda.range = { start: agenda.range.start, end: this.lineEnd(seg.line) };
    return true;
  }

  // ---- people ------------------------------------------------------------------------------------

  private blockHeading(t: string): BlockKind | undefined {
    const word = t.replace(/[ \t]*:[ \t]*$/, '').trim();
    for (const [re, kind] of BLOCK_WORDS) if (re.test(word)) return kind;
    return undefined;
  }

  private startBlock(seg: Segment, kind: BlockKind): void {
    this.closeBlock();
    const m = this.ensureMeeting(seg);
    const label = seg.text;
    const canonicalLabel = label === CANONICAL.blocks[kind];
    const block: PeopleBlock = { kind, label, labelRange: this.whole(seg), canonicalLabel, people: [], range: this.whole(seg) };
    if (!canonicalLabel) this.variants.push({ kind: 'block-label', range: this.whole(seg), written: label, block: kind });
    m.people.push(block);
    this.block = block;
    this.lastPerson = undefined;
    this.phase = 'people';
  }

  private closeBlock(): void {
    this.block = undefined;
    this.lastPerson = undefined;
  }

  /** Returns false when the segment ends the block. */
  private personStep(seg: Segment): boolean {
    const block = this.block!;
    const t = seg.text;
    if (this.startsItem(seg) || seg.heading > 0 && !this.blockHeading(t)) return false;
    const line = parseAttendanceLine(t);
    const usable = line && (line.form !== 'bare' || looksLikeName(t) && t.trim().split(/\s+/).length >= 2);
    if (line && usable) {
      this.addPerson(seg, block, line.nameStart, line.nameEnd, line.roleStart, line.roleEnd, line.initials, line.form, line.looseColon, t.length);
      return true;
    }
    // A role the PDF split onto the next line ("Director of" / "POD").
    const prev = this.lastPerson;
    if (prev && prev.seg.line === seg.line - 1 && t.split(/\s+/).length <= 5 && !/[.:]$/.test(t)
      && (/^[a-z&(]/.test(t) || /(?:\b(?:of|and|for|the|to|in)|[&,\-–])$/.test(prev.person.role ?? ''))) {
      const p = prev.person as { role?: string; range: Range; roleRange?: Range };
      p.role = `${prev.person.role ?? ''} ${t}`.trim();
      p.range = { start: p.range.start, end: this.whole(seg).end };
      block.range = { start: block.range.start, end: this.whole(seg).end };
      return true;
    }
    return false;
  }

  private addPerson(seg: Segment, block: PeopleBlock, ns: number, ne: number, rs: number | undefined, re: number | undefined, initials: string | undefined, form: Person['form'], looseColon: boolean, end: number): void {
    // A line the PDF joined: "Simon Foster : PCC Wasim Ali : APCC" holds two people.
    if (rs !== undefined && form === 'colon') {
      const second = joinedPersonStart(seg.text.slice(0, re), rs);
      if (second > 0) {
        let roleEnd = second;
        while (roleEnd > rs && /\s/.test(seg.text[roleEnd - 1])) roleEnd--;
        this.addPerson(seg, block, ns, ne, rs, roleEnd, initials, form, looseColon, roleEnd);
        const rest = seg.text.slice(second);
        const line = parseAttendanceLine(rest);
        if (line) this.addPerson(seg, block, second + line.nameStart, second + line.nameEnd, line.roleStart !== undefined ? second + line.roleStart : undefined, line.roleEnd !== undefined ? second + line.roleEnd : undefined, line.initials, line.form, line.looseColon, seg.text.length);
        return;
      }
    }
    const written = seg.text.slice(ns, ne);
    const name = parseName(written);
    if (!name) return;
    const person: Person = {
      block: block.kind, name, written, initials,
      role: rs !== undefined && re !== undefined ? seg.text.slice(rs, re) : undefined,
      range: this.r(seg, ns, end), nameRange: this.r(seg, ns, ne),
      roleRange: rs !== undefined && re !== undefined ? this.r(seg, rs, re) : undefined,
      form, looseColon,
    };
    block.people.push(person);
    block.range = { start: block.range.start, end: this.whole(seg).end };
    this.lastPerson = { person, seg };
    if (form !== 'colon' && form !== 'bare' || looseColon) {
      this.variants.push({ kind: 'person-separator', range: person.range, written: seg.text.slice(ns, end), person });
    }
  }

  // ---- items ---------------------------------------------------------------------------------------

  private startsItem(seg: Segment): boolean {
    const t = seg.text;
    if (this.scheme === 'year') return !!matchYearNumber(t) || !!matchItemWord(t);
    return this.perMeetingItem(t) !== undefined || !!matchItemWord(t);
  }

  /**
   * Markup inside a number's span (`**` in `3**81/22`), if its text differs from the clean one.
   * A span may run over lines (`12</b>1/2⏎3`, its year's last digit on the next line): the
   * markup of every line of it counts, or an edit of the number would drop it.
   */
  private debrisIn(range: Range, written: string): string | undefined {
    const { start, end } = range;
    const raw = start.line === end.line
      ? this.lines[start.line].slice(start.character, end.character)
      : [this.lines[start.line].slice(start.character), ...this.lines.slice(start.line + 1, end.line), this.lines[end.line].slice(0, end.character)].join('\n');
    if (raw === written) return undefined;
    return markupIn(raw);
  }

  private perMeetingItem(t: string): { seq: number; end: number; titleStart: number } | undefined {
    const pm = matchPerMeetingNumber(t);
    if (!pm || matchAgendaItem(t)) return undefined;
    const rest = t.slice(pm.titleStart);
    // "2. Item: next meeting." is an item for its word "Item", whatever its title looks like
    // (renumbering an unnumbered "Item:" line writes exactly this)
    if (!/^item/i.test(t) && !matchItemWord(rest) && !isTitleLike(rest)) return undefined;
    return pm;
  }

  /** Starts an item if segment i begins one; returns the segments consumed, or -1. */
  private itemStart(i: number): number {
    const seg = this.segs[i];
    const t = seg.text;
    if (this.pendingTitle && /^item\b/i.test(t)) return -1; // the title of a number that stood alone
    if (this.scheme === 'year') {
      const ym = matchYearNumber(t);
      if (ym) {
        let consumed = 0;
        let range = this.r(seg, 0, ym.end);
        let year = ym.year;
        let malformed = ym.malformed;
        let written = t.slice(0, ym.end);
        if (ym.needsNextDigit) {
          const nx = this.nextNonBlank(i);
          const nseg = nx >= 0 ? this.segs[nx] : undefined;
          if (nseg && /^\d$/.test(nseg.text) && nseg.line - seg.line <= 2) {
            year = year * 10 + Number(nseg.text);
            range = { start: range.start, end: this.r(nseg, 0, 1).end };
            written = `${written}\n${nseg.text}`;
            consumed = nx - i;
          } else {
            malformed = 'the year has one digit';
          }
        }
        const number: ItemNumber = { seq: ym.seq, year, range, written, malformed, debris: this.debrisIn(range, written) };
        const item = this.openItem(seg, number, range);
        const restStart = ym.end;
        if (t.slice(restStart).trim().length > 0) this.setTitle(item, seg, restStart);
        else this.pendingTitle = item;
        return consumed;
      }
    } else {
      const pm = this.perMeetingItem(t);
      if (pm) {
        const range = this.r(seg, 0, pm.end);
        const written = t.slice(0, pm.end);
        const item = this.openItem(seg, { seq: pm.seq, range, written, debris: this.debrisIn(range, written) }, range);
        this.setTitle(item, seg, pm.titleStart);
        return 0;
      }
    }
    const iw = matchItemWord(t);
    if (iw && !this.pendingTitle) {
      const item = this.openItem(seg, undefined, this.r(seg, 0, t.length));
      this.setTitle(item, seg, 0);
      return 0;
    }
    return -1;
  }

  /**
   * A plain heading line with no number ("Chief Constable Update") inside the items part, with a
   * blank line above and discussion below, opens an item that has no number yet: its actions
   * belong to it, not to the item above. Only after a numbered item, so that a published
   * text's headings and debris before the first minute are left alone; a heading directly
   * before an item stays a section (above).
   */
  private headingItem(i: number): boolean {
    const seg = this.segs[i];
    const t = seg.text;
    const m = this.meeting;
    if (!m || this.phase !== 'body' || !seg.only || seg.heading > 0 || seg.bullet || this.pendingTitle) return false;
    if (seg.line > 0 && this.lines[seg.line - 1].trim() !== '') return false;
    // after any item, numbered or not: renumbering gives "Item: …" a number, and must not make a heading an item
    if (!isUnnumberedHeading(t) || m.items.length === 0) return false;
    // a person named on a line of their own, or with their role, is not a heading
    const person = parseAttendanceLine(t);
    if (person && person.form !== 'bare') return false;
    if (m.people.some((b) => b.people.some((p) => p.written === t || p.name.display === t))) return false;
    const nx = this.nextNonBlank(i);
    if (nx < 0) return false;
    const next = this.segs[nx].text;
    if (this.startsItem(this.segs[nx]) || this.segs[nx].heading > 0 || matchField(next) || matchClosingLine(next) || matchStatusUpdate(next)) return false;
    const item = this.openItem(seg, undefined, this.whole(seg));
    this.setTitle(item, seg, 0);
    return true;
  }

  private openItem(seg: Segment, number: ItemNumber | undefined, headRange: Range): Item {
    this.closeItem();
    this.closeBlock();
    this.pendingTitle = undefined;
    this.phase = 'body';
    const m = this.ensureMeeting(seg);
    const item: Item = {
      number, headRange, title: '', range: { start: { line: seg.line, character: col(seg, 0) }, end: this.lineEnd(seg.line) },
      content: 0, presenters: [], actions: [], decisions: [], references: [], questions: [], arrivals: [],
      section: m.sections.length > 0 ? m.sections.length - 1 : undefined,
    };
    m.items.push(item);
    this.item = item;
    return item;
  }

  private closeItem(): void {
    this.item = undefined;
  }

  /** Reads the title from `from` on; text after the title on the same segment is content. */
  private setTitle(item: Item, seg: Segment, from: number): void {
    const t = seg.text;
    let start = from;
    while (start < t.length && /\s/.test(t[start])) start++;
    const iw = matchItemWord(t.slice(start));
    if (iw) {
      item.agendaRef = iw.agendaRef;
      start += iw.titleStart;
    }
    let end = t.length;
    // "Item 1 - Apologies and PCC Update: Apologies were noted …": the title ends at the colon
    const colon = iw ? t.slice(start).search(/:(?:\s|$)/) : -1;
    let rest = -1;
    if (colon >= 0) { end = start + colon; rest = end + 1; }
    const presenter = matchPresenter(t.slice(start, end));
    if (presenter && !presenter.canonical && presenter.start > 0) { end = start + presenter.start; rest = end; }
    while (end > start && /[\s:]/.test(t[end - 1])) end--;
    item.title = t.slice(start, end);
    item.titleRange = this.r(seg, start, end);
    if (rest >= 0 && t.slice(rest).trim().length > 0) {
      item.content++;
      this.recognise(seg, rest);
    } else if (/[.!?]$/.test(item.title) || item.title.split(/\s+/).length > 14) {
      item.content++; // a published item whose only text is one sentence
    }
    // "Date of the next meeting: 23rd January 2024": the date is the item's content
    const m = this.meeting;
    if (m && !m.nextMeeting && mentionsNextMeeting(item.title)) {
      const d = findDate(t.slice(start, end), this.order);
      if (d) { m.nextMeeting = this.dateValue(seg, d, start); item.content++; }
    }
    this.extend(seg);
  }

  private extend(seg: Segment): void {
    const end = this.lineEnd(seg.line);
    if (this.item) this.item.range = { start: this.item.range.start, end };
    const m = this.meeting;
    if (m && m.sections.length > 0) {
      const s = m.sections[m.sections.length - 1];
      s.range = { start: s.range.start, end };
    }
  }

  private startSection(seg: Segment, canonical: boolean): void {
    this.closeItem();
    this.closeBlock();
    this.phase = 'body';
    const m = this.ensureMeeting(seg);
    const range = this.whole(seg);
    m.sections.push({ title: seg.text.replace(/:$/, '').trim(), headingRange: range, range: { start: range.start, end: this.lineEnd(seg.line) }, canonical });
  }

  // ---- item content ----------------------------------------------------------------------------------

  private contentStep(seg: Segment): void {
    const item = this.item!;
    item.content++;
    if (!item.confidentialMark && lineMarker(seg.text)) item.confidentialMark = this.whole(seg);
    this.recognise(seg, 0);
    this.extend(seg);
  }

  /** Recognises presenters, askers, actions, decisions, references and questions in a segment of an item. */
  private recognise(seg: Segment, from: number): void {
    const item = this.item;
    const m = this.meeting;
    if (!item || !m) return;
    const t = seg.text;
    const body = from > 0 ? t.slice(from) : t;
    const off = (s: Span): Span => ({ start: s.start + from, end: s.end + from });

    const ak = matchActionKeyword(body);
    if (ak) { this.addAction(seg, off(ak), from + ak.end, false); return; }
    const dk = matchDecisionKeyword(body);
    if (dk) {
      const kw = off(dk);
      item.decisions.push({ text: t.slice(kw.end).trim(), range: this.r(seg, from, t.length), keyword: this.located(seg, kw.start, kw.end) });
      const written = t.slice(kw.start, kw.end).trim();
      if (written !== CANONICAL.decision) this.variants.push({ kind: 'decision-keyword', range: this.r(seg, kw.start, kw.end), written });
      return;
    }

    const p = matchPresenter(body);
    if (p) {
      const names = p.names.map((n) => ({ text: t.slice(from + n.start, from + n.end), range: this.r(seg, from + n.start, from + n.end) }));
      const presenter: Presenter = {
        names, canonical: p.canonical, range: this.r(seg, from + p.start, t.length), leadRange: this.r(seg, from + p.lead.start, from + p.lead.end),
        tail: p.tail ? this.located(seg, from + p.tail.start, from + p.tail.end) : undefined,
      };
      item.presenters.push(presenter);
      if (!p.canonical && p.start === 0) this.variants.push({ kind: 'presenter-sentence', range: this.r(seg, from, t.length), presenter });
    }

    let question: Question | undefined;
    const qEnd = body.lastIndexOf('?');
    if (qEnd > 0 && !p) {
      const qStart = body.search(/\S/);
      question = { text: body.slice(qStart, qEnd + 1), range: this.r(seg, from + qStart, from + qEnd + 1) };
      item.questions.push(question);
    }
    const asker = matchAsker(body);
    if (asker) {
      const mention = { text: t.slice(from + asker.start, from + asker.end), range: this.r(seg, from + asker.start, from + asker.end) };
      const last = item.questions[item.questions.length - 1];
      const target = question ?? (last && !last.asker ? last : undefined);
      if (target) target.asker = mention;
      else item.questions.push({ text: '', range: this.whole(seg), asker: mention });
    }

    for (const a of matchArrivals(body)) item.arrivals.push({ name: { text: t.slice(from + a.name.start, from + a.name.end), range: this.r(seg, from + a.name.start, from + a.name.end) }, kind: a.kind });

    for (const ref of findReferences(body)) {
      item.references.push({ target: { seq: ref.seq, year: ref.year }, action: ref.action, range: this.r(seg, from + ref.start, from + ref.end) });
    }

    const approval = matchApproval(body);
    if (approval) {
      const d = findDates(body.slice(approval.start, approval.end), this.order).find((x) => !x.problem);
      m.approvals.push({ range: this.r(seg, from + approval.start, from + approval.end), meetingDate: d ? isoDate(d.year, d.month, d.day) : undefined });
    }

    if (!m.nextMeeting && (mentionsNextMeeting(body) || this.titleMentionsNextMeeting(item))) {
      const d = findDates(body, this.order)[0];
      if (d) { m.nextMeeting = this.dateValue(seg, d, from); }
    }

    // A bold paragraph in a document that says actions are in bold.
    if (m.boldActions && !p && allBold(seg)) {
      const text = t.trim();
      if (/[.!]$/.test(text) && text.split(/\s+/).length >= 4) {
        this.addAction(seg, undefined, 0, true);
        const span = seg.bold[0];
        this.variants.push({ kind: 'bold-action', range: this.r(seg, span[0], seg.bold[seg.bold.length - 1][1]), text });
      }
    }
  }

  /** `mentionsNextMeeting(item.title)`, asked for every paragraph of the item: worked out once per title. */
  private titleMentionsNextMeeting(item: Item): boolean {
    const t = this.titleNext;
    if (t && t.title === item.title) return t.yes;
    const yes = mentionsNextMeeting(item.title);
    this.titleNext = { title: item.title, yes };
    return yes;
  }
  private titleNext: { readonly title: string; readonly yes: boolean } | undefined;

  private addAction(seg: Segment, keyword: Span | undefined, textFrom: number, bold: boolean): void {
    const item = this.item!;
    const t = seg.text;
    const fields = splitActionFields(t, textFrom);
    const owners: Mention[] = [];
    let ownerInferred = false;
    if (fields.owners) {
      const region = t.slice(fields.owners.start, fields.owners.end);
      for (const n of splitNames(region)) owners.push({ text: region.slice(n.start, n.end), range: this.r(seg, fields.owners.start + n.start, fields.owners.start + n.end) });
    } else {
      const subj = leadingSubject(t.slice(fields.text.start, fields.text.end));
      if (subj) {
        const s = fields.text.start + subj.start;
        owners.push({ text: t.slice(s, fields.text.start + subj.end), range: this.r(seg, s, fields.text.start + subj.end) });
        ownerInferred = true;
      }
    }
    let due: Action['due'];
    if (fields.due) {
      const dueText = t.slice(fields.due.start, fields.due.end);
      const d = findDate(dueText, this.order);
      const date = d ? this.dateValue(seg, d, fields.due.start) : undefined;
      if (date) this.meeting!.dates.push(date);
      due = { text: dueText, range: this.r(seg, fields.due.start, fields.due.end), date, nextMeeting: /\bnext\s+meeting\b/i.test(dueText) };
    }
    const action: Action = {
      index: item.actions.length + 1,
      text: t.slice(fields.text.start, fields.text.end).trim(), range: this.whole(seg), textRange: this.r(seg, fields.text.start, fields.text.end),
      keyword: keyword ? this.located(seg, keyword.start, keyword.end) : undefined, bold, owners, ownerInferred, due,
      insertAt: this.r(seg, fields.end, fields.end),
    };
    item.actions.push(action);
    if (keyword) {
      const written = t.slice(keyword.start, keyword.end).trim();
      if (written !== CANONICAL.action) this.variants.push({ kind: 'action-keyword', range: this.r(seg, keyword.start, keyword.end), written });
    }
  }
}
