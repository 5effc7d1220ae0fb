import { draftsOnly, defineRule, type Finding, type RuleContext } from './rule';
import { resolveMention, type Resolution } from '../attendance';
import { CANONICAL } from '../markup';
import type { Meeting, Mention, PeopleBlock } from '../model';
import { parseAttendanceLine, parseName, stripTitles, type PersonName } from '../people';
import { hasJoined, joinedBySurname } from '../arrivals';

/**
 * The fullest name the meeting writes (arrivals, presenters, owners, askers) for each surname, and
 * for each surname and first name (keys `surname` and `surname first`, lower case): built once
 * per check of a meeting, so each unknown name is looked up, not compared with every other.
 */
function fullestBySurname(meeting: Meeting): Map<string, PersonName> {
  const out = new Map<string, PersonName>();
  const keep = (key: string, n: PersonName): void => { const had = out.get(key); if (!had || n.words.length > had.words.length) out.set(key, n); };
  // a name written again changes nothing (only a longer one replaces): each is parsed once, an owner recurs in every item
  const seen = new Set<string>();
  const add = (w: Mention): void => {
    if (seen.has(w.text)) return;
    seen.add(w.text);
    const n = parseName(w.text);
    if (!n) return;
    const sur = n.surname.toLowerCase();
    keep(sur, n);
    keep(`${sur} ${n.words[0].toLowerCase()}`, n);
  };
  for (const item of meeting.items) {
    // in the order they are written in the item: arrivals, presenters, owners, askers
    for (const a of item.arrivals) add(a.name);
    for (const p of item.presenters) for (const n of p.names) add(n);
    for (const a of item.actions) for (const o of a.owners) add(o);
    for (const q of item.questions) if (q.asker) add(q.asker);
  }
  return out;
}

/**
 * The fullest way the meeting writes this person's name, without the rank: "Zaffar" owns an
 * action, "Cllr Waseem Zaffar joined the meeting" gives "Waseem Zaffar". The mention itself when
 * nothing fuller is written.
 */
function fullestName(mention: string, fullest: ReadonlyMap<string, PersonName>): string {
  const wanted = parseName(mention);
  const best = stripTitles(mention) || mention;
  if (!wanted) return best;
  const sur = wanted.surname.toLowerCase();
  const n = fullest.get(wanted.words.length === 1 ? sur : `${sur} ${wanted.words[0].toLowerCase()}`);
  return n && n.words.length > wanted.words.length ? n.display : best;
}

/**
 * The line *Add … to Present* writes, in the block's own form and with nothing the clerk must
 * replace before publishing: the name alone when no role is known, else the name and the role
 * joined as the block's last line with a role joins them (`Name : Role`, `Name – Role`,
 * `Name (Role)`), canonically when no line of the block has a role.
 */
function presentLine(block: PeopleBlock, lines: readonly string[], name: string, role: string | undefined): string {
  if (!role) return name;
  const model = [...block.people].reverse().find((p) => p.roleRange && p.roleRange.start.line === p.nameRange.end.line && p.roleRange.end.line === p.roleRange.start.line);
  if (!model?.roleRange) return `${name}${CANONICAL.personSeparator}${role}`;
  const text = lines[model.nameRange.end.line] ?? '';
  const between = text.slice(model.nameRange.end.character, model.roleRange.start.character);
  const after = text.slice(model.roleRange.end.character).trimEnd();
  // initials written between the name and the role (`Simon Foster (SF) : …`) are the listed person's, not the new one's
  const separator = between.replace(/^[ \t]*[([][A-Z]{1,4}[)\]]/, '') || CANONICAL.personSeparator;
  return `${name}${separator}${role}${/^[)\]]$/.test(after) ? after : ''}`;
}

/**
 * A role written with the name (`Lee Jones (Director of Finance)`), or after it on the presenter's
 * line as a role nobody here holds (`Presented by: Waseem Zaffar, Head of Transport`).
 */
function writtenRole(mention: Mention, next: Mention | undefined, meeting: Meeting, bodies: readonly string[]): { name: string; role?: string } {
  const line = parseAttendanceLine(mention.text);
  if (line && line.roleStart !== undefined && line.form !== 'bare') {
    return { name: mention.text.slice(line.nameStart, line.nameEnd), role: mention.text.slice(line.roleStart, line.roleEnd) };
  }
  if (next && next.range.start.line === mention.range.end.line) {
    const r = resolveMention(next.text, meeting, bodies);
    if (r.kind === 'role' && !r.person) return { name: mention.text, role: next.text.trim() };
  }
  return { name: mention.text };
}

/**
 * What one check of a meeting works out once: the arrivals and fullest names (built on the first
 * unknown name), and, by the mention's text, whether they joined and how the fix writes them. The
 * same owner ("Head of Legal") goes unlisted in dozens of items: each is worked out once.
 */
