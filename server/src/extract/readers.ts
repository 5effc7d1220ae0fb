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

function lent(): Lent | undefined {
  return (globalThis as Record<symbol, Lent | undefined>)[READER_IMPORT];
}

export async function mammothReader(): Promise<Mammoth> {
  const via = lent();
  return via ? (await via(READER_FILES.mammoth)) as Mammoth : import('mammoth');
}

export async function pdfReader(): Promise<Unpdf> {
  const via = lent();
  return via ? (await via(READER_FILES.unpdf)) as Unpdf : import('unpdf');
}

export async function htmlReader(): Promise<Parse5> {
  const via = lent();
  return via ? (await via(READER_FILES.parse5)) as Parse5 : import('parse5');
}
