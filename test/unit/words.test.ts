/**
 * No word lost (issue 17 §2, §4): text in angle brackets is words, not debris; a rename touches
 * exactly the person renamed; files in Windows-1252 or UTF-16 are read as the clerk wrote them;
 * invisible and bidi controls in numbers and names are reported and do not merge items.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { htmlText as htmlTextJoined } from '../support/htmlText';
import { unzipSync, strFromU8 } from 'fflate';
import fc from 'fast-check';
import {
  analyzeText, buildWorkspace, changedLines, decodeText, reanalyze, splitLinesForTests, encodingNote, DEFAULT_PUBLISH, DEFAULT_SETTINGS, exportMeeting, importPublished, parse, renamePerson, targetAt, type TextEdit,
} from '#service';
import { segmentDocument } from '#service/text';
import { MEETING, ROOT, TODAY, applyEdits, report, textIn } from '../support/util';

const RUNS = Number(process.env.MINUTES_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.MINUTES_FUZZ_SEED ?? 20261201);

const htmlText = (html: string): string => htmlTextJoined(html, '');
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
  const line = '<p data-bbox="[1, 2]">Andy <b>Beard</b> attended</p><ul style="x"><li data-bbox=\'3\'>First</li><br/><a href=https://x.org>link</a></ul><P>End</P ><td nowrap class="c">Cell<td nowrap>Last';
  assert.deepEqual(segmentDocument([line]).map((s) => s.text).filter((t) => t !== ''), ['Andy Beard attended', 'First', 'link', 'End', 'Cell', 'Last']);
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

// ---- 2. a rename touches exactly the person renamed ------------------------------------------------

/** A meeting with `base` and the other people given, each in the attendance list, as presenter, owner and in the text. */
function meetingWith(date: string, people: readonly string[], base: string): string {
  const lines = [`# Strategic Policing and Crime Board`, `Date: ${date}`, '', 'Present:', ...people.map((p, i) => `${p} : Board Member ${i + 1}`), ''];
  people.forEach((p, i) => {
    lines.push(`${String(81 + i).padStart(3, '0')}/22 Report ${i + 1}`, `Presented by: ${p}`, `${p} spoke after ${base}, and ${people[(i + 1) % people.length]} thanked ${p}.`,
      `ACTION: Circulate the paper. Owner: ${p}. Due: next meeting.`);
  });
  return `${lines.join('\n')}\n`;
}

function renameIn(texts: ReadonlyMap<string, string>, uri: string, line: number, to: string, acrossMeetings = true) {
  const docs = [...texts].map(([u, t]) => ({ uri: u, doc: parse(t) }));
  const model = buildWorkspace(docs, TODAY);
  const doc = docs.find((d) => d.uri === uri)!.doc;
  const t = targetAt(doc.meeting!, { line, character: 1 });
  assert.equal(t?.kind, 'person');
  return renamePerson(model, uri, t as Extract<typeof t, { kind: 'person' }>, to, { acrossMeetings, texts });
}

const count = (text: string, s: string): number => text.split(s).length - 1;

test('renaming Andy Beard leaves Andy Beard-Smith and Jo Andy Beard as they are, in every meeting', () => {
  const people = ['Andy Beard', 'Andy Beard-Smith', 'Jo Andy Beard'];
  const texts = new Map([['file:///a.minutes', meetingWith('27/09/2022', people, 'Andy Beard')], ['file:///b.minutes', meetingWith('22/11/2022', [...people].reverse(), 'Andy Beard')]]);
  const r = renameIn(texts, 'file:///a.minutes', 4, 'Zed Person');
  assert.ok('edits' in r);
  for (const [uri, before] of texts) {
    const after = applyEdits(before, r.edits.get(uri) ?? []);
    assert.equal(count(after, 'Andy Beard-Smith'), count(before, 'Andy Beard-Smith'), `${uri}: Andy Beard-Smith renamed`);
    assert.equal(count(after, 'Jo Andy Beard'), count(before, 'Jo Andy Beard'), `${uri}: Jo Andy Beard renamed`);
    // every other "Andy Beard" is the person renamed: attendance line, presenter, owner, the text
    assert.equal(count(after, 'Zed Person'), count(before, 'Andy Beard') - count(before, 'Andy Beard-Smith') - count(before, 'Jo Andy Beard'));
    assert.ok(after.includes('Zed Person : Board Member') && after.includes('Presented by: Zed Person') && after.includes('Owner: Zed Person.'));
  }
});

