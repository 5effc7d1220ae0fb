/**
 * What stands under the cursor (an item number or a reference to it, an action or a reference to
 * it, a person), and where else it stands in the workspace: go to definition, find references and
 * document highlights all read `targetAt` and `occurrences`; hover and rename start from them too.
 */
import type { Meeting, Mention, Person } from './model';
import type { Position, Range } from './types';
import type { WorkspaceModel } from './workspace';
import { actionRefLabel, numberLabel, type MinuteNumber } from './numbers';
import { allPeople, resolveMention } from './attendance';
import { comparePositions } from './types';

export type Target =
  | { readonly kind: 'item'; readonly label: string; readonly number: MinuteNumber; readonly range: Range }
  | { readonly kind: 'action'; readonly ref: string; readonly number: MinuteNumber; readonly index: number; readonly range: Range }
  /** `key` is the person's name as the lists normalise it (`Richard Agar`), the same in every meeting. */
  | { readonly kind: 'person'; readonly key: string; readonly person: Person; readonly range: Range }
  /** A name that is no one in the lists: a role nobody here holds, a body, or a misspelling. */
  | { readonly kind: 'mention'; readonly text: string; readonly range: Range };

export interface Occurrence {
  readonly uri: string;
  readonly range: Range;
  /** The item line, the action line or the attendance line: where the thing is written down. */
  readonly definition: boolean;
}

export function inside(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}

/** Every name written in the meeting's items: presenters, owners and askers of questions. */
export function mentionsOf(meeting: Meeting): Mention[] {
  const out: Mention[] = [];
  for (const item of meeting.items) {
    for (const p of item.presenters) out.push(...p.names);
    for (const a of item.actions) out.push(...a.owners);
    for (const q of item.questions) if (q.asker) out.push(q.asker);
  }
  return out;
}

/** An all-capitals word of two to six letters, standing alone: initials (`SF noted that …`), or an acronym (`ANPR`). */
const CAPITALS_WORD = /(?<![\p{L}\p{N}_])[A-Z]{2,6}(?![\p{L}\p{N}_])/gu;

/**
 * The listed person whose initials stand at `pos` in an item's text, written anywhere (`SF noted
 * that …`, an action's text): initials written in the lists, or those of exactly one listed name
 * (attendance.resolveMention decides); an acronym that is nobody's initials (`ANPR`, `CPS`) is not a person.
 */
function initialsAt(meeting: Meeting, pos: Position, lines: readonly string[]): Target | undefined {
  if (!meeting.items.some((i) => inside(i.range, pos) || inside(i.headRange, pos))) return undefined;
  const text = lines[pos.line] ?? '';
  for (const m of text.matchAll(CAPITALS_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (pos.character < start || pos.character > end) continue;
    const r = resolveMention(m[0], meeting);
    if (r.kind !== 'person') return undefined;
    return { kind: 'person', key: r.person.name.display, person: r.person, range: { start: { line: pos.line, character: start }, end: { line: pos.line, character: end } } };
  }
  return undefined;
}

/** `lines`: the document's text, for initials written anywhere in an item (go to definition); without it, only names in the lists and after `Presented by:`, `Owner:`, `Asked by`. */
export function targetAt(meeting: Meeting, pos: Position, lines?: readonly string[]): Target | undefined {
  for (const item of meeting.items) {
    if (!inside(item.range, pos) && !inside(item.headRange, pos)) continue;
    for (const ref of item.references) {
      if (!inside(ref.range, pos)) continue;
      if (ref.action !== undefined) return { kind: 'action', ref: actionRefLabel(ref.target, ref.action), number: ref.target, index: ref.action, range: ref.range };
      return { kind: 'item', label: numberLabel(ref.target), number: ref.target, range: ref.range };
    }
    if (item.number && inside(item.number.range, pos)) return { kind: 'item', label: numberLabel(item.number), number: item.number, range: item.number.range };
    for (const a of item.actions) {
      if (item.number && a.keyword && inside(a.keyword.range, pos)) {
        return { kind: 'action', ref: actionRefLabel(item.number, a.index), number: item.number, index: a.index, range: a.keyword.range };
      }
    }
  }
  for (const u of meeting.statusUpdates) {
    if (inside(u.refRange, pos)) return { kind: 'action', ref: actionRefLabel(u.target, u.action), number: u.target, index: u.action, range: u.refRange };
  }
  const listed = allPeople(meeting).find((p) => inside(p.nameRange, pos));
  if (listed) return { kind: 'person', key: listed.name.display, person: listed, range: listed.nameRange };
  const hit = mentionsOf(meeting).find((m) => inside(m.range, pos));
  if (!hit) return lines ? initialsAt(meeting, pos, lines) : undefined;
  const r = resolveMention(hit.text, meeting);
  if ((r.kind === 'person' || r.kind === 'role') && r.person) return { kind: 'person', key: r.person.name.display, person: r.person, range: hit.range };
  return { kind: 'mention', text: hit.text, range: hit.range };
}

/** Where the person of `key` is listed and named in one meeting. */
export function personOccurrences(meeting: Meeting, uri: string, key: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const p of allPeople(meeting)) if (p.name.display === key) out.push({ uri, range: p.nameRange, definition: true });
  for (const m of mentionsOf(meeting)) {
    const r = resolveMention(m.text, meeting);
    if (r.kind === 'person' && r.person.name.display === key) out.push({ uri, range: m.range, definition: false });
  }
  return out;
}

