/**
 * The run of lines under a people heading, in whichever form the board writes it: a flattened
 * table, one person a line (with a role or bracket wrapped onto the next line), Markdown bullets,
 * names in two columns, or a comma-separated list over several lines (scribed minutes).
 * One call for a parser recogniser: it returns the people with their lines, or declines.
 */
import { matchInlineList } from './inline';
import { matchNameColumns, matchPersonBullet, matchPersonLine, NAME_PARTICLE, namesOffice, officeLessRow, officeMayBeName, readPerson } from './personLine';
import { readQualifier, readRoleCell } from './qualifiers';
import { matchFlattenedTable, type TablePerson } from './table';
import { pipeCells } from './actionTables';
import { INITIALS_CELL, INITIALS_HEAD } from './grid';
import { matchTickedRoll, readAttendanceCell, type TickedRoll } from './attendanceCells';
import type { BlockKind } from '../markup';
import { matchBlockHeading, matchGroupHeading, matchLineLabel } from './headings';
import { isColumnHeader } from './meetingHeading';
import type { PeopleListMatch, PersonMatch, Qualifier, Span } from './types';

export interface BlockPerson {
  /** The line (index in the lines given) the person starts on; spans of `person` are within it. */
  readonly line: number;
  readonly person: PersonMatch;
  /** The box left empty before the name (`- [ ] Oskar Lindahl …`, a checklist of attendance): its span; they did not attend. */
  readonly unticked?: Span;
  /** The list a table's attendance cell puts the person on (`✉️ Apologies`), and the cell's word, the label of that list. */
  readonly listed?: { readonly kind: BlockKind; readonly word: Span };
  /**
   * The person's text continued on later lines: a wrapped role (`Chair)`), a bracket alone (`(substitute)`),
   * the rest of their last qualifier (`follows`: `…, represented by A Roe, Deputy` ⏎ `Chief Operating Officer`).
   */
  readonly more: ReadonlyArray<{ readonly line: number; readonly span: Span; readonly qualifier?: Qualifier; readonly follows?: true; readonly initials?: true }>;
  /** The office a table printed once for the rows under it (`Members⇥Viliami Taufa` ⏎ `⇥Corinne Mabbott`): its line and span, the person's role. */
  readonly office?: { readonly line: number; readonly span: Span };
}

export interface PeopleBlockMatch {
  readonly form: 'table' | 'lines' | 'bullets' | 'columns' | 'list';
  /** People one a line, or in a list, bullets or columns. */
  readonly people: readonly BlockPerson[];
  /** A flattened table's people (their parts are on several lines). */
  readonly table?: readonly TablePerson[];
  /** How many of the lines given the block took; the parser resumes after them. */
  readonly lines: number;
  /** Lines among those taken that are a committee's roll of ticks (`Core Team: ✓ A · ✗ B, regrets`): lists of their own, no person of this one. */
  readonly rolls?: ReadonlyArray<{ readonly line: number; readonly roll: TickedRoll }>;
  /**
   * A table whose columns say what is known of each member and none of them is a role (`| Name | Abbreviation |
   * Organization |`): a role named elsewhere (a `**Chair**:` line above) is not the table's to give.
   */
  readonly noRoleColumn?: boolean;
}

export interface BlockOptions {
  /** Scribed minutes: lower-case chat nicknames are names. */
  readonly nicks?: boolean;
  /** The minutes are printed in two languages: a title or post in both is read as its half in the minutes' words (ReadOptions). */
  readonly twoLanguages?: boolean;
  /** Only names under this heading (`Council Members:`): two names on a line are two people. */
  readonly namesOnly?: boolean;
  /**
   * The lines a Markdown page makes a group's heading (a heading under the list's own, a line all in
   * bold: `### TSC members`, `**Team**:`), their markers set aside by the caller; and the lines that
   * began with a bullet.
   */
  readonly groups?: ReadonlySet<number>;
  readonly bullets?: ReadonlySet<number>;
  /** The lines the page indented (their blanks trimmed by the caller): a table's cell wrapped under its column. */
  readonly indented?: ReadonlySet<number>;
  /** The column on the page of clean index i of line k (a PDF's columns: where each line's words stand). */
  readonly column?: (k: number, i: number) => number;
  /** Whether line k opens an item of the minutes (the caller's numbering: `I. NEW BUSINESS` where the items are Roman): after a blank line it ends the list. */
  readonly item?: (k: number) => boolean;
  /** The list stands inside an item: the next item's head ends it on any line (before the items a numbered list of members, `1. Cllr A Roe`, is the list's). */
  readonly inItem?: boolean;
}

