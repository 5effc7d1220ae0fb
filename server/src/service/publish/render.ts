/**
 * The published record as a neutral structure: header, people, sections and items with their
 * presenters, paragraphs, bullet lists, questions, actions and decisions, and the closing list of
 * actions. Built once from the parsed meeting and the text layer's segments; HTML, Word and
 * Markdown are written from it and never read the text again.
 *
 * Public and full versions come from one file: an item marked `[confidential]` (see
 * `matchConfidential`) is replaced in the public version by one line saying it was considered in
 * private, and nothing of it (title, text, actions, decisions) reaches the output.
 */
import type { Item, MinutesDocument } from '../model';
import { actionRefLabel, numberLabel } from '../numbers';
import { BLOCK_LABELS, type BlockKind } from '../markup';
import { matchConfidential } from '../constructs';
import { displayDate, longDate, type DateOrder } from '../dates';
import { segmentDocument, type Segment } from '../text';

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
  | { readonly kind: 'decision'; readonly text: string };

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

export interface RenderedSection { readonly kind: 'section'; readonly title: string; readonly line: number }

export interface RenderedPeople { readonly kind: BlockKind; readonly label: string; readonly people: ReadonlyArray<{ readonly name: string; readonly role?: string }> }

export interface RenderedMeeting {
  readonly title: string;
  readonly date?: string;
  readonly time?: string;
  readonly location?: string;
  readonly chair?: string;
  readonly version: PublishVersion;
  readonly people: readonly RenderedPeople[];
  readonly body: ReadonlyArray<RenderedItem | RenderedSection>;
  readonly actions: readonly RenderedAction[];
  readonly actionsTable: boolean;
  readonly withheldCount: number;
}

const within = (line: number, r: { start: { line: number }; end: { line: number } }): boolean => line >= r.start.line && line <= r.end.line;

