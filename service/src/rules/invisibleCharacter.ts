import { defineRule, type Finding } from './rule';
import { comparePositions as comparePos, type Range, type TextEdit } from '../types';
import { numberLabel, actionRefLabel } from '../numbers';
import { allPeople } from '../attendance';
import { describeInvisible, invisibleIn, MAYBE_INVISIBLE, nextMaybeInvisible } from '../invisible';
import { withholding } from '../confidential';
import { linesBeyondAsciiWhere } from './beyondAscii';

/** Whether a line may hold an invisible character (the lines the rule looks into). */
const maybeInvisible = (line: string): boolean => nextMaybeInvisible(line) >= 0;

/**
 * Invisible and bidi control characters in a minute number, a reference or a name (attendance
 * lines, presenters, owners, askers): `081/2​2` with a zero-width space, a word joiner before a
 * number, a right-to-left override in a name. The text layer reads past them, so the item is
 * still the item it looks like; but search, copy and other programs see another number or name,
 * and a bidi control changes what is shown. The fix removes them and nothing else.
 */
export const invisibleCharacter = defineRule('invisible-character', 'warning', 'An invisible or text-direction character (zero-width space, soft hyphen, word joiner, bidi control) in a minute number or a name.', (ctx, code) => {
  const { lines, meeting } = ctx;
  const out: Finding[] = [];
  // the lines that hold any such character, found with one test a line: most documents have none,
  // and then no number or name is looked at (this runs on every keystroke)
  const marked = linesBeyondAsciiWhere(lines, maybeInvisible);
  if (marked.length === 0) return out;
  /** Does a line of [from, to] hold such a character? (binary search in the marked lines) */
  const touches = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = marked.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (marked[mid] < from) lo = mid + 1; else hi = mid; }
    return lo < marked.length && marked[lo] <= to;
  };
  const seen = new Set<string>();
  /** Columns of the invisible characters in `range`, and those just before and after it on its lines. */
  const check = (range: Range, what: () => string): void => {
    if (!touches(range.start.line, range.end.line)) return;
    const columns: Array<{ line: number; character: number }> = [];
    for (let l = range.start.line; l <= range.end.line && l < lines.length; l++) {
      const raw = lines[l];
      let from = l === range.start.line ? range.start.character : 0;
      let to = l === range.end.line ? range.end.character : raw.length;
      // a character written just outside (`\u2060081/22`) belongs to the number as much as one inside
      while (from > 0 && MAYBE_INVISIBLE.test(raw[from - 1]) && invisibleIn(raw, from - 1, from).length > 0) from--;
      while (to < raw.length && MAYBE_INVISIBLE.test(raw[to]) && invisibleIn(raw, to, to + 1).length > 0) to++;
      for (const c of invisibleIn(raw, from, to)) columns.push({ line: l, character: c });
    }
    if (columns.length === 0) return;
    const key = columns.map((c) => `${c.line}:${c.character}`).join(',');
    if (seen.has(key)) return; // the same characters seen from two places (an owner also the asker)
    seen.add(key);
    const first = columns[0];
    const last = columns[columns.length - 1];
    const span: Range = {
      start: comparePos(first, range.start) < 0 ? first : range.start,
      end: comparePos({ line: last.line, character: last.character + 1 }, range.end) > 0 ? { line: last.line, character: last.character + 1 } : range.end,
    };
    // a tag character is two columns (both removed) but one character to the clerk
    const chars = columns.filter((c) => !/[\udc00-\udfff]/.test(lines[c.line][c.character])).map((c) => String.fromCodePoint(lines[c.line].codePointAt(c.character) ?? 0));
    const kinds = [...new Set(chars.map(describeInvisible))];
    const count = chars.length === 1 ? 'an invisible character' : `${chars.length} invisible characters`;
    const edits: TextEdit[] = columns.map((c) => ({ range: { start: c, end: { line: c.line, character: c.character + 1 } }, newText: '' }));
    out.push({
      code, range: span, fixes: [{ title: chars.length === 1 ? 'Remove the invisible character' : `Remove the ${chars.length} invisible characters`, preferred: true, edits }],
      message: `${what()} has ${count} in it: ${kinds.join(', ')}. It looks right here, but search, copying and other programs see something else. Remove ${chars.length === 1 ? 'it' : 'them'}.`,
    });
  };
  const chair = meeting.chair;
  if (chair) check(chair.range, () => `The chair "${chair.value}"`);
  for (const p of allPeople(meeting)) check(p.nameRange, () => `The name "${p.name.display}"`);
  for (const item of meeting.items) {
    // only the items with a marked line are looked into
    if (!touches(Math.min(item.headRange.start.line, item.range.start.line), Math.max(item.headRange.end.line, item.range.end.line))) continue;
    const n = item.number;
    if (n) check(n.range, () => `Minute number ${numberLabel(n)}`);
    // a confidential mark with an invisible character inside is read as the mark it looks like (the
    // item is withheld), but other programs see no mark: the clerk is told before publishing
    const held = withholding(item, meeting);
    if (held?.by === 'title' && item.titleRange) check(item.titleRange, () => `The title of confidential item ${n ? numberLabel(n) : item.title}`);
    for (const r of item.references) check(r.range, () => `The reference to ${r.action === undefined ? numberLabel(r.target) : actionRefLabel(r.target, r.action)}`);
    for (const p of item.presenters) for (const n of p.names) check(n.range, () => `The presenter "${n.text}"`);
    for (const a of item.actions) for (const o of a.owners) check(o.range, () => `The owner "${o.text}"`);
    for (const q of item.questions) {
      const asker = q.asker;
      if (asker) check(asker.range, () => `"${asker.text}" (who asked)`);
    }
  }
  for (const u of meeting.statusUpdates) check(u.refRange, () => `The reference to ${actionRefLabel(u.target, u.action)}`);
  return out;
});