/** A line saying whether the meeting was quorate, opening the run under a people heading (`Quorum: 6 of 8`, `**Quorum** was present`). */
export const QUORUM_NOTE = /^[ \t]*(?:[*_]{1,2})?quorum(?:[*_]{1,2})?(?:[ \t]*:|[ \t]+(?:was|is|present|achieved|reached|confirmed|met)\b)/i;

/**
 * A sentence of the minutes' own under a list: an article or a pronoun first, then a verb, ended by a
 * stop (`The meeting was quorate.`, `It was noted that two governors had resigned.`, `There were no
 * declarations.`). No list's line opens so: a list the page ran on ends before it.
 */
const OWN_SENTENCE = /^[ \t]*(?:The|This|These|It|There|All|No)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,4}(?:was|were|is|are|had|has|have|remained|being)\b[^;:]{0,200}[.!][ \t]*$/;

/** Whether a line under a list, on the label's line or under its heading, is none of it: a sentence of the minutes' own or the note of the quorum. */
export function endsPeopleList(line: string): boolean {
  return line.length <= 300 && (OWN_SENTENCE.test(line) || QUORUM_NOTE.test(line));
}

const blank = (l: string): boolean => l.trim().replace(/\u00a0/g, '').length === 0;

/**
 * Reads the lines after a people heading (`lines[0]` is the first line under it) up to a blank
 * line, a heading or a line that is no person. Undefined when the first line is not a person.
 */
export function matchPeopleBlock(lines: readonly string[], options: BlockOptions = {}): PeopleBlockMatch | undefined {
  try {
    return block(lines, options);
  } catch {
    return undefined;
  }
}

