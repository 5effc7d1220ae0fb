/**
 * A closing list of actions that restates the meeting's actions (a wiki's `New actions` section, a
 * board's `Actions arising`): an action written under its item and again in that list is one
 * action, and the list's row is kept (the reader's rule, test/support/readerExpectations.ts). The
 * row often says it in other words (`MF to place the order by 29 February` under the item, `MF –
 * order the scanner and kit (by 29 Feb)` in the list): the same owners with the same due day, or
 * the same words, make the same action.
 *
 * A scribe tool's closing summary tags the earlier actions (`[DONE] ACTION-41: …`, `[PENDING]
 * ACTION-44: …`) that the meeting reviewed under an item (`Marit: action-41, Chen to check …` /
 * `close action-41`): the status is the summary's, its place the review's, the first line under an
 * item that names the tracker's number (`placeTrackerReviews`), so the statuses stand in the order
 * the meeting took them and under the item that took them.
 *
 * Applied once at the end of the parse of a file whose items are headings (`Layout.headings`),
 * which is always parsed whole (reparse.ts parses only the numbered schemes item by item), so the
 * one-item re-parse never has to know about it.
 */
import type { Action, Item, StatusReview } from '../model';
import type { MeetingBuilder } from './builders';
import { ACTIONS_LIST } from '../forms/closingActionTable';

export function dropRestatedActions(m: MeetingBuilder): void {
  const list = m.items[m.items.length - 1];
  if (!list || list.actions.length < 2 || !ACTIONS_LIST.test(list.title.trim())) return;
  m.items.forEach((item, k) => {
    if (item === list) return;
    const kept = item.actions.filter((a) => !list.actions.some((row) => sameAction(a, row) || restatesProse(a, row)));
    if (kept.length !== item.actions.length) m.items[k] = renumbered(item, kept);
  });
}

/**
 * An undertaking read from the item's prose (`LH will look at a volunteer recruitment day with the
 * library`) that the list sets down as the owner's action in its own words (`LH – bring a plan for a
 * volunteer recruitment day to the March meeting`): the same owners and two words of substance in common.
 */
function restatesProse(a: Action, row: Action): boolean {
  if (a.keyword || a.bold || !a.ownerInferred || a.owners.length === 0) return false;
  const owners = (x: Action): string => x.owners.map((o) => norm(o.text)).sort().join('|');
  if (owners(a) !== owners(row)) return false;
  const words = (x: string): string[] => norm(x).split(' ').filter((w) => w.length >= 5);
  const mine = new Set(words(a.text));
  return words(row.text).filter((w) => mine.has(w)).length >= 2;
}

/** The meeting's closing action table (`Layout.closingActions`): an item's action a row restates is the row. */
export function dropRestatedRows(m: MeetingBuilder): void {
  const rows = m.actions;
  if (!rows || rows.length === 0) return;
  m.items.forEach((item, k) => {
    const kept = item.actions.filter((a) => !rows.some((row) => sameAction(a, row) || sameTask(a, row)));
    if (kept.length !== item.actions.length) m.items[k] = renumbered(item, kept);
  });
}

/** The item with only the actions kept, numbered again from 1: a new item (the parse is over, nothing holds the old one). */
function renumbered(item: Item, kept: readonly Action[]): Item {
  return { ...item, actions: kept.map((a, k) => (a.index === k + 1 ? a : { ...a, index: k + 1 })) };
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function sameAction(a: Action, row: Action): boolean {
  if (norm(a.text) !== '' && norm(a.text) === norm(row.text)) return true;
  const owners = (x: Action): string => x.owners.map((o) => norm(o.text)).sort().join('|');
  if (a.owners.length === 0 || owners(a) !== owners(row)) return false;
  const d = a.due?.date;
  const e = row.due?.date;
  // the same day (a year written on one side only is the same year)
  return !!d && !!e && d.day === e.day && d.month === e.month && (d.year === e.year || !d.year || !e.year);
}

/**
 * The same owners and the same task in fewer words (`KA and TR to meet the candidate before the next
 * meeting`, the row `Meet LA governor candidate`, `KA/TR`): the same first word, the verb, and
 * another word of the row's.
 */
function sameTask(a: Action, row: Action): boolean {
  const owners = (x: Action): string => x.owners.map((o) => norm(o.text)).sort().join('|');
  if (a.owners.length === 0 || owners(a) !== owners(row)) return false;
  const words = (x: string): string[] => norm(x).split(' ').filter((w) => w.length >= 4);
  const [verb, ...rest] = norm(a.text).split(' ');
  const [rowVerb, ...rowRest] = norm(row.text).split(' ');
  if (!verb || verb !== rowVerb) return false;
  const mine = new Set(words(rest.join(' ')));
  return words(rowRest.join(' ')).some((w) => mine.has(w));
}

const TRACKER = /^action-(\d{1,5})$/i;

export function placeTrackerReviews(m: MeetingBuilder, lines: readonly string[]): void {
  const reviews = m.statusReviews;
  const first = m.items[0];
  if (!reviews || !first) return;
  const from = first.range.start.line;
  const lastItemEnd = m.items[m.items.length - 1].range.end.line;
  let moved = false;
  reviews.forEach((r, k) => {
    const t = TRACKER.exec(r.ref.trim());
    if (!t || r.range.start.line <= lastItemEnd) return;
    const re = new RegExp(`(?<![\\w-])action-${t[1]}(?!\\d)`, 'i');
    for (let line = from; line <= lastItemEnd && line < lines.length; line++) {
      const at = lines[line].search(re);
      if (at < 0) continue;
      const placed: StatusReview = { ...r, range: { start: { line, character: at }, end: { line, character: at + t[0].length } } };
      reviews[k] = placed;
      moved = true;
      break;
    }
  });
  if (moved) reviews.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
