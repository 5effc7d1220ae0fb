/**
 * The published minutes as a Word document (docx library): real headings, tables and bold, so a
 * board's office can apply its own template. Built in memory; the caller writes the bytes.
 */
import type { Block, RenderedItem, RenderedMeeting } from './render';
import { confidentialNote, withheldSentence } from './render';
import { publishableDeep } from './chars';
import { INTEREST_COLUMNS, interestCells, motionLines, MOVEMENT_COLUMNS, movementCells } from './proceedings';
import { declaredLanguage, LANGUAGE_STYLES, OUTLINE } from './docxAccess';
import { statusSentence } from './recordStatus';

/**
 * The library is loaded on the first export, not when the server starts: loading it costs every
 * launch about 15 ms, and few sessions export.
 */
export async function renderDocx(r: RenderedMeeting): Promise<Uint8Array> {
  // every string of the model made safe for XML at once: the document stays well-formed whatever was typed
  return builder(await loadDocx())(publishableDeep(r));
}

const loadDocx = () => import('docx');
type Paragraph = InstanceType<DocxModule['Paragraph']>;
type Table = InstanceType<DocxModule['Table']>;
type TableRow = InstanceType<DocxModule['TableRow']>;
type DocxModule = Awaited<ReturnType<typeof loadDocx>>;

function builder(docx: DocxModule): (r: RenderedMeeting) => Promise<Uint8Array> {
  const { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx;
  const para = (text: string, opts: { bold?: boolean; italics?: boolean } = {}): Paragraph => new Paragraph({ children: [new TextRun({ text, bold: opts.bold, italics: opts.italics })] });
  // a heading by its style and by its outline level, which the board's template cannot take away (docxAccess.ts)
  const heading = (text: string, level: 2 | 3, bold?: boolean): Paragraph => new Paragraph({
    heading: level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, outlineLevel: level === 2 ? OUTLINE.heading2 : OUTLINE.heading3,
    children: [new TextRun({ text, bold })],
  });

  function block(b: Block): Array<Paragraph | Table> {
    switch (b.kind) {
      case 'paragraph': return [para(b.text, { bold: b.bold })];
      case 'bullets': return b.items.map((i) => new Paragraph({ text: i, bullet: { level: 0 } }));
      case 'question': return [new Paragraph({ children: [new TextRun(b.text), ...(b.asker ? [new TextRun({ text: ` (Asked by ${b.asker})`, italics: true })] : [])] })];
      case 'decision': return [para(`Decision: ${b.text}`, { bold: true })];
      case 'action': {
        const a = b.action;
        const who = [a.owners ? `Owner: ${a.owners}` : '', a.due ? `Due: ${a.due}` : ''].filter((x) => x).join('. ');
        return [para(`Action ${a.ref}: ${a.text}${who ? ` (${who})` : ''}`, { bold: true })];
      }
      case 'motion': {
        const l = motionLines(b.motion);
        return [...(l.text ? [para(l.text)] : []), para(l.summary, { bold: true }), ...(l.recorded ? [para(l.recorded)] : [])];
      }
      case 'interests': return [table(INTEREST_COLUMNS, b.rows.map(interestCells))];
    }
  }

  // an item's title is a heading (a level under its section's, if any): a reader moves from item to item
  function itemRow(i: RenderedItem, level: 2 | 3): TableRow {
    const title = heading(i.title, level, true);
    const text: Array<Paragraph | Table> = i.withheld
      ? [title, para(withheldSentence(i), { italics: true })]
      : [title, ...(i.confidential ? [para(confidentialNote(i), { italics: true })] : []), ...(i.presenters.length ? [para(`Presented by ${i.presenters.join(', ')}`, { italics: true })] : []), ...i.blocks.flatMap(block)];
    return new TableRow({
      children: [
        new TableCell({ width: { size: 12, type: WidthType.PERCENTAGE }, children: [para(i.number, { bold: true })] }),
        new TableCell({ width: { size: 88, type: WidthType.PERCENTAGE }, children: text }),
      ],
    });
  }

  // a header row (bold) repeats on each page and is announced as the column headings by a screen reader
  const row = (cells: string[], bold = false): TableRow => new TableRow({ tableHeader: bold || undefined, children: cells.map((c) => new TableCell({ children: [para(c, { bold })] })) });

  const table = (head: readonly string[], rows: readonly string[][]): Table => new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row([...head], true), ...rows.map((c) => row(c))] });

  async function write(r: RenderedMeeting): Promise<Uint8Array> {
    const children: Array<Paragraph | Table> = [
      new Paragraph({ text: r.title, heading: HeadingLevel.TITLE, outlineLevel: OUTLINE.title, alignment: AlignmentType.CENTER }),
      ...[r.date, r.time, r.location, r.chair ? `Chair: ${r.chair}` : undefined].filter((x): x is string => !!x).map((x) => new Paragraph({ text: x, alignment: AlignmentType.CENTER })),
    ];
    // a draft in bold and red, as the HTML marks it; an approval in italics
    if (r.status) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: statusSentence(r.status), ...(r.status.kind === 'draft' ? { bold: true, color: 'A4161A' } : { italics: true }) })] }));
    for (const b of r.people) {
      children.push(heading(b.label, 2));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: b.people.map((p) => row([p.name, p.role ?? ''])) }));
    }
    if (r.movements.length) children.push(heading('Arrivals and departures', 2), table(MOVEMENT_COLUMNS, r.movements.map(movementCells)));
    children.push(...r.preamble.flatMap(block));
    if (r.actions.length) children.push(para('Actions arising from the discussion are shown in bold.', { italics: true }));
    let inSection = false;
    const rows: TableRow[] = r.body.map((b) => {
      if (b.kind !== 'section') return itemRow(b, inSection ? 3 : 2);
      inSection = true;
      return new TableRow({ children: [new TableCell({ columnSpan: 2, children: [heading(b.title, 2), ...b.blocks.flatMap(block)] })] });
    });
    if (rows.length) children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
    children.push(...r.closing.flatMap(block));
    if (r.actionsTable && r.actions.length) {
      children.push(heading('Actions', 2));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(['Ref', 'Action', 'Owner', 'Due'], true), ...r.actions.map((a) => row([a.ref, a.text, a.owners, a.due ?? '']))] }));
    }
    const doc = new Document({ creator: 'Minutes', title: r.title, styles: LANGUAGE_STYLES, sections: [{ children }] });
    return declaredLanguage(new Uint8Array(await Packer.toBuffer(doc)));
  }
  return write;
}
