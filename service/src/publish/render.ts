/**
 * The published record as a neutral structure: header, people, sections and items with their
 * presenters, paragraphs, bullet lists, questions, actions and decisions, and the closing list of
 * actions. Built once from the parsed meeting and the text layer's segments; HTML, Word and
 * Markdown are written from it and never read the text again.
 *
 * Public and full versions come from one file: an item marked `[confidential]` (or marked in
 * any other way `confidential.ts` recognises: withholding fails safe) is replaced in the public version by one line saying it was considered in
 * private, and nothing of it (title, text, actions, decisions) reaches the output.
 */
import type { Decision, Item, Meeting, MinutesDocument, Person } from '../model';
import { actionRefLabel, numberLabel } from '../numbers';
import { BLOCK_LABELS, CANONICAL, type BlockKind } from '../markup';
import { sectionMarker, withheldWords, wordsOf, withholding } from '../confidential';
import { stringsWithoutBidi } from './escape';
import { displayDate, longDate, type DateOrder } from '../dates';
import { publishedDue, publishedOwner } from './owners';
import { col, segmentDocument, type Segment } from '../text';
import type { Range } from '../types';
import { membersToConfirmLines } from '../toConfirm';
import { decisionOutcome, interestRows, itemMotions, movements, type InterestRow, type Movement, type RenderedMotion } from './proceedings';
import { writtenInOurMarkup } from '../proceedings/ourMarkup';
import { recordStatus, type RecordStatus } from './recordStatus';
import { decisionWords } from '../decisionWords';
import { joinLines } from '../forms/hyphenation';

export type PublishVersion = 'public' | 'full';

export interface PublishOptions {
  readonly version: PublishVersion;
  readonly dateOrder: DateOrder;
  /** `long`: "Tuesday 27 September 2022", as published; `short`: 27/09/2022. */
  readonly dateStyle: 'long' | 'short';
  /** The title line; `{title}` stands for the meeting's title. */
  readonly titleLine: string;
  /** Whether a table of the meeting's actions closes the document. */
  readonly actionsTable: boolean;
}

export const DEFAULT_PUBLISH: PublishOptions = { version: 'full', dateOrder: 'dmy', dateStyle: 'long', titleLine: '{title}', actionsTable: true };

export interface RenderedAction { readonly ref: string; readonly text: string; readonly owners: string; readonly due?: string; readonly item: string }

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly bold: boolean }
  | { readonly kind: 'bullets'; readonly items: string[] }
  | { readonly kind: 'question'; readonly text: string; readonly asker?: string }
  | { readonly kind: 'action'; readonly action: RenderedAction }
  | { readonly kind: 'decision'; readonly text: string; /** What the minutes record of its vote, in the published forms (the decision notice prints it). */ readonly outcome?: string }
  | { readonly kind: 'motion'; readonly motion: RenderedMotion }
  | { readonly kind: 'interests'; readonly rows: InterestRow[] };

export interface RenderedItem {
  readonly kind: 'item';
  readonly number: string;
  readonly title: string;
  /** The item's first line in the source, for the preview to scroll and reveal. */
  readonly line: number;
  readonly presenters: readonly string[];
  readonly blocks: readonly Block[];
  /** Marked confidential; in the public version `withheld` is true and nothing of it is here. */
  readonly confidential: boolean;
  readonly withheld: boolean;
  readonly reason?: string;
}

export interface RenderedSection { readonly kind: 'section'; readonly title: string; readonly line: number; readonly blocks: readonly Block[] }

export interface RenderedPeople { readonly kind: BlockKind; readonly label: string; readonly people: ReadonlyArray<{ readonly name: string; readonly role?: string }> }