test('a new name with a line break, a separator, a control or an invisible character is refused with a clear message', () => {
  const texts = new Map([['file:///a.minutes', MEETING]]);
  for (const bad of ['Zed\rPerson', 'Zed\nPerson', 'Zed Person\r', 'Zed\u2028Person', 'Zed\u2029Person', 'Zed\u0085Person', 'Zed\u000bPerson', 'Zed\fPerson', 'Zed\tPerson', 'Zed\u200bPerson', 'Zed \u202ePerson']) {
    const r = renameIn(texts, 'file:///a.minutes', 8, bad, false);
    assert.ok('error' in r, `${JSON.stringify(bad)} accepted`);
    assert.match(r.error, /one line of visible letters.*"Jane Smith"/);
  }
  assert.ok('edits' in renameIn(texts, 'file:///a.minutes', 8, 'Zoë O\'Brien-Ávila', false));
});

/** Names that hold "Andy Beard" and are someone else. */
const HOLDERS = ['Andy Beard-Smith', 'Jo Andy Beard', 'Andy Beardsley', 'Mandy Beard', 'Andy Beard Jones', 'Sue-Andy Beard', "D'Andy Beard", 'Randy Beard', 'Andy Beard\u2019s-Jones', 'Andy Beard\u2011Lee'];

test('property: a rename touches exactly the person renamed, whoever else has a name holding theirs', () => {
  fc.assert(fc.property(fc.subarray(HOLDERS, { minLength: 1 }), fc.boolean(), fc.constantFrom('Zed Person', 'Zoë Quill', 'Al Beard'), (others, first, to) => {
    const people = first ? ['Andy Beard', ...others] : [...others, 'Andy Beard'];
    const texts = new Map([['file:///a.minutes', meetingWith('27/09/2022', people, 'Andy Beard')], ['file:///b.minutes', meetingWith('22/11/2022', [...people].reverse(), 'Andy Beard')]]);
    const line = 4 + people.indexOf('Andy Beard');
    const r = renameIn(texts, 'file:///a.minutes', line, to);
    assert.ok('edits' in r);
    for (const [uri, before] of texts) {
      const edits: readonly TextEdit[] = r.edits.get(uri) ?? [];
      for (const e of edits) assert.equal(textIn(before, e.range), 'Andy Beard', `${uri}: rename touched "${textIn(before, e.range)}"`);
      const after = applyEdits(before, edits);
      // the others read exactly as before: put the renamed person back and nothing else changed
      assert.equal(after.split(to).join('Andy Beard'), before);
      for (const o of others) assert.equal(count(after, o), count(before, o), `${uri}: ${o} changed`);
      // and the person renamed is renamed everywhere: their line, as presenter, as owner, and in the text
      assert.ok(after.includes(`\n${to} : Board Member`) && after.includes(`Presented by: ${to}\n`) && after.includes(`Owner: ${to}.`));
    }
  }), { numRuns: Math.min(RUNS, 60), seed: SEED });
  report('renames checked against names holding the name', Math.min(RUNS, 60));
});

// ---- 3. files in Windows-1252 and UTF-16 are read as written -----------------------------------------

/** Windows-1252 bytes of `text` (every character must be in the code page). */
function cp1252(text: string): Buffer {
  // the code page's 0x80–0x9F as Microsoft publishes it (cp1252.txt); 0xA0–0xFF are Latin-1
  const high = new Map<string, number>([...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c, i) => [c, 0x80 + i]));
  for (let b = 0xa0; b < 0x100; b++) high.set(String.fromCharCode(b), b);
  return Buffer.from([...text].map((c) => {
    if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
    const b = high.get(c);
    if (b === undefined) throw new Error(`"${c}" is not in Windows-1252`);
    return b;
  }));
}
const utf16be = (text: string): Buffer => { const b = Buffer.from(text, 'utf16le'); b.swap16(); return b; };

const WORD_MEETING = `# Strategic Policing and Crime Board
Date: 27/09/2022

Present:
Siân O’Neill : Board Member
Zoë Brontë : Chief Finance Officer

081/22 Budget
The “precept” rises by £12.50 – agreed.
ACTION: Circulate the figures. Owner: Siân O’Neill. Due: next meeting.
`;

const ENCODED: ReadonlyArray<[string, (t: string) => Buffer]> = [
  ['UTF-8', (t) => Buffer.from(t, 'utf8')],
  ['UTF-8', (t) => Buffer.from(`\ufeff${t}`, 'utf8')],
  ['UTF-16LE', (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])],
  ['UTF-16LE', (t) => Buffer.from(t, 'utf16le')],
  ['UTF-16BE', (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)])],
  ['UTF-16BE', utf16be],
  ['Windows-1252', cp1252],
];

