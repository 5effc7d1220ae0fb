/**
 * An attendance cell of a Markdown table exported from a notes tool (Notion, Confluence): a status
 * written as an icon and a word (`✅ Present`, `💻 Remote`, `✉️ Apologies`, `❌ Absent`), with what it
 * adds after it (`✅ Present (left after 148)`). The word says the list; a member taking part from afar
 * (`Remote`, `Online`, `Virtual`) is present, the word kept as the qualifier it is.
 */
import type { BlockKind } from '../markup';
import { kindOfWord, markKind } from './grid';
import { readQualifier } from './qualifiers';
import type { PersonMatch, Qualifier, Span } from './types';
import { pipeCells } from './actionTables';
import { readPerson, namesOffice } from './personLine';
import { dotParts } from './inline';

export interface AttendanceCell {
  readonly kind: BlockKind;
  /** The status word (`Apologies`): the label of the list it puts the member on. */
  readonly word: Span;
  /** `Remote`, or what the cell adds after the word (`left after 148`). */
  readonly qualifiers: readonly Qualifier[];
}

// icons and the marks a notes tool sets before its status words (pictographs, ticks, crosses, their variation selectors)
const ICONS = /^[\s\p{Extended_Pictographic}\p{S}\u200d\ufe0f]*/u;
const WORD = /^(present|attended|apologies(?: received)?|apologi[sz]ed|regrets|absent|in attendance|remote(?:ly)?|online|virtual(?:ly)?)\b[ \t]*(?:[-–—:,][ \t]*)?(?:\(([^()]*)\)|([^()]*?))[ \t]*$/i;

/** Reads an attendance cell (its span in `line`); undefined when it holds no status word. */
export function readAttendanceCell(line: string, cell: Span): AttendanceCell | undefined {
  const t = line.slice(cell.start, cell.end);
  const lead = ICONS.exec(t)![0].length;
  const m = WORD.exec(t.slice(lead));
  if (!m) return undefined;
  const at = cell.start + lead;
  const word: Span = { start: at, end: at + m[1].length };
  const remote = /^(?:remote|online|virtual)/i.test(m[1]);
  const qualifiers: Qualifier[] = remote ? [{ kind: 'remote', ...word }] : [];
  const more = m[2] ?? m[3];
  if (more && more.trim().length > 0) {
    const start = at + m[0].lastIndexOf(more) + (more.length - more.trimStart().length);
    const q = readQualifier(more);
    qualifiers.push({ kind: q?.kind ?? 'note', start, end: start + more.trim().length, ...(q?.value !== undefined ? { value: q.value } : {}) });
  }
  return { kind: kindOfWord(m[1]), word, qualifiers };
}

/**
 * A register's row of a project's discussion page: a group's label (an icon and words: `🟢 here`, `🟡 joined late`,
 * `🔴 regrets`, `👀 guest`) and its people in the next cell, parted by `·` (`Ana Roe (@aroe) — chair · Ben Lee (@blee)`).
 * The words after a person's dash are their role when they name an office (`chair`), else what is said of their
 * attendance (`notes`, `from the release item`, `async comment left`). Undefined when the line is not one.
 */
export function matchGroupRow(line: string): { readonly kind: BlockKind; readonly label: Span; readonly people: readonly PersonMatch[] } | undefined {
  const cs = pipeCells(line);
  if (cs.length !== 2) return undefined;
  const head = line.slice(cs[0].start, cs[0].end);
  const lead = ICONS.exec(head)![0].length;
  if (lead === 0) return undefined;
  const g = GROUP.exec(head.slice(lead));
  if (!g) return undefined;
  const kind: BlockKind = /^(?:regrets|apologies|absent)/i.test(g[0]) ? (/^absent/i.test(g[0]) ? 'absent' : 'apologies') : /^guests?$/i.test(g[0]) ? 'inAttendance' : 'present';
  const people: PersonMatch[] = [];
  for (const { start: a, end: b } of dotParts(line, cs[1].start, cs[1].end)) {
    const p = readPerson(line, a, b);
    if (!p || p.end < b) return undefined;
    // (the words after the dash: an office is the role, anything else a fact of the attendance)
    if (p.role && !namesOffice(line.slice(p.role.start, p.role.end))) {
      const q = readQualifier(line.slice(p.role.start, p.role.end));
      const { role, ...rest } = p;
      people.push({ ...rest, qualifiers: [...p.qualifiers, { kind: q?.kind ?? 'note', start: role.start, end: role.end, ...(q?.value !== undefined ? { value: q.value } : {}) }] });
    } else people.push(p);
  }
  return people.length > 0 ? { kind, label: { start: cs[0].start + lead, end: cs[0].start + lead + g[0].length }, people } : undefined;
}
const GROUP = /^(?:here|present|attended|joined late|late|regrets|apologies|absent|guests?)$/i;

