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
import type { Action, Item, Meeting, StatusReview } from '../model';
import { resolveMention } from '../attendance';
import type { MeetingBuilder } from './builders';
import { ACTIONS_LIST } from '../forms/closingActionTable';
import { TRACKER_NUMBER_DIGITS } from '../forms/trackers';

/**
 * A file of heading items that labels its actions (`ACTION: MR, FL to produce the open day flyer`)
 * marks every action it means: an undertaking read from its prose (`MR and FL will run the stand at
 * the town market`) is the discussion's, not an action of the meeting (the wiki family's rule: only
 * the marked actions count). A file that labels none keeps the actions its prose gives.
 */
export function dropUnmarkedWhereLabelled(m: MeetingBuilder): void {
  const labelled = (a: Action): boolean => a.keyword !== undefined;
  if (!m.items.some((item) => item.actions.some(labelled)) && !(m.actions ?? []).some(labelled)) return;
  // an undertaking: read from a sentence (`inText`), its owner the sentence's subject, no keyword
  const prose = (a: Action): boolean => a.inText === true && a.ownerInferred && !a.keyword && !a.bold;
  m.items.forEach((item, k) => {
    if (!item.actions.some(prose)) return;
    m.items[k] = renumbered(item, item.actions.filter((a) => !prose(a)));
  });
}

export function dropRestatedActions(m: MeetingBuilder): void {
  // the list closes the items: none after it holds an action (`Next meeting` may follow it)
  let at = m.items.length - 1;
  while (at >= 0 && m.items[at].actions.length === 0 && !ACTIONS_LIST.test(m.items[at].title.trim())) at--;
  const list = at >= 0 ? m.items[at] : undefined;
  if (!list || list.actions.length < 2 || !ACTIONS_LIST.test(list.title.trim())) return;
  // an item's labelled action (`Action (GH): send the 28-day letters … by 21 May`) the list sets down in
  // other words (`GH – 28-day letters to plots 31 and 47 (by 21 May)`) is the list's row, as a closing table's is
  const labelled = (a: Action): boolean => a.keyword !== undefined;
  const restated = restatedBy(m, list.actions, (a, row) => sameAction(a, row) || restatesProse(a, row), labelled, list);
  if (restated.size === 0) return;
  m.items.forEach((item, k) => {
    if (item === list) return;
    const kept = item.actions.filter((a) => !restated.has(a));
    if (kept.length !== item.actions.length) m.items[k] = renumbered(item, kept);
  });
}

/**
 * The items' actions that `rows` restate: first those whose words, owners and due or task say so
 * (`same`, or the same task for an action `loose` allows), then, each row standing for one action
 * only, those whose owners and a word of the work agree.
 */
function restatedBy(m: MeetingBuilder, rows: readonly Action[], same: (a: Action, r: Action) => boolean, loose: (a: Action) => boolean, skip?: Item, lines?: readonly string[]): Set<Action> {
  const restated = new Set<Action>();
  // how many of the items' actions each row stands for so far
  const claimed = new Map<Action, number>();
  const claim = (row: Action): void => { claimed.set(row, (claimed.get(row) ?? 0) + 1); };
  const free = (row: Action): boolean => (claimed.get(row) ?? 0) < tasksIn(row);
  for (const item of m.items) {
    if (item === skip) continue;
    for (const a of item.actions) {
      const row = rows.find((r) => same(a, r) || (loose(a) && sameTaskOf(a, r, m)));
      if (row) { restated.add(a); claim(row); }
    }
  }
  for (const item of m.items) {
    if (item === skip) continue;
    for (const a of item.actions) {
      if (restated.has(a) || !loose(a)) continue;
      const row = rows.find((r) => free(r) && sameWorkOf(a, r, m));
      if (row) { restated.add(a); claim(row); }
    }
  }
  // an undertaking in an item's prose that the row gives to the officer who does the work (`the Mayor asked City Manager
  // Adebayo to have the Police Department run a speed study … by October 20`, the row `Speed study, Larch Avenue` ⏎
  // `Police Chief Brandt` ⏎ `October 20`): other owners, but the row's due day and two words of the work in common
  for (const item of m.items) {
    if (item === skip) continue;
    for (const a of item.actions) {
      if (restated.has(a) || !loose(a) || a.inText !== true) continue;
      const row = rows.find((r) => free(r) && sameWorkDue(a, r));
      if (row) { restated.add(a); claim(row); }
    }
  }
  if (!lines) return restated;
  // a task that names its work only by a word pointing back (`TH and DO to look at it`): the work is
  // named in the words before it on its line (`… the churchyard bench … is broken.`), the row's in its own
  for (const item of m.items) {
    if (item === skip) continue;
    for (const a of item.actions) {
      if (restated.has(a) || !loose(a) || !REFERS_BACK.test(norm(a.text))) continue;
      const before = lines[a.range.start.line]?.slice(0, a.range.start.character) ?? '';
      const named = new Set(norm(before).split(' ').filter((w) => w.length >= 4 && !PLAIN.has(w)));
      if (named.size === 0) continue;
      const row = rows.find((r) => free(r) && samePeople(a, r, m) && norm(r.text).split(' ').some((w) => named.has(w)));
      if (row) { restated.add(a); claim(row); }
    }
  }
  return restated;
}