test('a meeting saved in UTF-8, UTF-16 (with or without a byte order mark) or Windows-1252 reads as written, names with ’ and ë in Present:', () => {
  for (const [encoding, encode] of ENCODED) {
    const d = decodeText(encode(WORD_MEETING));
    assert.equal(d.encoding, encoding);
    assert.equal(d.text.replace(/^\ufeff/, ''), WORD_MEETING, encoding);
    const people = parse(d.text).meeting!.people.flatMap((b) => b.people).map((p) => p.name.display);
    assert.deepEqual(people, ['Siân O’Neill', 'Zoë Brontë']);
    assert.equal(encodingNote('m.minutes', d) === undefined, encoding === 'UTF-8', `${encoding} is said, UTF-8 is not`);
  }
  assert.match(encodingNote('m.minutes', decodeText(cp1252(WORD_MEETING)))!, /m\.minutes is saved in Windows-1252, not UTF-8.*Save it as UTF-8/);
  // UTF-8 with one damaged byte stays UTF-8 (the other accents are right), and says so
  const damaged = Buffer.concat([Buffer.from('Zoë Brontë £5 ', 'utf8'), Buffer.from([0xa3]), Buffer.from(' end', 'utf8')]);
  const d = decodeText(damaged);
  assert.equal(d.encoding, 'UTF-8');
  assert.equal(d.text, 'Zoë Brontë £5 \ufffd end');
  assert.match(encodingNote('m.minutes', d)!, /1 byte that is not UTF-8/);
});

/** Realistic text from Word: ASCII words with a character of the code page here and there. */
const wordText = fc.array(fc.oneof(
  fc.constantFrom('Present:', 'Andy Beard', 'the', 'Board', '081/22', 'ACTION:', 'Owner:', '.', '\n', '\r\n', ':', '(SF)'),
  fc.constantFrom('£5', '“quoted”', 'O’Neill', 'Zoë', 'café', '–', '—', '€10', '…', '½', 'Ñ', '™', '•', 'Æthelred', 'naïve'),
), { minLength: 1, maxLength: 30 }).map((ws) => `Minutes ${ws.join(' ')}`);

test('property: text from Word in any of the encodings decodes to exactly the text written', () => {
  fc.assert(fc.property(wordText, fc.nat({ max: ENCODED.length - 1 }), (text, k) => {
    const [encoding, encode] = ENCODED[k];
    const d = decodeText(encode(text));
    assert.equal(d.text.replace(/^\ufeff/, ''), text);
    // text with nothing outside ASCII is the same in UTF-8 and Windows-1252
    // eslint-disable-next-line no-control-regex -- ASCII from U+0000, on purpose
    assert.equal(d.encoding, encoding === 'Windows-1252' && /^[\x00-\x7f]*$/.test(text) ? 'UTF-8' : encoding);
    assert.ok(!d.text.includes('\ufffd') && !d.text.includes('\u0000'));
  }), { numRuns: RUNS * 3, seed: SEED });
  report('encoded texts decoded', RUNS * 3);
});

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'minutes.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('the command line reads Windows-1252 and UTF-16 files as written, says so on standard error, and import writes no U+FFFD or NUL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutes-words-'));
  try {
    for (const [i, [encoding, encode]] of ENCODED.entries()) {
      const file = path.join(dir, `m${i}.minutes`);
      fs.writeFileSync(file, encode(WORD_MEETING));
      const outline = cli('outline', file);
      assert.equal(outline.code, 0, outline.err);
      assert.match(outline.out, /081\/22 Budget/, `${encoding}: the item is read`);
      if (encoding === 'UTF-8') assert.equal(outline.err, '');
      else assert.match(outline.err, new RegExp(`m${i}\\.minutes is saved in ${encoding}, not UTF-8`));
      const check = cli('check', file);
      assert.ok(!/file-not-checked/.test(check.out), `${encoding}: ${check.out}`);
      const imported = cli('import', file);
      assert.equal(imported.code, 0, imported.err);
      assert.ok(imported.out.includes('Siân O’Neill') && imported.out.includes('£12.50') && imported.out.includes('“precept”'), `${encoding}: ${imported.out}`);
      assert.ok(!imported.out.includes('\ufffd') && !imported.out.includes('\u0000'));
      const actions = cli('actions', '--format', 'json', file);
      assert.deepEqual((JSON.parse(actions.out) as Array<{ owners: string[] }>).map((a) => a.owners), [['Siân O’Neill']]);
    }
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
});

