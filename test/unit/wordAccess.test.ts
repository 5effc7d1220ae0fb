/**
 * Word exports are accessible (issue 21 §4): the document's language set (in the styles' defaults,
 * which Word and screen readers follow, and in the package's properties), its title set, real
 * headings (a heading style and an outline level, which the navigation pane and a tagged PDF read),
 * and table header rows marked as such. Each is read from the .docx's XML, for the plain export,
 * the export in a board's template and the decision notice.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8, type Unzipped } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { analyzeText, exportMeeting, DEFAULT_PUBLISH, DEFAULT_SETTINGS, type ExportFormat } from '#service';
import { withStylesLanguage } from '#service/publish/docxAccess';
import { ROOT, TODAY } from '../support/util';

const NOVEMBER = readFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), 'utf8');
const TITLE = 'Strategic Policing and Crime Board';

async function exported(to: ExportFormat, template?: Uint8Array): Promise<Unzipped> {
  const a = analyzeText('file:///board/2022-11-22.minutes', 1, NOVEMBER, DEFAULT_SETTINGS, TODAY);
  const r = await exportMeeting(a.doc, a.lines, to, { ...DEFAULT_PUBLISH, version: 'public' }, template);
  assert.ok('bytes' in r, 'error' in r ? r.error : '');
  return unzipSync(r.bytes);
}

/** A board's template made in Word's way by the docx library: its own body, no language of its own. */
async function template(edit?: (styles: string) => string): Promise<Uint8Array> {
  const doc = new Document({ title: 'Template title', sections: [{ children: [new Paragraph('Sample paragraph')] }] });
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
  if (edit) files['word/styles.xml'] = strToU8(edit(strFromU8(files['word/styles.xml'])));
  return zipSync(files);
}

const xml = (files: Unzipped, name: string): string => strFromU8(files[name]);
const paragraphs = (body: string): string[] => [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const words = (p: string): string => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
/** The paragraph whose words are `text`: its style and outline level. */
function heading(body: string, text: string): { style?: string; outline?: string } {
  const p = paragraphs(body).find((x) => words(x) === text);
  assert.ok(p, `no paragraph "${text}"`);
  return { style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1], outline: /<w:outlineLvl w:val="(\d)"/.exec(p)?.[1] };
}

function accessible(out: Unzipped, language: string, title: string): void {
  const core = xml(out, 'docProps/core.xml');
  assert.match(core, new RegExp(`<dc:title>${title}</dc:title>`));
  assert.match(core, new RegExp(`<dc:language>${language}</dc:language>`));
  const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml(out, 'word/styles.xml'))?.[0] ?? '';
  assert.match(defaults, new RegExp(`<w:rPrDefault><w:rPr>(?:(?!</w:rPr>)[\\s\\S])*<w:lang w:val="${language}"`));
}

test('the plain Word export: language, title, headings with outline levels, header rows', async () => {
  const out = await exported('docx');
  accessible(out, 'en-GB', TITLE);
  const body = xml(out, 'word/document.xml');
  // the title is the document's level-1 heading; attendance, sections and the actions table level 2; items under a section level 3
  assert.deepEqual(heading(body, TITLE), { style: 'Title', outline: '0' });
  assert.deepEqual(heading(body, 'Present'), { style: 'Heading2', outline: '1' });
  assert.deepEqual(heading(body, 'Regular Items'), { style: 'Heading2', outline: '1' });
  assert.deepEqual(heading(body, 'Finance and Budget Update'), { style: 'Heading3', outline: '2' });
  assert.deepEqual(heading(body, 'Actions'), { style: 'Heading2', outline: '1' });
  // the withheld item's stand-in title is a heading too, so the count of items read by heading is right
  assert.deepEqual(heading(body, 'Confidential item'), { style: 'Heading3', outline: '2' });
  assert.match(body, /<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>(?:(?!<\/w:tr>)[\s\S])*?>Ref<\/w:t>/);
});

test('an item outside any section is a level-2 heading', async () => {
  const a = analyzeText('file:///board/m.minutes', 1, '# Audit Committee\nDate: 01/02/2024\n\n1/24 Minutes of the last meeting\nAgreed.\n', DEFAULT_SETTINGS, TODAY);
  const r = await exportMeeting(a.doc, a.lines, 'docx', DEFAULT_PUBLISH);
  assert.ok('bytes' in r);
  assert.deepEqual(heading(xml(unzipSync(r.bytes), 'word/document.xml'), 'Minutes of the last meeting'), { style: 'Heading2', outline: '1' });
});

test('the Word export in a board\'s template keeps the headings, the header rows, the title, and declares the language', async () => {
  const out = await exported('docx', await template());
  accessible(out, 'en-GB', TITLE);
  const body = xml(out, 'word/document.xml');
  assert.deepEqual(heading(body, TITLE), { style: 'Title', outline: '0' });
  assert.deepEqual(heading(body, 'Finance and Budget Update'), { style: 'Heading3', outline: '2' });
  assert.match(body, /<w:tr><w:trPr><w:tblHeader\/><\/w:trPr>(?:(?!<\/w:tr>)[\s\S])*?>Ref<\/w:t>/);
});

test('a template that declares its language keeps it, in the styles and the properties', async () => {
  const welsh = await template((s) => s.replace(/<w:rPrDefault\/>/, '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/><w:lang w:val="cy-GB" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'));
  const out = await exported('docx', welsh);
  accessible(out, 'cy-GB', TITLE);
  assert.doesNotMatch(xml(out, 'word/styles.xml'), /en-GB/);
});

test('the decision notice in Word: language, title and headings', async () => {
  const out = await exported('notice-docx');
  accessible(out, 'en-GB', `Decision notice: ${TITLE}`);
  const body = xml(out, 'word/document.xml');
  assert.deepEqual(heading(body, `Decision notice: ${TITLE}`), { style: 'Title', outline: '0' });
  assert.deepEqual(heading(body, 'Decisions'), { style: 'Heading2', outline: '1' });
});

test('the language goes into a template\'s defaults in the schema\'s order, whatever they hold', () => {
  const wrap = (d: string): string => `<w:styles xmlns:w="w">${d}<w:style w:styleId="Normal"/></w:styles>`;
  const lang = '<w:lang w:val="en-GB"/>';
  const cases: Array<[string, string]> = [
    ['', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`],
    ['<w:docDefaults/>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`],
    ['<w:docDefaults><w:pPrDefault/></w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`],
    ['<w:docDefaults><w:rPrDefault/><w:pPrDefault/></w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`],
    ['<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>', `<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>`],
    // w:lang comes before w:eastAsianLayout in a run's properties: Word refuses them out of order
    ['<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/><w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>',
      `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/>${lang}<w:eastAsianLayout w:id="1"/></w:rPr></w:rPrDefault></w:docDefaults>`],
    ['<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>',
      '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-GB" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>'],
  ];
  for (const [before, after] of cases) assert.deepEqual(withStylesLanguage(wrap(before)), { styles: wrap(after), language: 'en-GB' }, before);
  const own = wrap('<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>');
  assert.deepEqual(withStylesLanguage(own), { styles: own, language: 'de-DE' });
});
