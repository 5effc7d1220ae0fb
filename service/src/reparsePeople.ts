/**
 * Re-parsing after an edit inside a people block (`Present:` and one person a line). A block
 * can hold tens of thousands of people (issue 17 §3): a keystroke in one person's line must not
 * parse the whole text again. When the edited lines each held a person of one block, before and
 * after the edit, only those lines are read again (by the parser's own recognisers, from a state
 * in the block) and their people spliced into the block; every other person keeps their object.
 * Anything the splice cannot prove equal to a full parse returns undefined and the caller parses
 * the whole text: a line that stops being a person (a heading, a field, an item, a role run on
 * from the line above), a role that may continue onto the next line, bold or a numbering scheme
 * in question, or a changed name that a line after the first item repeats (a person's name alone
 * on a line is not a heading item, `headingItems.ts`).
 */
import { segmentDocument } from './text';
import { detectLayout, type ParseOptions } from './parse/index';
import { ParseState } from './parse/state';
import { step } from './parse/driver';
import { rulesFor } from './parse/table';
import { boldRunsInto, schemeNeutral, splice, BOLD_MARK } from './reparse';
import type { Meeting, MinutesDocument, PeopleBlock, Person } from './model';
import type { MeetingBuilder, PeopleBlockBuilder } from './parse/builders';

/**
 * The document after lines [first, last] changed (and no line was added or removed), when they
 * lie in one people block; undefined when only a full parse can say.
 */
export function reparsePeople(
  prev: MinutesDocument, prevLines: readonly string[], lines: string[], lineLengths: Int32Array,
  first: number, last: number, options: ParseOptions,
): MinutesDocument | undefined {
  const m = prev.meeting;
  if (!m || prev.kind !== 'minutes' || prev.agendas.length > 0 || lines.length !== prevLines.length) return undefined;
  // people blocks are read before the first item: the block holding the edit, past its heading
  const b = m.people.findIndex((x) => x.labelRange.start.line < first && last <= x.range.end.line);
  if (b < 0) return undefined;
  const block = m.people[b];
  const people = block.people;
  // only a block of our markup's `Name : Role` lines: a family's block is read whole
  // (parse/recognisers/peopleForms.ts), and one line of it read alone may read otherwise
  if (people.some((p) => p.form !== 'colon')) return undefined;
  // the people on the edited lines: each line must have started one, and none may run past them
  const a = lowerBound(people, first);
  const z = lowerBound(people, last + 1);
  if (a === z) return undefined;
  if (a > 0 && people[a - 1].range.end.line >= first) return undefined;
  for (let l = first, k = a; l <= last; l++) {
    if (k >= z || people[k].range.start.line !== l) return undefined;
    while (k < z && people[k].range.start.line === l) k++;
  }
  for (let k = a; k < z; k++) if (people[k].range.end.line > last) return undefined;
  // the line after: a person of its own (never a role run on from the edited line), or blank
  const after = last + 1;
  if (after <= block.range.end.line) {
    if (z >= people.length || people[z].range.start.line !== after) return undefined;
  } else if (after < lines.length && lines[after].trim() !== '') return undefined;

  // the text layer of the edited lines, old and new: no bold, no number the scheme detection reads
  if (boldRunsInto(lines, first)) return undefined;
  for (let l = first; l <= last; l++) if (BOLD_MARK.test(lines[l]) || BOLD_MARK.test(prevLines[l])) return undefined;
  if (!schemeNeutral(lines, first, last) || !schemeNeutral(prevLines, first, last)) return undefined;
  const segs = segmentDocument(lines, first, last + 1);

  // read the new lines as the full parse reads them, from a state inside the block
  const state = new ParseState(lines, lineLengths, segs, detectLayout(segs, options.numbering, prev.scheme), options.dateOrder ?? 'dmy');
  const copy: PeopleBlockBuilder = state.newBlock({ ...block, people: [], range: { start: block.range.start, end: block.range.start } });
  // the meeting as it stood at the block: no item yet (people blocks are read only before the first); its
  // lists are copies, so that the parse adds to none of the previous document's (`grew` tells whether it did)
  const seed: MeetingBuilder = {
    ...m, items: [], people: m.people.slice(), sections: m.sections.slice(), dates: m.dates.slice(), statusUpdates: m.statusUpdates.slice(),
    approvals: m.approvals.slice(), closing: m.closing.slice(), statusReviews: m.statusReviews?.slice(), actions: m.actions?.slice(), decisions: m.decisions?.slice(),
  };
  seed.people[b] = copy;
  state.meeting = seed;
  state.phase = 'people';
  state.block = copy;
  const rules = rulesFor(state.layout);
  for (let i = 0; i < segs.length; i++) {
    if (segs[i].text.length === 0) return undefined; // a blank segment: the line may no longer be a person's
    const before = copy.people.length;
    step(state, i, rules);
    // the segment must have been a person of the block, which is still open and the only change
    if (state.block !== copy || state.phase !== 'people' || copy.people.length === before || state.meeting !== seed || seed.people.length !== m.people.length || state.agendas.length > 0) return undefined;
  }
  if (state.variants.some((v) => v.kind !== 'person-separator') || prev.variants.some((v) => v.range.start.line >= first && v.range.start.line <= last && v.kind !== 'person-separator')) return undefined;
  for (const p of copy.people) if (p.range.start.line < first || p.range.end.line > last || p.form !== 'colon') return undefined;
  if (seed.title !== m.title || seed.date !== m.date || seed.time !== m.time || seed.location !== m.location || seed.chair !== m.chair || grew(seed, m)) return undefined;
  if (seed.people.some((x, i) => i !== b && x !== m.people[i])) return undefined; // a person taken off another list

  // a name that changed may stand alone on a line after the first item, where it keeps the line from being a heading item
  const changed = changedNames(people.slice(a, z), copy.people);
  if (changed.length > 0 && m.items.length > 0 && repeatedAfter(lines, m.items[0].headRange.start.line, changed)) return undefined;

  const end = last === block.range.end.line ? copy.range.end : block.range.end;
  const fresh: PeopleBlock = { ...block, people: [...people.slice(0, a), ...copy.people, ...people.slice(z)], range: { start: block.range.start, end } };
  const blocks = m.people.slice();
  blocks[b] = fresh;
  const lastLine = lines.length - 1;
  const meeting: Meeting = { ...m, people: blocks, range: { start: m.range.start, end: { line: lastLine, character: lineLengths[lastLine] } } };
  return { ...prev, meeting, variants: splice(prev.variants, first, last + 1, state.variants), lineCount: lines.length, lineLengths };
}

