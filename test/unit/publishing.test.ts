/**
 * What we publish is right: the lines that close the meeting (next meeting, close, signature) are
 * the meeting's and survive the public version; owners are published by their full names and
 * `Due: next meeting` as the next meeting's date; carried-forward lines say only what is known;
 * every Word document is well-formed XML and keeps its word boundaries.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import {
  analyzeText, buildWorkspace, changedLines, importPlace, importPublished, newMeetingAfterLatest, parse, reanalyze, renderMeeting, DEFAULT_PUBLISH, DEFAULT_SETTINGS, exportMeeting, splitLinesForTests,
  type PublishOptions, type TextChange,
} from '#service';
import { corpusText, ROOT, TODAY } from '../support/util';

const analysis = (text: string) => analyzeText('file:///m.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
const opts = (version: 'public' | 'full'): PublishOptions => ({ ...DEFAULT_PUBLISH, version });

/** The three outputs as text (Word: the text of document.xml's paragraphs, one per line). */
async function outputs(text: string, version: 'public' | 'full'): Promise<{ html: string; md: string; docx: string; xml: string }> {
  const a = analysis(text);
  const out = async (to: 'html' | 'md' | 'docx') => { const r = await exportMeeting(a.doc, a.lines, to, opts(version)); assert.ok('bytes' in r); return r.bytes; };
  const xml = strFromU8(unzipSync(await out('docx'))['word/document.xml']);
  const docx = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => p[0].replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '')).join('\n')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return { html: new TextDecoder().decode(await out('html')), md: new TextDecoder().decode(await out('md')), docx, xml };
}

const HEAD = '# Strategic Policing and Crime Board\nDate: 19/12/2023\n\nPresent:\nSimon Foster : Police and Crime Commissioner\nJane Hill (JH) : Chief Executive\n\n';
const CLOSING_AFTER_CONFIDENTIAL = `${HEAD}120/23 Finance Update
The Board noted the report.

121/23 [confidential] Vehicle Fleet Contract Award
The Board considered the tenders from Northgate and Fleetwise.
Signed the heads of terms with Fleetwise.
Next meeting: 27/02/2024
The meeting closed at 12:45.
Signed ……………………… Chair          Date ………………
`;

test('closing lines after a confidential item belong to the meeting: the public version keeps them, after the items, and nothing of the item', async () => {
  const a = analysis(CLOSING_AFTER_CONFIDENTIAL);
  const m = a.doc.meeting!;
  const last = m.items[m.items.length - 1];
  const lines = CLOSING_AFTER_CONFIDENTIAL.split('\n');
  const nextLine = lines.findIndex((l) => l.startsWith('Next meeting:'));
  assert.equal(m.nextMeeting?.iso, '2024-02-27');
  assert.ok(last.range.end.line < nextLine, 'the confidential item ends before the closing lines');
  assert.deepEqual(m.closing.map((c) => c.value), ['Next meeting: 27/02/2024', 'The meeting closed at 12:45.', 'Signed ……………………… Chair          Date ………………']);
  for (const version of ['public', 'full'] as const) {
    const out = await outputs(CLOSING_AFTER_CONFIDENTIAL, version);
    for (const [format, text] of Object.entries({ html: out.html, md: out.md, docx: out.docx })) {
      assert.match(text, /Next meeting: 27\/02\/2024/, `${version} ${format} keeps the next meeting's date`);
      assert.match(text, /The meeting closed at 12:45\./, `${version} ${format} keeps the close of the meeting`);
      assert.match(text, /Signed …+ Chair/, `${version} ${format} keeps the signature line`);
      // after the items: after the last item's text (full) or its withheld line (public)
      const itemEnd = version === 'full' ? text.indexOf('Fleetwise') : text.indexOf('considered in private');
      assert.ok(itemEnd >= 0 && text.indexOf('Next meeting: 27') > itemEnd, `${version} ${format}: the closing lines come after the items`);
      if (version === 'public') {
        for (const word of ['Northgate', 'Fleetwise', 'heads of terms', 'Vehicle Fleet']) assert.doesNotMatch(text, new RegExp(word), `public ${format} withholds "${word}"`);
      }
    }
  }
});

