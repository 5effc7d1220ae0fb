/**
 * Rename: an item number (the item and every reference to it and to its actions, in every
 * meeting) and a person (their attendance line and every mention by name; optionally in every
 * meeting). Initials and roles are left as written: "VJ" and "Chief Constable" still say who.
 */
import type { Meeting } from './model';
import type { Position, Range, TextEdit } from './types';
import type { WorkspaceModel } from './workspace';
import { actionRefLabel, rewriteNumber, matchYearNumber, numberLabel, sameNumber, type MinuteNumber } from './numbers';
import { parseName } from './people';
import { allPeople, resolveMention } from './attendance';
import { mentionsOf, personOccurrences, targetAt, type Target } from './navigation';
import { comparePositions, rangesEqual } from './types';
import { unprintableInName } from './invisible';
import { splitLines } from './text';
import { displayDate, type DateOrder } from './dates';

export type RenameResult = { readonly edits: ReadonlyMap<string, TextEdit[]> } | { readonly error: string };

export interface RenamePlace { readonly range: Range; readonly placeholder: string }

/** What rename would change at `pos`, or why it cannot start there. */
export function prepareRename(meeting: Meeting, pos: Position): RenamePlace | { readonly error: string } {
  const t = targetAt(meeting, pos);
  if (!t) return { error: 'Put the cursor on a minute number or a person\'s name to rename it.' };
  if (t.kind === 'item') return { range: t.range, placeholder: t.label };
  if (t.kind === 'action') return { error: `An action's reference follows its item: rename item ${numberLabel(t.number)} instead, and ${t.ref} changes with it.` };
  if (t.kind === 'mention') return { error: `"${t.text}" is not in this meeting's lists. Add them to Present: first, then rename.` };
  return { range: t.range, placeholder: t.person.name.display };
}

/** Reads the new minute number a clerk typed: `082/22`, `82/22`, or `5` for per-meeting numbering. */
export function readNumber(text: string, like: MinuteNumber): MinuteNumber | undefined {
  const t = text.trim();
  if (like.year === undefined) return /^\d{1,3}[.)]?$/.test(t) && Number.parseInt(t, 10) > 0 ? { seq: Number.parseInt(t, 10) } : undefined;
  const m = matchYearNumber(t);
  return m && !m.needsNextDigit && m.end === t.length ? { seq: m.seq, year: m.year } : undefined;
}

function add(edits: Map<string, TextEdit[]>, uri: string, edit: TextEdit): void {
  const list = edits.get(uri) ?? [];
  if (!list.some((e) => comparePositions(e.range.start, edit.range.start) === 0)) list.push(edit);
  edits.set(uri, list);
}

/**
 * Renumbers items: every item whose number is a key of `changes` (by label) in the meetings of
 * `scope`, and every reference to those items and their actions anywhere in the workspace.
 */
export function renumberEdits(model: WorkspaceModel, scope: ReadonlySet<string> | undefined, changes: ReadonlyMap<string, MinuteNumber>): Map<string, TextEdit[]> {
  const edits = new Map<string, TextEdit[]>();
  for (const { uri, meeting } of model.meetings) {
    for (const item of meeting.items) {
      const n = item.number;
      const to = n && (!scope || scope.has(uri)) ? changes.get(numberLabel(n)) : undefined;
      if (n && to) add(edits, uri, { range: n.range, newText: rewriteNumber(n, to) });
      for (const ref of item.references) {
        const moved = changes.get(numberLabel(ref.target));
        if (!moved) continue;
        add(edits, uri, { range: ref.range, newText: ref.action === undefined ? numberLabel(moved) : actionRefLabel(moved, ref.action) });
      }
    }
    for (const u of meeting.statusUpdates) {
      const moved = changes.get(numberLabel(u.target));
      if (moved) add(edits, uri, { range: u.refRange, newText: actionRefLabel(moved, u.action) });
    }
  }
  return edits;
}