// ---- 4. invisible and bidi characters in numbers and names --------------------------------------------

const INVISIBLES = ['\u200b', '\u2060', '\u00ad', '\u202e', '\u202d', '\u200e', '\u200f', '\u2066', '\u2069', '\u061c', '\u200d', '\u200c', '\u2063', '\ufe0f'];

const CLEAN = `${MEETING}
081/22 Contact
Presented by: Andy Beard
Andy Beard set out the figures.
ACTION: Circulate the figures. Owner: Craig Guildford. Due: next meeting.
Could the Force explain the figures?
(Asked by Simon Foster)
082/22 Response
See 081/22 and 081/22-A1.
083/22 Any Other Business
None.
`;

/** What a clerk reads of a meeting: its items' numbers and titles, people, presenters, owners and askers. */
function reading(text: string) {
  const m = parse(text).meeting!;
  return {
    items: m.items.map((i) => `${i.number ? `${i.number.seq}/${i.number.year}` : '-'} ${i.title}`),
    people: m.people.flatMap((b) => b.people.map((p) => p.name.display)),
    presenters: m.items.flatMap((i) => i.presenters.flatMap((p) => p.names.map((n) => n.text))),
    owners: m.items.flatMap((i) => i.actions.flatMap((a) => a.owners.map((o) => o.text))),
    askers: m.items.flatMap((i) => i.questions.map((q) => q.asker?.text)),
    references: m.items.flatMap((i) => i.references.map((r) => `${r.target.seq}/${r.target.year}-${r.action ?? ''}`)),
  };
}

const invisibleFindings = (text: string) => analyzeText('file:///m.minutes', 1, text, DEFAULT_SETTINGS, TODAY).findings.filter((f) => f.code === 'minutes/invisible-character');

test('invisible and bidi characters in a number do not merge the item into the one above; each is reported and the fix removes only it', () => {
  const cases: Array<[string, string]> = [
    ['081/22 Contact', '081/2\u200b2 Contact'], ['082/22 Response', '\u2060082/22 Response'], ['083/22 Any', '08\u00ad3/22 Any'],
    ['082/22 Response', '082/22\u202e Response'], ['081/22 Contact', '\u202e081/22 Contact'], ['083/22 Any', '083/\u200d22 Any'],
    ['Andy Beard : Head', 'An\u200bdy Beard : Head'], ['Presented by: Andy Beard', 'Presented by: Andy\u00ad Beard'],
    ['Owner: Craig Guildford.', 'Owner: Craig\u2060 Guildford.'], ['(Asked by Simon Foster)', '(Asked by Simon Fos\u202eter)'],
    ['See 081/22 and', 'See 081/2\u200b2 and'],
  ];
  const clean = reading(CLEAN);
  for (const [from, to] of cases) {
    const text = CLEAN.replace(from, to);
    assert.notEqual(text, CLEAN);
    assert.deepEqual(reading(text), clean, `${JSON.stringify(to)} is read as ${JSON.stringify(from)}`);
    const fs = invisibleFindings(text);
    assert.equal(fs.length, 1, `${JSON.stringify(to)}: ${fs.map((f) => f.message).join(' | ')}`);
    assert.match(fs[0].message, /has an invisible character in it: .*\(U\+[0-9A-F]{4}\)\. It looks right here.*Remove it\./);
    assert.equal(applyEdits(text, fs[0].fixes[0].edits), CLEAN);
  }
  assert.deepEqual(invisibleFindings(CLEAN), []);
  // joiners that are part of the writing are not reported: an emoji sequence, a name in Persian
  assert.deepEqual(invisibleFindings(CLEAN.replace('Craig Guildford : Chief Constable', 'Craig Guildford : Chief Constable 👩\u200d💼').replace('Tom McNeil', 'مهر\u200cناز')), []);
});

/** Places inside the numbers and names of CLEAN where an invisible character may be pasted. */
const SPOTS = ((): number[] => {
  const out: number[] = [];
  for (const re of [/\d{3}\/\d{2}(?:-A1)?/g, /Andy Beard|Simon Foster|Craig Guildford|Andy Parsons|Tom McNeil/g]) {
    // names in running text ("Andy Beard set out …") are words of a sentence, not a name the rule reads
    for (const m of CLEAN.matchAll(re)) if (!CLEAN.startsWith('Andy Beard set out', m.index)) for (let i = 0; i <= m[0].length; i++) out.push(m.index + i);
  }
  return [...new Set(out)].sort((a, b) => a - b);
})();