/** A comma and then a titled name (`, Cllr Ben Lee`, `, Dr A Roe`): a list's next person, never a role's words. */
// (two words of the name after the title, a blank between: `ASHWORTH, Professor Jane⇥Vice-Chancellor` is one person, surname first)
const TITLED_AFTER_COMMA = /,[ \t]*(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Revd?)\.?[ ]+\p{Lu}[\p{L}'’.-]*[ ]+\p{Lu}/u;

/** Whether the list ends after line k: the text's end, a blank line, or another list's heading or label. */
function listEndsAfter(lines: readonly string[], k: number): boolean {
  const next = lines[k + 1];
  return next === undefined || blank(next) || matchBlockHeading(next, true) !== undefined || matchLineLabel(next) !== undefined || isColumnHeader(next);
}

function block(lines: readonly string[], options: BlockOptions): PeopleBlockMatch | undefined {
  let k = 0;
  while (k < lines.length && blank(lines[k]) && k < 2) k++;
  // a note of the count above the list (`Quorum: 6 of 8 directors present`, `Quorum was present.`) names no one: the list follows it
  if (k < lines.length && QUORUM_NOTE.test(lines[k])) {
    const at = k;
    k++;
    while (k < lines.length && blank(lines[k]) && k < at + 3) k++;
  }
  if (k >= lines.length) return undefined;
  const table = matchFlattenedTable(lines.slice(k));
  if (table && table.people.some((p) => p.role.length > 0)) {
    const shifted = table.people.map((p) => ({ ...p, name: { ...p.name, line: p.name.line + k }, role: p.role.map((r) => ({ ...r, line: r.line + k })),
      ...(p.initials ? { initials: { ...p.initials, line: p.initials.line + k } } : {}), qualifiers: p.qualifiers.map((q) => ({ ...q, line: q.line + k })) }));
    return { form: 'table', people: [], table: shifted, lines: k + table.lines };
  }
  if (lines[k].trimStart().startsWith('|')) {
    const piped = pipeTable(lines, k);
    if (piped) return piped;
  }
  const people: Array<{ line: number; person: PersonMatch; more: Array<{ line: number; span: Span; qualifier?: Qualifier; follows?: true; initials?: true }>; office?: { line: number; span: Span } }> = [];
  /** The office a row printed office first gave (`Members⇥Viliami Taufa`): the role of the rows under it whose office cell is empty. */
  let office: { line: number; span: Span } | undefined;
  let form: PeopleBlockMatch['form'] | undefined;
  /** The lines read as one person with a role after a comma (`Derek Pham, Municipal Clerk`). */
  let commaRoles = 0;
  let rolls: Array<{ line: number; roll: TickedRoll }> | undefined;
  for (; k < lines.length; k++) {
    // (a table printed office first with blanks for its columns, `Chairperson          Gary Brownlee`, read as with a tab)
    const line = officeCellSpaced(lines[k]);
    // a table's column header (`Minute … Action`) under the lists opens the minutes: no person
    // another list's label opening the line (`OFFICERS:   Caroline Winter – …`) ends this one
    if (matchBlockHeading(line, true) || isColumnHeader(line) || matchLineLabel(line)) break;
    // (nor past an item's head: `II. NEW BUSINESS` under the last name)
    // (before the items only when the list's own lines are not numbered as items are: `Cllr Ben Lee` ⏎ `1. Open Forum`;
    // a numbered list of members, `1. Cllr Ann Roe` ⏎ `2. Cllr Ben Lee`, goes on)
    if (k > 0 && options.item?.(k) === true && (options.inItem === true || options.item(k - 1) !== true)) break;
    // a committee's roll of ticks on one line (`Steering Group: ✓ Ben Lee · ✗ Cy Dee`) is lists of its own, no person's line:
    // closing the list it ends it; with more of the list's people under it, it is passed over and read by the caller
    const roll = matchTickedRoll(line);
    if (roll) {
      if (listEndsAfter(lines, k)) break;
      (rolls ??= []).push({ line: k, roll });
      continue;
    }
    // `Non-Executive Directors` ⏎ names ⏎ `Executive Directors` ⏎ names: the groups are one list
    if (matchGroupHeading(line) && k + 1 < lines.length && !blank(lines[k + 1])) continue;
    // Markdown notes head a group with a heading or a bold label (`### TSC members`, `**Team**:`) over its people
    if (groupOfPeople(lines, k, options)) continue;
    // PDFs leave a blank line between the chair and the members: one is passed over when a person follows
    if (blank(line)) {
      // a blank line between a Markdown list's groups and their checkboxes
      if (k + 1 < lines.length && (groupOfPeople(lines, k + 1, options) || checkboxPerson(lines[k + 1]))) continue;
      // a blank line before the next group of the list (`Elected members of the academic staff` ⏎ `Dr Sam Pryor`)
      if (k + 2 < lines.length && matchGroupHeading(lines[k + 1]) && !blank(lines[k + 2]) && matchPersonLine(lines[k + 2], options)) continue;
      // (an item's head after the blank line ends the list, though its words would read as a name: `I. NEW BUSINESS`)
      if (options.item?.(k + 1) === true) break;
      const next = k + 1 < lines.length && !blank(lines[k + 1]) && !matchBlockHeading(lines[k + 1], true) && !isColumnHeader(lines[k + 1]) && !matchLineLabel(lines[k + 1]) ? matchPersonLine(lines[k + 1], options) : undefined;
      // (a word alone before a colon, `Quorum: 6 of 9 present`, is a label of the minutes under the list, or a speaker: no member)
      if (next && !/^[ \t]*\p{L}+:/u.test(lines[k + 1]) && next.every((p) => p.role || p.initials || /\S\s+\S/.test(lines[k + 1].slice(p.name.start, p.name.end)))) continue;
      break;
    }
    // the column header of a table of people (`Name<TAB>Role<TAB>Initials`) over its rows: no person
    if (people.length === 0 && isPeopleHeader(line)) continue;
    const last = people[people.length - 1];
    // a bracket or a role wrapped from the line above: `(substitute)`, `Chair)`
    if (last && last.line === k - 1 - last.more.length && continuation(line, last, lines[last.line], options.indented?.has(k) === true, options.column)) continue;
    if (options.namesOnly) {
      const cols = matchNameColumns(line) ?? matchPersonLine(line);
      if (!cols) break;
      form ??= 'columns';
      for (const p of cols) people.push({ line: k, person: p, more: [] });
      continue;
    }
    // (a table printed office first: the rows under an office printed once)
    const under = office && (line.charCodeAt(0) === 0x09 || options.indented?.has(k) === true) ? officeLessRow(line, options) : undefined;
    if (under) { people.push({ line: k, person: under, more: [], office }); continue; }
    office = undefined;
    const bullet = matchPersonBullet(line);
    if (bullet) { form ??= 'bullets'; people.push({ line: k, person: bullet, more: [] }); continue; }
    // a checklist of attendance (`[x] Elena Brozek (@ebrozek), Lumafilm`, `[ ] Oskar Lindahl …`): an empty box did not attend
    const ticked = checkboxPerson(line);
    if (ticked) { form ??= 'bullets'; people.push({ line: k, person: ticked.person, more: [], ...(ticked.unticked ? { unticked: ticked.unticked } : {}) }); continue; }
    const one = matchPersonLine(line, options);
    const list = matchInlineList(line.replace(/[,;]\s*$/, (m) => ' '.repeat(m.length)), 0, line.length, options);
    // a list when it is one (`A [AI] Chair (FG); B [BI] (PG)`, `Hannah_Obi, Pieter_de_Wit`), not when a
    // role holds a comma (`Name : Police and Crime Commissioner, OPCC`)
    const roleAfterComma = one?.length === 1 && one[0].role !== undefined && /,\s*$/.test(line.slice(0, one[0].role.start));
    // scribed lists part every name with a comma (`Elif_Sahin[last_half], tkato`): never a name and its role
    // … but a line in the form of the lines above it (`Erin Kowal, Chief Administrative Officer` ⏎ `Nadia Wilks,
    // Planner (Item 7.1)`) is one more person with a role: a word alone after a comma is a name only in a list
    // … and so is a line whose words after the comma name an office, not a person (`Dr Ann Roe, Academic Registrar
    // (Secretary)`, `Ben Lee, Vice-Chancellor (Chair)`): a list of two reads the office as a second name
    const sameAsAbove = roleAfterComma && ((form === 'lines' && commaRoles > 0) || officeAfterComma(line, one![0], list));
    // (a titled name after a comma is a second person: `Cllr Ann Roe (Chair), Cllr Ben Lee, Cllr Cy Dee`)
    // (a Markdown bullet is one person, the words after its comma theirs: `* Leon Brandt, Linux Foundation (program manager)`)
    const oneBullet = options.bullets?.has(k) === true && one?.length === 1 && one[0].role !== undefined && !TITLED_AFTER_COMMA.test(line) && (list?.people.length ?? 0) === 2;
    const preferList = list !== undefined && list.others.length === 0 && !sameAsAbove && !oneBullet && (list.people.length >= 2 && (/;/.test(line) || roleAfterComma || !one || options.nicks === true || TITLED_AFTER_COMMA.test(line)) || !one);
    if (preferList) { form ??= 'list'; for (const p of list.people) people.push({ line: k, person: p, more: [] }); continue; }
    if (one && one.length === 1) {
      form ??= 'lines';
      if (roleAfterComma) commaRoles++;
      people.push({ line: k, person: one[0], more: [] });
      // (its role the first cell, a tab before the name in the next: the office of the rows under it that print none;
      // an office and a name in one run of words, `Town Clerk Jo Bell`, heads no rows)
      if (one[0].role && one[0].role.start === 0 && one[0].name.start > one[0].role.end && line.lastIndexOf('\t', one[0].name.start) >= one[0].role.end) office = { line: k, span: one[0].role };
      continue;
    }
    if (one) { form ??= 'columns'; for (const p of one) people.push({ line: k, person: p, more: [] }); continue; }
    break;
  }
  if (people.length === 0 || !form) return undefined;
  return { form, people, lines: k, ...(rolls ? { rolls } : {}) };
}

/**
 * A row of a table printed office first with runs of blanks for its columns (a New Zealand local board's `Chairperson          Gary
 * Brownlee`, `Members              Andy Drummond`): the gap after the office a tab, its other blanks kept, so that every offset
 * holds and the row reads as its tabbed form does. Any other line as it is.
 */
function officeCellSpaced(line: string): string {
  const m = line.length < 200 && line.indexOf('\t') < 0 ? OFFICE_CELL.exec(line) : null;
  if (!m || !(m[1] === 'Members' || m[1] === 'MEMBERS' || namesOffice(m[1]))) return line;
  return `${m[1]}\t${line.slice(m[1].length + 1)}`;
}
/** An office's words (capitalised, four at most) at the margin, then three blanks or more before a capital. */
const OFFICE_CELL = /^(\p{Lu}[\p{L}'’-]*(?: \p{Lu}?[\p{L}'’-]+){0,3})(?= {3,}\p{Lu})/u;

