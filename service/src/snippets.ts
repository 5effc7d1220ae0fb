/**
 * The snippets a clerk types at the start of a line (`meeting`, `item`, `action`, `decision`,
 * `presented`, `question`, `next`), written here rather than in a static snippets file because
 * only the service knows what they should hold: the next minute number, the meeting's people,
 * the next meeting's date, dates in the settings' order. Each writes the canonical forms of
 * markup.ts. Bodies are in the snippet syntax of LSP (`${1:placeholder}`, `${1|a,b|}`).
 */
import type { Meeting } from './model';
import { CANONICAL } from './markup';
import { dateAfterMeeting, displayDate, isoDay, type DateOrder } from './dates';
import { formatNumber, type MinuteNumber } from './numbers';

export interface Snippet {
  /** What the clerk types: the snippet's prefix (the first), and other words that find it. */
  readonly prefixes: readonly string[];
  readonly detail: string;
  readonly body: string;
}

/** Text taken literally inside a placeholder. */
function literal(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A choice placeholder; a plain one when there is a single option; an empty tab stop when none. */
function choice(n: number, options: readonly string[]): string {
  const unique = [...new Set(options.filter((o) => o.trim().length > 0))];
  if (unique.length === 0) return `\${${n}}`;
  if (unique.length === 1) return `\${${n}:${literal(unique[0])}}`;
  return `\${${n}|${unique.map((o) => o.replace(/[\\$}|,]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/** This meeting's people, present first, then in attendance, then those who sent apologies: the owners and presenters to offer. */
function peopleOf(meeting: Meeting | undefined): string[] {
  const order = ['present', 'inAttendance', 'apologies', 'absent'];
  return [...(meeting?.people ?? [])].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).flatMap((b) => b.people.map((p) => p.name.display)).slice(0, 40);
}

export function snippets(meeting: Meeting | undefined, next: MinuteNumber, today: Date, order: DateOrder): Snippet[] {
  const people = peopleOf(meeting);
  const number = formatNumber(next);
  const todayText = displayDate(isoDay(today), order);
  const later = dateAfterMeeting(meeting?.nextMeeting?.iso, meeting?.date?.iso, today, order);
  const dueChoices = ['next meeting', later];
  return [
    {
      prefixes: ['meeting', 'minutes'], detail: 'A new meeting: title, date, time, place, chair, attendance and the first item',
      body: [
        `${CANONICAL.titlePrefix}\${1:Board or committee name}`,
        `${CANONICAL.date} \${2:${literal(todayText)}}`,
        'Time: ${3:10:00} – ${4:13:00}',
        'Location: ${5:Place}',
        'Chair: ${6:Name}',
        '',
        CANONICAL.blocks.present, `\${7:Name}${CANONICAL.personSeparator}\${8:Role}`, '',
        CANONICAL.blocks.apologies, `\${9:Name}${CANONICAL.personSeparator}\${10:Role}`, '',
        CANONICAL.blocks.inAttendance, `\${11:Name}${CANONICAL.personSeparator}\${12:Role}`, '',
        `${literal(number)} \${13:Apologies and declarations of interest}`,
        '$0',
      ].join('\n'),
    },
    {
      prefixes: ['item'], detail: `A numbered item, ${number}, with its presenter`,
      body: [`${literal(number)} \${1:Title}`, `${CANONICAL.presentedBy} ${choice(2, people)}`, '', '$0'].join('\n'),
    },
    {
      prefixes: ['action'], detail: 'An action with its owner (one of this meeting\'s people) and due date',
      body: `${CANONICAL.action} \${1:What is to be done}. ${CANONICAL.owner} ${choice(2, people)}. ${CANONICAL.due} ${choice(3, dueChoices)}.$0`,
    },
    { prefixes: ['decision', 'agreed', 'resolved'], detail: 'A decision of the meeting', body: `${CANONICAL.decision} \${1:What was decided}.$0` },
    { prefixes: ['presented', 'presenter'], detail: 'Who presented the item', body: `${CANONICAL.presentedBy} ${choice(1, people)}$0` },
    { prefixes: ['question', 'asked'], detail: 'A question with its asker and bulleted answers', body: '${1:Question}?\n(Asked by ${2:Name})\n- ${3:Answer}\n$0' },
    { prefixes: ['next'], detail: 'The date of the next meeting', body: `${CANONICAL.nextMeeting} \${1:${literal(later)}}$0` },
  ];
}