export interface RenderedMeeting {
  readonly title: string;
  readonly date?: string;
  readonly time?: string;
  readonly location?: string;
  readonly chair?: string;
  /** Draft or approved, by the meeting's `Status:` line: every writer prints it under the heading (recordStatus.ts). */
  readonly status?: RecordStatus;
  readonly version: PublishVersion;
  readonly people: readonly RenderedPeople[];
  /** Text before the first item that is not a header field or a person: notes, observers, a webcast link. */
  readonly preamble: readonly Block[];
  readonly body: ReadonlyArray<RenderedItem | RenderedSection>;
  /** The lines that close the meeting (next meeting, close, signature): after the items, in every version. */
  readonly closing: readonly Block[];
  readonly actions: readonly RenderedAction[];
  readonly actionsTable: boolean;
  readonly withheldCount: number;
  /** Arrivals and departures in the items this version shows (our markup; published minutes print theirs where they happen). */
  readonly movements: readonly Movement[];
}

/** A segment that is a minute number alone (`011/20`, `011/20*`). */
const NUMBER_ALONE = /^\s*\d{1,3}\s?\/\s?\d{1,4}[*.:]?\s*$/;

const within = (line: number, r: { start: { line: number }; end: { line: number } }): boolean => line >= r.start.line && line <= r.end.line;
/** Whether segment `seg` holds some of range `r`: on its lines, and on its first and last lines within its columns. */
function segWithin(seg: Segment, r: Range): boolean {
  if (!within(seg.line, r)) return false;
  if (seg.line === r.start.line && col(seg, seg.text.length) <= r.start.character && seg.text.length > 0) return false;
  if (seg.line === r.end.line && col(seg, 0) >= r.end.character) return false;
  return true;
}

/** What an action's owners and due date are published against: the meeting's lists and the next meeting's date. */
interface ActionContext { readonly meeting: Meeting; readonly nextIso?: string; readonly order: DateOrder; readonly lines: readonly string[] }