/**
 * Whether the person's role after their comma names an office (`Academic Registrar`, `Vice-Chancellor`), which a list
 * of two would make a second person: never where a titled name follows the comma, nor a name without an office's word.
 */
function officeAfterComma(line: string, one: PersonMatch, list: PeopleListMatch | undefined): boolean {
  const role = one.role;
  if (!role || !list || list.people.length !== 2 || TITLED_AFTER_COMMA.test(line)) return false;
  const second = list.people[1];
  const office = line.slice(role.start, role.end);
  return namesOffice(office) && namesOffice(line.slice(second.name.start, second.name.end)) && !officeMayBeName(office);
}

// The columns of a Markdown table of attendance, by their headings (any order, others passed over).
const PIPE_NAME = /^(?:name|full name|member|attendee|person|who)$/i;
const PIPE_HANDLE = /^(?:github|gitlab|handle|github handle|username|user|login|nick|irc)$/i;
const PIPE_ORG = /^(?:affiliation|organi[sz]ation|org|company|employer|institution|representing)$/i;
const PIPE_ROLE = /^(?:role|roles|position|office)$/i;
const PIPE_ATTENDANCE = /^(?:attendance|attended\??|present\??|status)$/i;
/** A cell left empty in words: a dash of any length, `n/a`, `none`. */
const NO_VALUE_CELL = /^[ \t]*(?:[-–—]{1,3}|n\/?a|none)[ \t]*$/i;
const PIPE_RULE = /^[ \t]*\|?[ \t:|-]+$/;

