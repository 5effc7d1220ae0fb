/** The outline: meeting → people blocks → sections → items → actions and decisions; plus the agenda. */
import type { Action, Meeting, MinutesDocument, Item } from './model';
import { roomOf } from './proceedings/room';
import { numberLabel } from './numbers';
import { BLOCK_LABELS } from './markup';
import type { Range } from './types';
import { NO_NUMBER } from './unnumbered';
import { nameAsListed } from './people';
import { decisionWords } from './decisionWords';

export type SymbolKind = 'meeting' | 'agenda' | 'people' | 'person' | 'section' | 'item' | 'action' | 'decision';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: OutlineSymbol[];
}

const MAX_NAME = 80;
function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_NAME ? `${t.slice(0, MAX_NAME - 1)}…` : t;
}

export function itemName(item: Item): string {
  const num = item.number ? numberLabel(item.number) : NO_NUMBER;
  return item.title ? `${num} ${short(item.title)}` : num;
}

/** Who and when, in the words of the minutes: "VJ · due 25/10/2022", "no owner yet". */
function actionDetail(a: Action): string {
  const who = a.owners.map((o) => o.text).join(', ') || 'no owner yet';
  return a.due ? `${who} · due ${a.due.text}` : who;
}

function itemSymbol(item: Item, room?: string): OutlineSymbol {
  const children: OutlineSymbol[] = [];
  item.actions.forEach((a, i) => children.push({
    name: `Action ${i + 1}: ${short(a.text)}`, detail: actionDetail(a), kind: 'action', range: a.range, selectionRange: a.keyword?.range ?? a.textRange, children: [],
  }));
  for (const d of item.decisions) children.push({ name: `Decision: ${short(decisionWords(d))}`, kind: 'decision', range: d.range, selectionRange: d.keyword.range, children: [] });
  // a sub-item by its marker as written (`(a) Payments for approval`, `4.1 …`)
  for (const sub of item.subItems ?? []) children.push({ ...itemSymbol(sub), name: `${sub.number?.written ?? ''} ${short(sub.title)}`.trim() });
  children.sort((a, b) => a.range.start.line - b.range.start.line);
  const presenters = item.presenters.flatMap((p) => p.names.map((n) => n.text)).join(', ');
  const detail = [presenters ? `presented by ${presenters}` : '', room ?? ''].filter((x) => x).join(' · ');
  return { name: itemName(item), detail: detail || undefined, kind: 'item', range: item.range, selectionRange: item.number?.range ?? item.headRange, children };
}

/**
 * Who may vote on each item ("7 may vote", "6 may vote · Cllr Keswick withdrew"), where the room
 * changes in the meeting: someone came, left or withdrew for an item (proceedings/room.ts). A
 * meeting whose room never changes says nothing: the Present list says it all.
 */
function roomNotes(m: Meeting): Map<Item, string> | undefined {
  if (!m.people.some((b) => b.kind === 'present' && b.people.length > 0)) return undefined;
  const rooms = roomOf(m).items;
  if (rooms.length === 0) return undefined;
  const first = rooms[0].eligible.length;
  if (!rooms.some((r) => r.eligible.length !== first || r.withdrawn.length > 0 || r.barred.length > 0)) return undefined;
  const notes = new Map<Item, string>();
  for (const r of rooms) {
    const out = r.withdrawn.length > 0 ? ` · ${r.withdrawn.map((a) => a.name).join(', ')} withdrew` : '';
    notes.set(r.item, `${r.eligible.length} may vote${out}`);
  }
  return notes;
}

/**
 * A board's own numbering, as the clerk reads it: "numbered PC24/061 to PC24/075". Today's `NNN/YY`
 * and `1.` numbering say nothing (the numbers speak for themselves in the outline).
 */
function numberingNote(doc: MinutesDocument): string | undefined {
  // a file whose items are headings without numbers (a wiki, a scribe tool's log, Markdown notes)
  if (doc.scheme === 'none') return (doc.meeting?.items.length ?? 0) > 0 ? 'items not numbered (headings)' : undefined;
  if (doc.scheme === 'year' || doc.scheme === 'per-meeting') return undefined;
  const numbered = (doc.meeting?.items ?? []).filter((i) => i.number);
  if (numbered.length === 0) return undefined;
  const first = numberLabel(numbered[0].number!);
  const last = numberLabel(numbered[numbered.length - 1].number!);
  return first === last ? `numbered ${first}` : `numbered ${first} to ${last}`;
}

/** The outline; `meetingNote` is added to the meeting's detail (the server says there whether its minutes were approved). */
export function documentSymbols(doc: MinutesDocument, meetingNote?: string): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  for (const a of doc.agendas) {
    out.push({
      name: `Agenda${a.title ? `: ${short(a.title.value)}` : ''}`, detail: a.date?.text, kind: 'agenda', range: a.range, selectionRange: a.title?.range ?? a.range,
      children: a.items.map((it) => ({ name: `${it.number}. ${short(it.title)}`, detail: it.time, kind: 'item' as const, range: it.range, selectionRange: it.range, children: [] })),
    });
  }
  const m = doc.meeting;
  if (!m) return out;
  const children: OutlineSymbol[] = [];
  for (const b of m.people) {
    children.push({
      name: BLOCK_LABELS[b.kind], detail: b.people.length === 1 ? '1 person' : `${b.people.length} people`, kind: 'people', range: b.range, selectionRange: b.labelRange,
      children: b.people.map((p) => ({ name: nameAsListed(p), detail: p.role, kind: 'person' as const, range: p.range, selectionRange: p.nameRange, children: [] })),
    });
  }
  const sectionSymbols = m.sections.map((s): OutlineSymbol => ({ name: short(s.title), kind: 'section', range: s.range, selectionRange: s.headingRange, children: [] }));
  const rooms = roomNotes(m);
  for (const item of m.items) {
    const sym = itemSymbol(item, rooms?.get(item));
    if (item.section !== undefined && sectionSymbols[item.section]) sectionSymbols[item.section].children.push(sym);
    else children.push(sym);
  }
  children.push(...sectionSymbols);
  children.sort((a, b) => a.range.start.line - b.range.start.line);
  const name = m.title?.value ? short(m.title.value.replace(/^#+\s*/, '')) : 'Meeting';
  const start = m.title?.range ?? m.range;
  const detail = [m.date?.text, numberingNote(doc), meetingNote].filter((x) => x).join(' · ') || undefined;
  out.push({ name, detail, kind: 'meeting', range: m.range, selectionRange: { start: start.start, end: start.start.line === start.end.line ? start.end : start.start }, children });
  return out;
}
