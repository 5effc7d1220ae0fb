/** The published minutes as Markdown, for boards that publish on a website. User text is escaped. */
import type { Block, RenderedItem, RenderedMeeting } from './render';
import { confidentialNote, withheldSentence } from './render';
import { escapeMarkdownText } from './escape';
import { statusSentence } from './recordStatus';
import { INTEREST_COLUMNS, interestCells, motionLines, MOVEMENT_COLUMNS, movementCells } from './proceedings';

/** One escaping for every Markdown we write (escape.ts). */
const escapeLightly = escapeMarkdownText;

const cell = (t: string): string => escapeLightly(t);

/** A table with a header row (declarations, arrivals and departures). */
export function mdTable(head: readonly string[], rows: readonly string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'paragraph': return b.bold ? `**${escapeLightly(b.text)}**` : escapeLightly(b.text);
    case 'bullets': return b.items.map((i) => `- ${escapeLightly(i)}`).join('\n');
    case 'question': return `${escapeLightly(b.text)}${b.asker ? ` *(Asked by ${escapeLightly(b.asker)})*` : ''}`;
    case 'decision': return `**Decision:** ${escapeLightly(b.text)}`;
    case 'action': {
      const a = b.action;
      const who = [a.owners ? `Owner: ${escapeLightly(a.owners)}` : '', a.due ? `Due: ${escapeLightly(a.due)}` : ''].filter((x) => x).join('. ');
      return `**Action ${a.ref}: ${escapeLightly(a.text)}**${who ? ` (${who})` : ''}`;
    }
    case 'motion': {
      const l = motionLines(b.motion);
      return [l.text ? escapeLightly(l.text) : '', `**${escapeLightly(l.summary)}**`, l.recorded ? escapeLightly(l.recorded) : ''].filter((x) => x).join('\n\n');
    }
    case 'interests': return mdTable(INTEREST_COLUMNS, b.rows.map(interestCells));
  }
}

function item(i: RenderedItem): string {
  const head = `### ${i.number ? `${i.number} ` : ''}${escapeLightly(i.title)}`;
  if (i.withheld) return `${head}\n\n*${escapeLightly(withheldSentence(i))}*`;
  return [head, i.confidential ? `*${escapeLightly(confidentialNote(i))}*` : '', i.presenters.length ? `*Presented by ${escapeLightly(i.presenters.join(', '))}*` : '', ...i.blocks.map(block)].filter((x) => x).join('\n\n');
}

export function renderMarkdown(r: RenderedMeeting): string {
  const parts = [
    `# ${escapeLightly(r.title)}`,
    [r.date, r.time, r.location, r.chair ? `Chair: ${r.chair}` : undefined].filter((x) => x).map((x) => escapeLightly(x!)).join(' · '),
    r.status ? (r.status.kind === 'draft' ? `**${escapeLightly(statusSentence(r.status))}**` : `*${escapeLightly(statusSentence(r.status))}*`) : '',
    ...r.people.map((b) => `**${b.label}**\n\n| Name | Role |\n| --- | --- |\n${b.people.map((p) => `| ${cell(p.name)} | ${cell(p.role ?? '')} |`).join('\n')}`),
    r.movements.length ? `**Arrivals and departures**\n\n${mdTable(MOVEMENT_COLUMNS, r.movements.map(movementCells))}` : '',
    ...r.preamble.map(block),
    ...r.body.map((b) => (b.kind === 'section' ? [`## ${escapeLightly(b.title)}`, ...b.blocks.map(block)].join('\n\n') : item(b))),
    ...r.closing.map(block),
    r.actionsTable && r.actions.length ? `## Actions\n\n| Ref | Action | Owner | Due |\n| --- | --- | --- | --- |\n${r.actions.map((a) => `| ${a.ref} | ${cell(a.text)} | ${cell(a.owners)} | ${cell(a.due ?? '')} |`).join('\n')}` : '',
  ];
  return `${parts.filter((p) => p).join('\n\n')}\n`;
}
