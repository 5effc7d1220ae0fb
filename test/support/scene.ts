/**
 * The parser's state just before one line of a document, for tests that ask a recogniser directly:
 * the lines before it are read by the whole parser, to set the scene (an open item, a people
 * block, an agenda); the line is then handed to the recogniser under test.
 */
import * as assert from 'node:assert/strict';
import { documentState } from '#service/parse/index';
import { walk } from '#service/parse/driver';
import type { ParseState } from '#service/parse/state';
import type { Line } from '#service/parse/content/inline';
import { splitLines } from '#service/text';
import { holdsOf, keywordsOf } from '#service/parse/content/keywords';
import { contextOf } from '#service/parse/content/context';

/** The state just before the line of `text` marked `» ` (else its last line), and that line's segment index. */
export function scene(text: string): { state: ParseState; i: number } {
  const lines = splitLines(text);
  const marked = lines.findIndex((l) => l.startsWith('» '));
  if (marked >= 0) lines[marked] = lines[marked].slice(2);
  const state = documentState(lines, Int32Array.from(lines, (l) => l.length), {});
  const target = marked >= 0 ? marked : lines.length - 1;
  const i = state.segs.findIndex((s) => s.line === target);
  walk(state, i);
  return { state, i };
}

/** The line of the open item at the marked (else the last) line of `text`, as the inline recognisers see it. */
export function lineOf(text: string): Line {
  const { state, i } = scene(text);
  assert.ok(state.item && state.meeting, 'an item is open');
  const seg = state.segs[i];
  // its signature as recogniseContent works it out (parse/content/keywords.ts)
  return { state, item: state.item, meeting: state.meeting, seg, from: 0, body: seg.text, words: keywordsOf(seg.text) | holdsOf(seg.text) | contextOf(state, state.item) };
}
