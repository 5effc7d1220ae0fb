/**
 * How what the language service reads is compared with what a careful reader found (the
 * `.expect.json` files): the readers of the service's model, the comparisons with exactly the
 * tolerance the reader's rules allow, one check per field (reading.test.ts), and the same
 * comparisons counted element by element (readingScore.ts: how many of the expected items, people,
 * actions, decisions and statuses are read exactly, and how many are read that the reader did not find).
 */
import { resolveMention, formatNumber, type Analysis, type Item, type Meeting, type MinutesDocument } from '#service';
import { textIn } from './util';
import type { ActionExpectation, DecisionExpectation, DocumentExpectation, ListKind, PersonExpectation, StatusExpectation, StatusWord } from './readerExpectations';

/** The fields checked, one test each; these are the words gaps.json uses. */
export const FIELDS = ['title', 'date', 'numbering', 'items', 'subItems', 'people', 'actions', 'decisions', 'statuses', 'falseAlarms'] as const;
export type Field = (typeof FIELDS)[number];

// ---------------------------------------------------------------------------------------------
// Comparison, with exactly the tolerance the reader's rules allow.

/** Case, runs of spaces and a trailing colon or full stop do not count. */
function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.:]+$/, '').trim();
}

/** A number as printed, without the `.`, `:` or tab that follows it. */
function normNumber(s: string | null | undefined): string {
  return norm((s ?? '').replace(/[.:\t\s]+$/, ''));
}

/**
 * The found text starts with the expected first words (case and spaces apart): whole words, so that
 * `the report` is not found in `the reports of the committees` (the rules ask for first words, not
 * first letters).
 */
function startsWith(found: string, expected: string): boolean {
  const f = norm(found);
  const e = norm(expected);
  return f.startsWith(e) && (f.length === e.length || !/[\p{L}\p{N}]/u.test(f.charAt(e.length)));
}

export function show(s: string | null | undefined): string {
  return s === undefined || s === null ? '(none)' : JSON.stringify(s);
}

/**
 * Two lists compared in order: undefined when they agree, else the counts and the first
 * difference, with both sides shown.
 */
function compareLists<E, F>(what: string, expected: readonly E[], found: readonly F[], same: (e: E, f: F) => boolean, showE: (e: E) => string, showF: (f: F) => string): string | undefined {
  const n = Math.max(expected.length, found.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const f = found[i];
    if (i < expected.length && i < found.length && same(e, f)) continue;
    const exp = i < expected.length ? showE(e) : '(nothing more)';
    const got = i < found.length ? showF(f) : '(nothing more)';
    return `expected ${expected.length} ${what}, found ${found.length}; first difference at #${i + 1}:\n    expected ${exp}\n    found    ${got}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading the service's model. One place, so that when the parser's model grows (sub-items,
// qualifiers, a board's own number, actions outside items) only these functions change.

interface FoundItem {
  readonly number: string | null;
  readonly title: string;
  readonly item: Item;
  readonly subItems: FoundItem[];
}

/** Optional properties the current model may not have yet (read without trusting their type). */
function prop(o: unknown, name: string): unknown {
  return o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[name] : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function numberOf(it: Item): string | null {
  if (!it.number) return null;
  return (str(prop(it.number, 'written')) ?? formatNumber(it.number)).trim();
}

/** Items with a parent (if the model keeps sub-items among the items) are not items. */
function itemTree(m: Meeting): FoundItem[] {
  const top = m.items.filter((it) => prop(it, 'parent') == null);
  const toFound = (it: Item): FoundItem => {
    const own = prop(it, 'subItems') ?? prop(it, 'children');
    const flat = m.items.filter((c) => prop(c, 'parent') === it);
    const subs = [...(Array.isArray(own) ? (own as Item[]) : []), ...flat];
    return { number: numberOf(it), title: it.title, item: it, subItems: subs.map(toFound) };
  };
  return top.map(toFound);
}

interface FoundPerson {
  readonly list: string;
  readonly name: string;
  readonly title?: string;
  readonly role?: string;
  readonly initials?: string;
  readonly qualifiers: readonly string[];
  readonly organisation?: string;
  readonly category?: string;
}

function peopleOf(m: Meeting): FoundPerson[] {
  return m.people.flatMap((b) =>
    b.people.map((p) => {
      const quals = prop(p, 'qualifiers');
      const organisation = str(prop(p, 'organisation'));
      // the model keeps a `Name : Role` line's role as written (`Chief Executive, OPCC`); the body it names is the organisation
      const role = organisation && p.role ? (norm(p.role) === norm(organisation) ? undefined : p.role.replace(new RegExp(`\\s*,\\s*${organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), '')) : p.role;
      return {
        list: b.kind,
        name: p.name.display,
        title: str(prop(p, 'title')) ?? str(prop(p.name, 'title')),
        role,
        initials: p.initials,
        qualifiers: Array.isArray(quals) ? quals.map((q) => (typeof q === 'string' ? q : str(prop(q, 'text')) ?? String(q))) : [],
        organisation,
        category: str(prop(p, 'category')),
      };
    }),
  );
}

