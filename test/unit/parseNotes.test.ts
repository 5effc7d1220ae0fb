/**
 * What a parse keeps for itself dies with the parse; what a document keeps for its next edit's
 * re-parse rides on the document, out of the model's sight (`beside.ts`, `ParseState.kept`). Neither
 * is kept in a module's WeakMap keyed by a parse's objects: V8's young collector promoted every such
 * value to the old space, the server's peak memory over 1,000 meetings a quarter above the yardstick's
 * (docs/performance.md, nineteenth session). The bench measures the memory; these tests keep the shape.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from '#service';
import { layoutOf } from '#service/parse/index';
import { beside } from '#service/beside';
import { ROOT } from '../support/util';

const BOARD = [
  'MINUTES OF THE MEETING HELD ON FRIDAY, 14 MARCH 2025 AT 10.00 AM',
  '',
  '1\tApologies',
  'Apologies were received from Cllr Jane Abara.',
  '2\tMinutes of the last meeting',
  'The minutes were agreed as a true record.',
].join('\n');

test("a document's layout rides on it without entering the model", () => {
  const doc = parse(BOARD);
  assert.ok(layoutOf(doc), 'the layout the parse read is kept for the next edit');
  assert.doesNotMatch(JSON.stringify(doc), /"(?:headMatches|debrisLines|closingActions|shortNumbers)"/);
  assert.deepEqual(Object.keys(doc), Object.keys(parse('')));
  for (const k of Reflect.ownKeys(doc)) if (typeof k === 'symbol') assert.equal(Object.getOwnPropertyDescriptor(doc, k)?.enumerable, false, `${String(k)} is hidden from the model's readers`);
  assert.deepStrictEqual(doc, parse(BOARD));
});

test('a note beside an object is read back, replaced, and kept for an object that takes no property', () => {
  const note = beside<object, number>('test.note');
  const open = {};
  const frozen = Object.freeze({});
  assert.equal(note.get(open), undefined);
  note.set(open, 1);
  note.set(open, 2);
  note.set(frozen, 3);
  assert.equal(note.get(open), 2);
  assert.equal(note.get(frozen), 3);
  assert.equal(JSON.stringify(open), '{}');
  assert.equal(beside<object, number>('test.note').get(open), undefined, 'two notes of one name are two notes');
});

test('no reader keeps a WeakMap: what a parse keeps dies with its state', () => {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && /new WeakMap\b/.test(fs.readFileSync(p, 'utf8'))) found.push(path.relative(ROOT, p));
    }
  };
  for (const d of ['service/src/parse', 'service/src/forms']) walk(path.join(ROOT, d));
  assert.deepEqual(found, [], 'keep it in the parse (ParseState.keep) or beside the document (beside.ts)');
});
