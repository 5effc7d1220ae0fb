/**
 * The Actions view's model: how the action log is grouped (by meeting, owner or status),
 * ordered (open first, overdue first among them) and filtered (only open, only mine).
 * Plain data in, plain nodes out: no `vscode` import, so it is unit-tested directly.
 */
import type { ActionEntry, DecisionEntry, DecisionWithVote } from '#protocol';
import { displayDate } from '#service/dates';
import { isOpenStatus, shownActionRef, unnumberedActionIndex } from '#protocol';

export type GroupBy = 'meeting' | 'owner' | 'status';
export type ActionIcon = 'overdue' | 'open' | 'carried forward' | 'done' | 'dropped';

export interface ViewFilter {
  readonly onlyOpen: boolean;
  /** Only actions owned by this person (name, initials or role, as in `minutes.me`). */
  readonly mine?: string;
}

export interface ActionNode {
  readonly kind: 'action';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly icon: ActionIcon;
  readonly action: ActionEntry;
}

export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly children: ActionNode[];
}

export interface DecisionNode {
  readonly kind: 'decision';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly decision: DecisionEntry;
}

export interface DecisionGroup {
  readonly kind: 'decision-group';
  readonly id: string;
  readonly label: string;
  readonly children: DecisionNode[];
}

export function isOpen(a: ActionEntry): boolean {
  return isOpenStatus(a.status);
}

function rank(a: ActionEntry): number {
  if (a.overdue) return 0;
  if (isOpen(a)) return 1;
  return a.status === 'done' ? 2 : 3;
}

function shownDate(iso: string | undefined): string {
  return iso ? displayDate(iso) : 'undated';
}

/**
 * How an action's reference is shown: as written (`081/22-A1`), or, for an action of an item
 * whose minute number is not written yet, "unnumbered item – action 1" (the log's stand-in
 * reference is no reference a clerk could type).
 */
export function shownRef(a: ActionEntry): string {
  return shownActionRef(a.ref);
}

/** 1 for an action of an unnumbered item: kept after the real references, not sorted among them. */
function unnumbered(a: ActionEntry): number {
  return unnumberedActionIndex(a.ref) === undefined ? 0 : 1;
}

/** Overdue first, then open, done, dropped; newest meeting first; then by reference, unnumbered items' actions last. The view and Go to Action share it. */
export function compareActions(a: ActionEntry, b: ActionEntry): number {
  return rank(a) - rank(b) || (b.meetingDate ?? '').localeCompare(a.meetingDate ?? '') || unnumbered(a) - unnumbered(b) || a.ref.localeCompare(b.ref, undefined, { numeric: true });
}

export function matchesOwner(a: ActionEntry, who: string): boolean {
  const w = who.trim().toLowerCase();
  if (w.length === 0) return true;
  return [...a.owners, ...a.ownerNames].some((o) => {
    const x = o.toLowerCase();
    return x === w || x.includes(w) || w.includes(x) && x.length > 2;
  });
}

/** `Mark Kenyon (Chief Finance Officer)`: the person, and the post the minutes named (see `ownerNames`). */
function personOf(ownerName: string): { person: string; role?: string } {
  const m = /^(.+?) \(([^()]+)\)$/.exec(ownerName);
  return m ? { person: m[1], role: m[2] } : { person: ownerName };
}

export function actionNode(a: ActionEntry, group: string): ActionNode {
  const owners = a.ownerNames.join(', ');
  const due = a.dueDate ? `due ${shownDate(a.dueDate)}` : a.due ? `due ${a.due}` : 'no due date';
  const status = a.overdue ? 'OVERDUE' : a.status === 'open' ? '' : a.status;
  const history = a.history.map((h) => `${shownDate(h.meetingDate)}: ${h.status}${h.note ? ` — ${h.note}` : ''}`);
  const written = a.owners.join(', ');
  return {
    kind: 'action', id: `${group}/${a.ref}/${a.uri}`, action: a,
    // at the default sidebar width the label is what stays readable: the reference and who owns it
    label: owners ? `${shownRef(a)} · ${owners}` : shownRef(a),
    description: [a.text, due, status].filter((s) => s.length > 0).join(' · '),
    tooltip: [
      `${shownRef(a)} ${a.text}`, `${a.item} ${a.itemTitle}`, `${a.meetingTitle}, ${shownDate(a.meetingDate)}`,
      owners ? `Owner: ${owners}${written && written !== owners ? ` (written “${written}”)` : ''}` : 'No owner named',
      `Due: ${a.due ?? '—'}${a.dueDate && a.due !== shownDate(a.dueDate) ? ` (${shownDate(a.dueDate)})` : ''}`, `Status: ${a.status}${a.overdue ? ' (overdue)' : ''}`, ...history,
    ].join('\n'),
    icon: a.overdue ? 'overdue' : a.status,
  };
}

export function filterForView(actions: readonly ActionEntry[], filter: ViewFilter): ActionEntry[] {
  return actions.filter((a) => (!filter.onlyOpen || isOpen(a)) && (!filter.mine || matchesOwner(a, filter.mine)));
}