test('a closing line is the meeting\'s whatever the item above it; a next-meeting line under the item about the next meeting stays its text', () => {
  const text = `${HEAD}120/23 Finance Update\nThe Board noted the report.\nMeeting closed\n\n121/23 Date of Next Meeting\nNext meeting: 27/02/2024\n`;
  const m = analysis(text).doc.meeting!;
  assert.deepEqual(m.closing.map((c) => c.value), ['Meeting closed']);
  assert.equal(m.items[1].content, 1, 'the item about the next meeting has its date as content');
  assert.equal(m.nextMeeting?.iso, '2024-02-27');
  // sentences that only start like a closing line are the item's
  const prose = `${HEAD}120/23 Finance Update\nSigned Contract Award notices were published.\nThe meeting closed at 12:45 and reopened in private to discuss the bid.\n`;
  assert.deepEqual(analysis(prose).doc.meeting!.closing, []);
});

test('typing closing lines into the last item re-parses exactly as a full parse does', () => {
  const MEETING = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'publish', '2022-11-22.minutes'), 'utf8');
  const base = `${MEETING.trimEnd()}\n\n090/22 [confidential] Any Other Business\nThe Board discussed the bid.\n\n\n\n`;
  const typed = ['Next meeting: 27/02/2024', 'The meeting closed at 12:45.', 'Meeting closed', 'Signed ………… Chair', 'Date ………………', 'Close of meeting: 12.45pm', 'x'];
  const baseLines = splitLinesForTests(base);
  let incremental = 0;
  fc.assert(fc.property(fc.integer({ min: baseLines.length - 5, max: baseLines.length - 1 }), fc.constantFrom(...typed), fc.nat({ max: 3 }), (line, what, cut) => {
    const prev = analyzeText('file:///r.minutes', 1, base, DEFAULT_SETTINGS, TODAY);
    const l = baseLines[line];
    const at = Math.min(l.length, cut);
    const change: TextChange = { range: { start: { line, character: at }, end: { line, character: l.length } }, text: what };
    const next = [...baseLines];
    next[line] = l.slice(0, at) + what;
    const text = next.join('\n');
    const again = reanalyze(prev, 2, changedLines([change])!, { count: next.length, length: text.length, at: (n) => next[n] }, DEFAULT_SETTINGS, TODAY);
    if (!again) return;
    incremental++;
    const full = analyzeText('file:///r.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
    assert.deepStrictEqual(again.doc, full.doc);
    assert.deepStrictEqual(again.findings, full.findings);
  }), { numRuns: 60, seed: 16 });
  assert.ok(incremental > 0, 'the edits were re-parsed incrementally');
});

