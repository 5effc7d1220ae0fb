/** The published minutes as Markdown, for boards that publish on a website. User text is escaped. */
import type { Block, RenderedItem, RenderedMeeting } from './render';
import { confidentialNote, withheldSentence } from './render';
import { escapeMarkdownText } from './escape';

/** One escaping for every Markdown we write (escape.ts). */
const escapeLightly = escapeMarkdownText;

const cell = (t: string): string => escapeLightly(t);

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
    ...r.people.map((b) => `**${b.label}**\n\n| Name | Role |\n| --- | --- |\n${b.people.map((p) => `| ${cell(p.name)} | ${cell(p.role ?? '')} |`).join('\n')}`),
    ...r.preamble.map(block),
    ...r.body.map((b) => (b.kind === 'section' ? [`## ${escapeLightly(b.title)}`, ...b.blocks.map(block)].join('\n\n') : item(b))),
    ...r.closing.map(block),
    r.actionsTable && r.actions.length ? `## Actions\n\n| Ref | Action | Owner | Due |\n| --- | --- | --- | --- |\n${r.actions.map((a) => `| ${a.ref} | ${cell(a.text)} | ${cell(a.owners)} | ${cell(a.due ?? '')} |`).join('\n')}` : '',
  ];
  return `${parts.filter((p) => p).join('\n\n')}\n`;
}
