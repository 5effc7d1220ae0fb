/**
 * A marker of confidential business not written as documented. The public version withholds the
 * item anyway (withholding fails safe, `confidential.ts`); this tells the clerk before publishing,
 * and offers to write the marker as documented, keeping its words as the reason.
 */
import { defineRule, type Finding, type Fix } from './rule';
import { numberLabel } from '../numbers';
import { INVISIBLE, lineMarker, withholding, type MarkerMatch } from '../confidential';
import type { Item } from '../model';
import type { Position, Range, TextEdit } from '../types';

const at = (line: number, character: number): Position => ({ line, character });

/** The documented marker holding the words of `inner`: `(confidential item)` gives `[confidential: item]`. */
export function documentedMarker(inner: string): string {
  const words = inner.replace(INVISIBLE, '').replace(/[\s:\-–—|]+$/, '').replace(/^[\s:\-–—|]+/, '').replace(/\s+/g, ' ');
  const k = /^(confidential|private|exempt)\b[\s:\-–—|]*/i.exec(words);
  const keyword = k ? k[1].toLowerCase() : 'confidential';
  const reason = (k ? words.slice(k[0].length) : words).replace(/[[\]]/g, '').trim();
  return reason ? `[${keyword}: ${reason}]` : `[${keyword}]`;
}

/** Whether the item's mark is a reserved minute's `R` before its number (numberSchemes.ts `matchReservedHead`). */
function reservedMark(item: Item): boolean {
  const n = item.number;
  const mark = item.confidentialMark;
  return n !== undefined && mark !== undefined && n.scheme === 'running' && n.prefix === 'R' && mark.start.line === n.range.start.line && mark.start.character === n.range.start.character;
}

function label(item: Item): string {
  return item.number ? `Item ${numberLabel(item.number)}` : `The item "${item.title.slice(0, 60)}"`;
}

/** Takes the marker out of the title and writes the documented one at the title's start. */
function titleFix(item: Item, lines: readonly string[], m: MarkerMatch): Fix | undefined {
  const r = item.titleRange;
  // with no closing bracket, where the mark ends is the clerk's to say: the title would become its (published) reason
  if (m.unclosed || !r || r.start.line !== r.end.line || lines[r.start.line]?.slice(r.start.character, r.end.character) !== item.title) return undefined;
  const line = r.start.line;
  const base = r.start.character;
  const text = documentedMarker(m.inner);
  const edits: TextEdit[] = [];
  if (m.start === 0) {
    // the marker and the spaces after it become the documented marker and one space
    let end = m.end;
    while (end < item.title.length && /\s/.test(item.title[end])) end++;
    edits.push({ range: { start: at(line, base), end: at(line, base + end) }, newText: end < item.title.length ? `${text} ` : text });
  } else {
    let start = m.start;
    while (start > 0 && /\s/.test(item.title[start - 1])) start--;
    edits.push({ range: { start: at(line, base), end: at(line, base) }, newText: `${text} ` });
    edits.push({ range: { start: at(line, base + start), end: at(line, base + m.end) }, newText: '' });
  }
  return { title: `Write the marker as ${text} after the minute number`, preferred: true, edits };
}

/** A marker line: before a minute number it moves after it; alone under the title it moves onto the title. */
function lineFix(item: Item, lines: readonly string[], mark: Range): Fix | undefined {
  const text = lines[mark.start.line] ?? '';
  const m = lineMarker(text);
  if (!m || m.unclosed) return undefined;
  const marker = documentedMarker(m.inner);
  const rest = text.slice(m.end);
  const num = /^\s*(\d{1,3}\s?\/\s?\d{2,4})[ \t]*/.exec(rest);
  if (num) {
    return {
      title: `Write the marker as ${marker} after the minute number ${num[1]}`, preferred: true,
      edits: [{ range: { start: at(mark.start.line, m.start), end: at(mark.start.line, m.end + num[0].length) }, newText: `${num[1]} ${marker} ` }],
    };
  }
  const r = item.titleRange;
  if (rest.trim() !== '' || !r || r.start.line >= mark.start.line) return undefined;
  return {
    title: `Move the marker onto the title as ${marker}`, preferred: true,
    edits: [
      { range: { start: r.start, end: r.start }, newText: `${marker} ` },
      { range: { start: at(mark.start.line, 0), end: at(mark.start.line + 1, 0) }, newText: '' },
    ],
  };
}

export const confidentialMarker = defineRule('confidential-marker', 'warning',
  'A mark of confidential business not written as [confidential] after the minute number: the item is left out of the public version all the same.',
  (ctx, code) => {
    const out: Finding[] = [];
    const sections = new Map<number, Item[]>();
    for (const item of ctx.meeting.items) {
      const w = withholding(item, ctx.meeting);
      // (an item withheld for a resolution excluding the press and public: exempt-not-marked tells the clerk in our markup)
      if (!w || w.by === 'exclusion') continue;
      if (w.by === 'title') {
        if (w.marker.canonical) continue;
        const r = item.titleRange ?? item.headRange;
        const exact = item.titleRange && r.start.line === r.end.line && ctx.lines[r.start.line]?.slice(r.start.character, r.end.character) === item.title;
        const range = exact ? { start: at(r.start.line, r.start.character + w.marker.start), end: at(r.start.line, r.start.character + w.marker.end) } : r;
        const fix = titleFix(item, ctx.lines, w.marker);
        out.push({
          code, range, fixes: fix ? [fix] : [],
          message: `${label(item)} is left out of the public version: its title is marked as confidential business, but not as the minutes mark it${w.marker.unclosed ? ' (its bracket is not closed)' : ''}. Write [confidential] (or [confidential: the reason]) right after the minute number; if the item is public, take the mark out of its title.`,
        });
      } else if (w.by === 'line' && reservedMark(item)) {
        // (`R3313.1`: a reserved minute, marked by its number's `R`)
        out.push({
          code, range: item.confidentialMark!, fixes: [],
          message: `${label(item)} is a reserved minute (the R before its number): it is left out of the public version, all of it. To mark it as the minutes do, write [confidential] right after its minute number.`,
        });
      } else if (w.by === 'line') {
        const mark = item.confidentialMark!;
        const fix = lineFix(item, ctx.lines, mark);
        out.push({
          code, range: mark, fixes: fix ? [fix] : [],
          message: `${label(item)} is left out of the public version, all of it: this line marks confidential business inside it. If the line starts a confidential item, write the marker after its minute number (088/22 [confidential] Title); if the whole item is confidential, write [confidential] right after its minute number.`,
        });
      } else {
        const list = sections.get(w.section) ?? sections.set(w.section, []).get(w.section)!;
        list.push(item);
      }
    }
    for (const [s, items] of sections) {
      const heading = ctx.meeting.sections[s];
      out.push({
        code, range: heading.headingRange, fixes: [],
        message: `The heading "${heading.title.slice(0, 80)}" names confidential business: the ${items.length === 1 ? 'item' : `${items.length} items`} under it (${items.map((i) => (i.number ? numberLabel(i.number) : i.title.slice(0, 30))).join(', ')}) ${items.length === 1 ? 'is' : 'are'} left out of the public version. Mark ${items.length === 1 ? 'it' : 'each confidential item'} [confidential] after its minute number; if ${items.length === 1 ? 'it is' : 'they are'} public, reword the heading.`,
      });
    }
    return out;
  });
