/**
 * People blocks in the forms other boards write them (forms/block.ts reads them): a flattened
 * table, bullets with `@handles`, names in columns, a comma-separated list, one person a line with
 * qualifiers, a council in a second column, a bracket wrapped onto the next line, a category legend
 * after the list; and lists written on the heading's line (`Present: Cllr A (Chair), Cllr B and
 * Cllr C.`). Each person becomes a model `Person` with exact ranges and the facts written beside
 * the name (title, organisation, category, qualifiers) kept apart from the name and the role.
 *
 * Our own `Name : Role` lines never come here: a block whose first line is one is read line by
 * line as before (peopleBlocks.ts), so the markup and the corpus read exactly as they did.
 */
import { looksLikeBody, matchInlineList, matchLegend, matchPeopleBlock, type PeopleBlockMatch, type PersonMatch, type Qualifier, type Span } from '../../forms';
import { parseAttendanceLine, parseName, stripTitles } from '../../people';
import type { BlockKind } from '../../markup';
import type { PeopleBlock, Person, PersonQualifier } from '../../model';
import type { Range } from '../../types';
import type { Segment } from '../../text';
import type { ParseState } from '../state';

/** How far under a heading a block is looked for: a list longer than this is read in pieces. */
const WINDOW = 60;

/** The titles written before a name (`Cllr`, `Dr`, `Borough Cllr`): what `parseName` leaves out. */
export function titleOf(written: string): string | undefined {
  const w = written.replace(/_/g, ' ').trim();
  const rest = stripTitles(w);
  const at = rest.length > 0 ? w.lastIndexOf(rest) : -1;
  const t = at > 0 ? w.slice(0, at).trim() : '';
  return t.length > 0 ? t : undefined;
}

/**
 * The body a `Name : Role` line names after its role (`Chief Executive, OPCC`) or as its whole role
 * (`Birmingham & Solihull Women's Aid`): kept as the person's organisation, the role as written.
 */
export function organisationOf(role: string): string | undefined {
  const parts = role.split(',');
  const last = parts[parts.length - 1].trim();
  return last.length > 0 && looksLikeBody(last) ? last : undefined;
}

/** A piece of a person on a segment: the segment and clean-text offsets in it. */
interface Piece { readonly seg: Segment; readonly span: Span }

const text = (p: Piece): string => p.seg.text.slice(p.span.start, p.span.end);

function range(state: ParseState, a: Piece, b: Piece = a): Range {
  return { start: state.r(a.seg, a.span.start, a.span.end).start, end: state.r(b.seg, b.span.start, b.span.end).end };
}