export function buildTree(actions: readonly ActionEntry[], groupBy: GroupBy, filter: ViewFilter): GroupNode[] {
  const kept = filterForView(actions, filter).sort(compareActions);
  const groups = new Map<string, { label: string; description: string; order: string; items: ActionEntry[] }>();
  const add = (key: string, label: string, description: string, order: string, a: ActionEntry): void => {
    const g = groups.get(key) ?? { label, description, order, items: [] };
    g.items.push(a);
    groups.set(key, g);
  };
  const roles = new Map<string, string[]>();
  for (const a of kept) {
    if (groupBy === 'meeting') {
      add(a.uri, shownDate(a.meetingDate), a.meetingTitle, a.meetingDate ?? '', a);
    } else if (groupBy === 'owner') {
      if (a.ownerNames.length === 0) add('no owner', 'No owner named', '', '2', a);
      // an owner named by a post files with the person who holds it; the group says both
      for (const o of new Set(a.ownerNames)) {
        const { person, role } = personOf(o);
        const key = person.toLowerCase();
        add(key, person, '', `1${key}`, a);
        if (role) roles.set(key, [...new Set([...(roles.get(key) ?? []), role])]);
      }
    } else {
      const s = a.overdue ? 'overdue' : a.status;
      const order = ['overdue', 'open', 'carried forward', 'done', 'dropped'].indexOf(s);
      add(s, s.charAt(0).toUpperCase() + s.slice(1), '', String(order), a);
    }
  }
  // meetings newest first (the one the clerk is working on); owners by name; statuses open first
  const direction = groupBy === 'meeting' ? -1 : 1;
  return [...groups.entries()].sort((x, y) => direction * x[1].order.localeCompare(y[1].order)).map(([key, g]) => {
    const open = g.items.filter(isOpen).length;
    return {
      kind: 'group' as const, id: `${groupBy}/${key}`, label: roles.has(key) ? `${g.label} (${roles.get(key)!.join(', ')})` : g.label,
      description: [g.description, groupBy === 'status' ? `${g.items.length}` : `${open} open of ${g.items.length}`].filter((s) => s.length > 0).join(' · '),
      children: g.items.map((a) => actionNode(a, `${groupBy}/${key}`)),
    };
  });
}

export function openCount(actions: readonly ActionEntry[]): number {
  return actions.filter(isOpen).length;
}

export function buildDecisionTree(decisions: readonly DecisionEntry[]): DecisionGroup[] {
  const groups = new Map<string, DecisionEntry[]>();
  for (const d of decisions) groups.set(d.uri, [...(groups.get(d.uri) ?? []), d]);
  return [...groups.values()]
    .sort((a, b) => (b[0].meetingDate ?? '').localeCompare(a[0].meetingDate ?? ''))
    .map((ds) => ({
      kind: 'decision-group' as const, id: `decisions/${ds[0].uri}`, label: `${shownDate(ds[0].meetingDate)} ${ds[0].meetingTitle}`,
      children: ds.map((d, i) => ({ kind: 'decision' as const, id: `decisions/${d.uri}/${i}`, label: d.text, description: `${d.item} ${d.itemTitle}`, decision: d })),
    }));
}

export interface VoteNode {
  readonly kind: 'vote';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly decision: DecisionWithVote;
}

export interface VotesGroup {
  readonly kind: 'votes-group';
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly children: VoteNode[];
}

const RESULT_WORDS: Record<NonNullable<DecisionWithVote['result']>, string> = { carried: 'Carried', lost: 'Lost', withdrawn: 'Withdrawn' };

/** The counts as a short tally (`5–1–1`, for–against–abstain), or `unanimous`. */
function tallyWords(d: DecisionWithVote): string {
  if (d.for !== undefined || d.against !== undefined || d.abstain !== undefined) return `${d.for ?? 0}–${d.against ?? 0}–${d.abstain ?? 0}`;
  return d.unanimous ? 'unanimous' : '';
}

/**
 * The Actions view's "Decisions with votes" group: every decision the minutes record a vote on,
 * newest meeting first, each with its result and counts; undefined when there is none.
 */
export function buildVotesGroup(decisions: readonly DecisionWithVote[]): VotesGroup | undefined {
  if (decisions.length === 0) return undefined;
  const lost = decisions.filter((d) => d.result === 'lost').length;
  return {
    kind: 'votes-group', id: 'votes', label: 'Decisions with votes',
    description: `${decisions.length}${lost ? ` · ${lost} lost` : ''}`,
    children: decisions.map((d, i) => {
      const result = d.result ? RESULT_WORDS[d.result] : 'No result recorded';
      const counts = tallyWords(d);
      return {
        kind: 'vote' as const, id: `votes/${d.uri}/${i}`, decision: d,
        label: `${d.item} · ${result}${counts ? ` ${counts}` : ''}`,
        description: d.text,
        tooltip: [
          `${d.kind === 'amendment' ? 'Amendment' : d.kind === 'motion' ? 'Motion' : 'Decision'}: ${d.text}`,
          d.outcome || result, `${d.item} ${d.itemTitle}`, `${d.meetingTitle}, ${shownDate(d.meetingDate)}`,
          ...(d.confidential ? ['Withheld from the public minutes.'] : []),
        ].join('\n'),
      };
    }),
  };
}