function renderItem(item: Item, segs: readonly Segment[], options: PublishOptions, ctx: ActionContext): RenderedItem {
  const number = item.number ? numberLabel(item.number) : '';
  const held = withholding(item, ctx.meeting);
  // only the documented marker is taken off the title and has its reason printed
  const conf = held?.by === 'title' && held.marker.canonical ? held.marker : undefined;
  // the agenda reference is part of the printed title ("Item 10b – Hidden Crimes"): keep it
  const bare = conf ? item.title.slice(conf.end) : item.title;
  const title = item.agendaRef ? `Item ${item.agendaRef} – ${bare}` : bare;
  const line = item.headRange.start.line;
  if (held && options.version === 'public') {
    return { kind: 'item', number, title: 'Confidential item', line, presenters: [], blocks: [], confidential: true, withheld: true, reason: conf?.reason };
  }
  // "Presented by: …" lines make the item's presenter line; a sentence naming them is published as written
  const presenters = item.presenters.filter((p) => p.canonical).flatMap((p) => p.names.map((n) => n.text));
  const blocks: Block[] = [];
  const done = new Set<object>();
  let bullets: string[] | undefined;
  const flush = (): void => { if (bullets) blocks.push({ kind: 'bullets', items: bullets }); bullets = undefined; };
  // the proceedings the parse read (motions, declarations) are printed in the forms boards use (proceedings.ts)
  const motions = itemMotions(item, ctx.lines);
  const interests = interestRows(item, ctx.meeting, ctx.lines, options.version === 'public');
  for (const seg of segs) {
    if (seg.line <= item.headRange.end.line) {
      // the title line: what follows the title ("Apologies were received from: ACC Johnson") is text
      const at = bare ? seg.text.indexOf(bare) : -1;
      // an item with no heading ("001/20<TAB>The Commissioner welcomed everybody …"): its sentence after the number is text
      const written = item.number?.written ?? '';
      const untitled = !bare && written !== '' && seg.text.trimStart().startsWith(written) ? seg.text.trimStart().slice(written.length) : undefined;
      // (a cell holding the number alone is the number's; a cell that holds a date, `… next meet on 13/02/2020`, is text)
      const rest = untitled ?? (at >= 0 ? seg.text.slice(at + bare.length).replace(/^[\s:.\-–—]+/, '') : NUMBER_ALONE.test(seg.text) || seg.text.trim() === '' ? '' : seg.text);
      if (rest.trim()) blocks.push({ kind: 'paragraph', text: rest.trim(), bold: false });
      continue;
    }
    const mk = motions.byLine.get(seg.line);
    if (mk !== undefined) {
      if (!done.has(motions.motions[mk])) { flush(); done.add(motions.motions[mk]); blocks.push({ kind: 'motion', motion: motions.motions[mk] }); }
      continue;
    }
    const row = interests.get(seg.line);
    if (row) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'interests') last.rows.push(row); else blocks.push({ kind: 'interests', rows: [row] });
      continue;
    }
    const presenter = item.presenters.find((p) => within(seg.line, p.range));
    if (presenter && !presenter.canonical) { flush(); blocks.push({ kind: 'paragraph', text: seg.text, bold: false }); continue; }
    if (presenter) {
      if (presenter.tail && !done.has(presenter)) { flush(); blocks.push({ kind: 'paragraph', text: presenter.tail.value, bold: false }); }
      done.add(presenter);
      continue;
    }
    // (an action in one cell of a line of cells, `<p>… relatively low.</p> … <p>ACTION – …</p>`: the line's other cells are the minutes' own)
    const action = item.actions.find((a) => segWithin(seg, a.range));
    if (action?.inText) {
      // the minutes' own words stay as written, the action they give follows them
      flush();
      blocks.push({ kind: 'paragraph', text: seg.text, bold: false });
      if (!done.has(action) && seg.line >= action.range.end.line) { done.add(action); blocks.push({ kind: 'action', action: renderAction(item, action, ctx) }); }
      continue;
    }
    if (action) {
      if (!done.has(action)) {
        flush();
        done.add(action);
        blocks.push({ kind: 'action', action: renderAction(item, action, ctx) });
      }
      continue;
    }
    const decision = item.decisions.find((d) => within(seg.line, d.range));
    if (decision) {
      const written = decision.inSentence || decision.asWritten || !ourDecision(decision);
      if (!done.has(decision)) { flush(); done.add(decision); blocks.push({ kind: 'decision', text: written ? seg.text : decisionWords(decision), outcome: decisionOutcome(decision.vote) }); }
      else if (written) {
        if (seg.text.trim() === '') continue;
        // a decision read across lines (a motion and its vote, paragraphs under `Noted`): every line as written
        const last = blocks[blocks.length - 1];
        if (last?.kind === 'decision') blocks[blocks.length - 1] = { ...last, text: joinLines(last.text, seg.text.trim()) };
        else { flush(); blocks.push({ kind: 'paragraph', text: seg.text, bold: false }); }
      }
      continue;
    }
    const question = item.questions.find((q) => q.text && within(seg.line, q.range));
    if (question) {
      // the whole paragraph: the question and whatever the same paragraph says after it
      flush();
      const last = blocks[blocks.length - 1];
      if (done.has(question) && last?.kind === 'question') blocks[blocks.length - 1] = { ...last, text: joinLines(last.text, seg.text.trim()) };
      else { done.add(question); blocks.push({ kind: 'question', text: seg.text, asker: question.asker?.text }); }
      continue;
    }
    if (item.questions.some((q) => q.asker && q.asker.range.start.line === seg.line && done.has(q)) && /^\(?\s*asked by\b/i.test(seg.text)) {
      // "(Asked by the Commissioner on behalf of Tom McNeil)": all of it, not only the name
      const q = [...blocks].reverse().find((b): b is Extract<Block, { kind: 'question' }> => b.kind === 'question');
      const who = seg.text.replace(/^\(?\s*asked by\s*/i, '').replace(/\)\s*$/, '');
      if (q) blocks[blocks.lastIndexOf(q)] = { ...q, asker: who };
      continue;
    }
    if (seg.text.trim() === '') { flush(); continue; }
    if (seg.bullet) { (bullets ??= []).push(seg.text); continue; }
    flush();
    const bold = seg.bold.length > 0 && seg.bold[0][0] === 0 && seg.bold[seg.bold.length - 1][1] >= seg.text.trimEnd().length;
    blocks.push({ kind: 'paragraph', text: seg.text, bold });
  }
  flush();
  return { kind: 'item', number, title, line, presenters, blocks, confidential: !!held, withheld: false, reason: conf?.reason };
}

