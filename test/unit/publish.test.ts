/**
 * Publishing: the render model, HTML, Word and Markdown outputs (public and full), import of the
 * corpus's published minutes, and the `minutes export` and `minutes import` commands.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { htmlText, htmlTree, type HtmlNode as Node5 } from '../support/htmlText';
import { unzipSync, strFromU8 } from 'fflate';
import {
  analyzeText, DEFAULT_PUBLISH, DEFAULT_SETTINGS, exportMeeting, importPublished, parse, renderHtml, renderMarkdown, renderMeeting, severityOf,
  type PublishOptions, type RenderedItem,
} from '#service';
import { corpusText, MARKUP_WORDS, ROOT, TODAY } from '../support/util';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes');
const TEXT = fs.readFileSync(FIXTURE, 'utf8');
const CORPUS_FILES = ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt', 'spcb-2023-12-19-with-2024-01-agenda.txt'];

function analysis(text: string) {
  return analyzeText('file:///m.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
}
const opts = (version: 'public' | 'full'): PublishOptions => ({ ...DEFAULT_PUBLISH, version });

function elements(html: string, name: string): Node5[] {
  const found: Node5[] = [];
  const walk = (n: Node5): void => { if (n.nodeName === name) found.push(n); for (const c of n.childNodes ?? []) walk(c); };
  walk(htmlTree(html));
  return found;
}
async function docxText(text: string, version: 'public' | 'full'): Promise<string> {
  const a = analysis(text);
  const r = await exportMeeting(a.doc, a.lines, 'docx', opts(version));
  assert.ok('bytes' in r);
  const xml = strFromU8(unzipSync(r.bytes)['word/document.xml']);
  return xml.replace(/<w:p[ >].*?<\/w:p>/gs, (p) => ` ${p.replace(/<[^>]+>/g, '')} `).replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** Words, lower case, punctuation set aside. */