/**
 * A Markdown table of attendance (`| Name | GitHub | Affiliation | Role |` over `|---|`): one person a
 * row, the handle, organisation and role from their columns. The role cell may add what is a fact
 * about the attendance: a bracket (`contributor (joined at item 3)`) or a last comma part (`maintainer,
 * notes`: the note-taker) that reads as a qualifier; a part that does not (`maintainer, facilitator`)
 * stays in the role. Undefined unless a `Name` column heads the table and every row names someone.
 */
function pipeTable(lines: readonly string[], k: number): PeopleBlockMatch | undefined {
  const head = pipeCells(lines[k]).map((c) => lines[k].slice(c.start, c.end).replace(/\*+/g, '').trim());
  const col = (re: RegExp): number => head.findIndex((h) => re.test(h));
  const name = col(PIPE_NAME);
  if (name < 0 || head.length < 2 || k + 1 >= lines.length || !PIPE_RULE.test(lines[k + 1]) || !lines[k + 1].includes('-')) return undefined;
  const handle = col(PIPE_HANDLE);
  const org = col(PIPE_ORG);
  const role = col(PIPE_ROLE);
  const attendance = col(PIPE_ATTENDANCE);
  const initials = col(INITIALS_HEAD);
  const people: BlockPerson[] = [];
  let n = k + 2;
  for (; n < lines.length && lines[n].trimStart().startsWith('|'); n++) {
    const line = lines[n];
    const cs = pipeCells(line);
    const at = (c: number): Span | undefined => (c >= 0 && c < cs.length && cs[c].end > cs[c].start ? cs[c] : undefined);
    const nc = at(name);
    const person = nc ? readPerson(line, nc.start, nc.end) : undefined;
    if (!nc || !person || person.end < nc.end) return undefined;
    const h = at(handle);
    const hs = h && line[h.start] === '@' && /^@[\w.-]+$/.test(line.slice(h.start, h.end)) ? { start: h.start + 1, end: h.end } : undefined;
    const r = at(role);
    const rc = r ? readRoleCell(line, r, { commaPart: true }) : undefined;
    // a dash or `n/a` in the organisation's cell (`| — |`, `| - |`) says there is none
    const oc = at(org);
    const o = oc && !NO_VALUE_CELL.test(line.slice(oc.start, oc.end)) ? oc : undefined;
    // `| Dele Ferreira | Trustee | ✉️ Apologies |`: the attendance cell says the member's list (a cell without a status word, none)
    const ac = at(attendance);
    const cell = ac ? readAttendanceCell(line, ac) : undefined;
    // the initials column holds letters (`IHN`), never words: a cell that is none gives no initials
    const ic = at(initials);
    const inits = ic && !person.initials && INITIALS_CELL.test(line.slice(ic.start, ic.end)) ? ic : undefined;
    people.push({
      line: n, more: [], ...(cell ? { listed: { kind: cell.kind, word: cell.word } } : {}),
      person: { ...person, end: Math.max(person.end, ...cs.map((c) => c.end)), ...(hs ? { handle: hs } : {}), ...(inits ? { initials: inits } : {}), ...(o ? { org: o } : {}), ...(rc?.role ? { role: rc.role } : {}), qualifiers: [...person.qualifiers, ...(rc?.qualifiers ?? []), ...(cell?.qualifiers ?? [])] },
    });
  }
  return people.length > 0 ? { form: 'lines', people, lines: n, ...(role < 0 ? { noRoleColumn: true } : {}) } : undefined;
}