/** A sign a roll sets before each member (`✓`, `✗`): no letter, one character or two (a variation selector). */
const SIGN = /^[^\sA-Za-z0-9()[\]*_:;,.'"`~#|-]\ufe0f?(?=[ \t])/u;

export interface TickedEntry {
  readonly kind: BlockKind;
  readonly person: PersonMatch;
  /** The sign before the member (`✓`). */
  readonly mark: Span;
  /** The words after a member's comma that say the list instead of a role (`regrets`, `no word`): the label of that list. */
  readonly word?: Span;
}

/** A committee's roll read from its line (`matchTickedRoll`): the words before its first sign, and each member. */
export interface TickedRoll {
  readonly label?: Span;
  readonly people: readonly TickedEntry[];
}

/** Words that say a member sent apologies, wherever in them (`regrets`, `sent apologies`, `with regrets`): `kindOfWord`'s apologies, not only at the start. */
const SENT_APOLOGIES = /\b(?:apolog|regret)/i;

/**
 * A crossed member with the words that say why after a comma and no handle or bracket before them (`✗ Di Ward, regrets`,
 * `✗ Eve Orr, no word`): the member, the words as the role the roll's reader turns into the list's word.
 */
function crossedWithWord(line: string, from: number, to: number): PersonMatch | undefined {
  const comma = line.lastIndexOf(',', to - 1);
  if (comma <= from) return undefined;
  // (words in small letters: a capital after the comma is more of the name, `Duncan, Rafe`, `Rafe Duncan, Jr`, or a body, `Acme Ltd`)
  const said = /^[ \t]*(\p{Ll}+(?:[ \t]+\p{Ll}+){0,2})[ \t]*$/u.exec(line.slice(comma + 1, to));
  const p = said ? readPerson(line, from, comma) : undefined;
  if (!p || !said || /\S/.test(line.slice(p.end, comma))) return undefined;
  const at = comma + 1 + said[0].indexOf(said[1]);
  return { ...p, end: to, role: { start: at, end: at + said[1].length } };
}

/**
 * A committee's roll on one line, each member after a tick or a cross and parted by `·` (a project's notes:
 * `**Steering committee** (quorum 4 of 7): ✓ Ana Roe (@aroe, chair) · ✓ Ben Lee (@blee) · ✗ Cy Dee (@cdee), regrets`).
 * A tick is present, a cross absent; the words after a crossed member's comma say why, and name the apologies
 * when they are regrets (`regrets`, `apologies`), never a role. `label`: the words before the first sign, less
 * their bold and the note in brackets after them. Undefined unless two members at least are read so and
 * nothing else stands between the signs.
 */
export function matchTickedRoll(line: string): TickedRoll | undefined {
  if (line.indexOf('·') < 0) return undefined;
  let first = -1;
  for (let k = 0; k < line.length; k++) {
    const c = line.codePointAt(k)!;
    // (the first sign that opens an entry: at the line's start or after a blank; never an ASCII letter, which MARK_KIND
    // holds for a grid's cell (`A`, `x`), but `×` among the signs)
    if (c >= 0x80 && (k === 0 || /\s/.test(line[k - 1])) && markKind(String.fromCodePoint(c)) !== undefined) { first = k; break; }
  }
  if (first < 0) return undefined;
  const people: TickedEntry[] = [];
  for (const { start: a, end: b } of dotParts(line, first)) {
    const sign = SIGN.exec(line.slice(a, b));
    const kind = sign ? markKind(sign[0].replace(/\ufe0f$/u, '')) : undefined;
    if (!sign || !kind) return undefined;
    const mark = { start: a, end: a + sign[0].length };
    const p = readPerson(line, mark.end, b) ?? (kind !== 'present' ? crossedWithWord(line, mark.end, b) : undefined);
    if (!p || p.end < b) return undefined;
    // `✗ Cy Dee (@cdee), regrets`: the words after a crossed member say which list (regrets, or absent without word), never a role
    if (kind !== 'present' && p.role && !namesOffice(line.slice(p.role.start, p.role.end))) {
      const said = line.slice(p.role.start, p.role.end);
      const { role, ...rest } = p;
      people.push({ kind: SENT_APOLOGIES.test(said) ? 'apologies' : kind, person: rest, mark, word: role });
    } else people.push({ kind, person: p, mark });
  }
  if (people.length < 2) return undefined;
  const head = /^[ \t]*(?:\*\*)?([\p{L}][\p{L}'’ -]{0,40}?)(?:\*\*)?[ \t]*(?:\([^()]*\))?[ \t]*:?(?:\*\*)?[ \t]*$/u.exec(line.slice(0, first));
  if (!head && line.slice(0, first).trim().length > 0) return undefined;
  const at = head ? line.indexOf(head[1]) : -1;
  return { ...(head && at >= 0 ? { label: { start: at, end: at + head[1].length } } : {}), people };
}