interface FoundAction {
  readonly item: string | null;
  readonly text: string;
  readonly owners: string[];
  readonly due?: string;
  readonly line: number;
}

/** An owner as the reader resolves them: the listed person's name, else the words as written (less `the`). */
function ownerName(text: string, m: Meeting): string {
  const r = resolveMention(text, m);
  if (r.kind === 'person' || (r.kind === 'role' && r.person)) return r.person!.name.display;
  // The reader's rule: an owner nobody in the lists is stays as written, less a leading "the".
  return text.trim().replace(/^the\s+/i, '');
}

/** Each top-level item with everything under it (its sub-items' actions and decisions are its own). */
function underItems<T>(tree: readonly FoundItem[], pick: (it: Item) => readonly T[]): Array<{ item: string | null; value: T }> {
  const all = (f: FoundItem): T[] => [...pick(f.item), ...f.subItems.flatMap(all)];
  return tree.flatMap((f) => all(f).map((value) => ({ item: f.number, value })));
}

function actionsOf(m: Meeting, tree: readonly FoundItem[]): FoundAction[] {
  const outside = prop(m, 'actions');
  const placed = [
    ...underItems(tree, (it) => it.actions),
    ...(Array.isArray(outside) ? (outside as Item['actions']).map((value) => ({ item: null, value })) : []),
  ];
  return placed
    .map(({ item, value: a }) => ({
      item,
      text: a.text,
      owners: a.owners.map((o) => ownerName(o.text, m)),
      due: a.due?.text,
      line: a.range.start.line,
    }))
    .sort((a, b) => a.line - b.line);
}

function decisionsOf(m: Meeting, tree: readonly FoundItem[]): Array<{ item: string | null; text: string; line: number }> {
  const outside = prop(m, 'decisions');
  return [
    ...underItems(tree, (it) => it.decisions),
    ...(Array.isArray(outside) ? (outside as Item['decisions']).map((value) => ({ item: null, value })) : []),
  ]
    .map(({ item, value: d }) => ({ item, text: d.text, line: d.range.start.line }))
    .sort((a, b) => a.line - b.line);
}

/** Our own status lines and the statuses of a board's own review of its actions (`statusReviews`), in the document's order. */
function statusesOf(m: Meeting): Array<{ ref: string; status: string; written: string }> {
  const reviews = prop(m, 'statusReviews');
  const all: Array<{ line: number; ref: string; status: string; written: string }> = [
    ...m.statusUpdates.map((s) => ({
      line: s.range.start.line,
      ref: str(prop(s, 'ref')) ?? `${formatNumber(s.target)}-A${s.action}`,
      status: s.status,
      written: str(prop(s, 'written')) ?? '',
    })),
    ...(Array.isArray(reviews) ? reviews : []).map((s: unknown) => ({
      line: (prop(prop(prop(s, 'range'), 'start'), 'line') as number) ?? 0,
      ref: str(prop(s, 'ref')) ?? '',
      status: str(prop(s, 'status')) ?? '',
      written: str(prop(s, 'written')) ?? '',
    })),
  ];
  return all.sort((a, b) => a.line - b.line).map(({ ref, status, written }) => ({ ref, status, written }));
}

// ---------------------------------------------------------------------------------------------
// One check per field: undefined when the service reads the field as the reader does.

export interface Reading {
  readonly exp: DocumentExpectation;
  readonly text: string;
  readonly analysis: Analysis;
  readonly doc: MinutesDocument;
  readonly meeting: Meeting | undefined;
}

const showPerson = (p: PersonExpectation | FoundPerson): string => {
  const fields = [
    `name ${show(p.name)}`,
    p.title && `title ${show(p.title)}`,
    p.role && `role ${show(p.role)}`,
    p.initials && `initials ${p.initials}`,
    p.organisation && `organisation ${show(p.organisation)}`,
    p.category && `category ${show(p.category)}`,
    (p.qualifiers ?? []).length > 0 && `qualifiers ${JSON.stringify(p.qualifiers)}`,
  ].filter(Boolean);
  return `${p.list}: ${fields.join(', ')}`;
};

function samePerson(e: PersonExpectation, f: FoundPerson): boolean {
  const q = (xs: readonly string[] | undefined) => (xs ?? []).map(norm).join('|');
  return (
    norm(e.name) === norm(f.name) &&
    norm(e.title) === norm(f.title) &&
    norm(e.role) === norm(f.role) &&
    norm(e.initials) === norm(f.initials) &&
    norm(e.organisation) === norm(f.organisation) &&
    norm(e.category) === norm(f.category) &&
    q(e.qualifiers) === q(f.qualifiers)
  );
}

