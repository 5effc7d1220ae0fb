/**
 * A board's template with its crest in the header and "Page X of Y" in the footer (issue 21 §4):
 * the exported minutes carry the crest (the picture, its relationship and its content type) and
 * both page-number fields, read from the .docx's parts.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { Document, Footer, Header, ImageRun, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { analyzeText, exportMeeting, DEFAULT_PUBLISH, DEFAULT_SETTINGS } from '#service';
import { ROOT, TODAY } from '../support/util';

// a 1×1 PNG: the board's crest, as far as the test is concerned
const CREST = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('the template\'s crest and "Page X of Y" reach the exported minutes', async () => {
  const template = new Document({
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: CREST, transformation: { width: 48, height: 48 }, altText: { name: 'crest', title: 'Crest', description: 'The Borough of Testshire crest' } }), new TextRun(' Shire Hall')] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
      children: [new Paragraph('Template body')],
    }],
  });
  const minutes = readFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), 'utf8');
  const a = analyzeText('file:///board/2022-11-22.minutes', 1, minutes, DEFAULT_SETTINGS, TODAY);
  const r = await exportMeeting(a.doc, a.lines, 'docx', { ...DEFAULT_PUBLISH, version: 'public' }, new Uint8Array(await Packer.toBuffer(template)));
  assert.ok('bytes' in r, 'error' in r ? r.error : '');
  const out = unzipSync(r.bytes);
  const text = (name: string): string => strFromU8(out[name]);
  const rels = text('word/_rels/document.xml.rels');
  const target = (type: string): string => `word/${new RegExp(`Type="[^"]*/${type}" Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Type="[^"]*/${type}"`).exec(rels)?.[1]}`;
  const header = target('header');
  const footer = target('footer');
  // the header shows the picture its relationship names, which is in the package byte for byte
  const embed = /<a:blip r:embed="([^"]+)"/.exec(text(header))?.[1];
  assert.ok(embed, 'the crest in the header');
  const headerRels = text(header.replace(/^word\/(.*)$/, 'word/_rels/$1.rels'));
  const media = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${embed}"`).exec(headerRels);
  const picture = `word/${media?.[1] ?? media?.[2]}`;
  assert.deepEqual(Buffer.from(out[picture] ?? []), CREST, `${picture} is the crest`);
  assert.match(text('[Content_Types].xml'), /Extension="png"/);
  assert.match(text(header), /The Borough of Testshire crest/, 'the crest keeps its description');
  // "Page X of Y": both fields
  assert.match(text(footer), /PAGE/);
  assert.match(text(footer), /NUMPAGES/);
});
