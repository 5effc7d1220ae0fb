/**
 * Word in the board's own template (issue 21 §4): the test makes a board's template itself with
 * the docx library (its own fonts and colours, a letterhead in the header, "Page N" in the footer,
 * a landscape page and a sample paragraph in its body), exports a meeting with it and reads the
 * result's XML: the template's styles, page set-up, header and footer; our words in the template's
 * styles; well-formed parts; and nothing the public version withholds anywhere in the package.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8, type Unzipped } from 'fflate';
import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import * as mammoth from 'mammoth';
import { analyzeText, exportMeeting, DEFAULT_PUBLISH, DEFAULT_SETTINGS } from '#service';
import { ROOT, TODAY } from '../support/util';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- sax (installed with our dependencies) has no types here
const sax = require('sax') as { parser(strict: boolean): { onerror: (e: Error) => void; write(s: string): { close(): void } } };

const NOVEMBER = readFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), 'utf8');
const SECRETS = ['Northgate', 'Fleetwise', 'Vehicle Fleet'];
const LETTERHEAD = 'Borough of Testshire – Democratic Services, Shire Hall';
const SAMPLE = 'Delete this sample paragraph before use';

async function boardTemplate(): Promise<Unzipped> {
  const doc = new Document({
    creator: 'Testshire Committee Services', title: 'Testshire minutes template',
    styles: {
      default: {
        document: { run: { font: 'Testshire Body Serif', size: 23 } },
        title: { run: { font: 'Testshire Display', color: '7A0019', size: 44 } },
        heading2: { run: { font: 'Testshire Heading Sans', color: '004B87', size: 28 } },
      },
    },
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 2011, bottom: 1733, left: 1277, right: 1277 } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(LETTERHEAD)] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('Testshire page '), new TextRun({ children: [PageNumber.CURRENT] })] })] }) },
      children: [new Paragraph(SAMPLE)],
    }],
  });
  return unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
}

async function exported(template: Unzipped, version: 'public' | 'full' = 'public'): Promise<Unzipped> {
  const a = analyzeText('file:///board/2022-11-22.minutes', 1, NOVEMBER, DEFAULT_SETTINGS, TODAY);
  const r = await exportMeeting(a.doc, a.lines, 'docx', { ...DEFAULT_PUBLISH, version }, zipSync(template));
  assert.ok('bytes' in r, 'error' in r ? r.error : '');
  return unzipSync(r.bytes);
}

const xml = (files: Unzipped, name: string): string => strFromU8(files[name]);
const wellFormed = (s: string, name: string): void => {
  const p = sax.parser(true);
  p.onerror = (e) => { throw new Error(`${name} is not well-formed: ${e.message}`); };
  p.write(s).close();
};
const partOf = (files: Unzipped, kind: string): string => {
  const rels = xml(files, 'word/_rels/document.xml.rels');
  const target = new RegExp(`Type="[^"]*/${kind}" Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Type="[^"]*/${kind}"`).exec(rels)?.[1];
  assert.ok(target, `no ${kind} relationship`);
  return xml(files, `word/${target}`);
};

test('the exported minutes take the template\'s styles, page set-up, header and footer; our words are in its styles', async () => {
  const out = await exported(await boardTemplate());
  for (const name of Object.keys(out).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) wellFormed(xml(out, name), name);
  const body = xml(out, 'word/document.xml');
  const styles = partOf(out, 'styles');
  // the template's fonts and colours are the styles of the result
  assert.match(styles, /Testshire Body Serif/);
  assert.match(styles, /<w:style w:type="paragraph" w:styleId="Title">[\s\S]*?Testshire Display[\s\S]*?<\/w:style>/);
  assert.match(styles, /<w:style w:type="paragraph" w:styleId="Heading2">[\s\S]*?Testshire Heading Sans[\s\S]*?<\/w:style>/);
  // the page: landscape, the template's margins, its header and footer
  assert.match(body, /<w:pgSz [^>]*w:orient="landscape"/);
  assert.match(body, /<w:pgMar [^>]*w:top="2011"/);
  assert.match(body, /<w:headerReference [^>]*w:type="default"/);
  assert.match(partOf(out, 'header'), new RegExp(LETTERHEAD));
  assert.match(partOf(out, 'footer'), /Testshire page/);
  // our content in the template's styles: the title, the headings, the bullets, the minutes' words
  assert.match(body, /<w:pStyle w:val="Title"\/>[\s\S]*?Strategic Policing and Crime Board/);
  assert.match(body, /<w:pStyle w:val="Heading2"\/>/);
  assert.match(body, /The precept consultation closes on 30 November\./);
  // the actions table's first row is a header row (repeated on each page, read as column headings)
  assert.match(body, /<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>(?:(?!<\/w:tr>)[\s\S])*?>Ref<\/w:t>/);
  // the template's own sample text is not in the minutes
  assert.ok(!body.includes(SAMPLE));
  // the document's title is the minutes', not the template's
  assert.doesNotMatch(xml(out, 'docProps/core.xml'), /Testshire minutes template/);
  // and Word's reader reads it: mammoth's text has our words in order
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(zipSync(out)) })).value;
  assert.match(text, /Apologies and PCC Update[\s\S]*Finance and Budget Update/);
});

test('nothing the public version withholds reaches any part of the package', async () => {
  const out = await exported(await boardTemplate());
  for (const [name, bytes] of Object.entries(out)) for (const s of SECRETS) assert.ok(!strFromU8(bytes).includes(s), `${s} in ${name}`);
  // the full version does carry the confidential item: the check above can see it
  const full = await exported(await boardTemplate(), 'full');
  assert.match(xml(full, 'word/document.xml'), /Northgate/);
});

test('a .dotx is a template: the result is a document; a style named as ours under another id is the template\'s; one it lacks is ours', async () => {
  const t = await boardTemplate();
  t['[Content_Types].xml'] = strToU8(xml(t, '[Content_Types].xml').replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'));
  // a Dutch Word names the style "heading 2" with the id Kop2; this template has no List Paragraph
  t['word/styles.xml'] = strToU8(xml(t, 'word/styles.xml')
    .replace('w:styleId="Heading2"', 'w:styleId="Kop2"')
    .replace(/<w:style [^>]*w:styleId="ListParagraph"[^>]*>[\s\S]*?<\/w:style>/, ''));
  assert.doesNotMatch(xml(t, 'word/styles.xml'), /ListParagraph/);
  const out = await exported(t);
  assert.match(xml(out, '[Content_Types].xml'), /wordprocessingml\.document\.main\+xml/);
  assert.doesNotMatch(xml(out, '[Content_Types].xml'), /template\.main/);
  const body = xml(out, 'word/document.xml');
  assert.match(body, /<w:pStyle w:val="Kop2"\/>/);
  assert.doesNotMatch(body, /<w:pStyle w:val="Heading2"\/>/);
  const styles = partOf(out, 'styles');
  assert.match(styles, /w:styleId="ListParagraph"/, 'our List Paragraph added');
  assert.match(styles, /<w:style w:type="paragraph" w:styleId="Kop2">[\s\S]*?Testshire Heading Sans/);
  wellFormed(styles, 'styles');
  wellFormed(body, 'document');
});

test('a file that is not a Word template is refused with what to do', async () => {
  const a = analyzeText('file:///board/2022-11-22.minutes', 1, NOVEMBER, DEFAULT_SETTINGS, TODAY);
  for (const bad of [strToU8('not a zip at all'), zipSync({ 'hello.txt': strToU8('hi') })]) {
    const r = await exportMeeting(a.doc, a.lines, 'docx', DEFAULT_PUBLISH, bad);
    assert.ok('error' in r);
    assert.match(r.error, /^The Word template is not a Word document or template \(\.docx or \.dotx\).*save the board's template from Word as a \.dotx or \.docx/);
  }
});