/** A checkbox opening a line of a list, its bullet set aside or not (`[x] `, `- [ ] `): group 1 runs to the box. */
const CHECKBOX = /^(\s*(?:(?:[*+-]|\d+[.)])\s+)?)\[([ xX])\]\s+/;

/** A person after a checkbox, and the span of the box when it is empty. */
function checkboxPerson(line: string): { readonly person: PersonMatch; readonly unticked?: Span } | undefined {
  const box = CHECKBOX.exec(line);
  if (!box) return undefined;
  const person = readPerson(line, box[0].length);
  if (!person) return undefined;
  const at = box[1].length;
  return box[2] === ' ' ? { person, unticked: { start: at, end: at + 3 } } : { person };
}

/**
 * A group heading of a Markdown attendance list at line k, as the caller's lines show (`### TSC members`,
 * `**Team**:`: `options.groups`), whose next line that is not blank is a person. It names a group of the
 * list, no one; a list's own heading (`**Also present**:`) opens another list and is none.
 */
function groupOfPeople(lines: readonly string[], k: number, options: BlockOptions): boolean {
  if (!options.groups?.has(k) || matchBlockHeading(lines[k], true)) return false;
  let n = k + 1;
  while (n < lines.length && n <= k + 2 && blank(lines[n])) n++;
  if (n >= lines.length) return false;
  const next = lines[n];
  return checkboxPerson(next) !== undefined || matchPersonBullet(next) !== undefined || (options.bullets?.has(n) === true && matchPersonLine(next, options) !== undefined);
}