function renderItem(item: Item, segs: readonly Segment[], options: PublishOptions): RenderedItem {
  const number = item.number ? numberLabel(item.number) : '';
  const conf = matchConfidential(item.title);
  const title = conf ? item.title.slice(conf.titleStart) : item.title;
  const line = item.headRange.start.line;
  if (conf && options.version === 'public') {
    return { kind: 'item', number, title: 'Confidential item', line, presenters: [], blocks: [], confidential: true, withheld: true, reason: conf.reason };
  }
  const presenters = item.presenters.flatMap((p) => p.names.map((n) => n.text));
  const blocks: Block[] = [];
  const done = new Set<object>();
  let bullets: string[] | undefined;
  const flush = (): void => { if (bullets) blocks.push({ kind: 'bullets', items: bullets }); bullets = undefined; };
  for (const seg of segs) {
    if (seg.line <= item.headRange.end.line) continue; // the title line
    const presenter = item.presenters.find((p) => within(seg.line, p.range));
    if (presenter) {
      if (presenter.tail && !done.has(presenter)) { flush(); blocks.push({ kind: 'paragraph', text: presenter.tail.value, bold: false }); }
      done.add(presenter);
      continue;
    }
    const action = item.actions.find((a) => within(seg.line, a.range));
    if (action) {
      if (!done.has(action)) {
        flush();
        done.add(action);
        blocks.push({ kind: 'action', action: renderAction(item, action.index) });
      }
      continue;
    }
    const decision = item.decisions.find((d) => within(seg.line, d.range));
    if (decision) {
      if (!done.has(decision)) { flush(); done.add(decision); blocks.push({ kind: 'decision', text: decision.text }); }
      continue;
    }
    const question = item.questions.find((q) => q.text && within(seg.line, q.range));
    if (question) {
      if (!done.has(question)) { flush(); done.add(question); blocks.push({ kind: 'question', text: question.text, asker: question.asker?.text }); }
      continue;
    }
    if (item.questions.some((q) => q.asker && q.asker.range.start.line === seg.line && done.has(q)) && /^\(?\s*asked by\b/i.test(seg.text)) continue;
    if (seg.text.trim() === '') { flush(); continue; }
    if (seg.bullet) { (bullets ??= []).push(seg.text); continue; }
    flush();
    const bold = seg.bold.length > 0 && seg.bold[0][0] === 0 && seg.bold[seg.bold.length - 1][1] >= seg.text.trimEnd().length;
    blocks.push({ kind: 'paragraph', text: seg.text, bold });
  }
  flush();
  return { kind: 'item', number, title, line, presenters, blocks, confidential: !!conf, withheld: false, reason: conf?.reason };
}

function renderAction(item: Item, index: number): RenderedAction {
  const a = item.actions.find((x) => x.index === index)!;
  return {
    ref: item.number ? actionRefLabel(item.number, a.index) : `A${a.index}`,
    text: a.text, owners: a.owners.map((o) => o.text).join(', '), due: a.due?.text,
    item: item.number ? numberLabel(item.number) : '',
  };
}

/** The meeting as it will be published. `lines` are the document's lines (the parse's input). */
export function renderMeeting(doc: MinutesDocument, lines: readonly string[], options: PublishOptions = DEFAULT_PUBLISH): RenderedMeeting | undefined {
  const m = doc.meeting;
  if (!m) return undefined;
  const segs = segmentDocument(lines);
  // Segments by item, in one pass. An item runs to the next item or section heading, whatever the
  // parser made of the lines in between (a `Next meeting:` field, a note): no line is left out.
  const byItem = new Map<Item, Segment[]>();
  let k = -1;
  for (const seg of segs) {
    while (k + 1 < m.items.length && seg.line >= m.items[k + 1].headRange.start.line) k++;
    const item = m.items[k];
    // a section heading after the item ends it
    const ended = item && m.sections.some((x) => x.headingRange.start.line > item.headRange.start.line && x.headingRange.start.line <= seg.line);
    if (item && !ended) (byItem.get(item) ?? byItem.set(item, []).get(item)!).push(seg);
  }
  const body: Array<RenderedItem | RenderedSection> = [];
  const sections = [...m.sections];
  let s = 0;
  for (const item of m.items) {
    while (s < sections.length && sections[s].headingRange.start.line < item.headRange.start.line) {
      body.push({ kind: 'section', title: sections[s].title, line: sections[s].headingRange.start.line });
      s++;
    }
    body.push(renderItem(item, byItem.get(item) ?? [], options));
  }
  for (; s < sections.length; s++) body.push({ kind: 'section', title: sections[s].title, line: sections[s].headingRange.start.line });
  const items = body.filter((b): b is RenderedItem => b.kind === 'item');
  const actions = items.flatMap((i) => i.blocks.flatMap((b) => (b.kind === 'action' ? [b.action] : [])));
  const iso = m.date?.iso;
  return {
    title: options.titleLine.replace('{title}', m.title?.value ?? 'Minutes'),
    date: iso ? (options.dateStyle === 'long' ? longDate(iso) : displayDate(iso, options.dateOrder)) : m.date?.text,
    time: m.time?.value, location: m.location?.value, chair: m.chair?.value,
    version: options.version,
    people: m.people.filter((b) => b.people.length > 0).map((b) => ({ kind: b.kind, label: BLOCK_LABELS[b.kind], people: b.people.map((p) => ({ name: p.written.trim(), role: p.role })) })),
    body, actions, actionsTable: options.actionsTable,
    withheldCount: items.filter((i) => i.withheld).length,
  };
}

/** What the public version says instead of a confidential item. */
export function withheldSentence(item: RenderedItem): string {
  return `This item was considered in private${item.reason ? ` (${item.reason})` : ''}.`;
}

/** What the full version says above a confidential item. */
export function confidentialNote(item: RenderedItem): string {
  return `Confidential${item.reason ? ` (${item.reason})` : ''}: left out of the public version.`;
}
