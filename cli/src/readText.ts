/** Reads a file named on the command line as text, in the encoding it is saved in (service/encoding.ts decides). */
import { promises as fs } from 'node:fs';
import { decodeText, encodingNote } from '#service/encoding';
import { extractText } from '#server/extract/index';

/** The text of `file`; when it is not UTF-8 a line on standard error says how it was read. */
export async function readText(file: string): Promise<string> {
  const decoded = decodeText(await fs.readFile(file));
  const note = encodingNote(file, decoded);
  if (note) process.stderr.write(`minutes: ${note}\n`);
  return decoded.text;
}

/** The text of published minutes to import: text, Word (.docx), PDF or a web page (extract/ decides). */
export async function readImported(file: string): Promise<string> {
  const extracted = await extractText(await fs.readFile(file), file);
  if (extracted.note) process.stderr.write(`minutes: ${extracted.note}\n`);
  return extracted.text;
}
