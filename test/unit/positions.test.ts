/** The tests' way of pointing at text (test/support/positions.ts): found from the words, loud when the words are gone. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lineOf, positionAfter, positionOf, rangeOf, withCursor } from '../support/positions';

const TEXT = '# Board\r\nDate: 22/11/2022\n\n086/22 Apologies\rACTION: Do it. Owner: SF. Due: \nOwner: VJ\n';

test('a marker gives the position of its words, lines broken at CRLF, CR or LF as the server breaks them', () => {
  assert.deepEqual(positionOf(TEXT, '086/22 Apologies'), { line: 3, character: 0 });
  assert.deepEqual(positionOf(TEXT, 'ACTION: Do it', { after: 'ACTION: ' }), { line: 4, character: 8 });
  assert.deepEqual(positionAfter(TEXT, 'Due: '), { line: 4, character: 31 });
  assert.equal(lineOf(TEXT, 'Owner: VJ'), 5);
  assert.deepEqual(rangeOf(TEXT, 'Date: 22/11/2022'), { start: { line: 1, character: 0 }, end: { line: 1, character: 16 } });
  assert.deepEqual(positionOf(TEXT, 'Owner: ', { occurrence: 2 }), { line: 5, character: 0 });
  assert.deepEqual(withCursor('# Board\nOwner: $0\n'), { text: '# Board\nOwner: \n', cursor: { line: 1, character: 7 } });
});

test('a marker that is gone, ambiguous or wrongly split fails the test instead of pointing elsewhere', () => {
  assert.throws(() => positionOf(TEXT, 'Owner: JH'), /"Owner: JH" is not in the text/);
  assert.throws(() => positionOf(TEXT, 'Owner: '), /occurs 2 times: make it unique or say which occurrence/);
  assert.throws(() => positionOf(TEXT, 'Owner: ', { occurrence: 3 }), /occurs 2 times, not 3/);
  assert.throws(() => positionOf(TEXT, 'Owner: VJ', { after: 'SF' }), /"SF" is not part of the marker/);
  assert.throws(() => withCursor('no cursor here'), /"\$0" is not in the text/);
});
