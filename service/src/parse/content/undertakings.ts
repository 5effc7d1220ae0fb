/**
 * Actions written in prose with a subject that can own them (forms/undertakings.ts, forms/requests.ts),
 * as boards that label no actions write them: `KA to sign when next in school`, `Administrator Pratt
 * agreed to add this …`, `Staff were directed to bring back a written plan …`, `Patel will report
 * findings … by June 26`, `Mayor Lindqvist asked the City Engineer to follow up …`. A sentence the
 * page wrapped is read with the lines around it (the line above and below, in the same paragraph
 * of the open item); an undertaking is read on the line where its verb stands, so once.
 */
import { dueWordsStart } from '../../forms/dueDates';
import { findUndertakings, isNextMeeting, matchActionLine, type Undertaking } from '../../forms';
import { mayHoldPassiveTask, mayHoldUndertaking } from '../../forms/undertakings';
import { findRequests } from '../../forms/requests';
import type { Action, Decision, Item, Meeting, Mention } from '../../model';
import { allBold, type Segment } from '../../text';
import { parseNote, type ParseState } from '../state';
import type { Position, Range } from '../../types';
import { stripTitles } from '../../people';
import { writtenInOurMarkup } from '../../proceedings/ourMarkup';
import { lineEndHyphen } from '../../forms/hyphenation';
import { matchVote } from '../../forms/votes';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, joinedRange, type Joined } from './joined';
import { UNDERTAKING_VERBS, W_UNDERTAKE } from './keywords';
import { asWritten } from '../../encoding';
import { resolveMention } from '../../attendance';

/** Cheap first test: a verb an undertaking or a request needs. */
const MAY = /\b(?:to|will|would|undertook|agreed|offered|directed|asked|requested|instructed|tasked)(?:[ \t]|$)/;

/** Whether `body` ends in one of MAY's verbs (its letters a-z at the end, as MAY reads them there, are one). */
function endsInVerb(body: string): boolean {
  let k = body.length;
  while (k > 0 && body.charCodeAt(k - 1) >= 0x61 && body.charCodeAt(k - 1) <= 0x7a) k--;
  return k < body.length && UNDERTAKING_VERBS.includes(body.slice(k));
}

/** An item's head line that is its number alone (`4.`, `12`). */
const LONE_NUMBER = /^[ \t]*\d{1,3}\.?[ \t]*$/;

/** The line next to segment k in the same paragraph of the open item (dir -1 above, +1 below), or undefined. */
function neighbour(state: ParseState, k: number, dir: -1 | 1, top: number, item: Item): Segment | undefined {
  const n = acrossPageBreak(state, k, dir) ?? k + dir;
  if (n < 0 || n >= state.segs.length) return undefined;
  const s = state.segs[n];
  if (s.text.length === 0 || (n === k + dir && s.line !== state.segs[k].line + dir) || s.line <= top || state.layout.heads?.has(s.line)) return undefined;
  // a vote's line above (`Ayes: … Nays: None  Motion carried 4-0`) ends its record with its last fact, no full stop needed
  if (dir < 0 && endsInVote(s.text)) return undefined;
  // a sub-item's title (`B. Park Pavilion Roof`) is a heading, not the start of the sentence below it
  if (dir < 0 && item.subItems?.some((c) => c.titleRange?.start.line === s.line || c.headRange.start.line === s.line)) return undefined;
  return s;
}

/**
 * Whether a line that ends with no stop ends with a vote's fact (its count, result or roll): a
 * line that ends with a stop ends its sentence already, and a vote's facts need a digit, a roll's
 * colon or a result's word (`carried`, `passed`, `failed`, `unanimously`), looked for before the vote's patterns.
 */