/** The words a table of people heads its columns with (`Name`, `Role`, `Initials`). */
const COLUMN_WORD = /^(?:name|role|initials|title|position|job title|designation|organisation|organization|representing|category|attendance)$/i;

/** A table's column header: tab-separated cells, `Name` first, each a column's word. */
function isPeopleHeader(line: string): boolean {
  if (line.indexOf('\t') < 0) return false;
  const cells = line.split('\t').map((c) => c.trim()).filter((c) => c.length > 0);
  return cells.length >= 2 && /^name$/i.test(cells[0]) && cells.every((c) => COLUMN_WORD.test(c));
}

/** A role's last words, a tab, and initials alone (`Prevention and Control⇥DP`). */
// (the tabs between as one run, `\t+`: blanks on both sides of a tab given back one by one were quadratic on a run of tabs)
const ROLE_THEN_INITIALS = /^[ \t]*([A-Za-z][A-Za-z'’ ,-]{1,80}[A-Za-z])\t+([A-Z][A-Za-z]{0,3})[ \t]*$/;

function continuation(line: string, last: { person: PersonMatch; more: Array<{ line: number; span: Span; qualifier?: Qualifier; follows?: true; initials?: true }>; line: number }, above: string, indented: boolean, column?: (k: number, i: number) => number): boolean {
  const t = line.trim();
  const start = line.indexOf(t);
  const at = last.line + last.more.length + 1;
  // a PDF's two columns, name and role: the role wrapped onto the next line under its own column
  // (`Malcolm Treharne    Deputy Leader and Portfolio Holder` ⏎ `                    for Housing`), one cell's words alone on it
  const role = last.person.role;
  if (column && role && !last.person.unclosed && t.length > 0 && !/\S(?:\t| {3,})\S/.test(t)) {
    const under = column(last.line, role.start);
    if (column(at, start) === under && under > column(last.line, last.person.name.end)) {
      if (!/[()[\]]/.test(t)) {
        last.more.push({ line: at, span: { start, end: start + t.length } });
        return true;
      }
      // (`Associate Director of Communications and` ⏎ `Engagement (item ICBP/2425/118 only)`: the role's last words, then a fact about the attendance)
      const tail = /^([^()[\]]*[^()[\]\s])[ \t]*\(([^()[\]]+)\)$/.exec(t);
      const q = tail ? readQualifier(tail[2]) : undefined;
      if (tail && q) {
        const open = start + t.lastIndexOf('(') + 1;
        last.more.push({ line: at, span: { start, end: start + tail[1].length } });
        last.more.push({ line: at, span: { start: open, end: start + t.length - 1 }, qualifier: { kind: q.kind, start: open, end: start + t.length - 1, ...(q.value !== undefined ? { value: q.value } : {}) } });
        return true;
      }
    }
  }
  // a table flattened by tabs whose role cell wrapped, the empty cells' tabs lost (`Dominic Roe⇥Chief Nurse and Director of
  // Infection` ⏎ `Prevention and Control⇥DP`): the role's last words, then the initials the row above lacked
  const bare = role && !last.person.initials && !last.person.unclosed && last.more.length === 0 && above.indexOf('\t') >= 0 ? ROLE_THEN_INITIALS.exec(line) : null;
  if (bare && bare[1].split(/[ \t]+/).some((w) => /^[a-z]{2,}$/.test(w) && !NAME_PARTICLE.test(w))) {
    const s1 = line.indexOf(bare[1]);
    const s2 = line.lastIndexOf(bare[2]);
    last.more.push({ line: at, span: { start: s1, end: s1 + bare[1].length } }, { line: at, span: { start: s2, end: s2 + bare[2].length }, initials: true });
    return true;
  }
  // a table flattened by tabs wraps a cell onto a line whose first cell is empty (`Helen Gaunt<TAB>Director of Primary Care and<TAB>HG`
  // ⏎ `<TAB>Community Services`): the rest of the role, under a row that has its role and its initials
  if ((indented || line.startsWith('\t')) && t.length > 0 && t.indexOf('\t') < 0 && above.indexOf('\t') >= 0 && last.person.initials && (last.person.role || last.person.org || last.person.unclosed)) {
    const closes = last.person.unclosed !== undefined && last.more.length === 0 && /^[^()[\]]*[)\]]$/.test(t);
    if (!/^[([]/.test(t) && (closes || !/[()[\]]/.test(t))) {
      last.more.push({ line: at, span: { start, end: start + t.length } });
      return true;
    }
    // (`<TAB>Medical Services (via Teams)`: the rest of the role, then a fact about the attendance in its bracket)
    const tail = /^([^()[\]]*[^()[\]\s])[ \t]*\(([^()[\]]+)\)$/.exec(t);
    const q = tail && !last.person.unclosed ? readQualifier(tail[2]) : undefined;
    if (tail && q) {
      const open = start + t.lastIndexOf('(') + 1;
      last.more.push({ line: at, span: { start, end: start + tail[1].length } });
      last.more.push({ line: at, span: { start: open, end: start + t.length - 1 }, qualifier: { kind: q.kind, start: open, end: start + t.length - 1, ...(q.value !== undefined ? { value: q.value } : {}) } });
      return true;
    }
    // (`<TAB>(Quality and Performance)` under `Non-Executive Member`: a bracket that is no fact of the attendance names the seat, in the role's cell)
    if (!last.person.unclosed && /^\([^()[\]]+\)$/.test(t) && !readQualifier(t.slice(1, -1)) && (last.person.role || last.person.org)) {
      last.more.push({ line: at, span: { start, end: start + t.length } });
      return true;
    }
  }
  // the closing half of a bracket the line above left open: `(Vice-` / `Chair)`
  if (last.person.unclosed && last.more.length === 0 && /^[^()[\]]*[)\]]$/.test(t)) {
    last.more.push({ line: at, span: { start, end: start + t.length } });
    return true;
  }
  // `…, represented by Ewan Doyle, Deputy` ⏎ `Chief Operating Officer`: the post of the one who stood in, wrapped
  const qs = last.person.qualifiers;
  const lq = qs.length > 0 ? qs[qs.length - 1] : undefined;
  if (lq?.kind === 'substitutedBy' && last.more.length === 0 && above.slice(lq.end).trim().length === 0 && t.length > 0 && !/[()[\]:;,.]/.test(t) && namesOffice(t)) {
    last.more.push({ line: at, span: { start, end: start + t.length }, follows: true });
    return true;
  }
  // (an item's number in brackets inside it: `(for item QSEC(26)06)`, `(for item 7(b))`)
  const br = /^[([]((?:[^()[\]]|\([^()[\]]*\))+)[)\]]$/.exec(t);
  if (br) {
    const q = readQualifier(br[1]);
    last.more.push({ line: at, span: { start: start + 1, end: start + t.length - 1 }, ...(q ? { qualifier: { kind: q.kind, start: start + 1, end: start + t.length - 1, ...(q.value !== undefined ? { value: q.value } : {}) } } : {}) });
    return true;
  }
  return false;
}

/**
 * Two cells side by side on a line, as a Word table of two columns reads across the page
 * (`Governors present          Apologies received`): where the right-hand cell starts, the one gap of
 * three blanks or more (or a tab) between two pieces of words; -1 when the line is one piece or three.
 */
export function secondColumnAt(line: string): number {
  const gap = /\S(?:[ ]*\t[ \t]*|[ ]{3,})(?=\S)/g;
  const first = gap.exec(line);
  if (!first) return -1;
  const at = first.index + first[0].length;
  return gap.exec(line) ? -1 : at;
}