function renderAction(item: Item, a: Item['actions'][number], ctx: ActionContext): RenderedAction {
  return {
    ref: item.number ? actionRefLabel(item.number, a.index) : `A${a.index}`,
    text: a.text, owners: a.owners.map((o) => publishedOwner(o, ctx.meeting)).join(', '), due: publishedDue(a.due, ctx.nextIso, ctx.order),
    item: item.number ? numberLabel(item.number) : '',
  };
}

/** The meeting as it will be published. `lines` are the document's lines (the parse's input). */
export function renderMeeting(doc: MinutesDocument, lines: readonly string[], options: PublishOptions = DEFAULT_PUBLISH): RenderedMeeting | undefined {
  const m = doc.meeting;
  if (!m) return undefined;
  const segs = segmentDocument(lines);
  // Each segment goes to the item it stands in (an item runs to the next item or section heading,
  // whatever the parser made of the lines in between), to the section it follows, or before the
  // first item to the preamble: no line of text is left out of the record.
  const byItem = new Map<Item, Segment[]>();
  const bySection = new Map<number, Segment[]>();
  const preamble: Segment[] = [];
  const closing: Segment[] = [];
  const closingAt = new Set(m.closing.map((c) => `${c.range.start.line}:${c.range.start.character}`));
  const headerLines = new Set<number>();
  for (const r of [m.title?.range, m.date?.range, m.time?.range, m.location?.range, m.chair?.range, m.status?.range]) if (r) for (let l = r.start.line; l <= r.end.line; l++) headerLines.add(l);
  // a list read from a sentence ("2 external guests, Alison Parker and Jim Skidmore, the family of …") keeps the sentence as text
  for (const b of m.people) { if (b.prose) continue; headerLines.add(b.labelRange.start.line); for (const p of b.people) for (let l = p.range.start.line; l <= p.range.end.line; l++) headerLines.add(l); }
  for (const x of m.sections) headerLines.add(x.headingRange.start.line);
  // New Meeting's members to confirm are the clerk's checklist, not attendance (toConfirm.ts)
  const unconfirmed = membersToConfirmLines(lines);
  const inAgenda = (line: number): boolean => doc.agendas.some((a) => line >= a.range.start.line && line <= a.range.end.line);
  let k = -1;
  let sec = -1;
  for (const seg of segs) {
    while (k + 1 < m.items.length && seg.line >= m.items[k + 1].headRange.start.line) k++;
    while (sec + 1 < m.sections.length && seg.line >= m.sections[sec + 1].headingRange.start.line) sec++;
    if (seg.line < m.startLine || inAgenda(seg.line)) continue;
    const item = m.items[k];
    const section = m.sections[sec];
    if (section && seg.line === section.headingRange.start.line) continue;
    if (closingAt.has(`${seg.line}:${col(seg, 0)}`)) { closing.push(seg); continue; }
    if (section && (!item || section.headingRange.start.line > item.headRange.start.line)) (bySection.get(sec) ?? bySection.set(sec, []).get(sec)!).push(seg);
    else if (item) (byItem.get(item) ?? byItem.set(item, []).get(item)!).push(seg);
    else if (!headerLines.has(seg.line) && !unconfirmed.has(seg.line)) preamble.push(seg);
  }
  const body: Array<RenderedItem | RenderedSection> = [];
  const ctx: ActionContext = { meeting: m, nextIso: publishableNextMeeting(m, options), order: options.dateOrder, lines };
  const sections = [...m.sections];
  let s = 0;
  // (a section that heads confidential business withholds its own text with its items: the sentence under `PART 2 –
  // EXEMPT ITEMS` that introduces them may tell what they are)
  // (and a closing summary's rows that restate what a withheld item records, `[NEW] ACTION: Lena to ask …` of a confidential
  // topic, are left out of the public version with the item: the summary only repeats the items)
  const heldWords = options.version === 'public' ? withheldWords(m) : [];
  const sectionText = (i: number): readonly Segment[] => (options.version === 'public' && sectionMarker(sections[i].title) ? [] : withoutRestated(bySection.get(i) ?? [], heldWords));
  const section = (i: number): RenderedSection => ({ kind: 'section', title: sections[i].title, line: sections[i].headingRange.start.line, blocks: plainBlocks(sectionText(i)) });
  for (const item of m.items) {
    while (s < sections.length && sections[s].headingRange.start.line < item.headRange.start.line) body.push(section(s++));
    body.push(renderItem(item, withoutRestated(byItem.get(item) ?? [], heldWords), options, ctx));
  }
  for (; s < sections.length; s++) body.push(section(s));
  const items = body.filter((b): b is RenderedItem => b.kind === 'item');
  const actions = items.flatMap((i) => i.blocks.flatMap((b) => (b.kind === 'action' ? [b.action] : [])));
  const iso = m.date?.iso;
  // no bidi control reaches a writer: the reader sees the text the minutes hold (escape.ts)
  return stringsWithoutBidi<RenderedMeeting>({
    title: options.titleLine.replace('{title}', m.title?.value ?? 'Minutes'),
    // a published header line ("Notes of meeting held on Tuesday, 21 January 2020") is printed as written
    date: !m.dateField && m.date ? segs.find((x) => x.line === m.date!.range.start.line && x.text.includes(m.date!.text))?.text ?? m.date.text
      : iso ? (options.dateStyle === 'long' ? longDate(iso) : displayDate(iso, options.dateOrder)) : m.date?.text,
    time: m.time?.value, location: m.location?.value, chair: m.chair?.value, status: recordStatus(m),
    version: options.version,
    preamble: plainBlocks(options.version === 'public' ? withoutRestated(preamble, withheldWords(m)) : preamble),
    people: m.people.filter((b) => b.people.length > 0).map((b) => ({ kind: b.kind, label: BLOCK_LABELS[b.kind], people: b.people.map((p) => ({ name: withInitials(p), role: withQualifiers(publishedRole(p.role), p) })) })),
    body, closing: plainBlocks(closing), actions, actionsTable: options.actionsTable,
    withheldCount: items.filter((i) => i.withheld).length,
    movements: writtenInOurMarkup(m, lines) ? movements(m, options.version === 'public') : [],
  });
}

