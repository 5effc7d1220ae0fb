/** The workspace index as the server saves it between sessions: views read back equal, damaged data refused. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, indexView, encodeView, decodeView, buildWorkspace } from '#service';
import { CORPUS, MEETING, TODAY } from '../support/util';

test('each corpus meeting, saved and read back, equals its index view and gives the same action log', () => {
  const texts = [MEETING, ...fs.readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'))];
  for (const text of texts) {
    const view = indexView(parse(text));
    const saved = JSON.stringify(encodeView(view));
    const back = decodeView(JSON.parse(saved));
    assert.ok(back);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(view)));
    // ranges are objects again, as every feature reads them
    for (const r of [back.meeting!.range, ...back.meeting!.items.map((i) => i.range)]) {
      assert.deepEqual(Object.keys(r), ['start', 'end']);
      assert.deepEqual(Object.keys(r.start), ['line', 'character']);
    }
    assert.equal(back.lineLengths.length, 0);
    const uri = 'file:///m.minutes';
    assert.deepStrictEqual(buildWorkspace([{ uri, doc: back }], TODAY).actions, buildWorkspace([{ uri, doc: view }], TODAY).actions);
    // ranges are stored as four numbers: the saved view is much smaller than the objects' JSON
    assert.ok(saved.length < 0.7 * JSON.stringify(view).length, `${saved.length} against ${JSON.stringify(view).length}`);
  }
});

test('what is not a saved view is refused, never thrown on', () => {
  const good = encodeView(indexView(parse(MEETING))) as Record<string, unknown>;
  const bad: unknown[] = [
    null, undefined, 3, 'text', [], {}, { kind: 'minutes' }, { ...good, kind: 'letter' }, { ...good, lineCount: '12' },
    { ...good, meeting: { items: 'none' } }, { ...good, meeting: null }, { ...good, agendas: undefined },
  ];
  for (const b of bad) assert.equal(decodeView(b), undefined, JSON.stringify(b)?.slice(0, 80));
});
