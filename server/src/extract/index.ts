/**
 * Text from the files clerks have: published minutes as text (.txt, any encoding the service's
 * `encoding.ts` reads), Word (.docx), PDF and web pages (.html). Outside the pure service: these
 * readers are heavy (pdf.js) and are loaded only when such a file is imported. Bytes in, text
 * out; a file that cannot be read gives an `ExtractError` whose message says what to do.
 */
import { decodeText, encodingNote } from '#service/encoding';
import { docxToText } from './docx';
import { ExtractError } from './errors';
import { htmlToText } from './html';
import { pdfToText } from './pdf';

export { ExtractError } from './errors';

export type SourceKind = 'text' | 'docx' | 'pdf' | 'html' | 'ole';

/** What the file is: by its first bytes when they tell (a file renamed keeps them), else by its name. */
export function sourceKind(bytes: Uint8Array, name: string): SourceKind {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  // an old Word .doc, and a .docx protected by a password, are OLE compound files
  if (head.startsWith('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'ole';
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx' || ext === 'docm') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (/^(\ufeff|\xef\xbb\xbf)?\s*<(!doctype html|html|head|body)\b/i.test(head)) return 'html';
  return 'text';
}

export interface Extracted {
  text: string;
  /** Said to the clerk: the text's encoding when it was not UTF-8. */
  note?: string;
}

/** The text of an imported file, whatever it is. */
export async function extractText(bytes: Uint8Array, name: string): Promise<Extracted> {
  const kind = sourceKind(bytes, name);
  if (kind === 'pdf') return { text: await pdfToText(bytes, name) };
  if (kind === 'docx') return { text: await docxToText(bytes, name) };
  if (kind === 'ole') throw new ExtractError(`${name} is an old Word document (.doc) or one protected by a password, which import cannot read. Open it in Word and save it as a Word Document (.docx) without a password, or as Plain Text (.txt), and import that.`);
  const decoded = decodeText(bytes);
  const note = encodingNote(name, decoded);
  if (kind === 'text') return { text: decoded.text, ...(note ? { note } : {}) };
  const text = await htmlToText(decoded.text, { blankBetweenBlocks: true, keepSpaces: false });
  if (text.trim() === '') throw new ExtractError(`${name} holds no text a reader sees. Save the minutes' own page (not a page of links to them) and import that.`);
  return { text, ...(note ? { note } : {}) };
}
