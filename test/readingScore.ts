/**
 * How much of each document the language service reads as the careful reader did, element by
 * element (issue 18): reading.test.ts fails a field on its first wrong element, which says what is
 * left to do but hides how much is read. This counts, per folder of `test/fixtures` with
 * `.expect.json` files, how many of the expected items, sub-items, people, actions, decisions and
 * statuses are read exactly (recall) and how many of those read the reader did not find
 * (precision), the header's title, date and numbering, and the false alarms. A measurement, not a
 * test: it asserts nothing and is not run by `npm test`.
 *
 *   node out/readingScore.js [folder …]        e.g. node out/readingScore.js heldOut3
 *   node out/readingScore.js --documents heldOut3   one line a document too
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, ROOT } from './support/util';
import type { DocumentExpectation } from './support/readerExpectations';
import { elementScores, type ElementScore } from './support/readerFindings';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const LISTS = ['items', 'subItems', 'people', 'actions', 'decisions', 'statuses'] as const;

interface Totals {
  lists: Record<(typeof LISTS)[number], ElementScore>;
  header: ElementScore;
  falseAlarms: number;
  documents: number;
}

const zero = (): ElementScore => ({ expected: 0, found: 0, matched: 0 });
const add = (a: ElementScore, b: ElementScore): ElementScore => ({ expected: a.expected + b.expected, found: a.found + b.found, matched: a.matched + b.matched });
const pct = (n: number, d: number): string => (d === 0 ? '   –' : `${Math.round((100 * n) / d)}%`.padStart(4));
const cell = (s: ElementScore): string => `${String(s.matched).padStart(3)}/${String(s.expected).padEnd(3)} ${pct(s.matched, s.expected)} ${pct(s.matched, s.found)}`;

function main(argv: readonly string[]): void {
  const perDocument = argv.includes('--documents');
  const asked = argv.filter((a) => !a.startsWith('--'));
  const folders = (asked.length > 0 ? asked : fs.readdirSync(FIXTURES).filter((f) => fs.readdirSync(path.join(FIXTURES, f)).some((n) => n.endsWith('.expect.json')))).sort();
  console.log('each list: read exactly / expected, recall (of what the reader found), precision (of what was read); header: title, date and numbering');
  console.log(`${'folder (documents)'.padEnd(28)} ${LISTS.map((l) => l.padEnd(28)).join(' ')} header  false alarms`);
  for (const folder of folders) {
    const dir = path.join(FIXTURES, folder);
    const totals: Totals = { lists: { items: zero(), subItems: zero(), people: zero(), actions: zero(), decisions: zero(), statuses: zero() }, header: zero(), falseAlarms: 0, documents: 0 };
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.expect.json')).sort()) {
      const exp = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as DocumentExpectation;
      const text = fs.readFileSync(path.join(FIXTURES, exp.file), 'utf8');
      const analysis = analyse(text);
      const s = elementScores({ exp, text, analysis, doc: analysis.doc, meeting: analysis.doc.meeting });
      for (const l of LISTS) totals.lists[l] = add(totals.lists[l], s.lists[l]);
      totals.header = add(totals.header, s.header);
      totals.falseAlarms += s.falseAlarms;
      totals.documents++;
      if (perDocument) console.log(`  ${path.basename(exp.file).slice(0, 26).padEnd(26)} ${LISTS.map((l) => cell(s.lists[l]).padEnd(28)).join(' ')} ${s.header.matched}/3     ${s.falseAlarms}`);
    }
    console.log(`${`${folder} (${totals.documents})`.padEnd(28)} ${LISTS.map((l) => cell(totals.lists[l]).padEnd(28)).join(' ')} ${pct(totals.header.matched, totals.header.expected)}    ${totals.falseAlarms}`);
  }
}

main(process.argv.slice(2));