test('property: invisible characters pasted anywhere in numbers and names leave the meeting reading as it looks, and the fixes give back the clean text', () => {
  fc.assert(fc.property(fc.uniqueArray(fc.tuple(fc.nat({ max: SPOTS.length - 1 }), fc.constantFrom(...INVISIBLES)), { minLength: 1, maxLength: 6, selector: ([i]) => i }), (inserts) => {
    let text = CLEAN;
    for (const [i, c] of [...inserts].sort((a, b) => SPOTS[b[0]] - SPOTS[a[0]])) text = text.slice(0, SPOTS[i]) + c + text.slice(SPOTS[i]);
    assert.deepEqual(reading(text), reading(CLEAN));
    const fs = invisibleFindings(text);
    const edits = fs.flatMap((f) => f.fixes[0].edits);
    // each character once, even when two findings saw it (a number and its reference on one line)
    const unique = [...new Map(edits.map((e) => [`${e.range.start.line}:${e.range.start.character}`, e])).values()];
    const fixedText = applyEdits(text, unique);
    // joiners beside other invisible characters may stay where they are part of nothing: every always-invisible one goes
    assert.equal(fixedText.replace(/[\u200c\u200d\ufe0f]/g, ''), CLEAN, `left: ${JSON.stringify(fixedText)}`);
  }), { numRuns: RUNS, seed: SEED });
  report('invisible characters in numbers and names', RUNS);
});

test('a file opened in the wrong encoding (characters shown as �) gets one information that says how to reopen and save it', () => {
  // what an editor shows of the Windows-1252 meeting opened as UTF-8: each byte that is not UTF-8 a U+FFFD
  const opened = new TextDecoder('utf-8').decode(cp1252(WORD_MEETING));
  const found = analyzeText('file:///m.minutes', 1, opened, DEFAULT_SETTINGS, TODAY).findings.filter((f) => f.code === 'minutes/unreadable-character');
  assert.equal(found.length, 1);
  assert.equal(found[0].range.start.line, 4, 'at the first one: Si�n O�Neill');
  assert.match(found[0].message, /This file has \d+ characters that could not be read, shown as �.*Windows-1252.*Reopen with Encoding.*save it as UTF-8/);
  assert.deepEqual(analyzeText('file:///m.minutes', 1, WORD_MEETING, DEFAULT_SETTINGS, TODAY).findings.filter((f) => f.code === 'minutes/unreadable-character'), []);
});

test('property: typing or deleting an invisible character in a number or name re-analyses to what a full analysis gives', () => {
  const position = (text: string, offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  fc.assert(fc.property(fc.nat({ max: SPOTS.length - 1 }), fc.constantFrom(...INVISIBLES), fc.boolean(), (i, c, remove) => {
    const at = SPOTS[i];
    // typing one into the clean meeting, or deleting the one there
    const before = remove ? CLEAN.slice(0, at) + c + CLEAN.slice(at) : CLEAN;
    const after = remove ? CLEAN : CLEAN.slice(0, at) + c + CLEAN.slice(at);
    const start = position(before, at);
    const change = changedLines([{ range: { start, end: remove ? { line: start.line, character: start.character + 1 } : start }, text: remove ? '' : c }]);
    assert.ok(change);
    const prev = analyzeText('file:///r.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
    const lines = splitLinesForTests(after);
    const again = reanalyze(prev, 2, change, { count: lines.length, length: after.length, at: (n) => lines[n] }, DEFAULT_SETTINGS, TODAY);
    const full = analyzeText('file:///r.minutes', 2, after, DEFAULT_SETTINGS, TODAY);
    if (again) {
      assert.deepStrictEqual(again.doc, full.doc);
      assert.deepStrictEqual(again.findings, full.findings);
    }
  }), { numRuns: RUNS, seed: SEED });
});

test('a name with a character the editor could not read (�) or Word\'s non-breaking hyphen stays in Present:, and so does everyone after it', () => {
  for (const name of ['Si\ufffdn O\ufffdNeill', 'Andy Beard\u2011Lee', 'Andy Beard\u2010Lee', '\ufffdlvaro P\ufffdrez']) {
    const text = `# Strategic Policing and Crime Board\nDate: 27/09/2022\n\nPresent:\nSimon Foster : Chair\n${name} : Board Member\nCraig Guildford : Chief Constable\n\n081/22 Budget\nText.\n`;
    assert.deepEqual(parse(text).meeting!.people.flatMap((b) => b.people).map((p) => p.name.display), ['Simon Foster', name, 'Craig Guildford'], JSON.stringify(name));
  }
});
