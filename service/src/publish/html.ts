/**
 * The published minutes as one self-contained HTML file with print CSS, laid out as boards
 * publish them: title, date and time, attendance tables, items in a two-column table (minute
 * number | text), actions in bold with owner and due date, a closing table of actions.
 * Every character of the user's text is escaped: nothing they type becomes markup.
 */
import type { Block, RenderedItem, RenderedMeeting } from './render';
import { confidentialNote, withheldSentence } from './render';
import { publishableText } from './chars';
import { PUBLISHED_LANGUAGE } from './language';
import { statusSentence } from './recordStatus';
import { INTEREST_COLUMNS, interestCells, motionLines, MOVEMENT_COLUMNS, movementCells } from './proceedings';

export function escapeHtml(text: string): string {
  return publishableText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #000; background: #fff; max-width: 50em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 16pt; text-align: center; text-transform: uppercase; margin-bottom: 0.2em; }
p.when { text-align: center; margin-top: 0; }
h2 { font-size: 12pt; margin: 1.2em 0 0.4em; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 1em; }
td, th { vertical-align: top; text-align: left; padding: 0.3em 0.5em; }
table.people td:first-child { width: 40%; }
table.items > tbody > tr > td { border-top: 1px solid #999; }
table.items td.number { width: 5em; font-weight: bold; white-space: nowrap; }
tr.section td { font-weight: bold; font-size: 12pt; padding-top: 1em; }
.title { font-weight: bold; margin: 0; }
.presenter { font-style: italic; }
.action, .decision { font-weight: bold; }
.question .asker { font-style: italic; }
.withheld { font-style: italic; }
table.actions th, table.actions td, table.interests th, table.interests td, table.movements th, table.movements td { border: 1px solid #999; }
.vote { font-weight: bold; }
.note { font-style: italic; font-size: 10pt; }
.record-status { text-align: center; font-style: italic; }
.record-draft { font-style: normal; font-weight: bold; color: #a4161a; border: 2px solid #a4161a; padding: 0.3em; }
@media print { body { margin: 0; max-width: none; } tr { page-break-inside: avoid; } h2 { page-break-after: avoid; } }
@media screen { body.preview [data-line] { cursor: pointer; } body.preview [data-line]:hover { background: rgba(128,128,128,0.12); } }
`;

/**
 * What a page built around the body adds (the website, `site/`): the text of the minutes written
 * as HTML with references made links (escaped all the same), an anchor per item, and what
 * follows an item's text (the later life of its actions). Without them: the export's body.
 */
export interface HtmlHooks {
  /** The user's text as HTML: must escape it (escapeHtml) before adding any markup. */
  readonly text?: (text: string) => string;
  readonly itemId?: (i: RenderedItem) => string | undefined;
  readonly afterItem?: (i: RenderedItem) => string;
  /** The line saying whether the minutes are a draft or approved, as HTML; the website writes its own. */
  readonly status?: string;
}

/** A table with a header row (declarations, arrivals and departures). */
export function htmlTable(head: readonly string[], rows: readonly string[][], cls: string): string {
  return `<table class="${cls}"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function block(b: Block, h: HtmlHooks = {}): string {
  const t = h.text ?? escapeHtml;
  switch (b.kind) {
    case 'paragraph': return `<p${b.bold ? ' class="action"' : ''}>${t(b.text)}</p>`;
    case 'bullets': return `<ul>${b.items.map((i) => `<li>${t(i)}</li>`).join('')}</ul>`;
    case 'question': return `<p class="question">${t(b.text)}${b.asker ? ` <span class="asker">(Asked by ${escapeHtml(b.asker)})</span>` : ''}</p>`;
    case 'decision': return `<p class="decision">Decision: ${t(b.text)}</p>`;
    case 'action': {
      const a = b.action;
      const who = [a.owners ? `Owner: ${escapeHtml(a.owners)}` : '', a.due ? `Due: ${escapeHtml(a.due)}` : ''].filter((x) => x).join('. ');
      return `<p class="action">Action ${escapeHtml(a.ref)}: ${t(a.text)}${who ? ` (${who})` : ''}</p>`;
    }
    case 'motion': {
      const l = motionLines(b.motion);
      return [l.text ? `<p class="motion">${t(l.text)}</p>` : '', `<p class="vote">${escapeHtml(l.summary)}</p>`, l.recorded ? `<p class="vote">${escapeHtml(l.recorded)}</p>` : ''].filter((x) => x).join('');
    }
    case 'interests': return htmlTable(INTEREST_COLUMNS, b.rows.map(interestCells), 'interests');
  }
}

function item(i: RenderedItem, h: HtmlHooks = {}): string {
  const text = i.withheld
    ? `<p class="title">${escapeHtml(i.title)}</p><p class="withheld">${escapeHtml(withheldSentence(i))}</p>`
    : [
      `<p class="title">${escapeHtml(i.title)}</p>`,
      i.confidential ? `<p class="withheld">${escapeHtml(confidentialNote(i))}</p>` : '',
      i.presenters.length ? `<p class="presenter">Presented by ${escapeHtml(i.presenters.join(', '))}</p>` : '',
      ...i.blocks.map((b) => block(b, h)),
      h.afterItem?.(i) ?? '',
    ].filter((x) => x).join('\n');
  const id = h.itemId?.(i);
  return `<tr data-line="${i.line}"${id ? ` id="${escapeHtml(id)}"` : ''}><td class="number">${escapeHtml(i.number)}</td><td>${text}</td></tr>`;
}

/** The body of the document (what the preview shows), without `<html>` and styles. */
export function htmlBody(r: RenderedMeeting, hooks: HtmlHooks = {}): string {
  const blockOf = (b: Block): string => block(b, hooks);
  const when = [r.date, r.time].filter((x) => x).map((x) => escapeHtml(x!)).join(' – ');
  const parts = [
    `<h1>${escapeHtml(r.title)}</h1>`,
    when ? `<p class="when">${when}</p>` : '',
    r.location ? `<p class="when">${escapeHtml(r.location)}</p>` : '',
    r.chair ? `<p class="when">Chair: ${escapeHtml(r.chair)}</p>` : '',
    hooks.status ?? (r.status ? `<p class="record-status${r.status.kind === 'draft' ? ' record-draft' : ''}">${escapeHtml(statusSentence(r.status))}</p>` : ''),
    ...r.people.map((b) => `<h2>${escapeHtml(b.label)}</h2>\n<table class="people"><tbody>${b.people.map((p) => `<tr><td>${escapeHtml(p.name)}</td><td>${escapeHtml(p.role ?? '')}</td></tr>`).join('')}</tbody></table>`),
    r.movements.length ? `<h2>Arrivals and departures</h2>\n${htmlTable(MOVEMENT_COLUMNS, r.movements.map(movementCells), 'movements')}` : '',
    ...r.preamble.map(blockOf),
    r.actions.length ? '<p class="note">Actions arising from the discussion are shown in bold.</p>' : '',
    `<table class="items"><tbody>\n${r.body.map((b) => (b.kind === 'section' ? `<tr class="section" data-line="${b.line}"><td colspan="2">${escapeHtml(b.title)}${b.blocks.map(blockOf).join('')}</td></tr>` : item(b, hooks))).join('\n')}\n</tbody></table>`,
    ...r.closing.map(blockOf),
    r.actionsTable && r.actions.length
      ? `<h2>Actions</h2>\n<table class="actions"><thead><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr></thead><tbody>${r.actions.map((a) => `<tr><td>${escapeHtml(a.ref)}</td><td>${escapeHtml(a.text)}</td><td>${escapeHtml(a.owners)}</td><td>${escapeHtml(a.due ?? '')}</td></tr>`).join('')}</tbody></table>`
      : '',
  ];
  return parts.filter((p) => p).join('\n');
}

/** One self-contained HTML file: no script, no external resource; prints to PDF from a browser. */
export function renderHtml(r: RenderedMeeting): string {
  return `<!DOCTYPE html>
<html lang="${PUBLISHED_LANGUAGE}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(r.title)}${r.date ? ` – ${escapeHtml(r.date)}` : ''}</title>
<style>${CSS}</style>
</head>
<body>
${htmlBody(r)}
</body>
</html>
`;
}

export const PUBLISHED_CSS = CSS;
