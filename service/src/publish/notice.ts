/**
 * The decision notice of one meeting (issue 20): attendance, apologies, arrivals and departures,
 * declarations of interest, and every decision with its vote outcome, as councils publish within
 * days of the meeting (Welsh councils within seven working days). Built from the PUBLIC render
 * model only (render.ts), so nothing the public version withholds can reach it: a withheld item is
 * left out, and one line says how many items were considered in private.
 */
import type { RenderedMeeting, RenderedPeople } from './render';
import type { InterestRow, Movement, RenderedMotion } from './proceedings';
import { INTEREST_COLUMNS, interestCells, motionLines, MOVEMENT_COLUMNS, movementCells } from './proceedings';
import { escapeHtml, htmlTable, PUBLISHED_CSS } from './html';
import { escapeMarkdownText } from './escape';
import { mdTable } from './markdown';
import { publishableDeep } from './chars';
import { declaredLanguage, LANGUAGE_STYLES, OUTLINE } from './docxAccess';
import { PUBLISHED_LANGUAGE } from './language';
import { statusSentence, type RecordStatus } from './recordStatus';

export interface NoticeDecision {
  readonly number: string;
  readonly title: string;
  /** The item's decisions as written, each with what the minutes record of its vote. */
  readonly decisions: ReadonlyArray<{ readonly text: string; readonly outcome?: string }>;
  readonly motions: readonly RenderedMotion[];
}

export interface DecisionNotice {
  readonly title: string;
  readonly when: string;
  readonly location?: string;
  readonly chair?: string;
  /** Where the minutes stand (their `Status:` line): a notice from draft minutes is marked DRAFT as they are. */
  readonly status?: RecordStatus;
  /** Present and in attendance, as the lists give them. */
  readonly attendance: readonly RenderedPeople[];
  readonly apologies: readonly RenderedPeople[];
  readonly movements: readonly Movement[];
  readonly interests: readonly InterestRow[];
  readonly decisions: readonly NoticeDecision[];
  readonly withheldCount: number;
}

/** The notice from the public render model (the caller renders with `version: 'public'`). */
export function buildNotice(r: RenderedMeeting): DecisionNotice {
  if (r.version !== 'public') throw new Error('A decision notice is built from the public version only.');
  const decisions: NoticeDecision[] = [];
  const interests: InterestRow[] = [];
  for (const b of r.body) {
    if (b.kind !== 'item' || b.withheld) continue;
    const ds = b.blocks.flatMap((x) => (x.kind === 'decision' ? [{ text: x.text, outcome: x.outcome }] : []));
    const ms = b.blocks.flatMap((x) => (x.kind === 'motion' ? [x.motion] : []));
    for (const x of b.blocks) if (x.kind === 'interests') interests.push(...x.rows);
    if (ds.length || ms.length) decisions.push({ number: b.number, title: b.title, decisions: ds, motions: ms });
  }
  return {
    title: r.title,
    // a published header line may hold the time already ("March 3, 2021 – 7:00 P.M.")
    when: [r.date, r.time && !r.date?.includes(r.time) ? r.time : undefined].filter((x) => x).join(', '),
    location: r.location, chair: r.chair, status: r.status,
    attendance: r.people.filter((p) => p.kind === 'present' || p.kind === 'inAttendance'),
    apologies: r.people.filter((p) => p.kind === 'apologies' || p.kind === 'absent'),
    movements: r.movements, interests, decisions, withheldCount: r.withheldCount,
  };
}

const person = (p: { name: string; role?: string }): string => (p.role ? `${p.name} (${p.role})` : p.name);
const privately = (n: number): string => `${n === 1 ? 'One item was' : `${n} items were`} considered in private and ${n === 1 ? 'is' : 'are'} not listed.`;

/** The parts of the notice as headings and lines: one order for every writer. */
interface Part { readonly heading: string; readonly lines?: readonly string[]; readonly table?: { readonly head: readonly string[]; readonly rows: readonly string[][] } }

function parts(n: DecisionNotice): Part[] {
  const out: Part[] = [];
  for (const b of n.attendance) out.push({ heading: b.label, lines: b.people.map(person) });
  out.push(n.apologies.length ? { heading: 'Apologies', lines: n.apologies.flatMap((b) => b.people.map((p) => (b.kind === 'absent' ? `${person(p)} (absent)` : person(p)))) } : { heading: 'Apologies', lines: ['None.'] });
  if (n.movements.length) out.push({ heading: 'Arrivals and departures', table: { head: MOVEMENT_COLUMNS, rows: n.movements.map(movementCells) } });
  out.push(n.interests.length ? { heading: 'Declarations of interest', table: { head: INTEREST_COLUMNS, rows: n.interests.map(interestCells) } } : { heading: 'Declarations of interest', lines: ['None declared.'] });
  return out;
}

function decisionLines(d: NoticeDecision): string[] {
  const out: string[] = [];
  for (const x of d.decisions) out.push(`Decision: ${x.text}`, ...(x.outcome ? [x.outcome] : []));
  for (const m of d.motions) {
    const l = motionLines(m);
    out.push(...[l.text, l.summary, l.recorded].filter((s): s is string => !!s));
  }
  return out;
}

const NOTICE = 'Decision notice';

