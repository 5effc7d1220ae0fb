/**
 * Text of a PDF with its layout (unpdf bundles pdf.js, a maintained reader): the text pieces of a
 * page grouped into lines by their height on the page, in order across; a wide gap between two
 * pieces of a line (a column of a table, a right-hand Action column) as a tab, a narrow one as a
 * space; a line's indent as spaces; a gap of empty lines as blank lines; a page break as a form
 * feed at the start of the next page's first line, as text extracted from PDFs has it.
 */
import { ExtractError } from './errors';
import { pdfReader } from './readers';

/** A piece of text on a page: where it starts and ends across, its baseline's height, its font size. */
export interface Piece { str: string; x: number; y: number; end: number; size: number }

/** Pieces whose baselines are this close (in font sizes) stand on one line. */
const SAME_LINE = 0.4;
/** A gap wider than this (in font sizes) separates columns. */
const COLUMN_GAP = 1.2;
/** Width of a space in Helvetica-like fonts, in font sizes: indents are counted in it. */
const SPACE = 0.278;

/** The lines of one page, from its pieces in any order. */
export function pageLines(pieces: Piece[]): string[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Piece[][] = [];
  for (const p of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - p.y) <= SAME_LINE * Math.max(row[0].size, p.size)) row.push(p);
    else rows.push([p]);
  }
  if (rows.length === 0) return [];
  // a loop, not Math.min(...): a page may hold more pieces than a call takes arguments
  let left = Infinity;
  for (const p of sorted) left = Math.min(left, p.x);
  const sizes = sorted.map((p) => p.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] || 10;
  // the usual distance between lines: the most common gap between consecutive rows
  const gaps = rows.slice(1).map((r, i) => rows[i][0].y - r[0].y).filter((g) => g > 0).sort((a, b) => a - b);
  const lead = gaps.length > 0 ? gaps[Math.floor(gaps.length / 4)] : size * 1.2;
  const lines: string[] = [];
  rows.forEach((row, i) => {
    if (i > 0) {
      // lines left empty between two rows come back as blank lines (at most a few: a half-empty page is not a gap of text)
      const missing = Math.min(3, Math.round((rows[i - 1][0].y - row[0].y) / lead) - 1);
      for (let k = 0; k < missing; k++) lines.push('');
    }
    row.sort((a, b) => a.x - b.x);
    const indent = Math.round((row[0].x - left) / (SPACE * row[0].size));
    let line = indent > 0 ? ' '.repeat(indent) : '';
    let end = row[0].x;
    for (const p of row) {
      const gap = p.x - end;
      if (line.trim() !== '' && gap > COLUMN_GAP * p.size) line = line.replace(/ +$/, '') + '\t';
      // as many spaces as fill the gap: two spaces after a title stay two
      else if (line.trim() !== '' && gap > 0.15 * p.size && !/\s$/.test(line) && !/^\s/.test(p.str)) line += ' '.repeat(Math.max(1, Math.round(gap / (SPACE * p.size))));
      line += p.str;
      end = Math.max(end, p.end);
    }
    lines.push(line.replace(/\s+$/, ''));
  });
  return lines;
}

export async function pdfToText(bytes: Uint8Array, name: string): Promise<string> {
  const { getDocumentProxy } = await pdfReader();
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes the buffer over: give it a copy
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (e) {
    if ((e as Error)?.name === 'PasswordException') throw new ExtractError(`${name} is protected by a password. Open it, print it to a new PDF without the password (or save its text as .txt), and import that.`);
    throw new ExtractError(`${name} cannot be read as a PDF: it may be damaged or not a PDF at all. Open it in a PDF reader and save it again, or save its text as .txt and import that.`, { cause: e });
  }
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        // pdf.js puts a space piece in a gap between two pieces: the gap itself says what it is
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        const size = Math.hypot(a, b) || item.height || 10;
        pieces.push({ str: item.str, x, y, end: x + item.width, size });
      }
      pages.push(pageLines(pieces).join('\n'));
      page.cleanup();
    }
  } catch (e) {
    // the clerk is told what to do; pdf.js's own words stay with the error (its cause)
    throw new ExtractError(`${name} is damaged: a page could not be read. Open it in a PDF reader and save it again, or save its text as .txt and import that.`, { cause: e });
  } finally {
    void pdf.destroy();
  }
  if (pages.every((p) => p.trim() === '')) throw new ExtractError(`This PDF holds no text (it may be a scan): ${name}. Run it through text recognition (OCR) in your PDF reader, or import the minutes as a Word document or text file.`);
  return pages.map((p, i) => (i > 0 ? '\f' : '') + p).join('\n') + '\n';
}
