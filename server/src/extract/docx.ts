/**
 * Text of a Word document: mammoth reads the paragraphs, tables and lists (a maintained reader of
 * .docx) and writes them as HTML, which `html.ts` makes lines: a paragraph a line (empty ones kept
 * as blank lines), table cells separated by tabs, list items with their bullets or numbers, tabs
 * and spaces within a paragraph as typed.
 */
import { ExtractError } from './errors';
import { htmlToText } from './html';
import { mammothReader } from './readers';

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  const mammoth = await mammothReader();
  const convert = (mammoth as unknown as { default?: typeof mammoth }).default?.convertToHtml ?? mammoth.convertToHtml;
  let html: string;
  try {
    html = (await convert({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: false })).value;
  } catch (e) {
    // the clerk is told what to do; the reader's own words stay with the error (its cause)
    throw new ExtractError(`${name} cannot be read as a Word document: it may be damaged, protected by a password, or an old .doc file. Open it in Word and save it again as a Word Document (.docx), or save it as Plain Text (.txt) and import that.`, { cause: e });
  }
  const text = await htmlToText(html, { blankBetweenBlocks: false, keepSpaces: true });
  if (text.trim() === '') throw new ExtractError(`${name} holds no text: the minutes may be pictures of pages. Import the text of the minutes instead (a .txt, .pdf with text, or the web page).`);
  return text;
}
