/**
 * A division recorded by name, a side a line: `For (6): Councillors Boateng, Fairbairn, …` ⏎ `Against (2): Councillors
 * Crewdson and Nwachukwu.` ⏎ `Abstention (0).`; `For: Cllrs Ansell, Harcourt (6)` ⏎ `Against: Cllrs Okoro, Penhaligon (2)`
 * ⏎ `Abstain: none`; `Yeas (4): Mayor Ferreira, …` ⏎ `Nays (2): …` ⏎ `Carried (4 to 2)`. Each side's count (as printed,
 * else its names counted) and its names are kept as the vote of the decision the division records: the item's decision
 * just above it, or, where the division comes first (`A recorded vote was requested …` before the resolution), the
 * item's next decision (`pendingVotes.ts`).
 */
import type { Segment } from '../../text';
import type { Span } from '../../constructs';
import type { Vote } from '../../forms';
import { splitNames } from '../../people';
import type { InlineRecogniser, Line } from './inline';
import { indexOf } from './publishedDecisions';
import { joinSegments, voteRecord } from './joined';
import { isDebris } from './paragraphs';
import { startLetters } from './keywords';
import { parseNote, type ParseState } from '../state';
import { voteFor } from './pendingVotes';

/** A side's line: its label, its count in brackets or a colon (a count, a colon or both: `For (6):`, `For:`, `Abstention (0).`). */
// (asked of the line without its closing blanks: a run of blanks before its end is tried once, not from each blank)
const SIDE = /^[ \t]*(for|against|ayes|yeas|nays|noes|abstain(?:ed|ing|s)?|abstentions?|in[ \t]+favou?r)(?:[ \t]*\((\d{1,3})\))?[ \t]*(:|\.?$)/i;
/** The names of a side the page wrapped onto the next line (`Stirling and Yardley.`, `Aucoin`): capitalised words, commas and `and` only. */
// (asked of the line without its closing blanks; a result's or a decision's word opening it is none: `Carried`, `RESOLVED`)
const NAMES_RUN_ON = /^[ \t]*(?!(?:Carried|CARRIED|Lost|LOST|Defeated|DEFEATED|Passed|PASSED|Failed|FAILED|Resolved|RESOLVED|Agreed|AGREED|That|THAT|The|THE)\b)\p{Lu}[\p{L}'’.-]*(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+)\p{Lu}[\p{L}'’.-]*){0,12}[.,;]?$/u;
/** The result after the division (`Carried (4 to 2)`, `The motion was CARRIED.`, `Lost`). */
const RESULT = /^[ \t]*(?:the[ \t]+(?:motion|amendment|recommendation)[ \t]+was[ \t]+)?(carried|lost|defeated|passed|failed)\b/i;
/** A side's names written as none (`Abstain: none`, `Against: nil`). */
const NONE = /^[ \t]*(?:none|nil|no[ \t]+one|0)[ \t.]*$/i;
/** Titles written once for all the side's names (`Councillors Boateng, …`, `Cllrs Ansell, …`). */
const SHARED_TITLE = /^[ \t]*(?:Councillors|Cllrs\.?|Crs\.?|Members|Council[ \t]+Members|Governors|Trustees)[ \t]+/;
/** A count printed after the names (`… Whiteoak (6)`). */
const COUNT_AFTER = /\((\d{1,3})\)[ \t.]*$/;

/** The lines of the division read already: the item and its last line (each later line of it is taken, nothing more). */
const READ = parseNote<{ readonly item: object; readonly last: number }>('division read');

type Side = 'for' | 'against' | 'abstentions';

function sideOf(label: string): Side {
  const l = label.toLowerCase();
  return l.startsWith('ag') || l.startsWith('na') || l.startsWith('no') ? 'against' : l.startsWith('ab') ? 'abstentions' : 'for';
}

/** Whether a line is a side's (SIDE, with its count or its colon). */
function sideLine(text: string): RegExpExecArray | null {
  const m = SIDE.exec(text.trimEnd());
  return m && (m[2] !== undefined || m[3] === ':') ? m : null;
}

/** Whether the names of the side a line holds end unfinished (no closing stop or bracket): the next line may carry them on. */
function unfinished(text: string): boolean {
  return !/[.)][ \t]*$/.test(text);
}

export function division(line: Line): boolean {
  const { state, seg, item } = line;
  const first = sideLine(line.body);
  if (!first || line.from > 0) return false;
  // (a side's line of a division read already: taken, nothing more)
  const done = state.kept(READ);
  if (done && done.item === item && seg.line <= done.last) return true;
  // the division's lines: the sides, their names wrapped onto the lines below, the page's furniture between, its result
  const k = indexOf(state, seg);
  if (k < 0) return false;
  const segs: Segment[] = [seg];
  let sides = 1;
  let open = unfinished(seg.text);
  let result: Segment | undefined;
  for (let n = k + 1; n < state.segs.length && segs.length < 16; n++) {
    const s = state.segs[n];
    if (isDebris(state, s)) continue;
    if (s.text.trim().length === 0) { if (open) continue; break; }
    if (sideLine(s.text)) { segs.push(s); sides++; open = unfinished(s.text); continue; }
    if (RESULT.test(s.text)) { result = s; break; }
    if (open && NAMES_RUN_ON.test(s.text.trimEnd())) { segs.push(s); open = unfinished(s.text); continue; }
    break;
  }
  if (sides < 2 || !namesPeople(segs)) return false;
  const all = result ? [...segs, result] : segs;
  const j = joinSegments(all, 0, '\n');
  const v = readDivision(j.text, result !== undefined);
  if (!v || v.for === undefined) return false;
  state.keep(READ, { item, last: all[all.length - 1].line });
  // (an amendment's division, `The amendment was LOST.`, is no decision's vote)
  if (result && AMENDMENT.test(result.text)) return true;
  // closed by its result (`Carried (4 to 2)`), the vote on the motion above, whose clauses the reader may have cut short;
  // followed by a decision (`A recorded vote was requested …` ⏎ the sides ⏎ `RESOLVED: …`), that decision's; else the one above
  const below = !result && decisionBelow(state, indexOf(state, all[all.length - 1]));
  voteFor(state, item, seg, voteRecord(state, j, v), below, result ? 12 : undefined, all[all.length - 1].line);
  return true;
}