/** `order`: the clerk's date order, for the meeting a refusal names. */
export function renameItem(model: WorkspaceModel, uri: string, target: Extract<Target, { kind: 'item' }>, newText: string, order: DateOrder = 'dmy'): RenameResult {
  const to = readNumber(newText, target.number);
  if (!to) {
    return { error: target.number.year === undefined ? `"${newText}" is not an item number: type a number such as 5.` : `"${newText}" is not a minute number: type it as ${numberLabel({ seq: target.number.seq + 1, year: target.number.year })}, three digits, a slash and the year's last two digits.` };
  }
  if (sameNumber(to, target.number)) return { edits: new Map() };
  const taken = model.items.get(numberLabel(to));
  if (taken && taken.length > 0) {
    const r = model.byUri.get(taken[0].uri);
    return { error: `Item ${numberLabel(to)} already exists (${taken[0].item.title || 'untitled'}${r?.date ? `, meeting of ${displayDate(r.date, order)}` : ''}). Choose a free number.` };
  }
  // a number used in two meetings is a duplicate: rename it only where the cursor is
  const scope = (model.items.get(target.label) ?? []).length > 1 ? new Set([uri]) : undefined;
  return { edits: renumberEdits(model, scope, new Map([[target.label, to]])) };
}

export interface PersonRenameOptions {
  /** Rename in every meeting of the workspace, not only in this one. */
  readonly acrossMeetings: boolean;
  /** Texts of the files, where known, to rename the name in running text too ("Simon Foster thanked …"). */
  readonly texts?: ReadonlyMap<string, string>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a whole name: not inside a longer word or a hyphenated or apostrophised name
 * ("Andy Beard" is not in "Andy Beard-Smith", "Andy Beardsley" or "O'Andy Beard"), but a name
 * followed by punctuation or a possessive ("Andy Beard's") is whole.
 */
function wholeName(alternatives: readonly string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}]|[\\p{L}\\p{M}][-\u2010\u2011'\u2019])(?:${alternatives.map(escapeRe).join('|')})(?![\\p{L}\\p{M}\\p{N}]|[-\u2010\u2011][\\p{L}\\p{M}])`, flags);
}

/** The part of `written` that is the person's name, to be replaced; the title before it stays. */
function nameSpan(written: string, names: readonly string[], surname: string): { start: number; end: number; whole: boolean } | undefined {
  for (const n of names) {
    const m = wholeName([n], 'iu').exec(written);
    if (m) return { start: m.index, end: m.index + m[0].length, whole: true };
  }
  const m = wholeName([surname], 'iu').exec(written);
  return m ? { start: m.index, end: m.index + m[0].length, whole: false } : undefined;
}

export function renamePerson(model: WorkspaceModel, uri: string, target: Extract<Target, { kind: 'person' }>, newName: string, options: PersonRenameOptions): RenameResult {
  const unprintable = unprintableInName(newName);
  if (unprintable) {
    return { error: `The new name has ${unprintable} in it: a name is one line of visible letters. Type the person's first name and surname, such as "Jane Smith".` };
  }
  const name = parseName(newName.trim());
  if (!name || newName.trim().length === 0 || /[:\n]/.test(newName)) {
    return { error: `"${newName}" is not a name: type the person's first name and surname, such as "Jane Smith".` };
  }
  const typed = newName.trim();
  const newSurname = name.surname;
  const edits = new Map<string, TextEdit[]>();
  const records = options.acrossMeetings ? model.meetings : model.meetings.filter((r) => r.uri === uri);
  let others: string[] | undefined;
  for (const { uri: u, meeting } of records) {
    const listed = allPeople(meeting).filter((p) => p.name.display === target.key);
    if (listed.length === 0 && u !== uri) continue;
    const names = [...new Set([target.key, ...listed.map((p) => p.written.trim()), target.person.written.trim()])].sort((a, b) => b.length - a.length);
    const occurrences = personOccurrences(meeting, u, target.key);
    for (const o of occurrences) {
      const written = writtenAt(meeting, o.range, listed);
      if (written === undefined) continue;
      const span = nameSpan(written, names, target.person.name.surname);
      if (!span) continue; // initials or a role: they still say who
      add(edits, u, {
        range: { start: { line: o.range.start.line, character: o.range.start.character + span.start }, end: { line: o.range.start.line, character: o.range.start.character + span.end } },
        newText: span.whole ? typed : newSurname,
      });
    }
    const text = options.texts?.get(u);
    if (text !== undefined) for (const e of runningText(text, names, typed, othersHolding(others ??= otherNames(model, target.key), meeting, target.key, names))) add(edits, u, e);
  }
  for (const [u, list] of edits) edits.set(u, list.filter((e, i) => !list.some((o, j) => j !== i && contains(o.range, e.range) && !rangesEqual(o.range, e.range))));
  return { edits };
}

