/**
 * Runs the rules over a parsed document and applies the user's severities. Findings are
 * computed once per document version (the server caches them); severities are applied on output.
 */
import { RULES, type Finding, type Fix, type Rule, type RuleContext } from './rules/index';
import { duplicateNumber } from './rules/duplicateNumber';
import { outOfSequence } from './rules/outOfSequence';
import { unnumberedItem } from './rules/unnumberedItem';
import { logCaught } from './logger';
import type { DateValue, Item, Meeting, MinutesDocument, PeopleBlock } from './model';
import type { WorkspaceModel } from './workspace';
import { sameDate, sameItemNumber } from './acrossMeetings';
import type { MinutesSettings, Severity } from './settings';
import type { Range } from './types';
import { rangesEqual, rangesTouch } from './types';

export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: string;
  readonly related?: Finding['related'];
}

/**
 * The findings of a meeting's items from the rules that look at one item, with what they were
 * computed against: `findings[i]` is `items[i]`'s, in the rules' order.
 */
interface ItemFindings {
  readonly people: readonly PeopleBlock[];
  readonly next: DateValue | undefined;
  /** The meeting's date: a message may give a date after it as an example. */
  readonly date: string | undefined;
  readonly settings: MinutesSettings;
  readonly items: readonly Item[];
  readonly findings: ReadonlyArray<readonly Finding[]>;
}
// Parsed items never change; a re-parse of one item keeps the others' objects, and so their findings.
// One memo a meeting, the findings beside its items in their order, not one an item: a fresh parse's
// every item is a new object, and a weak map's entry for each of them (2,267 for the parish text's
// 1 MB) cost 4 % of the parse, the collector's work on them included. The analysis after an edit
// (`analyze`'s `previous`) takes the previous meeting's findings for the items it kept, found by
// their place (`itemsFindings`).
const itemFindings = new WeakMap<Meeting, ItemFindings>();

/** The rules that look at one item and are not turned off, in their order; the same array for the same settings. */
const itemRulesOf = new WeakMap<MinutesSettings, readonly Rule[]>();
function itemRules(settings: MinutesSettings): readonly Rule[] {
  let rules = itemRulesOf.get(settings);
  if (!rules) {
    rules = RULES.filter((r) => r.checkItem && settings.diagnostics[r.name] !== 'off');
    itemRulesOf.set(settings, rules);
  }
  return rules;
}

/** What the log says of a rule that threw: its findings are left out, the other rules' kept. */
const ruleFailed = (rule: Rule): string => `The rule ${rule.code} failed and was skipped (a bug of the rule)`;

function findingsOfItem(rules: readonly Rule[], ctx: RuleContext, item: Item): readonly Finding[] {
  // most items have no finding: they share one empty list rather than each making its own
  let findings: Finding[] | undefined;
  for (const rule of rules) {
    try {
      const found = rule.checkItem!(ctx, item);
      // a loop, not a spread: one item may hold a hundred thousand actions
      if (found.length > 0) { findings ??= []; for (const f of found) findings.push(f); }
    } catch (e) {
      // one faulty rule must not silence the others
      logCaught(ruleFailed(rule), e);
    }
  }
  return findings ?? NO_FINDINGS;
}

/**
 * The item rules' findings of `meeting`'s items, each item's worked out again only where the
 * previous meeting's memo does not hold the same item object computed against the same lists,
 * dates and settings. A re-parse replaces a run of items and keeps the others in their order: the
 * items kept are those the two lists share at their start and at their end (looked for by
 * identity, so an item that moved is only computed again).
 */
function itemsFindings(rules: readonly Rule[], ctx: RuleContext, previous: Meeting | undefined): ItemFindings {
  const m = ctx.meeting;
  const items = m.items;
  const findings: Array<readonly Finding[]> = new Array<readonly Finding[]>(items.length);
  const memo = previous !== undefined ? itemFindings.get(previous) : undefined;
  const usable = memo !== undefined && memo.people === m.people && memo.next === m.nextMeeting && memo.date === m.date?.iso && memo.settings === ctx.settings;
  const old = usable ? memo.items : [];
  let head = 0;
  while (head < items.length && head < old.length && items[head] === old[head]) { findings[head] = memo!.findings[head]; head++; }
  let tail = 0;
  while (tail < items.length - head && tail < old.length - head && items[items.length - 1 - tail] === old[old.length - 1 - tail]) {
    findings[items.length - 1 - tail] = memo!.findings[old.length - 1 - tail];
    tail++;
  }
  for (let i = head; i < items.length - tail; i++) findings[i] = findingsOfItem(rules, ctx, items[i]);
  const result: ItemFindings = { people: m.people, next: m.nextMeeting, date: m.date?.iso, settings: ctx.settings, items, findings };
  itemFindings.set(m, result);
  return result;
}
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** Where each rule stands in RULES: findings at one place are listed in the rules' order. */
const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.code, i]));

