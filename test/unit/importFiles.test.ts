/**
 * Import from the files clerks have, on every document of the layouts folder and the corpus: the
 * text is written as a Word document, a PDF and a council's web page (by the tests, with `docx`
 * and `pdf-lib`), read back and imported. Reading the file loses no word of the text, in order,
 * and the import gives the same words and the same outline (items, sub-items, sections) as the
 * import of the text itself.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentSymbols, importPublished, type OutlineSymbol } from '#service';
import { extractText } from '#server/extract/index';
import { writeDocx, writeHtml, writePdf } from '../support/sourceFiles';
import { firstLostWord } from '../support/wordSequence';
import { analyse, CORPUS, ROOT, TODAY } from '../support/util';
import { DEFAULT_SETTINGS } from '#service';

const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');
const DOCUMENTS = [
  ...fs.readdirSync(LAYOUTS).filter((f) => f.endsWith('.txt')).map((f) => path.join(LAYOUTS, f)),
  ...fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f)),
];

const imported = (text: string) => importPublished(text, DEFAULT_SETTINGS, TODAY);
const outline = (text: string): string[] => {
  const walk = (s: OutlineSymbol[], depth: number): string[] => s.flatMap((x) => [`${'  '.repeat(depth)}${x.name}`, ...walk(x.children, depth + 1)]);
  return walk(documentSymbols(analyse(text).doc), 0);
};

test('every document is in the test (ten layouts and the corpus)', () => {
  assert.equal(DOCUMENTS.length, 13);
});

for (const file of DOCUMENTS) {
  const name = path.basename(file);
  test(`${name} from Word, PDF and a web page: no word lost, the import's words and outline as from the text`, async () => {
    const source = fs.readFileSync(file, 'utf8');
    const pdf = await writePdf(source);
    const forms: [string, Uint8Array, string, boolean][] = [
      // [file, bytes, the text it carries, whether the file adds words of its own (a page's title)]
      [name.replace(/\.txt$/, '.docx'), await writeDocx(source), source, false],
      [name.replace(/\.txt$/, '.pdf'), pdf.bytes, pdf.drawn, false],
      [name.replace(/\.txt$/, '.html'), Buffer.from(writeHtml(source)), source, true],
    ];
    for (const [fileName, bytes, carried, adds] of forms) {
      const { text } = await extractText(bytes, fileName);
      // reading the file: every word of the text, in order (the web page adds its heading)
      assert.equal(firstLostWord(carried, text), undefined, `${fileName}: reading it`);
      if (!adds) assert.equal(firstLostWord(text, carried), undefined, `${fileName}: no word added`);
      const fromFile = imported(text);
      const fromText = imported(carried);
      assert.equal(firstLostWord(fromText, fromFile), undefined, `${fileName}: the import`);
      assert.deepEqual(outline(fromFile), outline(fromText), `${fileName}: the outline`);
    }
  });
}
