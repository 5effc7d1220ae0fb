/**
 * What a careful reader finds in each published document (issue 18, point 7): every
 * `test/fixtures/<folder>/<name>.expect.json` (written by reading the document, see
 * support/readerExpectations.ts) is checked field by field against what the language service reads.
 *
 * Known gaps are listed, strictly, in `<folder>/gaps.json` (`{ "<document>": ["items", …] }`): a listed
 * field must still fail (when it passes, the test asks for it to be removed from the list), and a
 * field not listed must pass. The list is the to-do list of issue 18; the expectations never bend.
 *
 * Comparisons are tolerant only where the reader's rules say so: case and runs of spaces in every
 * text (a name printed in capitals, `Sarah MARWICK`, is the same person), a trailing colon or full
 * stop (and the `.`, `:` or tab after a number), and action and decision texts compared by their
 * first whole words. A status's reference is compared the same way, by its first whole words: where
 * the minutes never number the earlier action (`(item 7) West Midlands Police to provide paper …`,
 * a review that names only the last meeting's item), the reader gives the action's first words as
 * its reference, and the service keeps the action's words as the minutes print them.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyse, ROOT } from './support/util';
import type { DocumentExpectation } from './support/readerExpectations';
import { CHECKS, FIELDS, LISTS, show, type Reading } from './support/readerFindings';

const FIXTURES = path.join(ROOT, 'test', 'fixtures');

// ---------------------------------------------------------------------------------------------
// Finding the expectation files and their gaps.

function expectFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return expectFiles(p);
    return e.name.endsWith('.expect.json') ? [p] : [];
  });
}

/** `<folder>/gaps.json`, keyed by the document's file name; an absent file means no known gap. */
function gapsOf(folder: string): Record<string, string[]> {
  const p = path.join(folder, 'gaps.json');
  return fs.existsSync(p) ? (JSON.parse(fs.readFileSync(p, 'utf8')) as Record<string, string[]>) : {};
}

const LIST_KINDS = new Set<string>(LISTS);
const STATUS_WORDS = new Set<string>(['done', 'open', 'carried forward', 'dropped']);

/** An expectation file a reader wrote by hand is checked for shape before it is used as a yardstick. */
function shapeProblems(exp: DocumentExpectation): string[] {
  const out: string[] = [];
  if (typeof exp.file !== 'string' || !fs.existsSync(path.join(FIXTURES, exp.file))) out.push(`"file" ${show(exp.file)} is not a document under test/fixtures`);
  if (typeof exp.title !== 'string') out.push('"title" is missing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(exp.date))) out.push(`"date" ${show(exp.date)} is not an ISO date`);
  for (const k of ['items', 'people', 'actions', 'decisions', 'statuses'] as const) if (!Array.isArray(exp[k])) out.push(`"${k}" is not a list`);
  for (const p of exp.people ?? []) if (!LIST_KINDS.has(p.list) || typeof p.name !== 'string') out.push(`person ${JSON.stringify(p)}: list must be one of ${[...LIST_KINDS].join(', ')} and name a string`);
  for (const s of exp.statuses ?? []) if (!STATUS_WORDS.has(s.status)) out.push(`status ${JSON.stringify(s)}: status must be one of ${[...STATUS_WORDS].join(', ')}`);
  for (const a of exp.actions ?? []) if (!Array.isArray(a.owners) || typeof a.text !== 'string') out.push(`action ${JSON.stringify(a)}: needs text and owners`);
  return out;
}

const files = expectFiles(FIXTURES).sort();

test('there are expectations to read against (layouts 01–05 at least)', () => {
  assert.ok(files.length >= 5, `found only ${files.length} *.expect.json files under test/fixtures`);
});

for (const folder of [...new Set(files.map((f) => path.dirname(f)))]) {
  test(`${path.relative(FIXTURES, folder)}/gaps.json names only documents with expectations and known fields`, () => {
    const gaps = gapsOf(folder);
    const docs = new Set(files.filter((f) => path.dirname(f) === folder).map((f) => path.basename((JSON.parse(fs.readFileSync(f, 'utf8')) as DocumentExpectation).file)));
    for (const [doc, fields] of Object.entries(gaps)) {
      assert.ok(docs.has(doc), `gaps.json lists ${doc}, which has no .expect.json: remove the entry`);
      for (const f of fields) assert.ok((FIELDS as readonly string[]).includes(f), `gaps.json: ${doc} lists "${f}", not one of ${FIELDS.join(', ')}`);
    }
  });
}

for (const file of files) {
  const exp = JSON.parse(fs.readFileSync(file, 'utf8')) as DocumentExpectation;
  const doc = path.basename(String(exp.file));
  const where = path.relative(FIXTURES, file);

  test(`what a reader finds in ${exp.file}`, async (t) => {
    const problems = shapeProblems(exp);
    assert.deepEqual(problems, [], `${where} is not a well-formed expectation:\n  ${problems.join('\n  ')}`);
    const text = fs.readFileSync(path.join(FIXTURES, exp.file), 'utf8');
    const analysis = analyse(text);
    const reading: Reading = { exp, text, analysis, doc: analysis.doc, meeting: analysis.doc.meeting };
    const gaps = new Set(gapsOf(path.dirname(file))[doc] ?? []);

    for (const field of FIELDS) {
      await t.test(field, (tt) => {
        const problem = CHECKS[field](reading);
        if (gaps.has(field)) {
          // A known gap says what is still missed, so whoever closes it sees where to start.
          if (problem !== undefined) tt.diagnostic(`known gap: ${problem}`);
          assert.ok(problem !== undefined, `${exp.file} — ${field} is read as the reader expects now: remove "${field}" from ${path.relative(FIXTURES, path.join(path.dirname(file), 'gaps.json'))} under "${doc}", it is read now`);
        } else {
          assert.equal(problem, undefined, `${exp.file} — ${field}: ${problem}\n  (if this is a known gap of issue 18, list "${field}" under "${doc}" in gaps.json; never bend ${where})`);
        }
      });
    }
  });
}
