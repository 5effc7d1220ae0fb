/**
 * Another document of each layout family reads as the one we have (issue 18: build for the family,
 * never for the file). Each layout is rewritten as another board of its family would write it:
 * other people (every listed surname becomes another), other minute numbers in the family's own
 * scheme (`41.` → `141.`, `PC24/061` → `PC25/161`, `TB/22/116` → `TB/23/016`, `2246` → `3146`),
 * other page furniture (page numbers, stamps, draft versions). What the parser finds must be the
 * same, item for item, in the new numbers: what the original holds is what a reader found there
 * (test/fixtures/layouts/*.expect.json), so this needs no second reading.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type MinutesDocument } from '../../server/out/service/index';
import { ROOT } from '../support/util';
import type { DocumentExpectation } from '../support/readerExpectations';

const DIR = path.join(ROOT, 'test', 'fixtures', 'layouts');
const OTHER_SURNAMES = ['Quarrington', 'Belvedere', 'Tamsworth', 'Ollerenshaw', 'Dunkeld', 'Pemberley', 'Featherstone', 'Larkspur', 'Winterbourne', 'Ashgrove', 'Culloden', 'Haverford', 'Inchmore', 'Kestrel', 'Montague', 'Northcott', 'Penhallow', 'Rydal', 'Stainton', 'Thornleigh'];

type Rewrite = readonly [RegExp, (...m: string[]) => string];
/** Other numbers in each family's own scheme, and what the first item is then numbered. */
const NUMBERS: Record<string, { readonly rewrites: readonly Rewrite[]; readonly first: string }> = {
  '01': { rewrites: [[/\b(4[1-9])\./g, (_, n) => `${Number(n) + 100}.`], [/Minute (4\d)/g, (_, n) => `Minute ${Number(n) + 100}`]], first: '141' },
  '03': { rewrites: [[/PC24\/0(\d\d)/g, (_, n) => `PC25/1${n}`]], first: 'PC25/161' },
  '04': { rewrites: [[/TB\/22\/1(\d\d)/g, (_, n) => `TB/23/0${n}`], [/^1(\d\d)\.(\d)/gm, (_, n, k) => `0${n}.${k}`]], first: 'TB/23/016' },
  '07': { rewrites: [[/\b22(\d\d)(?=[.*\s\]])/g, (_, n) => `31${n}`]], first: '3146' },
};
const FURNITURE: readonly Rewrite[] = [
  [/Page (\d+) of (\d+)/g, (_, p, q) => `Page ${Number(p) + 6} of ${Number(q) + 9}`],
  [/Agenda Item (\d+)/gi, (_, n) => `Agenda Item ${Number(n) + 7}`],
  [/DRAFT v0\.3/g, () => 'DRAFT v1.2'],
  [/^Page (\d+)$/gm, (_, n) => `Page ${Number(n) + 20}`],
];

function another(file: string, text: string, exp: DocumentExpectation): string {
  let v = text;
  const surnames = [...new Set(exp.people.map((p) => p.name.split(/[\s_]+/).pop() ?? '').filter((s) => s.length > 2 && /^[A-Z]/.test(s)))];
  surnames.forEach((s, i) => { v = v.split(s).join(OTHER_SURNAMES[i % OTHER_SURNAMES.length]); });
  for (const [re, fn] of [...(NUMBERS[file.slice(0, 2)]?.rewrites ?? []), ...FURNITURE]) v = v.replace(re, fn as (...m: string[]) => string);
  return v;
}

/** What the parser found, less the words the rewrite changed: counts, in order. */
function shape(doc: MinutesDocument): unknown {
  const m = doc.meeting;
  if (!m) return undefined;
  return {
    date: m.date?.iso, titled: m.title !== undefined, items: m.items.length, subItems: m.items.map((i) => i.subItems?.length ?? 0),
    people: m.people.map((b) => `${b.kind}: ${b.people.length}`),
    actions: m.items.map((i) => i.actions.length), decisions: m.items.map((i) => i.decisions.length),
    outside: [m.actions?.length ?? 0, m.decisions?.length ?? 0], statuses: [m.statusUpdates.length, m.statusReviews?.length ?? 0],
    debris: doc.debris?.length ?? 0,
  };
}

for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
  test(`another document of the family of ${file} (other people, numbers and page furniture) reads as this one`, () => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const exp = JSON.parse(fs.readFileSync(path.join(DIR, file.replace(/\.txt$/, '.expect.json')), 'utf8')) as DocumentExpectation;
    const variant = another(file, text, exp);
    assert.notEqual(variant, text, 'the rewrite changed the document');
    const doc = parse(variant);
    assert.deepEqual(shape(doc), shape(parse(text)));
    const numbering = NUMBERS[file.slice(0, 2)];
    if (numbering) assert.equal(doc.meeting?.items[0]?.number?.written.replace(/[.\s]+$/, ''), numbering.first);
  });
}

// ---- the families whose items are headings without numbers (scheme `none`) -----------------------
// Other documents of these families, written as other bodies write them (issue 18): another wiki
// (MediaWiki's short `[edit]` chrome, no table of contents), another scribe tool's log (other topics,
// another contents list with its link markers), another project's Markdown notes (other labels,
// checkbox actions). Their headings are the items, unnumbered; their numbered lines are no items.