/** A summary's row starts with its tag, keyword, bullet or number (`[NEW] ACTION: …`, `- …`, `3. …`); other lines carry it on. */
const ROW_START = /^[ \t]*(?:\[|action\b|resolution\b|resolved\b|[-*•]|\d{1,3}[.)])/i;

/** `segs` without the rows (a row and the lines that carry it on) whose words hold what a withheld item records. */
function withoutRestated(segs: readonly Segment[], held: readonly string[]): readonly Segment[] {
  // (the full version, and a public one that withholds nothing: the segments as they are, no copy for every item)
  if (held.length === 0) return segs;
  const out: Segment[] = [];
  let row: Segment[] = [];
  const flushRow = (): void => {
    const words = ` ${wordsOf(row.map((s) => s.text).join(' ')).join(' ')} `;
    if (!held.some((h) => words.includes(` ${h} `))) out.push(...row);
    row = [];
  };
  for (const s of segs) {
    // (a bullet the text layer took off the line starts a row too: a list is its rows, never one row)
    if (s.text.trim() === '' || ROW_START.test(s.text) || s.bullet) flushRow();
    row.push(s);
  }
  flushRow();
  return out;
}

/** The name as written, with the initials the minutes give beside it (`Jean Battersby (JB)`): how later lines name them. */
function withInitials(p: Pick<Person, 'written' | 'initials'>): string {
  const name = p.written.trim();
  return p.initials && !name.includes(p.initials) ? `${name} (${p.initials})` : name;
}