export function noticeMarkdown(n: DecisionNotice): string {
  const e = escapeMarkdownText;
  const out = [`# ${NOTICE}: ${e(n.title)}`, [n.when, n.location, n.chair ? `Chair: ${n.chair}` : undefined].filter((x) => x).map((x) => e(x!)).join(' · ')];
  if (n.status) out.push(n.status.kind === 'draft' ? `**${e(statusSentence(n.status))}**` : `*${e(statusSentence(n.status))}*`);
  for (const p of parts(n)) {
    out.push(`## ${e(p.heading)}`);
    if (p.lines) out.push(p.lines.map((l) => `- ${e(l)}`).join('\n'));
    if (p.table) out.push(mdTable(p.table.head, p.table.rows));
  }
  out.push('## Decisions');
  if (!n.decisions.length) out.push('No decisions were recorded.');
  for (const d of n.decisions) out.push(`### ${d.number ? `${e(d.number)} ` : ''}${e(d.title)}`, decisionLines(d).map(e).join('\n\n'));
  if (n.withheldCount) out.push(`*${privately(n.withheldCount)}*`);
  return `${out.filter((x) => x).join('\n\n')}\n`;
}

export function noticeHtml(n: DecisionNotice): string {
  const e = escapeHtml;
  const body = [`<h1>${NOTICE}: ${e(n.title)}</h1>`, ...[n.when, n.location, n.chair ? `Chair: ${n.chair}` : undefined].filter((x) => x).map((x) => `<p class="when">${e(x!)}</p>`)];
  if (n.status) body.push(`<p class="record-status${n.status.kind === 'draft' ? ' record-draft' : ''}">${e(statusSentence(n.status))}</p>`);
  for (const p of parts(n)) {
    body.push(`<h2>${e(p.heading)}</h2>`);
    if (p.lines) body.push(`<ul>${p.lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`);
    if (p.table) body.push(htmlTable(p.table.head, p.table.rows, 'interests'));
  }
  body.push('<h2>Decisions</h2>');
  if (!n.decisions.length) body.push('<p>No decisions were recorded.</p>');
  for (const d of n.decisions) body.push(`<h3>${e([d.number, d.title].filter((x) => x).join(' '))}</h3>`, ...decisionLines(d).map((l) => `<p class="${/^(Decision|Motion|Amendment):/.test(l) ? 'decision' : 'vote'}">${e(l)}</p>`));
  if (n.withheldCount) body.push(`<p class="withheld">${e(privately(n.withheldCount))}</p>`);
  return `<!DOCTYPE html>
<html lang="${PUBLISHED_LANGUAGE}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${NOTICE}: ${e(n.title)}${n.when ? ` – ${e(n.when)}` : ''}</title>
<style>${PUBLISHED_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

/** The notice as a Word document (the docx library, loaded on first use as in docx.ts). */
export async function noticeDocx(notice: DecisionNotice): Promise<Uint8Array> {
  const n = publishableDeep(notice);
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = await import('docx');
  const para = (text: string, bold = false, italics = false): InstanceType<typeof Paragraph> => new Paragraph({ children: [new TextRun({ text, bold, italics })] });
  const row = (cells: readonly string[], bold = false): InstanceType<typeof TableRow> => new TableRow({ tableHeader: bold || undefined, children: cells.map((c) => new TableCell({ children: [para(c, bold)] })) });
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [
    new Paragraph({ text: `${NOTICE}: ${n.title}`, heading: HeadingLevel.TITLE, outlineLevel: OUTLINE.title, alignment: AlignmentType.CENTER }),
    ...[n.when, n.location, n.chair ? `Chair: ${n.chair}` : undefined].filter((x): x is string => !!x).map((x) => new Paragraph({ text: x, alignment: AlignmentType.CENTER })),
  ];
  if (n.status) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: statusSentence(n.status), ...(n.status.kind === 'draft' ? { bold: true, color: 'A4161A' } : { italics: true }) })] }));
  for (const p of parts(n)) {
    children.push(new Paragraph({ text: p.heading, heading: HeadingLevel.HEADING_2, outlineLevel: OUTLINE.heading2 }));
    if (p.lines) children.push(...p.lines.map((l) => new Paragraph({ text: l, bullet: { level: 0 } })));
    if (p.table) children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(p.table.head, true), ...p.table.rows.map((r) => row(r))] }));
  }
  children.push(new Paragraph({ text: 'Decisions', heading: HeadingLevel.HEADING_2, outlineLevel: OUTLINE.heading2 }));
  if (!n.decisions.length) children.push(para('No decisions were recorded.'));
  for (const d of n.decisions) {
    children.push(new Paragraph({ text: [d.number, d.title].filter((x) => x).join(' '), heading: HeadingLevel.HEADING_3, outlineLevel: OUTLINE.heading3 }));
    children.push(...decisionLines(d).map((l) => para(l, !/^(Decision|Motion|Amendment):/.test(l))));
  }
  if (n.withheldCount) children.push(para(privately(n.withheldCount), false, true));
  const doc = new Document({ creator: 'Minutes', title: `${NOTICE}: ${n.title}`, styles: LANGUAGE_STYLES, sections: [{ children }] });
  return declaredLanguage(new Uint8Array(await Packer.toBuffer(doc)));
}