/**
 * How many of an owner's tasks a row sets down: a closing list may join two in one line, parted by a
 * semicolon (`@dmitri — open the maintainer nomination issue; ping CNCF again`), each the row's.
 */
function tasksIn(row: Action): number {
  let n = 1;
  for (let at = row.text.indexOf('; '); at >= 0 && n < 4; at = row.text.indexOf('; ', at + 2)) n++;
  return n;
}

/** A task of a verb and the words pointing back to what it is done to (`look at it`, `follow this up`, `see to them`, `deal with that`). */
const REFERS_BACK = /^[a-z]+(?: (?:at|to|into|with|on|up|over|after|through|the|matter|issue))* (?:it|this|that|them|these|those)(?: (?:up|out|through|over|back|forward|further))?$/;

/**
 * An undertaking read from the item's prose (`LH will look at a volunteer recruitment day with the
 * library`) that the list sets down as the owner's action in its own words (`LH – bring a plan for a
 * volunteer recruitment day to the March meeting`): the same owners and two words of substance in common.
 */
function restatesProse(a: Action, row: Action): boolean {
  if (a.keyword || a.bold || !a.ownerInferred || a.owners.length === 0) return false;
  if (ownersOf(a) !== ownersOf(row)) return false;
  const words = (x: string): string[] => norm(x).split(' ').filter((w) => w.length >= 5);
  const mine = new Set(words(a.text));
  return words(row.text).filter((w) => mine.has(w)).length >= 2;
}

/**
 * The meeting's closing action table (`Layout.closingActions`): an item's action a row restates is
 * the row. A row often names the work, not the doing (`OL to sign` under the item, the row `Sign
 * minutes of 18.01.23`; `HB to bring the figures to the summer meeting`, the row `Persistent absence
 * figures by group`): the same owners and a word of the work in common make the same action, each
 * row standing for one such action only (an owner's other actions under the items are not its).
 * An item's own table (`Layout.itemActions`) restates the other items' actions so too.
 */
export function dropRestatedRows(m: MeetingBuilder, inItemAt?: number, lines?: readonly string[]): void {
  // (or the rows of the table an item holds under its title on line `inItemAt`: the actions of the other items)
  const list = inItemAt === undefined ? undefined : m.items.find((x) => x.range.start.line <= inItemAt && x.range.end.line >= inItemAt);
  const rows = inItemAt === undefined ? m.actions : list?.actions;
  if (!rows || rows.length === 0) return;
  const restated = restatedBy(m, rows, sameAction, () => true, list, lines);
  if (restated.size === 0) return;
  m.items.forEach((item, k) => {
    const kept = item.actions.filter((a) => !restated.has(a));
    if (kept.length !== item.actions.length) m.items[k] = renumbered(item, kept);
  });
}

/** The item with only the actions kept, numbered again from 1: a new item (the parse is over, nothing holds the old one). */
function renumbered(item: Item, kept: readonly Action[]): Item {
  return { ...item, actions: kept.map((a, k) => (a.index === k + 1 ? a : { ...a, index: k + 1 })) };
}

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** An action's owners as written, less a leading `the` (`The Clerk will write …`, the row's `Clerk`), in one order. */
const ownersOf = (x: Action): string => x.owners.map((o) => norm(o.text).replace(/^the /, '')).sort().join('|');

/**
 * The same owners, as written or as the people they name: the prose names an owner by post (`the
 * clerk would add …`), the closing table by initials (`LP`), and the lists say who holds the post.
 * Asked only where the written owners differ, so a table of unnamed owners costs nothing.
 */
function samePeople(a: Action, row: Action, m: Meeting): boolean {
  if (ownersOf(a) === ownersOf(row)) return true;
  if (a.owners.length !== row.owners.length || m.people.length === 0) return false;
  const who = (x: Action): string | undefined => {
    const names: string[] = [];
    for (const o of x.owners) {
      const r = resolveMention(o.text, m);
      const p = r.kind === 'person' || r.kind === 'role' ? r.person : undefined;
      if (!p) return undefined;
      names.push(p.name.display);
    }
    return names.sort().join('|');
  };
  const mine = who(a);
  return mine !== undefined && mine === who(row);
}