// The rules that read the whole document (duplicate numbers, sequence, unnumbered items) run again
// after each keystroke. A finding that says the same as last time about the same place (the range
// object of an item the keystroke did not touch) is last time's object: the server then joins its
// kept JSON instead of encoding it again (20,000 items of one number: 20,000 findings a keystroke).
const lastFinding = new WeakMap<Range, Finding>();

function kept(f: Finding): Finding {
  const last = lastFinding.get(f.range);
  if (last && sameFinding(last, f)) return last;
  lastFinding.set(f.range, f);
  return f;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.code === b.code && a.message === b.message && rangesEqual(a.range, b.range)
    && (a.offeredOn === b.offeredOn || (a.offeredOn !== undefined && b.offeredOn !== undefined && rangesEqual(a.offeredOn, b.offeredOn)))
    && a.fixes.length === b.fixes.length && a.fixes.every((x, i) => sameFix(x, b.fixes[i]))
    && (a.related?.length ?? 0) === (b.related?.length ?? 0) && (a.related ?? []).every((r, i) => r.message === b.related![i].message && rangesEqual(r.range, b.related![i].range));
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.title === b.title && a.preferred === b.preferred && a.edits.length === b.edits.length
    && a.edits.every((e, i) => e.newText === b.edits[i].newText && rangesEqual(e.range, b.edits[i].range));
}

/**
 * Rules whose findings on a document depend only on its numbering: the scheme, the meeting's date,
 * and each item's number and head. A keystroke that leaves those as they were keeps their
 * findings (20,000 items of one number: 20,000 duplicates not worked out again a keystroke).
 */
const NUMBERING_RULES: ReadonlySet<string> = new Set([duplicateNumber.code, outOfSequence.code, unnumberedItem.code]);

/** True when the numbering rules find the same in `b` as in `a`. Without a date the year may come from today: not kept. */
function sameNumbering(a: MinutesDocument, b: MinutesDocument): boolean {
  const x = a.meeting;
  const y = b.meeting;
  if (!x || !y || a.scheme !== b.scheme || !x.date || !sameDate(x.date, y.date) || x.items.length !== y.items.length) return false;
  for (let i = 0; i < x.items.length; i++) {
    const p = x.items[i];
    const q = y.items[i];
    if (p !== q && !(sameItemNumber(p.number, q.number) && rangesEqual(p.headRange, q.headRange))) return false;
  }
  return true;
}

/**
 * The findings of a document. `previous`, the analysis of the version before an edit with the
 * same settings, lets the numbering rules keep their findings when the edit left the numbering as it was.
 */
export function analyze(doc: MinutesDocument, lines: readonly string[], settings: MinutesSettings, today: Date, previous?: { readonly doc: MinutesDocument; readonly findings: readonly Finding[] }): Finding[] {
  const meeting = doc.meeting;
  if (!meeting) return [];
  const ctx = { doc, meeting, lines, settings, today };
  const out: Finding[] = [];
  const keepNumbering = previous !== undefined && sameNumbering(previous.doc, doc);
  for (const rule of RULES) {
    if (settings.diagnostics[rule.name] === 'off' || rule.checkItem) continue;
    try {
      if (keepNumbering && NUMBERING_RULES.has(rule.code)) { for (const f of previous.findings) if (f.code === rule.code) out.push(f); }
      // a loop, not a spread: a spread of 150,000 findings overflows the stack, and the rule would fall silent
      else for (const f of rule.check(ctx)) out.push(kept(f));
    } catch (e) {
      // one faulty rule must not silence the others
      logCaught(ruleFailed(rule), e);
    }
  }
  const rules = itemRules(settings);
  if (rules.length > 0) for (const found of itemsFindings(rules, ctx, previous?.doc.meeting).findings) for (const f of found) out.push(f);
  const order = (f: Finding): number => RULE_ORDER.get(f.code) ?? -1;
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || order(a) - order(b));
}

