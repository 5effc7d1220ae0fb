/**
 * Motions, amendments and their votes as our markup writes them, kept as data on the item:
 *
 *     MOTION: That the budget for 2026/27 be approved.
 *     Moved: Cllr Ahmed
 *     Seconded: Cllr Brown
 *     Vote: For 7, Against 3, Abstain 1
 *     For: Cllr Ahmed, Cllr Brown, …        (a recorded vote: the names)
 *     Against: … / Abstained: …
 *     Casting vote: Cllr Ortega (Chair)
 *     Result: Carried                       (Carried, Lost, Withdrawn)
 *
 * The line matchers are pure and never throw; the inline recogniser `parse/content/proceedings.ts`
 * records what they find. Published minutes' sentences (`Motion by X, second by Y … carried 4-0`)
 * are `forms/votes.ts`' and stay on the decision; the count words are read by its `matchVote`.
 */
import type { Located, Mention } from '../model';
import type { Range } from '../types';
import type { Span } from '../constructs';
import { matchVote } from '../forms/votes';
import { splitNames } from '../people';

export type MotionResult = 'carried' | 'lost' | 'withdrawn';

export interface RecordedVote {
  readonly for?: number;
  readonly against?: number;
  readonly abstain?: number;
  /** A recorded vote: the names under `For:`, `Against:`, `Abstained:`. */
  readonly ayes?: readonly Mention[];
  readonly nays?: readonly Mention[];
  readonly abstainers?: readonly Mention[];
  readonly unanimous?: boolean;
  /** "Agreed without a vote" (`Vote: without a vote`, `Vote: by consent`). */
  readonly withoutVote?: boolean;
  /** The `Vote:` line, where the counts are written (a fix rewrites them). */
  readonly countsRange?: Range;
  readonly castingVote?: Mention;
}

export interface Motion {
  readonly kind: 'motion' | 'amendment';
  /** The motion's words (`That the budget … be approved.`), empty when only `Moved:` is written. */
  readonly text: string;
  readonly range: Range;
  readonly mover?: Mention;
  readonly seconder?: Mention;
  readonly vote: RecordedVote;
  readonly result?: Located<MotionResult>;
}

/** The keywords of a proceedings line, each at the start of the line with a colon. */
export type ProceedingKey = 'motion' | 'amendment' | 'moved' | 'seconded' | 'vote' | 'for' | 'against' | 'abstained' | 'casting' | 'result' | 'interest';

const KEY = /^[ \t]*(?:[-*][ \t]+)?(MOTION|AMENDMENT|Moved(?:[ \t]+by)?|Proposed(?:[ \t]+by)?|Seconded(?:[ \t]+by)?|Vote|For|Against|Abstain(?:ed|ing|tions?)?|Casting[ \t]+vote|Result|Interest|Declaration(?:[ \t]+of[ \t]+interest)?)[ \t]*:[ \t]*/i;

export interface ProceedingLine {
  readonly key: ProceedingKey;
  /** The value after the colon, as offsets in the line (trailing spaces and a full stop left out). */
  readonly value: Span;
}

/** The characters `KEY` may find first after the spaces and tabs: a keyword's first letter, or a bullet. */
const FIRST = new Uint8Array(128);
for (const c of 'MmAaPpSsVvFfCcRrIiDd*-') FIRST[c.charCodeAt(0)] = 1;

/** A line of proceedings in our markup (`Moved: Cllr Ahmed`), or undefined. */
export function matchProceedingLine(line: string): ProceedingLine | undefined {
  // asked of every line of every item, nearly all prose: declined without a regular expression or
  // a string made when the first character after the indent cannot start `KEY`, or no colon follows
  let i = 0;
  let c = line.charCodeAt(0);
  while (c === 0x20 || c === 0x09) c = line.charCodeAt(++i);
  if (!(c < 128 && FIRST[c] === 1) || line.indexOf(':', i) < 0) return undefined;
  const m = KEY.exec(line);
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  // `MOTION:` and `AMENDMENT:` are written in capitals, like `ACTION:` and `DECISION:`
  if ((w === 'motion' || w === 'amendment') && m[1] !== m[1].toUpperCase()) return undefined;
  const key: ProceedingKey = w === 'motion' ? 'motion' : w === 'amendment' ? 'amendment' : /^(?:moved|proposed)/.test(w) ? 'moved'
    : w.startsWith('seconded') ? 'seconded' : w === 'vote' ? 'vote' : w === 'for' ? 'for' : w === 'against' ? 'against'
      : w.startsWith('abstain') ? 'abstained' : w.startsWith('casting') ? 'casting' : w === 'result' ? 'result' : 'interest';
  let end = line.length;
  while (end > m[0].length && /[\s.]/.test(line[end - 1])) end--;
  return { key, value: { start: m[0].length, end } };
}