/** A result that is an amendment's (`The amendment was LOST.`). */
const AMENDMENT = /\bamendment\b/i;
/** A line that opens a decision (`RESOLVED: …`, `It was RESOLVED …`, `THAT …`, `The Council RESOLVED …`). */
const DECISION_OPENS = /^[ \t]*(?:(?:it[ \t]+was[ \t]+)?(?:unanimously[ \t]+)?resolved\b|that[ \t]|(?:the[ \t]+)?(?:council|board|committee|cabinet|panel|governors|trustees)[ \t]+(?:resolved|agreed|approved|decided)\b)/i;

/** Whether a decision opens on one of the three lines that are not blank after segment `k`. */
function decisionBelow(state: ParseState, k: number): boolean {
  let seen = 0;
  for (let n = k + 1; n < state.segs.length && seen < 3; n++) {
    const t = state.segs[n].text;
    if (t.trim().length === 0 || isDebris(state, state.segs[n])) continue;
    seen++;
    if (DECISION_OPENS.test(t)) return true;
  }
  return false;
}

/** A side's words that are names: titled (`Councillors …`, `Cllr A Roe`, `Mayor Ferreira`), or none (`none`, `nil`). */
const TITLED_NAMES = /^[ \t]*(?:none|nil|no[ \t]+one|0|(?:Councillors?|Cllrs?\.?|Crs?\.?|Council[ \t]+Members?|Mayor|Deputy[ \t]+Mayor|Alderm[ae]n|Ald\.|Trustees?|Governors?|Directors?|Commissioners?|Supervisors?|Members?|Mr|Mrs|Ms|Miss|Dr)\b)/i;

/**
 * Whether the division's sides name people, as a division does, never arguments (`For: Option A is cheaper, …` ⏎ `Against:
 * it needs consent`): a side's count in brackets (`For (6):`, `… Whiteoak (6)`), the vote's own labels (`Yeas`, `Nays`,
 * `Ayes`, `Noes`), or titled names after the label.
 */
function namesPeople(segs: readonly Segment[]): boolean {
  return segs.every((s) => {
    const m = sideLine(s.text);
    if (!m) return true;
    const rest = s.text.slice(m[0].length);
    return m[2] !== undefined || /^[ \t]*(?:yeas|nays|ayes|noes)/i.test(m[1]) || COUNT_AFTER.test(rest.trimEnd()) || TITLED_NAMES.test(rest);
  });
}

/** The vote a division's lines give (`text`: its lines joined by line feeds; `withResult`: its last line is the result). */
function readDivision(text: string, withResult: boolean): Vote | undefined {
  const counts: Partial<Record<Side, number>> = {};
  const names: Partial<Record<Side, Span[]>> = {};
  let side: Side | undefined;
  let region: { start: number; end: number } | undefined;
  let end = 0;
  let result: Vote['result'];
  // (the text with its line feeds as blanks, the same length: names are read across the lines)
  const flat = text.replace(/\n/g, ' ');
  const close = (): void => {
    if (!side || !region) return;
    let { start, end: e } = region;
    const title = SHARED_TITLE.exec(flat.slice(start, e));
    if (title) start += title[0].length;
    const after = COUNT_AFTER.exec(flat.slice(start, e));
    if (after) { counts[side] ??= Number(after[1]); e = start + after.index; }
    while (e > start && /[ \t.;,]/.test(flat[e - 1])) e--;
    const words = flat.slice(start, e);
    const list = words.trim().length === 0 || NONE.test(words) ? [] : splitNames(words).map((p) => ({ start: start + p.start, end: start + p.end }));
    names[side] ??= list;
    counts[side] ??= list.length;
  };
  const lines = text.split('\n');
  let at = 0;
  lines.forEach((l, n) => {
    const m = sideLine(l);
    if (withResult && n === lines.length - 1) {
      close();
      side = undefined;
      const r = RESULT.exec(l);
      if (r) { result = /lost|defeated|failed/i.test(r[1]) ? 'lost' : 'carried'; end = at + l.trimEnd().length; }
    } else if (m) {
      close();
      side = sideOf(m[1]);
      if (m[2] !== undefined) counts[side] ??= Number(m[2]);
      region = { start: at + m[0].length, end: at + l.length };
      end = at + l.trimEnd().length;
    } else if (region) {
      region = { start: region.start, end: at + l.length };
      end = at + l.trimEnd().length;
    }
    at += l.length + 1;
  });
  close();
  if (counts.for === undefined) return undefined;
  return {
    start: 0, end, for: counts.for, against: counts.against, abstentions: counts.abstentions,
    ayes: names.for, nays: names.against, abstainers: names.abstentions,
    unanimous: (counts.against ?? 0) === 0 && (counts.abstentions ?? 0) === 0 && counts.for > 0,
    result,
  };
}

// gate: a side's first letter (for, against, ayes, yeas, nays, noes, abstain, in favour): a side's line read already is taken
// (the names wrapped onto the lines between are no side's, and are read as they always were: prose of no form)
export const DIVISION: InlineRecogniser = { name: 'division', starts: startLetters('fanyi'), run: division };
