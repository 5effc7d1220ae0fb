/**
 * The parser never throws and reports only ranges inside the document, on mutated corpus text
 * and hostile input. A fixed seed keeps the run repeatable; issue-level fuzzing builds on this.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseOrThrow, analyzeText, DEFAULT_SETTINGS, documentSymbols, foldingRanges } from '#service';
import { corpusText, TODAY } from '../support/util';
import { assertRangesInside } from '../support/ranges';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

function everything(text: string): void {
  parseOrThrow(text);
  const a = analyzeText('file:///x.minutes', 1, text, DEFAULT_SETTINGS, TODAY);
  const lines = text.split(/\r\n|\r|\n/);
  assertRangesInside(a.doc, lines);
  assertRangesInside(a.findings, lines);
  assertRangesInside(documentSymbols(a.doc), lines);
  for (const f of foldingRanges(a.doc)) assert.ok(f.endLine < lines.length);
}

test('mutated corpus text: deleted, swapped and truncated lines, random characters', () => {
  const random = rng(20261122);
  const sources = ['spcb-2020-01-21.txt', 'spcb-2022-09-27.txt', 'spcb-2023-12-19-with-2024-01-agenda.txt'].map(corpusText);
  const alphabet = ['\n', '\r\n', '\t', ' ', ':', '/', '*', '**', '<p>', '</b>', '<', '>', '&amp;', '•', '-', '–', '0', '1', '9', '(', ')', 'ACTION:', 'Item ', '#', '\u0000', '\ud800', '😀', 'é'];
  let docs = 0;
  for (let round = 0; round < 60; round++) {
    const lines = sources[round % 3].split('\n');
    for (let k = 0; k < 8; k++) {
      const i = Math.floor(random() * lines.length);
      const j = Math.floor(random() * lines.length);
      switch (Math.floor(random() * 4)) {
        case 0: lines.splice(i, 1); break;
        case 1: [lines[i], lines[j]] = [lines[j], lines[i]]; break;
        case 2: lines[i] = (lines[i] ?? '').slice(0, Math.floor(random() * (lines[i] ?? '').length)); break;
        default: {
          const s = lines[i] ?? '';
          const at = Math.floor(random() * (s.length + 1));
          lines[i] = s.slice(0, at) + alphabet[Math.floor(random() * alphabet.length)] + s.slice(at);
        }
      }
    }
    everything(lines.join('\n'));
    docs++;
  }
  const whole = sources[1];
  for (let cut = 0; cut < whole.length; cut += 97) { everything(whole.slice(0, cut)); docs++; }
  assert.ok(docs > 380);
});

test('hostile input: empty, blank, binary, CRLF, a BOM, one huge line, endless tags and numbers', () => {
  const inputs = [
    '', '\n\n\n', '\r\n\r\n', '\ufeff# Board\r\nDate: 27/09/2022\r\n\r\n081/22 One\r\nText.\r\n', '\u0000\u0001\u0002\uffff'.repeat(1000),
    'x'.repeat(200000), '<p>'.repeat(50000), '**'.repeat(50001), '081/22 '.repeat(20000), '1/'.repeat(30000),
    'Present:\n' + 'A B : C\n'.repeat(5000), ('ACTION: x. Owner: ' + 'a, '.repeat(2000) + '\n').repeat(3),
    '#'.repeat(10000), '119/2\n3\n119/2\n', 'Item\nItem:\nItem 1\n', 'Date: 99/99/9999\nDate: 00/00/0000\n',
  ];
  for (const text of inputs) everything(text);
});