function sameItem(e: { readonly number?: string | null; readonly title: string }, f: FoundItem): boolean {
  return normNumber(e.number) === normNumber(f.number) && norm(e.title) === norm(f.title);
}

function sameAction(e: ActionExpectation, f: FoundAction): boolean {
  return normNumber(e.item) === normNumber(f.item) && startsWith(f.text, e.text) && e.owners.map(norm).join('|') === f.owners.map(norm).join('|') && norm(e.due) === norm(f.due);
}

function sameDecision(e: DecisionExpectation, f: { readonly item: string | null; readonly text: string }): boolean {
  return normNumber(e.item) === normNumber(f.item) && startsWith(f.text, e.text);
}

function sameStatus(e: StatusExpectation, f: { readonly ref: string; readonly status: string; readonly written: string }): boolean {
  return startsWith(f.ref, e.ref) && e.status === (f.status as StatusWord) && norm(e.written) === norm(f.written);
}

/** Warnings about the numbering of items: false alarms on a board's own printed numbers. */
const NUMBERING_ALARMS = new Set(['minutes/duplicate-number', 'minutes/number-out-of-sequence', 'minutes/year-mismatch', 'minutes/malformed-number']);

export const LISTS: readonly ListKind[] = ['present', 'apologies', 'inAttendance', 'absent'];

export function falseAlarmsOf({ exp, text, analysis }: Reading): string[] {
  const alarms: string[] = [];
  const ways = (p: PersonExpectation): string[] => {
    const words = p.name.split(/\s+/);
    return [p.name, words[words.length - 1], p.initials, p.role, p.title && `${p.title} ${words[words.length - 1]}`].filter((w): w is string => !!w).map(norm);
  };
  const listed = exp.people.flatMap(ways);
  const itemTitles = exp.items.map((i) => norm(i.title));
  const agreed = new Set((exp.alarms ?? []).map((c) => `minutes/${c}`));
  let ownerless = exp.actions.filter((a) => a.owners.length === 0).length;
  for (const f of analysis.findings) {
    const written = textIn(text, f.range);
    const said = norm(written);
    const at = `line ${f.range.start.line + 1}: ${show(written)}`;
    if (f.code === 'minutes/unknown-person' && listed.some((w) => w === said || said.endsWith(` ${w}`))) {
      alarms.push(`${at} is called unknown but is listed: ${f.message}`);
    } else if (f.code === 'minutes/empty-item' && !itemTitles.some((t) => t !== '' && said.includes(t))) {
      alarms.push(`${at} is called an empty item but is a sub-item or no item at all: ${f.message}`);
    } else if (f.code === 'minutes/action-without-owner' && ownerless-- <= 0) {
      alarms.push(`${at} is called an action without owner, but every action the reader finds here has one: ${f.message}`);
    } else if (NUMBERING_ALARMS.has(f.code) && !agreed.has(f.code)) {
      alarms.push(`${at} gets a numbering warning, but the board printed its numbers so: ${f.message}`);
    }
  }
  return alarms;
}