/** Two dues the same day: a year written on one side only is the same year. */
function sameDay(d: { readonly day: number; readonly month: number; readonly year?: number }, e: { readonly day: number; readonly month: number; readonly year?: number }): boolean {
  return d.day === e.day && d.month === e.month && (d.year === e.year || !d.year || !e.year);
}

function sameAction(a: Action, row: Action): boolean {
  if (norm(a.text) !== '' && norm(a.text) === norm(row.text)) return true;
  if (a.owners.length === 0 || ownersOf(a) !== ownersOf(row)) return false;
  const d = a.due?.date;
  const e = row.due?.date;
  if (d && e) return sameDay(d, e);
  // or the same day in the same words where neither was read as a date (`by 17 October` under the item, `17 October`
  // in the row's `By when`); never a due with no day in it (`ASAP`, `next meeting`), which an owner's other actions share
  if (!a.due || !row.due) return false;
  const said = norm(a.due.text);
  return /\d/.test(said) && said === norm(row.due.text);
}

/**
 * The same owners and the same task in fewer words (`KA and TR to meet the candidate before the next
 * meeting`, the row `Meet LA governor candidate`, `KA/TR`): the same first word, the verb, and
 * another word of the row's.
 */
function sameTaskOf(a: Action, row: Action, m: Meeting): boolean {
  if (a.owners.length === 0 || !samePeople(a, row, m)) return false;
  const words = (x: string): string[] => norm(x).split(' ').filter((w) => w.length >= 4);
  const [verb, ...rest] = norm(a.text).split(' ');
  const [rowVerb, ...rowRest] = norm(row.text).split(' ');
  if (!verb || verb !== rowVerb) return false;
  const mine = new Set(words(rest.join(' ')));
  return words(rowRest.join(' ')).some((w) => mine.has(w));
}

/**
 * The row's work in the action's words, whoever owns each: two words of substance in common (four letters or more,
 * none of PLAIN), and the row's due the action's (the same day), or written in the action's words (`… to the
 * November 17 work session`, the row's `November 17`). A row with no due restates nothing so.
 */
function sameWorkDue(a: Action, row: Action): boolean {
  if (!row.due) return false;
  const d = a.due?.date;
  const e = row.due.date;
  const task = norm(a.text);
  const due = norm(row.due.text);
  const same = d && e ? sameDay(d, e) : false;
  if (!same && !(/\d/.test(due) && ` ${task} `.includes(` ${due} `))) return false;
  const mine = new Set(task.split(' ').filter((w) => w.length >= 4 && !PLAIN.has(w)));
  const dueWords = new Set(due.split(' '));
  let common = 0;
  for (const w of new Set(norm(row.text).split(' '))) if (mine.has(w) && !dueWords.has(w) && ++common >= 2) return true;
  return false;
}

/** Words that join a task's words (`sign the minutes of …`). */
const SMALL = new Set(['a', 'an', 'the', 'to', 'of', 'and', 'on', 'in', 'at', 'by', 'for']);
/** Words of a task that tell no work apart (`the summer meeting`, `report back with …`). */
const PLAIN = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'their', 'about', 'meeting', 'next', 'report', 'back', 'update']);

/**
 * The same owners, and the row holds every word of the action (`sign`, the row `Sign minutes of …`)
 * or a word of the work, four letters or more, outside the action's due date (`figures`).
 */
function sameWorkOf(a: Action, row: Action, m: Meeting): boolean {
  if (a.owners.length === 0 || !samePeople(a, row, m)) return false;
  const due = a.due ? norm(a.due.text) : '';
  const task = norm(a.text);
  const words = (due && task.endsWith(due) ? task.slice(0, task.length - due.length) : task).split(' ').filter((w) => w.length > 0);
  const rowWords = new Set(norm(row.text).split(' '));
  const content = words.filter((w) => !SMALL.has(w));
  if (content.length > 0 && content.every((w) => rowWords.has(w))) return true;
  return words.some((w) => w.length >= 4 && !PLAIN.has(w) && rowWords.has(w));
}

const TRACKER = new RegExp(`^${TRACKER_NUMBER_DIGITS}$`, 'i');

