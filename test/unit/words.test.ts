/**
 * No word lost (issue 17 §2, §4): text in angle brackets is words, not debris; a rename touches
 * exactly the person renamed; files in Windows-1252 or UTF-16 are read as the clerk wrote them;
 * invisible and bidi controls in numbers and names are reported and do not merge items.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse as parseHtml } from 'parse5';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import {
  analyzeText, DEFAULT_PUBLISH, DEFAULT_SETTINGS, exportMeeting, importPublished,
} from '../../server/out/service/index';
import { segmentDocument } from '../../server/out/service/text';
import { MEETING, TODAY, report } from '../support/util';

const RUNS = Number(process.env.MINUTES_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.MINUTES_FUZZ_SEED ?? 20261201);

interface Node5 { nodeName: string; value?: string; childNodes?: Node5[] }
function htmlText(html: string): string {
  const out: string[] = [];
  const walk = (n: Node5): void => {
    if (n.nodeName === 'style' || n.nodeName === 'script') return;
    if (n.nodeName === '#text') out.push(n.value ?? '');
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(parseHtml(html) as unknown as Node5);
  return out.join('');
}
const xmlText = (xml: string): string => xml.replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => t ?? '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Markdown as a reader sees it: a backslash before punctuation is the escape, not a character. */
const markdownText = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** What the clerk reads in each published format (full version) of `text`. */
async function published(text: string): Promise<Record<'html' | 'md' | 'docx', string>> {
  const a = analyzeText('file:///m.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const options = { ...DEFAULT_PUBLISH, version: 'full' as const };
  const out: Record<string, string> = {};
  for (const to of ['html', 'md', 'docx'] as const) {
    const r = await exportMeeting(a.doc, a.lines, to, options);
    assert.ok('bytes' in r, `export to ${to}: ${'error' in r ? r.error : ''}`);
    const bytes = r.bytes;
    out[to] = to === 'html' ? htmlText(new TextDecoder().decode(bytes)) : to === 'md' ? markdownText(new TextDecoder().decode(bytes)) : xmlText(strFromU8(unzipSync(bytes)['word/document.xml']));
  }
  return out as Record<'html' | 'md' | 'docx', string>;
}

const ITEM = (body: string): string => `${MEETING}
081/22 Correspondence
${body}
082/22 Any Other Business
None.
`;

// ---- 1. text in angle brackets is words ------------------------------------------------------------

const BRACKETED = ['Andy Beard <a.beard@wmp.police.uk>', '<b and c>', '<https://www.westmidlands-pcc.gov.uk/archive/>', '<p.12>', '<i.e. the report>', '<br and more>', '< p >', '<div class>', '<sup 2>', '</b and c>', '<a.n.other@example.org>'];

test('text in angle brackets (addresses, links, <b and c>, <p.12>) is kept by the text layer, import and every export, and does not split the paragraph', async () => {
  const body = `The Board received letters from ${BRACKETED.join(' and ')} today.`;
  const text = ITEM(body);
  const line = text.split('\n').indexOf(body);
  const segs = segmentDocument([body]);
  assert.deepEqual(segs.map((s) => s.text), [body], 'one paragraph, every word');
  const imported = importPublished(text, DEFAULT_SETTINGS, TODAY);
  assert.ok(imported.includes(body), `import lost words:\n${imported}`);
  assert.ok(line > 0);
  const out = await published(text);
  for (const [format, shown] of Object.entries(out)) {
    for (const b of BRACKETED) assert.ok(shown.includes(b), `${format} lost "${b}"`);
  }
});

test('the HTML debris of extraction is still set aside: known tags with name="value" attributes, closing tags, <br/>', () => {
  const line = '<p data-bbox="[1, 2]">Andy <b>Beard</b> attended</p><ul style="x"><li data-bbox=\'3\'>First</li><br/><a href=https://x.org>link</a></ul><P>End</P >';
  assert.deepEqual(segmentDocument([line]).map((s) => s.text).filter((t) => t !== ''), ['Andy Beard attended', 'First', 'link', 'End']);
});

/** Words in angle brackets that are not tags: a tag name followed by what no tag has, or any other word. */
const notATag = fc.tuple(
  fc.constantFrom('p', 'b', 'a', 'i', 'li', 'td', 'span', 'strong', 'font', 'https', 'mailto', 'Andy', 'x'),
  fc.constantFrom('.', '@', ' and ', ':', ',', '-', ' ', '.beard@wmp.police.uk', '://example.org/a?b=c', ' x y'),
  fc.constantFrom('c', 'report', '12', 'wmp.police.uk', 'the Board', ''),
  fc.boolean(),
).map(([name, sep, rest, closing]) => `<${closing ? '/' : ''}${name}${sep}${rest}>`).filter((s) => !/^<\/?[a-z]+ ?>$/i.test(s) && !/^<\/?[a-z]+ [a-z]+=/.test(s));

test('property: any words in angle brackets survive the text layer and import, in their paragraph', () => {
  fc.assert(fc.property(fc.array(notATag, { minLength: 1, maxLength: 4 }), (bs) => {
    const body = `Letters ${bs.join(' then ')} were noted.`;
    assert.deepEqual(segmentDocument([body]).map((s) => s.text), [body]);
    const imported = importPublished(ITEM(body), DEFAULT_SETTINGS, TODAY);
    for (const b of bs) assert.ok(imported.includes(b), `import lost "${b}"`);
  }), { numRuns: RUNS, seed: SEED });
  report('words in angle brackets kept', RUNS);
});
