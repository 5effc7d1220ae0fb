/**
 * Hover: on a minute number or a reference to one (title, meeting, presenters, actions), on an
 * action reference (text, owner, due, status history), on a person (role, attendance, open
 * actions). Markdown, with every piece of the user's text escaped.
 */
import type { Item, MinutesDocument, Person } from './model';
import type { Range } from './types';
import type { WorkspaceModel, ActionRecord } from './workspace';
import { targetAt } from './navigation';
import { displayDate, type DateOrder } from './dates';
import { resolveMention } from './attendance';
import { BLOCK_LABELS } from './markup';
import { filterActions } from './workspace';
import { roomOf } from './proceedings/room';
import { adjournmentSentence } from './proceedings/adjournment';
import { OPEN_STATUSES } from './actionStatus';

export interface Hover { readonly markdown: string; readonly range: Range }

/** Escapes text for Markdown: no character of the user's text is read as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}


function actionLine(a: ActionRecord, order: DateOrder): string {
  const due = a.dueDate ? displayDate(a.dueDate, order) : a.due ?? 'no due date';
  return `- \`${a.ref}\` ${escapeMarkdown(a.text)} — ${escapeMarkdown(a.owners.join(', ') || 'no owner')}, due ${escapeMarkdown(due)}, **${a.status}${a.overdue ? ', overdue' : ''}**`;
}

/** `order`: the clerk's date order (`minutes.dateOrder`), for every date the card shows. */
export function hover(doc: MinutesDocument, line: number, character: number, uri: string, model: WorkspaceModel, order: DateOrder = 'dmy'): Hover | undefined {
  const m = doc.meeting;
  if (!m) return undefined;
  const record = model.byUri.get(uri);
  const where = (date?: string, title?: string) => `${escapeMarkdown(title ?? 'Meeting')}${date ? `, ${displayDate(date, order)}` : ''}`;

  const target = targetAt(m, { line, character });
  switch (target?.kind) {
    case 'action': return actionHover(target.ref, target.range);
    case 'item': return itemHover(target.label, target.range);
    case 'person': return personHover(target.person, target.range);
    case 'mention': {
      const r = resolveMention(target.text, m);
      const text = escapeMarkdown(target.text);
      return { range: target.range, markdown: r.kind === 'body' ? `**${text}**: a body` : r.kind === 'role' ? `**${text}**: a role` : `**${text}** is not in the attendance lists.` };
    }
    case undefined: break; // nothing to explain under the cursor
  }
  return undefined;

  function actionHover(ref: string, range: Range): Hover {
    const a = model.actionsByRef.get(ref);
    if (!a) return { range, markdown: `No meeting of this folder has action \`${ref}\`.` };
    const history = a.history.map((h) => `- ${h.meetingDate ? displayDate(h.meetingDate, order) : 'undated'}: ${h.status}${h.note ? ` — ${escapeMarkdown(h.note)}` : ''}`);
    return { range, markdown: [`**Action \`${a.ref}\`** (${where(a.meetingDate, a.meetingTitle)})`, '', actionLine(a, order), ...(history.length ? ['', 'History:', ...history] : [])].join('\n') };
  }

  function itemHover(label: string, range: Range): Hover {
    const locs = model.items.get(label) ?? [];
    if (locs.length === 0) return { range, markdown: `No meeting of this folder has item ${label}.` };
    const parts = locs.map((l) => {
      const r = model.byUri.get(l.uri);
      const presenters = l.item.presenters.flatMap((p) => p.names.map((n) => n.text));
      const actions = model.actions.filter((a) => a.uri === l.uri && a.item === label);
      return [
        `**${label} ${escapeMarkdown(l.item.title)}**`, '', where(r?.date, r?.title),
        // a paragraph of its own: a single line break is run into the meeting's line by Markdown
        ...(presenters.length ? ['', `Presented by ${escapeMarkdown(presenters.join(', '))}`] : []),
        ...(actions.length ? ['', ...actions.map((a) => actionLine(a, order))] : []),
        ...(l.uri === uri ? roomLines(l.item.number && m!.items.find((i) => i.number?.range.start.line === l.item.number?.range.start.line)) : []),
      ].join('\n');
    });
    return { range, markdown: parts.join('\n\n---\n\n') };
  }

  /** Who was in the room for the item (proceedings/room.ts), when the meeting lists who was present. */
  function roomLines(item: Item | undefined): string[] {
    if (!item || !m!.people.some((b) => b.kind === 'present' && b.people.length > 0)) return [];
    const ir = roomOf(m!).items.find((x) => x.item === item);
    if (!ir) return [];
    const names = (list: readonly { name: string }[]): string => escapeMarkdown(list.map((a) => a.name).join(', '));
    const others = ir.present.filter((a) => !ir.eligible.includes(a));
    return [
      '', `Present and eligible to vote (${ir.eligible.length}): ${names(ir.eligible) || 'none'}`,
      ...(others.length ? [`Also present, not voting: ${names(others)}`] : []),
      ...(ir.withdrawn.length ? [`Withdrew for this item: ${names(ir.withdrawn)}`] : []),
      ...(item.adjournments ?? []).map((a) => escapeMarkdown(adjournmentSentence(a))),
    ];
  }

  function personHover(p: Person, range: Range): Hover {
    const open = filterActions(model.actions, { status: OPEN_STATUSES }).filter((a) => a.ownerNames.includes(p.name.display));
    return {
      range,
      markdown: [
        `**${escapeMarkdown(p.name.display)}**${p.role ? ` — ${escapeMarkdown(p.role)}` : ''}`, '',
        `${BLOCK_LABELS[p.block]} at this meeting${record?.date ? ` (${displayDate(record.date, order)})` : ''}`,
        ...(open.length ? ['', `Open actions (${open.length}):`, ...open.slice(0, 10).map((a) => actionLine(a, order))] : []),
      ].join('\n'),
    };
  }
}