/** Problems that make an XML part ill-formed: a character XML 1.0 forbids, a bad entity, tags that do not nest. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  // eslint-disable-next-line no-control-regex -- the control characters XML forbids, on purpose
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(xml);
  if (bad) problems.push(`U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${bad.index}`);
  for (const e of xml.matchAll(/&([^;\s<]*);?/g)) if (!/^(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(e[0].slice(1))) problems.push(`entity ${e[0]}`);
  const stack: string[] = [];
  for (const t of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (t[3]) continue;
    if (!t[1]) stack.push(t[2]);
    else if (stack.pop() !== t[2]) { problems.push(`</${t[2]}> closes the wrong element`); break; }
  }
  if (stack.length) problems.push(`unclosed <${stack[stack.length - 1]}>`);
  return problems;
}

test('every Word document we write is well-formed and keeps word boundaries, whatever control characters the text holds', async () => {
  const text = `${HEAD}120/23 Finance\u000CUpdate\nThe Board noted the report.\u000CPage 2 of the report was read.\nIt\u000Bcontinued here \uFFFE and \uFFFF there \u0001 and \u001F then \uD800 alone.\nACTION: Circulate\u000Cthe figures. Owner: Simon Foster. Due: 27/02/2024.\n`;
  for (const version of ['public', 'full'] as const) {
    const a = analysis(text);
    const r = await exportMeeting(a.doc, a.lines, 'docx', opts(version));
    assert.ok('bytes' in r);
    const parts = unzipSync(r.bytes);
    for (const [name, bytes] of Object.entries(parts)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      assert.deepEqual(xmlProblems(strFromU8(bytes)), [], `${version}: ${name} is well-formed`);
    }
    const out = await outputs(text, version);
    for (const [format, t] of Object.entries({ docx: out.docx, html: out.html })) {
      assert.match(t, /report\. Page 2/, `${format}: the form feed separates the words`);
      assert.match(t, /It continued/, `${format}: the vertical tab separates the words`);
      assert.match(t, /Circulate the figures/, `${format}: in an action too`);
      assert.match(t, /Finance Update/, `${format}: in a title too`);
      assert.deepEqual(xmlProblems(t.replace(/<!DOCTYPE html>/, '').replace(/<meta [^>]*>/g, '')).filter((p) => p.startsWith('U+')), [], `${format} carries no forbidden character`);
    }
  }
});

test('New Meeting writes what is known of a carried-forward action and nothing where nothing is known', () => {
  const last = `${HEAD}120/23 Finance Update
ACTION: Circulate the overtime figures.
ACTION: Report on fuel costs. Owner: JH.
ACTION: Brief the Board on the bid. Due: 27/02/2024.
ACTION: Review the estate. Owner: Simon Foster. Due: next meeting.
`;
  const made = newMeetingAfterLatest(buildWorkspace([{ uri: 'file:///w/2023-12-19.minutes', doc: parse(last) }], TODAY), '2024-02-27', 'dmy');
  assert.ok('text' in made);
  const lines = made.text.split('\n').filter((l) => l.includes('CARRIED FORWARD'));
  assert.deepEqual(lines, [
    '120/23-A1 CARRIED FORWARD: Circulate the overtime figures.',
    '120/23-A2 CARRIED FORWARD: Report on fuel costs. (Jane Hill)',
    '120/23-A3 CARRIED FORWARD: Brief the Board on the bid. (due 27/02/2024)',
    '120/23-A4 CARRIED FORWARD: Review the estate. (Simon Foster, due 27/02/2024)', // due at this very meeting
  ]);
  assert.doesNotMatch(made.text, /no owner|not set/);
});

test('an owner the lists do not name but who joined the meeting is published as the minutes wrote their arrival', async () => {
  const text = `# Strategic Policing and Crime Board
Date: 23/01/2024

Present:
Simon Foster : Police and Crime Commissioner

003/24 Questions from Members of the Board
Cllr Waseem Zaffar joined the meeting at 10:40.

004/24 Road Safety Cameras
ACTION: Write to the council about speed cameras. Owner: Cllr Zaffar. Due: next meeting.
ACTION: Visit the scheme. Owner: Zaffar.
ACTION: Report back. Owner: Cllr Ahmed.

Next meeting: 27/02/2024
`;
  for (const version of ['public', 'full'] as const) {
    const out = await outputs(text, version);
    for (const [format, t] of Object.entries({ html: out.html, md: out.md, docx: out.docx })) {
      assert.ok(t.includes('Owner: Cllr Waseem Zaffar. Due: 27/02/2024'), `${version} ${format}`);
      assert.ok(t.includes('Owner: Cllr Waseem Zaffar'), `${version} ${format}`);
      assert.doesNotMatch(t, /Owner: (?:Cllr )?Zaffar\b/, `${version} ${format}: the name as the arrival wrote it`);
      assert.ok(t.includes('Owner: Cllr Ahmed'), `${version} ${format}: someone nobody says joined stays as typed`);
    }
  }
});

test('exports publish owners by their full names (a role with its holder) and `Due: next meeting` as the next meeting\'s date', async () => {
  const text = `# Strategic Policing and Crime Board
Date: 19/12/2023

Present:
Simon Foster : Police and Crime Commissioner
Jane Hill (JH) : Chief Executive
Sarah Green (SG) : Chief Finance Officer
Cllr Waseem Zaffar : Board Member

120/23 Finance Update
ACTION: Circulate the overtime figures. Owner: JH. Due: next meeting.
ACTION: Publish the budget. Owner: SG. Due: 31/01/2024.
ACTION: Write to the Home Office. Owner: Chief Executive.
ACTION: Visit the control room. Owner: Cllr Zaffar.
ACTION: Report on stop and search. Owners: WMP, Chief Constable, Bob Unknown.

Next meeting: 27/02/2024
`;
  const a = analysis(text);
  for (const version of ['public', 'full'] as const) {
    const out = await outputs(text, version);
    for (const [format, t] of Object.entries({ html: out.html, md: out.md, docx: out.docx })) {
      const said = (s: string): void => assert.ok(t.includes(s), `${version} ${format}: "${s}"`);
      said('Owner: Jane Hill. Due: 27/02/2024');
      said('Owner: Sarah Green. Due: 31/01/2024');
      said('Owner: Chief Executive (Jane Hill)');
      said('Owner: Cllr Waseem Zaffar');
      said('Owner: WMP, Chief Constable, Bob Unknown');
      assert.doesNotMatch(t, /Owner: (?:JH|SG|Cllr Zaffar)\b|next meeting\)/, `${version} ${format}: nothing as the note taker typed it where the lists say who it is`);
    }
  }
  // the closing table too, and the next meeting stays as typed when the minutes do not give its date
  const r = renderMeetingOf(text.replace('Next meeting: 27/02/2024\n', ''));
  assert.deepEqual(r.actions.map((x) => [x.owners, x.due ?? '']), [
    ['Jane Hill', 'next meeting'], ['Sarah Green', '31/01/2024'], ['Chief Executive (Jane Hill)', ''], ['Cllr Waseem Zaffar', ''], ['WMP, Chief Constable, Bob Unknown', ''],
  ]);
  assert.ok(a.doc.meeting);
});

function renderMeetingOf(text: string) {
  const a = analysis(text);
  return renderMeeting(a.doc, a.lines, opts('full'))!;
}

test('the public version does not publish a next meeting date read from a withheld item', async () => {
  const text = `${HEAD}120/23 Finance Update\nACTION: Circulate the figures. Owner: JH. Due: next meeting.\n\n121/23 [confidential] Estates\nThe next meeting will be held on 27 February 2024 at the new site.\n`;
  const pub = await outputs(text, 'public');
  for (const [format, t] of Object.entries({ html: pub.html, md: pub.md, docx: pub.docx })) {
    assert.doesNotMatch(t, /27\/02\/2024|27 February/, `public ${format}`);
    assert.match(t, /Due: next meeting/, `public ${format}`);
  }
  assert.match((await outputs(text, 'full')).html, /Due: 27\/02\/2024/);
});

/** The words of published text, with the debris of extraction set aside (tags, entities) and split numbers joined. */
const publishedWords = (t: string): string[] => t
  .replace(/<\/?(?:sup|sub|b|strong|i|em|u|span|a|font|small)\b[^<>]{0,400}>/gi, '')
  .replace(/<[^<>]{0,400}>/g, ' ')
  .replace(/&[a-zA-Z0-9#]{1,8};/g, ' ')
  .replace(/(\d{1,3})[ \t]?\/[ \t]?(\d)\s*(\d)(?!\d)/g, '$1/$2$3')
  .toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
/** Words of `source` that `out` does not hold in the same order (each word of `out` used once). */
function lostOrMoved(source: string[], out: string[]): string[] {
  const lost: string[] = [];
  let j = 0;
  for (const w of source) {
    let k = j;
    while (k < out.length && out[k] !== w) k++;
    if (k < out.length) j = k + 1; else lost.push(w);
  }
  return lost;
}

test('import keeps sentences whole, joins titles to their numbers, writes published headings as sections and the next meeting\'s date as Next meeting:', () => {
  const CORPUS = ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt', 'spcb-2023-12-19-with-2024-01-agenda.txt'];
  const imported = new Map(CORPUS.map((name) => [name, importPublished(corpusText(name), DEFAULT_SETTINGS, TODAY)]));
  for (const [name, out] of imported) {
    const source = corpusText(name);
    // every word in order, nothing lost (the markup's words that canonical forms write instead apart)
    const rewritten = new Set(['attendees', 'agreed', 'resolved']);
    assert.deepEqual(lostOrMoved(publishedWords(source).filter((w) => !rewritten.has(w)), publishedWords(out)), [], `${name}: words lost or moved`);
    const doc = parse(out);
    for (const item of doc.meeting!.items) {
      if (item.number && item.titleRange) assert.equal(item.titleRange.start.line, item.number.range.start.line, `${name}: ${item.number.written} stands on the line of its title`);
    }
  }
  const dec = imported.get('spcb-2023-12-19-with-2024-01-agenda.txt')!;
  // the petition's sentence stays whole, and its presenter is recorded
  assert.match(dec, /^The petition was presented by PCC Simon Foster on behalf of those submitting and the following points were discussed:$/m);
  const petition = parse(dec).meeting!.items.find((i) => i.title.startsWith('Petition'))!;
  assert.deepEqual(petition.presenters.flatMap((p) => p.names.map((n) => n.text)), ['PCC Simon Foster']);
  assert.match(dec, /^117\/23 Petition - Introduction of Average Speed Cameras in Erdington$/m);
  assert.match(dec, /^119\/23 Rebuilding Community Policing: Part One$/m);
  assert.match(dec, /^## Police and Crime Plan$/m);
  assert.match(dec, /^## Partnership Presentation$/m);
  assert.match(dec, /^125\/23 Date of the next meeting\nNext meeting: 23rd January 2024$/m);
  assert.equal(parse(dec).meeting!.nextMeeting?.iso, '2024-01-23');
  const jan = imported.get('spcb-2020-01-21.txt')!;
  assert.match(jan, /^004\/20 Item 3 - Sex Offender Management – Lessons Learned\nThis was presented by ACC Vanessa Jardine and the following points were discussed:$/m);
  assert.match(jan, /^## REGULAR ITEMS$/m);
  assert.doesNotMatch(jan, /^## ACC Meir/m, 'a line of names is not a heading');
  const sep = imported.get('spcb-2022-09-27.txt')!;
  assert.match(sep, /^078\/22 Item 2 - Notes of the Last Meeting:$/m);
  assert.match(sep, /^This paper was presented by Mark Kenyon and the following points were discussed:$/m);
  assert.match(sep, /^## Regular Items$/m);
});

test('import names the file for the meeting\'s date, in the folder of the latest meeting, and finds a meeting of the same date', () => {
  const files = ['2022-07-26.minutes', '2022-09-27.minutes', '2022-10-25.minutes'];
  const model = buildWorkspace(files.map((f) => ({ uri: `file:///board/${f}`, doc: parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'workspace', f), 'utf8')) })), TODAY);
  const sep = importPlace(importPublished(corpusText('spcb-2022-09-27.txt'), DEFAULT_SETTINGS, TODAY), model, DEFAULT_SETTINGS);
  assert.deepEqual(sep, { fileName: '2022-09-27.minutes', meetingDate: '27/09/2022', latest: 'file:///board/2022-10-25.minutes', sameDate: ['file:///board/2022-09-27.minutes'] });
  const dec = importPlace(importPublished(corpusText('spcb-2023-12-19-with-2024-01-agenda.txt'), DEFAULT_SETTINGS, TODAY), model, DEFAULT_SETTINGS);
  assert.deepEqual([dec.fileName, dec.sameDate], ['2023-12-19.minutes', []], 'the minutes\' date, not the agenda\'s printed above them');
  assert.deepEqual(importPlace('Some text with no date.\n', model, DEFAULT_SETTINGS).fileName, undefined);
});