const titles = (doc: MinutesDocument): string[] => (doc.meeting?.items ?? []).map((i) => `${i.number ? 'numbered ' : ''}${i.title}`);
const actionsOf = (doc: MinutesDocument): string[] => (doc.meeting?.items ?? []).flatMap((i) => i.actions.map((a) => `${i.title}: ${a.owners.map((o) => o.text).join('/')} | ${a.text}${a.due ? ` | ${a.due.text}` : ''}`));

test('another wiki of the family of 06-charity-wiki.txt: its headings with `[edit]` are the items, a closing action list restates an action once', () => {
  const doc = parse([
    'Board/Minutes 2023-05-09',
    'From Riverside Allotments Society',
    '',
    'Riverside Allotments Society – Committee meeting, 9 May 2023',
    '',
    'Present: Anna Price (AP) (Chair); Sunil Rao (SR); Bea Holm (BH) (Secretary)',
    '',
    'Welcome and apologies[edit]',
    '',
    'Apologies were noted.',
    '',
    'Water supply[edit]',
    '',
    '1. Plots 4 to 9 have no tap.',
    '2. The trough leaks.',
    '',
    'ACTION: SR to ask the council for a second standpipe by 30 June.',
    '',
    'Actions agreed[edit]',
    '',
    'ACTION: SR – second standpipe request (by 30 Jun)',
    'ACTION: BH – write to plot holders about the trough',
    '',
  ].join('\n'));
  assert.equal(doc.scheme, 'none');
  assert.deepEqual(titles(doc), ['Welcome and apologies', 'Water supply', 'Actions agreed']);
  assert.deepEqual(actionsOf(doc), ['Actions agreed: SR | second standpipe request (by 30 Jun) | 30 Jun', 'Actions agreed: BH | write to plot holders about the trough']);
});

test('another scribe log of the family of 09-standards-wg-scribe.txt: its topics are the items, the closing summaries no second run', () => {
  const doc = parse([
    '                    Web Payments Interest Group',
    '',
    '12 Mar 2024',
    '',
    'Contents',
    '',
    '     1. [3]Introductions',
    '     2. [4]Wallet interoperability',
    '     3. [5]Plenary planning',
    '     * [6]Summary of action items',
    '     * [7]Summary of resolutions',
    '     _________________________________________________________',
    '',
    'Introductions',
    '',
    '   Ian: welcome to Rosa',
    '',
    '   Ian: action-7, Rosa to send the wallet list ... done',
    '',
    'Wallet interoperability',
    '',
    '   RESOLUTION: publish the interoperability note as a draft',
    '',
    '   ACTION: Rosa to collect test vectors from the three wallets and',
    '   summarise them',
    '',
    'Plenary planning',
    '',
    '   ACTION: Ian to book the room for the plenary',
    '',
    'Summary of action items',
    '',
    '   [NEW] ACTION: Rosa to collect test vectors from the three wallets and',
    '   summarise them',
    '   [NEW] ACTION: Ian to book the room for the plenary',
    '   [DONE] ACTION-7: Rosa to send the wallet list',
    '',
    'Summary of resolutions',
    '',
    '    1. [8]publish the interoperability note as a draft',
    '',
  ].join('\n'));
  assert.equal(doc.scheme, 'none');
  assert.deepEqual(titles(doc), ['Introductions', 'Wallet interoperability', 'Plenary planning']);
  assert.deepEqual(actionsOf(doc), ['Wallet interoperability: Rosa | collect test vectors from the three wallets and summarise them', 'Plenary planning: Ian | book the room for the plenary']);
  assert.equal(doc.meeting?.items.reduce((n, i) => n + i.decisions.length, 0), 1);
  assert.equal(doc.meeting?.decisions?.length ?? 0, 0, 'the summary of resolutions repeats, it adds none');
  // the summary's tag is the status of the action the meeting reviewed under `Introductions`, and stands there
  assert.deepEqual(doc.meeting?.statusReviews?.map((r) => [r.ref, r.status, r.written, r.range.start.line]), [['ACTION-7', 'done', '[DONE]', 17]]);
});

test('another project\'s Markdown notes of the family of 10-oss-steering-markdown.txt: `##` headings are the items, not the page\'s own parts', () => {
  const doc = parse([
    '# Kestrel Build WG Meeting 2025-03-04',
    '',
    '## Links',
    '',
    '* Recording: https://example.org/rec/2025-03-04',
    '',
    '## Attendees',
    '',
    '* Lena Fox @lfox (WG lead)',
    '* Omar Diaz @odiaz',
    '',
    '## Agenda',
    '',
    '### kestrel/build',
    '',
    '* Remote cache eviction [#77](https://example.org/kestrel/build/issues/77)',
    '',
    '## Remote cache eviction [#77](https://example.org/kestrel/build/issues/77)',
    '',
    '* Omar: eviction by age drops hot entries.',
    '* **Action item**: @odiaz to prototype LRU eviction by 2025-03-18.',
    '',
    '## Any other business',
    '',
    '* None.',
    '',
  ].join('\n'));
  assert.equal(doc.scheme, 'none');
  assert.deepEqual(titles(doc), ['Remote cache eviction #77', 'Any other business']);
  assert.deepEqual(actionsOf(doc), ['Remote cache eviction #77: @odiaz | prototype LRU eviction by 2025-03-18 | 2025-03-18']);
});