/** Whether the parse of the person lines added to a list of the meeting other than the block's people. */
function grew(seed: MeetingBuilder, m: Meeting): boolean {
  return seed.sections.length !== m.sections.length || seed.dates.length !== m.dates.length || seed.statusUpdates.length !== m.statusUpdates.length
    || seed.approvals.length !== m.approvals.length || seed.closing.length !== m.closing.length || seed.statusReviews?.length !== m.statusReviews?.length
    || seed.actions?.length !== m.actions?.length || seed.decisions?.length !== m.decisions?.length;
}

/** The first person whose line is at or after `line` (people are in document order). */
function lowerBound(people: readonly Person[], line: number): number {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid].range.start.line < line) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** The names (as written and as displayed) of one list that the other does not hold in the same place. */
function changedNames(before: readonly Person[], after: readonly Person[]): string[] {
  const out: string[] = [];
  const n = Math.max(before.length, after.length);
  for (let i = 0; i < n; i++) {
    const p = before[i];
    const q = after[i];
    if (p && q && p.written === q.written && p.name.display === q.name.display) continue;
    for (const x of [p, q]) if (x) out.push(x.written, x.name.display);
  }
  return out.filter((s) => s.length > 0);
}

/** Whether a line from `from` on may read as one of the names (its text, debris removed, compared where it has debris). */
function repeatedAfter(lines: readonly string[], from: number, names: readonly string[]): boolean {
  for (let l = from; l < lines.length; l++) {
    const line = lines[l];
    if (names.some((s) => line.includes(s))) return true;
    if (/[<*&]/.test(line) && segmentDocument(lines, l, l + 1).some((seg) => names.includes(seg.text))) return true;
  }
  return false;
}
