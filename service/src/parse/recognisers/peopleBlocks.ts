/**
 * People blocks before the first item: a heading (`Present:`, `Apologies:`, `In attendance:` …)
 * and one person a line under it (`Name : Role`, `Name – Role`, `Name (INIT) Role` …).
 */
import { parseAttendanceLine, type AttendanceLine, joinedPersonStart, looksLikeName, nameOfUntitled, stripTitles } from '../../people';
import { blockWordKind, CANONICAL, type BlockKind } from '../../markup';
import type { Person, PersonQualifier } from '../../model';
import { readQualifier } from '../../forms/qualifiers';
import type { PeopleBlockBuilder, PersonBuilder } from '../builders';
import type { Segment } from '../../text';
import { DECLINE, type Recogniser } from '../recogniser';
import { parseNote, type ParseState } from '../state';
import { startsItem } from './numberedItems';
import { isBlankUnit, moreWordsThan } from '../../unitClass';
import { isColumnHeader } from '../../forms/meetingHeading';
import { forItemQualifier, isObserversLabel, labelKind, matchGridHeader, matchGroupHeading, matchLineLabel, matchListNote, matchMarkedHeading, matchPersonLine, namesOffice, looksLikeBody, PRESENT_VERB, type MarkedHeading } from '../../forms';

/** A line that opens with a sentence of who came (`Present were Councillors …`, `Also in attendance were …`). */
const PROSE_OPENS = new RegExp(String.raw`^[ \t]*(?:[Aa]lso\s+)?${PRESENT_VERB}`);
import { matchGroupRow, matchTickedRoll } from '../../forms/attendanceCells';
import { addRoll, addRow, firmUnder, formsBlock, gridBlock, roleCells, roleColumns, wrappedLabelList, inlineBlock, labelledBlock, organisationOf, readAttendanceProse, roleHeading, listedTakesRole, sideBySideLists, titleBefore, lateOfListed } from './peopleForms';
import { B_BEFORE_ITEMS, B_HEADING, B_NOT_LISTED_PERSON } from '../content/keywords';
import { lastAnswer } from '../../forms/lastAnswer';
import { holdsNamesHeading, isNamesOrMarksHead } from '../../forms/grid';

/** The kind of people block a heading line opens, if it is one. */
export function blockHeading(t: string): BlockKind | undefined {
  // `Attendees (please add your name and company):`: the heading's words before its note to those who attend
  const note = t.charCodeAt(t.length - 1) === 0x29 || t.endsWith('):') ? matchListNote(t) : undefined;
  const word = withoutEndColon(note ? t.slice(0, note.end) : t).trim();
  // (exact: no list's word holds a colon, a comma or a long dash, nor does the bracket of a vote after one: a person's
  // `Jane Roe : Chair`, `Ann Lee, Clerk`, `Ben Day – Treasurer` are declined before the lists' patterns are tried)
  if (word.indexOf(':') >= 0 || word.indexOf(',') >= 0 || word.indexOf('–') >= 0 || word.indexOf('—') >= 0) return undefined;
  return blockWordKind(word);
}

/** A heading with its legend of marks in brackets (`Membership (A = apologies received)`); a bracket closes it. */
function markedHeading(t: string): MarkedHeading | undefined {
  // (the line's last characters read in place: every line before the items is asked, and a copy of each was trimmed)
  let e = t.length;
  while (e > 0 && isBlankUnit(t.charCodeAt(e - 1))) e--;
  const last = e > 0 ? t.charCodeAt(e - 1) : 0;
  if (last !== 0x29 && !(last === 0x3a && e > 1 && t.charCodeAt(e - 2) === 0x29)) return undefined;
  return matchMarkedHeading(t, (word) => blockHeading(word) !== undefined);
}

