/**
 * Import writes what the parser read in the markup's canonical forms (docs/markup.md), whatever
 * the family the minutes were published in: a decision on a line of its own after `DECISION:`
 * (`RESOLVED that …` as `DECISION: RESOLVED that …`), an action on a line of its own after
 * `ACTION:` with the owner and due date the parser found written out as `Owner:` and `Due:`.
 * Everything comes from the model (`MinutesDocument`): this module reads no construct itself, so
 * each family the parser learns is imported in the canonical form without a change here.
 *
 * Words are added or lines broken, never dropped (`keepsWords` checks each edit); and the items
 * stay what they were: when the markup would be read with other items, other sub-items or fewer
 * actions or decisions, the import keeps the text as it was. One pass over the model, one parse
 * to check: linear in the size of the minutes.
 */
import type { Action, Decision, Item, MinutesDocument, PeopleBlock } from '../model';
import type { Range, TextEdit } from '../types';
import { comparePositions } from '../types';
import { BLOCK_WORDS, CANONICAL } from '../markup';
import { formatDate, type DateOrder } from '../dates';
import { applyTextEdits, splitLines } from '../text';
import { keepsWords } from './wordsKept';
import { SLICE, type Sliced } from '../slices';

/** The text before a keyword on its line ends a sentence: the keyword starts one. */
const SENTENCE_END = /[.;:!?)]["'’”]?\s*$/;

function textOf(lines: readonly string[], r: Range): string {
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}

const at = (line: number, character: number): Range => ({ start: { line, character }, end: { line, character } });

/**
 * The edit that puts a construct starting at `start` at the start of its own line, after `label`:
 * none when it already stands there; undefined when the words before it on its line do not end a
 * sentence (the keyword is inside one: `The Board NOTED …` stays as written).
 */
function ownLine(lines: readonly string[], start: Range['start'], label: string): TextEdit | undefined {
  const before = lines[start.line].slice(0, start.character);
  if (before.trim() === '') return { range: at(start.line, start.character), newText: label };
  if (!SENTENCE_END.test(before)) return undefined;
  return { range: { start: { line: start.line, character: before.trimEnd().length }, end: start }, newText: `\n${label}` };
}

function decisionEdits(lines: readonly string[], d: Decision): TextEdit[] {
  const kw = d.keyword;
  // already ours, or the minutes' own bold `**Decision**:`
  if (/^\W*decision\W*$/i.test(kw.value)) return [];
  // a heading (`Resolved` alone, its `that …` paragraphs below) keeps its layout
  if (lines[kw.range.end.line].slice(kw.range.end.character).trim() === '') return [];
  // a label of the family (`RESOLUTION:`, `AGREED –`) is written as ours; a word that starts the sentence (`RESOLVED that`) stays
  if (/[:–—-]\s*$/.test(kw.value)) {
    const e = ownLine(lines, kw.range.start, '');
    if (!e) return [];
    return [{ range: { start: e.range.start, end: kw.range.end }, newText: `${e.newText}${CANONICAL.decision}${/\s$/.test(kw.value) ? ' ' : ''}` }];
  }
  const e = ownLine(lines, kw.range.start, `${CANONICAL.decision} `);
  return e ? [e] : [];
}

function actionEdits(lines: readonly string[], a: Action, order: DateOrder): TextEdit[] {
  const edits: TextEdit[] = [];
  const whole = textOf(lines, a.range);
  if (a.keyword) {
    // `ACTION: MD` after a resolution names the owner of the task above: nothing more to write
    if (a.text.trim() === '') return [];
    if (a.keyword.range.start.character > 0) {
      const e = ownLine(lines, a.keyword.range.start, '');
      if (e && e.newText !== '') edits.push(e);
    }
  } else {
    // a task in prose or a table's row: written as an action line only when it is a sentence of its own on one line
    if (a.bold || a.range.start.line !== a.range.end.line || /[\t|]/.test(lines[a.range.start.line])) return [];
    const e = ownLine(lines, a.range.start, `${CANONICAL.action} `);
    if (!e) return [];
    edits.push(e);
  }
  const fields: string[] = [];
  if (a.owners.length > 0 && !/\bowners?\s*:/i.test(whole)) fields.push(`${a.owners.length > 1 ? 'Owners:' : CANONICAL.owner} ${a.owners.map((o) => o.text).join(', ')}.`);
  if (a.due && !/\bdue\s*:/i.test(whole)) {
    const d = a.due.date;
    if (a.due.nextMeeting) fields.push(`${CANONICAL.due} next meeting.`);
    else if (d?.iso) fields.push(`${CANONICAL.due} ${formatDate(d.year, d.month, d.day, order)}.`);
  }
  // the fields go after the action's last word and its full stop (a reader's action text leaves the stop out)
  const at = a.insertAt.start;
  const rest = lines[at.line].slice(at.character);
  const p = /^\.?[ \t]*$/.test(rest) ? { line: at.line, character: at.character + rest.trimEnd().length } : at;
  // not inside a sentence the page wrapped onto the next line
  const next = lines[p.line + 1]?.trim() ?? '';
  const wrapped = /[-–,;:]$/.test(lines[p.line].slice(0, p.character).trimEnd()) || /^[\p{Ll}(]/u.test(next);
  if (fields.length > 0 && lines[p.line].slice(p.character).trim() === '' && !wrapped) {
    const stop = /[.!?]["'’”)]?$/.test(lines[p.line].slice(0, p.character).trimEnd()) ? '' : '.';
    edits.push({ range: { start: p, end: p }, newText: `${stop} ${fields.join(' ')}` });
  }
  return edits;
}

/**
 * A list of people written as a sentence after its label (`In attendance: Mrs H Brightwell (Clerk &
 * RFO); Borough Cllr D Marsh (to PC24/066); four members of the public.`) as the markup's block:
 * the label on its line, then one person a line as written (name, role, qualifiers), and what
 * follows the last person (`four members of the public.`) on a line of its own after the block.
 * Only where commas or semicolons part the people: a list joined with `and` keeps its sentence
 * (the markup has no place for the word).
 */
function peopleEdits(lines: readonly string[], b: PeopleBlock): TextEdit[] {
  const ps = b.people;
  // the label's range is its line when the people follow on it: the label ends at its colon
  const from = b.labelRange.start;
  const colon = lines[from.line].indexOf(':', from.character);
  if (ps.length < 2 || colon < 0 || ps[0].range.start.line !== from.line || ps[0].range.start.character <= colon) return [];
  const label = lines[from.line].slice(from.character, colon + 1).trim();
  if (!BLOCK_WORDS.some(([re]) => re.test(label.slice(0, -1).trim()))) return [];
  if (lines[from.line].slice(colon + 1, ps[0].range.start.character).trim() !== '') return [];
  const parts: string[] = [];
  for (let k = 0; k < ps.length; k++) {
    const r = ps[k].range;
    if (k > 0) {
      if (comparePositions(ps[k - 1].range.end, r.start) > 0) return [];
      if (!/^[\s,;]*$/.test(textOf(lines, { start: ps[k - 1].range.end, end: r.start }))) return [];
    }
    parts.push(textOf(lines, r).replace(/\s+/g, ' ').trim());
  }
  const last = ps[ps.length - 1].range.end;
  const end = { line: last.line, character: lines[last.line].length };
  const rest = textOf(lines, { start: last, end }).replace(/^[\s,;.]+/, '').trim();
  // another list or field on the same line stays where it is
  if (rest.includes(':')) return [];
  return [{ range: { start: b.labelRange.start, end }, newText: `${label}\n${parts.join('\n')}${rest ? `\n${rest}` : ''}` }];
}

/** The people the lists hold, as read: who, in which list, with what role and qualifiers. */
function peopleShape(doc: MinutesDocument): string {
  return (doc.meeting?.people ?? []).flatMap((b) => b.people.map((p) => [b.kind, p.written, p.role ?? '', p.initials ?? '', p.title ?? '', p.organisation ?? '', (p.qualifiers ?? []).map((q) => q.text).join('|')].join('\u0001'))).sort().join('\n');
}

/** What the outline and the registers read of the minutes: the items with their numbers and titles, and how many actions and decisions. */
export function outlineShape(doc: MinutesDocument): { items: string; actions: number; decisions: number } {
  const m = doc.meeting;
  if (!m) return { items: '', actions: 0, decisions: 0 };
  const item = (i: Item): string => `${i.number?.written.trim() ?? ''}\u0001${i.title.replace(/\s+/g, ' ').trim()}\u0001${(i.subItems ?? []).map(item).join('\u0002')}`;
  return {
    items: m.items.map(item).join('\n'),
    actions: (m.actions?.length ?? 0) + m.items.reduce((n, i) => n + i.actions.length, 0),
    decisions: (m.decisions?.length ?? 0) + m.items.reduce((n, i) => n + i.decisions.length, 0),
  };
}

/**
 * The text with the lists, decisions and actions `doc` (its parse) holds written in the canonical
 * forms, and its parse; `reparse` parses the result, to check that it reads with the same items,
 * the same people and no fewer actions or decisions (otherwise the text comes back as it was).
 * A slice at a time, as the import is: the parse of the result is a whole parse of the minutes.
 */
export function* canonicalForms(text: string, doc: MinutesDocument, order: DateOrder, reparse: (t: string) => Sliced<MinutesDocument>): Sliced<{ text: string; doc: MinutesDocument }> {
  const unchanged = { text, doc };
  const m = doc.meeting;
  if (!m || doc.kind !== 'minutes') return unchanged;
  const lines = splitLines(text);
  const candidates: TextEdit[][] = [];
  for (const d of [...(m.decisions ?? []), ...m.items.flatMap((i) => i.decisions)]) {
    candidates.push(decisionEdits(lines, d));
    if (candidates.length % SLICE === 0) yield;
  }
  for (const a of [...(m.actions ?? []), ...m.items.flatMap((i) => i.actions)]) {
    candidates.push(actionEdits(lines, a, order));
    if (candidates.length % SLICE === 0) yield;
  }
  const people = m.people.map((b) => peopleEdits(lines, b));
  // the words each edit replaces stand in what it writes
  const keeps = (group: TextEdit[]) => group.length > 0 && group.every((e) => keepsWords(textOf(lines, e.range), e.newText));
  const constructs = candidates.filter(keeps).flat();
  const before = outlineShape(doc);
  const peopleBefore = peopleShape(doc);
  // with the lists one person a line, then without (when a list would read otherwise)
  for (const edits of [[...people.filter(keeps).flat(), ...constructs], constructs]) {
    if (edits.length === 0) return unchanged;
    // in text order; an edit that overlaps one before it is left out (its words stay as written)
    edits.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
    const kept: TextEdit[] = [];
    for (const e of edits) {
      const last = kept[kept.length - 1];
      if (last && comparePositions(e.range.start, last.range.end) < 0) continue;
      kept.push(e);
    }
    const out = applyTextEdits(text, kept);
    const read = yield* reparse(out);
    const after = outlineShape(read);
    if (after.items === before.items && after.actions >= before.actions && after.decisions >= before.decisions && peopleShape(read) === peopleBefore) return { text: out, doc: read };
  }
  return unchanged;
}
