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
import type { Action, Decision, Item, MinutesDocument } from '../model';
import type { Range, TextEdit } from '../types';
import { comparePositions } from '../types';
import { CANONICAL } from '../markup';
import { formatDate, type DateOrder } from '../dates';
import { applyTextEdits, splitLines } from '../text';
import { keepsWords } from './wordsKept';

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
  const p = a.insertAt.start;
  // the fields go after the action's last word: not inside a sentence the page wrapped onto the next line
  const next = lines[p.line + 1]?.trim() ?? '';
  const wrapped = /[-–,;:]$/.test(lines[p.line].slice(0, p.character).trimEnd()) || /^[\p{Ll}(]/u.test(next);
  if (fields.length > 0 && lines[p.line].slice(p.character).trim() === '' && !wrapped) {
    const stop = /[.!?]["'’”)]?$/.test(lines[p.line].slice(0, p.character).trimEnd()) ? '' : '.';
    edits.push({ range: a.insertAt, newText: `${stop} ${fields.join(' ')}` });
  }
  return edits;
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
 * The text with the decisions and actions `doc` (its parse) holds written in the canonical forms;
 * `reparse` parses the result, to check that it reads with the same items and no fewer actions
 * or decisions (otherwise the text comes back as it was).
 */
export function canonicalForms(text: string, doc: MinutesDocument, order: DateOrder, reparse: (t: string) => MinutesDocument): string {
  const m = doc.meeting;
  if (!m || doc.kind !== 'minutes') return text;
  const lines = splitLines(text);
  const candidates: TextEdit[][] = [];
  for (const d of [...(m.decisions ?? []), ...m.items.flatMap((i) => i.decisions)]) candidates.push(decisionEdits(lines, d));
  for (const a of [...(m.actions ?? []), ...m.items.flatMap((i) => i.actions)]) candidates.push(actionEdits(lines, a, order));
  const edits: TextEdit[] = [];
  for (const group of candidates) {
    if (group.length === 0) continue;
    // the words each edit replaces stand in what it writes
    if (!group.every((e) => keepsWords(textOf(lines, e.range), e.newText))) continue;
    edits.push(...group);
  }
  if (edits.length === 0) return text;
  // in text order; an edit that overlaps one before it is left out (its words stay as written)
  edits.sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  const kept: TextEdit[] = [];
  for (const e of edits) {
    const last = kept[kept.length - 1];
    if (last && comparePositions(e.range.start, last.range.end) < 0) continue;
    kept.push(e);
  }
  const out = applyTextEdits(text, kept);
  const before = outlineShape(doc);
  const after = outlineShape(reparse(out));
  return after.items === before.items && after.actions >= before.actions && after.decisions >= before.decisions ? out : text;
}
