/**
 * The files clerks import, written by the tests from a text: a Word document (with `docx`: a
 * paragraph a line, lines with tabs as rows of a table), a PDF (with `pdf-lib`: a line a row of
 * text, tab-separated cells at tab stops as columns, form feeds and every 50 lines a new page) and
 * a council's "Agenda and minutes" web page (site navigation, the minutes as paragraphs with
 * `<br>` between lines, lines with tabs as table rows, a footer).
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const lines = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');

/** Consecutive lines, grouped: runs of lines with a tab (a table) and single other lines. */
function groups(text: string): { table: boolean; lines: string[] }[] {
  const out: { table: boolean; lines: string[] }[] = [];
  for (const l of lines(text)) {
    const table = /\S.*\t|\t.*\S/.test(l);
    const last = out[out.length - 1];
    if (table && last?.table) last.lines.push(l);
    else out.push({ table, lines: [l] });
  }
  return out;
}

export async function writeDocx(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const g of groups(text)) {
    if (!g.table) { children.push(new Paragraph({ children: [new TextRun(g.lines[0])] })); continue; }
    children.push(new Table({
      rows: g.lines.map((l) => new TableRow({ children: l.split('\t').map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })) })),
    }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * The text as the PDF's standard font can draw it (WinAnsi): a real PDF embeds its fonts, a test
 * PDF cannot without a font file, so letters outside it lose their accents (`č` → `c`) and other
 * characters become `?`; and a PDF reader reads a run of spaces between words as one space (it
 * cannot tell a wide space from two), so runs after a line's first word are one space. Compare the
 * PDF's import with this text.
 */
export function pdfDrawable(text: string, encodable: (c: string) => boolean): string {
  text = text.replace(/(\S) {2,}(?=\S)/g, '$1 ');
  let out = '';
  for (const c of text) {
    if (c === '\n' || c === '\t' || c === '\f' || encodable(c)) { out += c; continue; }
    const bare = c.normalize('NFD').replace(/\p{M}/gu, '');
    out += bare !== c && [...bare].every(encodable) ? bare : '?';
  }
  return out;
}

export async function writePdf(text: string): Promise<{ bytes: Uint8Array; drawn: string }> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const encodable = (c: string) => { try { font.encodeText(c); return true; } catch { return false; } };
  const drawn = pdfDrawable(text, encodable);
  // no line is wrapped: the page is as wide as the widest line, and a PDF page is at most 14,400
  // points wide, so a document with very long lines (a web page's paragraph kept on one line) is set smaller
  const widest = Math.max(...lines(drawn).map((l) => font.widthOfTextAtSize(l.replace(/[\t\f]/g, '    '), 1)));
  const size = Math.min(10, Math.floor((13000 / widest) * 100) / 100), lead = size * 1.4, margin = 40, perPage = 50, tabStop = size * 7.2;
  const width = (s: string) => font.widthOfTextAtSize(s, size);
  const laid = lines(drawn).map((raw) => {
    const feed = raw.startsWith('\f');
    const l = raw.replace(/\f/g, '');
    const cells: { x: number; s: string }[] = [];
    let x = margin;
    l.split('\t').forEach((cell, i) => {
      if (i > 0) x = Math.max(x + 2 * size, margin + Math.ceil((x - margin + 1) / tabStop) * tabStop);
      const indent = /^ */.exec(cell)![0].length;
      const s = cell.slice(indent);
      x += width(' ') * indent;
      if (s !== '') cells.push({ x, s });
      x += width(s);
    });
    return { feed, cells, end: x };
  });
  // room on the right: pdf.js measures a line a little wider than pdf-lib, and drops what falls off the page
  const pageWidth = Math.max(595, ...laid.map((l) => l.end * 1.02 + margin));
  const pageHeight = 2 * margin + perPage * lead;
  let page = pdf.addPage([pageWidth, pageHeight]);
  let row = 0;
  for (const l of laid) {
    if ((l.feed && row > 0) || row === perPage) { page = pdf.addPage([pageWidth, pageHeight]); row = 0; }
    const y = pageHeight - margin - size - row * lead;
    for (const c of l.cells) page.drawText(c.s, { x: c.x, y, size, font });
    row++;
  }
  return { bytes: await pdf.save(), drawn };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A council's "Agenda and minutes" page: chrome around the minutes, which keep their lines. */
export function writeHtml(text: string, title = 'Agenda and minutes'): string {
  const body: string[] = [];
  let para: string[] = [];
  const flush = () => { if (para.length > 0) body.push(`<p>${para.join('<br>\n')}</p>`); para = []; };
  for (const g of groups(text)) {
    if (g.table) {
      flush();
      body.push(`<table class="mgTable">${g.lines.map((l) => `<tr>${l.split('\t').map((c) => `<td>${esc(c).replace(/ {2,}/g, (m) => '&nbsp;'.repeat(m.length - 1) + ' ')}</td>`).join('')}</tr>`).join('\n')}</table>`);
      continue;
    }
    const l = g.lines[0].replace(/\f/g, '');
    if (l.trim() === '') flush();
    // spaces a reader sees (two after a title) as the page would hold them
    else para.push(esc(l.trim()).replace(/ {2,}/g, (m) => '&nbsp;'.repeat(m.length - 1) + ' '));
  }
  flush();
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body { font-family: Arial } .mgTable td { padding: 2px }</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){ dataLayer.push(arguments) }</script></head>
<body><header><a href="#content" class="skip">Skip to content</a></header>
<nav class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="/mgListCommittees.aspx">Committees</a></li></ul></nav>
<main id="content"><h1 class="mgMainTitle">${esc(title)}</h1>
${body.join('\n')}
</main>
<footer><p>&copy; Borough Council &ndash; Contact us</p></footer>
<script>gtag('config', 'G-XXXX')</script></body></html>`;
}