function contains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

/** The text of a one-line range, from what the model holds (attendance lines and mentions). */
function writtenAt(meeting: Meeting, range: Range, listed: readonly { nameRange: Range; written: string }[]): string | undefined {
  if (range.start.line !== range.end.line) return undefined;
  const written = listed.find((p) => rangesEqual(p.nameRange, range))?.written ?? mentionsOf(meeting).find((m) => rangesEqual(m.range, range))?.text;
  // a name with markup inside (`<b>Richard</b> Agar`) has columns that are not its characters: leave it
  return written !== undefined && written.length === range.end.character - range.start.character ? written : undefined;
}

/**
 * Where other people stand whose names hold the renamed one ("Andy Beard-Smith", "Jo Andy Beard"
 * when renaming Andy Beard): their attendance lines, the presenters, owners and askers that are
 * them, and their names written anywhere in the text. Running text is renamed only outside these.
 */
interface Others { readonly ranges: readonly Range[]; readonly names: readonly string[] }

/** The names of everyone else in the workspace, each once (people come back meeting after meeting). */
function otherNames(model: WorkspaceModel, key: string): string[] {
  const out = new Set<string>();
  for (const { meeting: m } of model.meetings) {
    for (const p of allPeople(m)) if (p.name.display !== key) { out.add(p.name.display); out.add(p.written.trim()); }
  }
  out.delete('');
  return [...out];
}

function othersHolding(others: readonly string[], meeting: Meeting, key: string, names: readonly string[]): Others {
  const ours = wholeName(names, 'iu');
  const longer = others.filter((n) => ours.test(n));
  const ranges: Range[] = allPeople(meeting).filter((p) => p.name.display !== key).map((p) => p.nameRange);
  for (const m of mentionsOf(meeting)) {
    const r = resolveMention(m.text, meeting);
    if (!(r.kind === 'person' && r.person.name.display === key)) ranges.push(m.range);
  }
  return { ranges, names: longer.sort((a, b) => b.length - a.length) };
}

/** The full name in running text, as a whole name, in any of the forms it is written, outside other people's names. */
function runningText(text: string, names: readonly string[], typed: string, others: Others): TextEdit[] {
  const out: TextEdit[] = [];
  const full = names.filter((n) => /\s/.test(n));
  if (full.length === 0) return out;
  const re = wholeName(full, 'gu');
  const theirs = others.names.length > 0 ? wholeName(others.names, 'giu') : undefined;
  const lines = splitLines(text);
  const byLine = new Map<number, Array<[number, number]>>();
  for (const r of others.ranges) {
    for (let l = r.start.line; l <= r.end.line && l < lines.length; l++) {
      const list = byLine.get(l) ?? [];
      list.push([l === r.start.line ? r.start.character : 0, l === r.end.line ? r.end.character : lines[l].length]);
      byLine.set(l, list);
    }
  }
  lines.forEach((line, i) => {
    const taken = byLine.get(i) ?? [];
    if (theirs) for (const m of line.matchAll(theirs)) taken.push([m.index, m.index + m[0].length]);
    for (const m of line.matchAll(re)) {
      const a = m.index;
      const b = a + m[0].length;
      if (taken.some(([x, y]) => a < y && x < b)) continue;
      out.push({ range: { start: { line: i, character: a }, end: { line: i, character: b } }, newText: typed });
    }
  });
  return out;
}