/**
 * The role and what else is written beside the name: the member's council, ward or body (`Ashby Metropolitan Borough Council`),
 * the seat (`Parent`, `Co-opted`), and the facts (`substitute for Cllr Keswick`, `remote`): attendance as the minutes give it,
 * no word of it lost.
 */
function withQualifiers(role: string | undefined, p: Pick<Person, 'organisation' | 'category' | 'qualifiers'>): string | undefined {
  const out: string[] = role ? [role] : [];
  const add = (t: string | undefined): void => {
    const w = t?.replace(/^\(\s*|\s*\)$/g, '').trim();
    if (w && !out.some((o) => o.toLowerCase().includes(w.toLowerCase()))) out.push(w);
  };
  add(p.organisation);
  add(p.category);
  for (const q of p.qualifiers ?? []) add(q.text);
  return out.join('; ') || undefined;
}

/**
 * A decision written in our markup's form (`DECISION: …`): published as its words after the label. Every other form
 * (`RESOLVED – …`, `The Board NOTED the report.`, a resolution's number, its mover's line and its parts below) is
 * published as written: the label `Decision:` is put before it, and no word of the minute is lost.
 */
function ourDecision(d: Decision): boolean {
  return /^decisions?[ \t]*[:\-–—]$/i.test(d.keyword.value.trim());
}

/** A role as published: none when the clerk has not filled it (left empty, or still the quick fix's placeholder). */
export function publishedRole(role: string | undefined): string | undefined {
  const r = role?.trim();
  return r && r !== CANONICAL.rolePlaceholder ? r : undefined;
}

/** What the public version says instead of a confidential item. */
export function withheldSentence(item: RenderedItem): string {
  return `This item was considered in private${item.reason ? ` (${item.reason})` : ''}.`;
}

/** What the full version says above a confidential item. */
export function confidentialNote(item: RenderedItem): string {
  return `Confidential${item.reason ? ` (${item.reason})` : ''}: left out of the public version.`;
}

/** Paragraphs and bullet lists of text outside the items (notes before the first item, under a section heading). */
function plainBlocks(segs: readonly Segment[]): Block[] {
  const out: Block[] = [];
  let bullets: string[] | undefined;
  for (const seg of segs) {
    const t = seg.text.trim();
    if (seg.bullet && t) { (bullets ??= []).push(t); continue; }
    if (bullets) { out.push({ kind: 'bullets', items: bullets }); bullets = undefined; }
    if (t) out.push({ kind: 'paragraph', text: t, bold: false });
  }
  if (bullets) out.push({ kind: 'bullets', items: bullets });
  return out;
}

/**
 * The next meeting's date, to publish for `Due: next meeting`; in the public version not when it
 * was read from a withheld item's text (nothing of a withheld item reaches a public output).
 */
export function publishableNextMeeting(m: Meeting, options: Pick<PublishOptions, 'version'>): string | undefined {
  const next = m.nextMeeting;
  if (!next?.iso || options.version !== 'public' || m.closing.some((c) => c.range.start.line === next.range.start.line)) return next?.iso;
  const line = next.range.start.line;
  const holder = [...m.items].reverse().find((i) => i.headRange.start.line <= line);
  return holder && withholding(holder, m) ? undefined : next.iso;
}
