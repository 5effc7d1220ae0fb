/**
 * A list sorted under its membership categories, each category a short line the page sets less indented
 * than the members under it, the members one or two a line in columns (a university council's `Present:` ⏎
 * `  Independent members` ⏎ `    Ms A Roe (Chair)        Mr B Lee (v)`), and a legend of a mark after some
 * names under the list (`(v) = attended by video link`). Each member with the category over them; the mark's
 * meaning a qualifier of those it follows.
 */
import { readPerson } from './personLine';
import { readQualifier } from './qualifiers';
import type { PersonMatch, Qualifier, Span } from './types';

export interface GroupedPerson {
  /** The line (index in the lines given) the person is on, and the line of their category. */
  readonly line: number;
  readonly person: PersonMatch;
  readonly categoryLine: number;
  readonly category: Span;
  /** The mark after the name (`(v)`), which the legend spells out. */
  readonly mark?: string;
}

export interface CategoryGroups {
  readonly people: readonly GroupedPerson[];
  /** The legend of the marks: its line, the mark, and the qualifier it means (spans in that line). */
  readonly legend?: { readonly line: number; readonly mark: string; readonly qualifier: Qualifier };
  /** How many of the lines given it took. */
  readonly lines: number;
}

/** A category's line: one to four words, the first capitalised, the others in small letters (`Ex officio`, `Staff members`). */
const CATEGORY = /^[A-Z][a-z'’-]+(?: [a-z'’-]+){0,3}$/;
/** A mark after a name: a small letter in brackets (`(v)`, `(r)`). */
const MARK = /[ \t]*\(([a-z])\)$/;
/** The legend of a mark: `(v) = attended by video link`. */
const LEGEND = /^\(([a-z])\)[ \t]*[=:–-][ \t]*(.+?)[ \t]*$/;

/**
 * Reads the groups from `lines[0]` (the line under the list's heading); `indents[k]` is how far line k was
 * indented on the page. Undefined unless two categories at least each head people, every line of them read.
 */
export function matchCategoryGroups(lines: readonly string[], indents: readonly number[]): CategoryGroups | undefined {
  const people: GroupedPerson[] = [];
  let groups = 0;
  let k = 0;
  let category: { line: number; span: Span; indent: number } | undefined;
  for (; k < lines.length; k++) {
    const t = lines[k];
    if (t.trim().length === 0) break;
    const lead = t.length - t.trimStart().length;
    const words = t.trim();
    if (CATEGORY.test(words) && k + 1 < lines.length && indents[k + 1] > indents[k]) {
      category = { line: k, span: { start: lead, end: lead + words.length }, indent: indents[k] };
      groups++;
      continue;
    }
    if (!category || indents[k] <= category.indent) return undefined;
    // the members in columns: each cell parted from the next by three blanks or more
    const cells = /\S(?:.*?\S)?(?=[ \t]{3,}|[ \t]*$)/g;
    let n = 0;
    for (let m = cells.exec(t); m; m = cells.exec(t)) {
      const mark = MARK.exec(m[0]);
      const end = m.index + (mark ? mark.index : m[0].length);
      const person = readPerson(t, m.index, end);
      if (!person || person.end < end) return undefined;
      people.push({ line: k, person, categoryLine: category.line, category: category.span, ...(mark ? { mark: mark[1] } : {}) });
      n++;
    }
    if (n === 0) return undefined;
  }
  if (groups < 2 || people.length < 2) return undefined;
  // the legend of the marks under the list, after a blank line
  let legend: CategoryGroups['legend'];
  let taken = k;
  if (people.some((p) => p.mark !== undefined)) {
    for (let j = k; j < lines.length && j <= k + 2; j++) {
      if (lines[j].trim().length === 0) continue;
      const lm = LEGEND.exec(lines[j].trim());
      const q = lm ? readQualifier(lm[2]) : undefined;
      if (lm && q) {
        const start = lines[j].indexOf(lm[2]);
        legend = { line: j, mark: lm[1], qualifier: { kind: q.kind, start, end: start + lm[2].length, ...(q.value !== undefined ? { value: q.value } : {}) } };
        taken = j + 1;
      }
      break;
    }
  }
  return { people, ...(legend ? { legend } : {}), lines: taken };
}