interface Names {
  readonly present: PeopleBlock | undefined;
  joined?: Map<string, PersonName[]>;
  fullest?: Map<string, PersonName>;
  readonly hasJoined: Map<string, boolean>;
  readonly fullestName: Map<string, string>;
  /**
   * What a mention's finding says, null for a mention that is no finding: by the words of a
   * mention alone on its line, for each `what` (no string is made to look most of them up), and
   * by what, words and role for one with a role after it.
   */
  readonly verdicts: Map<string, Map<string, Verdict | null>>;
  readonly withRole: Map<string, Verdict | null>;
}

/** All a finding of a mention says but where it is: a function of the mention's words (and a role written after it on its line). */
interface Verdict {
  readonly message: string;
  /** The name as the attendance lists would write it, when they say otherwise. */
  readonly suggestion?: string;
  /** The title and line of the fix that adds the person to the Present list, when there is one. */
  readonly add?: { readonly title: string; readonly line: string };
}

function check(ctx: RuleContext, code: string, names: Names, mention: Mention, what: string, next: Mention | undefined, out: Finding[]): void {
  // most mentions name someone listed: told by the attendance index's own memo, before any of ours
  const r = resolveMention(mention.text, ctx.meeting, ctx.settings.bodies);
  if (r.kind !== 'unknown') return;
  // the next mention is read only when it stands on the mention's line (`writtenRole`)
  const role = next && next.range.start.line === mention.range.end.line ? next : undefined;
  let memo: Map<string, Verdict | null> | undefined;
  let key = mention.text;
  if (role) { memo = names.withRole; key = `${what}\n${key}\n${role.text}`; } else {
    memo = names.verdicts.get(what);
    if (!memo) names.verdicts.set(what, (memo = new Map()));
  }
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = verdict(ctx, names, r, mention, what, role)));
  if (v === null) return;
  const fixes = [];
  if (v.suggestion !== undefined) fixes.push({ title: `Change to ${v.suggestion}`, preferred: true, edits: [{ range: mention.range, newText: v.suggestion }] });
  const present = names.present;
  if (present && v.add) {
    const last = present.people[present.people.length - 1];
    const at = last ? last.range.end : present.labelRange.end;
    fixes.push({ title: v.add.title, edits: [{ range: { start: at, end: at }, newText: v.add.line }] });
  }
  out.push({ code, range: mention.range, fixes, message: v.message });
}

/** What the finding of a mention `r` finds unknown says (see `Verdict`), or null when they are said to have joined. */
function verdict(ctx: RuleContext, names: Names, r: Extract<Resolution, { kind: 'unknown' }>, mention: Mention, what: string, next: Mention | undefined): Verdict | null {
  const m = ctx.meeting;
  // "Cllr Waseem Zaffar joined the meeting at 21:23": they attended, as the minutes say
  if (!r.suggestion) {
    let joined = names.hasJoined.get(mention.text);
    if (joined === undefined) names.hasJoined.set(mention.text, (joined = hasJoined(mention.text, names.joined ??= joinedBySurname(m))));
    if (joined) return null;
  }
  const written = writtenRole(mention, next, m, ctx.settings.bodies);
  let name = names.fullestName.get(written.name);
  if (name === undefined) names.fullestName.set(written.name, (name = fullestName(written.name, names.fullest ??= fullestBySurname(m))));
  const present = names.present;
  const advice = r.suggestion
    ? `Did you mean ${r.suggestion.written}? If not, add them under ${CANONICAL.blocks.present}`
    : `If they attended, add them under ${CANONICAL.blocks.present} (or say when they joined: "${name} joined the meeting at 10:40")`;
  return {
    message: `${what} "${mention.text}" is not in the attendance lists. ${advice}`,
    ...(r.suggestion ? { suggestion: r.suggestion.written } : {}),
    ...(present ? { add: { title: `Add ${name} to ${CANONICAL.blocks.present.replace(':', '')}`, line: `\n${presentLine(present, ctx.lines, name, written.role)}` } } : {}),
  };
}

// A whole-meeting rule, not one item at a time: "X joined the meeting" in one item settles an
// owner in another, so an item's findings depend on the others.
export const unknownPerson = draftsOnly(defineRule('unknown-person', 'warning', 'A presenter or action owner who is not in the Present, Apologies or In attendance lists, nor said to have joined the meeting.', (ctx, code) => {
  const out: Finding[] = [];
  if (ctx.meeting.people.length === 0) return out; // no lists yet: nothing to check against
  const names: Names = { present: ctx.meeting.people.find((b) => b.kind === 'present'), hasJoined: new Map(), fullestName: new Map(), verdicts: new Map(), withRole: new Map() };
  for (const item of ctx.meeting.items) {
    for (const p of item.presenters) for (let i = 0; i < p.names.length; i++) check(ctx, code, names, p.names[i], 'Presenter', p.names[i + 1], out);
    for (const a of item.actions) if (!a.ownerInferred) for (const o of a.owners) check(ctx, code, names, o, 'Owner', undefined, out);
  }
  return out;
}));