const wordsOf = (t: string): string[] => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
function multiset(ws: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
/** Words of `source` missing from `output` (counted: a word written twice must appear twice). */
function missing(source: string[], output: string[]): string[] {
  const have = multiset(output);
  const gone: string[] = [];
  for (const w of source) { const n = have.get(w) ?? 0; if (n > 0) have.set(w, n - 1); else gone.push(w); }
  return gone;
}
/** The markup's own words, which the published form writes differently ("Presented by", "Action 087/22-A1"). */
const MARKUP = new Set(['present', 'apologies', 'presented', 'by', 'action', 'decision', 'owner', 'due', 'date', 'time', 'location', 'chair', 'asked']);
// The date is published in its long form and the note taker's initials (`(SF)`) are not published;
// an owner is published by full name (`VJ` is Vanessa Jardine), `Due: next meeting` as its date.
const sourceWords = (text: string): string[] => wordsOf(text.replace(/^#+ /gm, '').replace('Date: 22/11/2022', 'Tuesday 22 November 2022').replace(/\([A-Z]{2,6}\)/g, '')
  .replace(/Owner: VJ\./g, 'Owner: Vanessa Jardine.').replace('Due: next meeting.', 'Due: 20/12/2022.')).filter((w) => !MARKUP.has(w));

test('the render model: header, people, sections, items with presenters, paragraphs, bullets, questions, actions and decisions', () => {
  const a = analysis(TEXT);
  const r = renderMeeting(a.doc, a.lines, opts('full'))!;
  assert.equal(r.title, 'Strategic Policing and Crime Board');
  assert.equal(r.date, 'Tuesday 22 November 2022');
  assert.deepEqual(r.people.map((b) => [b.label, b.people.length]), [['Present', 4], ['Apologies', 1]]);
  assert.deepEqual(r.body.map((b) => (b.kind === 'section' ? `## ${b.title}` : b.number)), ['## Regular Items', '086/22', '087/22', '088/22', '089/22']);
  const items = r.body.filter((b): b is RenderedItem => b.kind === 'item');
  assert.deepEqual(items[0].blocks.map((b) => b.kind), ['paragraph', 'paragraph', 'bullets']);
  assert.deepEqual(items[1].presenters, ['Mark Kenyon']);
  assert.deepEqual(items[1].blocks.map((b) => b.kind), ['paragraph', 'question', 'action', 'decision']);
  assert.deepEqual(items[1].blocks[1], { kind: 'question', text: 'Could the Force explain the overspend on overtime?', asker: 'Cath Hannon' });
  assert.equal(items[2].title, 'Vehicle Fleet Contract Award');
  assert.equal(items[2].reason, 'paragraph 3 of Schedule 12A');
  assert.deepEqual(items[3].blocks, [{ kind: 'paragraph', text: 'Next meeting: 20/12/2022', bold: false }], 'no line of an item is left out');
  assert.deepEqual(r.actions.map((x) => x.ref), ['087/22-A1', '088/22-A1']);
  assert.equal(renderMeeting(parse(''), [''], opts('full')), undefined);
});

test('HTML, Word and Markdown carry every item number, title, attendee and action, and lose no word of the text', async () => {
  const a = analysis(TEXT);
  const r = renderMeeting(a.doc, a.lines, opts('full'))!;
  const outputs = { html: htmlText(renderHtml(r)), docx: await docxText(TEXT, 'full'), md: renderMarkdown(r).replace(/\\(.)/g, '$1') };
  for (const [name, out] of Object.entries(outputs)) {
    for (const must of ['086/22', '087/22', '088/22', '089/22', 'Apologies and PCC Update', 'Finance and Budget Update', 'Vehicle Fleet Contract Award', 'Simon Foster', 'Police and Crime Commissioner', 'David Thompson', '087/22-A1', 'Circulate the overtime figures by department.', 'Mark Kenyon']) {
      assert.ok(out.includes(must), `${name} lacks "${must}"`);
    }
    assert.deepEqual(missing(sourceWords(TEXT), wordsOf(out)), [], `${name} lost words`);
  }
  const html = renderHtml(r);
  assert.equal(elements(html, 'script').length, 0, 'the exported page runs nothing');
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.match(html, /@media print/);
  assert.equal(elements(html, 'table').length, 4, 'present, apologies, items, closing actions');
});

test('the public version leaves out every word of a confidential item, and says it was considered in private', async () => {
  const secret = ['Vehicle', 'Fleet', 'Contract', 'Award', 'tenders', 'Northgate', 'Fleetwise', 'Negotiate', 'maintenance', 'clause', 'awarded'];
  const a = analysis(TEXT);
  const r = renderMeeting(a.doc, a.lines, opts('public'))!;
  const outputs = { html: htmlText(renderHtml(r)), docx: await docxText(TEXT, 'public'), md: renderMarkdown(r) };
  for (const [name, out] of Object.entries(outputs)) {
    for (const w of secret) assert.ok(!out.toLowerCase().includes(w.toLowerCase()), `${name}: "${w}" of the confidential item reached the public version`);
    assert.ok(out.includes('This item was considered in private (paragraph 3 of Schedule 12A).'), name);
    assert.ok(out.includes('088/22') && out.includes('Finance and Budget Update'), `${name} keeps the other items and the number`);
    assert.ok(!out.includes('088/22-A1'), `${name}: the confidential item's action is not in the closing table`);
  }
  const full = htmlText(renderHtml(renderMeeting(a.doc, a.lines, opts('full'))!));
  assert.ok(secret.every((w) => full.includes(w)) && full.includes('left out of the public version'));
});

test('text from the minutes is never markup in the outputs: <script>, <img onerror> and javascript: links stay text', async () => {
  const hostile = `${TEXT}\n090/22 Any Other Business <script>alert(1)</script>\nSee <img src=x onerror="alert(2)"> and [the report](javascript:alert(3)).\nACTION: <b onmouseover="alert(4)">Check</b> it. Owner: VJ. Due: next meeting.\n`;
  const a = analysis(hostile);
  const r = renderMeeting(a.doc, a.lines, opts('full'))!;
  const html = renderHtml(r);
  assert.equal(elements(html, 'script').length, 0);
  assert.equal(elements(html, 'img').length, 0);
  assert.equal(elements(html, 'a').length, 0);
  assert.ok(elements(html, 'b').length === 0, 'no element from the text');
  assert.ok(htmlText(html).includes('<script>alert(1)</script>'), 'shown as text');
  const md = renderMarkdown(r);
  assert.ok(!/(?<!\\)<(?:script|img|b)\b|(?<!\\)\]\(javascript:/.test(md), md);
});

test('import of published minutes: every word kept, split numbers joined, no errors, the agenda stays an agenda', () => {
  // words of the source with the debris of extraction set aside: tags (inline ones join their neighbours), entities
  const norm = (t: string): string[] => wordsOf(t
    .replace(/<\/?(?:sup|sub|b|strong|i|em|u|span|a|font|small)\b[^<>]{0,400}>/gi, '')
    .replace(/<[^<>]{0,400}>/g, ' ')
    .replace(/&[a-zA-Z0-9#]{1,8};/g, ' ')
    .replace(/(\d{1,3})[ \t]?\/[ \t]?(\d)\s*(\d)(?!\d)/g, '$1/$2$3'))
    // words a canonical form writes differently: keywords and the presenter sentence's lead
    .filter((w) => !MARKUP_WORDS.has(w));
  for (const name of CORPUS_FILES) {
    const source = corpusText(name);
    const out = importPublished(source, DEFAULT_SETTINGS, TODAY);
    // (the label of the `Next meeting:` line the import writes for a date in an item's title is the markup's)
    // (and the `Owner:` and `Due:` it writes after an action from the action's own words)
    assert.deepEqual(norm(out.replace(/^Next meeting: /m, '').replace(/ (?:Owners?|Due): [^\n]*?\.(?= |$)/gm, '')), norm(source), `${name}: a word was lost, added or moved`);
    assert.ok(!/<\/?(?:p|b|li|ul|sup)\b|data-bbox|\*\*/.test(out), `${name}: debris left`);
    const a = analysis(out);
    const errors = a.findings.filter((f) => severityOf(f.code, DEFAULT_SETTINGS) === 'error');
    assert.deepEqual(errors.map((f) => f.message), [], name);
    assert.equal(a.findings.filter((f) => f.code === 'minutes/malformed-number').length, 0, `${name}: split numbers are joined`);
    assert.ok(a.doc.meeting && a.doc.meeting.items.length > 5, name);
  }
  const dec = importPublished(corpusText('spcb-2023-12-19-with-2024-01-agenda.txt'), DEFAULT_SETTINGS, TODAY);
  assert.match(dec, /^115\/23\b/m);
  assert.ok(parse(dec).agendas[0]?.items.length === 11, 'the January 2024 agenda imports as an agenda of 11 items');
  assert.match(importPublished(corpusText('spcb-2022-09-27.txt'), DEFAULT_SETTINGS, TODAY), /^Present:\n+Simon Foster +: Police and Crime Commissioner, OPCC$/m);
});

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('minutes export --to html|docx|md --version public|full, and minutes import', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-publish-'));
  const docx = path.join(dir, 'out.docx');
  assert.equal(cli('export', FIXTURE, '--to', 'docx', '--out', docx).code, 0);
  const xml = strFromU8(unzipSync(new Uint8Array(fs.readFileSync(docx)))['word/document.xml']);
  assert.ok(xml.includes('Vehicle Fleet Contract Award') && xml.includes('w:tbl'), 'a Word table with the items');
  const pub = path.join(dir, 'public.html');
  assert.equal(cli('export', FIXTURE, '--to', 'html', '--version', 'public', '--out', pub).code, 0);
  assert.ok(!fs.readFileSync(pub, 'utf8').includes('Fleetwise'));
  const md = cli('export', FIXTURE, '--to', 'md');
  assert.equal(md.code, 0);
  assert.match(md.out, /^### 087\/22 Finance and Budget Update$/m);
  assert.equal(cli('export', FIXTURE, '--to', 'pdf').code, 2, 'an unknown format is a usage error');
  const imported = path.join(dir, 'imported.minutes');
  assert.equal(cli('import', path.join(ROOT, 'test', 'fixtures', 'corpus', 'spcb-2022-09-27.txt'), '--out', imported).code, 0);
  assert.equal(cli('check', imported).code, 0, 'the imported minutes have no errors');
});

test('the corpus, imported then exported: every minute number, attendee and action in the HTML and the Word document', async () => {
  for (const name of CORPUS_FILES) {
    const imported = importPublished(corpusText(name), DEFAULT_SETTINGS, TODAY);
    const a = analysis(imported);
    const m = a.doc.meeting!;
    const r = renderMeeting(a.doc, a.lines, opts('full'))!;
    const html = htmlText(renderHtml(r));
    const docx = await docxText(imported, 'full');
    const numbers = m.items.flatMap((i) => (i.number ? [i.number.written] : []));
    const people = m.people.flatMap((b) => b.people.map((p) => p.written.trim()));
    const actions = m.items.flatMap((i) => i.actions.map((x) => x.text));
    assert.ok(numbers.length > 5 && people.length > 5, name);
    for (const [format, out] of [['html', html], ['docx', docx]] as const) {
      for (const must of [...numbers, ...people, ...actions]) assert.ok(out.includes(must), `${name} → ${format} lacks "${must}"`);
      // the minutes, not the agenda of the next meeting printed before them
      const minutesText = a.lines.filter((_, l) => l >= m.startLine && !a.doc.agendas.some((g) => l >= g.range.start.line && l <= g.range.end.line)).join('\n');
      assert.deepEqual(missing(sourceWords(minutesText).filter((w) => !/^\d+$/.test(w)), wordsOf(out)), [], `${name} → ${format} lost words`);
    }
  }
});