function endsInVote(text: string): boolean {
  let e = text.length;
  while (e > 0 && isBlank(text.charCodeAt(e - 1))) e--;
  const c = e > 0 ? text.charCodeAt(e - 1) : 0;
  // (`.`, `,`, `;`, `:`, `!`, `?`)
  if (e === 0 || e > 400 || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f) return false;
  if (!/[\d:]|arried|ARRIED|assed|ASSED|ailed|AILED|nanimous|NANIMOUS/.test(text)) return false;
  const v = matchVote(text.slice(0, e));
  return v !== undefined && v.end >= e - (c === 0x29 ? 1 : 0);
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;

/** How many lines below the verb's a wrapped sentence is read (`… by 6 March` ⏎ `2026.`). */
const BELOW_REACH = 3;
/** A sentence's stop in a line: where the reading of the lines below ends. */
const HOLDS_STOP = /[.!?;](?:[ \t]|$)/;

/**
 * The lines below segment k that go on with its sentence, in the same paragraph: the next one, and
 * while the sentence has not ended (no stop on the line read last), up to BELOW_REACH of them.
 */
function belowOf(state: ParseState, k: number, top: number, item: Item): Segment[] {
  const out: Segment[] = [];
  let at = k;
  let last = state.segs[k];
  for (let n = 0; n < BELOW_REACH && (n === 0 || !HOLDS_STOP.test(last.text)); n++) {
    const s = neighbour(state, at, 1, top, item);
    if (!s) break;
    out.push(s);
    last = s;
    at = indexOf(state, s);
    if (at < 0) break;
  }
  return out;
}

/** How far a page break reaches (blank lines, a running header, the page's number). */
const PAGE_BREAK = 9;
/** A running header's line is short (`City Council Minutes`, `March 8, 2022`); a paragraph's wrapped line is longer. */
const HEADER_LINE = 40;
const ENDS_SENTENCE = /[.!?:;][ \t]*$/;

/**
 * The segment that goes on with segment k's sentence across a page break the extraction left in it
 * (dir -1 above, +1 below), or undefined when there is none: between them only blank lines, the
 * page's number or footer (debris) and, just above that, up to three short lines of a running header
 * (which the debris may not have told); the half above does not end its sentence.
 */
function acrossPageBreak(state: ParseState, k: number, dir: -1 | 1): number | undefined {
  const debris = state.layout.debrisLines;
  if (debris.size === 0) return undefined;
  const segs = state.segs;
  // the lines in the page's order: from the upper half's line down to the lower half's
  let n = k + dir;
  let page = -1;
  let header = 0;
  let half = false;
  for (let steps = 0; n >= 0 && n < segs.length && steps < PAGE_BREAK; steps++, n += dir) {
    const s = segs[n];
    const kind = debris.get(s.line);
    if (kind === 'page-footer' || kind === 'running-header') { page = n; continue; }
    const t = s.text.trim();
    if (t.length === 0) continue;
    if (kind !== undefined) return undefined;
    // a short line on the header's side of the page's number (above it), else the sentence's other half
    const aboveNumber = dir > 0 ? page < 0 : page >= 0;
    if (aboveNumber && t.length <= HEADER_LINE && header < 3 && !ENDS_SENTENCE.test(t)) { header++; continue; }
    half = true;
    break;
  }
  if (!half || page < 0) return undefined;
  // the upper half does not end its sentence, and the lower half goes on with it in lower case
  // (`two-hour limits on …`): never the next item's heading after the break
  const [upper, lower] = dir > 0 ? [segs[k], segs[n]] : [segs[n], segs[k]];
  return ENDS_SENTENCE.test(upper.text) || !/^[ \t]*[a-z]/.test(lower.text) ? undefined : n;
}

/** A relative pronoun just before a subject: the clause is the object of the one before it. */
const RELATIVE_BEFORE = /\bwhich[ \t\n]+$/;

/**
 * Whether the first line under segment k's paragraph (its wrapped lines, a blank line between or none) is an action
 * line that gives a status per owner (`ACTION: MF Yes check.svg Done`): the review of the numbered
 * action above it (status-review's `numberAbove`). Asked only where an undertaking was found.
 */
function reviewedBelow(state: ParseState, k: number): boolean {
  let blank = false;
  for (let n = k + 1; n < state.segs.length && n <= k + 8; n++) {
    const t = state.segs[n].text;
    if (t.length === 0) { blank = true; continue; }
    if (MAY_ACTION_LINE.test(t)) return matchActionLine(t)?.statuses.some((s) => s.owner !== undefined) ?? false;
    // the paragraph's wrapped lines go on; a paragraph after a blank line is no status line
    if (blank) return false;
  }
  return false;
}

/** Cheap first test of `matchActionLine`: the keyword opens the line. */
const MAY_ACTION_LINE = /^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?action/i;

/** A name that may be a surname alone: one capitalised word. */
const ONE_NAME = /^[A-Z][\w'’-]+$/;

/** Whether a name is someone of the meeting's lists, by full name, surname or initials. */
export function personTest(meeting: Meeting): (name: string) => boolean {
  return (name) => {
    const n = name.trim();
    // the pattern once a name, not once a person of the lists; the surname compared where it stands, not split off
    const one = ONE_NAME.test(n);
    for (const b of meeting.people) for (const p of b.people) {
      if (p.name.display === n || p.initials === n || (one && endsInWord(p.name.display, n))) return true;
    }
    return false;
  };
}

/**
 * `personTest`, or a first name only one person of the lists has (`Kenji` for Kenji Watanabe), as a
 * project's notes name the owner of a task: resolved as attendance.ts's `resolveMention` resolves it.
 */
export function personOrFirstName(meeting: Meeting): (name: string) => boolean {
  const listed = personTest(meeting);
  return (name) => {
    if (listed(name)) return true;
    const n = name.trim();
    if (!ONE_NAME.test(n)) return false;
    // (one person may stand on two lists: the names, not the entries, are counted)
    let one: string | undefined;
    for (const b of meeting.people) for (const p of b.people) {
      const d = p.name.display;
      if (!d.startsWith(n) || !/\s/.test(d.charAt(n.length))) continue;
      if (one !== undefined && one !== d) return false;
      one = d;
    }
    return one !== undefined;
  };
}

/**
 * Whether the last of `display`'s words (split at `\s+`) is `word`, which holds no blank:
 * `display.split(/\s+/).pop() === word`, with no array made.
 */
function endsInWord(display: string, word: string): boolean {
  const at = display.length - word.length;
  return at >= 0 && display.endsWith(word) && (at === 0 || /\s/.test(display[at - 1]));
}

/** The last words of the names, and the initials, of the meeting's people, with how many people they are of (the lists grow as the file is read). */
const PERSON_ENDS = parseNote<{ meeting: Meeting; count: number; words: Set<string>; test: (word: string) => boolean }>('person ends');

/** Whether someone of the meeting's lists has a name or initials ending in a word: `personTest`'s, for the last word of a subject. */
function personEndTest(state: ParseState, meeting: Meeting): (word: string) => boolean {
  let count = 0;
  for (const b of meeting.people) count += b.people.length;
  let kept = state.kept(PERSON_ENDS);
  if (!kept || kept.meeting !== meeting || kept.count !== count) {
    const words = new Set<string>();
    for (const b of meeting.people) for (const p of b.people) {
      const w = p.name.display.split(/\s+/);
      words.add(w[w.length - 1]);
      if (p.initials) words.add(p.initials);
    }
    kept = { meeting, count, words, test: (word) => words.has(word) };
    state.keep(PERSON_ENDS, kept);
  }
  return kept.test;
}

/** The line a council's web page prints between an item's agenda text and its minute. */
const MINUTES_MARKER = /^[ \t]*Minutes[ \t]*:[ \t]*$/;
/** How far below its head an item's `Minutes:` line is looked for (the title, the agenda text and the papers' links stand between). */
const MARKER_REACH = 30;

/** Whether a `Minutes:` line stands between the item's head and the line `seg` (within MARKER_REACH lines of the head): the minute of a council's web page. */
function minuteOfWebPage(state: ParseState, item: Item, seg: Segment): boolean {
  const head = item.headRange.start.line;
  const last = Math.min(seg.line - 1, head + MARKER_REACH);
  for (let l = head + 1; l <= last; l++) {
    const t = state.lines[l];
    if (t !== undefined && t.length < 20 && MINUTES_MARKER.test(t)) return true;
  }
  return false;
}

export function undertaking(line: Line): boolean {
  // (the line's words first, below, before anything is read of the file: both decline alone)
  if ((line.words & W_UNDERTAKE) === 0 && !endsInVerb(line.body)) return false;
  const { state, seg, from, body, item, meeting } = line;
  // A file numbered in our schemes (NNN/YY, 1.) is our markup, read by its labels: there a "will" in
  // a sentence is narrative. A board's own numbering is not our markup (`Cou/288/07-08`, `115.`,
  // `1<TAB>Title<TAB>Lead`, layout.ts `numbering`; a number alone on its line with the title below, as
  // a council's web page prints it): the board writes actions in its prose, also where it labels
  // others (`ACTION: Clerk`), so prose is read whatever labels the file holds; an owner line that
  // restates an undertaking is the same action (ownerActions.ts, publishedActions.ts `restated`).
  // Plain `1.` numbers in a page pulled from a document viewer, a PDF or a web page (debris read on
  // its lines: `Loading...`, a running page header) are a board's too (an American council's
  // `1. CALL TO ORDER`): nobody types page furniture into our markup. `NNN/YY` numbers are a
  // council's web page's where the item prints its agenda text, then `Minutes:` over the minute (our
  // markup has no such line, and our own minutes saved as a web page keep their own reading)
  if (state.scheme === 'per-meeting' && !state.layout.numbering && state.layout.debris.length === 0 && writtenInOurMarkup(meeting, state.lines)) return false;
  // (the line's words, asked first above: MAY's verb with a blank after it, or ending the line; the
  // pattern, tried at each place of a line that has none, costs)
  // then the words around the verb, before any pattern: most lines of prose hold a `to` after a word
  // no owner's name ends in (`welcomed everyone to`, `RESOLVED to`)
  if (!(mayHoldUndertaking(body, personEndTest(state, meeting)) || mayHoldPassiveTask(body)) || !MAY.test(body)) return false;
  // In an `NNN/YY` file read as our markup, only an owner's task in the headline form (`Clerk to write
  // to …`, `Cllr Hocking to photograph …`, as a parish writes its actions) is an action: no narrative
  // is written so, while a `will` there tells what someone will do (`The Chief Constable will come back …`)
  // (printed pages, a footer's `Page 12` under each, are a board's PDF, not our markup: its prose is read)
  // (the item's head and the file's debris asked only of a line the first tests above kept: each line
  // of each item came here, and most are declined by them)
  const ownHead = !!state.layout.numbering && LONE_NUMBER.test(state.lines[item.headRange.start.line] ?? '');
  const headlineOnly = state.scheme === 'year' && !ownHead && !state.layout.debris.some((d) => d.kind === 'page-footer') && !minuteOfWebPage(state, item, seg);
  // in a file whose actions are in bold, a bold sentence is bold-action's
  if (meeting.boldActions && allBold(seg)) return false;
  const k = indexOf(state, seg);
  if (k < 0) return false;
  const top = item.headRange.start.line;
  const above = neighbour(state, k, -1, top, item);
  const segs = [...(above ? [above] : []), seg, ...belowOf(state, k, top, item)];
  const j: Joined = joinSegments(segs, 0, '\n');
  const piece = j.pieces[above ? 1 : 0];
  const cs = piece.at + from;
  const ce = piece.at + seg.text.length;
  const options = { order: state.order, isPerson: personOrFirstName(meeting), namesBody: (word: string) => headingNames(state, word) };
  const undertaken = findUndertakings(j.text, options);
  const found: Undertaking[] = [...undertaken, ...findRequests(j.text, options).filter((r) => !answered(j.text, r, undertaken))]
    .filter((u) => u.verb.start >= cs && u.verb.start < ce)
    .sort((a, b) => a.verb.start - b.verb.start);
  // a numbered entry the status line below reviews (`1. MF to ask …` / `ACTION: MF Yes check.svg
  // Done`) recalls an earlier action: its status is status-review's, no new action
  if (found.length > 0 && reviewedBelow(state, k)) return false;
  for (const u of found) {
    if (headlineOnly && u.form !== 'to') continue;
    // `…, which the Director agreed to arrange`: the task's object is the clause before, no task of its own
    if (RELATIVE_BEFORE.test(j.text.slice(Math.max(0, u.subject.start - 12), u.subject.start))) continue;
    // a motion as moved, in quotation marks (`"This Council … requests the Chief Executive to write …"`): the
    // mover's words, not the meeting's; the resolution that carries it is the action
    if (quoted(state, k, u.verb.start - piece.at)) continue;
    const owners: Mention[] = u.owners.map((o) => ({ text: j.text.slice(o.start, o.end).replace(/\s+/g, ' '), range: joinedRange(state, j, o.start, o.end) }));
    let due: Action['due'];
    if (u.due) {
      const lead = dueWordsStart(u.due);
      // (a due the page wrapped, `6 March` ⏎ `2026`, is written on one line)
      const written = u.due.text.slice(lead).replace(/\s+/g, ' ');
      due = { text: written, range: joinedRange(state, j, u.due.start + lead, u.due.end), nextMeeting: isNextMeeting(written) };
    }
    // a task ends where a list flattened into the line goes on (". - Since …")
    const bullet = /[.!?;][ \t]+[-–•][ \t]/.exec(j.text.slice(u.task.start, u.task.end));
    const taskEnd = bullet ? u.task.start + bullet.index + 1 : u.task.end;
    const text = taskWords(withoutColumnCells(j.text.slice(u.task.start, taskEnd), options.isPerson));
    if (text.length === 0) continue;
    const range = joinedRange(state, j, Math.min(u.start, u.subject.start), u.end);
    // read once: the same undertaking seen again from a neighbouring line is the same action
    if (item.actions.some((a) => a.range.start.line === range.start.line && a.range.start.character === range.start.character)) continue;
    // an owner in the Action column beside it took its paragraph as the task already (publishedActions.ts): the same action
    if (item.actions.some((a) => !a.ownerInferred && !a.keyword && a.textRange !== undefined && within(range.start, a.textRange))) continue;
    item.actions.push({
      index: item.actions.length + 1, text, range, textRange: joinedRange(state, j, u.task.start, taskEnd),
      bold: false, owners, ownerInferred: true, due, insertAt: { start: range.end, end: range.end }, inText: true,
    });
  }
  return false;
}

/**
 * Whether a request (`President Whitfield asked the Superintendent to look into the drop-off.`) is
 * answered by the undertaking of the one asked in the next sentence (`Superintendent Pike will report
 * back on options … by the March 24 meeting.`): one action, the undertaking's (its words say what
 * will be done and when). The one asked is named again: every word of the request's owner, less
 * `the`, stands in the undertaking's.
 */
function answered(text: string, r: Undertaking, undertakings: readonly Undertaking[]): boolean {
  if (r.owners.length !== 1) return false;
  const asked = text.slice(r.owners[0].start, r.owners[0].end).replace(/^the\s+/i, '').split(/\s+/);
  return undertakings.some((u) => {
    if (u.start < r.end || !/^[.!?;]?[ \t\n]*$/.test(text.slice(r.end, u.start)) || u.owners.length !== 1) return false;
    const words = text.slice(u.owners[0].start, u.owners[0].end).split(/\s+/);
    return asked.every((w) => words.includes(w));
  });
}

/** Initials after a wide gap ending a line that the sentence goes on below: an `Action` column's cell beside the paragraph's first lines. */
const COLUMN_CELL = /(?:[ \t]{3,}|\t+)([A-Z]{2,4}(?:[ \t]*[/&,][ \t]*[A-Z]{2,4}){0,4})[ \t]*(?=\n)/g;

/**
 * A task's words without the owner a right-hand `Action` column prints beside one of its lines
 * (`26/045.4 GP to circulate the first bulletin to members     GP` ⏎ `by 30 April 2026.`): the cell is
 * no word of the sentence that runs past it. Only initials of someone of the lists.
 */
function withoutColumnCells(t: string, isPerson: (name: string) => boolean): string {
  if (t.indexOf('\n') < 0) return t;
  return t.replace(COLUMN_CELL, (cell, who: string) => (who.split(/[ \t]*[/&,][ \t]*/).every(isPerson) ? '' : cell));
}

/** How many lines above a verb its paragraph's opening quotation mark is looked for. */
const QUOTE_REACH = 20;

/**
 * Whether column `at` of segment k stands inside a quotation its paragraph opened: more `“` than
 * `”` before it, or an odd number of straight `"` (the paragraph's lines above it, up to a blank
 * line, and the line up to `at`). A column beyond the line (the verb on the line below) asks the whole line.
 */
function quoted(state: ParseState, k: number, at: number): boolean {
  const seg = state.segs[k];
  if (at < 0) return false;
  let text = seg.text.slice(0, at);
  let line = seg.line;
  for (let n = k - 1; n >= 0 && n >= k - QUOTE_REACH; n--) {
    const s = state.segs[n];
    // (a line missing from the segments is a blank one: the paragraph ends there too)
    if (s.text.length === 0 || s.line < line - 1) break;
    line = s.line;
    text = s.text + '\n' + text;
  }
  if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0) return false;
  // (`Head of Commissioning â€“ Older People`: a dash pasted through the wrong encoding ends in `“`, no quotation mark)
  text = asWritten(text);
  let straight = 0;
  let curly = 0;
  for (const c of text) {
    if (c === '"') straight++;
    else if (c === '\u201c') curly++;
    else if (c === '\u201d') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

function within(p: Position, r: Range): boolean {
  return (p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));
}

/**
 * A task's words as a reader writes them: its lines joined by a space, a word the page hyphenated at
 * a line's end joined again (`recommen-⏎dation`; a compound keeps its hyphen, forms/hyphenation.ts).
 */
function taskWords(t: string): string {
  if (!t.includes('-\n')) return t.replace(/\s+/g, ' ').trim();
  const lines = t.split('\n');
  let out = lines[0];
  for (let k = 1; k < lines.length; k++) {
    const h = lineEndHyphen(out, lines[k]);
    out = h ? out.slice(0, h.start) + h.word + lines[k].slice(h.afterEnd) : `${out} ${lines[k]}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}

// (its first test: W_UNDERTAKE, or the line ending in a verb, which the line's W_UNDERTAKE holds too: keywords.ts)
export const UNDERTAKING: InlineRecogniser = { name: 'undertaking', needs: W_UNDERTAKE, run: undertaking };

/**
 * An owner standing alone under a paragraph (`ACTION: Clerk`, `Clerk to action`, `HG` in a column):
 * the undertakings read in that paragraph (lines `from` to `to`) are that one action, not others, so
 * they are taken out of `into`. The one the line restates, when there is one: of the same owner
 * (`The Clerk to chase …` / `ACTION: Clerk`), opening its own sentence in a paragraph that says more,
 * so that its words are the task (`The bus shelter repair is complete. The Clerk to chase …`: the
 * chase, not the repair). An undertaking inside a sentence (`…, and that the Vice-Chancellor undertook
 * to bring …`), or all the paragraph says, leaves the paragraph the task. `byListed`: the same owner
 * also as the lists resolve the two (an owner's own line: `ACTION: A. Fitzgerald` under `Aileen
 * Fitzgerald will draft …`).
 */
export function takeRestated(state: ParseState, into: Action[], from: number, to: number, owners: readonly string[], byListed = false): Action | undefined {
  let restated: Action | undefined;
  for (let n = into.length - 1; n >= 0; n--) {
    const a = into[n];
    if (a.keyword || a.bold || !a.ownerInferred || a.range.start.line < from || a.range.end.line > to) continue;
    into.splice(n, 1);
    if (!restated && sameOwners(a.owners.map((o) => o.text), owners, byListed ? state.meeting : undefined) && opensSentence(state, a.range.start, from) && !wholeParagraph(state, a.range, from, to)) restated = a;
  }
  return restated;
}

/**
 * An owner's line under a resolution (`ACTION: Director of Housing`, `ACTION: Director of Housing – a costed plan by
 * 2 March`) whose part asks the same officer to do something (`(c) asks the Director of Housing to report …`): the
 * request is the task the line names, written once, so the request read from the part is taken out of `into`.
 * `line`: the owner's line; `d`: the item's last resolution.
 */
export function takePartRequest(lines: readonly string[], into: Action[], d: Decision | undefined, line: number, owners: readonly string[]): void {
  if (!d || d.range.start.line >= line) return;
  for (let n = into.length - 1; n >= 0; n--) {
    const a = into[n];
    if (a.keyword || a.bold || !a.ownerInferred || a.range.start.line < d.range.start.line || a.range.end.line >= line) continue;
    const head = a.text.slice(0, 24);
    // (in the resolution's parts as read, or on a line of its own opening with a part's label below the resolution's first: `B.⇥asks …`)
    const inPart = d.parts?.some((p) => p.includes(head)) ?? (d.text.includes(head) || PART_OPENS.test(lines[a.range.start.line] ?? ''));
    if (inPart && sameOwners(a.owners.map((o) => o.text), owners)) into.splice(n, 1);
  }
}

/** A line opening with a resolution part's label: `B.⇥`, `(c) `, `2) `. */
const PART_OPENS = /^[ \t]*(?:[A-Z]\.|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\))[ \t]/;

/** Whether the undertaking is all the paragraph says (`The Clerk will obtain three quotes …`): then the paragraph is the task, as written. */
function wholeParagraph(state: ParseState, r: Range, from: number, to: number): boolean {
  const first = (state.lines[r.start.line] ?? '').slice(0, r.start.character).trim();
  const last = (state.lines[r.end.line] ?? '').slice(r.end.character).trim();
  // (a paragraph's label before it, `c)`, `(2)`, is no word of the paragraph's)
  // (nor the owner in an Action column at the last line's right: `way team.      Clerk`, `meeting. Clerk`, `tree.   PH/RO`)
  return r.start.line === from && r.end.line === to && /^(?:\(?[a-z0-9]{1,4}\))?$/.test(first) && /^[.;!?]?(?:[ \t]+(?:[A-Z][a-z]{2,9}|[A-Z]{2,4}(?:[ \t]*[/&,][ \t]*[A-Z]{2,4}){0,4}))?$/.test(last) && (first.length > 0 || setApart(state, from));
}

/**
 * Whether the paragraph that starts on line `from` stands apart: a blank line or the open item's (or
 * a sub-item's) heading above it. A sentence that only ended the line above it in a run of the
 * item's lines (`Challenge: PK asked why …` / `LC will provide a breakdown … by 31 March.` /
 * `ACTION: LC`) is a sentence of the item's paragraph, whose undertaking the owner line restates.
 */
function setApart(state: ParseState, from: number): boolean {
  const above = from - 1;
  if (above < 0 || (state.lines[above] ?? '').trim().length === 0) return true;
  const item = state.item;
  return item !== undefined && (item.headRange.start.line === above || item.headRange.end.line === above || (item.subItems?.some((c) => c.headRange.start.line === above || c.headRange.end.line === above) ?? false));
}

/** Owners written alike, less `the`, titles, case and spacing (`The Clerk` and `Clerk`, `Cllr Hale` and `Hale`). */
/**
 * The same owners, as written or as the lists resolve them (`meeting`): `Aileen Fitzgerald will draft
 * …` over `ACTION: A. Fitzgerald` names one listed person twice.
 */
function sameOwners(a: readonly string[], b: readonly string[], meeting?: Meeting): boolean {
  const key = (xs: readonly string[]): string => xs.map((x) => stripTitles(x.replace(/^[ \t]*the[ \t]+/i, '')).toLowerCase().replace(/\s+/g, ' ')).sort().join('|');
  if (a.length === 0) return false;
  if (key(a) === key(b)) return true;
  if (!meeting || a.length !== b.length) return false;
  const la = listedAs(a, meeting);
  return la !== undefined && la === listedAs(b, meeting);
}
/** The listed people `owners` resolve to, one each, as one key; undefined where one is nobody listed. */
function listedAs(owners: readonly string[], meeting: Meeting): string | undefined {
  const names: string[] = [];
  for (const x of owners) {
    const r = resolveMention(x, meeting);
    const p = r.kind === 'person' || r.kind === 'role' ? r.person : undefined;
    if (!p) return undefined;
    names.push(p.name.display);
  }
  return names.sort().join('|');
}

/** Whether the words at `at` open a sentence of the paragraph that starts on line `top`. */
function opensSentence(state: ParseState, at: Position, top: number): boolean {
  const before = (state.lines[at.line] ?? '').slice(0, at.character).trimEnd();
  if (before.length > 0) return SENTENCE_END.test(before);
  const above = at.line <= top ? '' : (state.lines[at.line - 1] ?? '').trimEnd();
  return above.length === 0 || SENTENCE_END.test(above);
}

/** The end of a sentence, of a lead-in or of a part label before the next sentence. */
const SENTENCE_END = /(?:[.!?;:]|^[ \t]*(?:\(?[a-z0-9]{1,4}\)|[-*•]))$/;

/** Whether the meeting's heading (its title lines, or the title read) holds `word` as a word of its own, in any case. */
function headingNames(state: ParseState, word: string): boolean {
  const heading = state.layout.heading?.title?.text ?? state.meeting?.title?.value ?? '';
  const w = word.toLowerCase();
  return heading.toLowerCase().split(/[^\p{L}]+/u).includes(w);
}
