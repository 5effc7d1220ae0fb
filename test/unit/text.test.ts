import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { segmentDocument, col, allBold, foldLigatures } from '#service/text';
import { parse } from '#service';
import { keepsWords } from '#service/publish/wordsKept';

const segs = (line: string) => segmentDocument([line]);

test('HTML paragraphs, list items and bullets become separate segments with exact columns', () => {
  const line = '<p>004/20</p>\t<p>Item 3 - Sex Offender Management</p> <ul> • First point. • Second &amp; last.</ul>';
  const s = segs(line).filter((x) => x.text.length > 0);
  assert.deepEqual(s.map((x) => x.text), ['004/20', 'Item 3 - Sex Offender Management', 'First point.', 'Second & last.']);
  for (const x of s.slice(0, 3)) assert.equal(line.slice(col(x, 0), col(x, x.text.length)), x.text);
  assert.equal(line.slice(col(s[3], 0), col(s[3], s[3].text.length)), 'Second &amp; last.');
  assert.ok(s[2].bullet && s[3].bullet);
});

test('a Markdown blockquote\'s `>` is a mark of the page, its words the text (`> **Decision:** …`); `>` in a sentence or `>=` stays', () => {
  const [q] = segs('> **Decision:** ship it');
  assert.equal(q.text, 'Decision: ship it');
  assert.equal(segs('> > nested')[0].text, 'nested');
  assert.equal(segs('>')[0]?.text ?? '', '');
  assert.equal(segs('>= 3 votes needed')[0].text, '>= 3 votes needed');
  assert.equal(segs('Turnout > 40%')[0].text, 'Turnout > 40%');
});

test('a Word comment written into a line is a segment of its own from its marker, its words kept', () => {
  const line = '\tthe grant was noted.Commented [RT2]: KM to check the figure';
  const segs = segmentDocument([line, '<p>Budget agreed.</p>Commented [RT3]: and <b>signed</b>']);
  assert.deepEqual(segs.map((s) => [s.line, s.text, col(s, 0), s.only]), [
    [0, 'the grant was noted.', 1, false], [0, 'Commented [RT2]: KM to check the figure', line.indexOf('Commented'), false],
    [1, '', 0, false], [1, 'Budget agreed.', 3, false], [1, 'Commented [RT3]: and <b>signed</b>', 21, false]]);
  assert.deepEqual(segmentDocument(['Commented [RT2]: alone on its line']).map((s) => [s.text, s.only]), [['Commented [RT2]: alone on its line', true]]);
  // the parser reads the line's text and passes the comment over: no action of `KM to check …`
  const m = parse('# Board\nDate: 3 March 2025\n\n081/25 Finance\nThe grant was noted.Commented [RT2]: KM to check the figure\nMembers reviewed the return.\n').meeting!;
  assert.deepEqual([m.items.length, m.items[0].actions.length], [1, 0]);
});

test('bold from ** and <b>, headings, and ordinals in <sup>', () => {
  const [b] = segs('- **WMP to provide the breakdown.**');
  assert.equal(b.text, 'WMP to provide the breakdown.');
  assert.ok(b.bullet && allBold(b));
  const [h] = segs('### Police and Crime Plan');
  assert.equal(h.heading, 3);
  assert.equal(h.text, 'Police and Crime Plan');
  const [d] = segs('Tuesday 23<sup>rd</sup> January 2024');
  assert.equal(d.text, 'Tuesday 23rd January 2024');
  const [t] = segs('<p><b>Apologies</b> and more</p>').filter((x) => x.text);
  assert.ok(!allBold(t));
});

test('unclosed tags and a thousand lone "<" stay linear and lose nothing', () => {
  const line = '<p>'.repeat(20000) + 'text' + '<'.repeat(20000);
  const start = process.hrtime.bigint();
  const s = segs(line);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  assert.ok(s.some((x) => x.text.startsWith('text')));
  assert.ok(ms < 2000, `took ${ms} ms`);
});

test('a PDF\'s ligatures read as their letters (`Ofﬁcer`, `ﬂood`), each mapped back to its one column', () => {
  const line = 'Chief Ofﬁcer – ﬂood plan;';
  const [s] = segs(line);
  assert.equal(s.text, 'Chief Officer – flood plan;');
  // the word's columns are the ligature's: `Officer` is `Ofﬁcer` in the line
  const at = s.text.indexOf('Officer');
  assert.equal(line.slice(col(s, at), col(s, at + 'Officer'.length)), 'Ofﬁcer');
  assert.equal(line.slice(col(s, 0), col(s, s.text.length)), line);
  // the import writes the letters: no word of the minutes is lost by it
  assert.equal(foldLigatures('ﬃx ﬁrst'), 'ffix first');
  assert.ok(keepsWords('the Ofﬁcers met', 'the Officers met'));
  assert.ok(!keepsWords('the Ofﬁcers met', 'the met'));
});
