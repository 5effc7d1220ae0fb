/**
 * The readers of imported files (mammoth for Word, unpdf for PDF, parse5 for web pages), loaded
 * on first use: through the launcher's import where it lends one (readerFiles.ts says why), and
 * by name from node_modules where the server or the command line runs as tsc wrote it.
 */
import { READER_FILES, READER_IMPORT } from './readerFiles';

type Lent = (file: string) => Promise<unknown>;
// unpdf and parse5 are ES modules: their types as an import() sees them
type Mammoth = typeof import('mammoth');
type Unpdf = typeof import('unpdf', { with: { 'resolution-mode': 'import' } });
type Parse5 = typeof import('parse5', { with: { 'resolution-mode': 'import' } });

/** A reader by its file beside the bundle, through the launcher's import where it lends one; else by name. */
async function load<T>(file: string, byName: () => Promise<T>): Promise<T> {
  const lent = (globalThis as Record<symbol, Lent | undefined>)[READER_IMPORT];
  return lent ? (await lent(file)) as T : byName();
}

export const mammothReader = (): Promise<Mammoth> => load(READER_FILES.mammoth, () => import('mammoth'));
export const pdfReader = (): Promise<Unpdf> => load(READER_FILES.unpdf, () => import('unpdf'));
export const htmlReader = (): Promise<Parse5> => load(READER_FILES.parse5, () => import('parse5'));
