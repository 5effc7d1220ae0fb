/**
 * The attendance a static site's page keeps in its front matter (`forms/frontMatter.ts`: `attendees:`
 * ⏎ `  - name: Ana Roe` ⏎ `    role: Chair` ⏎ `    github: aroe`, `regrets:` …), read as the lists a
 * clerk would have written: each key that names a list is one, each entry a person with the role,
 * the body and the notes its fields give, and the account its handle field gives, by which the notes'
 * `@aroe` owners are resolved. The other keys are the site's settings (`layout:`, `tags:`) or repeat
 * the lists (`chair: Ana Roe`): no person. Only a front matter that holds a list is taken; one
 * without (a title and a date) is left as it was read before.
 */
import { frontListKind, frontPerson, readFrontMatter, type FrontScalar } from '../../forms/frontMatter';
import { readQualifier } from '../../forms';
import { col, type Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import type { ParseState } from '../state';
import { addParts, type Parts, type Piece } from './peopleForms';

/** The clean-text offset in a segment of a column of its line (the segment's text a slice of it, or mapped). */
function cleanAt(seg: Segment, column: number): number {
  if (seg.map === null) return Math.max(0, Math.min(seg.text.length, column - seg.offset));
  // (a mapped segment: the first clean offset at or after the column)
  for (let k = 0; k <= seg.text.length; k++) if (col(seg, k) >= column) return k;
  return seg.text.length;
}

export function frontMatterLists(state: ParseState, i: number): number {
  const end = state.layout.heading?.frontMatterEnd ?? 0;
  const seg = state.segs[i];
  if (seg.line >= end || state.item) return DECLINE;
  const keys = readFrontMatter(state.lines, seg.line, end - 1);
  const lists = keys.filter((k) => k.entries.length > 0 && frontListKind(k.key.text) !== undefined);
  if (lists.length === 0) return DECLINE;
  // the segment of each line (one a line in YAML; a line split in two is left unread)
  const segOf = new Map<number, Segment>();
  let last = i;
  for (let k = i; k < state.segs.length && state.segs[k].line < end; k++) {
    const s = state.segs[k];
    if (s.only) segOf.set(s.line, s);
    last = k;
  }
  const piece = (v: FrontScalar | undefined): Piece | undefined => {
    const s = v && segOf.get(v.line);
    if (!s || !v) return undefined;
    const a = cleanAt(s, v.start);
    const b = cleanAt(s, v.end);
    return b > a ? { seg: s, span: { start: a, end: b } } : undefined;
  };
  state.closeBlock();
  const m = state.ensureMeeting(seg);
  for (const k of lists) {
    const label = piece(k.key);
    if (!label) continue;
    const r = state.r(label.seg, label.span.start, label.span.end);
    // (the key is the site's data, never a label a clerk could rewrite: no `Present:` to suggest)
    const block = state.newBlock({ kind: frontListKind(k.key.text)!, label: k.key.text, labelRange: r, canonicalLabel: true, people: [], range: r });
    m.people.push(block);
    for (const e of k.entries) {
      const p = frontPerson(e);
      const name = piece(p?.name);
      if (!p || !name) continue;
      const role = piece(p.role);
      const org = piece(p.organisation);
      const handle = piece(p.handle);
      const qualifiers: Parts['qualifiers'] = [];
      for (const n of p.notes) {
        const q = piece(n);
        if (!q) continue;
        const read = readQualifier(n.text);
        // (a note no form reads, `minutes`, `joined during item 3`: a fact beside the name all the same)
        qualifiers.push({ piece: q, q: { kind: read?.kind ?? 'note', start: 0, end: 0, ...(read?.value !== undefined ? { value: read.value } : {}) }, kept: true });
      }
      const all = [name, role, org, handle, ...qualifiers.map((q) => q.piece)].filter((x): x is Piece => x !== undefined);
      const first = all.reduce((a, b) => (b.seg.line < a.seg.line ? b : a));
      const final = all.reduce((a, b) => (b.seg.line > a.seg.line ? b : a));
      addParts(state, block, { name, whole: [first, final], role: role ? [role] : [], ...(org ? { org } : {}), ...(handle ? { handle } : {}), qualifiers });
    }
  }
  state.closeBlock();
  // every line of the front matter is the site's: its other keys are settings, or repeat the lists
  return last - i;
}

// applies: a page with a front matter (the layout's heading found one)
export const FRONT_MATTER_LISTS: Recogniser = { name: 'front-matter-lists', phases: ['header', 'people'], applies: (l) => (l.heading?.frontMatterEnd ?? 0) > 0, run: frontMatterLists };
