/**
 * The one scan of a line for the inline recognisers' words (parse/content/keywords.ts). A group is
 * only a necessary condition before a recogniser's own first test, so it must never be missing
 * where that test would match: checked on every line of the layout documents and the corpus.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { keywordsOf, W_ACTION, W_AGREED, W_DECIDE, W_MOTION, W_RECORD, W_STATUS } from '#service/parse/content/keywords';

test('each word is found in any case, inside a longer word, and where one word starts another', () => {
  assert.equal(keywordsOf('The Committee RESOLVED that the report be noted.'), W_AGREED | W_DECIDE);
  assert.equal(keywordsOf('an unresolved question') & (W_AGREED | W_DECIDE), W_AGREED | W_DECIDE);
  assert.equal(keywordsOf('Resolution: to adopt the plan'), W_DECIDE);
  assert.equal(keywordsOf('Proposed Cllr Lomax'), W_DECIDE);
  assert.equal(keywordsOf('the transactions were recorded'), W_ACTION | W_RECORD);
  assert.equal(keywordsOf('Motion moved by Cllr Ahmed; work in progress'), W_MOTION | W_STATUS);
  assert.equal(keywordsOf('Apologies were received from Cllr Ahmed.'), W_DECIDE);
  assert.equal(keywordsOf('Presented by: Harjeet Killeen'), 0);
  assert.equal(keywordsOf(''), 0);
});

// the recognisers' own first tests, as they stand in their modules: each implies its group
const GATES: ReadonlyArray<readonly [string, RegExp, number]> = [
  ['published-action', /action/i, W_ACTION],
  ['motion', /\b(?:motion|moved|consensus)\b/i, W_MOTION],
  ['body-decision', /\b(?:agreed|resolved|decided)[ \t]+(?:to[ \t]+[a-z]|that\b)/, W_AGREED],
  ['body-agreed', /agreed|resolved|decided/, W_AGREED],
  ['published-decision', /resol|decisi|decided|^[ \t]*(?:[-*•][ \t]+)?(?:\*\*|__)?(?:agreed|ratified|homologated|approved|noted|endorsed|propos)/i, W_DECIDE],
  ['published-decision (capitals)', /\b(?:NOTED|APPROVED|RECEIVED|RATIFIED|AGREED|HOMOLOGATED|ENDORSED|ADOPTED|DECIDED)\b/, W_DECIDE],
  ['status-prose', /deferred|postponed|carried|complete|closed|done|progress|ongoing|outstanding|withdrawn|cancelled/i, W_STATUS],
  ['record-decision, approval', /record|correction|amendment/i, W_RECORD],
];

test('wherever a recogniser\'s first test matches a line of a published document, the line holds its group', () => {
  const root = path.resolve(__dirname, '..', '..', 'test', 'fixtures');
  let lines = 0;
  for (const dir of ['layouts', 'corpus']) {
    const folder = path.join(root, dir);
    if (!fs.existsSync(folder)) continue;
    for (const file of fs.readdirSync(folder).filter((f) => /\.(?:txt|minutes|md)$/.test(f))) {
      for (const line of fs.readFileSync(path.join(folder, file), 'utf8').split(/\r\n|\r|\n/)) {
        lines++;
        const found = keywordsOf(line);
        for (const [name, gate, group] of GATES) if (gate.test(line)) assert.ok(found & group, `${name}: ${file}: ${line}`);
      }
    }
  }
  assert.ok(lines > 1000, `the documents were read (${lines} lines)`);
});