export function placeTrackerReviews(m: MeetingBuilder, lines: readonly string[]): void {
  const reviews = m.statusReviews;
  const first = m.items[0];
  if (!reviews || !first) return;
  const from = first.range.start.line;
  const lastItemEnd = m.items[m.items.length - 1].range.end.line;
  // the summary's tag is the action's status: the same action's review under an item (`close
  // action-41`, which the scribe typed and the summary records as `[DONE]`) is that one status, not another
  const summarised = new Set<string>();
  for (const r of reviews) {
    const t = TRACKER.exec(r.ref.trim());
    if (t && r.range.start.line > lastItemEnd) summarised.add(String(Number(t[1])));
  }
  let moved = false;
  if (summarised.size > 0) {
    const kept = reviews.filter((r) => {
      const t = r.range.start.line <= lastItemEnd ? TRACKER.exec(r.ref.trim()) : null;
      return !t || !summarised.has(String(Number(t[1])));
    });
    if (kept.length !== reviews.length) { reviews.length = 0; reviews.push(...kept); }
  }
  if (matchUntracked(reviews, lines, from, lastItemEnd)) moved = true;
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

/** A closing summary's tag on an earlier action with no tracker's number (`[DONE] ACTION: Kofi to fix …`). */
const SUMMARY_TAG = /^\[(?:done|pending|closed|dropped|cancell?ed)\]$/i;
/** A tracker's number in a line of the items. */
const TRACKER_IN = new RegExp(String.raw`(?<![\w-])${TRACKER_NUMBER_DIGITS}(?!\d)`, 'gi');

/**
 * A closing summary that tags the earlier actions by owner and task, with no tracker's number (`[DONE]
 * ACTION: Takeshi to add an example …`), after a review under an item that named them by number only
 * (`action-62 done, action-56 and action-58 still open`): each tag is the status of the tracker's action
 * it stands for, in its place. A line of the items that names one tracker and the tagged action's owner
 * or two words of its task (`Ines: action-61, Takeshi, example for calibrated sensors?`, `Dara: action-56
 * needs another week`) says which; then, once one has, status by status, the tags left and the numbers
 * reviewed so and left pair off when they are as many (two `[DONE]` tags, two numbers `done`). The tag's row is then no
 * status of its own. True when a review moved.
 */
function matchUntracked(reviews: StatusReview[], lines: readonly string[], from: number, lastItemEnd: number): boolean {
  const tags = reviews.filter((r) => r.range.start.line > lastItemEnd && !TRACKER.test(r.ref.trim()) && SUMMARY_TAG.test(r.written));
  if (tags.length === 0) return false;
  const reviewed = reviews.filter((r) => r.range.start.line <= lastItemEnd && TRACKER.test(r.ref.trim()));
  const numberOf = (r: StatusReview): string => String(Number(TRACKER.exec(r.ref.trim())![1]));
  const done = new Map<StatusReview, StatusReview>();
  const taken = new Set<string>();
  const added: StatusReview[] = [];
  // by the words of a line that names one tracker
  for (const tag of tags) {
    const words = norm(tag.ref).split(' ');
    const owner = words[0];
    const task = new Set(words.slice(2).filter((w) => w.length >= 4 && !PLAIN.has(w)));
    for (let line = from; line <= lastItemEnd && line < lines.length; line++) {
      const text = lines[line];
      if (text.length > 1000 || text.indexOf('ction-') < 0) continue;
      const found = [...text.matchAll(TRACKER_IN)];
      if (found.length !== 1) continue;
      const n = String(Number(found[0][1]));
      if (taken.has(n)) continue;
      const said = norm(text).split(' ');
      if (!said.includes(owner) && said.filter((w) => task.has(w)).length < 2) continue;
      taken.add(n);
      const before = reviewed.find((r) => numberOf(r) === n);
      if (before) done.set(before, tag);
      else {
        const at = found[0].index!;
        added.push({ ...tag, ref: found[0][0], range: { start: { line, character: at }, end: { line, character: at + found[0][0].length } } });
        done.set(added[added.length - 1], tag);
      }
      break;
    }
  }
  // the rest, status by status, where the tags and the numbers are as many: only once words have shown
  // that the summary tags the actions the review numbered (else the tags may be other actions')
  if (done.size === 0) return false;
  const used = new Set(done.values());
  for (const status of ['done', 'open', 'carried forward', 'dropped'] as const) {
    const left = tags.filter((t) => !used.has(t) && t.status === status);
    const numbers = reviewed.filter((r) => !done.has(r) && !taken.has(numberOf(r)) && r.status === status);
    if (left.length === 0 || left.length !== numbers.length) continue;
    numbers.forEach((r, k) => { done.set(r, left[k]); used.add(left[k]); });
  }
  if (done.size === 0) return false;
  const kept = reviews.filter((r) => !used.has(r)).map((r) => {
    const tag = done.get(r);
    return tag ? { ...r, status: tag.status, written: tag.written } : r;
  });
  reviews.length = 0;
  reviews.push(...kept, ...added);
  return true;
}
