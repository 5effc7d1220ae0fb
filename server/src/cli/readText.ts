/** Reads a file named on the command line as text, in the encoding it is saved in (service/encoding.ts decides). */
import { promises as fs } from 'node:fs';
import { decodeText, encodingNote } from '../service/encoding';

/** The text of `file`; when it is not UTF-8 a line on standard error says how it was read. */
export async function readText(file: string): Promise<string> {
  const decoded = decodeText(await fs.readFile(file));
  const note = encodingNote(file, decoded);
  if (note) process.stderr.write(`minutes: ${note}\n`);
  return decoded.text;
}
