/**
 * `analyzeText` splits a text once and parses the lines it split (`parseLines`) instead of letting
 * the parser split it again (issue 18.8, speed): the document must be the one `parse` gives, on
 * every document of the layouts and corpus folders, with any line ending.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, parseLines } from '#service/parse/index';
import { splitLines } from '#service/text';
import { analyzeText, DEFAULT_SETTINGS } from '#service';

const FIXTURES = path.join(__dirname, '..', '..', 'test', 'fixtures');
const documents = ['layouts', 'corpus'].flatMap((d) => fs.readdirSync(path.join(FIXTURES, d)).filter((f) => f.endsWith('.txt')).map((f) => path.join(FIXTURES, d, f)));

test('the lines split once read as the text does, in every layout family and the corpus', () => {
  assert.ok(documents.length >= 13);
  for (const file of documents) {
    const text = fs.readFileSync(file, 'utf8');
    for (const t of [text, text.replace(/\n/g, '\r\n')]) {
      assert.deepEqual(parseLines(splitLines(t)), parse(t), path.basename(file));
    }
  }
});

test('analyzeText gives the document parse gives, and the lines it split', () => {
  const text = fs.readFileSync(documents[0], 'utf8');
  const a = analyzeText('file:///m.minutes', 1, text, DEFAULT_SETTINGS, new Date('2026-12-02'));
  assert.deepEqual(a.doc, parse(text));
  assert.deepEqual(a.lines, splitLines(text));
});

test('an owner column read after trailing blanks: initials then tabs still end the line in capitals', () => {
  // the first test of an owner column looks at the last character before blanks and tabs
  const text = fs.readFileSync(path.join(FIXTURES, 'layouts', '04-nhs-trust-board.txt'), 'utf8');
  const owners = (t: string) => parse(t).meeting!.items.flatMap((i) => i.actions.map((a) => a.owners.map((o) => o.text).join(',')));
  const padded = text.split('\n').map((l) => (/\s(?:HG|LS|PR|TV)$/.test(l) ? `${l}\t \t` : l)).join('\n');
  assert.notEqual(padded, text);
  assert.deepEqual(owners(padded), ['HG', 'LS', 'PR', 'TV']);
  assert.deepEqual(owners(padded), owners(text));
});