/** `Result: Carried` (also `Carried unanimously`, `Lost`, `Defeated`, `Withdrawn`). */
export function readResult(value: string): { result: MotionResult; unanimous: boolean } | undefined {
  const m = /^(carried|agreed|passed|lost|defeated|fell|withdrawn)\b(.*)$/i.exec(value.trim());
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  return { result: w === 'withdrawn' ? 'withdrawn' : /lost|defeated|fell/.test(w) ? 'lost' : 'carried', unanimous: /unanimous|nem/i.test(m[2]) };
}

/** The line opens with the result's word (or `Motion` before it): the first letters the content recogniser's gate lets through. */
const RESULT_FIRST = /^(?:motion[ \t]|carried|passed|approved|adopted|lost|failed|defeated)/i;

/**
 * A motion's result written alone on its line, without `Result:`: `CARRIED`, `CARRIED (4-1)`, `Carried
 * unanimously.`, `DEFEATED`, `Motion lost 2-5` (North American councils print the result so, under the
 * resolution that `Moved by:` and `Seconded by:` opened). The whole line is the result and its count,
 * read as forms/votes.ts reads a vote; a line with anything more is no result of this kind.
 */
export function readBareResult(line: string): { result: MotionResult; unanimous: boolean; for?: number; against?: number; abstain?: number } | undefined {
  const t = line.trim();
  if (t.length === 0 || t.length > 60 || !RESULT_FIRST.test(t)) return undefined;
  const v = matchVote(t);
  if (!v?.result || v.start !== 0 || v.mover || v.seconder || v.ayes || v.nays || v.abstainers) return undefined;
  // after what the vote read, at most the count's closing bracket and a full stop
  if (!/^[ \t)]*\.?$/.test(t.slice(v.end))) return undefined;
  return { result: v.result, unanimous: v.unanimous, ...(v.for !== undefined ? { for: v.for } : {}), ...(v.against !== undefined ? { against: v.against } : {}), ...(v.abstentions !== undefined ? { abstain: v.abstentions } : {}) };
}

/** `Vote: For 7, Against 3, Abstain 1`, `Vote: unanimous`, `Vote: without a vote`. */
export function readCounts(value: string): Pick<RecordedVote, 'for' | 'against' | 'abstain' | 'unanimous' | 'withoutVote'> | undefined {
  if (/^(?:without[ \t]+a[ \t]+vote|by[ \t]+consent|by[ \t]+acclamation|no[ \t]+vote)\b/i.test(value.trim())) return { withoutVote: true };
  const v = matchVote(value);
  if (v && (v.for !== undefined || v.against !== undefined || v.abstentions !== undefined || v.unanimous)) {
    return { for: v.for, against: v.against, abstain: v.abstentions, unanimous: v.unanimous && v.against === undefined ? true : v.unanimous || undefined };
  }
  // one count alone ("For 9") is still this line's count: the keyword says it is a vote
  const one = /^(for|in[ \t]+favou?r|against|abstain\w*)[ \t]*:?[ \t]*(\d{1,3})$/i.exec(value.trim());
  if (one) {
    const n = Number(one[2]);
    return /^against/i.test(one[1]) ? { against: n } : /^abstain/i.test(one[1]) ? { abstain: n } : { for: n };
  }
  return undefined;
}

/** The names of a recorded vote's list (`Cllr Ahmed, Cllr Brown and Cllr Chen`); `None` gives none. */
export function readNames(value: string): Span[] {
  if (/^(?:none|nil|no[ \t]+one|0)$/i.test(value.trim())) return [];
  return splitNames(value).filter((p) => p.end > p.start);
}

/** The number of votes a vote records: the counts when written, the named lists otherwise. */
export function tally(v: RecordedVote): { for: number; against: number; abstain: number } | undefined {
  const f = v.for ?? v.ayes?.length;
  const a = v.against ?? v.nays?.length;
  const ab = v.abstain ?? v.abstainers?.length;
  if (f === undefined && a === undefined && ab === undefined) return undefined;
  return { for: f ?? 0, against: a ?? 0, abstain: ab ?? 0 };
}

/** Who a motion records taking part, in a clerk's words for each part (`moved`, `voted for` …). */
export function participants(m: Motion): Array<{ readonly who: Mention; readonly did: string }> {
  const out: Array<{ who: Mention; did: string }> = [];
  if (m.mover) out.push({ who: m.mover, did: `moved the ${m.kind}` });
  if (m.seconder) out.push({ who: m.seconder, did: `seconded the ${m.kind}` });
  for (const w of m.vote.ayes ?? []) out.push({ who: w, did: 'voted for' });
  for (const w of m.vote.nays ?? []) out.push({ who: w, did: 'voted against' });
  for (const w of m.vote.abstainers ?? []) out.push({ who: w, did: 'abstained' });
  if (m.vote.castingVote) out.push({ who: m.vote.castingVote, did: 'gave the casting vote' });
  return out;
}
