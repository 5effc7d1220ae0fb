/** The incremental path against a full analysis, for tests that type into real forms. */
import * as assert from 'node:assert/strict';
import { analyzeText, changedLines, DEFAULT_SETTINGS, reanalyze, splitLinesForTests } from '#service';
import { applyWithinLines, type LineEdit } from './lineEdits';
import { TODAY } from './util';

/**
 * Applies the edit to `before` and, where the one-item path takes it, asserts that its document and findings are a
 * full analysis's. True when the one-item path took it (a test counts them: none taken would prove nothing of it).
 */
export function reanalysesAsFull(before: string, edit: LineEdit): boolean {
  const prev = analyzeText('file:///f.minutes', 1, before, DEFAULT_SETTINGS, TODAY);
  const { text, changes } = applyWithinLines(before, [edit]);
  const lines = splitLinesForTests(text);
  const again = reanalyze(prev, 2, changedLines(changes)!, { count: lines.length, length: text.length, at: (k) => lines[k] }, DEFAULT_SETTINGS, TODAY);
  if (!again) return false;
  const full = analyzeText('file:///f.minutes', 2, text, DEFAULT_SETTINGS, TODAY);
  assert.deepStrictEqual(again.doc, full.doc, `${JSON.stringify(edit)} in ${before.slice(0, 20)}`);
  assert.deepStrictEqual(again.findings, full.findings);
  return true;
}