/** `t` without a colon ending it and the spaces and tabs around that colon (`/[ \t]*:[ \t]*$/` removed, without the pattern tried at every column). */
function withoutEndColon(t: string): string {
  let e = t.length;
  while (e > 0 && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
  if (e === 0 || t[e - 1] !== ':') return t;
  e--;
  while (e > 0 && (t[e - 1] === ' ' || t[e - 1] === '\t')) e--;
  return t.slice(0, e);
}

/**
 * Attendance sentences before the items stand near the lists (`Apologies were received from …`
 * under the lists or the first heading): looked for within a few dozen lines of the last list, or
 * of the top when there is none, so that a long text whose items are not read costs no more.
 */
function nearAttendance(state: ParseState, seg: Segment): boolean {
  const people = state.meeting?.people ?? [];
  const from = people.length > 0 ? people[people.length - 1].range.end.line : 0;
  return seg.line - from <= (people.length > 0 ? 40 : 80);
}

/** People blocks come before the first item. */
function beforeItems(state: ParseState): boolean {
  return !state.item && (!state.meeting || state.meeting.items.length === 0);
}

export function peopleBlock(state: ParseState, i: number): number {
  if (!beforeItems(state)) return state.segs[i].heading > 0 ? groupRegister(state, i) : DECLINE;
  const seg = state.segs[i];
  const kind = blockHeading(seg.text);
  // `Membership (A = apologies received)`: the members present, those marked in the legend's list
  const marked = kind ? undefined : markedHeading(seg.text);
  if (marked) {
    const taken = formsBlock(state, i, startBlock(state, seg, 'present'), marked.legend);
    if (taken >= 0) {
      state.closeBlock();
      state.phase = 'header';
      return taken;
    }
    // no family form under it: the one-a-line reader goes on (the marks are not read)
    return 0;
  }
  if (!kind) {
    // `Non-Executive Directors` ⏎ `Prof. A Roe (AR) – Chair` ⏎ … ⏎ `In attendance`: a board's members grouped by kind with
    // no `Present` above them, the first list of the minutes: the groups are the members present
    if (membersGroup(state, i)) {
      const taken = formsBlock(state, i, startBlock(state, seg, 'present'));
      if (taken >= 0) {
        state.closeBlock();
        state.phase = 'header';
        return taken;
      }
      state.closeBlock();
      const m = state.meeting;
      if (m && m.people.length > 0 && m.people[m.people.length - 1].people.length === 0) m.people.pop();
    }
    // What each reader's own first test cannot do without, read once for the line (each reader that lacks it declines,
    // changing nothing): a colon (listedTakesRole, labelledLines, inlineBlock's label), a tab (roleColumns, roleCells:
    // their cells), a colon or a tab (labelledBlock: a label's colon, or one wrapped in its column beside a tab), a tab or
    // a gap of two blanks (sideBySideLists' column of three blanks or a tab, gridBlock's heading row: matchGridHeader's
    // first test, mayHeadGrid, and its other reading needs a tab). Most lines before the items hold none of them.
    const t = seg.text;
    const colon = t.indexOf(':');
    const tabbed = t.indexOf('\t') >= 0;
    const gapped = tabbed || t.indexOf('  ') >= 0;
    // `Governors present      Apologies received`: two lists side by side, each read down its column
    const sides = gapped ? sideBySideLists(state, i, blockHeading) : -1;
    if (sides >= 0) {
      state.phase = 'header';
      return sides;
    }
    const role = roleHeading(state, i);
    if (role >= 0) return role;
    // `Scribe: Ruth Okafor` under the lists: a role of someone listed, no new person
    if (colon > 0 && listedTakesRole(state, seg, colon + 1)) return 0;
    if (colon >= 0 && labelledLines(state, i)) return 0;
    const offices = tabbed ? roleColumns(state, i, (k, s) => startBlock(state, s, k, false)) : -1;
    if (offices >= 0) {
      state.closeBlock();
      state.phase = 'header';
      return offices;
    }
    const labelled = colon >= 0 || tabbed ? labelledBlock(state, i, (k) => startBlock(state, seg, k, false)) : -1;
    if (labelled >= 0) {
      state.closeBlock();
      state.phase = 'header';
      return labelled;
    }
    const grid = gapped ? gridBlock(state, i) : -1;
    if (grid >= 0) return grid;
    if (tabbed && roleCells(state, i, (k) => startBlock(state, seg, k, false)) >= 0) {
      state.closeBlock();
      return 0;
    }
    const wrapped = wrappedLabelList(state, i);
    if (wrapped >= 0) return wrapped;
    if (tickedRoll(state, i)) return 0;
    const taken = colon >= 0 ? inlineBlock(state, i, (k) => startBlock(state, seg, k, false)) : -1;
    if (taken >= 0) state.closeBlock();
    // "Apologies were received from …" before the items: recorded, and the line left to the header (marks, never takes)
    else if (state.phase !== 'people' && nearAttendance(state, seg)) readAttendanceProse(state, seg, 0);
    return taken;
  }
  // `Attendance` ⏎ `Name⇥Initials⇥Role⇥Category⇥Attendance`: the heading over a grid, whose rows say each member's list
  const nx = state.segs[i + 1];
  if (nx && nx.line === seg.line + 1) {
    // (a grid with no column of attendance whose names are not its first column, `Initials⇥Name⇥Title`, puts its rows
    // on the heading's list; one with the names first, `Name⇥Role⇥Initials`, the family reader of tables reads below)
    const named = nx.text.indexOf('\t') > 0 ? matchGridHeader(nx.text, kind) : undefined;
    // (a school's `Name⇥Governor category⇥Office / notes` under `Governors present:` is a grid too: its category column says so)
    const grid = gridBlock(state, i + 1, named && (named.name > 0 || named.category !== undefined) ? kind : undefined);
    if (grid >= 0) return grid + 1;
  }
  // `Attendance` ⏎ `Present were Councillors A (Chairman), B … Also in attendance were …`: the heading over sentences,
  // which the reader of attendance prose reads as it does without the heading (no list of one a line opened here)
  if (nx && nx.line === seg.line + 1 && PROSE_OPENS.test(nx.text)) return 0;
  const block = startBlock(state, seg, kind);
  // a family's form (a flattened table, bullets, a list, qualifiers …) is read whole; our own lines one by one
  const taken = formsBlock(state, i, block);
  if (taken < 0) return 0;
  state.closeBlock();
  state.phase = 'header';
  return taken;
}

/** The groups a board's members are sorted in (matchGroupHeading's words), not those who attend with them (`Officers`, `Observers`). */
const MEMBERS_GROUP = /(?:Directors|Members|members|Governors|Trustees|Councillors)[ \t]*$/;

/** A group's heading of members (`Non-Executive Directors`) opening the lists, a person on the next line. */
function membersGroup(state: ParseState, i: number): boolean {
  const seg = state.segs[i];
  const next = state.segs[i + 1];
  if (!next || next.line !== seg.line + 1 || (state.meeting?.people.length ?? 0) > 0) return false;
  const g = matchGroupHeading(seg.text);
  return g !== undefined && MEMBERS_GROUP.test(seg.text.slice(g.start, g.end)) && matchPersonLine(next.text) !== undefined;
}

/**
 * A discussion page's register at its end, under its own heading after the items (`## Attendance` ⏎ `| | |` ⏎
 * `| 🟢 here | Ana Roe (@aroe) — chair · Ben Lee (@blee) |` ⏎ `| 🔴 regrets | … |`): each row's people on the
 * list its label names (forms/attendanceCells.ts). The count of segments after i it took, or DECLINE.
 */
function groupRegister(state: ParseState, i: number): number {
  const segs = state.segs;
  if (!blockHeading(segs[i].text)) return DECLINE;
  let k = i + 1;
  while (k < segs.length && k <= i + 4 && (segs[k].text.trim() === '' || /^\|[ \t|:-]*$/.test(segs[k].text.trim()))) k++;
  const rows: Array<{ seg: Segment; row: NonNullable<ReturnType<typeof matchGroupRow>> }> = [];
  for (; k < segs.length && segs[k].text.trimStart().startsWith('|'); k++) {
    const row = matchGroupRow(segs[k].text);
    if (!row) return DECLINE;
    rows.push({ seg: segs[k], row });
  }
  if (rows.length === 0) return DECLINE;
  for (const { seg, row } of rows) addRow(state, seg, row.kind, row.label, row.people);
  state.closeBlock();
  return k - 1 - i;
}

/**
 * A committee's roll on one line, a sign before each member (`**Steering committee**: ✓ A Roe (@aroe, chair) · ✗ B Lee
 * (@blee), regrets`, forms/attendanceCells.ts): each member on the list their sign and words say, one list of each kind,
 * labelled by the roll's words (the present) or by the words that said the list (`regrets`). True when the line was one.
 */
function tickedRoll(state: ParseState, i: number): boolean {
  const seg = state.segs[i];
  const roll = matchTickedRoll(seg.text);
  if (!roll) return false;
  // (under a list's heading, among its people: the list goes on after the roll, its names one a line)
  const among = state.phase === 'people' && state.block !== undefined;
  if (!among) state.closeBlock();
  addRoll(state, seg, roll);
  if (!among) state.phase = 'header';
  return true;
}

/**
 * A list whose label shares the first person's line, one person a line under it (`OFFICERS:   Caroline
 * Winter – Head of Legal …` ⏎ `Adrian Pell – Licensing Manager`): the first person read here, the
 * others by personLine. True when the line opened such a list.
 */
function labelledLines(state: ParseState, i: number): boolean {
  const seg = state.segs[i];
  const t = seg.text;
  const next = state.segs[i + 1];
  // (the next line first, then a dash on both lines: a dash's form, ours or a post's first, is parted by one; then the label)
  if (t.indexOf(':') < 0 || !next || next.line !== seg.line + 1 || !holdsDash(next.text) || !holdsDash(t)) return false;
  const lab = matchLineLabel(t);
  if (!lab) return false;
  const line = attendanceLine(t.slice(lab.rest));
  if (line?.form !== 'dash' || matchLineLabel(next.text) || attendanceLine(next.text)?.form !== 'dash') return false;
  const block = startBlock(state, seg, lab.kind, false);
  const at = lab.rest;
  addPerson(state, seg, block, at + line.nameStart, at + line.nameEnd, line.roleStart !== undefined ? at + line.roleStart : undefined, line.roleEnd !== undefined ? at + line.roleEnd : undefined, line.initials, line.form, line.looseColon, t.length);
  state.phase = 'people';
  return true;
}

/** `parseAttendanceLine`, its last answer kept: the driver's gate (`isListedPersonLine`) and the person reader ask the same line in turn. */
const attendanceLineOf = lastAnswer(parseAttendanceLine);

/** Whether `t` holds a dash that may part a name from a role (DASH_SEP in people.ts, postFirst's: `-`, `–` or `—`). */
function holdsDash(t: string): boolean {
  return t.indexOf('-') >= 0 || t.indexOf('–') >= 0 || t.indexOf('—') >= 0;
}

/**
 * A person's line as our reader reads it (people.ts), or one with the post first (`Head of Legal – Dr A Roe`, an
 * officers' list): words naming an office, no title, before the dash, and a name of two words at least, with no
 * office's word, after it; the name's and the role's spans as they stand on the line.
 */
function attendanceLine(t: string): AttendanceLine | undefined {
  const line = attendanceLineOf(t);
  if (line && line.form !== 'dash') return line;
  const d = /(?<![ \t])[ \t]+[-–—][ \t]+/.exec(t);
  if (!d || d.index === 0) return line;
  const post = postFirst(t, d);
  return post ?? line;
}

function postFirst(t: string, d: RegExpExecArray): AttendanceLine | undefined {
  const left = t.slice(0, d.index).trim();
  const from = d.index + d[0].length;
  const right = t.slice(from).trimEnd();
  if (!namesOffice(left) || stripTitles(left) !== left || namesOffice(right) || looksLikeBody(right) || !looksLikeName(right) || !/\S\s+\S/.test(stripTitles(right))) return undefined;
  const ls = t.length - t.trimStart().length;
  return { nameStart: from, nameEnd: from + right.length, roleStart: ls, roleEnd: ls + left.length, form: 'dash', looseColon: false };
}

function startBlock(state: ParseState, seg: Segment, kind: BlockKind, heading = true): PeopleBlockBuilder {
  state.closeBlock();
  const m = state.ensureMeeting(seg);
  const label = seg.text;
  // a list on the label's line (`Present: A, B`) keeps its label as written: rewriting the line would lose the names
  const canonicalLabel = !heading || label === CANONICAL.blocks[kind];
  const block = state.newBlock({ kind, label, labelRange: state.whole(seg), canonicalLabel, people: [], range: state.whole(seg) });
  if (!canonicalLabel) state.variants.push({ kind: 'block-label', range: state.whole(seg), written: label, block: kind });
  m.people.push(block);
  state.block = block;
  state.lastPerson = undefined;
  state.phase = heading ? 'people' : 'header';
  return block;
}

/** A person of the open block; a line that is not one ends the block (and the people phase). */
export function personLine(state: ParseState, i: number): number {
  if (state.phase !== 'people' || !state.block || !beforeItems(state)) return DECLINE;
  if (personStep(state, state.segs[i], state.block)) return 0;
  state.closeBlock();
  state.phase = 'header';
  return DECLINE;
}

/** Returns false when the segment ends the block. */
function personStep(state: ParseState, seg: Segment, block: PeopleBlockBuilder): boolean {
  const t = seg.text;
  if (startsItem(state, seg) || seg.heading > 0 && !blockHeading(t)) return false;
  // `Executive Directors` between the names: a group of the list, no person, and the list goes on
  if (matchGroupHeading(t)) return true;
  const line = attendanceLine(t);
  // `Min⇥Item⇥Lead`, `No. | Action | Who` under the list: the column names of the table that follows it, no person
  // (asked of a bare line only, whose cells a tab or `|` parts: our own `Name : Role` lines are not)
  if (line?.form === 'bare' && (t.indexOf('\t') >= 0 || t.indexOf('|') >= 0) && isColumnHeader(t)) return false;
  // a bare line is a name only if the family reader agrees (`I. CALL TO ORDER` is a heading, not a person)
  // (its initials in brackets after it, `Cllr Derek Lambe (DL)`, are no part of the name asked)
  const usable = line && (line.form !== 'bare' || looksLikeName(line.initials !== undefined ? t.slice(line.nameStart, line.nameEnd) : t) && moreWordsThan(t.trim(), 1) && matchPersonLine(t) !== undefined);
  if (line && usable) {
    addPerson(state, seg, block, line.nameStart, line.nameEnd, line.roleStart, line.roleEnd, line.initials, line.form, line.looseColon, t.length);
    return true;
  }
  // A role the PDF split onto the next line ("Director of" / "POD").
  const prev = state.lastPerson;
  if (prev && prev.seg.line === seg.line - 1 && !moreWordsThan(t, 5) && !/[.:]$/.test(t)
    && (/^[a-z&(]/.test(t) || /(?:\b(?:of|and|for|the|to|in)|[&,\-–])$/.test(prev.person.role ?? ''))) {
    const p = prev.person;
    p.role = `${p.role ?? ''} ${t}`.trim();
    p.range = { start: p.range.start, end: state.whole(seg).end };
    block.range = { start: block.range.start, end: state.whole(seg).end };
    return true;
  }
  return false;
}

function addPerson(state: ParseState, seg: Segment, block: PeopleBlockBuilder, ns: number, ne: number, rs: number | undefined, re: number | undefined, initials: string | undefined, form: Person['form'], looseColon: boolean, end: number): void {
  // A line the PDF joined: "Simon Foster : PCC Wasim Ali : APCC" holds two people.
  if (rs !== undefined && form === 'colon') {
    const second = joinedPersonStart(seg.text.slice(0, re), rs);
    if (second > 0) {
      let roleEnd = second;
      while (roleEnd > rs && /\s/.test(seg.text[roleEnd - 1])) roleEnd--;
      addPerson(state, seg, block, ns, ne, rs, roleEnd, initials, form, looseColon, roleEnd);
      const rest = seg.text.slice(second);
      const line = parseAttendanceLine(rest);
      if (line) addPerson(state, seg, block, second + line.nameStart, second + line.nameEnd, line.roleStart !== undefined ? second + line.roleStart : undefined, line.roleEnd !== undefined ? second + line.roleEnd : undefined, line.initials, line.form, line.looseColon, seg.text.length);
      return;
    }
  }
  // (a firm's name alone under a person with a role: their company, peopleForms.ts's firmUnder)
  if (rs === undefined && firmUnder(state, block, seg, ns, ne)) return;
  const written = seg.text.slice(ns, ne);
  // the name and the titles before it from one removal of the titles (parseName and titleOf would each remove them)
  const spaced = (written.includes('_') ? written.replace(/_/g, ' ') : written).trim();
  const untitled = stripTitles(spaced);
  const name = nameOfUntitled(untitled);
  if (!name) return;
  let hasRole = rs !== undefined && re !== undefined;
  let role = hasRole ? seg.text.slice(rs, re) : undefined;
  // `Cllr Jane Abara (JA) – arrived 7.40pm, during item 24.105`: after the dash, when they came or
  // left, a fact beside the name (forms/qualifiers.ts), never an office
  let qualifiers: PersonQualifier[] | undefined;
  const q = role !== undefined && mayTellComing(role) && /^(?:arrived|left|departed)\b/i.test(role) ? readQualifier(role) : undefined;
  if (q && (q.kind === 'arrived' || q.kind === 'left')) {
    qualifiers = [{ kind: q.kind, text: role!.trim().replace(/[.;,]+$/, ''), ...(q.value !== undefined ? { value: q.value } : {}), range: state.r(seg, rs!, re!) }];
    role = undefined;
    hasRole = false;
  }
  // `For item AGC27` ⏎ `Nadia Frost – Engagement Lead`: the heading says for everyone under it what they came for (as peopleForms.ts's addBlock)
  const forItem = block.range.start.line < seg.line ? forItemOf(state, block) : undefined;
  if (forItem) qualifiers = [...qualifiers ?? [], { ...forItem }];
  // `Observers` ⏎ `A Roe – Public Governor`: the heading says once for all that they observe (as peopleForms.ts's addParts)
  if (isObserversLabel(block.label)) qualifiers = [...qualifiers ?? [], { kind: 'observer', text: 'observer', range: block.labelRange }];
  if (lateOfListed(state, block, name.display)) return;
  // every person has every field, in the order of peopleForms.ts's `addParts`, those not written
  // `undefined` (JSON and the index view leave them out): one shape of object for the engine
  const person: PersonBuilder = {
    block: block.kind, name, written, initials, handle: undefined, title: titleBefore(spaced, untitled),
    organisation: role !== undefined ? organisationOf(role) : undefined, category: undefined, qualifiers,
    role, range: state.r(seg, ns, end), nameRange: state.r(seg, ns, ne),
    roleRange: hasRole && rs !== undefined && re !== undefined ? state.r(seg, rs, re) : undefined,
    form, looseColon,
  };
  block.people.push(person);
  // (the line's end alone: `whole`'s range made its start as well, and each person asks)
  block.range = { start: block.range.start, end: state.pos(seg, seg.text.length) };
  state.lastPerson = { person, seg };
  if (form !== 'colon' && form !== 'bare' || looseColon) {
    state.variants.push({ kind: 'person-separator', range: person.range, written: seg.text.slice(ns, end), person });
  }
}

/** Whether a role may open with `arrived`, `left` or `departed`: its first letter, before the pattern (every person's role is asked). */
function mayTellComing(role: string): boolean {
  if (role.length === 0) return false;
  const c = role.charCodeAt(0) | 0x20;
  return c === 0x61 || c === 0x6c || c === 0x64;
}

/** The qualifier a block's `For item` heading gives each one under it, read once a block (each person asks); null when its label is no such heading. */
const FOR_ITEM = parseNote<{ block: PeopleBlockBuilder; q: PersonQualifier | null }>('for item');
function forItemOf(state: ParseState, block: PeopleBlockBuilder): PersonQualifier | undefined {
  let kept = state.kept(FOR_ITEM);
  if (kept?.block !== block) {
    const f = forItemQualifier(block.label);
    kept = { block, q: f ? { kind: f.kind, text: block.label.slice(f.span.start, f.span.end), ...(f.value !== undefined ? { value: f.value } : {}), range: block.labelRange } : null };
    state.keep(FOR_ITEM, kept);
  }
  return kept.q ?? undefined;
}

/**
 * A person's own line in a list, as our lists and most boards' write them (`Claire Bell : Chief Executive`, `Claire
 * Bell⇥:⇥Chief Executive, OPCC`): one colon, a name of two words at least before it that names no list nor role (not
 * `Vice Chair: …`, `Members present: …`), a role after it with no cell's gap (no tab, no two spaces). No reader of a
 * list's start takes such a line of an open list (the gate's test asks every line of the fixtures): the person reader does.
 */
export function isListedPersonLine(t: string): boolean {
  const colon = t.indexOf(':');
  // (no roll of signs, `Steering Group: ✓ A Roe · ✗ B Lee, regrets`: forms/attendanceCells.ts's first test)
  if (colon <= 0 || t.indexOf(':', colon + 1) >= 0 || t.indexOf('·') >= 0) return false;
  const line = attendanceLineOf(t);
  if (line === undefined || line.form !== 'colon' || line.roleStart === undefined || line.initials !== undefined) return false;
  const name = t.slice(line.nameStart, line.nameEnd);
  if (name.indexOf(' ') < 0 || name.indexOf('\t') >= 0 || name.indexOf('  ') >= 0 || holdsNamesHeading(name) || LIST_WORD.test(name)) return false;
  const role = t.slice(line.roleStart);
  if (role.indexOf('\t') >= 0 || role.indexOf('  ') >= 0 || isNamesOrMarksHead(role)) return false;
  return labelKind(name) === undefined;
}
/**
 * A word of a list's label, which no person's name holds, beside a grid's headings of names (`holdsNamesHeading`):
 * `Management Committee⇥:⇥…` over `Present:` is a label wrapped in its column (`wrappedLabelList`).
 */
const LIST_WORD = /\b(?:committee|council|board|management|group|team|panel|officers?|officials|staff|senators?|names)\b/i;

// gate: before the first item (`beforeItems`), or a heading (a register under it); never a person's own line of an open list
export const PEOPLE_BLOCK: Recogniser = { name: 'people-block', phases: ['header', 'people', 'body'], interrupts: ['people-block'], anyHolds: B_BEFORE_ITEMS | B_HEADING, needs: B_NOT_LISTED_PERSON, run: peopleBlock };
export const PERSON_LINE: Recogniser = { name: 'person-line', phases: ['people'], run: personLine };
