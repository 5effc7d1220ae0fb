/** What the editor lists of a rule that finds the same problem thousands of times (issue 17 §3). */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { listedFindings, type Finding } from '#service';

const at = (line: number): Finding['range'] => ({ start: { line, character: 0 }, end: { line, character: 3 } });
const finding = (code: string, line: number): Finding => ({ code, range: at(line), message: `${code} at ${line}`, fixes: [] });

test('up to the limit every finding is listed, as it is', () => {
  const all = [finding('minutes/duplicate-number', 1), finding('minutes/duplicate-number', 2), finding('minutes/empty-item', 3)];
  assert.equal(listedFindings(all, 2), all);
});

test('above the limit, one rule\'s findings stop at the limit and one finding says how many more, where the next one stands; other rules keep theirs', () => {
  const all: Finding[] = [];
  for (let l = 0; l < 10; l++) all.push(finding('minutes/duplicate-number', l * 2), finding('minutes/empty-item', l * 2 + 1));
  all.push(finding('minutes/duplicate-number', 30));
  const listed = listedFindings(all, 4);
  const dup = listed.filter((f) => f.code === 'minutes/duplicate-number');
  assert.equal(dup.length, 5);
  assert.deepEqual(dup.slice(0, 4).map((f) => f.range.start.line), [0, 2, 4, 6]);
  assert.equal(dup[4].range.start.line, 8);
  assert.match(dup[4].message, /^7 more like the 4 listed above \(Two items carry the same minute number, in one meeting or in two\) are not listed one by one/);
  assert.deepEqual(dup[4].fixes, []);
  assert.equal(listed.filter((f) => f.code === 'minutes/empty-item').length, 5);
  assert.equal(listed.filter((f) => f.code === 'minutes/empty-item' && /more like/.test(f.message)).length, 1);
});