/** Every place of the workspace where the target stands, definitions first, then in meeting order. */
export function occurrences(model: WorkspaceModel, target: Target, onlyUri?: string): Occurrence[] {
  const defs: Occurrence[] = [];
  const refs: Occurrence[] = [];
  const only = onlyUri === undefined ? undefined : model.byUri.get(onlyUri);
  for (const record of only ? [only] : onlyUri === undefined ? model.meetings : []) {
    const { meeting, uri } = record;
    if (target.kind === 'person') {
      for (const o of personOccurrences(meeting, uri, target.key)) (o.definition ? defs : refs).push(o);
      continue;
    }
    if (target.kind === 'mention') {
      for (const m of mentionsOf(meeting)) if (m.text.trim().toLowerCase() === target.text.trim().toLowerCase()) refs.push({ uri, range: m.range, definition: false });
      continue;
    }
    for (const item of meeting.items) {
      const here = item.number && numberLabel(item.number);
      if (target.kind === 'item' && here === target.label) defs.push({ uri, range: item.number!.range, definition: true });
      if (target.kind === 'action' && item.number && here === numberLabel(target.number)) {
        const a = item.actions.find((x) => x.index === target.index);
        if (a) defs.push({ uri, range: a.range, definition: true });
      }
      for (const ref of item.references) {
        if (numberLabel(ref.target) !== numberLabel(target.number)) continue;
        if ((target.kind === 'item' && ref.action === undefined) || (target.kind === 'action' && ref.action === target.index)) refs.push({ uri, range: ref.range, definition: false });
      }
    }
    if (target.kind === 'action') {
      for (const u of meeting.statusUpdates) {
        if (u.action === target.index && numberLabel(u.target) === numberLabel(target.number)) refs.push({ uri, range: u.refRange, definition: false });
      }
    }
  }
  return [...defs, ...refs];
}

/**
 * Go to definition: the item or action where it was minuted; for a person, their line in this
 * meeting's lists, else in the latest meeting that lists them.
 */
export function definition(model: WorkspaceModel, uri: string, target: Target): Occurrence[] {
  const defs = occurrences(model, target).filter((o) => o.definition);
  if (target.kind !== 'person') return defs;
  const here = defs.filter((o) => o.uri === uri);
  return here.length > 0 ? here.slice(0, 1) : defs.slice(-1);
}

/** Document highlights: the target's occurrences in this file. */
export function highlights(model: WorkspaceModel, uri: string, target: Target): Occurrence[] {
  return occurrences(model, target, uri);
}