/** Qualifier words as the reader writes them: without brackets, underscores as spaces. */
function qualifierText(t: string): string {
  return t.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

interface Parts {
  readonly name: Piece;
  readonly whole: [Piece, Piece];
  readonly role: Piece[];
  readonly org?: Piece;
  readonly initials?: Piece;
  readonly handle?: Piece;
  readonly category?: Piece;
  readonly qualifiers: Array<{ piece: Piece; q: Qualifier }>;
}

function partsOf(seg: Segment, p: PersonMatch): Parts {
  const at = (s: Span): Piece => ({ seg, span: s });
  return {
    name: at(p.name), whole: [at({ start: p.start, end: p.end }), at({ start: p.start, end: p.end })],
    role: p.role ? [at(p.role)] : [], ...(p.org ? { org: at(p.org) } : {}), ...(p.initials ? { initials: at(p.initials) } : {}),
    ...(p.handle ? { handle: at(p.handle) } : {}), ...(p.category ? { category: at(p.category) } : {}),
    qualifiers: p.qualifiers.map((q) => ({ piece: at(q), q })),
  };
}

/** Makes the model's person of the parts read, and adds it to the block. */
function addParts(state: ParseState, block: PeopleBlock, parts: Parts, legend?: ReadonlyMap<string, string>): Person | undefined {
  const written = text(parts.name);
  const name = parseName(written);
  if (!name) return undefined;
  const quals: PersonQualifier[] = [];
  for (const { piece, q } of parts.qualifiers) {
    // `(Chair)` is the person's role at the meeting (read as the role), not a fact beside it
    if (q.kind === 'chair') continue;
    quals.push({ kind: q.kind, text: qualifierText(text(piece)), ...(q.value !== undefined ? { value: q.value } : {}), range: range(state, piece) });
  }
  // a role wrapped over lines is one role; `Vice-` ⏎ `Chair` joins without a space
  const role = parts.role.map(text).reduce((acc, w) => (acc.length === 0 ? w : /-$/.test(acc) ? acc + w.trim() : `${acc} ${w.trim()}`), '').replace(/\s+/g, ' ').trim();
  const code = parts.category ? text(parts.category) : undefined;
  const title = titleOf(written);
  const person: Person = {
    block: block.kind, name, written,
    ...(parts.initials ? { initials: text(parts.initials) } : {}),
    ...(parts.handle ? { handle: text(parts.handle) } : {}),
    ...(title ? { title } : {}),
    ...(parts.org ? { organisation: text(parts.org) } : {}),
    ...(code ? { category: legend?.get(code) ?? code } : {}),
    ...(quals.length > 0 ? { qualifiers: quals } : {}),
    role: role.length > 0 ? role : undefined,
    range: range(state, parts.whole[0], parts.whole[1]), nameRange: range(state, parts.name),
    roleRange: parts.role.length > 0 ? range(state, parts.role[0], parts.role[parts.role.length - 1]) : undefined,
    form: 'bare', looseColon: false,
  };
  block.people.push(person);
  const end = person.range.end;
  if (end.line > block.range.end.line || end.line === block.range.end.line && end.character > block.range.end.character) block.range = { start: block.range.start, end };
  return person;
}

/** A plain `Name – Role` block our line-by-line reader already reads in full: left to it (its variants and Format depend on it). */
function plainLines(m: PeopleBlockMatch, texts: readonly string[]): boolean {
  if (m.form !== 'lines') return false;
  return m.people.every((b) => b.more.length === 0 && !b.person.org && !b.person.category && !b.person.handle && !b.person.unclosed
    && b.person.qualifiers.length === 0 && parseAttendanceLine(texts[b.line]) !== undefined);
}

/**
 * The people under the heading at segment i, in a family's form; the count of segments after i it
 * took, or -1 when the block is our own one-a-line form (read line by line, as before).
 */
export function formsBlock(state: ParseState, i: number, block: PeopleBlock): number {
  const segs = state.segs;
  const texts: string[] = [];
  for (let k = i + 1; k < segs.length && texts.length < WINDOW && segs[k].line - segs[i].line <= WINDOW; k++) texts.push(segs[k].text);
  const first = texts.findIndex((t) => t.trim().length > 0);
  if (first < 0 || first > 2) return -1;
  const legacy = parseAttendanceLine(texts[first]);
  if (legacy?.form === 'colon') return -1;
  // scribed minutes join names with underscores (`Amara_Quist`): their lists hold chat nicknames too (`gkerr`)
  const m = matchPeopleBlock(texts, /\p{L}_\p{L}/u.test(texts[first]) ? { nicks: true } : {});
  if (!m || plainLines(m, texts)) return -1;
  // a legend of membership codes under the list: `(FG) Foundation Governor; (CoG) Co-opted Governor`
  let taken = m.lines;
  let legend: Map<string, string> | undefined;
  for (let k = m.lines; k < texts.length && k <= m.lines + 2; k++) {
    if (texts[k].trim().length === 0) continue;
    const entries = matchLegend(texts[k]);
    if (!entries) break;
    legend ??= new Map();
    for (const e of entries) legend.set(texts[k].slice(e.code.start, e.code.end), texts[k].slice(e.meaning.start, e.meaning.end).trim());
    taken = k + 1;
  }
  const seg = (line: number): Segment => segs[i + 1 + line];
  if (m.table) {
    for (const t of m.table) {
      const piece = (s: { line: number; start: number; end: number }): Piece => ({ seg: seg(s.line), span: { start: s.start, end: s.end } });
      const pieces = [piece(t.name), ...t.role.map(piece), ...(t.initials ? [piece(t.initials)] : [])];
      const last = pieces.reduce((a, b) => (b.seg.line > a.seg.line ? b : a));
      addParts(state, block, {
        name: piece(t.name), whole: [piece(t.name), last], role: t.role.map(piece),
        ...(t.initials ? { initials: piece(t.initials) } : {}),
        qualifiers: t.qualifiers.map((q) => ({ piece: piece(q), q })),
      }, legend);
    }
  } else {
    for (const b of m.people) {
      const parts = partsOf(seg(b.line), b.person);
      const role = [...parts.role];
      const qualifiers = [...parts.qualifiers];
      let end = parts.whole[1];
      for (const more of b.more) {
        const piece: Piece = { seg: seg(more.line), span: more.span };
        end = piece;
        if (more.qualifier) qualifiers.push({ piece, q: more.qualifier });
        else if (b.person.unclosed) {
          // `Council (Vice-` ⏎ `Chair)`: the bracket's words are the role, the council before it the organisation
          const open: Piece = { seg: seg(b.line), span: { start: b.person.unclosed.start + 1, end: b.person.unclosed.end } };
          const closing: Piece = { seg: piece.seg, span: { start: piece.span.start, end: piece.span.end - 1 } };
          if (role.length === 0) role.push(open, closing);
        }
      }
      addParts(state, block, { ...parts, role, qualifiers, whole: [parts.whole[0], end] }, legend);
    }
  }
  return taken;
}

/**
 * A list on the heading's own line (`Present: Cllr A (Chair), Cllr B`), which may run on over the
 * next lines until its sentence ends. Returns the count of segments after i it took, or -1.
 */
export function inlineBlock(state: ParseState, i: number, start: (kind: BlockKind) => PeopleBlock): number {
  const segs = state.segs;
  const t = segs[i].text;
  if (!/^[ \t]*(?:\*\*)?[A-Za-z][A-Za-z ]{1,30}?(?:\*\*)?[ \t]*:/.test(t)) return -1;
  // the sentence runs on while a line does not end it and the next is no heading of its own
  let joined = t;
  const starts = [0];
  let n = 0;
  while (!/[.]\s*$/.test(joined) && n < 4 && i + n + 1 < segs.length) {
    const next = segs[i + n + 1].text;
    if (next.trim().length === 0 || /^[ \t]*[A-Za-z][A-Za-z ]{1,30}:/.test(next) || /^\s*\S*\d/.test(next)) break;
    starts.push(joined.length + 1);
    joined += ' ' + next;
    n++;
  }
  let list = matchInlineList(joined);
  let used = n;
  if (list && n > 0 && list.people.length === 0) list = undefined;
  if (!list && n > 0) { list = matchInlineList(t); used = 0; }
  if (!list?.kind || !list.label || list.people.length === 0) return -1;
  const block = start(list.kind);
  const at = (o: number): { seg: Segment; off: number } => {
    let k = starts.length - 1;
    while (k > 0 && starts[k] > o) k--;
    return { seg: segs[i + k], off: o - starts[k] };
  };
  const piece = (s: Span): Piece => {
    const a = at(s.start);
    return { seg: a.seg, span: { start: a.off, end: Math.min(a.seg.text.length, s.end - (s.start - a.off)) } };
  };
  for (const p of list.people) {
    addParts(state, block, {
      name: piece(p.name), whole: [piece({ start: p.start, end: p.start + 1 }), piece({ start: p.end - 1, end: p.end })],
      role: p.role ? [piece(p.role)] : list.role ? [] : [],
      ...(p.org ? { org: piece(p.org) } : {}), ...(p.initials ? { initials: piece(p.initials) } : {}),
      ...(p.handle ? { handle: piece(p.handle) } : {}), ...(p.category ? { category: piece(p.category) } : {}),
      qualifiers: p.qualifiers.map((q) => ({ piece: piece(q), q })),
    });
  }
  return used;
}