/** Findings of the rules that read across meetings, for the meeting of `uri`. */
export function analyzeAcrossMeetings(model: WorkspaceModel, uri: string, settings: MinutesSettings): Finding[] {
  const record = model.byUri.get(uri);
  if (!record) return [];
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (settings.diagnostics[rule.name] === 'off') continue;
    try {
      for (const f of rule.checkWorkspace({ model, record, settings })) out.push(f);
    } catch (e) {
      // one faulty rule must not silence the others
      logCaught(ruleFailed(rule), e);
    }
  }
  return out;
}

export { sameAcrossMeetings } from './acrossMeetings';

/** At most this many findings of one rule are listed in the editor for one file (see `listedFindings`). */
export const LISTED_PER_RULE = 500;

/**
 * The findings the editor lists: at most `max` of each rule, and where a rule found more, one
 * finding in their place that says how many more. 100,000 items of one number are 100,000
 * duplicates: listing them all would take seconds at every keystroke and helps no clerk, who
 * puts the first ones right (or renumbers) and sees the rest listed in their turn. Fixes that
 * work on all of a rule's findings ("fix all") still read every finding, not this list.
 */
export function listedFindings(findings: readonly Finding[], max = LISTED_PER_RULE): readonly Finding[] {
  if (findings.length <= max) return findings;
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  if ([...counts.values()].every((n) => n <= max)) return findings;
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const f of findings) {
    const k = (seen.get(f.code) ?? 0) + 1;
    seen.set(f.code, k);
    if (k <= max) out.push(f);
    else if (k === max + 1) {
      const more = counts.get(f.code)! - max;
      const rule = RULES.find((r) => r.code === f.code);
      out.push({
        code: f.code, range: f.range, fixes: [],
        message: `${more.toLocaleString('en-GB')} more like the ${max} listed above${rule ? ` (${rule.description.replace(/[.:]\s*$/, '')})` : ''} are not listed one by one, so that typing stays quick. Put the listed ones right and the rest are listed in their turn.`,
      });
    }
  }
  return out;
}

export function severityOf(code: string, settings: MinutesSettings): Severity | undefined {
  const rule = RULES.find((r) => r.code === code);
  if (!rule) return undefined;
  const s = settings.diagnostics[rule.name];
  if (s === 'off') return undefined;
  return s === undefined || s === 'default' ? rule.severity : s;
}

export function toDiagnostics(findings: readonly Finding[], settings: MinutesSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const severity = severityOf(f.code, settings);
    if (severity) out.push(toDiagnostic(f, severity));
  }
  return out;
}

/** A finding as a diagnostic of the severity the settings give its rule (`severityOf`). */
export function toDiagnostic(f: Finding, severity: Severity): Diagnostic {
  return { code: f.code, severity, range: f.range, message: f.message, related: f.related };
}

/** The rules whose findings may all be fixed at once, by their code (`Rule.fixAllTitle`). */
const FIX_ALL_TITLES: ReadonlyMap<string, (n: number) => string> = new Map(RULES.flatMap((r) => (r.fixAllTitle ? [[r.code, r.fixAllTitle] as const] : [])));

export interface CodeFix extends Fix {
  readonly finding: Finding;
}

/** Fixes for the findings touching `range`, plus a "fix all" per rule where a rule has several fixable findings. */
export function fixesAt(findings: readonly Finding[], range: Range, settings: MinutesSettings): CodeFix[] {
  const out: CodeFix[] = [];
  for (const f of findings) {
    if (!severityOf(f.code, settings) || !rangesTouch(f.offeredOn ?? f.range, range)) continue;
    for (const fix of f.fixes) out.push({ ...fix, finding: f });
  }
  const here = new Set(out.map((f) => f.finding.code));
  for (const code of here) {
    const title = FIX_ALL_TITLES.get(code);
    if (!title) continue; // the other rules' fixes each need a human choice
    const all = findings.filter((f) => f.code === code && f.fixes.length > 0);
    if (all.length < 2) continue;
    const edits = all.map((f) => (f.fixes.find((x) => x.preferred) ?? f.fixes[0]).edits).flat();
    out.push({ title: title(all.length), edits, finding: all[0] });
  }
  return out;
}