export const CHECKS: Record<Field, (r: Reading) => string | undefined> = {
  title: ({ exp, meeting }) => (norm(meeting?.title?.value) === norm(exp.title) ? undefined : `expected ${show(exp.title)}, found ${show(meeting?.title?.value)}`),

  date: ({ exp, meeting }) => (meeting?.date?.iso === exp.date ? undefined : `expected ${exp.date}, found ${show(meeting?.date?.iso ?? meeting?.date?.text)}`),

  numbering: ({ exp, doc }) => (String(doc.scheme) === exp.numbering ? undefined : `expected the scheme ${show(exp.numbering)}, found ${show(String(doc.scheme))}`),

  items: ({ exp, meeting }) =>
    compareLists(
      'items',
      exp.items,
      meeting ? itemTree(meeting) : [],
      sameItem,
      (e) => `${e.number ?? '(no number)'} ${show(e.title)}`,
      (f) => `${f.number ?? '(no number)'} ${show(f.title)}`,
    ),

  subItems: ({ exp, meeting }) => {
    const found = new Map((meeting ? itemTree(meeting) : []).map((f) => [normNumber(f.number) + '\u0000' + norm(f.title), f.subItems]));
    for (const e of exp.items) {
      const subs = found.get(normNumber(e.number) + '\u0000' + norm(e.title));
      const problem = compareLists(
        `sub-items under ${e.number ?? show(e.title)}`,
        e.subItems ?? [],
        subs ?? [],
        sameItem,
        (x) => `${x.number} ${show(x.title)}`,
        (f) => `${f.number ?? '(no number)'} ${show(f.title)}`,
      );
      if (problem) return subs === undefined && (e.subItems ?? []).length > 0 ? `item ${e.number ?? show(e.title)} is not read, so neither are its sub-items; ${problem}` : problem;
    }
    return undefined;
  },

  people: ({ exp, meeting }) => {
    const found = meeting ? peopleOf(meeting) : [];
    const kinds = new Set<string>([...LISTS, ...found.map((p) => p.list)]);
    for (const kind of kinds) {
      const problem = compareLists(
        `people in the ${kind} list`,
        exp.people.filter((p) => p.list === kind),
        found.filter((p) => p.list === kind),
        samePerson,
        showPerson,
        showPerson,
      );
      if (problem) return problem;
    }
    return undefined;
  },

  actions: ({ exp, meeting }) =>
    compareLists(
      'actions',
      exp.actions,
      meeting ? actionsOf(meeting, itemTree(meeting)) : [],
      sameAction,
      (e) => `under ${e.item ?? '(no item)'}: ${show(e.text)}… owners ${JSON.stringify(e.owners)}, due ${show(e.due)}`,
      (f) => `under ${f.item ?? '(no item)'}: ${show(f.text)} owners ${JSON.stringify(f.owners)}, due ${show(f.due)}`,
    ),

  decisions: ({ exp, meeting }) =>
    compareLists(
      'decisions',
      exp.decisions,
      meeting ? decisionsOf(meeting, itemTree(meeting)) : [],
      sameDecision,
      (e) => `under ${e.item ?? '(no item)'}: ${show(e.text)}…`,
      (f) => `under ${f.item ?? '(no item)'}: ${show(f.text)}`,
    ),

  statuses: ({ exp, meeting }) =>
    compareLists(
      'statuses of earlier actions',
      exp.statuses,
      meeting ? statusesOf(meeting) : [],
      sameStatus,
      (e) => `${e.ref} ${e.status} (written ${show(e.written)})`,
      (f) => `${f.ref} ${f.status} (written ${show(f.written)})`,
    ),

  /**
   * What a clerk would see as a false alarm on a published file: a listed person called unknown; an
   * empty item that is a sub-item or no item at all; an action called ownerless that the reader
   * gives an owner; a numbering warning on numbers as the board printed them (unless the reader
   * lists it in `alarms`, a fault the printed numbering really has).
   */
  falseAlarms: (r) => {
    const alarms = falseAlarmsOf(r);
    if (alarms.length === 0) return undefined;
    const more = alarms.length > 6 ? [`… and ${alarms.length - 6} more`] : [];
    return `${alarms.length} false alarm(s):\n    ${[...alarms.slice(0, 6), ...more].join('\n    ')}`;
  },
};

// ---------------------------------------------------------------------------------------------
// The same comparisons, element by element: a field fails on one wrong element, so the fields alone
// hide how much of a document is read.

/** Of a list field: how many the reader found, how many the service read, and how many of those agree. */
export interface ElementScore {
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
}

/** Each expected element paired with one found element that agrees with it, in any order. */
function paired<E, F>(expected: readonly E[], found: readonly F[], same: (e: E, f: F) => boolean): ElementScore {
  const used = new Set<number>();
  let matched = 0;
  for (const e of expected) {
    const k = found.findIndex((f, i) => !used.has(i) && same(e, f));
    if (k >= 0) {
      used.add(k);
      matched++;
    }
  }
  return { expected: expected.length, found: found.length, matched };
}

/** The list fields of one document counted element by element; the header's fields as one each; the false alarms counted. */
export function elementScores(r: Reading): { readonly lists: Record<'items' | 'subItems' | 'people' | 'actions' | 'decisions' | 'statuses', ElementScore>; readonly header: ElementScore; readonly falseAlarms: number } {
  const tree = r.meeting ? itemTree(r.meeting) : [];
  const header = (['title', 'date', 'numbering'] as const).filter((f) => CHECKS[f](r) === undefined).length;
  return {
    lists: {
      items: paired(r.exp.items, tree, sameItem),
      subItems: paired(r.exp.items.flatMap((i) => i.subItems ?? []), tree.flatMap((f) => f.subItems), sameItem),
      people: paired(r.exp.people, r.meeting ? peopleOf(r.meeting) : [], (e, f) => e.list === f.list && samePerson(e, f)),
      actions: paired(r.exp.actions, r.meeting ? actionsOf(r.meeting, tree) : [], sameAction),
      decisions: paired(r.exp.decisions, r.meeting ? decisionsOf(r.meeting, tree) : [], sameDecision),
      statuses: paired(r.exp.statuses, r.meeting ? statusesOf(r.meeting) : [], sameStatus),
    },
    header: { expected: 3, found: 3, matched: header },
    falseAlarms: falseAlarmsOf(r).length,
  };
}
